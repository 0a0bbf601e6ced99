"""Stored times (UTC, ISO 8601) shown as people read them: a date and time in their own zone and language."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale

FORMAT = "d MMM yyyy, HH:mm"


def local_time(value: object) -> str:
    """ "6 Dec 2026, 23:22" in the local zone; a naive stored time is UTC (as the store writes it). Text that is
    not a time comes back as it was, and nothing at all as ""."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip())
        except ValueError:
            return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))  # a local QDateTime
    return QLocale().toString(shown, FORMAT)
