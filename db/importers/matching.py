"""One entry per model: names taken apart into signatures and compared conservatively, every decision with its evidence.

A record is merged into an entry only when their names say the same thing — the same distinctive words, the same
versions, sizes and version tags, the same symbols (`+`, Greek letters) — and nothing else contradicts it (developer,
parameter count, spelling in capitals). A name that differs only slightly goes to the review list for an analyst; a
version, generation, size or symbol on one side only is a different model, never a match.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

if TYPE_CHECKING:  # the ORM loads where an index reads a session: comparing names (same_org) needs neither
    from sqlalchemy.orm import Session

MATCH_AT = 90
"""A candidate scoring this much (of 100, evidence included) is the same model."""
REVIEW_AT = 75
"""Between REVIEW_AT and MATCH_AT a match is uncertain: the record goes to the review list."""
AMBIGUOUS_WITHIN = 3
"""Two different entries both scoring MATCH_AT or more within this many points: uncertain too."""

# Penalties and bonuses (points) that turn name similarity into a match score.
SIZE_ONE_SIDED = 20  # "Llama 3 Instruct" vs "Llama 3 8B": which size is meant?
SNAPSHOT_ONE_SIDED = 5  # "gpt-4-0613" vs "GPT-4"
CASE_DIFFERS = 12  # "CALM" vs "CaLM": the same letters styled differently are often different models
DEVELOPER_AGREES = 5
DEVELOPER_DIFFERS = 15
PARAMS_AGREE = 5
PARAMS_DIFFER = 20
VARIANT_CAP = 85  # an instruct/chat variant is never merged into its base model without review
EXTRA_WORD_CAP = 85  # "Gemini 1.5 Pro" vs "Gemini 1.5": a different tier or product, at best uncertain
PREFIX_WORD_CAP = 65  # "Flan-PaLM", "U-PaLM", "Code Llama" vs "PaLM", "Llama": different models
SIZE_TOLERANCE = 0.03  # sizes in names: 6.9B ~ 7B, but 65B is not 70B
PARAMS_TOLERANCE = 0.10  # parameter counts: 8.03e9 ~ 8.0e9
NOMINAL_TOLERANCE = 0.30  # a size in a name is a label: "Gemma 7B" has 8.5B parameters, "Llama 2 7B" 6.7B
NAMES_ALIKE_AT = 80  # names that differ are worth an analyst's look only when this alike (of 100)

NOISE_WORDS = frozenset({"hf", "base", "pretrained", "pretrain", "model", "the", "original", "weights", "release",
                         "fp16", "bf16", "of"})
QUANTIZED_WORDS = frozenset({"gguf", "ggml", "gptq", "awq", "exl2", "int4", "int8", "fp8", "mlx", "q4", "q8",
                             "quantized"})
"""A quantized copy ("Llama-3-8B-GGUF") is a model of its own, derived from the original: these words are marks."""
VARIANT_WORDS = frozenset({"instruct", "instruction", "chat", "it", "sft", "rlhf", "dpo", "inst", "assistant",
                           "think", "thinking", "rl", "tuned"})
VENDOR_PREFIXES = frozenset({"meta", "facebook", "google", "microsoft", "nvidia", "ibm", "amazon", "apple",
                             "alibaba", "tii", "allenai", "openai", "anthropic", "xai", "baidu", "tencent",
                             "bytedance", "databricks", "mistralai", "eleutherai", "togethercomputer"})
GREEK_LETTERS: dict[str, str] = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta", "η": "eta", "θ": "theta",
    "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu", "ξ": "xi", "ο": "omicron", "π": "pi",
    "ρ": "rho", "σ": "sigma", "ς": "sigma", "τ": "tau", "υ": "upsilon", "φ": "phi", "χ": "chi", "ψ": "psi",
    "ω": "omega",
}
"""Greek letters in names (PanGu-α, PanGu-Σ) are marks of identity: ASCII folding would silently drop them."""
GREEK_WORDS = frozenset({"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "theta", "iota", "kappa", "lambda",
                         "omicron", "sigma", "upsilon", "omega"})
"""Spelled-out letters that count as the letter (PanGu-Alpha is PanGu-α); short ones (Phi, Pi) stay words."""
_FIRST_TAGS = frozenset({"v0", "v0.1", "v1", "v1.0", "v1.0.0"})
_SIZE = re.compile(r"^(\d+(?:\.\d+)?)(?:x(\d+(?:\.\d+)?))?([mbt])$")  # 128k is a context length, not a size
_MULTIPLIER = {"m": 1e6, "b": 1e9, "t": 1e12}
_TOKENS = re.compile(r"(?<![a-z])v\d+(?:\.\d+)*|active\d+(?:\.\d+)?b|\d+(?:\.\d+)*(?:x\d+(?:\.\d+)?)?[a-z]*|[a-z]+"
                     r"|\+{1,3}|~[a-z]+~")
_CASED_WORD = re.compile(r"(?<![0-9A-Za-z])[A-Za-z]+")


@dataclass(frozen=True)
class Signature:
    """What a model name says, taken apart: distinctive words, versions, sizes, tags, snapshots, variant words,
    marks (`+`, Greek letters) and how its words are capitalized."""

    words: tuple[str, ...] = ()
    versions: tuple[str, ...] = ()
    sizes: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    snapshots: tuple[str, ...] = ()
    variants: frozenset[str] = frozenset()
    marks: tuple[str, ...] = ()
    cased: tuple[str, ...] = ()  # the distinctive words as written, when the name has capitals (else empty)

    @property
    def joined(self) -> str:
        return "".join(self.words)

    @property
    def key(self) -> str:
        """Equal keys: the same model written differently ('Llama-3-8B', 'Llama 3 8B', 'Meta-Llama-3-8B')."""
        return "|".join(("".join(self.words), ".".join(self.versions), ".".join(self.sizes), ".".join(self.tags),
                         ".".join(self.snapshots), ".".join(sorted(self.variants)), ".".join(self.marks)))

    @property
    def size(self) -> float | None:
        """The parameter count the name states (7B -> 7e9); None for none or mixture-of-experts forms (8x7B)."""
        for token in self.sizes:
            match = _SIZE.match(token)
            if match and not match.group(2):
                return float(match.group(1)) * _MULTIPLIER[match.group(3)]
        return None

    @property
    def empty(self) -> bool:
        return not (self.words or self.versions or self.marks)


def _ascii(text: str, lower: bool = True) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return folded.lower() if lower else folded


def _spell_greek(text: str) -> str:
    """Greek letters as marked words (`~alpha~`) before ASCII folding would drop them."""
    if text.isascii():
        return text
    return "".join(f" ~{GREEK_LETTERS[ch.lower()]}~ " if ch.lower() in GREEK_LETTERS else ch for ch in text)


def exact_key(name: str) -> str:
    """A name as written, white space aside: how a catalog's own record is found again on the next import."""
    return " ".join(unicodedata.normalize("NFKC", name).split())


