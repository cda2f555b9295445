"""``plan validate``'s results cache: a hit says exactly what a miss says, and nothing that
changes the findings is ever answered from it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINIMAL_PLAN, PLANS, ROOT, plan

FIGURE_PLAN = MINIMAL_PLAN + """\
      - figure: "Figur 1: Modellen"
        image: bilder/modell.png
        alt: Modellen i tre steg.
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    """A copy of the shipped plans with its own cache directory."""
    shutil.copytree(PLANS, tmp_path / "plans")
    monkeypatch.setenv("PLAN_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


def _entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("v*/*/*.json"))


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "github"])
def test_a_hit_prints_byte_for_byte_what_a_miss_printed(project: Path, output_format: str) -> None:
    miss = plan("validate", "-f", output_format, "plans", cwd=project)
    assert len(_entries(project / "cache")) == 2
    hit = plan("validate", "-f", output_format, "plans", cwd=project)
    uncached = plan("validate", "--no-cache", "-f", output_format, "plans", cwd=project)
    assert miss.returncode == hit.returncode == uncached.returncode == 1  # SHVO's stated totals
    assert hit.stdout == miss.stdout == uncached.stdout
    assert hit.stderr == miss.stderr


def test_a_hit_does_not_parse_the_plan(project: Path, monkeypatch) -> None:
    first = plan("validate", "plans", cwd=project)

    def no_parsing(*args, **kwargs):
        raise AssertionError("the plan was linted again")

    monkeypatch.setattr("forvaltning_cli.lint.lint", no_parsing)
    again = plan("validate", "plans", cwd=project)
    assert again.stdout == first.stdout and again.returncode == first.returncode


def test_an_edited_plan_is_checked_again(project: Path) -> None:
    plan("validate", "plans", cwd=project)
    shvo = project / "plans" / "2026-shvo.yaml"
    text = shvo.read_text(encoding="utf-8")
    assert "amount: 16000000" in text
    shvo.write_text(text.replace("amount: 16000000", "amount: 15900000", 1), encoding="utf-8")
    after = plan("validate", "-f", "json", "plans", cwd=project)
    uncached = plan("validate", "--no-cache", "-f", "json", "plans", cwd=project)
    assert after.stdout == uncached.stdout
    messages = [f["message"] for f in json.loads(after.stdout)["findings"] if f["rule"] == "budget-total"]
    assert not any("16 000 000" in m for m in messages)


def test_the_same_bytes_under_another_name_are_reported_under_that_name(project: Path) -> None:
    plan("validate", "plans/2026-shvo.yaml", cwd=project)
    shutil.copy(project / "plans" / "2026-shvo.yaml", project / "plans" / "kopia.yaml")
    report = plan("validate", "plans/kopia.yaml", cwd=project)
    assert "plans/kopia.yaml:" in report.stdout and "2026-shvo" not in report.stdout


def test_a_configuration_change_is_not_answered_from_the_cache(project: Path) -> None:
    before = plan("validate", "-f", "json", "plans", cwd=project)
    assert "budget-total" in before.stdout
    (project / ".plan.toml").write_text('ignore = ["budget-total"]\n', encoding="utf-8")
    after = plan("validate", "-f", "json", "plans", cwd=project)
    assert "budget-total" not in after.stdout
    assert after.stdout == plan("validate", "--no-cache", "-f", "json", "plans", cwd=project).stdout


def test_a_baseline_change_is_not_answered_from_the_cache(project: Path) -> None:
    plan("validate", "plans", cwd=project)
    assert plan("validate", "--write-baseline", "baslinje.json", "plans", cwd=project).returncode == 0
    accepted = plan("validate", "--baseline", "baslinje.json", "plans", cwd=project)
    assert accepted.returncode == 0 and "fel" not in accepted.stdout.split("\n")[0]
    assert plan("validate", "plans", cwd=project).returncode == 1


def test_another_tool_version_does_not_read_the_entries(project: Path, monkeypatch) -> None:
    plan("validate", "plans", cwd=project)
    entries = _entries(project / "cache")
    monkeypatch.setattr("forvaltning_cli.__version__", "999.0")
    plan("validate", "plans", cwd=project)
    assert len(_entries(project / "cache")) == 2 * len(entries)


