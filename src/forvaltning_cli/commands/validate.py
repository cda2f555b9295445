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


_CACHED_BYTES = 10 * 1024 * 1024  # larger files are refused by the loader; they are not cached


def _cached_validate(path: Path, display: str, settings, cache) -> list[Finding]:
    """:func:`validate_file` through the results cache (``lint.cache``)."""
    import stat

    try:
        info = path.stat()
        raw = path.read_bytes() if stat.S_ISREG(info.st_mode) and info.st_size <= _CACHED_BYTES else None
    except OSError:
        raw = None
    if raw is None:  # not a readable regular file: the loader reports why, nothing is kept
        return validate_file(path, display, settings)
    key = cache.key(raw, display, settings.config.relative(str(path)))
    findings = cache.get(key, path)
    if findings is not None:
        return findings
    from ..lint import lint
    from ..lint.cache import image_references
    from ..paths import file_problem, shape_problem

    linted = lint(path, display, settings, raw=raw)
    folder = path.resolve().parent
    images = [(reference, file_problem(reference, folder))
              for reference in image_references(linted.plan) if shape_problem(reference) is None]
    cache.put(key, linted.findings, images)
    return linted.findings


def _validate_one(item):
    path, display, settings, cache = item
    if cache is None:
        return display, validate_file(path, display, settings)
    return display, _cached_validate(path, display, settings, cache)


def _validate_all(files, settings, jobs: int | None, cache=None):
    """``(display, findings)`` per file, in order; in ``jobs`` worker processes when asked or
    when there are many files (one process per core), in this process otherwise."""
    if jobs is None:
        jobs = (os.cpu_count() or 1) if len(files) >= 64 else 1
    jobs = max(1, min(jobs, len(files) or 1))
    items = [(path, display, settings, cache) for path, display in files]
    if jobs == 1:
        yield from map(_validate_one, items)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_validate_one, items, chunksize=max(1, min(64, len(items) // (jobs * 4) or 1)))


def run(paths: list[Path] | None, output_format: str | None, strict: bool,
        baseline: Path | None = None, write_baseline: Path | None = None, jobs: int | None = None,
        use_cache: bool = True) -> int:
    from ..lint import Settings
    from . import plan_files

    settings = Settings.load(baseline, use_baseline=write_baseline is None)  # a new baseline holds everything
    files = plan_files(paths, settings.config)
    cache = None
    if use_cache and files:
        from ..lint.cache import ResultsCache, default_directory

        cache = ResultsCache(default_directory(settings.config.root), settings)
    if write_baseline is not None:
        results = list(_validate_all(files, settings, jobs, cache))
        from ..lint.baseline import write_baseline as save_baseline

        count = save_baseline(write_baseline, results, settings.config.relative)
        say(f"plan validate: {count} anmärkningar sparade i baslinjen {write_baseline}")
        return 0
    results = list(_validate_all(files, settings, jobs, cache))

    from ..lint import fails, report

    report.write(results, default_format(output_format or settings.config.format), sys.stdout)
    return 1 if any(fails(findings, strict) for _, findings in results) else 0
