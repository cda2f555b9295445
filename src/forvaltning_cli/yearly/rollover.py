"""Move a plan to another year: the one transformation behind ``plan new`` and year diffs.

``roll_forward(data, years)`` works in place on plan data — plain dicts and lists, or
ruamel.yaml's round-trip ``CommentedMap``/``CommentedSeq`` (comments, quoting and key order are
kept because values are replaced in place, with their scalar style). It

- moves the period (``year``, or ``start``/``end``) by ``years``;
- moves the budget year and a multi-year table's columns: each column's ``year``, the year in its
  ``heading`` ("Plan 2020" → "Plan 2021") and in its ``id`` ("plan-2020" → "plan-2021"), with
  every ``values`` key renamed to match; the amounts stay, with a note to check them;
- moves every year of the period, the budget year and the columns in the document title and
  subtitle, section headings, table headings and the budget title, and the year right after
  them (the first plan year); a range moves as a whole ("PLAN FÖR 2020–2021" → "PLAN FÖR
  2021–2022", also "2019/20"); other prose keeps its years ("överskott 2024" stays);
- moves the old period's exact start and end dates wherever the text states them
  ("perioden 2025-01-01 – 2025-12-31");
- moves dated parts: when the budget is decided (``decided_when``), the årshjul, and — with a
  note to check them — milestones, activities and the due dates of measurable goals;
- leaves agreements as they are (an agreement is a fact) and notes an end, notice or renewal
  date that falls before the new period; keeps the population figures and notes their date;
- clears what belongs to the old document: issue and approval, the decision date, revision
  history, edition, registry number and case, and measurable goals' outcomes; a stated status
  becomes Arbetsmaterial (a new year's plan starts as a draft; a plan that states no status
  gets none). A cleared value's comments go with it.

Notes are end-of-line comments starting with ``ny plan:`` (:data:`NOTE_PREFIX`), written only
on round-trip data; plain data (year diffs) gets the same values without them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from typing import Any

DRAFT_STATUS = "Arbetsmaterial"
NOTE_PREFIX = "ny plan:"
NOTE_AMOUNTS = "kontrollera beloppen (de är förra planens)"
NOTE_MOVED = "flyttad ett år, kontrollera"
NOTE_AGREEMENT_ENDS = "avtalet löper ut före den nya perioden, kontrollera"
NOTE_DATE_PASSED = "datumet har passerat före den nya perioden, kontrollera"
NOTE_POPULATION = "kontrollera folkmängden (den är förra planens)"
NOTE_NOT_MOVED = "kunde inte flyttas, kontrollera"

# What a new plan leaves out, in the order ``plan new`` names it.
CLEARED_LABELS = {
    "issued": "utfärdande", "approved": "godkännande", "decision.date": "beslutsdatum",
    "revisions": "revisionshistorik", "edition": "utgåva", "registry_number": "diarienummer",
    "case": "ärende", "outcome": "utfall för mätbara mål",
}


@dataclass(slots=True)
class Rollover:
    """What a rollover did: the notes it left (data path → text) and what it cleared."""

    notes: list[tuple[tuple, str]] = field(default_factory=list)
    cleared: list[str] = field(default_factory=list)
    draft: bool = False  # the status was set to Arbetsmaterial (a plan that states none gets none)

    def clear(self, what: str) -> None:
        if what not in self.cleared:
            self.cleared.append(what)
            order = list(CLEARED_LABELS.values())
            self.cleared.sort(key=order.index)


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


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(\??)$")


def _as_date(value: Any) -> dt.date | None:
    """A date written as a YAML date or as text (``2019-12-31``, ``2019-12-31?``)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        match = _ISO_DATE.match(value.strip())
        if match:
            try:
                return dt.date(*map(int, match.groups()[:3]))
            except ValueError:  # 2025-02-30: the checks report it
                return None
    return None


def period_bounds(period: Any) -> tuple[dt.date, dt.date] | None:
    if not isinstance(period, MutableMapping):
        return None
    if _is_int(period.get("year")):
        year = period["year"]
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    bounds = []
    for key in ("start", "end"):
        value = _as_date(period.get(key))
        if value is None:
            return None
        bounds.append(value)
    return bounds[0], bounds[1]


