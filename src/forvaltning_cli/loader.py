"""Load a plan file: bytes → YAML nodes → plain data with source positions → Plan + findings.

The YAML is composed into nodes with ruamel.yaml's C parser (fast, and nodes carry marks), and
the node graph is walked once to build plain Python data (dict, list, str, int, float, bool,
None, date) together with a :class:`SourceMap` of the line and column of every key and value.
Only YAML's standard tags are constructed, so a file can never make the loader build Python
objects. Nothing here raises for bad input: every problem becomes a :class:`Finding`.
"""

from __future__ import annotations

import functools
import io
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .findings import Finding, Location, Problem, Severity

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 100
MAX_NODES = 2_000_000  # bounds alias expansion ("billion laughs") as well as plain size

_STANDARD_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


@dataclass(slots=True)
class SourceMap:
    """Positions (0-based line, column) of keys and values, by data path."""

    values: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    keys: dict[tuple, tuple[int, int]] = field(default_factory=dict)

    def position(self, path: tuple, *, at_key: bool = False) -> tuple[int, int]:
        """1-based ``(line, column)`` of ``path``, or of its nearest ancestor that has one."""
        path = tuple(path)
        if at_key and path in self.keys:
            line, col = self.keys[path]
            return line + 1, col + 1
        while path:
            if path in self.values:
                line, col = self.values[path]
                return line + 1, col + 1
            path = path[:-1]
        line, col = self.values.get((), (0, 0))
        return line + 1, col + 1

    def key_or_value(self, path: tuple) -> tuple[int, int]:
        """Where a human looks for the entry at ``path``: its key if it has one, else its value."""
        return self.position(path, at_key=tuple(path) in self.keys)


@dataclass(slots=True)
class LoadedPlan:
    """The outcome of loading one file."""

    file: str
    data: Any = None
    source: SourceMap = field(default_factory=SourceMap)
    text: str | None = None  # the decoded file, for suppression comments
    plan: Any = None  # model.Plan when the data is a valid plan
    findings: list[Finding] = field(default_factory=list)

    def finding(self, rule: str, severity: Severity, problem: Problem) -> Finding:
        line, column = self.source.position(problem.path, at_key=problem.at_key)
        related = tuple(
            Location(self.file, *self.source.key_or_value(path)) for path in problem.related
        )
        return Finding(
            self.file, line, column, rule, severity, problem.message, problem.hint, related
        )


class _LoadError(Exception):
    def __init__(self, rule: str, message: str, line: int = 0, column: int = 0,
                 hint: str | None = None, related: tuple[Location, ...] = ()) -> None:
        super().__init__(message)
        self.rule, self.message, self.line, self.column = rule, message, line, column
        self.hint, self.related = hint, related


