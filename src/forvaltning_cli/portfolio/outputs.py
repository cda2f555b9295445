"""The portfolio as tables — terminal, Markdown, CSV (Swedish Excel), XLSX and JSON — all from
one :func:`tables`; the HTML dashboard (``dashboard``) shows the same tables beside its charts.

Object keys, names, party and municipality names come from plans written by others: the
terminal spells out control characters, Markdown escapes everything that would act, and CSV/XLSX
cells are never formulas (``split.outputs``' writers, the one home for that).
"""

from __future__ import annotations

import json

from ..escape import json_text, markdown_cell, terminal_text
from ..split.outputs import Inhabitants, tables_csv_text, tables_xlsx_bytes
from ..swedish import MINUS, amount, count, month_label
from .collect import Portfolio

Table = tuple[str, list[str], list[list]]
TOTAL = "Totalt"


class Change(int):
    """A change in kronor: shown with its sign (``+56 000``, ``−18 000``, ``±0``)."""


class Count(Inhabitants):
    """A count (errors, warnings): a number, not kronor."""


def cell_text(cell, space: str = "\u00a0") -> str:
    """A cell as a person reads it: Swedish amounts (signed for a change), ``–`` for nothing."""
    if cell is None:
        return "–"
    if isinstance(cell, Change):
        sign = "+" if cell > 0 else MINUS if cell < 0 else "±"
        return sign + amount(abs(int(cell)), space=space)
    if isinstance(cell, Count):
        return str(int(cell))
    if isinstance(cell, int) and not isinstance(cell, bool):
        return amount(cell, space=space)
    return str(cell)


def numeric(cell) -> bool:
    return isinstance(cell, int) and not isinstance(cell, bool)


def text_column(cells: list) -> bool:
    """Whether a column holds text (left-aligned) rather than numbers or nothing (right-aligned)."""
    return not any(numeric(c) for c in cells) and any(isinstance(c, str) and c for c in cells)


def _remark(summary) -> str:
    return f"kan inte fördelas: {summary.problem}" if summary.problem else ""


def _matrix(portfolio: Portfolio, attribute: str, names: list, label) -> tuple[list[list], list[int | None]]:
    """One row per name: each object's amount and the total (``None`` where an object has none)."""
    rows = []
    for name in names:
        values = [getattr(o, attribute).get(name) for o in portfolio.objects]
        rows.append([*label(name), *values, sum(v or 0 for v in values)])
    column_totals = [sum(getattr(o, attribute).values()) if getattr(o, attribute) else None
                     for o in portfolio.objects]
    return rows, column_totals


