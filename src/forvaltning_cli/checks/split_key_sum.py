"""A split key's shares do not sum to 100 %.

Example::

    split_keys:
      - id: lonekostnader
        text: Lönekostnader fördelas 50/40
        shares: {VGR: 50, VGK: 40}
"""

from ..budget import format_percent

ID = "split-key-sum"
SEVERITY = "error"


def check(ctx):
    for i, key in enumerate(ctx.plan.financing.split_keys):
        total = sum(key.shares.values())
        if total != 100:
            yield ctx.problem(
                ("financing", "split_keys", i, "shares"),
                f"andelarna i fördelningsnyckeln '{key.id}' blir {format_percent(total)}, inte 100 %",
            )
