"""What each member pays in fees: price × inhabitants, or a fixed amount per member, exactly.

A fee is in kronor and may have öre (``27.50`` kr per inhabitant), so amounts here are exact
``Decimal`` kronor; :func:`money` gives whole kronor as ``int`` and öre with two decimals.
Nothing is rounded: 27,50 kr × 96 363 inhabitants is 2 649 982,50 kr.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..model import Fee, Plan


def money(value: Decimal) -> int | Decimal:
    """Whole kronor as ``int``; an amount with öre as a ``Decimal`` with two decimals."""
    if value == value.to_integral_value():
        return int(value)
    return value.quantize(Decimal("0.01"))


@dataclass(frozen=True, slots=True)
class FeeRow:
    """One member: its inhabitants and what it pays per fee (``None``: the fee is not the
    member's, or its inhabitants are unknown)."""

    member: str
    inhabitants: int | None
    amounts: dict[str, Decimal | None]

    @property
    def total(self) -> Decimal:
        return sum((a for a in self.amounts.values() if a is not None), Decimal(0))


@dataclass(frozen=True, slots=True)
class FeeTable:
    fees: list[Fee]
    rows: list[FeeRow]

    def fee_total(self, fee: str) -> Decimal:
        return sum((row.amounts[fee] for row in self.rows if row.amounts[fee] is not None), Decimal(0))

    def total(self) -> Decimal:
        return sum((row.total for row in self.rows), Decimal(0))


def _members(plan: Plan) -> list[str]:
    """The population's members in its order, then members that only a fee names."""
    financing = plan.financing
    members = list(financing.population.counts) if financing.population else []
    for fee in financing.fees:
        members += [m for m in fee.members or [] if m not in members]
    return members


def fee_table(plan: Plan) -> FeeTable | None:
    """Each member's fees, or ``None`` when the plan has no fees or no members to list."""
    financing = plan.financing
    members = _members(plan)
    if not financing.fees or not members:
        return None
    counts = financing.population.counts if financing.population else {}
    rows = []
    for member in members:
        amounts: dict[str, Decimal | None] = {}
        for fee in financing.fees:
            if fee.members is not None and member not in fee.members:
                amounts[fee.id] = None
            elif fee.per == "member":
                amounts[fee.id] = fee.price
            else:
                amounts[fee.id] = fee.price * counts[member] if member in counts else None
        rows.append(FeeRow(member, counts.get(member), amounts))
    return FeeTable(list(financing.fees), rows)
