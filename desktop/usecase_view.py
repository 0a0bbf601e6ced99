"""The Use-case check view: describe a use on the left, read each model's verdict (and why) on the right."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db.advisor.export import deciding_text, license_label
from db.advisor.license_check import VERDICT_LABELS, VERDICTS
from db.advisor.usecase import REGIONS, UseCase, UseCaseError
from db.inert import web_link
from db.store import Store
from desktop.delegates import BadgeDelegate
from desktop.field_width import fit_placeholder
from desktop.flow_layout import FlowLayout
from desktop.i18n import QT_TRANSLATE_NOOP, translate, vocab
from desktop.list_model import COLOR_ROLE, UUID_ROLE
from desktop.local_time import local_time
from desktop.table_model import Index, TitledTableModel
from desktop.theme import error_html, is_dark
from desktop.workers import JobRunner

VERDICT_COLORS = {"allowed": "#2e9a52", "allowed_with_duties": "#7fa83a", "separate_agreement": "#d4852a",
                  "not_allowed": "#b03a2e", "unknown": "#8a8f98"}
VERDICT_ORDER = {verdict: rank for rank, verdict in enumerate(VERDICTS)}
SORT_ROLE = Qt.ItemDataRole.UserRole + 20
FLIP_TINT = "#f6d8a8"
FLIP_TINT_DARK = "#5c4420"  # the same amber, dark enough for the dark theme's light text
COLUMNS = (QT_TRANSLATE_NOOP("usecase_view", "Model"), QT_TRANSLATE_NOOP("usecase_view", "Verdict"),
           QT_TRANSLATE_NOOP("usecase_view", "Why"), QT_TRANSLATE_NOOP("usecase_view", "License"),
           QT_TRANSLATE_NOOP("usecase_view", "Duties"))
MODEL, VERDICT, WHY, LICENSE, DUTIES = range(len(COLUMNS))
NAME_COLUMN_MAX = 200
NAME_COLUMN_MIN = 70
"""Model and license names take their width up to NAME_COLUMN_MAX; longer ones are elided (the tooltip has them
whole), and on a narrow page each takes at most 2/7 of what the verdict and duties leave, but never under the MIN."""


class VerdictModel(TitledTableModel):
    CONTEXT, COLUMNS = "usecase_view", COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.results: list[Any] = []
        self.flips: dict[str, Any] = {}  # model UUID -> db.history.verdicts.Flip, after "Compare with Snapshot"

    def set_results(self, results: list[Any], flips: dict[str, Any] | None = None) -> None:
        self.beginResetModel()
        self.results = list(results)
        self.flips = dict(flips or {})
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.results)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.ToolTipRole and section == DUTIES:
            return translate("usecase_view", "How many duties the license attaches to this use")
        if role == Qt.ItemDataRole.TextAlignmentRole and section == DUTIES:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        result = self.results[index.row()]
        column = index.column()
        if role == UUID_ROLE:
            return result.uuid
        if role == COLOR_ROLE:
            return QColor(VERDICT_COLORS[result.verdict.verdict]) if column == VERDICT else None
        flip = self.flips.get(result.uuid)
        if role == Qt.ItemDataRole.BackgroundRole and flip is not None and column != VERDICT:
            return QColor(FLIP_TINT_DARK if is_dark() else FLIP_TINT)  # flipped since the snapshot compared with
        if role == Qt.ItemDataRole.DisplayRole and column == VERDICT and flip is not None:
            then = vocab(VERDICT_LABELS.get(flip.before, "")) if flip.before else \
                translate("usecase_view", "not checked")
            return vocab(result.verdict.label) + " " + translate("usecase_view", "(flipped: was {verdict})").format(
                verdict=then)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DUTIES:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == DUTIES:
            return "\n".join(f"• {duty.text}" for duty in result.duties) or translate("usecase_view", "No duties")
        if role == Qt.ItemDataRole.ToolTipRole and column == LICENSE and result.license is not None:
            return str(result.license.get("name") or license_label(result))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            if column == 0:
                return result.model
            if column == VERDICT:
                if role == SORT_ROLE:
                    return VERDICT_ORDER[result.verdict.verdict]
                label = vocab(result.verdict.label)
                was = vocab(VERDICT_LABELS.get(result.previous_verdict, result.previous_verdict or ""))
                changed = " " + translate("usecase_view", "(was {verdict})").format(verdict=was) \
                    if result.previous_verdict else ""
                return label + changed
            if column == WHY:
                return why_text(deciding_text(result))
            if column == LICENSE:
                return license_label(result)
            return len(result.duties) if role == SORT_ROLE else (str(len(result.duties)) if result.duties else "")
        return None


class VerdictFilter(QSortFilterProxyModel):
    """Filter by verdict and by text in the model or license name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.verdict: str | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, verdict: str | None, text: str) -> None:
        self.beginFilterChange()
        self.verdict, self.text = verdict, text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, VerdictModel)
        result = model.results[row]
        if self.verdict and result.verdict.verdict != self.verdict:
            return False
        if self.text:
            from db.advisor.export import license_label

            haystack = f"{result.model} {license_label(result)}".lower()
            return self.text in haystack
        return True


