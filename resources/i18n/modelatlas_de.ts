<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Create a new atlas file from the seed</source>
        <translation>Eine neue Atlas-Datei aus dem Grundbestand anlegen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open an atlas file</source>
        <translation>Eine Atlas-Datei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the atlas, or part of it, to a file to share</source>
        <translation>Den Atlas oder einen Teil davon in eine Datei zum Weitergeben exportieren</translation>
    </message>
    <message>
        <source>Import and &amp;Merge…</source>
        <translation>Importieren und zusammen&amp;führen…</translation>
    </message>
    <message>
        <source>Merge a teammate&apos;s .atlas file into this one</source>
        <translation>Die .atlas-Datei eines Teammitglieds in diese übernehmen</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Resolve entries that both you and a teammate changed</source>
        <translation>Einträge klären, die Sie und ein Teammitglied beide geändert haben</translation>
    </message>
    <message>
        <source>Team &amp;Hub…</source>
        <translation>Team-&amp;Hub…</translation>
    </message>
    <message>
        <source>Connect this atlas to the team&apos;s PostgreSQL hub and choose when to sync</source>
        <translation>Diesen Atlas mit dem PostgreSQL-Hub des Teams verbinden und festlegen, wann synchronisiert wird</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Send this atlas&apos;s changes to the team hub and receive the others&apos;</source>
        <translation>Die Änderungen dieses Atlas an den Team-Hub senden und die der anderen empfangen</translation>
    </message>
    <message>
        <source>Import from &amp;Catalog…</source>
        <translation>Aus Kata&amp;log importieren…</translation>
    </message>
    <message>
        <source>Import Model Openness Tool, Open Source AI Index, Epoch, Hugging Face, FMTI or SPDX data</source>
        <translation>Daten aus Model Openness Tool, Open Source AI Index, Epoch, Hugging Face, FMTI oder SPDX importieren</translation>
    </message>
    <message>
        <source>Re&amp;view Uncertain Matches…</source>
        <translation>Unsichere &amp;Treffer prüfen…</translation>
    </message>
    <message>
        <source>Imported records that might be an existing entry: merge, create or dismiss</source>
        <translation>Importierte Datensätze, die einem vorhandenen Eintrag entsprechen könnten: zusammenführen, anlegen oder verwerfen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Create an entry</source>
        <translation>Einen Eintrag anlegen</translation>
    </message>
    <message>
        <source>New Model…</source>
        <translation>Neues Modell…</translation>
    </message>
    <message>
        <source>Create a new model</source>
        <translation>Ein neues Modell anlegen</translation>
    </message>
    <message>
        <source>New Organization…</source>
        <translation>Neue Organisation…</translation>
    </message>
    <message>
        <source>Create a new organization</source>
        <translation>Eine neue Organisation anlegen</translation>
    </message>
    <message>
        <source>New License…</source>
        <translation>Neue Lizenz…</translation>
    </message>
    <message>
        <source>Create a new license</source>
        <translation>Eine neue Lizenz anlegen</translation>
    </message>
    <message>
        <source>New Policy note…</source>
        <translation>Neue Regulierungsnotiz…</translation>
    </message>
    <message>
        <source>Create a new policy note</source>
        <translation>Eine neue Regulierungsnotiz anlegen</translation>
    </message>
    <message>
        <source>New Note…</source>
        <translation>Neue Notiz…</translation>
    </message>
    <message>
        <source>Create a new note</source>
        <translation>Eine neue Notiz anlegen</translation>
    </message>
    <message>
        <source>New Evaluation…</source>
        <translation>Neue Bewertung…</translation>
    </message>
    <message>
        <source>Create a new evaluation</source>
        <translation>Eine neue Bewertung anlegen</translation>
    </message>
    <message>
        <source>New Source…</source>
        <translation>Neue Quelle…</translation>
    </message>
    <message>
        <source>Create a new source</source>
        <translation>Eine neue Quelle anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the entry shown in the detail pane</source>
        <translation>Den in der Detailansicht gezeigten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entries (undoable)</source>
        <translation>Die ausgewählten Einträge löschen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Schlagwort…</translation>
    </message>
    <message>
        <source>Add tags to the selected entries</source>
        <translation>Den ausgewählten Einträgen Schlagwörter hinzufügen</translation>
    </message>
    <message>
        <source>Remove Ta&amp;g…</source>
        <translation>Schlagwort ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove tags from the selected entries</source>
        <translation>Schlagwörter von den ausgewählten Einträgen entfernen</translation>
    </message>
    <message>
        <source>Tag &amp;Manager…</source>
        <translation>Schlagwort&amp;verwaltung…</translation>
    </message>
    <message>
        <source>Create, rename, merge, recolor and delete tags</source>
        <translation>Schlagwörter anlegen, umbenennen, zusammenführen, umfärben und löschen</translation>
    </message>
    <message>
        <source>E&amp;valuate…</source>
        <translation>Bewer&amp;ten…</translation>
    </message>
    <message>
        <source>Record your evaluation of the entry shown</source>
        <translation>Ihre Bewertung des gezeigten Eintrags festhalten</translation>
    </message>
    <message>
        <source>Mark &amp;Verified…</source>
        <translation>Als &amp;überprüft markieren…</translation>
    </message>
    <message>
        <source>Record that you checked the entry shown against its sources today</source>
        <translation>Festhalten, dass Sie den gezeigten Eintrag heute mit seinen Quellen abgeglichen haben</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F, Ctrl+K)</source>
        <translation>Alles durchsuchen (Strg+F, Strg+K)</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Suche speichern…</translation>
    </message>
    <message>
        <source>Save the current search in the sidebar</source>
        <translation>Die aktuelle Suche in der Seitenleiste speichern</translation>
    </message>
    <message>
        <source>Back to the List</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Leave the search results (Esc)</source>
        <translation>Die Suchergebnisse verlassen (Esc)</translation>
    </message>
    <message>
        <source>Rebuild Search &amp;Index</source>
        <translation>Such&amp;index neu aufbauen</translation>
    </message>
    <message>
        <source>Rebuild the full-text index from the database</source>
        <translation>Den Volltextindex aus der Datenbank neu aufbauen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compare the selected entries side by side (2 to 6)</source>
        <translation>Die ausgewählten Einträge nebeneinander vergleichen (2 bis 6)</translation>
    </message>
    <message>
        <source>&amp;Add to Comparison</source>
        <translation>Zum Vergleich &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected entries to the comparison</source>
        <translation>Die ausgewählten Einträge zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>The landscape in charts: openness over time, jurisdictions, licenses</source>
        <translation>Die Landschaft in Diagrammen: Offenheit im Zeitverlauf, Rechtsräume, Lizenzen</translation>
    </message>
    <message>
        <source>&amp;Use-Case Check</source>
        <translation>&amp;Einsatzprüfung</translation>
    </message>
    <message>
        <source>Which models may I use for this, and under which duties?</source>
        <translation>Welche Modelle darf ich dafür nutzen, und mit welchen Pflichten?</translation>
    </message>
    <message>
        <source>Export &amp;Rules of This Model…</source>
        <translation>&amp;Regeln dieses Modells exportieren…</translation>
    </message>
    <message>
        <source>Save the rules that bind the shown model as Markdown or HTML</source>
        <translation>Die Regeln, die das gezeigte Modell binden, als Markdown oder HTML speichern</translation>
    </message>
    <message>
        <source>Compare &amp;with Snapshot…</source>
        <translation>&amp;Mit Schnappschuss vergleichen…</translation>
    </message>
    <message>
        <source>Which verdicts of the chosen saved use case flipped since a snapshot</source>
        <translation>Welche Urteile des gewählten gespeicherten Anwendungsfalls sich seit einem Schnappschuss gedreht haben</translation>
    </message>
    <message>
        <source>His&amp;tory…</source>
        <translation>Verl&amp;auf…</translation>
    </message>
    <message>
        <source>The versions of the entry shown, what each changed, and restoring one</source>
        <translation>Die Fassungen des gezeigten Eintrags, was jede geändert hat, und eine wiederherstellen</translation>
    </message>
    <message>
        <source>Chan&amp;ges…</source>
        <translation>Ä&amp;nderungen…</translation>
    </message>
    <message>
        <source>What changed between two snapshots, now, or another atlas file</source>
        <translation>Was sich zwischen zwei Schnappschüssen, jetzt oder einer anderen Atlas-Datei geändert hat</translation>
    </message>
    <message>
        <source>Create Sna&amp;pshot…</source>
        <translation>Schna&amp;ppschuss anlegen…</translation>
    </message>
    <message>
        <source>Name the atlas as it is now, to compare with later</source>
        <translation>Dem Atlas in seinem jetzigen Stand einen Namen geben, um später zu vergleichen</translation>
    </message>
    <message>
        <source>Delete Snapsh&amp;ot…</source>
        <translation>Schnappschuss lös&amp;chen…</translation>
    </message>
    <message>
        <source>Forget a named snapshot (the history stays)</source>
        <translation>Einen benannten Schnappschuss vergessen (der Verlauf bleibt)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>List the models</source>
        <translation>Die Modelle auflisten</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>List the organizations</source>
        <translation>Die Organisationen auflisten</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>List the licenses</source>
        <translation>Die Lizenzen auflisten</translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation>Regulierungsnotizen</translation>
    </message>
    <message>
        <source>List the policy notes</source>
        <translation>Die Regulierungsnotizen auflisten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>List the notes</source>
        <translation>Die Notizen auflisten</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>List the evaluations</source>
        <translation>Die Bewertungen auflisten</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>Sei&amp;tenleiste</translation>
    </message>
    <message>
        <source>Show and focus the sidebar</source>
        <translation>Die Seitenleiste zeigen und fokussieren</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Show and focus the entry list</source>
        <translation>Die Eintragsliste zeigen und fokussieren</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show and focus the detail pane (brought back if it was collapsed)</source>
        <translation>Die Detailansicht zeigen und fokussieren (wieder eingeblendet, falls eingeklappt)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>&amp;Suchsyntax</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <source>&amp;About Model Atlas</source>
        <translation>&amp;Über Model Atlas</translation>
    </message>
    <message>
        <source>About Model Atlas</source>
        <translation>Über Model Atlas</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>Änderungen &amp;zeigen</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>HTML exportieren…</translation>
    </message>
    <message>
        <source>Entries changed</source>
        <translation>Geänderte Einträge</translation>
    </message>
    <message>
        <source>Field differences</source>
        <translation>Unterschiede je Feld</translation>
    </message>
    <message>
        <source>Choose two points and show what changed between them.</source>
        <translation>Wählen Sie zwei Zeitpunkte und zeigen Sie, was sich dazwischen geändert hat.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>{name} ({when})</source>
        <translation>{name} ({when})</translation>
    </message>
    <message>
        <source>Another atlas file…</source>
        <translation>Andere Atlas-Datei…</translation>
    </message>
    <message>
        <source>Compare with another atlas file</source>
        <translation>Mit einer anderen Atlas-Datei vergleichen</translation>
    </message>
    <message>
        <source>Atlas files (*.atlas)</source>
        <translation>Atlas-Dateien (*.atlas)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>From {a} to {b}:</source>
        <translation>Von {a} bis {b}:</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>The atlas has changed since: Show Changes again to include it.</source>
        <translation>Der Atlas hat sich seitdem geändert: „Änderungen zeigen“ erneut wählen, um das einzubeziehen.</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>Änderungen exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Tab to a chart, then use the arrow keys to move between its points or bars and Enter to list the entries behind one.</source>
        <translation>Mit Tab zu einem Diagramm wechseln, dann mit den Pfeiltasten zwischen Punkten oder Balken wandern und mit Enter die Einträge dahinter auflisten.</translation>
    </message>
    <message>
        <source>{name} by {developer}, released {date}, {grade}</source>
        <translation>{name} von {developer}, veröffentlicht {date}, {grade}</translation>
    </message>
    <message>
        <source>{name}, released {date}, {grade}</source>
        <translation>{name}, veröffentlicht {date}, {grade}</translation>
    </message>
    <message numerus="yes">
        <source>{jurisdiction}, {grade}: %n model(s)</source>
        <translation>
            <numerusform>{jurisdiction}, {grade}: %n Modell</numerusform>
            <numerusform>{jurisdiction}, {grade}: %n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{family}: %n license(s)</source>
        <translation>
            <numerusform>{family}: %n Lizenz</numerusform>
            <numerusform>{family}: %n Lizenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{family}: %n model(s) using one</source>
        <translation>
            <numerusform>{family}: %n Modell nutzt eine davon</numerusform>
            <numerusform>{family}: %n Modelle nutzen eine davon</numerusform>
        </translation>
    </message>
    <message>
        <source>No model has a release date yet.</source>
        <translation>Noch hat kein Modell ein Veröffentlichungsdatum.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) released between {first} and {last}.</source>
        <translation>
            <numerusform>%n Modell, veröffentlicht zwischen {first} und {last}.</numerusform>
            <numerusform>%n Modelle, veröffentlicht zwischen {first} und {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{grade}: {count}</source>
        <translation>{grade}: {count}</translation>
    </message>
    <message>
        <source>No model has a developer jurisdiction yet.</source>
        <translation>Noch hat kein Modell einen Rechtsraum des Entwicklers.</translation>
    </message>
    <message>
        <source>{jurisdiction}: {total} ({detail})</source>
        <translation>{jurisdiction}: {total} ({detail})</translation>
    </message>
    <message>
        <source>Models by developer jurisdiction and openness grade.</source>
        <translation>Modelle nach Rechtsraum des Entwicklers und Offenheitsgrad.</translation>
    </message>
    <message>
        <source>No license has a family yet.</source>
        <translation>Noch hat keine Lizenz eine Familie.</translation>
    </message>
    <message>
        <source>{family}: {licenses} licenses, {models} models</source>
        <translation>{family}: {licenses} Lizenzen, {models} Modelle</translation>
    </message>
    <message>
        <source>Licenses by family, and the models using them.</source>
        <translation>Lizenzen nach Familie und die Modelle, die sie nutzen.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Fassungen, neueste zuerst</translation>
    </message>
    <message>
        <source>What this version changed</source>
        <translation>Was diese Fassung geändert hat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>Diese Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Make the entry as it was right after this version (undoable)</source>
        <translation>Den Eintrag so herstellen, wie er direkt nach dieser Fassung war (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>This entry is no longer in the atlas.</source>
        <translation>Dieser Eintrag ist nicht mehr im Atlas.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), newest first</source>
        <translation>
            <numerusform>%n Fassung, neueste zuerst</numerusform>
            <numerusform>%n Fassungen, neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Verlauf von {name}</translation>
    </message>
    <message>
        <source>This version came in a merge from a teammate: it cannot be restored on its own (restore the merge&apos;s version instead).</source>
        <translation>Diese Fassung kam mit einer Zusammenführung von einem Teammitglied: Sie lässt sich nicht allein wiederherstellen (stellen Sie stattdessen die Fassung der Zusammenführung wieder her).</translation>
    </message>
    <message>
        <source>This is how the entry is now.</source>
        <translation>So sieht der Eintrag jetzt aus.</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <source>Team Hub</source>
        <translation>Team-Hub</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Hub-Adresse</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST/DATABASE, a connection string or a service name</source>
        <translation>postgresql://BENUTZER@HOST/DATENBANK, eine Verbindungszeichenfolge oder ein Dienstname</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Passwords are read from ~/.pgpass (or the file PGPASSFILE names), as every PostgreSQL tool does; Model Atlas remembers the address without a password.</source>
        <translation>Passwörter werden wie bei jedem PostgreSQL-Werkzeug aus ~/.pgpass gelesen (oder der Datei, die PGPASSFILE nennt); Model Atlas merkt sich die Adresse ohne Passwort.</translation>
    </message>
    <message>
        <source>Sync when Model Atlas &amp;starts</source>
        <translation>Beim &amp;Start von Model Atlas synchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Synchronisieren &amp;alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minuten zwischen Synchronisierungen</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>Hub-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>Connected to {hub} as {login} ({role}); hub version {version}, {entries} entries, {atlases} atlases, {pushes} pushes</source>
        <translation>Verbunden mit {hub} als {login} ({role}); Hub-Version {version}, {entries} Einträge, {atlases} Atlanten, {pushes} Übertragungen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your name, recorded on every change</source>
        <translation>Ihr Name, bei jeder Änderung vermerkt</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Used from the next start of Model Atlas</source>
        <translation>Gilt ab dem nächsten Start von Model Atlas</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Großzügig</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Not verified after this many days</source>
        <translation>Nach so vielen Tagen als nicht überprüft gelten</translation>
    </message>
    <message>
        <source>The sidebar&apos;s “Not verified in N days” finds entries nobody has checked against their sources for this long</source>
        <translation>Der Eintrag „Seit N Tagen nicht überprüft“ in der Seitenleiste findet Einträge, die so lange niemand mit ihren Quellen abgeglichen hat</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>List density</source>
        <translation>Listendichte</translation>
    </message>
    <message>
        <source>Evaluation criteria
(one per line)</source>
        <translation>Bewertungskriterien
(eines pro Zeile)</translation>
    </message>
    <message>
        <source>Not verified after</source>
        <translation>Nicht überprüft nach</translation>
    </message>
    <message>
        <source>Please give your name: every change you make is recorded under it.</source>
        <translation>Bitte geben Sie Ihren Namen an: Jede Ihrer Änderungen wird darunter vermerkt.</translation>
    </message>
    <message>
        <source>The rubric needs at least one criterion.</source>
        <translation>Das Bewertungsschema braucht mindestens ein Kriterium.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Model Atlas.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Model Atlas.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>academic</source>
        <translation>akademisch</translation>
    </message>
    <message>
        <source>Acceptable use policy</source>
        <translation>Nutzungsrichtlinie (AUP)</translation>
    </message>
    <message>
        <source>Acceptable use policy URL</source>
        <translation>URL der Nutzungsrichtlinie</translation>
    </message>
    <message>
        <source>Acceptable use policy — detail</source>
        <translation>Nutzungsrichtlinie — Einzelheiten</translation>
    </message>
    <message>
        <source>Access channels</source>
        <translation>Zugangswege</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>adopt</source>
        <translation>einsetzen</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Verabschiedet</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>verabschiedet</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>Allowed with duties</source>
        <translation>Erlaubt mit Pflichten</translation>
    </message>
    <message>
        <source>api</source>
        <translation>API</translation>
    </message>
    <message>
        <source>api-subscriptions</source>
        <translation>API-Abonnements</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Gilt</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Gilt ab</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Architecture public</source>
        <translation>Architektur öffentlich</translation>
    </message>
    <message>
        <source>Article or section</source>
        <translation>Artikel oder Abschnitt</translation>
    </message>
    <message>
        <source>assess</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>Namensnennung</translation>
    </message>
    <message>
        <source>Attribution or naming duties</source>
        <translation>Namensnennungs- oder Benennungspflichten</translation>
    </message>
    <message>
        <source>Attribution or naming duties — detail</source>
        <translation>Namensnennungspflichten — Einzelheiten</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>AUP</source>
        <translation>AUP</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Durchschnittswert</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>big-tech</source>
        <translation>Big Tech</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Business model</source>
        <translation>Geschäftsmodell</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>Leistungsfähigkeit</translation>
    </message>
    <message>
        <source>catalog grade</source>
        <translation>Katalogeinstufung</translation>
    </message>
    <message>
        <source>catalog grades</source>
        <translation>Katalogeinstufungen</translation>
    </message>
    <message>
        <source>Class I - Open Science Model</source>
        <translation>Klasse I – Open-Science-Modell</translation>
    </message>
    <message>
        <source>Class II - Open Tooling Model</source>
        <translation>Klasse II – Open-Tooling-Modell</translation>
    </message>
    <message>
        <source>Class III - Open Model</source>
        <translation>Klasse III – Offenes Modell</translation>
    </message>
    <message>
        <source>Clause scopes</source>
        <translation>Geltungsbereiche der Klauseln</translation>
    </message>
    <message>
        <source>Closed (API only)</source>
        <translation>Geschlossen (nur API)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>Kommerzielle Nutzung</translation>
    </message>
    <message>
        <source>commercial use</source>
        <translation>kommerzielle Nutzung</translation>
    </message>
    <message>
        <source>Commercial use allowed</source>
        <translation>Kommerzielle Nutzung erlaubt</translation>
    </message>
    <message>
        <source>Commercial use clause</source>
        <translation>Klausel zur kommerziellen Nutzung</translation>
    </message>
    <message>
        <source>Commercial use — detail</source>
        <translation>Kommerzielle Nutzung — Einzelheiten</translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation>Rechenaufwand (FLOP)</translation>
    </message>
    <message>
        <source>Compute confidence</source>
        <translation>Verlässlichkeit des Rechenaufwands</translation>
    </message>
    <message>
        <source>Compute threshold</source>
        <translation>Rechenschwelle</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>bedingt</translation>
    </message>
    <message>
        <source>Conditions (machine-readable rule)</source>
        <translation>Bedingungen (maschinenlesbare Regel)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>confident</source>
        <translation>gesichert</translation>
    </message>
    <message>
        <source>consortium</source>
        <translation>Konsortium</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>Kontextfenster</translation>
    </message>
    <message>
        <source>continued-pretraining</source>
        <translation>fortgesetztes Vortraining</translation>
    </message>
    <message>
        <source>copyleft</source>
        <translation>Copyleft</translation>
    </message>
    <message>
        <source>cost at scale</source>
        <translation>Kosten im großen Maßstab</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>custom-open-weights</source>
        <translation>eigene Open-Weights-Lizenz</translation>
    </message>
    <message>
        <source>customization and fine-tuning</source>
        <translation>Anpassung und Feinabstimmung</translation>
    </message>
    <message>
        <source>Data card</source>
        <translation>Datenkarte</translation>
    </message>
    <message>
        <source>Data preprocessing code</source>
        <translation>Code zur Datenvorverarbeitung</translation>
    </message>
    <message>
        <source>data sovereignty and self-hosting</source>
        <translation>Datenhoheit und Selbstbetrieb</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Deployment regions</source>
        <translation>Einsatzregionen</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Developer jurisdiction</source>
        <translation>Rechtsraum des Entwicklers</translation>
    </message>
    <message>
        <source>distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Gilt nicht</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Evaluated entry</source>
        <translation>Bewerteter Eintrag</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Evaluation code</source>
        <translation>Evaluationscode</translation>
    </message>
    <message>
        <source>Evaluation data</source>
        <translation>Evaluationsdaten</translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation>Evaluationsergebnisse</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Evaluations and scores</source>
        <translation>Bewertungen und Punktwerte</translation>
    </message>
    <message>
        <source>Excluded regions</source>
        <translation>Ausgeschlossene Regionen</translation>
    </message>
    <message>
        <source>excluded regions</source>
        <translation>ausgeschlossene Regionen</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>field limits</source>
        <translation>Einsatzgebietsgrenzen</translation>
    </message>
    <message>
        <source>Field-of-use limits</source>
        <translation>Beschränkungen des Einsatzgebiets</translation>
    </message>
    <message>
        <source>Field-of-use limits — detail</source>
        <translation>Beschränkungen des Einsatzgebiets — Einzelheiten</translation>
    </message>
    <message>
        <source>fine-tune</source>
        <translation>Feinabstimmung</translation>
    </message>
    <message>
        <source>Free and open license</source>
        <translation>Freie und offene Lizenz</translation>
    </message>
    <message>
        <source>Fully open</source>
        <translation>Vollständig offen</translation>
    </message>
    <message>
        <source>General-purpose model</source>
        <translation>KI-Modell mit allgemeinem Verwendungszweck</translation>
    </message>
    <message>
        <source>Geographic exclusions</source>
        <translation>Geografische Ausschlüsse</translation>
    </message>
    <message>
        <source>Geographic exclusions — detail</source>
        <translation>Geografische Ausschlüsse — Einzelheiten</translation>
    </message>
    <message>
        <source>government</source>
        <translation>staatlich</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>zurückstellen</translation>
    </message>
    <message>
        <source>Hosted only</source>
        <translation>Nur gehostet</translation>
    </message>
    <message>
        <source>hosted-app</source>
        <translation>gehostete Anwendung</translation>
    </message>
    <message>
        <source>Hugging Face page</source>
        <translation>Hugging-Face-Seite</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybrid</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>If exempt</source>
        <translation>Falls ausgenommen</translation>
    </message>
    <message>
        <source>If it applies</source>
        <translation>Falls sie gilt</translation>
    </message>
    <message>
        <source>If it does not apply</source>
        <translation>Falls sie nicht gilt</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>imported value</source>
        <translation>importierter Wert</translation>
    </message>
    <message>
        <source>imported values</source>
        <translation>importierte Werte</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In Kraft</translation>
    </message>
    <message>
        <source>in-force</source>
        <translation>in Kraft</translation>
    </message>
    <message>
        <source>Inference code</source>
        <translation>Inferenzcode</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Rechtsakt</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Zuletzt ausgeführt</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>license</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>License clauses</source>
        <translation>Lizenzklauseln</translation>
    </message>
    <message>
        <source>License family</source>
        <translation>Lizenzfamilie</translation>
    </message>
    <message>
        <source>license risk</source>
        <translation>Lizenzrisiko</translation>
    </message>
    <message>
        <source>License SPDX id</source>
        <translation>SPDX-Kennung der Lizenz</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>link between entries</source>
        <translation>Verknüpfung zwischen Einträgen</translation>
    </message>
    <message>
        <source>links between entries</source>
        <translation>Verknüpfungen zwischen Einträgen</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>match to review</source>
        <translation>zu prüfender Treffer</translation>
    </message>
    <message>
        <source>matches to review</source>
        <translation>zu prüfende Treffer</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalitäten</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model architecture</source>
        <translation>Modellarchitektur</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Modellkarte</translation>
    </message>
    <message>
        <source>model component</source>
        <translation>Modellkomponente</translation>
    </message>
    <message>
        <source>model components</source>
        <translation>Modellkomponenten</translation>
    </message>
    <message>
        <source>Model metadata</source>
        <translation>Modellmetadaten</translation>
    </message>
    <message>
        <source>Model parameters (Final)</source>
        <translation>Modellparameter (final)</translation>
    </message>
    <message>
        <source>Model parameters (Intermediate)</source>
        <translation>Modellparameter (Zwischenstände)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>modification</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Modification — detail</source>
        <translation>Veränderung — Einzelheiten</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>MOF class</source>
        <translation>MOF-Klasse</translation>
    </message>
    <message>
        <source>MOF components and class</source>
        <translation>MOF-Komponenten und -Klasse</translation>
    </message>
    <message>
        <source>Monthly users</source>
        <translation>Monatliche Nutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Needs a separate agreement</source>
        <translation>Braucht eine gesonderte Vereinbarung</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>non-commercial</source>
        <translation>nicht kommerziell</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>nonprofit</source>
        <translation>gemeinnützig</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>not-released</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>notice file</source>
        <translation>Hinweisdatei</translation>
    </message>
    <message>
        <source>Notice file required</source>
        <translation>Hinweisdatei (NOTICE) erforderlich</translation>
    </message>
    <message>
        <source>Notice file required — detail</source>
        <translation>Hinweisdatei — Einzelheiten</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Pflichten</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>Open Source</translation>
    </message>
    <message>
        <source>Open weights, non-commercial</source>
        <translation>Offene Gewichte, nicht kommerziell</translation>
    </message>
    <message>
        <source>Open weights, restricted</source>
        <translation>Offene Gewichte, eingeschränkt</translation>
    </message>
    <message>
        <source>Open weights, unrestricted</source>
        <translation>Offene Gewichte, uneingeschränkt</translation>
    </message>
    <message>
        <source>open-core-hosting</source>
        <translation>Open Core und Hosting</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Offenheit</translation>
    </message>
    <message>
        <source>Openness grade</source>
        <translation>Offenheitsgrad</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>organization grade</source>
        <translation>Organisationseinstufung</translation>
    </message>
    <message>
        <source>organization grades</source>
        <translation>Organisationseinstufungen</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>OSI</source>
        <translation>OSI</translation>
    </message>
    <message>
        <source>OSI approved</source>
        <translation>Von der OSI anerkannt</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>Other frameworks&apos; grades</source>
        <translation>Einstufungen anderer Rahmenwerke</translation>
    </message>
    <message>
        <source>other name</source>
        <translation>anderer Name</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>andere Namen</translation>
    </message>
    <message>
        <source>Output use</source>
        <translation>Nutzung der Ausgaben</translation>
    </message>
    <message>
        <source>output use</source>
        <translation>Nutzung der Ausgaben</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Parameters (active)</source>
        <translation>Parameter (aktiv)</translation>
    </message>
    <message>
        <source>Parameters (total)</source>
        <translation>Parameter (gesamt)</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>pass terms on</source>
        <translation>Bedingungen weitergeben</translation>
    </message>
    <message>
        <source>permissive</source>
        <translation>freizügig</translation>
    </message>
    <message>
        <source>Policy note</source>
        <translation>Regulierungsnotiz</translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation>Regulierungsnotizen</translation>
    </message>
    <message>
        <source>Policy rules and notes</source>
        <translation>Regeln und Regulierungsnotizen</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>prohibited</source>
        <translation>verboten</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>proprietary</source>
        <translation>proprietär</translation>
    </message>
    <message>
        <source>quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Suchanfrage</translation>
    </message>
    <message>
        <source>rail</source>
        <translation>RAIL</translation>
    </message>
    <message>
        <source>Redistribution</source>
        <translation>Weitergabe</translation>
    </message>
    <message>
        <source>redistribution</source>
        <translation>Weitergabe</translation>
    </message>
    <message>
        <source>Redistribution — detail</source>
        <translation>Weitergabe — Einzelheiten</translation>
    </message>
    <message>
        <source>Relation to base</source>
        <translation>Beziehung zum Basismodell</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>released</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <source>Research paper</source>
        <translation>Forschungsartikel</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>safety controls</source>
        <translation>Sicherheitsvorkehrungen</translation>
    </message>
    <message>
        <source>Sample model outputs</source>
        <translation>Beispielausgaben des Modells</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>Gespeicherte Suche</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Scores (1–5)</source>
        <translation>Punktwerte (1–5)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>SPDX</source>
        <translation>SPDX</translation>
    </message>
    <message>
        <source>SPDX identifier</source>
        <translation>SPDX-Kennung</translation>
    </message>
    <message>
        <source>speculative</source>
        <translation>spekulativ</translation>
    </message>
    <message>
        <source>startup</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Supporting libraries and tools</source>
        <translation>Unterstützende Bibliotheken und Werkzeuge</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>tag on an entry</source>
        <translation>Schlagwort an einem Eintrag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>tags on entries</source>
        <translation>Schlagwörter an Einträgen</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Technical report</source>
        <translation>Technischer Bericht</translation>
    </message>
    <message>
        <source>Terms pass downstream</source>
        <translation>Bedingungen gelten für Weiterverwender</translation>
    </message>
    <message>
        <source>Terms pass downstream — detail</source>
        <translation>Weitergabe der Bedingungen — Einzelheiten</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>Parameter insgesamt</translation>
    </message>
    <message>
        <source>Training code</source>
        <translation>Trainingscode</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Trainingsrechenaufwand</translation>
    </message>
    <message>
        <source>Training compute in FLOP</source>
        <translation>Trainingsrechenaufwand in FLOP</translation>
    </message>
    <message>
        <source>Training data size</source>
        <translation>Umfang der Trainingsdaten</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Trainings-Tokens</translation>
    </message>
    <message>
        <source>Treatment of open models</source>
        <translation>Behandlung offener Modelle</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>erproben</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Unreleased</source>
        <translation>Unveröffentlicht</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>usage policy</source>
        <translation>Nutzungsrichtlinie</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Anwendungsfälle</translation>
    </message>
    <message>
        <source>User cap</source>
        <translation>Nutzerobergrenze</translation>
    </message>
    <message>
        <source>user cap</source>
        <translation>Nutzerobergrenze</translation>
    </message>
    <message>
        <source>User cap (monthly active users)</source>
        <translation>Nutzerobergrenze (monatlich aktive Nutzer)</translation>
    </message>
    <message>
        <source>User cap — detail</source>
        <translation>Nutzerobergrenze — Einzelheiten</translation>
    </message>
    <message>
        <source>Using outputs to train other models</source>
        <translation>Ausgaben zum Training anderer Modelle nutzen</translation>
    </message>
    <message>
        <source>Using outputs to train other models — detail</source>
        <translation>Ausgaben zum Training anderer Modelle — Einzelheiten</translation>
    </message>
    <message>
        <source>vendor lock-in</source>
        <translation>Anbieterbindung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Weights released</source>
        <translation>Gewichte veröffentlicht</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>{name} (preview)</source>
        <translation>{name} (Vorschau)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>actions.compare</name>
    <message numerus="yes">
        <source>A comparison holds at most 6 entries; %n left out.</source>
        <translation>
            <numerusform>Ein Vergleich fasst höchstens 6 Einträge; %n wurde weggelassen.</numerusform>
            <numerusform>Ein Vergleich fasst höchstens 6 Einträge; %n wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n did not fit: at most 6)</source>
        <translation>
            <numerusform>(%n passte nicht mehr: höchstens 6)</numerusform>
            <numerusform>(%n passten nicht mehr: höchstens 6)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in the comparison{note} — Ctrl+D shows it</source>
        <translation>
            <numerusform>%n Eintrag im Vergleich{note} — Strg+D zeigt ihn</numerusform>
            <numerusform>%n Einträge im Vergleich{note} — Strg+D zeigt ihn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actions.editing</name>
    <message>
        <source>New {kind}</source>
        <translation>Neu: {kind}</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>{kind} bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete {entries}? You can undo this with Ctrl+Z.</source>
        <translation>{entries} löschen? Mit Strg+Z lässt sich das rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>actions.evaluate</name>
    <message>
        <source>Recorded {name} — Ctrl+Z undoes it</source>
        <translation>{name} festgehalten — Strg+Z macht es rückgängig</translation>
    </message>
