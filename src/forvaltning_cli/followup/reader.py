"""Read a finance system's outcome export: CSV as Swedish Excel writes it, or XLSX.

CSV: UTF-8 (a byte-order mark is skipped), ``;`` as separator (or tab or ``,``: the separator
with which the file has a header row), amounts with a decimal comma and spaces, non-breaking or thin spaces between
the thousands (``1 234,50``), a minus sign (``-`` or ``−``), a trailing minus (``1 234,50-``) or
parentheses (``(1 234,50)``) for a credit, and an optional ``kr``. A single point is a decimal
point (``1234.50``); ``1.500`` could be either and is refused. Amounts are :class:`Decimal`,
exact to the öre; nothing is a float.

The header row is the first row (of the first 30) that names an amount column and an account or
activity column (finance exports often put a title above the table). Dates are ``ÅÅÅÅ-MM-DD``,
a period ``ÅÅÅÅ-MM`` or ``ÅÅÅÅMM`` (the month's last day), or an Excel date cell.

XLSX: the first worksheet, cell values as Excel last saved them (a formula's cached value; a
formula without one is refused). A number cell is binary: it is read as the shortest decimal
that gives the same number and rounded to öre.

Every bad row is reported with its row number, all at once, and nothing is returned from a
file with bad rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from ..errors import PlanError, UsageError

MAX_EXPORT_BYTES = 20 * 1024 * 1024
MAX_ROWS = 200_000
HEADER_SEARCH_ROWS = 30
MAX_PROBLEMS_SHOWN = 25
ORE = Decimal("0.01")


class ExportProblem(PlanError):
    """The export's content cannot be used (exit 1); the message names the file and the rows."""


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One row of the export that carries an amount."""

    number: int  # the row in the file (1-based, as Excel numbers it)
    account: str
    activity: str
    date: dt.date | None
    amount: Decimal
    forecast: Decimal | None
    text: str


@dataclass(frozen=True, slots=True)
class Export:
    path: str
    rows: list[ExportRow]
    columns: dict[str, str]  # the export's column → its header as written
    has_dates: bool

    def last_date(self) -> dt.date | None:
        dates = [row.date for row in self.rows if row.date is not None]
        return max(dates) if dates else None


# Spaces that Excel and finance systems put between thousands.
_SPACES = re.compile("[ \u00a0\u202f\u2009\u2007\u2002-\u2006]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_GROUPED_WITH_POINTS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def parse_amount(text: str) -> Decimal:
    """``"1 234,50"`` → ``Decimal("1234.50")``; ``"−1 234,50"``, ``"1 234,50-"`` and
    ``"(1 234,50)"`` are negative. ``ValueError`` with a Swedish reason for anything else."""
    raw = text.strip()
    value = _SPACES.sub("", raw)
    if value.lower().endswith("kr"):
        value = value[:-2]
    negative = False
    if value.startswith("(") and value.endswith(")"):
        negative, value = True, value[1:-1]
    if value[:1] in ("-", "\u2212", "\u2013"):
        negative, value = not negative, value[1:]
    elif value[:1] == "+":
        value = value[1:]
    elif value[-1:] in ("-", "\u2212"):
        negative, value = not negative, value[:-1]
    if not value:
        raise ValueError("beloppet saknas")
    if value.startswith(("=", "@")):
        raise ValueError(f"'{raw}' är en formel, inte ett belopp; exportera värdena")
    if "," in value and "." in value:  # 1.234,50: points between the thousands
        if not re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", value):
            raise ValueError(f"'{raw}' är inget belopp")
        value = value.replace(".", "")
    elif "." in value and _GROUPED_WITH_POINTS.fullmatch(value):
        raise ValueError(f"'{raw}' är tvetydigt (tusental eller decimaler?); skriv t.ex. 1500 eller 1,5")
    if not _NUMBER.fullmatch(value):
        raise ValueError(f"'{raw}' är inget belopp")
    try:
        amount = Decimal(value.replace(",", "."))
    except InvalidOperation:
        raise ValueError(f"'{raw}' är inget belopp") from None
    return _bounded(-amount if negative else amount, raw)


# Sums stay exact in Decimal's 28 digits: 15 digits of kronor, 6 decimals, 200 000 rows.
MAX_KRONOR = Decimal(10) ** 15
MAX_DECIMALS = 6


def _bounded(amount: Decimal, raw: str) -> Decimal:
    if abs(amount) >= MAX_KRONOR:
        raise ValueError(f"'{raw}' är orimligt stort för ett belopp")
    if amount.as_tuple().exponent < -MAX_DECIMALS:
        raise ValueError(f"'{raw}' har fler än {MAX_DECIMALS} decimaler")
    return amount


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def parse_date(value) -> dt.date:
    """A posting date or period: ``2025-03-14``, ``2025-03`` or ``202503`` (the month's last day),
    or a date cell. ``ValueError`` with a Swedish reason otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"'{value}' är inget datum")
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[ T]00:00(?::00)?)?", text):
            return dt.date.fromisoformat(text[:10])
        match = re.fullmatch(r"(\d{4})-?(\d{2})", text)
        if match:
            year, month = int(match.group(1)), int(match.group(2))
            if 1 <= month <= 12:
                return _last_day(year, month)
    except ValueError:
        pass
    raise ValueError(f"'{text}' är inget datum (skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅMM)")


