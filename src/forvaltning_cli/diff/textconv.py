"""A stable, line-per-fact text view of a plan for ``git diff``.

Each line is ``path: value`` with paths that name items by identifier (``budget.items[support-hmc].amount``),
so a change shows as the one line that changed, and moving an item moves its lines. Computed
budget totals close the view. A file that cannot be read is printed as it is, so ``git diff``
never fails because of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .naming import item_label


def _lines(node: Any, path: str) -> list[str]:
    if isinstance(node, dict):
        out = []
        for key, value in node.items():
            out += _lines(value, f"{path}.{key}" if path else str(key))
        return out
    if isinstance(node, list):
        out = []
        for index, item in enumerate(node):
            out += _lines(item, f"{path}[{item_label(item, index)}]")
        return out
    if isinstance(node, str):
        text = "\n    ".join(node.splitlines()) if "\n" in node else node
        return [f"{path}: {text}"]
    if isinstance(node, bool):
        return [f"{path}: {'true' if node else 'false'}"]
    return [f"{path}: {'' if node is None else node}"]


def text_view(path: Path) -> str:
    from ..budget import computed_total, party_column_sum
    from ..load import load_file

    loaded = load_file(path)
    if loaded.data is None:
        try:
            return path.read_bytes().decode("utf-8", errors="replace")
        except OSError:
            return ""
    lines = _lines(loaded.data, "")
    plan = loaded.plan
    if plan is not None and plan.budget is not None:
        total = computed_total(plan.budget)
        lines.append(f"= budget.computed_total: {'' if total is None else total}")
        for party in plan.budget.parties:
            value = party_column_sum(plan.budget, party)
            lines.append(f"= budget.computed_parties.{party}: {'' if value is None else value}")
    return "\n".join(lines) + "\n"
