"""Shared helpers: validate YAML text the way ``plan validate`` does, without the CLI; run the
command line in this process (:func:`plan`) or as a real process (:func:`plan_process`)."""

from __future__ import annotations

import contextlib
import io
import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from forvaltning_cli.checks import run_checks
from forvaltning_cli.findings import Finding
from forvaltning_cli.load import load_text

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"

# A small valid plan; tests append or replace parts of it. Keep it free of findings.
MINIMAL_PLAN = """\
schema_version: 1
document:
  title: Förvaltningsplan 2025
  status: Utgåva
period:
  start: 2025-01-01
  end: 2025-12-31
sections:
  - id: inledning
    number: "1"
    title: Inledning
    content:
      - text: Planen gäller webSesam.
"""


def findings_for(source: str, file: str = "plan.yaml") -> list[Finding]:
    """Every finding for a plan given as YAML text (dedented), sorted by position."""
    loaded = load_text(textwrap.dedent(source), file)
    return sorted(loaded.findings + run_checks(loaded), key=Finding.sort_key)


def rule_hits(source: str, rule: str) -> list[tuple[int, int]]:
    """``(line, column)`` of each finding of ``rule`` for a plan given as YAML text."""
    return [(f.line, f.column) for f in findings_for(source) if f.rule == rule]


@pytest.fixture
def minimal_plan() -> str:
    return MINIMAL_PLAN


@pytest.fixture(autouse=True)
def _own_results_cache(monkeypatch, tmp_path_factory) -> None:
    """Each test gets an empty results cache of its own (``plan validate`` keeps one): no test
    sees what another computed, and none writes .plan-cache/ into the checkout."""
    monkeypatch.setenv("PLAN_CACHE_DIR", str(tmp_path_factory.mktemp("plan-cache")))


# --------------------------------------------------------------------------------------------
# Running ``plan``: in this process (most tests) or as a real process (tests about the process)
# --------------------------------------------------------------------------------------------

# What a user's shell gives the command in the tests: no colour, a wide terminal, not in CI.
PLAN_ENV = {"NO_COLOR": "1", "COLUMNS": "200"}
UNSET_UNLESS_GIVEN = ("FORCE_COLOR", "GITHUB_ACTIONS")


def _plan_env(env: dict | None) -> dict[str, str | None]:
    """The environment changes for one run: values to set, ``None`` for variables to unset."""
    changes: dict[str, str | None] = {**PLAN_ENV, **(env or {})}
    for variable in UNSET_UNLESS_GIVEN:
        changes.setdefault(variable, None)
    return changes


@contextlib.contextmanager
def _environment(changes: dict[str, str | None]):
    saved = {name: os.environ.get(name) for name in changes}
    try:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


class _TimedOut(BaseException):
    """Raised by the alarm; a BaseException so that the CLI's last-resort handler lets it through."""


@contextlib.contextmanager
def _time_limit(seconds: float):
    """Fail (instead of hanging the whole run) when a command blocks, e.g. on a FIFO."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(signum, frame):
        raise _TimedOut

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _TimedOut:
        pytest.fail(f"plan did not finish within {seconds} s", pytrace=False)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _stream(errors: str) -> io.TextIOWrapper:
    """A stand-in for sys.stdout/sys.stderr: text on top, bytes in ``.buffer``, not a terminal."""
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors=errors, write_through=True)


def _read(stream: io.TextIOWrapper) -> str:
    stream.flush()
    # As subprocess.run(text=True) decodes a child's output: universal newlines.
    text = stream.buffer.getvalue().decode("utf-8", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def plan(*args: str, cwd: Path = ROOT, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run ``plan ARGS`` in this process (``forvaltning_cli.cli.main``) from ``cwd`` with the
    environment of :func:`plan_process`, and return what a subprocess run would: exit code,
    standard out and standard error as text."""
    from forvaltning_cli.cli import main

    stdout, stderr = _stream("strict"), _stream("backslashreplace")
    with contextlib.ExitStack() as stack:
        stack.enter_context(_environment(_plan_env(env)))
        stack.enter_context(contextlib.chdir(cwd))
        stack.enter_context(contextlib.redirect_stdout(stdout))
        stack.enter_context(contextlib.redirect_stderr(stderr))
        stack.enter_context(_time_limit(timeout))
        returncode = main(list(args))
    return subprocess.CompletedProcess(["plan", *args], returncode, _read(stdout), _read(stderr))


def plan_process(*args: str, cwd: Path = ROOT, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run ``python -m forvaltning_cli ARGS`` as a real process, as a user's shell would: for the
    tests about the process itself (module entry point, exit status, output streams)."""
    full_env = dict(os.environ)
    for name, value in _plan_env(env).items():
        if value is None:
            full_env.pop(name, None)
        else:
            full_env[name] = value
    return subprocess.run(
        [sys.executable, "-m", "forvaltning_cli", *args],
        cwd=cwd, capture_output=True, text=True, env=full_env, timeout=timeout,
    )


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (a missing one fails the test, never skips it)."""
    from playwright.sync_api import sync_playwright

    from system_parts import require

    with sync_playwright() as p:
        instance = p.chromium.launch(
            executable_path=require("chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield instance
        instance.close()
