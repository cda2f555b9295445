"""Inline suppression: ``# plan: ignore[rule-id, other-rule]`` on the line a finding points at.

A suppression that no longer suppresses anything (or names an unknown rule) is itself reported,
as ``unused-suppression``, so stale comments do not pile up.
"""

from __future__ import annotations

import re

from ..findings import Finding, Severity

COMMENT = re.compile(r"#\s*plan:\s*ignore\[(?P<rules>[^\]]*)\]")
RULE_ID = "unused-suppression"


def apply_suppressions(findings: list[Finding], text: str | None, file: str, known_rules) -> list[Finding]:
    if not text or "plan:" not in text:
        return findings
    wanted: dict[int, tuple[int, list[str]]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        match = COMMENT.search(line)
        if match:
            rules = [r.strip() for r in match["rules"].split(",") if r.strip()]
            wanted[number] = (match.start() + 1, rules)
    used: set[tuple[int, str]] = set()
    kept = []
    for finding in findings:
        entry = wanted.get(finding.line)
        if entry and finding.rule in entry[1] and finding.rule != RULE_ID:
            used.add((finding.line, finding.rule))
            continue
        kept.append(finding)
    for number, (column, rules) in wanted.items():
        if not rules:
            kept.append(Finding(file, number, column, RULE_ID, Severity.WARNING,
                                "kommentaren plan: ignore[] nämner ingen regel",
                                "skriv regelns id inom hakparenteserna, t.ex. # plan: ignore[title-year]"))
        for rule in rules:
            if rule not in known_rules:
                kept.append(Finding(file, number, column, RULE_ID, Severity.WARNING,
                                    f"kommentaren undertrycker den okända regeln '{rule}'", "se plan rules"))
            elif (number, rule) not in used:
                kept.append(Finding(file, number, column, RULE_ID, Severity.WARNING,
                                    f"kommentaren undertrycker {rule}, men regeln rapporterar inget på raden",
                                    "ta bort kommentaren"))
    return sorted(kept, key=Finding.sort_key)
