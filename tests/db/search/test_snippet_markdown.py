"""Snippets show what a reader sees of a Markdown body: no `**`, `##`, list marks or link addresses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.search import highlight
from db.search.service import SearchService
from db.store import Store

NOTE = """## Milestones

- **Llama 3.1 405B (July 2024).** The first *open-weight* model broadly competitive with GPT-4-class
  systems; see [Meta's model card](https://huggingface.co/meta-llama/Llama-3.1-405B) and __the paper__.
- Its license (`LicenseRef-Llama-3.1`) keeps the 700M monthly-user cap.

| Model | Training compute |
|---|---:|
| Llama 3.1 405B | 3.8e25 FLOP |

> Quoted: the model_version field and 10^25 FLOP* stay as written, 5 * 3 too.
"""


@pytest.fixture
def search(empty: Store, tmp_path: Path) -> Iterator[SearchService]:
    empty.create("note", {"name": "Meta and Llama", "body": NOTE})
    service = SearchService(empty, tmp_path / "index")
    service.ensure_fresh()
    yield service
    service.close()


def test_search_snippet_has_no_markdown_and_keeps_highlights(search: SearchService) -> None:
    hit = search.search('"llama 3.1" milestones').hits[0]
    text = hit.snippet_plain()
    for mark in ("**", "##", "](", "[Meta", "`", "__", "|", "- "):
        assert mark not in text, (mark, hit.snippet)
    assert "«Milestones»" in hit.snippet
    assert "«Llama 3.1» 405B (July 2024). The first open-weight model" in hit.snippet
    assert "Meta's model card and the paper" in text
    assert hit.snippet_html().count("<b>") == hit.snippet.count("«") >= 2


def test_a_word_only_in_a_link_address_is_not_what_the_snippet_shows(search: SearchService) -> None:
    hit = search.search("huggingface").hits[0]  # indexed (the stored body keeps the address) but not shown
    assert "huggingface" not in hit.snippet_plain() and "«" not in hit.snippet


def test_table_rows_read_as_cells_and_plain_text_is_left_alone() -> None:
    words = highlight.Highlights(words={b"compute"}).matcher()
    text = highlight.snippet("t", NOTE, words)
    assert "Model · Training «compute»" in text and "---" not in text
    plain = "Keep model_version, 10^25 FLOP* and 5 * 3 * 2 as they are; a_b_c too."
    assert highlight.markdown_to_plain(plain) == plain
    assert highlight.markdown_to_plain("> a *b* \\*c\\* ~~d~~ ![fig](x.png) <https://e.org>") == "a b *c* d fig https://e.org"
    # emphasis may wrap over a line break inside its paragraph (as notes are written), never over a blank line
    assert highlight.markdown_to_plain("and **no open-source\nexemption applies**. Next") == \
        "and no open-source\nexemption applies. Next"
    assert highlight.markdown_to_plain("**a\n\nb** c") == "**a\n\nb** c"
