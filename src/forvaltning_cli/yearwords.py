"""Years mentioned in text, and the years a plan is about."""

import datetime as dt
import re

_YEAR = re.compile(r"(?<![\d])(19\d\d|20\d\d|21\d\d)(?![\d])")


def years_in(text: str) -> list[int]:
    """Four-digit years (1900–2199) that stand alone in ``text``, in order, without repeats."""
    seen: list[int] = []
    for match in _YEAR.finditer(text):
        year = int(match.group(1))
        if year not in seen:
            seen.append(year)
    return seen


def later_plan_years(plan) -> list[int]:
    """The plan years of a multi-year budget after the plan's period (``Budget.plan_years``):
    a plan for 2019 with "budget 2019, plan 2020–2021" also speaks of 2020 and 2021."""
    years = plan.budget.plan_years if plan.budget else []
    return [year for year in years if year > plan.period.last_day.year]


def last_planned_day(plan) -> dt.date:
    """The last day the plan speaks of: the period's end, or the end of its last plan year."""
    later = later_plan_years(plan)
    return dt.date(later[-1], 12, 31) if later else plan.period.last_day


def span_text(years: list[int]) -> str:
    """``[2020, 2021]`` → ``2020–2021``; ``[2020]`` → ``2020``; gaps are listed (``2020, 2022``)."""
    if len(years) > 1 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}–{years[-1]}"
    return ", ".join(map(str, years))
