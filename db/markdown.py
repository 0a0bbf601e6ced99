"""Markdown to inert HTML: no raw HTML, no scripts, no remote images, no file: links."""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import urlparse

from markdown_it import MarkdownIt
from markdown_it.token import Token

SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto", "atlas"})
"""Links a reader may follow; `atlas:` links navigate inside the app."""


def _safe_href(href: str) -> str | None:
    scheme = urlparse(href.strip()).scheme.lower()
    if scheme in SAFE_LINK_SCHEMES:
        return href.strip()
    return None  # file:, javascript:, data:, relative paths: shown as text, never followed


def _render_image(_renderer: Any, tokens: list[Token], idx: int, _options: Any, _env: Any) -> str:
    token = tokens[idx]
    alt = "".join(child.content for child in token.children or [])
    src = str(token.attrGet("src") or "")
    # Images are never fetched: an offline, private knowledge base must not call out to trackers.
    return f'<span class="image-placeholder">[image: {html.escape(alt or src)}]</span>'


def _build() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")
    md.validateLink = lambda url: _safe_href(url) is not None  # type: ignore[method-assign]
    md.add_render_rule("image", _render_image)
    return md


_MD = _build()


def render_markdown(text: str, max_chars: int = 2_000_000) -> str:
    """HTML for display; text past `max_chars` is cut with a visible marker rather than freezing the view."""
    if not text:
        return ""
    cut = len(text) > max_chars
    body = _MD.render(text[:max_chars] if cut else text)
    if cut:
        body += f"<p><i>… {len(text) - max_chars:,} more characters not shown</i></p>"
    return body
