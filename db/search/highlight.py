"""Snippets: a short window of the field where the query matched, matched words wrapped in « and ».

The plain-text snippet is the contract (CLI JSON, GUI): « opens and » closes a match; any « or » in the entry's
own text is shown as “ and ” so the markers stay unambiguous. `to_html` and `to_ansi` render it. Bodies are
Markdown: a snippet shows what a reader sees (`**x**` → x, `[text](url)` → text, no `##` or list marks), and
matches are looked for in that plain text, so a word inside a link's address is never what a snippet shows.

Matching looks for the indexed words the query matched (stem variants, typo corrections), its prefixes and its
phrases in the lower-cased text with `str.find`, so a page of snippets costs a few C-level scans.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from db.search.analysis import fold

OPEN = "«"
CLOSE = "»"
WINDOW_CHARS = 180
LEAD_CHARS = 40
"""Context kept before the first match of the window."""
MAX_SCAN_CHARS = 100_000

# Markdown marks, removed in this order (block marks, table pipes, inline marks; each keeps the words it wraps).
# Every pattern starts with a literal (a line's "\n", or the mark itself) so that `re` finds candidates by a
# fast scan: a leading `^` under re.M or a leading look-behind would be tried at every character (~15 ms/100 KB).
_BLOCK_MARKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\n[ \t]*(?:```|~~~)[^\n]*"), "\n"),  # code fences
    (re.compile(r"\n[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?(?=\n)"), "\n"),  # table rules
    (re.compile(r"\n[ \t]{0,3}(?:[-*_][ \t]*){3,}(?=\n)"), "\n"),  # thematic breaks
    (re.compile(r"\n[ \t]{0,3}(?:#{1,6}(?=[ \t\n])|(?:>[ \t]?)+|[-*+](?=[ \t])(?:[ \t]+\[[ xX]\](?=[ \t]))?)"),
     "\n"),  # heading hashes, quote marks, bullets and task boxes
)
_TABLE_ROW = re.compile(r"\n[ \t]*\|[^\n]*\|[ \t]*(?=\n)")
_TABLE_CELL = re.compile(r"[ \t]*(?<!\\)\|[ \t]*")
_SPAN = r"(?:[^\n]|\n(?![ \t]*\n))+?"
"""What emphasis may wrap: a stretch of text that may go over a line break inside its paragraph, never past it."""
_INLINE_MARKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # images: their alt text
    (re.compile(r"\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+\"[^\"\n]*\")?\)"), r"\1"),  # links
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),  # reference links
    (re.compile(r"<((?:https?|mailto|atlas):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    (re.compile(rf"\*\*(?<![\w*]\*\*)(?=\S)({_SPAN})(?<=\S)\*\*(?!\*)"), r"\1"),  # strong
    (re.compile(rf"__(?<!\w__)(?=\S)({_SPAN})(?<=\S)__(?!\w)"), r"\1"),
    (re.compile(rf"\*(?<![\w*\\]\*)(?=[^\s*])({_SPAN})(?<=[^\s*\\])\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(rf"_(?<![\w\\]_)(?=[^\s_])({_SPAN})(?<=[^\s_\\])_(?!\w)"), r"\1"),  # (never inside snake_case)
    (re.compile(rf"~~(?=\S)({_SPAN})(?<=\S)~~"), r"\1"),  # strikethrough
    (re.compile(r"\\([!-/:-@\[-`{-~])"), r"\1"),  # backslash escapes
)
_MARKS = ("*", "_", "#", "`", ">", "|", "~", "[", "\\", "- ", "+ ")


@dataclass
class Highlights:
    """What a snippet marks: indexed words, prefixes and phrases (folded UTF-8 terms, as the index has them)."""

    words: set[bytes] = field(default_factory=set)
    prefixes: set[bytes] = field(default_factory=set)
    phrases: list[list[bytes]] = field(default_factory=list)

    def matcher(self) -> Matcher | None:
        if not (self.words or self.prefixes or self.phrases):
            return None
        return Matcher(self)


class Matcher:
    """Finds the marked stretches of a text: `str.find` per literal word (C speed) plus boundary checks.

    A regular expression alternation of the same words costs ~100 µs per kilobyte in Python's engine.
    """

    def __init__(self, highlights: Highlights) -> None:
        decode = lambda term: term.decode("utf-8", "replace")  # noqa: E731 - a local shorthand
        self.words = sorted({decode(w) for w in highlights.words}, key=len, reverse=True)
        self.prefixes = sorted({decode(p) for p in highlights.prefixes}, key=len, reverse=True)
        self.phrases = [(decode(phrase[0]), re.compile(r"[\W_]+".join(re.escape(decode(t)) for t in phrase)
                                                      + r"(?![^\W_])"))
                        for phrase in highlights.phrases if phrase]

    def spans(self, text: str) -> list[tuple[int, int]]:
        low = _searchable(text[:MAX_SCAN_CHARS])
        size = len(low)
        found: list[tuple[int, int]] = []
        for first, pattern in self.phrases:
            i = low.find(first)
            while i >= 0:
                match = pattern.match(low, i) if (i == 0 or not low[i - 1].isalnum()) else None
                if match:
                    found.append(match.span())
                i = low.find(first, i + 1)
        for word in self.words:
            i = low.find(word)
            while i >= 0:
                j = i + len(word)
                if (i == 0 or not low[i - 1].isalnum()) and (j == size or not low[j].isalnum()):
                    found.append((i, j))
                i = low.find(word, j)
        for prefix in self.prefixes:
            i = low.find(prefix)
            while i >= 0:
                if i == 0 or not low[i - 1].isalnum():
                    j = _WORD_TAIL.match(low, i + len(prefix)).end()  # type: ignore[union-attr]
                    found.append((i, j))
                    i = low.find(prefix, j)
                else:
                    i = low.find(prefix, i + 1)
        return _outermost(found)


_WORD_TAIL = re.compile(r"[^\W_]*")


def _searchable(text: str) -> str:
    """The text folded like the index folds words, when that keeps every position in place."""
    low = text.lower()
    if low.isascii():
        return low
    folded = fold(text)
    return folded if len(folded) == len(text) else low if len(low) == len(text) else text


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, with stretches inside another (a word inside a matched phrase) dropped."""
    result: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if result and start < result[-1][1]:
            continue
        result.append((start, end))
    return result


