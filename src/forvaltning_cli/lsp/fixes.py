"""Quick fixes whose result is certain: a stated budget sum set to the computed one.

Offered for ``budget-total``, ``budget-subtotal`` and ``budget-party-total`` when the computed
value is known (computed from the plan model with :mod:`forvaltning_cli.budget`, never read from
the message) and the stated value is a plain integer scalar in the file, at the position the
finding points at, equal to what the model read. The edit replaces exactly that number's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..findings import Finding

RULES = ("budget-total", "budget-subtotal", "budget-party-total")
TITLE = "Sätt den angivna summan till den beräknade ({amount})"

# A plain YAML integer as every YAML version reads it alike: no sign but minus, no leading zero
# (1.1 reads 010 as octal), no underscores (1.1 reads 1_000 as 1000), nothing glued after it.
_PLAIN_INT = re.compile(r"-?(?:0|[1-9][0-9]*)(?=$|[\s,\]}#])")


@dataclass(frozen=True, slots=True)
class Fix:
    """Replace ``line``'s characters ``start``–``end`` (0-based code points) with ``text``."""

    line: int
    start: int
    end: int
    text: str
    title: str


def _stated_sums(budget) -> Iterator[tuple[str, tuple, int | None, int | None]]:
    """(rule, data path, stated, computed) for every stated sum the three rules check."""
    from ..budget import (amount_columns, computed_total, group_party_sum, group_sum,
                          party_column_sum)
    from ..model import BudgetGroup

    columns = amount_columns(budget)
    if budget.total:
        for column in columns:
            yield ("budget-total", column.path(budget.total, ("budget", "total")),
                   column.value(budget.total), computed_total(budget, column.id))
        for party, stated in (budget.total.parties or {}).items():
            yield ("budget-party-total", ("budget", "total", "parties", party), stated,
                   party_column_sum(budget, party))
    for i, item in enumerate(budget.items):
        if not isinstance(item, BudgetGroup) or not item.subtotal:
            continue
        here = ("budget", "items", i, "subtotal")
        for column in columns:
            yield ("budget-subtotal", column.path(item.subtotal, here), column.value(item.subtotal),
                   group_sum(item, column.id))
        for party, stated in (item.subtotal.parties or {}).items():
            yield ("budget-subtotal", here + ("parties", party), stated, group_party_sum(item, party))


def budget_fix(linted, finding: Finding, lines: list[str]) -> Fix | None:
    """The certain fix of ``finding`` in the plan ``linted`` (whose text is ``lines``), if any."""
    from ..budget import message_amount
    from ..load import format_path

    plan = linted.plan
    if finding.rule not in RULES or plan is None or plan.budget is None or finding.where is None:
        return None
    source = linted.loaded.source
    for rule, path, stated, computed in _stated_sums(plan.budget):
        if rule != finding.rule or format_path(path) != finding.where:
            continue
        if stated is None or computed is None or stated == computed or isinstance(stated, bool):
            return None
        at = source.values.get(tuple(path))
        if at is None or (at[0] + 1, at[1] + 1) != (finding.line, finding.column):
            return None
        line, column = at
        if line >= len(lines):
            return None
        match = _PLAIN_INT.match(lines[line], column)
        if match is None or int(match.group()) != stated:
            return None
        return Fix(line, column, match.end(), str(computed),
                   TITLE.format(amount=message_amount(computed, plan.budget.unit)))
    return None
