"""Project configuration: ``[tool.plan]`` in ``pyproject.toml`` or a ``.plan.toml``.

The nearest file wins: the directories from the current one upwards are searched, and in each a
``.plan.toml`` is preferred to a ``pyproject.toml`` with a ``[tool.plan]`` table. Keys::

    select = ["budget-*", "split-key-sum"]   # only these rules (globs); default: all
    ignore = ["abbreviation-unused"]           # never these
    paths = ["plans"]                          # what plan validate checks by default
    format = "text"                            # text, json, github, sarif or gitlab
    baseline = "plan-baseline.json"            # accepted findings, for every command

    [tool.plan.severity]                       # change a rule's severity
    date-tentative = "warning"

    [tool.plan.per-path-ignores]               # rules ignored in matching files (globs)
    "plans/archive/*.yaml" = ["title-year"]

    [tool.plan.followup]                       # plan followup / plan render --actuals
    threshold = 5                              # warn when the forecast passes budget + 5 %
    forecast = "linear"                        # or "column": the export's forecast column
    [tool.plan.followup.columns]               # the export's column names (case-insensitive)
    account = "Konto"
    [[tool.plan.followup.rules]]               # export rows → budget line (first rule wins)
    line = "support-hmc"                       # the line's id (or name)
    account = "7*"                             # glob on the account and/or the activity code
    activity = "3060"
    plans = ["plans/2025-*.yaml"]              # optional: only for these plan files
"""

from __future__ import annotations

import difflib
import fnmatch
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path, PurePosixPath

from ..findings import Finding, Severity

KEYS = ("select", "ignore", "severity", "per-path-ignores", "paths", "format", "baseline", "followup")
from ..formats import FINDING_FORMATS as FORMATS


class ConfigProblem(Exception):
    """The configuration file is wrong; the message names the file and the key."""


# ------------------------------------------------------------------------------------------
# [tool.plan.followup]: how plan followup reads a finance system's export
# ------------------------------------------------------------------------------------------

FOLLOWUP_KEYS = ("threshold", "forecast", "columns", "rules")
FOLLOWUP_FORECASTS = ("linear", "column")
# The export's columns and the header names each is known by (compared case-insensitively).
FOLLOWUP_COLUMNS: dict[str, tuple[str, ...]] = {
    "account": ("konto", "account"),
    "activity": ("aktivitet", "activity"),
    "date": ("datum", "period", "bokföringsdatum", "date"),
    "amount": ("belopp", "utfall", "amount"),
    "forecast": ("prognos", "helårsprognos", "forecast"),
    "text": ("text", "kontotext", "benämning", "beskrivning"),
}
FOLLOWUP_RULE_KEYS = ("line", "account", "activity", "plans")
DEFAULT_THRESHOLD = 5


@dataclass(frozen=True, slots=True)
class FollowupRule:
    """Export rows whose account and activity match these globs belong to budget line ``line``."""

    key: str  # where it is written, for messages: "followup.rules[2]"
    line: str
    account: str | None = None
    activity: str | None = None
    plans: tuple[str, ...] = ()  # globs relative to the configuration's directory; () = every plan

    def applies_to(self, location: str) -> bool:
        return not self.plans or any(fnmatch.fnmatchcase(location, glob) for glob in self.plans)

    def matches(self, account: str, activity: str) -> bool:
        return ((self.account is None or fnmatch.fnmatchcase(account, self.account))
                and (self.activity is None or fnmatch.fnmatchcase(activity, self.activity)))


@dataclass(frozen=True, slots=True)
class FollowupSettings:
    """``[tool.plan.followup]``: the export's column names, the rules and the forecast."""

    columns: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(FOLLOWUP_COLUMNS))
    rules: tuple[FollowupRule, ...] = ()
    threshold: Decimal = Decimal(DEFAULT_THRESHOLD)  # percent over budget before a warning
    forecast: str = "linear"
    source: Path | None = None

    def location(self, plan: Path) -> str:
        """The plan file as a rule's ``plans`` globs name it: relative to the file the rules are in."""
        return _relative(str(plan), self.source.parent if self.source else Path.cwd())


def load_followup_settings(path: Path) -> FollowupSettings:
    """``--mapping FILE``: the follow-up settings from a TOML file of their own (a ``[followup]``
    table, or ``[tool.plan.followup]``); a problem is a :class:`ConfigProblem` naming the file."""
    data = _read_toml(path, "kopplingsfilen")
    tool = data.get("tool")
    table = tool.get("plan", {}).get("followup") if isinstance(tool, dict) and isinstance(tool.get("plan"), dict) else None
    table = data.get("followup", table)
    if table is None:
        raise ConfigProblem(f"{path}: saknar tabellen [followup] (med [[followup.rules]])")
    return _followup_settings(table, path)


