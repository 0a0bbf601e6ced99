"""The seed: broken files fail with file, line and reason; the bundled seed is complete, sourced and linked."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from db.errors import SeedError
from db.schema import (
    LINK_SOURCE,
    Component,
    Entry,
    EntryTag,
    License,
    Link,
    Model,
    Note,
    Organization,
    PolicyNote,
    Source,
)
from db.seed import iter_seed_records, load_seed, seed_uuid
from db.store import Store

SEED_MIN = Path(__file__).resolve().parents[1] / "fixtures" / "seed_min"


# ---- broken copies of the fixture seed ---------------------------------------------------------


@pytest.fixture(scope="module")
def _blank_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("blank") / "blank.atlas"
    Store.open(path, "tester", create=True).close()  # migrations run once per module, not once per test
    return path


@pytest.fixture
def blank(_blank_template: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "blank.atlas"
    shutil.copyfile(_blank_template, path)
    store = Store.open(path, "tester")
    yield store
    store.close()


def _line_of(path: Path, text: str) -> int:
    """1-based line of the first line containing `text`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            return number
    raise AssertionError(f"{text!r} not in {path}")


def _broken(tmp_path: Path, name: str, old: str, new: str) -> Path:
    folder = tmp_path / "seed"
    if not folder.exists():
        shutil.copytree(SEED_MIN, folder)
    path = folder / name
    content = path.read_text(encoding="utf-8")
    assert content.count(old) == 1, f"{old!r} must occur once in {name}"
    path.write_text(content.replace(old, new), encoding="utf-8")
    return folder


def _fails(blank: Store, folder: Path) -> str:
    with pytest.raises(SeedError) as caught:
        load_seed(blank, folder)
    message = str(caught.value)
    assert "\n" not in message
    return message


# (file, text replaced, replacement, text on the line the error must name, words of the reason)
BROKEN: dict[str, tuple[str, str, str, str, str]] = {
    "bad-yaml-unclosed-list": ("models.yaml", "  modalities: [text]\n  params_total: 7B",
                               "  modalities: [text\n  params_total: 7B", "params_total: 7B", "bad YAML"),
    "bad-yaml-tab": ("organizations.yaml", "  kind: big-tech", "\tkind: big-tech", "kind: big-tech", "bad YAML"),
    "bad-yaml-duplicate-key": ("models.yaml", "  license: api-terms\n",
                               "  license: api-terms\n  license: apache-2.0  # again\n", "# again",
                               "duplicate key 'license'"),
    "unknown-license": ("models.yaml", "  license: test-community", "  license: no-such-license",
                        "key: acme-7b-chat", "'no-such-license' is not a known license key"),
    "dangling-developer": ("models.yaml", "  developer: bigco", "  developer: ghost-corp", "key: bigco-ultra",
                           "'ghost-corp' is not a known organization key"),
    "dangling-base-model": ("models.yaml", "  base_model: acme-7b\n", "  base_model: acme-9b\n",
                            "key: acme-7b-chat", "'acme-9b' is not a known model key"),
    "dangling-concern": ("policy_notes.yaml", "    models: [bigco-ultra]", "    models: [bigco-mega]",
                         "models: [bigco-mega]", "'bigco-mega' is not a known model key"),
    "dangling-note-target": ("notes.yaml", "  about: model:acme-7b", "  about: model:acme-70b", "key: spectrum",
                             "'acme-70b' is not a known model key"),
    "bad-note-target-kind": ("notes.yaml", "  about: model:acme-7b", "  about: planet:acme-7b", "key: spectrum",
                             "about must be kind:key"),
    "bad-clause-value": ("licenses.yaml", "    commercial_use: conditional", "    commercial_use: sometimes",
                         "key: test-community", "commercial_use: must be one of"),
    # clause errors name the first line of the license's clauses
    "unknown-clause": ("licenses.yaml", "    redistribution: no\n", "    redistribution: no\n    telepathy: no\n",
                       "    commercial_use: yes\n    redistribution: no\n    telepathy", "unknown clause 'telepathy'"),
    "bad-user-cap": ("licenses.yaml", "    user_cap: 700000000", "    user_cap: lots",
                     "    commercial_use: conditional\n    user_cap: lots", "user_cap: not a number"),
    "bad-date": ("models.yaml", "  release_date: 2024-12-01", "  release_date: 2024-12-45", "2024-12-45",
                 "not a valid date"),
    "bad-date-string": ("models.yaml", "  release_date: 2024-12-01", "  release_date: last winter",
                        "key: bigco-ultra", "release_date"),
    "bad-number": ("models.yaml", "  params_total: 7B", "  params_total: seven", "key: acme-7b", "params_total"),
    "bad-enum": ("organizations.yaml", "  kind: big-tech", "  kind: megacorp", "key: bigco", "kind"),
    "bad-component-status": ("models.yaml", "    datasets: not-released", "    datasets: leaked", "key: acme-7b",
                             "datasets"),
    "unknown-field": ("organizations.yaml", "  website: https://acme.example",
                      "  website: https://acme.example\n  ceo: Someone", "key: acme", "unknown field(s): ceo"),
    "missing-sources": ("organizations.yaml", "    - url: https://bigco.example\n      title: BigCo\n"
                        "      accessed: 2026-11-30\n      confidence: high\n", "    []\n", "key: bigco",
                        "at least one source"),
    "duplicate-entry-key": ("organizations.yaml", "- key: bigco", "- key: acme", "- key: acme\n  name: BigCo",
                            "key 'acme' is used twice"),
    "missing-key": ("organizations.yaml", "- key: bigco\n", "- name_only: true\n", "name_only: true",
                    "needs a `key`"),
    "model-without-license": ("models.yaml", "  license: api-terms\n", "\n", "key: bigco-ultra",
                              "needs a developer and a license"),
    "not-a-list": ("tags.yaml", '- name: frontier\n  color: "#c0392b"', 'name: frontier\ncolor: "#c0392b"',
                   "name: frontier", "must be a YAML list"),
}