# ------------------------------------------------------------------------------------------
# Reading and decoding
# ------------------------------------------------------------------------------------------


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _LoadError(
            "encoding", "filen är kodad som UTF-16; planer ska vara UTF-8",
            hint="spara filen som UTF-8 i din editor",
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n")
        column = len(before) - (before.rfind(b"\n") + 1)
        raise _LoadError(
            "encoding",
            f"byte 0x{raw[exc.start]:02x} är inte giltig UTF-8",
            line, column,
            hint="spara filen som UTF-8 (filen verkar vara Latin-1/Windows-1252 eller binär)",
        ) from None
    nul = text.find("\0")
    if nul >= 0:
        line = text.count("\n", 0, nul)
        raise _LoadError(
            "encoding", "filen innehåller NUL-tecken och är troligen inte en textfil",
            line, nul - (text.rfind("\n", 0, nul) + 1),
        )
    return text


# ------------------------------------------------------------------------------------------
# YAML nodes → data + positions
# ------------------------------------------------------------------------------------------


class _Builder:
    def __init__(self, constructor: Any) -> None:
        from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
        from ruamel.yaml.resolver import BaseResolver

        self.constructor = constructor
        self.source = SourceMap()
        self.count = 0
        self.kinds = ScalarNode, SequenceNode, MappingNode
        # Untagged strings, lists and mappings carry these very Tag objects (the resolver's).
        self.plain = BaseResolver.DEFAULT_SCALAR_TAG, BaseResolver.DEFAULT_SEQUENCE_TAG, BaseResolver.DEFAULT_MAPPING_TAG

    def check_size(self, root: Any) -> None:
        """Refuse a file that expands to more than MAX_NODES values, before building any of it.

        An alias is the same node object at several places, so sizes are memoised per node and an
        exponential "billion laughs" file is sized in time proportional to what is written. The
        finding points at the value the builder would have counted as number MAX_NODES + 1.
        """
        _, SequenceNode, MappingNode = self.kinds  # noqa: N806 - the ruamel class names
        sizes: dict[int, int] = {}

        def children(node: Any) -> list:
            if isinstance(node, SequenceNode):
                return node.value
            if isinstance(node, MappingNode):
                return [value for _key, value in node.value]
            return []

        def size(node: Any, depth: int) -> int:
            if depth > MAX_DEPTH:
                raise RecursionError  # the builder reports the depth where it happens
            known = sizes.get(id(node))
            if known is None:
                known = sizes[id(node)] = 1 + sum(size(child, depth + 1) for child in children(node))
            return known

        try:
            if size(root, 0) <= MAX_NODES:
                return
        except RecursionError:
            return
        count, node = 0, root
        while True:
            count += 1
            if count > MAX_NODES:
                break
            for child in children(node):
                if count + sizes[id(child)] > MAX_NODES:
                    node = child
                    break
                count += sizes[id(child)]
            else:  # pragma: no cover - sizes add up, so some child holds the excess
                break
        raise self._too_many(node)

    @staticmethod
    def _too_many(node: Any) -> _LoadError:
        return _LoadError(
            "yaml-limits",
            f"filen har fler än {MAX_NODES} värden (efter att alias expanderats)",
            node.start_mark.line, node.start_mark.column,
            hint="ankare och alias (&x/*x) som expanderas exponentiellt stöds inte",
        )

    def build(self, node: Any, path: tuple, depth: int) -> Any:
        ScalarNode, SequenceNode, MappingNode = self.kinds  # noqa: N806 - the ruamel class names
        plain_str, plain_seq, plain_map = self.plain
        self.count += 1
        if self.count > MAX_NODES:
            raise self._too_many(node)
        if depth > MAX_DEPTH:
            raise _LoadError(
                "yaml-limits", f"strukturen är nästlad djupare än {MAX_DEPTH} nivåer",
                node.start_mark.line, node.start_mark.column,
            )
        self.source.values[path] = (node.start_mark.line, node.start_mark.column)
        ctag = node.ctag
        if isinstance(node, ScalarNode):
            if ctag is plain_str:
                return node.value  # most values: no need for the constructor
            tag = str(ctag)
            if tag == "tag:yaml.org,2002:str":
                return node.value
            if tag not in _STANDARD_SCALAR_TAGS:
                raise self._tag_error(node)
            try:
                return self.constructor.construct_non_recursive_object(node)
            except Exception as exc:  # e.g. an impossible !!timestamp like 2025-02-30
                raise _LoadError(
                    "yaml-syntax", f"värdet {node.value!r} kan inte läsas: {exc}",
                    node.start_mark.line, node.start_mark.column,
                    hint="sätt citattecken runt värdet om det är text",
                ) from None
        if isinstance(node, SequenceNode):
            if ctag is not plain_seq and str(ctag) != "tag:yaml.org,2002:seq":
                raise self._tag_error(node)
            return [self.build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            if ctag is not plain_map and str(ctag) != "tag:yaml.org,2002:map":
                raise self._tag_error(node)
            out: dict[str, Any] = {}
            first_seen: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, ScalarNode) or (
                    key_node.ctag is not plain_str and key_node.tag == "tag:yaml.org,2002:merge"
                ):
                    what = "sammanslagningsnyckel (<<)" if isinstance(key_node, ScalarNode) else "sammansatt nyckel"
                    raise _LoadError(
                        "yaml-syntax", f"en {what} stöds inte i planfiler",
                        key_node.start_mark.line, key_node.start_mark.column,
                        hint="skriv ut nycklarna och värdena direkt",
                    )
                key = key_node.value
                if key in first_seen:
                    first = first_seen[key].start_mark
                    raise _LoadError(
                        "duplicate-key",
                        f"nyckeln '{key}' förekommer två gånger i samma avsnitt "
                        f"(först på rad {first.line + 1})",
                        key_node.start_mark.line, key_node.start_mark.column,
                        hint="ta bort eller slå ihop den ena förekomsten",
                        related=(Location("", first.line + 1, first.column + 1),),
                    )
                first_seen[key] = key_node
                here = path + (key,)
                self.source.keys[here] = (key_node.start_mark.line, key_node.start_mark.column)
                out[key] = self.build(value_node, here, depth + 1)
            return out
        raise self._tag_error(node)  # pragma: no cover - ruamel has only three node kinds

    @staticmethod
    def _tag_error(node: Any) -> _LoadError:
        return _LoadError(
            "yaml-tag",
            f"YAML-taggen {node.tag} stöds inte; planer får bara innehålla text, tal, datum, "
            "listor och avsnitt",
            node.start_mark.line, node.start_mark.column,
            hint="ta bort taggen (det som börjar med !)",
        )


# ruamel.yaml's problems in Swedish; the original follows in parentheses, for searching the web.
_YAML_PROBLEMS = {
    "mapping values are not allowed in this context":
        "ett kolon (:) på fel ställe: raden ser ut som en nyckel där ingen nyckel kan stå",
    "could not find expected ':'": "ett kolon (:) väntades efter nyckeln",
    "found unexpected end of stream": "filen tar slut innan värdet är avslutat",
    "found character '\\t' that cannot start any token": "ett tabbtecken kan inte inleda ett värde",
    "expected <block end>, but found '<block sequence start>'":
        "en listpunkt (-) står där den inte hör hemma",
    "expected <block end>, but found '<block mapping start>'":
        "en nyckel står med fel indrag",
    "expected <block end>, but found '-'": "en listpunkt (-) står med fel indrag",
    "did not find expected key": "en nyckel väntades här",
    "did not find expected '-' indicator": "en listpunkt (-) väntades här",
    "found undefined alias": "aliaset (*namn) syftar på ett ankare (&namn) som inte finns",
}


_YAML_CONTEXTS = {
    "while scanning a simple key": "när en nyckel lästes",
    "while parsing a block mapping": "i ett avsnitt (nyckel: värde)",
    "while parsing a block collection": "i en lista",
    "while parsing a flow sequence": "i en lista inom [ ]",
    "while parsing a flow mapping": "i ett avsnitt inom { }",
    "while scanning a plain scalar": "när ett värde lästes",
}


def _swedish_problem(problem: str) -> str:
    for english, swedish in _YAML_PROBLEMS.items():
        if problem.startswith(english):
            return f"{swedish} ({problem})"
    return problem


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip(" "))