</context>
<context>
    <name>actions.exchange</name>
    <message numerus="yes">
        <source>Exported %n row(s)</source>
        <translation>
            <numerusform>%n Zeile exportiert</numerusform>
            <numerusform>%n Zeilen exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import and merge</source>
        <translation>Importieren und zusammenführen</translation>
    </message>
    <message>
        <source>Model Atlas files (*.atlas);;All files (*)</source>
        <translation>Model-Atlas-Dateien (*.atlas);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>actions.files</name>
    <message>
        <source>Model Atlas files (*.atlas);;All files (*)</source>
        <translation>Model-Atlas-Dateien (*.atlas);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New atlas</source>
        <translation>Neuer Atlas</translation>
    </message>
    <message>
        <source>Model Atlas files (*.atlas)</source>
        <translation>Model-Atlas-Dateien (*.atlas)</translation>
    </message>
    <message>
        <source>Open atlas</source>
        <translation>Atlas öffnen</translation>
    </message>
    <message>
        <source>No other recent files</source>
        <translation>Keine weiteren zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>The knowledge base is ready.</source>
        <translation>Die Wissensbasis ist bereit.</translation>
    </message>
    <message>
        <source>No atlas open</source>
        <translation>Kein Atlas geöffnet</translation>
    </message>
    <message>
        <source>The atlas could not be created:</source>
        <translation>Der Atlas konnte nicht angelegt werden:</translation>
    </message>
    <message>
        <source>Preparing the knowledge base (first start)…</source>
        <translation>Die Wissensbasis wird vorbereitet (erster Start)…</translation>
    </message>
