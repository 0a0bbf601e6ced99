"""The model family tree: what a model was derived from, what derives from it, and the family it belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from db.errors import NotFoundError, ValidationError
from db.reading.lineage import TreeNode, family_key, grow_tree, walk_chain
from db.schema import MODEL_FAMILY_KEY, Entry, Model
from db.store import Store, WriteContext
from db.values import normalize_name
from db.vocab import MAX_LINEAGE_DEPTH, BaseRelation

RELATIONS: tuple[str, ...] = tuple(BaseRelation)
"""How a model can be derived from its base: fine-tune, adapter, quantization, merge, distillation,
continued-pretraining, other."""

MAX_DEPTH = MAX_LINEAGE_DEPTH


@dataclass(frozen=True)
class Lineal:
    """One model as the family tree shows it, with how it relates to the model it was derived from."""

    uuid: str
    name: str
    family: str | None
    version: str | None
    size: str | None
    relation: str | None  # its relation to its own base (None for a model without a base)
    base_uuid: str | None
    license_uuid: str | None
    developer_uuid: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"uuid": self.uuid, "name": self.name, "family": self.family, "version": self.version,
                "size": self.size, "relation": self.relation, "base_uuid": self.base_uuid,
                "license_uuid": self.license_uuid, "developer_uuid": self.developer_uuid}


@dataclass(frozen=True)
class FamilyTree:
    """The family of a model and everything derived from its members, as a forest of roots.

    `roots` are the family members without a base inside the tree (usually the pretrained models), each with
    its derivatives below it; `focus` is the model the tree was asked for. A model without a family gets the
    tree of its root ancestor.
    """

    family: str | None
    focus: str
    roots: list[TreeNode[Lineal]]

    def members(self) -> list[Lineal]:
        return [node.model for root in self.roots for _depth, node in root.walk()]

    def to_dict(self) -> dict[str, Any]:
        return {"family": self.family, "focus": self.focus, "roots": [_node_dict(root) for root in self.roots]}


def _node_dict(node: TreeNode[Lineal]) -> dict[str, Any]:
    return {**node.model.to_dict(), "in_family": node.in_family,
            "children": [_node_dict(child) for child in node.children]}


_COLUMNS = (Model.uuid, Model.name, Model.family, Model.model_version, Model.size_label, Model.base_relation,
            Model.base_model_uuid, Model.license_uuid, Model.developer_uuid)


def _lineal(row: Any) -> Lineal:
    return Lineal(row[0], row[1], row[2], row[3], row[4], row[5] if row[6] else None, row[6], row[7], row[8])


def _live(session: Session, *where: Any) -> list[Lineal]:
    query = select(*_COLUMNS).where(Model.deleted_at.is_(None), *where).order_by(Model.name_key, Model.uuid)
    return [_lineal(row) for row in session.execute(query)]


def lineal(session: Session, uuid: str) -> Lineal:
    """One live model as a `Lineal`; NotFoundError when there is none with this UUID."""
    found = _live(session, Model.uuid == uuid)
    if not found:
        raise NotFoundError(f"no model with UUID {uuid}")
    return found[0]


def base_of(session: Session, uuid: str) -> Lineal | None:
    """The live model `uuid` was derived from (its `relation` field says how it is derived: read it on the
    derivative, `lineal(session, uuid).relation`), or None."""
    model = lineal(session, uuid)
    if model.base_uuid is None:
        return None
    found = _live(session, Model.uuid == model.base_uuid)
    return found[0] if found else None


def ancestors(session: Session, uuid: str) -> list[tuple[Lineal, str]]:
    """The chain of bases from the nearest up to the root, each with the relation of the step below it.

    For a quantization of a fine-tune of Llama 3 8B: [(fine-tune, "quantization"), (Llama 3 8B, "fine-tune")].
    Deleted bases end the chain; a cycle (only possible after merging two files) is cut where it closes.
    """
    return _lineage(session, uuid)[1]


def _lineage(session: Session, uuid: str) -> tuple[Lineal, list[tuple[Lineal, str]]]:
    """The live model `uuid` and its chain of bases, read in one query however long the chain is.

    A recursive query follows the stored base links (live or not, at most MAX_DEPTH steps: a cycle ends there);
    the chain is then walked here, where a deleted base or a model seen before ends it."""
    models = Model.__table__
    steps = (select(models.c.uuid, models.c.base_model_uuid.label("base"), literal(0).label("depth"))
             .where(models.c.uuid == uuid).cte("chain", recursive=True))
    steps = steps.union_all(
        select(models.c.uuid, models.c.base_model_uuid, steps.c.depth + 1)
        .join(steps, models.c.uuid == steps.c.base)
        .where(steps.c.depth < MAX_DEPTH))
    live = {m.uuid: m for m in _live(session, Model.uuid.in_(select(steps.c.uuid)))}
    return walk_chain(live, uuid)


def derivatives_of(session: Session, uuid: str, *, transitive: bool = False) -> list[Lineal]:
    """Live models derived from `uuid` (directly, or at any depth with `transitive`), by name."""
    if transitive:
        result = [m for m in _descendants(session, [uuid]) if m.uuid != uuid]
    else:
        result = _live(session, Model.base_model_uuid == uuid)
    return sorted(result, key=lambda m: (normalize_name(m.name), m.uuid))


def _descendants(session: Session, uuids: list[str]) -> list[Lineal]:
    """Live models derived, at any depth, from any of `uuids` through live models, in one recursive query.

    UNION (not UNION ALL) keeps each model once, so a cycle (only possible after merging two files) ends."""
    models, entries = Model.__table__, Entry.__table__
    live_model = models.join(entries, entries.c.uuid == models.c.uuid)
    below = (select(models.c.uuid).select_from(live_model)
             .where(models.c.base_model_uuid.in_(uuids), entries.c.deleted_at.is_(None))
             .cte("below", recursive=True))
    below = below.union(
        select(models.c.uuid).select_from(live_model.join(below, models.c.base_model_uuid == below.c.uuid))
        .where(entries.c.deleted_at.is_(None)))
    return _live(session, Model.uuid.in_(select(below.c.uuid)))


def family_members(session: Session, family: str) -> list[Lineal]:
    """Live models whose family is `family` (compared by normalized name), by name."""
    key = family_key(family)
    if not key:
        return []
    # Compared with the indexed expression itself (ix_models_family_key), so SQLite searches the index rather than
    # scan every model; the text asked for is keyed by the same SQL (SQLite's lower() folds only ASCII letters).
    candidates = _live(session, func.lower(func.trim(literal(family))) == MODEL_FAMILY_KEY)
    if not candidates:  # spelled differently (punctuation, spacing): compare normalized keys
        candidates = [m for m in _live(session, Model.family.is_not(None)) if family_key(m.family) == key]
    return candidates


def family_tree(session: Session, uuid: str) -> FamilyTree:
    """The family of `uuid` and every model derived from its members, as trees under the family's roots."""
    focus, chain = _lineage(session, uuid)
    top = chain[-1][0] if chain else focus
    # the family is the focus model's own, else its nearest ancestor's that has one
    family = next((m.family for m in [focus, *(a for a, _ in chain)] if m.family), None)
    members = {m.uuid: m for m in (family_members(session, family) if family else [])}
    members.setdefault(top.uuid, top)
    by_uuid = dict(members)
    for derived in _descendants(session, list(members)):  # one query for the whole family, however large
        by_uuid.setdefault(derived.uuid, derived)
    for ancestor, _relation in chain:
        by_uuid.setdefault(ancestor.uuid, ancestor)
    return FamilyTree(family, uuid, grow_tree(family, by_uuid))


