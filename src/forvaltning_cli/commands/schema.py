"""``plan schema``: the JSON Schema of the plan model."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def plan_schema() -> dict:
    from ..model import Plan

    schema = Plan.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://forvaltning-cli.invalid/schema/plan-1.json"
    return schema


def run(output: Path | None) -> int:
    text = json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
        return 0
    from ..atomic import save

    save(output, text)
    return 0
