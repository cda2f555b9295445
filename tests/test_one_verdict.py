"""One plan, one verdict: every command that judges a plan goes through ``lint.lint``, so the
project's configuration and inline ``# plan: ignore[...]`` hold in validate, render, split and
diff alike (before the restructure, render and split refused or warned about a plan that
validate passed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import PLANS
from system_parts import require
from forvaltning_cli.cli import main

# The SHVO plan has three errors: its stated total (budget-total) and two party totals
# (budget-party-total). The configuration makes the party totals warnings; an inline comment
# ignores the total and the warning about the "Möten" line's split.
CONFIG = '[severity]\n"budget-party-total" = "warning"\n'
IGNORES = {
    "    amount: 16000000\n": "    amount: 16000000  # plan: ignore[budget-total]\n",
    "        VGK: 100000\n": "        VGK: 100000  # plan: ignore[split-key-unmatched]\n",
}


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    text = (PLANS / "2026-shvo.yaml").read_text(encoding="utf-8")
    for before, after in IGNORES.items():
        assert text.count(before) == 1, before
        text = text.replace(before, after)
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "2026-shvo.yaml").write_text(text, encoding="utf-8")
    (tmp_path / ".plan.toml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    return tmp_path


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_every_command_gives_the_plan_the_same_verdict(project: Path, capsys) -> None:
    code, out, _ = _run(capsys, "validate", "-f", "json", "plans/2026-shvo.yaml")
    report = json.loads(out)
    assert code == 0
    assert report["summary"]["errors"] == 0
    rules = [f["rule"] for f in report["findings"]]
    assert rules.count("budget-party-total") == 2
    assert "budget-total" not in rules and "split-key-unmatched" not in rules
    assert "unused-suppression" not in rules

    code, html, err = _run(capsys, "render", "plans/2026-shvo.yaml")
    assert code == 0, err
    assert "Planen har fel" not in html  # no error notice: the plan has no errors

    code, _, err = _run(capsys, "split", "plans/2026-shvo.yaml", "-f", "json")
    assert code == 0
    assert "fel" not in err  # no "obs: planen har N fel" notice

    code, out, _ = _run(capsys, "diff", "plans/2026-shvo.yaml", "plans/2026-shvo.yaml", "-f", "json")
    assert code == 0
    validation = json.loads(out)["plans"][0]["validation"]
    assert validation["new"] == {"error": 0, "warning": report["summary"]["warnings"], "info": report["summary"]["info"]}


def test_without_the_settings_every_command_finds_the_errors(project: Path, capsys) -> None:
    (project / ".plan.toml").unlink()
    plan_file = project / "plans" / "2026-shvo.yaml"
    plan_file.write_text((PLANS / "2026-shvo.yaml").read_text(encoding="utf-8"), encoding="utf-8")

    code, out, _ = _run(capsys, "validate", "-f", "json", "plans/2026-shvo.yaml")
    assert code == 1 and json.loads(out)["summary"]["errors"] == 3

    code, html, err = _run(capsys, "render", "plans/2026-shvo.yaml")
    assert code == 1 and html == "" and "har fel och renderas inte" in err

    code, _, err = _run(capsys, "split", "plans/2026-shvo.yaml", "-f", "json")
    assert code == 0 and "planen har 3 fel" in err

    code, out, _ = _run(capsys, "diff", "plans/2026-shvo.yaml", "plans/2026-shvo.yaml", "-f", "json")
    assert json.loads(out)["plans"][0]["validation"]["new"]["error"] == 3


def test_a_baseline_in_the_configuration_holds_for_render_too(project: Path, capsys) -> None:
    plan_file = project / "plans" / "2026-shvo.yaml"
    plan_file.write_text((PLANS / "2026-shvo.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (project / ".plan.toml").unlink()
    assert _run(capsys, "validate", "--write-baseline", "baseline.json", "plans/2026-shvo.yaml")[0] == 0
    (project / ".plan.toml").write_text('baseline = "baseline.json"\n', encoding="utf-8")

    assert _run(capsys, "validate", "plans/2026-shvo.yaml")[0] == 0
    code, html, err = _run(capsys, "render", "plans/2026-shvo.yaml")
    assert code == 0, err
    assert "<html" in html


def test_a_configured_baseline_is_written_then_holds_wherever_the_command_runs(project: Path, capsys) -> None:
    import subprocess

    require("git")
    plan_file = project / "plans" / "2026-shvo.yaml"
    plan_file.write_text((PLANS / "2026-shvo.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (project / ".plan.toml").write_text('baseline = "baseline.json"\n', encoding="utf-8")
    # The configured baseline does not exist yet: writing it must not require it.
    assert _run(capsys, "validate", "--write-baseline", "baseline.json")[0] == 0
    assert _run(capsys, "validate")[0] == 0
    import os

    os.chdir(project / "plans")  # the same plan named from another directory: the same verdict
    code, out, _ = _run(capsys, "validate", "-f", "json", "2026-shvo.yaml")
    assert code == 0 and json.loads(out)["findings"] == []
    os.chdir(project)
    # A git revision of the plan is the same file for the baseline: nothing "resolved" by a diff.
    for command in (["init", "-q"], ["add", "-A"], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"]):
        subprocess.run(["git", *command], cwd=project, check=True, capture_output=True)
    code, out, _ = _run(capsys, "diff", "HEAD:plans/2026-shvo.yaml", "plans/2026-shvo.yaml", "-f", "json")
    validation = json.loads(out)["plans"][0]["validation"]
    assert code == 0
    assert validation["old"] == validation["new"] == {"error": 0, "warning": 0, "info": 0}
    assert validation["resolved"] == [] and validation["introduced"] == []
