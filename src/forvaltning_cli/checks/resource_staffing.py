"""Resursplanen stämmer inte med bemanningen eller kostnaden på budgetraden den hänvisar till.

## Vad regeln kontrollerar

Resurser (`resources`) som anger en budgetrad (`budget_line`) jämförs med den raden:

- summan av resursernas andelar av en heltid (`share`) ska vara radens bemanning
  (`staffing_percent`), exakt;
- summan av resursernas kostnader (`amount`) ska vara radens belopp för budgetåret, exakt i
  budgettabellens enhet.

Andelarna kontrolleras bara när raden anger bemanning, och kostnaderna bara när raden har ett
belopp och varje resurs för raden har en kostnad. I en tabell som skriver kostnader med
minustecken (`costs_negative: true`) jämförs radens kostnad utan minustecken. En hänvisning
till en rad som inte finns rapporteras av `unknown-reference`.

## Varför det spelar roll

Resursplanen säger vem som gör förvaltningens arbete och vad det kostar; budgetraden är det som
beslutas. Går de isär finansieras fler eller färre tjänster än resursplanen räknar med.

## Exempel

    budget:
      title: Budget 2025
      year: 2025
      items:
        - {id: personal, name: Personal, amount: 900000, staffing_percent: 150}
    resources:
      - {role: Förvaltningsledare, share: 100, amount: 600000, budget_line: personal}
      - {role: Funktionskoordinator, share: 40, amount: 240000, budget_line: personal}

## Skriv i stället

    budget:
      title: Budget 2025
      year: 2025
      items:
        - {id: personal, name: Personal, amount: 900000, staffing_percent: 150}
    resources:
      - {role: Förvaltningsledare, share: 100, amount: 600000, budget_line: personal}
      - {role: Funktionskoordinator, share: 50, amount: 300000, budget_line: personal}
"""

from decimal import Decimal, localcontext
from fractions import Fraction

from ..budget import iter_lines, message_amount, message_difference, percent_total, positive_amount
from ..swedish import message_percent

ID = "resource-staffing"
SEVERITY = "warning"


def _shown(value: Fraction, other: Fraction) -> str:
    """A percentage for a message, exact when rounding would make it look like ``other``."""
    if value == other or message_percent(value) != message_percent(other):
        return message_percent(value)
    with localcontext() as context:
        context.prec = 200  # percentages have at most 40 digits and exponents within ±40: exact
        exact = Decimal(value.numerator) / Decimal(value.denominator)
    return f"{exact:f}".replace(".", ",") + " %"


def check(ctx):
    budget = ctx.plan.budget
    resources = ctx.plan.resources
    if not budget or not resources:
        return
    lines = {}
    for at in iter_lines(budget):
        if at.line.id is not None:
            lines.setdefault(at.line.id, at.line)
    by_line: dict[str, list[int]] = {}
    for i, resource in enumerate(resources):
        if resource.budget_line in lines:
            by_line.setdefault(resource.budget_line, []).append(i)
    for line_id, indices in by_line.items():
        line = lines[line_id]
        chosen = [resources[i] for i in indices]
        if line.staffing_percent is not None:
            shares = percent_total(r.share for r in chosen)
            staffing = Fraction(line.staffing_percent)
            if shares != staffing:
                yield ctx.problem(
                    ("resources", indices[0], "share"),
                    f"resursplanens andelar för budgetraden '{line.name}' blir "
                    f"{_shown(shares, staffing)}, men raden anger bemanningen "
                    f"{_shown(staffing, shares)}",
                    hint="rätta resursernas andelar (share) eller radens staffing_percent",
                    related=tuple(("resources", i, "share") for i in indices[1:]),
                )
        costs = [r.amount for r in chosen]
        stated = positive_amount(budget, line)
        if stated is not None and all(c is not None for c in costs):
            total = sum(costs)  # type: ignore[arg-type]
            if total != stated:
                unit = budget.unit
                yield ctx.problem(
                    ("resources", indices[0], "amount"),
                    f"resursplanens kostnader för budgetraden '{line.name}' blir "
                    f"{message_amount(total, unit)}, men raden anger "
                    f"{message_amount(stated, unit)} ({message_difference(total, stated, unit)})",
                    hint="rätta resursernas kostnader (amount) eller radens belopp",
                    related=tuple(("resources", i, "amount") for i in indices[1:]),
                )
