<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Desktop CRM</source>
        <translation>Over Desktop CRM</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <source>Companies, persons and leads for small businesses. Offline, in one file on this computer.</source>
        <translation>Bedrijven, personen en leads voor kleine bedrijven. Offline, in één bestand op deze computer.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3. Their libraries are separate files in the installation folder, so you can replace them with your own build.</source>
        <translation>Qt en PySide6 worden gebruikt onder de GNU Lesser General Public License versie 3. Hun bibliotheken zijn aparte bestanden in de installatiemap, zodat u ze door een eigen build kunt vervangen.</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Over Qt</translation>
    </message>
    <message>
        <source>Included libraries and their licences:</source>
        <translation>Meegeleverde bibliotheken en hun licenties:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database {path} cannot be opened: {error}</source>
        <translation>De database {path} kan niet worden geopend: {error}</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}: {companies} companies and {persons} persons. Restore it? The damaged file is kept next to the backups.</source>
        <translation>De nieuwste goede back-up is van {when}: {companies} bedrijven en {persons} personen. Deze terugzetten? Het beschadigde bestand wordt bij de back-ups bewaard.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Deze back-up terugzetten</translation>
    </message>
    <message>
        <source>The database {path} is in a folder that {provider} synchronises. A sync program can copy or replace the file while it is being written, and that is how databases get damaged.</source>
        <translation>De database {path} staat in een map die {provider} synchroniseert. Een synchronisatieprogramma kan het bestand kopiëren of vervangen terwijl erin geschreven wordt, en zo raken databases beschadigd.</translation>
    </message>
    <message>
        <source>The database {path} is on a network drive ({provider}). Network drives can lose writes and locks, and that is how databases get damaged.</source>
        <translation>De database {path} staat op een netwerkschijf ({provider}). Netwerkschijven kunnen schrijfacties en vergrendelingen kwijtraken, en zo raken databases beschadigd.</translation>
    </message>
    <message>
        <source>Move the database to a folder on this computer ({folder})? Backups will be kept there too. The file here is left as it is.</source>
        <translation>De database verplaatsen naar een map op deze computer ({folder})? Daar worden dan ook de back-ups bewaard. Het bestand hier blijft zoals het is.</translation>
    </message>
    <message>
        <source>Move to this computer</source>
        <translation>Naar deze computer verplaatsen</translation>
    </message>
    <message>
        <source>Only keep backups on this computer</source>
        <translation>Alleen de back-ups op deze computer bewaren</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Zo laten</translation>
    </message>
    <message>
        <source>Do not warn again for this file</source>
        <translation>Niet meer waarschuwen voor dit bestand</translation>
    </message>
    <message>
        <source>Choose a folder on this computer</source>
        <translation>Kies een map op deze computer</translation>
    </message>
    <message>
        <source>The database is now {path}. The old file was left where it was; remove it when you no longer need it.</source>
        <translation>De database is nu {path}. Het oude bestand staat nog waar het stond; verwijder het als u het niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>This database was moved to {new}; the file {old} is the old copy. Open the moved database instead?</source>
        <translation>Deze database is verplaatst naar {new}; het bestand {old} is de oude kopie. De verplaatste database openen?</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}).</source>
        <translation>De database {path} is beschadigd ({detail}).</translation>
    </message>
    <message>
        <source>Make a copy of your work elsewhere and restore a backup (File &gt; Backups).</source>
        <translation>Maak elders een kopie van uw werk en zet een back-up terug (Bestand &gt; Back-ups).</translation>
    </message>
    <message>
        <source>Today&apos;s backup was made: {path}</source>
        <translation>De back-up van vandaag is gemaakt: {path}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Met de hand gemaakt</translation>
    </message>
    <message>
        <source>Damaged file, kept</source>
        <translation>Beschadigd bestand, bewaard</translation>
    </message>
    <message>
        <source>Before a bulk change</source>
        <translation>Vóór een bulkwijziging</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vóór een import</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Vóór samenvoegen</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vóór terugzetten</translation>
    </message>
    <message>
        <source>Before an update of the file (version {version})</source>
        <translation>Vóór een update van het bestand (versie {version})</translation>
    </message>
    <message>
        <source>Before a change ({what})</source>
        <translation>Vóór een wijziging ({what})</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Andere map…</translation>
    </message>
    <message>
        <source>Use the standard folder</source>
        <translation>Standaardmap gebruiken</translation>
    </message>
    <message>
        <source>Automatic backups to keep (daily and before risky changes):</source>
        <translation>Aantal automatische back-ups om te bewaren (dagelijks en vóór ingrijpende wijzigingen):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Terugzetten uit een bestand…</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>Back-ups worden bewaard in {folder}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>There are no backups yet. &quot;Back up now&quot; makes one.</source>
        <translation>Er zijn nog geen back-ups. &quot;Nu back-up maken&quot; maakt er een.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s).</source>
        <translation>
            <numerusform>%n back-up.</numerusform>
            <numerusform>%n back-ups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Made by a newer version</source>
        <translation>Gemaakt door een nieuwere versie</translation>
    </message>
    <message>
        <source>Not a Desktop CRM database</source>
        <translation>Geen Desktop CRM-database</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Verdwenen</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschadigd</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Back-up gemaakt: {path}</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Terugzetten uit een bestand</translation>
    </message>
    <message>
        <source>Desktop CRM databases (*.sqlite *.db);;All files (*)</source>
        <translation>Desktop CRM-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Bezig met terugzetten…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Replace the current database by the backup of {when}?

The current database is backed up first, so you can go back to it from this list.</source>
        <translation>De huidige database vervangen door de back-up van {when}?

Van de huidige database wordt eerst een back-up gemaakt, zodat u er vanuit deze lijst naar terug kunt.</translation>
    </message>
    <message>
        <source>Restored: {companies} companies, {persons} persons.</source>
        <translation>Teruggezet: {companies} bedrijven, {persons} personen.</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Waar de back-ups komen</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarten</numerusform>
        </translation>
    </message>
    <message>
        <source>Board view</source>
        <translation>Bordweergave</translation>
    </message>
    <message>
        <source>Columns by</source>
        <translation>Kolommen per</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Drag a card to another column to change the lead status. Persons whose company is not in a lead-enabled category are shown apart and cannot be moved.</source>
        <translation>Sleep een kaart naar een andere kolom om de leadstatus te wijzigen. Personen van een bedrijf buiten een leadcategorie staan apart en kunnen niet worden verplaatst.</translation>
    </message>
    <message>
        <source>Lead status of {name} changed to {status}.</source>
        <translation>Leadstatus van {name} gewijzigd in {status}.</translation>
    </message>
    <message>
        <source>The lead status change was undone.</source>
        <translation>De wijziging van de leadstatus is ongedaan gemaakt.</translation>
    </message>
