"""Load the bundled seed knowledge base (human-readable YAML) into a store, with precise error messages."""

from __future__ import annotations

import stat
import uuid as uuid_module
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select

from db.errors import AtlasError, SeedError
from db.fields import FIELDS
from db.jobs import Cancelled, JobCancelled, Progress, never_cancelled, no_progress
from db.schema import Model, Tag
from db.store import Store, WriteContext
from db.values import normalize_name, parse_number
from db.vocab import LICENSE_CLAUSES

SEED_NAMESPACE = uuid_module.UUID("6f0c6a8e-2f0e-4d8a-9a51-3c1d2b7e9a40")
SEED_AUTHOR = "Model Atlas seed"
LINE = "__line__"


def seed_uuid(kind: str, key: str) -> str:
    """Seed entries get the same UUID on every laptop, so seeded databases merge as one."""
    return str(uuid_module.uuid5(SEED_NAMESPACE, f"{kind}:{key}"))


_SAFE_BASE: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~20x faster


class _LineLoader(_SAFE_BASE):
    """A safe loader that remembers the line of every mapping, for error messages."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    # PyYAML lets a repeated key silently replace the first value; in a hand-edited seed that hides a mistake.
    seen: set[object] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool | None):
            continue  # unhashable keys: construct_mapping below reports them
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} in one mapping", key_node.start_mark
            )
        seen.add(key)
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE] = node.start_mark.line + 1
    return mapping


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> object:
    """YAML reads 2024-13-45 as a date and fails with a bare ValueError; report it with its line instead."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError as error:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a valid date ({error})", node.start_mark
        ) from error


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


@dataclass
class SeedFile:
    name: str
    records: list[dict[str, Any]]

    def fail(self, record: dict[str, Any] | None, reason: str) -> SeedError:
        line = record.get(LINE, "?") if isinstance(record, dict) else "?"
        return SeedError(f"{self.name}, line {line}: {reason}")


def seed_folder() -> Traversable:
    return resources.files("resources").joinpath("seed")


MAX_SEED_FILE_BYTES = 16 * 1024 * 1024
"""The largest seed file read (the bundled ones are well under 1 MB)."""


def _read_capped(item: Traversable, name: str) -> str:
    """A seed file's text: a regular file of at most MAX_SEED_FILE_BYTES (never a device or a pipe)."""
    if isinstance(item, Path) and not stat.S_ISREG(item.stat().st_mode):
        raise SeedError(f"{name}: not a regular file (a device, pipe or socket)")
    with item.open("rb") as handle:
        data = handle.read(MAX_SEED_FILE_BYTES + 1)
    if len(data) > MAX_SEED_FILE_BYTES:
        raise SeedError(f"{name}: larger than {MAX_SEED_FILE_BYTES // 1024**2} MB; a seed file that large is not read")
    return data.decode("utf-8")


def read_seed_file(folder: Traversable, name: str) -> SeedFile:
    item = folder.joinpath(name)
    try:
        text = _read_capped(item, name)
    except FileNotFoundError:
        return SeedFile(name, [])
    except (OSError, UnicodeDecodeError) as error:
        raise SeedError(f"{name}: cannot be read ({error})") from error
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line = f"line {mark.line + 1}" if mark else "unknown line"
        raise SeedError(f"{name}, {line}: bad YAML ({error.problem})") from error
    except yaml.YAMLError as error:
        raise SeedError(f"{name}: bad YAML ({error})") from error
    if data is None:
        return SeedFile(name, [])
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise SeedError(f"{name}, line 1: the file must be a YAML list of mappings")
    return SeedFile(name, data)


def seed_files(folder: Traversable) -> dict[str, list[SeedFile]]:
    names = sorted(item.name for item in folder.iterdir() if item.name.endswith((".yaml", ".yml")))
    groups: dict[str, list[SeedFile]] = {}
    for group in ("tags", "licenses", "organizations", "models", "policy_notes", "notes"):
        groups[group] = [read_seed_file(folder, n) for n in names if n.split(".")[0].split("-")[0] == group]
    return groups