def tables(portfolio: Portfolio) -> list[Table]:
    """``(title, header, rows)`` of every table; cells are str, int (kronor), :class:`Change`,
    :class:`Count` or ``None``. A last row ``Totalt`` sums its table."""
    year = portfolio.year
    objects = portfolio.objects
    keys = [o.key for o in objects]
    out: list[Table] = []
    header = ["Objekt", "Kostnad (beräknad)", "Angiven total", f"Kostnad {year - 1}", "Förändring"]
    rows = [[o.key, o.total, o.stated_total, o.previous_total, None if o.change is None else Change(o.change)]
            for o in objects]
    previous = [o.previous_total for o in objects if o.previous_total is not None and o.total is not None]
    change = sum(o.change for o in objects if o.change is not None)
    rows.append([TOTAL, portfolio.total(), None, sum(previous) if previous else None,
                 Change(change) if previous else None])
    out.append((f"Kostnad per objekt {year}", header, rows))
    out.append(("Planerna", ["Objekt", "Namn", "Fil", "Fel", "Varningar", "Anmärkning"],
                [[o.key, o.name, o.file, Count(o.errors), Count(o.warnings), _remark(o)] for o in objects]))
    differences = []
    for o in objects:
        if o.differs:
            differences.append([o.key, "totalt", o.stated_total, o.total, Change(o.stated_total - o.total)])
        for party, stated in o.stated_parties.items():
            computed = o.parties.get(party)
            if computed is not None and stated != computed:
                differences.append([o.key, party, stated, computed, Change(stated - computed)])
    if differences:
        out.append(("Angivna summor som skiljer sig från de beräknade",
                    ["Objekt", "Summa", "Angiven", "Beräknad", "Skillnad"], differences))
    party_names = portfolio.party_names()
    if party_names:
        rows, totals = _matrix(portfolio, "parties", list(party_names), lambda p: [p, party_names[p]])
        rows.append([TOTAL, "", *totals, sum(t or 0 for t in totals)])
        out.append((f"Per part {year}", ["Part", "Namn", *keys, TOTAL], rows))
    activity = portfolio.activity_totals()
    if activity:
        rows, totals = _matrix(portfolio, "activity_types", activity_order(activity), lambda a: [a])
        rows.append([TOTAL, *totals, sum(t or 0 for t in totals)])
        out.append((f"Per aktivitetstyp {year}", ["Aktivitetstyp", *keys, TOTAL], rows))
    municipalities = portfolio.municipality_totals()
    if municipalities:
        rows, totals = _matrix(portfolio, "municipalities", list(municipalities), lambda m: [m])
        rows.append([TOTAL, *totals, sum(t or 0 for t in totals)])
        out.append((f"Per kommun {year}", ["Kommun", *keys, TOTAL], rows))
    out.append(("Kommunernas andel per plan", ["Objekt", "Till kommunerna", "Hur"],
                [[o.key, sum(o.municipalities.values()) if o.municipalities else None,
                  o.municipality_note] for o in objects]))
    months = portfolio.month_totals()
    if months:
        rows, totals = _matrix(portfolio, "months", list(months), lambda m: [month_label(m)])
        rows.append([TOTAL, *totals, sum(t or 0 for t in totals)])
        out.append((f"Per månad {year}", ["Månad", *keys, TOTAL], rows))
    years = sorted({y for key in keys for y in portfolio.history[key]})
    out.append(("Kostnad per år", ["Objekt", *map(str, years)],
                [[key, *[portfolio.history[key].get(y) for y in years]] for key in keys]))
    if portfolio.unreadable:
        out.append(("Kan inte läsas", ["Fil"], [[name] for name in portfolio.unreadable]))
    return out


def activity_order(activity: dict[str, int]) -> list[str]:
    """The activity types in pm3 order (``budget.ACTIVITY_TYPE_LABELS``), lines without one last."""
    from ..budget import ACTIVITY_TYPE_LABELS

    labels = [label for label in ACTIVITY_TYPE_LABELS.values() if label in activity]
    return labels + [label for label in activity if label not in labels]


# ------------------------------------------------------------------------------------------
# Terminal
# ------------------------------------------------------------------------------------------


def _lead(rows: list[list]) -> int:
    """How many leading columns are text (repeated in each part of a table too wide)."""
    lead = 0
    while lead < len(rows[0]) and all(isinstance(row[lead], (str, Count)) for row in rows):
        lead += 1
    return max(lead, 1)


def _chunks(header: list[str], rows: list[list], width: int) -> list[list[int]]:
    """The columns of each part of a table in the terminal: the leading text columns in every
    part, the amounts spread so that each part fits ``width`` without breaking an amount."""
    lead = _lead(rows)
    widths = [max([len(cell_text(row[i])) for row in rows] + [len(w) for w in header[i].split()]) + 3
              for i in range(len(header))]
    budget = width - 4 - sum(min(widths[i], 24) for i in range(lead))  # text folds within 24 columns
    chunks: list[list[int]] = []
    current: list[int] = []
    for i in range(lead, len(header)):
        if current and sum(widths[j] for j in current) + widths[i] > budget:
            chunks.append(current)
            current = []
        current.append(i)
    chunks.append(current)
    return [list(range(lead)) + chunk for chunk in chunks]


def write_table(portfolio: Portfolio) -> None:
    """The tables in the terminal: text folds, amounts never break; a table too wide is shown
    in parts, each with its leading columns repeated."""
    from rich.console import Console
    from rich.table import Table as RichTable
    from rich.text import Text

    console = Console(highlight=False, emoji=False)
    for line in headline(portfolio):
        console.print(Text(terminal_text(line), style="bold"))
    console.print()
    for title, header, rows in tables(portfolio):
        for columns in _chunks(header, rows, console.width):
            table = RichTable(title=Text(terminal_text(title)), title_justify="left")
            for i in columns:
                is_text = text_column([row[i] for row in rows])
                heading = terminal_text(header[i])
                table.add_column(Text(heading if is_text else heading.replace(" ", "\n")),
                                 justify="left" if is_text else "right", no_wrap=not is_text, overflow="fold")
            for row in rows:
                table.add_row(*[Text(terminal_text(cell_text(row[i], " ")), style="bold red"
                                     if isinstance(row[i], Change) and title.startswith("Angivna") else "")
                                for i in columns],
                              style="bold" if row[0] == TOTAL else None)
            console.print(table)
            console.print()


