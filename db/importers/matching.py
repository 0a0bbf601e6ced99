"""One entry per model: names normalized into signatures, compared fuzzily, with developer and size as evidence."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Alias, Model, Organization

MATCH_AT = 90
"""A candidate scoring this much (of 100, evidence included) is the same model."""
REVIEW_AT = 75
"""Between REVIEW_AT and MATCH_AT a match is uncertain: the record goes to the review list."""
AMBIGUOUS_WITHIN = 3
"""Two different entries both scoring MATCH_AT or more within this many points: uncertain too."""

# Penalties and bonuses (points) that turn name similarity into a match score.
VERSION_ONE_SIDED = 20  # "Mistral Large 2" vs "Mistral Large": a version number is strong identity
SIZE_ONE_SIDED = 20  # "Llama 3 Instruct" vs "Llama 3 8B": which size is meant?
TAG_ONE_SIDED = 15  # "OpenLLaMA 7B v2" vs "OpenLLaMA 7B" (a first version tag like v0.1 or v1 costs nothing)
SNAPSHOT_ONE_SIDED = 5  # "gpt-4-0613" vs "GPT-4"
DEVELOPER_AGREES = 5
DEVELOPER_DIFFERS = 15
PARAMS_AGREE = 5
PARAMS_DIFFER = 20
VARIANT_CAP = 85  # an instruct/chat variant is never merged into its base model without review
EXTRA_WORD_CAP = 85  # "Gemini 1.5 Pro" vs "Gemini 1.5": a different tier or product, at best uncertain
PREFIX_WORD_CAP = 65  # "Flan-PaLM", "U-PaLM", "Code Llama" vs "PaLM", "Llama": different models
SIZE_TOLERANCE = 0.03  # sizes in names: 6.9B ~ 7B, but 65B is not 70B
PARAMS_TOLERANCE = 0.10  # parameter counts: 8.03e9 ~ 8B

NOISE_WORDS = frozenset({"hf", "base", "pretrained", "pretrain", "model", "the", "original", "weights", "release",
                         "gguf", "fp16", "bf16", "of"})
VARIANT_WORDS = frozenset({"instruct", "instruction", "chat", "it", "sft", "rlhf", "dpo", "inst", "assistant",
                           "think", "thinking", "rl", "tuned"})
VENDOR_PREFIXES = frozenset({"meta", "facebook", "google", "microsoft", "nvidia", "ibm", "amazon", "apple",
                             "alibaba", "tii", "allenai", "openai", "anthropic", "xai", "baidu", "tencent",
                             "bytedance", "databricks", "mistralai", "eleutherai", "togethercomputer"})
_FIRST_TAGS = frozenset({"v0", "v0.1", "v1", "v1.0", "v1.0.0"})
_SIZE = re.compile(r"^(\d+(?:\.\d+)?)(?:x(\d+(?:\.\d+)?))?([mbt])$")  # 128k is a context length, not a size
_MULTIPLIER = {"m": 1e6, "b": 1e9, "t": 1e12}


@dataclass(frozen=True)
class Signature:
    """What a model name says, taken apart: distinctive words, versions, sizes, tags, snapshots, variant words."""

    words: tuple[str, ...] = ()
    versions: tuple[str, ...] = ()
    sizes: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    snapshots: tuple[str, ...] = ()
    variants: frozenset[str] = frozenset()

    @property
    def joined(self) -> str:
        return "".join(self.words)

    @property
    def key(self) -> str:
        """Equal keys: the same model written differently ('Llama-3-8B', 'Llama 3 8B', 'Meta-Llama-3-8B')."""
        return "|".join(("".join(self.words), ".".join(self.versions), ".".join(self.sizes), ".".join(self.tags),
                         ".".join(self.snapshots), ".".join(sorted(self.variants))))

    @property
    def size(self) -> float | None:
        """The parameter count the name states (7B -> 7e9); None for none or mixture-of-experts forms (8x7B)."""
        for token in self.sizes:
            match = _SIZE.match(token)
            if match and not match.group(2):
                return float(match.group(1)) * _MULTIPLIER[match.group(3)]
        return None


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def signature(name: str) -> Signature:
    """Take a model name apart ('meta-llama/Meta-Llama-3-8B-Instruct' -> llama, 3, 8b, instruct)."""
    text = _ascii(name.rsplit("/", 1)[-1] if "/" in name and " " not in name.strip() else name)
    text = re.sub(r"(\d)\s*[x×]\s*(\d)", r"\1x\2", text).replace("+", " plus ")  # Command R+ is not R
    text = re.sub(r"(\d[mbt])(?=v\d)", r"\1 ", text)  # 7bv2 -> 7b v2
    text = re.sub(r"(?<![a-z])a(\d+(?:\.\d+)?b)\b", r"active\1", text)  # Qwen3-235B-A22B: active parameters
    tokens = re.findall(r"(?<![a-z])v\d+(?:\.\d+)*|active\d+(?:\.\d+)?b|\d+(?:\.\d+)*(?:x\d+(?:\.\d+)?)?[a-z]*|[a-z]+",
                        text)
    words: list[str] = []
    versions: list[str] = []
    sizes: list[str] = []
    tags: list[str] = []
    snapshots: list[str] = []
    variants: set[str] = set()
    for token in tokens:
        if token.startswith("active"):
            continue  # the active share of a mixture of experts names no other model
        if re.fullmatch(r"v\d+(?:\.\d+)*", token):
            tags.append(token)
        elif _SIZE.match(token):
            sizes.append(_canonical_size(token))
        elif re.fullmatch(r"\d{4,}|\d+[ke]", token):
            snapshots.append(token)  # dates (0613, 20240229), context lengths (128k), expert counts (128e)
        elif re.fullmatch(r"\d+(?:\.\d+)*", token):
            versions.append(re.sub(r"\.0+$", "", token) if "." in token else token)
        elif token[0].isdigit():
            versions.append(token)  # GPT-4o: "4o" is a version of its own, not "4"
        elif token in VARIANT_WORDS:
            variants.add(token)
        elif token not in NOISE_WORDS:
            words.append(token)
    if len(words) > 1 and words[0] in VENDOR_PREFIXES:
        words = words[1:]
    return Signature(tuple(words), tuple(versions), tuple(sizes), tuple(tags), tuple(snapshots), frozenset(variants))


def _canonical_size(token: str) -> str:
    match = _SIZE.match(token)
    assert match is not None
    number = f"{float(match.group(1)):g}"
    if match.group(2):
        return f"{number}x{float(match.group(2)):g}{match.group(3)}"
    return f"{number}{match.group(3)}"


def _close(a: float, b: float, tolerance: float) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _sizes_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if set(a) == set(b):
        return True
    if len(a) != len(b):
        return False
    for x, y in zip(sorted(a), sorted(b), strict=True):
        mx, my = _SIZE.match(x), _SIZE.match(y)
        if not mx or not my or bool(mx.group(2)) != bool(my.group(2)) or mx.group(2):
            if x != y:
                return False
            continue
        if not _close(float(mx.group(1)) * _MULTIPLIER[mx.group(3)], float(my.group(1)) * _MULTIPLIER[my.group(3)],
                      SIZE_TOLERANCE):
            return False
    return True


@dataclass
class Candidate:
    uuid: str
    name: str
    sig: Signature
    developer: str | None
    params: float | None


def score_pair(rec: Signature, cand: Candidate, developer: str | None, size: float | None) -> tuple[float, list[str]]:
    """How likely a record's name (with its developer and size) names the candidate entry, 0..100, and why."""
    why: list[str] = []
    if rec.joined == cand.sig.joined:
        score = 100.0
        cap = 100.0
    else:
        score = float(fuzz.ratio(rec.joined, cand.sig.joined))
        shorter, longer = sorted((rec.words, cand.sig.words), key=len)
        if shorter and len(longer) > len(shorter) and longer[-len(shorter):] == shorter:
            cap = PREFIX_WORD_CAP
            why.append("other words before the name")
        else:
            cap = EXTRA_WORD_CAP
            why.append("names differ")
    for label, mine, theirs, one_sided in (
        ("version", rec.versions, cand.sig.versions, VERSION_ONE_SIDED),
        ("snapshot", rec.snapshots, cand.sig.snapshots, SNAPSHOT_ONE_SIDED),
    ):
        if mine and theirs and mine != theirs:
            return 0.0, [f"{label} differs"]
        if bool(mine) != bool(theirs):
            score -= one_sided
            why.append(f"{label} on one side only")
    if rec.tags and cand.sig.tags and rec.tags != cand.sig.tags:
        return 0.0, ["version tag differs"]
    lonely = set(rec.tags) ^ set(cand.sig.tags)
    if lonely and not lonely <= _FIRST_TAGS:
        score -= TAG_ONE_SIDED
        why.append("version tag on one side only")
    if rec.sizes and cand.sig.sizes:
        if not _sizes_agree(rec.sizes, cand.sig.sizes):
            return 0.0, ["size differs"]
    elif rec.sizes or cand.sig.sizes:
        stated = rec.size if rec.sizes else cand.sig.size
        other = cand.params if rec.sizes else size
        if stated is None or other is None or not _close(stated, other, PARAMS_TOLERANCE):
            score -= SIZE_ONE_SIDED
            why.append("size on one side only")
    if rec.variants != cand.sig.variants:
        cap = min(cap, VARIANT_CAP)
        why.append("instruct/chat variant differs")
    if developer and cand.developer:
        if developer == cand.developer:
            score += DEVELOPER_AGREES
        else:
            score -= DEVELOPER_DIFFERS
            why.append("developer differs")
    if size and cand.params:
        if _close(size, cand.params, PARAMS_TOLERANCE):
            score += PARAMS_AGREE
        else:
            score -= PARAMS_DIFFER
            why.append("parameter count differs")
    return max(0.0, min(score, cap, 100.0)), why