def _followup_settings(table, source: Path) -> FollowupSettings:
    """Validate ``[tool.plan.followup]``; every problem names the file and the key."""
    def fail(key: str, message: str) -> ConfigProblem:
        return ConfigProblem(f"{source}: followup.{key}: {message}" if key else f"{source}: followup: {message}")

    if not isinstance(table, dict):
        raise fail("", "ska vara en tabell ([tool.plan.followup], eller [followup] i .plan.toml)")
    for key in table:
        if key not in FOLLOWUP_KEYS:
            close = difflib.get_close_matches(key, FOLLOWUP_KEYS, n=1)
            raise fail(key, "okänd nyckel" + (f"; menade du '{close[0]}'?" if close
                                               else f"; tillåtna: {', '.join(FOLLOWUP_KEYS)}"))
    threshold = table.get("threshold", DEFAULT_THRESHOLD)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1000:
        raise fail("threshold", f"{threshold!r} är ingen procentsats; ange ett tal mellan 0 och 1000, t.ex. 5")
    forecast = table.get("forecast", "linear")
    if forecast not in FOLLOWUP_FORECASTS:
        raise fail("forecast", f"{forecast!r} finns inte; använd 'linear' (utfallet räknat upp till helår) "
                               "eller 'column' (exportens prognoskolumn)")
    columns = dict(FOLLOWUP_COLUMNS)
    given = table.get("columns", {})
    if not isinstance(given, dict):
        raise fail("columns", "ska vara en tabell, t.ex. account = \"Konto\"")
    for name, value in given.items():
        if name not in FOLLOWUP_COLUMNS:
            close = difflib.get_close_matches(name, list(FOLLOWUP_COLUMNS), n=1)
            raise fail(f"columns.{name}", "okänd kolumn" + (f"; menade du '{close[0]}'?" if close
                                                             else f"; tillåtna: {', '.join(FOLLOWUP_COLUMNS)}"))
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
            raise fail(f"columns.{name}", "ska vara kolumnens rubrik i exporten (text), eller en lista med rubriker")
        columns[name] = tuple(n.strip().casefold() for n in names)
    rules_value = table.get("rules", [])
    if not isinstance(rules_value, list):
        raise fail("rules", "ska vara en lista av tabeller ([[tool.plan.followup.rules]])")
    rules = []
    for index, rule in enumerate(rules_value, 1):
        key = f"rules[{index}]"
        if not isinstance(rule, dict):
            raise fail(key, "ska vara en tabell med line och account och/eller activity")
        for name in rule:
            if name not in FOLLOWUP_RULE_KEYS:
                close = difflib.get_close_matches(name, FOLLOWUP_RULE_KEYS, n=1)
                raise fail(f"{key}.{name}", "okänd nyckel" + (f"; menade du '{close[0]}'?" if close
                                                              else f"; tillåtna: {', '.join(FOLLOWUP_RULE_KEYS)}"))
        line = rule.get("line")
        if not isinstance(line, str) or not line.strip():
            raise fail(f"{key}.line", "saknas; ange budgetradens id (eller benämning), t.ex. line = \"support-hmc\"")
        codes = {}
        for name in ("account", "activity"):
            value = rule.get(name)
            if isinstance(value, int) and not isinstance(value, bool):
                value = str(value)  # account = 7010 written without quotes
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise fail(f"{key}.{name}", "ska vara en kod eller ett mönster (text), t.ex. \"7*\"")
            codes[name] = value.strip() if value is not None else None
        if codes["account"] is None and codes["activity"] is None:
            raise fail(key, "anger varken account eller activity; en regel utan kod skulle ta varje rad")
        plans = rule.get("plans", [])
        if isinstance(plans, str):
            plans = [plans]
        if not isinstance(plans, list) or not all(isinstance(p, str) and p and "\0" not in p for p in plans):
            raise fail(f"{key}.plans", "ska vara en lista med planfiler (mönster relativt till konfigurationen)")
        rules.append(FollowupRule(key, line.strip(), codes["account"], codes["activity"], tuple(plans)))
    return FollowupSettings(columns, tuple(rules), Decimal(str(threshold)), forecast, source)


@dataclass(slots=True)
class Config:
    source: Path | None = None
    select: list[str] = field(default_factory=lambda: ["*"])
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    per_path_ignores: dict[str, list[str]] = field(default_factory=dict)
    paths: list[str] = field(default_factory=lambda: ["plans"])
    format: str | None = None
    baseline: Path | None = None
    followup: FollowupSettings = field(default_factory=lambda: FollowupSettings())

    @property
    def root(self) -> Path:
        return self.source.parent if self.source else Path.cwd()

    def enabled(self, rule: str, location: str | None = None) -> bool:
        """Whether ``rule`` runs for the plan at ``location`` (as :meth:`relative` names it)."""
        if not any(fnmatch.fnmatchcase(rule, pattern) for pattern in self.select):
            return False
        if any(fnmatch.fnmatchcase(rule, pattern) for pattern in self.ignore):
            return False
        if location is not None:
            for glob, rules in self.per_path_ignores.items():
                if fnmatch.fnmatchcase(location, glob) and any(fnmatch.fnmatchcase(rule, r) for r in rules):
                    return False
        return True

    def relative(self, file: str) -> str:
        """``file`` as the configuration names files: relative to its directory, with ``/``."""
        return _relative(file, self.root)

    def apply(self, findings: list[Finding], location: str) -> list[Finding]:
        """Drop disabled rules' findings and apply severity overrides, for the findings of the
        plan at ``location`` (as :meth:`relative` names it)."""
        from dataclasses import replace

        out = []
        for finding in findings:
            if not self.enabled(finding.rule, location):
                continue
            severity = self.severity.get(finding.rule)
            out.append(replace(finding, severity=severity) if severity else finding)
        return out


