"""The search language: structure of parsed queries, forgiveness, and random strings (property tests)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.search.query import MAX_QUERY_CHARS, Range, describe, parse
from db.search.service import SearchService


@pytest.mark.parametrize(("text", "tree"), [
    ("llama license", "(llama AND license)"),
    ('"acceptable use" llama', '("acceptable use" AND llama)'),
    ("a b OR c", "(a AND (b OR c))"),
    ("a OR b OR c", "(a OR b OR c)"),
    ("(a OR b) c", "((a OR b) AND c)"),
    ("-foo bar", "(NOT foo AND bar)"),
    ("NOT foo", "(ALL AND NOT foo)"),
    ("tag:eu-ai-act", "tag:eu-ai-act"),
    ('license:"llama community"', 'license:"llama community"'),
    ("kind:models", "kind:model!"),
    ("kind:policy-note", "kind:policy_note!"),
    ("tag:(eu OR us)", "(tag:eu OR tag:us)"),
    ("lic*", "lic*"),
    ("mistral~", "mistral~2"),
    ("gpt~", "gpt~1"),
    ("word~1", "word~1"),
    ('"open"', "open!"),
])
def test_structure(text: str, tree: str) -> None:
    parsed = parse(text)
    assert describe(parsed.root) == tree
    assert parsed.ignored == []


def test_last_word_is_a_prefix_while_typing() -> None:
    assert describe(parse("open weig", as_you_type=True).root) == "(open AND weig*)"
    assert describe(parse("open weig ", as_you_type=True).root) == "(open AND weig)"
    assert describe(parse("open weig").root) == "(open AND weig)"


def test_ranges_on_dates_and_numbers() -> None:
    released = parse("released:2023..2024").root
    assert released == Range("released", date(2023, 1, 1).toordinal(), date(2024, 12, 31).toordinal())
    params = parse("params:>70e9").root
    assert isinstance(params, Range) and params.low is not None and params.low > 70e9 and params.high is None
    assert parse("params:7B..70B").root == Range("params", 7e9, 70e9)
    month = parse("created:2024-02").root
    assert month == Range("created", date(2024, 2, 1).toordinal(), date(2024, 2, 29).toordinal())


@pytest.mark.parametrize(("text", "expected_ignored"), [
    ('"unclosed phrase', "unclosed quote"),
    ("(a b", "missing ')'"),
    ("a) b", "unmatched ')'"),
    ("a OR", "lone operator 'OR'"),
    ("OR", "lone operator 'OR'"),
    ("NOT", "lone operator 'NOT'"),
    ("foo:bar", "unknown field 'foo'"),
    ("released:someday", "released:someday"),
    ("kind:unicorn", "kind:unicorn"),
    ("a\x00b\x07", "control characters"),
    ("x" * 10_000, f"first {MAX_QUERY_CHARS} characters"),
])
def test_malformed_queries_say_what_was_ignored(text: str, expected_ignored: str) -> None:
    parsed = parse(text)
    assert any(expected_ignored in item for item in parsed.ignored), parsed.ignored


def test_unknown_field_is_searched_as_words() -> None:
    assert describe(parse("foo:bar").root) == "foo bar"


def test_too_many_terms_are_cut() -> None:
    parsed = parse(" ".join(f"w{i}" for i in range(100)))
    assert parsed.ignored and "first 64 terms" in parsed.ignored[0]


QUERY_ALPHABET = st.sampled_from(list('abc xyz "()-*~:OR AND NOT tag:kind:released:..> 1 2 é\x00\t'))
queries = st.one_of(st.text(max_size=80), st.text(QUERY_ALPHABET, max_size=60).map(lambda s: s.replace(" ", " ")),
                    st.lists(st.sampled_from(['"', "(", ")", "OR", "NOT", "-", "tag:", "kind:x", "a*", "b~",
                                              "params:>1", "released:2020..", "llama", "*", "~", ":"]),
                             max_size=12).map(" ".join))


@given(queries, st.booleans())
@settings(max_examples=250, deadline=None)
def test_parser_never_raises(text: str, as_you_type: bool) -> None:
    parsed = parse(text, as_you_type=as_you_type)
    assert isinstance(parsed.ignored, list)
    describe(parsed.root)


@given(queries)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_searcher_never_raises(service: SearchService, text: str) -> None:
    result = service.search(text, as_you_type=len(text) % 2 == 0)
    assert result.total >= len(result.hits)
    assert set(result.facets) == {"kind", "openness", "jurisdiction", "tag"}
