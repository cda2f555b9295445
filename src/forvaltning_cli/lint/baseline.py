"""A baseline: findings a team has accepted, so that only new ones fail.

The file is JSON, ``{"version": 1, "findings": [{"file", "rule", "message", "count"}]}``. Findings
are matched by file, rule and message — not by line, so edits elsewhere in a plan do not
invalidate the baseline — and at most ``count`` of each are accepted.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from ..findings import Finding

VERSION = 1


class BaselineProblem(Exception):
    pass


def _key(finding: Finding) -> tuple[str, str, str]:
    return finding.file, finding.rule, finding.message


def write_baseline(path: Path, results: list[tuple[str, list[Finding]]]) -> int:
    from ..atomic import save

    counts = Counter(_key(f) for _, findings in results for f in findings)
    entries = [{"file": f, "rule": r, "message": m, "count": n} for (f, r, m), n in sorted(counts.items())]
    save(path, json.dumps({"version": VERSION, "findings": entries}, ensure_ascii=False, indent=2) + "\n")
    return sum(counts.values())


def read_baseline(path: Path) -> Counter:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("version") != VERSION:
            raise BaselineProblem(f"{path}: okänd version {document.get('version')!r}")
        return Counter({(e["file"], e["rule"], e["message"]): int(e.get("count", 1)) for e in document["findings"]})
    except FileNotFoundError:
        raise BaselineProblem(f"baslinjen '{path}' finns inte (skapa den med --write-baseline)") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BaselineProblem(f"baslinjen '{path}' kan inte läsas: {exc}") from None


def filter_baseline(findings: list[Finding], accepted: Counter) -> list[Finding]:
    """The findings that are not (or no longer fit) in the baseline."""
    remaining = Counter(accepted)
    out = []
    for finding in findings:
        key = _key(finding)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            out.append(finding)
    return out
