"""The split as tables — terminal, CSV (Swedish Excel), XLSX and JSON — all from one ``tables``.

Names, keys and party labels come from plans written by others and end up in Excel and in a
terminal: a text cell that would start a formula is text in CSV (a leading ``'``) and XLSX (a
string cell with Excel's quote prefix), amounts stay numbers, and the terminal table spells out
control characters (see ``escape``).
"""

from __future__ import annotations

import csv
import io
import json

from ..escape import formula_like, json_text, spreadsheet_text, terminal_text, xlsx_sheet_title, xlsx_text
from ..swedish import amount, month_label
from .allocate import KeySource, Split

KEY_NOTES = {KeySource.NAMED: "{}", KeySource.FOLLOWS: "{} (följer)", KeySource.NEAREST: "{} (närmast; följs inte)"}


def tables(split: Split, monthly: bool) -> list[tuple[str, list[str], list[list]]]:
    """``(title, header, rows)`` for each table; cells are str or int (kronor)."""
    plan = split.plan
    label = plan.financing.column_label
    out = []
    if split.parties:
        header = ["Rad", "Belopp", "Nyckel"]
        for party in split.parties:
            header += [f"{label(party)} beräknat", f"{label(party)} angivet", f"{label(party)} skillnad"]
        rows = []
        for line in split.lines:
            names = " / ".join([line.key or "", *line.also_follows])
            key = KEY_NOTES[line.key_source].format(names) if line.key and line.key_source in KEY_NOTES else "–"
            row = [line.name, line.amount, key]
            for party in split.parties:
                stated = (line.stated or {}).get(party)
                computed = line.computed.get(party)
                row += [computed, stated, (stated - computed) if stated is not None and computed is not None else None]
            rows.append(row)
        totals = split.party_totals()
        row = ["Totalt", split.total(), ""]
        for party in split.parties:
            stated = (split.stated_totals or {}).get(party)
            row += [totals[party], stated, (stated - totals[party]) if stated is not None else None]
        rows.append(row)
        out.append(("Fördelning per part", header, rows))
    if split.sources:
        names = {s.id: s.short_name or s.name for s in plan.financing.sources}
        header = ["Rad", "Belopp"] + [names[s] for s in split.sources]
        rows = [[line.name, line.amount] + [line.sources.get(s) for s in split.sources] for line in split.lines]
        source_totals = split.source_totals()
        rows.append(["Totalt", split.total()] + [source_totals[s] for s in split.sources])
        out.append(("Fördelning per finansieringskälla", header, rows))
    if split.municipalities is not None:
        title = f"{split.municipality_party} per kommun, efter folkmängd"
        if monthly:
            months = [month_label(m) for m in split.months]
            header = ["Kommun", "Belopp"] + months
            rows = [[name, amount] + split.monthly(amount) for name, amount in split.municipalities.items()]
            column_totals = [sum(r[2 + i] for r in rows) for i in range(len(months))]
            rows.append(["Totalt", sum(split.municipalities.values())] + column_totals)
        else:
            header = ["Kommun", "Belopp"]
            rows = [[name, amount] for name, amount in split.municipalities.items()]
            rows.append(["Totalt", sum(split.municipalities.values())])
        out.append((title, header, rows))
    if monthly:
        months = [month_label(m) for m in split.months]
        groups = [(label(p), a) for p, a in split.party_totals().items()] if split.parties else []
        groups += [(s, a) for s, a in split.source_totals().items()] if split.sources else []
        if not groups:
            groups = [("Totalt", split.total())]
        header = ["Part/källa", "Belopp"] + months
        rows = [[name, amount] + split.monthly(amount) for name, amount in groups]
        out.append(("Per månad", header, rows))
    return out