def _relative(file: str, root: Path) -> str:
    """``file`` relative to the configuration's directory (symbolic links are not followed:
    a link loop must not stop validation)."""
    import os

    relative = os.path.relpath(os.path.abspath(file), os.path.abspath(root))
    return PurePosixPath(Path(relative)).as_posix()


def _read_toml(path: Path, what: str) -> dict:
    """A TOML file as data; a FIFO, device or huge file is refused, not read, and every problem
    is a :class:`ConfigProblem` naming the file (TOML's message ends "(at line L, column C)")."""
    import tomllib

    from ..errors import UsageError
    from ..paths import read_small_file

    try:
        text = read_small_file(path, what)
    except UsageError as exc:
        raise ConfigProblem(exc.message) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigProblem(f"{path}: kan inte läsas: {exc}") from None
    except RecursionError:
        raise ConfigProblem(f"{path}: kan inte läsas: för djupt nästlad") from None


def _find(start: Path) -> tuple[Path, dict] | None:
    for directory in [start, *start.parents]:
        for name in (".plan.toml", "pyproject.toml"):
            candidate = directory / name
            if not candidate.exists() or candidate.is_dir():
                continue
            data = _read_toml(candidate, "konfigurationsfilen")
            tool = data.get("tool", {})
            if not isinstance(tool, dict):
                if name == "pyproject.toml":
                    continue
                raise ConfigProblem(f"{candidate}: tool: ska vara en tabell ([tool.plan])")
            table = tool.get("plan") if name == "pyproject.toml" else tool.get("plan", data)
            if table is None:
                continue
            if not isinstance(table, dict):
                raise ConfigProblem(f"{candidate}: tool.plan: ska vara en tabell ([tool.plan])")
            return candidate, table
    return None


def load_config(start: Path | None = None) -> Config:
    """The nearest configuration, validated against the known rules and keys."""
    found = _find((start or Path.cwd()).resolve())
    if found is None:
        return Config()
    from ..checks import RULES  # only a configuration names rules (the registry builds the model)
    source, table = found

    def fail(key: str, message: str) -> ConfigProblem:
        return ConfigProblem(f"{source}: {key}: {message}")

    for key in table:
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            raise fail(key, "okänd nyckel" + (f"; menade du '{close[0]}'?" if close else f"; tillåtna: {', '.join(KEYS)}"))

    def rule_patterns(key: str, value) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "ska vara en lista med regel-id (text)")
        for pattern in value:
            if not any(fnmatch.fnmatchcase(rule, pattern) for rule in RULES):
                close = difflib.get_close_matches(pattern, list(RULES), n=1)
                raise fail(key, f"okänd regel '{pattern}'" + (f"; menade du '{close[0]}'?" if close else ""))
        return value

    config = Config(source=source, paths=[str(source.parent / "plans")])
    if "select" in table:
        config.select = rule_patterns("select", table["select"])
    if "ignore" in table:
        config.ignore = rule_patterns("ignore", table["ignore"])
    severities = table.get("severity", {})
    if not isinstance(severities, dict):
        raise fail("severity", "ska vara en tabell regel = nivå")
    for rule, level in severities.items():
        rule_patterns("severity", [rule])
        if level not in ("error", "warning", "info"):
            raise fail(f"severity.{rule}", f"'{level}' är ingen nivå; använd error, warning eller info")
        config.severity[rule] = Severity(level)
    ignores = table.get("per-path-ignores", {})
    if not isinstance(ignores, dict):
        raise fail("per-path-ignores", "ska vara en tabell glob = [regler]")
    for glob, rules in ignores.items():
        config.per_path_ignores[glob] = rule_patterns(f"per-path-ignores.{glob}", rules)
    if "paths" in table:
        paths = table["paths"]
        if not isinstance(paths, list) or not all(isinstance(p, str) and p and "\0" not in p for p in paths):
            raise fail("paths", "ska vara en lista med sökvägar")
        config.paths = [str((source.parent / p)) if not Path(p).is_absolute() else p for p in paths]
    if "format" in table:
        if not isinstance(table["format"], str) or table["format"] not in FORMATS:
            raise fail("format", f"'{table['format']}' finns inte; använd {', '.join(FORMATS)}")
        config.format = table["format"]
    if "baseline" in table:
        if not isinstance(table["baseline"], str) or not table["baseline"] or "\0" in table["baseline"]:
            raise fail("baseline", "ska vara en sökväg (text)")
        config.baseline = source.parent / table["baseline"]
    if "followup" in table:
        config.followup = _followup_settings(table["followup"], source)
    return config
