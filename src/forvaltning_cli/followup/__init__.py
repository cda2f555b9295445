"""Budget follow-up: the finance system's outcome export against the plan's budget
(``reader``: CSV/XLSX; ``compute``: per line, party, source and month; ``outputs``: terminal,
CSV, XLSX, JSON and the document's section "Uppföljning")."""

from .compute import Figures, FollowUp, LineFollowup, follow_up, months_elapsed, round_kronor
from .reader import Export, ExportProblem, ExportRow, parse_amount, parse_date, read_export

__all__ = ["Export", "ExportProblem", "ExportRow", "Figures", "FollowUp", "LineFollowup", "follow_up",
           "months_elapsed", "parse_amount", "parse_date", "read_export", "round_kronor", "load_followup",
           "parse_as_of", "followup_settings"]


def parse_as_of(text: str | None):
    """``--as-of ÅÅÅÅ-MM-DD`` as a date; a usage error (exit 2) otherwise."""
    import datetime as dt

    from ..errors import UsageError

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"--as-of: '{text}' är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2025-08-31") from None


def followup_settings(config, mapping):
    """The follow-up settings: from ``--mapping FILE`` when given, else the configuration's."""
    if mapping is None:
        return config.followup
    from ..errors import UsageError
    from ..lint.config import ConfigProblem, load_followup_settings

    try:
        return load_followup_settings(mapping)
    except ConfigProblem as exc:
        raise UsageError(str(exc)) from None


def load_followup(plan, plan_path, plan_file: str, actuals, as_of: str | None, settings) -> FollowUp:
    """Read ``actuals`` with the settings' column names and rules and follow ``plan`` up."""
    from ..errors import UsageError

    date = parse_as_of(as_of)
    if plan.budget is None:
        raise ExportProblem(f"{plan_file}: planen har ingen budget att följa upp")
    if not settings.rules:
        raise UsageError("ingen koppling från exportens konton och aktiviteter till budgetrader: lägg till "
                         "[[followup.rules]] i .plan.toml (eller [[tool.plan.followup.rules]] i pyproject.toml), "
                         "eller ange en kopplingsfil med --mapping")
    export = read_export(actuals, settings.columns, need_forecast=settings.forecast == "column")
    return follow_up(plan, plan_file, settings.location(plan_path), export, settings, date)