</context>
<context>
    <name>actions.freshness</name>
    <message>
        <source>Mark {entry} Verified</source>
        <translation>{entry} als überprüft markieren</translation>
    </message>
    <message>
        <source>Mark Verified</source>
        <translation>Als überprüft markieren</translation>
    </message>
    <message>
        <source>You checked “{entry}” against its sources.</source>
        <translation>Sie haben „{entry}“ mit seinen Quellen abgeglichen.</translation>
    </message>
    <message>
        <source>What you checked</source>
        <translation>Was Sie geprüft haben</translation>
    </message>
    <message>
        <source>The whole entry</source>
        <translation>Den ganzen Eintrag</translation>
    </message>
    <message>
        <source>Clause: {clause}</source>
        <translation>Klausel: {clause}</translation>
    </message>
    <message>
        <source>Its status (proposed, adopted, in force…)</source>
        <translation>Seinen Status (vorgeschlagen, verabschiedet, in Kraft …)</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>The page, document or URL you checked</source>
        <translation>Die geprüfte Seite, das Dokument oder die URL</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Marked {entry} verified on {day} (Ctrl+Z undoes it).</source>
        <translation>{entry} am {day} als überprüft markiert (Strg+Z macht es rückgängig).</translation>
    </message>
</context>
<context>
    <name>actions.help</name>
    <message>
        <source>Words must all match:  llama license
