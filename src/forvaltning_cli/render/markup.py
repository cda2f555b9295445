"""Plan text (Markdown) made safe for documents.

HTML: CommonMark through markdown-it-py with raw HTML disabled (it is shown as text), and links
only to http, https and mailto; any other link (``javascript:``, a placeholder ``#``) is rendered
as its label in a ``<span class="dead-link">``. Markdown: rebuilt from the same parse, so what is
a link is decided once: text escaped (``escape.escape_inline``), allowed links in inline form,
disallowed ones (also reference-style, or with parentheses in the URL) reduced to their label.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup, escape

from ..escape import terminal_text

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


def _destination(url: str) -> str:
    # A pointy-bracket destination cannot be closed early by parentheses; percent-encode what would end it.
    return "<" + "".join(f"%{ord(c):02X}" if c in "<>\\| \n\r\t" else c for c in url) + ">"


def _inline(node, cell: bool) -> str:
    """Inline Markdown rebuilt from the parse: text escaped, only allowed links kept (inline form)."""
    from ..escape import escape_inline, markdown_code_span

    out: list[str] = []
    at_start = True
    for child in node.children:
        kind = child.type
        if kind == "text":
            piece = escape_inline(child.content, line_start=at_start)
        elif kind == "softbreak":
            piece = " " if cell else "\n"
        elif kind == "hardbreak":
            piece = " " if cell else "\\\n"
        elif kind == "code_inline":
            piece = markdown_code_span(child.content, in_table=cell)
        elif kind in ("em", "strong"):
            mark = "*" if kind == "em" else "**"
            piece = mark + _inline(child, cell) + mark
        elif kind == "link":
            label = _inline(child, cell)
            href = child.attrGet("href") or ""
            piece = f"[{label}]({_destination(str(href))})" if allowed_link(str(href)) and label else label
        else:  # anything else the parser produces: its text, escaped
            piece = escape_inline(child.content or "", line_start=at_start)
        out.append(piece)
        at_start = piece.endswith("\n")
    return "".join(out)


def _blocks(nodes, cell: bool, tight: bool = False) -> list[str]:
    """Block Markdown rebuilt from the parse, as lines (paragraphs, headings, lists, quotes, code)."""
    from ..escape import escape_inline, markdown_code_span

    chunks: list[list[str]] = []
    for node in nodes:
        kind = node.type
        if kind == "paragraph":
            lines = _inline(node.children[0], cell).split("\n")
        elif kind == "heading":
            lines = ["#" * int(node.tag[1:]) + " " + " ".join(_inline(node.children[0], cell).split("\n"))]
        elif kind in ("bullet_list", "ordered_list"):
            lines = []
            start = int(node.attrGet("start") or 1)
            for number, item in enumerate(node.children, start):
                marker = "- " if kind == "bullet_list" else f"{number}. "
                body = _blocks(item.children, cell, tight=True) or [""]
                lines += [marker + body[0]] + [(" " * len(marker) + line) if line else "" for line in body[1:]]
        elif kind == "blockquote":
            lines = [("> " + line) if line else ">" for line in _blocks(node.children, cell)]
        elif kind in ("fence", "code_block") and cell:
            lines = [markdown_code_span(" ".join(node.content.split("\n")).strip(), in_table=True)]
        elif kind in ("fence", "code_block"):
            content = node.content.rstrip("\n")
            longest = max([len(run) for run in re.findall(r"`{3,}", content)] + [2])
            fence = "`" * (longest + 1)
            lines = [fence, *content.split("\n"), fence]
        elif kind == "hr":
            lines = ["* * *"]
        else:  # not produced with these parser settings; kept as plain text in case it ever is
            lines = [escape_inline(" ".join((node.content or "").split()))]
        chunks.append(lines)
    out: list[str] = []
    for i, lines in enumerate(chunks):
        if i and not tight:
            out.append("")
        out += lines
    return out


def visible(text) -> str:
    """Plan text with its control characters spelt out (``\\x1b``), tabs and newlines kept:
    a document written to a terminal must not drive it."""
    text = str(text)
    if "\t" not in text:  # the common case, asked for every value a document prints
        return terminal_text(text, keep_newlines=True)
    return "\t".join(terminal_text(part, keep_newlines=True) for part in text.split("\t"))


def markdown_text(text: str | None) -> str:
    """Plan text (Markdown) for a Markdown document, rebuilt from the same parse as the HTML: text
    is escaped (no raw HTML, no @mentions, no reference definitions), emphasis, code and lists
    are kept, and links are kept only to http, https and mailto, always in inline form; any other
    link (``javascript:``, ``#``, a reference-style trick) is reduced to its label."""
    from markdown_it.tree import SyntaxTreeNode

    if text is None:
        return ""
    tree = SyntaxTreeNode(_parser().parse(visible(text), {}))  # the same reading as for HTML
    # Again after parsing: a character reference (&#x1b;) is decoded by the parser.
    return visible("\n".join(_blocks(tree.children, cell=False)))


def markdown_cell(text: str | None) -> str:
    """Plan text (Markdown) for a GFM table cell: one line, pipes escaped, links as in
    :func:`markdown_text`."""
    from markdown_it.tree import SyntaxTreeNode

    if text is None:
        return ""
    tree = SyntaxTreeNode(_parser().parse(visible(text), {}))  # the same reading as for HTML
    return visible(" ".join(line.strip() for line in _blocks(tree.children, cell=True) if line.strip()))


def markdown_plain(text: str | None) -> str:
    """Plain plan text (a number, an organisation, a cost centre, a file name) for a Markdown
    document: it renders as itself, never as Markdown (for a template filter ``md_plain``)."""
    from ..escape import markdown_text as plain

    return "" if text is None else plain(text)


def markdown_comment(text: str | None) -> str:
    """Plan text inside ``<!-- … -->`` (e.g. the file name in the header): cannot close the comment."""
    from ..escape import html_comment_text

    return "" if text is None else html_comment_text(text)


def markdown_image(image: str | None, alt: str | None) -> str:
    """A figure's image as Markdown (``![alt](<bilder/modell.png>)``): the alt text escaped as
    inline text (one line), the path as a pointy-bracket destination that nothing in it can close
    early. Only what a plan may embed — a path inside the plan's folder or a ``data:`` URI — is
    written; anything else (``javascript:``, ``http:``, ``..``) gives no image at all."""
    from ..checks.resource_reference import shape_problem
    from ..escape import markdown_text as plain

    if not image or shape_problem(image) is not None:
        return ""
    return f"![{plain(alt or '')}]({_destination(visible(image))})"
