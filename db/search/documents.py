"""Turn store entries into engine-neutral search documents (Core SQL in batches: fast enough for rebuilds)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, FromClause, String, func, select
from sqlalchemy.orm import Session

from db.fields import KIND_LABELS
from db.lineage import MAX_DEPTH
from db.schema import (
    Assessment,
    Component,
    Entry,
    EntryTag,
    Evaluation,
    License,
    Model,
    Note,
    Organization,
    PolicyNote,
    SavedSearch,
    Source,
)
from db.search.text import SearchDocument, whole_value_key
from db.values import format_number
from db.vocab import CLAUSE_LABELS, MOF_COMPONENT_INFO, MofComponent, OpennessGrade

E = Entry.__table__
T_TAG_LINK = EntryTag.__table__
BATCH = 500
"""UUIDs per IN (...) query: well under SQLite's variable limit."""
MAX_INDEXED_CHARS = 100_000
"""Text indexed per field (each column read, the assembled body, each filter value): a longer note is found by
its first 100,000 characters. Cut in SQL, so a batch of huge notes never reaches memory whole."""

def load_documents(session: Session, uuids: Iterable[str]) -> tuple[list[SearchDocument], list[str]]:
    """Documents for the live entries among `uuids`, and the UUIDs that are gone (deleted or never existed)."""
    wanted = list(dict.fromkeys(uuids))
    docs: list[SearchDocument] = []
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start:start + BATCH]
        docs.extend(_documents(session, E.c.uuid.in_(chunk)))
    found = {doc.uuid for doc in docs}
    return docs, [uuid for uuid in wanted if uuid not in found]


def iter_all_documents(session: Session, batch: int = 2000) -> Iterator[list[SearchDocument]]:
    """Every live entry, in batches (for a full rebuild)."""
    uuids = list(session.scalars(select(E.c.uuid).where(E.c.deleted_at.is_(None)).order_by(E.c.uuid)))
    for start in range(0, len(uuids), batch):
        docs, _gone = load_documents(session, uuids[start:start + batch])
        yield docs


def count_live(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(E).where(E.c.deleted_at.is_(None))) or 0)


def changed_since(session: Session, seq: int) -> list[str]:
    """UUIDs of entries (live or tombstoned) whose search document changed after store state `seq`."""
    return list(session.scalars(select(E.c.uuid).where(E.c.change_seq > seq)))


# ---- assembly ----------------------------------------------------------------------------------------


def _documents(session: Session, where: ColumnElement[bool]) -> list[SearchDocument]:
    base = session.execute(
        select(E.c.uuid, E.c.kind, _cap(E.c.name), _cap(E.c.author), E.c.created_at, E.c.modified_at)
        .where(where, E.c.deleted_at.is_(None))
    ).all()
    if not base:
        return []
    by_kind: dict[str, list[str]] = defaultdict(list)
    docs: dict[str, SearchDocument] = {}
    for uuid, kind, name, author, created, modified in base:
        doc = SearchDocument(uuid, kind, name or "")
        doc.fields["author"] = [author] if author else []
        doc.dates["created"] = _ordinal(created)
        doc.dates["modified"] = _ordinal(modified)
        doc.dates["date"] = doc.dates["created"]
        docs[uuid] = doc
        by_kind[kind].append(uuid)
    tags = _tags(session, list(docs))
    for uuid, names in tags.items():
        docs[uuid].tags = names
    for kind, uuids in by_kind.items():
        filler = _FILLERS.get(kind)
        if filler is not None:
            filler(session, uuids, docs)
    for doc in docs.values():
        doc.dates = {k: v for k, v in doc.dates.items() if v}
        doc.body = doc.body[:MAX_INDEXED_CHARS]
        doc.fields = {name: [value[:MAX_INDEXED_CHARS] for value in values] for name, values in doc.fields.items()}
    return list(docs.values())


def _cap(column: Any) -> Any:
    """A text column cut to MAX_INDEXED_CHARS in SQL (under its own name)."""
    return func.substr(column, 1, MAX_INDEXED_CHARS).label(column.name)


def _capped(table: FromClause) -> list[Any]:
    """Every column of `table`, text columns cut to MAX_INDEXED_CHARS."""
    return [_cap(column) if isinstance(column.type, String) else column for column in table.c]


