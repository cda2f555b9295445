"""En budgetrad anger belopp för en årskolumn som inte finns, eller skriver budgetårets belopp
fel i en flerårig tabell.

## Vad regeln kontrollerar

Gäller budgettabeller med årskolumner (`columns`): utfall, budget, prognos och plan för olika
år. Regeln rapporterar

- en nyckel i `values` som inte är id för någon kolumn (eller `values` i en budget utan
  årskolumner),
- `amount` på en rad, delsumma, resultatrad eller totalsumma i en tabell med årskolumner och en
  kolumn för budgetåret: budgetårets belopp skrivs där i `values` under budgetkolumnens id, som
  de andra åren,
- en tabell där ingen kolumn är budgetåret (`kind: budget` och samma `year` som budgeten).

Två kolumner med samma id rapporteras av `duplicate-id`.

## Varför det spelar roll

Ett belopp under en kolumn som inte finns syns inte i tabellen och räknas inte med i någon
summa; oftast är kolumnens id felstavat. Utan en kolumn för budgetåret vet verktyget inte
vilket belopp som är årets budget, och då kan budgetårets summor inte kontrolleras.

## Exempel

    budget:
      title: Budget 2025
      year: 2025
      unit: tkr
      columns:
        - {id: utfall-2024, heading: Utfall 2024, kind: outcome, year: 2024}
        - {id: budget-2025, heading: Budget 2025, kind: budget, year: 2025}
      items:
        - name: Drift
          values: {utfall-2024: 900, budget-2025: 950, plan-2026: 990}   # ingen kolumn plan-2026

## Skriv i stället

    budget:
      title: Budget 2025
      year: 2025
      unit: tkr
      columns:
        - {id: utfall-2024, heading: Utfall 2024, kind: outcome, year: 2024}
        - {id: budget-2025, heading: Budget 2025, kind: budget, year: 2025}
        - {id: plan-2026, heading: Plan 2026, kind: plan, year: 2026}
      items:
        - name: Drift
          values: {utfall-2024: 900, budget-2025: 950, plan-2026: 990}
"""

import difflib

from ..budget import iter_stated, message_amount, stated_label

ID = "budget-column"
SEVERITY = "error"


def _hint(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f"menade du '{close[0]}'?" if close else "kolumnerna är: " + ", ".join(known)


def check(ctx):
    budget = ctx.plan.budget
    if not budget:
        return
    known = list(dict.fromkeys(column.id for column in budget.columns))
    budget_column = budget.budget_column
    if budget.columns and budget_column is None:
        shown = ", ".join(f"{c.heading} ({c.kind} {c.year})" for c in budget.columns)
        yield ctx.problem(
            ("budget", "columns"),
            f"ingen av budgetens årskolumner är budgetåret {budget.year}: budgetårets belopp kan "
            "inte läsas och dess summor kan inte kontrolleras",
            hint=f"lägg till en kolumn med kind: budget och year: {budget.year} (kolumnerna är: {shown})",
        )
    for here, item in iter_stated(budget):
        label = stated_label(item, "totalsumman" if here == ("budget", "total") else "delsumman")
        if item.values and not budget.columns:
            yield ctx.problem(
                here + ("values",),
                f"{label} anger belopp per årskolumn (values), men budgeten har inga årskolumner",
                hint="ange kolumnerna under budget.columns, eller skriv budgetårets belopp i amount",
                at_key=True,
            )
            continue
        for name in item.values or {}:
            if name not in known:
                yield ctx.problem(
                    here + ("values", name),
                    f"kolumnen '{name}' som {label} anger belopp för finns inte i budget.columns",
                    hint=_hint(name, known),
                    at_key=True,
                )
        if budget_column is not None and item.amount is not None and item.amount_from is None:
            written = (item.values or {}).get(budget_column.id)
            also = (
                f", och values har {message_amount(written, budget.unit)} för den kolumnen"
                if written is not None and written != item.amount else ""
            )
            yield ctx.problem(
                here + ("amount",),
                f"{label} anger amount ({message_amount(item.amount, budget.unit)}) i en tabell med "
                f"årskolumner{also}; budgetårets belopp skrivs i values under budgetkolumnens id "
                f"'{budget_column.id}'",
                hint=f"skriv {budget_column.id}: {item.amount} under values och ta bort amount",
                at_key=True,
            )