def _strip_repo(name: str) -> str:
    """A repository id's model name ('meta-llama/Llama-3-8B' -> 'Llama-3-8B'); 'ViT-Huge/14' is a name of its own (a
    patch size after the slash), not a repository '14'."""
    if "/" not in name or " " in name.strip():
        return name
    tail = name.rsplit("/", 1)[-1]
    return name if tail.isdigit() else tail


@functools.lru_cache(maxsize=65536)
def signature(name: str) -> Signature:
    """Take a model name apart ('meta-llama/Meta-Llama-3-8B-Instruct' -> llama, 3, 8b, instruct)."""
    spelled = _spell_greek(_strip_repo(name))
    text = _ascii(spelled)
    text = re.sub(r"(\d)\s*[x×]\s*(\d)", r"\1x\2", text)
    text = re.sub(r"(\d[mbt])(?=v\d)", r"\1 ", text)  # 7bv2 -> 7b v2
    text = re.sub(r"(?<![a-z])v(\d+)[-_](\d+)\b", r"v\1.\2", text)  # Stable-Diffusion-v1-3 is v1.3
    text = re.sub(r"(?<![a-z])a(\d+(?:\.\d+)?b)\b", r"active\1", text)  # Qwen3-235B-A22B: active parameters
    words: list[str] = []
    versions: list[str] = []
    sizes: list[str] = []
    tags: list[str] = []
    snapshots: list[str] = []
    marks: list[str] = []
    variants: set[str] = set()
    for token in _TOKENS.findall(text):
        if token.startswith("active"):
            continue  # the active share of a mixture of experts names no other model
        if token.startswith("+"):
            marks.append(token)  # Command R+, PointNet++
        elif token.startswith("~"):
            marks.append(token.strip("~"))
        elif token == "plus":
            marks.append("+")  # "Command R Plus" is "Command R+"
        elif token in GREEK_WORDS or token in QUANTIZED_WORDS:
            marks.append(token)
        elif re.fullmatch(r"v\d+(?:\.\d+)*", token):
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
    return Signature(tuple(words), tuple(versions), tuple(sizes), tuple(tags), tuple(snapshots), frozenset(variants),
                     tuple(sorted(marks)), _cased(spelled, words))


