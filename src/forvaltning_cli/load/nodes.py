"""YAML nodes → plain data (dict, list, str, int, float, bool, None, date) with a
:class:`SourceMap` of every key's and value's position.

Only YAML's standard tags are constructed, so a file can never make the loader build Python
objects; sizes are bounded (depth, and values after alias expansion) before anything is built.
"""

from __future__ import annotations

from typing import Any

from ..findings import Location
from ..ruamel_glue import construct_scalar, node_classes, plain_tags
from .positions import LoadError, SourceMap

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


class Builder:
    def __init__(self, constructor: Any) -> None:
        self.constructor = constructor
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

    @staticmethod
    def _too_many(node: Any) -> LoadError:
        return LoadError(
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
            raise LoadError(
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
                return construct_scalar(self.constructor, node)
            except Exception as exc:  # e.g. an impossible !!timestamp like 2025-02-30
                raise LoadError(
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
                    raise LoadError(
                        "yaml-syntax", f"en {what} stöds inte i planfiler",
                        key_node.start_mark.line, key_node.start_mark.column,
                        hint="skriv ut nycklarna och värdena direkt",
                    )
                key = key_node.value
                if key in first_seen:
                    first = first_seen[key].start_mark
                    raise LoadError(
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
    def _tag_error(node: Any) -> LoadError:
        return LoadError(
            "yaml-tag",
            f"YAML-taggen {node.tag} stöds inte; planer får bara innehålla text, tal, datum, "
            "listor och avsnitt",
            node.start_mark.line, node.start_mark.column,
            hint="ta bort taggen (det som börjar med !)",
        )
