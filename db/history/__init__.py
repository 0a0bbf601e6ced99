"""History of every entry, named snapshots, diffs between points, and verdicts as of a point.

Nothing here is imported by the package itself (`db.store` imports `db.history.capture`, so the other modules,
which use the store, are imported by name). The API, for the CLI and the desktop's History and Changes views:

Recording (automatic): every `Store.write` records, per entry it changed, one `entry_history` row with only the
changed fields as [old, new] — `WriteContext.via` / `.source` say how (edit, cli, seed, import, merge, restore) and
from where. Fields: the entry's own columns (`clause_details.KEY` per clause), `component.NAME`,
`assessment.FRAMEWORK.DIMENSION`, `tags` / `sources` / `links.RELATION` / `evaluations` (sorted UUIDs), `exists`
([false, true] when made).

db.history.entries
    `entry_history(store, name_or_uuid) -> list[Version]` newest first; `Version(version, at, author, via, source,
    changes, uuid, recorded_here)`; `.to_dict()` is the CLI's JSON. `version_state(store, uuid, n)` the entry's
    fields right after version n; `restore_version(store, name_or_uuid, n) -> Version | None` (a new version;
    undo it with `restore_version(store, uuid, restored.version - 1)`; None when the entry is already so).
    Versions are numbered 1.. oldest first by time; `recorded_here` is False for a teammate's version that came
    in a merge (shown, never undone: the merge's own version is what changed this atlas).
db.history.snapshots
    `create_snapshot(store, name, note="") -> SnapshotInfo`, `list_snapshots(store)`, `get_snapshot(store, name)`,
    `delete_snapshot(store, name)`; `SnapshotInfo(name, at, author, seq, counts, note)`.
db.history.asof
    `as_of_copy(store, seq) -> AsOf` a temporary atlas file rolled back to change sequence `seq` (open with
    `AsOf.store`; close it) — any read-only code (advisor, detail, lists) runs on it unchanged.
db.history.diff
    `diff_points(store, a, b, kind=None) -> Diff` where a and b are a snapshot name, "now" or an .atlas path;
    `Diff(added, removed, changed)` of `DiffEntry(uuid, kind, name, fields)`; `.to_dict()`, `to_markdown`, `to_html`,
    `render_table`.
db.history.verdicts
    `check_as_of(store, use_case, seq)`, `verdict_flips(store, use_case, snapshot) -> list[Flip]` (models whose
    verdict changed since, with the history versions that changed what decided it).
db.history.exchange
    Exports carry shared history (`export --no-history` leaves it out); merges insert the file's versions you
    have not seen (a version is never changed: a forged one refuses the file).
Freshness (verified marks) lives in the columns `entries.verified_at/_by/_source`,
`licenses.clauses_verified`, `policy_notes.status_verified_*`, `policy_notes.delayed_to`,
`provenance.published_on` (migration 0007); setting them through the store records history like any edit.
"""
