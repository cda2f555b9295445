"""Swedish typography for rendered documents (Babel, locale sv_SE).

Amounts get non-breaking spaces as thousands separators (``1 489 000 kr``), percentages a
non-breaking space before the sign (``70 %``) and a decimal comma; dates are ISO
(``2025-02-04``) or long Swedish (``4 februari 2025``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "sv_SE"
NBSP = "\u00a0"
MINUS = "\u2212"


def amount(value: int | None) -> str:
    """``1489000`` → ``1 489 000`` (non-breaking spaces); ``None`` → an en dash."""
    if value is None:
        return "–"
    text = format_decimal(abs(value), format="#,##0", locale=LOCALE)
    return (MINUS if value < 0 else "") + text


def kronor(value: int | None) -> str:
    """``1489000`` → ``1 489 000 kr``."""
    return "–" if value is None else f"{amount(value)}{NBSP}kr"


def percent(value: Decimal | Fraction | int | None) -> str:
    """``70`` → ``70 %``; ``Decimal("33.5")`` → ``33,5 %``; at most two decimals."""
    if value is None:
        return "–"
    exact = Decimal(value.numerator) / Decimal(value.denominator) if isinstance(value, Fraction) else Decimal(value)
    return f"{format_decimal(exact, format='#,##0.##', locale=LOCALE)}{NBSP}%"


def iso_date(value) -> str:
    """A plan date as ``2025-02-04`` (``2025-12-10?`` stays marked tentative)."""
    return "" if value is None else str(value)


def long_date(value) -> str:
    """A plan date as ``4 februari 2025`` (``preliminärt 10 december 2025`` when tentative)."""
    if value is None:
        return ""
    date = value.value if hasattr(value, "value") else value
    text = format_date(date, "d MMMM y", locale=LOCALE)
    return f"preliminärt {text}" if getattr(value, "tentative", False) else text


def today() -> dt.date:
    return dt.date.today()


FILTERS = {
    "amount": amount,
    "kronor": kronor,
    "percent": percent,
    "iso_date": iso_date,
    "long_date": long_date,
}
