<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>Create a new atlas file from the seed</source>
        <translation>Créer un nouveau fichier atlas à partir de la base fournie</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open an atlas file</source>
        <translation>Ouvrir un fichier atlas</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the atlas, or part of it, to a file to share</source>
        <translation>Exporter l&apos;atlas, ou une partie, dans un fichier à partager</translation>
    </message>
    <message>
        <source>Import and &amp;Merge…</source>
        <translation>Importer et &amp;fusionner…</translation>
    </message>
    <message>
        <source>Merge a teammate&apos;s .atlas file into this one</source>
        <translation>Fusionner le fichier .atlas d&apos;un collègue dans celui-ci</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>Resolve entries that both you and a teammate changed</source>
        <translation>Résoudre les entrées modifiées à la fois par vous et par un collègue</translation>
    </message>
    <message>
        <source>Team &amp;Hub…</source>
        <translation>&amp;Hub d&apos;équipe…</translation>
    </message>
    <message>
        <source>Connect this atlas to the team&apos;s PostgreSQL hub and choose when to sync</source>
        <translation>Relier cet atlas au hub PostgreSQL de l&apos;équipe et choisir quand synchroniser</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Send this atlas&apos;s changes to the team hub and receive the others&apos;</source>
        <translation>Envoyer les modifications de cet atlas au hub d&apos;équipe et recevoir celles des autres</translation>
    </message>
    <message>
        <source>Import from &amp;Catalog…</source>
        <translation>Importer depuis un catalo&amp;gue…</translation>
    </message>
    <message>
        <source>Import Model Openness Tool, Open Source AI Index, Epoch, Hugging Face, FMTI or SPDX data</source>
        <translation>Importer des données Model Openness Tool, Open Source AI Index, Epoch, Hugging Face, FMTI ou SPDX</translation>
    </message>
    <message>
        <source>Re&amp;view Uncertain Matches…</source>
        <translation>E&amp;xaminer les correspondances incertaines…</translation>
    </message>
    <message>
        <source>Imported records that might be an existing entry: merge, create or dismiss</source>
        <translation>Enregistrements importés qui pourraient correspondre à une entrée existante : fusionner, créer ou écarter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Create an entry</source>
        <translation>Créer une entrée</translation>
    </message>
    <message>
        <source>New Model…</source>
        <translation>Nouveau modèle…</translation>
    </message>
    <message>
        <source>Create a new model</source>
        <translation>Créer un nouveau modèle</translation>
    </message>
    <message>
        <source>New Organization…</source>
        <translation>Nouvelle organisation…</translation>
    </message>
    <message>
        <source>Create a new organization</source>
        <translation>Créer une nouvelle organisation</translation>
    </message>
    <message>
        <source>New License…</source>
        <translation>Nouvelle licence…</translation>
    </message>
    <message>
        <source>Create a new license</source>
        <translation>Créer une nouvelle licence</translation>
    </message>
    <message>
        <source>New Policy note…</source>
        <translation>Nouvelle note réglementaire…</translation>
    </message>
    <message>
        <source>Create a new policy note</source>
        <translation>Créer une nouvelle note réglementaire</translation>
    </message>
    <message>
        <source>New Note…</source>
        <translation>Nouvelle note…</translation>
    </message>
    <message>
        <source>Create a new note</source>
        <translation>Créer une nouvelle note</translation>
    </message>
    <message>
        <source>New Evaluation…</source>
        <translation>Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Create a new evaluation</source>
        <translation>Créer une nouvelle évaluation</translation>
    </message>
    <message>
        <source>New Source…</source>
        <translation>Nouvelle source…</translation>
    </message>
    <message>
        <source>Create a new source</source>
        <translation>Créer une nouvelle source</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the entry shown in the detail pane</source>
        <translation>Modifier l&apos;entrée affichée dans le panneau de détail</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected entries (undoable)</source>
        <translation>Supprimer les entrées sélectionnées (annulable)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>É&amp;tiqueter…</translation>
    </message>
    <message>
        <source>Add tags to the selected entries</source>
        <translation>Ajouter des étiquettes aux entrées sélectionnées</translation>
    </message>
    <message>
        <source>Remove Ta&amp;g…</source>
        <translation>Retirer des éti&amp;quettes…</translation>
    </message>
    <message>
        <source>Remove tags from the selected entries</source>
        <translation>Retirer des étiquettes des entrées sélectionnées</translation>
    </message>
    <message>
        <source>Tag &amp;Manager…</source>
        <translation>&amp;Gestionnaire d&apos;étiquettes…</translation>
    </message>
    <message>
        <source>Create, rename, merge, recolor and delete tags</source>
        <translation>Créer, renommer, fusionner, recolorer et supprimer des étiquettes</translation>
    </message>
    <message>
        <source>E&amp;valuate…</source>
        <translation>É&amp;valuer…</translation>
    </message>
    <message>
        <source>Record your evaluation of the entry shown</source>
        <translation>Enregistrer votre évaluation de l&apos;entrée affichée</translation>
    </message>
    <message>
        <source>Mark &amp;Verified…</source>
        <translation>Marquer comme &amp;vérifié…</translation>
    </message>
    <message>
        <source>Record that you checked the entry shown against its sources today</source>
        <translation>Enregistrer que vous avez confronté aujourd&apos;hui l&apos;entrée affichée à ses sources</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F, Ctrl+K)</source>
        <translation>Tout rechercher (Ctrl+F, Ctrl+K)</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>Save the current search in the sidebar</source>
        <translation>Enregistrer la recherche en cours dans la barre latérale</translation>
    </message>
    <message>
        <source>Back to the List</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>Leave the search results (Esc)</source>
        <translation>Quitter les résultats de recherche (Échap)</translation>
    </message>
    <message>
        <source>Rebuild Search &amp;Index</source>
        <translation>Reconstruire l&apos;&amp;index de recherche</translation>
    </message>
    <message>
        <source>Rebuild the full-text index from the database</source>
        <translation>Reconstruire l&apos;index plein texte à partir de la base</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Compare the selected entries side by side (2 to 6)</source>
        <translation>Comparer côte à côte les entrées sélectionnées (2 à 6)</translation>
    </message>
    <message>
        <source>&amp;Add to Comparison</source>
        <translation>&amp;Ajouter à la comparaison</translation>
    </message>
    <message>
        <source>Add the selected entries to the comparison</source>
        <translation>Ajouter les entrées sélectionnées à la comparaison</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>The landscape in charts: openness over time, jurisdictions, licenses</source>
        <translation>Le paysage en graphiques : l&apos;ouverture dans le temps, les juridictions, les licences</translation>
    </message>
    <message>
        <source>&amp;Use-Case Check</source>
        <translation>Vérification d&apos;&amp;usage</translation>
    </message>
    <message>
        <source>Which models may I use for this, and under which duties?</source>
        <translation>Quels modèles puis-je utiliser pour cela, et avec quelles obligations ?</translation>
    </message>
    <message>
        <source>Export &amp;Rules of This Model…</source>
        <translation>Exporter les &amp;règles de ce modèle…</translation>
    </message>
    <message>
        <source>Save the rules that bind the shown model as Markdown or HTML</source>
        <translation>Enregistrer en Markdown ou HTML les règles qui s&apos;appliquent au modèle affiché</translation>
    </message>
    <message>
        <source>Compare &amp;with Snapshot…</source>
        <translation>Comparer a&amp;vec un instantané…</translation>
    </message>
    <message>
        <source>Which verdicts of the chosen saved use case flipped since a snapshot</source>
        <translation>Quels verdicts du cas d&apos;usage enregistré choisi ont basculé depuis un instantané</translation>
    </message>
    <message>
        <source>His&amp;tory…</source>
        <translation>H&amp;istorique…</translation>
    </message>
    <message>
        <source>The versions of the entry shown, what each changed, and restoring one</source>
        <translation>Les versions de l&apos;entrée affichée, ce que chacune a changé, et la restauration de l&apos;une d&apos;elles</translation>
    </message>
    <message>
        <source>Chan&amp;ges…</source>
        <translation>C&amp;hangements…</translation>
    </message>
    <message>
        <source>What changed between two snapshots, now, or another atlas file</source>
        <translation>Ce qui a changé entre deux instantanés, maintenant, ou un autre fichier atlas</translation>
    </message>
    <message>
        <source>Create Sna&amp;pshot…</source>
        <translation>Créer un instanta&amp;né…</translation>
    </message>
    <message>
        <source>Name the atlas as it is now, to compare with later</source>
        <translation>Nommer l&apos;atlas dans son état actuel, pour le comparer plus tard</translation>
    </message>
    <message>
        <source>Delete Snapsh&amp;ot…</source>
        <translation>&amp;Supprimer un instantané…</translation>
    </message>
    <message>
        <source>Forget a named snapshot (the history stays)</source>
        <translation>Oublier un instantané nommé (l&apos;historique reste)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>List the models</source>
        <translation>Lister les modèles</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>List the organizations</source>
        <translation>Lister les organisations</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>List the licenses</source>
        <translation>Lister les licences</translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation>Notes réglementaires</translation>
    </message>
    <message>
        <source>List the policy notes</source>
        <translation>Lister les notes réglementaires</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>List the notes</source>
        <translation>Lister les notes</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>List the evaluations</source>
        <translation>Lister les évaluations</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>C&amp;olonnes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;Barre latérale</translation>
    </message>
    <message>
        <source>Show and focus the sidebar</source>
        <translation>Afficher la barre latérale et y placer le focus</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Show and focus the entry list</source>
        <translation>Afficher la liste des entrées et y placer le focus</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>&amp;Détail</translation>
    </message>
    <message>
        <source>Show and focus the detail pane (brought back if it was collapsed)</source>
        <translation>Afficher le panneau de détail et y placer le focus (rouvert s&apos;il était replié)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Aller en avant</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>&amp;Syntaxe de recherche</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <source>&amp;About Model Atlas</source>
        <translation>À p&amp;ropos de Model Atlas</translation>
    </message>
    <message>
        <source>About Model Atlas</source>
        <translation>À propos de Model Atlas</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>Afficher les &amp;changements</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
    <message>
        <source>Entries changed</source>
        <translation>Entrées modifiées</translation>
    </message>
    <message>
        <source>Field differences</source>
        <translation>Différences par champ</translation>
    </message>
    <message>
        <source>Choose two points and show what changed between them.</source>
        <translation>Choisissez deux points et affichez ce qui a changé entre eux.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>{name} ({when})</source>
        <translation>{name} ({when})</translation>
    </message>
    <message>
        <source>Another atlas file…</source>
        <translation>Autre fichier atlas…</translation>
    </message>
    <message>
        <source>Compare with another atlas file</source>
        <translation>Comparer avec un autre fichier atlas</translation>
    </message>
    <message>
        <source>Atlas files (*.atlas)</source>
        <translation>Fichiers atlas (*.atlas)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>From {a} to {b}:</source>
        <translation>De {a} à {b} :</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n retirée</numerusform>
            <numerusform>%n retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>The atlas has changed since: Show Changes again to include it.</source>
        <translation>L&apos;atlas a changé depuis : cliquez de nouveau sur « Afficher les changements » pour en tenir compte.</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>Exporter les changements</translation>
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
        <translation>Passez à un graphique avec Tab, puis parcourez ses points ou barres avec les flèches ; Entrée liste les entrées correspondantes.</translation>
    </message>
    <message>
        <source>{name} by {developer}, released {date}, {grade}</source>
        <translation>{name} par {developer}, publié le {date}, {grade}</translation>
    </message>
    <message>
        <source>{name}, released {date}, {grade}</source>
        <translation>{name}, publié le {date}, {grade}</translation>
    </message>
    <message numerus="yes">
        <source>{jurisdiction}, {grade}: %n model(s)</source>
        <translation>
            <numerusform>{jurisdiction}, {grade} : %n modèle</numerusform>
            <numerusform>{jurisdiction}, {grade} : %n modèles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{family}: %n license(s)</source>
        <translation>
            <numerusform>{family} : %n licence</numerusform>
            <numerusform>{family} : %n licences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{family}: %n model(s) using one</source>
        <translation>
            <numerusform>{family} : %n modèle en utilise une</numerusform>
            <numerusform>{family} : %n modèles en utilisent une</numerusform>
        </translation>
    </message>
    <message>
        <source>No model has a release date yet.</source>
        <translation>Aucun modèle n&apos;a encore de date de publication.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) released between {first} and {last}.</source>
        <translation>
            <numerusform>%n modèle publié entre {first} et {last}.</numerusform>
            <numerusform>%n modèles publiés entre {first} et {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{grade}: {count}</source>
        <translation>{grade} : {count}</translation>
    </message>
    <message>
        <source>No model has a developer jurisdiction yet.</source>
        <translation>Aucun modèle n&apos;a encore de juridiction de développeur.</translation>
    </message>
    <message>
        <source>{jurisdiction}: {total} ({detail})</source>
        <translation>{jurisdiction} : {total} ({detail})</translation>
    </message>
    <message>
        <source>Models by developer jurisdiction and openness grade.</source>
        <translation>Modèles par juridiction du développeur et degré d&apos;ouverture.</translation>
    </message>
    <message>
        <source>No license has a family yet.</source>
        <translation>Aucune licence n&apos;a encore de famille.</translation>
    </message>
    <message>
        <source>{family}: {licenses} licenses, {models} models</source>
        <translation>{family} : {licenses} licences, {models} modèles</translation>
    </message>
    <message>
        <source>Licenses by family, and the models using them.</source>
        <translation>Licences par famille, et les modèles qui les utilisent.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Versions, la plus récente en premier</translation>
    </message>
    <message>
        <source>What this version changed</source>
        <translation>Ce que cette version a changé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>Make the entry as it was right after this version (undoable)</source>
        <translation>Remettre l&apos;entrée dans l&apos;état qui suivait cette version (annulable)</translation>
    </message>
    <message>
        <source>This entry is no longer in the atlas.</source>
        <translation>Cette entrée n&apos;est plus dans l&apos;atlas.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), newest first</source>
        <translation>
            <numerusform>%n version, la plus récente en premier</numerusform>
            <numerusform>%n versions, la plus récente en premier</numerusform>
        </translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historique de {name}</translation>
    </message>
    <message>
        <source>This version came in a merge from a teammate: it cannot be restored on its own (restore the merge&apos;s version instead).</source>
        <translation>Cette version provient d&apos;une fusion d&apos;un collègue : elle ne peut pas être restaurée seule (restaurez plutôt la version de la fusion).</translation>
    </message>
    <message>
        <source>This is how the entry is now.</source>
        <translation>Voici l&apos;entrée dans son état actuel.</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <source>Team Hub</source>
        <translation>Hub d&apos;équipe</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST/DATABASE, a connection string or a service name</source>
        <translation>postgresql://UTILISATEUR@HÔTE/BASE, une chaîne de connexion ou un nom de service</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Passwords are read from ~/.pgpass (or the file PGPASSFILE names), as every PostgreSQL tool does; Model Atlas remembers the address without a password.</source>
        <translation>Les mots de passe sont lus dans ~/.pgpass (ou le fichier désigné par PGPASSFILE), comme pour tout outil PostgreSQL ; Model Atlas retient l&apos;adresse sans mot de passe.</translation>
    </message>
    <message>
        <source>Sync when Model Atlas &amp;starts</source>
        <translation>Synchroniser au &amp;démarrage de Model Atlas</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Synchroniser &amp;toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minutes entre deux synchronisations</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Adresse du hub :</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected to {hub} as {login} ({role}); hub version {version}, {entries} entries, {atlases} atlases, {pushes} pushes</source>
        <translation>Connecté à {hub} en tant que {login} ({role}) ; version du hub {version}, {entries} entrées, {atlases} atlas, {pushes} envois</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your name, recorded on every change</source>
        <translation>Votre nom, enregistré à chaque modification</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Used from the next start of Model Atlas</source>
        <translation>Pris en compte au prochain démarrage de Model Atlas</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Aéré</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Not verified after this many days</source>
        <translation>Considéré non vérifié après ce nombre de jours</translation>
    </message>
    <message>
        <source>The sidebar&apos;s “Not verified in N days” finds entries nobody has checked against their sources for this long</source>
        <translation>« Non vérifié depuis N jours », dans la barre latérale, trouve les entrées que personne n&apos;a confrontées à leurs sources depuis aussi longtemps</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>List density</source>
        <translation>Densité de la liste</translation>
    </message>
    <message>
        <source>Evaluation criteria
