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
    <name>AssociatesPage</name>
    <message>
        <source>Who works with the CRM</source>
        <translation>Wie werkt er met het CRM</translation>
    </message>
    <message>
        <source>Decide per associate who may view data and who may add or change it. Every change is recorded with the name of whoever made it, so everyone works under their own name. Someone who looks after the CRM (an administrator) sets the rules and keeps the data clean.</source>
        <translation>Bepaal per medewerker wie gegevens mag bekijken en wie ze mag toevoegen of wijzigen. Elke wijziging wordt vastgelegd met de naam van wie hem maakte, dus iedereen werkt onder zijn eigen naam. Iemand die het CRM beheert (een beheerder) stelt de regels op en houdt de gegevens schoon.</translation>
    </message>
    <message>
        <source>Administrator: everything, the settings too. User: adds and changes companies and persons. Read only: may look, not change. A password is optional; type one in the Password column to set it.</source>
        <translation>Beheerder: alles, ook de instellingen. Gebruiker: voegt bedrijven en personen toe en wijzigt ze. Alleen lezen: mag kijken, niet wijzigen. Een wachtwoord is niet verplicht; typ er een in de kolom Wachtwoord om het in te stellen.</translation>
    </message>
    <message>
        <source>Where the CRM runs</source>
        <translation>Waar het CRM draait</translation>
    </message>
    <message>
        <source>A laptop or own PC: remember who works here, and do not ask</source>
        <translation>Een laptop of eigen pc: onthouden wie hier werkt, en niet vragen</translation>
    </message>
    <message>
        <source>One shared PC: ask who is working every time the program starts</source>
        <translation>Eén gedeelde pc: bij elke start vragen wie er aan het werk is</translation>
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
    <name>BusinessPage</name>
    <message>
        <source>Industries</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>The industry (Business) of a company lets you select companies per sector, for example transport, IT, services or manufacturing. Start from the list below and make it fit your market. Keep it short, so that everyone makes the same choice for the same kind of company.</source>
        <translation>Met de branche van een bedrijf selecteert u bedrijven per sector, bijvoorbeeld transport, ICT, dienstverlening of productie. Begin met de lijst hieronder en maak hem passend voor uw markt. Houd hem kort, zodat iedereen voor hetzelfde soort bedrijf dezelfde keuze maakt.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>What do you need from a CRM?</source>
        <translation>Wat heeft u nodig van een CRM?</translation>
    </message>
    <message>
        <source>This step is optional. TNO&apos;s checklist helps decide what your organisation needs from a CRM, in four areas. Tick your goals, and mark each function you care about: already in use or not, necessary or desirable, and its impact on your organisation (think of the time it takes and what it yields). The assistant lists the quick wins (necessary, low impact: start with these) and what to take up later (desirable, high impact), and saves them as a report you can open again under Settings.</source>
        <translation>Deze stap is optioneel. De checklist van TNO helpt bepalen wat uw organisatie nodig heeft van een CRM, in vier gebieden. Vink uw doelen aan en markeer elke functie die ertoe doet: al in gebruik of niet, noodzakelijk of wenselijk, en de impact op uw organisatie (denk aan de doorlooptijd, de tijdsinvestering en wat het oplevert). De assistent zet de quick wins (noodzakelijk, lage impact: begin daarmee) en wat later kan (wenselijk, hoge impact) op een rij, en bewaart ze als rapport dat u onder Instellingen weer kunt openen.</translation>
    </message>
    <message>
        <source>Fill in the checklist</source>
        <translation>De checklist invullen</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Deze stap overslaan</translation>
    </message>
    <message>
        <source>Show report…</source>
        <translation>Rapport tonen…</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Noodzaak</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>With CRM I want to:</source>
        <translation>Met CRM wil ik:</translation>
    </message>
    <message>
        <source>Package wishes</source>
        <translation>Pakketwensen</translation>
    </message>
    <message>
        <source>The checklist is skipped; you can fill it in when you run this assistant again.</source>
        <translation>De checklist wordt overgeslagen; u kunt hem invullen als u deze assistent opnieuw doorloopt.</translation>
    </message>
    <message>
        <source>Quick wins: {wins}. To take up later: {later}.</source>
        <translation>Quick wins: {wins}. Later oppakken: {later}.</translation>
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
    <name>ConfigWizard</name>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Stap {n} van {total}</translation>
    </message>
    <message>
        <source>In use by {count} record(s)</source>
        <translation>In gebruik bij {count} record(s)</translation>
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
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
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
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Add examples</source>
        <translation>Voorbeelden toevoegen</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw item</translation>
    </message>
    <message>
        <source>You cannot remove yourself: you are signed in as {name}.</source>
        <translation>U kunt uzelf niet verwijderen: u bent aangemeld als {name}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>necessary</source>
        <translation>noodzakelijk</translation>
    </message>
    <message>
        <source>desirable</source>
        <translation>wenselijk</translation>
    </message>
    <message>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>midden</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <source>Checklist report</source>
        <translation>Checklistrapport</translation>
    </message>
    <message>
        <source>No checklist has been saved yet. Fill it in with the configuration assistant (step 10).</source>
        <translation>Er is nog geen checklist opgeslagen. Vul hem in met de configuratie-assistent (stap 10).</translation>
    </message>
    <message>
        <source>Configuration assistant</source>
        <translation>Configuratie-assistent</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>Er is niets opgeslagen: {error}</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Demogegevens laden…</translation>
    </message>
    <message>
        <source>The configuration was saved, but the demo data could not be loaded: {error}</source>
        <translation>De configuratie is opgeslagen, maar de demogegevens konden niet worden geladen: {error}</translation>
    </message>