# A year, or a range of years moved as a whole: "2020–2021", "2020 - 2021", "2019/20", "2020-21".
# A two-digit end must be a later year within ten (so "2019-05", a month, is a year and a month).
_YEAR_OR_RANGE = re.compile(r"(?<!\d)(\d{4})(?:(\s*[-–]\s*|/)(\d{4}|\d{2})(?![\d-]))?(?!\d)")


def _range_end(first: int, written: str) -> int | None:
    if len(written) == 4:
        return int(written) if int(written) >= first else None
    end = first - first % 100 + int(written)
    end += 100 if end <= first else 0
    return end if end - first <= 10 else None


def year_replacer(old_years, years: int, *, plan_years: bool = False):
    """A function that moves, in a text, each year of ``old_years`` and each range of years with
    an end in ``old_years`` by ``years``; other numbers stay. With ``plan_years`` (titles and
    headings) the year right after ``old_years`` moves too, and so does a range that starts
    with it: "VERKSAMHETSPLAN 2019 MED BUDGET OCH PLAN FÖR 2020–2021" names its plan years."""
    moving = {int(y) for y in old_years}
    starts = moving | ({max(moving) + 1} if plan_years and moving else set())

    def move(match: re.Match) -> str:
        first = int(match.group(1))
        separator, written = match.group(2), match.group(3)
        end = _range_end(first, written) if written else None
        if end is None:
            moved = str(first + years) if first in starts else match.group(1)
            return moved + (match.group(0)[len(match.group(1)):] if written else "")
        if first not in starts and end not in moving:
            return match.group(0)
        new_end = str(end + years) if len(written) == 4 else f"{(end + years) % 100:02d}"
        return f"{first + years}{separator}{new_end}"

    def replace(text: str) -> str:
        return _YEAR_OR_RANGE.sub(move, text)

    return replace


