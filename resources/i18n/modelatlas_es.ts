<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Create a new atlas file from the seed</source>
        <translation>Crear un archivo de atlas nuevo a partir de la base incluida</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open an atlas file</source>
        <translation>Abrir un archivo de atlas</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Abrir reciente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the atlas, or part of it, to a file to share</source>
        <translation>Exportar el atlas, o una parte, a un archivo para compartir</translation>
    </message>
    <message>
        <source>Import and &amp;Merge…</source>
        <translation>Importar y &amp;fusionar…</translation>
    </message>
    <message>
        <source>Merge a teammate&apos;s .atlas file into this one</source>
        <translation>Fusionar en este el archivo .atlas de un compañero</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>Resolve entries that both you and a teammate changed</source>
        <translation>Resolver entradas que cambiaron tanto usted como un compañero</translation>
    </message>
    <message>
        <source>Team &amp;Hub…</source>
        <translation>&amp;Hub del equipo…</translation>
    </message>
    <message>
        <source>Connect this atlas to the team&apos;s PostgreSQL hub and choose when to sync</source>
        <translation>Conectar este atlas al hub PostgreSQL del equipo y elegir cuándo sincronizar</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>Send this atlas&apos;s changes to the team hub and receive the others&apos;</source>
        <translation>Enviar los cambios de este atlas al hub del equipo y recibir los de los demás</translation>
    </message>
    <message>
        <source>Import from &amp;Catalog…</source>
        <translation>Importar de ca&amp;tálogo…</translation>
    </message>
    <message>
        <source>Import Model Openness Tool, Open Source AI Index, Epoch, Hugging Face, FMTI or SPDX data</source>
        <translation>Importar datos de Model Openness Tool, Open Source AI Index, Epoch, Hugging Face, FMTI o SPDX</translation>
    </message>
    <message>
        <source>Re&amp;view Uncertain Matches…</source>
        <translation>Re&amp;visar coincidencias dudosas…</translation>
    </message>
    <message>
        <source>Imported records that might be an existing entry: merge, create or dismiss</source>
        <translation>Registros importados que podrían ser una entrada existente: fusionar, crear o descartar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Create an entry</source>
        <translation>Crear una entrada</translation>
    </message>
    <message>
        <source>New Model…</source>
        <translation>Nuevo modelo…</translation>
    </message>
    <message>
        <source>Create a new model</source>
        <translation>Crear un modelo nuevo</translation>
    </message>
    <message>
        <source>New Organization…</source>
        <translation>Nueva organización…</translation>
    </message>
    <message>
        <source>Create a new organization</source>
        <translation>Crear una organización nueva</translation>
    </message>
    <message>
        <source>New License…</source>
        <translation>Nueva licencia…</translation>
    </message>
    <message>
        <source>Create a new license</source>
        <translation>Crear una licencia nueva</translation>
    </message>
    <message>
        <source>New Policy note…</source>
        <translation>Nueva nota normativa…</translation>
    </message>
    <message>
        <source>Create a new policy note</source>
        <translation>Crear una nota normativa nueva</translation>
    </message>
    <message>
        <source>New Note…</source>
        <translation>Nueva nota…</translation>
    </message>
    <message>
        <source>Create a new note</source>
        <translation>Crear una nota nueva</translation>
    </message>
    <message>
        <source>New Evaluation…</source>
        <translation>Nueva evaluación…</translation>
    </message>
    <message>
        <source>Create a new evaluation</source>
        <translation>Crear una evaluación nueva</translation>
    </message>
    <message>
        <source>New Source…</source>
        <translation>Nueva fuente…</translation>
    </message>
    <message>
        <source>Create a new source</source>
        <translation>Crear una fuente nueva</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the entry shown in the detail pane</source>
        <translation>Editar la entrada mostrada en el panel de detalle</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>Delete the selected entries (undoable)</source>
        <translation>Eliminar las entradas seleccionadas (se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>E&amp;tiquetar…</translation>
    </message>
    <message>
        <source>Add tags to the selected entries</source>
        <translation>Añadir etiquetas a las entradas seleccionadas</translation>
    </message>
    <message>
        <source>Remove Ta&amp;g…</source>
        <translation>Quitar eti&amp;quetas…</translation>
    </message>
    <message>
        <source>Remove tags from the selected entries</source>
        <translation>Quitar etiquetas de las entradas seleccionadas</translation>
    </message>
    <message>
        <source>Tag &amp;Manager…</source>
        <translation>&amp;Gestor de etiquetas…</translation>
    </message>
    <message>
        <source>Create, rename, merge, recolor and delete tags</source>
        <translation>Crear, renombrar, fusionar, recolorear y eliminar etiquetas</translation>
    </message>
    <message>
        <source>E&amp;valuate…</source>
        <translation>E&amp;valuar…</translation>
    </message>
    <message>
        <source>Record your evaluation of the entry shown</source>
        <translation>Registrar su evaluación de la entrada mostrada</translation>
    </message>
    <message>
        <source>Mark &amp;Verified…</source>
        <translation>Marcar como &amp;verificado…</translation>
    </message>
    <message>
        <source>Record that you checked the entry shown against its sources today</source>
        <translation>Registrar que hoy cotejó la entrada mostrada con sus fuentes</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F, Ctrl+K)</source>
        <translation>Buscar en todo (Ctrl+F, Ctrl+K)</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Guardar búsqueda…</translation>
    </message>
    <message>
        <source>Save the current search in the sidebar</source>
        <translation>Guardar la búsqueda actual en la barra lateral</translation>
    </message>
    <message>
        <source>Back to the List</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Leave the search results (Esc)</source>
        <translation>Salir de los resultados de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Rebuild Search &amp;Index</source>
        <translation>Reconstruir el &amp;índice de búsqueda</translation>
    </message>
    <message>
        <source>Rebuild the full-text index from the database</source>
        <translation>Reconstruir el índice de texto completo desde la base de datos</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Compare the selected entries side by side (2 to 6)</source>
        <translation>Comparar lado a lado las entradas seleccionadas (de 2 a 6)</translation>
    </message>
    <message>
        <source>&amp;Add to Comparison</source>
        <translation>&amp;Añadir a la comparación</translation>
    </message>
    <message>
        <source>Add the selected entries to the comparison</source>
        <translation>Añadir las entradas seleccionadas a la comparación</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>The landscape in charts: openness over time, jurisdictions, licenses</source>
        <translation>El panorama en gráficos: apertura en el tiempo, jurisdicciones, licencias</translation>
    </message>
    <message>
        <source>&amp;Use-Case Check</source>
        <translation>Comprobación de &amp;uso</translation>
    </message>
    <message>
        <source>Which models may I use for this, and under which duties?</source>
        <translation>¿Qué modelos puedo usar para esto y con qué obligaciones?</translation>
    </message>
    <message>
        <source>Export &amp;Rules of This Model…</source>
        <translation>Exportar las &amp;reglas de este modelo…</translation>
    </message>
    <message>
        <source>Save the rules that bind the shown model as Markdown or HTML</source>
        <translation>Guardar como Markdown o HTML las reglas que vinculan al modelo mostrado</translation>
    </message>
    <message>
        <source>Compare &amp;with Snapshot…</source>
        <translation>Com&amp;parar con una instantánea…</translation>
    </message>
    <message>
        <source>Which verdicts of the chosen saved use case flipped since a snapshot</source>
        <translation>Qué veredictos del caso de uso guardado elegido han cambiado desde una instantánea</translation>
    </message>
    <message>
        <source>His&amp;tory…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>The versions of the entry shown, what each changed, and restoring one</source>
        <translation>Las versiones de la entrada mostrada, qué cambió cada una y cómo restaurar una</translation>
    </message>
    <message>
        <source>Chan&amp;ges…</source>
        <translation>Ca&amp;mbios…</translation>
    </message>
    <message>
        <source>What changed between two snapshots, now, or another atlas file</source>
        <translation>Qué cambió entre dos instantáneas, ahora u otro archivo de atlas</translation>
    </message>
    <message>
        <source>Create Sna&amp;pshot…</source>
        <translation>Crear instantá&amp;nea…</translation>
    </message>
    <message>
        <source>Name the atlas as it is now, to compare with later</source>
        <translation>Dar nombre al atlas tal como está ahora, para compararlo más tarde</translation>
    </message>
    <message>
        <source>Delete Snapsh&amp;ot…</source>
        <translation>&amp;Eliminar instantánea…</translation>
    </message>
    <message>
        <source>Forget a named snapshot (the history stays)</source>
        <translation>Olvidar una instantánea con nombre (el historial se conserva)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>List the models</source>
        <translation>Listar los modelos</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>List the organizations</source>
        <translation>Listar las organizaciones</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>List the licenses</source>
        <translation>Listar las licencias</translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation>Notas normativas</translation>
    </message>
    <message>
        <source>List the policy notes</source>
        <translation>Listar las notas normativas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>List the notes</source>
        <translation>Listar las notas</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>List the evaluations</source>
        <translation>Listar las evaluaciones</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>C&amp;olumnas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;Barra lateral</translation>
    </message>
    <message>
        <source>Show and focus the sidebar</source>
        <translation>Mostrar y enfocar la barra lateral</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>Show and focus the entry list</source>
        <translation>Mostrar y enfocar la lista de entradas</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>&amp;Detalle</translation>
    </message>
    <message>
        <source>Show and focus the detail pane (brought back if it was collapsed)</source>
        <translation>Mostrar y enfocar el panel de detalle (se recupera si estaba plegado)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Ir atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Ir adelante</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>&amp;Sintaxis de búsqueda</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Sintaxis de búsqueda</translation>
    </message>
    <message>
        <source>&amp;About Model Atlas</source>
        <translation>A&amp;cerca de Model Atlas</translation>
    </message>
    <message>
        <source>About Model Atlas</source>
        <translation>Acerca de Model Atlas</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>Mostrar &amp;cambios</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Exportar Markdown…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Exportar HTML…</translation>
    </message>
    <message>
        <source>Entries changed</source>
        <translation>Entradas cambiadas</translation>
    </message>
    <message>
        <source>Field differences</source>
        <translation>Diferencias por campo</translation>
    </message>
    <message>
        <source>Choose two points and show what changed between them.</source>
        <translation>Elija dos puntos y muestre qué cambió entre ellos.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>{name} ({when})</source>
        <translation>{name} ({when})</translation>
    </message>
    <message>
        <source>Another atlas file…</source>
        <translation>Otro archivo de atlas…</translation>
    </message>
    <message>
        <source>Compare with another atlas file</source>
        <translation>Comparar con otro archivo de atlas</translation>
    </message>
    <message>
        <source>Atlas files (*.atlas)</source>
        <translation>Archivos de atlas (*.atlas)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>From {a} to {b}:</source>
        <translation>De {a} a {b}:</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadida</numerusform>
            <numerusform>%n añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n quitada</numerusform>
            <numerusform>%n quitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiada</numerusform>
            <numerusform>%n cambiadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The atlas has changed since: Show Changes again to include it.</source>
        <translation>El atlas ha cambiado desde entonces: vuelva a pulsar «Mostrar cambios» para incluirlo.</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>Exportar cambios</translation>
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
        <translation>Pase a un gráfico con Tab, muévase entre sus puntos o barras con las flechas y pulse Intro para listar las entradas correspondientes.</translation>
    </message>
    <message>
        <source>{name} by {developer}, released {date}, {grade}</source>
        <translation>{name}, de {developer}, publicado el {date}, {grade}</translation>
    </message>
    <message>
        <source>{name}, released {date}, {grade}</source>
        <translation>{name}, publicado el {date}, {grade}</translation>
    </message>
    <message numerus="yes">
        <source>{jurisdiction}, {grade}: %n model(s)</source>
        <translation>
            <numerusform>{jurisdiction}, {grade}: %n modelo</numerusform>
            <numerusform>{jurisdiction}, {grade}: %n modelos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{family}: %n license(s)</source>
        <translation>
            <numerusform>{family}: %n licencia</numerusform>
            <numerusform>{family}: %n licencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{family}: %n model(s) using one</source>
        <translation>
            <numerusform>{family}: %n modelo usa una</numerusform>
            <numerusform>{family}: %n modelos usan una</numerusform>
        </translation>
    </message>
    <message>
        <source>No model has a release date yet.</source>
        <translation>Ningún modelo tiene todavía fecha de publicación.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) released between {first} and {last}.</source>
        <translation>
            <numerusform>%n modelo publicado entre {first} y {last}.</numerusform>
            <numerusform>%n modelos publicados entre {first} y {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{grade}: {count}</source>
        <translation>{grade}: {count}</translation>
    </message>
    <message>
        <source>No model has a developer jurisdiction yet.</source>
        <translation>Ningún modelo tiene todavía jurisdicción del desarrollador.</translation>
    </message>
    <message>
        <source>{jurisdiction}: {total} ({detail})</source>
        <translation>{jurisdiction}: {total} ({detail})</translation>
    </message>
    <message>
        <source>Models by developer jurisdiction and openness grade.</source>
        <translation>Modelos por jurisdicción del desarrollador y grado de apertura.</translation>
    </message>
    <message>
        <source>No license has a family yet.</source>
        <translation>Ninguna licencia tiene todavía familia.</translation>
    </message>
    <message>
        <source>{family}: {licenses} licenses, {models} models</source>
        <translation>{family}: {licenses} licencias, {models} modelos</translation>
    </message>
    <message>
        <source>Licenses by family, and the models using them.</source>
        <translation>Licencias por familia y los modelos que las usan.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Versiones, la más reciente primero</translation>
    </message>
    <message>
        <source>What this version changed</source>
        <translation>Qué cambió esta versión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <source>Make the entry as it was right after this version (undoable)</source>
        <translation>Dejar la entrada como quedó justo después de esta versión (se puede deshacer)</translation>
    </message>
    <message>
        <source>This entry is no longer in the atlas.</source>
        <translation>Esta entrada ya no está en el atlas.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), newest first</source>
        <translation>
            <numerusform>%n versión, la más reciente primero</numerusform>
            <numerusform>%n versiones, la más reciente primero</numerusform>
        </translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historial de {name}</translation>
    </message>
    <message>
        <source>This version came in a merge from a teammate: it cannot be restored on its own (restore the merge&apos;s version instead).</source>
        <translation>Esta versión llegó en una fusión de un compañero: no se puede restaurar por sí sola (restaure en su lugar la versión de la fusión).</translation>
    </message>
    <message>
        <source>This is how the entry is now.</source>
        <translation>Así está la entrada ahora.</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <source>Team Hub</source>
        <translation>Hub del equipo</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST/DATABASE, a connection string or a service name</source>
        <translation>postgresql://USUARIO@SERVIDOR/BASE, una cadena de conexión o un nombre de servicio</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Passwords are read from ~/.pgpass (or the file PGPASSFILE names), as every PostgreSQL tool does; Model Atlas remembers the address without a password.</source>
        <translation>Las contraseñas se leen de ~/.pgpass (o del archivo que indique PGPASSFILE), como en toda herramienta de PostgreSQL; Model Atlas recuerda la dirección sin contraseña.</translation>
    </message>
    <message>
        <source>Sync when Model Atlas &amp;starts</source>
        <translation>Sincronizar al &amp;iniciar Model Atlas</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Sincronizar &amp;cada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minutos entre sincronizaciones</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Dirección del hub:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected to {hub} as {login} ({role}); hub version {version}, {entries} entries, {atlases} atlases, {pushes} pushes</source>
        <translation>Conectado a {hub} como {login} ({role}); versión del hub {version}, {entries} entradas, {atlases} atlas, {pushes} envíos</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Your name, recorded on every change</source>
        <translation>Su nombre, registrado en cada cambio</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Used from the next start of Model Atlas</source>
        <translation>Se aplica a partir del próximo inicio de Model Atlas</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Holgada</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacta</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Not verified after this many days</source>
        <translation>Sin verificar tras estos días</translation>
    </message>
    <message>
        <source>The sidebar&apos;s “Not verified in N days” finds entries nobody has checked against their sources for this long</source>
        <translation>«Sin verificar en N días», en la barra lateral, encuentra las entradas que nadie ha cotejado con sus fuentes en ese tiempo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>List density</source>
        <translation>Densidad de la lista</translation>
    </message>
    <message>
        <source>Evaluation criteria
