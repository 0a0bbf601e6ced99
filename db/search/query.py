"""The search language: one forgiving parser from query text to an engine-neutral tree plus what it ignored.

Grammar (README "Search"): words (all must match), "exact phrases", OR (binds tighter than the implicit AND),
NOT / -word, parentheses, field:value, field:"phrase", field:(a OR b), ranges (released:2023..2024,
params:>70e9), prefix*, fuzzy~ / fuzzy~2. Nothing here ever raises: what cannot be understood is dropped and
described in `ParsedQuery.ignored`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from datetime import date

from db.values import parse_date, parse_number

MAX_QUERY_CHARS = 1000
"""Longer queries are cut (a pasted page is not a question)."""
MAX_CLAUSES = 64
"""More leaves than this are dropped: each costs a posting-list read."""

TEXT_FIELDS: dict[str, str] = {
    "kind": "kind", "type": "kind",
    "tag": "tag", "tags": "tag",
    "license": "license", "lic": "license",
    "jurisdiction": "jurisdiction", "juris": "jurisdiction",
    "openness": "openness", "grade": "openness",
    "org": "org", "organization": "org", "developer": "org", "dev": "org",
    "author": "author", "by": "author", "evaluator": "author",
    "status": "status", "verdict": "verdict",
    "title": "title",
    "base": "base", "base_model": "base", "derived_from": "base",
}
"""Field names (and aliases) whose values are matched as words within that field."""

DATE_FIELDS: dict[str, str] = {
    "released": "released", "release": "released",
    "created": "created", "modified": "modified", "date": "date",
}
NUMBER_FIELDS: dict[str, str] = {
    "params": "params", "parameters": "params",
    "compute": "compute", "flop": "compute",
    "context": "context", "mof": "mof",
}

KIND_ALIASES: dict[str, str] = {
    "model": "model", "models": "model",
    "organization": "organization", "organizations": "organization", "org": "organization", "orgs": "organization",
    "organisation": "organization", "developer": "organization",
    "license": "license", "licenses": "license", "licence": "license",
    "policy": "policy_note", "policy_note": "policy_note", "policy-note": "policy_note", "policy_notes": "policy_note",
    "policy-notes": "policy_note", "policynote": "policy_note", "policy note": "policy_note",
    "note": "note", "notes": "note",
    "evaluation": "evaluation", "evaluations": "evaluation", "eval": "evaluation",
    "source": "source", "sources": "source",
    "tag": "tag", "tags": "tag",
    "saved_search": "saved_search", "saved-search": "saved_search", "saved": "saved_search", "search": "saved_search",
    "saved search": "saved_search", "saved-searches": "saved_search",
}


# ---- the tree ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """One word as typed; the engine analyzes it (it may split into several tokens and then acts as a phrase)."""

    text: str
    field: str | None = None
    prefix: bool = False
    fuzzy: int = 0
    exact: bool = False  # a quoted single word: no stemming
    span: tuple[int, int] | None = dataclass_field(default=None, compare=False)


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    field: str | None = None


@dataclass(frozen=True)
class Range:
    """A closed or half-open interval on a number or date field (dates are proleptic ordinals)."""

    field: str
    low: float | None
    high: float | None


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class All:
    """Every document (what a query of only negations subtracts from)."""


Node = Word | Phrase | Range | And | Or | Not | All


@dataclass
class ParsedQuery:
    root: Node | None
    ignored: list[str]
    text: str
    """The cleaned text the spans refer to."""

    def words(self) -> list[Word]:
        """Every positive, unfielded plain word (the ones a spelling suggestion may replace)."""
        found: list[Word] = []

        def walk(node: Node | None, negated: bool) -> None:
            if isinstance(node, Word) and not negated and node.field is None and not node.exact:
                found.append(node)
            elif isinstance(node, And | Or):
                for child in node.children:
                    walk(child, negated)
            elif isinstance(node, Not):
                walk(node.child, not negated)

        walk(self.root, False)
        return found


# ---- lexing ------------------------------------------------------------------------------------------


@dataclass
class _Tok:
    kind: str  # word | phrase | lparen | rparen | or | and | not | neg
    text: str
    start: int
    end: int
    fieldname: str | None = None  # "name" of a name:value token whose value follows as phrase or group
    closed: bool = True


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "＂": '"'})


def clean(text: str, ignored: list[str]) -> str:
    """Normalize the raw text: strip control characters, unify quotes and whitespace, cap the length."""
    text = unicodedata.normalize("NFC", text)
    if _CONTROL.search(text):
        ignored.append("control characters")
        text = _CONTROL.sub(" ", text)
    text = text.translate(_QUOTES).replace("\t", " ").replace("\n", " ").replace("\r", " ")
    if len(text) > MAX_QUERY_CHARS:
        ignored.append(f"everything after the first {MAX_QUERY_CHARS} characters")
        text = text[:MAX_QUERY_CHARS]
    return text


def _lex(text: str, ignored: list[str]) -> list[_Tok]:
    tokens: list[_Tok] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if c == "(":
            tokens.append(_Tok("lparen", c, i, i + 1))
            i += 1
            continue
        if c == ")":
            tokens.append(_Tok("rparen", c, i, i + 1))
            i += 1
            continue
        if c == '"':
            close = text.find('"', i + 1)
            if close < 0:
                ignored.append("an unclosed quote (the phrase runs to the end)")
                tokens.append(_Tok("phrase", text[i + 1:], i + 1, n, closed=False))
                i = n
            else:
                tokens.append(_Tok("phrase", text[i + 1:close], i + 1, close))
                i = close + 1
            continue
        if c == "-" and i + 1 < n and not text[i + 1].isspace() and (i == 0 or text[i - 1].isspace()
                                                                     or text[i - 1] == "("):
            tokens.append(_Tok("neg", c, i, i + 1))
            i += 1
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] not in '()"':
            j += 1
        word = text[i:j]
        if word in ("OR", "|", "||"):
            tokens.append(_Tok("or", word, i, j))
        elif word in ("AND", "&&", "&", "+"):
            tokens.append(_Tok("and", word, i, j))
        elif word == "NOT":
            tokens.append(_Tok("not", word, i, j))
        else:
            name, colon, rest = word.partition(":")
            if colon and not rest and name and j < n and text[j] in '"(':
                tokens.append(_Tok("field", name, i, j, fieldname=name))
            else:
                tokens.append(_Tok("word", word, i, j))
        i = j
    return tokens


# ---- parsing -----------------------------------------------------------------------------------------


class _Parser:
    def __init__(self, text: str, tokens: list[_Tok], ignored: list[str], as_you_type: bool) -> None:
        self.text = text
        self.tokens = tokens
        self.pos = 0
        self.ignored = ignored
        self.as_you_type = as_you_type
        self.leaves = 0

    def peek(self) -> _Tok | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Tok:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def parse(self) -> Node | None:
        items: list[Node] = []
        while self.peek() is not None:
            node = self.and_expr(depth=0)
            if node is not None:
                items.append(node)
            tok = self.peek()
            if tok is not None and tok.kind == "rparen":
                self.take()
                self.ignored.append("an unmatched ')'")
        return _and(items)

    def and_expr(self, depth: int) -> Node | None:
        items: list[Node] = []
        while True:
            tok = self.peek()
            if tok is None or tok.kind == "rparen":
                break
            if tok.kind == "and":
                self.take()
                if not items or self.peek() is None or self.peek().kind == "rparen":  # type: ignore[union-attr]
                    self.ignored.append(f"a lone operator {tok.text!r}")
                continue
            node = self.or_expr(depth)
            if node is not None:
                items.append(node)
        return _and(items)

    def or_expr(self, depth: int) -> Node | None:
        first = self.unary(depth)
        options = [first] if first is not None else []
        while True:
            tok = self.peek()
            if tok is None or tok.kind != "or":
                break
            self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind in ("rparen", "or", "and") or not options:
                self.ignored.append("a lone operator 'OR'")
                continue
            node = self.unary(depth)
            if node is not None:
                options.append(node)
        if not options:
            return None
        return options[0] if len(options) == 1 else Or(tuple(options))

    def unary(self, depth: int) -> Node | None:
        tok = self.peek()
        if tok is None:
            return None
        if tok.kind in ("not", "neg"):
            self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind in ("rparen", "or", "and"):
                self.ignored.append(f"a lone operator {tok.text!r}")
                return None
            child = self.unary(depth)
            return Not(child) if child is not None else None
        return self.atom(depth)

    def atom(self, depth: int) -> Node | None:
        tok = self.take()
        if tok.kind == "lparen":
            return self.group(depth)
        if tok.kind == "phrase":
            return self.phrase(tok.text, None, tok)
        if tok.kind == "field":
            return self.fielded_group_or_phrase(tok, depth)
        if tok.kind in ("or", "and"):
            self.ignored.append(f"a lone operator {tok.text!r}")
            return None
        if tok.kind == "rparen":  # pragma: no cover - callers stop at ')'
            return None
        return self.word(tok)

    def group(self, depth: int) -> Node | None:
        if depth >= 16:
            self.ignored.append("parentheses nested too deep")
        node = self.and_expr(depth + 1)
        tok = self.peek()
        if tok is not None and tok.kind == "rparen":
            self.take()
        else:
            self.ignored.append("a missing ')'")
        if node is None:
            self.ignored.append("empty parentheses")
        return node

    def fielded_group_or_phrase(self, tok: _Tok, depth: int) -> Node | None:
        name = _field_name(tok.fieldname or "")
        nxt = self.peek()
        if nxt is None:  # pragma: no cover - the lexer only makes a field token before '"' or '('
            return None
        if name is None or name in DATE_FIELDS.values() or name in NUMBER_FIELDS.values():
            self.ignored.append(f"unknown field {tok.fieldname!r}:" if name is None
                                else f"{tok.fieldname}: needs a value like {tok.fieldname}:2023..2024")
            if nxt.kind == "phrase":
                return self.phrase(self.take().text, None, nxt)
            self.take()
            return self.group(depth)
        if nxt.kind == "phrase":
            self.take()
            return self.phrase(nxt.text, name, nxt)
        self.take()
        inner = self.group(depth)
        return _with_field(inner, name) if inner is not None else None

    def phrase(self, text: str, fieldname: str | None, tok: _Tok) -> Node | None:
        words = tuple(w for w in _phrase_words(text) if w)
        if not words:
            if text.strip():
                self.ignored.append(f'"{text.strip()}" (no searchable characters)')
            elif tok.closed:
                self.ignored.append('empty quotes ""')
            return None
        if not self.count_leaf(f'"{text}"'):
            return None
        if fieldname == "kind":
            return self.kind_value(" ".join(words))
        if len(words) == 1:
            return Word(words[0], fieldname, exact=fieldname is None)
        return Phrase(words, fieldname)

    def word(self, tok: _Tok) -> Node | None:
        raw = tok.text
        name, colon, value = raw.partition(":")
        if colon and name and not value.startswith("//"):
            canonical = _field_name(name)
            if canonical is None:
                if name.isalpha() and value:
                    self.ignored.append(f"unknown field {name!r}: (searched as words)")
                    return self.plain(f"{name} {value}", tok)
                return self.plain(raw, tok)
            if not value:
                self.ignored.append(f"{raw!r} (a field with no value)")
                return None
            if canonical in DATE_FIELDS.values() or canonical in NUMBER_FIELDS.values():
                return self.range(canonical, name, value)
            if canonical == "kind":
                return self.kind_value(value)
            return self.plain(value, tok, canonical, value_offset=len(name) + 1)
        return self.plain(raw, tok)

    def plain(self, raw: str, tok: _Tok, fieldname: str | None = None, value_offset: int = 0) -> Node | None:
        prefix = False
        fuzzy = 0
        text = raw
        if text.endswith("*"):
            prefix = True
            text = text.rstrip("*")
        fuzzy_match = re.search(r"~(\d*)$", text)
        if fuzzy_match:
            digits = fuzzy_match.group(1)
            fuzzy = min(int(digits[:2]), 2) if digits else -1  # -1: choose by length
            if digits and int(digits[:2]) > 2:
                self.ignored.append(f"{raw!r}: at most 2 typos are allowed (~2 used)")
            text = text[:fuzzy_match.start()]
            if prefix:
                self.ignored.append(f"{raw!r}: '*' and '~' do not combine ('*' dropped)")
                prefix = False
        if "*" in text or "?" in text:
            self.ignored.append(f"{raw!r}: wildcards only work at the end of a word")
            text = text.replace("*", "").replace("?", "")
        if not any(ch.isalnum() for ch in text):
            if raw.strip("*~?") or raw in ("*", "~"):
                self.ignored.append(f"{raw!r} (no searchable characters)")
            return None
        if fuzzy == -1:
            fuzzy = 1 if len(text) <= 5 else 2
        if not self.count_leaf(raw):
            return None
        if not prefix and not fuzzy and self.as_you_type and tok is self.tokens[-1] and tok.end == len(self.text):
            prefix = True  # the unfinished last word of a query being typed
        start = tok.start + value_offset
        return Word(text, fieldname, prefix=prefix, fuzzy=fuzzy, span=(start, start + len(text)))

    def kind_value(self, value: str) -> Node | None:
        key = " ".join(value.lower().replace("_", " ").split())
        kind = KIND_ALIASES.get(key) or KIND_ALIASES.get(key.replace(" ", "_")) or KIND_ALIASES.get(key.rstrip("s"))
        if kind is None:
            self.ignored.append(f"kind:{value} (not a kind; use model, organization, license, policy_note, note, "
                                "evaluation, source, tag or saved_search)")
            return None
        return Word(kind, "kind", exact=True)

    def range(self, fieldname: str, typed: str, value: str) -> Node | None:
        parsed = parse_range(fieldname, value)
        if parsed is None:
            what = "a date like 2023, 2023-06 or 2023-06-30" if fieldname in DATE_FIELDS.values() else \
                "a number like 70e9 or 7B"
            self.ignored.append(f"{typed}:{value} (needs {what}, or a range a..b, >a, <b)")
            return None
        if not self.count_leaf(f"{typed}:{value}"):
            return None
        return parsed

    def count_leaf(self, what: str) -> bool:
        self.leaves += 1
        if self.leaves > MAX_CLAUSES:
            if self.leaves == MAX_CLAUSES + 1:
                self.ignored.append(f"everything after the first {MAX_CLAUSES} terms")
            return False
        return True


def _field_name(name: str) -> str | None:
    key = name.lower()
    return TEXT_FIELDS.get(key) or DATE_FIELDS.get(key) or NUMBER_FIELDS.get(key)


def _phrase_words(text: str) -> list[str]:
    return [w.strip("*") for w in text.split()]


def _and(items: list[Node]) -> Node | None:
    flat: list[Node] = []
    for item in items:
        flat.extend(item.children if isinstance(item, And) else (item,))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else And(tuple(flat))


def _with_field(node: Node, name: str) -> Node:
    """Apply a field to the words and phrases of a group that name no field of their own."""
    if isinstance(node, Word) and node.field is None:
        if name == "kind":
            kind = KIND_ALIASES.get(node.text.lower())
            return Word(kind, "kind", exact=True) if kind else node
        return replace(node, field=name, exact=False)
    if isinstance(node, Phrase) and node.field is None:
        return replace(node, field=name)
    if isinstance(node, And):
        return And(tuple(_with_field(child, name) for child in node.children))
    if isinstance(node, Or):
        return Or(tuple(_with_field(child, name) for child in node.children))
    if isinstance(node, Not):
        return Not(_with_field(node.child, name))
    return node


# ---- ranges ------------------------------------------------------------------------------------------


def _bound(fieldname: str, text: str, upper: bool) -> float:
    """One end of a range; a date's upper end covers its whole period (2024 -> through 2024-12-31)."""
    text = text.strip()
    if fieldname in DATE_FIELDS.values():
        day = parse_date(text)
        if day is None:
            raise ValueError(text)
        if upper:
            day = _period_end(text, day)
        return float(day.toordinal())
    number = parse_number(text)
    if number is None:
        raise ValueError(text)
    return number