</context>
<context>
    <name>BulkInterestsDialog</name>
    <message>
        <source>Interests in bulk</source>
        <translation>Interesses in bulk</translation>
    </message>
    <message numerus="yes">
        <source>Add interests to, or remove them from, %n company(s) at once.</source>
        <translation>
            <numerusform>Interesses in één keer toevoegen aan of verwijderen bij %n bedrijf.</numerusform>
            <numerusform>Interesses in één keer toevoegen aan of verwijderen bij %n bedrijven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add interests to, or remove them from, %n person(s) at once.</source>
        <translation>
            <numerusform>Interesses in één keer toevoegen aan of verwijderen bij %n persoon.</numerusform>
            <numerusform>Interesses in één keer toevoegen aan of verwijderen bij %n personen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo it afterwards.</source>
        <translation>U kunt dit daarna ongedaan maken.</translation>
    </message>
    <message>
        <source>Add the checked interests</source>
        <translation>De aangevinkte interesses toevoegen</translation>
    </message>
    <message>
        <source>Remove the checked interests</source>
        <translation>De aangevinkte interesses verwijderen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Check at least one interest.</source>
        <translation>Vink ten minste één interesse aan.</translation>
    </message>
    <message>
        <source>Changing interests…</source>
        <translation>Interesses wijzigen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed.</source>
        <translation>
            <numerusform>%n record gewijzigd.</numerusform>
            <numerusform>%n records gewijzigd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkUpdateDialog</name>
    <message>
        <source>Bulk update</source>
        <translation>Bulk bijwerken</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n bedrijf</numerusform>
            <numerusform>%n bedrijven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change {count} at once. You can undo it afterwards.</source>
        <translation>Wijzig {count} in één keer. U kunt dit daarna ongedaan maken.</translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>Categorie instellen</translation>
    </message>
    <message>
        <source>Set lead status (where allowed)</source>
        <translation>Leadstatus instellen (waar toegestaan)</translation>
    </message>
    <message>
        <source>Add interest</source>
        <translation>Interesse toevoegen</translation>
    </message>
    <message>
        <source>Remove interest</source>
        <translation>Interesse verwijderen</translation>
    </message>
    <message>
        <source>Subscribe to</source>
        <translation>Aanmelden voor</translation>
    </message>
    <message>
        <source>Unsubscribe from</source>
        <translation>Afmelden voor</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
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
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Source of the consent</source>
        <translation>Bron van de toestemming</translation>
    </message>
    <message>
        <source>A person&apos;s category is their company&apos;s: for persons, their companies get this category. Companies entering a lead category give their persons the default lead status.</source>
        <translation>De categorie van een persoon is die van het bedrijf: bij personen krijgen hun bedrijven deze categorie. Bedrijven die in een leadcategorie komen, geven hun personen de standaardleadstatus.</translation>
    </message>
    <message>
        <source>Persons whose company is not in a lead-enabled category are skipped; their value is kept.</source>
        <translation>Personen van wie het bedrijf niet in een categorie met leadstatus valt, worden overgeslagen; hun waarde blijft bewaard.</translation>
    </message>
    <message>
        <source>Each person&apos;s consent is recorded with today&apos;s date, the source and you as the one who recorded it.</source>
        <translation>De toestemming van elke persoon wordt vastgelegd met de datum van vandaag, de bron en u als degene die haar vastlegde.</translation>
    </message>
    <message>
        <source>The history of each subscription is kept; unsubscribing never deletes it.</source>
        <translation>De geschiedenis van elk abonnement blijft bewaard; afmelden verwijdert die nooit.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Bezig met bijwerken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed.</source>
        <translation>
            <numerusform>%n record gewijzigd.</numerusform>
            <numerusform>%n records gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: lead status is not available there.</source>
        <translation>
            <numerusform>%n overgeslagen: leadstatus is daar niet beschikbaar.</numerusform>
            <numerusform>%n overgeslagen: leadstatus is daar niet beschikbaar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <source>Combine selections</source>
        <translation>Selecties combineren</translation>
    </message>
    <message>
        <source>First selection</source>
        <translation>Eerste selectie</translation>
    </message>
    <message>
        <source>Combine as</source>
        <translation>Combineren als</translation>
    </message>
    <message>
        <source>Second selection</source>
        <translation>Tweede selectie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>CompanyCard</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Velden met * zijn verplicht.</translation>
    </message>
    <message>
        <source>Save the company first; then you can add its contact persons.</source>
        <translation>Sla het bedrijf eerst op; daarna kunt u er contactpersonen aan toevoegen.</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nieuw bedrijf</translation>
    </message>
    <message>
        <source>Delete the company &quot;{name}&quot;? Its contact persons ({count}) are deleted with it. You can undo this.</source>
        <translation>Het bedrijf &quot;{name}&quot; verwijderen? De contactpersonen ({count}) worden mee verwijderd. U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete the company &quot;{name}&quot;? You can undo this.</source>
        <translation>Het bedrijf &quot;{name}&quot; verwijderen? U kunt dit ongedaan maken.</translation>
    </message>
</context>
<context>
    <name>CompanyPersonsList</name>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (vertrokken)</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Type to find a company</source>
        <translation>Typ om een bedrijf te zoeken</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>Bedrijf openen</translation>
    </message>
    <message>
        <source>Open the company&apos;s card</source>
        <translation>De kaart van het bedrijf openen</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>is one of</source>
        <translation>is een van</translation>
    </message>
    <message>
        <source>is not one of</source>
        <translation>is niet een van</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>is niet leeg</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>is gelijk aan</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>bevat</translation>
    </message>
    <message>
        <source>begins with</source>
        <translation>begint met</translation>
    </message>
    <message>
        <source>between</source>
        <translation>tussen</translation>
    </message>
    <message>
        <source>before</source>
        <translation>voor</translation>
    </message>
    <message>
        <source>after</source>
        <translation>na</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>in de afgelopen</translation>
    </message>
    <message>
        <source>in the next</source>
        <translation>in de komende</translation>
    </message>
    <message>
        <source>this …</source>
        <translation>deze/dit …</translation>
    </message>
    <message>
        <source>last …</source>
        <translation>vorige …</translation>
    </message>
    <message>
        <source>next …</source>
        <translation>volgende …</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>heeft een van</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>heeft alle</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>heeft geen van</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kwartaal</translation>
    </message>
    <message>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>deze week</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>deze maand</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>dit kwartaal</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>dit jaar</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>vorige week</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>vorige maand</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>vorig kwartaal</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>vorig jaar</translation>
    </message>
    <message>
        <source>next week</source>
        <translation>volgende week</translation>
    </message>
    <message>
        <source>next month</source>
        <translation>volgende maand</translation>
    </message>
    <message>
        <source>next quarter</source>
        <translation>volgend kwartaal</translation>
    </message>
    <message>
        <source>next year</source>
        <translation>volgend jaar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Category group</source>
        <translation>Categoriegroep</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesses</translation>
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
        <source>Our contact</source>
        <translation>Onze contactpersoon</translation>
    </message>
    <message>
        <source>Number of employees</source>
        <translation>Aantal medewerkers</translation>
    </message>
    <message>
        <source>E-mail present</source>
        <translation>E-mail aanwezig</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Company: name</source>
        <translation>Bedrijf: naam</translation>
    </message>
    <message>
        <source>Company: category</source>
        <translation>Bedrijf: categorie</translation>
    </message>
    <message>
        <source>Company: category group</source>
        <translation>Bedrijf: categoriegroep</translation>
    </message>
    <message>
        <source>Company: business</source>
        <translation>Bedrijf: branche</translation>
    </message>
    <message>
        <source>Company: interests</source>
        <translation>Bedrijf: interesses</translation>
    </message>
    <message>
        <source>Company: postal code</source>
        <translation>Bedrijf: postcode</translation>
    </message>
    <message>
        <source>Company: city</source>
        <translation>Bedrijf: plaats</translation>
    </message>
    <message>
        <source>Company: country</source>
        <translation>Bedrijf: land</translation>
    </message>
    <message>
        <source>Company: our contact</source>
        <translation>Bedrijf: onze contactpersoon</translation>
    </message>
    <message>
        <source>Company: number of employees</source>
        <translation>Bedrijf: aantal medewerkers</translation>
    </message>
    <message>
        <source>Company: e-mail present</source>
        <translation>Bedrijf: e-mail aanwezig</translation>
    </message>
    <message>
        <source>Company: created</source>
        <translation>Bedrijf: aangemaakt</translation>
    </message>
    <message>
        <source>Company: updated</source>
        <translation>Bedrijf: gewijzigd</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Leadstatus</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnementen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>No longer works here</source>
        <translation>Werkt hier niet meer</translation>
    </message>
    <message>
        <source>All (union)</source>
        <translation>Alle (vereniging)</translation>
    </message>
    <message>
        <source>Common (intersection)</source>
        <translation>Gemeenschappelijk</translation>
    </message>
    <message>
        <source>Only in the first</source>
        <translation>Alleen in de eerste</translation>
    </message>
    <message>
        <source>Only in the second</source>
        <translation>Alleen in de tweede</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dynamisch</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Gecombineerd</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Not a lead (company not lead-enabled)</source>
        <translation>Geen lead (bedrijf niet in een leadcategorie)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Add group</source>
        <translation>Groep toevoegen</translation>
    </message>
    <message>
        <source>A group of rows that can match any of its rows (OR)</source>
        <translation>Een groep regels waarvan er één moet kloppen (OF)</translation>
    </message>
