"""``plan split``: who pays what, per party, financing source, municipality and month."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _write_table(split, monthly: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    from ..render.formatting import amount
    from ..split import tables

    console = Console(highlight=False)
    for title, header, rows in tables(split, monthly):
        table = Table(title=title, title_justify="left", show_lines=False)
        for i, name in enumerate(header):
            table.add_column(name, justify="left" if i == 0 or name == "Nyckel" else "right")
        for row in rows:
            cells = []
            for i, cell in enumerate(row):
                text = amount(cell) if isinstance(cell, int) else ("" if cell is None else str(cell))
                if header[i].endswith("skillnad") and isinstance(cell, int) and cell != 0:
                    text = f"[bold red]{text}[/]"
                cells.append(text)
            table.add_row(*cells, style="bold" if row[0] == "Totalt" else None)
        console.print(table)
        console.print()


def run(path: Path, output_format: str, output: Path | None, population: Path | None, monthly: bool,
        delimiter: str) -> int:
    from ..checks import run_checks
    from . import load_plan
    from ..split import SplitProblem, as_json, csv_text, period_months, read_population, split_plan, split_population

    if output_format == "xlsx" and output is None:
        sys.stderr.write("plan split: --format xlsx skrivs till fil; ange -o FIL.xlsx\n")
        return 2
    loaded = load_plan(path, "split")
    if isinstance(loaded, int):
        return loaded
    try:
        split = split_plan(loaded.plan)
        if population is not None:
            split_population(split, read_population(population))
        if monthly:
            split.months = period_months(loaded.plan)
    except SplitProblem as exc:
        sys.stderr.write(f"plan split: {path}: {exc}\n")
        return 1
    errors = [f for f in run_checks(loaded) if f.severity.value == "error"]
    if errors:
        sys.stderr.write(f"plan split: obs: planen har {len(errors)} fel (se plan validate); "
                         "fördelningen nedan är beräknad ur raderna\n")

    from ..atomic import write_bytes_atomic

    if output_format == "xlsx":
        from ..split import write_xlsx

        write_xlsx(split, monthly, output)
        return 0
    if output_format == "csv":
        text = csv_text(split, monthly, delimiter)
        data = (("\ufeff" if delimiter == ";" else "") + text).encode("utf-8")
    elif output_format == "json":
        data = (json.dumps(as_json(split, monthly), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    else:
        if output is not None:
            sys.stderr.write("plan split: tabellvyn skrivs till terminalen; använd --format csv, xlsx eller json med -o\n")
            return 2
        _write_table(split, monthly)
        return 0
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_bytes_atomic(output, data)
    return 0
