"""What trying the desktop on a real 1280×720 X display found broken, each driven the way a person meets it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QToolBar, QToolButton, QWidget

from db.store import Store
from desktop.editor import EntryDialog
from desktop.evaluation_form import EvaluationDialog
from desktop.form_dialog import DISCARD_QUESTION
from desktop.main_window import MainWindow
from desktop.settings import Preferences
from desktop.sidebar import Sidebar
from tests.desktop.conftest import opened, press, settle


class FocusThief(QWidget):
    """What openbox did as a form closed after its question box: the focus went to no window of the app's."""

    def __init__(self) -> None:
        super().__init__()
        self.took_focus = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.took_focus = True
        super().changeEvent(event)


def test_first_window_fits_the_screen_with_its_status_bar(window: MainWindow) -> None:
    """A first start (no saved geometry) on a small screen: the status bar, where the seed's loading shows, and the
    search field at the toolbar's right end are on screen, not beyond its edge."""
    room = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert room.width() < 1480 or room.height() < 900, "the offscreen screen is smaller than the old default size"
    assert room.contains(window.frameGeometry().topLeft())
    assert window.frameGeometry().right() <= room.right() and window.frameGeometry().bottom() <= room.bottom()
    status = window.statusBar()
    bottom_right = status.mapToGlobal(status.rect().bottomRight())
    assert room.contains(bottom_right)
    field = window.search_field
    assert room.contains(field.mapToGlobal(field.rect().topRight()))


def test_after_discarding_a_form_the_keyboard_reaches_the_window_again(qtbot, window: MainWindow) -> None:
    """Esc on a changed edit form, then Discard: the next shortcut (Ctrl+Shift+E) must reach the main window; on a
    real X display the focus went with the question box and the closing form, and keys went nowhere."""
    window.table.selectRow(0)
    window.table.setFocus()
    press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    form = opened(EntryDialog)
    field = form.findChild(QLineEdit, "field_name")
    assert isinstance(field, QLineEdit)
    field.setFocus()
    qtbot.keyClicks(field, " v2")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: any(box.isVisible() for box in form.findChildren(QMessageBox, DISCARD_QUESTION)))
    box = next(box for box in form.findChildren(QMessageBox, DISCARD_QUESTION) if box.isVisible())
    thief = FocusThief()
    qtbot.addWidget(thief)
    thief.show()
    form.finished.connect(lambda _result: thief.activateWindow())
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible() and thief.took_focus)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2_000)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    evaluation = opened(EvaluationDialog)
    evaluation.reject()


def test_a_first_start_ended_without_closing_still_lists_names_a_to_z(qtbot, mini_path: Path, prefs: Preferences
                                                                     ) -> None:
    """On first start the atlas arrives after the window is up, and the header's layout is saved as the list's
    columns get their widths, before the list has loaded; it recorded Qt's default "descending" sort indicator, so
    after a session that ended without the window closing (killed, crashed) the next start listed Z to A."""
    store = Store.open(mini_path, "ana")
    first = MainWindow(None, prefs)
    qtbot.addWidget(first)
    first.show()
    first.set_store(store)  # what the first start does once the seed is loaded
    assert prefs.state("header/model") is not None
    settle(qtbot, first)
    first.runner.shutdown()  # the session ends here, without a closeEvent
    again = MainWindow(store, prefs)
    qtbot.addWidget(again)
    again.show()
    settle(qtbot, again)
    names = [again.list_model.index(row, 0).data() for row in range(again.list_model.rowCount())]
    assert names == ["Acme 7B", "Acme 7B Chat", "BigCo Ultra"]
    header = again.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.AscendingOrder)
    again.close()
    store.close()