</context>
<context>
    <name>CriteriaRow</name>
    <message>
        <source>Remove this criterion</source>
        <translation>Dit criterium verwijderen</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Already in the database? &lt;a href=&quot;{id}&quot;&gt;{name}&lt;/a&gt; ({why})</source>
        <translation>Staat dit al in het bestand? &lt;a href=&quot;{id}&quot;&gt;{name}&lt;/a&gt; ({why})</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same e-mail address</source>
        <translation>zelfde e-mailadres</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>zelfde telefoonnummer</translation>
    </message>
    <message>
        <source>same KvK number</source>
        <translation>zelfde KvK-nummer</translation>
    </message>
    <message>
        <source>similar name at the same postal code</source>
        <translation>lijkende naam op dezelfde postcode</translation>
    </message>
    <message>
        <source>similar name, same e-mail domain</source>
        <translation>lijkende naam, zelfde e-maildomein</translation>
    </message>
    <message>
        <source>similar name at the same company</source>
        <translation>lijkende naam bij hetzelfde bedrijf</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Lijkt op</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbele records</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Laagste score</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Open both</source>
        <translation>Beide openen</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>Laatste samenvoeging ongedaan maken</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Dubbele records zoeken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>{total} likely duplicate pairs; the best {shown} are listed.</source>
        <translation>{total} waarschijnlijk dubbele paren; de beste {shown} staan in de lijst.</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate pair(s).</source>
        <translation>
            <numerusform>%n waarschijnlijk dubbel paar.</numerusform>
            <numerusform>%n waarschijnlijk dubbele paren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n pair(s) left.</source>
        <translation>
            <numerusform>Samengevoegd. Nog %n paar over.</numerusform>
            <numerusform>Samengevoegd. Nog %n paren over.</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge was undone. Search again to see the pair.</source>
        <translation>De samenvoeging is ongedaan gemaakt. Zoek opnieuw om het paar te zien.</translation>
    </message>
