"""``plan`` as a user runs it: exit codes, output formats, paths.

The command runs in this process (``conftest.plan``); the tests at the end run it as a real
process, as a shell does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINIMAL_PLAN, ROOT, plan, plan_process
from forvaltning_cli import __version__


def test_version_and_help() -> None:
    result = plan("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"plan (forvaltning-cli) {__version__}"
    help_text = plan("--help").stdout
    for command in ("validate", "schema"):
        assert command in help_text


def test_validate_defaults_to_plans_directory_and_fails_on_errors() -> None:
    result = plan("validate")
    assert result.returncode == 1  # the SHVO plan's totals do not add up
    assert "plans/2026-shvo.yaml:260:13" in result.stdout
    assert "budget-total" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "2 planer kontrollerade: 3 fel, 16 varningar, 2 info"
    assert "Traceback" not in result.stdout + result.stderr


def test_warnings_alone_pass_unless_strict() -> None:
    assert plan("validate", "plans/2025-websesam.yaml").returncode == 0
    assert plan("validate", "--strict", "plans/2025-websesam.yaml").returncode == 1


def test_json_format() -> None:
    result = plan("validate", "--format", "json", "plans/2026-shvo.yaml")
    assert result.returncode == 1
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert document["summary"] == {"files": 1, "errors": 3, "warnings": 6, "info": 1}
    total = next(f for f in document["findings"] if f["rule"] == "budget-total")
    assert total == {
        "file": "plans/2026-shvo.yaml",
        "line": 260,
        "column": 13,
        "rule": "budget-total",
        "severity": "error",
        "message": total["message"],
        "hint": total["hint"],
    }
    assert "16 000 000 kr" in total["message"] and "15 900 000 kr" in total["message"]


def test_github_format_annotates_each_finding() -> None:
    result = plan("validate", "--format", "github", "plans/2026-shvo.yaml")
    lines = result.stdout.splitlines()
    assert any(
        line.startswith("::error file=plans/2026-shvo.yaml,line=260,col=13,title=budget-total::")
        for line in lines
    )
    assert any(line.startswith("::notice file=plans/2026-shvo.yaml,line=14,col=11,title=date-tentative::") for line in lines)
    assert sum(line.startswith("::") for line in lines) == 10  # 3 errors, 6 warnings, 1 notice


def test_text_output_has_no_colour_codes_when_piped() -> None:
    result = plan("validate", "plans/2026-shvo.yaml", env={"NO_COLOR": ""})
    assert "\x1b[" not in result.stdout


def test_colour_follows_force_color_and_no_color() -> None:
    forced = plan("validate", "plans/2026-shvo.yaml", env={"NO_COLOR": "", "FORCE_COLOR": "1"})
    assert "\x1b[1;31mfel    \x1b[0m" in forced.stdout  # errors in bold red
    assert forced.stdout.rstrip().endswith("\x1b[31m1 plan kontrollerade: 3 fel, 6 varningar, 1 info\x1b[0m")
    both = plan("validate", "plans/2026-shvo.yaml", env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    piped = plan("validate", "plans/2026-shvo.yaml", env={"NO_COLOR": ""})
    assert both.stdout == piped.stdout and "\x1b[" not in both.stdout  # NO_COLOR wins


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    missing = plan("validate", "no/such/plan.yaml")
    assert missing.returncode == 2
    assert "no/such/plan.yaml" in missing.stderr and "finns inte" in missing.stderr
    assert plan("validate", "--no-such-option").returncode == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    result = plan("validate", str(empty))
    assert result.returncode == 2 and "inga planer" in result.stderr


def test_directories_are_searched_recursively(tmp_path: Path) -> None:
    (tmp_path / "2025").mkdir()
    (tmp_path / "2025" / "a.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (tmp_path / "b.yml").write_text(MINIMAL_PLAN.replace("Utgåva", "Utgava"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a plan", encoding="utf-8")
    result = plan("validate", "--format", "json", str(tmp_path))
    document = json.loads(result.stdout)
    assert document["summary"]["files"] == 2
    assert [f["rule"] for f in document["findings"]] == ["invalid-value"]
    assert document["findings"][0]["file"].endswith("b.yml")
    assert result.returncode == 1


@pytest.mark.parametrize(
    ("content", "rule", "line", "column"),
    [
        ("schema_version: 1\ndocument: {title: 'x}\n", "yaml-syntax", 2, 19),
        ("- schema_version: 1\n", "plan-structure", 1, 1),
        ("schema_version: 1\n\tdocument: x\n", "yaml-syntax", 2, 1),
    ],
)
def test_broken_files_are_findings_not_tracebacks(tmp_path: Path, content, rule, line, column) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(content, encoding="utf-8")
    result = plan("validate", "--format", "json", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    finding = json.loads(result.stdout)["findings"][0]
    assert (finding["rule"], finding["line"], finding["column"]) == (rule, line, column)


def test_misspelt_key_suggests_the_right_one(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(MINIMAL_PLAN.replace("  status: Utgåva", "  staus: Utgåva"), encoding="utf-8")
    result = plan("validate", str(path))
    assert result.returncode == 1
    assert f"{path}:4:3" in result.stdout
    assert "okänd nyckel 'staus'" in result.stdout
    assert "menade du 'status'?" in result.stdout


# --------------------------------------------------------------------------------------------
# The real process: ``python -m forvaltning_cli`` as a shell runs it
# --------------------------------------------------------------------------------------------


def test_the_real_process_exit_status_and_streams() -> None:
    version = plan_process("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"plan (forvaltning-cli) {__version__}"
    failed = plan_process("validate")
    assert failed.returncode == 1
    assert failed.stdout.strip().splitlines()[-1] == "2 planer kontrollerade: 3 fel, 16 varningar, 2 info"
    assert failed.stderr == ""
    missing = plan_process("validate", "no/such/plan.yaml")
    assert missing.returncode == 2 and missing.stdout == ""
    assert "no/such/plan.yaml" in missing.stderr and "finns inte" in missing.stderr
    assert plan_process("validate", "--no-such-option").returncode == 2
    assert "Traceback" not in failed.stderr + missing.stderr
    # Binary output (CSV for Swedish Excel: a byte order mark, CRLF) reaches the pipe unchanged.
    csv_bytes = subprocess.run([sys.executable, "-m", "forvaltning_cli", "split", "plans/2026-shvo.yaml", "-f", "csv"],
                               cwd=ROOT, capture_output=True, timeout=60)
    assert csv_bytes.returncode == 0
    assert csv_bytes.stdout.startswith("\ufeff".encode()) and b"\r\n" in csv_bytes.stdout
    assert plan("split", "plans/2026-shvo.yaml", "-f", "csv").stdout == csv_bytes.stdout.decode("utf-8").replace("\r\n", "\n")