def headline(portfolio: Portfolio) -> list[str]:
    """The portfolio in one or two sentences: plans, year, total, and the change."""
    objects = portfolio.objects
    lines = [f"Portfölj {portfolio.year}: {count(len(objects), 'plan', 'planer')}, "
             f"{amount(portfolio.total(), space=' ')} kr (beräknat ur budgetraderna)."]
    compared = [o for o in objects if o.change is not None]
    if compared:
        change = sum(o.change for o in compared)
        lines.append(f"Förändring mot {portfolio.year - 1}: {cell_text(Change(change), ' ')} kr "
                     f"({count(len(compared), 'objekt', 'objekt')} med plan båda åren).")
    return lines


# ------------------------------------------------------------------------------------------
# Markdown, CSV, XLSX, JSON
# ------------------------------------------------------------------------------------------


def markdown_text(portfolio: Portfolio) -> str:
    lines = [f"# Portfölj {portfolio.year}", "", *[markdown_cell(line) + "  " for line in headline(portfolio)], ""]
    for title, header, rows in tables(portfolio):
        aligned = [not text_column([row[i] for row in rows]) for i in range(len(header))]
        lines += [f"## {markdown_cell(title)}", ""]
        lines.append("| " + " | ".join(markdown_cell(h) for h in header) + " |")
        lines.append("|" + "|".join("---:" if a else "---" for a in aligned) + "|")
        for row in rows:
            cells = [markdown_cell(cell_text(c)) if not numeric(c) else cell_text(c) for c in row]
            if row[0] == TOTAL:
                cells = [f"**{c}**" if c and c != "–" else c for c in cells]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


def csv_bytes(portfolio: Portfolio) -> bytes:
    """CSV as Swedish Excel reads it: ``;``, a BOM first, amounts as plain numbers."""
    return ("\ufeff" + tables_csv_text(tables(portfolio), ";")).encode("utf-8")


def xlsx_bytes(portfolio: Portfolio) -> bytes:
    return tables_xlsx_bytes(tables(portfolio))


def as_json(portfolio: Portfolio) -> dict:
    """Every figure as whole kronor (integers)."""
    return {
        "version": 1,
        "year": portfolio.year,
        "total": portfolio.total(),
        "objects": [{
            "object": o.key, "name": o.name, "file": o.file, "year": o.year,
            "total": {"computed": o.total, "stated": o.stated_total},
            "previous": None if o.previous_file is None else {"file": o.previous_file, "total": o.previous_total},
            "change": o.change,
            "validation": {"errors": o.errors, "warnings": o.warnings},
            "problem": o.problem,
            "parties": {p: {"computed": a, "stated": o.stated_parties.get(p)} for p, a in o.parties.items()},
            "activity_types": o.activity_types,
            "municipalities": {"split": o.municipalities_split, "how": o.municipality_note,
                               "amounts": o.municipalities},
            "months": {m.isoformat()[:7]: a for m, a in o.months.items()},
        } for o in portfolio.objects],
        "parties": portfolio.party_totals(),
        "activity_types": portfolio.activity_totals(),
        "municipalities": portfolio.municipality_totals(),
        "months": {m.isoformat()[:7]: a for m, a in portfolio.month_totals().items()},
        "history": {key: {str(y): t for y, t in by_year.items()} for key, by_year in portfolio.history.items()},
        "population": {"file": portfolio.population_source, "problem": portfolio.population_problem},
        "unreadable": portfolio.unreadable,
    }


def json_bytes(portfolio: Portfolio) -> bytes:
    return (json_text(json.dumps(as_json(portfolio), ensure_ascii=False, indent=2)) + "\n").encode("utf-8")
