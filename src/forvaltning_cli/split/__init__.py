"""Who pays what: the budget split by the financing model (``allocate``) and its tables
(``outputs``: terminal, CSV, XLSX, JSON)."""

from .allocate import (
    KeySource,
    LineSplit,
    Population,
    Split,
    SplitProblem,
    basis_weights,
    period_months,
    read_population,
    split_plan,
    split_population,
)

__all__ = ["KeySource", "LineSplit", "Population", "Split", "SplitProblem", "basis_weights", "period_months", "read_population",
           "split_plan", "split_population"]
