"""``plan portfolio``: every plan of a year at once — cost per object, party, activity type,
municipality and month, each plan's validation status and its change against last year.

Exit codes: 0 the portfolio is written; 1 a plan cannot be read, the population file has
errors (the plans that need it are listed as not split), or two plans of one object share a
year; 2 a usage problem (no plan for ``--year``, a path or file that cannot be used).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import UsageError
from . import emit, say


def run(paths: list[Path] | None, year: int | None, population: Path | None, output_format: str,
        output: Path | None) -> int:
    from ..lint import Settings, lint
    from ..lint.report import write_text
    from ..paths import PLAN_SUFFIXES
    from ..portfolio import build
    from ..portfolio import outputs
    from . import plan_files

    if output_format == "xlsx" and output is None:
        raise UsageError("--format xlsx skrivs till fil; ange -o FIL.xlsx")
    if output_format == "table" and output is not None:
        raise UsageError("tabellvyn skrivs till terminalen; använd --format markdown, csv, xlsx, html eller json med -o")
    settings = Settings.load()
    files = plan_files(paths, settings.config)
    if output is not None and (output.suffix in PLAN_SUFFIXES
                               or any(output.resolve() == path.resolve() for path, _ in files)):
        raise UsageError(f"'{output}' ser ut som en plan; portföljen skrivs inte över en plan (välj t.ex. "
                         "portfolj.html eller portfolj.csv)")
    linted = []
    for path, display in files:
        result = lint(path, display, settings)  # the one lint entry point: once per plan
        if result.plan is None:
            write_text([(display, result.findings)], sys.stderr)
        linted.append((result, display))
    portfolio = build(linted, year, population)
    _notes(portfolio)
    if output_format == "table":
        outputs.write_table(portfolio)
    else:
        data = {
            "markdown": lambda: outputs.markdown_text(portfolio).encode("utf-8"),
            "csv": lambda: outputs.csv_bytes(portfolio),
            "xlsx": lambda: outputs.xlsx_bytes(portfolio),
            "json": lambda: outputs.json_bytes(portfolio),
            "html": lambda: _dashboard(portfolio, [path for path, _ in files]),
        }[output_format]()
        emit(data, output)
        if output is not None:
            say(f"plan portfolio: {output} skriven")
    return 1 if portfolio.unreadable or portfolio.population_problem else 0


def _dashboard(portfolio, plan_paths: list[Path]) -> bytes:
    from ..portfolio.dashboard import render

    return render(portfolio, plan_paths).encode("utf-8")


def _notes(portfolio) -> None:
    """What the user must know to read the figures, on standard error."""
    from ..swedish import count

    if portfolio.unreadable:
        say(f"plan portfolio: {count(len(portfolio.unreadable), 'plan', 'planer')} kan inte läsas och saknas i "
            "summorna: " + ", ".join(portfolio.unreadable))
    if portfolio.population_problem:
        say(f"plan portfolio: {portfolio.population_problem}")
        say("plan portfolio: planernas kommunandel fördelas därför inte efter folkmängd (se 'Kommunernas andel per plan')")
    with_errors = [o.key for o in portfolio.objects if o.errors]
    if with_errors:
        say(f"plan portfolio: obs: {count(len(with_errors), 'plan', 'planer')} har fel (se plan validate): "
            + ", ".join(with_errors) + "; beloppen är beräknade ur budgetraderna")
    not_split = [o.key for o in portfolio.objects if o.municipalities_split is False]
    if not_split and not portfolio.population_problem:
        say("plan portfolio: kommunandelen är inte fördelad för " + ", ".join(not_split)
            + " (se 'Kommunernas andel per plan')")