</context>
<context>
    <name>FieldRulesPage</name>
    <message>
        <source>Field rules</source>
        <translation>Veldregels</translation>
    </message>
    <message>
        <source>Choose which fields the cards show and which must be filled in. A mandatory field is always shown. The cards, the import and the command line all check the mandatory fields. Hiding a field keeps what is already filled in.</source>
        <translation>Kies welke velden de kaarten tonen en welke ingevuld moeten worden. Een verplicht veld is altijd zichtbaar. De kaarten, de import en de opdrachtregel controleren allemaal de verplichte velden. Een verborgen veld houdt wat er al is ingevuld.</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Zichtbaar</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Always shown</source>
        <translation>Altijd zichtbaar</translation>
    </message>
    <message>
        <source>A mandatory field is always shown</source>
        <translation>Een verplicht veld is altijd zichtbaar</translation>
    </message>
    <message>
        <source>Always mandatory</source>
        <translation>Altijd verplicht</translation>
    </message>
    <message>
        <source>Cannot be mandatory</source>
        <translation>Kan niet verplicht zijn</translation>
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
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
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
    <name>FilePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation>Kies het bestand om te importeren</translation>
    </message>
    <message>
        <source>A CSV file from a spreadsheet or an address book, an Excel workbook (.xlsx) or vCards (.vcf). The encoding and the separator are found by themselves.</source>
        <translation>Een CSV-bestand uit een spreadsheet of adresboek, een Excel-werkmap (.xlsx) of vCards (.vcf). De tekenset en het scheidingsteken worden vanzelf herkend.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Bestand om te importeren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Guess from the column names</source>
        <translation>Afleiden uit de kolomnamen</translation>
    </message>
    <message>
        <source>Persons, with their companies</source>
        <translation>Personen, met hun bedrijven</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>The rows are</source>
        <translation>De regels zijn</translation>
    </message>
    <message>
        <source>Address files (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)</source>
        <translation>Adresbestanden (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Bestand lezen…</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>Wie er werkt</translation>
    </message>
    <message>
        <source>Laptop or own PC: remember who works here, and do not ask</source>
        <translation>Laptop of eigen pc: onthouden wie hier werkt en niet vragen</translation>
    </message>
    <message>
        <source>Shared PC: ask who is working every time the app starts</source>
        <translation>Gedeelde pc: bij elke start vragen wie er aan het werk is</translation>
    </message>
    <message>
        <source>On a shared PC each associate chooses their name at the start, with their password if they have one. Every change is recorded with the name of who made it.</source>
        <translation>Op een gedeelde pc kiest elke medewerker bij de start zijn of haar naam, met het wachtwoord als die er een heeft. Elke wijziging wordt vastgelegd met de naam van wie hem maakte.</translation>
    </message>
</context>
<context>
    <name>GroupBox</name>
    <message>
        <source>All of these (AND)</source>
        <translation>Al deze (EN)</translation>
    </message>
    <message>
        <source>Any of these (OR)</source>
        <translation>Een van deze (OF)</translation>
    </message>
    <message>
        <source>Rows combine with AND; switch a group to OR to match any of its rows.</source>
        <translation>Regels worden met EN gecombineerd; zet een groep op OF om op een van de regels te zoeken.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Voldoet aan</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Criterium toevoegen</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Groep verwijderen</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>Nooit gevraagd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(do not import)</source>
        <translation>(niet importeren)</translation>
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
        <source>Middle name (tussenvoegsel)</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Full name (split automatically)</source>
        <translation>Volledige naam (wordt gesplitst)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Phone or mobile (by the type column)</source>
        <translation>Telefoon of mobiel (volgens de soortkolom)</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Leadstatus</translation>
    </message>
    <message>
        <source>Person interests</source>
        <translation>Interesses persoon</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
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
        <source>Street (and house number)</source>
        <translation>Straat (en huisnummer)</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
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
        <source>Country code</source>
        <translation>Landcode</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>Telefoon bedrijf</translation>
    </message>
    <message>
        <source>Company e-mail</source>
        <translation>E-mail bedrijf</translation>
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
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company interests</source>
        <translation>Interesses bedrijf</translation>
    </message>
    <message>
        <source>Company notes</source>
        <translation>Notities bedrijf</translation>
    </message>
    <message>
        <source>Row is a company (yes/no)</source>
        <translation>Regel is een bedrijf (ja/nee)</translation>
    </message>
    <message>
        <source>Notes (added with the column name)</source>
        <translation>Notities (met de kolomnaam erbij)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>(companies)</source>
        <translation>(bedrijven)</translation>
    </message>
    <message>
        <source>(persons)</source>
        <translation>(personen)</translation>
    </message>
    <message>
        <source>Import companies and persons</source>
        <translation>Bedrijven en personen importeren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Importing… {done} of {total} rows</source>
        <translation>Importeren… {done} van {total} regels</translation>
    </message>
    <message>
        <source>Import of {file} done: {new} added, {updated} updated.</source>
        <translation>Import van {file} klaar: {new} toegevoegd, {updated} bijgewerkt.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>De import is geannuleerd: er is niets veranderd.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The import failed, nothing was changed: {error}</source>
        <translation>De import is mislukt, er is niets veranderd: {error}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>The row is not imported</source>
        <translation>De regel wordt niet geïmporteerd</translation>
    </message>
    <message>
        <source>The row is imported</source>
        <translation>De regel wordt wel geïmporteerd</translation>
    </message>
    <message>
        <source>{rows} rows read from {file}.</source>
        <translation>{rows} regels gelezen uit {file}.</translation>
    </message>
    <message>
        <source>Companies: {new} new, {updated} updated, {same} unchanged.</source>
        <translation>Bedrijven: {new} nieuw, {updated} bijgewerkt, {same} ongewijzigd.</translation>
    </message>
    <message>
        <source>Persons: {new} new, {updated} updated, {same} unchanged.</source>
        <translation>Personen: {new} nieuw, {updated} bijgewerkt, {same} ongewijzigd.</translation>
    </message>
    <message>
        <source>{count} rows skipped as chosen.</source>
        <translation>{count} regels overgeslagen zoals gekozen.</translation>
    </message>
    <message>
        <source>{count} rows with problems will be left out and written to the report.</source>
        <translation>{count} regels met problemen worden overgeslagen en in het rapport gezet.</translation>
    </message>
    <message>
        <source>{count} rows with problems were left out and written to the report.</source>
        <translation>{count} regels met problemen zijn overgeslagen en in het rapport gezet.</translation>
    </message>
    <message>
        <source>{count} rows have problems. Nothing can be imported like this: go back and choose to skip them, or correct the file.</source>
        <translation>{count} regels hebben problemen. Zo kan er niets geïmporteerd worden: ga terug en kies ervoor ze over te slaan, of verbeter het bestand.</translation>
    </message>
    <message>
        <source>{count} new records look like records that are already there; see Problems.</source>
        <translation>{count} nieuwe records lijken op records die er al zijn; zie Problemen.</translation>
    </message>
</context>
<context>
    <name>InterestsEditor</name>
    <message>
        <source>Filter interests…</source>
        <translation>Interesses filteren…</translation>
    </message>
    <message>
        <source>The list of interests is empty. An administrator can fill it in Settings.</source>
        <translation>De lijst met interesses is leeg. Een beheerder kan die vullen in Instellingen.</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (verborgen)</translation>
    </message>
</context>
<context>
    <name>ListCombo</name>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (verborgen)</translation>
    </message>
</context>
<context>
    <name>ListItemsModel</name>
    <message>
        <source>Potential customer</source>
        <translation>Potentiële klant</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Alleen lezen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Category group</source>
        <translation>Categoriegroep</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Leadstatus</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Persons of companies in this category have a lead status.</source>
        <translation>Personen van bedrijven in deze categorie hebben een leadstatus.</translation>
    </message>
    <message>
        <source>Every new lead starts with the default status. There is always exactly one.</source>
        <translation>Elke nieuwe lead begint met de standaardstatus. Er is altijd precies één.</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n record(s), deleted ones included.</source>
        <translation>
            <numerusform>Gebruikt door %n record, verwijderde meegeteld.</numerusform>
            <numerusform>Gebruikt door %n records, verwijderde meegeteld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden: kept on the records that have it, but it cannot be chosen anew.</source>
        <translation>Verborgen: blijft staan bij de records die het hebben, maar kan niet opnieuw worden gekozen.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Category groups sort the categories. Only the categories of a group with the role Potential customer can use lead status.</source>
        <translation>Categoriegroepen delen de categorieën in. Alleen de categorieën van een groep met de rol Potentiële klant kunnen een leadstatus gebruiken.</translation>
    </message>
    <message>
        <source>Every company has one category, and its persons share it. Lead status can be switched on for the categories of a group with the role Potential customer.</source>
        <translation>Elk bedrijf heeft één categorie, en de personen ervan delen die. Leadstatus kan worden ingeschakeld voor de categorieën van een groep met de rol Potentiële klant.</translation>
    </message>
    <message>
        <source>The business sectors a company can be in.</source>
        <translation>De branches waarin een bedrijf actief kan zijn.</translation>
    </message>
    <message>
        <source>What a company can be interested in; chosen on the company card and used in selections.</source>
        <translation>Waar een bedrijf interesse in kan hebben; te kiezen op de bedrijfskaart en te gebruiken in selecties.</translation>
    </message>
    <message>
        <source>What a person can be interested in; chosen on the person card and used in selections.</source>
        <translation>Waar een persoon interesse in kan hebben; te kiezen op de persoonskaart en te gebruiken in selecties.</translation>
    </message>
    <message>
        <source>What a person can subscribe to, such as a newsletter. The subscriptions are the proof of consent (AVG), so a type in use can be hidden but not merged.</source>
        <translation>Waarop een persoon zich kan abonneren, zoals een nieuwsbrief. De abonnementen zijn het bewijs van toestemming (AVG), dus een type in gebruik kan worden verborgen maar niet samengevoegd.</translation>
    </message>
    <message>
        <source>The stages of a lead. The description is shown as the tooltip wherever a status is chosen. The default status is what every new lead starts with.</source>
        <translation>De fasen van een lead. De omschrijving verschijnt als tooltip overal waar een status wordt gekozen. Elke nieuwe lead begint met de standaardstatus.</translation>
    </message>
    <message>
        <source>Who works with the CRM. Administrators may do everything, users may change records but not the settings, and read-only associates may only look.</source>
        <translation>Wie met het CRM werkt. Beheerders mogen alles, gebruikers mogen records wijzigen maar niet de instellingen, en medewerkers met alleen lezen mogen alleen kijken.</translation>
    </message>
    <message>
        <source>Show hidden items</source>
        <translation>Verborgen items tonen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Standaard maken</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Wachtwoord instellen…</translation>
    </message>
    <message>
        <source>Clear password</source>
        <translation>Wachtwoord wissen</translation>
    </message>
    <message>
        <source>Enable lead status for this category</source>
        <translation>Leadstatus voor deze categorie inschakelen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Persons of companies in this category get a lead status; switching it on gives them all the default status.</source>
        <translation>Personen van bedrijven in deze categorie krijgen een leadstatus; bij inschakelen krijgen ze allemaal de standaardstatus.</translation>
    </message>
    <message>
        <source>Add to {list}</source>
        <translation>Toevoegen aan {list}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete “{name}” from the list?</source>
        <translation>“{name}” uit de lijst verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>Switch lead status on for “{name}”?

%n person(s) of the companies in this category get the default lead status “{status}”, whatever they have now.</source>
        <translation>
            <numerusform>Leadstatus inschakelen voor “{name}”?

%n persoon van de bedrijven in deze categorie krijgt de standaardleadstatus “{status}”, wat die nu ook heeft.</numerusform>
            <numerusform>Leadstatus inschakelen voor “{name}”?

%n personen van de bedrijven in deze categorie krijgen de standaardleadstatus “{status}”, wat ze nu ook hebben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch lead status on</source>
        <translation>Leadstatus inschakelen</translation>
    </message>
    <message numerus="yes">
        <source>Switch lead status off for “{name}”?

The lead status of %n person(s) is kept, but hidden and read-only until it is switched on again.</source>
        <translation>
            <numerusform>Leadstatus uitschakelen voor “{name}”?

De leadstatus van %n persoon blijft bewaard, maar verborgen en alleen-lezen tot hij weer wordt ingeschakeld.</numerusform>
            <numerusform>Leadstatus uitschakelen voor “{name}”?

De leadstatus van %n personen blijft bewaard, maar verborgen en alleen-lezen tot hij weer wordt ingeschakeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch lead status off</source>
        <translation>Leadstatus uitschakelen</translation>
    </message>
    <message>
        <source>Remove the password of {name}? They then sign in without one.</source>
        <translation>Het wachtwoord van {name} verwijderen? Die meldt zich dan zonder wachtwoord aan.</translation>
    </message>
</context>
<context>
    <name>ListPicker</name>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Selections</source>
        <translation>Selecties</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Lists, field rules and associates are maintained by an administrator.</source>
        <translation>Lijsten, veldregels en medewerkers worden door een beheerder onderhouden.</translation>
    </message>
    <message>
        <source>Open settings…</source>
        <translation>Instellingen openen…</translation>
    </message>
    <message>
        <source>New &amp;company</source>
        <translation>Nieuw &amp;bedrijf</translation>
    </message>
    <message>
        <source>New &amp;person</source>
        <translation>Nieuwe &amp;persoon</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Close card</source>
        <translation>Kaart sluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Bulk update…</source>
        <translation>&amp;Bulk bijwerken…</translation>
    </message>
    <message>
        <source>&amp;Interests in bulk…</source>
        <translation>&amp;Interesses in bulk…</translation>
    </message>
    <message>
        <source>&amp;Next record</source>
        <translation>V&amp;olgend record</translation>
    </message>
    <message>
        <source>P&amp;revious record</source>
        <translation>Vo&amp;rig record</translation>
    </message>
    <message>
        <source>&amp;About Desktop CRM</source>
        <translation>&amp;Over Desktop CRM</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>{name}: read only</source>
        <translation>{name}: alleen lezen</translation>
    </message>
    <message>
        <source>You can view everything but change nothing.</source>
        <translation>U kunt alles bekijken, maar niets wijzigen.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(s) and their persons?</source>
        <translation>
            <numerusform>%n bedrijf en de personen ervan verwijderen?</numerusform>
            <numerusform>%n bedrijven en hun personen verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n person(s)?</source>
        <translation>
            <numerusform>%n persoon verwijderen?</numerusform>
            <numerusform>%n personen verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>Ongedaan maken: {what}</translation>
    </message>
    <message>
        <source>{what} done. Ctrl+Z undoes it.</source>
        <translation>{what} uitgevoerd. Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Niets om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Ongedaan gemaakt: {what}</translation>
    </message>
    <message>
        <source>Bulk update</source>
        <translation>Bulk bijwerken</translation>
    </message>
    <message>
        <source>Select the rows to change first.</source>
        <translation>Selecteer eerst de rijen die u wilt wijzigen.</translation>
    </message>
    <message>
        <source>Interests in bulk</source>
        <translation>Interesses in bulk</translation>
    </message>
    <message>
        <source>{companies} companies, {persons} persons — {path}</source>
        <translation>{companies} bedrijven, {persons} personen — {path}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column is what?</source>
        <translation>Welke kolom is wat?</translation>
    </message>
    <message>
        <source>The columns were recognised by their names. Change what is wrong; columns set to &quot;(do not import)&quot; are left out. This choice is remembered for files with the same columns.</source>
        <translation>De kolommen zijn herkend aan hun namen. Verbeter wat niet klopt; kolommen op &quot;(niet importeren)&quot; worden overgeslagen. Deze keuze wordt onthouden voor bestanden met dezelfde kolommen.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from</source>
        <translation>Telefoonnummers zonder landnummer zijn uit</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>Koppeling laden…</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Koppeling opslaan…</translation>
    </message>
    <message>
        <source>CSV file, {encoding}, separator {separator}</source>
        <translation>CSV-bestand, {encoding}, scheidingsteken {separator}</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-werkmap</translation>
    </message>
    <message>
        <source>vCards</source>
        <translation>vCards</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>puntkomma</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>verticale streep</translation>
    </message>
    <message>
        <source>Choose at least one column with a name, a company name or an e-mail address.</source>
        <translation>Kies minstens één kolom met een naam, een bedrijfsnaam of een e-mailadres.</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Koppeling laden</translation>
    </message>
    <message>
        <source>Import mappings (*.json)</source>
        <translation>Importkoppelingen (*.json)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Koppeling opslaan</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>“{name}” is in use</source>
        <translation>“{name}” is in gebruik</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is used by %n record(s), so it cannot simply be deleted.</source>
        <translation>
            <numerusform>“{name}” wordt gebruikt door %n record en kan dus niet zomaar worden verwijderd.</numerusform>
            <numerusform>“{name}” wordt gebruikt door %n records en kan dus niet zomaar worden verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge it into another item: its records move over and “{name}” is deleted. Or hide it: the records keep it, but it cannot be chosen anew.</source>
        <translation>Voeg het samen met een ander item: de records gaan daarnaar over en “{name}” wordt verwijderd. Of verberg het: de records houden het, maar het kan niet opnieuw worden gekozen.</translation>
    </message>
    <message>
        <source>Hide it: the records keep it, but it cannot be chosen anew.</source>
        <translation>Verberg het: de records houden het, maar het kan niet opnieuw worden gekozen.</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Samenvoegen met</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Dubbele records samenvoegen</translation>
    </message>
    <message>
        <source>Choose the record that stays, and for each field which value it keeps. Everything that belongs to either record stays with it; the other goes to the trash. You can undo the merge.</source>
        <translation>Kies welk record blijft, en per veld welke waarde het houdt. Alles wat bij een van beide records hoort, blijft bij dat record; het andere gaat naar de prullenbak. U kunt het samenvoegen ongedaan maken.</translation>
    </message>
    <message>
        <source>Keep: {name}</source>
        <translation>Bewaren: {name}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Both notes</source>
        <translation>Beide notities</translation>
    </message>
    <message>
        <source>Interests, subscriptions and their history of both records are kept.</source>
        <translation>Interesses, abonnementen en hun geschiedenis van beide records blijven bewaard.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Merged. The other record is in the trash; the merge can be undone.</source>
        <translation>Samengevoegd. Het andere record staat in de prullenbak; het samenvoegen kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
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
    <message>
        <source>The database file is read-only, so this change was not saved. Your input is still on screen: make the file writable (or copy it to a folder of your own) and save again.</source>
        <translation>Het databasebestand is alleen-lezen, dus deze wijziging is niet opgeslagen. Uw invoer staat nog op het scherm: maak het bestand beschrijfbaar (of kopieer het naar een eigen map) en sla opnieuw op.</translation>
    </message>
    <message>
        <source>The disk is full, so this change was not saved. Your input is still on screen: free some space and save again.</source>
        <translation>De schijf is vol, dus deze wijziging is niet opgeslagen. Uw invoer staat nog op het scherm: maak ruimte vrij en sla opnieuw op.</translation>
    </message>
    <message>
        <source>The disk could not be written or read (was a USB stick or network drive removed?), so this change was not saved. Your input is still on screen: save again when the disk is back.</source>
        <translation>De schijf kon niet worden beschreven of gelezen (is een USB-stick of netwerkschijf verwijderd?), dus deze wijziging is niet opgeslagen. Uw invoer staat nog op het scherm: sla opnieuw op zodra de schijf er weer is.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program, so this change was not saved yet. Your input is still on screen: save again in a moment.</source>
        <translation>De database is bezig in een ander venster of programma, dus deze wijziging is nog niet opgeslagen. Uw invoer staat nog op het scherm: sla zo meteen opnieuw op.</translation>
    </message>
    <message>
        <source>The database file is damaged, so this change was not saved. Restore a backup (File &gt; Backups).</source>
        <translation>Het databasebestand is beschadigd, dus deze wijziging is niet opgeslagen. Zet een back-up terug (Bestand &gt; Back-ups).</translation>
    </message>
    <message>
        <source>The database file cannot be reached (was a USB stick or network drive removed?), so this change was not saved. Your input is still on screen.</source>
        <translation>Het databasebestand is niet bereikbaar (is een USB-stick of netwerkschijf verwijderd?), dus deze wijziging is niet opgeslagen. Uw invoer staat nog op het scherm.</translation>
    </message>
    <message>
        <source>A selection holds companies or persons, not &quot;{value}&quot;.</source>
        <translation>Een selectie bevat bedrijven of personen, geen &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>Row {row}: there is no field &quot;{field}&quot;.</source>
        <translation>Regel {row}: er is geen veld &quot;{field}&quot;.</translation>
    </message>
    <message>
        <source>Row {row}: the operator &quot;{op}&quot; does not fit the field {field}.</source>
        <translation>Regel {row}: de bewerking &quot;{op}&quot; past niet bij het veld {field}.</translation>
    </message>
    <message>
        <source>Row {row}: choose or type a value.</source>
        <translation>Regel {row}: kies of typ een waarde.</translation>
    </message>
    <message>
        <source>Row {row}: &quot;{value}&quot; is not a valid value here.</source>
        <translation>Regel {row}: &quot;{value}&quot; is hier geen geldige waarde.</translation>
    </message>
    <message>
        <source>Row {row}: &quot;{value}&quot; is not a Dutch postal code range; write it as 3500 AA-3599 ZZ.</source>
        <translation>Regel {row}: &quot;{value}&quot; is geen reeks Nederlandse postcodes; schrijf die als 3500 AA-3599 ZZ.</translation>
    </message>
    <message>
        <source>Row {row}: the first value of a range must not be above the second.</source>
        <translation>Regel {row}: de eerste waarde van een reeks mag niet boven de tweede liggen.</translation>
    </message>
    <message>
        <source>Not in the list {list}: {names}.</source>
        <translation>Niet in de lijst {list}: {names}.</translation>
    </message>
    <message>
        <source>This is not a selection definition file: {detail}</source>
        <translation>Dit is geen bestand met een selectiedefinitie: {detail}</translation>
    </message>
    <message>
        <source>This selection file has format version {found}; this version of the app reads up to {supported}.</source>
        <translation>Dit selectiebestand heeft formaatversie {found}; deze versie van de app leest tot en met {supported}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid {label}; it was added to the notes.</source>
        <translation>&quot;{value}&quot; is geen geldig(e) {label}; het is bij de notities gezet.</translation>
    </message>
    <message>
        <source>The row has more cells than the header; the extra cells were added to the notes.</source>
        <translation>De regel heeft meer cellen dan de kopregel; de extra cellen zijn bij de notities gezet.</translation>
    </message>
    <message>
        <source>The row has company details but no company name; they were added to the person&apos;s notes.</source>
        <translation>De regel heeft bedrijfsgegevens maar geen bedrijfsnaam; ze zijn bij de notities van de persoon gezet.</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>Een bedrijf heeft een naam nodig.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number for {label}; it was added to the notes.</source>
        <translation>&quot;{value}&quot; is geen heel getal voor {label}; het is bij de notities gezet.</translation>
    </message>
    <message>
        <source>The row has no name; &quot;{value}&quot; was taken from the e-mail address.</source>
        <translation>De regel heeft geen naam; &quot;{value}&quot; is uit het e-mailadres gehaald.</translation>
    </message>
    <message>
        <source>That password is not right. Try again.</source>
        <translation>Dat wachtwoord klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{name} cannot sign in: this associate is hidden or deleted.</source>
        <translation>{name} kan zich niet aanmelden: deze medewerker is verborgen of verwijderd.</translation>
    </message>
    <message>
        <source>Another associate already uses the login &quot;{value}&quot;.</source>
        <translation>Een andere medewerker gebruikt de inlognaam &quot;{value}&quot; al.</translation>
    </message>
    <message>
        <source>Only an administrator can set another associate&apos;s password.</source>
        <translation>Alleen een beheerder kan het wachtwoord van een andere medewerker instellen.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <source>The backup could not be made ({detail}). Nothing was changed.</source>
        <translation>De back-up kon niet worden gemaakt ({detail}). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{file} does not exist. Nothing was restored.</source>
        <translation>{file} bestaat niet. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>{file} is not a Desktop CRM database. Nothing was restored.</source>
        <translation>{file} is geen Desktop CRM-database. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of Desktop CRM; update the app to restore it. Nothing was restored.</source>
        <translation>{file} is gemaakt door een nieuwere versie van Desktop CRM; werk de app bij om het terug te zetten. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>{file} is damaged ({detail}). Nothing was restored; choose another backup.</source>
        <translation>{file} is beschadigd ({detail}). Er is niets teruggezet; kies een andere back-up.</translation>
    </message>
    <message>
        <source>{file} is the database itself; choose a backup to restore.</source>
        <translation>{file} is de database zelf; kies een back-up om terug te zetten.</translation>
    </message>
    <message>
        <source>Keep between 1 and 999 automatic backups.</source>
        <translation>Bewaar tussen 1 en 999 automatische back-ups.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Geannuleerd: er is niets veranderd.</translation>
    </message>
    <message>
        <source>{label} is always shown.</source>
        <translation>{label} is altijd zichtbaar.</translation>
    </message>
    <message>
        <source>{label} is always mandatory.</source>
        <translation>{label} is altijd verplicht.</translation>
    </message>
    <message>
        <source>{label} cannot be made mandatory.</source>
        <translation>{label} kan niet verplicht worden gemaakt.</translation>
    </message>
    <message>
        <source>Only an administrator can change the settings.</source>
        <translation>Alleen een beheerder kan de instellingen wijzigen.</translation>
    </message>
    <message>
        <source>The list {list} already has an item &quot;{value}&quot;.</source>
        <translation>De lijst {list} heeft al een item &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is still used by {count} record(s): merge it into another item, or hide it.</source>
        <translation>&quot;{value}&quot; wordt nog gebruikt door {count} record(s): voeg het samen met een ander item, of verberg het.</translation>
    </message>
    <message>
        <source>Choose another item to merge &quot;{value}&quot; into.</source>
        <translation>Kies een ander item om &quot;{value}&quot; mee samen te voegen.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is the default lead status; make another status the default first.</source>
        <translation>&quot;{value}&quot; is de standaardleadstatus; maak eerst een andere status de standaard.</translation>
    </message>
    <message>
        <source>Subscriptions are the proof of consent, so a subscription type in use cannot be merged; hide it instead.</source>
        <translation>Abonnementen zijn het bewijs van toestemming, dus een type abonnement in gebruik kan niet worden samengevoegd; verberg het in plaats daarvan.</translation>
    </message>
    <message>
        <source>There must always be at least one administrator who can sign in.</source>
        <translation>Er moet altijd ten minste één beheerder zijn die zich kan aanmelden.</translation>
    </message>
    <message>
        <source>You are signed in as {value}; you cannot hide or delete yourself.</source>
        <translation>U bent aangemeld als {value}; u kunt uzelf niet verbergen of verwijderen.</translation>
    </message>
    <message>
        <source>{file} already exists; choose another folder.</source>
        <translation>{file} bestaat al; kies een andere map.</translation>
    </message>
    <message>
        <source>The database could not be copied to {folder} ({detail}). It stays where it was.</source>
        <translation>De database kon niet naar {folder} worden gekopieerd ({detail}). Hij blijft waar hij was.</translation>
    </message>
    <message>
        <source>The copy in {folder} does not match the database, so it stays where it was.</source>
        <translation>De kopie in {folder} komt niet overeen met de database, dus die blijft waar hij was.</translation>
    </message>
    <message>
        <source>{folder} is itself a cloud or network folder; choose a local one.</source>
        <translation>{folder} is zelf een cloud- of netwerkmap; kies een map op deze computer.</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>Het bestand {file} is leeg.</translation>
    </message>
    <message>
        <source>{file} is not a text file that can be imported (CSV, Excel XLSX or vCard).</source>
        <translation>{file} is geen tekstbestand dat geïmporteerd kan worden (CSV, Excel XLSX of vCard).</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {detail}</source>
        <translation>Het bestand {file} kan niet gelezen worden: {detail}</translation>
    </message>
    <message>
        <source>Row {row} of {file} cannot be read: {detail}. Check that every quote (&quot;) is closed.</source>
        <translation>Regel {row} van {file} kan niet gelezen worden: {detail}. Controleer of elk aanhalingsteken (&quot;) wordt afgesloten.</translation>
    </message>
    <message>
        <source>Row {row} of {file} holds a value of more than {max} characters; this does not look like a list of addresses. Check the file, or a quote (&quot;) that is never closed.</source>
        <translation>Regel {row} van {file} bevat een waarde van meer dan {max} tekens; dit lijkt geen adreslijst. Controleer het bestand, of een aanhalingsteken (&quot;) dat nooit wordt afgesloten.</translation>
    </message>
    <message>
        <source>{file} is not a valid Excel workbook (.xlsx): {detail}</source>
        <translation>{file} is geen geldige Excel-werkmap (.xlsx): {detail}</translation>
    </message>
    <message>
        <source>{file} is an old Excel 97-2003 workbook (.xls). Save it in Excel as .xlsx or as CSV and import that.</source>
        <translation>{file} is een oude Excel 97-2003-werkmap (.xls). Sla hem in Excel op als .xlsx of als CSV en importeer dat bestand.</translation>
    </message>
    <message>
        <source>{file} has no header row with column names.</source>
        <translation>{file} heeft geen kopregel met kolomnamen.</translation>
    </message>
    <message>
        <source>{file} holds no vCards (BEGIN:VCARD ... END:VCARD).</source>
        <translation>{file} bevat geen vCards (BEGIN:VCARD ... END:VCARD).</translation>
    </message>
    <message>
        <source>A selection needs a name.</source>
        <translation>Een selectie heeft een naam nodig.</translation>
    </message>
    <message>
        <source>This selection was not found; it may have been deleted.</source>
        <translation>Deze selectie is niet gevonden; misschien is ze verwijderd.</translation>
    </message>
    <message>
        <source>Members can only be added to or removed from a static selection.</source>
        <translation>Leden kunnen alleen aan een statische selectie worden toegevoegd of eruit verwijderd.</translation>
    </message>
    <message>
        <source>Only two selections of companies, or two of persons, can be combined.</source>
        <translation>Alleen twee selecties van bedrijven, of twee van personen, kunnen worden gecombineerd.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is part of the combined selection &quot;{other}&quot;; delete that one first.</source>
        <translation>&quot;{name}&quot; is onderdeel van de gecombineerde selectie &quot;{other}&quot;; verwijder die eerst.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a way to combine selections.</source>
        <translation>&quot;{value}&quot; is geen manier om selecties te combineren.</translation>
    </message>
    <message>
        <source>Only a dynamic selection has criteria.</source>
        <translation>Alleen een dynamische selectie heeft criteria.</translation>
    </message>
    <message>
        <source>Combined selections are nested too deeply.</source>
        <translation>Gecombineerde selecties zijn te diep genest.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopie)</translation>
    </message>
    <message>
        <source>The lead status of {name} cannot change: the company is not in a lead-enabled category.</source>
        <translation>De leadstatus van {name} kan niet veranderen: het bedrijf zit niet in een categorie met leadstatus.</translation>
    </message>
    <message>
        <source>Choose a company from the list, or leave the field empty.</source>
        <translation>Kies een bedrijf uit de lijst, of laat het veld leeg.</translation>
    </message>
    <message>
        <source>This looks like a record that is already in the database (similarity {score}%).</source>
        <translation>Dit lijkt op een record dat al in het bestand staat (overeenkomst {score}%).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; was added to the list {list}.</source>
        <translation>&quot;{value}&quot; is toegevoegd aan de lijst {list}.</translation>
    </message>
    <message>
        <source>{count} rows have problems, so nothing was imported. Correct them in the file, or choose to skip the rows with problems.</source>
        <translation>{count} regels hebben problemen, dus er is niets geïmporteerd. Verbeter ze in het bestand, of kies ervoor de regels met problemen over te slaan.</translation>
    </message>
    <message>
        <source>Nothing could be imported from {file}.</source>
        <translation>Er kon niets geïmporteerd worden uit {file}.</translation>
    </message>
    <message>
        <source>This selection was not made by an import, so it cannot be undone as one.</source>
        <translation>Deze selectie is niet door een import gemaakt en kan dus niet als import ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>{file} is not a saved import mapping: {detail}</source>
        <translation>{file} is geen opgeslagen importkoppeling: {detail}</translation>
    </message>
    <message>
        <source>A mailing goes to persons: choose a selection of persons.</source>
        <translation>Een mailing gaat naar personen: kies een selectie van personen.</translation>
    </message>
    <message>
        <source>{sent} of {members} members: {not_subscribed} not subscribed, {no_address} without an address, {duplicates} double addresses left out.</source>
        <translation>{sent} van {members} leden: {not_subscribed} niet geabonneerd, {no_address} zonder adres en {duplicates} dubbele adressen weggelaten.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Een record kan niet met zichzelf worden samengevoegd.</translation>
    </message>
    <message>
        <source>This change is not a merge, or it was undone already.</source>
        <translation>Deze wijziging is geen samenvoeging, of ze is al ongedaan gemaakt.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Records that are already there</source>
        <translation>Records die er al zijn</translation>
    </message>
    <message>
        <source>Each row is matched with the companies and persons in the database: by e-mail address, KvK number, or name and postal code. Rows that match nothing are added.</source>
        <translation>Elke regel wordt vergeleken met de bedrijven en personen in het bestand: op e-mailadres, KvK-nummer, of naam en postcode. Regels die nergens bij horen, worden toegevoegd.</translation>
    </message>
    <message>
        <source>When a row matches a record</source>
        <translation>Als een regel bij een bestaand record hoort</translation>
    </message>
    <message>
        <source>Fill in its empty fields only</source>
        <translation>Alleen de lege velden aanvullen</translation>
    </message>
    <message>
        <source>Overwrite its fields with the values from the file</source>
        <translation>De velden overschrijven met de waarden uit het bestand</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>Laten zoals het is</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Regels met problemen</translation>
    </message>
    <message>
        <source>Import nothing when a row has a problem (all or nothing)</source>
        <translation>Niets importeren als een regel een probleem heeft (alles of niets)</translation>
    </message>
    <message>
        <source>Import the good rows; write the rows with problems to a report:</source>
        <translation>De goede regels importeren; de regels met problemen in een rapport zetten:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Add values that are not in a list yet (categories, interests…)</source>
        <translation>Waarden die nog niet in een lijst staan toevoegen (categorieën, interesses…)</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problemen</translation>
    </message>
    <message>
        <source>Report of the rows with problems</source>
        <translation>Rapport van de regels met problemen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for {name}</source>
        <translation>Wachtwoord voor {name}</translation>
    </message>
    <message>
        <source>The password is stored as a salted hash, never as text. The app asks for it when it starts on a shared PC.</source>
        <translation>Het wachtwoord wordt opgeslagen als gezouten hash, nooit als tekst. De app vraagt erom bij de start op een gedeelde pc.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <source>Type a password, or cancel.</source>
        <translation>Typ een wachtwoord, of annuleer.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Velden met * zijn verplicht.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(geen bedrijf)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Delete &quot;{name}&quot;? You can undo this.</source>
        <translation>&quot;{name}&quot; verwijderen? U kunt dit ongedaan maken.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check what the import will do.</source>
        <translation>Er is nog niets weggeschreven. Controleer wat de import gaat doen.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Waarde in het bestand</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wordt</translation>
    </message>
    <message>
        <source>New list values</source>
        <translation>Nieuwe lijstwaarden</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Bestaande records</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>Opnieuw bekijken</translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation>Alle regels lezen…</translation>
    </message>
    <message>
        <source>Reading every row… {count}</source>
        <translation>Alle regels lezen… {count}</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemen ({count})</translation>
    </message>
    <message>
        <source>New list values ({count})</source>
        <translation>Nieuwe lijstwaarden ({count})</translation>
    </message>
    <message>
        <source>Matches ({count})</source>
        <translation>Bestaande records ({count})</translation>
    </message>
    <message>
        <source>A new item &quot;{value}&quot;</source>
        <translation>Een nieuw item &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>Existing: {name}</source>
        <translation>Bestaand: {name}</translation>
    </message>
    <message>
        <source>As chosen for all</source>
        <translation>Zoals voor alles gekozen</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>Laten zoals het is</translation>
    </message>
    <message>
        <source>Fill in empty fields</source>
        <translation>Lege velden aanvullen</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overschrijven</translation>
    </message>
    <message>
        <source>Add as a new record</source>
        <translation>Als nieuw record toevoegen</translation>
    </message>