(one per line)</source>
        <translation>Criterios de evaluación
(uno por línea)</translation>
    </message>
    <message>
        <source>Not verified after</source>
        <translation>Sin verificar tras</translation>
    </message>
    <message>
        <source>Please give your name: every change you make is recorded under it.</source>
        <translation>Indique su nombre: cada cambio que haga se registra con él.</translation>
    </message>
    <message>
        <source>The rubric needs at least one criterion.</source>
        <translation>La rúbrica necesita al menos un criterio.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Model Atlas.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de Model Atlas.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>academic</source>
        <translation>académica</translation>
    </message>
    <message>
        <source>Acceptable use policy</source>
        <translation>Política de uso aceptable</translation>
    </message>
    <message>
        <source>Acceptable use policy URL</source>
        <translation>URL de la política de uso aceptable</translation>
    </message>
    <message>
        <source>Acceptable use policy — detail</source>
        <translation>Política de uso aceptable — detalle</translation>
    </message>
    <message>
        <source>Access channels</source>
        <translation>Canales de acceso</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adaptador</translation>
    </message>
    <message>
        <source>adopt</source>
        <translation>adoptar</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>adoptado</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permitido</translation>
    </message>
    <message>
        <source>Allowed with duties</source>
        <translation>Permitido con obligaciones</translation>
    </message>
    <message>
        <source>api</source>
        <translation>API</translation>
    </message>
    <message>
        <source>api-subscriptions</source>
        <translation>suscripciones de API</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Se aplica</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Se aplica desde</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Architecture public</source>
        <translation>Arquitectura pública</translation>
    </message>
    <message>
        <source>Article or section</source>
        <translation>Artículo o sección</translation>
    </message>
    <message>
        <source>assess</source>
        <translation>valorar</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>atribución</translation>
    </message>
    <message>
        <source>Attribution or naming duties</source>
        <translation>Obligaciones de atribución o denominación</translation>
    </message>
    <message>
        <source>Attribution or naming duties — detail</source>
        <translation>Obligaciones de atribución — detalle</translation>
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
        <translation>Autor</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Puntuación media</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <source>big-tech</source>
        <translation>gran tecnológica</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Business model</source>
        <translation>Modelo de negocio</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>límite</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>capacidad</translation>
    </message>
    <message>
        <source>catalog grade</source>
        <translation>calificación de catálogo</translation>
    </message>
    <message>
        <source>catalog grades</source>
        <translation>calificaciones de catálogo</translation>
    </message>
    <message>
        <source>Class I - Open Science Model</source>
        <translation>Clase I – modelo de ciencia abierta</translation>
    </message>
    <message>
        <source>Class II - Open Tooling Model</source>
        <translation>Clase II – modelo de herramientas abiertas</translation>
    </message>
    <message>
        <source>Class III - Open Model</source>
        <translation>Clase III – modelo abierto</translation>
    </message>
    <message>
        <source>Clause scopes</source>
        <translation>Alcance de las cláusulas</translation>
    </message>
    <message>
        <source>Closed (API only)</source>
        <translation>Cerrado (solo API)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>Uso comercial</translation>
    </message>
    <message>
        <source>commercial use</source>
        <translation>uso comercial</translation>
    </message>
    <message>
        <source>Commercial use allowed</source>
        <translation>Uso comercial permitido</translation>
    </message>
    <message>
        <source>Commercial use clause</source>
        <translation>Cláusula de uso comercial</translation>
    </message>
    <message>
        <source>Commercial use — detail</source>
        <translation>Uso comercial — detalle</translation>
    </message>
    <message>
        <source>Compute (FLOP)</source>
        <translation>Cómputo (FLOP)</translation>
    </message>
    <message>
        <source>Compute confidence</source>
        <translation>Fiabilidad del cómputo</translation>
    </message>
    <message>
        <source>Compute threshold</source>
        <translation>Umbral de cómputo</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>condicionado</translation>
    </message>
    <message>
        <source>Conditions (machine-readable rule)</source>
        <translation>Condiciones (regla legible por máquina)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>confident</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>consortium</source>
        <translation>consorcio</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>Ventana de contexto</translation>
    </message>
    <message>
        <source>continued-pretraining</source>
        <translation>preentrenamiento continuado</translation>
    </message>
    <message>
        <source>copyleft</source>
        <translation>copyleft</translation>
    </message>
    <message>
        <source>cost at scale</source>
        <translation>coste a escala</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>custom-open-weights</source>
        <translation>licencia propia de pesos abiertos</translation>
    </message>
    <message>
        <source>customization and fine-tuning</source>
        <translation>personalización y ajuste fino</translation>
    </message>
    <message>
        <source>Data card</source>
        <translation>Ficha de datos</translation>
    </message>
    <message>
        <source>Data preprocessing code</source>
        <translation>Código de preprocesamiento de datos</translation>
    </message>
    <message>
        <source>data sovereignty and self-hosting</source>
        <translation>soberanía de datos y autoalojamiento</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de datos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Deployment regions</source>
        <translation>Regiones de despliegue</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Desarrollador</translation>
    </message>
    <message>
        <source>Developer jurisdiction</source>
        <translation>Jurisdicción del desarrollador</translation>
    </message>
    <message>
        <source>distillation</source>
        <translation>destilación</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>No se aplica</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Evaluated entry</source>
        <translation>Entrada evaluada</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Evaluation code</source>
        <translation>Código de evaluación</translation>
    </message>
    <message>
        <source>Evaluation data</source>
        <translation>Datos de evaluación</translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation>Resultados de evaluación</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Evaluations and scores</source>
        <translation>Evaluaciones y puntuaciones</translation>
    </message>
    <message>
        <source>Excluded regions</source>
        <translation>Regiones excluidas</translation>
    </message>
    <message>
        <source>excluded regions</source>
        <translation>regiones excluidas</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exento</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>field limits</source>
        <translation>límites de ámbito</translation>
    </message>
    <message>
        <source>Field-of-use limits</source>
        <translation>Límites del ámbito de uso</translation>
    </message>
    <message>
        <source>Field-of-use limits — detail</source>
        <translation>Límites del ámbito de uso — detalle</translation>
    </message>
    <message>
        <source>fine-tune</source>
        <translation>ajuste fino</translation>
    </message>
    <message>
        <source>Free and open license</source>
        <translation>Licencia libre y abierta</translation>
    </message>
    <message>
        <source>Fully open</source>
        <translation>Totalmente abierto</translation>
    </message>
    <message>
        <source>General-purpose model</source>
        <translation>Modelo de IA de uso general</translation>
    </message>
    <message>
        <source>Geographic exclusions</source>
        <translation>Exclusiones geográficas</translation>
    </message>
    <message>
        <source>Geographic exclusions — detail</source>
        <translation>Exclusiones geográficas — detalle</translation>
    </message>
    <message>
        <source>government</source>
        <translation>gubernamental</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>aparcar</translation>
    </message>
    <message>
        <source>Hosted only</source>
        <translation>Solo alojado</translation>
    </message>
    <message>
        <source>hosted-app</source>
        <translation>aplicación alojada</translation>
    </message>
    <message>
        <source>Hugging Face page</source>
        <translation>Página de Hugging Face</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>híbrido</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>If exempt</source>
        <translation>Si está exento</translation>
    </message>
    <message>
        <source>If it applies</source>
        <translation>Si se aplica</translation>
    </message>
    <message>
        <source>If it does not apply</source>
        <translation>Si no se aplica</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>imported value</source>
        <translation>valor importado</translation>
    </message>
    <message>
        <source>imported values</source>
        <translation>valores importados</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>in-force</source>
        <translation>en vigor</translation>
    </message>
    <message>
        <source>Inference code</source>
        <translation>Código de inferencia</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento jurídico</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>license</source>
        <translation>licencia</translation>
    </message>
    <message>
        <source>License clauses</source>
        <translation>Cláusulas de la licencia</translation>
    </message>
    <message>
        <source>License family</source>
        <translation>Familia de licencia</translation>
    </message>
    <message>
        <source>license risk</source>
        <translation>riesgo de licencia</translation>
    </message>
    <message>
        <source>License SPDX id</source>
        <translation>Identificador SPDX de la licencia</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>link between entries</source>
        <translation>enlace entre entradas</translation>
    </message>
    <message>
        <source>links between entries</source>
        <translation>enlaces entre entradas</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>match to review</source>
        <translation>coincidencia por revisar</translation>
    </message>
    <message>
        <source>matches to review</source>
        <translation>coincidencias por revisar</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusión</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalidades</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Model architecture</source>
        <translation>Arquitectura del modelo</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Ficha del modelo</translation>
    </message>
    <message>
        <source>model component</source>
        <translation>componente del modelo</translation>
    </message>
    <message>
        <source>model components</source>
        <translation>componentes del modelo</translation>
    </message>
    <message>
        <source>Model metadata</source>
        <translation>Metadatos del modelo</translation>
    </message>
    <message>
        <source>Model parameters (Final)</source>
        <translation>Parámetros del modelo (finales)</translation>
    </message>
    <message>
        <source>Model parameters (Intermediate)</source>
        <translation>Parámetros del modelo (intermedios)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <source>modification</source>
        <translation>modificación</translation>
    </message>
    <message>
        <source>Modification — detail</source>
        <translation>Modificación — detalle</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>MOF class</source>
        <translation>Clase MOF</translation>
    </message>
    <message>
        <source>MOF components and class</source>
        <translation>Componentes y clase MOF</translation>
    </message>
    <message>
        <source>Monthly users</source>
        <translation>Usuarios mensuales</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Needs a separate agreement</source>
        <translation>Requiere un acuerdo aparte</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>non-commercial</source>
        <translation>no comercial</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>nonprofit</source>
        <translation>sin ánimo de lucro</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>not-released</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>notice file</source>
        <translation>archivo NOTICE</translation>
    </message>
    <message>
        <source>Notice file required</source>
        <translation>Archivo NOTICE obligatorio</translation>
    </message>
    <message>
        <source>Notice file required — detail</source>
        <translation>Archivo NOTICE — detalle</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Obligaciones</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>Código abierto</translation>
    </message>
    <message>
        <source>Open weights, non-commercial</source>
        <translation>Pesos abiertos, no comercial</translation>
    </message>
    <message>
        <source>Open weights, restricted</source>
        <translation>Pesos abiertos, restringido</translation>
    </message>
    <message>
        <source>Open weights, unrestricted</source>
        <translation>Pesos abiertos, sin restricciones</translation>
    </message>
    <message>
        <source>open-core-hosting</source>
        <translation>núcleo abierto y alojamiento</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Openness grade</source>
        <translation>Grado de apertura</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>organization grade</source>
        <translation>calificación de organización</translation>
    </message>
    <message>
        <source>organization grades</source>
        <translation>calificaciones de organización</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>OSI</source>
        <translation>OSI</translation>
    </message>
    <message>
        <source>OSI approved</source>
        <translation>Aprobada por la OSI</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <source>Other frameworks&apos; grades</source>
        <translation>Calificaciones de otros marcos</translation>
    </message>
    <message>
        <source>other name</source>
        <translation>otro nombre</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>otros nombres</translation>
    </message>
    <message>
        <source>Output use</source>
        <translation>Uso de las salidas</translation>
    </message>
    <message>
        <source>output use</source>
        <translation>uso de las salidas</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Parameters (active)</source>
        <translation>Parámetros (activos)</translation>
    </message>
    <message>
        <source>Parameters (total)</source>
        <translation>Parámetros (totales)</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>pass terms on</source>
        <translation>transmitir condiciones</translation>
    </message>
    <message>
        <source>permissive</source>
        <translation>permisiva</translation>
    </message>
    <message>
        <source>Policy note</source>
        <translation>Nota normativa</translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation>Notas normativas</translation>
    </message>
    <message>
        <source>Policy rules and notes</source>
        <translation>Reglas y notas normativas</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>prohibited</source>
        <translation>prohibido</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesto</translation>
    </message>
    <message>
        <source>proprietary</source>
        <translation>propietaria</translation>
    </message>
    <message>
        <source>quantization</source>
        <translation>cuantización</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>rail</source>
        <translation>RAIL</translation>
    </message>
    <message>
        <source>Redistribution</source>
        <translation>Redistribución</translation>
    </message>
    <message>
        <source>redistribution</source>
        <translation>redistribución</translation>
    </message>
    <message>
        <source>Redistribution — detail</source>
        <translation>Redistribución — detalle</translation>
    </message>
    <message>
        <source>Relation to base</source>
        <translation>Relación con el modelo base</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>released</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>research</source>
        <translation>investigación</translation>
    </message>
    <message>
        <source>Research paper</source>
        <translation>Artículo de investigación</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restringido</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Derogado</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>derogado</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>safety controls</source>
        <translation>controles de seguridad</translation>
    </message>
    <message>
        <source>Sample model outputs</source>
        <translation>Ejemplos de salidas del modelo</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>Búsqueda guardada</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Scores (1–5)</source>
        <translation>Puntuaciones (1–5)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>SPDX</source>
        <translation>SPDX</translation>
    </message>
    <message>
        <source>SPDX identifier</source>
        <translation>Identificador SPDX</translation>
    </message>
    <message>
        <source>speculative</source>
        <translation>especulativo</translation>
    </message>
    <message>
        <source>startup</source>
        <translation>empresa emergente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Supporting libraries and tools</source>
        <translation>Bibliotecas y herramientas de apoyo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>tag on an entry</source>
        <translation>etiqueta en una entrada</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>tags on entries</source>
        <translation>etiquetas en entradas</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Technical report</source>
        <translation>Informe técnico</translation>
    </message>
    <message>
        <source>Terms pass downstream</source>
        <translation>Condiciones transmitidas aguas abajo</translation>
    </message>
    <message>
        <source>Terms pass downstream — detail</source>
        <translation>Condiciones transmitidas — detalle</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>Parámetros totales</translation>
    </message>
    <message>
        <source>Training code</source>
        <translation>Código de entrenamiento</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Cómputo de entrenamiento</translation>
    </message>
    <message>
        <source>Training compute in FLOP</source>
        <translation>Cómputo de entrenamiento en FLOP</translation>
    </message>
    <message>
        <source>Training data size</source>
        <translation>Volumen de datos de entrenamiento</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Tokens de entrenamiento</translation>
    </message>
    <message>
        <source>Treatment of open models</source>
        <translation>Tratamiento de los modelos abiertos</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>probar</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Indeterminado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Unreleased</source>
        <translation>No publicado</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>usage policy</source>
        <translation>política de uso</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Casos de uso</translation>
    </message>
    <message>
        <source>User cap</source>
        <translation>Límite de usuarios</translation>
    </message>
    <message>
        <source>user cap</source>
        <translation>límite de usuarios</translation>
    </message>
    <message>
        <source>User cap (monthly active users)</source>
        <translation>Límite de usuarios (activos mensuales)</translation>
    </message>
    <message>
        <source>User cap — detail</source>
        <translation>Límite de usuarios — detalle</translation>
    </message>
    <message>
        <source>Using outputs to train other models</source>
        <translation>Usar las salidas para entrenar otros modelos</translation>
    </message>
    <message>
        <source>Using outputs to train other models — detail</source>
        <translation>Entrenar otros modelos con las salidas — detalle</translation>
    </message>
    <message>
        <source>vendor lock-in</source>
        <translation>dependencia del proveedor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <source>Weights released</source>
        <translation>Pesos publicados</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>{name} (preview)</source>
        <translation>{name} (vista previa)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