Exact phrase:  &quot;acceptable use&quot;
Either:  mistral OR mixtral      Not:  -closed   NOT closed      Group:  (eu OR us) export
Fields:  kind:model  tag:shortlist  license:apache  jurisdiction:EU  openness:fully-open  org:meta  author:ana
Ranges:  released:2023..2024   params:&gt;70e9
Prefix:  mistr*   (the last word you type always matches as a prefix)
Typos:  weigths~   (and &quot;Did you mean&quot; when little is found)</source>
        <translation>Alle Wörter müssen vorkommen:  llama license
Genaue Wortfolge:  &quot;acceptable use&quot;
Eines von beiden:  mistral OR mixtral      Nicht:  -closed   NOT closed      Gruppe:  (eu OR us) export
Felder:  kind:model  tag:shortlist  license:apache  jurisdiction:EU  openness:fully-open  org:meta  author:ana
Bereiche:  released:2023..2024   params:&gt;70e9
Präfix:  mistr*   (das zuletzt getippte Wort gilt immer als Präfix)
Tippfehler:  weigths~   (und „Meinten Sie“, wenn wenig gefunden wird)</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <source>An offline knowledge base about AI models on the open/closed spectrum: openness, licenses and policy.</source>
        <translation>Eine Offline-Wissensbasis über KI-Modelle zwischen offen und geschlossen: Offenheit, Lizenzen und Regulierung.</translation>
    </message>
    <message>
        <source>About Model Atlas</source>
        <translation>Über Model Atlas</translation>
    </message>
</context>
<context>
    <name>actions.history</name>
    <message>
        <source>Restore {entry} to version {number}</source>
        <translation>{entry} auf Fassung {number} zurücksetzen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The entry is already as it was after version {number}.</source>
        <translation>Der Eintrag ist bereits so wie nach Fassung {number}.</translation>
    </message>
    <message>
        <source>Restored version {number} of {entry} (Ctrl+Z undoes it).</source>
        <translation>Fassung {number} von {entry} wiederhergestellt (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Create Snapshot</source>
        <translation>Schnappschuss anlegen</translation>
    </message>
    <message>
        <source>Name of the snapshot (e.g. before the March review):</source>
        <translation>Name des Schnappschusses (z. B. vor der Märzprüfung):</translation>
    </message>
    <message>
        <source>Snapshot “{name}” created.</source>
        <translation>Schnappschuss „{name}“ angelegt.</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Schnappschuss löschen</translation>
    </message>
    <message>
        <source>There are no snapshots yet.</source>
        <translation>Es gibt noch keine Schnappschüsse.</translation>
    </message>
    <message>
        <source>Snapshot to delete:</source>
        <translation>Zu löschender Schnappschuss:</translation>
    </message>
    <message>
        <source>Delete the snapshot “{name}”? The history stays; only the name goes.</source>
        <translation>Den Schnappschuss „{name}“ löschen? Der Verlauf bleibt; nur der Name verschwindet.</translation>
    </message>
</context>
<context>
    <name>actions.hub</name>
    <message>
        <source>Team hub</source>
        <translation>Team-Hub</translation>
    </message>
    <message>
        <source>Syncing with the team hub…</source>
        <translation>Synchronisierung mit dem Team-Hub…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) sent</source>
        <translation>
            <numerusform>%n Zeile gesendet</numerusform>
            <numerusform>%n Zeilen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) received</source>
        <translation>
            <numerusform>%n Zeile empfangen</numerusform>
            <numerusform>%n Zeilen empfangen</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: {sent}, {received}, {conflicts}</source>
        <translation>Synchronisiert: {sent}, {received}, {conflicts}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry change(s) from the hub conflict with changes made here. Open Conflicts to choose which to keep?</source>
        <translation>
            <numerusform>%n Änderung vom Hub steht im Konflikt mit Änderungen hier. „Konflikte“ öffnen, um zu wählen, was bleibt?</numerusform>
            <numerusform>%n Änderungen vom Hub stehen im Konflikt mit Änderungen hier. „Konflikte“ öffnen, um zu wählen, was bleibt?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Synchronisierung fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed in this atlas.</source>
        <translation>{reason}

In diesem Atlas wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed here or on the hub</source>
        <translation>Synchronisierung abgebrochen; weder hier noch auf dem Hub wurde etwas geändert</translation>
    </message>
    <message>
        <source>Hub: not synced yet</source>
        <translation>Hub: noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n Änderung zu senden</numerusform>
            <numerusform>%n Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub: synced {when}, {pending}</source>
        <translation>Hub: synchronisiert {when}, {pending}</translation>
    </message>
    <message>
        <source>Team hub: nothing of this entry was pushed yet.</source>
        <translation>Team-Hub: von diesem Eintrag wurde noch nichts übertragen.</translation>
    </message>
    <message>
        <source>version {version} of {table} by {who} ({when})</source>
        <translation>Version {version} von {table} durch {who} ({when})</translation>
    </message>
    <message>
        <source>Pushed to the team hub, newest first: {pushes}</source>
        <translation>An den Team-Hub übertragen, neueste zuerst: {pushes}</translation>
    </message>
    <message>
        <source>Team hub: {reason}</source>
        <translation>Team-Hub: {reason}</translation>
    </message>
    <message>
        <source>Synced: {pushed} row(s) sent, {pulled} received, {conflicts}</source>
        <translation type="vanished">Synchronisiert: {pushed} Zeile(n) gesendet, {pulled} empfangen, {conflicts}</translation>
    </message>
</context>
<context>
    <name>actions.search</name>
    <message>
        <source>fresh</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>corrupt</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation>wird neu aufgebaut</translation>
    </message>
    <message>
        <source>Opening the search index… the results follow.</source>
        <translation>Der Suchindex wird geöffnet … die Ergebnisse folgen.</translation>
    </message>
    <message>
        <source>Search is not available in this session.</source>
        <translation>Die Suche ist in dieser Sitzung nicht verfügbar.</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Query to save:</source>
        <translation>Zu speichernde Suchanfrage:</translation>
    </message>
    <message>
        <source>Name for this search:</source>
        <translation>Name dieser Suche:</translation>
    </message>
    <message>
        <source>search unavailable</source>
        <translation>Suche nicht verfügbar</translation>
    </message>
    <message>
        <source>index: fresh</source>
        <translation>Index: aktuell</translation>
    </message>
    <message>
        <source>search unavailable: {error}</source>
        <translation>Suche nicht verfügbar: {error}</translation>
    </message>
    <message>
        <source>index: {state}</source>
        <translation>Index: {state}</translation>
    </message>
    <message>
        <source>index problem: {problem}</source>
        <translation>Indexproblem: {problem}</translation>
    </message>
    <message>
        <source>index update cancelled</source>
        <translation>Indexaktualisierung abgebrochen</translation>
    </message>
    <message>
        <source>Rebuilding search index…</source>
        <translation>Suchindex wird neu aufgebaut…</translation>
    </message>
    <message>
        <source>Updating search index ({reason})…</source>
        <translation>Suchindex wird aktualisiert ({reason})…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>The search engine is not available.</source>
        <translation>Die Suchmaschine ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>actions.tags</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n entry(s) with “{tag}” — Ctrl+Z undoes it</source>
        <translation>
            <numerusform>%n Eintrag mit „{tag}“ verschlagwortet — Strg+Z macht es rückgängig</numerusform>
            <numerusform>%n Einträge mit „{tag}“ verschlagwortet — Strg+Z macht es rückgängig</numerusform>
        </translation>
    </message>
    <message>
        <source>Already tagged “{tag}”</source>
        <translation>Bereits mit „{tag}“ verschlagwortet</translation>
    </message>
</context>
<context>
    <name>actions.use_case</name>
    <message>
        <source>Export rules</source>
        <translation>Regeln exportieren</translation>
    </message>
    <message>
        <source>Show a model first: its rules are exported.</source>
        <translation>Zeigen Sie zuerst ein Modell an: Seine Regeln werden exportiert.</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation>Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Compare with Snapshot</source>
        <translation>Mit Schnappschuss vergleichen</translation>
    </message>
    <message>
        <source>Choose a saved use case first: its verdicts now are compared with a snapshot&apos;s.</source>
        <translation>Wählen Sie zuerst einen gespeicherten Anwendungsfall: Seine heutigen Urteile werden mit denen eines Schnappschusses verglichen.</translation>
    </message>
    <message>
        <source>There are no snapshots yet (View ▸ Create Snapshot…).</source>
        <translation>Es gibt noch keine Schnappschüsse (Ansicht ▸ Schnappschuss anlegen…).</translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation>Schnappschuss:</translation>
    </message>
</context>
<context>
    <name>actions.view</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n license(s)</source>
        <translation>
            <numerusform>%n Lizenz</numerusform>
            <numerusform>%n Lizenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy note(s)</source>
        <translation>
            <numerusform>%n Regulierungsnotiz</numerusform>
            <numerusform>%n Regulierungsnotizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Welcome to Model Atlas</source>
        <translation>Willkommen bei Model Atlas</translation>
    </message>
    <message>
        <source>Your name (recorded on every change you make):</source>
        <translation>Ihr Name (bei jeder Ihrer Änderungen vermerkt):</translation>
    </message>