@pytest.mark.parametrize("case", list(BROKEN), ids=list(BROKEN))
def test_broken_seed_names_file_line_and_reason(blank: Store, tmp_path: Path, case: str) -> None:
    name, old, new, line_text, reason = BROKEN[case]
    folder = _broken(tmp_path, name, old, new)
    message = _fails(blank, folder)
    if "\n" in line_text:  # the error names the record that begins on the first of these lines
        first = line_text.split("\n")[0]
        content = (folder / name).read_text(encoding="utf-8")
        line = content[: content.index(line_text)].count("\n") + 1
        assert first in content.splitlines()[line - 1]
    else:
        line = _line_of(folder / name, line_text)
    assert message.startswith(f"{name}, line {line}: "), message
    assert reason in message, message


def test_failed_seed_leaves_the_database_empty(blank: Store, tmp_path: Path) -> None:
    folder = _broken(tmp_path, "notes.yaml", "  about: model:acme-7b", "  about: model:nothing")
    _fails(blank, folder)  # notes load last: everything before them was written in the same transaction
    assert set(blank.counts().values()) == {0}


def test_unreadable_seed_file_is_named(blank: Store, tmp_path: Path) -> None:
    folder = tmp_path / "seed"
    shutil.copytree(SEED_MIN, folder)
    (folder / "models.yaml").write_bytes(b"- key: caf\xe9\n")
    message = _fails(blank, folder)
    assert message.startswith("models.yaml: cannot be read")


def test_missing_optional_files_are_fine(blank: Store, tmp_path: Path) -> None:
    folder = tmp_path / "seed"
    folder.mkdir()
    for name in ("licenses.yaml", "organizations.yaml"):
        shutil.copy(SEED_MIN / name, folder / name)
    counts = load_seed(blank, folder)
    assert counts["licenses"] == 3 and counts["organizations"] == 2 and counts["models"] == 0