</context>
<context>
    <name>actions.compare</name>
    <message numerus="yes">
        <source>A comparison holds at most 6 entries; %n left out.</source>
        <translation>
            <numerusform>Una comparación admite como máximo 6 entradas; %n quedó fuera.</numerusform>
            <numerusform>Una comparación admite como máximo 6 entradas; %n quedaron fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n did not fit: at most 6)</source>
        <translation>
            <numerusform>(%n no cupo: máximo 6)</numerusform>
            <numerusform>(%n no cupieron: máximo 6)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in the comparison{note} — Ctrl+D shows it</source>
        <translation>
            <numerusform>%n entrada en la comparación{note} — Ctrl+D la muestra</numerusform>
            <numerusform>%n entradas en la comparación{note} — Ctrl+D la muestra</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actions.editing</name>
    <message>
        <source>New {kind}</source>
        <translation>Nuevo: {kind}</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>Editar: {kind}</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete {entries}? You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar {entries}? Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>actions.evaluate</name>
    <message>
        <source>Recorded {name} — Ctrl+Z undoes it</source>
        <translation>{name} registrado — Ctrl+Z lo deshace</translation>
    </message>
</context>
<context>
    <name>actions.exchange</name>
    <message numerus="yes">
        <source>Exported %n row(s)</source>
        <translation>
            <numerusform>%n fila exportada</numerusform>
            <numerusform>%n filas exportadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Import and merge</source>
        <translation>Importar y fusionar</translation>
    </message>
    <message>
        <source>Model Atlas files (*.atlas);;All files (*)</source>
        <translation>Archivos de Model Atlas (*.atlas);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>actions.files</name>
    <message>
        <source>Model Atlas files (*.atlas);;All files (*)</source>
        <translation>Archivos de Model Atlas (*.atlas);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New atlas</source>
        <translation>Nuevo atlas</translation>
    </message>
    <message>
        <source>Model Atlas files (*.atlas)</source>
        <translation>Archivos de Model Atlas (*.atlas)</translation>
    </message>
    <message>
        <source>Open atlas</source>
        <translation>Abrir atlas</translation>
    </message>
    <message>
        <source>No other recent files</source>
        <translation>No hay otros archivos recientes</translation>
    </message>
    <message>
        <source>The knowledge base is ready.</source>
        <translation>La base de conocimiento está lista.</translation>
    </message>
    <message>
        <source>No atlas open</source>
        <translation>Ningún atlas abierto</translation>
    </message>
    <message>
        <source>The atlas could not be created:</source>
        <translation>No se pudo crear el atlas:</translation>
    </message>
    <message>
        <source>Preparing the knowledge base (first start)…</source>
        <translation>Preparando la base de conocimiento (primer inicio)…</translation>
    </message>