</context>
<context>
    <name>changes_pane</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes show once the preview is ready.</source>
        <translation>Die Änderungen erscheinen, sobald die Vorschau fertig ist.</translation>
    </message>
    <message>
        <source>Entries that would change</source>
        <translation>Einträge, die sich ändern würden</translation>
    </message>
    <message>
        <source>Field changes of the chosen entry</source>
        <translation>Feldänderungen des gewählten Eintrags</translation>
    </message>
    <message>
        <source>Nothing in your atlas would change.</source>
        <translation>An Ihrem Atlas würde sich nichts ändern.</translation>
    </message>
    <message>
        <source>Would change:</source>
        <translation>Würde ändern:</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chart_keys</name>
    <message>
        <source>{position} of {count}: {mark}</source>
        <translation>{position} von {count}: {mark}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Openness over time</source>
        <translation>Offenheit im Zeitverlauf</translation>
    </message>
    <message>
        <source>Jurisdiction × openness</source>
        <translation>Rechtsraum × Offenheit</translation>
    </message>
    <message>
        <source>Licenses by family</source>
        <translation>Lizenzen nach Familie</translation>
    </message>
    <message>
        <source>Each model by release date and openness grade: closed releases (circles) below the dashed line, downloadable weights (squares) above it. Click a point to list that model.</source>
        <translation>Jedes Modell nach Veröffentlichungsdatum und Offenheitsgrad: geschlossene Veröffentlichungen (Kreise) unter der gestrichelten Linie, herunterladbare Gewichte (Quadrate) darüber. Ein Klick auf einen Punkt listet das Modell.</translation>
    </message>
    <message>
        <source>Models by their developer&apos;s jurisdiction, stacked by openness grade. Click a segment to list those models.</source>
        <translation>Modelle nach Rechtsraum ihres Entwicklers, gestapelt nach Offenheitsgrad. Ein Klick auf ein Segment listet diese Modelle.</translation>
    </message>
    <message>
        <source>Licenses per family, and how many models use a license of that family. Click a bar to list them.</source>
        <translation>Lizenzen je Familie und wie viele Modelle eine Lizenz dieser Familie nutzen. Ein Klick auf einen Balken listet sie.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Releases by openness grade over time</source>
        <translation>Veröffentlichungen nach Offenheitsgrad im Zeitverlauf</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>weights released above</source>
        <translation>darüber: Gewichte veröffentlicht</translation>
    </message>
    <message>
        <source>Models by developer jurisdiction and openness grade</source>
        <translation>Modelle nach Rechtsraum des Entwicklers und Offenheitsgrad</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Licenses by family, and the models using them</source>
        <translation>Lizenzen nach Familie und die Modelle, die sie nutzen</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Models using one</source>
        <translation>Modelle, die eine nutzen</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>click to list it</source>
        <translation>Klicken zum Auflisten</translation>
    </message>
    <message>
        <source>click to list these {count}</source>
        <translation>Klicken, um diese {count} aufzulisten</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>click to list them</source>
        <translation>Klicken zum Auflisten</translation>
    </message>
    <message numerus="yes">
        <source>%n license(s)</source>
        <translation>
            <numerusform>%n Lizenz</numerusform>
            <numerusform>%n Lizenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write {file}</source>
        <translation>{file} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export chart as {format}</source>
        <translation>Diagramm als {format} exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Could not save: {problem}</source>
        <translation>Speichern nicht möglich: {problem}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
</context>
<context>
    <name>chips</name>
    <message>
        <source>tag: {tag}</source>
        <translation>Schlagwort: {tag}</translation>
    </message>
    <message>
        <source>not tag: {tag}</source>
        <translation>nicht Schlagwort: {tag}</translation>
    </message>
    <message>
        <source>name contains “{text}”</source>
        <translation>Name enthält „{text}“</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen entry(s)</source>
        <translation>
            <numerusform>%n gewählter Eintrag</numerusform>
            <numerusform>%n gewählte Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter löschen</translation>
    </message>
    <message>
        <source>The same filter in the search language:</source>
        <translation>Derselbe Filter in der Suchsprache:</translation>
    </message>
    <message>
        <source>Click to remove this filter</source>
        <translation>Klicken, um diesen Filter zu entfernen</translation>
    </message>
    <message>
        <source>Remove filter {filter}</source>
        <translation>Filter {filter} entfernen</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Edit {entry}</source>
        <translation>{entry} bearbeiten</translation>
    </message>
    <message>
        <source>Create {entry}</source>
        <translation>{entry} anlegen</translation>
    </message>
    <message>
        <source>Delete {entry}</source>
        <translation>{entry} löschen</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n entry(s) with {tags}</source>
        <translation>
            <numerusform>%n Eintrag mit {tags} verschlagworten</numerusform>
            <numerusform>%n Einträge mit {tags} verschlagworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n entry(s) with {tags}</source>
        <translation>
            <numerusform>Schlagwörter {tags} von %n Eintrag entfernen</numerusform>
            <numerusform>Schlagwörter {tags} von %n Einträgen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compare_view</name>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>HTML page…</source>
        <translation>HTML-Seite…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Click: show it in the detail pane · drag to reorder · right-click to move or remove</source>
        <translation>Klick: in der Detailansicht zeigen · Ziehen: umsortieren · Rechtsklick: verschieben oder entfernen</translation>
    </message>
    <message>
        <source>{field} — differs between the entries</source>
        <translation>{field} — unterscheidet sich zwischen den Einträgen</translation>
    </message>
    <message>
        <source>{field} — the same for all</source>
        <translation>{field} — bei allen gleich</translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation>&amp;Nur Unterschiede</translation>
    </message>
    <message>
        <source>Show only the rows where the entries differ</source>
        <translation>Nur die Zeilen zeigen, in denen sich die Einträge unterscheiden</translation>
    </message>
    <message>
        <source>Add an entry to the comparison</source>
        <translation>Einen Eintrag zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>Add an entry by name…</source>
        <translation>Einen Eintrag per Name hinzufügen…</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Move the current column left</source>
        <translation>Die aktuelle Spalte nach links verschieben</translation>
    </message>
    <message>
        <source>Move Ri&amp;ght</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>Move the current column right</source>
        <translation>Die aktuelle Spalte nach rechts verschieben</translation>
    </message>
    <message>
        <source>&amp;Remove Column</source>
        <translation>Spalte &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the current column&apos;s entry from the comparison</source>
        <translation>Den Eintrag der aktuellen Spalte aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every entry from the comparison</source>
        <translation>Alle Einträge aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export the comparison as Markdown, CSV or a self-contained HTML page</source>
        <translation>Den Vergleich als Markdown, CSV oder eigenständige HTML-Seite exportieren</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message numerus="yes">
        <source>A comparison holds at most {most} entries; %n left out.</source>
        <translation>
            <numerusform>Ein Vergleich fasst höchstens {most} Einträge; %n wurde weggelassen.</numerusform>
            <numerusform>Ein Vergleich fasst höchstens {most} Einträge; %n wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry named “{name}”: pick one from the suggestions.</source>
        <translation>Kein Eintrag namens „{name}“: Wählen Sie einen aus den Vorschlägen.</translation>
    </message>
    <message>
        <source>“{name}” is compared already.</source>
        <translation>„{name}“ wird bereits verglichen.</translation>
    </message>
    <message>
        <source>A comparison holds at most {most} entries: remove one first.</source>
        <translation>Ein Vergleich fasst höchstens {most} Einträge: Entfernen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>„{name}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>kinds differ: compared on the fields they share</source>
        <translation>Arten verschieden: verglichen über die gemeinsamen Felder</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n entry(s) — {differ} of {total} rows differ</source>
        <translation>
            <numerusform>%n Eintrag im Vergleich — {differ} von {total} Zeilen unterscheiden sich</numerusform>
            <numerusform>%n Einträge im Vergleich — {differ} von {total} Zeilen unterscheiden sich</numerusform>
        </translation>
    </message>
    <message>
        <source>In the comparison now: {names}</source>
        <translation>Jetzt im Vergleich: {names}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick {least} to {most} entries to compare side by side:&lt;/p&gt;&lt;p&gt;select them in the list and press &lt;b&gt;Ctrl+D&lt;/b&gt; (Compare),&lt;br&gt;use &lt;b&gt;Add to Comparison&lt;/b&gt; (Ctrl+Shift+D) on any entry,&lt;br&gt;or type a name in the box above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie {least} bis {most} Einträge für den Vergleich nebeneinander:&lt;/p&gt;&lt;p&gt;markieren Sie sie in der Liste und drücken Sie &lt;b&gt;Strg+D&lt;/b&gt; (Vergleichen),&lt;br&gt;nutzen Sie &lt;b&gt;Zum Vergleich hinzufügen&lt;/b&gt; (Strg+Umschalt+D) bei einem Eintrag,&lt;br&gt;oder tippen Sie einen Namen in das Feld oben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show in Detail Pane</source>
        <translation>In der Detailansicht zeigen</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <source>Remove from Comparison</source>
        <translation>Aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <source>Saved {file} — &lt;a href=&quot;{url}&quot;&gt;open it&lt;/a&gt;</source>
        <translation>{file} gespeichert — &lt;a href=&quot;{url}&quot;&gt;öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Could not save: {problem}</source>
        <translation>Speichern nicht möglich: {problem}</translation>
    </message>
