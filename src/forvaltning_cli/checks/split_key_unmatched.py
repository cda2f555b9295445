"""A line has party amounts but names no split key, and its amounts follow none of the
financing model's keys.

The message gives the ratio the line actually has, so that a reviewer can tell whether the
amounts or the financing model is wrong. Lines whose amounts follow some key are quiet.

Example::

    - name: Möten, utbildning, kommunikation
      amount: 300000
      parties: {VGK: 100000, VGR: 200000}   # 33,3/66,7 — the keys are 50/50 and 70/30
"""

from fractions import Fraction

from ..budget import format_percent, iter_lines, matches_key

ID = "split-key-unmatched"
SEVERITY = "warning"


def check(ctx):
    budget = ctx.plan.budget
    keys = ctx.plan.financing.split_keys
    if not budget or not keys:
        return
    for at in iter_lines(budget):
        line = at.line
        if line.split_key or not line.parties or not line.amount:
            continue
        if sum(line.parties.values()) != line.amount:
            continue  # budget-line-parties reports it
        if any(matches_key(line.amount, line.parties, key) for key in keys):
            continue
        ratio = " / ".join(
            f"{ctx.party_label(p)} {format_percent(Fraction(a * 100, line.amount))}"
            for p, a in line.parties.items()
        )
        known = "; ".join(
            f"{key.id} " + "/".join(f"{format_percent(v)[:-2]}" for v in key.shares.values())
            for key in keys
        )
        yield ctx.problem(
            at.path + ("parties",),
            f"beloppen på raden '{line.name}' fördelas {ratio}, vilket inte följer någon "
            f"fördelningsnyckel i finansieringsmodellen ({known})",
            hint="ange split_key för raden eller rätta beloppen",
        )
