"""The fixed-column tables' shared model: titles translated in each table's own context when the header asks, and
an index kept from before a reset reads as nothing rather than failing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.store import Store
from desktop import i18n
from desktop.changes_pane import EntryChangesModel
from desktop.history_view import FieldChangesModel, VersionsModel
from desktop.tag_manager import TagListModel
from desktop.usecase_view import VerdictModel

HORIZONTAL, DISPLAY = Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole


def titles(model: object) -> list[str]:
    assert isinstance(model, (EntryChangesModel, FieldChangesModel, VersionsModel, VerdictModel))
    return [model.headerData(c, HORIZONTAL, DISPLAY) for c in range(model.columnCount())]


def test_each_table_titles_its_columns_and_a_language_chosen_later_shows_at_once(qapp: QApplication) -> None:
    assert titles(FieldChangesModel()) == ["Field", "Old", "New"]
    assert titles(EntryChangesModel()) == ["Change", "Kind", "Entry", "Fields"]
    assert titles(VerdictModel()) == ["Model", "Verdict", "Why", "License", "Duties"]
    versions = VersionsModel()
    assert titles(versions)[:3] == ["Version", "When", "Who"]
    assert versions.headerData(0, Qt.Orientation.Vertical, DISPLAY) is None
    assert versions.headerData(len(titles(versions)), HORIZONTAL, DISPLAY) is None
    i18n.install_translations(qapp, "de")
    try:
        assert titles(versions)[:3] == ["Version", "Wann", "Wer"]
        assert titles(EntryChangesModel())[0] == "Änderung"  # moved with the pane, translated in its context
    finally:
        i18n.install_translations(qapp, "en")


def test_an_index_from_before_a_reset_reads_as_nothing(qapp: QApplication) -> None:
    fields = FieldChangesModel()
    fields.set_changes("model", {"context_window": [32000, 64000]})
    kept = fields.index(0, 2)
    assert kept.data() == "64k tokens"
    fields.set_changes("", {})
    assert fields.rowCount() == 0 and fields.data(kept) is None
    assert fields.data(fields.createIndex(0, 3)) is None  # a column the table does not have


def test_the_tag_list_reads_only_its_own_cells(qapp: QApplication, mini: Store) -> None:
    mini.tag([mini.resolve("Acme 7B").uuid], ["reviewed"])
    tags = TagListModel(mini)
    tags.reload()
    assert [tags.headerData(c, HORIZONTAL, DISPLAY) for c in range(tags.columnCount())] == ["Tag", "Color", "Entries"]
    row = next(r for r in range(tags.rowCount()) if tags.index(r, 0).data() == "reviewed")
    assert tags.index(row, 2).data() == "1"
    assert tags.data(tags.createIndex(row, 3)) is None  # once an IndexError: the tag list has three columns