</context>
<context>
    <name>actions.freshness</name>
    <message>
        <source>Mark {entry} Verified</source>
        <translation>Marcar {entry} como verificado</translation>
    </message>
    <message>
        <source>Mark Verified</source>
        <translation>Marcar como verificado</translation>
    </message>
    <message>
        <source>You checked “{entry}” against its sources.</source>
        <translation>Cotejó «{entry}» con sus fuentes.</translation>
    </message>
    <message>
        <source>What you checked</source>
        <translation>Qué comprobó</translation>
    </message>
    <message>
        <source>The whole entry</source>
        <translation>La entrada completa</translation>
    </message>
    <message>
        <source>Clause: {clause}</source>
        <translation>Cláusula: {clause}</translation>
    </message>
    <message>
        <source>Its status (proposed, adopted, in force…)</source>
        <translation>Su estado (propuesto, adoptado, en vigor…)</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Comprobado el</translation>
    </message>
    <message>
        <source>The page, document or URL you checked</source>
        <translation>La página, el documento o la URL que comprobó</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Marked {entry} verified on {day} (Ctrl+Z undoes it).</source>
        <translation>{entry} marcado como verificado el {day} (Ctrl+Z lo deshace).</translation>
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
        <translation>Deben coincidir todas las palabras:  llama license
Frase exacta:  &quot;acceptable use&quot;
Cualquiera:  mistral OR mixtral      Excluir:  -closed   NOT closed      Grupo:  (eu OR us) export
Campos:  kind:model  tag:shortlist  license:apache  jurisdiction:EU  openness:fully-open  org:meta  author:ana
Rangos:  released:2023..2024   params:&gt;70e9
Prefijo:  mistr*   (la última palabra escrita siempre cuenta como prefijo)
Erratas:  weigths~   (y «Quizá quiso decir» cuando se encuentra poco)</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Sintaxis de búsqueda</translation>
    </message>
    <message>
        <source>An offline knowledge base about AI models on the open/closed spectrum: openness, licenses and policy.</source>
        <translation>Una base de conocimiento sin conexión sobre modelos de IA, de cerrados a abiertos: apertura, licencias y regulación.</translation>
    </message>
    <message>
        <source>About Model Atlas</source>
        <translation>Acerca de Model Atlas</translation>
    </message>
</context>
<context>
    <name>actions.history</name>
    <message>
        <source>Restore {entry} to version {number}</source>
        <translation>Restaurar {entry} a la versión {number}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The entry is already as it was after version {number}.</source>
        <translation>La entrada ya está como quedó tras la versión {number}.</translation>
    </message>
    <message>
        <source>Restored version {number} of {entry} (Ctrl+Z undoes it).</source>
        <translation>Versión {number} de {entry} restaurada (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Create Snapshot</source>
        <translation>Crear instantánea</translation>
    </message>
    <message>
        <source>Name of the snapshot (e.g. before the March review):</source>
        <translation>Nombre de la instantánea (p. ej. antes de la revisión de marzo):</translation>
    </message>
    <message>
        <source>Snapshot “{name}” created.</source>
        <translation>Instantánea «{name}» creada.</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Eliminar instantánea</translation>
    </message>
    <message>
        <source>There are no snapshots yet.</source>
        <translation>Todavía no hay instantáneas.</translation>
    </message>
    <message>
        <source>Snapshot to delete:</source>
        <translation>Instantánea que eliminar:</translation>
    </message>
    <message>
        <source>Delete the snapshot “{name}”? The history stays; only the name goes.</source>
        <translation>¿Eliminar la instantánea «{name}»? El historial se conserva; solo desaparece el nombre.</translation>
    </message>
</context>
<context>
    <name>actions.hub</name>
    <message>
        <source>Team hub</source>
        <translation>Hub del equipo</translation>
    </message>
    <message>
        <source>Syncing with the team hub…</source>
        <translation>Sincronizando con el hub del equipo…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) sent</source>
        <translation>
            <numerusform>%n fila enviada</numerusform>
            <numerusform>%n filas enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) received</source>
        <translation>
            <numerusform>%n fila recibida</numerusform>
            <numerusform>%n filas recibidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: {sent}, {received}, {conflicts}</source>
        <translation>Sincronizado: {sent}, {received}, {conflicts}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry change(s) from the hub conflict with changes made here. Open Conflicts to choose which to keep?</source>
        <translation>
            <numerusform>%n cambio del hub entra en conflicto con cambios hechos aquí. ¿Abrir Conflictos para elegir cuál conservar?</numerusform>
            <numerusform>%n cambios del hub entran en conflicto con cambios hechos aquí. ¿Abrir Conflictos para elegir cuáles conservar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Falló la sincronización: {reason}</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Falló la sincronización</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed in this atlas.</source>
        <translation>{reason}

No se cambió nada en este atlas.</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed here or on the hub</source>
        <translation>Sincronización cancelada; no se cambió nada aquí ni en el hub</translation>
    </message>
    <message>
        <source>Hub: not synced yet</source>
        <translation>Hub: aún sin sincronizar</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n cambio por enviar</numerusform>
            <numerusform>%n cambios por enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub: synced {when}, {pending}</source>
        <translation>Hub: sincronizado {when}, {pending}</translation>
    </message>
    <message>
        <source>Team hub: nothing of this entry was pushed yet.</source>
        <translation>Hub del equipo: aún no se ha enviado nada de esta entrada.</translation>
    </message>
    <message>
        <source>version {version} of {table} by {who} ({when})</source>
        <translation>versión {version} de {table} por {who} ({when})</translation>
    </message>
    <message>
        <source>Pushed to the team hub, newest first: {pushes}</source>
        <translation>Enviado al hub del equipo, lo más reciente primero: {pushes}</translation>
    </message>
    <message>
        <source>Team hub: {reason}</source>
        <translation>Hub del equipo: {reason}</translation>
    </message>
    <message>
        <source>Synced: {pushed} row(s) sent, {pulled} received, {conflicts}</source>
        <translation type="vanished">Sincronizado: {pushed} fila(s) enviada(s), {pulled} recibida(s), {conflicts}</translation>
    </message>
</context>
<context>
    <name>actions.search</name>
    <message>
        <source>fresh</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desfasado</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>corrupt</source>
        <translation>dañado</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation>reconstruyéndose</translation>
    </message>
    <message>
        <source>Opening the search index… the results follow.</source>
        <translation>Abriendo el índice de búsqueda… los resultados llegarán enseguida.</translation>
    </message>
    <message>
        <source>Search is not available in this session.</source>
        <translation>La búsqueda no está disponible en esta sesión.</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <source>Query to save:</source>
        <translation>Consulta que guardar:</translation>
    </message>
    <message>
        <source>Name for this search:</source>
        <translation>Nombre de esta búsqueda:</translation>
    </message>
    <message>
        <source>search unavailable</source>
        <translation>búsqueda no disponible</translation>
    </message>
    <message>
        <source>index: fresh</source>
        <translation>índice: al día</translation>
    </message>
    <message>
        <source>search unavailable: {error}</source>
        <translation>búsqueda no disponible: {error}</translation>
    </message>
    <message>
        <source>index: {state}</source>
        <translation>índice: {state}</translation>
    </message>
    <message>
        <source>index problem: {problem}</source>
        <translation>problema del índice: {problem}</translation>
    </message>
    <message>
        <source>index update cancelled</source>
        <translation>actualización del índice cancelada</translation>
    </message>
    <message>
        <source>Rebuilding search index…</source>
        <translation>Reconstruyendo el índice de búsqueda…</translation>
    </message>
    <message>
        <source>Updating search index ({reason})…</source>
        <translation>Actualizando el índice de búsqueda ({reason})…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>The search engine is not available.</source>
        <translation>El motor de búsqueda no está disponible.</translation>
    </message>
</context>
<context>
    <name>actions.tags</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n entry(s) with “{tag}” — Ctrl+Z undoes it</source>
        <translation>
            <numerusform>%n entrada etiquetada con «{tag}» — Ctrl+Z lo deshace</numerusform>
            <numerusform>%n entradas etiquetadas con «{tag}» — Ctrl+Z lo deshace</numerusform>
        </translation>
    </message>
    <message>
        <source>Already tagged “{tag}”</source>
        <translation>Ya tiene la etiqueta «{tag}»</translation>
    </message>
</context>
<context>
    <name>actions.use_case</name>
    <message>
        <source>Export rules</source>
        <translation>Exportar reglas</translation>
    </message>
    <message>
        <source>Show a model first: its rules are exported.</source>
        <translation>Muestre primero un modelo: se exportan sus reglas.</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html)</source>
        <translation>Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Compare with Snapshot</source>
        <translation>Comparar con una instantánea</translation>
    </message>
    <message>
        <source>Choose a saved use case first: its verdicts now are compared with a snapshot&apos;s.</source>
        <translation>Elija primero un caso de uso guardado: sus veredictos actuales se comparan con los de una instantánea.</translation>
    </message>
    <message>
        <source>There are no snapshots yet (View ▸ Create Snapshot…).</source>
        <translation>Todavía no hay instantáneas (Ver ▸ Crear instantánea…).</translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation>Instantánea:</translation>
    </message>
</context>
<context>
    <name>actions.view</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modelo</numerusform>
            <numerusform>%n modelos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n license(s)</source>
        <translation>
            <numerusform>%n licencia</numerusform>
            <numerusform>%n licencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy note(s)</source>
        <translation>
            <numerusform>%n nota normativa</numerusform>
            <numerusform>%n notas normativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluación</numerusform>
            <numerusform>%n evaluaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Welcome to Model Atlas</source>
        <translation>Bienvenido a Model Atlas</translation>
    </message>
    <message>
        <source>Your name (recorded on every change you make):</source>
        <translation>Su nombre (se registra en cada cambio que haga):</translation>
    </message>
</context>
<context>
    <name>changes_pane</name>
    <message>
        <source>added</source>
        <translation>añadida</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes show once the preview is ready.</source>
        <translation>Los cambios se muestran en cuanto la vista previa esté lista.</translation>
    </message>
    <message>
        <source>Entries that would change</source>
        <translation>Entradas que cambiarían</translation>
    </message>
    <message>
        <source>Field changes of the chosen entry</source>
        <translation>Cambios de campos de la entrada elegida</translation>
    </message>
    <message>
        <source>Nothing in your atlas would change.</source>
        <translation>Nada cambiaría en su atlas.</translation>
    </message>
    <message>
        <source>Would change:</source>
        <translation>Cambiaría:</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadida</numerusform>
            <numerusform>%n añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n quitada</numerusform>
            <numerusform>%n quitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiada</numerusform>
            <numerusform>%n cambiadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chart_keys</name>
    <message>
        <source>{position} of {count}: {mark}</source>
        <translation>{position} de {count}: {mark}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Openness over time</source>
        <translation>Apertura en el tiempo</translation>
    </message>
    <message>
        <source>Jurisdiction × openness</source>
        <translation>Jurisdicción × apertura</translation>
    </message>
    <message>
        <source>Licenses by family</source>
        <translation>Licencias por familia</translation>
    </message>
    <message>
        <source>Each model by release date and openness grade: closed releases (circles) below the dashed line, downloadable weights (squares) above it. Click a point to list that model.</source>
        <translation>Cada modelo según su fecha de publicación y grado de apertura: publicaciones cerradas (círculos) bajo la línea discontinua, pesos descargables (cuadrados) encima. Pulse un punto para listar ese modelo.</translation>
    </message>
    <message>
        <source>Models by their developer&apos;s jurisdiction, stacked by openness grade. Click a segment to list those models.</source>
        <translation>Modelos por jurisdicción de su desarrollador, apilados por grado de apertura. Pulse un segmento para listar esos modelos.</translation>
    </message>
    <message>
        <source>Licenses per family, and how many models use a license of that family. Click a bar to list them.</source>
        <translation>Licencias por familia y cuántos modelos usan una licencia de esa familia. Pulse una barra para listarlos.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(sin registrar)</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exportar &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Exportar &amp;SVG…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Releases by openness grade over time</source>
        <translation>Publicaciones por grado de apertura en el tiempo</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>weights released above</source>
        <translation>encima: pesos publicados</translation>
    </message>
    <message>
        <source>Models by developer jurisdiction and openness grade</source>
        <translation>Modelos por jurisdicción del desarrollador y grado de apertura</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Licenses by family, and the models using them</source>
        <translation>Licencias por familia y los modelos que las usan</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Models using one</source>
        <translation>Modelos que usan una</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>click to list it</source>
        <translation>pulse para listarlo</translation>
    </message>
    <message>
        <source>click to list these {count}</source>
        <translation>pulse para listar estos {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modelo</numerusform>
            <numerusform>%n modelos</numerusform>
        </translation>
    </message>
    <message>
        <source>click to list them</source>
        <translation>pulse para listarlos</translation>
    </message>
    <message numerus="yes">
        <source>%n license(s)</source>
        <translation>
            <numerusform>%n licencia</numerusform>
            <numerusform>%n licencias</numerusform>
        </translation>
    </message>
    <message>
        <source>could not write {file}</source>
        <translation>no se pudo escribir {file}</translation>
    </message>
    <message>
        <source>Export chart as {format}</source>
        <translation>Exportar el gráfico como {format}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Could not save: {problem}</source>
        <translation>No se pudo guardar: {problem}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} guardado</translation>
    </message>
