"""The README's generated parts and its commands stay true."""

from __future__ import annotations

import importlib.util

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _tool():
    spec = importlib.util.spec_from_file_location("update_readme", ROOT / "tools" / "update_readme.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rule_table_is_generated_from_the_rules() -> None:
    from forvaltning_cli.checks import RULES

    assert _tool().updated(README) == README, "run: python tools/update_readme.py"
    for rule in RULES.values():
        assert f"| `{rule.id}` | {rule.severity.value} |" in README


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_command() -> None:
    block = README.split("```sh\n", 1)[1].split("```", 1)[0].strip().splitlines()
    assert block == [
        "python -m pip install . && plan validate plans/",
        "./scripts/test",
    ]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert any(line.split() == ["exec", block[1]] or line.strip() == block[1] for line in ci)