</context>
<context>
    <name>detail_html</name>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>verified {when}</source>
        <translation>überprüft {when}</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <source>suggested from license and components</source>
        <translation>vorgeschlagen aus Lizenz und Komponenten</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Offenheit</translation>
    </message>
    <message>
        <source>The recorded facts suggest &lt;b&gt;{grade}&lt;/b&gt;: {reasons}.</source>
        <translation>Die erfassten Fakten sprechen für &lt;b&gt;{grade}&lt;/b&gt;: {reasons}.</translation>
    </message>
    <message>
        <source>Why: {reasons}.</source>
        <translation>Warum: {reasons}.</translation>
    </message>
    <message>
        <source>Class III · open model</source>
        <translation>Klasse III · offenes Modell</translation>
    </message>
    <message>
        <source>Class II · open tooling</source>
        <translation>Klasse II · offene Werkzeuge</translation>
    </message>
    <message>
        <source>Class I · open science</source>
        <translation>Klasse I · offene Wissenschaft</translation>
    </message>
    <message>
        <source>missing: {components}</source>
        <translation>fehlt: {components}</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>(not an open license)</source>
        <translation>(keine offene Lizenz)</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Other frameworks</source>
        <translation>Andere Rahmenwerke</translation>
    </message>
    <message>
        <source>License clauses — {license}</source>
        <translation>Lizenzklauseln — {license}</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Bewertungen</translation>
    </message>
    <message numerus="yes">
        <source>Average per criterion (%n evaluation(s)): {averages}</source>
        <translation>
            <numerusform>Durchschnitt je Kriterium (%n Bewertung): {averages}</numerusform>
            <numerusform>Durchschnitt je Kriterium (%n Bewertungen): {averages}</numerusform>
        </translation>
    </message>
    <message>
        <source>average {score}</source>
        <translation>Durchschnitt {score}</translation>
    </message>
    <message>
        <source>Family tree — {family}</source>
        <translation>Stammbaum — {family}</translation>
    </message>
    <message>
        <source>Family tree</source>
        <translation>Stammbaum</translation>
    </message>
    <message>
        <source>another family</source>
        <translation>andere Familie</translation>
    </message>
    <message>
        <source>every clause</source>
        <translation>alle Klauseln</translation>
    </message>
    <message>
        <source>Terms passed down from {base}: {license} ({clauses})</source>
        <translation>Von {base} übernommene Bedingungen: {license} ({clauses})</translation>
    </message>
    <message>
        <source>MOF {mof_class}</source>
        <translation>MOF {mof_class}</translation>
    </message>
    <message>
        <source>MOF unclassified</source>
        <translation>MOF nicht eingestuft</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <source>Policy notes that concern it</source>
        <translation>Regulierungsnotizen dazu</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Derived models</source>
        <translation>Abgeleitete Modelle</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Tagged entries</source>
        <translation>Verschlagwortete Einträge</translation>
    </message>
    <message>
        <source>Backs</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>accessed {date}, {confidence} confidence</source>
        <translation>abgerufen {date}, Verlässlichkeit: {confidence}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Last changed {when} by {author} · version {version}</source>
        <translation>Zuletzt geändert {when} von {author} · Version {version}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{date} by {who} ({source})</source>
        <translation>{date} von {who} ({source})</translation>
    </message>
    <message>
        <source>{date} by {who}</source>
        <translation>{date} von {who}</translation>
    </message>
    <message>
        <source>Status never verified</source>
        <translation>Status nie überprüft</translation>
    </message>
    <message>
        <source>Last verified: never</source>
        <translation>Zuletzt überprüft: nie</translation>
    </message>
    <message>
        <source>Status last verified: {when}</source>
        <translation>Status zuletzt überprüft: {when}</translation>
    </message>
    <message>
        <source>Last verified: {when}</source>
        <translation>Zuletzt überprüft: {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Invalid values in this entry&lt;/b&gt; (shown as unknown until corrected):</source>
        <translation>&lt;b&gt;⚠ Ungültige Werte in diesem Eintrag&lt;/b&gt; (bis zur Korrektur als unbekannt gezeigt):</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Quellen widersprechen sich</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Exempt from: {items}</source>
        <translation>Ausgenommen von: {items}</translation>
    </message>
    <message>
        <source>Would be settled by: {facts}</source>
        <translation>Würde geklärt durch: {facts}</translation>
    </message>
    <message>
        <source>Do not apply: {rules}</source>
        <translation>Gelten nicht: {rules}</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Applies when</source>
        <translation>Gilt, wenn</translation>
    </message>
    <message>
        <source>Exempt when</source>
        <translation>Ausgenommen, wenn</translation>
    </message>
    <message>
        <source>Grants an exemption when</source>
        <translation>Gewährt eine Ausnahme, wenn</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Pflichten</translation>
    </message>
    <message>
        <source>Exempt from</source>
        <translation>Ausgenommen von</translation>
    </message>
    <message>
        <source>Still required</source>
        <translation>Weiterhin erforderlich</translation>
    </message>
    <message>
        <source>Developer transparency (FMTI)</source>
        <translation>Transparenz des Entwicklers (FMTI)</translation>
    </message>
    <message>
        <source>What the catalogs say</source>
        <translation>Was die Kataloge sagen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">Klasse</translation>
    </message>
</context>
<context>
    <name>detail_view</name>
    <message>
        <source>Select an entry to see everything about it.</source>
        <translation>Wählen Sie einen Eintrag, um alles darüber zu sehen.</translation>
    </message>
    <message>
        <source>This entry was deleted.</source>
        <translation>Dieser Eintrag wurde gelöscht.</translation>
    </message>
    <message>
        <source>Open in your browser?</source>
        <translation>Im Browser öffnen?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Diese Adresse im Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Score for {criterion}</source>
        <translation>Bewertung für {criterion}</translation>
    </message>
    <message>
        <source>Tag color</source>
        <translation>Schlagwortfarbe</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>e.g. 70B, 1.2e25</source>
        <translation>z. B. 70B, 1.2e25</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>{kind} bearbeiten</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Neu: {kind}</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention</source>
        <translation>
            <numerusform>%n Feld braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Felder brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaluation_form</name>
    <message>
        <source>Adopt — use it for this use case</source>
        <translation>Einsetzen — für diesen Anwendungsfall nutzen</translation>
    </message>
    <message>
        <source>Trial — worth a pilot on a real project</source>
        <translation>Erproben — einen Pilotversuch in einem echten Projekt wert</translation>
    </message>
    <message>
        <source>Assess — explore it, not ready to pilot</source>
        <translation>Prüfen — erkunden, noch nicht reif für einen Pilotversuch</translation>
    </message>
    <message>
        <source>Hold — do not start new work with it</source>
        <translation>Zurückstellen — keine neuen Vorhaben damit beginnen</translation>
    </message>
    <message>
        <source>1 poor … 5 excellent for this use case (for risks: 5 = least risk); “—” leaves a criterion unscored.</source>
        <translation>1 schwach … 5 hervorragend für diesen Anwendungsfall (bei Risiken: 5 = geringstes Risiko); „—“ lässt ein Kriterium unbewertet.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <translation>{score} von 5</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Evaluated entry</source>
        <translation>Bewerteter Eintrag</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>e.g. on-prem legal summarization in the EU</source>
        <translation>z. B. Zusammenfassung juristischer Texte im eigenen Rechenzentrum in der EU</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes (Markdown): what you tried, what decided it, open questions…</source>
        <translation>Notizen (Markdown): was Sie ausprobiert haben, was den Ausschlag gab, offene Fragen…</translation>
    </message>
    <message>
        <source>shortlist, eu-ready</source>
        <translation>shortlist, eu-ready</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Evaluated entry *</source>
        <translation>Bewerteter Eintrag *</translation>
    </message>
    <message>
        <source>Author *</source>
        <translation>Autor *</translation>
    </message>
    <message>
        <source>Use case *</source>
        <translation>Anwendungsfall *</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Punktwerte</translation>
    </message>
    <message>
        <source>Verdict *</source>
        <translation>Urteil *</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>Average {average} over %n criteria</source>
        <translation>
            <numerusform>Durchschnitt {average} über %n Kriterium</numerusform>
            <numerusform>Durchschnitt {average} über %n Kriterien</numerusform>
        </translation>
    </message>
    <message>
        <source>No criterion scored yet</source>
        <translation>Noch kein Kriterium bewertet</translation>
    </message>
    <message>
        <source>choose the entry you evaluated</source>
        <translation>wählen Sie den bewerteten Eintrag</translation>
    </message>
    <message>
        <source>give the author&apos;s name</source>
        <translation>geben Sie den Namen des Autors an</translation>
    </message>
    <message>
        <source>say what it was evaluated for, e.g. “on-prem legal summarization in the EU”</source>
        <translation>sagen Sie, wofür bewertet wurde, z. B. „Zusammenfassung juristischer Texte im eigenen Rechenzentrum in der EU“</translation>
    </message>
    <message>
        <source>choose adopt, trial, assess or hold</source>
        <translation>wählen Sie einsetzen, erproben, prüfen oder zurückstellen</translation>
    </message>
    <message>
        <source>scores run from 1 to 5</source>
        <translation>Punktwerte reichen von 1 bis 5</translation>
    </message>
    <message>
        <source>a tag name is at most 100 characters</source>
        <translation>ein Schlagwort hat höchstens 100 Zeichen</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention</source>
        <translation>
            <numerusform>%n Feld braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Felder brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange_dialogs</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>Im Konflikt</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Wahrscheinliche Dubletten</translation>
    </message>
    <message>
        <source>Newer wins (default)</source>
        <translation>Neuere Fassung gewinnt (Standard)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ihre übernehmen</translation>
    </message>
    <message>
        <source>Export atlas</source>
        <translation>Atlas exportieren</translation>
    </message>
    <message>
        <source>The whole atlas</source>
        <translation>Den ganzen Atlas</translation>
    </message>
    <message>
        <source>The selected entries ({count}), with what they refer to</source>
        <translation>Die ausgewählten Einträge ({count}) mit allem, worauf sie verweisen</translation>
    </message>
    <message>
        <source>Entries with the tag</source>
        <translation>Einträge mit dem Schlagwort</translation>
    </message>
    <message>
        <source>The current search results ({count})</source>
        <translation>Die aktuellen Suchergebnisse ({count})</translation>
    </message>
    <message>
        <source>Leave out notes and evaluations marked private</source>
        <translation>Als privat markierte Notizen und Bewertungen weglassen</translation>
    </message>
    <message>
        <source>Authors to leave out</source>
        <translation>Wegzulassende Autoren</translation>
    </message>
    <message>
        <source>authors to leave out, comma-separated (optional)</source>
        <translation>wegzulassende Autoren, durch Kommas getrennt (optional)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export to a single .atlas file that a teammate can merge into theirs:</source>
        <translation>In eine einzelne .atlas-Datei exportieren, die ein Teammitglied in seine übernehmen kann:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Model Atlas files (*.atlas)</source>
        <translation>Model-Atlas-Dateien (*.atlas)</translation>
    </message>
    <message>
        <source>Export failed: {problem}</source>
        <translation>Export fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>Nothing changed: your atlas already had everything in this file.</source>
        <translation>Nichts geändert: Ihr Atlas hatte bereits alles aus dieser Datei.</translation>
    </message>
    <message>
        <source>Merging would change nothing: your atlas already has everything in this file.</source>
        <translation>Das Zusammenführen würde nichts ändern: Ihr Atlas hat bereits alles aus dieser Datei.</translation>
    </message>
    <message>
        <source>Merged: {changes}.</source>
        <translation>Zusammengeführt: {changes}.</translation>
    </message>
    <message>
        <source>Merging would {changes}.</source>
        <translation>Das Zusammenführen würde: {changes}.</translation>
    </message>
    <message>
        <source>Import and merge — {file}</source>
        <translation>Importieren und zusammenführen — {file}</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Die Datei wird geprüft…</translation>
    </message>
    <message>
        <source>What merging changes, by kind</source>
        <translation>Was das Zusammenführen ändert, nach Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Importprotokoll</translation>
    </message>
    <message>
        <source>What merging would change, field by field</source>
        <translation>Was das Zusammenführen ändern würde, Feld für Feld</translation>
    </message>
    <message>
        <source>Import log and changes</source>
        <translation>Importprotokoll und Änderungen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Merge progress</source>
        <translation>Fortschritt des Zusammenführens</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop checking or merging; your atlas stays as it is</source>
        <translation>Prüfen oder Zusammenführen abbrechen; Ihr Atlas bleibt, wie er ist</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Check again what merging this file would do</source>
        <translation>Erneut prüfen, was das Zusammenführen dieser Datei bewirken würde</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Resolve Conflicts…</source>
        <translation>Konflikte klären…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>When both sides changed an entry:</source>
        <translation>Wenn beide Seiten einen Eintrag geändert haben:</translation>
    </message>
    <message>
        <source>Checking what would change…</source>
        <translation>Es wird geprüft, was sich ändern würde…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>It comes from an older version of Model Atlas and was read through an upgraded copy.</source>
        <translation>Sie stammt aus einer älteren Version von Model Atlas und wurde über eine aktualisierte Kopie gelesen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; — exported by {author} on {when}.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; — exportiert von {author} am {when}.</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A backup was saved first: {file}</source>
        <translation>Zuvor wurde eine Sicherung gespeichert: {file}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The merge failed:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;Das Zusammenführen ist fehlgeschlagen:&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <source>Your atlas was not changed.</source>
        <translation>Ihr Atlas wurde nicht verändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be merged:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;Diese Datei kann nicht zusammengeführt werden:&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <source>Merge cancelled — your atlas was not changed. Press Merge to merge it after all.</source>
        <translation>Zusammenführen abgebrochen — Ihr Atlas wurde nicht verändert. „Zusammenführen“ führt sie doch noch zusammen.</translation>
    </message>
    <message>
        <source>Preview cancelled — nothing was changed. Press Preview to check the file again.</source>
        <translation>Vorschau abgebrochen — nichts wurde geändert. „Vorschau“ prüft die Datei erneut.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Differing fields</source>
        <translation>Abweichende Felder</translation>
    </message>
    <message>
        <source>Open Entry</source>
        <translation>Eintrag öffnen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Klären</translation>
    </message>
    <message>
        <source>Both sides changed these since they last shared a version. Nothing was overwritten: choose, field by field, which version to keep, or edit it.</source>
        <translation>Beide Seiten haben diese Einträge seit der letzten gemeinsamen Fassung geändert. Nichts wurde überschrieben: Wählen Sie Feld für Feld, welche Fassung bleibt, oder bearbeiten Sie sie.</translation>
    </message>
    <message>
        <source>from {origin}; kept {when}</source>
        <translation>von {origin}; aufbewahrt {when}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Keine offenen Konflikte.</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>meine</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>ihre</translation>
    </message>
    <message>
        <source>Edited (type in Mine)</source>
        <translation>Bearbeitet (in „Meine“ tippen)</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Konflikt klären</translation>
    </message>
    <message>
        <source>Resolved {entry}.</source>
        <translation>{entry} geklärt.</translation>
    </message>
</context>
<context>
    <name>form_dialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discard the changes you made in this form?</source>
        <translation>Die Änderungen in diesem Formular verwerfen?</translation>
    </message>
    <message>
        <source>Keep Editing returns to the form; nothing is saved until you press Save.</source>
        <translation>„Weiter bearbeiten“ kehrt zum Formular zurück; gespeichert wird erst mit „Speichern“.</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>frozen_column</name>
    <message>
        <source>Row labels</source>
        <translation>Zeilenbeschriftungen</translation>
    </message>
</context>
<context>
    <name>getting_started</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>where each sits between closed and fully open: an openness grade, its Model Openness Framework class and which components (weights, code, data, papers) are released</source>
        <translation>wo jedes zwischen geschlossen und vollständig offen steht: ein Offenheitsgrad, seine Klasse im Model Openness Framework und welche Komponenten (Gewichte, Code, Daten, Veröffentlichungen) freigegeben sind</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>who develops them, and where</source>
        <translation>wer sie entwickelt, und wo</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>clause by clause: commercial use, user caps, acceptable-use policies, attribution</source>
        <translation>Klausel für Klausel: kommerzielle Nutzung, Nutzerobergrenzen, Nutzungsrichtlinien, Namensnennung</translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation>Regulierungsnotizen</translation>
    </message>
    <message>
        <source>laws and rules (EU AI Act, US export controls, …) with the conditions under which they bind</source>
        <translation>Gesetze und Regeln (KI-Verordnung der EU, US-Exportkontrollen, …) mit den Bedingungen, unter denen sie binden</translation>
    </message>
    <message>
        <source>Your notes and evaluations</source>
        <translation>Ihre Notizen und Bewertungen</translation>
    </message>
    <message>
        <source>verdicts and scores you record, under your name</source>
        <translation>Urteile und Punktwerte, die Sie unter Ihrem Namen festhalten</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Die Liste filtern</translation>
    </message>
    <message>
        <source>In the sidebar, tick &lt;i&gt;Openness grade ▸ Fully open&lt;/i&gt; or &lt;i&gt;Jurisdiction ▸ EU&lt;/i&gt;. Chips above the list show the filter, with the same filter as search text beside them.</source>
        <translation>Haken Sie in der Seitenleiste &lt;i&gt;Offenheitsgrad ▸ Vollständig offen&lt;/i&gt; oder &lt;i&gt;Rechtsraum ▸ EU&lt;/i&gt; an. Chips über der Liste zeigen den Filter, daneben derselbe Filter als Suchtext.</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{search}&lt;/b&gt; and type &lt;code&gt;llama license &quot;acceptable use&quot;&lt;/code&gt; or &lt;code&gt;openness:fully-open released:2024..2025&lt;/code&gt;. Help ▸ Search Syntax lists the rest.</source>
        <translation>Drücken Sie &lt;b&gt;{search}&lt;/b&gt; und tippen Sie &lt;code&gt;llama license &quot;acceptable use&quot;&lt;/code&gt; oder &lt;code&gt;openness:fully-open released:2024..2025&lt;/code&gt;. Hilfe ▸ Suchsyntax nennt den Rest.</translation>
    </message>
    <message>
        <source>Read one model</source>
        <translation>Ein Modell lesen</translation>
    </message>
    <message>
        <source>Click a row. The detail pane shows its openness, its license&apos;s clauses and which policy notes bind it; names are links, and &lt;b&gt;{back}&lt;/b&gt; goes back.</source>
        <translation>Klicken Sie auf eine Zeile. Die Detailansicht zeigt seine Offenheit, die Klauseln seiner Lizenz und welche Regulierungsnotizen es binden; Namen sind Links, und &lt;b&gt;{back}&lt;/b&gt; geht zurück.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Select two to six models (Ctrl+click) and press &lt;b&gt;{compare}&lt;/b&gt;: the rows where they differ stand out.</source>
        <translation>Wählen Sie zwei bis sechs Modelle (Strg+Klick) und drücken Sie &lt;b&gt;{compare}&lt;/b&gt;: Die Zeilen, in denen sie sich unterscheiden, fallen auf.</translation>
    </message>
    <message>
        <source>Check a use case</source>
        <translation>Einen Anwendungsfall prüfen</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{use_case}&lt;/b&gt;, describe what you plan (where, commercial or not, hosted or on your own machines) and see which models fit and under which duties.</source>
        <translation>Drücken Sie &lt;b&gt;{use_case}&lt;/b&gt;, beschreiben Sie Ihr Vorhaben (wo, kommerziell oder nicht, gehostet oder auf eigenen Rechnern) und sehen Sie, welche Modelle passen und mit welchen Pflichten.</translation>
    </message>
    <message>
        <source>Go to the sidebar</source>
        <translation>Zur Seitenleiste</translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation>Zur Liste</translation>
    </message>
    <message>
        <source>Go to the detail pane</source>
        <translation>Zur Detailansicht</translation>
    </message>
    <message>
        <source>Back to the previous entry</source>
        <translation>Zurück zum vorigen Eintrag</translation>
    </message>
    <message>
        <source>Edit the entry shown</source>
        <translation>Den gezeigten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Tag the selected entries</source>
        <translation>Die ausgewählten Einträge verschlagworten</translation>
    </message>
    <message>
        <source>Compare the selected entries</source>
        <translation>Die ausgewählten Einträge vergleichen</translation>
    </message>
    <message>
        <source>Evaluate the entry shown</source>
        <translation>Den gezeigten Eintrag bewerten</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>Diese Seite</translation>
    </message>
    <message>
        <source>Welcome to Model Atlas</source>
        <translation>Willkommen bei Model Atlas</translation>
    </message>
    <message>
        <source>An offline knowledge base about AI models on the open/closed spectrum. Everything lives in one &lt;i&gt;.atlas&lt;/i&gt; file on this computer; nothing is fetched from the internet. Every change is recorded under your name and can be undone.</source>
        <translation>Eine Offline-Wissensbasis über KI-Modelle zwischen offen und geschlossen. Alles liegt in einer &lt;i&gt;.atlas&lt;/i&gt;-Datei auf diesem Computer; nichts wird aus dem Internet geladen. Jede Änderung wird unter Ihrem Namen vermerkt und lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>What the atlas holds</source>
        <translation>Was der Atlas enthält</translation>
    </message>
    <message>
        <source>Five things to try first</source>
        <translation>Fünf Dinge zum Ausprobieren</translation>
    </message>
    <message>
        <source>Keys to start with</source>
        <translation>Tasten für den Anfang</translation>
    </message>
    <message>
        <source>This page is always under &lt;b&gt;Help ▸ Getting Started&lt;/b&gt;.</source>
        <translation>Diese Seite finden Sie jederzeit unter &lt;b&gt;Hilfe ▸ Erste Schritte&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
</context>
<context>
    <name>history_view</name>
    <message>
        <source>edit in the app</source>
        <translation>Bearbeitung in der App</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Grundbestand</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Exists</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Link: {relation}</source>
        <translation>Verknüpfung: {relation}</translation>
    </message>
    <message>
        <source>Component: {name}</source>
        <translation>Komponente: {name}</translation>
    </message>
    <message>
        <source>Assessment: {name}</source>
        <translation>Einstufung: {name}</translation>
    </message>
    <message>
        <source>Clause detail: {name}</source>
        <translation>Klauseldetail: {name}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Came in a teammate&apos;s merge: shown, but restored only as a whole through the merge&apos;s own version</source>
        <translation>Kam mit der Zusammenführung eines Teammitglieds: gezeigt, aber nur als Ganzes über die Fassung der Zusammenführung wiederherstellbar</translation>
    </message>
    <message>
        <source>(teammate&apos;s)</source>
        <translation>(vom Teammitglied)</translation>
    </message>
</context>
<context>
    <name>hub_dialog</name>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>no role: ask an owner</source>
        <translation>keine Rolle: Fragen Sie einen Eigentümer</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Model Openness Tool (YAML files)</source>
        <translation>Model Openness Tool (YAML-Dateien)</translation>
    </message>
    <message>
        <source>European Open Source AI Index (YAML files)</source>
        <translation>European Open Source AI Index (YAML-Dateien)</translation>
    </message>
    <message>
        <source>Epoch AI — All ML Systems (CSV)</source>
        <translation>Epoch AI — All ML Systems (CSV)</translation>
    </message>
    <message>
        <source>Hugging Face model cards (README.md)</source>
        <translation>Hugging-Face-Modellkarten (README.md)</translation>
    </message>
    <message>
        <source>Stanford FMTI scores (CSV)</source>
        <translation>Stanford-FMTI-Werte (CSV)</translation>
    </message>
    <message>
        <source>SPDX license list (bundled, offline)</source>
        <translation>SPDX-Lizenzliste (mitgeliefert, offline)</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>created as a new entry</source>
        <translation>als neuer Eintrag angelegt</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>geändert: {fields}</translation>
    </message>
    <message>
        <source>no value changed</source>
        <translation>kein Wert geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) recorded as what the catalog says</source>
        <translation>
            <numerusform>%n Wert als Katalogangabe festgehalten</numerusform>
            <numerusform>%n Werte als Katalogangaben festgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>need review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Preview of the {catalog} import — nothing has been written yet</source>
        <translation>Vorschau des Imports aus {catalog} — noch wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>{catalog}: import finished</source>
        <translation>{catalog}: Import abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read in {seconds} s</source>
        <translation>
            <numerusform>%n Datei in {seconds} s gelesen</numerusform>
            <numerusform>%n Dateien in {seconds} s gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation>Was der Import ändern würde</translation>
    </message>
    <message>
        <source>What the import changed</source>
        <translation>Was der Import geändert hat</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>… und {count} weitere.</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Abgelehnte Datensätze</translation>
    </message>
    <message>
        <source>Uncertain matches wait in the review list: &lt;a href=&apos;atlas://review&apos;&gt;File ▸ Review Uncertain Matches…&lt;/a&gt;</source>
        <translation>Unsichere Treffer warten in der Prüfliste: &lt;a href=&apos;atlas://review&apos;&gt;Datei ▸ Unsichere Treffer prüfen…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Import from catalog</source>
        <translation>Aus Katalog importieren</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Run the import without writing anything and show what it would do</source>
        <translation>Den Import ohne Schreiben ausführen und zeigen, was er bewirken würde</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>What importing would change, field by field</source>
        <translation>Was der Import ändern würde, Feld für Feld</translation>
    </message>
    <message>
        <source>Report and changes</source>
        <translation>Bericht und Änderungen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>Zu importierender Ordner</translation>
    </message>
    <message>
        <source>Preview import</source>
        <translation>Importvorschau</translation>
    </message>
    <message>
        <source>Preview ready: press Import to apply it.</source>
        <translation>Vorschau fertig: „Importieren“ wendet sie an.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import failed:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;Import fehlgeschlagen:&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cancelled — nothing was changed.</source>
        <translation>Abgebrochen — nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Review uncertain matches</source>
        <translation>Unsichere Treffer prüfen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Closest entry (score)</source>
        <translation>Nächster Eintrag (Wert)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Uncertain matches</source>
        <translation>Unsichere Zuordnungen</translation>
    </message>
    <message>
        <source>Merge into Closest</source>
        <translation>In den nächsten zusammenführen</translation>
    </message>
    <message>
        <source>Create New Entry</source>
        <translation>Neuen Eintrag anlegen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>These records resemble an entry, but not closely enough to merge them automatically. Double-click a row to read the closest entry.</source>
        <translation>Diese Datensätze ähneln einem Eintrag, aber nicht genug, um sie automatisch zusammenzuführen. Doppelklicken Sie auf eine Zeile, um den nächsten Eintrag zu lesen.</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Nichts zu prüfen.</translation>
    </message>
    <message>
        <source>This record has no close entry: create it or dismiss it.</source>
        <translation>Dieser Datensatz hat keinen nahen Eintrag: Legen Sie ihn an oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>Nothing else to review.</source>
        <translation>Sonst nichts zu prüfen.</translation>
    </message>