</context>
<context>
    <name>chips</name>
    <message>
        <source>tag: {tag}</source>
        <translation>etiqueta: {tag}</translation>
    </message>
    <message>
        <source>not tag: {tag}</source>
        <translation>sin etiqueta: {tag}</translation>
    </message>
    <message>
        <source>name contains “{text}”</source>
        <translation>el nombre contiene «{text}»</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen entry(s)</source>
        <translation>
            <numerusform>%n entrada elegida</numerusform>
            <numerusform>%n entradas elegidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Quitar todo</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <source>The same filter in the search language:</source>
        <translation>El mismo filtro en el lenguaje de búsqueda:</translation>
    </message>
    <message>
        <source>Click to remove this filter</source>
        <translation>Pulse para quitar este filtro</translation>
    </message>
    <message>
        <source>Remove filter {filter}</source>
        <translation>Quitar el filtro {filter}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Edit {entry}</source>
        <translation>Editar {entry}</translation>
    </message>
    <message>
        <source>Create {entry}</source>
        <translation>Crear {entry}</translation>
    </message>
    <message>
        <source>Delete {entry}</source>
        <translation>Eliminar {entry}</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n entry(s) with {tags}</source>
        <translation>
            <numerusform>Etiquetar %n entrada con {tags}</numerusform>
            <numerusform>Etiquetar %n entradas con {tags}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n entry(s) with {tags}</source>
        <translation>
            <numerusform>Quitar {tags} de %n entrada</numerusform>
            <numerusform>Quitar {tags} de %n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compare_view</name>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>HTML page…</source>
        <translation>Página HTML…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Click: show it in the detail pane · drag to reorder · right-click to move or remove</source>
        <translation>Clic: mostrar en el panel de detalle · arrastrar: reordenar · clic derecho: mover o quitar</translation>
    </message>
    <message>
        <source>{field} — differs between the entries</source>
        <translation>{field} — difiere entre las entradas</translation>
    </message>
    <message>
        <source>{field} — the same for all</source>
        <translation>{field} — igual en todas</translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation>&amp;Solo diferencias</translation>
    </message>
    <message>
        <source>Show only the rows where the entries differ</source>
        <translation>Mostrar solo las filas en que las entradas difieren</translation>
    </message>
    <message>
        <source>Add an entry to the comparison</source>
        <translation>Añadir una entrada a la comparación</translation>
    </message>
    <message>
        <source>Add an entry by name…</source>
        <translation>Añadir una entrada por su nombre…</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Mover a la &amp;izquierda</translation>
    </message>
    <message>
        <source>Move the current column left</source>
        <translation>Mover la columna actual a la izquierda</translation>
    </message>
    <message>
        <source>Move Ri&amp;ght</source>
        <translation>Mover a la &amp;derecha</translation>
    </message>
    <message>
        <source>Move the current column right</source>
        <translation>Mover la columna actual a la derecha</translation>
    </message>
    <message>
        <source>&amp;Remove Column</source>
        <translation>&amp;Quitar columna</translation>
    </message>
    <message>
        <source>Remove the current column&apos;s entry from the comparison</source>
        <translation>Quitar de la comparación la entrada de la columna actual</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Remove every entry from the comparison</source>
        <translation>Quitar todas las entradas de la comparación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export the comparison as Markdown, CSV or a self-contained HTML page</source>
        <translation>Exportar la comparación como Markdown, CSV o una página HTML autónoma</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message numerus="yes">
        <source>A comparison holds at most {most} entries; %n left out.</source>
        <translation>
            <numerusform>Una comparación admite como máximo {most} entradas; %n quedó fuera.</numerusform>
            <numerusform>Una comparación admite como máximo {most} entradas; %n quedaron fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry named “{name}”: pick one from the suggestions.</source>
        <translation>No hay ninguna entrada llamada «{name}»: elija una de las sugerencias.</translation>
    </message>
    <message>
        <source>“{name}” is compared already.</source>
        <translation>«{name}» ya está en la comparación.</translation>
    </message>
    <message>
        <source>A comparison holds at most {most} entries: remove one first.</source>
        <translation>Una comparación admite como máximo {most} entradas: quite una primero.</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>«{name}» añadido.</translation>
    </message>
    <message>
        <source>kinds differ: compared on the fields they share</source>
        <translation>tipos distintos: se comparan los campos comunes</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n entry(s) — {differ} of {total} rows differ</source>
        <translation>
            <numerusform>Comparando %n entrada — {differ} de {total} filas difieren</numerusform>
            <numerusform>Comparando %n entradas — {differ} de {total} filas difieren</numerusform>
        </translation>
    </message>
    <message>
        <source>In the comparison now: {names}</source>
        <translation>Ahora en la comparación: {names}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick {least} to {most} entries to compare side by side:&lt;/p&gt;&lt;p&gt;select them in the list and press &lt;b&gt;Ctrl+D&lt;/b&gt; (Compare),&lt;br&gt;use &lt;b&gt;Add to Comparison&lt;/b&gt; (Ctrl+Shift+D) on any entry,&lt;br&gt;or type a name in the box above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija de {least} a {most} entradas para compararlas lado a lado:&lt;/p&gt;&lt;p&gt;selecciónelas en la lista y pulse &lt;b&gt;Ctrl+D&lt;/b&gt; (Comparar),&lt;br&gt;use &lt;b&gt;Añadir a la comparación&lt;/b&gt; (Ctrl+Mayús+D) en cualquier entrada,&lt;br&gt;o escriba un nombre en el cuadro de arriba.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show in Detail Pane</source>
        <translation>Mostrar en el panel de detalle</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Mover a la izquierda</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Mover a la derecha</translation>
    </message>
    <message>
        <source>Remove from Comparison</source>
        <translation>Quitar de la comparación</translation>
    </message>
    <message>
        <source>Saved {file} — &lt;a href=&quot;{url}&quot;&gt;open it&lt;/a&gt;</source>
        <translation>{file} guardado — &lt;a href=&quot;{url}&quot;&gt;abrirlo&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exportar comparación</translation>
    </message>
    <message>
        <source>Could not save: {problem}</source>
        <translation>No se pudo guardar: {problem}</translation>
    </message>