def _tags(session: Session, uuids: Sequence[str]) -> dict[str, list[str]]:
    tag_entry = E.alias("tag_entry")
    rows = session.execute(
        select(T_TAG_LINK.c.entry_uuid, tag_entry.c.name)
        .select_from(T_TAG_LINK.join(tag_entry, tag_entry.c.uuid == T_TAG_LINK.c.tag_uuid))
        .where(T_TAG_LINK.c.entry_uuid.in_(uuids), T_TAG_LINK.c.deleted_at.is_(None), tag_entry.c.deleted_at.is_(None))
        .order_by(tag_entry.c.name_key)
    ).all()
    found: dict[str, list[str]] = defaultdict(list)
    for uuid, name in rows:
        found[uuid].append(name)
    return found


def _ordinal(value: date | datetime | None) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        value = value.date()
    return value.toordinal()


def _lines(*parts: Any) -> str:
    """Readable text: non-empty parts, one per line."""
    return "\n".join(str(p).strip() for p in parts if p is not None and str(p).strip())


def _labelled(label: str, value: Any) -> str | None:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    return f"{label}: {value}"


def _model(session: Session, uuids: list[str], docs: dict[str, SearchDocument]) -> None:
    t = Model.__table__
    dev = E.alias("dev")
    dev_org = Organization.__table__.alias("dev_org")
    lic = E.alias("lic")
    lic_row = License.__table__.alias("lic_row")
    rows = session.execute(
        select(*_capped(t), _cap(dev.c.name).label("dev_name"), dev_org.c.jurisdiction.label("dev_jurisdiction"),
               lic.c.name.label("lic_name"), lic_row.c.spdx_id.label("lic_spdx"), lic_row.c.family.label("lic_family"))
        .select_from(
            t.outerjoin(dev, (dev.c.uuid == t.c.developer_uuid) & dev.c.deleted_at.is_(None))
            .outerjoin(dev_org, dev_org.c.uuid == dev.c.uuid)
            .outerjoin(lic, (lic.c.uuid == t.c.license_uuid) & lic.c.deleted_at.is_(None))
            .outerjoin(lic_row, lic_row.c.uuid == lic.c.uuid)
        )
        .where(t.c.uuid.in_(uuids))
    ).mappings().all()
    components = _components(session, uuids)
    assessments = _assessments(session, uuids)
    bases = _bases(session, {row["uuid"]: row["base_model_uuid"] for row in rows})
    for row in rows:
        doc = docs[row["uuid"]]
        grade = OpennessGrade(row["openness_grade"]) if row["openness_grade"] in set(OpennessGrade) else None
        doc.openness = grade.value if grade else None
        doc.jurisdiction = row["dev_jurisdiction"]
        doc.fields["org"] = [row["dev_name"]] if row["dev_name"] else []
        doc.fields["license"] = [v for v in (row["lic_name"], row["lic_spdx"], row["lic_family"]) if v]
        doc.fields["jurisdiction"] = [doc.jurisdiction] if doc.jurisdiction else []
        doc.fields["openness"] = [grade.value, grade.label] if grade else []
        chain = bases.get(row["uuid"], [])
        doc.fields["base"] = [whole_value_key(v).decode("utf-8") for base in chain for v in base]
        params = row["params_total"]
        doc.body = _lines(
            _labelled("Family", row["family"]),
            _labelled("Base model", chain[0][1] if chain else None),
            _labelled("Version", row["model_version"]),
            _labelled("Developer", row["dev_name"]),
            _labelled("License", row["lic_name"]),
            _labelled("Openness", grade.label if grade else None),
            _labelled("Modalities", row["modalities"]),
            _labelled("Architecture", row["architecture"]),
            _labelled("Parameters", format_number(params) if params else None),
            _labelled("Access", row["access"]),
            row["summary"],
            *components.get(row["uuid"], ()),
            *assessments.get(row["uuid"], ()),
        )
        if row["release_date"]:
            doc.dates["released"] = doc.dates["date"] = _ordinal(row["release_date"])
        for key, column in (("params", "params_total"), ("compute", "training_compute_flop"),
                            ("context", "context_window")):
            if row[column] is not None:
                doc.numbers[key] = float(row[column])
        doc.numbers["mof"] = float(row["mof_class"] or 0)