def test_in_a_narrow_window_ctrl_k_still_reaches_the_search_field(qtbot, window: MainWindow) -> None:
    """A window 760 px wide (half a small screen): the toolbar drops its names rather than hiding the search field
    in its » overflow menu, where Ctrl+K focused a field nobody could see."""
    window.resize(760, 560)
    qtbot.waitUntil(lambda: window.width() <= 760)
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.isVisible()
    qtbot.waitUntil(window.search_field.hasFocus, timeout=2_000)
    qtbot.keyClicks(window.search_field, "acme")
    assert window.search_field.text() == "acme"
    window.resize(1480, 900)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert isinstance(toolbar, QToolBar)
    qtbot.waitUntil(lambda: toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


def test_leaving_search_selects_the_entry_shown_so_delete_and_tag_act_on_it(qtbot, window: MainWindow) -> None:
    """Acme 7B highlighted, a search shows BigCo Ultra in the detail pane, Esc back to the list: the highlighted row
    was still Acme 7B, so Delete or Ctrl+T would have acted on an entry other than the one on screen."""
    window.table.selectRow(0)
    acme, ultra = window.store.resolve("Acme 7B").uuid, window.store.resolve("BigCo Ultra").uuid
    assert window.targets.selection() == [acme]
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search_field, "ultra")
    qtbot.waitUntil(lambda: ultra in [hit.uuid for hit in window.search_panel.model.hits], timeout=20_000)
    settle(qtbot, window)
    row = [hit.uuid for hit in window.search_panel.model.hits].index(ultra)
    view = window.search_panel.view
    where = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: window.detail.current == ultra)
    window.search_field.setFocus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert window.center.currentWidget() is window.list_page
    assert window.detail.current == ultra
    assert window.targets.selection() == [ultra]
    assert window.list_model.uuid_at(window.table.currentIndex().row()) == ultra


def test_facet_rows_stay_where_they_were_when_counts_change(qtbot) -> None:
    """Ticking US re-counted the openness grades (closed 19 before restricted 18) and re-ranked them, so the next
    click, aimed at "Closed (API only)" where it had been, ticked another grade."""
    from tests.desktop.test_sidebar import LABELS, indicator_rect

    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.resize(320, 600)
    openness = [("open-weights-restricted", 24), ("closed-api", 20), ("open-weights-unrestricted", 16)]
    sidebar.set_facets("model", {"openness": openness, "jurisdiction": [("US", 49), ("CN", 11)]}, LABELS, {})
    sidebar.show()
    qtbot.waitExposed(sidebar)
    closed = sidebar.item_for("facet", "closed-api", facet="openness")
    assert closed is not None
    aimed_at = indicator_rect(sidebar, closed).center()
    recounted = [("closed-api", 19), ("open-weights-restricted", 18), ("open-weights-unrestricted", 10)]
    sidebar.set_facets("model", {"openness": recounted, "jurisdiction": [("US", 49), ("CN", 11)]}, LABELS,
                       {"jurisdiction": ("US",)})
    toggles: list[tuple[str, str, bool]] = []
    sidebar.facetToggled.connect(lambda facet, value, on: toggles.append((facet, value, on)))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=aimed_at)
    assert toggles == [("openness", "closed-api", True)]
    moved = sidebar.item_for("facet", "closed-api", facet="openness")
    assert moved is not None and moved.text(1) == "19"


def test_a_disabled_button_looks_disabled_in_the_dark_theme(qtbot, window: MainWindow) -> None:
    """Dark theme, compare two entries: Move Left (nothing to move yet) was drawn as a light grey button, brighter
    than the enabled Clear beside it, because the dark palette left the disabled backgrounds at Qt's light ones."""
    from desktop.compare_view import CompareView
    from desktop.theme import apply_theme, contrast_ratio

    window.prefs.theme = "dark"
    window.apply_preferences()  # what OK in Preferences does
    try:
        window.table.selectAll()
        window.table.setFocus()
        press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        view = window.center.currentWidget()
        assert isinstance(view, CompareView)
        buttons = {b.defaultAction(): b for b in view.findChildren(QToolButton) if b.defaultAction() is not None}
        left, clear = buttons[view.act_left], buttons[view.act_clear]
        qtbot.waitUntil(clear.isEnabled)
        assert not left.isEnabled()

        def background(button: QToolButton) -> QColor:
            image = button.grab().toImage()
            return image.pixelColor(3, image.height() // 2)  # inside the frame, left of the text

        window_color = window.palette().color(QPalette.ColorRole.Window)
        assert background(left).lightnessF() < 0.4, "a disabled button keeps the dark theme's background"
        assert contrast_ratio(left.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText),
                              background(left)) >= 2
        assert abs(background(left).lightnessF() - window_color.lightnessF()) < 0.25
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, "light")
