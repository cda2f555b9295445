"""The one lint entry point: load a plan, run every check, apply the project's settings.

``lint(path)`` is what every command that needs a verdict calls — validate, render, diff, split
and whatever comes next — so a severity override, a per-path ignore, an inline
``# plan: ignore[...]`` or a baseline holds in all of them alike (yamllint's ``linter.run``,
beancount's ``loader.load_file``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..findings import Finding, Severity
from .config import Config


@dataclass(slots=True)
class Settings:
    """The project's configuration and the accepted findings of its baseline (if any)."""

    config: Config = field(default_factory=Config)
    accepted: Counter | None = None

    @classmethod
    def load(cls, baseline: Path | None = None, *, use_baseline: bool = True) -> Settings:
        """The nearest configuration and the baseline (``--baseline`` or the configured one;
        none with ``use_baseline=False``, when one is being written); a broken file is a usage
        error (exit 2)."""
        from ..errors import UsageError
        from .baseline import BaselineProblem, read_baseline
        from .config import ConfigProblem, load_config

        try:
            config = load_config()
            baseline = (baseline or config.baseline) if use_baseline else None
            return cls(config, read_baseline(baseline) if baseline else None)
        except (ConfigProblem, BaselineProblem) as exc:
            raise UsageError(str(exc)) from None


@dataclass(slots=True)
class Linted:
    """A loaded plan and its findings after configuration, suppressions and baseline."""

    loaded: object  # load.LoadedPlan
    findings: list[Finding]

    @property
    def plan(self):
        return self.loaded.plan

    @property
    def file(self) -> str:
        return self.loaded.file

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    def fails(self, strict: bool = False) -> bool:
        """The verdict on this plan (see :func:`fails`); a file that is not a plan always fails."""
        return self.plan is None or fails(self.findings, strict)


def fails(findings: list[Finding], strict: bool = False) -> bool:
    """The verdict: errors fail a plan; with ``strict`` warnings do too."""
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    return any(f.severity in failing for f in findings)


def lint(path: Path, display: str | None = None, settings: Settings | None = None, *,
         text: str | None = None, raw: bytes | None = None) -> Linted:
    """Load ``path`` (or ``text``, e.g. a git revision of it, named ``display``; or ``raw``, the
    bytes already read from ``path``) and lint it."""
    from ..load import load_file, load_text

    if text is None:
        loaded = load_file(path, display, raw=raw)
    else:
        loaded = load_text(text, display or str(path))
        loaded.path = path
    return lint_loaded(loaded, settings)


def lint_loaded(loaded, settings: Settings | None = None) -> Linted:
    from ..checks import RULES, run_checks
    from .baseline import filter_baseline
    from .suppressions import apply_suppressions

    settings = settings or Settings()
    findings = sorted(loaded.findings + run_checks(loaded), key=Finding.sort_key)
    findings = apply_suppressions(findings, loaded.text, loaded.file, RULES)
    # Where the plan is for the configuration and the baseline: its file on disk (or in the
    # repository, for a git revision), not the name it is shown under.
    location = settings.config.relative(str(loaded.path) if loaded.path is not None else loaded.file)
    findings = settings.config.apply(findings, location)
    if settings.accepted is not None:
        findings = filter_baseline(findings, settings.accepted, location)
    return Linted(loaded, findings)