@pytest.mark.parametrize("damage", [b"", b"\x00\xff not json", b"[]", b'{"key": "x"}', b'{"findings": [1]}'])
def test_a_damaged_entry_is_a_miss_and_is_written_again(project: Path, damage: bytes) -> None:
    first = plan("validate", "-f", "json", "plans", cwd=project)
    for entry in _entries(project / "cache"):
        entry.write_bytes(damage if damage != b'{"key": "x"}' else json.dumps({"key": entry.stem, "findings": [[1]]}).encode())
    again = plan("validate", "-f", "json", "plans", cwd=project)
    assert again.stdout == first.stdout and again.returncode == first.returncode
    for entry in _entries(project / "cache"):
        assert json.loads(entry.read_bytes())["key"] == entry.stem


def test_an_unwritable_cache_is_no_error(project: Path, monkeypatch) -> None:
    blocker = project / "inte-en-katalog"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("PLAN_CACHE_DIR", str(blocker / "cache"))
    result = plan("validate", "plans", cwd=project)
    assert result.returncode == 1 and result.stderr == ""
    assert "2 planer kontrollerade" in result.stdout


def test_no_cache_neither_reads_nor_writes(project: Path) -> None:
    plan("validate", "--no-cache", "plans", cwd=project)
    assert not (project / "cache").exists()


def test_the_cache_directory_keeps_out_of_git_and_backups(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("PLAN_CACHE_DIR")
    shutil.copytree(PLANS, tmp_path / "plans")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    plan("validate", "plans", cwd=tmp_path)
    cache = tmp_path / ".plan-cache"
    assert (cache / "CACHEDIR.TAG").read_bytes().startswith(b"Signature: 8a477f597d28d172789f06886806bc55")
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=tmp_path,
                            capture_output=True, text=True, check=True).stdout
    assert ".plan-cache" not in status and "plans/" in status


def test_the_cache_lives_beside_the_configuration(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("PLAN_CACHE_DIR")
    shutil.copytree(PLANS, tmp_path / "plans")
    (tmp_path / ".plan.toml").write_text('paths = ["plans"]\n', encoding="utf-8")
    plan("validate", cwd=tmp_path / "plans")
    assert (tmp_path / ".plan-cache").is_dir() and not (tmp_path / "plans" / ".plan-cache").exists()


def test_a_figure_image_that_appears_or_goes_is_seen(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PLAN_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "plan.yaml").write_text(FIGURE_PLAN, encoding="utf-8")
    missing = plan("validate", "plan.yaml", cwd=tmp_path)
    assert "resource-reference" in missing.stdout and "finns inte" in missing.stdout
    (tmp_path / "bilder").mkdir()
    (tmp_path / "bilder" / "modell.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    present = plan("validate", "plan.yaml", cwd=tmp_path)
    assert "resource-reference" not in present.stdout
    (tmp_path / "bilder" / "modell.png").unlink()
    (tmp_path / "bilder" / "modell.png").mkdir()
    directory = plan("validate", "plan.yaml", cwd=tmp_path)
    assert "är ingen vanlig fil" in directory.stdout


def test_concurrent_runs_agree_and_leave_no_temporary_files(project: Path) -> None:
    for index in range(12):
        shutil.copy(PLANS / "2025-websesam.yaml", project / "plans" / f"kopia-{index}.yaml")
    expected = plan("validate", "--no-cache", "-f", "json", "plans", cwd=project).stdout
    command = [sys.executable, "-m", "forvaltning_cli", "validate", "-f", "json", "plans"]
    runs = [subprocess.Popen(command, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(6)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert all(out == expected and err == "" for out, err in outputs)
    assert len(_entries(project / "cache")) == 14
    assert not [p for p in (project / "cache").rglob("*") if p.name.endswith(".tmp")]


def test_a_file_that_is_not_a_plan_is_reported_as_before(project: Path) -> None:
    os.mkfifo(project / "plans" / "ror.yaml")
    first = plan("validate", "plans", cwd=project)
    assert "plans/ror.yaml:1:1" in first.stdout and "ingen vanlig fil" in first.stdout
    assert plan("validate", "plans", cwd=project).stdout == first.stdout
    assert len(_entries(project / "cache")) == 2


def test_the_readme_documents_the_cache() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "--no-cache" in readme and ".plan-cache" in readme and "PLAN_CACHE_DIR" in readme