(one per line)</source>
        <translation>Critères d&apos;évaluation
(un par ligne)</translation>
    </message>
    <message>
        <source>Not verified after</source>
        <translation>Non vérifié après</translation>
    </message>
    <message>
        <source>Please give your name: every change you make is recorded under it.</source>
        <translation>Veuillez indiquer votre nom : chacune de vos modifications est enregistrée sous ce nom.</translation>
    </message>
    <message>
        <source>The rubric needs at least one criterion.</source>
        <translation>La grille d&apos;évaluation doit comporter au moins un critère.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Model Atlas.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Model Atlas.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>academic</source>
        <translation>académique</translation>
    </message>
    <message>
        <source>Acceptable use policy</source>
        <translation>Politique d&apos;utilisation acceptable</translation>
    </message>
    <message>
        <source>Acceptable use policy URL</source>
        <translation>URL de la politique d&apos;utilisation acceptable</translation>
    </message>
    <message>
        <source>Acceptable use policy — detail</source>
        <translation>Politique d&apos;utilisation acceptable — précisions</translation>
    </message>
    <message>
        <source>Access channels</source>
        <translation>Canaux d&apos;accès</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adaptateur</translation>
    </message>
    <message>
        <source>adopt</source>
        <translation>adopter</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>adopté</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>Allowed with duties</source>
        <translation>Autorisé avec obligations</translation>
    </message>
    <message>
        <source>api</source>
        <translation>API</translation>
    </message>
    <message>
        <source>api-subscriptions</source>
        <translation>abonnements API</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>S&apos;applique</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>S&apos;applique à partir du</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Architecture public</source>
        <translation>Architecture publique</translation>
    </message>
    <message>
        <source>Article or section</source>
        <translation>Article ou section</translation>
    </message>
    <message>
        <source>assess</source>
        <translation>évaluer</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>attribution</translation>
    </message>
    <message>
        <source>Attribution or naming duties</source>
        <translation>Obligations d&apos;attribution ou de dénomination</translation>
    </message>
    <message>
        <source>Attribution or naming duties — detail</source>
        <translation>Obligations d&apos;attribution — précisions</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>AUP</source>
        <translation>AUP</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <source>big-tech</source>
        <translation>grande entreprise technologique</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Business model</source>
        <translation>Modèle économique</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>plafond</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>capacités</translation>
    </message>
    <message>
        <source>catalog grade</source>
        <translation>note de catalogue</translation>
    </message>
    <message>
        <source>catalog grades</source>
        <translation>notes de catalogue</translation>
    </message>
    <message>
        <source>Class I - Open Science Model</source>
        <translation>Classe I – modèle de science ouverte</translation>
    </message>
    <message>
        <source>Class II - Open Tooling Model</source>
        <translation>Classe II – modèle à outillage ouvert</translation>
    </message>
    <message>
        <source>Class III - Open Model</source>
        <translation>Classe III – modèle ouvert</translation>
    </message>
    <message>
        <source>Clause scopes</source>
        <translation>Portée des clauses</translation>
    </message>
    <message>
        <source>Closed (API only)</source>
        <translation>Fermé (API uniquement)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>Usage commercial</translation>
    </message>
    <message>
        <source>commercial use</source>
        <translation>usage commercial</translation>
    </message>
    <message>
        <source>Commercial use allowed</source>
        <translation>Usage commercial autorisé</translation>
    </message>
    <message>
        <source>Commercial use clause</source>
        <translation>Clause d&apos;usage commercial</translation>
    </message>
    <message>
        <source>Commercial use — detail</source>
        <translation>Usage commercial — précisions</translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation>Calcul (FLOP)</translation>
    </message>
    <message>
        <source>Compute confidence</source>
        <translation>Fiabilité du calcul</translation>
    </message>
    <message>
        <source>Compute threshold</source>
        <translation>Seuil de calcul</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>sous conditions</translation>
    </message>
    <message>
        <source>Conditions (machine-readable rule)</source>
        <translation>Conditions (règle lisible par machine)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>confident</source>
        <translation>établi</translation>
    </message>
    <message>
        <source>consortium</source>
        <translation>consortium</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>Fenêtre de contexte</translation>
    </message>
    <message>
        <source>continued-pretraining</source>
        <translation>pré-entraînement prolongé</translation>
    </message>
    <message>
        <source>copyleft</source>
        <translation>copyleft</translation>
    </message>
    <message>
        <source>cost at scale</source>
        <translation>coût à grande échelle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>custom-open-weights</source>
        <translation>licence de poids ouverts spécifique</translation>
    </message>
    <message>
        <source>customization and fine-tuning</source>
        <translation>personnalisation et ajustement</translation>
    </message>
    <message>
        <source>Data card</source>
        <translation>Fiche de données</translation>
    </message>
    <message>
        <source>Data preprocessing code</source>
        <translation>Code de prétraitement des données</translation>
    </message>
    <message>
        <source>data sovereignty and self-hosting</source>
        <translation>souveraineté des données et auto-hébergement</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Deployment regions</source>
        <translation>Régions de déploiement</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Développeur</translation>
    </message>
    <message>
        <source>Developer jurisdiction</source>
        <translation>Juridiction du développeur</translation>
    </message>
    <message>
        <source>distillation</source>
        <translation>distillation</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Evaluated entry</source>
        <translation>Entrée évaluée</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Evaluation code</source>
        <translation>Code d&apos;évaluation</translation>
    </message>
    <message>
        <source>Evaluation data</source>
        <translation>Données d&apos;évaluation</translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation>Résultats d&apos;évaluation</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Evaluations and scores</source>
        <translation>Évaluations et notes</translation>
    </message>
    <message>
        <source>Excluded regions</source>
        <translation>Régions exclues</translation>
    </message>
    <message>
        <source>excluded regions</source>
        <translation>régions exclues</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempté</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>field limits</source>
        <translation>limites de domaine</translation>
    </message>
    <message>
        <source>Field-of-use limits</source>
        <translation>Limites du domaine d&apos;utilisation</translation>
    </message>
    <message>
        <source>Field-of-use limits — detail</source>
        <translation>Limites du domaine d&apos;utilisation — précisions</translation>
    </message>
    <message>
        <source>fine-tune</source>
        <translation>ajustement</translation>
    </message>
    <message>
        <source>Free and open license</source>
        <translation>Licence libre et ouverte</translation>
    </message>
    <message>
        <source>Fully open</source>
        <translation>Entièrement ouvert</translation>
    </message>
    <message>
        <source>General-purpose model</source>
        <translation>Modèle d&apos;IA à usage général</translation>
    </message>
    <message>
        <source>Geographic exclusions</source>
        <translation>Exclusions géographiques</translation>
    </message>
    <message>
        <source>Geographic exclusions — detail</source>
        <translation>Exclusions géographiques — précisions</translation>
    </message>
    <message>
        <source>government</source>
        <translation>public</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>suspendre</translation>
    </message>
    <message>
        <source>Hosted only</source>
        <translation>Hébergé uniquement</translation>
    </message>
    <message>
        <source>hosted-app</source>
        <translation>application hébergée</translation>
    </message>
    <message>
        <source>Hugging Face page</source>
        <translation>Page Hugging Face</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybride</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>If exempt</source>
        <translation>En cas d&apos;exemption</translation>
    </message>
    <message>
        <source>If it applies</source>
        <translation>Si elle s&apos;applique</translation>
    </message>
    <message>
        <source>If it does not apply</source>
        <translation>Si elle ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>imported value</source>
        <translation>valeur importée</translation>
    </message>
    <message>
        <source>imported values</source>
        <translation>valeurs importées</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>in-force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>Inference code</source>
        <translation>Code d&apos;inférence</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Texte juridique</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>license</source>
        <translation>licence</translation>
    </message>
    <message>
        <source>License clauses</source>
        <translation>Clauses de licence</translation>
    </message>
    <message>
        <source>License family</source>
        <translation>Famille de licence</translation>
    </message>
    <message>
        <source>license risk</source>
        <translation>risque de licence</translation>
    </message>
    <message>
        <source>License SPDX id</source>
        <translation>Identifiant SPDX de la licence</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>link between entries</source>
        <translation>lien entre entrées</translation>
    </message>
    <message>
        <source>links between entries</source>
        <translation>liens entre entrées</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>match to review</source>
        <translation>correspondance à examiner</translation>
    </message>
    <message>
        <source>matches to review</source>
        <translation>correspondances à examiner</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Model architecture</source>
        <translation>Architecture du modèle</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Fiche de modèle</translation>
    </message>
    <message>
        <source>model component</source>
        <translation>composant du modèle</translation>
    </message>
    <message>
        <source>model components</source>
        <translation>composants du modèle</translation>
    </message>
    <message>
        <source>Model metadata</source>
        <translation>Métadonnées du modèle</translation>
    </message>
    <message>
        <source>Model parameters (Final)</source>
        <translation>Paramètres du modèle (finaux)</translation>
    </message>
    <message>
        <source>Model parameters (Intermediate)</source>
        <translation>Paramètres du modèle (intermédiaires)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>modification</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>Modification — detail</source>
        <translation>Modification — précisions</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>MOF class</source>
        <translation>Classe MOF</translation>
    </message>
    <message>
        <source>MOF components and class</source>
        <translation>Composants et classe MOF</translation>
    </message>
    <message>
        <source>Monthly users</source>
        <translation>Utilisateurs mensuels</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Needs a separate agreement</source>
        <translation>Nécessite un accord distinct</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>non-commercial</source>
        <translation>non commercial</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>nonprofit</source>
        <translation>à but non lucratif</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>not-released</source>
        <translation>non publié</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>notice file</source>
        <translation>fichier NOTICE</translation>
    </message>
    <message>
        <source>Notice file required</source>
        <translation>Fichier NOTICE requis</translation>
    </message>
    <message>
        <source>Notice file required — detail</source>
        <translation>Fichier NOTICE — précisions</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>Open source</translation>
    </message>
    <message>
        <source>Open weights, non-commercial</source>
        <translation>Poids ouverts, non commercial</translation>
    </message>
    <message>
        <source>Open weights, restricted</source>
        <translation>Poids ouverts, restreint</translation>
    </message>
    <message>
        <source>Open weights, unrestricted</source>
        <translation>Poids ouverts, sans restriction</translation>
    </message>
    <message>
        <source>open-core-hosting</source>
        <translation>open core et hébergement</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Openness grade</source>
        <translation>Degré d&apos;ouverture</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>organization grade</source>
        <translation>note d&apos;organisation</translation>
    </message>
    <message>
        <source>organization grades</source>
        <translation>notes d&apos;organisation</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>OSI</source>
        <translation>OSI</translation>
    </message>
    <message>
        <source>OSI approved</source>
        <translation>Approuvée par l&apos;OSI</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Other frameworks&apos; grades</source>
        <translation>Notes d&apos;autres référentiels</translation>
    </message>
    <message>
        <source>other name</source>
        <translation>autre nom</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>autres noms</translation>
    </message>
    <message>
        <source>Output use</source>
        <translation>Usage des sorties</translation>
    </message>
    <message>
        <source>output use</source>
        <translation>usage des sorties</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Parameters (active)</source>
        <translation>Paramètres (actifs)</translation>
    </message>
    <message>
        <source>Parameters (total)</source>
        <translation>Paramètres (total)</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>pass terms on</source>
        <translation>transmettre les conditions</translation>
    </message>
    <message>
        <source>permissive</source>
        <translation>permissive</translation>
    </message>
    <message>
        <source>Policy note</source>
        <translation>Note réglementaire</translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation>Notes réglementaires</translation>
    </message>
    <message>
        <source>Policy rules and notes</source>
        <translation>Règles et notes réglementaires</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>prohibited</source>
        <translation>interdit</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>proprietary</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>quantization</source>
        <translation>quantification</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>rail</source>
        <translation>RAIL</translation>
    </message>
    <message>
        <source>Redistribution</source>
        <translation>Redistribution</translation>
    </message>
    <message>
        <source>redistribution</source>
        <translation>redistribution</translation>
    </message>
    <message>
        <source>Redistribution — detail</source>
        <translation>Redistribution — précisions</translation>
    </message>
    <message>
        <source>Relation to base</source>
        <translation>Relation au modèle de base</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>released</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>research</source>
        <translation>recherche</translation>
    </message>
    <message>
        <source>Research paper</source>
        <translation>Article de recherche</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restreint</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Abrogé</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>abrogé</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>safety controls</source>
        <translation>mesures de sûreté</translation>
    </message>
    <message>
        <source>Sample model outputs</source>
        <translation>Exemples de sorties du modèle</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>Recherche enregistrée</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Scores (1–5)</source>
        <translation>Notes (1–5)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>SPDX</source>
        <translation>SPDX</translation>
    </message>
    <message>
        <source>SPDX identifier</source>
        <translation>Identifiant SPDX</translation>
    </message>
    <message>
        <source>speculative</source>
        <translation>spéculatif</translation>
    </message>
    <message>
        <source>startup</source>
        <translation>start-up</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Supporting libraries and tools</source>
        <translation>Bibliothèques et outils d&apos;appui</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>tag on an entry</source>
        <translation>étiquette sur une entrée</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>tags on entries</source>
        <translation>étiquettes sur des entrées</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Technical report</source>
        <translation>Rapport technique</translation>
    </message>
    <message>
        <source>Terms pass downstream</source>
        <translation>Conditions transmises à l&apos;aval</translation>
    </message>
    <message>
        <source>Terms pass downstream — detail</source>
        <translation>Conditions transmises à l&apos;aval — précisions</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>Nombre total de paramètres</translation>
    </message>
    <message>
        <source>Training code</source>
        <translation>Code d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Calcul d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training compute in FLOP</source>
        <translation>Calcul d&apos;entraînement en FLOP</translation>
    </message>
    <message>
        <source>Training data size</source>
        <translation>Volume des données d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Jetons d&apos;entraînement</translation>
    </message>
    <message>
        <source>Treatment of open models</source>
        <translation>Traitement des modèles ouverts</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>essayer</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Unreleased</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>usage policy</source>
        <translation>politique d&apos;utilisation</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <source>User cap</source>
        <translation>Plafond d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>user cap</source>
        <translation>plafond d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>User cap (monthly active users)</source>
        <translation>Plafond d&apos;utilisateurs (actifs mensuels)</translation>
    </message>
    <message>
        <source>User cap — detail</source>
        <translation>Plafond d&apos;utilisateurs — précisions</translation>
    </message>
    <message>
        <source>Using outputs to train other models</source>
        <translation>Utiliser les sorties pour entraîner d&apos;autres modèles</translation>
    </message>
    <message>
        <source>Using outputs to train other models — detail</source>
        <translation>Entraînement d&apos;autres modèles sur les sorties — précisions</translation>
    </message>
    <message>
        <source>vendor lock-in</source>
        <translation>dépendance au fournisseur</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>Weights released</source>
        <translation>Poids publiés</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>{name} (preview)</source>
        <translation>{name} (aperçu)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
