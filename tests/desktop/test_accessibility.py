"""What assistive technology reads: every control of the main window, its pages and every dialog its actions open
is named (walked through QAccessible); badges and colored cells carry their words; the detail pane's text is
readable; drag-to-tag has its keyboard equivalent."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from db.list_filter import ListFilter
from desktop.actions.charts import charts_view
from desktop.actions.compare import compare_view
from desktop.actions.history import changes_view
from desktop.list_model import COLOR_ROLE
from desktop.main_window import MainWindow
from tests.desktop.a11y_walk import INTERACTIVE_ROLES, missing_names, walk
from tests.desktop.conftest import press, settle
from tests.desktop.test_actions_walk import NOT_WALKED, ready, rearm  # noqa: F401  (ready: a fixture used below


def column_of(window: MainWindow, key: str) -> int:
    return next(i for i, column in enumerate(window.list_model.columns) if column.key == key)


def test_main_window_and_its_pages_name_every_control(qtbot, window: MainWindow) -> None:
    window.resize(1280, 720)
    assert window.store.tag([window.store.resolve("Acme 7B").uuid], ["eu-ready"])
    window.apply_filter(ListFilter(kind="model", facets={"jurisdiction": ("US", "EU")}, tags_include=("eu-ready",)))
    settle(qtbot, window)
    assert window.chips.isVisible()
    problems = {"list": missing_names(window)}
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "acme")
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0, timeout=20_000)
    problems["search"] = missing_names(window)
    window.clear_filters()
    settle(qtbot, window)
    window.table.selectAll()
    view = compare_view(window)
    with qtbot.waitSignal(view.ready, timeout=20_000):
        window.registry["compare.show"].trigger()
    problems["compare"] = missing_names(window)
    charts = charts_view(window)
    with qtbot.waitSignal(charts.ready, timeout=20_000):
        window.registry["charts.show"].trigger()
    problems["charts"] = missing_names(window)
    window.registry["use_case.check"].trigger()
    settle(qtbot, window)
    problems["use case"] = missing_names(window)
    changes = changes_view(window)
    window.registry["history.changes"].trigger()
    with qtbot.waitSignal(changes.ready, timeout=20_000):
        changes.compare_button.click()  # now against now: the page with its tables, exports and snapshot buttons
    problems["changes"] = missing_names(window)
    assert {page: found for page, found in problems.items() if found} == {}


def test_every_dialog_an_action_opens_names_every_control(qtbot, ready: MainWindow) -> None:  # noqa: F811
    window = ready
    found: dict[str, list[str]] = {}

    def inspect(action_id: str, widget: QWidget) -> None:
        found.setdefault(f"{action_id}: {widget.windowTitle()}", missing_names(widget))

    for action_id, spec in window.registry.specs.items():
        if spec.fill is not None or action_id in NOT_WALKED:
            continue
        rearm(window, action_id)

        def answer(action_id: str = action_id) -> None:
            modal = QApplication.activeModalWidget()
            if modal is not None:
                inspect(action_id, modal)
                modal.reject() if isinstance(modal, QDialog) else modal.close()

        timer = QTimer()
        timer.setInterval(30)
        timer.timeout.connect(answer)
        timer.start()
        try:
            window.registry[action_id].trigger()
            qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
        finally:
            timer.stop()
        for widget in QApplication.topLevelWidgets():  # windows that are not modal (the tag manager)
            if widget is not window and widget.isVisible() and isinstance(widget, QDialog):
                inspect(action_id, widget)
                widget.close()
        settle(qtbot, window)
        window.show_list_page()
    assert len(found) >= 20, sorted(found)  # every dialog of tests/desktop/test_actions_walk.py was reached
    assert {title: names for title, names in found.items() if names} == {}


def test_the_walk_finds_a_nameless_control(qtbot, window: MainWindow) -> None:
    """The check above can fail: a line edit without a label or name is reported."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLineEdit(dialog))
    qtbot.addWidget(dialog)
    dialog.show()
    assert [problem for problem in missing_names(dialog) if "EditableText" in problem]