def _cased(spelled: str, words: list[str]) -> tuple[str, ...]:
    """The distinctive words as the name capitalizes them; empty when they are all lowercase (a repository id says
    nothing about capitals)."""
    wanted = set(words)
    cased = tuple(w for w in _CASED_WORD.findall(_ascii(spelled, lower=False)) if w.lower() in wanted)
    return cased if any(not w.islower() for w in cased) else ()


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


def _stylized(word: str) -> bool:
    """Capitals that mean something: not lowercase, not plain Title case ("CALM", "CaLM", "LLaMA"; not "Llama")."""
    return not word.islower() and not (word[:1].isupper() and word[1:].islower())


def _case_differs(a: Signature, b: Signature) -> bool:
    """Both names style a word in capitals, differently ("CALM" vs "CaLM"), the letters being the same. Plain Title
    case or lowercase says nothing (catalogs write "Llama" for "LLaMA", "Bloom" for "BLOOM")."""
    if not a.cased or not b.cased or a.cased == b.cased:
        return False
    if [w.lower() for w in a.cased] != [w.lower() for w in b.cased]:
        return False
    return any(x != y and _stylized(x) and _stylized(y) for x, y in zip(a.cased, b.cased, strict=True))


@dataclass
class Candidate:
    uuid: str
    name: str
    sig: Signature
    developer: str | None
    params: float | None
    curated: bool = True  # an entry of the seed or of a person; False: an entry catalogs made
    imported: bool = False  # a name an import gave a curated entry (not the entry's own)


def _shown(values: tuple[str, ...]) -> str:
    return " ".join(values)