</context>
<context>
    <name>actions.compare</name>
    <message numerus="yes">
        <source>A comparison holds at most 6 entries; %n left out.</source>
        <translation>
            <numerusform>Une comparaison contient au plus 6 entrées ; %n laissée de côté.</numerusform>
            <numerusform>Une comparaison contient au plus 6 entrées ; %n laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n did not fit: at most 6)</source>
        <translation>
            <numerusform>(%n n&apos;a pas trouvé place : 6 au plus)</numerusform>
            <numerusform>(%n n&apos;ont pas trouvé place : 6 au plus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in the comparison{note} — Ctrl+D shows it</source>
        <translation>
            <numerusform>%n entrée dans la comparaison{note} — Ctrl+D l&apos;affiche</numerusform>
            <numerusform>%n entrées dans la comparaison{note} — Ctrl+D l&apos;affiche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actions.editing</name>
    <message>
        <source>New {kind}</source>
        <translation>Nouveau : {kind}</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>Modifier : {kind}</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete {entries}? You can undo this with Ctrl+Z.</source>
        <translation>Supprimer {entries} ? Ctrl+Z permet d&apos;annuler.</translation>
    </message>
</context>
<context>
    <name>actions.evaluate</name>
    <message>
        <source>Recorded {name} — Ctrl+Z undoes it</source>
        <translation>{name} enregistré — Ctrl+Z annule</translation>
    </message>
</context>
<context>
    <name>actions.exchange</name>
    <message numerus="yes">
        <source>Exported %n row(s)</source>
        <translation>
            <numerusform>%n ligne exportée</numerusform>
            <numerusform>%n lignes exportées</numerusform>
        </translation>
    </message>
    <message>
        <source>Import and merge</source>
        <translation>Importer et fusionner</translation>
    </message>
    <message>
        <source>Model Atlas files (*.atlas);;All files (*)</source>
        <translation>Fichiers Model Atlas (*.atlas);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>actions.files</name>
    <message>
        <source>Model Atlas files (*.atlas);;All files (*)</source>
        <translation>Fichiers Model Atlas (*.atlas);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New atlas</source>
        <translation>Nouvel atlas</translation>
    </message>
    <message>
        <source>Model Atlas files (*.atlas)</source>
        <translation>Fichiers Model Atlas (*.atlas)</translation>
    </message>
    <message>
        <source>Open atlas</source>
        <translation>Ouvrir un atlas</translation>
    </message>
    <message>
        <source>No other recent files</source>
        <translation>Aucun autre fichier récent</translation>
    </message>
    <message>
        <source>The knowledge base is ready.</source>
        <translation>La base de connaissances est prête.</translation>
    </message>
    <message>
        <source>No atlas open</source>
        <translation>Aucun atlas ouvert</translation>
    </message>
    <message>
        <source>The atlas could not be created:</source>
        <translation>L&apos;atlas n&apos;a pas pu être créé :</translation>
    </message>
    <message>
        <source>Preparing the knowledge base (first start)…</source>
        <translation>Préparation de la base de connaissances (premier démarrage)…</translation>
    </message>
</context>
<context>
    <name>actions.freshness</name>
    <message>
        <source>Mark {entry} Verified</source>
        <translation>Marquer {entry} comme vérifié</translation>
    </message>
    <message>
        <source>Mark Verified</source>
        <translation>Marquer comme vérifié</translation>
    </message>
    <message>
        <source>You checked “{entry}” against its sources.</source>
        <translation>Vous avez confronté « {entry} » à ses sources.</translation>
    </message>
    <message>
        <source>What you checked</source>
        <translation>Ce que vous avez vérifié</translation>
    </message>
    <message>
        <source>The whole entry</source>
        <translation>L&apos;entrée entière</translation>
    </message>
    <message>
        <source>Clause: {clause}</source>
        <translation>Clause : {clause}</translation>
    </message>
    <message>
        <source>Its status (proposed, adopted, in force…)</source>
        <translation>Son statut (proposé, adopté, en vigueur…)</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>The page, document or URL you checked</source>
        <translation>La page, le document ou l&apos;URL vérifiés</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Marked {entry} verified on {day} (Ctrl+Z undoes it).</source>
        <translation>{entry} marqué vérifié le {day} (Ctrl+Z annule).</translation>
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
        <translation>Tous les mots doivent correspondre :  llama license
Expression exacte :  &quot;acceptable use&quot;
L&apos;un ou l&apos;autre :  mistral OR mixtral      Sauf :  -closed   NOT closed      Groupe :  (eu OR us) export
Champs :  kind:model  tag:shortlist  license:apache  jurisdiction:EU  openness:fully-open  org:meta  author:ana
Intervalles :  released:2023..2024   params:&gt;70e9
Préfixe :  mistr*   (le dernier mot saisi compte toujours comme préfixe)
Fautes de frappe :  weigths~   (et « Vouliez-vous dire » quand peu de résultats sont trouvés)</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <source>An offline knowledge base about AI models on the open/closed spectrum: openness, licenses and policy.</source>
        <translation>Une base de connaissances hors ligne sur les modèles d&apos;IA, de fermés à ouverts : ouverture, licences et réglementation.</translation>
    </message>
    <message>
        <source>About Model Atlas</source>
        <translation>À propos de Model Atlas</translation>
    </message>
</context>
<context>
    <name>actions.history</name>
    <message>
        <source>Restore {entry} to version {number}</source>
        <translation>Restaurer {entry} à la version {number}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The entry is already as it was after version {number}.</source>
        <translation>L&apos;entrée est déjà dans l&apos;état qui suivait la version {number}.</translation>
    </message>
    <message>
        <source>Restored version {number} of {entry} (Ctrl+Z undoes it).</source>
        <translation>Version {number} de {entry} restaurée (Ctrl+Z annule).</translation>
    </message>
    <message>
        <source>Create Snapshot</source>
        <translation>Créer un instantané</translation>
    </message>
    <message>
        <source>Name of the snapshot (e.g. before the March review):</source>
        <translation>Nom de l&apos;instantané (p. ex. avant la revue de mars) :</translation>
    </message>
    <message>
        <source>Snapshot “{name}” created.</source>
        <translation>Instantané « {name} » créé.</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Supprimer l&apos;instantané</translation>
    </message>
    <message>
        <source>There are no snapshots yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;instantané.</translation>
    </message>
    <message>
        <source>Snapshot to delete:</source>
        <translation>Instantané à supprimer :</translation>
    </message>
    <message>
        <source>Delete the snapshot “{name}”? The history stays; only the name goes.</source>
        <translation>Supprimer l&apos;instantané « {name} » ? L&apos;historique reste ; seul le nom disparaît.</translation>
    </message>
</context>
<context>
    <name>actions.hub</name>
    <message>
        <source>Team hub</source>
        <translation>Hub d&apos;équipe</translation>
    </message>
    <message>
        <source>Syncing with the team hub…</source>
        <translation>Synchronisation avec le hub d&apos;équipe…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) sent</source>
        <translation>
            <numerusform>%n ligne envoyée</numerusform>
            <numerusform>%n lignes envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) received</source>
        <translation>
            <numerusform>%n ligne reçue</numerusform>
            <numerusform>%n lignes reçues</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: {sent}, {received}, {conflicts}</source>
        <translation>Synchronisé : {sent}, {received}, {conflicts}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry change(s) from the hub conflict with changes made here. Open Conflicts to choose which to keep?</source>
        <translation>
            <numerusform>%n modification venue du hub entre en conflit avec des modifications faites ici. Ouvrir Conflits pour choisir laquelle garder ?</numerusform>
            <numerusform>%n modifications venues du hub entrent en conflit avec des modifications faites ici. Ouvrir Conflits pour choisir lesquelles garder ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Échec de la synchronisation : {reason}</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed in this atlas.</source>
        <translation>{reason}