</context>
<context>
    <name>ConfigurationSection</name>
    <message>
        <source>Configuration assistant</source>
        <translation>Configuratie-assistent</translation>
    </message>
    <message>
        <source>Go through the configuration questions again: segmentation, industries, interests, subscriptions, leads, fields and privacy. It starts from the current configuration and changes it; nothing is saved until you click Finish.</source>
        <translation>Loop de configuratievragen opnieuw door: segmentatie, branches, interesses, abonnementen, leads, velden en privacy. De assistent begint bij de huidige configuratie en past die aan; er wordt pas iets opgeslagen als u op Voltooien klikt.</translation>
    </message>
    <message>
        <source>Configuration assistant…</source>
        <translation>Configuratie-assistent…</translation>
    </message>
    <message>
        <source>Checklist report…</source>
        <translation>Checklistrapport…</translation>
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
        <source>Own postal code</source>
        <translation>Eigen postcode</translation>
    </message>
    <message>
        <source>Own city</source>
        <translation>Eigen plaats</translation>
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
    <name>DataPage</name>
    <message>
        <source>Your data</source>
        <translation>Uw gegevens</translation>
    </message>
    <message>
        <source>A CRM is as good as the data in it. Start empty and enter companies as they come, import the file you keep them in now, or first try things out with demo data. An import or demo data comes after the configuration is saved, so the data lands in your lists straight away.</source>
        <translation>Een CRM is zo goed als de gegevens erin. Begin leeg en voer bedrijven in zodra ze zich aandienen, importeer nu het bestand waarin u ze bijhoudt, of probeer eerst alles uit met demogegevens. Een import of demogegevens komen pas nadat de configuratie is opgeslagen, zodat de gegevens meteen in uw lijsten passen.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leeg beginnen</translation>
    </message>
    <message>
        <source>Import a file now (Excel, CSV or vCard)</source>
        <translation>Nu een bestand importeren (Excel, CSV of vCard)</translation>
    </message>
    <message>
        <source>The import opens when you click Finish; it lets you check everything before anything is written.</source>
        <translation>De import opent als u op Voltooien klikt; daarin controleert u alles voordat er iets wordt opgeslagen.</translation>
    </message>
    <message>
        <source>Load demo data to try things out ({companies} companies, {persons} persons)</source>
        <translation>Demogegevens laden om uit te proberen ({companies} bedrijven, {persons} personen)</translation>
    </message>
    <message>
        <source>Demo data can only be loaded into an empty database.</source>
        <translation>Demogegevens kunnen alleen in een lege database worden geladen.</translation>
    </message>
    <message>
        <source>Demo data are made-up Dutch companies and persons; delete them before you start for real, or start a new database.</source>
        <translation>Demogegevens zijn verzonnen Nederlandse bedrijven en personen; verwijder ze voordat u echt begint, of begin een nieuwe database.</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation>CSV voor Excel, puntkomma&apos;s (*.csv)</translation>
    </message>
    <message>
        <source>CSV, commas (*.csv)</source>
        <translation>CSV, komma&apos;s (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard address cards (*.vcf)</source>
        <translation>vCard-adreskaartjes (*.vcf)</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>bedrijven</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ExportTexts</name>
    <message numerus="yes">
        <source>%Ln record(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln record weggeschreven naar {path}.</numerusform>
            <numerusform>%Ln records weggeschreven naar {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldRulesGrid</name>
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
    <name>FieldRulesPage</name>
    <message>
        <source>Field rules</source>
        <translation>Veldregels</translation>
    </message>
    <message>
        <source>Choose which fields the cards show and which must be filled in. A mandatory field is always shown. The cards, the import and the command line all check the mandatory fields. Hiding a field keeps what is already filled in.</source>
        <translation>Kies welke velden de kaarten tonen en welke ingevuld moeten worden. Een verplicht veld is altijd zichtbaar. De kaarten, de import en de opdrachtregel controleren allemaal de verplichte velden. Een verborgen veld houdt wat er al is ingevuld.</translation>
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
    <message>
        <source>Home street</source>
        <translation>Straat privé</translation>
    </message>
    <message>
        <source>Home postal code</source>
        <translation>Postcode privé</translation>
    </message>
    <message>
        <source>Home city</source>
        <translation>Plaats privé</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>Land privé</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>People dislike screens full of things they do not need, so show only the fields your team needs today; you can show more later. Decide per field whether it is mandatory or optional: a mandatory field is always shown, and the cards and the import check it.</source>
        <translation>Gebruikers hebben een hekel aan schermen vol dingen die ze niet nodig hebben: laat dus alleen de velden zien die uw team vandaag nodig heeft; later kunt u er meer tonen. Bepaal per veld of het verplicht of optioneel is: een verplicht veld is altijd zichtbaar, en de kaarten en de import controleren het.</translation>
    </message>
    <message>
        <source>Hiding a field keeps what is already filled in; it only leaves the cards.</source>
        <translation>Een verborgen veld houdt wat al is ingevuld; het verdwijnt alleen van de kaarten.</translation>
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
        <source>Street (home or work, by the type column)</source>
        <translation>Straat (privé of werk, volgens de soortkolom)</translation>
    </message>
    <message>
        <source>Postal code (home or work, by the type column)</source>
        <translation>Postcode (privé of werk, volgens de soortkolom)</translation>
    </message>
    <message>
        <source>City (home or work, by the type column)</source>
        <translation>Plaats (privé of werk, volgens de soortkolom)</translation>
    </message>
    <message>
        <source>Country (home or work, by the type column)</source>
        <translation>Land (privé of werk, volgens de soortkolom)</translation>
    </message>
    <message>
        <source>Person&apos;s own street (home address)</source>
        <translation>Eigen straat van de persoon (woonadres)</translation>
    </message>
    <message>
        <source>Person&apos;s own postal code</source>
        <translation>Eigen postcode van de persoon</translation>
    </message>
    <message>
        <source>Person&apos;s own city</source>
        <translation>Eigen plaats van de persoon</translation>
    </message>
    <message>
        <source>Person&apos;s own country</source>
        <translation>Eigen land van de persoon</translation>
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
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%Ln row(s) read from {file}.</source>
        <translation>
            <numerusform>%Ln regel gelezen uit {file}.</numerusform>
            <numerusform>%Ln regels gelezen uit {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped as chosen.</source>
        <translation>
            <numerusform>%Ln regel overgeslagen zoals gekozen.</numerusform>
            <numerusform>%Ln regels overgeslagen zoals gekozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems will be left out and written to the report.</source>
        <translation>
            <numerusform>%Ln regel met problemen wordt overgeslagen en in het rapport gezet.</numerusform>
            <numerusform>%Ln regels met problemen worden overgeslagen en in het rapport gezet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems were left out and written to the report.</source>
        <translation>
            <numerusform>%Ln regel met problemen is overgeslagen en in het rapport gezet.</numerusform>
            <numerusform>%Ln regels met problemen zijn overgeslagen en in het rapport gezet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have problems. Nothing can be imported like this: go back and choose to skip them, or correct the file.</source>
        <translation>
            <numerusform>%Ln regel heeft problemen. Zo kan er niets geïmporteerd worden: ga terug en kies ervoor die over te slaan, of verbeter het bestand.</numerusform>
            <numerusform>%Ln regels hebben problemen. Zo kan er niets geïmporteerd worden: ga terug en kies ervoor ze over te slaan, of verbeter het bestand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new record(s) look like records that are already there; see Problems.</source>
        <translation>
            <numerusform>%Ln nieuw record lijkt op een record dat er al is; zie Problemen.</numerusform>
            <numerusform>%Ln nieuwe records lijken op records die er al zijn; zie Problemen.</numerusform>
        </translation>
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
        <source>Companies: {new} new, {updated} updated, {same} unchanged.</source>
        <translation>Bedrijven: {new} nieuw, {updated} bijgewerkt, {same} ongewijzigd.</translation>
    </message>
    <message>
        <source>Persons: {new} new, {updated} updated, {same} unchanged.</source>
        <translation>Personen: {new} nieuw, {updated} bijgewerkt, {same} ongewijzigd.</translation>
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
    <name>InterestsPage</name>
    <message>
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Interests record what a company or a person cares about, so you can approach them with the right offer. On companies they are often the kinds of customer relationship or product lines, such as a maintenance contract or new products. On persons they are often their role (decision maker, technical contact) or personal interests for keeping in touch (golf, wine). A company or person can have several.</source>
        <translation>Interesses leggen vast waar een bedrijf of persoon belangstelling voor heeft, zodat u ze met het juiste aanbod benadert. Bij bedrijven gaat het vaak om soorten klantrelaties of productlijnen, zoals een onderhoudscontract of nieuwe producten. Bij personen gaat het vaak om hun rol (beslisser, technisch contact) of om persoonlijke interesses voor relatiebeheer (golf, wijn). Een bedrijf of persoon kan er meerdere hebben.</translation>
    </message>
    <message>
        <source>Interests of companies</source>
        <translation>Interesses van bedrijven</translation>
    </message>
    <message>
        <source>Interests of persons</source>
        <translation>Interesses van personen</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>A lead is a person at a potential customer whom you follow up until they buy or drop out. Lead status can only be switched on for categories in a group with the role Potential customer. Every new lead starts with the default status; the statuses are the steps of your follow-up, in order, and their descriptions are shown wherever a status is chosen.</source>
        <translation>Een lead is een persoon bij een potentiële klant die u opvolgt tot hij koopt of afhaakt. Leadstatus kan alleen worden ingeschakeld voor categorieën in een groep met de rol Potentiële klant. Elke nieuwe lead begint met de standaardstatus; de statussen zijn de stappen van uw opvolging, op volgorde, en hun omschrijving verschijnt overal waar een status wordt gekozen.</translation>
    </message>
    <message>
        <source>We work with leads</source>
        <translation>Wij werken met leads</translation>
    </message>
    <message>
        <source>Categories whose persons get a lead status</source>
        <translation>Categorieën waarvan de personen een leadstatus krijgen</translation>
    </message>
    <message>
        <source>No category is in a group with the role Potential customer; give a group that role on the Segmentation page first.</source>
        <translation>Geen enkele categorie zit in een groep met de rol Potentiële klant; geef eerst een groep die rol op de pagina Segmentatie.</translation>
    </message>
    <message>
        <source>Lead statuses, in order</source>
        <translation>Leadstatussen, op volgorde</translation>
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
    <name>MailingDialog</name>
    <message>
        <source>Mailing</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <source>Members who are not subscribed, who have no address, and addresses that occur twice are left out.</source>
        <translation>Leden die niet geabonneerd zijn, leden zonder adres en adressen die twee keer voorkomen worden weggelaten.</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>E-mail: one message per e-mail address</source>
        <translation>E-mail: één bericht per e-mailadres</translation>
    </message>
    <message>
        <source>Post: one letter per person per postal address</source>
        <translation>Post: één brief per persoon per postadres</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Versturen per</translation>
    </message>
    <message>
        <source>CSV for Excel, semicolons</source>
        <translation>CSV voor Excel, puntkomma&apos;s</translation>
    </message>
    <message>
        <source>CSV, commas</source>
        <translation>CSV, komma&apos;s</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-werkmap</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
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
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Dubbele records zoeken…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
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
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Open the list of companies or persons first.</source>
        <translation>Open eerst de lijst met bedrijven of personen.</translation>
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
        <source>Keep this record</source>
        <translation>Dit record bewaren</translation>
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
        <source>Rows with problems: {count}, so nothing was imported. Correct them in the file, or choose to skip the rows with problems.</source>
        <translation>Regels met problemen: {count}, dus er is niets geïmporteerd. Verbeter ze in het bestand, of kies ervoor de regels met problemen over te slaan.</translation>
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
    <message>
        <source>Every item of the list {list} needs a name.</source>
        <translation>Elk item van de lijst {list} heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The list {list} has &quot;{value}&quot; twice.</source>
        <translation>De lijst {list} bevat &quot;{value}&quot; twee keer.</translation>
    </message>
    <message>
        <source>At least one associate must be an administrator.</source>
        <translation>Ten minste één medewerker moet beheerder zijn.</translation>
    </message>
    <message>
        <source>Choose which lead status new leads start with.</source>
        <translation>Kies met welke leadstatus nieuwe leads beginnen.</translation>
    </message>
    <message>
        <source>Working with leads needs at least one lead status.</source>
        <translation>Werken met leads vraagt om ten minste één leadstatus.</translation>
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
        <source>Address</source>
        <translation>Adres</translation>
    </message>
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
    <name>PrivacyPage</name>
    <message>
        <source>Privacy (GDPR)</source>
        <translation>Privacy (AVG)</translation>
    </message>
    <message>
        <source>Under the GDPR (AVG) you must know which personal data you keep and why, and on which legal basis you send people messages: their consent, a contract with them, or your legitimate interest. Keep personal data no longer than needed; the program proposes to remove persons you have had no contact with for the period you choose here.</source>
        <translation>Onder de AVG moet u weten welke persoonsgegevens u bewaart en waarom, en op welke grondslag u mensen berichten stuurt: hun toestemming, een overeenkomst met hen of uw gerechtvaardigd belang. Bewaar persoonsgegevens niet langer dan nodig; het programma stelt voor personen te verwijderen met wie u geen contact meer had gedurende de periode die u hier kiest.</translation>
    </message>
    <message>
        <source>Which personal data you keep, and why</source>
        <translation>Welke persoonsgegevens u bewaart, en waarom</translation>
    </message>
    <message>
        <source>For example: names, positions, business e-mail addresses and phone numbers of our contacts, to serve our customers and follow up quotations.</source>
        <translation>Bijvoorbeeld: namen, functies, zakelijke e-mailadressen en telefoonnummers van onze contactpersonen, om onze klanten te bedienen en offertes op te volgen.</translation>
    </message>
    <message>
        <source>Purpose and legal basis per subscription type</source>
        <translation>Doel en grondslag per type abonnement</translation>
    </message>
    <message>
        <source>There are no subscription types yet (page 6).</source>
        <translation>Er zijn nog geen typen abonnement (pagina 6).</translation>
    </message>
    <message>
        <source>Propose to remove persons without contact after:</source>
        <translation>Personen zonder contact voorstellen te verwijderen na:</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>Source recorded with a new consent:</source>
        <translation>Bron bij een nieuwe toestemming:</translation>
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
    <name>ReportDialog</name>
    <message>
        <source>Checklist report</source>
        <translation>Checklistrapport</translation>
    </message>
    <message>
        <source>Export as HTML…</source>
        <translation>Exporteren als HTML…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporteren als PDF…</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>crm-checklist</source>
        <translation>crm-checklist</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Het rapport exporteren</translation>
    </message>
    <message>
        <source>The report could not be saved: {error}</source>
        <translation>Het rapport kon niet worden opgeslagen: {error}</translation>
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
    <name>RetireDialog</name>
    <message>
        <source>Remove &quot;{name}&quot;</source>
        <translation>&quot;{name}&quot; verwijderen</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is used by {count} record(s). Those records keep a value: merge it into another item (the records move over), or hide it (the records keep it, but it can no longer be chosen).</source>
        <translation>&quot;{name}&quot; wordt gebruikt door {count} record(s). Die records houden een waarde: voeg het samen met een ander item (de records gaan mee), of verberg het (de records houden het, maar het kan niet meer worden gekozen).</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>Samenvoegen met:</translation>
    </message>
    <message>
        <source>Hide it</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Subscriptions are the proof of consent, so this type can only be hidden.</source>
        <translation>Abonnementen zijn het bewijs van toestemming, dus dit type kan alleen worden verborgen.</translation>
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
    <name>SegmentationPage</name>
    <message>
        <source>Segmentation</source>
        <translation>Segmentatie</translation>
    </message>
    <message>
        <source>Categories divide companies into your main target groups, such as customer, prospect, supplier or partner; every company has one, and its persons share it. Category groups bring categories together. You can select on both for call lists and mailings, so choose the divisions you really want to segment by. Only the categories of a group with the role Potential customer can use lead status.</source>
        <translation>Categorieën delen bedrijven in uw belangrijkste doelgroepen in, zoals klant, prospect, leverancier of partner; elk bedrijf heeft er één, en zijn personen delen die. Categoriegroepen brengen categorieën samen. Op beide kunt u selecteren voor bellijsten en mailings, dus kies de indeling waarop u echt wilt segmenteren. Alleen de categorieën van een groep met de rol Potentiële klant kunnen leadstatus gebruiken.</translation>
    </message>
    <message>
        <source>Category groups</source>
        <translation>Categoriegroepen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
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
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
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
    <name>SubscriptionsPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnementen</translation>
    </message>
    <message>
        <source>Subscription types are what you send people: a newsletter, invitations to events, product updates. They are used a lot for selections and mailings, so add the ones your business sends.</source>
        <translation>Typen abonnement zijn wat u mensen toestuurt: een nieuwsbrief, uitnodigingen voor evenementen, productupdates. Ze worden veel gebruikt voor selecties en mailings, dus voeg de typen toe die uw bedrijf verstuurt.</translation>
    </message>
    <message>
        <source>Consent is recorded per person: when, how (the source) and on which legal basis. Unsubscribing keeps that history as proof under the GDPR (AVG), so a type that is in use can be hidden but not merged. The purpose and legal basis of each type follow on the privacy page.</source>
        <translation>Toestemming wordt per persoon vastgelegd: wanneer, hoe (de bron) en op welke grondslag. Bij uitschrijven blijft die geschiedenis bewaard als bewijs onder de AVG, dus een type dat in gebruik is kan worden verborgen maar niet samengevoegd. Het doel en de grondslag van elk type volgen op de privacypagina.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Check what will happen. Finish saves everything at once: if anything cannot be saved, nothing is. Cancel leaves everything as it was.</source>
        <translation>Controleer wat er gaat gebeuren. Voltooien slaat alles in één keer op: als iets niet kan worden opgeslagen, wordt niets opgeslagen. Annuleren laat alles zoals het was.</translation>
    </message>
    <message>
        <source>Privacy (GDPR)</source>
        <translation>Privacy (AVG)</translation>
    </message>
    <message>
        <source>Fields of companies</source>
        <translation>Velden van bedrijven</translation>
    </message>
    <message>
        <source>Fields of persons</source>
        <translation>Velden van personen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Uw gegevens</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation>{field} tonen</translation>
    </message>
    <message>
        <source>Hide {field}</source>
        <translation>{field} verbergen</translation>
    </message>
    <message>
        <source>Make {field} mandatory</source>
        <translation>{field} verplicht maken</translation>
    </message>
    <message>
        <source>Make {field} optional</source>
        <translation>{field} optioneel maken</translation>
    </message>
    <message>
        <source>Which personal data we keep, and why: {new}</source>
        <translation>Welke persoonsgegevens we bewaren, en waarom: {new}</translation>
    </message>
    <message>
        <source>Propose to remove persons without contact after {new} months</source>
        <translation>Personen zonder contact na {new} maanden voorstellen te verwijderen</translation>
    </message>
    <message>
        <source>Source recorded with a new consent: {new}</source>
        <translation>Bron bij een nieuwe toestemming: {new}</translation>
    </message>
    <message>
        <source>Save the checklist report: {count} quick win(s), {new} to take up later</source>
        <translation>Checklistrapport opslaan: {count} quick win(s), {new} later op te pakken</translation>
    </message>
    <message>
        <source>Then load demo data ({companies} companies, {persons} persons)</source>
        <translation>Daarna demogegevens laden ({companies} bedrijven, {persons} personen)</translation>
    </message>
    <message>
        <source>Then open the import of a file</source>
        <translation>Daarna de import van een bestand openen</translation>
    </message>
    <message>
        <source>Add &quot;{name}&quot;</source>
        <translation>&quot;{name}&quot; toevoegen</translation>
    </message>
    <message>
        <source>Rename &quot;{old}&quot; to &quot;{new}&quot;</source>
        <translation>&quot;{old}&quot; hernoemen tot &quot;{new}&quot;</translation>
    </message>
    <message>
        <source>Description of &quot;{name}&quot;: {new}</source>
        <translation>Omschrijving van &quot;{name}&quot;: {new}</translation>
    </message>
    <message>
        <source>Show &quot;{name}&quot; again</source>
        <translation>&quot;{name}&quot; weer tonen</translation>
    </message>
    <message>
        <source>Delete &quot;{name}&quot; (not in use)</source>
        <translation>&quot;{name}&quot; verwijderen (niet in gebruik)</translation>
    </message>
    <message>
        <source>Merge &quot;{name}&quot; into &quot;{new}&quot;: its {count} record(s) move over</source>
        <translation>&quot;{name}&quot; samenvoegen met &quot;{new}&quot;: de {count} record(s) gaan mee</translation>
    </message>
    <message>
        <source>Hide &quot;{name}&quot;: its {count} record(s) keep it</source>
        <translation>&quot;{name}&quot; verbergen: de {count} record(s) houden het</translation>
    </message>
    <message>
        <source>A new order</source>
        <translation>Een nieuwe volgorde</translation>
    </message>
    <message>
        <source>Role of &quot;{name}&quot;: {new}</source>
        <translation>Rol van &quot;{name}&quot;: {new}</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; in the group &quot;{new}&quot;</source>
        <translation>&quot;{name}&quot; in de groep &quot;{new}&quot;</translation>
    </message>
    <message>
        <source>Lead status on for &quot;{name}&quot;</source>
        <translation>Leadstatus aan voor &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>Lead status off for &quot;{name}&quot;</source>
        <translation>Leadstatus uit voor &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is the status new leads start with</source>
        <translation>&quot;{name}&quot; is de status waarmee nieuwe leads beginnen</translation>
    </message>
    <message>
        <source>Purpose of &quot;{name}&quot;: {new}</source>
        <translation>Doel van &quot;{name}&quot;: {new}</translation>
    </message>
    <message>
        <source>Legal basis of &quot;{name}&quot;: {new}</source>
        <translation>Grondslag van &quot;{name}&quot;: {new}</translation>
    </message>
    <message>
        <source>Login of &quot;{name}&quot;: {new}</source>
        <translation>Inlognaam van &quot;{name}&quot;: {new}</translation>
    </message>
    <message>
        <source>A new password for &quot;{name}&quot;</source>
        <translation>Een nieuw wachtwoord voor &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>Name of the organisation: {new}</source>
        <translation>Naam van de organisatie: {new}</translation>
    </message>
    <message>
        <source>No organisation name</source>
        <translation>Geen naam van de organisatie</translation>
    </message>
    <message>
        <source>Language: {new}</source>
        <translation>Taal: {new}</translation>
    </message>
    <message>
        <source>The CRM runs on one shared PC</source>
        <translation>Het CRM draait op één gedeelde pc</translation>
    </message>
    <message>
        <source>The CRM runs on a laptop or own PC</source>
        <translation>Het CRM draait op een laptop of eigen pc</translation>
    </message>
    <message>
        <source>We work with leads</source>
        <translation>Wij werken met leads</translation>
    </message>
    <message>
        <source>We do not work with leads</source>
        <translation>Wij werken niet met leads</translation>
    </message>
    <message>
        <source>Nothing changes: the configuration stays as it is.</source>
        <translation>Er verandert niets: de configuratie blijft zoals hij is.</translation>
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
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Before you import data, decide how you will work with the CRM: how you divide your customers, which industries, interests and subscriptions you record, and which fields your team fills in. Everything you record can later be a search criterion for call lists and mailings, so it pays to decide now which criteria you want to segment by.</source>
        <translation>Bepaal voordat u gegevens importeert hoe u met het CRM gaat werken: hoe u uw klanten indeelt, welke branches, interesses en abonnementen u vastlegt, en welke velden uw team invult. Alles wat u vastlegt, kunt u later als zoekcriterium gebruiken voor bellijsten en mailings; beslis daarom nu op welke criteria u wilt segmenteren.</translation>
    </message>
    <message>
        <source>This assistant asks the questions one page at a time and starts from what is there now. Nothing is saved until you click Finish on the last page; Cancel leaves everything as it was. You can change every answer later under Settings, or run this assistant again.</source>
        <translation>Deze assistent stelt de vragen pagina voor pagina en begint bij wat er nu is. Er wordt niets opgeslagen tot u op de laatste pagina op Voltooien klikt; Annuleren laat alles zoals het was. U kunt elk antwoord later wijzigen onder Instellingen, of deze assistent opnieuw doorlopen.</translation>
    </message>
    <message>
        <source>Language of the program:</source>
        <translation>Taal van het programma:</translation>
    </message>
    <message>
        <source>Name of your organisation:</source>
        <translation>Naam van uw organisatie:</translation>
    </message>
    <message>
        <source>For example: Bakkerij de Vries</source>
        <translation>Bijvoorbeeld: Bakkerij de Vries</translation>
    </message>
    <message>
        <source>The language also decides the names of the standard lists on the next pages.</source>
        <translation>De taal bepaalt ook de namen van de standaardlijsten op de volgende pagina&apos;s.</translation>
    </message>
</context>
</TS>
