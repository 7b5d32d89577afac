<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>%n backup(s).</source>
        <translation>
            <numerusform>%n backup.</numerusform>
            <numerusform>%n backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkInterestsDialog</name>
    <message numerus="yes">
        <source>Add interests to, or remove them from, %n company(s) at once.</source>
        <translation>
            <numerusform>Add interests to, or remove them from, %n company at once.</numerusform>
            <numerusform>Add interests to, or remove them from, %n companies at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add interests to, or remove them from, %n person(s) at once.</source>
        <translation>
            <numerusform>Add interests to, or remove them from, %n person at once.</numerusform>
            <numerusform>Add interests to, or remove them from, %n persons at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed.</source>
        <translation>
            <numerusform>%n record changed.</numerusform>
            <numerusform>%n records changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkUpdateDialog</name>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed.</source>
        <translation>
            <numerusform>%n record changed.</numerusform>
            <numerusform>%n records changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: lead status is not available there.</source>
        <translation>
            <numerusform>%n skipped: lead status is not available there.</numerusform>
            <numerusform>%n skipped: lead status is not available there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message numerus="yes">
        <source>%n likely duplicate pair(s).</source>
        <translation>
            <numerusform>%n likely duplicate pair.</numerusform>
            <numerusform>%n likely duplicate pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n pair(s) left.</source>
        <translation>
            <numerusform>Merged. %n pair left.</numerusform>
            <numerusform>Merged. %n pairs left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTexts</name>
    <message numerus="yes">
        <source>%Ln record(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln record written to {path}.</numerusform>
            <numerusform>%Ln records written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%Ln row(s) read from {file}.</source>
        <translation>
            <numerusform>%Ln row read from {file}.</numerusform>
            <numerusform>%Ln rows read from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped as chosen.</source>
        <translation>
            <numerusform>%Ln row skipped as chosen.</numerusform>
            <numerusform>%Ln rows skipped as chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems will be left out and written to the report.</source>
        <translation>
            <numerusform>%Ln row with problems will be left out and written to the report.</numerusform>
            <numerusform>%Ln rows with problems will be left out and written to the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems were left out and written to the report.</source>
        <translation>
            <numerusform>%Ln row with problems was left out and written to the report.</numerusform>
            <numerusform>%Ln rows with problems were left out and written to the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have problems. Nothing can be imported like this: go back and choose to skip them, or correct the file.</source>
        <translation>
            <numerusform>%Ln row has problems. Nothing can be imported like this: go back and choose to skip it, or correct the file.</numerusform>
            <numerusform>%Ln rows have problems. Nothing can be imported like this: go back and choose to skip them, or correct the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new record(s) look like records that are already there; see Problems.</source>
        <translation>
            <numerusform>%Ln new record looks like a record that is already there; see Problems.</numerusform>
            <numerusform>%Ln new records look like records that are already there; see Problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListItemsModel</name>
    <message numerus="yes">
        <source>Used by %n record(s), deleted ones included.</source>
        <translation>
            <numerusform>Used by %n record, deleted ones included.</numerusform>
            <numerusform>Used by %n records, deleted ones included.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>Switch lead status on for “{name}”?

%n person(s) of the companies in this category get the default lead status “{status}”, whatever they have now.</source>
        <translation>
            <numerusform>Switch lead status on for “{name}”?

%n person of the companies in this category gets the default lead status “{status}”, whatever they have now.</numerusform>
            <numerusform>Switch lead status on for “{name}”?

%n persons of the companies in this category get the default lead status “{status}”, whatever they have now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch lead status off for “{name}”?

The lead status of %n person(s) is kept, but hidden and read-only until it is switched on again.</source>
        <translation>
            <numerusform>Switch lead status off for “{name}”?

The lead status of %n person is kept, but hidden and read-only until it is switched on again.</numerusform>
            <numerusform>Switch lead status off for “{name}”?

The lead status of %n persons is kept, but hidden and read-only until it is switched on again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Delete %n company(s) and their persons?</source>
        <translation>
            <numerusform>Delete %n company and its persons?</numerusform>
            <numerusform>Delete %n companies and their persons?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n person(s)?</source>
        <translation>
            <numerusform>Delete %n person?</numerusform>
            <numerusform>Delete %n persons?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>“{name}” is used by %n record(s), so it cannot simply be deleted.</source>
        <translation>
            <numerusform>“{name}” is used by %n record, so it cannot simply be deleted.</numerusform>
            <numerusform>“{name}” is used by %n records, so it cannot simply be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListWidget</name>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionSearch</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported.</source>
        <translation>
            <numerusform>%n record exported.</numerusform>
            <numerusform>%n records exported.</numerusform>
        </translation>
    </message>
</context>
</TS>
