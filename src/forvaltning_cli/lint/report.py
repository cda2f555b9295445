"""Output formats for findings: one function per format over the same ``Finding`` list."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO

from ..escape import json_text, terminal_text
from ..findings import Finding, Severity

Results = list[tuple[str, list[Finding]]]

JSON_FORMAT_VERSION = 1


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


def use_colour(out: TextIO) -> bool:
    """Colour for a terminal, as rich and most tools decide it: NO_COLOR turns it off, FORCE_COLOR
    on, TERM=dumb off, otherwise colour when ``out`` is a terminal."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty())


_ANSI = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33", "cyan": "36", "bold red": "1;31"}


def write_text(results: Results, out: TextIO) -> None:
    # Plain ANSI rather than rich: this runs on every commit, and rich costs ~20 ms to import.
    colour = use_colour(out)

    def paint(style: str, text: str) -> str:
        return f"\x1b[{_ANSI[style]}m{text}\x1b[0m" if colour else text

    style = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
    for file, findings in results:
        if not findings:
            continue
        # Messages quote plan text and file names come from others: controls are spelt out.
        shown = terminal_text(file)
        out.write(paint("bold", shown) + "\n")
        positions = [f"{shown}:{f.line}:{f.column}" for f in findings]
        width = max(map(len, positions))
        rule_width = max(len(f.rule) for f in findings)
        indent = " " * (2 + width + 2)
        for position, f in zip(positions, findings):
            severity = paint(style[f.severity], f"{f.severity.label:<7}")
            rule = terminal_text(f"{f.rule:<{rule_width}}")
            out.write(f"  {position:<{width}}  {severity}  {paint('dim', rule)}  {terminal_text(f.message)}\n")
            for location in f.related:
                out.write(f"{indent}{paint('dim', terminal_text(f'se även {location}'))}\n")
            if f.hint:
                out.write(f"{indent}{paint('dim', terminal_text(f'→ {f.hint}'))}\n")
        out.write("\n")
    tally = counts(results)
    summary_colour = "red" if tally["error"] else ("yellow" if tally["warning"] else "green")
    out.write(paint(summary_colour, summary_line(results)) + "\n")


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
    out.write(json_text(json.dumps(document, ensure_ascii=False, indent=2)) + "\n")


def _escape_data(text: str) -> str:
    # As @actions/core escapes; other controls are spelt out first, since the log shows ANSI codes.
    return terminal_text(text, keep_newlines=True).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


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


def _sarif_uri(file: str) -> str:
    """A SARIF ``uri`` (RFC 3986): the path percent-encoded, ``/`` kept; an absolute path as ``file://``."""
    from urllib.parse import quote

    path = file.replace("\\", "/")
    if len(path) > 2 and path[1] == ":" and path[2] == "/":  # C:/… on Windows
        return "file:///" + path[:2] + quote(path[2:], safe="/")
    if path.startswith("/"):
        return "file://" + quote(path, safe="/")
    return quote(path, safe="/")


def write_sarif(results: Results, out: TextIO) -> None:
    """SARIF 2.1.0, for GitHub code scanning and other SARIF viewers."""
    from .. import __version__
    from ..checks import RULES

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
                "artifactLocation": {"uri": _sarif_uri(file)},
                "region": {"startLine": f.line, "startColumn": f.column},
            }}],
        } for file, findings in results for f in findings],
    }
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run],
    }
    out.write(json_text(json.dumps(document, ensure_ascii=False, indent=2)) + "\n")


def _repository_root() -> Path | None:
    """The folder GitLab's report paths are relative to: ``$CI_PROJECT_DIR`` in GitLab CI,
    otherwise the top of the git repository around the current directory (``None`` outside one)."""
    import subprocess

    if os.environ.get("CI_PROJECT_DIR"):
        return Path(os.environ["CI_PROJECT_DIR"]).resolve()
    try:
        result = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True,
                                encoding="utf-8", errors="replace", timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return Path(result.stdout.strip()).resolve() if result.returncode == 0 and result.stdout.strip() else None


def _report_path(file: str, root: Path | None) -> str:
    """A finding's file relative to ``root`` (POSIX separators), or as shown when it lies outside."""
    if root is None:
        return file
    try:
        return Path(file).resolve().relative_to(root).as_posix()
    except (ValueError, OSError):
        return file


def write_gitlab(results: Results, out: TextIO) -> None:
    """A GitLab Code Quality report (a JSON array of issues; the format's published schema is
    checked in the tests). Paths are relative to the repository root wherever the command runs;
    the description carries the hint; the fingerprint tells findings apart that share a rule and
    message (their data path, else their line and column) and stays the same when unrelated lines
    move, so GitLab does not show a finding as fixed and new again."""
    import hashlib

    severity = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}
    root = _repository_root()
    issues = []
    seen: dict[str, int] = {}
    for file, findings in results:
        path = _report_path(file, root)
        for f in findings:
            place = f.where if f.where is not None else f"{f.line}:{f.column}"
            key = f"{path}\0{f.rule}\0{f.message}\0{place}"
            seen[key] = seen.get(key, 0) + 1
            fingerprint = hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()
            issues.append({
                "description": f"{f.rule}: {f.message}" + (f" → {f.hint}" if f.hint else ""),
                "check_name": f.rule,
                "fingerprint": fingerprint,
                "severity": severity[f.severity],
                "location": {"path": path, "lines": {"begin": f.line}},
            })
    out.write(json_text(json.dumps(issues, ensure_ascii=False, indent=2)) + "\n")


WRITERS = {"text": write_text, "json": write_json, "github": write_github, "sarif": write_sarif,
           "gitlab": write_gitlab}


def write(results: Results, output_format: str, out: TextIO) -> None:
    WRITERS[output_format](results, out)
