"""The shipped document templates are compiled ahead of time (``render.precompiled``). What users
rely on: the document is the same as when the template is compiled on the spot; a precompiled
module is used only for exactly the template it was made from; and the modules in the
repository are current."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import PLANS, ROOT
from forvaltning_cli.lint import lint
from forvaltning_cli.render import precompiled, render_text
from forvaltning_cli.render.environment import builtin_templates, make_environment

sys.path.insert(0, str(ROOT / "tools"))
import update_templates  # noqa: E402


def test_the_modules_in_the_repository_are_what_the_environment_compiles_today() -> None:
    for path, text in update_templates.expected().items():
        assert path.exists(), f"{path.name} is missing: run python tools/update_templates.py"
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run python tools/update_templates.py"


@pytest.mark.parametrize("autoescape, name", [(a, n) for a, names in precompiled.SHIPPED.items() for n in names])
def test_each_shipped_template_loads_precompiled_and_points_at_its_file(autoescape: bool, name: str) -> None:
    template = make_environment([], autoescape).get_template(name)
    namespace = template.root_render_func.__globals__
    assert namespace.get("SOURCE_SHA256") == precompiled.digest((builtin_templates() / name).read_text(encoding="utf-8"))
    # Errors name the template's file and line, not the generated module.
    assert template.filename == template.root_render_func.__code__.co_filename == str(builtin_templates() / name)


def test_a_module_is_not_used_for_any_other_text_name_or_setting() -> None:
    name = "html/document.html.j2"
    source = (builtin_templates() / name).read_text(encoding="utf-8")
    escaped, plain = make_environment([], True), make_environment([], False)
    assert precompiled.load(escaped, name, source, name, None, {}) is not None
    assert precompiled.load(escaped, name, source + " ", name, None, {}) is None  # changed text
    assert precompiled.load(plain, name, source, name, None, {}) is None  # other autoescape
    assert precompiled.load(escaped, "html/own.html.j2", source, name, None, {}) is None  # not shipped


def test_a_users_template_of_the_same_name_wins(tmp_path: Path) -> None:
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "document.html.j2").write_text("egen mall", encoding="utf-8")
    template = make_environment([tmp_path], True).get_template("html/document.html.j2")
    assert "SOURCE_SHA256" not in template.root_render_func.__globals__
    assert template.render() == "egen mall"


def test_two_environments_do_not_share_a_template_namespace() -> None:
    first, second = make_environment([], True), make_environment([], True)
    a, b = first.get_template("html/parts.html.j2"), second.get_template("html/parts.html.j2")
    assert a.root_render_func.__globals__["environment"] is first
    assert b.root_render_func.__globals__["environment"] is second


@pytest.mark.parametrize("fmt", ["html", "md"])
@pytest.mark.parametrize("name", ["2025-websesam.yaml", "2026-shvo.yaml"])
def test_the_document_is_the_same_as_with_templates_compiled_on_the_spot(monkeypatch, fmt: str, name: str) -> None:
    linted = lint(PLANS / name, name)
    plan = linted.loaded.plan
    args = (plan, name, linted.findings, fmt, None, PLANS / name)
    precompiled_text = render_text(*args, appendix=True)
    monkeypatch.setattr(precompiled, "load", lambda *a, **k: None)
    assert render_text(*args, appendix=True) == precompiled_text