def _bases(session: Session, base_of: dict[str, str | None]) -> dict[str, list[tuple[str, str]]]:
    """Each model's live bases up the family tree, nearest first, as (uuid, name): what base:"…" matches."""
    t = Model.__table__
    known: dict[str, tuple[str, str | None]] = {}  # uuid -> (name, its base)
    gone: set[str] = set()  # deleted or never there: the chain ends
    wanted = {base for base in base_of.values() if base}
    for _depth in range(MAX_DEPTH):
        wanted -= known.keys() | gone
        if not wanted:
            break
        found = session.execute(
            select(t.c.uuid, E.c.name, t.c.base_model_uuid).join(E, E.c.uuid == t.c.uuid)
            .where(t.c.uuid.in_(list(wanted)), E.c.deleted_at.is_(None))
        ).all()
        for uuid, name, base in found:
            known[uuid] = (name, base)
        gone |= wanted - {row[0] for row in found}
        wanted = {base for _name, base in known.values() if base}
    chains: dict[str, list[tuple[str, str]]] = {}
    for uuid, base in base_of.items():
        chain: list[tuple[str, str]] = []
        seen = {uuid}
        while base and base in known and base not in seen and len(chain) < MAX_DEPTH:
            seen.add(base)
            name, next_base = known[base]
            chain.append((base, name))
            base = next_base
        if chain:
            chains[uuid] = chain
    return chains


def _components(session: Session, uuids: list[str]) -> dict[str, list[str]]:
    t = Component.__table__
    rows = session.execute(
        select(t.c.model_uuid, t.c.component, t.c.status, t.c.license_text, t.c.evidence)
        .where(t.c.model_uuid.in_(uuids), t.c.deleted_at.is_(None), t.c.status != "unknown")
        .order_by(t.c.model_uuid, t.c.component)
    ).all()
    found: dict[str, list[str]] = defaultdict(list)
    for model_uuid, component, status, license_text, evidence in rows:
        info = MOF_COMPONENT_INFO.get(MofComponent(component)) if component in set(MofComponent) else None
        label = info[0] if info else component
        extra = "; ".join(v for v in (license_text, evidence) if v)
        found[model_uuid].append(f"{label}: {status}" + (f" ({extra})" if extra else ""))
    return found


def _assessments(session: Session, uuids: list[str]) -> dict[str, list[str]]:
    t = Assessment.__table__
    rows = session.execute(
        select(t.c.model_uuid, t.c.framework, t.c.dimension, t.c.value, t.c.notes)
        .where(t.c.model_uuid.in_(uuids), t.c.deleted_at.is_(None))
        .order_by(t.c.model_uuid, t.c.framework, t.c.dimension)
    ).all()
    found: dict[str, list[str]] = defaultdict(list)
    for model_uuid, framework, dimension, value, notes in rows:
        found[model_uuid].append(f"{framework} {dimension}: {value}" + (f" ({notes})" if notes else ""))
    return found


def _organization(session: Session, uuids: list[str], docs: dict[str, SearchDocument]) -> None:
    t = Organization.__table__
    for row in session.execute(select(*_capped(t)).where(t.c.uuid.in_(uuids))).mappings():
        doc = docs[row["uuid"]]
        doc.jurisdiction = row["jurisdiction"]
        doc.fields["org"] = [doc.title]
        doc.fields["jurisdiction"] = [doc.jurisdiction] if doc.jurisdiction else []
        doc.body = _lines(
            _labelled("Country", row["country"]),
            _labelled("Jurisdiction", row["jurisdiction"]),
            _labelled("Kind", row["org_kind"]),
            _labelled("Business model", row["business_model"]),
            _labelled("Website", row["website"]),
            row["summary"],
        )