@dataclass
class MatchResult:
    outcome: str  # match | review | new
    uuid: str | None = None
    score: float = 0.0
    reason: str = ""
    candidate_name: str | None = None
    matched_name: str | None = None  # which of the record's names matched


class ModelMatcher:
    """Every live model (and the aliases catalogs gave it), indexed for matching incoming records."""

    def __init__(self, session: Session) -> None:
        self.by_words: dict[str, list[Candidate]] = defaultdict(list)
        self.choices: list[str] = []
        self._facts: dict[str, tuple[str, str | None, float | None]] = {}
        self._by_uuid: dict[str, list[Candidate]] = defaultdict(list)
        rows = session.execute(select(Model.uuid, Model.name, Model.developer_uuid, Model.params_total).where(
            Model.deleted_at.is_(None))).all()
        for uuid, name, developer, params in rows:
            self.add(uuid, name, developer, params)
        for uuid, alias in session.execute(select(Alias.entry_uuid, Alias.name).where(Alias.deleted_at.is_(None))):
            if uuid in self._facts:
                self.add_alias(uuid, alias)

    def add(self, uuid: str, name: str, developer: str | None, params: float | None) -> None:
        self._facts[uuid] = (name, developer, params)
        self.add_alias(uuid, name)

    def update(self, uuid: str, developer: str | None, params: float | None) -> None:
        """New facts about an entry (its developer or size was just filled in) count as evidence from now on."""
        name, old_developer, old_params = self._facts.get(uuid, ("", None, None))
        self._facts[uuid] = (name, developer or old_developer, params or old_params)
        for candidate in self._by_uuid.get(uuid, []):
            candidate.developer, candidate.params = self._facts[uuid][1], self._facts[uuid][2]

    def add_alias(self, uuid: str, name: str) -> None:
        facts = self._facts.get(uuid)
        if facts is None:
            return
        sig = signature(name)
        group = self.by_words.get(sig.joined)
        if group is None:
            group = self.by_words[sig.joined] = []
            self.choices.append(sig.joined)
        if not any(c.uuid == uuid and c.sig == sig for c in group):
            candidate = Candidate(uuid, facts[0], sig, facts[1], facts[2])
            group.append(candidate)
            self._by_uuid[uuid].append(candidate)

    def match(self, names: list[str], developer: str | None, size: float | None) -> MatchResult:
        """The best outcome over a record's names (earlier names win ties)."""
        best = MatchResult("new")
        for name in names:
            if not name or not name.strip():
                continue
            result = self._match_one(name, developer, size)
            rank = {"match": 2, "review": 1, "new": 0}
            if (rank[result.outcome], result.score) > (rank[best.outcome], best.score):
                best = result
        return best

    def _match_one(self, name: str, developer: str | None, size: float | None) -> MatchResult:
        sig = signature(name)
        if not sig.words and not sig.versions:
            return MatchResult("new", reason="nothing to match on")
        groups = [sig.joined] if sig.joined in self.by_words else []
        if sig.joined:
            for hit, _score, _index in process.extract(sig.joined, self.choices, scorer=fuzz.ratio, limit=6,
                                                       score_cutoff=REVIEW_AT - 10):
                if hit not in groups:
                    groups.append(hit)
        scored: dict[str, tuple[float, list[str], Candidate]] = {}
        for group in groups:
            for candidate in self.by_words[group]:
                value, why = score_pair(sig, candidate, developer, size)
                if candidate.uuid not in scored or value > scored[candidate.uuid][0]:
                    scored[candidate.uuid] = (value, why, candidate)
        if not scored:
            return MatchResult("new", reason="no similar name")
        ranking = sorted(scored.values(), key=lambda item: -item[0])
        value, why, top = ranking[0]
        reason = "; ".join(why) or "same name"
        if value >= MATCH_AT:
            if len(ranking) > 1 and ranking[1][0] >= MATCH_AT and value - ranking[1][0] < AMBIGUOUS_WITHIN:
                return MatchResult("review", top.uuid, value, f"{name!r} could be {top.name!r} or "
                                   f"{ranking[1][2].name!r}", top.name, name)
            return MatchResult("match", top.uuid, value, reason, top.name, name)
        if value >= REVIEW_AT:
            return MatchResult("review", top.uuid, value, f"{name!r} may be {top.name!r} ({reason})", top.name, name)
        return MatchResult("new", None, value, reason, top.name, name)


