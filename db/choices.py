"""What forms and pickers offer to choose from: live entries by kind, tag names and colors, use cases evaluated."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import case, select

from db.errors import NotFoundError
from db.fields import KIND_LABELS
from db.schema import Entry, Evaluation, Tag
from db.store import Store

REFERABLE_KINDS = ("model", "organization", "license", "policy_note")
"""What a note or an evaluation can be about."""


class EntryChoice(NamedTuple):
    """One live entry offered in a picker; `label` names its kind unless it is a model or the only kind offered.
    (A named tuple: a picker may offer 100,000 of them, and a frozen dataclass takes several times longer to make.)"""

    uuid: str
    name: str
    kind: str
    label: str


def entry_choices(store: Store, kinds: Sequence[str]) -> list[EntryChoice]:
    """Live entries of `kinds`, models first (what is most often picked), then by name."""
    wanted = list(dict.fromkeys(kinds))
    if not wanted:
        return []
    mixed = len(wanted) > 1
    with store.read() as session:
        rows = session.execute(
            select(Entry.uuid, Entry.name, Entry.kind)
            .where(Entry.kind.in_(wanted), Entry.deleted_at.is_(None))
            .order_by(case((Entry.kind == "model", 0), else_=1), Entry.name_key)
        ).all()
    return [EntryChoice(uuid, name, kind, _label(name, kind, mixed)) for uuid, name, kind in rows]


def _label(name: str, kind: str, mixed: bool) -> str:
    if not mixed or kind == "model":
        return name
    singular = KIND_LABELS[kind][0] if kind in KIND_LABELS else kind.replace("_", " ")
    return f"{name} ({singular.lower()})"


def tag_names(store: Store) -> list[str]:
    """The names of the live tags, by name."""
    with store.read() as session:
        return list(session.scalars(select(Tag.name).where(Tag.deleted_at.is_(None)).order_by(Tag.name_key)))


def tag_colors(store: Store) -> dict[str, str]:
    """Live tag name → its #rrggbb color, by name."""
    with store.read() as session:
        rows = session.execute(
            select(Tag.name, Tag.color).where(Tag.deleted_at.is_(None)).order_by(Tag.name_key)).all()
    return {name: color for name, color in rows}


def evaluated_use_cases(store: Store) -> list[str]:
    """Every use case a live evaluation names, once each, case-insensitively sorted (for completion)."""
    with store.read() as session:
        found = session.scalars(select(Evaluation.use_case).where(Evaluation.deleted_at.is_(None)).distinct())
        return sorted({use_case for use_case in found if use_case}, key=str.casefold)


def evaluation_target(store: Store, uuid: str | None) -> str | None:
    """The entry an evaluation form should open on when `uuid` is current: the entry itself, or, for an
    evaluation, the entry it evaluated; None when there is no such live entry or it cannot be evaluated."""
    if not uuid:
        return None
    try:
        entry = store.get(uuid)
    except NotFoundError:
        return None
    if isinstance(entry, Evaluation):
        return entry.target_uuid
    return entry.uuid if entry.kind in REFERABLE_KINDS else None
