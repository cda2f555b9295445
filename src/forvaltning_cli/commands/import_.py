"""``plan import``: a Word plan into YAML (being written)."""

from __future__ import annotations

from pathlib import Path


def run(document: Path, output: Path | None, force: bool) -> int:
    from ..errors import PlanError

    raise PlanError("plan import är inte klart ännu")