def test_seed_uuids_are_the_same_on_every_laptop(tmp_path: Path) -> None:
    def uuids(path: Path) -> set[str]:
        with Store.open(path, create=True) as store:
            load_seed(store, SEED_MIN)
            with store.read() as session:
                return set(session.scalars(select(Entry.uuid).where(Entry.kind != "evaluation")))

    first, second = uuids(tmp_path / "a.atlas"), uuids(tmp_path / "b.atlas")
    assert first == second
    assert seed_uuid("model", "acme-7b") in first


def test_fixture_seed_round_trip(mini: Store) -> None:
    model = mini.resolve("Acme 7B Chat")
    assert isinstance(model, Model)
    assert model.base_model_uuid == seed_uuid("model", "acme-7b") and model.base_relation == "fine-tune"
    lic = mini.resolve("Test Community License")
    assert isinstance(lic, License)
    assert (lic.user_cap_status, lic.user_cap, lic.geo_status, lic.geographic_exclusions) == (
        "cap", 700_000_000, "restricted", ["EU"])
    assert lic.modification == "unknown"  # omitted clauses are not guessed
    acme = mini.resolve("Acme 7B")
    assert isinstance(acme, Model)
    statuses = {c.component: (c.status, c.license_text) for c in acme.components}
    assert statuses["final-parameters"] == ("released", "Apache-2.0")  # license keys become SPDX ids
    assert statuses["datasets"] == ("not-released", None)
    assert mini.get(acme.uuid).author == "Model Atlas seed"


# ---- the bundled seed --------------------------------------------------------------------------

REQUIRED_MODELS: dict[str, str] = {
    "GPT-4": r"gpt-?4",
    "GPT-4o": r"gpt-?4o",
    "Claude 3 Opus": r"claude 3 opus",
    "Claude 3 Sonnet": r"claude 3 sonnet",
    "Claude 3 Haiku": r"claude 3 haiku",
    "Gemini 1.5": r"gemini 1\.5\b.*",
    "Gemini 2": r"gemini 2\b.*",
    "Llama 2": r"llama[ -]?2\b.*",
    "Llama 3": r"llama[ -]?3 .*",
    "Llama 3.1": r"llama[ -]?3\.1\b.*",
    "Llama 3.2": r"llama[ -]?3\.2\b.*",
    "Llama 3.3": r"llama[ -]?3\.3\b.*",
    "Llama 4": r"llama[ -]?4\b.*",
    "Mistral 7B": r"mistral 7b\b.*",
    "Mixtral 8x7B": r"mixtral 8x7b\b.*",
    "Mistral Large": r"mistral large\b.*",
    "DeepSeek V3": r"deepseek[ -]?v3\b.*",
    "DeepSeek R1": r"deepseek[ -]?r1\b.*",
    "Qwen 2.5": r"qwen[ -]?2\.5\b.*",
    "GLM-4 or ChatGLM": r"(glm-?4|chatglm)\b.*",
    "Pythia": r"pythia\b.*",
    "OpenLLaMA": r"open[ -]?llama\b.*",
    "OLMo": r"olmo\b.*",
    "BLOOM": r"bloom\b.*",
    "Falcon": r"falcon\b.*",
    "Gemma": r"gemma\b.*",
    "Phi": r"phi\b.*",
    "Grok": r"grok\b.*",
    "GPT-OSS": r"gpt-?oss\b.*",
}


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Store:
    """One read-only copy of the real-seed atlas for this module (the tests here only read)."""
    template = request.getfixturevalue("_seeded_template")
    path = tmp_path_factory.mktemp("seed-integrity") / "seed.atlas"
    shutil.copyfile(template, path)
    store = Store.open(path, "tester")
    request.addfinalizer(store.close)
    return store


def _names(store: Store, cls: type[Entry]) -> list[str]:
    with store.read() as session:
        return list(session.scalars(select(cls.name).where(cls.deleted_at.is_(None))))


