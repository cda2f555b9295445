"""En hänvisning nämner något som inte finns i planen.

## Vad regeln kontrollerar

En budgetrads `split_key` och överskottsregelns `financing.surplus.split_key` jämförs med
finansieringsmodellens fördelningsnycklar. Parternas id i budgetens kolumner, i radernas,
delsummornas och totalsummans belopp per part och i fördelningsnycklarna jämförs med
`financing.parties`. En avgifts intäktsrad (`income_line`) och en resurs budgetrad
(`budget_line`) ska vara id för en budgetrad. En resurs roll som ser ut som ett id (till exempel
`forvaltningsledare-it`) ska vara id för en roll under `roles`; en roll skriven som text går
bra. När planen anger folkmängden (`financing.population`) ska medlemmarna i en avgift eller en
nyckel efter folkmängd (`members`) finnas där. Meddelandet föreslår det närmaste namn som finns.

## Varför det spelar roll

Ett felstavat namn pekar inte på någon part, fördelningsnyckel eller budgetrad. Beloppen knyts
då inte till rätt part, och raden kan inte kontrolleras mot sin nyckel, sin avgift eller sin
resursplan.

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
import re

from ..budget import iter_lines
from ..model import BudgetGroup

ID = "unknown-reference"
SEVERITY = "error"

# A role written as an identifier rather than as text: lower case, no spaces, and a "-", "_" or
# "." inside ("forvaltningsledare-it"); a single word is read as text unless it is close to a role id.
_ID_LIKE = re.compile(r"^[a-zåäö0-9][a-zåäö0-9]*(?:[-_.][a-zåäö0-9]+)+$")


def _hint(name, known):
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    if close:
        return f"menade du '{close[0]}'?"
    return ("definierade: " + ", ".join(known)) if known else None


def _line_refs(plan):
    """``(path, line id, what)`` for every reference to a budget line."""
    for i, fee in enumerate(plan.financing.fees):
        if fee.income_line is not None:
            yield ("financing", "fees", i, "income_line"), fee.income_line, f"avgiften '{fee.name}'"
    for i, resource in enumerate(plan.resources):
        if resource.budget_line is not None:
            yield ("resources", i, "budget_line"), resource.budget_line, f"resursen '{resource.role}'"


def _member_refs(plan):
    """``(path, member, what)`` for every member named by a fee or a population key."""
    financing = plan.financing
    for i, fee in enumerate(financing.fees):
        for m, member in enumerate(fee.members or ()):
            yield ("financing", "fees", i, "members", m), member, f"avgiften '{fee.name}'"
    for i, key in enumerate(financing.split_keys):
        for m, member in enumerate((key.basis.members or ()) if key.basis else ()):
            yield ("financing", "split_keys", i, "basis", "members", m), member, f"nyckeln '{key.id}'"


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
            for party in key.shares or {}:
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
    surplus = plan.financing.surplus
    if surplus and surplus.split_key is not None and surplus.split_key not in keys:
        yield ctx.problem(
            ("financing", "surplus", "split_key"),
            f"fördelningsnyckeln '{surplus.split_key}' för överskottet finns inte i financing.split_keys",
            hint=_hint(surplus.split_key, keys),
        )

    lines = list(dict.fromkeys(at.line.id for at in iter_lines(budget) if at.line.id)) if budget else []
    for path, line, what in _line_refs(plan):
        if line not in lines:
            where = "i budgeten" if budget else "eftersom planen saknar budget"
            yield ctx.problem(
                path, f"budgetraden '{line}' som {what} hänvisar till finns inte {where}",
                hint=_hint(line, lines) if budget else None,
            )

    roles = [role.id for role in plan.roles if role.id]
    for i, resource in enumerate(plan.resources):
        name = resource.role
        if name in roles or not roles and not _ID_LIKE.match(name):
            continue
        close = difflib.get_close_matches(name, roles, n=1, cutoff=0.6)
        if _ID_LIKE.match(name) or (close and " " not in name and name == name.lower()):
            yield ctx.problem(
                ("resources", i, "role"),
                f"rollen '{name}' finns inte bland rollernas id (roles)",
                hint=_hint(name, roles) or "ange rollens id ur roles, eller skriv rollen som text",
            )

    population = plan.financing.population
    if population is not None:
        counted = list(population.counts)
        for path, member, what in _member_refs(plan):
            if member not in population.counts:
                yield ctx.problem(
                    path, f"medlemmen '{member}' i {what} finns inte i folkmängden (financing.population)",
                    hint=_hint(member, counted),
                )