Rien n&apos;a été modifié dans cet atlas.</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed here or on the hub</source>
        <translation>Synchronisation annulée ; rien n&apos;a été modifié ici ni sur le hub</translation>
    </message>
    <message>
        <source>Hub: not synced yet</source>
        <translation>Hub : pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub: synced {when}, {pending}</source>
        <translation>Hub : synchronisé {when}, {pending}</translation>
    </message>
    <message>
        <source>Team hub: nothing of this entry was pushed yet.</source>
        <translation>Hub d&apos;équipe : rien de cette entrée n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <source>version {version} of {table} by {who} ({when})</source>
        <translation>version {version} de {table} par {who} ({when})</translation>
    </message>
    <message>
        <source>Pushed to the team hub, newest first: {pushes}</source>
        <translation>Envoyé au hub d&apos;équipe, du plus récent au plus ancien : {pushes}</translation>
    </message>
    <message>
        <source>Team hub: {reason}</source>
        <translation>Hub d&apos;équipe : {reason}</translation>
    </message>
    <message>
        <source>Synced: {pushed} row(s) sent, {pulled} received, {conflicts}</source>
        <translation type="vanished">Synchronisé : {pushed} ligne(s) envoyée(s), {pulled} reçue(s), {conflicts}</translation>
    </message>
</context>
<context>
    <name>actions.search</name>
    <message>
        <source>fresh</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>corrupt</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation>en reconstruction</translation>
    </message>
    <message>
        <source>Opening the search index… the results follow.</source>
        <translation>Ouverture de l&apos;index de recherche… les résultats suivent.</translation>
    </message>
    <message>
        <source>Search is not available in this session.</source>
        <translation>La recherche n&apos;est pas disponible dans cette session.</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Query to save:</source>
        <translation>Requête à enregistrer :</translation>
    </message>
    <message>
        <source>Name for this search:</source>
        <translation>Nom de cette recherche :</translation>
    </message>
    <message>
        <source>search unavailable</source>
        <translation>recherche indisponible</translation>
    </message>
    <message>
        <source>index: fresh</source>
        <translation>index : à jour</translation>
    </message>
    <message>
        <source>search unavailable: {error}</source>
        <translation>recherche indisponible : {error}</translation>
    </message>
    <message>
        <source>index: {state}</source>
        <translation>index : {state}</translation>
    </message>
    <message>
        <source>index problem: {problem}</source>
        <translation>problème d&apos;index : {problem}</translation>
    </message>
    <message>
        <source>index update cancelled</source>
        <translation>mise à jour de l&apos;index annulée</translation>
    </message>
    <message>
        <source>Rebuilding search index…</source>
        <translation>Reconstruction de l&apos;index de recherche…</translation>
    </message>
    <message>
        <source>Updating search index ({reason})…</source>
        <translation>Mise à jour de l&apos;index de recherche ({reason})…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>The search engine is not available.</source>
        <translation>Le moteur de recherche n&apos;est pas disponible.</translation>
    </message>
</context>
<context>
    <name>actions.tags</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n entry(s) with “{tag}” — Ctrl+Z undoes it</source>
        <translation>
            <numerusform>%n entrée étiquetée « {tag} » — Ctrl+Z annule</numerusform>
            <numerusform>%n entrées étiquetées « {tag} » — Ctrl+Z annule</numerusform>
        </translation>
    </message>
    <message>
        <source>Already tagged “{tag}”</source>
        <translation>Déjà étiqueté « {tag} »</translation>
    </message>
</context>
<context>
    <name>actions.use_case</name>
    <message>
        <source>Export rules</source>
        <translation>Exporter les règles</translation>
    </message>
    <message>
        <source>Show a model first: its rules are exported.</source>
        <translation>Affichez d&apos;abord un modèle : ce sont ses règles qui sont exportées.</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation>Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Compare with Snapshot</source>
        <translation>Comparer avec un instantané</translation>
    </message>
    <message>
        <source>Choose a saved use case first: its verdicts now are compared with a snapshot&apos;s.</source>
        <translation>Choisissez d&apos;abord un cas d&apos;usage enregistré : ses verdicts actuels sont comparés à ceux d&apos;un instantané.</translation>
    </message>
    <message>
        <source>There are no snapshots yet (View ▸ Create Snapshot…).</source>
        <translation>Il n&apos;y a pas encore d&apos;instantané (Affichage ▸ Créer un instantané…).</translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation>Instantané :</translation>
    </message>
</context>
<context>
    <name>actions.view</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n license(s)</source>
        <translation>
            <numerusform>%n licence</numerusform>
            <numerusform>%n licences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy note(s)</source>
        <translation>
            <numerusform>%n note réglementaire</numerusform>
            <numerusform>%n notes réglementaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Welcome to Model Atlas</source>
        <translation>Bienvenue dans Model Atlas</translation>
    </message>
    <message>
        <source>Your name (recorded on every change you make):</source>
        <translation>Votre nom (enregistré à chacune de vos modifications) :</translation>
    </message>
