"""YAML nodes → plain data (dict, list, str, int, float, bool, None, date) with a
:class:`SourceMap` of every key's and value's position.

Only YAML's standard tags are constructed, so a file can never make the loader build Python
objects; sizes are bounded (depth, and values after alias expansion) before anything is built.
"""

from __future__ import annotations

import re
from typing import Any

from ..findings import Location
from ..ruamel_glue import construct_scalar, first_too_deep, node_classes, plain_tags
from .hidden import HIDDEN, HiddenCharacter, explain, matters, name
from .positions import EditorLines, LoadError, SourceMap

MAX_DEPTH = 100
MAX_NODES = 2_000_000  # bounds alias expansion ("billion laughs") as well as plain size

# A plain decimal integer (no sign other than -, no leading zeros, no underscores): int() reads it
# exactly as the YAML constructor does.
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]{0,30})").fullmatch

_STANDARD_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


# A line that may start a deep block structure: indented 30 or more, or 10 or more "-", "?" or ":"
# indicators in a row before its content (possessive: no backtracking over the spaces). Found
# after a "\n" (a literal prefix is searched fast); YAML's other line breaks are made "\n" first.
_DEEP_LINE = re.compile(r"\n(?: {30}| *+(?:[-?:][ \t]++){10})")
_OTHER_BREAKS = re.compile("\r\n?|[\x85\u2028\u2029]")


def may_nest_too_deeply(text: str) -> bool:
    """Whether ``text`` could nest lists and mappings more than MAX_DEPTH levels, from a cheap
    look at its characters; when it cannot, the exact check (first_too_deep) is not needed.

    Flow collections each open with a "[" or "{": at most 30 of them. A block collection starts
    either on an earlier line, at a column no deeper than this line's indent (and nested block
    collections never share a column twice in a row: at most 2 × 30 of them), or on this line
    after its leading "-", "?" or ":" indicators, one each, plus one mapping at a key (at most
    10): 30 + 60 + 10 = 100.
    """
    if text.count("[") + text.count("{") > 30:
        return True
    if text.count("\r") != text.count("\r\n") or "\x85" in text or "\u2028" in text or "\u2029" in text:
        text = _OTHER_BREAKS.sub("\n", text)
    return _DEEP_LINE.search("\n" + text) is not None


def check_nesting(text: str) -> None:
    """Refuse text nested more than MAX_DEPTH levels before it is composed (see first_too_deep)."""
    if not may_nest_too_deeply(text):
        return
    deep = first_too_deep(text, MAX_DEPTH)
    if deep is not None:
        raise _too_deep(*EditorLines(text)(*deep))


def _too_deep(line: int, column: int) -> LoadError:
    return LoadError("yaml-limits", f"strukturen är nästlad djupare än {MAX_DEPTH} nivåer", line, column,
                     hint="en plan behöver bara några få nivåer; kontrollera hakparenteser [ ] och klamrar { }")


class SourceFloat(float):
    """A YAML float that keeps its text as written, so that a percentage can be read exactly
    (``30.0000000000000000000000000001`` is not ``30.0``); everywhere else it is a float."""

    __slots__ = ("text",)

    def __new__(cls, value: float, text: str) -> SourceFloat:
        self = super().__new__(cls, value)
        self.text = text
        return self

    def __reduce__(self) -> tuple:
        return SourceFloat, (float(self), self.text)


def with_float_texts(data: Any, texts: dict[tuple, str], path: tuple = ()) -> Any:
    """A copy of ``data`` whose floats are :class:`SourceFloat`\\ s carrying their ``texts``
    (for validation only: the loaded data keeps plain floats, as any YAML loader gives them)."""
    if isinstance(data, dict):
        return {key: with_float_texts(value, texts, path + (key,)) for key, value in data.items()}
    if isinstance(data, list):
        return [with_float_texts(value, texts, path + (i,)) for i, value in enumerate(data)]
    if type(data) is float and path in texts:
        return SourceFloat(data, texts[path])
    return data


