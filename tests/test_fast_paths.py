"""The speed-ups give the same answers as the plain way.

The loader builds its data from the C parser's nodes with its own resolver (the table of implicit
types looked up once per file) and takes strings straight from the nodes; ``plan validate``
spreads files over worker processes. Each must be indistinguishable from ruamel.yaml's own safe
loader and from a single process.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from conftest import PLANS, ROOT, plan
from forvaltning_cli.checks import RULES
from forvaltning_cli.load import load_text


def stock_load(text: str):
    return YAML(typ="safe", pure=False).load(io.StringIO(text))


# Plain scalars that YAML 1.2 resolves to something other than a string, and near misses.
TRICKY = ["0", "-1", "+7", "0o17", "0x1F", "1_000", "1.5", "-.5", "1e3", ".inf", "-.Inf", ".nan",
          "true", "False", "yes", "no", "on", "null", "~", "Null", "2025-01-01", "2025-12-10?",
          "2025-01-01 10:00:00", "1:30", "017", "0b101", "=", "<<x", "12 000", "70 %", "Q4 2025", "-0", "0000",
          "-007", "1" * 40, "-" + "9" * 31]


@pytest.mark.parametrize("path", sorted(PLANS.glob("*.yaml")), ids=lambda p: p.name)
def test_shipped_plans_load_as_ruamel_loads_them(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert load_text(text, path.name).data == stock_load(text)


@pytest.mark.parametrize("scalar", TRICKY)
def test_each_kind_of_plain_scalar_resolves_as_ruamel_resolves_it(scalar: str) -> None:
    text = f"a: {scalar}\nb: [{scalar}, x]\n"
    loaded = load_text(text, "x.yaml")
    if loaded.data is None:  # refused by the loader (e.g. an impossible date): ruamel refuses too
        with pytest.raises(Exception):
            stock_load(text)
        return
    assert loaded.data == stock_load(text)
    assert type(loaded.data["a"]) is type(stock_load(text)["a"])


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-(10**40), max_value=10**40), st.sampled_from(["", "+", "0", "00"]))
def test_integers_read_as_ruamel_reads_them(number: int, prefix: str) -> None:
    written = prefix + str(number) if number >= 0 else str(number)
    text = f"a: {written}\n"
    value, expected = load_text(text, "x.yaml").data["a"], stock_load(text)["a"]
    assert value == expected and type(value) is type(expected), written


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TRICKY),
                          st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=12)),
                min_size=1, max_size=8))
def test_any_scalars_resolve_as_ruamel_resolves_them(values: list[str]) -> None:
    # Double-quoted (JSON escapes are YAML escapes) half of the time, plain otherwise.
    text = "".join(f"k{i}: {value if i % 2 else json.dumps(value)}\n" for i, value in enumerate(values))
    loaded = load_text(text, "x.yaml")
    try:
        expected = stock_load(text)
    except Exception:
        # Not YAML (a plain "- x" or "a: b"), or a scalar ruamel cannot construct ("="): refused
        # with one loader finding, never half read.
        assert loaded.data is None, text
        assert [RULES[f.rule].loader_rule for f in loaded.findings] == [True], (text, loaded.findings)
        return
    assert isinstance(expected, dict) and loaded.data == expected, text
    assert [type(v) for v in loaded.data.values()] == [type(v) for v in expected.values()], text


def test_worker_processes_report_exactly_what_one_process_reports(tmp_path: Path) -> None:
    # Eight plans, four of them with findings, in a set large enough to be split into chunks.
    for i in range(8):
        source = PLANS / ("2026-shvo.yaml" if i % 2 else "2025-websesam.yaml")
        shutil.copy(source, tmp_path / f"{i:02d}-{source.name}")
    one = plan("validate", "--jobs", "1", "--format", "json", str(tmp_path), cwd=ROOT)
    two = plan("validate", "--jobs", "2", "--format", "json", str(tmp_path), cwd=ROOT)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert '"files": 8' in one.stdout
