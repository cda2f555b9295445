"""``plan validate``: load each plan, run the checks, apply configuration, report findings."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..findings import Finding, Severity
from ..paths import PlanPathError, discover_plans


def validate_file(path: Path, display: str, config=None) -> list[Finding]:
    """Every finding for one plan file after suppressions and configuration, sorted by position."""
    from ..checks import RULES, run_checks
    from ..loader import load_file
    from ..suppressions import apply_suppressions

    loaded = load_file(path, display)
    findings = sorted(loaded.findings + run_checks(loaded), key=Finding.sort_key)
    findings = apply_suppressions(findings, loaded.text, display, RULES)
    return config.apply(findings) if config is not None else findings


def default_format(configured: str | None) -> str:
    if configured:
        return configured
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def _validate_one(item):
    path, display, config = item
    return display, validate_file(path, display, config)


def _validate_all(files, config, jobs: int | None):
    """``(display, findings)`` per file, in order; in ``jobs`` worker processes when asked or
    when there are many files (one process per core), in this process otherwise."""
    if jobs is None:
        jobs = (os.cpu_count() or 1) if len(files) >= 64 else 1
    jobs = max(1, min(jobs, len(files) or 1))
    items = [(path, display, config) for path, display in files]
    if jobs == 1:
        yield from map(_validate_one, items)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_validate_one, items, chunksize=max(1, min(64, len(items) // (jobs * 4) or 1)))


def run(paths: list[Path] | None, output_format: str | None, strict: bool,
        baseline: Path | None = None, write_baseline: Path | None = None, jobs: int | None = None) -> int:
    from ..baseline import BaselineProblem, filter_baseline, read_baseline
    from ..baseline import write_baseline as save_baseline
    from ..config import ConfigProblem, load_config

    try:
        config = load_config()
        if not paths:
            paths = [Path(os.path.relpath(p)) for p in config.paths]
        files = discover_plans(paths)
        accepted = read_baseline(baseline) if baseline else None
    except (PlanPathError, ConfigProblem, BaselineProblem) as exc:
        sys.stderr.write(f"plan validate: {exc}\n")
        return 2
    results = list(_validate_all(files, config, jobs))
    if write_baseline is not None:
        count = save_baseline(write_baseline, results)
        sys.stderr.write(f"plan validate: {count} anmärkningar sparade i baslinjen {write_baseline}\n")
        return 0
    if accepted is not None:
        results = [(display, filter_baseline(findings, accepted)) for display, findings in results]

    from .. import report

    report.write(results, default_format(output_format or config.format), sys.stdout)
    failing = {Severity.ERROR} | ({Severity.WARNING} if strict else set())
    return 1 if any(f.severity in failing for _, findings in results for f in findings) else 0