</context>
<context>
    <name>detail_html</name>
    <message>
        <source>policy</source>
        <translation>política</translation>
    </message>
    <message>
        <source>verified {when}</source>
        <translation>verificado {when}</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>fijado a mano</translation>
    </message>
    <message>
        <source>suggested from license and components</source>
        <translation>deducido de la licencia y los componentes</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>The recorded facts suggest &lt;b&gt;{grade}&lt;/b&gt;: {reasons}.</source>
        <translation>Los datos registrados apuntan a &lt;b&gt;{grade}&lt;/b&gt;: {reasons}.</translation>
    </message>
    <message>
        <source>Why: {reasons}.</source>
        <translation>Por qué: {reasons}.</translation>
    </message>
    <message>
        <source>Class III · open model</source>
        <translation>Clase III · modelo abierto</translation>
    </message>
    <message>
        <source>Class II · open tooling</source>
        <translation>Clase II · herramientas abiertas</translation>
    </message>
    <message>
        <source>Class I · open science</source>
        <translation>Clase I · ciencia abierta</translation>
    </message>
    <message>
        <source>missing: {components}</source>
        <translation>falta: {components}</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>(not an open license)</source>
        <translation>(no es una licencia abierta)</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>Other frameworks</source>
        <translation>Otros marcos</translation>
    </message>
    <message>
        <source>License clauses — {license}</source>
        <translation>Cláusulas de la licencia — {license}</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message numerus="yes">
        <source>Average per criterion (%n evaluation(s)): {averages}</source>
        <translation>
            <numerusform>Media por criterio (%n evaluación): {averages}</numerusform>
            <numerusform>Media por criterio (%n evaluaciones): {averages}</numerusform>
        </translation>
    </message>
    <message>
        <source>average {score}</source>
        <translation>media {score}</translation>
    </message>
    <message>
        <source>Family tree — {family}</source>
        <translation>Árbol genealógico — {family}</translation>
    </message>
    <message>
        <source>Family tree</source>
        <translation>Árbol genealógico</translation>
    </message>
    <message>
        <source>another family</source>
        <translation>otra familia</translation>
    </message>
    <message>
        <source>every clause</source>
        <translation>todas las cláusulas</translation>
    </message>
    <message>
        <source>Terms passed down from {base}: {license} ({clauses})</source>
        <translation>Condiciones heredadas de {base}: {license} ({clauses})</translation>
    </message>
    <message>
        <source>MOF {mof_class}</source>
        <translation>MOF {mof_class}</translation>
    </message>
    <message>
        <source>MOF unclassified</source>
        <translation>MOF sin clasificar</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <source>Policy notes that concern it</source>
        <translation>Notas normativas que le afectan</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Derived models</source>
        <translation>Modelos derivados</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Afecta a</translation>
    </message>
    <message>
        <source>Tagged entries</source>
        <translation>Entradas etiquetadas</translation>
    </message>
    <message>
        <source>Backs</source>
        <translation>Respalda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>accessed {date}, {confidence} confidence</source>
        <translation>consultado el {date}, fiabilidad: {confidence}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Last changed {when} by {author} · version {version}</source>
        <translation>Último cambio {when} por {author} · versión {version}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>{date} by {who} ({source})</source>
        <translation>{date} por {who} ({source})</translation>
    </message>
    <message>
        <source>{date} by {who}</source>
        <translation>{date} por {who}</translation>
    </message>
    <message>
        <source>Status never verified</source>
        <translation>Estado nunca verificado</translation>
    </message>
    <message>
        <source>Last verified: never</source>
        <translation>Última verificación: nunca</translation>
    </message>
    <message>
        <source>Status last verified: {when}</source>
        <translation>Última verificación del estado: {when}</translation>
    </message>
    <message>
        <source>Last verified: {when}</source>
        <translation>Última verificación: {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Invalid values in this entry&lt;/b&gt; (shown as unknown until corrected):</source>
        <translation>&lt;b&gt;⚠ Valores no válidos en esta entrada&lt;/b&gt; (se muestran como desconocidos hasta corregirlos):</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Las fuentes discrepan</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Exempt from: {items}</source>
        <translation>Exento de: {items}</translation>
    </message>
    <message>
        <source>Would be settled by: {facts}</source>
        <translation>Se resolvería con: {facts}</translation>
    </message>
    <message>
        <source>Do not apply: {rules}</source>
        <translation>No se aplican: {rules}</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Applies when</source>
        <translation>Se aplica cuando</translation>
    </message>
    <message>
        <source>Exempt when</source>
        <translation>Exento cuando</translation>
    </message>
    <message>
        <source>Grants an exemption when</source>
        <translation>Concede una exención cuando</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Obligaciones</translation>
    </message>
    <message>
        <source>Exempt from</source>
        <translation>Exento de</translation>
    </message>
    <message>
        <source>Still required</source>
        <translation>Sigue siendo obligatorio</translation>
    </message>
    <message>
        <source>Developer transparency (FMTI)</source>
        <translation>Transparencia del desarrollador (FMTI)</translation>
    </message>
    <message>
        <source>What the catalogs say</source>
        <translation>Lo que dicen los catálogos</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">Clase</translation>
    </message>
</context>
<context>
    <name>detail_view</name>
    <message>
        <source>Select an entry to see everything about it.</source>
        <translation>Seleccione una entrada para ver todo sobre ella.</translation>
    </message>
    <message>
        <source>This entry was deleted.</source>
        <translation>Esta entrada se eliminó.</translation>
    </message>
    <message>
        <source>Open in your browser?</source>
        <translation>¿Abrir en el navegador?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>¿Abrir esta dirección en el navegador web?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Score for {criterion}</source>
        <translation>Puntuación de {criterion}</translation>
    </message>
    <message>
        <source>Tag color</source>
        <translation>Color de la etiqueta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>e.g. 70B, 1.2e25</source>
        <translation>p. ej. 70B, 1.2e25</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separados por comas</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>Editar: {kind}</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Nuevo: {kind}</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention</source>
        <translation>
            <numerusform>%n campo requiere atención</numerusform>
            <numerusform>%n campos requieren atención</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evaluation_form</name>
    <message>
        <source>Adopt — use it for this use case</source>
        <translation>Adoptar — usarlo en este caso de uso</translation>
    </message>
    <message>
        <source>Trial — worth a pilot on a real project</source>
        <translation>Probar — merece un piloto en un proyecto real</translation>
    </message>
    <message>
        <source>Assess — explore it, not ready to pilot</source>
        <translation>Valorar — explorarlo, aún no para un piloto</translation>
    </message>
    <message>
        <source>Hold — do not start new work with it</source>
        <translation>Aparcar — no empezar trabajos nuevos con él</translation>
    </message>
    <message>
        <source>1 poor … 5 excellent for this use case (for risks: 5 = least risk); “—” leaves a criterion unscored.</source>
        <translation>1 malo … 5 excelente para este caso de uso (en riesgos: 5 = menor riesgo); «—» deja un criterio sin puntuar.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>{score} of 5</source>
        <translation>{score} de 5</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>Evaluated entry</source>
        <translation>Entrada evaluada</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>e.g. on-prem legal summarization in the EU</source>
        <translation>p. ej. resúmenes jurídicos en servidores propios en la UE</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes (Markdown): what you tried, what decided it, open questions…</source>
        <translation>Notas (Markdown): qué probó, qué lo decidió, preguntas abiertas…</translation>
    </message>
    <message>
        <source>shortlist, eu-ready</source>
        <translation>shortlist, eu-ready</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Evaluated entry *</source>
        <translation>Entrada evaluada *</translation>
    </message>
    <message>
        <source>Author *</source>
        <translation>Autor *</translation>
    </message>
    <message>
        <source>Use case *</source>
        <translation>Caso de uso *</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Verdict *</source>
        <translation>Veredicto *</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message numerus="yes">
        <source>Average {average} over %n criteria</source>
        <translation>
            <numerusform>Media {average} en %n criterio</numerusform>
            <numerusform>Media {average} en %n criterios</numerusform>
        </translation>
    </message>
    <message>
        <source>No criterion scored yet</source>
        <translation>Aún no se ha puntuado ningún criterio</translation>
    </message>
    <message>
        <source>choose the entry you evaluated</source>
        <translation>elija la entrada evaluada</translation>
    </message>
    <message>
        <source>give the author&apos;s name</source>
        <translation>indique el nombre del autor</translation>
    </message>
    <message>
        <source>say what it was evaluated for, e.g. “on-prem legal summarization in the EU”</source>
        <translation>indique para qué se evaluó, p. ej. «resúmenes jurídicos en servidores propios en la UE»</translation>
    </message>
    <message>
        <source>choose adopt, trial, assess or hold</source>
        <translation>elija adoptar, probar, valorar o aparcar</translation>
    </message>
    <message>
        <source>scores run from 1 to 5</source>
        <translation>las puntuaciones van de 1 a 5</translation>
    </message>
    <message>
        <source>a tag name is at most 100 characters</source>
        <translation>una etiqueta tiene como máximo 100 caracteres</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention</source>
        <translation>
            <numerusform>%n campo requiere atención</numerusform>
            <numerusform>%n campos requieren atención</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange_dialogs</name>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Probables duplicados</translation>
    </message>
    <message>
        <source>Newer wins (default)</source>
        <translation>Gana la más reciente (predeterminado)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <source>Export atlas</source>
        <translation>Exportar atlas</translation>
    </message>
    <message>
        <source>The whole atlas</source>
        <translation>El atlas completo</translation>
    </message>
    <message>
        <source>The selected entries ({count}), with what they refer to</source>
        <translation>Las entradas seleccionadas ({count}), con aquello a lo que remiten</translation>
    </message>
    <message>
        <source>Entries with the tag</source>
        <translation>Entradas con la etiqueta</translation>
    </message>
    <message>
        <source>The current search results ({count})</source>
        <translation>Los resultados de la búsqueda actual ({count})</translation>
    </message>
    <message>
        <source>Leave out notes and evaluations marked private</source>
        <translation>Excluir las notas y evaluaciones marcadas como privadas</translation>
    </message>
    <message>
        <source>Authors to leave out</source>
        <translation>Autores que excluir</translation>
    </message>
    <message>
        <source>authors to leave out, comma-separated (optional)</source>
        <translation>autores que excluir, separados por comas (opcional)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export to a single .atlas file that a teammate can merge into theirs:</source>
        <translation>Exportar a un único archivo .atlas que un compañero pueda fusionar en el suyo:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Model Atlas files (*.atlas)</source>
        <translation>Archivos de Model Atlas (*.atlas)</translation>
    </message>
    <message>
        <source>Export failed: {problem}</source>
        <translation>Falló la exportación: {problem}</translation>
    </message>
    <message>
        <source>Nothing changed: your atlas already had everything in this file.</source>
        <translation>Nada cambió: su atlas ya tenía todo lo de este archivo.</translation>
    </message>
    <message>
        <source>Merging would change nothing: your atlas already has everything in this file.</source>
        <translation>Fusionar no cambiaría nada: su atlas ya tiene todo lo de este archivo.</translation>
    </message>
    <message>
        <source>Merged: {changes}.</source>
        <translation>Fusionado: {changes}.</translation>
    </message>
    <message>
        <source>Merging would {changes}.</source>
        <translation>La fusión haría: {changes}.</translation>
    </message>
    <message>
        <source>Import and merge — {file}</source>
        <translation>Importar y fusionar — {file}</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <source>What merging changes, by kind</source>
        <translation>Lo que cambia la fusión, por tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Registro de importación</translation>
    </message>
    <message>
        <source>What merging would change, field by field</source>
        <translation>Lo que cambiaría la fusión, campo por campo</translation>
    </message>
    <message>
        <source>Import log and changes</source>
        <translation>Registro de importación y cambios</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Merge progress</source>
        <translation>Progreso de la fusión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop checking or merging; your atlas stays as it is</source>
        <translation>Detener la comprobación o la fusión; su atlas queda como está</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Check again what merging this file would do</source>
        <translation>Volver a comprobar qué haría la fusión de este archivo</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Resolve Conflicts…</source>
        <translation>Resolver conflictos…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>When both sides changed an entry:</source>
        <translation>Cuando ambas partes cambiaron una entrada:</translation>
    </message>
    <message>
        <source>Checking what would change…</source>
        <translation>Comprobando qué cambiaría…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>It comes from an older version of Model Atlas and was read through an upgraded copy.</source>
        <translation>Procede de una versión anterior de Model Atlas y se leyó mediante una copia actualizada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; — exported by {author} on {when}.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; — exportado por {author} el {when}.</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Todavía no ha cambiado nada.</translation>
    </message>
    <message>
        <source>A backup was saved first: {file}</source>
        <translation>Antes se guardó una copia de seguridad: {file}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The merge failed:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;Falló la fusión:&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <source>Your atlas was not changed.</source>
        <translation>Su atlas no se modificó.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be merged:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;Este archivo no se puede fusionar:&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <source>Merge cancelled — your atlas was not changed. Press Merge to merge it after all.</source>
        <translation>Fusión cancelada — su atlas no se modificó. Pulse Fusionar para fusionarlo de todos modos.</translation>
    </message>
    <message>
        <source>Preview cancelled — nothing was changed. Press Preview to check the file again.</source>
        <translation>Vista previa cancelada — no se cambió nada. Pulse Vista previa para comprobar de nuevo el archivo.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mía</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La suya</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Differing fields</source>
        <translation>Campos distintos</translation>
    </message>
    <message>
        <source>Open Entry</source>
        <translation>Abrir entrada</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Both sides changed these since they last shared a version. Nothing was overwritten: choose, field by field, which version to keep, or edit it.</source>
        <translation>Ambas partes cambiaron estas entradas desde la última versión compartida. No se sobrescribió nada: elija, campo a campo, qué versión conservar, o edítela.</translation>
    </message>
    <message>
        <source>from {origin}; kept {when}</source>
        <translation>de {origin}; conservado el {when}</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No hay conflictos abiertos.</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>la mía</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>la suya</translation>
    </message>
    <message>
        <source>Edited (type in Mine)</source>
        <translation>Editada (escriba en «La mía»)</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>editar</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Resolver conflicto</translation>
    </message>
    <message>
        <source>Resolved {entry}.</source>
        <translation>{entry} resuelto.</translation>
    </message>
</context>
<context>
    <name>form_dialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Discard the changes you made in this form?</source>
        <translation>¿Descartar los cambios hechos en este formulario?</translation>
    </message>
    <message>
        <source>Keep Editing returns to the form; nothing is saved until you press Save.</source>
        <translation>«Seguir editando» vuelve al formulario; no se guarda nada hasta que pulse Guardar.</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>frozen_column</name>
    <message>
        <source>Row labels</source>
        <translation>Rótulos de fila</translation>
    </message>
</context>
<context>
    <name>getting_started</name>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>where each sits between closed and fully open: an openness grade, its Model Openness Framework class and which components (weights, code, data, papers) are released</source>
        <translation>dónde se sitúa cada uno entre cerrado y totalmente abierto: un grado de apertura, su clase del Model Openness Framework y qué componentes (pesos, código, datos, artículos) se han publicado</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>who develops them, and where</source>
        <translation>quién los desarrolla, y dónde</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>clause by clause: commercial use, user caps, acceptable-use policies, attribution</source>
        <translation>cláusula a cláusula: uso comercial, límites de usuarios, políticas de uso aceptable, atribución</translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation>Notas normativas</translation>
    </message>
    <message>
        <source>laws and rules (EU AI Act, US export controls, …) with the conditions under which they bind</source>
        <translation>leyes y normas (Reglamento de IA de la UE, controles de exportación de EE. UU., …) con las condiciones en que obligan</translation>
    </message>
    <message>
        <source>Your notes and evaluations</source>
        <translation>Sus notas y evaluaciones</translation>
    </message>
    <message>
        <source>verdicts and scores you record, under your name</source>
        <translation>los veredictos y puntuaciones que registra, con su nombre</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrar la lista</translation>
    </message>
    <message>
        <source>In the sidebar, tick &lt;i&gt;Openness grade ▸ Fully open&lt;/i&gt; or &lt;i&gt;Jurisdiction ▸ EU&lt;/i&gt;. Chips above the list show the filter, with the same filter as search text beside them.</source>
        <translation>En la barra lateral, marque &lt;i&gt;Grado de apertura ▸ Totalmente abierto&lt;/i&gt; o &lt;i&gt;Jurisdicción ▸ EU&lt;/i&gt;. Unas fichas sobre la lista muestran el filtro y, al lado, el mismo filtro como texto de búsqueda.</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{search}&lt;/b&gt; and type &lt;code&gt;llama license &quot;acceptable use&quot;&lt;/code&gt; or &lt;code&gt;openness:fully-open released:2024..2025&lt;/code&gt;. Help ▸ Search Syntax lists the rest.</source>
        <translation>Pulse &lt;b&gt;{search}&lt;/b&gt; y escriba &lt;code&gt;llama license &quot;acceptable use&quot;&lt;/code&gt; o &lt;code&gt;openness:fully-open released:2024..2025&lt;/code&gt;. Ayuda ▸ Sintaxis de búsqueda explica el resto.</translation>
    </message>
    <message>
        <source>Read one model</source>
        <translation>Leer un modelo</translation>
    </message>
    <message>
        <source>Click a row. The detail pane shows its openness, its license&apos;s clauses and which policy notes bind it; names are links, and &lt;b&gt;{back}&lt;/b&gt; goes back.</source>
        <translation>Pulse en una fila. El panel de detalle muestra su apertura, las cláusulas de su licencia y las notas normativas que le obligan; los nombres son enlaces y &lt;b&gt;{back}&lt;/b&gt; vuelve atrás.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Select two to six models (Ctrl+click) and press &lt;b&gt;{compare}&lt;/b&gt;: the rows where they differ stand out.</source>
        <translation>Seleccione de dos a seis modelos (Ctrl+clic) y pulse &lt;b&gt;{compare}&lt;/b&gt;: las filas en que difieren destacan.</translation>
    </message>
    <message>
        <source>Check a use case</source>
        <translation>Comprobar un caso de uso</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;{use_case}&lt;/b&gt;, describe what you plan (where, commercial or not, hosted or on your own machines) and see which models fit and under which duties.</source>
        <translation>Pulse &lt;b&gt;{use_case}&lt;/b&gt;, describa lo que planea (dónde, comercial o no, alojado o en sus propias máquinas) y vea qué modelos encajan y con qué obligaciones.</translation>
    </message>
    <message>
        <source>Go to the sidebar</source>
        <translation>Ir a la barra lateral</translation>
    </message>
    <message>
        <source>Go to the list</source>
        <translation>Ir a la lista</translation>
    </message>
    <message>
        <source>Go to the detail pane</source>
        <translation>Ir al panel de detalle</translation>
    </message>
    <message>
        <source>Back to the previous entry</source>
        <translation>Volver a la entrada anterior</translation>
    </message>
    <message>
        <source>Edit the entry shown</source>
        <translation>Editar la entrada mostrada</translation>
    </message>
    <message>
        <source>Tag the selected entries</source>
        <translation>Etiquetar las entradas seleccionadas</translation>
    </message>
    <message>
        <source>Compare the selected entries</source>
        <translation>Comparar las entradas seleccionadas</translation>
    </message>
    <message>
        <source>Evaluate the entry shown</source>
        <translation>Evaluar la entrada mostrada</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>Esta página</translation>
    </message>
    <message>
        <source>Welcome to Model Atlas</source>
        <translation>Bienvenido a Model Atlas</translation>
    </message>
    <message>
        <source>An offline knowledge base about AI models on the open/closed spectrum. Everything lives in one &lt;i&gt;.atlas&lt;/i&gt; file on this computer; nothing is fetched from the internet. Every change is recorded under your name and can be undone.</source>
        <translation>Una base de conocimiento sin conexión sobre modelos de IA, de cerrados a abiertos. Todo está en un archivo &lt;i&gt;.atlas&lt;/i&gt; en este equipo; no se descarga nada de internet. Cada cambio se registra con su nombre y se puede deshacer.</translation>
    </message>
    <message>
        <source>What the atlas holds</source>
        <translation>Qué contiene el atlas</translation>
    </message>
    <message>
        <source>Five things to try first</source>
        <translation>Cinco cosas para empezar</translation>
    </message>
    <message>
        <source>Keys to start with</source>
        <translation>Teclas para empezar</translation>
    </message>
    <message>
        <source>This page is always under &lt;b&gt;Help ▸ Getting Started&lt;/b&gt;.</source>
        <translation>Esta página está siempre en &lt;b&gt;Ayuda ▸ Primeros pasos&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Primeros pasos</translation>
    </message>
</context>
<context>
    <name>history_view</name>
    <message>
        <source>edit in the app</source>
        <translation>edición en la aplicación</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de órdenes</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>base incluida</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusión</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restauración</translation>
    </message>
    <message>
        <source>Exists</source>
        <translation>Existe</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Link: {relation}</source>
        <translation>Enlace: {relation}</translation>
    </message>
    <message>
        <source>Component: {name}</source>
        <translation>Componente: {name}</translation>
    </message>
    <message>
        <source>Assessment: {name}</source>
        <translation>Calificación: {name}</translation>
    </message>
    <message>
        <source>Clause detail: {name}</source>
        <translation>Detalle de cláusula: {name}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Came in a teammate&apos;s merge: shown, but restored only as a whole through the merge&apos;s own version</source>
        <translation>Llegó en la fusión de un compañero: se muestra, pero solo se restaura entera mediante la versión de la fusión</translation>
    </message>
    <message>
        <source>(teammate&apos;s)</source>
        <translation>(de un compañero)</translation>
    </message>
</context>
<context>
    <name>hub_dialog</name>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lector</translation>
    </message>
    <message>
        <source>no role: ask an owner</source>
        <translation>sin rol: pregunte a un propietario</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Model Openness Tool (YAML files)</source>
        <translation>Model Openness Tool (archivos YAML)</translation>
    </message>
    <message>
        <source>European Open Source AI Index (YAML files)</source>
        <translation>European Open Source AI Index (archivos YAML)</translation>
    </message>
    <message>
        <source>Epoch AI — All ML Systems (CSV)</source>
        <translation>Epoch AI — All ML Systems (CSV)</translation>
    </message>
    <message>
        <source>Hugging Face model cards (README.md)</source>
        <translation>Fichas de modelo de Hugging Face (README.md)</translation>
    </message>
    <message>
        <source>Stanford FMTI scores (CSV)</source>
        <translation>Puntuaciones FMTI de Stanford (CSV)</translation>
    </message>
    <message>
        <source>SPDX license list (bundled, offline)</source>
        <translation>Lista de licencias SPDX (incluida, sin conexión)</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionado</translation>
    </message>
    <message>
        <source>created as a new entry</source>
        <translation>creado como entrada nueva</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>cambiado: {fields}</translation>
    </message>
    <message>
        <source>no value changed</source>
        <translation>ningún valor cambió</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) recorded as what the catalog says</source>
        <translation>
            <numerusform>%n valor registrado como dato del catálogo</numerusform>
            <numerusform>%n valores registrados como datos del catálogo</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevas</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizadas</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>need review</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazadas</translation>
    </message>
    <message>
        <source>Preview of the {catalog} import — nothing has been written yet</source>
        <translation>Vista previa de la importación de {catalog} — aún no se ha escrito nada</translation>
    </message>
    <message>
        <source>{catalog}: import finished</source>
        <translation>{catalog}: importación terminada</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read in {seconds} s</source>
        <translation>
            <numerusform>%n archivo leído en {seconds} s</numerusform>
            <numerusform>%n archivos leídos en {seconds} s</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation>Lo que cambiaría la importación</translation>
    </message>
    <message>
        <source>What the import changed</source>
        <translation>Lo que cambió la importación</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Registros rechazados</translation>
    </message>
    <message>
        <source>Uncertain matches wait in the review list: &lt;a href=&apos;atlas://review&apos;&gt;File ▸ Review Uncertain Matches…&lt;/a&gt;</source>
        <translation>Las coincidencias dudosas esperan en la lista de revisión: &lt;a href=&apos;atlas://review&apos;&gt;Archivo ▸ Revisar coincidencias dudosas…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Import from catalog</source>
        <translation>Importar de catálogo</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Archivos que importar</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Run the import without writing anything and show what it would do</source>
        <translation>Ejecutar la importación sin escribir nada y mostrar lo que haría</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>What importing would change, field by field</source>
        <translation>Lo que cambiaría la importación, campo por campo</translation>
    </message>
    <message>
        <source>Report and changes</source>
        <translation>Informe y cambios</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>Carpeta que importar</translation>
    </message>
    <message>
        <source>Preview import</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <source>Preview ready: press Import to apply it.</source>
        <translation>Vista previa lista: pulse Importar para aplicarla.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import failed:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;Falló la importación:&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Cancelled — nothing was changed.</source>
        <translation>Cancelado — no se cambió nada.</translation>
    </message>
    <message>
        <source>Review uncertain matches</source>
        <translation>Revisar coincidencias dudosas</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Desarrollador</translation>
    </message>
    <message>
        <source>Closest entry (score)</source>
        <translation>Entrada más parecida (puntuación)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Uncertain matches</source>
        <translation>Coincidencias dudosas</translation>
    </message>
    <message>
        <source>Merge into Closest</source>
        <translation>Fusionar con la más parecida</translation>
    </message>
    <message>
        <source>Create New Entry</source>
        <translation>Crear entrada nueva</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>These records resemble an entry, but not closely enough to merge them automatically. Double-click a row to read the closest entry.</source>
        <translation>Estos registros se parecen a una entrada, pero no lo bastante para fusionarlos automáticamente. Haga doble clic en una fila para leer la entrada más parecida.</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Nada que revisar.</translation>
    </message>
    <message>
        <source>This record has no close entry: create it or dismiss it.</source>
        <translation>Este registro no tiene ninguna entrada parecida: créelo o descártelo.</translation>
    </message>
    <message>
        <source>Nothing else to review.</source>
        <translation>Nada más que revisar.</translation>
    </message>
