"""Plan text (Markdown) made safe for documents.

HTML: CommonMark through markdown-it-py with raw HTML disabled (it is shown as text), and links
only to http, https and mailto; any other link (``javascript:``, a placeholder ``#``) is rendered
as its label in a ``<span class="dead-link">``. Markdown: the text is kept, except that raw HTML
is escaped and disallowed links are reduced to their label.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup, escape

ALLOWED_SCHEMES = ("http://", "https://", "mailto:")


def allowed_link(url: str) -> bool:
    return url.strip().lower().startswith(ALLOWED_SCHEMES)


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable("image")  # documents are self-contained: no remote images from plan text
    md.validateLink = lambda url: True  # decided at render time, below

    def link_open(renderer, tokens, idx, options, env):
        token = tokens[idx]
        href = token.attrGet("href") or ""
        stack = env.setdefault("dead_links", [])
        if allowed_link(href):
            stack.append(False)
            return f'<a href="{escape(href)}">'
        stack.append(True)
        return f'<span class="dead-link" title="Länken saknar giltig adress: {escape(href)}">'

    def link_close(renderer, tokens, idx, options, env):
        return "</span>" if env.setdefault("dead_links", [False]).pop() else "</a>"

    md.add_render_rule("link_open", link_open)
    md.add_render_rule("link_close", link_close)
    return md


def html_block(text: str) -> Markup:
    """Markdown paragraphs (and lists) as safe HTML."""
    return Markup(_parser().render(text, {}))


def html_inline(text: str) -> Markup:
    """One line of Markdown (a list item, a table cell) as safe inline HTML."""
    return Markup(_parser().renderInline(text, {}))


_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^()\s]*)\)")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")


def markdown_text(text: str) -> str:
    """Plan text for a Markdown document: raw HTML escaped, disallowed links reduced to labels."""
    text = _MD_LINK.sub(lambda m: m.group(0) if allowed_link(m.group(2)) else m.group(1), text)
    return _TAG_START.sub("&lt;", text)


def markdown_cell(text: str | None) -> str:
    """Text for a GFM table cell: one line, pipes escaped."""
    if text is None:
        return ""
    return " ".join(markdown_text(text).split()).replace("|", "\\|")
