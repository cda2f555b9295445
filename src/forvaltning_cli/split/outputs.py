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
from decimal import Decimal

from ..escape import formula_like, json_text, spreadsheet_text, terminal_text, xlsx_sheet_title, xlsx_text
from ..swedish import MINUS, amount, month_label
from .allocate import KeySource, Split
from .fees import FeeTable, money

KEY_NOTES = {KeySource.NAMED: "{}", KeySource.FOLLOWS: "{} (följer)", KeySource.NEAREST: "{} (närmast; följs inte)",
             KeySource.ONLY: "{} (planens enda nyckel)"}
KIND_LABELS = {"cost": "kostnad", "depreciation": "avskrivningar", "income": "intäkt", "investment": "investering"}
LEFT_OUT_TITLE = "Fördelas inte (intäkter och investeringar)"
FEES_TITLE = "Avgifter per medlem"


class Inhabitants(int):
    """A count of inhabitants in a table: a number, but not kronor."""


def _price(value: Decimal) -> str:
    """A fee's price in a heading: ``27 kr``, ``27,50 kr``."""
    return _money_text(money(value)) + " kr"


def _fee_heading(fee) -> str:
    per = "invånare" if fee.per == "inhabitant" else "medlem"
    once = ", engångs" if fee.recurrence == "once" else ""
    return f"{fee.name} ({_price(fee.price)}/{per}{once})"


def _fee_rows(fees: FeeTable) -> tuple[list[str], list[list]]:
    header = ["Medlem", "Invånare"] + [_fee_heading(fee) for fee in fees.fees] + ["Summa"]
    rows = []
    for row in fees.rows:
        cells = [None if row.amounts[f.id] is None else money(row.amounts[f.id]) for f in fees.fees]
        inhabitants = None if row.inhabitants is None else Inhabitants(row.inhabitants)
        rows.append([row.member, inhabitants, *cells, money(row.total)])
    known = [r.inhabitants for r in fees.rows]
    inhabitants = Inhabitants(sum(known)) if all(k is not None for k in known) else None
    rows.append(["Totalt", inhabitants] + [money(fees.fee_total(f.id)) for f in fees.fees] + [money(fees.total())])
    return header, rows


def _key_note(line) -> str:
    names = " / ".join([line.key or "", *line.also_follows])
    return KEY_NOTES[line.key_source].format(names) if line.key and line.key_source in KEY_NOTES else "–"


def _states_party_amounts(split: Split) -> bool:
    return split.stated_totals is not None or any(line.stated is not None for line in split.lines)


def tables(split: Split, monthly: bool) -> list[tuple[str, list[str], list[list]]]:
    """``(title, header, rows)`` for each table; cells are str or int (kronor)."""
    plan = split.plan
    label = plan.financing.column_label
    out = []
    if split.parties and not _states_party_amounts(split):  # members by a key: nothing to compare
        header = ["Rad", "Belopp", "Nyckel"] + [label(party) for party in split.parties]
        rows = [[line.name, line.amount, _key_note(line)] + [line.computed.get(p) for p in split.parties]
                for line in split.lines]
        totals = split.party_totals()
        rows.append(["Totalt", split.total(), ""] + [totals[p] for p in split.parties])
        out.append(("Fördelning per part", header, rows))
    elif split.parties:
        header = ["Rad", "Belopp", "Nyckel"]
        for party in split.parties:
            header += [f"{label(party)} beräknat", f"{label(party)} angivet", f"{label(party)} skillnad"]
        rows = []
        for line in split.lines:
            row = [line.name, line.amount, _key_note(line)]
            differences = line.differences
            for party in split.parties:
                stated = (line.stated or {}).get(party)
                computed = line.computed.get(party)
                row += [computed, stated, differences.get(party, 0) if stated is not None and computed is not None else None]
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
    if split.left_out:
        rows = [[line.name, KIND_LABELS.get(line.kind, line.kind), line.amount] for line in split.left_out]
        out.append((LEFT_OUT_TITLE, ["Rad", "Slag", "Belopp"], rows))
    if split.fees is not None:
        out.append((FEES_TITLE, *_fee_rows(split.fees)))
    return out


def csv_text(split: Split, monthly: bool, delimiter: str) -> str:
    return tables_csv_text(tables(split, monthly), delimiter)


