"""Tag housekeeping in the core: counts, rename, recolor, merge (and its exact undo), delete and restore."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.errors import NotFoundError, ValidationError
from db.queries import ListFilter, count
from db.schema import EntryTag, SyncState
from db.store import Store
from db.tags import (
    TagError,
    create_tag,
    delete_tag,
    find_tag,
    list_tags,
    merge_tags,
    recolor_tag,
    rename_tag,
    restore_tag,
    unmerge_tags,
)


def tag_names(store: Store, name: str) -> list[str]:
    return [t.name for t in store.resolve(name).tags]


def links(store: Store, tag_uuid: str) -> dict[str, bool]:
    """entry UUID → is the link live, for every link row of a tag."""
    with store.read() as session:
        return {row.entry_uuid: row.deleted_at is None
                for row in session.scalars(select(EntryTag).where(EntryTag.tag_uuid == tag_uuid))}


@pytest.fixture
def tagged(mini: Store) -> Store:
    """frontier: Acme 7B; shortlist: Acme 7B and BigCo Ultra; eu-ready: Acme 7B Chat."""
    acme, chat, ultra = (mini.resolve(n).uuid for n in ("Acme 7B", "Acme 7B Chat", "BigCo Ultra"))
    mini.tag([acme, ultra], ["shortlist"], "#2e86c1")
    mini.tag([chat], ["eu-ready"])
    return mini


def test_list_tags_counts_live_entries(tagged: Store) -> None:
    listed = {t.name: (t.count, t.color) for t in list_tags(tagged)}
    assert listed["shortlist"] == (2, "#2e86c1")
    assert listed["frontier"][0] == 1 and listed["analysis"][0] == 1 and listed["eu-ready"][0] == 1
    tagged.delete(tagged.resolve("BigCo Ultra").uuid)
    assert {t.name: t.count for t in list_tags(tagged)}["shortlist"] == 1
    assert [t.name for t in list_tags(tagged)] == sorted(t.name for t in list_tags(tagged))


def test_rename_and_the_rules_for_names(tagged: Store) -> None:
    uuid = find_tag(tagged, "shortlist").uuid
    assert rename_tag(tagged, uuid, "  short   list ") == "shortlist"
    assert tag_names(tagged, "BigCo Ultra") == ["short list"]
    rename_tag(tagged, uuid, "Short List")  # only the case changes: the same tag, allowed
    assert find_tag(tagged, uuid).name == "Short List"
    with pytest.raises(TagError, match="merge"):
        rename_tag(tagged, uuid, "FRONTIER")
    with pytest.raises(ValidationError):
        rename_tag(tagged, uuid, "   ")
    with pytest.raises(ValidationError):
        rename_tag(tagged, uuid, "x" * 101)
    with pytest.raises(NotFoundError):
        find_tag(tagged, "no such tag")


def test_rename_reaches_the_tag_filter(tagged: Store) -> None:
    rename_tag(tagged, find_tag(tagged, "shortlist").uuid, "finalists")
    with tagged.read() as session:
        assert count(session, ListFilter(kind="model", tags_include=("finalists",))) == 2
        assert count(session, ListFilter(kind="model", tags_include=("shortlist",))) == 0


def test_recolor(tagged: Store) -> None:
    uuid = find_tag(tagged, "frontier").uuid
    assert recolor_tag(tagged, uuid, "#ABCDEF") == "#c0392b"
    assert find_tag(tagged, uuid).color == "#abcdef"
    with pytest.raises(ValidationError, match="#rrggbb"):
        recolor_tag(tagged, uuid, "blue")


def test_merge_moves_links_with_set_semantics_and_undoes_exactly(tagged: Store) -> None:
    shortlist, frontier = find_tag(tagged, "shortlist").uuid, find_tag(tagged, "frontier").uuid
    acme, ultra = tagged.resolve("Acme 7B").uuid, tagged.resolve("BigCo Ultra").uuid
    before_short, before_front = links(tagged, shortlist), links(tagged, frontier)

    result = merge_tags(tagged, shortlist, frontier)

    assert tag_names(tagged, "Acme 7B") == ["frontier"]  # had both: one link, not two
    assert tag_names(tagged, "BigCo Ultra") == ["frontier"]
    assert set(result.entries) == {ultra}
    assert not any(links(tagged, shortlist).values())  # the source's links are tombstones
    assert links(tagged, frontier) == {acme: True, ultra: True}
    assert "shortlist" not in {t.name for t in list_tags(tagged)}
    with tagged.read() as session:
        assert session.get(SyncState, shortlist).alias_of == frontier  # later links to A land on B
        assert count(session, ListFilter(kind="model", tags_include=("frontier",))) == 2

    unmerge_tags(tagged, result)

    assert links(tagged, shortlist) == before_short
    assert {k: v for k, v in links(tagged, frontier).items() if v} == {k: v for k, v in before_front.items() if v}
    assert tag_names(tagged, "BigCo Ultra") == ["shortlist"]
    assert tag_names(tagged, "Acme 7B") == ["frontier", "shortlist"]
    with tagged.read() as session:
        assert session.get(SyncState, shortlist) is None

    again = merge_tags(tagged, shortlist, frontier)  # redo after undo revives the tombstoned link
    assert again.revived_links and tag_names(tagged, "BigCo Ultra") == ["frontier"]


def test_merge_refuses_itself_and_dead_tags(tagged: Store) -> None:
    frontier = find_tag(tagged, "frontier").uuid
    with pytest.raises(TagError, match="itself"):
        merge_tags(tagged, frontier, frontier)
    eu = find_tag(tagged, "eu-ready").uuid
    delete_tag(tagged, eu)
    with pytest.raises(NotFoundError):
        merge_tags(tagged, eu, frontier)


def test_delete_and_restore(tagged: Store) -> None:
    uuid = find_tag(tagged, "shortlist").uuid
    delete_tag(tagged, uuid)
    assert tag_names(tagged, "BigCo Ultra") == []
    with pytest.raises(NotFoundError):
        delete_tag(tagged, uuid)
    restore_tag(tagged, uuid)
    assert tag_names(tagged, "BigCo Ultra") == ["shortlist"]  # its links were kept


def test_restore_refuses_a_name_taken_meanwhile(tagged: Store) -> None:
    uuid = find_tag(tagged, "shortlist").uuid
    delete_tag(tagged, uuid)
    tagged.tag([tagged.resolve("Acme 7B Chat").uuid], ["shortlist"])
    with pytest.raises(TagError, match="rename it first"):
        restore_tag(tagged, uuid)


def test_create_an_empty_tag_refusing_taken_names_and_bad_colors(mini: Store) -> None:
    uuid = create_tag(mini, "  Short   list ", "#2B84C6")
    made = next(t for t in list_tags(mini) if t.uuid == uuid)
    assert (made.name, made.color, made.count) == ("Short list", "#2b84c6", 0)
    with pytest.raises(TagError, match="exists already"):
        create_tag(mini, "FRONTIER", "#112233")
    with pytest.raises(ValidationError):
        create_tag(mini, "eu-ready", "blue")
    with pytest.raises(ValidationError):
        create_tag(mini, "   ", "#112233")
    delete_tag(mini, uuid)
    assert create_tag(mini, "short list", "#112233") != uuid  # a deleted tag's name is free again