# ------------------------------------------------------------------------------------------
# Rows of cells, from CSV or XLSX
# ------------------------------------------------------------------------------------------


def _csv_text(path: Path) -> str:
    from ..paths import read_small_file

    try:
        return read_small_file(path, "utfallsfilen", MAX_EXPORT_BYTES)
    except UsageError as exc:
        if "inte UTF-8" in exc.message:
            raise UsageError(exc.message + "; spara exporten i Excel som 'CSV UTF-8 (kommaavgränsad)' "
                             "(svenska Excel skriver den med semikolon)") from None
        raise


def _csv_rows(path: Path, text: str, delimiter: str) -> list[tuple[int, list]]:
    lines = text.split("\n")
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    rows: list[tuple[int, list]] = []
    number = 1
    try:
        for cells in reader:
            rows.append((number, [cell.removesuffix("\r") for cell in cells]))
            number = reader.line_num + 1
            if len(rows) > MAX_ROWS:
                raise ExportProblem(f"{path}: exporten har fler än {MAX_ROWS} rader; dela upp den")
    except csv.Error as exc:
        raise ExportProblem(f"{path}: rad {number}: raden kan inte läsas som CSV ({exc})") from None
    return rows


def _csv_table(path: Path, columns: dict[str, tuple[str, ...]]):
    """The rows, the header's index and its columns, with the separator whose reading has a
    header row: ``;`` (Swedish Excel), tab or ``,``, the most used at the top of the file first."""
    text = _csv_text(path)
    top = "\n".join([line for line in text.split("\n") if line.strip()][:HEADER_SEARCH_ROWS])
    candidates = sorted((";", "\t", ","), key=lambda d: (-top.count(d), d != ";"))
    first_problem = None
    for delimiter in candidates:
        try:
            rows = _csv_rows(path, text, delimiter)
            return (rows, *_header(path, rows, columns))
        except ExportProblem as exc:
            first_problem = first_problem or exc
    raise first_problem


def _xlsx_rows(path: Path) -> list[tuple[int, list]]:
    import io
    import zipfile

    try:
        from openpyxl import load_workbook
    except ImportError:
        raise UsageError("XLSX kräver openpyxl: installera med  pip install 'forvaltning-cli[xlsx]', "
                         "eller spara exporten som CSV") from None
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UsageError(f"utfallsfilen '{path}' kan inte läsas: {exc.strerror or exc}") from None
    if not path.is_file():
        raise UsageError(f"utfallsfilen '{path}' är ingen vanlig fil")
    if size > MAX_EXPORT_BYTES:
        raise UsageError(f"utfallsfilen '{path}' är större än {MAX_EXPORT_BYTES // (1024 * 1024)} MB; det är för stort")
    data = path.read_bytes()[:MAX_EXPORT_BYTES + 1]
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ExportProblem(f"{path}: kan inte läsas som XLSX ({type(exc).__name__}: {exc})") from None
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for number, cells in enumerate(sheet.iter_rows(values_only=True), 1):
            rows.append((number, list(cells)))
            if len(rows) > MAX_ROWS:
                raise ExportProblem(f"{path}: exporten har fler än {MAX_ROWS} rader; dela upp den")
    finally:
        workbook.close()
    return rows


def _text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))  # an account typed as a number: 7010, not 7010.0
    return str(cell).strip()


