"""The system parts the tests need: ``require`` fails with the package to install, ``scripts/test``
installs them or says exactly how, and the README's table is the table file's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import system_parts
from system_parts import ROOT, Part, load_parts, readme_table, require

SCRIPT = ROOT / "scripts" / "test"
EVERY_DEBIAN_PACKAGE = " ".join(p for part in load_parts().values() for p in part.debian)


def test_require_fails_naming_the_debian_package_when_a_program_is_missing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(pytest.fail.Exception) as failure:
        require("poppler")
    message = str(failure.value)
    assert message.startswith("systemdelen 'poppler' saknas: installera Debian-paketet poppler-utils "
                              "(apt-get install poppler-utils) eller kör ./scripts/test")
    assert "brew install poppler" in message and "dnf install poppler-utils" in message


def test_require_fails_for_a_missing_library_and_returns_where_a_part_is(monkeypatch) -> None:
    fake = Part("libnothing", "lib", ("no-such-library-xyz",), ("libnothing0", "libnothing-data"),
                "nothing", "nothing-libs", "a test of require")
    monkeypatch.setattr(system_parts, "load_parts", lambda: {**load_parts(), "libnothing": fake})
    with pytest.raises(pytest.fail.Exception) as failure:
        require("git", "libnothing")
    assert "installera Debian-paketen libnothing0 libnothing-data (apt-get install libnothing0 libnothing-data)" in str(failure.value)
    assert require("git") == require("git", "pango") and Path(require("git")).name == "git"


def test_every_part_in_the_table_has_a_known_kind_and_all_its_fields() -> None:
    parts = load_parts()
    assert {"chromium", "poppler", "pango", "fonts-dejavu", "git"} <= parts.keys()
    for part in parts.values():
        assert part.kind in ("exe", "lib", "font", "file", "npm")
        assert part.find and part.why
        if part.kind != "npm":
            assert part.debian and part.homebrew and part.fedora


def test_readme_table_is_the_table_file() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## System packages for the tests\n", 1)[1].split("\n## ", 1)[0]
    table = "\n".join(line for line in section.splitlines() if line.startswith("|"))
    assert table == readme_table(), "copy the output of: python tests/system_parts.py --readme"


def _fake_tools(bin_dir: Path, uid: int, sudo_works: bool, log: Path) -> None:
    """dpkg-query that reports every package missing, apt-get that records its arguments (and
    fails at install so that the script stops there), id and sudo."""
    tools = {
        "dpkg-query": "exit 1",
        "apt-get": f'echo "apt-get $*" >>{log}; [ "$1" = update ]',
        "id": f"echo {uid}",
        "sudo": f'[ "$1" = -n ] || exit 1; shift; [ "$1" = true ] && exit {0 if sudo_works else 1}; echo "sudo $*" >>{log}; "$@"',
    }
    bin_dir.mkdir()
    for name, body in tools.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
        (bin_dir / name).chmod(0o755)


def _run_script(tmp_path: Path, path: str, **env: str) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PATH": path, "PLAN_TEST_VENV": str(tmp_path / "venv"), **env}
    return subprocess.run(["bash", str(SCRIPT), "-q"], capture_output=True, text=True, env=full_env,
                          cwd=tmp_path, timeout=60)


def test_script_without_root_or_sudo_prints_the_exact_command_and_exits_2(tmp_path: Path) -> None:
    _fake_tools(tmp_path / "bin", uid=1000, sudo_works=False, log=tmp_path / "log")
    result = _run_script(tmp_path, f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    assert result.returncode == 2, result.stderr
    assert ("  sudo apt-get update && sudo apt-get install -y --no-install-recommends "
            f"{EVERY_DEBIAN_PACKAGE}\n") in result.stderr
    assert not (tmp_path / "log").exists()  # apt-get was never run
    assert not (tmp_path / "venv").exists()


@pytest.mark.parametrize("uid", [0, 1000])
def test_script_installs_the_missing_packages_as_root_or_with_sudo(tmp_path: Path, uid: int) -> None:
    _fake_tools(tmp_path / "bin", uid=uid, sudo_works=True, log=tmp_path / "log")
    result = _run_script(tmp_path, f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    assert result.returncode == 1  # the fake apt-get fails the install, which stops the script
    install = f"apt-get install -y -qq --no-install-recommends {EVERY_DEBIAN_PACKAGE}"
    if uid == 0:
        assert f"installerar systempaket för testerna: {EVERY_DEBIAN_PACKAGE}" in result.stderr
        expected = ["apt-get update -qq", install]
    else:
        assert f"installerar systempaket för testerna med sudo: {EVERY_DEBIAN_PACKAGE}" in result.stderr
        expected = ["sudo apt-get update -qq", "apt-get update -qq",
                    f"sudo env DEBIAN_FRONTEND=noninteractive {install}", install]
    assert (tmp_path / "log").read_text(encoding="utf-8").splitlines() == expected
    assert not (tmp_path / "venv").exists()


def test_script_without_apt_names_what_is_missing_and_exits_2(tmp_path: Path) -> None:
    # A PATH with only what the script itself needs: no apt-get, dpkg-query, git or chromium.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "dirname"):
        (bin_dir / tool).symlink_to(next(Path(d) / tool for d in ("/usr/bin", "/bin") if (Path(d) / tool).exists()))
    result = _run_script(tmp_path, str(bin_dir), PYTHON=sys.executable)
    assert result.returncode == 2, result.stderr
    assert "systemdelar som testerna behöver saknas" in result.stderr
    assert "  git (git): Debian/Ubuntu: apt-get install git; macOS: brew install git; Fedora: dnf install git" in result.stderr
    assert not (tmp_path / "venv").exists()
