"""``plan validate``: load each plan, run the checks, report findings."""

from __future__ import annotations

import sys
from pathlib import Path

from ..findings import Finding, Severity
from ..paths import PlanPathError, discover_plans


def validate_file(path: Path, display: str) -> list[Finding]:
    """Every finding for one plan file, sorted by position."""
    from ..checks import run_checks
    from ..loader import load_file

    loaded = load_file(path, display)
    findings = loaded.findings + run_checks(loaded)
    return sorted(findings, key=Finding.sort_key)


def run(paths: list[Path], output_format: str, strict: bool) -> int:
    try:
        files = discover_plans(paths)
    except PlanPathError as exc:
        sys.stderr.write(f"plan validate: {exc}\n")
        return 2
    results = [(display, validate_file(path, display)) for path, display in files]

    from .. import report

    report.write(results, output_format, sys.stdout)
    failing = {Severity.ERROR} | ({Severity.WARNING} if strict else set())
    return 1 if any(f.severity in failing for _, findings in results for f in findings) else 0