</context>
<context>
    <name>list_model</name>
    <message>
        <source>⚠ invalid: {value}</source>
        <translation>⚠ no válido: {value}</translation>
    </message>
    <message>
        <source>Sort by {column}</source>
        <translation>Ordenar por {column}</translation>
    </message>
    <message>
        <source>Entry list</source>
        <translation>Lista de entradas</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Estado de la lista</translation>
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
        <translation>Detalle de la entrada</translation>
    </message>
    <message>
        <source>Search everything…  (Ctrl+K)   e.g.  llama license &quot;acceptable use&quot;</source>
        <translation>Buscar en todo…  (Ctrl+K)   p. ej.  llama license &quot;acceptable use&quot;</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
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
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Nombre de la etiqueta</translation>
    </message>
    <message>
        <source>e.g. shortlist</source>
        <translation>p. ej. shortlist</translation>
    </message>
    <message>
        <source>Color {color}</source>
        <translation>Color {color}</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <source>Choose any color</source>
        <translation>Elegir cualquier color</translation>
    </message>
    <message>
        <source>How the tag will look</source>
        <translation>Así se verá la etiqueta</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Tag color</source>
        <translation>Color de la etiqueta</translation>
    </message>
    <message>
        <source>Give the tag a name.</source>
        <translation>Dé un nombre a la etiqueta.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No atlas open. File ▸ Open… chooses one.</source>
        <translation>Ningún atlas abierto. Archivo ▸ Abrir… permite elegir uno.</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Abriendo {file}…</translation>
    </message>
    <message>
        <source>No atlas open</source>
        <translation>Ningún atlas abierto</translation>
    </message>
    <message>
        <source>The atlas could not be opened:</source>
        <translation>No se pudo abrir el atlas:</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>search_panel</name>
    <message>
        <source>{kind} · score {score}</source>
        <translation>{kind} · puntuación {score}</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; result(s) for &lt;i&gt;{query}&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; resultado para &lt;i&gt;{query}&lt;/i&gt;</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; resultados para &lt;i&gt;{query}&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>¿Quizá quiso decir {suggestion}?</translation>
    </message>
    <message>
        <source>Ignored: {terms}</source>
        <translation>Ignorado: {terms}</translation>
    </message>
    <message numerus="yes">
        <source>Catching up: %n changed entry(s) not in the search index yet; these results may miss them.</source>
        <translation>
            <numerusform>Poniéndose al día: %n entrada cambiada aún no está en el índice; puede faltar en estos resultados.</numerusform>
            <numerusform>Poniéndose al día: %n entradas cambiadas aún no están en el índice; pueden faltar en estos resultados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sidebar</name>
    <message>
        <source>(not recorded)</source>
        <translation>(sin registrar)</translation>
    </message>
    <message numerus="yes">
        <source>Not verified in %n days</source>
        <translation>
            <numerusform>Sin verificar en %n día</numerusform>
            <numerusform>Sin verificar en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Filter {kinds}</source>
        <translation>Filtrar: {kinds}</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Actualidad</translation>
    </message>
    <message>
        <source>Show only entries with {facet} {value}</source>
        <translation>Mostrar solo entradas con {facet} {value}</translation>
    </message>
    <message>
        <source>Click: show only entries with this tag · Right-click or Menu key: exclude it</source>
        <translation>Clic: mostrar solo entradas con esta etiqueta · clic derecho o tecla Menú: excluirla</translation>
    </message>
    <message>
        <source>Show only “{tag}”</source>
        <translation>Mostrar solo «{tag}»</translation>
    </message>
    <message>
        <source>Exclude “{tag}”</source>
        <translation>Excluir «{tag}»</translation>
    </message>
    <message>
        <source>Clear this tag filter</source>
        <translation>Quitar este filtro de etiqueta</translation>
    </message>
    <message>
        <source>Click: show only entries with this tag · Right-click: exclude it</source>
        <translation type="vanished">Clic: mostrar solo entradas con esta etiqueta · clic derecho: excluirla</translation>
    </message>
    <message numerus="yes">
        <source>Not verified in %n day(s)</source>
        <translation type="vanished">
            <numerusform>Sin verificar en %n día</numerusform>
            <numerusform>Sin verificar en %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>status_progress</name>
    <message>
        <source>Background work</source>
        <translation>Trabajo en segundo plano</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>tag_commands</name>
    <message>
        <source>Create tag {tag}</source>
        <translation>Crear la etiqueta {tag}</translation>
    </message>
    <message>
        <source>Rename tag {old} to {new}</source>
        <translation>Renombrar la etiqueta {old} como {new}</translation>
    </message>
    <message>
        <source>Recolor tag {tag}</source>
        <translation>Recolorear la etiqueta {tag}</translation>
    </message>
    <message>
        <source>Merge tag {tags} into {target}</source>
        <translation>Fusionar la etiqueta {tags} en {target}</translation>
    </message>
    <message>
        <source>Delete tag {tags}</source>
        <translation>Eliminar la etiqueta {tags}</translation>
    </message>
