"""En hänvisning nämner något som inte finns i planen.

## Vad regeln kontrollerar

En budgetrads `split_key` jämförs med finansieringsmodellens fördelningsnycklar. Parternas id i
budgetens kolumner, i radernas, delsummornas och totalsummans belopp per part och i
fördelningsnycklarna jämförs med `financing.parties`. Meddelandet föreslår det närmaste namn som
finns.

## Varför det spelar roll

Ett felstavat namn pekar inte på någon part eller fördelningsnyckel. Beloppen knyts då inte
till rätt part, och raden kan inte kontrolleras mot sin nyckel.

## Exempel

En rad under `budget.items`:

    - name: Support
      amount: 2400000
      split_key: utveckling-suport     # menade du 'utveckling-support'?

## Skriv i stället

    - name: Support
      amount: 2400000
      split_key: utveckling-support
"""

import difflib

from ..budget import iter_lines
from ..model import BudgetGroup

ID = "unknown-reference"
SEVERITY = "error"


def _hint(name, known):
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    if close:
        return f"menade du '{close[0]}'?"
    return ("definierade: " + ", ".join(known)) if known else None


def check(ctx):
    plan = ctx.plan
    keys = [key.id for key in plan.financing.split_keys]
    parties = [party.id for party in plan.financing.parties]
    budget = plan.budget

    def party_refs():
        if budget:
            for i, party in enumerate(budget.parties):
                yield ("budget", "parties", i), party
            for at in iter_lines(budget):
                for party in at.line.parties or {}:
                    yield at.path + ("parties", party), party
            for i, item in enumerate(budget.items):
                if isinstance(item, BudgetGroup) and item.subtotal:
                    for party in item.subtotal.parties or {}:
                        yield ("budget", "items", i, "subtotal", "parties", party), party
            if budget.total:
                for party in budget.total.parties or {}:
                    yield ("budget", "total", "parties", party), party
        for i, key in enumerate(plan.financing.split_keys):
            for party in key.shares:
                yield ("financing", "split_keys", i, "shares", party), party

    for path, party in party_refs():
        if party not in parties:
            at_key = path[-1] == party
            yield ctx.problem(
                path, f"parten '{party}' finns inte i financing.parties",
                hint=_hint(party, parties), at_key=at_key,
            )
    if budget:
        for at in iter_lines(budget):
            name = at.line.split_key
            if name is not None and name not in keys:
                yield ctx.problem(
                    at.path + ("split_key",),
                    f"fördelningsnyckeln '{name}' finns inte i financing.split_keys",
                    hint=_hint(name, keys),
                )