</context>
<context>
    <name>QuickSearchField</name>
    <message>
        <source>Search companies and persons…</source>
        <translation>Zoek bedrijven en personen…</translation>
    </message>
    <message>
        <source>Find companies and persons by name, city, postal code, e-mail or phone</source>
        <translation>Zoek bedrijven en personen op naam, plaats, postcode, e-mail of telefoon</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to &quot;{title}&quot;?</source>
        <translation>De wijzigingen in &quot;{title}&quot; opslaan?</translation>
    </message>
    <message>
        <source>Deleted. Undo brings it back.</source>
        <translation>Verwijderd. Met Ongedaan maken komt het terug.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <source>Overwrite keeps your changes and takes the other changes for the fields you did not edit.</source>
        <translation>Overschrijven bewaart uw wijzigingen en neemt de andere wijzigingen over voor de velden die u niet hebt bewerkt.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overschrijven</translation>
    </message>
    <message>
        <source>Read only: {reason}</source>
        <translation>Alleen lezen: {reason}</translation>
    </message>
    <message>
        <source>You may view this record but not change it.</source>
        <translation>U mag deze gegevens bekijken maar niet wijzigen.</translation>
    </message>
    <message>
        <source>Someone else changed this record. Saving will ask what to do.</source>
        <translation>Iemand anders heeft deze gegevens gewijzigd. Bij opslaan wordt gevraagd wat er moet gebeuren.</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Category group</source>
        <translation>Categoriegroep</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Hidden: the company&apos;s category does not use lead statuses. The value is kept.</source>
        <translation>Verborgen: de categorie van het bedrijf gebruikt geen leadstatus. De waarde blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>RecordListWidget</name>
    <message>
        <source>Filter by name, e-mail or phone…</source>
        <translation>Filter op naam, e-mail of telefoon…</translation>
    </message>
    <message>
        <source>Filter by name, city, postal code, e-mail or phone…</source>
        <translation>Filter op naam, plaats, postcode, e-mail of telefoon…</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Groeperen op:</translation>
    </message>
    <message>
        <source>(no grouping)</source>
        <translation>(niet groeperen)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Kies de kolommen die u wilt zien</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persoon</numerusform>
            <numerusform>%Ln personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln bedrijf</numerusform>
            <numerusform>%Ln bedrijven</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Standaardkolommen</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>the Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <source>the United Kingdom</source>
        <translation>het Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <source>the United States</source>
        <translation>de Verenigde Staten</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deze import ongedaan maken</translation>
    </message>
    <message>
        <source>The rows with problems are in {file}.</source>
        <translation>De regels met problemen staan in {file}.</translation>
    </message>
    <message>
        <source>Nothing was changed: every row was already there.</source>
        <translation>Er is niets veranderd: elke regel stond er al.</translation>
    </message>
    <message>
        <source>The records this import added or changed are in the selection &lt;a href=&quot;{id}&quot;&gt;{name}&lt;/a&gt;, where you can check and correct them.</source>
        <translation>De records die deze import heeft toegevoegd of gewijzigd staan in de selectie &lt;a href=&quot;{id}&quot;&gt;{name}&lt;/a&gt;; daar kunt u ze controleren en verbeteren.</translation>
    </message>
    <message>
        <source>The import was undone: the records it added are in the trash, the fields it changed have their old values back.</source>
        <translation>De import is ongedaan gemaakt: de toegevoegde records staan in de prullenbak, de gewijzigde velden hebben hun oude waarden terug.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Save selection</source>
        <translation>Selectie opslaan</translation>
    </message>
    <message>
        <source>Dynamic: the criteria run again each time it opens</source>
        <translation>Dynamisch: de criteria worden bij elke keer openen opnieuw uitgevoerd</translation>
    </message>
    <message>
        <source>Static: keep these members; add and remove them by hand</source>
        <translation>Statisch: deze leden vastleggen; handmatig toevoegen en verwijderen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>More hits: type more to narrow the search</source>
        <translation>Meer resultaten: typ verder om te verfijnen</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Niets gevonden</translation>
    </message>
