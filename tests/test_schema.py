"""The exported JSON Schema describes the plans, checked with an independent validator."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
from ruamel.yaml import YAML

from conftest import PLANS, plan


def _as_json(node):
    """YAML data as JSON would carry it (an editor sees dates as strings)."""
    if isinstance(node, dict):
        return {str(k): _as_json(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_as_json(v) for v in node]
    if isinstance(node, dt.date):
        return node.isoformat()
    return node


@pytest.fixture(scope="module")
def schema(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("schema") / "plan.schema.json"
    result = plan("schema", "-o", str(out))
    assert result.returncode == 0, result.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def _messages(schema: dict, instance: dict) -> list[str]:
    """Every error message, including those inside anyOf branches."""
    out: list[str] = []
    stack = list(jsonschema.Draft202012Validator(schema).iter_errors(instance))
    while stack:
        error = stack.pop()
        out.append(error.message)
        stack.extend(error.context or [])
    return out


def _plan(name: str) -> dict:
    return _as_json(YAML(typ="safe").load((PLANS / name).read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", ["2025-websesam.yaml", "2026-shvo.yaml"])
def test_shipped_plans_validate_against_the_schema(schema: dict, name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(_plan(name)))
    assert errors == []


def test_schema_rejects_a_misspelt_key(schema: dict) -> None:
    plan = _plan("2025-websesam.yaml")
    plan["budget"]["titel"] = plan["budget"].pop("title")
    messages = _messages(schema, plan)
    assert any("'titel' was unexpected" in m for m in messages)
    assert any("'title' is a required property" in m for m in messages)


def test_schema_rejects_money_as_float_and_accepts_tentative_dates(schema: dict) -> None:
    plan = _plan("2026-shvo.yaml")
    assert plan["document"]["decision"]["date"] == "2025-12-10?"
    validator = jsonschema.Draft202012Validator(schema)
    plan["budget"]["items"][0]["amount"] = 7900000.5
    assert not validator.is_valid(plan)


def test_schema_carries_descriptions_for_editors(schema: dict) -> None:
    line = schema["$defs"]["BudgetLine"]
    assert line["additionalProperties"] is False
    assert "kronor" in line["properties"]["amount"]["description"]
    assert schema["properties"]["schema_version"]["const"] == 1


def _undescribed(schema: dict) -> list[str]:
    """Every property, in every object of the schema, that an editor would show without a text."""
    missing = []
    for name, definition in [("Plan", schema), *schema["$defs"].items()]:
        for key, prop in definition.get("properties", {}).items():
            if "$ref" in prop and set(prop) == {"$ref"}:
                continue  # the referenced object carries its own description
            if not prop.get("description"):
                missing.append(f"{name}.{key}")
    return missing


def test_every_field_is_described_for_the_editor(schema: dict) -> None:
    assert _undescribed(schema) == []
    assert _undescribed({"properties": {"x": {"type": "string"}}, "$defs": {}}) == ["Plan.x"]


def test_the_example_plans_validate_against_the_schema(schema: dict) -> None:
    examples = sorted((PLANS.parent / "examples").glob("*/*.yaml"))
    plans = [p for p in examples if "schema_version" in p.read_text(encoding="utf-8")]
    assert plans, "no example plan under examples/"
    for path in plans:
        data = _as_json(YAML(typ="safe").load(path.read_text(encoding="utf-8")))
        errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(data)]
        assert errors == [], path


def test_schema_describes_the_real_plan_parts(schema: dict) -> None:
    budget = schema["$defs"]["Budget"]["properties"]
    assert budget["unit"]["enum"] == ["kr", "tkr", "mnkr"] or "kr" in json.dumps(budget["unit"])
    line = schema["$defs"]["BudgetLine"]["properties"]
    assert line["amount"]["minimum"] < 0  # a result statement writes costs negative
    for part in ("scope", "stakeholders", "roles", "activities", "resources", "risks",
                 "agreements", "milestones", "annual_cycle"):
        assert part in schema["properties"], part


def _schemas(node):
    """Every subschema (not the property maps themselves)."""
    if isinstance(node, dict):
        yield node
        for key in ("properties", "$defs"):
            for sub in (node.get(key) or {}).values():
                yield from _schemas(sub)
        for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
            for sub in node.get(key) or []:
                yield from _schemas(sub)
        for key in ("items", "additionalProperties"):
            yield from _schemas(node.get(key))


def test_editors_see_swedish_titles_and_complete_no_nulls(schema: dict) -> None:
    nodes = list(_schemas(schema))
    titles = {node["title"] for node in nodes if "title" in node}
    assert "Cost Centre" not in titles and "Staffing Percent" not in titles
    assert schema["$defs"]["Budget"]["properties"]["cost_centre"]["title"] == "Ansvar"
    assert schema["$defs"]["BudgetLine"]["properties"]["staffing_percent"]["title"] == "Bemanning i procent av heltid"
    # Pydantic's titles are the field names in English words: none is left.
    english = {name.replace("_", " ").title() for d in schema["$defs"].values() for name in d.get("properties", {})}
    assert titles & english <= {"Budget", "Status", "Version", "Per"}  # the same word in Swedish
    assert not [node for node in nodes if "default" in node and node["default"] is None]
    kind = schema["$defs"]["BudgetLine"]["properties"]["kind"]
    assert dict(zip(kind["enum"], kind["markdownEnumDescriptions"]))["income"] == "intäkt"
