"""The exchange API the CLI and the desktop call (from a worker thread): export, preview, merge, conflicts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from db.backend import backup_file
from db.exchange.conflicts import ConflictInfo
from db.exchange.conflicts import list_conflicts as _list_conflicts
from db.exchange.conflicts import resolve_conflict as _resolve_conflict
from db.exchange.errors import ExchangeError
from db.exchange.export import Progress, export_file
from db.exchange.manifest import Manifest
from db.exchange.merge import POLICIES, MergePlan, MergeReport, refuse_kind_changes, run_merge
from db.exchange.untrusted import IncomingFile, open_incoming
from db.jobs import Cancelled
from db.store import Store

__all__ = [
    "POLICIES", "ConflictInfo", "Manifest", "MergePlan", "MergeReport", "apply_merge", "export_atlas",
    "list_conflicts", "preview_merge", "resolve_conflict",
]


def export_atlas(
    store: Store,
    out: Path | str,
    *,
    uuids: Iterable[str] | None = None,
    tag: str | None = None,
    without_private: bool = False,
    without_authors: Iterable[str] = (),
    progress: Progress | None = None,
    with_history: bool = True,
) -> Manifest:
    """Export the whole atlas, or `uuids` / entries tagged `tag` (with what they refer to), to a new `.atlas`."""
    return export_file(store, out, uuids=uuids, tag=tag, without_private=without_private,
                       without_authors=without_authors, progress=progress, with_history=with_history)


def _check_policy(policy: str) -> None:
    if policy not in POLICIES:
        raise ExchangeError(f"unknown policy {policy!r}; choose one of {', '.join(POLICIES)}")


def preview_merge(store: Store, path: Path | str | IncomingFile, policy: str = "newer", *,
                  progress: Progress | None = None, cancelled: Cancelled | None = None) -> MergePlan:
    """Verify an incoming file and say what a merge would do, changing nothing. Call close() or apply it.

    `path` may also be a file already verified with `untrusted.open_incoming`: the plan then holds it, and if
    the preview fails or is cancelled it stays the caller's (still verified, for another preview or the merge).
    """
    _check_policy(policy)
    incoming = path if isinstance(path, IncomingFile) else open_incoming(path)
    opened_here = incoming is not path
    try:
        counts, items, _ = run_merge(store, incoming, policy, commit=False, progress=progress, cancelled=cancelled)
    except BaseException:
        if opened_here:
            incoming.close()
        raise
    return MergePlan(incoming.source, incoming.manifest, policy, counts, items, store.change_seq, incoming,
                     incoming.revision if incoming.upgraded else None, note=incoming.note)


def apply_merge(
    store: Store,
    plan_or_path: MergePlan | IncomingFile | Path | str,
    policy: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> MergeReport:
    """Merge in one transaction, after a rotated backup of the user's database; listeners hear the changes.

    A verified `IncomingFile` passed in is not verified again and stays the caller's to close (so a cancelled
    merge can be retried from it); a file opened here, or handed over by a plan, is closed here.
    """
    caller_owns = isinstance(plan_or_path, IncomingFile)
    if isinstance(plan_or_path, MergePlan):
        plan = plan_or_path
        policy = policy or plan.policy
        incoming: IncomingFile = plan.incoming or open_incoming(plan.source)
        plan.incoming = None
    else:
        policy = policy or "newer"
        incoming = plan_or_path if isinstance(plan_or_path, IncomingFile) else open_incoming(plan_or_path)
    try:
        _check_policy(policy)
        if not isinstance(plan_or_path, MergePlan):
            refuse_kind_changes(store, incoming)  # a preview found these already; refuse before the backup
        backup = backup_file(store.path, "before-merge")
        counts, items, touched = run_merge(store, incoming, policy, commit=True, progress=progress,
                                           cancelled=cancelled)
        return MergeReport(incoming.source, incoming.manifest, policy, counts, items, store.change_seq, None,
                           incoming.revision if incoming.upgraded else None, note=incoming.note, backup=backup,
                           touched=touched)
    finally:
        if not caller_owns:
            incoming.close()


def list_conflicts(store: Store, *, include_resolved: bool = False) -> list[ConflictInfo]:
    """Open conflicts with, for each, the fields whose two versions differ."""
    return _list_conflicts(store, include_resolved=include_resolved)


def resolve_conflict(store: Store, uuid: str, choices: Mapping[str, Any], *, default: str | None = None) -> dict:
    """Resolve a conflict field by field: each value is 'mine', 'theirs' or the edited value."""
    return _resolve_conflict(store, uuid, choices, default=default)