def _period_end(text: str, day: date) -> date:
    if re.fullmatch(r"\d{4}", text):
        return date(day.year, 12, 31)
    if re.fullmatch(r"\d{4}-\d{1,2}", text):
        following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    return day


def parse_range(fieldname: str, value: str) -> Range | None:
    """`a..b`, `a..`, `..b`, `>a`, `>=a`, `<b`, `<=b`, or `a` (its whole period for a date)."""
    text = value.strip()
    try:
        if ".." in text:
            low_text, _, high_text = text.partition("..")
            low = _bound(fieldname, low_text, upper=False) if low_text.strip() else None
            high = _bound(fieldname, high_text, upper=True) if high_text.strip() else None
            if low is None and high is None:
                return None
        elif text[:2] in (">=", "<="):
            bound = _bound(fieldname, text[2:], upper=text[0] == "<")
            low, high = (bound, None) if text[0] == ">" else (None, bound)
        elif text[:1] in (">", "<"):
            if fieldname in DATE_FIELDS.values():
                bound = _bound(fieldname, text[1:], upper=text[0] == ">")
                # strictly after a period means after its last day; strictly before means before its first
                low, high = (bound + 1, None) if text[0] == ">" else (None, bound - 1)
            else:
                bound = _bound(fieldname, text[1:], upper=False)
                step = max(abs(bound) * 1e-9, 1e-9)
                low, high = (bound + step, None) if text[0] == ">" else (None, bound - step)
        else:
            low = _bound(fieldname, text, upper=False)
            high = _bound(fieldname, text, upper=True)
    except (ValueError, OverflowError):
        return None
    if low is not None and high is not None and low > high:
        low, high = high, low
    return Range(fieldname, low, high)


