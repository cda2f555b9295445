"""Output formats for findings: one function per format over the same ``Finding`` list."""

from __future__ import annotations

import json
from typing import TextIO

from .findings import Finding, Severity

Results = list[tuple[str, list[Finding]]]

JSON_FORMAT_VERSION = 1

_SWEDISH = {Severity.ERROR: "fel", Severity.WARNING: "varning", Severity.INFO: "info"}


def counts(results: Results) -> dict[str, int]:
    tally = {"files": len(results), "error": 0, "warning": 0, "info": 0}
    for _, findings in results:
        for finding in findings:
            tally[finding.severity.value] += 1
    return tally


def summary_line(results: Results) -> str:
    tally = counts(results)
    files = f"{tally['files']} {'plan' if tally['files'] == 1 else 'planer'}"
    if not any(tally[s.value] for s in Severity):
        return f"{files} kontrollerade: inga anmärkningar"
    parts = [
        f"{tally['error']} fel",
        f"{tally['warning']} {'varning' if tally['warning'] == 1 else 'varningar'}",
        f"{tally['info']} info",
    ]
    return f"{files} kontrollerade: " + ", ".join(parts)


def write_text(results: Results, out: TextIO) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(file=out, highlight=False, soft_wrap=True)
    style = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
    for file, findings in results:
        if not findings:
            continue
        console.print(f"[bold]{escape(file)}[/bold]")
        positions = [f"{file}:{f.line}:{f.column}" for f in findings]
        width = max(map(len, positions))
        rule_width = max(len(f.rule) for f in findings)
        indent = " " * (2 + width + 2)
        for position, f in zip(positions, findings):
            severity = _SWEDISH[f.severity]
            console.print(
                f"  {escape(position):<{width}}  [{style[f.severity]}]{severity:<7}[/]  "
                f"[dim]{f.rule:<{rule_width}}[/]  {escape(f.message)}"
            )
            for location in f.related:
                console.print(f"{indent}[dim]se även {escape(str(location))}[/]")
            if f.hint:
                console.print(f"{indent}[dim]→ {escape(f.hint)}[/]")
        console.print()
    tally = counts(results)
    colour = "red" if tally["error"] else ("yellow" if tally["warning"] else "green")
    console.print(f"[{colour}]{escape(summary_line(results))}[/]")


def write_json(results: Results, out: TextIO) -> None:
    tally = counts(results)
    document = {
        "version": JSON_FORMAT_VERSION,
        "findings": [f.as_dict() for _, findings in results for f in findings],
        "summary": {
            "files": tally["files"],
            "errors": tally["error"],
            "warnings": tally["warning"],
            "info": tally["info"],
        },
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def write_github(results: Results, out: TextIO) -> None:
    """GitHub Actions workflow commands, one annotation per finding."""
    command = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    for file, findings in results:
        for f in findings:
            message = f.message + (f" ({f.hint})" if f.hint else "")
            out.write(
                f"::{command[f.severity]} file={_escape_property(file)},line={f.line},"
                f"col={f.column},title={_escape_property(f.rule)}::{_escape_data(message)}\n"
            )
    out.write(summary_line(results) + "\n")


def write_sarif(results: Results, out: TextIO) -> None:
    """SARIF 2.1.0, for GitHub code scanning and other SARIF viewers."""
    from . import __version__
    from .checks import RULES

    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    used = sorted({f.rule for _, findings in results for f in findings})
    index = {rule: i for i, rule in enumerate(used)}
    run = {
        "tool": {"driver": {
            "name": "forvaltning-cli",
            "version": __version__,
            "informationUri": "https://github.com/forvaltning-cli/forvaltning-cli",
            "rules": [{
                "id": rule,
                "shortDescription": {"text": RULES[rule].summary if rule in RULES else rule},
                "fullDescription": {"text": RULES[rule].doc if rule in RULES else rule},
                "defaultConfiguration": {"level": level[RULES[rule].severity] if rule in RULES else "error"},
            } for rule in used],
        }},
        "results": [{
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": level[f.severity],
            "message": {"text": f.message + (f" ({f.hint})" if f.hint else "")},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": file.replace("\\", "/")},
                "region": {"startLine": f.line, "startColumn": f.column},
            }}],
        } for file, findings in results for f in findings],
    }
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run],
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_gitlab(results: Results, out: TextIO) -> None:
    """A GitLab code quality report (a JSON array of issues)."""
    import hashlib

    severity = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}
    issues = []
    for file, findings in results:
        for f in findings:
            fingerprint = hashlib.sha256(f"{file}:{f.rule}:{f.message}".encode()).hexdigest()
            issues.append({
                "description": f"{f.rule}: {f.message}",
                "check_name": f.rule,
                "fingerprint": fingerprint,
                "severity": severity[f.severity],
                "location": {"path": file, "lines": {"begin": f.line}},
            })
    json.dump(issues, out, ensure_ascii=False, indent=2)
    out.write("\n")


WRITERS = {"text": write_text, "json": write_json, "github": write_github, "sarif": write_sarif,
           "gitlab": write_gitlab}


def write(results: Results, output_format: str, out: TextIO) -> None:
    WRITERS[output_format](results, out)