def score_pair(rec: Signature, cand: Candidate, developer: str | None, size: float | None,
               strict: bool = False) -> tuple[float, list[str]]:
    """How likely a record's name (with its developer and size) names the candidate entry, 0..100, and the signals
    that gave the score (each with its points). A score of 0 means a signal rules the pair out.

    `strict` compares names only (another catalog's entry): a size or snapshot on one side only is never certain,
    whatever the parameter counts say, so that "certain" is the same relation whichever record came first."""
    why: list[str] = []
    # Identity vetoes: the names say different things.
    if rec.marks != cand.sig.marks:
        return 0.0, [f"symbols differ ({_shown(rec.marks) or 'none'} vs {_shown(cand.sig.marks) or 'none'})"]
    if rec.versions != cand.sig.versions:
        if rec.versions and cand.sig.versions:
            return 0.0, [f"version differs ({_shown(rec.versions)} vs {_shown(cand.sig.versions)})"]
        return 0.0, [f"version or generation on one side only ({_shown(rec.versions or cand.sig.versions)})"]
    if rec.tags != cand.sig.tags:
        if rec.tags and cand.sig.tags:
            return 0.0, [f"version tag differs ({_shown(rec.tags)} vs {_shown(cand.sig.tags)})"]
        lonely = set(rec.tags) ^ set(cand.sig.tags)
        if not lonely <= _FIRST_TAGS:
            return 0.0, [f"version tag on one side only ({_shown(tuple(sorted(lonely)))})"]
        why.append("a first-version tag on one side only (0)")
    if rec.snapshots and cand.sig.snapshots and rec.snapshots != cand.sig.snapshots:
        return 0.0, [f"snapshot differs ({_shown(rec.snapshots)} vs {_shown(cand.sig.snapshots)})"]
    if rec.sizes and cand.sig.sizes and not _sizes_agree(rec.sizes, cand.sig.sizes):
        return 0.0, [f"size differs ({_shown(rec.sizes)} vs {_shown(cand.sig.sizes)})"]
    # Name similarity.
    if rec.joined == cand.sig.joined:
        score, cap = 100.0, 100.0
        why.append("same name (100)")
    else:
        score = float(fuzz.ratio(rec.joined, cand.sig.joined))
        shorter, longer = sorted((rec.words, cand.sig.words), key=len)
        if shorter and len(longer) > len(shorter) and longer[-len(shorter):] == shorter:
            cap = PREFIX_WORD_CAP
            why.append(f"other words before the name ({score:.0f}, at most {PREFIX_WORD_CAP})")
        elif score < NAMES_ALIKE_AT:
            cap = REVIEW_AT - 1
            why.append(f"names differ ({score:.0f}% alike): another model")
        else:
            cap = EXTRA_WORD_CAP
            why.append(f"names differ ({score:.0f}% alike, at most {EXTRA_WORD_CAP})")
    if _case_differs(rec, cand.sig):
        score -= CASE_DIFFERS
        why.append(f"capitals differ ({' '.join(rec.cased)} vs {' '.join(cand.sig.cased)}) (−{CASE_DIFFERS})")
    if strict:
        if bool(rec.snapshots) != bool(cand.sig.snapshots) or bool(rec.sizes) != bool(cand.sig.sizes):
            cap = min(cap, EXTRA_WORD_CAP)
            why.append(f"size or snapshot on one side only (at most {EXTRA_WORD_CAP} between catalogs)")
        if rec.variants != cand.sig.variants:
            cap = min(cap, VARIANT_CAP)
            why.append(f"instruct/chat variant differs (at most {VARIANT_CAP})")
        return max(0.0, min(score, cap, 100.0)), why
    if bool(rec.snapshots) != bool(cand.sig.snapshots):
        score -= SNAPSHOT_ONE_SIDED
        why.append(f"snapshot on one side only (−{SNAPSHOT_ONE_SIDED})")
    if bool(rec.sizes) != bool(cand.sig.sizes):
        stated = rec.size if rec.sizes else cand.sig.size
        other = cand.params if rec.sizes else size
        if stated is None or other is None or not _close(stated, other, NOMINAL_TOLERANCE):
            score -= SIZE_ONE_SIDED
            why.append(f"size on one side only (−{SIZE_ONE_SIDED})")
        else:
            why.append("size in one name, parameter count in the other, agree (0)")
    if rec.variants != cand.sig.variants:
        cap = min(cap, VARIANT_CAP)
        why.append(f"instruct/chat variant differs (at most {VARIANT_CAP})")
    if developer and cand.developer:
        if developer == cand.developer:
            score += DEVELOPER_AGREES
            why.append(f"developer agrees (+{DEVELOPER_AGREES})")
        else:
            score -= DEVELOPER_DIFFERS
            why.append(f"developer differs (−{DEVELOPER_DIFFERS})")
    if size and cand.params:
        # a count that is only the name's label ("gemma-7b" of the Model Openness Tool, version 7B) is compared as one
        nominal = (rec.size is not None and _close(rec.size, size, SIZE_TOLERANCE)) or (
            cand.sig.size is not None and _close(cand.sig.size, cand.params, SIZE_TOLERANCE))
        if _close(size, cand.params, NOMINAL_TOLERANCE if nominal else PARAMS_TOLERANCE):
            score += PARAMS_AGREE
            why.append(f"parameter count agrees (+{PARAMS_AGREE})")
        else:
            score -= PARAMS_DIFFER
            why.append(f"parameter count differs (−{PARAMS_DIFFER})")
    return max(0.0, min(score, cap, 100.0)), why


@dataclass
class MatchResult:
    """A match decision and its evidence: the signals behind the score and the other candidates weighed."""

    outcome: str  # match | review | new
    uuid: str | None = None
    score: float = 0.0
    reason: str = ""
    candidate_name: str | None = None
    matched_name: str | None = None  # which of the record's names matched
    signals: list[str] = field(default_factory=list)
    others: list[tuple[str, float]] = field(default_factory=list)  # (entry name, score) of the runners-up

    def evidence(self) -> dict[str, object]:
        """The decision as JSON: what the import and the review list show."""
        return {"outcome": self.outcome, "candidate": self.candidate_name, "score": round(self.score, 1),
                "name": self.matched_name, "signals": list(self.signals),
                "others": [{"name": n, "score": round(s, 1)} for n, s in self.others]}

    def explain(self) -> str:
        """One line: outcome, candidate, score and signals."""
        target = f" {self.candidate_name!r}" if self.candidate_name else ""
        signals = "; ".join(self.signals) or self.reason or "no similar name"
        return f"{self.outcome}{target} (score {self.score:.0f}): {signals}"


