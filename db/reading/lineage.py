"""A model's chain of bases and its family tree, read with plain SQL: the twin of db.lineage's readers, without the ORM.

The same statements as db.lineage (recursive queries: a fixed number of them however large the family), and the
same tree: the family of the model (its own, else its nearest ancestor's), every live model derived from a member,
and the chain of bases up to the root. tests/db/test_reading_detail_model.py compares both on catalog-sized atlases.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any, Generic, NamedTuple, Protocol, TypeVar

from db.errors import NotFoundError
from db.values import normalize_name
from db.vocab import MAX_LINEAGE_DEPTH, BaseRelation

MAX_DEPTH = MAX_LINEAGE_DEPTH


class Lineal(NamedTuple):
    """One model as the family tree shows it (db.lineage.Lineal's fields, read as stored columns)."""

    uuid: str
    name: str
    family: str | None
    version: str | None
    size: str | None
    relation: str | None  # its relation to its own base (None for a model without a base)
    base_uuid: str | None
    license_uuid: str | None
    developer_uuid: str | None

    def ref(self) -> dict[str, Any]:
        return {"uuid": self.uuid, "kind": "model", "name": self.name}


class ChainLink(Protocol):
    """A model as a chain of bases or a family tree reads it (Lineal here, db.lineage.Lineal over the ORM)."""

    @property
    def uuid(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def family(self) -> str | None: ...
    @property
    def base_uuid(self) -> str | None: ...
    @property
    def relation(self) -> str | None: ...


L = TypeVar("L", bound=ChainLink)


class TreeNode(Generic[L]):
    """A model in a family tree and the models derived from it (sorted by name)."""

    __slots__ = ("children", "in_family", "model")

    def __init__(self, model: L, in_family: bool = True) -> None:
        self.model = model
        self.children: list[TreeNode[L]] = []
        self.in_family = in_family  # False for a derivative that belongs to another family (or none)

    def walk(self) -> Iterable[tuple[int, TreeNode[L]]]:
        """Depth-first (depth, node) pairs, parents before children."""
        stack: list[tuple[int, TreeNode[L]]] = [(0, self)]
        while stack:
            depth, node = stack.pop()
            yield depth, node
            stack.extend((depth + 1, child) for child in reversed(node.children))


class Lineage(NamedTuple):
    """A live model and its chain of live bases, nearest first, each with the relation of the step below it."""

    model: Lineal
    chain: list[tuple[Lineal, str]]


_COLUMNS = ("SELECT models.uuid, entries.name, models.family, models.model_version, models.size_label, "
            "models.base_relation, models.base_model_uuid, models.license_uuid, models.developer_uuid "
            "FROM entries JOIN models ON models.uuid = entries.uuid WHERE entries.deleted_at IS NULL AND {} "
            "ORDER BY entries.name_key, models.uuid")
_CHAIN = (
    "WITH RECURSIVE chain(uuid, base, depth) AS (SELECT models.uuid AS uuid, models.base_model_uuid AS base, "
    "? AS depth FROM models WHERE models.uuid = ? UNION ALL SELECT models.uuid AS uuid, models.base_model_uuid AS "
    "base_model_uuid, chain.depth + ? AS anon_1 FROM models JOIN chain ON models.uuid = chain.base "
    "WHERE chain.depth < ?) " + _COLUMNS.format("models.uuid IN (SELECT chain.uuid FROM chain)")
)
_FAMILY = _COLUMNS.format("lower(trim(models.family)) = lower(trim(?))")  # the indexed expression (migration 0008)
_ANY_FAMILY = _COLUMNS.format("models.family IS NOT NULL")
_BELOW = (
    "WITH RECURSIVE below(uuid) AS (SELECT models.uuid AS uuid FROM models JOIN entries ON entries.uuid = models.uuid "
    "WHERE models.base_model_uuid IN ({}) AND entries.deleted_at IS NULL UNION SELECT models.uuid AS uuid "
    "FROM models JOIN entries ON entries.uuid = models.uuid JOIN below ON models.base_model_uuid = below.uuid "
    "WHERE entries.deleted_at IS NULL) " + _COLUMNS.format("models.uuid IN (SELECT below.uuid FROM below)")
)


def _lineal(row: Any) -> Lineal:
    return Lineal(row[0], row[1], row[2], row[3], row[4], row[5] if row[6] else None, row[6], row[7], row[8])


def family_key(family: str | None) -> str:
    """Families compare by their normalized name ("Llama 3" and "llama 3" are one family)."""
    return normalize_name(family or "")


def lineage(connection: sqlite3.Connection, uuid: str) -> Lineage:
    """The live model `uuid` and its chain of bases, in one query however long the chain is (db.lineage._lineage).

    A deleted base or a model seen before (a cycle, only possible after merging two files) ends the chain."""
    live = {m.uuid: m for m in map(_lineal, connection.execute(_CHAIN, (0, uuid, 1, MAX_DEPTH)))}
    return Lineage(*walk_chain(live, uuid))


def walk_chain(live: Mapping[str, L], uuid: str) -> tuple[L, list[tuple[L, str]]]:
    """The model `uuid` and its chain of (base, relation) up to the root, through the live models read (anything
    with uuid, base_uuid and relation: db.lineage's records too). A deleted base or a model seen before (a cycle,
    only possible after merging two files) ends the chain."""
    if uuid not in live:
        raise NotFoundError(f"no model with UUID {uuid}")
    chain: list[tuple[L, str]] = []
    seen = {uuid}
    current = live[uuid]
    while current.base_uuid is not None and len(chain) < MAX_DEPTH:
        base = live.get(current.base_uuid)
        if base is None or base.uuid in seen:
            break
        chain.append((base, current.relation or BaseRelation.OTHER.value))
        seen.add(base.uuid)
        current = base
    return live[uuid], chain


def family_members(connection: sqlite3.Connection, family: str) -> list[Lineal]:
    """Live models whose family is `family` (compared by normalized name), by name."""
    key = family_key(family)
    if not key:
        return []
    candidates = [_lineal(row) for row in connection.execute(_FAMILY, (family,))]
    if not candidates:  # spelled differently (punctuation, spacing): compare normalized keys
        candidates = [m for m in map(_lineal, connection.execute(_ANY_FAMILY)) if family_key(m.family) == key]
    return candidates


def _descendants(connection: sqlite3.Connection, uuids: list[str]) -> list[Lineal]:
    """Live models derived, at any depth, from any of `uuids` through live models, in one recursive query."""
    return [_lineal(row) for row in connection.execute(_BELOW.format(", ".join("?" * len(uuids))), uuids)]


def family_tree(connection: sqlite3.Connection, found: Lineage) -> tuple[str | None, list[TreeNode[Lineal]]]:
    """The family of the model and every model derived from its members, as trees under the family's roots
    (db.lineage.family_tree, given the model's lineage)."""
    focus, chain = found.model, found.chain
    top = chain[-1][0] if chain else focus
    family = next((m.family for m in [focus, *(a for a, _ in chain)] if m.family), None)
    members = {m.uuid: m for m in (family_members(connection, family) if family else [])}
    members.setdefault(top.uuid, top)
    by_uuid = dict(members)
    for derived in _descendants(connection, list(members)):
        by_uuid.setdefault(derived.uuid, derived)
    for ancestor, _relation in chain:
        by_uuid.setdefault(ancestor.uuid, ancestor)
    return family, grow_tree(family, by_uuid)


def grow_tree(family: str | None, by_uuid: Mapping[str, L]) -> list[TreeNode[L]]:
    """The models of a family tree linked to their bases, as roots sorted by name (models outside the family last),
    each node's children by name; a base that would close a cycle (possible only after merging two files) is cut."""
    nodes = {u: TreeNode(m, in_family=family is None or family_key(m.family) == family_key(family))
             for u, m in by_uuid.items()}  # no family: the tree is one root's lineage
    roots: list[TreeNode[L]] = []
    for node in nodes.values():
        parent = nodes.get(node.model.base_uuid) if node.model.base_uuid else None
        if parent is not None and not _closes_cycle(nodes, node.model.uuid):
            parent.children.append(node)
        else:
            roots.append(node)
    for node in nodes.values():
        node.children.sort(key=_order)
    roots.sort(key=lambda n: (not n.in_family, *_order(n)))
    return roots


def _order(node: TreeNode[Any]) -> tuple[str, str]:
    return normalize_name(node.model.name), node.model.uuid


def _closes_cycle(nodes: Mapping[str, TreeNode[Any]], uuid: str) -> bool:
    seen = {uuid}
    current = nodes[uuid].model.base_uuid
    while current is not None and current in nodes:
        if current in seen:
            return True
        seen.add(current)
        current = nodes[current].model.base_uuid
    return False


def family_tree_rows(connection: sqlite3.Connection, found: Lineage) -> dict[str, Any] | None:
    """The model's family tree as rows to draw, parents before children (db.detail.family_tree_detail); None when
    the model stands alone."""
    family, roots = family_tree(connection, found)
    focus = found.model.uuid
    rows = [
        node.model.ref() | {"depth": depth, "relation": node.model.relation if depth else None,
                            "version": node.model.version, "size": node.model.size,
                            "in_family": node.in_family, "focus": node.model.uuid == focus}
        for root in roots for depth, node in root.walk()
    ]
    if len(rows) < 2:
        return None
    return {"family": family, "rows": rows}
