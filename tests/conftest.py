"""Shared helpers: validate YAML text the way ``plan validate`` does, without the CLI."""

from __future__ import annotations

import textwrap
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