def _spans(text: str, matcher: Matcher | None) -> list[tuple[int, int]]:
    return matcher.spans(text) if matcher is not None and text else []


def _render(text: str, spans: Iterable[tuple[int, int]], start: int, end: int) -> str:
    pieces: list[str] = []
    position = start
    for a, b in spans:
        if a < start or b > end:
            continue
        pieces += (text[position:a], OPEN, text[a:b], CLOSE)
        position = b
    pieces.append(text[position:end])
    return " ".join("".join(pieces).split())


def _clean(text: str) -> str:
    return text.replace(OPEN, "“").replace(CLOSE, "”")


def _window(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The stretch of about WINDOW_CHARS holding the most distinct matched words, cut at spaces."""
    best_start, best_score = spans[0][0], -1
    for i, (first, _) in enumerate(spans):
        seen = {text[a:b].lower() for a, b in spans[i:] if a < first + WINDOW_CHARS - LEAD_CHARS}
        if len(seen) > best_score:
            best_start, best_score = first, len(seen)
    start = max(best_start - LEAD_CHARS, 0)
    if start > 0:
        space = text.find(" ", start, best_start)
        start = space + 1 if space >= 0 else start
    end = min(start + WINDOW_CHARS, len(text))
    last_match_end = max((b for a, b in spans if a < end), default=end)
    end = max(end, min(last_match_end, len(text)))
    if end < len(text):
        space = text.rfind(" ", last_match_end if last_match_end < end else start, end)
        end = space if space > start else end
    return start, end


def markdown_to_plain(text: str) -> str:
    """What a reader sees of Markdown text: its words without marks, link addresses or heading hashes."""
    if not any(mark in text for mark in _MARKS):
        return text
    text = f"\n{text}\n"  # every line, the first and the last too, between two "\n"
    for pattern, replacement in _BLOCK_MARKS:
        text = pattern.sub(replacement, text)
    text = _TABLE_ROW.sub(lambda row: "\n" + _TABLE_CELL.sub(" · ", row.group(0).strip().strip("|")), text)
    for pattern, replacement in _INLINE_MARKS:
        text = pattern.sub(replacement, text)
    return text[1:-1]


def snippet(title: str, body: str, matcher: Matcher | None) -> str:
    """The best window of the body when the body matched, else the title when it matched, else the body's start."""
    # Only the part a match is looked for in is rewritten; the rest only tells whether the window ends early.
    body = _clean(markdown_to_plain(body[:MAX_SCAN_CHARS]) + body[MAX_SCAN_CHARS:])
    spans = _spans(body, matcher)
    if spans:
        start, end = _window(body, spans)
        text = _render(body, spans, start, end)
        return ("… " if start > 0 else "") + text + (" …" if end < len(body.rstrip()) else "")
    title = _clean(title)
    title_spans = _spans(title, matcher)
    if title_spans:
        return _render(title, title_spans, 0, len(title))
    if not body.strip():
        return " ".join(title.split())
    end = min(WINDOW_CHARS, len(body))
    if end < len(body):
        space = body.rfind(" ", 0, end)
        end = space if space > 0 else end
    return _render(body, [], 0, end) + (" …" if end < len(body.rstrip()) else "")


def to_html(text: str) -> str:
    """Escaped HTML with matches in <b>."""
    return html.escape(text).replace(OPEN, "<b>").replace(CLOSE, "</b>")


def to_ansi(text: str) -> str:
    """Terminal text with matches in bold."""
    return text.replace(OPEN, "\x1b[1m").replace(CLOSE, "\x1b[0m")


def to_plain(text: str) -> str:
    """The snippet without markers."""
    return text.replace(OPEN, "").replace(CLOSE, "")
