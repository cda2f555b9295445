"""``plan schema``: the JSON Schema of the plan model."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from ..budget import ACTIVITY_TYPE_LABELS


# What an editor shows beside each English value of an enumeration when it completes it.
ENUM_WORDS = {
    "preliminary": "preliminär (förhandsbeslutad)", "decided": "beslutad",
    "monthly": "varje månad", "quarterly": "varje kvartal", "yearly": "varje år", "once": "en gång",
    "population": "efter folkmängd", "fees": "efter inbetalda avgifter", "equal": "lika",
    "split_key": "enligt en fördelningsnyckel",
    "cost": "kostnad", "income": "intäkt", "depreciation": "avskrivningar", "investment": "investering",
    "budget": "budget", "plan": "plan (planår)", "outcome": "utfall", "forecast": "prognos",
    "kr": "kronor", "tkr": "tusen kronor", "mnkr": "miljoner kronor",
    "inhabitant": "per kommuninvånare", "member": "per medlem",
    "milestone": "milstolpe", "release": "release", "sv": "svenska",
    **ACTIVITY_TYPE_LABELS,  # the pm3 activity types, as the checks and the document name them
}
_TITLE_END = re.compile(r"\s*(?:[(,:;]|\. |\.$|, t\.ex\.)")


# Titles where a description starts with the values themselves (key → title).
TITLES = {
    "status": "Status", "kind": "Slag", "per": "Per", "recurrence": "Hur ofta",
    "allocation": "Fördelning", "costs_negative": "Kostnader med minustecken", "unit": "Enhet",
}


def _swedish_title(description: str) -> str:
    """A short Swedish title from a description: its first clause ("Ansvar (kostnadsställe),
    t.ex. '92910'." → "Ansvar")."""
    first = _TITLE_END.split(description.strip(), maxsplit=1)[0].strip()
    return first if 0 < len(first) <= 60 else description.strip().split(".")[0][:60]


_SUBSCHEMA_MAPS = ("properties", "$defs", "patternProperties")
_SUBSCHEMA_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
_SUBSCHEMAS = ("items", "additionalProperties", "not", "if", "then", "else")


def _for_editors(node: Any) -> None:
    """Swedish titles instead of Pydantic's English ones ("Cost Centre"), no ``null`` (an editor
    would complete ``amount: null``; an optional key is left out instead), and Swedish words
    beside English enum values; over every subschema (never into a ``properties`` map as if it
    were a schema)."""
    if not isinstance(node, dict):
        return
    if isinstance(node.get("description"), str):
        node["title"] = _swedish_title(node["description"])
    elif "title" in node and "properties" not in node:
        del node["title"]
    if "default" in node and node["default"] is None:
        del node["default"]
    branches = node.get("anyOf")
    if branches and any(b == {"type": "null"} for b in branches):
        # An optional key is left out, not written as null: an editor would offer "null".
        kept = [b for b in branches if b != {"type": "null"}]
        del node["anyOf"]
        if len(kept) == 1:
            node.update({k: v for k, v in kept[0].items() if k not in node or k == "$ref"})
        else:
            node["anyOf"] = kept
    values = node.get("enum")
    if values and all(isinstance(v, str) for v in values):
        node["markdownEnumDescriptions"] = [ENUM_WORDS.get(v, v) for v in values]
    for key, prop in (node.get("properties") or {}).items():
        if isinstance(prop, dict):
            _for_editors(prop)
            if key in TITLES and "description" in prop:
                prop["title"] = TITLES[key]
    for key in _SUBSCHEMA_MAPS[1:]:
        for sub in (node.get(key) or {}).values():
            _for_editors(sub)
    for key in _SUBSCHEMA_LISTS:
        for sub in node.get(key) or []:
            _for_editors(sub)
    for key in _SUBSCHEMAS:
        _for_editors(node.get(key))


def plan_schema() -> dict:
    from ..model import Plan

    schema = Plan.model_json_schema(by_alias=True)
    _for_editors(schema)
    schema["title"] = "Förvaltningsplan"
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
