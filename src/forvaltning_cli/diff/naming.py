"""How items are named in paths, the same in ``plan diff`` and ``plan textconv``.

A list item is named by its first non-empty identity key (``id``, ``email``, ``name``, ``title``,
``group``), else by its place (``#3``): ``budget.items[Drift].lines[support-hmc].amount``. Some
lists name their items by other keys (``LIST_IDENTITY``): a role by the role, because its
``name`` is the person who has it (a new holder is a change of the role, not another role); a
risk by its text; a result row by its ``result`` text. Long texts name an item by their first
six words (``risks[Leverantören går i konkurs]``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..model import Budget, BudgetGroup, PlanDate

IDENTITY_KEYS = ("id", "email", "name", "title", "group")
# Lists whose items are named by other keys, by the list's place in the plan (keys, no positions).
LIST_IDENTITY: dict[str, tuple[str, ...]] = {
    "budget.items": IDENTITY_KEYS + ("result",),
    "roles": ("id", "role"),
    "resources": ("id", "role"),
    "risks": ("id", "risk"),
    "goals.measurable": ("id", "goal"),
    "annual_cycle": ("id", "decision"),
    "document.revisions": ("id", "version", "date", "change"),
}
# Keys that hold running text: an item is named by the first words.
TEXT_KEYS = frozenset({"risk", "goal", "decision", "change", "result"})


def text_key(text: str) -> str:
    """How a path names a paragraph or an item by its text: its first six words."""
    return " ".join(str(text).split()[:6]).replace("[", "(").replace("]", ")")


def _shown(key: str, value: Any) -> str | None:
    if isinstance(value, str):
        return value or None
    if key == "date" and isinstance(value, PlanDate):
        return str(value)
    if key == "date" and isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    return None


def identity(item: Any, shape: str = "") -> str | None:
    """The name of a list item (plain data or a model object) by its identity keys, or ``None``.
    ``shape`` is the list's place in the plan without positions, e.g. ``risks`` or ``budget.items``."""
    for key in LIST_IDENTITY.get(shape, IDENTITY_KEYS):
        value = _shown(key, item.get(key) if isinstance(item, dict) else getattr(item, key, None))
        if value:
            return text_key(value) if key in TEXT_KEYS else value
    return None


def item_label(item: Any, index: int, shape: str = "") -> str:
    """The name of a list item in a path: by its identity, else by its place (``#3``)."""
    return identity(item, shape) or f"#{index + 1}"


def item_labels(items: list, shape: str = "") -> dict[int, str]:
    """The name of every item of a list, by ``id()`` of the item."""
    return {id(item): item_label(item, index, shape) for index, item in enumerate(items)}


def budget_line_paths(budget: Budget) -> dict[int, str]:
    """The path of every budget line and stated result, by ``id()`` of the object."""
    out: dict[int, str] = {}
    for i, item in enumerate(budget.items):
        here = f"budget.items[{item_label(item, i, 'budget.items')}]"
        if isinstance(item, BudgetGroup):
            for j, line in enumerate(item.lines):
                out[id(line)] = f"{here}.lines[{item_label(line, j)}]"
        else:
            out[id(item)] = here
    return out


def budget_group_paths(budget: Budget) -> dict[int, str]:
    """The path of every budget group, by ``id()`` of the group object."""
    return {id(item): f"budget.items[{item_label(item, i, 'budget.items')}]"
            for i, item in enumerate(budget.items) if isinstance(item, BudgetGroup)}
