"""The console script's front door (launch.py) answers ``--help`` and ``plan validate`` without
loading Typer — and says exactly what Typer would."""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import PLANS, ROOT, plan
from forvaltning_cli import launch
from forvaltning_cli.formats import FINDING_FORMATS

sys.path.insert(0, str(ROOT / "tools"))
import update_help  # noqa: E402


def test_the_stored_help_is_typers_help() -> None:
    """tools/update_help.py has been run since the last change to a command's help."""
    current = (ROOT / "src" / "forvaltning_cli" / "_help.py").read_text(encoding="utf-8")
    assert current == update_help.generate(), "kör python tools/update_help.py"


def test_the_formats_it_knows_are_validates_formats() -> None:
    assert launch._FORMATS == FINDING_FORMATS


def _process(args: list[str], columns: str, extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": columns, "NO_COLOR": "1", **(extra or {})}
    return subprocess.run([sys.executable, "-m", "forvaltning_cli", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60)


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["validate", "--help"], ["render", "-h"], ["serve", "--help"]])
@pytest.mark.parametrize("columns", ["80", "200", "60"])
def test_help_is_what_typer_prints_at_any_width(args: list[str], columns: str) -> None:
    fast = _process(args, columns)
    typer_run = plan(*args, env={"COLUMNS": columns})
    assert (fast.returncode, fast.stdout, fast.stderr) == (typer_run.returncode, typer_run.stdout, typer_run.stderr)
    assert fast.returncode == 0 and fast.stdout.startswith("Usage: plan")


def _modules_after(args: list[str], cwd: Path = ROOT) -> set[str]:
    """The modules loaded by the console script for ``plan ARGS``."""
    code = ("import sys\nsys.argv = ['plan', *sys.argv[1:]]\nfrom forvaltning_cli import launch\n"
            "try:\n    launch.run()\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write('\\nMODULES ' + ' '.join(sorted(sys.modules)))\n")
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd,
                            env={**os.environ, "COLUMNS": "100"}, timeout=60)
    return set(result.stderr.rpartition("MODULES ")[2].split())


def test_help_does_not_load_typer() -> None:
    loaded = _modules_after(["--help"])
    assert "forvaltning_cli._help" in loaded and "typer" not in loaded and "click" not in loaded


def test_validate_does_not_load_typer(tmp_path: Path) -> None:
    loaded = _modules_after(["validate", str(PLANS / "2025-websesam.yaml")], cwd=tmp_path)
    assert "forvaltning_cli.commands.validate" in loaded and "typer" not in loaded


def test_a_cache_hit_loads_neither_the_parser_nor_the_model(tmp_path: Path) -> None:
    target = str(PLANS / "2025-websesam.yaml")
    _modules_after(["validate", target], cwd=tmp_path)  # fills the cache
    loaded = _modules_after(["validate", target], cwd=tmp_path)
    assert not {"ruamel.yaml", "pydantic", "forvaltning_cli.model", "typer"} & loaded


def test_completion_goes_to_typer() -> None:
    loaded_env = {"_PLAN_COMPLETE": "complete_bash", "COMP_WORDS": "plan val", "COMP_CWORD": "1"}
    result = _process(["validate"], "100", loaded_env)
    assert "validate" in result.stdout


@pytest.mark.parametrize("args", [
    ["plans"],
    ["-f", "json", "plans/2026-shvo.yaml"],
    ["--format=sarif", "--strict", "plans"],
    ["finns-inte.yaml"],
    ["--jobs", "2", "plans"],
    ["--no-cache", "--", "plans"],
])
def test_validate_through_the_front_door_is_validate_through_typer(args: list[str]) -> None:
    fast = _process(["validate", *args], "200")
    typer_run = plan("validate", *args)
    assert (fast.returncode, fast.stdout, fast.stderr) == (typer_run.returncode, typer_run.stdout, typer_run.stderr)


def test_a_wrong_option_is_still_typers_to_report() -> None:
    fast = _process(["validate", "--format", "xml", "plans"], "200")
    assert fast.returncode == 2 and "xml" in fast.stderr and "Usage: plan validate" in fast.stderr


# --- the parser accepts a strict subset, and agrees with Typer on all of it ----------------------

TOKENS = st.sampled_from([
    "plans", "plans/2025-websesam.yaml", "-", "--", "", "x y.yaml", "--strict", "--no-cache", "--format", "-f",
    "json", "text", "xml", "--format=json", "--format=", "-fjson", "-fgitlab", "--jobs", "-j", "2", "0", "-1", "١",
    "-j3", "--jobs=4", "--baseline", "base.json", "--baseline=b.json", "--write-baseline", "ny.json", "--help",
    "-h", "--strict=1", "--no-cache=yes", "--unknown", "-x", "--form", "--str",
])


def _typer_call(args: list[str], monkeypatch) -> dict | None:
    """The arguments Typer gives commands.validate.run for ``plan validate ARGS``, or None when
    Typer refuses them (or prints help)."""
    from forvaltning_cli.commands import validate as module

    calls: list[dict] = []
    signature = inspect.signature(module.run)

    def record(*a, **k):
        calls.append(dict(signature.bind(*a, **k).arguments))
        return 0

    monkeypatch.setattr(module, "run", record)
    result = plan("validate", *args)
    monkeypatch.undo()
    if not calls:
        assert result.returncode != 0 or "Usage:" in result.stdout
        return None
    return calls[0]


@settings(max_examples=250, deadline=None)
@given(st.lists(TOKENS, max_size=6))
@example(["-j", "0", "plans"])
@example(["--jobs", "١"])
@example(["-fjson", "--format", "text"])
@example(["--baseline", "-"])
def test_whatever_the_parser_accepts_typer_reads_the_same_way(tokens: list[str]) -> None:
    ours = launch.validate_options(tokens)
    if ours is None:
        return
    with pytest.MonkeyPatch.context() as monkeypatch:
        theirs = _typer_call(tokens, monkeypatch)
    assert theirs is not None, f"Typer refuses what the front door accepted: {tokens}"
    theirs.setdefault("use_cache", True)
    for name in ("baseline", "write_baseline", "jobs"):
        theirs.setdefault(name, None)
    assert {k: v for k, v in ours.items()} == theirs


@pytest.mark.parametrize("tokens", [
    ["plans"], ["-fjson", "plans", "--strict"], ["--jobs=2", "-f", "gitlab"], ["--", "--strict"],
    ["--baseline", "b.json", "--write-baseline=c.json", "--no-cache"],
])
def test_common_calls_take_the_front_door(tokens: list[str]) -> None:
    assert launch.validate_options(tokens) is not None


@pytest.mark.parametrize("tokens", [
    ["--help"], ["--format", "xml"], ["-j", "0"], ["--strict", "--strict"], ["--unknown"], ["-f"], [""],
])
def test_anything_doubtful_goes_to_typer(tokens: list[str]) -> None:
    assert launch.validate_options(tokens) is None


def test_the_console_script_is_the_front_door() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'plan = "forvaltning_cli.launch:run"' in text
    assert json.loads(json.dumps(launch.run.__module__)) == "forvaltning_cli.launch"
