"""Where plans are edited and reviewed: schema file, fmt, configuration, suppression, baseline,
rules, CI formats, pre-commit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import MINIMAL_PLAN, PLANS, ROOT, plan
from forvaltning_cli.yearly.layout import format_text
from system_parts import require


def test_schema_file_in_the_repository_is_current() -> None:
    current = plan("schema").stdout
    assert (ROOT / "schema" / "plan.schema.json").read_text(encoding="utf-8") == current, "run: plan schema -o schema/plan.schema.json"
    for name in ("2025-websesam.yaml", "2026-shvo.yaml"):
        first = (PLANS / name).read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/plan.schema.json"


# --------------------------------------------------------------------------------------------
# fmt
# --------------------------------------------------------------------------------------------


MESSY = """\
# Kommentar överst

schema_version: 1
period: {start: 2025-01-01, end: 2025-12-31}
document:
    status: 'Utgåva'
    title: "Förvaltningsplan 2025"

sections:
-   title: Inledning   # rubrik
    number: '1'
    content:
    - text: 'Planen: gäller webSesam.'
"""


def test_fmt_canonical_layout_keeps_comments_and_is_idempotent() -> None:
    formatted, findings = format_text(MESSY, "messy.yaml")
    assert findings == []
    assert formatted == textwrap.dedent("""\
        # Kommentar överst

        schema_version: 1
        document:
          title: Förvaltningsplan 2025
          status: Utgåva

        period:
          start: 2025-01-01
          end: 2025-12-31
        sections:
          - number: "1"
            title: Inledning   # rubrik
            content:
              - text: "Planen: gäller webSesam."
        """)
    assert format_text(formatted, "messy.yaml")[0] == formatted


@pytest.mark.parametrize("name", ["2025-websesam.yaml", "2026-shvo.yaml"])
def test_shipped_plans_are_formatted(name: str) -> None:
    text = (PLANS / name).read_text(encoding="utf-8")
    assert format_text(text, name)[0] == text


keys = st.sampled_from(["title", "status", "version", "subtitle", "type"])


@settings(max_examples=40, deadline=None)
@given(st.permutations(["schema_version: 1", "document:\n  title: Plan 2025\n  status: Utgåva",
                        "period:\n  year: 2025", "sections:\n  - title: Inledning\n    content:\n      - text: Hej"]),
       st.sampled_from(["", "# c\n"]), st.booleans())
def test_fmt_is_idempotent_and_preserves_the_plan(parts, comment, blank) -> None:
    from forvaltning_cli.load import load_text

    text = comment + ("\n\n" if blank else "\n").join(parts) + "\n"
    once = format_text(text, "p.yaml")[0]
    assert format_text(once, "p.yaml")[0] == once
    assert load_text(once, "p.yaml").data == load_text(text, "p.yaml").data
    assert once.index("schema_version") < once.index("document") < once.index("period") < once.index("sections")
    if comment:
        assert "# c" in once


def test_fmt_check_diff_and_write(tmp_path: Path) -> None:
    path = tmp_path / "messy.yaml"
    path.write_text(MESSY, encoding="utf-8")
    check = plan("fmt", "--check", str(path))
    assert check.returncode == 1 and f"skulle formateras om: {path}" in check.stderr
    assert path.read_text(encoding="utf-8") == MESSY
    diff = plan("fmt", "--diff", str(path))
    assert "-period: {start: 2025-01-01, end: 2025-12-31}" in diff.stdout
    assert path.read_text(encoding="utf-8") == MESSY
    assert plan("fmt", str(path)).returncode == 0
    assert plan("fmt", "--check", str(path)).returncode == 0


def test_fmt_leaves_a_broken_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    content = "schema_version: 1\ndocument: {title: 'x\n"
    path.write_text(content, encoding="utf-8")
    result = plan("fmt", str(path))
    assert result.returncode == 1 and "yaml-syntax" in result.stderr
    assert path.read_text(encoding="utf-8") == content
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


# --------------------------------------------------------------------------------------------
# Configuration, suppression, baseline
# --------------------------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "plans").mkdir()
    for name in ("2025-websesam.yaml", "2026-shvo.yaml"):
        shutil.copy(PLANS / name, tmp_path / "plans" / name)
    return tmp_path


def rules_of(result) -> list[str]:
    return [f["rule"] for f in json.loads(result.stdout)["findings"]]


def test_configuration_selects_ignores_and_changes_severity(project: Path) -> None:
    (project / "pyproject.toml").write_text(textwrap.dedent("""\
        [project]
        name = "planer"

        [tool.plan]
        ignore = ["abbreviation-*", "link-target"]
        format = "json"

        [tool.plan.severity]
        budget-total = "warning"

        [tool.plan.per-path-ignores]
        "plans/2026-*.yaml" = ["budget-party-total"]
        """), encoding="utf-8")
    (project / "sub").mkdir()
    result = plan("validate", cwd=project / "sub")  # nearest config upwards, paths relative to it
    document = json.loads(result.stdout)
    rules = [f["rule"] for f in document["findings"]]
    assert not any(r.startswith("abbreviation-") or r == "link-target" for r in rules)
    assert "budget-party-total" not in rules
    total = next(f for f in document["findings"] if f["rule"] == "budget-total")
    assert total["severity"] == "warning"
    assert result.returncode == 0  # no errors left


def test_plan_toml_wins_and_bad_configuration_is_a_usage_error(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.plan]\nignore = ["section-empty"]\n', encoding="utf-8")
    (project / ".plan.toml").write_text('ignore = ["date-tentative"]\n', encoding="utf-8")
    rules = rules_of(plan("validate", "-f", "json", cwd=project))
    assert "section-empty" in rules and "date-tentative" not in rules
    (project / ".plan.toml").write_text('ignroe = ["date-tentative"]\n', encoding="utf-8")
    result = plan("validate", cwd=project)
    assert result.returncode == 2 and "ignroe: okänd nyckel; menade du 'ignore'?" in result.stderr
    (project / ".plan.toml").write_text('ignore = ["budget-totl"]\n', encoding="utf-8")
    result = plan("validate", cwd=project)
    assert result.returncode == 2 and "okänd regel 'budget-totl'; menade du 'budget-total'?" in result.stderr


def test_inline_suppression_and_stale_suppressions(tmp_path: Path) -> None:
    text = MINIMAL_PLAN.replace("  title: Förvaltningsplan 2025\n", "  title: Förvaltningsplan 2024  # plan: ignore[title-year]\n")
    text = text.replace("  status: Utgåva\n", "  status: Utgåva  # plan: ignore[section-empty, no-such-rule]\n")
    (tmp_path / "p.yaml").write_text(text, encoding="utf-8")
    findings = json.loads(plan("validate", "-f", "json", "p.yaml", cwd=tmp_path).stdout)["findings"]
    assert [(f["rule"], f["line"], f["message"]) for f in findings] == [
        ("unused-suppression", 4, "kommentaren undertrycker den okända regeln 'no-such-rule'"),
        ("unused-suppression", 4, "kommentaren undertrycker section-empty, men regeln rapporterar inget på raden"),
    ]
    unsuppressed = text.replace("  # plan: ignore[title-year]", "")
    (tmp_path / "p.yaml").write_text(unsuppressed, encoding="utf-8")
    assert "title-year" in rules_of(plan("validate", "-f", "json", "p.yaml", cwd=tmp_path))


def test_baseline_fails_only_on_new_findings(project: Path) -> None:
    assert plan("validate", "--write-baseline", "baseline.json", cwd=project).returncode == 0
    assert plan("validate", "--baseline", "baseline.json", cwd=project).returncode == 0
    shvo = project / "plans" / "2026-shvo.yaml"
    shvo.write_text(shvo.read_text(encoding="utf-8").replace("      amount: 300000\n", "      amount: 310000\n"), encoding="utf-8")
    result = plan("validate", "--baseline", "baseline.json", "-f", "json", cwd=project)
    assert result.returncode == 1
    # The new line sum is new, and so is the total it no longer matches; the old findings stay quiet.
    assert rules_of(result) == ["budget-line-parties", "budget-total"]
    assert plan("validate", "--baseline", "missing.json", cwd=project).returncode == 2


# --------------------------------------------------------------------------------------------
# Rules, formats, pre-commit
# --------------------------------------------------------------------------------------------


def test_rules_command_lists_and_documents() -> None:
    from forvaltning_cli.checks import RULES

    listing = plan("rules").stdout.splitlines()
    assert [line.split()[0] for line in listing] == list(RULES)
    doc = plan("rules", "split-key-unmatched")
    assert doc.returncode == 0 and "## Exempel" in doc.stdout and "33,3/66,7" in doc.stdout
    unknown = plan("rules", "budget-totl")
    assert unknown.returncode == 2 and "menade du 'budget-total'?" in unknown.stderr


def test_sarif_output_is_valid_sarif() -> None:
    import jsonschema

    document = json.loads(plan("validate", "-f", "sarif", "plans/2026-shvo.yaml").stdout)
    # The complete SARIF 2.1.0 schema (draft-04), vendored: see tests/sources/README.md.
    schema = json.loads((ROOT / "tests" / "sources" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    assert [error.message for error in validator.iter_errors(document)] == []
    broken = json.loads(json.dumps(document))
    broken["runs"][0]["results"][0]["level"] = "fel"  # not a SARIF level: the schema must say so
    assert not validator.is_valid(broken)
    results = document["runs"][0]["results"]
    total = next(r for r in results if r["ruleId"] == "budget-total")
    assert total["level"] == "error"
    assert total["locations"][0]["physicalLocation"]["region"] == {"startLine": 260, "startColumn": 13}
    rules = document["runs"][0]["tool"]["driver"]["rules"]
    assert rules[total["ruleIndex"]]["id"] == "budget-total"


def test_gitlab_code_quality_report() -> None:
    issues = json.loads(plan("validate", "-f", "gitlab", "plans/2026-shvo.yaml").stdout)
    assert len(issues) == 10
    total = next(i for i in issues if i["check_name"] == "budget-total")
    assert total["severity"] == "major" and total["location"] == {"path": "plans/2026-shvo.yaml", "lines": {"begin": 260}}
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_github_format_is_the_default_in_github_actions() -> None:
    result = plan("validate", "plans/2026-shvo.yaml", env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith("::notice file=plans/2026-shvo.yaml,line=14")


def _git(cwd: Path, *args: str) -> None:
    require("git")
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})


@pytest.mark.slow
def test_pre_commit_hooks_run_for_real(tmp_path: Path) -> None:
    # The hook repository is this project as committed files (a copy, so the test does not
    # depend on how the checkout was made); pre-commit installs it into its own virtualenv.
    hook_repo = tmp_path / "forvaltning-cli"
    shutil.copytree(ROOT, hook_repo, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "node_modules"))
    _git(hook_repo, "init", "-q")
    _git(hook_repo, "add", "-A")
    _git(hook_repo, "commit", "-q", "-m", "hooks")
    work = tmp_path / "regionens-planer"
    (work / "plans").mkdir(parents=True)
    shutil.copy(PLANS / "2025-websesam.yaml", work / "plans" / "2025-websesam.yaml")
    _git(work, "init", "-q")
    _git(work, "add", "-A")

    def try_repo(hook: str, *files: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), hook, "--files", *files],
            cwd=work, capture_output=True, text=True, timeout=900,
            env={**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"},
        )

    clean = try_repo("plan-validate", "plans/2025-websesam.yaml")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "plan validate" in clean.stdout and "Passed" in clean.stdout
    # The plan's warnings reach the author although the hook passes.
    assert "link-target" in clean.stdout and "1 plan kontrollerade: 0 fel, 10 varningar" in clean.stdout
    # Fifty plans: one process, one report, one summary line.
    for n in range(50):
        shutil.copy(PLANS / "2025-websesam.yaml", work / "plans" / f"plan-{n:02d}.yaml")
    _git(work, "add", "-A")
    many = try_repo("plan-validate", *[f"plans/plan-{n:02d}.yaml" for n in range(50)])
    assert many.returncode == 0, many.stdout + many.stderr
    assert many.stdout.count("planer kontrollerade") == 1 and "50 planer kontrollerade" in many.stdout
    formatted = try_repo("plan-fmt", "plans/2025-websesam.yaml")
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr

    broken = (PLANS / "2025-websesam.yaml").read_text(encoding="utf-8").replace("  status:", "  staus:", 1)
    (work / "plans" / "2025-websesam.yaml").write_text(broken, encoding="utf-8")
    _git(work, "add", "-A")
    failed = try_repo("plan-validate", "plans/2025-websesam.yaml")
    assert failed.returncode == 1 and "Failed" in failed.stdout
    assert "unknown-key" in failed.stdout and "menade du 'status'?" in failed.stdout


def test_shell_completion_is_available() -> None:
    import subprocess
    import sys

    script = Path(sys.executable).parent / "plan"
    # As a user runs it: from bash, which the completion detects from the process tree (the
    # trailing "; true" keeps bash from replacing itself with the command, as it would for one).
    result = subprocess.run(["/bin/bash", "-c", f"'{script}' --show-completion; true"],
                            capture_output=True, text=True, start_new_session=True,
                            env={"PATH": str(script.parent) + ":/usr/bin:/bin", "SHELL": "/bin/bash"})
    assert result.returncode == 0 and "_PLAN_COMPLETE=complete_bash" in result.stdout


# GitLab's Code Quality report format as its documentation states it (docs.gitlab.com, "Code
# Quality", the table of required properties; severity values from the same page).
GITLAB_CODE_QUALITY = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "pattern": r"^[^/]"},
                    "lines": {"type": "object", "required": ["begin"],
                              "properties": {"begin": {"type": "integer", "minimum": 1}}},
                },
            },
        },
    },
}


def test_gitlab_report_follows_the_format_with_hints_and_one_fingerprint_per_finding(tmp_path: Path) -> None:
    import jsonschema

    _git(tmp_path, "init", "-q")
    (tmp_path / "plans").mkdir()
    # webSesam has two forum links with the same text that point nowhere: the same rule and
    # message on two lines (284 and 292).
    source = (PLANS / "2025-websesam.yaml").read_text(encoding="utf-8")
    (tmp_path / "plans" / "p.yaml").write_text(source, encoding="utf-8")
    result = plan("validate", "-f", "gitlab", "p.yaml", cwd=tmp_path / "plans")
    issues = json.loads(result.stdout)
    jsonschema.validate(issues, GITLAB_CODE_QUALITY)
    assert {i["location"]["path"] for i in issues} == {"plans/p.yaml"}  # from the repository root
    links = [i for i in issues if i["check_name"] == "link-target"]
    same = [i for i in links if "beredningsgrupp IT-stöd" in i["description"]]
    assert [i["location"]["lines"]["begin"] for i in same] == [284, 292]
    assert same[0]["fingerprint"] != same[1]["fingerprint"]
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert all(" → " in i["description"] for i in links)  # the hint is kept
    # An unrelated line above moves every finding but changes no fingerprint.
    (tmp_path / "plans" / "p.yaml").write_text("# en kommentar\n" + source, encoding="utf-8")
    moved = json.loads(plan("validate", "-f", "gitlab", "p.yaml", cwd=tmp_path / "plans").stdout)
    assert [i["fingerprint"] for i in moved] == [i["fingerprint"] for i in issues]
    assert [i["location"]["lines"]["begin"] for i in moved] == [i["location"]["lines"]["begin"] + 1 for i in issues]


def test_gitlab_report_paths_follow_ci_project_dir(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    shutil.copy(PLANS / "2026-shvo.yaml", tmp_path / "plans" / "shvo.yaml")
    result = plan("validate", "-f", "gitlab", "shvo.yaml", cwd=tmp_path / "plans",
                  env={"CI_PROJECT_DIR": str(tmp_path)})
    assert {i["location"]["path"] for i in json.loads(result.stdout)} == {"plans/shvo.yaml"}
