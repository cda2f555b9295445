"""The ``plan diff`` report as HTML: the Markdown report (:func:`.report.render_markdown`) rendered
by markdown-it (CommonMark with tables) with raw HTML off, so that it is escaped, never passed
through; links keep markdown-it's own check (no ``javascript:``, ``data:`` or ``file:``).

The report's only HTML of its own are the ``<details><summary>…</summary>`` / ``</details>`` lines
it writes around its collapsible parts; those lines are rebuilt here (the summary text escaped)
and everything between them is rendered as Markdown, so that no text from a plan becomes markup.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from .compare import PlanDiff
from .report import render_markdown

_OPEN = re.compile(r"<details><summary>([^<>]*)</summary>")
_CLOSE = "</details>"
NO_LIMIT = 10**9  # a page has no comment-size limit: every detail is shown


def _parser():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.disable("image")  # a page of the preview fetches nothing from elsewhere
    return md


def report_html(diffs: list[PlanDiff]) -> Markup:
    """The report for ``diffs`` as safe HTML."""
    md = _parser()

    def html_block(text: str) -> str:
        return md.render(text)

    parts: list[str] = []
    buffer: list[str] = []
    depth = 0

    def flush() -> None:
        if any(line.strip() for line in buffer):
            parts.append(str(html_block("\n".join(buffer))))
        buffer.clear()

    for line in render_markdown(diffs, limit=NO_LIMIT).splitlines():
        opened = _OPEN.fullmatch(line.strip())
        if opened:
            flush()
            parts.append(f"<details><summary>{escape(opened.group(1))}</summary>")
            depth += 1
        elif line.strip() == _CLOSE and depth:
            flush()
            parts.append("</details>")
            depth -= 1
        else:
            buffer.append(line)
    flush()
    parts.extend("</details>" for _ in range(depth))
    return Markup("\n".join(parts))