_ANY_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _move_time(value: Any, years: int) -> Any:
    """A time (``Q4 2025``, ``mars 2026``, ``2026-03``, ``2026-03-15?`` or a YAML date) moved by
    ``years``; a time without a year is returned as it is. ``ValueError`` outside years 1–9999."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return shift_date(value, years)
    if not isinstance(value, str):
        return value
    match = _ISO_DATE.match(value.strip())
    if match:
        date = _as_date(value)
        if date is None:
            return value
        return _like(value, shift_date(date, years).isoformat() + match.group(4))

    def move(found: re.Match) -> str:
        year = int(found.group(1))
        if not 1900 <= year <= 2200:
            return found.group(1)
        if not 1 <= year + years <= 9999:
            raise ValueError(f"året {year + years} går inte att ange")
        return str(year + years)

    return _like(value, _ANY_YEAR.sub(move, value))


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


def _mappings(node: Any, *path: Any) -> list[tuple[tuple, MutableMapping]]:
    """The mappings in the list at ``path`` under ``node``, with their paths."""
    at = node
    for step in path:
        at = at.get(step) if isinstance(at, MutableMapping) else None
    if not isinstance(at, list):
        return []
    return [(path + (i,), item) for i, item in enumerate(at) if isinstance(item, MutableMapping)]


def _rename_keys(mapping: MutableMapping, renames: dict) -> None:
    """Rename keys in place, keeping their order, values and comments."""
    if not any(key in renames for key in mapping):
        return
    comments = getattr(getattr(mapping, "ca", None), "items", None)
    entries = [(key, mapping.pop(key)) for key in list(mapping)]  # all out first: "a" → "b" → "c"
    moved = {key: comments.pop(key) for key, _ in entries if key in comments} if comments is not None else {}
    for key, value in entries:
        new = renames.get(key, key)
        if key in moved:
            comments[new] = moved[key]
        mapping[new] = value


def _drop(mapping: MutableMapping, key: str, parent: Any = None, parent_key: Any = None) -> bool:
    """Remove ``key`` with its comments (see ``comments.remove_key``); whether it was there."""
    from ..ruamel_glue import remove_key

    if key not in mapping:
        return False
    if not isinstance(parent, MutableMapping):
        parent = parent_key = None
    remove_key(mapping, key, parent, parent_key)
    return True


def _budget(budget: MutableMapping, years: int, headings, report: Rollover) -> None:
    """The budget year, the year columns and their values keys, the headings and ``decided_when``."""
    if _is_int(budget.get("year")):
        budget["year"] = budget["year"] + years
    for key in ("title", "name_heading", "amount_heading"):
        if key in budget:
            _replace_in(budget, key, headings)
    if "decided_when" in budget:
        try:
            budget["decided_when"] = _move_time(budget["decided_when"], years)
        except ValueError:
            report.notes.append((("budget", "decided_when"), NOTE_NOT_MOVED))
    columns = _mappings(budget, "columns")
    renames: dict[str, str] = {}
    for _path, column in columns:
        if _is_int(column.get("year")):
            column["year"] = column["year"] + years
        if "heading" in column:
            _replace_in(column, "heading", headings)
        if isinstance(column.get("id"), str):
            renames[column["id"]] = headings(column["id"])
    # Ids are only renamed when they stay unique (ids are opaque; consistency is what matters).
    renames = {old: new for old, new in renames.items() if old != new}
    kept = {c["id"] for _p, c in columns if isinstance(c.get("id"), str) and c["id"] not in renames}
    if renames and len(set(renames.values()) | kept) == len(renames) + len(kept):
        for _path, column in columns:
            if column.get("id") in renames:
                column["id"] = _like(column["id"], renames[column["id"]])
    else:
        renames = {}
    for path, stated in _stated_amounts(budget):
        values = stated.get("values")
        if isinstance(values, MutableMapping) and values:
            _rename_keys(values, renames)
            if columns:
                report.notes.append((("budget",) + path + ("values",), NOTE_AMOUNTS))


def _stated_amounts(budget: MutableMapping):
    """Every line, stated sum and result of the budget with its path under ``budget``."""
    for path, item in _mappings(budget, "items"):
        yield path, item
        for line_path, line in _mappings(item, "lines"):
            yield path + line_path, line
        if isinstance(item.get("subtotal"), MutableMapping):
            yield path + ("subtotal",), item["subtotal"]
    if isinstance(budget.get("total"), MutableMapping):
        yield ("total",), budget["total"]


def _dated_parts(data: MutableMapping, years: int, new_first: dt.date, report: Rollover) -> None:
    """Milestones, activities, the årshjul and measurable goals move; agreements do not."""
    for part, key, note in (("milestones", "when", NOTE_MOVED), ("activities", "when", NOTE_MOVED),
                            ("annual_cycle", "when", None)):
        for path, entry in _mappings(data, part):
            _move_dated(entry, key, path, years, note, report)
    measurable = data.get("goals", {}).get("measurable") if isinstance(data.get("goals"), MutableMapping) else None
    for path, goal in _mappings(data, "goals", "measurable"):
        _move_dated(goal, "due", path, years, NOTE_MOVED, report)
        if _drop(goal, "outcome", measurable, path[-1]):
            report.clear(CLEARED_LABELS["outcome"])
    for path, agreement in _mappings(data, "agreements"):
        for key, note in (("end", NOTE_AGREEMENT_ENDS), ("notice_date", NOTE_DATE_PASSED),
                          ("renewal_date", NOTE_DATE_PASSED)):
            date = _as_date(agreement.get(key))
            if date is not None and date < new_first:
                report.notes.append((path + (key,), note))
    financing = data.get("financing")
    population = financing.get("population") if isinstance(financing, MutableMapping) else None
    if isinstance(population, MutableMapping):
        key = "date" if "date" in population else "counts"
        if key in population:
            report.notes.append((("financing", "population", key), NOTE_POPULATION))


def _move_dated(entry: MutableMapping, key: str, path: tuple, years: int, note: str | None,
                report: Rollover) -> None:
    if key not in entry:
        return
    old = entry[key]
    try:
        new = _move_time(old, years)
    except ValueError:
        report.notes.append((path + (key,), NOTE_NOT_MOVED))
        return
    if new != old:
        entry[key] = new
        if note:
            report.notes.append((path + (key,), note))


def _document(document: MutableMapping, headings, report: Rollover, parent: Any) -> None:
    for key in ("title", "subtitle"):
        if key in document:
            _replace_in(document, key, headings)
    for key in ("issued", "approved", "revisions", "edition", "registry_number", "case"):
        if _drop(document, key, parent, "document"):
            report.clear(CLEARED_LABELS[key])
    decision = document.get("decision")
    if isinstance(decision, MutableMapping) and _drop(decision, "date", document, "decision"):
        report.clear(CLEARED_LABELS["decision.date"])
    if "status" in document:
        document["status"] = _like(document["status"], DRAFT_STATUS)
        report.draft = True


def _table_years(data: MutableMapping, old_years: range) -> list[int]:
    """The years that titles and headings move: the period's, the budget year, the columns'."""
    found = set(old_years)
    budget = data.get("budget")
    if isinstance(budget, MutableMapping):
        if _is_int(budget.get("year")):
            found.add(budget["year"])
        found.update(c["year"] for _p, c in _mappings(budget, "columns") if _is_int(c.get("year")))
    return sorted(found)


def roll(data: Any, years: int) -> Rollover | None:
    """Move plan ``data`` by ``years`` in place and say what was done; ``None`` if it has no
    readable period, and ``ValueError`` (nothing changed) if the moved period would leave years
    1–9999. Notes are written as comments on round-trip data (see ``ruamel_glue.write_notes``)."""
    if not isinstance(data, MutableMapping):
        return None
    period = data.get("period")
    bounds = period_bounds(period)
    if bounds is None:
        return None
    first, last = bounds
    new_first, new_last = shift_period(first, last, years)  # ValueError before anything changes
    old_years = range(first.year, last.year + 1)
    headings = year_replacer(_table_years(data, old_years), years, plan_years=True)
    report = Rollover()

    # The period itself.
    if "year" in period:
        period["year"] = period["year"] + years
    for key, moved in (("start", new_first), ("end", new_last)):
        value = period.get(key)
        if isinstance(value, dt.date):
            period[key] = moved
        elif isinstance(value, str):
            _replace_in(period, key, year_replacer(old_years, years))

    # Exact period dates stated in any text.
    dates = {first.isoformat(): new_first.isoformat(), last.isoformat(): new_last.isoformat()}
    date_pattern = re.compile("|".join(re.escape(d) for d in dates))

    def move_dates(text: str) -> str:
        return date_pattern.sub(lambda m: dates[m.group(0)], text)

    for key in list(data):
        if key != "period":
            if isinstance(data[key], str):
                _replace_in(data, key, move_dates)
            else:
                _walk_strings(data[key], move_dates)

    # Year-bearing titles and headings; what belongs to the old document.
    if isinstance(data.get("document"), MutableMapping):
        _document(data["document"], headings, report, data)
    for section in _sections(data.get("sections")):
        if "title" in section:
            _replace_in(section, "title", headings)
        for _path, block in _mappings(section, "content"):
            if isinstance(block.get("headings"), list):
                _walk_strings(block["headings"], headings)
    if isinstance(data.get("budget"), MutableMapping):
        _budget(data["budget"], years, headings, report)
    _dated_parts(data, years, new_first, report)
    return report


def roll_forward(data: Any, years: int) -> bool:
    """Move plan ``data`` by ``years`` in place (see :func:`roll`); ``False`` if it has no
    readable period."""
    return roll(data, years) is not None


@dataclass(slots=True)
class NewYear:
    """A plan moved to a new year: its text, the old year, the lines noted, what was cleared and
    whether its status became Arbetsmaterial."""

    text: str
    old_year: int
    noted: int
    cleared: list[str]
    draft: bool


def new_year_plan(text: str, year: int, file: str = "plan") -> NewYear:
    """The plan ``text`` moved to ``year`` with its comments and layout (see :func:`roll`).

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
        report = roll(data, year - old_year)
    except ValueError as exc:
        raise PlanError(f"{file}: perioden kan inte flyttas till {year}: {exc}; inget skrevs") from None
    assert report is not None
    from ..ruamel_glue import write_notes

    noted = write_notes(data, report.notes, NOTE_PREFIX)
    return NewYear(dump(yaml, data), old_year, noted, report.cleared, report.draft)


def new_year_text(text: str, year: int, file: str = "plan") -> tuple[str, int]:
    """The plan ``text`` moved to ``year`` and the old year (see :func:`new_year_plan`)."""
    moved = new_year_plan(text, year, file)
    return moved.text, moved.old_year