class Builder:
    def __init__(self, constructor: Any, *, look_for_hidden: bool = False,
                 lines: EditorLines | None = None) -> None:
        self.constructor = constructor
        self.lines = lines if lines is not None else EditorLines("")
        self.look_for_hidden = look_for_hidden  # the text has one of hidden.HIDDEN somewhere
        self.hidden: list[HiddenCharacter] = []
        self.source = SourceMap()
        self.count = 0
        self.kinds = node_classes()
        # Untagged strings, lists and mappings carry these very Tag objects (the resolver's).
        self.plain = plain_tags()

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

    def _at(self, mark: Any) -> tuple[int, int]:
        """A mark's position as the editor shows it (see EditorLines)."""
        return self.lines(mark.line, mark.column)

    def _too_many(self, node: Any) -> LoadError:
        return LoadError(
            "yaml-limits",
            f"filen har fler än {MAX_NODES} värden (efter att alias expanderats)",
            *self._at(node.start_mark),
            hint="ankare och alias (&x/*x) som expanderas exponentiellt stöds inte",
        )

    def build(self, node: Any, path: tuple, depth: int) -> Any:
        ScalarNode, SequenceNode, MappingNode = self.kinds  # noqa: N806 - the ruamel class names
        plain_str, plain_seq, plain_map = self.plain
        self.count += 1
        if self.count > MAX_NODES:
            raise self._too_many(node)
        if depth > MAX_DEPTH:
            raise _too_deep(*self._at(node.start_mark))
        self.source.values[path] = self._at(node.start_mark)
        ctag = node.ctag
        if isinstance(node, ScalarNode):
            if self.look_for_hidden and matters(path):
                self._note_hidden(node, "värdet")
            if ctag is plain_str:
                return node.value  # most values: no need for the constructor
            tag = str(ctag)
            if tag == "tag:yaml.org,2002:str":
                return node.value
            if tag not in _STANDARD_SCALAR_TAGS:
                raise self._tag_error(node)
            if tag == "tag:yaml.org,2002:int" and _DECIMAL(node.value):
                return int(node.value)  # what the constructor gives, without its general parsing
            try:
                value = construct_scalar(self.constructor, node)
                if type(value) is float:
                    self.source.floats[path] = node.value  # for exact percentages
                return value
            except Exception as exc:  # e.g. an impossible !!timestamp like 2025-02-30
                impossible_date = str(tag).endswith(":timestamp")
                raise LoadError(
                    "yaml-syntax",
                    f"värdet {node.value!r} är inget datum som finns" if impossible_date
                    else f"värdet {node.value!r} kan inte läsas ({exc})",
                    *self._at(node.start_mark),
                    hint="rätta datumet, eller sätt citattecken runt värdet om det är text" if impossible_date
                    else "sätt citattecken runt värdet om det är text",
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
                    raise LoadError(
                        "yaml-syntax", f"en {what} stöds inte i planfiler",
                        *self._at(key_node.start_mark),
                        hint="skriv ut nycklarna och värdena direkt",
                    )
                key = key_node.value
                if key in first_seen:
                    first_line, first_column = self._at(first_seen[key].start_mark)
                    raise LoadError(
                        "duplicate-key",
                        f"nyckeln '{key}' förekommer två gånger i samma avsnitt "
                        f"(först på rad {first_line + 1})",
                        *self._at(key_node.start_mark),
                        hint="ta bort eller slå ihop den ena förekomsten",
                        related=(Location("", first_line + 1, first_column + 1),),
                    )
                first_seen[key] = key_node
                if self.look_for_hidden:
                    self._note_hidden(key_node, "nyckeln")
                here = path + (key,)
                self.source.keys[here] = self._at(key_node.start_mark)
                out[key] = self.build(value_node, here, depth + 1)
            return out
        raise self._tag_error(node)  # pragma: no cover - ruamel has only three node kinds

    def _note_hidden(self, node: Any, what: str) -> None:
        value = node.value
        found = HIDDEN.search(value) if isinstance(value, str) else None
        if found is None:
            return
        at = found.start()
        if "\n" not in value[:at] and node.style in (None, "", '"', "'"):
            # On the node's own line: the character itself (escapes aside).
            line, column = self.lines.at_offset(node.start_mark.index + at + (node.style in ('"', "'")))
        else:
            line, column = self._at(node.start_mark)
        char = found.group()
        looks, hint = explain(char, value[:at])
        shown = value if len(value) <= 40 else value[:39] + "…"
        self.hidden.append(HiddenCharacter(
            line, column, f"{what} '{shown}' innehåller tecknet {name(char)}, {looks}", hint,
        ))

    def _tag_error(self, node: Any) -> LoadError:
        return LoadError(
            "yaml-tag",
            f"YAML-taggen {node.tag} stöds inte; planer får bara innehålla text, tal, datum, "
            "listor och avsnitt",
            *self._at(node.start_mark),
            hint="ta bort taggen (det som börjar med !)",
        )
