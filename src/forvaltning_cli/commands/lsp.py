"""``plan lsp``: a language server (being written)."""

from __future__ import annotations


def run() -> int:
    from ..errors import PlanError

    raise PlanError("plan lsp är inte klart ännu")
