"""En budgetrad saknar belopp.

## Vad regeln kontrollerar

Att varje budgetrad har ett belopp (`amount`), och i en tabell med årskolumner (`columns`) ett
belopp i varje kolumn (`values`). En rad utan belopp kan inte kontrolleras mot gruppens
delsumma; gruppen räknas då in i totalsumman med sin angivna delsumma. Finns ingen angiven
delsumma att räkna med kan totalsumman inte räknas fram. I en flerårig tabell nämner
meddelandet de kolumner där beloppet saknas.

## Varför det spelar roll

Oftast angav källan bara en delsumma för gruppen. Det är tillåtet, men gruppens rader går då
inte att kontrollera, och den som läser planen bör veta om det.

## Exempel

En grupp under `budget.items`:

    - lines:
        - name: VGR IT drift inkl. licens
      subtotal: {label: delsumma VGR IT debiterar, amount: 1489000}

## Skriv i stället

    - lines:
        - name: VGR IT drift inkl. licens
          amount: 1489000
      subtotal: {label: delsumma VGR IT debiterar, amount: 1489000}
"""

from ..budget import COST_KINDS, amount_columns, iter_lines, message_amount
from ..swedish import join

ID = "budget-amount-missing"
SEVERITY = "info"


def _budget_year_detail(at, unit: str) -> str:
    subtotal = at.group.subtotal if at.group else None
    if subtotal and subtotal.amount is not None:
        if all(line.kind in COST_KINDS for line in at.group.lines):
            return (
                f"; gruppens angivna delsumma {message_amount(subtotal.amount, unit)} används "
                "i totalsumman och kan inte kontrolleras mot raderna"
            )
        return (
            f"; gruppens angivna delsumma {message_amount(subtotal.amount, unit)} kan inte "
            "kontrolleras mot raderna"
        )
    if at.line.kind in COST_KINDS:
        return "; totalsumman kan inte räknas fram"
    return "; summor och resultat som raden ingår i kan inte kontrolleras"


def _columns_detail(at, missing) -> str:
    subtotal = at.group.subtotal if at.group else None
    if subtotal and all(column.value(subtotal) is not None for column in missing):
        return "; gruppens angivna delsumma används i stället och kan inte kontrolleras mot raderna"
    where = "den kolumnen" if len(missing) == 1 else "de kolumnerna"
    return f"; summor och resultat i {where} kan inte kontrolleras"


def check(ctx):
    budget = ctx.plan.budget
    if not budget:
        return
    columns = amount_columns(budget) if budget.columns else None
    for at in iter_lines(budget):
        if columns is None:
            if at.line.amount is None:
                yield ctx.problem(
                    at.path,
                    f"raden '{at.line.name}' saknar belopp{_budget_year_detail(at, budget.unit)}",
                )
            continue
        missing = [column for column in columns if column.value(at.line) is None]
        if missing:
            where = ("i kolumnen " if len(missing) == 1 else "i kolumnerna ") + join(
                [column.heading for column in missing]
            )
            yield ctx.problem(
                at.path, f"raden '{at.line.name}' saknar belopp {where}{_columns_detail(at, missing)}"
            )