_RANK = {"match": 2, "review": 1, "new": 0}


IMPORT_SOURCES = frozenset({"mot", "osai", "epoch", "hf", "fmti", "spdx"})
"""Alias sources that are imports (an alias a person gave an entry has another source)."""


class ModelMatcher:
    """Every live model (and the aliases catalogs gave it), indexed for matching incoming records.

    Two kinds of candidates, so that a decision never depends on the order catalogs or files were imported in:

    - entries of the seed or of a person (`curated`) are fixed points: a record is scored against their own names
      and facts (not names or facts an import gave them), with every signal, and an uncertain score goes to review;
    - entries catalogs made exist only because some record came first: a record joins one only when their names
      are certainly the same (`score_pair(strict=True)`: no size, snapshot or variant on one side only) and their
      developers agree (or one is unknown) — a relation that holds or fails whichever record arrived first. A record
      that could join two such entries goes to review with both; an uncertain one is kept apart.
    """

    def __init__(self, session: Session, curated: Callable[[str], bool] | None = None,
                 own_facts: Callable[[str, str | None, float | None], tuple[str | None, float | None]] | None = None,
                 developers_agree: Callable[[str, str], bool] | None = None) -> None:
        """`curated(uuid)`: an entry of the seed or of a person; `own_facts` gives such an entry's developer and size
        as they were before any import; `developers_agree(name, uuid)`: whether a developer, as a catalog names it,
        may be the organization with that UUID."""
        self.by_words: dict[str, list[Candidate]] = defaultdict(list)
        self.choices: list[str] = []
        self._facts: dict[str, tuple[str, str | None, float | None]] = {}
        self._by_uuid: dict[str, list[Candidate]] = defaultdict(list)
        self._curated: dict[str, bool] = {}
        self.developers_agree = developers_agree or (lambda name, uuid: False)
        from sqlalchemy import select

        from db.schema import Alias, Model

        rows = session.execute(select(Model.uuid, Model.name, Model.developer_uuid, Model.params_total).where(
            Model.deleted_at.is_(None))).all()
        for uuid, name, developer, params in rows:
            is_curated = curated(uuid) if curated is not None else True
            if is_curated and own_facts is not None:
                developer, params = own_facts(uuid, developer, params)  # what an import filled in is no evidence
            self.add(uuid, name, developer, params, curated=is_curated)
        for uuid, alias, source in session.execute(select(Alias.entry_uuid, Alias.name, Alias.source).where(
                Alias.deleted_at.is_(None))):
            if uuid in self._facts:
                self.add_alias(uuid, alias, imported=source in IMPORT_SOURCES)

    def add(self, uuid: str, name: str, developer: str | None, params: float | None, curated: bool = True) -> None:
        self._facts[uuid] = (name, developer, params)
        self._curated[uuid] = curated
        self.add_alias(uuid, name)

    def update(self, uuid: str, developer: str | None, params: float | None) -> None:
        """New facts about an entry catalogs made (its developer or size was just filled in) count as evidence from
        now on; a curated entry is matched on its own facts only."""
        if self._curated.get(uuid, True):
            return
        name, old_developer, old_params = self._facts.get(uuid, ("", None, None))
        self._facts[uuid] = (name, developer or old_developer, params or old_params)
        for candidate in self._by_uuid.get(uuid, []):
            candidate.developer, candidate.params = self._facts[uuid][1], self._facts[uuid][2]

    def rename(self, uuid: str, name: str) -> None:
        """The entry's display name changed (its old name stays findable as an alias)."""
        _old, developer, params = self._facts.get(uuid, ("", None, None))
        self._facts[uuid] = (name, developer, params)
        for candidate in self._by_uuid.get(uuid, []):
            candidate.name = name
        self.add_alias(uuid, name)

    def add_alias(self, uuid: str, name: str, imported: bool = False) -> None:
        """Another name of an entry; `imported`: a catalog's name for a curated entry (not used to match it, so
        that which records merged into it first never decides about the next)."""
        facts = self._facts.get(uuid)
        if facts is None:
            return
        curated = self._curated.get(uuid, True)
        sig = signature(name)
        group = self.by_words.get(sig.joined)
        if group is None:
            group = self.by_words[sig.joined] = []
            self.choices.append(sig.joined)
        same = next((c for c in group if c.uuid == uuid and c.sig == sig), None)
        if same is not None:
            same.imported = same.imported and imported
            return
        candidate = Candidate(uuid, facts[0], sig, facts[1], facts[2], curated, imported and curated)
        group.append(candidate)
        self._by_uuid[uuid].append(candidate)

    def match(self, names: list[str], developer: str | None, size: float | None,
              exclude: frozenset[str] = frozenset(), tiers: bool = False, developer_name: str | None = None,
              base: bool = False) -> MatchResult:
        """The best outcome over a record's names (earlier names win ties); `exclude` are entries the record is
        known not to be (its own base model). `developer` is the developer's UUID when the atlas knows it,
        `developer_name` the catalog's name for it. With `tiers`, curated entries and entries catalogs made are told
        apart (see the class); without, every entry is scored alike. `base`: a name another record gives its base
        model (no developer to compare)."""
        best = MatchResult("new", reason="no similar name")
        for name in names:
            if not name or not name.strip():
                continue
            result = self._match_one(name, developer, size, exclude, tiers, developer_name, base)
            if (_RANK[result.outcome], result.score) > (_RANK[best.outcome], best.score):
                best = result
        return best

    def _groups(self, sig: Signature) -> list[str]:
        groups = [sig.joined] if sig.joined in self.by_words else []
        if sig.joined:
            for hit, _score, _index in process.extract(sig.joined, self.choices, scorer=fuzz.ratio, limit=6,
                                                       score_cutoff=REVIEW_AT - 10):
                if hit not in groups:
                    groups.append(hit)
        return groups

    def _match_one(self, name: str, developer: str | None, size: float | None, exclude: frozenset[str],
                   tiers: bool, developer_name: str | None, base: bool) -> MatchResult:
        sig = signature(name)
        if sig.empty:
            return MatchResult("new", reason="nothing to match on", matched_name=name)
        scored: dict[str, tuple[float, list[str], Candidate]] = {}
        catalog: dict[str, tuple[float, list[str], Candidate]] = {}
        for group in self._groups(sig):
            for candidate in self.by_words[group]:
                if candidate.uuid in exclude or (tiers and candidate.imported):
                    continue
                if tiers and not candidate.curated:
                    value, why = self._score_catalog(sig, candidate, developer_name, base)
                    if candidate.uuid not in catalog or value > catalog[candidate.uuid][0]:
                        catalog[candidate.uuid] = (value, why, candidate)
                    continue
                value, why = score_pair(sig, candidate, developer, size)
                if candidate.uuid not in scored or value > scored[candidate.uuid][0]:
                    scored[candidate.uuid] = (value, why, candidate)
        if not scored and not catalog:
            return MatchResult("new", reason="no similar name", matched_name=name)
        # Ties go to the same variant (chat to chat), then by name and UUID: never by the order entries were made.
        def order(item: tuple[float, list[str], Candidate]) -> tuple[float, bool, str, str]:
            return -item[0], item[2].sig.variants != sig.variants, item[2].name, item[2].uuid

        ranking = sorted(scored.values(), key=order)
        sure = sorted((item for item in catalog.values() if item[0] >= MATCH_AT), key=order)
        others = [(c.name, v) for v, _w, c in sorted([*ranking, *catalog.values()], key=order)[1:4]]
        if ranking and ranking[0][0] >= MATCH_AT:
            value, why, top = ranking[0]
            also = [f"{c.name!r}, another catalog's entry, is certain too ({v:.0f})" for v, _w, c in sure]
            if len(ranking) > 1 and ranking[1][0] >= MATCH_AT and value - ranking[1][0] < AMBIGUOUS_WITHIN:
                second = ranking[1][2]
                return MatchResult("review", top.uuid, value, f"{name!r} could be {top.name!r} or {second.name!r}",
                                   top.name, name, [*why, f"{second.name!r} scores {ranking[1][0]:.0f} too"], others)
            return MatchResult("match", top.uuid, value, "; ".join(why), top.name, name, [*why, *also], others)
        uncertain = [item for item in ranking if REVIEW_AT <= item[0] < MATCH_AT]
        if uncertain:
            value, why, top = uncertain[0]
            also = [f"{c.name!r}, another catalog's entry, scores {v:.0f}" for v, _w, c in sure]
            reason = "; ".join(why)
            return MatchResult("review", top.uuid, value, f"{name!r} may be {top.name!r} ({reason})", top.name, name,
                               [*why, *also], others)
        if len(sure) == 1:
            value, why, top = sure[0]
            return MatchResult("match", top.uuid, value, "; ".join(why), top.name, name, why, others)
        if len(sure) > 1:
            # Two entries catalogs made, each certainly this model: which one exists first depends on import order
            (value, why, top), (second_value, _why, second) = sure[0], sure[1]
            return MatchResult("review", top.uuid, value, f"{name!r} could be {top.name!r} or {second.name!r}",
                               top.name, name, [*why, f"{second.name!r} scores {second_value:.0f} too"], others)
        near = sorted([*ranking, *catalog.values()], key=order)[0]
        value, why, top = near
        signals = list(why)
        if not top.curated:
            signals.append(f"{top.name!r} is another catalog's entry: kept apart unless certainly the same model (the "
                           "review list asks only about entries of the seed or of a person, so that import order "
                           "never matters)")
        return MatchResult("new", None, value, "; ".join(why), top.name, name, signals, others)

    def _score_catalog(self, sig: Signature, candidate: Candidate, developer: str | None,
                       base: bool) -> tuple[float, list[str]]:
        """A record against an entry catalogs made: names only, and developers that agree (or one is unknown: a
        catalog's benchmark tables name models without their developer)."""
        value, why = score_pair(sig, candidate, None, None, strict=True)
        if value < MATCH_AT or base:
            return value, why
        if developer and candidate.developer and not self.developers_agree(developer, candidate.developer):
            return REVIEW_AT - 1, [*why, "developer differs (not certain between catalogs)"]
        return value, [*why, "developer agrees" if developer and candidate.developer else "developer not known"]