# ---- organizations ---------------------------------------------------------------------------------------------

ORG_STOP_WORDS = frozenset({"inc", "ltd", "llc", "corp", "corporation", "company", "co", "gmbh", "sa", "ag", "plc",
                            "ai", "labs", "lab", "research", "cloud", "platforms", "technologies", "technology",
                            "tech", "the", "group", "computer", "computing", "org", "team", "workshop", "for", "of",
                            "and"})
ORG_ALIASES: dict[str, str] = {
    "facebook": "meta", "fair": "meta", "meta llama": "meta", "metallama": "meta", "meta platforms": "meta",
    "mistralai": "mistral", "deepseekai": "deepseek", "deepseek ai": "deepseek", "qwen": "alibaba",
    "alibaba qwen": "alibaba", "google brain": "google", "allenai": "allen institute", "allen": "allen institute",
    "ai2": "allen institute", "tiiuae": "innovation institute", "tii": "innovation institute",
    "thudm": "tsinghua university",
    "zai": "zhipu", "zhipuai": "zhipu", "cohereforai": "cohere", "cohere for": "cohere", "stabilityai": "stability",
    "togethercomputer": "together", "bigscience workshop": "bigscience", "01ai": "01", "moonshotai": "moonshot",
    "xai org": "xai", "ibm granite": "ibm", "university california berkeley": "uc berkeley", "berkeley": "uc berkeley",
    "openlm": "openlm", "lmsys org": "lmsys", "eleuther": "eleutherai", "hugging": "hugging face",
    "huggingface": "hugging face", "huggingfaceh4": "hugging face", "nvidia corporation": "nvidia",
}
"""Spellings catalogs use for the same organization (left: normalized spelling, right: normalized core name)."""


