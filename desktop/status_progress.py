"""The status bar's view of background work (seed loading, index building): what runs, how far, and its Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desktop.i18n import translate
from desktop.workers import Job


class JobStatus(QWidget):
    """Shows the job it was last asked to track; Cancel stops that job only (lists and searches go on)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(translate("status_progress", "Background work"))
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(translate("status_progress", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.job: Job | None = None
        self._idle()

    def track(self, job: Job, text: str, *, cancellable: bool = True) -> None:
        self.job = job
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.bar.show()
        self.cancel_button.setVisible(cancellable)
        job.signals.progress.connect(lambda done, total: self._progress(job, done, total))
        for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            signal.connect(lambda *_: self._ended(job))

    def say(self, text: str) -> None:
        self.label.setText(text)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress(self, job: Job, done: int, total: int) -> None:
        if job is self.job and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _ended(self, job: Job) -> None:
        if job is self.job:
            self.job = None
            self._idle()

    def _idle(self) -> None:
        self.bar.hide()
        self.cancel_button.hide()