# ---- organizations ---------------------------------------------------------------------------------------------

ORG_STOP_WORDS = frozenset({"inc", "ltd", "llc", "corp", "corporation", "company", "co", "gmbh", "sa", "ag", "plc",
                            "ai", "labs", "lab", "research", "cloud", "platforms", "technologies", "technology",
                            "tech", "the", "group", "computer", "computing", "org", "team", "workshop", "for", "of",
                            "and"})
ORG_ALIASES: dict[str, str] = {
    "facebook": "meta", "fair": "meta", "meta llama": "meta", "metallama": "meta", "meta platforms": "meta",
    "mistralai": "mistral", "deepseekai": "deepseek", "deepseek ai": "deepseek", "qwen": "alibaba",
    "alibaba qwen": "alibaba", "allenai": "allen institute", "allen": "allen institute",
    "ai2": "allen institute", "tiiuae": "innovation institute", "tii": "innovation institute",
    "thudm": "tsinghua university knowledge engineering", "zhipu": "zhipu",
    "zai": "zhipu", "zhipuai": "zhipu", "cohereforai": "cohere", "cohere for": "cohere", "stabilityai": "stability",
    "togethercomputer": "together", "bigscience workshop": "bigscience", "01ai": "01", "moonshotai": "moonshot",
    "xai org": "xai", "ibm granite": "ibm", "openlm": "openlm", "lmsys org": "lmsys", "eleuther": "eleutherai",
    "hugging": "hugging face", "huggingface": "hugging face", "huggingfaceh4": "hugging face",
    "nvidia corporation": "nvidia", "university california berkeley": "uc berkeley", "berkeley": "uc berkeley",
    "deepmind": "google deepmind",
}
"""Spellings catalogs use for the same organization (left: normalized spelling, right: normalized core name).

Only true aliases: Google, Google Brain and Google Research are not Google DeepMind, and a university is not a
group that works at it ("OpenLM Research (UC Berkeley)" is not UC Berkeley)."""


