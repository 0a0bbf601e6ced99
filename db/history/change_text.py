"""How a recorded old or new value reads as text: in the diff's table and exports, `history` and `--changes-since`."""

from __future__ import annotations

from typing import Any


def change_text(value: Any) -> str:
    """One side of a recorded change: nothing as a dash, a list joined (an empty one as "(none)"), a structure as
    its set keys and values."""
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(none)"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items() if v is not None) or "—"
    return str(value)
