"""The invented example plan ``examples/kommunalforbund/2019-arkivplan.yaml``: it uses every part
of the format, its figures add up (``plan validate`` finds nothing), and every command that reads
a plan works on it.
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest

from conftest import ROOT, plan
from forvaltning_cli.commands.validate import validate_file
from forvaltning_cli.load import load_text
from forvaltning_cli.model import PART_NAMES, BudgetGroup, BudgetResult, Plan

FOLDER = "examples/kommunalforbund"
EXAMPLE = f"{FOLDER}/2019-arkivplan.yaml"
# Computed from the budget's party columns, which a kommunalförbund's table does not have.
NOT_STATED_PARTS = {"financing.split"}


@pytest.fixture(scope="module")
def example() -> Plan:
    loaded = load_text((ROOT / EXAMPLE).read_text(encoding="utf-8"), EXAMPLE)
    assert loaded.plan is not None, loaded.findings
    return loaded.plan


def _lines(budget):
    for item in budget.items:
        if isinstance(item, BudgetGroup):
            yield from item.lines
        elif not isinstance(item, BudgetResult):
            yield item


def _cost_kronor(example: Plan) -> int:
    """The budget year's cost (cost and depreciation lines) in kronor."""
    budget = example.budget
    return sum(line.amount for line in _lines(budget) if line.kind in ("cost", "depreciation")) * budget.kronor_per_unit


# --------------------------------------------------------------------------------------------
# It validates without a finding
# --------------------------------------------------------------------------------------------


def test_example_has_no_findings() -> None:
    findings = validate_file(ROOT / EXAMPLE, EXAMPLE)
    assert findings == [], "\n".join(f"{f.line}:{f.column} {f.rule} {f.message}" for f in findings)


def test_plan_validate_on_the_folder_exits_0() -> None:
    result = plan("validate", f"{FOLDER}/")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "inga anmärkningar" in result.stdout, result.stdout


# One wrong figure or date in the example, and the rule that owns it reports it: the clean result
# above comes from checks that read every part, not from parts the checks skip.
MISTAKES = [
    ("      budget-2019: 27\n", "      budget-2019: 28\n", "budget-result"),
    ("      budget-2019: 6598\n", "      budget-2019: 6599\n", "budget-total"),
    ("            budget-2019: 5967\n", "            budget-2019: 5968\n", "fee-income"),
    ("      Älvby: 68412\n", "      Älvby: 68512\n", "fee-income"),
    ("        equal: 30\n", "        equal: 40\n", "split-key-sum"),
    ("    amount: 310\n", "    amount: 311\n", "activity-budget"),
    ("    share: 20\n", "    share: 25\n", "resource-staffing"),
    ("    end: 2023-03-31\n", "    end: 2019-09-30\n", "agreement-period"),
    # 2020 and 2021 are the budget's plan years; 2022 is outside the plan.
    ("    when: 2019-10\n", "    when: 2022-10\n", "date-in-period"),
    ("  description: E-arkivet tar emot", "  description: Enligt OAIS tar e-arkivet emot", "abbreviation-undefined"),
]


@pytest.mark.parametrize("written, mistake, rule", MISTAKES, ids=[f"{m[2]}-{i}" for i, m in enumerate(MISTAKES)])
def test_a_mistake_in_the_example_is_found(written: str, mistake: str, rule: str) -> None:
    from forvaltning_cli.checks import run_checks

    text = (ROOT / EXAMPLE).read_text(encoding="utf-8")
    assert text.count(written) == 1, written
    loaded = load_text(text.replace(written, mistake), EXAMPLE)
    assert loaded.plan is not None, loaded.findings
    rules = {f.rule for f in loaded.findings + run_checks(loaded)}
    assert rule in rules, rules


# --------------------------------------------------------------------------------------------
# Its figures add up, recomputed here without the checks
# --------------------------------------------------------------------------------------------


def test_every_stated_sum_and_result_adds_up_in_every_year_column(example: Plan) -> None:
    budget = example.budget
    assert [c.heading for c in budget.columns] == ["Utfall 2017", "Budget 2018", "Budget 2019", "Plan 2020", "Plan 2021"]
    for column in [c.id for c in budget.columns] + [None]:
        income = costs = 0
        for item in budget.items:
            if isinstance(item, BudgetResult):
                assert item.column_value(column) == income - costs, (item.result, column)
                continue
            lines = item.lines if isinstance(item, BudgetGroup) else [item]
            for line in lines:
                value = line.column_value(column)
                income += value if line.kind == "income" else 0
                costs += value if line.kind in ("cost", "depreciation") else 0
            if isinstance(item, BudgetGroup):
                assert item.subtotal.column_value(column) == sum(line.column_value(column) for line in lines)
        assert budget.total.column_value(column) == costs, column


def test_fee_income_is_price_times_population_rounded_to_tkr(example: Plan) -> None:
    financing, budget = example.financing, example.budget
    counts = financing.population.counts
    lines = {line.id: line for line in _lines(budget)}
    assert financing.fees
    for fee in financing.fees:
        members = fee.members or list(counts)
        units = sum(counts[m] for m in members) if fee.per == "inhabitant" else len(members)
        expected = (fee.price * units / budget.kronor_per_unit).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        assert lines[fee.income_line].amount == expected, fee.id
    # "27 kronor per kommuninvånare och år": 27 × 220 997 = 5 966 919 kr, stated as 5 967 tkr.
    assert sum(counts.values()) == 220_997
    assert lines["medlemsavgifter"].amount == 5967


