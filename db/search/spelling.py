"""Typo tolerance: words of the index within a small edit distance of a word (for `word~` and "did you mean")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class _Words(Protocol):
    def words_starting(self, letter: str) -> list[tuple[bytes, int]]: ...

    def doc_frequency(self, field: str, term: bytes) -> int: ...


def distance(a: bytes, b: bytes, limit: int) -> int:
    """Optimal-string-alignment distance (a swap of two neighbours is one edit); limit+1 once it exceeds limit."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        row_min = i
        ca = a[i - 1]
        for j in range(1, len(b) + 1):
            cb = b[j - 1]
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            row_min = min(row_min, value)
        if row_min > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[len(b)]


def letter_mask(word: bytes) -> int:
    """A 64-bit set of the word's letters: one edit changes it by at most two bits, so most words that are
    too far apart are rejected by one XOR and a bit count before any edit distance is computed."""
    mask = 0
    for byte in set(word):
        mask |= 1 << (byte & 63)
    return mask


def corrections(term: bytes, segment: _Words, max_distance: int) -> list[tuple[bytes, int]]:
    """Indexed words within `max_distance` edits of `term` that share its first letter (typos rarely hit it)."""
    if not term:
        return []
    limit = 1 if len(term) <= 4 else max_distance
    mask = letter_mask(term)
    size = len(term)
    found: list[tuple[bytes, int]] = []
    for word, word_mask in segment.words_starting(term[:1].decode("latin-1")):
        if abs(len(word) - size) > limit or (mask ^ word_mask).bit_count() > 2 * limit or word == term:
            continue
        d = distance(term, word, limit)
        if d <= limit:
            found.append((word, d))
    return found


def best_correction(term: bytes, segments: Sequence[_Words], max_distance: int = 2) -> bytes | None:
    """The closest, then most frequent, indexed word for a word that is not in the index."""
    scored: dict[bytes, tuple[int, int]] = {}
    for segment in segments:
        for word, d in corrections(term, segment, max_distance):
            df = segment.doc_frequency("word", word)
            best_d, total = scored.get(word, (d, 0))
            scored[word] = (min(best_d, d), total + df)
    if not scored:
        return None
    return min(scored.items(), key=lambda item: (item[1][0], -item[1][1], item[0]))[0]