</context>
<context>
    <name>list_model</name>
    <message>
        <source>⚠ invalid: {value}</source>
        <translation>⚠ ungültig: {value}</translation>
    </message>
    <message>
        <source>Sort by {column}</source>
        <translation>Nach {column} sortieren</translation>
    </message>
    <message>
        <source>Entry list</source>
        <translation>Eintragsliste</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Listenstatus</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Model Atlas</source>
        <translation>Model Atlas</translation>
    </message>
    <message>
        <source>Entry detail</source>
        <translation>Eintragsdetails</translation>
    </message>
    <message>
        <source>Search everything…  (Ctrl+K)   e.g.  llama license &quot;acceptable use&quot;</source>
        <translation>Alles durchsuchen…  (Strg+K)   z. B.  llama license &quot;acceptable use&quot;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>{atlas} — Model Atlas</source>
        <translation>{atlas} — Model Atlas</translation>
    </message>
</context>
<context>
    <name>new_tag_dialog</name>
    <message>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Name des Schlagworts</translation>
    </message>
    <message>
        <source>e.g. shortlist</source>
        <translation>z. B. shortlist</translation>
    </message>
    <message>
        <source>Color {color}</source>
        <translation>Farbe {color}</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>Choose any color</source>
        <translation>Beliebige Farbe wählen</translation>
    </message>
    <message>
        <source>How the tag will look</source>
        <translation>So wird das Schlagwort aussehen</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Tag color</source>
        <translation>Schlagwortfarbe</translation>
    </message>
    <message>
        <source>Give the tag a name.</source>
        <translation>Geben Sie dem Schlagwort einen Namen.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No atlas open. File ▸ Open… chooses one.</source>
        <translation>Kein Atlas geöffnet. Datei ▸ Öffnen… wählt einen.</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>{file} wird geöffnet…</translation>
    </message>
    <message>
        <source>No atlas open</source>
        <translation>Kein Atlas geöffnet</translation>
    </message>
    <message>
        <source>The atlas could not be opened:</source>
        <translation>Der Atlas konnte nicht geöffnet werden:</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>search_panel</name>
    <message>
        <source>{kind} · score {score}</source>
        <translation>{kind} · Wert {score}</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; result(s) for &lt;i&gt;{query}&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Ergebnis für &lt;i&gt;{query}&lt;/i&gt;</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Ergebnisse für &lt;i&gt;{query}&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Meinten Sie {suggestion}?</translation>
    </message>
    <message>
        <source>Ignored: {terms}</source>
        <translation>Ignoriert: {terms}</translation>
    </message>
    <message numerus="yes">
        <source>Catching up: %n changed entry(s) not in the search index yet; these results may miss them.</source>
        <translation>
            <numerusform>Wird nachgeholt: %n geänderter Eintrag ist noch nicht im Suchindex; diesen Ergebnissen kann er fehlen.</numerusform>
            <numerusform>Wird nachgeholt: %n geänderte Einträge sind noch nicht im Suchindex; diesen Ergebnissen können sie fehlen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sidebar</name>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message numerus="yes">
        <source>Not verified in %n days</source>
        <translation>
            <numerusform>Seit %n Tag nicht geprüft</numerusform>
            <numerusform>Seit %n Tagen nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Filter {kinds}</source>
        <translation>{kinds} filtern</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>Show only entries with {facet} {value}</source>
        <translation>Nur Einträge mit {facet} {value} zeigen</translation>
    </message>
    <message>
        <source>Click: show only entries with this tag · Right-click or Menu key: exclude it</source>
        <translation>Klick: nur Einträge mit diesem Schlagwort zeigen · Rechtsklick oder Menütaste: ausschließen</translation>
    </message>
    <message>
        <source>Show only “{tag}”</source>
        <translation>Nur „{tag}“ zeigen</translation>
    </message>
    <message>
        <source>Exclude “{tag}”</source>
        <translation>„{tag}“ ausschließen</translation>
    </message>
    <message>
        <source>Clear this tag filter</source>
        <translation>Diesen Schlagwortfilter entfernen</translation>
    </message>
    <message>
        <source>Click: show only entries with this tag · Right-click: exclude it</source>
        <translation type="vanished">Klick: nur Einträge mit diesem Schlagwort zeigen · Rechtsklick: ausschließen</translation>
    </message>
    <message numerus="yes">
        <source>Not verified in %n day(s)</source>
        <translation type="vanished">
            <numerusform>Seit %n Tag nicht überprüft</numerusform>
            <numerusform>Seit %n Tagen nicht überprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>status_progress</name>
    <message>
        <source>Background work</source>
        <translation>Hintergrundarbeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>tag_commands</name>
    <message>
        <source>Create tag {tag}</source>
        <translation>Schlagwort {tag} anlegen</translation>
    </message>
    <message>
        <source>Rename tag {old} to {new}</source>
        <translation>Schlagwort {old} in {new} umbenennen</translation>
    </message>
    <message>
        <source>Recolor tag {tag}</source>
        <translation>Schlagwort {tag} umfärben</translation>
    </message>
    <message>
        <source>Merge tag {tags} into {target}</source>
        <translation>Schlagwort {tags} in {target} zusammenführen</translation>
    </message>
    <message>
        <source>Delete tag {tags}</source>
        <translation>Schlagwort {tags} löschen</translation>
    </message>
