"""Swedish formatting: the one home for how money, percentages, dates and months are written.

Every output uses these functions — finding messages, the terminal, Markdown, HTML, PDF, CSV/XLSX
and ``plan diff``. Documents get non-breaking spaces (``1 489 000 kr``, ``70 %``) so that an
amount is never broken across lines; finding messages pass ``space=" "`` (plain spaces read
better in a terminal and keep baselines stable).

Whole kronor are grouped by arithmetic, which is exactly what Babel's sv_SE pattern ``#,##0``
gives (tested), so that ``plan validate`` does not pay for importing Babel; month names and long
dates come from Babel's sv_SE locale data, imported only where a date is written out.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from functools import cache

LOCALE = "sv_SE"
NBSP = "\u00a0"
MINUS = "\u2212"
DASH = "–"  # shown where an amount is unknown


def amount(value: int | None, *, space: str = NBSP) -> str:
    """``1489000`` → ``1 489 000``; negative with a real minus sign; ``None`` → an en dash."""
    if value is None:
        return DASH
    return (MINUS if value < 0 else "") + f"{abs(value):,}".replace(",", space)


def kronor(value: int | None, *, space: str = NBSP) -> str:
    """``1489000`` → ``1 489 000 kr``."""
    return DASH if value is None else f"{amount(value, space=space)}{space}kr"


def unit_amount(value: int | Decimal | None, unit: str = "kr", *, space: str = NBSP) -> str:
    """An amount with its unit as a table states it: ``5 400 tkr``, ``−100 tkr``,
    ``1 489 000 kr``; a ``Decimal`` with öre keeps them (``27,50 kr``, ``5 399 982,50 kr``)."""
    if value is None:
        return DASH
    if isinstance(value, Decimal) and value != value.to_integral_value():
        whole = int(value)  # towards zero
        ore = f"{abs(value - whole).quantize(Decimal('0.01'))}"[2:]
        sign = MINUS if value < 0 else ""
        return f"{sign}{amount(abs(whole), space=space)},{ore}{space}{unit}"
    return f"{amount(int(value), space=space)}{space}{unit}"


def signed_amount(value: int | Decimal, unit: str = "kr", *, space: str = " ") -> str:
    """A change with its sign and unit: ``+200 tkr``, ``−18 000 kr``, ``±0 kr``."""
    return _sign(value) + unit_amount(abs(value), unit, space=space)


def difference(stated: int, computed: int, *, space: str = " ") -> str:
    """How far a stated sum is off: ``100 000 kr för mycket`` / ``60 000 kr för lite``."""
    off = stated - computed
    return f"{kronor(abs(off), space=space)} för {'mycket' if off > 0 else 'lite'}"


def percent(value: Decimal | Fraction | int | None, *, places: int = 2, space: str = NBSP) -> str:
    """``70`` → ``70 %``; ``Decimal("33.5")`` → ``33,5 %``; at most ``places`` decimals, rounded
    half to even, trailing zeros dropped; a real minus sign."""
    if value is None:
        return DASH
    exact = Decimal(value.numerator) / Decimal(value.denominator) if isinstance(value, Fraction) else Decimal(value)
    rounded = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    whole, _, decimals = f"{abs(rounded):f}".partition(".")
    decimals = decimals.rstrip("0")
    text = f"{int(whole):,}".replace(",", space) + (f",{decimals}" if decimals else "")
    return (MINUS if rounded < 0 else "") + f"{text}{space}%"


def _sign(value) -> str:
    return "+" if value > 0 else MINUS if value < 0 else "±"


def signed_kronor(value: int, *, space: str = " ") -> str:
    """A change in kronor with its sign: ``+56 000 kr``, ``−18 000 kr``, ``±0 kr``."""
    return _sign(value) + kronor(abs(value), space=space)


def signed_percent(value: Decimal, *, space: str = " ") -> str:
    """A change in percent with its sign and one decimal: ``+10,5 %``, ``±0,0 %``."""
    return _sign(value) + f"{abs(value):.1f}".replace(".", ",") + f"{space}%"


@cache
def _month_names(width: str) -> tuple[str, ...]:
    from babel.dates import get_month_names

    names = get_month_names(width, locale=LOCALE)
    return tuple(names[m] for m in range(1, 13))


def month_name(month: int) -> str:
    """``3`` → ``mars``."""
    return _month_names("wide")[month - 1]


def month_label(month: dt.date) -> str:
    """A column heading for one month: ``jan. 2025``."""
    return f"{_month_names('abbreviated')[month.month - 1]} {month.year}"


def month_list(months: list[int]) -> str:
    """``[3, 8, 12]`` → ``mars, augusti och december``."""
    return join([month_name(m) for m in months])


def join(words: list[str]) -> str:
    """``["a", "b", "c"]`` → ``a, b och c``."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " och " + words[-1]


def iso_date(value) -> str:
    """A plan date as ``2025-02-04`` (``2025-12-10?`` stays marked tentative)."""
    return "" if value is None else str(value)


def long_date(value) -> str:
    """A plan date as ``4 februari 2025`` (``preliminärt 10 december 2025`` when tentative)."""
    if value is None:
        return ""
    date = value.value if hasattr(value, "value") else value
    text = f"{date.day} {month_name(date.month)} {date.year}"
    return f"preliminärt {text}" if getattr(value, "tentative", False) else text


def count(number: int, singular: str, plural: str) -> str:
    """``1 fil``, ``3 filer``."""
    return f"{number} {singular if number == 1 else plural}"


def message_kronor(value: int) -> str:
    """Kronor in a finding message: plain spaces (``1 489 000 kr``)."""
    return kronor(value, space=" ")


def message_percent(value: Decimal | Fraction) -> str:
    """A share in a finding message: one decimal at most, plain space (``33,3 %``)."""
    return percent(value, places=1, space=" ")


# Nouns the diff names that are neuter (ett stycke, ett mål): their participles end in -t.
_NEUTER = {"stycke", "mål", "vidmakthållande", "avsnitt", "system", "forum", "uppdrag"}
_PARTICIPLES = {
    "added": ("tillagd", "tillagt"),
    "changed": ("ändrad", "ändrat"),
    "removed": ("borttagen", "borttaget"),
}


def participle(noun: str, kind: str) -> str:
    """``participle("Kortsiktigt mål", "changed")`` → ``ändrat``; agrees with the noun's gender."""
    common, neuter = _PARTICIPLES[kind]
    return neuter if noun.split()[-1].lower() in _NEUTER else common