def _deeper_than_a_finished_value(lines: list[str], line: int) -> bool:
    """Whether ``line`` is indented deeper than the line above it, which already has its value
    (``name: text``): the usual way a key ends up one level too deep."""
    above = next((row for row in reversed(lines[:line]) if row.strip() and not row.lstrip().startswith("#")), None)
    if above is None or line >= len(lines):
        return False
    key, sep, value = above.strip().removeprefix("- ").partition(":")
    return bool(sep and value.strip()) and _indent(lines[line]) > _indent(above) + (2 if above.lstrip().startswith("- ") else 0)


def _mark(exc: Any) -> tuple[int, int]:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return (mark.line, mark.column) if mark is not None else (0, 0)


def _unclosed_quote_line(lines: list[str]) -> int | None:
    """The first line whose double quotes do not pair up (text after " #" is a comment)."""
    for number, row in enumerate(lines):
        body = row.split(" #", 1)[0]
        if (body.count('"') - body.count('\\"')) % 2:
            return number
    return None


def _unclosed_bracket_line(lines: list[str]) -> int | None:
    """The first line that opens a [ or { it does not close (quoted text and comments skipped)."""
    for number, row in enumerate(lines):
        depth, quote = 0, None
        for i, char in enumerate(row):
            if quote:
                quote = None if char == quote else quote
            elif char in "\"'" and (i == 0 or not row[i - 1].isalnum()):
                quote = char
            elif char == "#" and (i == 0 or row[i - 1] in " \t"):
                break
            elif char in "[{":
                depth += 1
            elif char in "]}":
                depth -= 1
        if depth > 0:
            return number
    return None