def test_activities_and_resources_match_their_budget_lines(example: Plan) -> None:
    lines = {line.id: line for line in _lines(example.budget)}
    for kind in {a.type for a in example.activities}:
        tagged = [line.amount for line in lines.values() if line.activity_type == kind]
        assert tagged, kind
        assert sum(a.amount for a in example.activities if a.type == kind) == sum(tagged), kind
    roles = {role.id for role in example.roles}
    for line_id in {r.budget_line for r in example.resources}:
        resources = [r for r in example.resources if r.budget_line == line_id]
        assert sum(r.share for r in resources) == lines[line_id].staffing_percent, line_id
        assert sum(r.amount for r in resources) == lines[line_id].amount, line_id
        assert all(r.role in roles for r in resources)


# --------------------------------------------------------------------------------------------
# Every part of the format is used
# --------------------------------------------------------------------------------------------


def _part(example: Plan, name: str):
    value = example
    for attribute in name.split("."):
        value = getattr(value, attribute)
    return value


def test_every_part_of_the_model_is_filled(example: Plan) -> None:
    # Derived from the model: a part added to the model, or dropped from the example, fails here.
    empty = [name for name in PART_NAMES if name not in NOT_STATED_PARTS and not _part(example, name)]
    assert empty == []
    optional = [name for name, field in Plan.model_fields.items() if not field.is_required()]
    assert [name for name in optional if not getattr(example, name)] == []


def test_every_part_is_placed_in_a_section(example: Plan) -> None:
    from forvaltning_cli.model import PartBlock, iter_sections

    placed = [block.part for _, section in iter_sections(example.sections)
              for block in section.content if isinstance(block, PartBlock)]
    assert sorted(placed) == sorted(set(PART_NAMES) - NOT_STATED_PARTS)


def test_registry_data_without_a_status(example: Plan) -> None:
    document = example.document
    unset = [name for name in type(document).model_fields if getattr(document, name) in (None, [])]
    # The document states no status, as many published plans do; everything else is given.
    assert unset == ["status"]
    assert not document.is_draft
    for person in (document.handler, document.document_owner, document.address):
        assert person.phone and person.postal_address
    assert document.edition.startswith("Reviderad")


def test_budget_uses_every_kind_of_row_and_column(example: Plan) -> None:
    budget = example.budget
    assert budget.unit == "tkr" and budget.kronor_per_unit == 1000
    assert {c.kind for c in budget.columns} == {"outcome", "budget", "plan"}
    assert budget.budget_column.id == "budget-2019" and budget.plan_years == [2020, 2021]
    assert {line.kind for line in _lines(budget)} == {"cost", "income", "depreciation", "investment"}
    results = [item for item in budget.items if isinstance(item, BudgetResult)]
    assert len(results) == 2
    assert any(value < 0 for result in results for value in result.values.values())
    assert all(isinstance(item, BudgetGroup) and item.subtotal for item in budget.items[:2])


def test_financing_uses_every_kind_of_fee_and_key(example: Plan) -> None:
    financing = example.financing
    kinds = {(fee.per, fee.recurrence) for fee in financing.fees}
    assert kinds == {("inhabitant", "yearly"), ("inhabitant", "once"), ("member", "yearly")}
    (key,) = financing.split_keys
    assert key.shares is None and (key.basis.equal, key.basis.population) == (30, 70)
    assert financing.surplus.split_key == key.id
    assert set(financing.population.counts) == {party.id for party in financing.parties}


# --------------------------------------------------------------------------------------------
# Every command that reads a plan works on it
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("output_format, suffix", [("html", "html"), ("md", "md")])
def test_renders(tmp_path, output_format: str, suffix: str) -> None:
    out = tmp_path / f"arkivplan.{suffix}"
    result = plan("render", EXAMPLE, "-f", output_format, "-o", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    text = out.read_text(encoding="utf-8")
    assert "VERKSAMHETSPLAN 2019 MED BUDGET OCH PLAN FÖR 2020–2021" in text
    # Text from the pm3 parts and the financing reaches the document.
    for words in ("Arkivdata Norden", "Driftleverantören kan inte leverera", "Kvarnby", "Förvaltningsledare IT"):
        assert words in text, words


def test_formatted_as_plan_fmt_writes_it() -> None:
    result = plan("fmt", "--check", EXAMPLE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_split_gives_each_member_its_share_of_the_cost_to_the_krona(example: Plan) -> None:
    result = plan("split", EXAMPLE, "-f", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(result.stdout)
    counts = example.financing.population.counts
    total = _cost_kronor(example)
    assert total == example.budget.total.amount * 1000 == 6_598_000
    assert data["total"] == total
    per_member = {member: amounts["computed"] for member, amounts in data["party_totals"].items()}
    assert set(per_member) == set(counts)
    assert sum(per_member.values()) == total
    for line in data["lines"]:
        assert sum(line["computed"].values()) == line["amount"], line["id"]
    # 30 % equally and 70 % by population; each line is rounded to the krona on its own, so a
    # member's sum is within one krona per line of its exact share of the total.
    population = sum(counts.values())
    lines = len(data["lines"])
    for member, amount in per_member.items():
        exact = total * (Fraction(30, 100 * len(counts)) + Fraction(70, 100) * Fraction(counts[member], population))
        assert abs(amount - exact) < lines, (member, amount, float(exact))