</context>
<context>
    <name>SelectionSearch</name>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Save as selection…</source>
        <translation>Opslaan als selectie…</translation>
    </message>
    <message>
        <source>Save criteria</source>
        <translation>Criteria opslaan</translation>
    </message>
    <message>
        <source>Board view</source>
        <translation>Bordweergave</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Bulk update…</source>
        <translation>Bulkwijziging…</translation>
    </message>
    <message>
        <source>CSV with semicolons (Dutch Excel)…</source>
        <translation>CSV met puntkomma&apos;s (Nederlandse Excel)…</translation>
    </message>
    <message>
        <source>CSV with commas…</source>
        <translation>CSV met komma&apos;s…</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>Excel-werkmap (XLSX)…</translation>
    </message>
    <message>
        <source>vCard…</source>
        <translation>vCard…</translation>
    </message>
    <message>
        <source>Mailing for a subscription…</source>
        <translation>Mailing voor een abonnement…</translation>
    </message>
    <message>
        <source>New search</source>
        <translation>Nieuwe zoekopdracht</translation>
    </message>
    <message>
        <source>A static selection: its members are kept as they are. Add members by dropping rows from other lists here; remove them from the context menu.</source>
        <translation>Een statische selectie: de leden blijven zoals ze zijn. Voeg leden toe door regels uit andere lijsten hierheen te slepen; verwijder ze via het contextmenu.</translation>
    </message>
    <message>
        <source>A combined selection: it is worked out again from both selections each time it opens.</source>
        <translation>Een gecombineerde selectie: die wordt bij elke keer openen opnieuw uit beide selecties bepaald.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n lid</numerusform>
            <numerusform>%n leden</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Remove from this selection</source>
        <translation>Uit deze selectie verwijderen</translation>
    </message>
    <message>
        <source>Removed from the selection.</source>
        <translation>Uit de selectie verwijderd.</translation>
    </message>
    <message>
        <source>Selections</source>
        <translation>Selecties</translation>
    </message>
    <message>
        <source>Saved the selection &quot;{name}&quot;.</source>
        <translation>De selectie &quot;{name}&quot; is opgeslagen.</translation>
    </message>
    <message>
        <source>The criteria were saved.</source>
        <translation>De criteria zijn opgeslagen.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-bestanden (*.vcf)</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Leden exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported.</source>
        <translation>
            <numerusform>%n record geëxporteerd.</numerusform>
            <numerusform>%n records geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <source>There are no subscription types yet.</source>
        <translation>Er zijn nog geen abonnementstypen.</translation>
    </message>
    <message>
        <source>Subscription type</source>
        <translation>Abonnementstype</translation>
    </message>
    <message>
        <source>Export mailing</source>
        <translation>Mailing exporteren</translation>
    </message>