def _license(session: Session, uuids: list[str], docs: dict[str, SearchDocument]) -> None:
    t = License.__table__
    for row in session.execute(select(*_capped(t)).where(t.c.uuid.in_(uuids))).mappings():
        doc = docs[row["uuid"]]
        doc.fields["license"] = [v for v in (doc.title, row["spdx_id"], row["family"]) if v]
        details = row["clause_details"] or {}
        clauses = []
        for clause, label in CLAUSE_LABELS.items():
            if clause == "user_cap":
                value = f"{row['user_cap']:,} monthly active users" if row["user_cap"] else row["user_cap_status"]
            elif clause == "geographic_exclusions":
                value = ", ".join(row["geographic_exclusions"] or []) or row["geo_status"]
            else:
                value = row[clause]
            detail = details.get(clause)
            if value == "unknown" and not detail:
                continue
            clauses.append(f"{label}: {value}" + (f" — {detail}" if detail else ""))
        doc.body = _lines(
            _labelled("SPDX", row["spdx_id"]),
            _labelled("Family", row["family"]),
            _labelled("OSI approved", {True: "yes", False: "no"}.get(row["osi_approved"])),
            _labelled("URL", row["url"]),
            row["summary"],
            *clauses,
            _labelled("Acceptable use policy", row["acceptable_use_policy_url"]),
        )


def _policy_note(session: Session, uuids: list[str], docs: dict[str, SearchDocument]) -> None:
    t = PolicyNote.__table__
    for row in session.execute(select(*_capped(t)).where(t.c.uuid.in_(uuids))).mappings():
        doc = docs[row["uuid"]]
        doc.jurisdiction = row["jurisdiction"]
        doc.fields["jurisdiction"] = [doc.jurisdiction] if doc.jurisdiction else []
        doc.fields["status"] = [row["status"]] if row["status"] else []
        doc.body = _lines(
            _labelled("Jurisdiction", row["jurisdiction"]),
            _labelled("Instrument", row["instrument"]),
            _labelled("Article", row["article"]),
            _labelled("Status", row["status"]),
            row["thresholds"],
            row["obligations"],
            row["open_model_treatment"],
            row["body"],
        )
        main = row["in_force_date"] or row["applies_from"] or row["adopted_date"] or row["proposed_date"]
        if main:
            doc.dates["date"] = _ordinal(main)
        if row["threshold_flop"] is not None:
            doc.numbers["compute"] = float(row["threshold_flop"])


def _note(session: Session, uuids: list[str], docs: dict[str, SearchDocument]) -> None:
    t = Note.__table__
    for uuid, body in session.execute(select(t.c.uuid, _cap(t.c.body)).where(t.c.uuid.in_(uuids))):
        docs[uuid].body = body or ""


def _evaluation(session: Session, uuids: list[str], docs: dict[str, SearchDocument]) -> None:
    t = Evaluation.__table__
    for row in session.execute(select(*_capped(t)).where(t.c.uuid.in_(uuids))).mappings():
        doc = docs[row["uuid"]]
        scores = row["scores"] or {}
        doc.fields["author"] = list(dict.fromkeys(v for v in (row["evaluator"], *doc.fields.get("author", [])) if v))
        doc.fields["verdict"] = [row["verdict"]] if row["verdict"] else []
        doc.body = _lines(
            _labelled("Use case", row["use_case"]),
            _labelled("Evaluator", row["evaluator"]),
            _labelled("Verdict", row["verdict"]),
            _labelled("Scores", [f"{k} {v}" for k, v in scores.items()]),
            row["notes"],
        )
        if row["eval_date"]:
            doc.dates["date"] = _ordinal(row["eval_date"])


def _source(session: Session, uuids: list[str], docs: dict[str, SearchDocument]) -> None:
    t = Source.__table__
    for row in session.execute(select(*_capped(t)).where(t.c.uuid.in_(uuids))).mappings():
        doc = docs[row["uuid"]]
        doc.body = _lines(_labelled("URL", row["url"]), _labelled("Confidence", row["confidence"]))
        if row["accessed"]:
            doc.dates["date"] = _ordinal(row["accessed"])


def _saved_search(session: Session, uuids: list[str], docs: dict[str, SearchDocument]) -> None:
    t = SavedSearch.__table__
    for row in session.execute(select(*_capped(t)).where(t.c.uuid.in_(uuids))).mappings():
        doc = docs[row["uuid"]]
        kind = KIND_LABELS.get(row["kind_filter"] or "", (None,))[0]
        doc.body = _lines(_labelled("Query", row["query"]), _labelled("Kind", kind))


_FILLERS = {
    "model": _model,
    "organization": _organization,
    "license": _license,
    "policy_note": _policy_note,
    "note": _note,
    "evaluation": _evaluation,
    "source": _source,
    "saved_search": _saved_search,
}