def csv_text(split: Split, monthly: bool, delimiter: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for i, (title, header, rows) in enumerate(tables(split, monthly)):
        if i:
            writer.writerow([])
        for row in [[title], header, *rows]:
            writer.writerow([_csv_cell(cell) for cell in row])
    return buffer.getvalue()


def _csv_cell(cell):
    """Amounts as numbers; text that a spreadsheet would read as a formula gets a leading ``'``."""
    if cell is None:
        return ""
    return spreadsheet_text(cell) if isinstance(cell, str) else cell


def as_json(split: Split, monthly: bool) -> dict:
    out: dict = {"version": 1, "total": split.total(), "parties": split.parties, "lines": []}
    for line in split.lines:
        entry = {"id": line.id, "name": line.name, "amount": line.amount, "key": line.key, "key_source": line.key_source,
                 "computed": line.computed, "stated": line.stated, "differences": line.differences}
        if split.sources:
            entry["sources"] = line.sources
        if monthly and line.amount is not None:
            entry["monthly"] = split.monthly(line.amount)
        out["lines"].append(entry)
    totals = split.party_totals()
    out["party_totals"] = {p: {"computed": totals[p], "stated": (split.stated_totals or {}).get(p)} for p in split.parties}
    if split.sources:
        out["source_totals"] = split.source_totals()
    if split.municipalities is not None:
        out["municipalities"] = {"party": split.municipality_party, "amounts": split.municipalities}
        if monthly:
            out["municipalities"]["monthly"] = {n: split.monthly(a) for n, a in split.municipalities.items()}
    if monthly:
        out["months"] = [m.isoformat()[:7] for m in split.months]
    return out


def xlsx_bytes(split: Split, monthly: bool) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, header, rows in tables(split, monthly):
        sheet = workbook.create_sheet(xlsx_sheet_title(title))
        for r, row in enumerate([header, *rows], 1):
            for c, value in enumerate(row, 1):
                if value is None:
                    continue
                cell = sheet.cell(row=r, column=c)
                if isinstance(value, str):
                    # Assigning a str starting with "=" makes openpyxl write a formula: force a string cell.
                    cell.value = xlsx_text(value)
                    cell.data_type = "s"
                    if formula_like(value):
                        cell.quotePrefix = True  # Excel keeps it text even when the cell is edited
                else:
                    cell.value = value
                    if isinstance(value, int):
                        cell.number_format = '#,##0 "kr";-#,##0 "kr"'
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for column in sheet.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(10, width + 2), 60)
        sheet.freeze_panes = "B2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _cell(cell) -> str:
    return amount(cell) if isinstance(cell, int) else ("" if cell is None else terminal_text(cell))


def _column_chunks(header: list[str], rows: list[list], width: int) -> list[list[int]]:
    """The columns of each terminal table: the names in every one, the other columns spread so
    that each table fits ``width`` without breaking an amount (one party's three columns stay
    together); a wide terminal gets one table."""
    lead = header.index("Nyckel") + 1 if "Nyckel" in header else min(2, len(header))
    step = 3 if len(header) > lead and header[lead].endswith(" beräknat") else 1
    widths = [max([len(_cell(row[i])) for row in rows] + [len(w) for w in header[i].split()]) + 3
              for i in range(len(header))]
    if "Nyckel" in header:
        widths[lead - 1] = min(widths[lead - 1], 16)  # the key folds too
    groups = [list(range(1, lead))] + [list(range(start, min(start + step, len(header))))
                                        for start in range(lead, len(header), step)]
    budget = width - 22  # the names keep 22 columns to fold in
    chunks: list[list[int]] = []
    current: list[int] = []
    for group in filter(None, groups):
        if current and sum(widths[i] for i in current + group) > budget:
            chunks.append(current)
            current = []
        current = current + group
    chunks.append(current)
    return [[0] + chunk for chunk in chunks]


def write_table(split: Split, monthly: bool) -> None:
    """The tables in the terminal: names fold, amounts never break; a table too wide for the
    terminal is shown in parts, each with the leading columns repeated."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    # Text objects, not markup strings: plan text (spelt out by terminal_text) is never parsed as markup.
    console = Console(highlight=False, emoji=False)
    for title, header, rows in tables(split, monthly):
        for columns in _column_chunks(header, rows, console.width):
            table = Table(title=Text(terminal_text(title)), title_justify="left", show_lines=False)
            for i in columns:
                text_column = i == 0 or header[i] == "Nyckel"
                heading = terminal_text(header[i])
                table.add_column(Text(heading if text_column else heading.replace(" ", "\n")),
                                 justify="left" if text_column else "right", no_wrap=not text_column,
                                 overflow="fold", min_width=14 if i == 0 else None)
            for row in rows:
                cells = []
                for i in columns:
                    difference = header[i].endswith("skillnad") and isinstance(row[i], int) and row[i] != 0
                    cells.append(Text(_cell(row[i]), style="bold red" if difference else ""))
                table.add_row(*cells, style="bold" if row[0] == "Totalt" else None)
            console.print(table)
            console.print()


def csv_bytes(split: Split, monthly: bool, delimiter: str) -> bytes:
    """CSV as Swedish Excel reads it: with ``;`` a BOM first."""
    return (("\ufeff" if delimiter == ";" else "") + csv_text(split, monthly, delimiter)).encode("utf-8")


def json_bytes(split: Split, monthly: bool) -> bytes:
    return (json_text(json.dumps(as_json(split, monthly), ensure_ascii=False, indent=2)) + "\n").encode("utf-8")