</context>
<context>
    <name>SelectionsPage</name>
    <message>
        <source>Saved selections</source>
        <translation>Opgeslagen selecties</translation>
    </message>
    <message>
        <source>New search: companies</source>
        <translation>Nieuwe zoekopdracht: bedrijven</translation>
    </message>
    <message>
        <source>New search: persons</source>
        <translation>Nieuwe zoekopdracht: personen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>Beschrijven…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Combine…</source>
        <translation>Combineren…</translation>
    </message>
    <message>
        <source>Export definition…</source>
        <translation>Definitie exporteren…</translation>
    </message>
    <message>
        <source>Import definition…</source>
        <translation>Definitie importeren…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Selections</source>
        <translation>Selecties</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>The selection was renamed.</source>
        <translation>De naam van de selectie is gewijzigd.</translation>
    </message>
    <message>
        <source>Describe</source>
        <translation>Beschrijven</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>The description was saved.</source>
        <translation>De beschrijving is opgeslagen.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopie)</translation>
    </message>
    <message>
        <source>The selection was duplicated.</source>
        <translation>De selectie is gedupliceerd.</translation>
    </message>
    <message>
        <source>Deleted the selection &quot;{name}&quot;.</source>
        <translation>De selectie &quot;{name}&quot; is verwijderd.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>The combined selection was saved.</source>
        <translation>De gecombineerde selectie is opgeslagen.</translation>
    </message>
    <message>
        <source>Export definition</source>
        <translation>Definitie exporteren</translation>
    </message>
    <message>
        <source>Selection definitions (*.json)</source>
        <translation>Selectiedefinities (*.json)</translation>
    </message>
    <message>
        <source>The definition was saved in {path}.</source>
        <translation>De definitie is opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Import definition</source>
        <translation>Definitie importeren</translation>
    </message>
    <message>
        <source>The selection was imported.</source>
        <translation>De selectie is geïmporteerd.</translation>
    </message>
    <message>
        <source>Rows can only be dropped on a static selection of the same kind.</source>
        <translation>Regels kunnen alleen op een statische selectie van dezelfde soort worden neergezet.</translation>
    </message>
    <message>
        <source>Added to &quot;{name}&quot;.</source>
        <translation>Toegevoegd aan &quot;{name}&quot;.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Field rules</source>
        <translation>Veldregels</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Only an administrator can change the settings. You are signed in as {name} ({role}).</source>
        <translation>Alleen een beheerder kan de instellingen wijzigen. U bent aangemeld als {name} ({role}).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Wie is er aan het werk?</translation>
    </message>
    <message>
        <source>Choose your name. Every change you make is recorded with it.</source>
        <translation>Kies uw naam. Elke wijziging die u maakt, wordt daarmee vastgelegd.</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>Subscribe</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Subscribe to &quot;{type}&quot;. How did the person give consent?</source>
        <translation>Aanmelden voor &quot;{type}&quot;. Hoe heeft de persoon toestemming gegeven?</translation>
    </message>
    <message>
        <source>Unsubscribe from &quot;{type}&quot;. How did the person ask for it?</source>
        <translation>Afmelden voor &quot;{type}&quot;. Hoe heeft de persoon erom gevraagd?</translation>
    </message>
    <message>
        <source>For example: web form of 3 March</source>
        <translation>Bijvoorbeeld: webformulier van 3 maart</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>Subscriptions</name>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
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
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation>Nooit gevraagd</translation>
    </message>
</context>
<context>
    <name>SubscriptionsEditor</name>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Afmelden…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (verborgen)</translation>
    </message>
    <message>
        <source>Recorded by {name}</source>
        <translation>Vastgelegd door {name}</translation>
    </message>
    <message>
        <source>Save the person first; then subscriptions can be recorded.</source>
        <translation>Sla de persoon eerst op; daarna kunnen abonnementen worden vastgelegd.</translation>
    </message>
    <message>
        <source>There are no subscription types yet. An administrator can add them in Settings.</source>
        <translation>Er zijn nog geen typen abonnement. Een beheerder kan ze toevoegen in Instellingen.</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnementen</translation>
    </message>
    <message>
        <source>History of {type}</source>
        <translation>Historie van {type}</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>3500 AA-3599 ZZ</source>
        <translation>3500 AA-3599 ZZ</translation>
    </message>
</context>
</TS>
