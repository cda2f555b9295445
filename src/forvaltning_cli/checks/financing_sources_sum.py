"""Finansieringskällornas andelar blir inte 100 %.

## Vad regeln kontrollerar

Andelarna (`share`) för alla finansieringskällor summeras och ska bli exakt 100 %. En plan utan
finansieringskällor kontrolleras inte.

## Varför det spelar roll

Finansieringskällorna ska tillsammans täcka hela budgeten. Blir andelarna mindre än 100 % saknas
en källa eller en andel; blir de mer räknas något två gånger.

## Exempel

Under `financing`:

    sources:
      - {id: samarbetsavtalet, name: samarbetsavtalet, share: 80}
      - {id: overenskommelsen, name: överenskommelsen, share: 15}
      # 95 %: grundutrustningens 5 % saknas

## Skriv i stället

    sources:
      - {id: samarbetsavtalet, name: samarbetsavtalet, share: 80}
      - {id: overenskommelsen, name: överenskommelsen, share: 15}
      - {id: grundutrustning, name: grundutrustning, share: 5}
"""

from ..swedish import message_percent
from ..budget import percent_total
from .split_key_sum import shown_total

ID = "financing-sources-sum"
SEVERITY = "error"


def check(ctx):
    sources = ctx.plan.financing.sources
    if not sources:
        return
    total = percent_total(source.share for source in sources)
    if total != 100:
        listed = " + ".join(message_percent(s.share) for s in sources)
        yield ctx.problem(
            ("financing", "sources"),
            f"finansieringskällornas andelar blir {listed} = {shown_total(total)}, inte 100 %",
        )
