"""The GitLab CI example does what its comments say, with the real commands in a real repository."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
from pathlib import Path

import jsonschema
from ruamel.yaml import YAML

from conftest import PLANS, ROOT, plan
from forvaltning_cli import __version__
from system_parts import require
from test_editing import GITLAB_CODE_QUALITY

EXAMPLE = ROOT / "examples" / "gitlab-ci" / ".gitlab-ci.yml"


def _config() -> dict:
    return YAML(typ="safe").load(EXAMPLE.read_text(encoding="utf-8"))


def _git(cwd: Path, *args: str) -> str:
    require("git")
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.se", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.se", "PATH": "/usr/bin:/bin", "HOME": str(cwd)}
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env=env).stdout


def _plan_lines(job: dict) -> list[str]:
    lines = [line.strip() for entry in job["script"] for line in entry.splitlines()]
    return [line for line in lines if line.startswith("plan ")]


def test_gitlab_example_runs_in_merge_requests_for_plans_with_this_release() -> None:
    config = _config()
    assert config["workflow"]["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "merge_request_event"'}]
    assert config["variables"]["PLAN_VERSION"] == __version__
    assert config["variables"]["GIT_DEPTH"] == "0"
    for name in ("plan-validate", "plan-diff"):
        assert config[name]["rules"] == [{"changes": ["plans/**/*"]}]
    validate = config["plan-validate"]
    (report_line,) = [line for line in _plan_lines(validate) if "--format gitlab" in line]
    written = report_line.split(">", 1)[1].split("||", 1)[0].strip()
    assert validate["artifacts"]["reports"]["codequality"] == written
    assert validate["artifacts"]["when"] == "always"
    for line in _plan_lines(validate) + _plan_lines(config["plan-diff"]):
        words = shlex.split(line.split(">", 1)[0].split("||", 1)[0].replace("$CI_MERGE_REQUEST_DIFF_BASE_SHA", "HEAD"))
        assert plan(*words[1:], "--help").returncode == 0, line


def test_gitlab_example_jobs_in_a_merge_request_checkout(tmp_path: Path) -> None:
    # The repository as GitLab checks it out for a merge request: the base commit and the
    # branch's edit on top; the jobs run from the project directory.
    _git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "plans").mkdir()
    shutil.copy(PLANS / "2026-shvo.yaml", tmp_path / "plans" / "shvo.yaml")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "plan")
    base_sha = _git(tmp_path, "rev-parse", "HEAD").strip()
    _git(tmp_path, "checkout", "-q", "-b", "mr")
    text = (tmp_path / "plans" / "shvo.yaml").read_text(encoding="utf-8")
    (tmp_path / "plans" / "shvo.yaml").write_text(text.replace("amount: 2400000", "amount: 2450000", 1), encoding="utf-8")
    _git(tmp_path, "commit", "-q", "-am", "support +50 000")
    env = {"CI_PROJECT_DIR": str(tmp_path), "CI_MERGE_REQUEST_DIFF_BASE_SHA": base_sha}

    report = plan("validate", "--format", "gitlab", "plans/", cwd=tmp_path, env=env)
    assert report.returncode == 1  # SHVO's stated totals do not add up: the job fails, as it should
    issues = json.loads(report.stdout)
    jsonschema.validate(issues, GITLAB_CODE_QUALITY)
    assert {i["location"]["path"] for i in issues} == {"plans/shvo.yaml"}
    assert any(i["check_name"] == "budget-total" and i["severity"] == "major" for i in issues)

    diff = plan("diff", "--git", base_sha, "--format", "markdown", "plans/", cwd=tmp_path, env=env)
    assert diff.returncode == 0, diff.stderr
    assert "Budgeten ökar med 50 000 kr" in diff.stdout
    # The merge request's diff base is already the merge base: the note says what it compared.
    assert f"{base_sha[:7]}" in diff.stdout
