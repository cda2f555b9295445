"""Render a validated plan as the yearly document: Markdown, HTML or PDF.

``render_text`` fills the Jinja templates (``html/document.html.j2`` or ``md/document.md.j2``)
with a :class:`~.view.DocumentView`; PDF is the HTML laid out on A4 by WeasyPrint.
"""

from __future__ import annotations

import re
from pathlib import Path

from .. import __version__
from ..errors import PlanError
from ..findings import Finding
from ..model import Plan
from .environment import TemplateProblem, make_environment, render_template, search_path
from .view import build_view

GENERATOR = f"forvaltning-cli {__version__}"
TEMPLATES = {"html": "html/document.html.j2", "pdf": "html/document.html.j2", "md": "md/document.md.j2"}
EXTENSIONS = {"html": ".html", "pdf": ".pdf", "md": ".md"}

__all__ = ["GENERATOR", "PdfUnavailable", "TemplateProblem", "render_text", "render_pdf", "EXTENSIONS", "is_own_output"]


class PdfUnavailable(PlanError):
    """WeasyPrint (the optional ``pdf`` extra) cannot be imported."""


def _extract(key, container):
    return container.get(key) if hasattr(container, "get") else container[key]


def render_text(
    plan: Plan, file: str, findings: list[Finding], fmt: str,
    template_dir: Path | None = None, plan_path: Path | None = None,
) -> str:
    """The document as HTML or Markdown text."""
    env = make_environment(search_path(template_dir, [plan_path] if plan_path else []), autoescape=fmt != "md")
    env.filters["extract"] = _extract
    env.filters["bold"] = lambda text: f"**{text}**"
    view = build_view(plan, file, findings)
    text = render_template(env, TEMPLATES[fmt], view=view, generator=GENERATOR, output_format=fmt)
    # Template control lines leave runs of blank lines; one blank line is all Markdown needs.
    return re.sub(r"\n{3,}", "\n\n", text)


def render_pdf(html: str, base: Path | None = None) -> bytes:
    """Lay out rendered HTML on A4 pages (page numbers and the table of contents from the CSS)."""
    import logging

    try:
        from weasyprint import HTML
    except ImportError as exc:  # an optional extra: it needs Pango from the system
        raise PdfUnavailable(
            "PDF kräver WeasyPrint: installera med  pip install 'forvaltning-cli[pdf]'"
            f" (och systemets Pango-bibliotek); {exc}"
        ) from None

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    # PDF 1.4 keeps the document information (Creator: forvaltning-cli) outside compressed
    # object streams, where is_own_output can see it.
    return HTML(string=html, base_url=str(base) if base else None).write_pdf(pdf_version="1.4")


def is_own_output(path: Path) -> bool:
    """Whether ``path`` was written by ``plan render`` (so it may be overwritten)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    if head.startswith(b"%PDF"):
        with path.open("rb") as handle:
            return b"forvaltning-cli" in handle.read()
    return b"forvaltning-cli" in head
