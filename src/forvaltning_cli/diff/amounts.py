"""Numbers with their unit in the diff: ``5 400 tkr``, ``+200 tkr``, ``27,50 kr``, ``50 %``,
``101 000 invånare``. Grouping and the minus sign come from ``swedish``; plain spaces, as in
finding messages (the diff is read in terminals and pull-request comments)."""

from __future__ import annotations

from decimal import Decimal

from ..swedish import percent
from ..swedish import signed_amount as _signed
from ..swedish import unit_amount as _unit


def unit_amount(value: int | Decimal, unit: str) -> str:
    """``5400, "tkr"`` → ``5 400 tkr``; a Decimal keeps its öre (``27,50 kr``); ``%`` as a share."""
    if unit == "%":
        return percent(value, space=" ")
    return _unit(value, unit, space=" ")


def signed_amount(value: int | Decimal, unit: str) -> str:
    """A change with its sign: ``+200 tkr``, ``−18 000 kr``, ``±0 kr``."""
    if unit == "%":
        return ("+" if value > 0 else "−" if value < 0 else "±") + percent(abs(value), space=" ")
    return _signed(value, unit, space=" ")