</context>
<context>
    <name>changes_pane</name>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes show once the preview is ready.</source>
        <translation>Les changements s’affichent dès que l’aperçu est prêt.</translation>
    </message>
    <message>
        <source>Entries that would change</source>
        <translation>Entrées qui changeraient</translation>
    </message>
    <message>
        <source>Field changes of the chosen entry</source>
        <translation>Changements des champs de l’entrée choisie</translation>
    </message>
    <message>
        <source>Nothing in your atlas would change.</source>
        <translation>Rien ne changerait dans votre atlas.</translation>
    </message>
    <message>
        <source>Would change:</source>
        <translation>Changerait :</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n retirée</numerusform>
            <numerusform>%n retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chart_keys</name>
    <message>
        <source>{position} of {count}: {mark}</source>
        <translation>{position} sur {count} : {mark}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Openness over time</source>
        <translation>L&apos;ouverture dans le temps</translation>
    </message>
    <message>
        <source>Jurisdiction × openness</source>
        <translation>Juridiction × ouverture</translation>
    </message>
    <message>
        <source>Licenses by family</source>
        <translation>Licences par famille</translation>
    </message>
    <message>
        <source>Each model by release date and openness grade: closed releases (circles) below the dashed line, downloadable weights (squares) above it. Click a point to list that model.</source>
        <translation>Chaque modèle selon sa date de publication et son degré d&apos;ouverture : publications fermées (cercles) sous la ligne pointillée, poids téléchargeables (carrés) au-dessus. Cliquez sur un point pour lister ce modèle.</translation>
    </message>
    <message>
        <source>Models by their developer&apos;s jurisdiction, stacked by openness grade. Click a segment to list those models.</source>
        <translation>Modèles par juridiction de leur développeur, empilés par degré d&apos;ouverture. Cliquez sur un segment pour lister ces modèles.</translation>
    </message>
    <message>
        <source>Licenses per family, and how many models use a license of that family. Click a bar to list them.</source>
        <translation>Licences par famille, et nombre de modèles utilisant une licence de cette famille. Cliquez sur une barre pour les lister.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Exporter en &amp;SVG…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Releases by openness grade over time</source>
        <translation>Publications par degré d&apos;ouverture dans le temps</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>weights released above</source>
        <translation>au-dessus : poids publiés</translation>
    </message>
    <message>
        <source>Models by developer jurisdiction and openness grade</source>
        <translation>Modèles par juridiction du développeur et degré d&apos;ouverture</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Licenses by family, and the models using them</source>
        <translation>Licences par famille, et les modèles qui les utilisent</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Models using one</source>
        <translation>Modèles en utilisant une</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
    <message>
        <source>click to list it</source>
        <translation>cliquer pour le lister</translation>
    </message>
    <message>
        <source>click to list these {count}</source>
        <translation>cliquer pour lister ces {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>click to list them</source>
        <translation>cliquer pour les lister</translation>
    </message>
    <message numerus="yes">
        <source>%n license(s)</source>
        <translation>
            <numerusform>%n licence</numerusform>
            <numerusform>%n licences</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write {file}</source>
        <translation>impossible d&apos;écrire {file}</translation>
    </message>
    <message>
        <source>Export chart as {format}</source>
        <translation>Exporter le graphique en {format}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Could not save: {problem}</source>
        <translation>Impossible d&apos;enregistrer : {problem}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
</context>
<context>
    <name>chips</name>
    <message>
        <source>tag: {tag}</source>
        <translation>étiquette : {tag}</translation>
    </message>
    <message>
        <source>not tag: {tag}</source>
        <translation>sans étiquette : {tag}</translation>
    </message>
    <message>
        <source>name contains “{text}”</source>
        <translation>le nom contient « {text} »</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen entry(s)</source>
        <translation>
            <numerusform>%n entrée choisie</numerusform>
            <numerusform>%n entrées choisies</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Retirer tous les filtres</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>The same filter in the search language:</source>
        <translation>Le même filtre dans le langage de recherche :</translation>
    </message>
    <message>
        <source>Click to remove this filter</source>
        <translation>Cliquer pour retirer ce filtre</translation>
    </message>
    <message>
        <source>Remove filter {filter}</source>
        <translation>Retirer le filtre {filter}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Edit {entry}</source>
        <translation>Modifier {entry}</translation>
    </message>
    <message>
        <source>Create {entry}</source>
        <translation>Créer {entry}</translation>
    </message>
    <message>
        <source>Delete {entry}</source>
        <translation>Supprimer {entry}</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n entry(s) with {tags}</source>
        <translation>
            <numerusform>Étiqueter %n entrée avec {tags}</numerusform>
            <numerusform>Étiqueter %n entrées avec {tags}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n entry(s) with {tags}</source>
        <translation>
            <numerusform>Retirer {tags} de %n entrée</numerusform>
            <numerusform>Retirer {tags} de %n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compare_view</name>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>HTML page…</source>
        <translation>Page HTML…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Click: show it in the detail pane · drag to reorder · right-click to move or remove</source>
        <translation>Clic : afficher dans le panneau de détail · glisser : réordonner · clic droit : déplacer ou retirer</translation>
    </message>
    <message>
        <source>{field} — differs between the entries</source>
        <translation>{field} — diffère selon les entrées</translation>
    </message>
    <message>
        <source>{field} — the same for all</source>
        <translation>{field} — identique pour toutes</translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation>&amp;Différences seulement</translation>
    </message>
    <message>
        <source>Show only the rows where the entries differ</source>
        <translation>Afficher seulement les lignes où les entrées diffèrent</translation>
    </message>
    <message>
        <source>Add an entry to the comparison</source>
        <translation>Ajouter une entrée à la comparaison</translation>
    </message>
    <message>
        <source>Add an entry by name…</source>
        <translation>Ajouter une entrée par son nom…</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Vers la &amp;gauche</translation>
    </message>
    <message>
        <source>Move the current column left</source>
        <translation>Déplacer la colonne courante vers la gauche</translation>
    </message>
    <message>
        <source>Move Ri&amp;ght</source>
        <translation>Vers la &amp;droite</translation>
    </message>
    <message>
        <source>Move the current column right</source>
        <translation>Déplacer la colonne courante vers la droite</translation>
    </message>
    <message>
        <source>&amp;Remove Column</source>
        <translation>&amp;Retirer la colonne</translation>
    </message>
    <message>
        <source>Remove the current column&apos;s entry from the comparison</source>
        <translation>Retirer de la comparaison l&apos;entrée de la colonne courante</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Remove every entry from the comparison</source>
        <translation>Retirer toutes les entrées de la comparaison</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export the comparison as Markdown, CSV or a self-contained HTML page</source>
        <translation>Exporter la comparaison en Markdown, CSV ou page HTML autonome</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message numerus="yes">
        <source>A comparison holds at most {most} entries; %n left out.</source>
        <translation>
            <numerusform>Une comparaison contient au plus {most} entrées ; %n laissée de côté.</numerusform>
            <numerusform>Une comparaison contient au plus {most} entrées ; %n laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry named “{name}”: pick one from the suggestions.</source>
        <translation>Aucune entrée nommée « {name} » : choisissez parmi les suggestions.</translation>
    </message>
    <message>
        <source>“{name}” is compared already.</source>
        <translation>« {name} » est déjà comparé.</translation>
    </message>
    <message>
        <source>A comparison holds at most {most} entries: remove one first.</source>
        <translation>Une comparaison contient au plus {most} entrées : retirez-en d&apos;abord une.</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>« {name} » ajouté.</translation>
    </message>
    <message>
        <source>kinds differ: compared on the fields they share</source>
        <translation>types différents : comparaison sur les champs communs</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n entry(s) — {differ} of {total} rows differ</source>
        <translation>
            <numerusform>%n entrée comparée — {differ} lignes sur {total} diffèrent</numerusform>
            <numerusform>%n entrées comparées — {differ} lignes sur {total} diffèrent</numerusform>
        </translation>
    </message>
    <message>
        <source>In the comparison now: {names}</source>
        <translation>Actuellement dans la comparaison : {names}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick {least} to {most} entries to compare side by side:&lt;/p&gt;&lt;p&gt;select them in the list and press &lt;b&gt;Ctrl+D&lt;/b&gt; (Compare),&lt;br&gt;use &lt;b&gt;Add to Comparison&lt;/b&gt; (Ctrl+Shift+D) on any entry,&lt;br&gt;or type a name in the box above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez {least} à {most} entrées à comparer côte à côte :&lt;/p&gt;&lt;p&gt;sélectionnez-les dans la liste et appuyez sur &lt;b&gt;Ctrl+D&lt;/b&gt; (Comparer),&lt;br&gt;utilisez &lt;b&gt;Ajouter à la comparaison&lt;/b&gt; (Ctrl+Maj+D) sur une entrée,&lt;br&gt;ou saisissez un nom dans le champ ci-dessus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show in Detail Pane</source>
        <translation>Afficher dans le panneau de détail</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Vers la gauche</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Vers la droite</translation>
    </message>
    <message>
        <source>Remove from Comparison</source>
        <translation>Retirer de la comparaison</translation>
    </message>
    <message>
        <source>Saved {file} — &lt;a href=&quot;{url}&quot;&gt;open it&lt;/a&gt;</source>
        <translation>{file} enregistré — &lt;a href=&quot;{url}&quot;&gt;l&apos;ouvrir&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Could not save: {problem}</source>
        <translation>Impossible d&apos;enregistrer : {problem}</translation>
    </message>
</context>
<context>
    <name>detail_html</name>
    <message>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <source>verified {when}</source>
        <translation>vérifié {when}</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>fixé à la main</translation>
    </message>
    <message>
        <source>suggested from license and components</source>
        <translation>déduit de la licence et des composants</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>The recorded facts suggest &lt;b&gt;{grade}&lt;/b&gt;: {reasons}.</source>
        <translation>Les faits enregistrés indiquent &lt;b&gt;{grade}&lt;/b&gt; : {reasons}.</translation>
    </message>
    <message>
        <source>Why: {reasons}.</source>
        <translation>Pourquoi : {reasons}.</translation>
    </message>
    <message>
        <source>Class III · open model</source>
        <translation>Classe III · modèle ouvert</translation>
    </message>
    <message>
        <source>Class II · open tooling</source>
        <translation>Classe II · outillage ouvert</translation>
    </message>
    <message>
        <source>Class I · open science</source>
        <translation>Classe I · science ouverte</translation>
    </message>
    <message>
        <source>missing: {components}</source>
        <translation>manque : {components}</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>(not an open license)</source>
        <translation>(licence non ouverte)</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuve</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>Other frameworks</source>
        <translation>Autres référentiels</translation>
    </message>
    <message>
        <source>License clauses — {license}</source>
        <translation>Clauses de licence — {license}</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message numerus="yes">
        <source>Average per criterion (%n evaluation(s)): {averages}</source>
        <translation>
            <numerusform>Moyenne par critère (%n évaluation) : {averages}</numerusform>
            <numerusform>Moyenne par critère (%n évaluations) : {averages}</numerusform>
        </translation>
    </message>
    <message>
        <source>average {score}</source>
        <translation>moyenne {score}</translation>
    </message>
    <message>
        <source>Family tree — {family}</source>
        <translation>Arbre généalogique — {family}</translation>
    </message>
    <message>
        <source>Family tree</source>
        <translation>Arbre généalogique</translation>
    </message>
    <message>
        <source>another family</source>
        <translation>autre famille</translation>
    </message>
    <message>
        <source>every clause</source>
        <translation>toutes les clauses</translation>
    </message>
    <message>
        <source>Terms passed down from {base}: {license} ({clauses})</source>
        <translation>Conditions héritées de {base} : {license} ({clauses})</translation>
    </message>
    <message>
        <source>MOF {mof_class}</source>
        <translation>MOF {mof_class}</translation>
    </message>
    <message>
        <source>MOF unclassified</source>
        <translation>MOF non classé</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Policy notes that concern it</source>
        <translation>Notes réglementaires concernées</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Derived models</source>
        <translation>Modèles dérivés</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Tagged entries</source>
        <translation>Entrées étiquetées</translation>
    </message>
    <message>
        <source>Backs</source>
        <translation>Étaye</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>accessed {date}, {confidence} confidence</source>
        <translation>consulté le {date}, fiabilité : {confidence}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Last changed {when} by {author} · version {version}</source>
        <translation>Dernière modification {when} par {author} · version {version}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{date} by {who} ({source})</source>
        <translation>{date} par {who} ({source})</translation>
    </message>
    <message>
        <source>{date} by {who}</source>
        <translation>{date} par {who}</translation>
    </message>
    <message>
        <source>Status never verified</source>
        <translation>Statut jamais vérifié</translation>
    </message>
    <message>
        <source>Last verified: never</source>
        <translation>Dernière vérification : jamais</translation>
    </message>
    <message>
        <source>Status last verified: {when}</source>
        <translation>Statut vérifié pour la dernière fois : {when}</translation>
    </message>
    <message>
        <source>Last verified: {when}</source>
        <translation>Dernière vérification : {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Invalid values in this entry&lt;/b&gt; (shown as unknown until corrected):</source>
        <translation>&lt;b&gt;⚠ Valeurs invalides dans cette entrée&lt;/b&gt; (affichées comme inconnues jusqu&apos;à correction) :</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Les sources divergent</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Exempt from: {items}</source>
        <translation>Exempté de : {items}</translation>
    </message>
    <message>
        <source>Would be settled by: {facts}</source>
        <translation>Serait tranché par : {facts}</translation>
    </message>
    <message>
        <source>Do not apply: {rules}</source>
        <translation>Ne s&apos;appliquent pas : {rules}</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Applies when</source>
        <translation>S&apos;applique si</translation>
    </message>
    <message>
        <source>Exempt when</source>
        <translation>Exempté si</translation>
    </message>
    <message>
        <source>Grants an exemption when</source>
        <translation>Accorde une exemption si</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>Exempt from</source>
        <translation>Exempté de</translation>
    </message>
    <message>
        <source>Still required</source>
        <translation>Toujours exigé</translation>
    </message>
    <message>
        <source>Developer transparency (FMTI)</source>
        <translation>Transparence du développeur (FMTI)</translation>
    </message>
    <message>
        <source>What the catalogs say</source>
        <translation>Ce que disent les catalogues</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">Classe</translation>
    </message>
</context>
<context>
    <name>detail_view</name>
    <message>
        <source>Select an entry to see everything about it.</source>
        <translation>Sélectionnez une entrée pour tout voir à son sujet.</translation>
    </message>
    <message>
        <source>This entry was deleted.</source>
        <translation>Cette entrée a été supprimée.</translation>
    </message>
    <message>
        <source>Open in your browser?</source>
        <translation>Ouvrir dans le navigateur ?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Ouvrir cette adresse dans votre navigateur web ?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Score for {criterion}</source>
        <translation>Note pour {criterion}</translation>
    </message>
    <message>
        <source>Tag color</source>
        <translation>Couleur de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>e.g. 70B, 1.2e25</source>
        <translation>p. ex. 70B, 1.2e25</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>Modifier : {kind}</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Nouveau : {kind}</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention</source>
        <translation>
            <numerusform>%n champ à revoir</numerusform>
            <numerusform>%n champs à revoir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaluation_form</name>
    <message>
        <source>Adopt — use it for this use case</source>
        <translation>Adopter — l&apos;utiliser pour ce cas d&apos;usage</translation>
    </message>
    <message>
        <source>Trial — worth a pilot on a real project</source>
        <translation>Essayer — mérite un pilote sur un vrai projet</translation>
    </message>
    <message>
        <source>Assess — explore it, not ready to pilot</source>
        <translation>Évaluer — à explorer, pas prêt pour un pilote</translation>
    </message>
    <message>
        <source>Hold — do not start new work with it</source>
        <translation>Suspendre — ne pas lancer de nouveau travail avec</translation>
    </message>
    <message>
        <source>1 poor … 5 excellent for this use case (for risks: 5 = least risk); “—” leaves a criterion unscored.</source>
        <translation>1 faible … 5 excellent pour ce cas d&apos;usage (pour les risques : 5 = risque minimal) ; « — » laisse un critère sans note.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <translation>{score} sur 5</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Evaluated entry</source>
        <translation>Entrée évaluée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>e.g. on-prem legal summarization in the EU</source>
        <translation>p. ex. résumé juridique sur site dans l&apos;UE</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes (Markdown): what you tried, what decided it, open questions…</source>
        <translation>Notes (Markdown) : ce que vous avez essayé, ce qui a décidé, questions ouvertes…</translation>
    </message>
    <message>
        <source>shortlist, eu-ready</source>
        <translation>shortlist, eu-ready</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Evaluated entry *</source>
        <translation>Entrée évaluée *</translation>
    </message>
    <message>
        <source>Author *</source>
        <translation>Auteur *</translation>
    </message>
    <message>
        <source>Use case *</source>
        <translation>Cas d&apos;usage *</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Verdict *</source>
        <translation>Verdict *</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message numerus="yes">
        <source>Average {average} over %n criteria</source>
        <translation>
            <numerusform>Moyenne {average} sur %n critère</numerusform>
            <numerusform>Moyenne {average} sur %n critères</numerusform>
        </translation>
    </message>
    <message>
        <source>No criterion scored yet</source>
        <translation>Aucun critère noté pour le moment</translation>
    </message>
    <message>
        <source>choose the entry you evaluated</source>
        <translation>choisissez l&apos;entrée évaluée</translation>
    </message>
    <message>
        <source>give the author&apos;s name</source>
        <translation>indiquez le nom de l&apos;auteur</translation>
    </message>
    <message>
        <source>say what it was evaluated for, e.g. “on-prem legal summarization in the EU”</source>
        <translation>indiquez pour quel usage, p. ex. « résumé juridique sur site dans l&apos;UE »</translation>
    </message>
    <message>
        <source>choose adopt, trial, assess or hold</source>
        <translation>choisissez adopter, essayer, évaluer ou suspendre</translation>
    </message>
    <message>
        <source>scores run from 1 to 5</source>
        <translation>les notes vont de 1 à 5</translation>
    </message>
    <message>
        <source>a tag name is at most 100 characters</source>
        <translation>un nom d&apos;étiquette compte au plus 100 caractères</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention</source>
        <translation>
            <numerusform>%n champ à revoir</numerusform>
            <numerusform>%n champs à revoir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange_dialogs</name>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>Newer wins (default)</source>
        <translation>La plus récente l&apos;emporte (par défaut)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Export atlas</source>
        <translation>Exporter l&apos;atlas</translation>
    </message>
    <message>
        <source>The whole atlas</source>
        <translation>L&apos;atlas entier</translation>
    </message>
    <message>
        <source>The selected entries ({count}), with what they refer to</source>
        <translation>Les entrées sélectionnées ({count}), avec ce à quoi elles renvoient</translation>
    </message>
    <message>
        <source>Entries with the tag</source>
        <translation>Les entrées portant l&apos;étiquette</translation>
    </message>
    <message>
        <source>The current search results ({count})</source>
        <translation>Les résultats de la recherche en cours ({count})</translation>
    </message>
    <message>
        <source>Leave out notes and evaluations marked private</source>
        <translation>Exclure les notes et évaluations marquées privées</translation>
    </message>
    <message>
        <source>Authors to leave out</source>
        <translation>Auteurs à exclure</translation>
    </message>
    <message>
        <source>authors to leave out, comma-separated (optional)</source>
        <translation>auteurs à exclure, séparés par des virgules (facultatif)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export to a single .atlas file that a teammate can merge into theirs:</source>
        <translation>Exporter dans un seul fichier .atlas qu&apos;un collègue pourra fusionner dans le sien :</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Model Atlas files (*.atlas)</source>
        <translation>Fichiers Model Atlas (*.atlas)</translation>
    </message>
    <message>
        <source>Export failed: {problem}</source>
        <translation>Échec de l&apos;export : {problem}</translation>
    </message>
    <message>
        <source>Nothing changed: your atlas already had everything in this file.</source>
        <translation>Rien n&apos;a changé : votre atlas contenait déjà tout ce fichier.</translation>
    </message>
    <message>
        <source>Merging would change nothing: your atlas already has everything in this file.</source>
        <translation>La fusion ne changerait rien : votre atlas contient déjà tout ce fichier.</translation>
    </message>
    <message>
        <source>Merged: {changes}.</source>
        <translation>Fusionné : {changes}.</translation>
    </message>
    <message>
        <source>Merging would {changes}.</source>
        <translation>La fusion ferait : {changes}.</translation>
    </message>
    <message>
        <source>Import and merge — {file}</source>
        <translation>Importer et fusionner — {file}</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>What merging changes, by kind</source>
        <translation>Ce que la fusion change, par type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Journal d&apos;importation</translation>
    </message>
    <message>
        <source>What merging would change, field by field</source>
        <translation>Ce que la fusion changerait, champ par champ</translation>
    </message>
    <message>
        <source>Import log and changes</source>
        <translation>Journal d’importation et changements</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Merge progress</source>
        <translation>Progression de la fusion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop checking or merging; your atlas stays as it is</source>
        <translation>Arrêter la vérification ou la fusion ; votre atlas reste tel quel</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Check again what merging this file would do</source>
        <translation>Vérifier à nouveau ce que ferait la fusion de ce fichier</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Resolve Conflicts…</source>
        <translation>Résoudre les conflits…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>When both sides changed an entry:</source>
        <translation>Quand les deux côtés ont modifié une entrée :</translation>
    </message>
    <message>
        <source>Checking what would change…</source>
        <translation>Vérification de ce qui changerait…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>It comes from an older version of Model Atlas and was read through an upgraded copy.</source>
        <translation>Il provient d&apos;une version antérieure de Model Atlas et a été lu via une copie mise à niveau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; — exported by {author} on {when}.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; — exporté par {author} le {when}.</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Rien n&apos;a encore changé.</translation>
    </message>
    <message>
        <source>A backup was saved first: {file}</source>
        <translation>Une sauvegarde a d&apos;abord été enregistrée : {file}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The merge failed:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;La fusion a échoué :&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <source>Your atlas was not changed.</source>
        <translation>Votre atlas n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be merged:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;Ce fichier ne peut pas être fusionné :&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <source>Merge cancelled — your atlas was not changed. Press Merge to merge it after all.</source>
        <translation>Fusion annulée — votre atlas n&apos;a pas été modifié. Appuyez sur Fusionner pour le fusionner malgré tout.</translation>
    </message>
    <message>
        <source>Preview cancelled — nothing was changed. Press Preview to check the file again.</source>
        <translation>Aperçu annulé — rien n&apos;a été modifié. Appuyez sur Aperçu pour revérifier le fichier.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Differing fields</source>
        <translation>Champs différents</translation>
    </message>
    <message>
        <source>Open Entry</source>
        <translation>Ouvrir l&apos;entrée</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Both sides changed these since they last shared a version. Nothing was overwritten: choose, field by field, which version to keep, or edit it.</source>
        <translation>Les deux côtés ont modifié ces entrées depuis leur dernière version commune. Rien n&apos;a été écrasé : choisissez, champ par champ, la version à garder, ou modifiez-la.</translation>
    </message>
    <message>
        <source>from {origin}; kept {when}</source>
        <translation>de {origin} ; conservé le {when}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Aucun conflit ouvert.</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>la mienne</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>la leur</translation>
    </message>
    <message>
        <source>Edited (type in Mine)</source>
        <translation>Modifiée (saisir dans « La mienne »)</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <source>Resolved {entry}.</source>
        <translation>{entry} résolu.</translation>
    </message>
</context>
<context>
    <name>form_dialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>Discard the changes you made in this form?</source>
        <translation>Abandonner les modifications faites dans ce formulaire ?</translation>
    </message>
    <message>
        <source>Keep Editing returns to the form; nothing is saved until you press Save.</source>
        <translation>« Continuer » revient au formulaire ; rien n&apos;est enregistré avant que vous appuyiez sur Enregistrer.</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>frozen_column</name>
    <message>
        <source>Row labels</source>
        <translation>Intitulés des lignes</translation>
    </message>
</context>
<context>
    <name>getting_started</name>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>where each sits between closed and fully open: an openness grade, its Model Openness Framework class and which components (weights, code, data, papers) are released</source>
        <translation>où chacun se situe entre fermé et entièrement ouvert : un degré d&apos;ouverture, sa classe du Model Openness Framework et les composants publiés (poids, code, données, articles)</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>who develops them, and where</source>
        <translation>qui les développe, et où</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>clause by clause: commercial use, user caps, acceptable-use policies, attribution</source>
        <translation>clause par clause : usage commercial, plafonds d&apos;utilisateurs, politiques d&apos;utilisation acceptable, attribution</translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation>Notes réglementaires</translation>
    </message>
    <message>
        <source>laws and rules (EU AI Act, US export controls, …) with the conditions under which they bind</source>
        <translation>lois et règles (règlement européen sur l&apos;IA, contrôles des exportations américains, …) avec les conditions dans lesquelles elles s&apos;appliquent</translation>
    </message>
    <message>
        <source>Your notes and evaluations</source>
        <translation>Vos notes et évaluations</translation>
    </message>
    <message>
        <source>verdicts and scores you record, under your name</source>
        <translation>les verdicts et notes que vous enregistrez, sous votre nom</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <source>In the sidebar, tick &lt;i&gt;Openness grade ▸ Fully open&lt;/i&gt; or &lt;i&gt;Jurisdiction ▸ EU&lt;/i&gt;. Chips above the list show the filter, with the same filter as search text beside them.</source>
        <translation>Dans la barre latérale, cochez &lt;i&gt;Degré d&apos;ouverture ▸ Entièrement ouvert&lt;/i&gt; ou &lt;i&gt;Juridiction ▸ EU&lt;/i&gt;. Des pastilles au-dessus de la liste montrent le filtre, avec à côté le même filtre en texte de recherche.</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Tout rechercher</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{search}&lt;/b&gt; and type &lt;code&gt;llama license &quot;acceptable use&quot;&lt;/code&gt; or &lt;code&gt;openness:fully-open released:2024..2025&lt;/code&gt;. Help ▸ Search Syntax lists the rest.</source>
        <translation>Appuyez sur &lt;b&gt;{search}&lt;/b&gt; et tapez &lt;code&gt;llama license &quot;acceptable use&quot;&lt;/code&gt; ou &lt;code&gt;openness:fully-open released:2024..2025&lt;/code&gt;. Aide ▸ Syntaxe de recherche donne le reste.</translation>
    </message>
    <message>
        <source>Read one model</source>
        <translation>Lire un modèle</translation>
    </message>
    <message>
        <source>Click a row. The detail pane shows its openness, its license&apos;s clauses and which policy notes bind it; names are links, and &lt;b&gt;{back}&lt;/b&gt; goes back.</source>
        <translation>Cliquez sur une ligne. Le panneau de détail montre son ouverture, les clauses de sa licence et les notes réglementaires qui s&apos;y appliquent ; les noms sont des liens, et &lt;b&gt;{back}&lt;/b&gt; revient en arrière.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Select two to six models (Ctrl+click) and press &lt;b&gt;{compare}&lt;/b&gt;: the rows where they differ stand out.</source>
        <translation>Sélectionnez deux à six modèles (Ctrl+clic) et appuyez sur &lt;b&gt;{compare}&lt;/b&gt; : les lignes où ils diffèrent ressortent.</translation>
    </message>
    <message>
        <source>Check a use case</source>
        <translation>Vérifier un cas d&apos;usage</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{use_case}&lt;/b&gt;, describe what you plan (where, commercial or not, hosted or on your own machines) and see which models fit and under which duties.</source>
        <translation>Appuyez sur &lt;b&gt;{use_case}&lt;/b&gt;, décrivez votre projet (où, commercial ou non, hébergé ou sur vos propres machines) et voyez quels modèles conviennent et avec quelles obligations.</translation>
    </message>
    <message>
        <source>Go to the sidebar</source>
        <translation>Aller à la barre latérale</translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation>Aller à la liste</translation>
    </message>
    <message>
        <source>Go to the detail pane</source>
        <translation>Aller au panneau de détail</translation>
    </message>
    <message>
        <source>Back to the previous entry</source>
        <translation>Revenir à l&apos;entrée précédente</translation>
    </message>
    <message>
        <source>Edit the entry shown</source>
        <translation>Modifier l&apos;entrée affichée</translation>
    </message>
    <message>
        <source>Tag the selected entries</source>
        <translation>Étiqueter les entrées sélectionnées</translation>
    </message>
    <message>
        <source>Compare the selected entries</source>
        <translation>Comparer les entrées sélectionnées</translation>
    </message>
    <message>
        <source>Evaluate the entry shown</source>
        <translation>Évaluer l&apos;entrée affichée</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>Cette page</translation>
    </message>
    <message>
        <source>Welcome to Model Atlas</source>
        <translation>Bienvenue dans Model Atlas</translation>
    </message>
    <message>
        <source>An offline knowledge base about AI models on the open/closed spectrum. Everything lives in one &lt;i&gt;.atlas&lt;/i&gt; file on this computer; nothing is fetched from the internet. Every change is recorded under your name and can be undone.</source>
        <translation>Une base de connaissances hors ligne sur les modèles d&apos;IA, de fermés à ouverts. Tout tient dans un fichier &lt;i&gt;.atlas&lt;/i&gt; sur cet ordinateur ; rien n&apos;est téléchargé depuis Internet. Chaque modification est enregistrée sous votre nom et peut être annulée.</translation>
    </message>
    <message>
        <source>What the atlas holds</source>
        <translation>Ce que contient l&apos;atlas</translation>
    </message>
    <message>
        <source>Five things to try first</source>
        <translation>Cinq choses à essayer d&apos;abord</translation>
    </message>
    <message>
        <source>Keys to start with</source>
        <translation>Raccourcis pour commencer</translation>
    </message>
    <message>
        <source>This page is always under &lt;b&gt;Help ▸ Getting Started&lt;/b&gt;.</source>
        <translation>Cette page se trouve toujours sous &lt;b&gt;Aide ▸ Premiers pas&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Premiers pas</translation>
    </message>
</context>
<context>
    <name>history_view</name>
    <message>
        <source>edit in the app</source>
        <translation>modification dans l&apos;application</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>base fournie</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restauration</translation>
    </message>
    <message>
        <source>Exists</source>
        <translation>Existe</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Link: {relation}</source>
        <translation>Lien : {relation}</translation>
    </message>
    <message>
        <source>Component: {name}</source>
        <translation>Composant : {name}</translation>
    </message>
    <message>
        <source>Assessment: {name}</source>
        <translation>Évaluation : {name}</translation>
    </message>
    <message>
        <source>Clause detail: {name}</source>
        <translation>Précision de clause : {name}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Came in a teammate&apos;s merge: shown, but restored only as a whole through the merge&apos;s own version</source>
        <translation>Venu d&apos;une fusion d&apos;un collègue : affiché, mais restaurable seulement en bloc via la version de la fusion</translation>
    </message>
    <message>
        <source>(teammate&apos;s)</source>
        <translation>(d&apos;un collègue)</translation>
    </message>
</context>
<context>
    <name>hub_dialog</name>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>éditeur</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>no role: ask an owner</source>
        <translation>aucun rôle : demandez à un propriétaire</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Model Openness Tool (YAML files)</source>
        <translation>Model Openness Tool (fichiers YAML)</translation>
    </message>
    <message>
        <source>European Open Source AI Index (YAML files)</source>
        <translation>European Open Source AI Index (fichiers YAML)</translation>
    </message>
    <message>
        <source>Epoch AI — All ML Systems (CSV)</source>
        <translation>Epoch AI — All ML Systems (CSV)</translation>
    </message>
    <message>
        <source>Hugging Face model cards (README.md)</source>
        <translation>Fiches de modèle Hugging Face (README.md)</translation>
    </message>
    <message>
        <source>Stanford FMTI scores (CSV)</source>
        <translation>Notes FMTI de Stanford (CSV)</translation>
    </message>
    <message>
        <source>SPDX license list (bundled, offline)</source>
        <translation>Liste des licences SPDX (fournie, hors ligne)</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>created as a new entry</source>
        <translation>créé comme nouvelle entrée</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>modifié : {fields}</translation>
    </message>
    <message>
        <source>no value changed</source>
        <translation>aucune valeur modifiée</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) recorded as what the catalog says</source>
        <translation>
            <numerusform>%n valeur enregistrée comme indication du catalogue</numerusform>
            <numerusform>%n valeurs enregistrées comme indications du catalogue</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelles</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mises à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangées</translation>
    </message>
    <message>
        <source>need review</source>
        <translation>à examiner</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetées</translation>
    </message>
    <message>
        <source>Preview of the {catalog} import — nothing has been written yet</source>
        <translation>Aperçu de l&apos;import {catalog} — rien n&apos;a encore été écrit</translation>
    </message>
    <message>
        <source>{catalog}: import finished</source>
        <translation>{catalog} : import terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read in {seconds} s</source>
        <translation>
            <numerusform>%n fichier lu en {seconds} s</numerusform>
            <numerusform>%n fichiers lus en {seconds} s</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation>Ce que l&apos;import modifierait</translation>
    </message>
    <message>
        <source>What the import changed</source>
        <translation>Ce que l&apos;import a modifié</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>… et {count} de plus.</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Enregistrements rejetés</translation>
    </message>
    <message>
        <source>Uncertain matches wait in the review list: &lt;a href=&apos;atlas://review&apos;&gt;File ▸ Review Uncertain Matches…&lt;/a&gt;</source>
        <translation>Les correspondances incertaines attendent dans la liste d&apos;examen : &lt;a href=&apos;atlas://review&apos;&gt;Fichier ▸ Examiner les correspondances incertaines…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Import from catalog</source>
        <translation>Importer depuis un catalogue</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Run the import without writing anything and show what it would do</source>
        <translation>Lancer l&apos;import sans rien écrire et montrer ce qu&apos;il ferait</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>What importing would change, field by field</source>
        <translation>Ce que l’importation changerait, champ par champ</translation>
    </message>
    <message>
        <source>Report and changes</source>
        <translation>Rapport et changements</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>Dossier à importer</translation>
    </message>
    <message>
        <source>Preview import</source>
        <translation>Aperçu de l&apos;import</translation>
    </message>
    <message>
        <source>Preview ready: press Import to apply it.</source>
        <translation>Aperçu prêt : appuyez sur Importer pour l&apos;appliquer.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import failed:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;Échec de l&apos;import :&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cancelled — nothing was changed.</source>
        <translation>Annulé — rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Review uncertain matches</source>
        <translation>Examiner les correspondances incertaines</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Développeur</translation>
    </message>
    <message>
        <source>Closest entry (score)</source>
        <translation>Entrée la plus proche (score)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Uncertain matches</source>
        <translation>Correspondances incertaines</translation>
    </message>
    <message>
        <source>Merge into Closest</source>
        <translation>Fusionner avec la plus proche</translation>
    </message>
    <message>
        <source>Create New Entry</source>
        <translation>Créer une entrée</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>These records resemble an entry, but not closely enough to merge them automatically. Double-click a row to read the closest entry.</source>
        <translation>Ces enregistrements ressemblent à une entrée, mais pas assez pour être fusionnés automatiquement. Double-cliquez sur une ligne pour lire l&apos;entrée la plus proche.</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Rien à examiner.</translation>
    </message>
    <message>
        <source>This record has no close entry: create it or dismiss it.</source>
        <translation>Cet enregistrement n&apos;a pas d&apos;entrée proche : créez-le ou écartez-le.</translation>
    </message>
    <message>
        <source>Nothing else to review.</source>
        <translation>Plus rien à examiner.</translation>
    </message>
</context>
<context>
    <name>list_model</name>
    <message>
        <source>⚠ invalid: {value}</source>
        <translation>⚠ invalide : {value}</translation>
    </message>
    <message>
        <source>Sort by {column}</source>
        <translation>Trier par {column}</translation>
    </message>
    <message>
        <source>Entry list</source>
        <translation>Liste des entrées</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>État de la liste</translation>
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
        <translation>Détail de l&apos;entrée</translation>
    </message>
    <message>
        <source>Search everything…  (Ctrl+K)   e.g.  llama license &quot;acceptable use&quot;</source>
        <translation>Tout rechercher…  (Ctrl+K)   p. ex.  llama license &quot;acceptable use&quot;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
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
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Nom de l&apos;étiquette</translation>
    </message>
    <message>
        <source>e.g. shortlist</source>
        <translation>p. ex. shortlist</translation>
    </message>
    <message>
        <source>Color {color}</source>
        <translation>Couleur {color}</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Choose any color</source>
        <translation>Choisir n&apos;importe quelle couleur</translation>
    </message>
    <message>
        <source>How the tag will look</source>
        <translation>Aperçu de l&apos;étiquette</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Tag color</source>
        <translation>Couleur de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Give the tag a name.</source>
        <translation>Donnez un nom à l&apos;étiquette.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No atlas open. File ▸ Open… chooses one.</source>
        <translation>Aucun atlas ouvert. Fichier ▸ Ouvrir… permet d&apos;en choisir un.</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Ouverture de {file}…</translation>
    </message>
    <message>
        <source>No atlas open</source>
        <translation>Aucun atlas ouvert</translation>
    </message>
    <message>
        <source>The atlas could not be opened:</source>
        <translation>L&apos;atlas n&apos;a pas pu être ouvert :</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>search_panel</name>
    <message>
        <source>{kind} · score {score}</source>
        <translation>{kind} · score {score}</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; result(s) for &lt;i&gt;{query}&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; résultat pour &lt;i&gt;{query}&lt;/i&gt;</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; résultats pour &lt;i&gt;{query}&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Vouliez-vous dire {suggestion} ?</translation>
    </message>
    <message>
        <source>Ignored: {terms}</source>
        <translation>Ignoré : {terms}</translation>
    </message>
    <message numerus="yes">
        <source>Catching up: %n changed entry(s) not in the search index yet; these results may miss them.</source>
        <translation>
            <numerusform>Rattrapage : %n entrée modifiée n&apos;est pas encore dans l&apos;index de recherche ; ces résultats peuvent l&apos;omettre.</numerusform>
            <numerusform>Rattrapage : %n entrées modifiées ne sont pas encore dans l&apos;index de recherche ; ces résultats peuvent les omettre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sidebar</name>
    <message>
        <source>(not recorded)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message numerus="yes">
        <source>Not verified in %n days</source>
        <translation>
            <numerusform>Non vérifié depuis %n jour</numerusform>
            <numerusform>Non vérifié depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barre latérale</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Filter {kinds}</source>
        <translation>Filtrer : {kinds}</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
    <message>
        <source>Show only entries with {facet} {value}</source>
        <translation>Afficher seulement les entrées avec {facet} {value}</translation>
    </message>
    <message>
        <source>Click: show only entries with this tag · Right-click or Menu key: exclude it</source>
        <translation>Clic : afficher seulement les entrées portant cette étiquette · clic droit ou touche Menu : l&apos;exclure</translation>
    </message>
    <message>
        <source>Show only “{tag}”</source>
        <translation>Afficher seulement « {tag} »</translation>
    </message>
    <message>
        <source>Exclude “{tag}”</source>
        <translation>Exclure « {tag} »</translation>
    </message>
    <message>
        <source>Clear this tag filter</source>
        <translation>Retirer ce filtre d&apos;étiquette</translation>
    </message>
    <message>
        <source>Click: show only entries with this tag · Right-click: exclude it</source>
        <translation type="vanished">Clic : afficher seulement les entrées portant cette étiquette · clic droit : l&apos;exclure</translation>
    </message>
    <message numerus="yes">
        <source>Not verified in %n day(s)</source>
        <translation type="vanished">
            <numerusform>Non vérifié depuis %n jour</numerusform>
            <numerusform>Non vérifié depuis %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>status_progress</name>
    <message>
        <source>Background work</source>
        <translation>Travail en arrière-plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>tag_commands</name>
    <message>
        <source>Create tag {tag}</source>
        <translation>Créer l&apos;étiquette {tag}</translation>
    </message>
    <message>
        <source>Rename tag {old} to {new}</source>
        <translation>Renommer l&apos;étiquette {old} en {new}</translation>
    </message>
    <message>
        <source>Recolor tag {tag}</source>
        <translation>Recolorer l&apos;étiquette {tag}</translation>
    </message>
    <message>
        <source>Merge tag {tags} into {target}</source>
        <translation>Fusionner l&apos;étiquette {tags} dans {target}</translation>
    </message>
    <message>
        <source>Delete tag {tags}</source>
        <translation>Supprimer l&apos;étiquette {tags}</translation>
    </message>
</context>
<context>
    <name>tag_dialog</name>
    <message>
        <source>Add tags</source>
        <translation>Ajouter des étiquettes</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Retirer des étiquettes</translation>
    </message>
    <message>
        <source>Tag names</source>
        <translation>Noms des étiquettes</translation>
    </message>
    <message>
        <source>shortlist, eu-ready</source>
        <translation>shortlist, eu-ready</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n entry(s) (comma-separated; new tags are created):</source>
        <translation>
            <numerusform>Étiquettes à ajouter à %n entrée (séparées par des virgules ; les nouvelles sont créées) :</numerusform>
            <numerusform>Étiquettes à ajouter à %n entrées (séparées par des virgules ; les nouvelles sont créées) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags to remove from %n entry(s) (comma-separated):</source>
        <translation>
            <numerusform>Étiquettes à retirer de %n entrée (séparées par des virgules) :</numerusform>
            <numerusform>Étiquettes à retirer de %n entrées (séparées par des virgules) :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tag_manager</name>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message numerus="yes">
        <source>{tag}: %n entry(s) · F2 or double-click to rename</source>
        <translation>
            <numerusform>{tag} : %n entrée · F2 ou double-clic pour renommer</numerusform>
            <numerusform>{tag} : %n entrées · F2 ou double-clic pour renommer</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag Manager</source>
        <translation>Gestionnaire d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Filter tags…</source>
        <translation>Filtrer les étiquettes…</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Filtrer les étiquettes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>Create a tag with a name and a color (Ctrl+N)</source>
        <translation>Créer une étiquette avec un nom et une couleur (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Rename the tag (F2 edits in place)</source>
        <translation>Renommer l&apos;étiquette (F2 modifie sur place)</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>Merge the selected tags into another tag: their entries get that tag</source>
        <translation>Fusionner les étiquettes sélectionnées dans une autre : leurs entrées reçoivent celle-ci</translation>
    </message>
    <message>
        <source>&amp;Color…</source>
        <translation>C&amp;ouleur…</translation>
    </message>
    <message>
        <source>Choose the tag&apos;s color</source>
        <translation>Choisir la couleur de l&apos;étiquette</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected tags (undoable)</source>
        <translation>Supprimer les étiquettes sélectionnées (annulable)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Tag manager message</source>
        <translation>Message du gestionnaire d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Undo {change}</source>
        <translation>Annuler : {change}</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged entry(s)</source>
        <translation>
            <numerusform>%n entrée étiquetée</numerusform>
            <numerusform>%n entrées étiquetées</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} — Ctrl+Z undoes it.</source>
        <translation>{change} — Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge into it.</source>
        <translation>Choisissez au moins une autre étiquette à y fusionner.</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Renommer l&apos;étiquette</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Color of {tag}</source>
        <translation>Couleur de {tag}</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
    <message>
        <source>Merge {tags} into:</source>
        <translation>Fusionner {tags} dans :</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Class III</source>
        <translation>Classe III</translation>
    </message>
    <message>
        <source>Class II</source>
        <translation>Classe II</translation>
    </message>
    <message>
        <source>Class I</source>
        <translation>Classe I</translation>
    </message>
</context>
<context>
    <name>usecase_view</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>How many duties the license attaches to this use</source>
        <translation>Nombre d&apos;obligations que la licence attache à cet usage</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>(flipped: was {verdict})</source>
        <translation>(basculé : était {verdict})</translation>
    </message>
    <message>
        <source>No duties</source>
        <translation>Aucune obligation</translation>
    </message>
    <message>
        <source>(was {verdict})</source>
        <translation>(auparavant {verdict})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clauses consulted&lt;/b&gt; (deciding ones first)</source>
        <translation>&lt;b&gt;Clauses consultées&lt;/b&gt; (décisives en premier)</translation>
    </message>
    <message>
        <source>Flipped since the snapshot</source>
        <translation>Basculé depuis l&apos;instantané</translation>
    </message>
    <message>
        <source>No recorded change to the model or its license: the rules or the use case changed</source>
        <translation>Aucune modification enregistrée du modèle ni de sa licence : ce sont les règles ou le cas d&apos;usage qui ont changé</translation>
    </message>
    <message>
        <source>Describe the use</source>
        <translation>Décrire l&apos;usage</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>Usage commercial</translation>
    </message>
    <message>
        <source>Licensee established in {region}</source>
        <translation>Licencié établi en {region}</translation>
    </message>
    <message>
        <source>e.g. 800M (blank: not stated)</source>
        <translation>p. ex. 800M (vide : non précisé)</translation>
    </message>
    <message>
        <source>Fine-tune the model</source>
        <translation>Ajuster le modèle</translation>
    </message>
    <message>
        <source>Redistribute the weights</source>
        <translation>Redistribuer les poids</translation>
    </message>
    <message>
        <source>Serve it as an API to third parties</source>
        <translation>Le proposer comme API à des tiers</translation>
    </message>
    <message>
        <source>Use its outputs to train other models</source>
        <translation>Utiliser ses sorties pour entraîner d&apos;autres modèles</translation>
    </message>
    <message>
        <source>e.g. healthcare (optional)</source>
        <translation>p. ex. santé (facultatif)</translation>
    </message>
    <message>
        <source>Saved use cases</source>
        <translation>Cas d&apos;usage enregistrés</translation>
    </message>
    <message>
        <source>Check All Models</source>
        <translation>Vérifier tous les modèles</translation>
    </message>
    <message>
        <source>Save Use Case…</source>
        <translation>Enregistrer le cas d&apos;usage…</translation>
    </message>
    <message>
        <source>Deployed in</source>
        <translation>Déployé en</translation>
    </message>
    <message>
        <source>Licensee established in</source>
        <translation>Licencié établi en</translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation>Utilisateurs actifs mensuels</translation>
    </message>
    <message>
        <source>Field of use</source>
        <translation>Domaine d&apos;utilisation</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Filter verdicts by model or license</source>
        <translation>Filtrer les verdicts par modèle ou licence</translation>
    </message>
    <message>
        <source>Filter by model or license…</source>
        <translation>Filtrer par modèle ou licence…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
    <message>
        <source>Why this verdict</source>
        <translation>Pourquoi ce verdict</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) checked.</source>
        <translation>
            <numerusform>%n modèle vérifié.</numerusform>
            <numerusform>%n modèles vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing with snapshot “{name}”…</source>
        <translation>Comparaison avec l&apos;instantané « {name} »…</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) flipped since snapshot “{name}” ({when}).</source>
        <translation>
            <numerusform>%n verdict a basculé depuis l&apos;instantané « {name} » ({when}).</numerusform>
            <numerusform>%n verdicts ont basculé depuis l&apos;instantané « {name} » ({when}).</numerusform>
        </translation>
    </message>
    <message>
        <source>since its last run on {when}</source>
        <translation>depuis sa dernière exécution le {when}</translation>
    </message>
    <message numerus="yes">
        <source>Re-ran “{name}”: %n verdict(s) changed{since}.</source>
        <translation>
            <numerusform>« {name} » relancé : %n verdict a changé{since}.</numerusform>
            <numerusform>« {name} » relancé : %n verdicts ont changé{since}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save use case</source>
        <translation>Enregistrer le cas d&apos;usage</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Export verdicts</source>
        <translation>Exporter les verdicts</translation>
    </message>
</context>
</TS>
