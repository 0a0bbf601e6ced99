"""The family tree: bases, derivatives, ancestors, families with version and size, cycles refused."""

from __future__ import annotations

import pytest

from db import lineage
from db.errors import ValidationError
from db.store import Store


def _model(store: Store, name: str, **values: object) -> str:
    developer = store.resolve("Acme AI", "organization").uuid
    return store.create("model", {"name": name, "developer": developer, **values}).uuid


@pytest.fixture
def tree(mini: Store) -> dict[str, str]:
    """Acme 7B (seed) ← Acme 7B Chat (seed fine-tune) ← Chat GGUF (quantization); Acme 70B in the same family."""
    uuids = {"base": mini.resolve("Acme 7B").uuid, "chat": mini.resolve("Acme 7B Chat").uuid}
    uuids["big"] = _model(mini, "Acme 70B")
    uuids["gguf"] = _model(mini, "Acme 7B Chat GGUF")
    uuids["distilled"] = _model(mini, "Tiny Acme")
    lineage.set_family(mini, uuids["base"], "Acme", "1", "7B")
    lineage.set_family(mini, uuids["big"], "acme ", "1", "70B")
    lineage.set_base(mini, uuids["gguf"], uuids["chat"], "quantization")
    lineage.set_base(mini, uuids["distilled"], "Acme 70B", "distillation")
    return uuids


def test_base_and_derivatives(mini: Store, tree: dict[str, str]) -> None:
    with mini.read() as session:
        base = lineage.base_of(session, tree["gguf"])
        assert base is not None and base.uuid == tree["chat"]
        assert lineage.lineal(session, tree["gguf"]).relation == "quantization"
        assert lineage.base_of(session, tree["base"]) is None
        assert [m.name for m in lineage.derivatives_of(session, tree["base"])] == ["Acme 7B Chat"]
        assert [m.name for m in lineage.derivatives_of(session, tree["base"], transitive=True)] == [
            "Acme 7B Chat", "Acme 7B Chat GGUF"]


def test_ancestors_carry_the_relation_of_each_step(mini: Store, tree: dict[str, str]) -> None:
    with mini.read() as session:
        chain = lineage.ancestors(session, tree["gguf"])
    assert [(m.name, relation) for m, relation in chain] == [("Acme 7B Chat", "quantization"),
                                                            ("Acme 7B", "fine-tune")]


def test_family_tree_groups_sizes_and_hangs_derivatives_below(mini: Store, tree: dict[str, str]) -> None:
    with mini.read() as session:
        result = lineage.family_tree(session, tree["gguf"])
    assert result.family == "Acme" and result.focus == tree["gguf"]
    shape = [(depth, node.model.name, node.model.size, node.in_family) for root in result.roots
             for depth, node in root.walk()]
    assert shape == [
        (0, "Acme 70B", "70B", True), (1, "Tiny Acme", None, False),
        (0, "Acme 7B", "7B", True), (1, "Acme 7B Chat", None, False), (2, "Acme 7B Chat GGUF", None, False),
    ]
    assert result.to_dict()["roots"][1]["children"][0]["relation"] == "fine-tune"


def test_a_model_cannot_be_its_own_ancestor(mini: Store, tree: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="derived from it"):
        lineage.set_base(mini, tree["base"], tree["gguf"], "fine-tune")
    with pytest.raises(ValidationError, match="derivatives"):  # the edit form's path refuses it too
        mini.update(tree["base"], {"base_model": tree["chat"]})
    with pytest.raises(ValidationError, match="itself"):
        lineage.set_base(mini, tree["base"], tree["base"])


def test_unknown_relation_is_refused_and_clearing_works(mini: Store, tree: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="must be one of"):
        lineage.set_base(mini, tree["gguf"], tree["chat"], "cloned")
    lineage.set_base(mini, tree["gguf"], None)
    with mini.read() as session:
        assert lineage.base_of(session, tree["gguf"]) is None
        assert lineage.lineal(session, tree["gguf"]).relation is None


def test_deleted_models_leave_the_tree(mini: Store, tree: dict[str, str]) -> None:
    mini.delete(tree["chat"])
    with mini.read() as session:
        assert lineage.base_of(session, tree["gguf"]) is None
        assert lineage.ancestors(session, tree["gguf"]) == []
        assert lineage.derivatives_of(session, tree["base"], transitive=True) == []


def test_migration_0006_round_trip_keeps_lineage(mini: Store, tree: dict[str, str]) -> None:
    """Down to 0005 and back: sizes go, relations map to the older names and back, bases stay."""
    import sqlite3

    from alembic import command

    from db import migrate

    path = mini.path
    mini.close()
    command.downgrade(migrate.alembic_config(path), "0005")
    with sqlite3.connect(path) as connection:
        relations = dict(connection.execute("SELECT uuid, base_relation FROM models WHERE base_relation IS NOT NULL"))
        columns = {row[1] for row in connection.execute("PRAGMA table_info(models)")}
    assert "size_label" not in columns
    assert relations == {tree["chat"]: "fine-tune", tree["gguf"]: "quantized", tree["distilled"]: "fine-tune"}
    migrate.upgrade(path)
    reopened = Store.open(path, "tester")
    try:
        with reopened.read() as session:
            assert lineage.lineal(session, tree["gguf"]).relation == "quantization"
            assert lineage.base_of(session, tree["gguf"]).uuid == tree["chat"]  # type: ignore[union-attr]
    finally:
        reopened.close()
