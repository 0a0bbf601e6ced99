"""Preferences and remembered state, kept in QSettings (author, theme, density, recent files, layout)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from db.vocab import DEFAULT_RUBRIC

MAX_RECENT = 8


class Preferences:
    """Typed access to the app's settings; tests hand in their own QSettings file."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings or QSettings("ModelAtlas", "modelatlas")

    def _get(self, key: str, default: Any = None) -> Any:
        return self.qsettings.value(key, default)

    def _set(self, key: str, value: Any) -> None:
        self.qsettings.setValue(key, value)

    @property
    def author(self) -> str:
        return str(self._get("author", "") or "")

    @author.setter
    def author(self, value: str) -> None:
        self._set("author", value.strip())

    @property
    def theme(self) -> str:
        value = str(self._get("theme", "system"))
        return value if value in ("system", "light", "dark", "high-contrast") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("theme", value)

    @property
    def language(self) -> str:
        """A code of desktop.i18n.LANGUAGES, or "" for the system's language; used from the next start."""
        return str(self._get("language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value)

    @property
    def density(self) -> str:
        value = str(self._get("density", "comfortable"))
        return value if value in ("compact", "comfortable") else "comfortable"

    @density.setter
    def density(self, value: str) -> None:
        self._set("density", value)

    @property
    def rubric(self) -> list[str]:
        value = self._get("rubric")
        if isinstance(value, str):
            value = [part for part in value.split("\n") if part.strip()]
        return list(value) if value else list(DEFAULT_RUBRIC)

    @rubric.setter
    def rubric(self, criteria: list[str]) -> None:
        self._set("rubric", "\n".join(c.strip() for c in criteria if c.strip()))

    @property
    def recent_files(self) -> list[str]:
        value = self._get("recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or [] if v]

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        recent = [text, *[p for p in self.recent_files if p != text]][:MAX_RECENT]
        self._set("recent", recent)

    @property
    def last_database(self) -> str | None:
        value = self._get("last_database")
        return str(value) if value else None

    @last_database.setter
    def last_database(self, path: str) -> None:
        self._set("last_database", path)

    @property
    def hub_address(self) -> str:
        """The team hub's address as remembered: never with a password (libpq reads those from ~/.pgpass)."""
        return str(self._get("hub/address", "") or "")

    @hub_address.setter
    def hub_address(self, value: str) -> None:
        from db.hub.connection import display_address

        self._set("hub/address", display_address(value))

    @property
    def hub_sync_on_start(self) -> bool:
        return str(self._get("hub/sync_on_start", "false")).lower() == "true"

    @hub_sync_on_start.setter
    def hub_sync_on_start(self, value: bool) -> None:
        self._set("hub/sync_on_start", "true" if value else "false")

    @property
    def hub_sync_minutes(self) -> int:
        """Minutes between automatic syncs while connected; 0: only when asked."""
        try:
            return max(0, int(self._get("hub/sync_minutes", 0) or 0))
        except (TypeError, ValueError):
            return 0

    @hub_sync_minutes.setter
    def hub_sync_minutes(self, value: int) -> None:
        self._set("hub/sync_minutes", int(value))

    @property
    def stale_days(self) -> int:
        """The sidebar's "Not verified in N days": N, from 1 day to 100 years (180 unless changed)."""
        try:
            return min(36_500, max(1, int(self._get("freshness/stale_days", 180) or 180)))
        except (TypeError, ValueError):
            return 180

    @stale_days.setter
    def stale_days(self, value: int) -> None:
        self._set("freshness/stale_days", int(value))

    def state(self, key: str) -> QByteArray | None:
        value = self._get(f"state/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._set(f"state/{key}", value)

    def value(self, key: str, default: Any = None) -> Any:
        return self._get(f"ui/{key}", default)

    def set_value(self, key: str, value: Any) -> None:
        self._set(f"ui/{key}", value)

    def sync(self) -> None:
        self.qsettings.sync()
