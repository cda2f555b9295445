"""A line names a split key, but its party amounts do not follow that key.

Each party amount must equal the party's exact share of the line amount to the krona: the exact
share rounded up or down, with the amounts summing to the line amount. The message shows the
amounts the key gives (largest-remainder rounding).

Example::

    - name: Funktionskoordinatorer
      amount: 5100000
      split_key: lonekostnader          # 50/50
      parties: {VGK: 2000000, VGR: 3100000}
"""

from ..budget import allocate, format_kronor, iter_lines, matches_key, shares

ID = "split-key-mismatch"
SEVERITY = "error"


def check(ctx):
    budget = ctx.plan.budget
    if not budget:
        return
    keys = {key.id: key for key in ctx.plan.financing.split_keys}
    for at in iter_lines(budget):
        line = at.line
        key = keys.get(line.split_key or "")
        if key is None or line.parties is None or line.amount is None:
            continue
        if sum(key.shares.values()) != 100 or matches_key(line.amount, line.parties, key):
            continue
        expected = allocate(line.amount, shares(key))
        shown = ", ".join(f"{ctx.party_label(p)} {format_kronor(a)}" for p, a in expected.items())
        yield ctx.problem(
            at.path + ("parties",),
            f"beloppen på raden '{line.name}' följer inte fördelningsnyckeln '{key.id}', "
            f"som ger {shown}",
        )
