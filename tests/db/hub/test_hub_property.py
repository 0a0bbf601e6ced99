"""Property: laptops editing at random and syncing in random order, some syncs interrupted, all converge.

Every write is tracked with what its laptop knew when it was made (its own writes, and the hub's after each completed
sync). At the end every laptop holds the same content table by table; every write is in the final content, or a later
write that knew it replaced it, or it is kept in a conflict; and a conflict exists only for a row two laptops wrote
without knowing of each other's write.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import sqlite3
import uuid as uuid_module
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hub_helpers import assert_same_content, laptop
from hub_server import PgServer
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from db.errors import NotFoundError
from db.hub import init_hub, sync
from db.jobs import JobCancelled
from db.store import Store

LAPTOPS = 3
MODELS = ("Acme 7B", "Acme 7B Chat", "BigCo Ultra")

edit = st.tuples(st.just("edit"), st.integers(0, LAPTOPS - 1), st.integers(0, 4))  # mostly the seeded models
sync_step = st.tuples(st.just("sync"), st.integers(0, LAPTOPS - 1), st.integers(0, 6))  # >0: interrupted then
operations = st.lists(
    st.one_of(  # edits and syncs weigh double: rows two laptops change between syncs are the interesting ones
        edit, edit, sync_step, sync_step,
        st.tuples(st.just("note"), st.integers(0, LAPTOPS - 1), st.just(0)),
        st.tuples(st.just("delete"), st.integers(0, LAPTOPS - 1), st.integers(3, 5)),
        st.tuples(st.just("tag"), st.integers(0, LAPTOPS - 1), st.integers(0, 5)),
    ),
    min_size=8, max_size=16,
)


@dataclass
class Write:
    id: int
    laptop: int
    row: str
    field: str  # summary | body | deleted
    value: str
    knew: frozenset[int]


@dataclass
class World:
    stores: list[Store]
    known: list[set[int]] = field(default_factory=lambda: [set() for _ in range(LAPTOPS)])
    hub_known: set[int] = field(default_factory=set)
    writes: list[Write] = field(default_factory=list)
    counter: itertools.count = field(default_factory=itertools.count)

    def record(self, laptop: int, row: str, column: str, value: str) -> None:
        write = Write(next(self.counter), laptop, row, column, value, frozenset(self.known[laptop]))
        self.writes.append(write)
        self.known[laptop].add(write.id)


@pytest.fixture(scope="module")
def hub_template(pg_server: PgServer) -> str:
    name = pg_server.create_database()
    init_hub(pg_server.url(name))
    return name


@contextlib.contextmanager
def fresh_hub(pg_server: PgServer, template: str) -> Iterator[str]:
    name = f"prop_{uuid_module.uuid4().hex[:10]}"
    with pg_server.admin() as connection:
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield pg_server.url(name)
    finally:
        with pg_server.admin() as connection:
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def _targets(store: Store, world: World, laptop_index: int) -> list[str]:
    """Rows this laptop can edit: the seeded models, then notes it has (its own, and pulled ones)."""
    models = [store.resolve(name, "model").uuid for name in MODELS]
    with contextlib.closing(sqlite3.connect(store.path)) as connection:
        notes = [u for (u,) in connection.execute("SELECT uuid FROM entries WHERE kind='note' AND deleted_at IS NULL "
                                                  "ORDER BY created_at, uuid")]
    return models + notes


def _apply(world: World, url: str, operation: tuple[str, int, int]) -> None:
    action, index, argument = operation
    store = world.stores[index]
    if action == "sync":
        polls = itertools.count(1)
        stop = (lambda: next(polls) >= argument) if argument else None
        try:
            sync(store, url, cancelled=stop)
        except JobCancelled:
            event("a sync was interrupted")
            return  # interrupted: nothing changed on either side, nothing learned
        world.known[index] |= world.hub_known
        world.hub_known |= world.known[index]
        return
    targets = _targets(store, world, index)
    if action == "note":
        note = store.create("note", {"name": f"note by {index}", "body": "new"})
        world.record(index, note.uuid, "body", "new")
        return
    if action == "tag":
        model = targets[argument % len(MODELS)]
        store.tag([model], [f"topic {argument % 2}"])
        return
    target = targets[argument % len(targets)]
    if action == "delete":
        if target in targets[len(MODELS):]:
            with contextlib.suppress(NotFoundError):
                store.delete(target)
                world.record(index, target, "deleted", "yes")
        return
    value = f"w{len(world.writes)}-{index}"
    column = "summary" if target in targets[:len(MODELS)] else "body"
    store.update(target, {column: value})
    world.record(index, target, column, value)


def _conflict_versions(stores: list[Store]) -> tuple[set[str], list[dict]]:
    rows: set[str] = set()
    versions: list[dict] = []
    for store in stores:
        with contextlib.closing(sqlite3.connect(store.path)) as connection:
            for row_uuid, mine, theirs, status in connection.execute(
                    "SELECT row_uuid, mine, theirs, status FROM conflicts"):
                if status == "open":
                    rows.add(row_uuid)
                versions += [json.loads(mine), json.loads(theirs)]
    return rows, versions


def _check(world: World) -> None:
    reference = world.stores[0]
    for other in world.stores[1:]:
        assert_same_content(reference, other)
    open_rows, versions = _conflict_versions(world.stores)
    event(f"rows in conflict: {min(len(open_rows), 2)}{'+' if len(open_rows) >= 2 else ''}")
    for write in world.writes:
        with contextlib.closing(sqlite3.connect(reference.path)) as connection:
            entry = connection.execute("SELECT deleted_at FROM entries WHERE uuid=?", (write.row,)).fetchone()
            table = "models" if write.field == "summary" else "notes"
            column = write.field if write.field != "deleted" else "uuid"
            current = connection.execute(f"SELECT {column} FROM {table} WHERE uuid=?", (write.row,)).fetchone()
        if write.field == "deleted":
            final = entry is not None and entry[0] is not None
        else:
            final = entry is not None and entry[0] is None and current is not None and current[0] == write.value
        replaced = any(later.row == write.row and write.id in later.knew and
                       (later.field == write.field or "deleted" in (later.field, write.field))
                       for later in world.writes)
        kept = any(version.get("uuid") == write.row and (
            version.get(write.field) == write.value if write.field != "deleted" else version.get("deleted_at"))
            for version in versions)
        assert final or replaced or kept, f"write lost: {write}"
    for row in open_rows:
        mine = [w for w in world.writes if w.row == row]
        concurrent = any(a.laptop != b.laptop and a.id not in b.knew and b.id not in a.knew
                         for a, b in itertools.combinations(mine, 2))
        assert concurrent, f"conflict on {row}, which no two laptops changed without seeing each other's change"


@settings(max_examples=6, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=operations)
def test_laptops_syncing_in_random_order_with_interruptions_converge(
    steps: list[tuple[str, int, int]], pg_server: PgServer, hub_template: str, _mini_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("laptops")
    stores = [laptop(_mini_template, folder / f"laptop{i}.atlas", f"analyst {i}") for i in range(LAPTOPS)]
    world = World(stores)
    try:
        with fresh_hub(pg_server, hub_template) as url:
            for step in steps:
                _apply(world, url, step)
            for _round in range(4):  # everyone syncs until a round sends nothing
                sent = 0
                for index in range(LAPTOPS):
                    report = sync(stores[index], url)
                    sent += sum(report.pushed.values())
                    world.known[index] |= world.hub_known
                    world.hub_known |= world.known[index]
                if not sent:
                    break
            assert not sent, "still pushing after four rounds"
            _check(world)
    finally:
        for store in stores:
            store.close()