def split_organizations(text: str | None) -> list[str]:
    """'ByteDance,Peking University', 'EleutherAI and Together Computer', 'Microsoft & PKU' -> each organization."""
    if not text:
        return []
    parts = re.split(r"\s*(?:,|;|&|\+|\band\b|\n)\s*", str(text))
    return list(dict.fromkeys(p.strip() for p in parts if p and p.strip()))


def org_keys(name: str) -> list[str]:
    """Normalized core names of an organization: without legal/generic words, and a one-word name in parentheses
    (an acronym: "Technology Innovation Institute (TII)"); a longer one is an affiliation, not another name."""
    main, acronyms = org_key_parts(name)
    return [*main, *(key for key in acronyms if key not in main)]


def org_key_parts(name: str) -> tuple[list[str], list[str]]:
    """(the core name's key, the keys of acronyms in parentheses), as org_keys takes them."""
    text = _ascii(name).replace("&", " and ")
    inner = [part for part in re.findall(r"\(([^)]*)\)", text) if len(part.split()) == 1]
    parts: list[list[str]] = []
    for items in ([re.sub(r"\([^)]*\)", " ", text)], inner):
        keys: list[str] = []
        for item in items:
            words = [w for w in re.split(r"[^a-z0-9]+", item) if w]
            core = [w for w in words if w not in ORG_STOP_WORDS] or words
            key = " ".join(core)
            key = ORG_ALIASES.get(key, ORG_ALIASES.get(key.replace(" ", ""), key))
            if key and key not in keys:
                keys.append(key)
        parts.append(keys)
    return parts[0], parts[1]


