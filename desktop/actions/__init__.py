"""What a person can do in the desktop app, one module per group of actions.

Each module declares `ACTIONS` (desktop.actions.spec.ActionSpec: text, keys, icon, menu place, toolbar place,
enabled-state rule and handler) and may have `install(window)` for wiring that is not a menu entry. The registry
(desktop.actions.registry) builds the QActions, menus, toolbar and list context menu from them and runs every
handler in one place, with the window only. desktop.actions.targets says what a command acts on.

    files      new, open, recent atlas files; the first start's atlas; quit
    exchange   export, import and merge a teammate's file, conflicts
    catalogs   import public catalogs, review uncertain matches
    editing    undo, redo, new entries, edit, delete, preferences
    tags       tag and untag the selection, tag manager, drops on sidebar tags
    evaluate   the evaluation form for the entry shown
    search     the search field, saved searches, the index in the background
    compare    compare the selection, add to the comparison
    charts     the landscape charts and the filters they set
    use_case   the use-case check, the shown model's rules exported
    view       kinds, filters, columns, panes (brought back when collapsed), back and forward
    help       Getting Started, search syntax, about
"""