# ---- entry point -------------------------------------------------------------------------------------


def parse(text: str, *, as_you_type: bool = False) -> ParsedQuery:
    """Parse a query; never raises. `as_you_type` makes the unfinished last word match as a prefix too."""
    ignored: list[str] = []
    try:
        cleaned = clean(str(text), ignored)
        tokens = _lex(cleaned, ignored)
        root = _Parser(cleaned, tokens, ignored, as_you_type).parse()
    except RecursionError:  # pragma: no cover - depth is bounded by the length cap; kept as a last resort
        return ParsedQuery(None, [*ignored, "the whole query (too deeply nested)"], "")
    return ParsedQuery(_simplify(root), _dedupe(ignored), cleaned)


def _simplify(node: Node | None, in_and: bool = False) -> Node | None:
    """Drop double negations and give a negation something to subtract from (every document)."""
    if node is None:
        return None
    if isinstance(node, Not) and isinstance(node.child, Not):
        return _simplify(node.child.child, in_and)
    if isinstance(node, And):
        children = tuple(c for c in (_simplify(child, True) for child in node.children) if c is not None)
        if children and all(isinstance(c, Not) for c in children):
            children = (All(), *children)
        return _and(list(children))
    if isinstance(node, Or):
        return Or(tuple(c for c in (_simplify(child) for child in node.children) if c is not None))
    if isinstance(node, Not):
        negated = Not(_simplify(node.child) or All())
        return negated if in_and else And((All(), negated))
    return node


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def describe(node: Node | None) -> str:
    """A compact text form of a tree (for tests and debugging)."""
    if node is None:
        return "∅"
    if isinstance(node, Word):
        flags = ("*" if node.prefix else "") + (f"~{node.fuzzy}" if node.fuzzy else "") + ("!" if node.exact else "")
        return f"{node.field + ':' if node.field else ''}{node.text}{flags}"
    if isinstance(node, Phrase):
        return f'{node.field + ":" if node.field else ""}"{" ".join(node.words)}"'
    if isinstance(node, Range):
        return f"{node.field}:[{node.low}..{node.high}]"
    if isinstance(node, And):
        return "(" + " AND ".join(describe(c) for c in node.children) + ")"
    if isinstance(node, Or):
        return "(" + " OR ".join(describe(c) for c in node.children) + ")"
    if isinstance(node, Not):
        return f"NOT {describe(node.child)}"
    return "ALL"
