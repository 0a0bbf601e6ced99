"""The use-case form says where the licensee is established, apart from where the product is offered."""

from __future__ import annotations

from desktop.main_window import MainWindow
from tests.desktop.test_usecase_view import show_usecase


def test_established_in_reaches_the_use_case_and_back(qtbot, window: MainWindow) -> None:
    view = show_usecase(window)
    view.regions["US"].setChecked(True)
    view.established["EU"].setChecked(True)
    usecase = view.current_usecase()
    assert usecase.regions == ["US"] and usecase.established_in == ["EU"]
    assert "licensee established in EU" in usecase.describe()
    view.established["EU"].setChecked(False)
    view.set_usecase(usecase)
    assert view.established["EU"].isChecked() and not view.established["US"].isChecked()
    assert view.established["EU"].accessibleName() == "Licensee established in EU"
