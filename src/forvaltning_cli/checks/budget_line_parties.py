"""A line's per-party amounts do not add up to the line's amount, or a line lacks an amount
for one of the budget's party columns.

Example::

    - name: Support
      amount: 2400000
      parties: {VGK: 720000, VGR: 1600000}   # makes 2 320 000
"""

from ..budget import describe_difference, format_kronor, iter_lines

ID = "budget-line-parties"
SEVERITY = "error"


def check(ctx):
    budget = ctx.plan.budget
    if not budget:
        return
    for at in iter_lines(budget):
        line = at.line
        if line.parties is not None and line.amount is not None:
            total = sum(line.parties.values())
            if total != line.amount:
                yield ctx.problem(
                    at.path + ("parties",),
                    f"beloppen per part på raden '{line.name}' blir {format_kronor(total)}, men "
                    f"radens belopp är {format_kronor(line.amount)} "
                    f"({describe_difference(total, line.amount)})",
                )
        if budget.parties and line.amount:
            missing = [p for p in budget.parties if p not in (line.parties or {})]
            if missing:
                yield ctx.problem(
                    at.path + ("parties",) if line.parties is not None else at.path,
                    f"raden '{line.name}' saknar belopp för "
                    + ", ".join(ctx.party_label(p) for p in missing),
                    hint="budgeten har kolumner för " + ", ".join(budget.parties),
                )
