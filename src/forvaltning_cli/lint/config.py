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
"""

from __future__ import annotations

import difflib
import fnmatch
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..findings import Finding, Severity

KEYS = ("select", "ignore", "severity", "per-path-ignores", "paths", "format", "baseline")
from ..formats import FINDING_FORMATS as FORMATS


class ConfigProblem(Exception):
    """The configuration file is wrong; the message names the file and the key."""


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


def _find(start: Path) -> tuple[Path, dict] | None:
    import tomllib

    from ..errors import UsageError
    from ..paths import read_small_file

    for directory in [start, *start.parents]:
        for name in (".plan.toml", "pyproject.toml"):
            candidate = directory / name
            if not candidate.exists() or candidate.is_dir():
                continue
            try:  # a FIFO, device or huge file named .plan.toml is refused, not read
                text = read_small_file(candidate, "konfigurationsfilen")
            except UsageError as exc:
                raise ConfigProblem(exc.message) from None
            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError as exc:  # the message ends "(at line L, column C)"
                raise ConfigProblem(f"{candidate}: kan inte läsas: {exc}") from None
            except RecursionError:
                raise ConfigProblem(f"{candidate}: kan inte läsas: för djupt nästlad") from None
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
    return config