def test_seed_minimum_counts(seed_db: Store) -> None:
    counts = seed_db.counts()
    assert counts["models"] >= 60
    assert counts["licenses"] >= 25
    assert counts["policy_notes"] >= 20
    assert counts["organizations"] >= 25
    assert counts["notes"] >= 3
    assert counts["sources"] >= counts["models"] // 2


@pytest.mark.parametrize("label", list(REQUIRED_MODELS))
def test_seed_has_required_model(seed_db: Store, label: str) -> None:
    pattern = re.compile(REQUIRED_MODELS[label], re.IGNORECASE)
    names = _names(seed_db, Model)
    assert any(pattern.fullmatch(name) for name in names), f"no {label} among {sorted(names)}"


def test_seed_spans_the_spectrum(seed_db: Store) -> None:
    with seed_db.read() as session:
        grades = Counter(session.scalars(select(Model.openness_grade)))
    closed = grades["closed-api"] + grades["hosted-only"]
    open_weights = sum(n for grade, n in grades.items() if grade and grade.startswith("open-weights"))
    assert closed >= 5, grades
    assert open_weights >= 10, grades
    assert grades["fully-open"] >= 3, grades
    assert grades["open-weights-restricted"] >= 3 and grades["open-weights-unrestricted"] >= 3, grades


def test_seed_has_required_licenses(seed_db: Store) -> None:
    with seed_db.read() as session:
        licenses = list(session.scalars(select(License)))
    spdx = {lic.spdx_id for lic in licenses}
    for required in ("Apache-2.0", "MIT", "CC-BY-4.0", "CC-BY-NC-4.0"):
        assert required in spdx
    assert spdx & {"GPL-3.0-only", "GPL-3.0-or-later", "GPL-3.0"}
    llama = [lic for lic in licenses if "llama" in lic.name.lower() and lic.family != "proprietary"]
    assert len(llama) >= 2
    for lic in llama:
        assert (lic.user_cap_status, lic.user_cap) == ("cap", 700_000_000), lic.name
        assert lic.acceptable_use_policy == "yes", lic.name
    families = Counter(lic.family for lic in licenses)
    for family in ("permissive", "copyleft", "custom-open-weights", "non-commercial", "proprietary"):
        assert families[family] >= 1, families


def test_every_organization_has_jurisdiction_and_business_model(seed_db: Store) -> None:
    with seed_db.read() as session:
        orgs = list(session.scalars(select(Organization)))
    assert [o.name for o in orgs if not o.jurisdiction or not o.business_model or not o.country] == []
    assert len({o.jurisdiction for o in orgs}) >= 4


def test_every_model_has_developer_license_grade_and_source(seed_db: Store) -> None:
    with seed_db.read() as session:
        sourced = set(session.scalars(select(Link.to_uuid).where(Link.relation == LINK_SOURCE)))
        problems = [
            f"{m.name}: {what}"
            for m in session.scalars(select(Model))
            for what, missing in (("developer", m.developer is None), ("license", m.license is None),
                                  ("grade", not m.openness_grade), ("source", m.uuid not in sourced),
                                  ("release date", m.release_date is None), ("access", not m.access))
            if missing
        ]
    assert problems == []


def test_every_entry_has_a_source(seed_db: Store) -> None:
    with seed_db.read() as session:
        sourced = set(session.scalars(select(Link.to_uuid).where(Link.relation == LINK_SOURCE,
                                                                  Link.deleted_at.is_(None))))
        unsourced = session.execute(
            select(Entry.kind, Entry.name).where(Entry.kind.not_in(("source", "tag")), Entry.uuid.not_in(sourced))
        ).all()
    assert unsourced == []


