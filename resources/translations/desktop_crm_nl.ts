<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <source>The database {path} cannot be opened: {error}</source>
        <translation>De database {path} kan niet worden geopend: {error}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Category groups</source>
        <translation>Categoriegroepen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company interests</source>
        <translation>Bedrijfsinteresses</translation>
    </message>
    <message>
        <source>Person interests</source>
        <translation>Persoonsinteresses</translation>
    </message>
    <message>
        <source>Subscription types</source>
        <translation>Typen abonnement</translation>
    </message>
    <message>
        <source>Lead statuses</source>
        <translation>Leadstatussen</translation>
    </message>
    <message>
        <source>Associates</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Number of employees</source>
        <translation>Aantal medewerkers</translation>
    </message>
    <message>
        <source>Number of branches</source>
        <translation>Aantal vestigingen</translation>
    </message>
    <message>
        <source>Our contact</source>
        <translation>Onze contactpersoon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Aanhef</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Leadstatus</translation>
    </message>
    <message>
        <source>No longer works here</source>
        <translation>Werkt hier niet meer</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnementen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>{path} is not a Desktop CRM database ({detail}). It was not changed.</source>
        <translation>{path} is geen Desktop CRM-database ({detail}). Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Desktop CRM (schema version {found}; this version knows up to {supported}). Update the app to open it; the file was not changed.</source>
        <translation>{path} is geschreven door een nieuwere versie van Desktop CRM (schemaversie {found}; deze versie kent tot en met {supported}). Werk de app bij om het te openen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). It was not changed; restore a backup.</source>
        <translation>{path} is beschadigd ({detail}). Het bestand is niet gewijzigd; zet een back-up terug.</translation>
    </message>
    <message>
        <source>{path} does not exist. Create it with &quot;desktop-crm init&quot;.</source>
        <translation>{path} bestaat niet. Maak het aan met &quot;desktop-crm init&quot;.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {detail}</source>
        <translation>{path} kan niet worden geopend: {detail}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>{companies} companies, {persons} persons — {path}</source>
        <translation>{companies} bedrijven, {persons} personen — {path}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{label} is required.</source>
        <translation>{label} is verplicht.</translation>
    </message>
    <message>
        <source>{label} can be at most {max} characters.</source>
        <translation>{label} mag hoogstens {max} tekens lang zijn.</translation>
    </message>
    <message>
        <source>A KvK number has exactly 8 digits, for example 12345678.</source>
        <translation>Een KvK-nummer heeft precies 8 cijfers, bijvoorbeeld 12345678.</translation>
    </message>
    <message>
        <source>This is not a valid VAT number; a Dutch one looks like NL123456789B01.</source>
        <translation>Dit is geen geldig btw-nummer; een Nederlands nummer ziet eruit als NL123456789B01.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid e-mail address.</source>
        <translation>&quot;{value}&quot; is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid phone number.</source>
        <translation>&quot;{value}&quot; is geen geldig telefoonnummer.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a Dutch postal code; write it as 1234 AB.</source>
        <translation>&quot;{value}&quot; is geen Nederlandse postcode; schrijf die als 1234 AB.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid web address.</source>
        <translation>&quot;{value}&quot; is geen geldig webadres.</translation>
    </message>
    <message>
        <source>{label} must be a whole number of 0 or more.</source>
        <translation>{label} moet een geheel getal van 0 of meer zijn.</translation>
    </message>
    <message>
        <source>A person needs a first name or a last name.</source>
        <translation>Een persoon heeft een voornaam of een achternaam nodig.</translation>
    </message>
    <message>
        <source>Lead status can only be set for persons of a company in a lead-enabled category.</source>
        <translation>Leadstatus kan alleen worden ingesteld voor personen van een bedrijf in een categorie waarvoor leadstatus is ingeschakeld.</translation>
    </message>
    <message>
        <source>Lead status can only be enabled for a category in a group with the role Potential customer.</source>
        <translation>Leadstatus kan alleen worden ingeschakeld voor een categorie in een groep met de rol Potentiële klant.</translation>
    </message>
    <message>
        <source>A person&apos;s category is their company&apos;s category; change it on the company.</source>
        <translation>De categorie van een persoon is die van het bedrijf; wijzig deze op het bedrijf.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is hidden in the list {list} and cannot be chosen.</source>
        <translation>&quot;{value}&quot; is verborgen in de lijst {list} en kan niet worden gekozen.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not in the list {list}.</source>
        <translation>&quot;{value}&quot; staat niet in de lijst {list}.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Reload it, or overwrite their changes.</source>
        <translation>Iemand anders heeft deze gegevens opgeslagen nadat u ze opende. Laad ze opnieuw, of overschrijf de wijzigingen van de ander.</translation>
    </message>
    <message>
        <source>This record was not found; it may have been deleted.</source>
        <translation>Deze gegevens zijn niet gevonden; misschien zijn ze verwijderd.</translation>
    </message>
    <message>
        <source>{name} may view the data but not change it.</source>
        <translation>{name} mag de gegevens bekijken maar niet wijzigen.</translation>
    </message>
</context>
</TS>
