"""Model Atlas desktop app: the PySide6 face over the Qt-free core in `db`."""
