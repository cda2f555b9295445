"""Ett `part:`-block placerar en del av planen som är tom, eller placerar samma del två gånger.

## Vad regeln kontrollerar

Varje del (till exempel `budget`, `goals.long_term`, `risks` eller `scope.processes`) får
placeras i ett avsnitt en gång, och bara om planen har något i den. `financing.split` räknas fram ur budgetens partskolumner och
är tom när budgeten saknar sådana.

## Varför det spelar roll

En tom del ger ett ställe i dokumentet utan innehåll, och samma del på två ställen gör att
uppgifterna står dubbelt.

## Exempel

I ett avsnitt under `sections`:

    content:
      - part: budget        # men planen har ingen budget

## Skriv i stället

Ta bort blocket tills planen har en budget, eller fyll i `budget`:

    content:
      - text: Budgeten för 2025 beslutas i december.
"""

from ..model import PartBlock, iter_sections

ID = "part-reference"
SEVERITY = "warning"


def _is_empty(plan, name):
    if name == "financing.split":  # computed from the budget's party columns
        return not (plan.budget and plan.budget.parties)
    value = plan
    for attribute in name.split("."):
        if value is None:  # e.g. scope.processes in a plan without scope
            return True
        value = getattr(value, attribute)
    return not value


def check(ctx):
    seen = {}
    for path, section in iter_sections(ctx.plan.sections):
        for b, block in enumerate(section.content):
            if not isinstance(block, PartBlock):
                continue
            here = path + ("content", b, "part")
            if block.part in seen:
                yield ctx.problem(here, f"delen '{block.part}' visas redan i ett annat avsnitt",
                                  related=(seen[block.part],))
                continue
            seen[block.part] = here
            if _is_empty(ctx.plan, block.part):
                yield ctx.problem(here, f"delen '{block.part}' är tom i planen",
                                  hint=f"fyll i {block.part} eller ta bort blocket")