@functools.cache
def _fast_resolver() -> type:
    """ruamel.yaml's resolver, with its table of implicit types prepared once.

    The C parser asks the resolver for the tag of every plain scalar, and the stock resolver works
    out the YAML version (through three attribute lookups that fail) and goes through a lazy
    wrapper to each regular expression on every call. Under the C parser the version is always
    the loader's, so the table is fixed: it is built once per version with the compiled patterns
    and one ``Tag`` per type. Same tags (tested against the stock loader), a third of the parse time.
    """
    from ruamel.yaml.nodes import ScalarNode
    from ruamel.yaml.resolver import VersionedResolver
    from ruamel.yaml.tag import Tag

    prepared: dict[Any, dict] = {}

    def prepare(table: dict) -> dict:
        out: dict = {}
        for first, entries in table.items():
            out[first] = [(Tag(suffix=tag), getattr(regexp, "lazy_self", lambda r=regexp: r)().match)
                          for tag, regexp in entries]
        return out

    class FastResolver(VersionedResolver):
        _table: dict | None = None

        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            if kind is ScalarNode and implicit[0] and not self.yaml_path_resolvers:
                table = self._table
                if table is None:
                    version = self.processing_version
                    table = prepared.get(version)
                    if table is None:
                        table = prepared[version] = prepare(self.versioned_resolver)
                    self._table = table
                for tag, match in table.get(value[0] if value else "", ()):
                    if match(value):
                        return tag
                for tag, match in table.get(None, ()):
                    if match(value):
                        return tag
                return self.DEFAULT_SCALAR_TAG
            return super().resolve(kind, value, implicit)

    return FastResolver


def _compose(text: str) -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="safe", pure=False)
    yaml.Resolver = _fast_resolver()
    try:
        nodes = list(yaml.compose_all(io.StringIO(text)))
    except MarkedYAMLError as exc:
        line, column = _mark(exc)
        problem = (exc.problem or str(exc)).strip()
        context = f" ({_YAML_CONTEXTS.get(exc.context.strip(), exc.context.strip())})" if exc.context else ""
        start = getattr(exc, "context_mark", None)
        if exc.context and "quoted scalar" in exc.context and start is not None and start.line < line:
            # An unclosed quote is found at the end of the file; the quote itself is where to look.
            line, column = start.line, start.column
            problem = f"citattecknet här stängs aldrig ({problem})"
            context = ""
        lines = text.splitlines()
        hint = None
        problem = _swedish_problem(problem)
        markers = [n for n, row in enumerate(lines) if row.startswith(("<<<<<<< ", ">>>>>>> ")) or row == "======="]
        if markers:
            line, column = markers[0], 0  # the first marker is where the user has to act
            hint = ("filen innehåller konfliktmarkeringar från git (<<<<<<<, =======, >>>>>>>): "
                    "behåll den version som ska gälla och ta bort markeringarna")
        elif line < len(lines) and "\t" in lines[line]:
            hint = "använd mellanslag, inte tabbtecken, för indrag"
        elif _deeper_than_a_finished_value(lines, line):
            hint = (f"rad {line + 1} är indragen djupare än raden ovanför, som redan har ett värde; "
                    "ge den samma indrag som raden ovanför")
        else:
            unbalanced = _unclosed_quote_line(lines[: line + 1])
            bracket = _unclosed_bracket_line(lines[: line + 1])
            if unbalanced is not None and unbalanced < line:
                hint = f"citattecknet på rad {unbalanced + 1} verkar inte stängas på samma rad"
            elif bracket is not None and bracket < line:
                hint = f"hakparentesen eller klammerparentesen på rad {bracket + 1} verkar inte stängas"
        raise _LoadError("yaml-syntax", f"YAML-syntaxfel: {problem}{context}", line, column, hint) from None
    except YAMLError as exc:
        raise _LoadError("yaml-syntax", f"YAML-syntaxfel: {exc}") from None
    except RecursionError:
        raise _LoadError("yaml-limits", "strukturen är för djupt nästlad för att läsas") from None
    nodes = [node for node in nodes if node is not None]
    if not nodes:
        raise _LoadError("plan-structure", "filen är tom; en plan börjar med schema_version: 1",
                         hint="se plans/ för exempel")
    if len(nodes) > 1:
        second = nodes[1].start_mark
        raise _LoadError(
            "plan-structure",
            f"filen innehåller {len(nodes)} YAML-dokument; en planfil ska innehålla ett",
            second.line, second.column, hint="dela upp planerna i en fil var",
        )
    return nodes[0], yaml.constructor