</context>
<context>
    <name>tag_dialog</name>
    <message>
        <source>Add tags</source>
        <translation>Añadir etiquetas</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Quitar etiquetas</translation>
    </message>
    <message>
        <source>Tag names</source>
        <translation>Nombres de las etiquetas</translation>
    </message>
    <message>
        <source>shortlist, eu-ready</source>
        <translation>shortlist, eu-ready</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n entry(s) (comma-separated; new tags are created):</source>
        <translation>
            <numerusform>Etiquetas que añadir a %n entrada (separadas por comas; las nuevas se crean):</numerusform>
            <numerusform>Etiquetas que añadir a %n entradas (separadas por comas; las nuevas se crean):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags to remove from %n entry(s) (comma-separated):</source>
        <translation>
            <numerusform>Etiquetas que quitar de %n entrada (separadas por comas):</numerusform>
            <numerusform>Etiquetas que quitar de %n entradas (separadas por comas):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tag_manager</name>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message numerus="yes">
        <source>{tag}: %n entry(s) · F2 or double-click to rename</source>
        <translation>
            <numerusform>{tag}: %n entrada · F2 o doble clic para renombrar</numerusform>
            <numerusform>{tag}: %n entradas · F2 o doble clic para renombrar</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag Manager</source>
        <translation>Gestor de etiquetas</translation>
    </message>
    <message>
        <source>Filter tags…</source>
        <translation>Filtrar etiquetas…</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Filtrar etiquetas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>Create a tag with a name and a color (Ctrl+N)</source>
        <translation>Crear una etiqueta con nombre y color (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>Rename the tag (F2 edits in place)</source>
        <translation>Renombrar la etiqueta (F2 edita en el sitio)</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionar en…</translation>
    </message>
    <message>
        <source>Merge the selected tags into another tag: their entries get that tag</source>
        <translation>Fusionar las etiquetas seleccionadas en otra: sus entradas reciben esa etiqueta</translation>
    </message>
    <message>
        <source>&amp;Color…</source>
        <translation>C&amp;olor…</translation>
    </message>
    <message>
        <source>Choose the tag&apos;s color</source>
        <translation>Elegir el color de la etiqueta</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>Delete the selected tags (undoable)</source>
        <translation>Eliminar las etiquetas seleccionadas (se puede deshacer)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Tag manager message</source>
        <translation>Mensaje del gestor de etiquetas</translation>
    </message>
    <message>
        <source>Undo {change}</source>
        <translation>Deshacer: {change}</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n etiqueta</numerusform>
            <numerusform>%n etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged entry(s)</source>
        <translation>
            <numerusform>%n entrada etiquetada</numerusform>
            <numerusform>%n entradas etiquetadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{change} — Ctrl+Z undoes it.</source>
        <translation>{change} — Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge into it.</source>
        <translation>Elija al menos otra etiqueta que fusionar en ella.</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Renombrar etiqueta</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Color of {tag}</source>
        <translation>Color de {tag}</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Fusionar etiquetas</translation>
    </message>
    <message>
        <source>Merge {tags} into:</source>
        <translation>Fusionar {tags} en:</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Class III</source>
        <translation>Clase III</translation>
    </message>
    <message>
        <source>Class II</source>
        <translation>Clase II</translation>
    </message>
    <message>
        <source>Class I</source>
        <translation>Clase I</translation>
    </message>
</context>
<context>
    <name>usecase_view</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Obligaciones</translation>
    </message>
    <message>
        <source>How many duties the license attaches to this use</source>
        <translation>Cuántas obligaciones impone la licencia a este uso</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>(flipped: was {verdict})</source>
        <translation>(cambiado: era {verdict})</translation>
    </message>
    <message>
        <source>No duties</source>
        <translation>Sin obligaciones</translation>
    </message>
    <message>
        <source>(was {verdict})</source>
        <translation>(antes {verdict})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clauses consulted&lt;/b&gt; (deciding ones first)</source>
        <translation>&lt;b&gt;Cláusulas consultadas&lt;/b&gt; (las decisivas primero)</translation>
    </message>
    <message>
        <source>Flipped since the snapshot</source>
        <translation>Cambiado desde la instantánea</translation>
    </message>
    <message>
        <source>No recorded change to the model or its license: the rules or the use case changed</source>
        <translation>Ningún cambio registrado en el modelo ni en su licencia: cambiaron las reglas o el caso de uso</translation>
    </message>
    <message>
        <source>Describe the use</source>
        <translation>Describa el uso</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>Uso comercial</translation>
    </message>
    <message>
        <source>Licensee established in {region}</source>
        <translation>Licenciatario establecido en {region}</translation>
    </message>
    <message>
        <source>e.g. 800M (blank: not stated)</source>
        <translation>p. ej. 800M (vacío: no indicado)</translation>
    </message>
    <message>
        <source>Fine-tune the model</source>
        <translation>Ajustar el modelo</translation>
    </message>
    <message>
        <source>Redistribute the weights</source>
        <translation>Redistribuir los pesos</translation>
    </message>
    <message>
        <source>Serve it as an API to third parties</source>
        <translation>Ofrecerlo como API a terceros</translation>
    </message>
    <message>
        <source>Use its outputs to train other models</source>
        <translation>Usar sus salidas para entrenar otros modelos</translation>
    </message>
    <message>
        <source>e.g. healthcare (optional)</source>
        <translation>p. ej. sanidad (opcional)</translation>
    </message>
    <message>
        <source>Saved use cases</source>
        <translation>Casos de uso guardados</translation>
    </message>
    <message>
        <source>Check All Models</source>
        <translation>Comprobar todos los modelos</translation>
    </message>
    <message>
        <source>Save Use Case…</source>
        <translation>Guardar caso de uso…</translation>
    </message>
    <message>
        <source>Deployed in</source>
        <translation>Desplegado en</translation>
    </message>
    <message>
        <source>Licensee established in</source>
        <translation>Licenciatario establecido en</translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation>Usuarios activos mensuales</translation>
    </message>
    <message>
        <source>Field of use</source>
        <translation>Ámbito de uso</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Veredictos</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Todos los veredictos</translation>
    </message>
    <message>
        <source>Filter verdicts by model or license</source>
        <translation>Filtrar veredictos por modelo o licencia</translation>
    </message>
    <message>
        <source>Filter by model or license…</source>
        <translation>Filtrar por modelo o licencia…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Exportar Markdown…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Exportar HTML…</translation>
    </message>
    <message>
        <source>Why this verdict</source>
        <translation>Por qué este veredicto</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) checked.</source>
        <translation>
            <numerusform>%n modelo comprobado.</numerusform>
            <numerusform>%n modelos comprobados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing with snapshot “{name}”…</source>
        <translation>Comparando con la instantánea «{name}»…</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) flipped since snapshot “{name}” ({when}).</source>
        <translation>
            <numerusform>%n veredicto cambió desde la instantánea «{name}» ({when}).</numerusform>
            <numerusform>%n veredictos cambiaron desde la instantánea «{name}» ({when}).</numerusform>
        </translation>
    </message>
    <message>
        <source>since its last run on {when}</source>
        <translation>desde su última ejecución el {when}</translation>
    </message>
    <message numerus="yes">
        <source>Re-ran “{name}”: %n verdict(s) changed{since}.</source>
        <translation>
            <numerusform>«{name}» repetido: cambió %n veredicto{since}.</numerusform>
            <numerusform>«{name}» repetido: cambiaron %n veredictos{since}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save use case</source>
        <translation>Guardar caso de uso</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Export verdicts</source>
        <translation>Exportar veredictos</translation>
    </message>
</context>
</TS>
