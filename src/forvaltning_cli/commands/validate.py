"""``plan validate``: lint each plan and report the findings."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..findings import Finding
from . import say


def validate_file(path: Path, display: str, settings=None) -> list[Finding]:
    """Every finding for one plan file after configuration, suppressions and baseline."""
    from ..lint import lint

    return lint(path, display, settings).findings


def default_format(configured: str | None) -> str:
    if configured:
        return configured
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def _validate_one(item):
    path, display, settings = item
    return display, validate_file(path, display, settings)


def _validate_all(files, settings, jobs: int | None):
    """``(display, findings)`` per file, in order; in ``jobs`` worker processes when asked or
    when there are many files (one process per core), in this process otherwise."""
    if jobs is None:
        jobs = (os.cpu_count() or 1) if len(files) >= 64 else 1
    jobs = max(1, min(jobs, len(files) or 1))
    items = [(path, display, settings) for path, display in files]
    if jobs == 1:
        yield from map(_validate_one, items)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_validate_one, items, chunksize=max(1, min(64, len(items) // (jobs * 4) or 1)))


def run(paths: list[Path] | None, output_format: str | None, strict: bool,
        baseline: Path | None = None, write_baseline: Path | None = None, jobs: int | None = None) -> int:
    from ..lint import Settings
    from . import plan_files

    settings = Settings.load(baseline, use_baseline=write_baseline is None)  # a new baseline holds everything
    files = plan_files(paths, settings.config)
    if write_baseline is not None:
        results = list(_validate_all(files, settings, jobs))
        from ..lint.baseline import write_baseline as save_baseline

        count = save_baseline(write_baseline, results, settings.config.relative)
        say(f"plan validate: {count} anmärkningar sparade i baslinjen {write_baseline}")
        return 0
    results = list(_validate_all(files, settings, jobs))

    from ..lint import fails, report

    report.write(results, default_format(output_format or settings.config.format), sys.stdout)
    return 1 if any(fails(findings, strict) for _, findings in results) else 0