class OrgMatcher:
    """Every live organization by core name (and aliases): an organization is found by its name or an alias only,
    never by resemblance (two research groups with similar names are two organizations).

    An acronym in parentheses ("Carnegie Mellon University (CMU)") finds only an organization of the seed or of a
    person: between organizations catalogs made, whether "CMU" and the university became one would depend on
    which spelling was imported first."""

    def __init__(self, session: Session) -> None:
        self.by_key: dict[str, str] = {}
        self.by_acronym: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.keys_of: dict[str, set[str]] = defaultdict(set)
        self.curated: set[str] = set()
        from sqlalchemy import select

        from db.schema import Alias, Organization

        rows = session.execute(select(Organization.uuid, Organization.name, Organization.author).where(
            Organization.deleted_at.is_(None)).order_by(Organization.created_at, Organization.name)).all()
        for uuid, name, author in rows:
            if not str(author or "").startswith("import:"):
                self.curated.add(uuid)
            self.add(uuid, name)
        for uuid, alias in session.execute(select(Alias.entry_uuid, Alias.name).where(
                Alias.deleted_at.is_(None)).order_by(Alias.name)).all():
            if uuid in self.names:
                self.add(uuid, alias)

    def add(self, uuid: str, name: str) -> None:
        self.names.setdefault(uuid, name)
        main, acronyms = org_key_parts(name)
        for key in main:
            self.by_key.setdefault(key, uuid)
        if uuid in self.curated:
            for key in acronyms:
                self.by_acronym.setdefault(key, uuid)
        self.keys_of[uuid].update(main, acronyms)

    def agree(self, name: str, uuid: str) -> bool:
        """Whether a developer as a catalog names it may be the organization with that UUID: a name or alias in
        common, or one name's words within the other's ("Cerebras" and "Cerebras Systems"). Evidence for matching
        models only: the organizations stay apart."""
        keys_a, keys_b = set(org_keys(name)), self.keys_of.get(uuid, set())
        if keys_a & keys_b:
            return True
        return any(set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split())
                   for x in keys_a for y in keys_b)

    def match(self, name: str | None) -> str | None:
        if not name:
            return None
        main, acronyms = org_key_parts(name)
        for key in main:
            if key in self.by_key:
                return self.by_key[key]
        for key in main:
            if key in self.by_acronym:  # "CMU" names the seed's "Carnegie Mellon University (CMU)"
                return self.by_acronym[key]
        for key in acronyms:  # "Carnegie Mellon University (CMU)" names the seed's "CMU"
            found = self.by_acronym.get(key) or self.by_key.get(key)
            if found in self.curated:
                return found
        return None


def same_org(name: str, names: list[str]) -> bool:
    """Whether an organization name names the same organization as any of `names` (for disagreement checks)."""
    keys = set(org_keys(name))
    return bool(keys & {key for n in names for key in org_keys(n)})
