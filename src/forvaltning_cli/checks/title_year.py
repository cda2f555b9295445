"""A year in the document title, subtitle or a section heading lies outside the plan period.

Typical after copying last year's plan: "Förvaltningsplan 2025" left in a 2026 plan. The budget
title is checked by ``budget-year``.

Example::

    document: {title: Förvaltningsplan 2025, …}
    period: {year: 2026}
"""

from ..yearwords import years_in

ID = "title-year"
SEVERITY = "warning"


def check(ctx):
    period = ctx.plan.period
    if not period.years:
        return  # the period runs backwards: period-order reports it
    for text in ctx.texts:
        if text.kind not in ("title", "heading"):
            continue
        outside = [year for year in years_in(text.text) if year not in period.years]
        if outside:
            what = "rubriken" if text.kind == "heading" else "titeln"
            yield ctx.problem(
                text.path,
                f"{what} '{text.text}' nämner {', '.join(map(str, outside))}, men planen gäller "
                f"{period.first_day}–{period.last_day}",
            )
