"""``plan followup``: the budget against the finance system's outcome export.

Per budget line (and per party, financing source and quarter or month): outcome to date, the
forecast for the year, remaining, percent used and the deviation; rows of the export that no
rule takes to a line are listed as "Ej kopplade rader", never dropped. See ``followup.compute``.

Exit codes: 0 the report is produced and no line is over budget or past the forecast threshold;
1 some line (or the total) is, or the export or plan has bad data; 2 a usage problem (option,
configuration, a file that cannot be read or written).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError
from . import emit, say


def run(path: Path, actuals: Path, as_of: str | None, output_format: str, output: Path | None,
        mapping: Path | None = None) -> int:
    from ..followup import followup_settings, load_followup
    from ..followup import outputs
    from ..lint import Settings
    from . import usable_plan

    if output_format == "xlsx" and output is None:
        raise UsageError("--format xlsx skrivs till fil; ange -o FIL.xlsx")
    if output_format == "table" and output is not None:
        raise UsageError("tabellvyn skrivs till terminalen; använd --format csv, xlsx eller json med -o")
    if output is not None:
        _refuse_own_inputs(output, {"planen": path, "utfallsfilen": actuals, "kopplingsfilen": mapping})
    settings = Settings.load()
    linted = usable_plan(path, settings)
    rules = followup_settings(settings.config, mapping)
    result = load_followup(linted.plan, path, str(path), actuals, as_of, rules)
    if linted.errors:
        say(f"plan followup: obs: planen har {len(linted.errors)} fel (se plan validate); "
            "uppföljningen nedan är beräknad ur raderna")
    _notes(result)
    if not result.has_dates and as_of is None:
        say(f"plan followup: exporten har ingen datumkolumn; utfallet räknas som per periodens slut "
            f"({result.as_of.isoformat()}) – ange --as-of DATUM för en prognos mitt i året")
    if output_format == "table":
        outputs.write_table(result)
    else:
        data = {"csv": outputs.csv_bytes, "json": outputs.json_bytes, "xlsx": outputs.xlsx_bytes}[output_format](result)
        emit(data, output)
        for warning in result.warnings:
            say(f"plan followup: varning: {warning}")
    return 1 if result.warnings else 0


def _notes(result) -> None:
    """What the user must know to read the tables."""
    from ..followup.outputs import money_text
    from ..swedish import count

    for line in result.lines:
        if line.note:
            say(f"plan followup: {line.name}: {line.note[0].lower()}{line.note[1:]}")
    if result.unit_note:
        say(f"plan followup: {result.unit_note}")
    if result.unmatched:
        say(f"plan followup: {count(len(result.unmatched), 'rad', 'rader')} i exporten hör inte till någon "
            f"budgetrad ({money_text(result.unmatched_total, ' ')} kr); se tabellen 'Ej kopplade rader' och "
            "[[followup.rules]] i konfigurationen")
    if result.outside:
        say(f"plan followup: {count(len(result.outside), 'rad', 'rader')} ligger utanför perioden eller efter "
            f"{result.as_of.isoformat()} och räknas inte ({money_text(result.outside_total, ' ')} kr)")


def _refuse_own_inputs(output: Path, inputs: dict[str, Path | None]) -> None:
    """-o must never name a file the command reads: the plan, the export or the mapping."""
    for what, source in inputs.items():
        if source is None:
            continue
        try:
            same = output.resolve() == source.resolve() or (output.exists() and output.samefile(source))
        except (OSError, RuntimeError):
            same = False
        if same:
            raise UsageError(f"-o '{output}' är {what}; välj en annan utfil")
