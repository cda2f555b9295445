"""The built wheel, installed in a fresh virtual environment, works without the source tree."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import PLANS, ROOT
from forvaltning_cli import __version__

pytestmark = pytest.mark.slow  # builds a wheel and a virtual environment


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """Build the wheel and install it into a new venv; return the venv's bin directory."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work / "dist"), str(ROOT)],
        check=True, capture_output=True, text=True, timeout=600,
    )
    wheels = list((work / "dist").glob("forvaltning_cli-*.whl"))
    assert len(wheels) == 1
    venv.EnvBuilder(with_pip=True, clear=True).create(work / "venv")
    bin_dir = work / "venv" / ("Scripts" if sys.platform == "win32" else "bin")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheels[0])],
        check=True, capture_output=True, text=True, timeout=900,
    )
    return bin_dir


def test_wheel_contains_package_but_not_tests(installed: Path) -> None:
    files = subprocess.run(
        [str(installed / "python"), "-c",
         "import importlib.metadata as m; print('\\n'.join(str(f) for f in m.files('forvaltning-cli')))"],
        check=True, capture_output=True, text=True,
    ).stdout.splitlines()
    assert "forvaltning_cli/checks/budget_total.py" in files
    assert "forvaltning_cli/templates/html/document.html.j2" in files
    assert not any(f.startswith("tests/") for f in files)


def test_installed_plan_command_validates_plans_outside_the_source_tree(installed: Path, tmp_path: Path) -> None:
    shutil.copytree(PLANS, tmp_path / "plans")
    version = subprocess.run([str(installed / "plan"), "--version"], capture_output=True, text=True, cwd=tmp_path)
    assert version.stdout.strip() == f"plan (forvaltning-cli) {__version__}"
    result = subprocess.run(
        [str(installed / "plan"), "validate", "--format", "json"],
        capture_output=True, text=True, cwd=tmp_path, env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
    )
    assert result.returncode == 1, result.stderr
    assert '"errors": 3' in result.stdout
    schema = subprocess.run([str(installed / "plan"), "schema"], capture_output=True, text=True, cwd=tmp_path)
    assert schema.returncode == 0 and '"Förvaltningsplan"' in schema.stdout


def test_installed_wheel_knows_swedish_words_in_capitals(installed: Path, tmp_path: Path) -> None:
    # The word list comes with `pip install`: "VERKSAMHETSPLAN 2019 MED BUDGET OCH PLAN FÖR
    # 2020–2021" has no undefined abbreviations, and the example plan validates cleanly.
    example = ROOT / "examples" / "kommunalforbund" / "2019-arkivplan.yaml"
    shutil.copy(example, tmp_path / "plan.yaml")
    result = subprocess.run(
        [str(installed / "plan"), "validate", "plan.yaml", "--format", "json"],
        capture_output=True, text=True, cwd=tmp_path, env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert '"findings": []' in result.stdout


def test_installed_wheel_renders_with_its_built_in_templates(installed: Path, tmp_path: Path) -> None:
    shutil.copy(PLANS / "2025-websesam.yaml", tmp_path / "plan.yaml")
    for fmt, marker in (("html", ">Budget 2025, webSesam ansvar 92910, aktivitet 3060</caption>"),
                        ("md", "| Funktionskoordinator 100% (Regionutvecklare Koncernkontoret) |")):
        result = subprocess.run(
            [str(installed / "plan"), "render", "plan.yaml", "-f", fmt],
            capture_output=True, text=True, cwd=tmp_path, env={"PATH": "/usr/bin:/bin"},
        )
        assert result.returncode == 0, result.stderr
        assert marker in result.stdout