def _cell_amount(cell) -> Decimal:
    if isinstance(cell, bool):
        raise ValueError(f"'{cell}' är inget belopp")
    if isinstance(cell, int):
        return _bounded(Decimal(cell), str(cell))
    if isinstance(cell, float):
        if cell != cell or cell in (float("inf"), float("-inf")) or abs(cell) >= MAX_KRONOR:
            raise ValueError(f"'{cell}' är inget rimligt belopp")
        # The shortest decimal that is this binary number, to the öre: 1234.5 is 1 234,50 kr.
        return Decimal(repr(cell)).quantize(ORE, rounding=ROUND_HALF_UP)
    if isinstance(cell, Decimal):
        return _bounded(cell, str(cell))
    if isinstance(cell, (dt.date, dt.datetime)):
        raise ValueError(f"'{cell}' är ett datum, inte ett belopp")
    return parse_amount(str(cell))


def _header(path: Path, rows: list[tuple[int, list]], columns: dict[str, tuple[str, ...]]):
    """The header row's index and each known column's position."""
    for index, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        names = [_text(c).casefold() for c in cells]
        found = {}
        for column, accepted in columns.items():
            for name in accepted:  # the names in the configuration's order: "Text" before "Kontotext"
                if name in names:
                    found[column] = names.index(name)
                    break
        if "amount" in found and ("account" in found or "activity" in found):
            return index, found
    wanted = " / ".join(columns["amount"])
    codes = " / ".join(columns["account"] + columns["activity"])
    raise ExportProblem(
        f"{path}: hittar ingen rubrikrad med en beloppskolumn ({wanted}) och en kolumn för konto eller "
        f"aktivitet ({codes}) bland de första {HEADER_SEARCH_ROWS} raderna; ange exportens rubriker i "
        ".plan.toml under [followup.columns], t.ex. amount = \"Utfall\""
    )


def read_export(path: Path, columns: dict[str, tuple[str, ...]], *, need_forecast: bool = False) -> Export:
    """The rows of the export at ``path`` (CSV or XLSX, told by its first bytes)."""
    from ..escape import terminal_text

    import os
    import stat

    with_zip = False
    try:
        regular = stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        regular = False  # read_small_file says what is wrong (missing, a link loop, …)
    if regular:  # never open a FIFO or device here: it could block (read_small_file refuses them)
        try:
            with path.open("rb") as handle:
                with_zip = handle.read(4) == b"PK\x03\x04"
        except OSError:
            pass
    if with_zip:
        rows = _xlsx_rows(path)
        header_index, found = _header(path, rows, columns)
    else:
        rows, header_index, found = _csv_table(path, columns)
    if need_forecast and "forecast" not in found:
        raise ExportProblem(f"{path}: forecast = \"column\" i konfigurationen, men exporten har ingen "
                            f"prognoskolumn ({' / '.join(columns['forecast'])})")
    header_cells = rows[header_index][1]
    problems: list[str] = []
    out: list[ExportRow] = []
    for number, cells in rows[header_index + 1:]:
        def cell(column: str):
            position = found.get(column)
            return cells[position] if position is not None and position < len(cells) else None

        if all(_text(c) == "" for c in cells):
            continue
        try:
            raw_amount = cell("amount")
            if raw_amount is None or _text(raw_amount) == "":
                raise ValueError("beloppet saknas" + (" (eller är en formel som inte är uträknad: öppna och spara "
                                                      "filen i Excel)" if with_zip else ""))
            amount = _cell_amount(raw_amount)
            forecast = None
            if need_forecast and _text(cell("forecast")) != "":
                forecast = _cell_amount(cell("forecast"))
            date = None
            if "date" in found:
                if _text(cell("date")) == "":
                    raise ValueError("datum saknas")
                date = parse_date(cell("date"))
        except ValueError as exc:
            problems.append(f"rad {number}: {exc}")
            continue
        out.append(ExportRow(number, _text(cell("account")), _text(cell("activity")), date, amount, forecast,
                             _text(cell("text"))))
    if problems:
        shown = problems[:MAX_PROBLEMS_SHOWN]
        more = len(problems) - len(shown)
        raise ExportProblem(
            f"{path}: {len(problems)} rader kan inte läsas; inget följs upp:\n  "
            + "\n  ".join(terminal_text(p) for p in shown) + (f"\n  … och {more} till" if more else "")
        )
    names = {column: _text(header_cells[position]) for column, position in found.items()}
    return Export(str(path), out, names, "date" in found)
