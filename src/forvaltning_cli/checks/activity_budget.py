"""Förvaltningsaktiviteternas budget per aktivitetstyp stämmer inte med budgetraderna av samma typ.

## Vad regeln kontrollerar

För varje aktivitetstyp (förvaltningsstyrning, vidmakthållande, vidareutveckling, nyutveckling,
drift och support) summeras beloppen (`amount`) för förvaltningsaktiviteterna (`activities`) av
den typen och jämförs med budgetårets belopp för budgetraderna med samma `activity_type`, exakt i
budgettabellens enhet. En typ kontrolleras bara när båda sidor har belopp: minst en aktivitet och
minst en budgetrad av typen, och alla av dem har ett belopp. I en tabell som skriver kostnader
med minustecken (`costs_negative: true`) jämförs kostnaderna utan minustecken.

## Varför det spelar roll

pm3 fördelar förvaltningens budget på aktivitetstyper, och aktiviteterna är det som budgeten
ska räcka till. Blir aktiviteterna av en typ dyrare eller billigare än budgeten för typen är
antingen aktiviteterna eller budgeten fel, och beslutet om budgeten fattas på fel underlag.

## Exempel

    budget:
      title: Budget 2025
      year: 2025
      items:
        - {name: Vidareutveckling, amount: 500000, activity_type: vidareutveckling}
    activities:
      - {name: Ny sökfunktion, type: vidareutveckling, amount: 400000}
      - {name: Bättre rapporter, type: vidareutveckling, amount: 200000}   # tillsammans 600 000

## Skriv i stället

    budget:
      title: Budget 2025
      year: 2025
      items:
        - {name: Vidareutveckling, amount: 600000, activity_type: vidareutveckling}
    activities:
      - {name: Ny sökfunktion, type: vidareutveckling, amount: 400000}
      - {name: Bättre rapporter, type: vidareutveckling, amount: 200000}
"""

from ..budget import ACTIVITY_TYPE_LABELS, iter_lines, message_amount, message_difference, positive_amount
from ..model import ACTIVITY_TYPES

ID = "activity-budget"
SEVERITY = "warning"


def _known_sum(amounts: list) -> int | None:
    """The sum when there are amounts and none is missing."""
    return sum(amounts) if amounts and all(a is not None for a in amounts) else None


def check(ctx):
    budget = ctx.plan.budget
    activities = ctx.plan.activities
    if not budget or not activities:
        return
    unit = budget.unit
    lines = list(iter_lines(budget))
    for kind in ACTIVITY_TYPES:
        chosen = [(i, a) for i, a in enumerate(activities) if a.type == kind]
        planned = _known_sum([a.amount for _, a in chosen])
        budgeted = _known_sum(
            [positive_amount(budget, at.line) for at in lines if at.line.activity_type == kind]
        )
        if planned is None or budgeted is None or planned == budgeted:
            continue
        label = ACTIVITY_TYPE_LABELS[kind]
        who = (
            f"aktiviteten '{chosen[0][1].name}' av typen {label} har"
            if len(chosen) == 1 else f"aktiviteterna av typen {label} har tillsammans"
        )
        yield ctx.problem(
            ("activities", chosen[0][0], "amount"),
            f"{who} en budget på {message_amount(planned, unit)}, men budgetraderna med "
            f"activity_type {kind} blir "
            f"{message_amount(budgeted, unit)} ({message_difference(planned, budgeted, unit)})",
            hint="rätta aktiviteternas belopp eller budgetraderna så att de blir lika",
            related=tuple(("activities", i, "amount") for i, _ in chosen[1:]),
        )