class VerdictTable(QTableView):
    """The verdicts, one line a model: the badge never cut, Duties a narrow number, and Why the room that is left
    once Model and License have taken their names' width (each at most a share, so Why keeps the most)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_widths = {MODEL: 0, LICENSE: 0}
        self.verticalHeader().hide()
        self.setWordWrap(False)  # one line a model; each cell's tooltip and the pane below say it all
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        header = self.horizontalHeader()  # per-section modes belong to the sections a model brings
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VERDICT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DUTIES, QHeaderView.ResizeMode.ResizeToContents)

    def measure_names(self) -> None:
        """After new results: how wide the model and license names want to be, then fit."""
        for column in self.name_widths:
            wanted = max(self.sizeHintForColumn(column), self.horizontalHeader().sectionSizeHint(column))
            self.name_widths[column] = min(wanted, NAME_COLUMN_MAX)
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        free = self.viewport().width() - header.sectionSize(VERDICT) - header.sectionSize(DUTIES)
        share = max(NAME_COLUMN_MIN, free * 2 // 7)
        for column, wanted in self.name_widths.items():
            if wanted:
                self.setColumnWidth(column, min(wanted, share))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()


def _labelled(parent: QWidget, text: str, *fields: QWidget) -> QWidget:
    """A label and its fields kept together on one line of the wrapping form."""
    group = QWidget(parent)
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text, group)
    label.setBuddy(fields[0])
    row.addWidget(label)
    for field in fields:
        row.addWidget(field)
    return group


def why_text(english: str) -> str:
    """db's short "why" in the user's language where it is a list of clause names ("attribution, notice file");
    a sentence with clause values stays as db wrote it."""
    if ":" in english or ";" in english:
        return english
    return ", ".join(vocab(part) for part in english.split(", "))


def reasons_html(result: Any) -> str:
    """Why one model got its verdict: every clause consulted, the deciding ones first, with sources."""
    color = VERDICT_COLORS[result.verdict.verdict]
    parts = [f"<h3>{html.escape(result.model)}</h3>",
             f"<p><span style='background:{color}; color:white'>&nbsp;{html.escape(vocab(result.verdict.label))}&nbsp;"
             "</span></p>"]
    if result.duties:
        parts.append("<p><b>" + translate("usecase_view", "Duties") + "</b></p><ul>" + "".join(
            f"<li>{html.escape(d.text)}</li>" for d in result.duties) + "</ul>")
    reasons = sorted(result.reasons, key=lambda r: not r.decisive)
    parts.append("<p>" + translate("usecase_view", "<b>Clauses consulted</b> (deciding ones first)") + "</p><ul>")
    for reason in reasons:
        mark = "<b>▶</b> " if reason.decisive else ""
        detail = f"<br><small>{html.escape(reason.detail)}</small>" if reason.detail else ""
        source = f" <small>— {html.escape(reason.source)}</small>" if reason.source else ""
        links = "".join(f" <a href='{html.escape(s.url)}'>{html.escape(s.title or s.url)}</a>"
                        for s in getattr(reason, "sources", ()) if web_link(getattr(s, "url", None)))
        parts.append(f"<li>{mark}{html.escape(reason.text)} <i>({html.escape(str(reason.value))})</i>"
                     f"{source}{links}{detail}</li>")
    parts.append("</ul>")
    return "".join(parts)


def flip_html(flip: Any, name_of: Any = None) -> str:
    """What flipped a verdict since the snapshot: each recorded change to the model or its license."""
    from desktop.history_view import display_value, field_label

    parts = ["<p><b>" + html.escape(translate("usecase_view", "Flipped since the snapshot")) + "</b></p><ul>"]
    for cause in flip.causes:
        field = field_label(cause.kind, cause.field)
        old, new = (display_value(cause.kind, cause.field, value, name_of) for value in (cause.old, cause.new))
        parts.append(f"<li>{html.escape(cause.entry)}: {html.escape(field)} {html.escape(old)} → {html.escape(new)} "
                     f"<small>({html.escape(cause.author)}, {html.escape(local_time(cause.at))})</small></li>")
    if not flip.causes:
        parts.append("<li>" + html.escape(translate(
            "usecase_view", "No recorded change to the model or its license: the rules or the use case changed"))
            + "</li>")
    return "".join(parts) + "</ul>"


class UseCaseView(QWidget):
    """Form + verdict table + reasons; runs checks in a worker, saves and re-runs use cases."""

    entryRequested = Signal(str)
    checked = Signal()

    def __init__(self, store: Store, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.usecase: UseCase | None = None
        self._generation = 0

        # The form sits above the results and wraps like text: the page is often only ~600 px wide (beside the
        # sidebar and the detail pane at 1280×720), and the verdicts need that width more than the form does.
        form_box = QGroupBox(translate("usecase_view", "Describe the use"), self)
        self.commercial = QCheckBox(translate("usecase_view", "Commercial use"), form_box)
        self.commercial.setChecked(True)
        self.regions = {region: QCheckBox(vocab(region), form_box) for region in REGIONS}
        # where the licensee is established, apart from where the product is offered (Llama 3.2/4's EU clause)
        self.established = {region: QCheckBox(vocab(region), form_box) for region in REGIONS}
        for region, box in self.established.items():
            box.setAccessibleName(translate("usecase_view", "Licensee established in {region}").format(
                region=vocab(region)))
        self.users = QLineEdit(form_box)
        self.users.setPlaceholderText(translate("usecase_view", "e.g. 800M (blank: not stated)"))
        fit_placeholder(self.users, at_least=150)
        self.fine_tune = QCheckBox(translate("usecase_view", "Fine-tune the model"), form_box)
        self.redistribute = QCheckBox(translate("usecase_view", "Redistribute the weights"), form_box)
        self.serve_api = QCheckBox(translate("usecase_view", "Serve it as an API to third parties"), form_box)
        self.train_on_outputs = QCheckBox(translate("usecase_view", "Use its outputs to train other models"), form_box)
        self.field = QLineEdit(form_box)
        self.field.setPlaceholderText(translate("usecase_view", "e.g. healthcare (optional)"))
        fit_placeholder(self.field, at_least=150)
        self.saved = QComboBox(form_box)
        self.saved.setAccessibleName(translate("usecase_view", "Saved use cases"))
        self.saved.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.saved.activated.connect(self._load_saved)
        self.check_button = QPushButton(translate("usecase_view", "Check All Models"), form_box)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.run_check)
        self.save_button = QPushButton(translate("usecase_view", "Save Use Case…"), form_box)
        self.save_button.clicked.connect(self.save_use_case)
        self.message = QLabel("", form_box)
        self.message.setWordWrap(True)
        flow = FlowLayout(spacing=8)
        flow.addWidget(self.commercial)
        flow.addWidget(_labelled(form_box, translate("usecase_view", "Deployed in"), *self.regions.values()))
        flow.addWidget(_labelled(form_box, translate("usecase_view", "Licensee established in"),
                                 *self.established.values()))
        flow.addWidget(_labelled(form_box, translate("usecase_view", "Monthly active users"), self.users))
        for box in (self.fine_tune, self.redistribute, self.serve_api, self.train_on_outputs):
            flow.addWidget(box)
        flow.addWidget(_labelled(form_box, translate("usecase_view", "Field of use"), self.field))
        flow.addWidget(_labelled(form_box, translate("usecase_view", "Saved use cases"), self.saved))
        flow.addWidget(self.check_button)
        flow.addWidget(self.save_button)
        form = QVBoxLayout(form_box)
        form.addLayout(flow)
        form.addWidget(self.message)

        self.model = VerdictModel(self)
        self.proxy = VerdictFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = VerdictTable(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setItemDelegate(BadgeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(translate("usecase_view", "Verdicts"))
        self.table.selectionModel().currentRowChanged.connect(self._show_reasons)
        self.table.doubleClicked.connect(self._open_model)
        self.verdict_filter = QComboBox(self)
        self.verdict_filter.addItem(translate("usecase_view", "All verdicts"), None)
        for verdict in VERDICTS:
            self.verdict_filter.addItem(vocab(VERDICT_LABELS[verdict]), verdict)
        self.text_filter = QLineEdit(self)
        self.text_filter.setAccessibleName(translate("usecase_view", "Filter verdicts by model or license"))
        self.text_filter.setPlaceholderText(translate("usecase_view", "Filter by model or license…"))
        fit_placeholder(self.text_filter)
        self.verdict_filter.currentIndexChanged.connect(self._filter)
        self.text_filter.textChanged.connect(self._filter)
        export_md = QPushButton(translate("usecase_view", "Export Markdown…"), self)
        export_md.clicked.connect(lambda: self.export("md"))
        export_html = QPushButton(translate("usecase_view", "Export HTML…"), self)
        export_html.clicked.connect(lambda: self.export("html"))
        self.summary = QLabel("", self)
        self.reasons = QTextBrowser(self)
        self.reasons.setOpenLinks(False)
        self.reasons.setOpenExternalLinks(False)
        self.reasons.setAccessibleName(translate("usecase_view", "Why this verdict"))

        filters = QHBoxLayout()
        filters.addWidget(self.verdict_filter)
        filters.addWidget(self.text_filter, 1)
        filters.addWidget(export_md)
        filters.addWidget(export_html)
        results = QSplitter(Qt.Orientation.Vertical, self)
        results.addWidget(self.table)
        results.addWidget(self.reasons)
        results.setStretchFactor(0, 3)
        results.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form_box)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(results, 1)
        self.reload_saved()

    # ---- the use case ----------------------------------------------------------------------------

    def current_usecase(self) -> UseCase:
        return UseCase.from_dict({
            "commercial": self.commercial.isChecked(),
            "regions": [region for region, box in self.regions.items() if box.isChecked()],
            "established_in": [region for region, box in self.established.items() if box.isChecked()],
            "monthly_users": self.users.text().strip() or None,
            "fine_tune": self.fine_tune.isChecked(),
            "redistribute": self.redistribute.isChecked(),
            "serve_api": self.serve_api.isChecked(),
            "train_on_outputs": self.train_on_outputs.isChecked(),
            "field_of_use": self.field.text().strip() or None,
        })

    def set_usecase(self, usecase: UseCase) -> None:
        self.commercial.setChecked(usecase.commercial)
        for region, box in self.regions.items():
            box.setChecked(region in usecase.regions)
        for region, box in self.established.items():
            box.setChecked(region in usecase.established_in)
        self.users.setText("" if usecase.monthly_users is None else f"{usecase.monthly_users:,}")  # read back as typed
        self.fine_tune.setChecked(usecase.fine_tune)
        self.redistribute.setChecked(usecase.redistribute)
        self.serve_api.setChecked(usecase.serve_api)
        self.train_on_outputs.setChecked(usecase.train_on_outputs)
        self.field.setText(usecase.field_of_use or "")

    def run_check(self) -> None:
        from db.advisor.api import check_use_case

        try:
            usecase = self.current_usecase()
        except UseCaseError as error:
            self.message.setText(error_html(self.message.palette(), html.escape(str(error))))
            return
        self.message.setText(translate("usecase_view", "Checking…"))
        self.usecase = usecase
        self._generation += 1
        generation, store = self._generation, self.store

        def work(_progress: Any, _cancelled: Any) -> tuple[int, list[Any]]:
            return generation, check_use_case(store, usecase)

        self.runner.start(work, on_done=self._show, on_failed=lambda m: self.message.setText(html.escape(m)),
                          name="use-case check")

    def _show(self, outcome: tuple[int, list[Any]]) -> None:
        generation, results = outcome
        if generation != self._generation:
            return
        self.model.set_results(results)
        self.table.sortByColumn(VERDICT, Qt.SortOrder.AscendingOrder)
        self.table.measure_names()
        counts = {v: sum(1 for r in results if r.verdict.verdict == v) for v in VERDICTS}
        self.summary.setText(" · ".join(f"{vocab(VERDICT_LABELS[v])}: <b>{n}</b>" for v, n in counts.items() if n))
        checked = len(results)
        self.message.setText(translate("usecase_view", "%n model(s) checked.", "", checked))
        self.checked.emit()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def compare_with(self, snapshot: str) -> None:
        """Check the chosen saved use case now and as of `snapshot` (in a worker); flipped verdicts are tinted."""
        from db.history.verdicts import verdict_flips

        name = self.saved.currentText()
        self.message.setText(translate("usecase_view", "Comparing with snapshot “{name}”…").format(name=snapshot))
        self._generation += 1
        generation, store = self._generation, self.store

        def work(_progress: Any, _cancelled: Any) -> tuple[int, Any]:
            return generation, verdict_flips(store, name, snapshot)

        self.runner.start(work, key="use-case.flips", on_done=self._show_flips,
                          on_failed=lambda m: self.message.setText(html.escape(m)), name="use-case comparison")

    def _show_flips(self, outcome: tuple[int, Any]) -> None:
        generation, (point, results, flips) = outcome
        if generation != self._generation:
            return
        self._show((generation, results))
        self.model.set_results(results, {flip.uuid: flip for flip in flips})
        self.table.sortByColumn(VERDICT, Qt.SortOrder.AscendingOrder)
        flipped = len(flips)
        self.message.setText(translate("usecase_view", "%n verdict(s) flipped since snapshot “{name}” ({when}).", "",
                                       flipped).format(name=point.name, when=local_time(point.at)))
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _filter(self) -> None:
        self.proxy.set_filter(self.verdict_filter.currentData(), self.text_filter.text())

    def _show_reasons(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.reasons.clear()
            return
        result = self.model.results[self.proxy.mapToSource(current).row()]
        flip = self.model.flips.get(result.uuid)
        shown = flip_html(flip, lambda uuid: self.store.get(uuid, include_deleted=True).name) if flip else ""
        self.reasons.setHtml(shown + reasons_html(result))

    def _open_model(self, index: QModelIndex) -> None:
        uuid = index.data(UUID_ROLE)
        if uuid:
            self.entryRequested.emit(str(uuid))

    # ---- saving and exporting --------------------------------------------------------------------

    def reload_saved(self) -> None:
        from db.advisor.api import list_use_cases

        self.saved.clear()
        self.saved.addItem("—", None)
        for case in list_use_cases(self.store):
            self.saved.addItem(case.name, case.uuid)

    def _load_saved(self) -> None:
        from db.advisor.api import run_use_case

        uuid = self.saved.currentData()
        if not uuid:
            return
        outcome = run_use_case(self.store, uuid)
        self.usecase = outcome.saved.usecase
        self.set_usecase(outcome.saved.usecase)
        self._generation += 1
        self._show((self._generation, outcome.results))
        changed = len(outcome.changes)
        since = (" " + translate("usecase_view", "since its last run on {when}").format(
            when=local_time(outcome.previous_run_at)) if outcome.previous_run_at else "")
        self.message.setText(translate("usecase_view", "Re-ran “{name}”: %n verdict(s) changed{since}.", "", changed)
                             .format(name=outcome.saved.name, since=since))

    def save_use_case(self) -> None:
        from db.advisor.api import save_use_case

        try:
            usecase = self.current_usecase()
        except UseCaseError as error:
            QMessageBox.warning(self, translate("usecase_view", "Save use case"), str(error))
            return
        name, ok = QInputDialog.getText(self, translate("usecase_view", "Save use case"),
                                        translate("usecase_view", "Name:"))
        if not ok or not name.strip():
            return
        results = self.model.results if self.usecase == usecase else None
        save_use_case(self.store, name.strip(), usecase, results=results)
        self.reload_saved()
        self.saved.setCurrentIndex(self.saved.findText(name.strip()))

    def export(self, fmt: str, path: Path | None = None) -> Path | None:
        from db.advisor.export import check_html, check_markdown

        if not self.model.results:
            return None
        if path is None:
            suffix = "md" if fmt == "md" else "html"
            chosen, _ = QFileDialog.getSaveFileName(self,
                                                    translate("usecase_view", "Export verdicts"),
                                                    str(Path.home() / f"use-case.{suffix}"),
                                                    "Markdown (*.md)" if fmt == "md" else "HTML (*.html)")
            if not chosen:
                return None
            path = Path(chosen)
        render = check_markdown if fmt == "md" else check_html
        path.write_text(render(self.model.results, usecase=self.usecase), encoding="utf-8")
        return path