def test_badges_and_colored_cells_carry_their_words(qtbot, window: MainWindow) -> None:
    """A screen reader reads a grade badge, a MOF badge and a row of tag chips as words, never as a color."""
    store = window.store
    acme = store.resolve("Acme 7B").uuid
    store.tag([acme], ["shortlist", "eu-ready"])
    settle(qtbot, window)
    row = window.list_model.row_of(acme)
    table = QAccessible.queryAccessibleInterface(window.table)
    assert table.role() == QAccessible.Role.Table and table.text(QAccessible.Text.Name)
    cells = [table.child(i) for i in range(table.childCount())]
    words_read = {cell.text(QAccessible.Text.Name) for cell in cells if cell.role() == QAccessible.Role.Cell}
    for key, words in (("openness_grade", "Open weights, unrestricted"), ("tags", "eu-ready")):
        column = column_of(window, key)
        index = window.list_model.index(row, column)
        assert index.data(COLOR_ROLE) is not None, f"{key} is painted as a badge"
        shown = index.data(Qt.ItemDataRole.DisplayRole)
        assert words in shown and shown in words_read, (key, shown)  # what the screen reader reads
        assert words in (index.data(Qt.ItemDataRole.ToolTipRole) or ""), key  # and shown on hover


def test_detail_pane_reads_as_text(qtbot, window: MainWindow) -> None:
    window.select_entry(window.store.resolve("Acme 7B").uuid)
    settle(qtbot, window)
    interface = QAccessible.queryAccessibleInterface(window.detail)
    assert interface.text(QAccessible.Text.Name)
    text = interface.textInterface()
    assert text is not None
    content = text.text(0, text.characterCount())
    assert "Acme 7B" in content and "Openness" in content


def test_sidebar_facets_and_tags_are_named_items(qtbot, window: MainWindow) -> None:
    sidebar = QAccessible.queryAccessibleInterface(window.sidebar)
    assert sidebar.role() == QAccessible.Role.Tree and sidebar.text(QAccessible.Text.Name)
    names = []
    for index in range(sidebar.childCount()):
        child = sidebar.child(index)
        if child is not None:
            names.append(child.text(QAccessible.Text.Name))
    assert "Models" in names and not [name for name in names if name is None]


def test_ctrl_enter_on_a_sidebar_tag_tags_the_selection(qtbot, window: MainWindow) -> None:
    """Drag-to-tag from the keyboard: select rows, move to a tag in the sidebar, Ctrl+Enter."""
    store = window.store
    store.tag([store.resolve("BigCo Ultra").uuid], ["watch"])
    settle(qtbot, window)
    window.table.setFocus()
    window.table.selectRow(0)
    selection = window.table.selectionModel()
    selection.select(window.list_model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
    chosen = window.targets.selected_rows()
    assert len(chosen) == 2
    press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # View ▸ Sidebar
    assert window.sidebar.hasFocus()
    tag = window.sidebar.item_for("tag", "watch")
    assert tag is not None
    while window.sidebar.currentItem() is not tag:
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    steps = window.undo_stack.count()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.undo_stack.count() == steps + 1
    for uuid in chosen:
        assert "watch" in [t.name for t in store.get(uuid).tags]
    assert window.targets.selected_rows() == chosen  # the list keeps its selection, as after a drop
    assert "Tagged" in window.statusBar().currentMessage()


def test_interactive_roles_cover_what_the_issue_names() -> None:
    for role in ("PushButton", "CheckBox", "ComboBox", "EditableText", "List", "Table", "Tree", "PageTab",
                 "RadioButton", "SpinBox", "Slider", "ButtonMenu", "MenuItem"):
        assert getattr(QAccessible.Role, role) in INTERACTIVE_ROLES


def test_walk_reaches_tabs_and_menu_items(qtbot, window: MainWindow) -> None:
    charts = charts_view(window)
    with qtbot.waitSignal(charts.ready, timeout=20_000):
        window.registry["charts.show"].trigger()
    roles = {interface.role() for interface in walk(window)}
    assert QAccessible.Role.PageTab in roles and QAccessible.Role.MenuItem in roles