def tables_csv_text(titled_tables: list[tuple[str, list[str], list[list]]], delimiter: str) -> str:
    """``(title, header, rows)`` tables as CSV, one after the other with a blank row between;
    text cells safe against formula injection (also used by ``plan portfolio``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for i, (title, header, rows) in enumerate(titled_tables):
        if i:
            writer.writerow([])
        for row in [[title], header, *rows]:
            writer.writerow([_csv_cell(cell, delimiter) for cell in row])
    return buffer.getvalue()


def _csv_cell(cell, delimiter: str = ";"):
    """Amounts as numbers (öre with a decimal comma for Swedish Excel's ``;`` files, a point for
    ``,`` files); text that a spreadsheet would read as a formula gets a leading ``'``."""
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return f"{cell:f}".replace(".", "," if delimiter == ";" else ".")
    return spreadsheet_text(cell) if isinstance(cell, str) else cell


def _json_money(value: Decimal) -> int | str:
    """Whole kronor as a number; an amount with öre as exact text (``"2649982.50"``)."""
    exact = money(value)
    return exact if isinstance(exact, int) else f"{exact:f}"


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
    if split.left_out:
        out["left_out"] = [{"id": line.id, "name": line.name, "kind": line.kind, "amount": line.amount}
                           for line in split.left_out]
    if split.fees is not None:
        fees = split.fees
        out["fees"] = {
            "fees": [{"id": f.id, "name": f.name, "price": _json_money(f.price), "per": f.per,
                      "recurrence": f.recurrence} for f in fees.fees],
            "members": [{"member": row.member, "inhabitants": row.inhabitants,
                         "amounts": {k: None if a is None else _json_money(a) for k, a in row.amounts.items()},
                         "total": _json_money(row.total)} for row in fees.rows],
            "totals": {f.id: _json_money(fees.fee_total(f.id)) for f in fees.fees},
            "total": _json_money(fees.total()),
        }
    return out


def xlsx_bytes(split: Split, monthly: bool) -> bytes:
    return tables_xlsx_bytes(tables(split, monthly))


def tables_xlsx_bytes(titled_tables: list[tuple[str, list[str], list[list]]], special=None) -> bytes:
    """``(title, header, rows)`` tables as a workbook, one sheet each; text is never a formula
    (also used by ``plan portfolio`` and ``plan followup``). ``special(cell, value)`` fills a cell
    with a value of the caller's own kind and returns True, or returns False."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, header, rows in titled_tables:
        sheet = workbook.create_sheet(xlsx_sheet_title(title))
        for r, row in enumerate([header, *rows], 1):
            for c, value in enumerate(row, 1):
                if value is None:
                    continue
                cell = sheet.cell(row=r, column=c)
                if special is not None and special(cell, value):
                    continue
                if isinstance(value, str):
                    # Assigning a str starting with "=" makes openpyxl write a formula: force a string cell.
                    cell.value = xlsx_text(value)
                    cell.data_type = "s"
                    if formula_like(value):
                        cell.quotePrefix = True  # Excel keeps it text even when the cell is edited
                else:
                    cell.value = value
                    if isinstance(value, Inhabitants):
                        cell.number_format = "#,##0"
                    elif isinstance(value, int):
                        cell.number_format = '#,##0 "kr";-#,##0 "kr"'
                    elif isinstance(value, Decimal):
                        cell.number_format = '#,##0.00 "kr";-#,##0.00 "kr"'
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for column in sheet.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(10, width + 2), 60)
        sheet.freeze_panes = "B2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _money_text(value: int | Decimal) -> str:
    """``1 489 000``, or with öre ``2 649 982,50`` (non-breaking spaces, a real minus sign)."""
    if isinstance(value, int):
        return amount(value)
    whole, _, decimals = f"{abs(value):f}".partition(".")
    return (MINUS if value < 0 else "") + amount(int(whole)) + (f",{decimals}" if decimals else "")


def _cell(cell) -> str:
    if isinstance(cell, (int, Decimal)) and not isinstance(cell, bool):
        return _money_text(cell)
    return "" if cell is None else terminal_text(cell)


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
                text_column = i == 0 or header[i] in ("Nyckel", "Slag")
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