# ------------------------------------------------------------------------------------------
# Schema validation → findings
# ------------------------------------------------------------------------------------------


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


def _allowed_keys(data: Any, path: tuple) -> list[str]:
    """The keys the model allows in the mapping at ``path`` (for did-you-mean)."""
    from .model import Plan

    candidates: list[type] = [Plan]
    node = data
    for step in path:
        next_candidates: list[type] = []
        for model in candidates:
            if isinstance(step, int):
                next_candidates.append(model)
                continue
            for name, info in model.model_fields.items():
                if (info.alias or name) == step:
                    next_candidates.extend(_models_in(info.annotation))
        node = node[step] if isinstance(node, (dict, list)) else None
        if isinstance(node, dict) and len(next_candidates) > 1:
            # Prefer the union member whose fields the mapping actually uses.
            def overlap(model: type) -> int:
                keys = {info.alias or name for name, info in model.model_fields.items()}
                return len(keys & set(node))

            top = max(overlap(m) for m in next_candidates)
            next_candidates = [m for m in next_candidates if overlap(m) == top]
        candidates = next_candidates
        if not candidates:
            return []
    keys: list[str] = []
    for model in candidates:
        for name, info in model.model_fields.items():
            key = info.alias or name
            if key not in keys:
                keys.append(key)
    return keys


