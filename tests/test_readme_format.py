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


# --------------------------------------------------------------------------------------------
# The further samples in the section (a multi-year budget, fees): each is a set of top-level
# blocks that, put into the annotated example, make a plan whose figures add up.
# --------------------------------------------------------------------------------------------

# The rules that recompute what a sample states: none of them may fire on a sample.
ARITHMETIC_RULES = (
    "budget-", "fee-income", "split-key-", "activity-budget", "resource-staffing",
    "financing-sources-sum", "unknown-reference",
)


def _further_samples() -> list[str]:
    _, reference = _example_and_reference()
    return re.findall(r"^```yaml\n(.*?)^```\n", reference, re.DOTALL | re.MULTILINE)


def _top_level_blocks(text: str) -> dict[str, str]:
    """Each top-level key's block of lines (the key's line and the indented lines under it)."""
    blocks: dict[str, str] = {}
    key = None
    for line in text.splitlines(keepends=True):
        if line[:1] not in ("", " ", "#", "\n"):
            key = line.split(":", 1)[0]
            blocks[key] = ""
        if key is not None:
            blocks[key] += line
    return blocks


def _with_sample(example: str, sample: str) -> str:
    """The example with the sample's top-level blocks: ``financing`` keys are added to the
    example's (its parties and keys stay), every other block replaces the example's."""
    blocks = _top_level_blocks(example)
    for key, block in _top_level_blocks(sample).items():
        if key == "financing" and key in blocks:
            blocks[key] = blocks[key] + block.split("\n", 1)[1]
        else:
            blocks[key] = block
    return "".join(blocks.values())


def test_section_has_a_multi_year_budget_and_a_fee_sample() -> None:
    samples = _further_samples()
    assert any("columns:" in s and "result:" in s and "unit: tkr" in s for s in samples), samples
    assert any("per: inhabitant" in s and "income_line:" in s for s in samples), samples


def test_further_samples_make_valid_plans_whose_figures_add_up() -> None:
    from forvaltning_cli.checks import run_checks

    example, _ = _example_and_reference()
    for sample in _further_samples():
        merged = _with_sample(example, sample)
        loaded = load_text(merged, "README.md")
        assert loaded.plan is not None, loaded.findings
        findings = loaded.findings + run_checks(loaded)
        errors = [f for f in findings if f.severity.value == "error"]
        assert not errors, errors
        arithmetic = [f for f in findings if f.rule.startswith(ARITHMETIC_RULES)]
        assert not arithmetic, arithmetic


def test_a_wrong_figure_in_a_sample_is_found() -> None:
    # The merge really puts the sample in the plan: a stated result off by one is an error.
    example, _ = _example_and_reference()
    sample = next(s for s in _further_samples() if "result:" in s)
    broken = sample.replace("budget-2025: 10,", "budget-2025: 11,", 1)
    assert broken != sample
    from forvaltning_cli.checks import run_checks

    loaded = load_text(_with_sample(example, broken), "README.md")
    assert loaded.plan is not None
    assert loaded.plan.budget.items[-1].amount == 11
    rules = {f.rule for f in run_checks(loaded)}
    assert "budget-result" in rules, rules
