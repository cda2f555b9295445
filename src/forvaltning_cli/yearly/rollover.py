"""Move a plan to another year: the one transformation behind ``plan new`` and year diffs.

``roll_forward(data, years)`` works in place on plan data — plain dicts and lists, or
ruamel.yaml's round-trip ``CommentedMap``/``CommentedSeq`` (comments, quoting and key order are
kept because values are replaced in place, with their scalar style). It

- moves the period (``year``, or ``start``/``end``) by ``years``;
- moves the budget year, and every year of the old period in the document title and subtitle,
  section headings and the budget title (other prose keeps its years: "överskott 2024" stays);
- moves the old period's exact start and end dates wherever the text states them
  ("perioden 2025-01-01 – 2025-12-31");
- clears issue and approval data (``issued``, ``approved``, the decision date) and sets the
  status to Arbetsmaterial: a new year's plan starts as a draft.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import MutableMapping
from typing import Any

DRAFT_STATUS = "Arbetsmaterial"


def shift_date(value: dt.date, years: int, *, end: bool = False) -> dt.date:
    """``value`` moved by ``years``. February's last day stays February's last day for a period's
    ``end`` (2025-02-28 → 2028-02-29); otherwise 29 February becomes 1 March in a common year (the
    day after a period that ends on the 28th). Raises ``ValueError`` outside years 1–9999."""
    import calendar

    year = value.year + years
    if not 1 <= year <= 9999:
        raise ValueError(f"året {year} går inte att ange")
    if end and value.month == 2 and value.day >= 28 and value.day == calendar.monthrange(value.year, 2)[1]:
        return dt.date(year, 2, calendar.monthrange(year, 2)[1])
    if value.month == 2 and value.day == 29 and not calendar.isleap(year):
        return dt.date(year, 3, 1)
    return value.replace(year=year)


def shift_period(first: dt.date, last: dt.date, years: int) -> tuple[dt.date, dt.date]:
    """A period's first and last day moved by ``years`` (``ValueError`` outside years 1–9999)."""
    return shift_date(first, years), shift_date(last, years, end=True)


def _like(old: Any, new: str) -> Any:
    """``new`` with the scalar style (ruamel quoting) of ``old``."""
    kind = type(old)
    if kind is str:
        return new
    try:
        return kind(new)
    except TypeError:
        return new


def period_bounds(period: Any) -> tuple[dt.date, dt.date] | None:
    if not isinstance(period, MutableMapping):
        return None
    if isinstance(period.get("year"), int) and not isinstance(period.get("year"), bool):
        year = period["year"]
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    bounds = []
    for key in ("start", "end"):
        value = period.get(key)
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, str):
            match = re.match(r"^(\d{4})-(\d{2})-(\d{2})\??$", value.strip())
            try:
                value = dt.date(*map(int, match.groups())) if match else None
            except ValueError:  # 2025-02-30: the checks report it; there is no period to move
                return None
        if not isinstance(value, dt.date):
            return None
        bounds.append(value)
    return bounds[0], bounds[1]


def _year_replacer(old_years, years: int):
    pattern = re.compile(r"(?<!\d)(" + "|".join(str(y) for y in old_years) + r")(?!\d)")

    def replace(text: str) -> str:
        return pattern.sub(lambda m: str(int(m.group(1)) + years), text)

    return replace


def _replace_in(container: Any, key: Any, function) -> None:
    value = container[key]
    if isinstance(value, str):
        new = function(value)
        if new != value:
            container[key] = _like(value, new)


def _walk_strings(node: Any, function) -> None:
    if isinstance(node, MutableMapping):
        for key in list(node):
            if isinstance(node[key], str):
                _replace_in(node, key, function)
            else:
                _walk_strings(node[key], function)
    elif isinstance(node, list):
        for index in range(len(node)):
            if isinstance(node[index], str):
                _replace_in(node, index, function)
            else:
                _walk_strings(node[index], function)


