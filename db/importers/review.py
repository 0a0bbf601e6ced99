"""The review list: imported records whose match was uncertain, and the analyst's decision on each."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db.errors import AmbiguousError, NotFoundError, ValidationError
from db.importers.common import ImportReport, ModelRecord, importer_author
from db.importers.engine import Applier
from db.schema import Entry, ImportReview
from db.store import Store

STATUSES = ("open", "merged", "created", "dismissed")
ACTIONS = ("merge", "create", "dismiss")


def _item(session: Any, row: ImportReview) -> dict[str, Any]:
    candidate = session.get(Entry, row.candidate_uuid) if row.candidate_uuid else None
    resolved = session.get(Entry, row.resolved_uuid) if row.resolved_uuid else None
    return {
        "id": row.uuid[:8],
        "uuid": row.uuid,
        "source": row.source,
        "name": (row.record or {}).get("name"),
        "names": (row.record or {}).get("names") or [],
        "developer": (row.record or {}).get("developer"),
        "origin": row.origin,
        "candidate": {"uuid": candidate.uuid, "name": candidate.name} if candidate is not None else None,
        "score": row.score,
        "reason": row.reason,
        "evidence": _evidence(row.record),
        "status": row.status,
        "resolved": {"uuid": resolved.uuid, "name": resolved.name} if resolved is not None else None,
    }


def _evidence(record: dict[str, Any] | None) -> list[str]:
    """The signals the matcher weighed (what made the match uncertain), as kept with the record."""
    evidence = (record or {}).get("evidence")
    return [str(signal) for signal in evidence.get("signals") or []] if isinstance(evidence, dict) else []


def list_reviews(store: Store, status: str | None = "open") -> list[dict[str, Any]]:
    """Review items (open ones by default), oldest first."""
    with store.read() as session:
        query = select(ImportReview).where(ImportReview.deleted_at.is_(None))
        if status:
            query = query.where(ImportReview.status == status)
        rows = session.scalars(query.order_by(ImportReview.created_at, ImportReview.record_key)).all()
        return [_item(session, row) for row in rows]


def _find(session: Any, review_id: str) -> ImportReview:
    text = review_id.strip().lower()
    if len(text) < 4:
        raise NotFoundError("give at least 4 characters of the review item's id")
    rows = session.scalars(select(ImportReview).where(ImportReview.uuid.startswith(text),
                                                      ImportReview.deleted_at.is_(None)).limit(3)).all()
    if not rows:
        raise NotFoundError(f"no review item {review_id!r}")
    if len(rows) > 1:
        raise AmbiguousError(f"several review items start with {review_id!r}; give more of the id")
    return rows[0]


def resolve_review(store: Store, review_id: str, action: str, entry: str | None = None) -> dict[str, Any]:
    """Merge the record into an entry (its values fill, its statements are recorded, its name becomes an alias),
    create a new entry from it, or dismiss it. Later imports of the same record follow the decision."""
    if action not in ACTIONS:
        raise ValidationError({"action": f"must be one of {', '.join(ACTIONS)}"})
    if action == "merge" and not entry:
        raise ValidationError({"entry": "merging needs the entry to merge into"})
    person = store.author
    with store.write() as ctx:
        row = _find(ctx.session, review_id)
        if row.status != "open":
            raise ValidationError({"review": f"already resolved ({row.status})"})
        record = ModelRecord.from_json(row.record)
        target = None
        if action != "dismiss":
            ctx.author = importer_author(row.source)  # values written from the record belong to its source
            applier = Applier(store, ctx, row.source, ImportReport(row.source))
            applier.keep_existing()
            if action == "merge":
                target = store.resolve(entry or "", "model", ctx.session).uuid
                applier.apply_model(record, target=target)
                applier.alias(target, record.name)
            else:
                target = applier.apply_model(record, create=True)
            applier.finish()
            ctx.author = person
            row.resolved = applier.objects.get(target or "")
        row.status = {"merge": "merged", "create": "created", "dismiss": "dismissed"}[action]
        row.resolved_uuid = target
        ctx.stamp(row)
        return _item(ctx.session, row)