def test_seed_has_no_dangling_links(seed_db: Store) -> None:
    with seed_db.read() as session:
        live = dict(session.execute(select(Entry.uuid, Entry.kind).where(Entry.deleted_at.is_(None))).all())
        dangling = [
            ("link", link.relation, link.from_uuid, link.to_uuid)
            for link in session.scalars(select(Link))
            if link.from_uuid not in live or link.to_uuid not in live
        ]
        for link in session.scalars(select(Link)):
            if link.relation == LINK_SOURCE and live.get(link.from_uuid) != "source":
                dangling.append(("source link from a non-source", link.from_uuid))
        for model in session.scalars(select(Model)):
            for attr, kind in (("developer_uuid", "organization"), ("license_uuid", "license"),
                               ("base_model_uuid", "model")):
                value = getattr(model, attr)
                if value is not None and live.get(value) != kind:
                    dangling.append((model.name, attr))
        for note in session.scalars(select(Note)):
            if note.target_uuid is not None and note.target_uuid not in live:
                dangling.append((note.name, "target"))
        for tag_link in session.scalars(select(EntryTag)):
            if live.get(tag_link.tag_uuid) != "tag" or tag_link.entry_uuid not in live:
                dangling.append(("tag link", tag_link.uuid))
        for component in session.scalars(select(Component)):
            if component.license_uuid is not None and live.get(component.license_uuid) != "license":
                dangling.append(("component", component.uuid))
    assert dangling == []


def test_policy_notes_are_dated_and_concern_something(seed_db: Store) -> None:
    with seed_db.read() as session:
        notes = list(session.scalars(select(PolicyNote)))
        concerning = set(session.scalars(select(Link.from_uuid).where(Link.relation == "concerns")))
    assert [n.name for n in notes if not n.jurisdiction or not n.status] == []
    assert len({n.jurisdiction for n in notes}) >= 3
    assert sum(n.uuid in concerning for n in notes) >= len(notes) // 2
    assert any(n.threshold_flop for n in notes)


def test_some_models_reach_a_mof_class(seed_db: Store) -> None:
    with seed_db.read() as session:
        classes = Counter(session.scalars(select(Model.mof_class)))
    assert sum(n for mof_class, n in classes.items() if mof_class > 0) >= 1, classes


def test_sources_have_urls_titles_and_confidence(seed_db: Store) -> None:
    with seed_db.read() as session:
        bad = [s.name for s in session.scalars(select(Source))
               if not s.url or not s.url.startswith(("https://", "http://")) or not s.name or not s.confidence]
    assert bad == []


def test_seed_keys_are_unique_slugs() -> None:
    keys: dict[str, Counter[str]] = {}
    for group, seed_file, record in iter_seed_records():
        key = str(record.get("key") or record.get("name"))
        keys.setdefault(group, Counter())[key] += 1
        if group != "tags":
            assert re.fullmatch(r"[a-z0-9][a-z0-9.+_-]*", key), f"{seed_file.name}: key {key!r} is not a slug"
    duplicated = {group: [k for k, n in counter.items() if n > 1] for group, counter in keys.items()}
    assert all(not keys for keys in duplicated.values()), duplicated


def test_seed_records_have_their_sources_in_the_file() -> None:
    missing: list[str] = []
    for group, seed_file, record in iter_seed_records():
        if group != "tags" and not record.get("sources"):
            missing.append(f"{seed_file.name}:{record.get('__line__')}")
    assert missing == []


def _first_model(store: Store, predicate: Callable[[Model], bool]) -> Model | None:
    with store.read() as session:
        return next((m for m in session.scalars(select(Model)) if predicate(m)), None)


def test_llama_3_1_405b_facts(seed_db: Store) -> None:
    model = seed_db.resolve("Llama 3.1 405B", "model")
    assert isinstance(model, Model)
    with seed_db.read() as session:
        model = session.get(Model, model.uuid)
        assert model is not None
        assert model.developer is not None and model.developer.name == "Meta"
        assert model.license is not None and "3.1" in model.license.name
        assert model.license.user_cap == 700_000_000
        assert model.openness_grade == "open-weights-restricted"
        assert model.params_total == pytest.approx(405e9)
        assert model.release_date is not None and model.release_date.isoformat() == "2024-07-23"
    fully_open = _first_model(seed_db, lambda m: m.openness_grade == "fully-open")
    assert fully_open is not None