def split_organizations(text: str | None) -> list[str]:
    """'ByteDance,Peking University', 'EleutherAI and Together Computer', 'Microsoft & PKU' -> each organization."""
    if not text:
        return []
    parts = re.split(r"\s*(?:,|;|&|\+|\band\b|\n)\s*", str(text))
    return [p.strip() for p in parts if p and p.strip()]


def org_keys(name: str) -> list[str]:
    """Normalized core names of an organization: without legal/generic words, and any name in parentheses."""
    text = _ascii(name).replace("&", " and ")
    names = [re.sub(r"\([^)]*\)", " ", text), *re.findall(r"\(([^)]*)\)", text)]
    keys: list[str] = []
    for item in names:
        words = [w for w in re.split(r"[^a-z0-9]+", item) if w]
        core = [w for w in words if w not in ORG_STOP_WORDS] or words
        key = " ".join(core)
        key = ORG_ALIASES.get(key, ORG_ALIASES.get(key.replace(" ", ""), key))
        if key and key not in keys:
            keys.append(key)
    return keys


class OrgMatcher:
    """Every live organization by core name (and aliases), for matching organization names from catalogs."""

    def __init__(self, session: Session) -> None:
        self.by_key: dict[str, str] = {}
        self.names: dict[str, str] = {}
        for uuid, name in session.execute(select(Organization.uuid, Organization.name).where(
                Organization.deleted_at.is_(None))).all():
            self.add(uuid, name)
        for uuid, alias in session.execute(select(Alias.entry_uuid, Alias.name).where(
                Alias.deleted_at.is_(None))).all():
            if uuid in self.names:
                self.add(uuid, alias)

    def add(self, uuid: str, name: str) -> None:
        self.names.setdefault(uuid, name)
        for key in org_keys(name):
            self.by_key.setdefault(key, uuid)

    def match(self, name: str | None) -> str | None:
        if not name:
            return None
        keys = org_keys(name)
        for key in keys:
            if key in self.by_key:
                return self.by_key[key]
        best: tuple[float, str] | None = None
        for key in keys:
            if len(key) < 3:
                continue
            for hit, value, _ in process.extract(key, list(self.by_key), scorer=fuzz.token_set_ratio, limit=5,
                                                 score_cutoff=95):
                shared = set(key.split()) & set(hit.split())
                if not any(len(word) >= 3 for word in shared):
                    continue
                closeness = value + fuzz.ratio(key, hit) / 1000  # prefer the closest spelling among subsets
                if best is None or closeness > best[0]:
                    best = (closeness, self.by_key[hit])
        return best[1] if best else None


def same_org(name: str, names: list[str]) -> bool:
    """Whether an organization name names the same organization as any of `names` (for disagreement checks)."""
    keys = set(org_keys(name))
    other = {key for n in names for key in org_keys(n)}
    if keys & other:
        return True
    return any(fuzz.token_set_ratio(a, b) >= 95 and any(len(w) >= 3 for w in set(a.split()) & set(b.split()))
               for a in keys for b in other)