class SeedLoader:
    """Turns seed records into entries through the store API, in one transaction."""

    def __init__(self, store: Store, ctx: WriteContext) -> None:
        self.store = store
        self.ctx = ctx
        self.keys: dict[str, dict[str, str]] = {
            kind: {} for kind in ("tag", "license", "organization", "model", "policy_note", "note")
        }

    def load(self, groups: dict[str, list[SeedFile]], progress: Progress = no_progress,
             cancelled: Cancelled = never_cancelled) -> None:
        done = 0
        steps: list[tuple[str, Callable[[SeedFile, dict[str, Any]], None]]] = [
            ("tags", self._tag),
            ("licenses", self._license),
            ("organizations", self._organization),
            ("models", self._model),
            ("policy_notes", self._policy_note),
            ("notes", self._note),
        ]
        # every record once, and each model a second time for its base-model link
        total = sum(len(f.records) for group, _ in steps for f in groups[group]) + sum(
            len(f.records) for f in groups["models"])
        progress(done, total)
        for group, step in steps:
            for seed_file in groups[group]:
                for record in seed_file.records:
                    try:
                        step(seed_file, record)
                    except SeedError:
                        raise
                    except AtlasError as error:
                        raise seed_file.fail(record, str(error)) from error
                    done += 1
                    progress(done, total)
                    if cancelled():
                        raise JobCancelled("loading the seed was cancelled; nothing was written")
        for seed_file in groups["models"]:
            for record in seed_file.records:
                self._model_base(seed_file, record)
            done += len(seed_file.records)
            progress(done, total)

    # -- helpers ---------------------------------------------------------------------------------

    def _key(self, seed_file: SeedFile, record: dict[str, Any], kind: str) -> str:
        key = record.get("key")
        if not isinstance(key, str) or not key.strip():
            raise seed_file.fail(record, "every entry needs a `key`")
        if key in self.keys[kind]:
            raise seed_file.fail(record, f"key {key!r} is used twice")
        return key

    def _ref(self, seed_file: SeedFile, record: dict[str, Any], kind: str, key: object, what: str) -> str | None:
        if key is None:
            return None
        found = self.keys[kind].get(str(key))
        if found is None:
            raise seed_file.fail(record, f"{what} {key!r} is not a known {kind.replace('_', ' ')} key")
        return found

    def _fields(self, seed_file: SeedFile, record: dict[str, Any], kind: str, allowed: set[str]) -> dict[str, Any]:
        unknown = set(record) - allowed - {LINE}
        if unknown:
            raise seed_file.fail(record, f"unknown field(s): {', '.join(sorted(unknown))}")
        return {key: value for key, value in record.items() if key in {s.key for s in FIELDS[kind]}}

    def _create(self, seed_file: SeedFile, record: dict[str, Any], kind: str, key: str, values: dict[str, Any]) -> str:
        uuid = seed_uuid(kind, key)
        self.store.create_in(self.ctx, kind, values, uuid=uuid)
        self.keys[kind][key] = uuid
        self._sources(seed_file, record, uuid)
        self._tags(seed_file, record, uuid)
        return uuid

    def _sources(self, seed_file: SeedFile, record: dict[str, Any], uuid: str) -> None:
        sources = record.get("sources")
        if not isinstance(sources, list) or not sources:
            raise seed_file.fail(record, "every entry needs at least one source")
        for source in sources:
            if not isinstance(source, dict) or not source.get("url"):
                raise seed_file.fail(record, "a source needs a url")
            unknown = set(source) - {"url", "title", "accessed", "confidence", LINE}
            if unknown:
                raise seed_file.fail(source, f"unknown source field(s): {', '.join(sorted(unknown))}")
            url = str(source["url"]).strip()
            self.store.add_source_in(
                self.ctx, uuid, url, str(source.get("title") or url), source.get("accessed"),
                source.get("confidence"), source_uuid=seed_uuid("source", f"{url}\n{source.get('title') or url}"),
            )

    def _tags(self, seed_file: SeedFile, record: dict[str, Any], uuid: str) -> None:
        tags = record.get("tags") or []
        if not isinstance(tags, list):
            raise seed_file.fail(record, "tags must be a list")
        if tags:
            for name in (" ".join(str(tag).split()) for tag in tags):
                if name and not self._tag_exists(name):
                    # Tags missing from tags.yaml get seed UUIDs too, so that seeded files merge as one.
                    self.keys["tag"][name] = seed_uuid("tag", name)
                    self.store.create_in(self.ctx, "tag", {"name": name}, uuid=self.keys["tag"][name])
            self.store.tag_in(self.ctx, [uuid], [str(tag) for tag in tags])

    def _tag_exists(self, name: str) -> bool:
        query = select(Tag.uuid).where(Tag.name_key == normalize_name(name), Tag.deleted_at.is_(None))
        return self.ctx.session.scalars(query).first() is not None

    # -- one method per kind ---------------------------------------------------------------------

    def _tag(self, seed_file: SeedFile, record: dict[str, Any]) -> None:
        name = record.get("name")
        if not name:
            raise seed_file.fail(record, "a tag needs a name")
        self._fields(seed_file, record, "tag", {"name", "color"})
        uuid = seed_uuid("tag", str(name))
        self.store.create_in(self.ctx, "tag", {"name": name, "color": record.get("color")}, uuid=uuid)
        self.keys["tag"][str(name)] = uuid

    def _license(self, seed_file: SeedFile, record: dict[str, Any]) -> None:
        key = self._key(seed_file, record, "license")
        values = self._fields(
            seed_file, record, "license", {"key", "spdx", "name", "family", "osi_approved", "url", "clauses",
                                           "summary", "sources", "tags"},
        )
        values["spdx_id"] = record.get("spdx")
        clauses = record.get("clauses") or {}
        if not isinstance(clauses, dict):
            raise seed_file.fail(record, "clauses must be a mapping")
        values.update(self._clauses(seed_file, clauses))
        self._create(seed_file, record, "license", key, values)

    def _clauses(self, seed_file: SeedFile, clauses: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        detail_keys = {f"{name}_detail" for name in (*LICENSE_CLAUSES, "user_cap", "geographic_exclusions")}
        for name, raw in clauses.items():
            if name == LINE:
                continue
            if name in LICENSE_CLAUSES or name in detail_keys or name == "acceptable_use_policy_url":
                values[name] = raw
            elif name == "user_cap":
                if raw in (None, "unknown"):
                    values["user_cap_status"] = "unknown"
                elif raw in ("none", False):
                    values["user_cap_status"] = "none"
                else:
                    try:
                        values["user_cap"] = int(parse_number(raw) or 0)
                    except ValueError as error:
                        raise seed_file.fail(clauses, f"user_cap: {error}") from error
                    values["user_cap_status"] = "cap"
            elif name == "scopes":
                values["scopes"] = self._scopes(seed_file, clauses, raw)
            elif name == "geographic_exclusions":
                if isinstance(raw, list):
                    values["geo_status"] = "restricted" if raw else "none"
                    values["geographic_exclusions"] = raw
                elif raw in ("none", "unknown", None, False):
                    values["geo_status"] = "none" if raw in ("none", False) else "unknown"
                else:
                    raise seed_file.fail(clauses, "geographic_exclusions must be none, unknown or a list")
            else:
                raise seed_file.fail(clauses, f"unknown clause {name!r}")
        return values

    @staticmethod
    def _scopes(seed_file: SeedFile, clauses: dict[str, Any], raw: Any) -> Any:
        """Clause scopes name models by seed key; the atlas keeps their UUIDs (derived from the keys)."""
        if not isinstance(raw, dict):
            raise seed_file.fail(clauses, "scopes must be a mapping of clause name to scope")
        scopes: dict[str, Any] = {}
        for clause, scope in raw.items():
            if clause == LINE:
                continue
            if isinstance(scope, dict) and isinstance(scope.get("models"), list):
                scope = {**scope, "models": [seed_uuid("model", str(key)) for key in scope["models"]]}
            scopes[clause] = {k: v for k, v in scope.items() if k != LINE} if isinstance(scope, dict) else scope
        return scopes

    def _organization(self, seed_file: SeedFile, record: dict[str, Any]) -> None:
        key = self._key(seed_file, record, "organization")
        values = self._fields(
            seed_file, record, "organization", {"key", "name", "country", "jurisdiction", "kind", "business_model",
                                                "website", "summary", "sources", "tags"},
        )
        values["org_kind"] = record.get("kind")
        self._create(seed_file, record, "organization", key, values)

    def _model(self, seed_file: SeedFile, record: dict[str, Any]) -> None:
        key = self._key(seed_file, record, "model")
        allowed = {"key", "name", "family", "version", "developer", "release_date", "modalities", "architecture",
                   "params_total", "params_active", "context_window", "training_compute_flop", "compute_confidence",
                   "training_tokens", "base_model", "base_relation", "access", "openness", "license", "summary",
                   "components", "assessments", "tags", "sources"}
        values = self._fields(seed_file, record, "model", allowed)
        values.pop("base_model", None)
        values["model_version"] = None if record.get("version") is None else str(record["version"])
        values["openness_grade"] = record.get("openness")
        values["developer"] = self._ref(seed_file, record, "organization", record.get("developer"), "developer")
        values["license"] = self._ref(seed_file, record, "license", record.get("license"), "license")
        if values["developer"] is None or values["license"] is None:
            raise seed_file.fail(record, "a model needs a developer and a license")
        uuid = self._create(seed_file, record, "model", key, values)
        components = record.get("components") or {}
        if not isinstance(components, dict):
            raise seed_file.fail(record, "components must be a mapping of component key to status")
        parsed: dict[str, tuple[str, str | None, str | None]] = {}
        for name, spec in components.items():
            if name == LINE:
                continue
            if isinstance(spec, str):
                parsed[name] = (spec, None, None)
            elif isinstance(spec, dict):
                license_text = spec.get("license")
                license_key = self.keys["license"].get(str(license_text)) if license_text else None
                if license_key is not None:
                    license_text = self._license_label(license_key)
                parsed[name] = (str(spec.get("status", "unknown")), license_text, spec.get("evidence"))
            else:
                raise seed_file.fail(components, f"component {name!r} must be a status or a mapping")
        if parsed:
            self.store.set_components_in(self.ctx, uuid, parsed)
        self._assessments(seed_file, record, uuid)

    def _license_label(self, license_uuid: str) -> str:
        from db.schema import License

        row = self.ctx.session.get(License, license_uuid)
        return (row.spdx_id or row.name) if row is not None else ""

    def _assessments(self, seed_file: SeedFile, record: dict[str, Any], uuid: str) -> None:
        assessments = record.get("assessments") or {}
        if not isinstance(assessments, dict):
            raise seed_file.fail(record, "assessments must be a mapping of framework to dimensions")
        for framework, dimensions in assessments.items():
            if framework == LINE:
                continue
            if not isinstance(dimensions, dict):
                raise seed_file.fail(assessments, f"assessment {framework!r} must map dimensions to grades")
            for dimension, value in dimensions.items():
                if dimension == LINE or value is None:
                    continue
                self.store.set_assessment_in(self.ctx, uuid, str(framework), str(dimension), str(value))

    def _model_base(self, seed_file: SeedFile, record: dict[str, Any]) -> None:
        base = record.get("base_model")
        if base is None:
            return
        base_uuid = self._ref(seed_file, record, "model", base, "base_model")
        model = self.ctx.session.get(Model, self.keys["model"][record["key"]])
        assert model is not None
        model.base_model_uuid = base_uuid
        model.base_relation = record.get("base_relation")

    def _policy_note(self, seed_file: SeedFile, record: dict[str, Any]) -> None:
        key = self._key(seed_file, record, "policy_note")
        allowed = {"key", "title", "jurisdiction", "instrument", "article", "status", "proposed_date", "adopted_date",
                   "in_force_date", "applies_from", "revoked_date", "threshold_flop", "thresholds", "obligations",
                   "open_model_treatment", "body", "concerns", "conditions", "tags", "sources"}
        values = self._fields(seed_file, record, "policy_note", allowed)
        values["name"] = record.get("title")
        if values.get("conditions") is not None:
            values["conditions"] = _strip_lines(values["conditions"])  # checked by the store like a typed rule
        uuid = self._create(seed_file, record, "policy_note", key, values)
        concerns = record.get("concerns") or {}
        if not isinstance(concerns, dict):
            raise seed_file.fail(record, "concerns must map models/organizations/licenses to lists of keys")
        kinds = {"models": "model", "organizations": "organization", "licenses": "license"}
        for group, keys in concerns.items():
            if group == LINE:
                continue
            if group not in kinds:
                raise seed_file.fail(concerns, f"concerns can list models, organizations or licenses, not {group!r}")
            for target_key in keys or []:
                target = self._ref(seed_file, concerns, kinds[group], target_key, f"concerns.{group} entry")
                assert target is not None
                self.store.concern_in(self.ctx, uuid, target)

    def _note(self, seed_file: SeedFile, record: dict[str, Any]) -> None:
        key = self._key(seed_file, record, "note")
        values = self._fields(seed_file, record, "note", {"key", "title", "about", "body", "tags", "sources"})
        values["name"] = record.get("title")
        about = record.get("about")
        if about:
            kind, _, target_key = str(about).partition(":")
            if kind not in self.keys:
                raise seed_file.fail(record, f"about must be kind:key, not {about!r}")
            values["target"] = self._ref(seed_file, record, kind, target_key, "about")
        self._create(seed_file, record, "note", key, values)


def _strip_lines(value: Any) -> Any:
    """Drop the loader's line markers from nested data that is stored as JSON."""
    if isinstance(value, dict):
        return {key: _strip_lines(item) for key, item in value.items() if key != LINE}
    if isinstance(value, list):
        return [_strip_lines(item) for item in value]
    return value


def load_seed(store: Store, folder: Traversable | None = None, progress: Progress = no_progress,
              cancelled: Cancelled = never_cancelled) -> dict[str, int]:
    """Fill an empty store from the seed in one transaction (reporting records done; cancelled, nothing is written);
    returns the counts per kind."""
    groups = seed_files(folder or seed_folder())
    previous_author = store.author
    store.author = SEED_AUTHOR
    try:
        with store.write() as ctx, ctx.session.no_autoflush:  # create_in flushes each new row itself
            ctx.via = "seed"  # the history says where these entries came from
            SeedLoader(store, ctx).load(groups, progress, cancelled)
    finally:
        store.author = previous_author
    return store.counts()


def iter_seed_records(folder: Traversable | None = None) -> Iterator[tuple[str, SeedFile, dict[str, Any]]]:
    """Every (group, file, record) of the seed, for integrity tests and tools."""
    for group, files in seed_files(folder or seed_folder()).items():
        for seed_file in files:
            for record in seed_file.records:
                yield group, seed_file, record
