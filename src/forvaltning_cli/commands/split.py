"""``plan split``: who pays what, per party, financing source, municipality and month.

Only costs are split (lines of kind cost and depreciation, for the budget year, in kronor);
income and investment lines are listed in a table of their own ("Fördelas inte") and named on
standard error, so that a member fee is never split as if it were a cost. A plan with fees also
gets what each member pays (price × inhabitants, or per member). See ``split.allocate``.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError
from . import emit, say


def run(path: Path, output_format: str, output: Path | None, population: Path | None, monthly: bool,
        delimiter: str) -> int:
    from ..lint import Settings
    from ..split import SplitProblem, period_months, read_population, split_plan, split_population
    from ..split import outputs
    from . import usable_plan

    if output_format == "xlsx" and output is None:
        raise UsageError("--format xlsx skrivs till fil; ange -o FIL.xlsx")
    if output_format == "table" and output is not None:
        raise UsageError("tabellvyn skrivs till terminalen; använd --format csv, xlsx eller json med -o")
    linted = usable_plan(path, Settings.load())
    try:
        split = split_plan(linted.plan)
        if population is not None:
            split_population(split, read_population(population))
        if monthly:
            split.months = period_months(linted.plan)  # refuses an absurdly long period
    except SplitProblem as exc:
        raise SplitProblem(f"{path}: {exc.message}") from None
    if linted.errors:
        say(f"plan split: obs: planen har {len(linted.errors)} fel (se plan validate); "
            "fördelningen nedan är beräknad ur raderna")
    _notes(split)
    if output_format == "table":
        outputs.write_table(split, monthly)
        return 0
    data = {
        "csv": lambda: outputs.csv_bytes(split, monthly, delimiter),
        "json": lambda: outputs.json_bytes(split, monthly),
        "xlsx": lambda: outputs.xlsx_bytes(split, monthly),
    }[output_format]()
    emit(data, output)
    return 0


def _notes(split) -> None:
    """What the user must know to read the tables: a unit converted, lines not split."""
    from ..swedish import count, join
    from ..split.outputs import KIND_LABELS, LEFT_OUT_TITLE

    if split.unit != "kr":
        say(f"plan split: budgeten anges i {split.unit}; alla belopp nedan är omräknade till kronor")
    if split.left_out:
        kinds = join(sorted({KIND_LABELS.get(line.kind, line.kind) for line in split.left_out}))
        say(f"plan split: {count(len(split.left_out), 'rad', 'rader')} fördelas inte ({kinds}): "
            f"bara kostnader fördelas; se tabellen '{LEFT_OUT_TITLE}'")
