"""``plan render -f docx``: the document as an editable Word file (being written)."""

from __future__ import annotations

from pathlib import Path

from ..errors import PlanError
from ..findings import Finding
from ..model import Plan


def render_docx(plan: Plan, file: str, findings: list[Finding], template_dir: Path | None,
                plan_path: Path | None, refused: list[str], *, appendix: bool = False) -> bytes:
    """The document as .docx bytes."""
    raise PlanError("docx är inte klart ännu")
