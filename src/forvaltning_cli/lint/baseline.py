"""A baseline: findings a team has accepted, so that only new ones fail.

The file is JSON, ``{"version": 1, "findings": [{"file", "rule", "message", "count"}]}``. Findings
are matched by file, rule and message — not by line, so edits elsewhere in a plan do not
invalidate the baseline — and at most ``count`` of each are accepted. ``file`` is the plan's path
relative to the configuration's directory, so the verdict does not depend on where the command
runs or on which side of a diff the plan is.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from ..findings import Finding

VERSION = 1


class BaselineProblem(Exception):
    pass


def _key(file: str, finding: Finding) -> tuple[str, str, str]:
    return file, finding.rule, finding.message


def write_baseline(path: Path, results: list[tuple[str, list[Finding]]], relative=lambda file: file) -> int:
    """Save every finding of ``results`` (``relative`` names a file as the configuration does)."""
    from ..atomic import save

    counts = Counter(_key(relative(f.file), f) for _, findings in results for f in findings)
    entries = [{"file": f, "rule": r, "message": m, "count": n} for (f, r, m), n in sorted(counts.items())]
    save(path, json.dumps({"version": VERSION, "findings": entries}, ensure_ascii=False, indent=2) + "\n")
    return sum(counts.values())


def read_baseline(path: Path) -> Counter:
    """The accepted findings; a missing, unreadable or malformed file is a
    :class:`BaselineProblem` naming the file and the line (or the entry) that is wrong."""
    from ..errors import UsageError
    from ..paths import read_small_file

    try:
        text = read_small_file(path, "baslinjen")
    except UsageError as exc:
        if not path.exists() and not path.is_symlink():
            raise BaselineProblem(f"baslinjen '{path}' finns inte (skapa den med --write-baseline)") from None
        raise BaselineProblem(exc.message) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineProblem(f"{path}:{exc.lineno}:{exc.colno}: baslinjen är inte giltig JSON ({exc.msg})") from None
    except RecursionError:
        raise BaselineProblem(f"{path}: baslinjen är för djupt nästlad för att läsas") from None
    if not isinstance(document, dict):
        raise BaselineProblem(f"{path}: baslinjen ska vara ett JSON-objekt med version och findings")
    if document.get("version") != VERSION:
        raise BaselineProblem(f"{path}: okänd version {document.get('version')!r}"[:300])
    entries = document.get("findings")
    if not isinstance(entries, list):
        raise BaselineProblem(f"{path}: findings ska vara en lista")
    accepted: Counter = Counter()
    for index, entry in enumerate(entries):
        where = f"{path}: findings[{index}]"
        if not isinstance(entry, dict):
            raise BaselineProblem(f"{where} ska vara ett objekt med file, rule, message och count")
        for key in ("file", "rule", "message"):
            if not isinstance(entry.get(key), str):
                raise BaselineProblem(f"{where}.{key} ska vara text")
        count = entry.get("count", 1)
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise BaselineProblem(f"{where}.count ska vara ett heltal från 1 (är {count!r})"[:300])
        accepted[(entry["file"], entry["rule"], entry["message"])] += count
    return accepted


def filter_baseline(findings: list[Finding], accepted: Counter, file: str) -> list[Finding]:
    """The findings of the plan at ``file`` (as the baseline names it) that are not, or no longer
    fit, in the baseline."""
    remaining = Counter(accepted)
    out = []
    for finding in findings:
        key = _key(file, finding)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            out.append(finding)
    return out
