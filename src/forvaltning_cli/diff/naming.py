"""How items are named in paths, the same in ``plan diff`` and ``plan textconv``.

A list item is named by its first non-empty identity key (``id``, ``email``, ``name``, ``title``,
``group``), else by its place (``#3``): ``budget.items[Drift].lines[support-hmc].amount``.
"""

from __future__ import annotations

from typing import Any

from ..model import Budget, BudgetGroup

IDENTITY_KEYS = ("id", "email", "name", "title", "group")


def item_label(item: Any, index: int) -> str:
    """The name of a list item (plain data or a model object) in a path."""
    for key in IDENTITY_KEYS:
        value = item.get(key) if isinstance(item, dict) else getattr(item, key, None)
        if isinstance(value, str) and value:
            return value
    return f"#{index + 1}"


def budget_line_paths(budget: Budget) -> dict[int, str]:
    """The path of every budget line, by ``id()`` of the line object."""
    out: dict[int, str] = {}
    for i, item in enumerate(budget.items):
        here = f"budget.items[{item_label(item, i)}]"
        if isinstance(item, BudgetGroup):
            for j, line in enumerate(item.lines):
                out[id(line)] = f"{here}.lines[{item_label(line, j)}]"
        else:
            out[id(item)] = here
    return out


def budget_group_paths(budget: Budget) -> dict[int, str]:
    """The path of every budget group, by ``id()`` of the group object."""
    return {id(item): f"budget.items[{item_label(item, i)}]"
            for i, item in enumerate(budget.items) if isinstance(item, BudgetGroup)}