def would_cycle(session: Session, uuid: str, base_uuid: str) -> bool:
    """True when making `base_uuid` the base of `uuid` would make a model its own ancestor."""
    if base_uuid == uuid:
        return True
    current: str | None = base_uuid
    for _ in range(MAX_DEPTH * 4):
        if current is None:
            return False
        if current == uuid:
            return True
        current = session.execute(select(Model.base_model_uuid).where(Model.uuid == current)).scalar_one_or_none()
    return True


# ---- writing ---------------------------------------------------------------------------------------


def check_relation(relation: str | None) -> str | None:
    if relation is None:
        return None
    text = str(relation).strip().lower()
    if text == "quantized":  # the spelling before schema 0006
        text = BaseRelation.QUANTIZATION.value
    if text not in RELATIONS:
        raise ValidationError({"base_relation": f"must be one of {', '.join(RELATIONS)} (got {relation!r})"})
    return text


def set_base_in(store: Store, ctx: WriteContext, uuid: str, base: str | None, relation: str | None = None) -> Model:
    """Record that `uuid` was derived from `base` (a UUID or name) by `relation`; None clears the base.

    Refuses a base that is not a model, the model itself, or one of its own derivatives.
    """
    model = ctx.entry(uuid)
    if not isinstance(model, Model):
        raise ValidationError({"base_model": f"{model.name} is not a model"})
    if base is None:
        store.update_in(ctx, uuid, {"base_model": None, "base_relation": None})
        return model
    base_row = ctx.entry(base) if base in ctx.entries else store.resolve(base, "model", ctx.session)
    if would_cycle(ctx.session, uuid, base_row.uuid):
        raise ValidationError({"base_model": f"{base_row.name} is {model.name} itself or derived from it"})
    relation = check_relation(relation) or BaseRelation.FINE_TUNE.value
    store.update_in(ctx, uuid, {"base_model": base_row.uuid, "base_relation": relation})
    return model


def set_base(store: Store, uuid: str, base: str | None, relation: str | None = None) -> None:
    with store.write() as ctx:
        set_base_in(store, ctx, uuid, base, relation)


def set_family_in(
    store: Store, ctx: WriteContext, uuid: str, family: str | None, version: str | None = None,
    size: str | None = None,
) -> Model:
    """Place a model in a family with its version and size (None leaves a field empty)."""
    model = ctx.entry(uuid)
    if not isinstance(model, Model):
        raise ValidationError({"family": f"{model.name} is not a model"})
    values = {"family": _clean(family), "model_version": _clean(version), "size_label": _clean(size)}
    store.update_in(ctx, uuid, values)
    return model


def set_family(store: Store, uuid: str, family: str | None, version: str | None = None,
               size: str | None = None) -> None:
    with store.write() as ctx:
        set_family_in(store, ctx, uuid, family, version, size)


def _clean(text: str | None) -> str | None:
    value = " ".join(str(text).split()) if text is not None else ""
    return value or None
