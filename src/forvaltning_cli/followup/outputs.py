"""The follow-up as tables — terminal, CSV (Swedish Excel), XLSX, JSON and the document's
section "Uppföljning" — all from one :func:`tables`.

Names come from plans and exports written by others: a text cell that would start a formula is
text in CSV (a leading ``'``) and XLSX (a string cell with Excel's quote prefix), the terminal
spells out control characters, and the document's templates escape what they print.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ..escape import json_text, spreadsheet_text, terminal_text
from ..swedish import MINUS, NBSP, amount, iso_date, long_date, month_label, percent
from .compute import Figures, FollowUp

STATUS_TEXT = {"over": "över budget", "threshold": "prognos över tröskeln"}
LINES_TITLE = "Uppföljning per rad"
UNMATCHED_TITLE = "Ej kopplade rader"
OUTSIDE_TITLE = "Utanför perioden (ej medräknade)"


class Share(Fraction):
    """Percent of the budget used: a number, shown as ``93,5 %``."""


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    header: list[str]
    rows: list[list]  # cells: str, int (kronor), Decimal (kronor with öre), Share, or None
    total_rows: int = 0  # how many rows at the end are sums


def _method_text(f: FollowUp) -> str:
    return "prognoskolumnen" if f.forecast_method == "column" else "linjär"


def _months_text(value: Fraction) -> str:
    whole = value.numerator // value.denominator
    if value == whole:
        return str(whole)
    return f"{float(value):.1f}".replace(".", ",")  # shown only, never computed with


def headline(f: FollowUp) -> str:
    """One line: what is followed up against what, as of when."""
    return (f"Uppföljning av {f.plan_file} mot {f.export} per {iso_date(f.as_of)} "
            f"({_months_text(f.elapsed)} av {len(f.months)} månader; prognos: {_method_text(f)})")


def _figure_cells(figures: Figures) -> list:
    used = figures.used
    return [figures.budget, figures.outcome, figures.forecast, figures.remaining,
            None if used is None else Share(used), figures.deviation]


def _line_header(f: FollowUp) -> list[str]:
    return ["Rad", "Budget", "Utfall", "Prognos", "Kvar", "Förbrukat", "Avvikelse", "Anmärkning"]


def _line_table(f: FollowUp) -> Table:
    rows = []
    for line in f.lines:
        notes = [STATUS_TEXT[line.status]] if line.status else []
        if line.note:
            notes.append("gruppens delsumma")
        rows.append([line.name, *_figure_cells(line.figures), "; ".join(notes)])
    total = f.total()
    rows.append(["Totalt budgetrader", *_figure_cells(total), STATUS_TEXT.get(f.total_status or "", "")])
    rows.append([f"{UNMATCHED_TITLE} ({len(f.unmatched)})", None, f.unmatched_total, None, None, None, None, ""])
    rows.append(["Utfall inklusive ej kopplade", None, f.grand_outcome(), None, None, None, None, ""])
    return Table(LINES_TITLE, _line_header(f), rows, total_rows=3)


def _shares_table(title: str, first: str, names: list[str], labels: dict[str, str], totals: dict[str, Figures],
                  unallocated: Figures | None, overall: Figures) -> Table:
    header = [first, "Budget", "Utfall", "Prognos", "Kvar", "Förbrukat", "Avvikelse"]
    rows = [[labels.get(name, name), *_figure_cells(totals[name])] for name in names]
    extra = 0
    if unallocated is not None:
        rows.append(["Ej fördelat (rader utan nyckel eller belopp)", *_figure_cells(unallocated)])
        extra = 1
    rows.append(["Totalt", *_figure_cells(overall)])
    return Table(title, header, rows, total_rows=1 + extra)


def _period_table(f: FollowUp, monthly: bool) -> Table:
    if monthly:
        columns = [(month_label(m), [m]) for m in f.months]
        title = "Utfall per månad"
    else:
        columns = f.quarters()
        title = "Utfall per kvartal"
    header = ["Rad"] + [label for label, _ in columns] + ["Totalt"]
    rows = []

    def sums(by_month: dict) -> list:
        return [sum((by_month.get(m, Decimal(0)) for m in months), Decimal(0)) for _, months in columns]

    for line in f.lines:
        rows.append([line.name, *sums(line.months), line.figures.outcome])
    unmatched: dict = {}
    for row in f.unmatched:
        if row.date is not None:
            month = row.date.replace(day=1)
            unmatched[month] = unmatched.get(month, Decimal(0)) + row.amount
    rows.append([UNMATCHED_TITLE, *sums(unmatched), f.unmatched_total])
    totals = [sum((r[i] for r in rows), Decimal(0)) for i in range(1, len(header))]
    rows.append(["Totalt", *totals])
    return Table(title, header, rows, total_rows=1)


def _rows_table(title: str, rows_in) -> Table:
    header = ["Rad i filen", "Konto", "Aktivitet", "Datum", "Text", "Belopp"]
    rows = [[str(r.number), r.account, r.activity, iso_date(r.date) if r.date else "", r.text, r.amount]
            for r in rows_in]
    rows.append(["Summa", "", "", "", "", sum((r.amount for r in rows_in), Decimal(0))])
    return Table(title, header, rows, total_rows=1)


def tables(f: FollowUp, monthly: bool = True) -> list[Table]:
    """Every table of the follow-up; ``monthly=False`` gives quarters instead of months."""
    out = [_line_table(f)]
    total = f.total()
    if f.parties:
        out.append(_shares_table("Per part", "Part", f.parties, f.party_labels, f.party_totals(),
                                 f.unallocated("parties"), total))
    if f.sources:
        out.append(_shares_table("Per finansieringskälla", "Finansieringskälla", f.sources, f.source_labels,
                                 f.source_totals(), f.unallocated("sources"), total))
    if f.has_dates:
        out.append(_period_table(f, monthly))
    out.append(_rows_table(UNMATCHED_TITLE, f.unmatched))
    if f.outside:
        out.append(_rows_table(OUTSIDE_TITLE, f.outside))
    return out


# ------------------------------------------------------------------------------------------
# Cells as text
# ------------------------------------------------------------------------------------------


def money_text(value: int | Decimal, space: str = NBSP) -> str:
    """``1 489 000`` for whole kronor, ``612 345,50`` for kronor with öre (a real minus sign)."""
    if isinstance(value, int):
        return amount(value, space=space)
    sign = MINUS if value < 0 else ""
    whole, _, decimals = f"{abs(value):f}".partition(".")
    decimals = (decimals + "00")[:max(2, len(decimals.rstrip("0")))]  # always öre: 0,00 and 12,50
    return sign + amount(int(whole), space=space) + f",{decimals}"


def cell_text(cell, space: str = NBSP) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Share):
        return percent(Fraction(cell), places=1, space=space)
    if isinstance(cell, (int, Decimal)) and not isinstance(cell, bool):
        return money_text(cell, space)
    return str(cell)


# ------------------------------------------------------------------------------------------
# Terminal
# ------------------------------------------------------------------------------------------

TERMINAL_SPLIT_WIDTH = 130  # narrower terminals get the line table in two parts


def _column_groups(table: Table, width: int) -> list[list[int]]:
    """The columns of each part of a terminal table: all at once when they fit; else the line
    tables as outcome, then forecast; any other table packed so that no amount is cut, the
    first column repeated in each part (names fold, amounts never do)."""
    everything = list(range(len(table.header)))
    if "Avvikelse" in table.header and width < TERMINAL_SPLIT_WIDTH:
        def where(*starts: str) -> list[int]:
            return [i for i, h in enumerate(table.header) if h.startswith(starts)]
        return [[0] + where("Budget", "Utfall", "Kvar", "Förbrukat"),
                [0] + where("Budget", "Prognos", "Avvikelse", "Anmärkning")]
    def needed(i: int) -> int:
        texts = [cell_text(row[i], " ") for row in table.rows]
        longest = max([len(t) for t in texts] + [len(w) for w in table.header[i].split()])
        text_column = all(isinstance(row[i], str) for row in table.rows)
        return min(longest, 14) + 3 if text_column else longest + 3  # text folds; amounts never

    columns = everything[1:]
    room = width - min(needed(0), 22) - 1  # the first column keeps room to fold in
    parts = max(1, -(-sum(needed(i) for i in columns) // room))
    size = -(-len(columns) // parts)
    return [[0] + columns[start:start + size] for start in range(0, len(columns), size)]


def write_table(f: FollowUp) -> None:
    """The tables in the terminal; names fold, amounts never break. Below a wide terminal the
    line table comes in two parts: the outcome, then the forecast."""
    from rich.console import Console
    from rich.table import Table as RichTable
    from rich.text import Text

    console = Console(highlight=False, emoji=False)
    console.print(Text(terminal_text(headline(f))))
    console.print()
    for table in tables(f, monthly=False):
        groups = _column_groups(table, console.width)
        for part, columns in enumerate(groups):
            title = table.title + (f" ({part + 1}/{len(groups)})" if len(groups) > 1 else "")
            rich = RichTable(title=Text(terminal_text(title)), title_justify="left")
            for i in columns:
                text_column = isinstance(table.rows[0][i], str) if table.rows else True
                heading = terminal_text(table.header[i])
                rich.add_column(Text(heading if text_column else heading.replace(" ", "\n", 1)),
                                justify="left" if text_column else "right", no_wrap=not text_column,
                                overflow="fold", min_width=12 if i == 0 and table.header[0] != "Rad i filen" else None)
            first_total = len(table.rows) - table.total_rows
            for number, row in enumerate(table.rows):
                if part and all(row[i] in (None, "") for i in columns[1:]):
                    continue  # the unmatched rows have no forecast: said once, in the first part
                cells = []
                for i in columns:
                    status = table.header[i] == "Anmärkning" and row[i]
                    negative = table.header[i] in ("Kvar", "Avvikelse") and isinstance(row[i], (int, Decimal)) \
                        and ((row[i] < 0) if table.header[i] == "Kvar" else (row[i] > 0))
                    cells.append(Text(terminal_text(cell_text(row[i], " ")),
                                      style="bold red" if status or negative else ""))
                rich.add_row(*cells, style="bold" if number >= first_total else None,
                             end_section=number == first_total - 1)
            console.print(rich)
            console.print()
    for warning in f.warnings:
        console.print(Text("Varning: " + terminal_text(warning), style="bold red"))


# ------------------------------------------------------------------------------------------
# CSV, XLSX, JSON
# ------------------------------------------------------------------------------------------


def _with_ore(value: Decimal) -> Decimal:
    """At least two decimals (``0`` is ``0.00``), never fewer than the export had: exact."""
    return value.quantize(Decimal("0.01")) if value.as_tuple().exponent > -2 else value


def _csv_cell(cell):
    if cell is None:
        return ""
    if isinstance(cell, Share):
        value = Decimal(cell.numerator) / Decimal(cell.denominator)
        return f"{value.quantize(Decimal('0.1')):f}".replace(".", ",")
    if isinstance(cell, Decimal):
        return f"{_with_ore(cell):f}".replace(".", ",")
    if isinstance(cell, int):
        return str(cell)
    return spreadsheet_text(terminal_text(cell))


def _csv_header(name: str) -> str:
    return "Förbrukat (%)" if name == "Förbrukat" else name


def csv_bytes(f: FollowUp) -> bytes:
    """CSV as Swedish Excel reads it: BOM, ``;``, decimal comma; every table after a blank row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([spreadsheet_text(terminal_text(headline(f)))])
    for table in tables(f):
        writer.writerow([])
        writer.writerow([table.title])
        writer.writerow([spreadsheet_text(_csv_header(h)) for h in table.header])
        for row in table.rows:
            writer.writerow([_csv_cell(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(f: FollowUp) -> bytes:
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        from ..errors import UsageError

        raise UsageError("XLSX kräver openpyxl: installera med  pip install 'forvaltning-cli[xlsx]'") from None
    from ..split.outputs import tables_xlsx_bytes

    def share(cell, value) -> bool:
        if not isinstance(value, Share):
            return False
        cell.value = Decimal(value.numerator) / Decimal(value.denominator) / 100
        cell.number_format = "0.0 %"
        return True

    return tables_xlsx_bytes([(table.title, table.header, table.rows) for table in tables(f)], special=share)


def _exact(value: Decimal) -> str:
    return f"{_with_ore(value):f}"


def _figures_json(figures: Figures) -> dict:
    used = figures.used
    return {
        "budget": figures.budget, "outcome": _exact(figures.outcome), "forecast": figures.forecast,
        "remaining": None if figures.remaining is None else _exact(figures.remaining),
        "used_percent": None if used is None else _exact((Decimal(used.numerator) / Decimal(used.denominator))
                                                         .quantize(Decimal("0.01"))),
        "deviation": figures.deviation,
    }


def _row_json(row) -> dict:
    return {"row": row.number, "account": row.account, "activity": row.activity,
            "date": row.date.isoformat() if row.date else None, "text": row.text, "amount": _exact(row.amount)}


def as_json(f: FollowUp) -> dict:
    """Versioned; outcome and remaining are exact decimal text (``"612345.50"``), budget,
    forecast and deviation whole kronor."""
    lines = []
    for line in f.lines:
        entry = {"id": line.id, "name": line.name, **_figures_json(line.figures), "status": line.status,
                 "rows": [row.number for row in line.rows], "note": line.note, "key": line.key}
        if f.has_dates:
            entry["months"] = {m.isoformat()[:7]: _exact(line.months.get(m, Decimal(0))) for m in f.months}
        if line.parties:
            entry["parties"] = {p: _figures_json(v) for p, v in line.parties.items()}
        if line.sources:
            entry["sources"] = {s: _figures_json(v) for s, v in line.sources.items()}
        lines.append(entry)
    return {
        "version": 1,
        "plan": f.plan_file,
        "export": f.export,
        "as_of": f.as_of.isoformat(),
        "period": {"start": f.period[0].isoformat(), "end": f.period[1].isoformat()},
        "months_elapsed": str(f.elapsed),
        "forecast": f.forecast_method,
        "threshold_percent": f"{f.threshold:f}",
        "lines": lines,
        "total": {**_figures_json(f.total()), "status": f.total_status},
        "parties": {p: _figures_json(v) for p, v in f.party_totals().items()},
        "sources": {s: _figures_json(v) for s, v in f.source_totals().items()},
        "unmatched": {"total": _exact(f.unmatched_total), "rows": [_row_json(r) for r in f.unmatched]},
        "outside": {"total": _exact(f.outside_total), "rows": [_row_json(r) for r in f.outside]},
        "outcome_including_unmatched": _exact(f.grand_outcome()),
        "warnings": f.warnings,
    }


def json_bytes(f: FollowUp) -> bytes:
    return (json_text(json.dumps(as_json(f), ensure_ascii=False, indent=2)) + "\n").encode("utf-8")


# ------------------------------------------------------------------------------------------
# The document's section "Uppföljning": plain text for the templates
# ------------------------------------------------------------------------------------------


def document_data(f: FollowUp, export_name: str) -> dict:
    """What the section shows, as plain strings (amounts with non-breaking spaces); the templates
    escape every string for HTML or Markdown."""
    out_tables = []
    for table in tables(f, monthly=False):
        first_total = len(table.rows) - table.total_rows
        header, rows = list(table.header), [list(row) for row in table.rows]
        statuses = [False] * len(rows)
        if header[-1] == "Anmärkning":  # on paper the status goes with the name; the width is for amounts
            header.pop()
            for n, row in enumerate(rows):
                said = [text for text in STATUS_TEXT.values() if text in (row[-1] or "")]
                row.pop()
                if said:
                    row[0] = f"{row[0]} ({said[0]})"
                    statuses[n] = True
        out_tables.append({
            "title": table.title,
            "header": header,
            # Amounts, and the row numbers and dates of listed rows: right-aligned, never broken.
            "numeric": [i > 0 and (header[i] == "Datum" or not (rows and isinstance(rows[0][i], str)))
                        for i in range(len(header))],
            "rows": [{"cells": [cell_text(c) for c in row], "total": n >= first_total, "status": statuses[n]}
                     for n, row in enumerate(rows)],
        })
    notes = [line.note.replace("Följs upp som", f"{line.name}: följs upp som") for line in f.lines if line.note]
    if f.forecast_method == "linear":
        notes.append(f"Prognosen är linjär: utfallet hittills räknat upp till hela perioden ({_months_text(f.elapsed)} "
                     f"av {len(f.months)} månader), avrundat till hela kronor.")
    else:
        notes.append("Prognosen är exportens prognoskolumn, summerad per rad.")
    notes.append(f"Tröskel för prognosen: {percent(f.threshold, space=NBSP)} över budget.")
    if f.unit_note:
        notes.append(f.unit_note)
    return {
        "title": "Uppföljning",
        "label": f"Beräknat av plan render ur utfallet i {export_name} per {long_date(f.as_of)} – ingår inte i beslutet.",
        "tables": out_tables,
        "warnings": f.warnings_text(NBSP),
        "notes": notes,
    }