</context>
<context>
    <name>tag_dialog</name>
    <message>
        <source>Add tags</source>
        <translation>Schlagwörter hinzufügen</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Schlagwörter entfernen</translation>
    </message>
    <message>
        <source>Tag names</source>
        <translation>Namen der Schlagwörter</translation>
    </message>
    <message>
        <source>shortlist, eu-ready</source>
        <translation>shortlist, eu-ready</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n entry(s) (comma-separated; new tags are created):</source>
        <translation>
            <numerusform>Schlagwörter für %n Eintrag (durch Kommas getrennt; neue werden angelegt):</numerusform>
            <numerusform>Schlagwörter für %n Einträge (durch Kommas getrennt; neue werden angelegt):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags to remove from %n entry(s) (comma-separated):</source>
        <translation>
            <numerusform>Von %n Eintrag zu entfernende Schlagwörter (durch Kommas getrennt):</numerusform>
            <numerusform>Von %n Einträgen zu entfernende Schlagwörter (durch Kommas getrennt):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tag_manager</name>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message numerus="yes">
        <source>{tag}: %n entry(s) · F2 or double-click to rename</source>
        <translation>
            <numerusform>{tag}: %n Eintrag · F2 oder Doppelklick zum Umbenennen</numerusform>
            <numerusform>{tag}: %n Einträge · F2 oder Doppelklick zum Umbenennen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag Manager</source>
        <translation>Schlagwortverwaltung</translation>
    </message>
    <message>
        <source>Filter tags…</source>
        <translation>Schlagwörter filtern…</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Schlagwörter filtern</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a tag with a name and a color (Ctrl+N)</source>
        <translation>Ein Schlagwort mit Name und Farbe anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the tag (F2 edits in place)</source>
        <translation>Das Schlagwort umbenennen (F2 bearbeitet direkt)</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Zusammenführen in…</translation>
    </message>
    <message>
        <source>Merge the selected tags into another tag: their entries get that tag</source>
        <translation>Die ausgewählten Schlagwörter in ein anderes zusammenführen: Ihre Einträge erhalten jenes</translation>
    </message>
    <message>
        <source>&amp;Color…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>Choose the tag&apos;s color</source>
        <translation>Die Farbe des Schlagworts wählen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected tags (undoable)</source>
        <translation>Die ausgewählten Schlagwörter löschen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Tag manager message</source>
        <translation>Meldung der Schlagwortverwaltung</translation>
    </message>
    <message>
        <source>Undo {change}</source>
        <translation>Rückgängig: {change}</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n Schlagwort</numerusform>
            <numerusform>%n Schlagwörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged entry(s)</source>
        <translation>
            <numerusform>%n verschlagworteter Eintrag</numerusform>
            <numerusform>%n verschlagwortete Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} — Ctrl+Z undoes it.</source>
        <translation>{change} — Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge into it.</source>
        <translation>Wählen Sie mindestens ein anderes Schlagwort, das darin aufgehen soll.</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Color of {tag}</source>
        <translation>Farbe von {tag}</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <source>Merge {tags} into:</source>
        <translation>{tags} zusammenführen in:</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Class III</source>
        <translation>Klasse III</translation>
    </message>
    <message>
        <source>Class II</source>
        <translation>Klasse II</translation>
    </message>
    <message>
        <source>Class I</source>
        <translation>Klasse I</translation>
    </message>
</context>
<context>
    <name>usecase_view</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Pflichten</translation>
    </message>
    <message>
        <source>How many duties the license attaches to this use</source>
        <translation>Wie viele Pflichten die Lizenz an diese Nutzung knüpft</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>(flipped: was {verdict})</source>
        <translation>(gedreht: war {verdict})</translation>
    </message>
    <message>
        <source>No duties</source>
        <translation>Keine Pflichten</translation>
    </message>
    <message>
        <source>(was {verdict})</source>
        <translation>(war {verdict})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clauses consulted&lt;/b&gt; (deciding ones first)</source>
        <translation>&lt;b&gt;Herangezogene Klauseln&lt;/b&gt; (entscheidende zuerst)</translation>
    </message>
    <message>
        <source>Flipped since the snapshot</source>
        <translation>Seit dem Schnappschuss gedreht</translation>
    </message>
    <message>
        <source>No recorded change to the model or its license: the rules or the use case changed</source>
        <translation>Keine aufgezeichnete Änderung am Modell oder seiner Lizenz: Die Regeln oder der Anwendungsfall haben sich geändert</translation>
    </message>
    <message>
        <source>Describe the use</source>
        <translation>Die Nutzung beschreiben</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>Kommerzielle Nutzung</translation>
    </message>
    <message>
        <source>Licensee established in {region}</source>
        <translation>Lizenznehmer niedergelassen in {region}</translation>
    </message>
    <message>
        <source>e.g. 800M (blank: not stated)</source>
        <translation>z. B. 800M (leer: keine Angabe)</translation>
    </message>
    <message>
        <source>Fine-tune the model</source>
        <translation>Das Modell feinabstimmen</translation>
    </message>
    <message>
        <source>Redistribute the weights</source>
        <translation>Die Gewichte weitergeben</translation>
    </message>
    <message>
        <source>Serve it as an API to third parties</source>
        <translation>Es Dritten als API anbieten</translation>
    </message>
    <message>
        <source>Use its outputs to train other models</source>
        <translation>Seine Ausgaben zum Training anderer Modelle nutzen</translation>
    </message>
    <message>
        <source>e.g. healthcare (optional)</source>
        <translation>z. B. Gesundheitswesen (optional)</translation>
    </message>
    <message>
        <source>Saved use cases</source>
        <translation>Gespeicherte Anwendungsfälle</translation>
    </message>
    <message>
        <source>Check All Models</source>
        <translation>Alle Modelle prüfen</translation>
    </message>
    <message>
        <source>Save Use Case…</source>
        <translation>Anwendungsfall speichern…</translation>
    </message>
    <message>
        <source>Deployed in</source>
        <translation>Eingesetzt in</translation>
    </message>
    <message>
        <source>Licensee established in</source>
        <translation>Lizenznehmer niedergelassen in</translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation>Monatlich aktive Nutzer</translation>
    </message>
    <message>
        <source>Field of use</source>
        <translation>Einsatzgebiet</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Alle Urteile</translation>
    </message>
    <message>
        <source>Filter verdicts by model or license</source>
        <translation>Urteile nach Modell oder Lizenz filtern</translation>
    </message>
    <message>
        <source>Filter by model or license…</source>
        <translation>Nach Modell oder Lizenz filtern…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>HTML exportieren…</translation>
    </message>
    <message>
        <source>Why this verdict</source>
        <translation>Begründung des Urteils</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) checked.</source>
        <translation>
            <numerusform>%n Modell geprüft.</numerusform>
            <numerusform>%n Modelle geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing with snapshot “{name}”…</source>
        <translation>Vergleich mit Schnappschuss „{name}“…</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) flipped since snapshot “{name}” ({when}).</source>
        <translation>
            <numerusform>%n Urteil seit Schnappschuss „{name}“ ({when}) gedreht.</numerusform>
            <numerusform>%n Urteile seit Schnappschuss „{name}“ ({when}) gedreht.</numerusform>
        </translation>
    </message>
    <message>
        <source>since its last run on {when}</source>
        <translation>seit dem letzten Lauf am {when}</translation>
    </message>
    <message numerus="yes">
        <source>Re-ran “{name}”: %n verdict(s) changed{since}.</source>
        <translation>
            <numerusform>„{name}“ erneut geprüft: %n Urteil geändert{since}.</numerusform>
            <numerusform>„{name}“ erneut geprüft: %n Urteile geändert{since}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save use case</source>
        <translation>Anwendungsfall speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Export verdicts</source>
        <translation>Urteile exportieren</translation>
    </message>
</context>
</TS>