_TYPE_NAMES = {
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


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"sanningsvärdet {str(value).lower()}"
    if isinstance(value, float):
        return f"decimaltalet {value!r}"
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
    return type(value).__name__


def format_path(path: tuple) -> str:
    """``("sections", 0, "title")`` → ``sections[0].title``."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def _schema_problem(data: Any, error: dict) -> tuple[str, Problem]:
    kind = error["type"]
    path = _resolve_loc(data, error["loc"])
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        key = path[-1] if path else error["loc"][-1]
        allowed = _allowed_keys(data, path[:-1])
        import difflib

        close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
        hint = (
            f"menade du '{close[0]}'?" if close
            else ("tillåtna nycklar här: " + ", ".join(allowed)) if allowed else None
        )
        return "unknown-key", Problem(path, f"okänd nyckel '{key}'", hint=hint, at_key=True)
    if kind == "missing":
        missing = error["loc"][-1]
        parent = path if path and path[-1] != missing else path[:-1]
        where = f" i {format_path(parent)}" if parent else ""
        return "missing-key", Problem(
            parent, f"nyckeln '{missing}' saknas{where}", at_key=True,
            hint=f"lägg till {missing}: …",
        )
    if kind in ("int_type", "int_parsing", "int_from_float"):
        message = f"ett heltal väntas, men värdet är {_describe(value)}"
        hint = None
        if isinstance(value, float) or (isinstance(value, str) and any(c in value for c in " ,.")):
            hint = "belopp skrivs i hela kronor utan mellanslag, t.ex. 1489000"
        return "invalid-value", Problem(path, message, hint=hint)
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = next(iter(ctx.values()), "")
        relation = {"greater_than_equal": "minst", "less_than_equal": "högst",
                    "greater_than": "större än", "less_than": "mindre än"}[kind]
        return "invalid-value", Problem(path, f"värdet {value} är utanför tillåtet intervall (ska vara {relation} {bound})")
    if kind == "literal_error":
        return "invalid-value", Problem(
            path, f"{_describe(value)} är inte tillåtet här; tillåtet: {ctx.get('expected', '')}"
        )
    if kind == "enum":
        return "invalid-value", Problem(
            path, f"{_describe(value)} är inte tillåtet här; tillåtet: {ctx.get('expected', '')}"
        )
    if kind.endswith("_type") or kind.endswith("_parsing") or kind == "model_type":
        expected = _TYPE_NAMES.get(kind.split("_")[0], kind.split("_")[0])
        if kind in ("model_type", "model_attributes_type", "dict_type"):
            expected = _TYPE_NAMES["dict"]
        hint = None
        if expected == _TYPE_NAMES["decimal"] and isinstance(value, str) and value.rstrip().endswith("%"):
            hint = f"skriv talet utan procenttecken: {value.rstrip().removesuffix('%').strip()}"
        return "invalid-value", Problem(path, f"{expected} väntas, men värdet är {_describe(value)}", hint=hint)
    if kind == "string_pattern_mismatch":
        return "invalid-value", Problem(
            path, f"{_describe(value)} har fel form (ska matcha {ctx.get('pattern')})",
            hint="identifierare består av bokstäver, siffror, -, _ och ."
        )
    return "invalid-value", Problem(path, error["msg"])


def _validate(loaded: LoadedPlan) -> None:
    from pydantic import ValidationError

    from .model import Plan

    try:
        loaded.plan = Plan.model_validate(loaded.data)
    except ValidationError as exc:
        problems = [_schema_problem(loaded.data, error) for error in exc.errors(include_url=False)]
        # A misspelt key is reported once, as unknown with its did-you-mean, not also as missing.
        suggested = {
            (problem.path[:-1], problem.hint) for rule, problem in problems if rule == "unknown-key" and problem.hint
        }
        for rule, problem in problems:
            if rule == "missing-key":
                missing = problem.message.split("'")[1]
                if (problem.path, f"menade du '{missing}'?") in suggested:
                    continue
            loaded.findings.append(loaded.finding(rule, Severity.ERROR, problem))


# ------------------------------------------------------------------------------------------
# Entry points
# ------------------------------------------------------------------------------------------


def load_text(text: str, file: str) -> LoadedPlan:
    """Load a plan from YAML text; ``file`` is the name used in findings."""
    loaded = LoadedPlan(file=file, text=text)
    try:
        node, constructor = _compose(text)
        builder = _Builder(constructor)
        if "*" in text:  # without an alias the builder's own count bounds the work
            builder.check_size(node)
        loaded.data = builder.build(node, (), 0)
        loaded.source = builder.source
    except _LoadError as exc:
        related = tuple(Location(file, loc.line, loc.column) for loc in exc.related)
        loaded.findings.append(
            Finding(file, exc.line + 1, exc.column + 1, exc.rule, Severity.ERROR, exc.message,
                    exc.hint, related)
        )
        return loaded
    if not isinstance(loaded.data, dict):
        loaded.findings.append(
            loaded.finding(
                "plan-structure", Severity.ERROR,
                Problem((), f"en plan ska vara ett avsnitt med nycklar, men filen innehåller "
                            f"{_describe(loaded.data)}",
                        hint="en plan börjar med schema_version: 1"),
            )
        )
        return loaded
    version = loaded.data.get("schema_version")
    if "schema_version" in loaded.data and version != 1:
        loaded.findings.append(
            loaded.finding(
                "plan-structure", Severity.ERROR,
                Problem(("schema_version",), f"schema_version {version!r} stöds inte; "
                        "den här versionen av plan läser schema_version 1"),
            )
        )
        return loaded
    _validate(loaded)
    return loaded


def load_file(path: Path, display: str | None = None) -> LoadedPlan:
    """Load a plan file; every problem, including an unreadable file, becomes a finding."""
    file = display if display is not None else str(path)
    try:
        import stat

        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            what = "en katalog" if stat.S_ISDIR(mode) else "ingen vanlig fil (t.ex. en rörledning eller enhet)"
            return LoadedPlan(file=file, findings=[Finding(file, 1, 1, "file-unreadable", Severity.ERROR,
                                                           f"sökvägen är {what}, inte en planfil")])
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _LoadError(
                "yaml-limits",
                f"filen är {size // (1024 * 1024)} MB; planfiler får vara högst "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB",
            )
        raw = path.read_bytes()
        text = _decode(raw)
    except _LoadError as exc:
        return LoadedPlan(
            file=file,
            findings=[Finding(file, exc.line + 1, exc.column + 1, exc.rule, Severity.ERROR,
                              exc.message, exc.hint)],
        )
    except OSError as exc:
        return LoadedPlan(
            file=file,
            findings=[Finding(file, 1, 1, "file-unreadable", Severity.ERROR,
                              f"filen kan inte läsas: {exc.strerror or exc}")],
        )
    return load_text(text, file)