def _sections(node: Any):
    if isinstance(node, list):
        for section in node:
            if isinstance(section, MutableMapping):
                yield section
                yield from _sections(section.get("sections"))


def roll_forward(data: Any, years: int) -> bool:
    """Move plan ``data`` by ``years`` in place; ``False`` if it has no readable period, and
    ``ValueError`` (nothing changed) if the moved period would leave years 1–9999."""
    if not isinstance(data, MutableMapping):
        return False
    period = data.get("period")
    bounds = period_bounds(period)
    if bounds is None:
        return False
    first, last = bounds
    new_first, new_last = shift_period(first, last, years)  # ValueError before anything changes
    old_years = range(first.year, last.year + 1)
    move_years = _year_replacer(old_years, years)

    # The period itself.
    if "year" in period:
        period["year"] = period["year"] + years
    for key, moved in (("start", new_first), ("end", new_last)):
        value = period.get(key)
        if isinstance(value, dt.date):
            period[key] = moved
        elif isinstance(value, str):
            _replace_in(period, key, move_years)

    # Exact period dates stated in any text.
    dates = {first.isoformat(): new_first.isoformat(), last.isoformat(): new_last.isoformat()}
    date_pattern = re.compile("|".join(re.escape(d) for d in dates))
    for key in list(data):
        if key != "period":
            if isinstance(data[key], str):
                _replace_in(data, key, lambda s: date_pattern.sub(lambda m: dates[m.group(0)], s))
            else:
                _walk_strings(data[key], lambda s: date_pattern.sub(lambda m: dates[m.group(0)], s))

    # Year-bearing titles and headings.
    document = data.get("document")
    if isinstance(document, MutableMapping):
        for key in ("title", "subtitle"):
            if key in document:
                _replace_in(document, key, move_years)
        for key in ("issued", "approved"):
            document.pop(key, None)
        decision = document.get("decision")
        if isinstance(decision, MutableMapping):
            decision.pop("date", None)
        if "status" in document:
            document["status"] = _like(document["status"], DRAFT_STATUS)
    for section in _sections(data.get("sections")):
        if "title" in section:
            _replace_in(section, "title", move_years)
    budget = data.get("budget")
    if isinstance(budget, MutableMapping):
        budget_years = set(old_years)
        if isinstance(budget.get("year"), int) and not isinstance(budget.get("year"), bool):
            budget_years.add(budget["year"])
            budget["year"] = budget["year"] + years
        if "title" in budget:
            _replace_in(budget, "title", _year_replacer(sorted(budget_years), years))
    return True


def new_year_text(text: str, year: int, file: str = "plan") -> tuple[str, int]:
    """The plan ``text`` moved to ``year`` with its comments and layout, and the old year.

    ``text`` must be a valid plan (its period readable); what keeps it from being written back
    (a key that YAML reads as a number, a period that cannot move that far) is a
    :class:`~forvaltning_cli.errors.PlanError` naming the line."""
    from ..errors import PlanError
    from ..ruamel_glue import dump
    from ..ruamel_glue import round_trip_yaml
    from . import load_round_trip

    yaml = round_trip_yaml()
    data, _text, findings = load_round_trip(yaml, text, file)
    if data is None:
        first = findings[0]
        raise PlanError(f"{first.file}:{first.line}:{first.column}: {first.message}"
                        + (f" ({first.hint})" if first.hint else "") + "; inget skrevs")
    bounds = period_bounds(data.get("period")) if isinstance(data, MutableMapping) else None
    if bounds is None:
        raise PlanError(f"{file}: perioden kan inte läsas; inget skrevs")
    old_year = bounds[0].year
    try:
        roll_forward(data, year - old_year)
    except ValueError as exc:
        raise PlanError(f"{file}: perioden kan inte flyttas till {year}: {exc}; inget skrevs") from None
    return dump(yaml, data), old_year
