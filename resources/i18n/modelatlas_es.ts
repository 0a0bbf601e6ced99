<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new atlas file from the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an atlas file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the atlas, or part of it, to a file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and &amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a teammate&apos;s .atlas file into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve entries that both you and a teammate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Model Openness Tool, Open Source AI Index, Epoch, Hugging Face, FMTI or SPDX data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view Uncertain Matches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported records that might be an existing entry: merge, create or dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New License…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Policy note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new policy note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Evaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the entry shown in the detail pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entries (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags to the selected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Ta&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags from the selected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &amp;Manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rename, merge, recolor and delete tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your evaluation of the entry shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F, Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current search in the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the search results (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild Search &amp;Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the full-text index from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected entries side by side (2 to 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected entries to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The landscape in charts: openness over time, jurisdictions, licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use-Case Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which models may I use for this, and under which duties?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Rules of This Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rules that bind the shown model as Markdown or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the policy notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and focus the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and focus the entry list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and focus the detail pane (brought back if it was collapsed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Model Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Model Atlas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Tab to a chart, then use the arrow keys to move between its points or bars and Enter to list the entries behind one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} by {developer}, released {date}, {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, released {date}, {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{jurisdiction}, {grade}: %n model(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{family}: %n license(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{family}: %n model(s) using one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No model has a release date yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) released between {first} and {last}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{grade}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model has a developer jurisdiction yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{jurisdiction}: {total} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models by developer jurisdiction and openness grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No license has a family yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family}: {licenses} licenses, {models} models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses by family, and the models using them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, recorded on every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used from the next start of Model Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation criteria
(one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give your name: every change you make is recorded under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric needs at least one criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of Model Atlas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>academic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable use policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable use policy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable use policy — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed with duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api-subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article or section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution or naming duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution or naming duties — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>big-tech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class I - Open Science Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class II - Open Tooling Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class III - Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed (API only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commercial use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial use allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial use clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial use — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions (machine-readable rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consortium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continued-pretraining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copyleft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost at scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom-open-weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customization and fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data preprocessing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data sovereignty and self-hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distillation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations and scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field-of-use limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field-of-use limits — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine-tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free and open license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General-purpose model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geographic exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geographic exclusions — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosted-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License SPDX id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link between entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links between entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model parameters (Final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model parameters (Intermediate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOF class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOF components and class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a separate agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonprofit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not-released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice file required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice file required — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open weights, non-commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open weights, restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open weights, unrestricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-core-hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openness grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSI approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other frameworks&apos; grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass terms on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permissive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy rules and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proprietary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redistribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redistribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redistribution — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample model outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPDX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPDX identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speculative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting libraries and tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag on an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags on entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms pass downstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms pass downstream — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training compute in FLOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment of open models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreleased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User cap (monthly active users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User cap — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using outputs to train other models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using outputs to train other models — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor lock-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>{name} (preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions.compare</name>
    <message numerus="yes">
        <source>A comparison holds at most 6 entries; %n left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n did not fit: at most 6)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in the comparison{note} — Ctrl+D shows it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actions.editing</name>
    <message>
        <source>New {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {entries}? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions.evaluate</name>
    <message>
        <source>Recorded {name} — Ctrl+Z undoes it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions.exchange</name>
    <message numerus="yes">
        <source>Exported %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import and merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Atlas files (*.atlas);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions.files</name>
    <message>
        <source>New atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Atlas files (*.atlas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No atlas open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas could not be created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the knowledge base (first start)…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline knowledge base about AI models on the open/closed spectrum: openness, licenses and policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Model Atlas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions.search</name>
    <message>
        <source>fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the search index… the results follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is not available in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query to save:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index: fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search unavailable: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index update cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating search index ({reason})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search engine is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions.tags</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n entry(s) with “{tag}” — Ctrl+Z undoes it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Already tagged “{tag}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions.use_case</name>
    <message>
        <source>Export rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a model first: its rules are exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions.view</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n license(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Welcome to Model Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (recorded on every change you make):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chart_keys</name>
    <message>
        <source>{position} of {count}: {mark}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chips</name>
    <message>
        <source>tag: {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tag: {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name contains “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same filter in the search language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Edit {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n entry(s) with {tags}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n entry(s) with {tags}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compare_view</name>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click: show it in the detail pane · drag to reorder · right-click to move or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} — differs between the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} — the same for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the rows where the entries differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current column left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Ri&amp;ght</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current column right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current column&apos;s entry from the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every entry from the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the comparison as Markdown, CSV or a self-contained HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A comparison holds at most {most} entries; %n left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No entry named “{name}”: pick one from the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is compared already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison holds at most {most} entries: remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kinds differ: compared on the fields they share</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n entry(s) — {differ} of {total} rows differ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the comparison now: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick {least} to {most} entries to compare side by side:&lt;/p&gt;&lt;p&gt;select them in the list and press &lt;b&gt;Ctrl+D&lt;/b&gt; (Compare),&lt;br&gt;use &lt;b&gt;Add to Comparison&lt;/b&gt; (Ctrl+Shift+D) on any entry,&lt;br&gt;or type a name in the box above.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Detail Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file} — &lt;a href=&quot;{url}&quot;&gt;open it&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>detail_html</name>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested from license and components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded facts suggest &lt;b&gt;{grade}&lt;/b&gt;: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class III · open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class II · open tooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class I · open science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: {components}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not an open license)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License clauses — {license}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Average per criterion (%n evaluation(s)): {averages}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>average {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family tree — {family}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms passed down from {base}: {license} ({clauses})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOF {mof_class}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOF unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy notes that concern it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessed {date}, {confidence} confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed {when} by {author} · version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Invalid values in this entry&lt;/b&gt; (shown as unknown until corrected):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt from: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be settled by: {facts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not apply: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants an exemption when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer transparency (FMTI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the catalogs say</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>detail_view</name>
    <message>
        <source>Select an entry to see everything about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in your browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Tag color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaluation_form</name>
    <message>
        <source>Adopt — use it for this use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial — worth a pilot on a real project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess — explore it, not ready to pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold — do not start new work with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 poor … 5 excellent for this use case (for risks: 5 = least risk); “—” leaves a criterion unscored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. on-prem legal summarization in the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (Markdown): what you tried, what decided it, open questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortlist, eu-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated entry *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Average {average} over %n criteria</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No criterion scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the entry you evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the author&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what it was evaluated for, e.g. “on-prem legal summarization in the EU”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose adopt, trial, assess or hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores run from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag name is at most 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange_dialogs</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer wins (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected entries ({count}), with what they refer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries with the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current search results ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out notes and evaluations marked private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors to leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authors to leave out, comma-separated (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a single .atlas file that a teammate can merge into theirs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Atlas files (*.atlas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: your atlas already had everything in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging would change nothing: your atlas already has everything in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging would {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and merge — {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking or merging; your atlas stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again what merging this file would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When both sides changed an entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what would change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes from an older version of Model Atlas and was read through an upgraded copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; — exported by {author} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was saved first: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The merge failed:&lt;/b&gt; {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your atlas was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be merged:&lt;/b&gt; {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge cancelled — your atlas was not changed. Press Merge to merge it after all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview cancelled — nothing was changed. Press Preview to check the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides changed these since they last shared a version. Nothing was overwritten: choose, field by field, which version to keep, or edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {origin}; kept {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited (type in Mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved {entry}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>form_dialog</name>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes you made in this form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Editing returns to the form; nothing is saved until you press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frozen_column</name>
    <message>
        <source>Row labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>getting_started</name>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where each sits between closed and fully open: an openness grade, its Model Openness Framework class and which components (weights, code, data, papers) are released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who develops them, and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clause by clause: commercial use, user caps, acceptable-use policies, attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laws and rules (EU AI Act, US export controls, …) with the conditions under which they bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes and evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdicts and scores you record, under your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the sidebar, tick &lt;i&gt;Openness grade ▸ Fully open&lt;/i&gt; or &lt;i&gt;Jurisdiction ▸ EU&lt;/i&gt;. Chips above the list show the filter, with the same filter as search text beside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{search}&lt;/b&gt; and type &lt;code&gt;llama license &quot;acceptable use&quot;&lt;/code&gt; or &lt;code&gt;openness:fully-open released:2024..2025&lt;/code&gt;. Help ▸ Search Syntax lists the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read one model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row. The detail pane shows its openness, its license&apos;s clauses and which policy notes bind it; names are links, and &lt;b&gt;{back}&lt;/b&gt; goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two to six models (Ctrl+click) and press &lt;b&gt;{compare}&lt;/b&gt;: the rows where they differ stand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{use_case}&lt;/b&gt;, describe what you plan (where, commercial or not, hosted or on your own machines) and see which models fit and under which duties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the detail pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the entry shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the entry shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Model Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline knowledge base about AI models on the open/closed spectrum. Everything lives in one &lt;i&gt;.atlas&lt;/i&gt; file on this computer; nothing is fetched from the internet. Every change is recorded under your name and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the atlas holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five things to try first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys to start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is always under &lt;b&gt;Help ▸ Getting Started&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Model Openness Tool (YAML files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>European Open Source AI Index (YAML files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch AI — All ML Systems (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face model cards (README.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stanford FMTI scores (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPDX license list (bundled, offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created as a new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) recorded as what the catalog says</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the {catalog} import — nothing has been written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{catalog}: import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read in {seconds} s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain matches wait in the review list: &lt;a href=&apos;atlas://review&apos;&gt;File ▸ Review Uncertain Matches…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the import without writing anything and show what it would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Import failed:&lt;/b&gt; {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled — nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review uncertain matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest entry (score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into Closest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records resemble an entry, but not closely enough to merge them automatically. Double-click a row to read the closest entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has no close entry: create it or dismiss it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else to review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>list_model</name>
    <message>
        <source>⚠ invalid: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by {column}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Search everything…  (Ctrl+K)   e.g.  llama license &quot;acceptable use&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>new_tag_dialog</name>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose any color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the tag a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>search_panel</name>
    <message>
        <source>{kind} · score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; result(s) for &lt;i&gt;{query}&lt;/i&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored: {terms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catching up: %n changed entry(s) not in the search index yet; these results may miss them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sidebar</name>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only entries with {facet} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click: show only entries with this tag · Right-click: exclude it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only “{tag}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude “{tag}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this tag filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status_progress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tag_commands</name>
    <message>
        <source>Create tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolor tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tag {tags} into {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag {tags}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tag_dialog</name>
    <message>
        <source>Add tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortlist, eu-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n entry(s) (comma-separated; new tags are created):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags to remove from %n entry(s) (comma-separated):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tag_manager</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{tag}: %n entry(s) · F2 or double-click to rename</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tag Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a tag with a name and a color (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the tag (F2 edits in place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected tags into another tag: their entries get that tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Color…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tag&apos;s color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected tags (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{change} — Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color of {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {tags} into:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usecase_view</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many duties the license attaches to this use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(was {verdict})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Clauses consulted&lt;/b&gt; (deciding ones first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 800M (blank: not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redistribute the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve it as an API to third parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use its outputs to train other models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. healthcare (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check All Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Use Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensee established in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter verdicts by model or license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by model or license…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>since its last run on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-ran “{name}”: %n verdict(s) changed{since}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export verdicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
