"""The README's "The plan format" section stays true to the model.

Its annotated example must be a valid plan, and its reference must name every key the model
has, so that neither can silently fall behind ``model.py``.
"""

from __future__ import annotations

import re
import typing
from pathlib import Path

from pydantic import BaseModel

from forvaltning_cli.model import Plan

try:
    from forvaltning_cli.load import load_text
except ImportError:  # the loader before it became a package
    from forvaltning_cli.loader import load_text

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
HEADING = "## The plan format\n"


def _section() -> str:
    assert README.count(HEADING) == 1, "README.md should have one '## The plan format' section"
    start = README.index(HEADING)
    end = README.find("\n## ", start + len(HEADING))
    return README[start : end if end >= 0 else len(README)]


def _example_and_reference() -> tuple[str, str]:
    section = _section()
    match = re.search(r"^```yaml\n(.*?)^```\n", section, re.DOTALL | re.MULTILINE)
    assert match, "the plan format section should open with a ```yaml example"
    return match.group(1), section[match.end() :]


def _key(name: str, field) -> str:
    return field.alias or name


def _models(model: type[BaseModel], seen: set) -> None:
    """Every model reachable from ``model`` through its fields' annotations."""
    if model in seen:
        return
    seen.add(model)
    for field in model.model_fields.values():
        stack = [field.annotation]
        while stack:
            tp = stack.pop()
            if isinstance(tp, type) and issubclass(tp, BaseModel):
                _models(tp, seen)
            stack.extend(typing.get_args(tp))


def test_section_stands_directly_after_the_sample_output() -> None:
    headings = re.findall(r"^## .*$", README, re.MULTILINE)
    assert "## Sample output" in headings
    index = headings.index("## Sample output")
    assert headings[index + 1] == HEADING.strip()


def test_annotated_example_is_a_valid_plan() -> None:
    example, _ = _example_and_reference()
    loaded = load_text(example, "README.md")
    errors = [f for f in loaded.findings if f.severity.value == "error"]
    assert not errors, errors
    assert loaded.plan is not None


def test_annotated_example_passes_the_checks_without_errors() -> None:
    from forvaltning_cli.checks import run_checks

    example, _ = _example_and_reference()
    loaded = load_text(example, "README.md")
    errors = [f for f in loaded.findings + run_checks(loaded) if f.severity.value == "error"]
    assert not errors, errors


def test_reference_names_every_top_level_key() -> None:
    _, reference = _example_and_reference()
    missing = [
        _key(name, field)
        for name, field in Plan.model_fields.items()
        if f"`{_key(name, field)}`" not in reference
    ]
    assert not missing, f"the README's plan format reference lacks top-level keys: {missing}"


def test_reference_names_every_nested_key() -> None:
    _, reference = _example_and_reference()
    models: set = set()
    _models(Plan, models)
    missing = sorted(
        f"{model.__name__}.{_key(name, field)}"
        for model in models
        for name, field in model.model_fields.items()
        if f"`{_key(name, field)}`" not in reference
    )
    assert not missing, f"the README's plan format reference lacks keys: {missing}"
