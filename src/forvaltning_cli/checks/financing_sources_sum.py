"""The financing sources' shares do not sum to 100 %.

Example::

    sources:
      - {id: samarbetsavtalet, name: samarbetsavtalet, share: 80}
      - {id: overenskommelsen, name: överenskommelsen, share: 15}
      # 95 %: the 5 % grundutrustning is missing
"""

from ..budget import format_percent

ID = "financing-sources-sum"
SEVERITY = "error"


def check(ctx):
    sources = ctx.plan.financing.sources
    if not sources:
        return
    total = sum(source.share for source in sources)
    if total != 100:
        listed = " + ".join(format_percent(s.share) for s in sources)
        yield ctx.problem(
            ("financing", "sources"),
            f"finansieringskällornas andelar blir {listed} = {format_percent(total)}, inte 100 %",
        )
