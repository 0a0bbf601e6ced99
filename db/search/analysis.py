"""Text analysis shared by indexing, querying and highlighting: tokens, stems, prefix grams, common-word pairs.

Engine-neutral: the stemmer is passed in (the engine module supplies Whoosh's Porter stemmer). Built for
throughput, since a full rebuild analyzes ~20 million words in pure Python: ASCII text is tokenized with one
`bytes.translate` + `split` (terms come out as the UTF-8 bytes the index stores), per-document counting uses
`Counter` (C), and stems and hashes are memoized per distinct word.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from db.search.text import content_text

TOKEN = re.compile(r"[^\W_]+")
"""Letters and digits; everything else (punctuation, underscores, hyphens) separates words."""

STOPWORDS: frozenset[bytes] = frozenset(b"""
a about above after again against all am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers
herself him himself his how i if in into is it its itself just me more most my myself no nor not of off on once
only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves
""".split())
"""Words that carry no meaning alone: not indexed as words (phrases still see them through pairs and hashes)."""

GRAM = 3
"""Prefix length indexed as a term of its own, so that `lic*` reads one posting list, not hundreds."""
PHRASE_SEPARATOR = 0xFFFF
"""Forward-index value between title, body and tags, so that a phrase never spans two fields."""
MAX_TOKEN_CHARS = 64

_ASCII_TABLE = bytes(
    (c + 32 if 65 <= c <= 90 else c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else 32
    for c in range(256)
)
_first_gram = itemgetter(slice(0, GRAM))


def fold(text: str) -> str:
    """Lower-case and strip accents (données -> donnees); non-Latin scripts are kept as they are."""
    text = text.lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    """Folded words of a text (as strings: for queries and highlighting)."""
    return [t for t in TOKEN.findall(fold(text)) if len(t) <= MAX_TOKEN_CHARS]


def byte_tokens(text: str) -> list[bytes]:
    """Folded words of a text as UTF-8 terms; the same words as `tokens`, much faster for ASCII text."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_TABLE).split()
    return [t.encode("utf-8") for t in tokens(text)]


class _Memo(dict[bytes, Any]):
    """A memo of a one-argument function of a term (the vocabulary is small next to the text)."""

    def __init__(self, function: Callable[[bytes], object]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, key: bytes) -> object:
        if len(self) > 500_000:
            self.clear()
        value = self[key] = self.function(key)
        return value


def hash16(term: bytes) -> int:
    """A 16-bit token hash for the forward index (a two-word phrase is a 32-bit pattern: false hits ~1e-8)."""
    return zlib.crc32(term) % PHRASE_SEPARATOR


@dataclass
class AnalyzedDocument:
    """The terms of one document per index field (term -> frequency), lengths and its forward index."""

    terms: dict[str, Counter[bytes]] = field(default_factory=dict)
    title_length: int = 0
    body_length: int = 0
    forward: bytes = b""


class Analyzer:
    """Turns text into index terms, and query words into the same terms."""

    def __init__(self, stem: Callable[[str], str], common: Iterable[str] = ()) -> None:
        self._stems = _Memo(lambda term: stem(term.decode("utf-8", "replace")).encode("utf-8"))
        self._hashes = _Memo(hash16)
        self.common_words = sorted(set(common))
        self.common: frozenset[bytes] = frozenset(w.encode("utf-8") for w in self.common_words) | STOPWORDS

    def stem_bytes(self, term: bytes) -> bytes:
        return self._stems[term]

    def hash(self, term: bytes) -> int:
        return self._hashes[term]

    def analyze(self, title: str, body: str, tags: Iterable[str], fields: dict[str, list[str]],
                kind: str | None = None) -> AnalyzedDocument:
        """Index terms for the text fields and the filter fields of one document.

        The labels the documents put before values ("Openness: …") are left out: they are not content."""
        title_tokens = byte_tokens(title)
        body_tokens = byte_tokens(content_text(body, kind))
        tag_tokens = byte_tokens(" ; ".join(tags)) if tags else []
        doc = AnalyzedDocument()
        titles = Counter(title_tokens)
        words = Counter(body_tokens)
        words.update(title_tokens)
        if tag_tokens:
            words.update(tag_tokens)
        for stopword in STOPWORDS.intersection(words):
            del words[stopword]
        for stopword in STOPWORDS.intersection(titles):
            del titles[stopword]
        doc.terms["title"] = titles
        doc.terms["word"] = words
        doc.terms["gram"] = Counter(map(_first_gram, [w for w in words if len(w) >= GRAM]))
        common = self.common
        pairs: list[bytes] = []
        for sequence in (title_tokens, body_tokens):
            pairs += [a + b" " + b for a, b in itertools.pairwise(sequence) if a in common and b in common]
        doc.terms["pair"] = Counter(pairs)
        hashes = self._hashes.__getitem__
        forward = array("H", map(hashes, title_tokens))
        forward.append(PHRASE_SEPARATOR)
        forward.extend(map(hashes, body_tokens))
        if tag_tokens:
            forward.append(PHRASE_SEPARATOR)
            forward.extend(map(hashes, tag_tokens))
        doc.forward = forward.tobytes()
        doc.title_length = sum(titles.values())
        doc.body_length = sum(words.values())
        if tags:
            doc.terms["tag"] = Counter({t: 1 for tag in tags for t in byte_tokens(tag)})
        for name, values in fields.items():
            if values:
                doc.terms[name] = Counter({t: 1 for value in values for t in byte_tokens(value)})
        if kind:
            doc.terms["kind"] = Counter({kind.encode("utf-8"): 1})  # one term: policy_note stays whole
        return doc

    def phrase_pattern(self, terms: list[bytes]) -> bytes:
        """The forward-index bytes a phrase of these terms must contain."""
        return array("H", (self.hash(t) for t in terms)).tobytes()


def contains_pattern(forward: bytes, pattern: bytes) -> bool:
    """Whether the 16-bit-aligned token sequence `pattern` occurs in a document's forward index."""
    start = forward.find(pattern)
    while start >= 0:
        if start % 2 == 0:
            return True
        start = forward.find(pattern, start + 1)
    return False


def common_words(token_lists: Iterable[Iterable[bytes]], how_many: int = 256) -> list[str]:
    """The words found in most documents of a sample (they get word-pair terms, for fast phrases)."""
    frequency: Counter[bytes] = Counter()
    for words in token_lists:
        frequency.update(set(words))
    return [word.decode("utf-8", "replace") for word, _n in frequency.most_common(how_many)]
