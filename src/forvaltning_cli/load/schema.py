"""Schema errors → problems in Swedish, told from a table of message templates.

Pydantic reports an error type, a location in its own terms (with union tags) and the input;
the location is mapped onto a path in the data, and the type picks a :class:`Message`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import typing
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..findings import Problem
from .positions import format_path


def _resolve_loc(data: Any, loc: tuple) -> tuple:
    """Map a Pydantic error location onto a path in the data.

    Pydantic adds union tags and type names to ``loc``; those are not keys in the data. The
    mapping that follows the most real keys wins.
    """

    def walk(node: Any, rest: tuple) -> tuple:
        if not rest:
            return ()
        head, tail = rest[0], rest[1:]
        best = walk(node, tail)  # treat head as a tag
        if isinstance(node, dict) and head in node:
            taken = (head,) + walk(node[head], tail)
        elif isinstance(node, list) and isinstance(head, int) and 0 <= head < len(node):
            taken = (head,) + walk(node[head], tail)
        else:
            return best
        # On a tie the head is a union tag that happens to share its name with a key (figure, line).
        return taken if len(taken) > len(best) else best

    return walk(data, tuple(loc))


def _models_in(annotation: Any) -> list[type]:
    from pydantic import BaseModel

    out: list[type] = []
    stack = [annotation]
    while stack:
        current = stack.pop()
        if isinstance(current, type) and issubclass(current, BaseModel):
            out.append(current)
            continue
        stack.extend(typing.get_args(current))
    return out


def _field_models(model: type) -> dict[str, list[type]]:
    """For each key of ``model`` (its alias or name), the models its value may hold."""
    table = _FIELD_MODELS.get(model)
    if table is None:
        table = {}
        for name, info in model.model_fields.items():
            table.setdefault(info.alias or name, []).extend(_models_in(info.annotation))
        _FIELD_MODELS[model] = table
    return table


_FIELD_MODELS: dict[type, dict[str, list[type]]] = {}


def root_models() -> list[type]:
    """The models a whole plan file may be: the start of :func:`child_models`."""
    from ..model import Plan

    return [Plan]


def child_models(candidates: list[type], step: Any, node: Any) -> list[type]:
    """The models the value at ``step`` (a key, or a list index) may be, below a mapping or list
    that may be any of ``candidates``; ``node`` is that value's data. Of the members of a union,
    those whose keys the mapping uses most are kept."""
    if isinstance(step, int):
        found = candidates
    else:
        found = [model for candidate in candidates for model in _field_models(candidate).get(step, ())]
    if isinstance(node, dict) and len(found) > 1:
        def overlap(model: type) -> int:
            return sum(key in node for key in _field_models(model))

        top = max(overlap(m) for m in found)
        found = [m for m in found if overlap(m) == top]
    return found


def keys_of(candidates: list[type]) -> list[str]:
    """The keys the models allow, in the order the first of them declares them."""
    keys: list[str] = []
    for model in candidates:
        for key in _field_models(model):
            if key not in keys:
                keys.append(key)
    return keys


def allowed_keys(data: Any, path: tuple) -> list[str]:
    """The keys the model allows in the mapping at ``path`` (for did-you-mean)."""
    candidates = root_models()
    node = data
    for step in path:
        node = node[step] if isinstance(node, (dict, list)) else None
        candidates = child_models(candidates, step, node)
        if not candidates:
            return []
    return keys_of(candidates)


TYPE_NAMES = {
    "int": "ett heltal",
    "str": "text",
    "string": "text",
    "dict": "ett avsnitt (nyckel: värde)",
    "list": "en lista",
    "bool": "sant/falskt",
    "float": "ett tal",
    "decimal": "ett tal",
    "NoneType": "inget värde",
    "date": "ett datum",
}


def describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"sanningsvärdet {str(value).lower()}"
    if isinstance(value, float):
        return f"decimaltalet {getattr(value, 'text', None) or repr(value)}"  # as written in the file
    if isinstance(value, Decimal):
        return f"talet {value}"
    if isinstance(value, int):
        return f"talet {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "…"
        return f"texten '{shown}'"
    if value is None:
        return "ett tomt värde"
    if isinstance(value, dict):
        return "ett avsnitt (nyckel: värde)"
    if isinstance(value, list):
        return "en lista"
    if isinstance(value, (dt.date, dt.datetime)):
        return f"datumet {value.isoformat()}"
    return type(value).__name__


@dataclass(frozen=True, slots=True)
class Message:
    """How one kind of schema error is told: the rule, a message template and a hint template.

    Templates are filled with ``value`` (the input, described in Swedish), ``raw`` (the input as
    written), ``key``, ``missing``, ``where``, ``expected`` (allowed values), ``bound``,
    ``expected_type``, ``pattern``, ``number`` (a share without its percent sign) and ``msg``
    (Pydantic's own words). ``when`` names the condition under which the hint applies.
    """

    rule: str
    text: str
    hint: str | None = None
    when: str | None = None
    at_key: bool = False


_AMOUNT = Message("invalid-value", "ett heltal väntas, men värdet är {value}",
                  hint="belopp skrivs i hela kronor utan mellanslag, t.ex. 1489000", when="written_like_an_amount")
_NUMBER = Message("invalid-value", "{expected_type} väntas, men värdet är {value}",
                  hint="skriv talet utan procenttecken: {number}", when="ends_with_percent_sign")
_ALLOWED = Message("invalid-value", "{value} är inte tillåtet här; tillåtet: {expected}")
_RANGE = "värdet {raw} är utanför tillåtet intervall (ska vara {relation} {bound})"

# Pydantic's error types → how to tell them (rendercv's error dictionary, for our plans).
MESSAGES: dict[str, Message] = {
    "extra_forbidden": Message("unknown-key", "okänd nyckel '{key}'", at_key=True),
    "missing": Message("missing-key", "nyckeln '{missing}' saknas{where}", hint="lägg till {missing}: …", at_key=True),
    "int_type": _AMOUNT,
    "int_parsing": _AMOUNT,
    "int_from_float": _AMOUNT,
    "decimal_type": _NUMBER,
    "decimal_parsing": _NUMBER,
    "float_type": _NUMBER,
    "float_parsing": _NUMBER,
    "greater_than_equal": Message("invalid-value", _RANGE.replace("{relation}", "minst")),
    "less_than_equal": Message("invalid-value", _RANGE.replace("{relation}", "högst")),
    "greater_than": Message("invalid-value", _RANGE.replace("{relation}", "större än")),
    "less_than": Message("invalid-value", _RANGE.replace("{relation}", "mindre än")),
    "literal_error": _ALLOWED,
    "enum": _ALLOWED,
    "finite_number": Message("invalid-value", "ett tal väntas, men värdet är {value}",
                             hint="oändligt (.inf) och NaN (.nan) kan inte räknas med"),
    "string_pattern_mismatch": Message("invalid-value", "{value} har fel form (ska matcha {pattern})",
                                       hint="identifierare består av bokstäver, siffror, -, _ och ."),
}
_WRONG_TYPE = Message("invalid-value", "{expected_type} väntas, men värdet är {value}")
_OTHER = Message("invalid-value", "{msg}")

CONDITIONS = {
    # Word writes "1 000" with a no-break, narrow no-break or thin space: the same mistake.
    "written_like_an_amount": lambda raw: isinstance(raw, float) or (
        isinstance(raw, str) and any(c in raw for c in " ,.\u00a0\u202f\u2009")),
    "ends_with_percent_sign": lambda raw: isinstance(raw, str) and raw.rstrip().endswith("%"),
}


@dataclass(frozen=True, slots=True)
class SchemaProblem:
    """A schema error as a problem, with the key it is about (for de-duplication)."""

    rule: str
    problem: Problem
    key: str | None = None  # the unknown or missing key
    suggestion: str | None = None  # for an unknown key: the allowed key it is probably a typo of


def _message_for(kind: str) -> Message:
    if kind in MESSAGES:
        return MESSAGES[kind]
    if kind.endswith(("_type", "_parsing")):
        return _WRONG_TYPE
    return _OTHER


def schema_problem(data: Any, error: dict) -> SchemaProblem:
    """One Pydantic error as a problem at the data path it is about, told from the table."""
    kind = error["type"]
    path = _resolve_loc(data, error["loc"])
    raw = error.get("input")
    ctx = error.get("ctx") or {}
    message = _message_for(kind)
    type_name = kind.split("_")[0]
    fields = {
        "value": describe(raw), "raw": raw, "msg": error["msg"],
        "expected": ctx.get("expected", ""), "pattern": ctx.get("pattern"),
        "bound": next(iter(ctx.values()), ""),
        "expected_type": TYPE_NAMES["dict"] if kind in ("model_type", "model_attributes_type", "dict_type")
        else TYPE_NAMES.get(type_name, type_name),
        "number": raw.rstrip().removesuffix("%").strip() if isinstance(raw, str) else raw,
    }
    key = suggestion = None
    hint = message.hint
    if message.when and not CONDITIONS[message.when](raw):
        hint = None
    if kind == "extra_forbidden":
        key = str(path[-1] if path else error["loc"][-1])
        allowed = allowed_keys(data, path[:-1])
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        suggestion = close[0] if close else None
        hint = f"menade du '{suggestion}'?" if suggestion else ("tillåtna nycklar här: " + ", ".join(allowed)) if allowed else None
        fields["key"] = key
    elif kind == "missing":
        key = str(error["loc"][-1])
        path = path if path and path[-1] != key else path[:-1]
        fields.update(missing=key, where=f" i {format_path(path)}" if path else "")
    problem = Problem(path, message.text.format(**fields), hint=hint.format(**fields) if hint else None,
                      at_key=message.at_key)
    return SchemaProblem(message.rule, problem, key, suggestion)


def schema_problems(data: Any, errors: list[dict]) -> list[SchemaProblem]:
    """Every error told once: a misspelt key is reported as unknown with its did-you-mean, not
    also as the missing key it was meant to be."""
    problems = [schema_problem(data, error) for error in errors]
    meant = {(p.problem.path[:-1], p.suggestion) for p in problems if p.rule == "unknown-key" and p.suggestion}
    return [p for p in problems if not (p.rule == "missing-key" and (p.problem.path, p.key) in meant)]
