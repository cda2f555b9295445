"""Everything that relies on ruamel.yaml beyond its documented ``YAML()`` interface.

The loader composes plans with the C parser and a resolver whose table is prepared once; ``plan
fmt`` and ``plan new`` write plans back through one round-trip set-up and move comment tokens.
Those use ruamel.yaml's internals (resolver tables, node classes, comment attributes), which can
change between releases: ``pyproject.toml`` pins the range this module was tested with, and
``tests/test_ruamel_glue.py`` fails loudly when an internal it relies on is gone.
"""

from __future__ import annotations

import functools
import io
from typing import Any


def node_classes() -> tuple[type, type, type]:
    """``(ScalarNode, SequenceNode, MappingNode)``."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    return ScalarNode, SequenceNode, MappingNode


def plain_tags() -> tuple[Any, Any, Any]:
    """The tag objects untagged strings, lists and mappings carry (the resolver's own)."""
    from ruamel.yaml.resolver import BaseResolver

    return BaseResolver.DEFAULT_SCALAR_TAG, BaseResolver.DEFAULT_SEQUENCE_TAG, BaseResolver.DEFAULT_MAPPING_TAG


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


class SyntaxProblem(Exception):
    """A YAML syntax error with ruamel's own words and marks (0-based)."""

    def __init__(self, problem: str, line: int, column: int, context: str | None,
                 context_line: int | None, context_column: int | None) -> None:
        super().__init__(problem)
        self.problem, self.line, self.column = problem, line, column
        self.context, self.context_line, self.context_column = context, context_line, context_column


def compose(text: str) -> tuple[list[Any], Any]:
    """Every document of ``text`` as a node graph (C parser), and the constructor for standard
    scalar tags. Raises :class:`SyntaxProblem`, or ``RecursionError`` for absurd nesting."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="safe", pure=False)
    yaml.Resolver = _fast_resolver()
    try:
        nodes = list(yaml.compose_all(io.StringIO(text)))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        start = exc.context_mark
        raise SyntaxProblem(
            (exc.problem or str(exc)).strip(),
            mark.line if mark else 0, mark.column if mark else 0,
            exc.context.strip() if exc.context else None,
            start.line if start else None, start.column if start else None,
        ) from None
    except YAMLError as exc:
        from ruamel.yaml.reader import ReaderError

        if isinstance(exc, ReaderError) and isinstance(exc.position, int):  # a character YAML refuses
            line = text.count("\n", 0, exc.position)
            column = exc.position - (text.rfind("\n", 0, exc.position) + 1)
            problem = f"unacceptable character #x{exc.character:04x}: {exc.reason}" \
                if isinstance(exc.character, int) else str(exc.reason)
            raise SyntaxProblem(problem, line, column, None, None, None) from None
        raise SyntaxProblem(str(exc), 0, 0, None, None, None) from None
    return nodes, yaml.constructor


def first_too_deep(text: str, limit: int) -> tuple[int, int] | None:
    """The 0-based ``(line, column)`` of the first value nested in more than ``limit`` lists and
    mappings, or ``None``; a syntax error ends the search (composing reports it).

    This reads the parser's events, which keep their nesting on the heap: composing builds the
    node graph recursively on the C stack, and a deep enough file crashes the process there.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.events import (
        AliasEvent, CollectionEndEvent, CollectionStartEvent, MappingStartEvent, ScalarEvent,
    )

    yaml = YAML(typ="safe", pure=False)
    yaml.Resolver = _fast_resolver()
    # Per open collection: how many children a mapping has had so far (even: the next is a key),
    # or -1 for a sequence. A scalar key is not a value, so it does not count, as in the builder.
    open_: list[int] = []
    try:
        for event in yaml.parse(io.StringIO(text)):
            if isinstance(event, CollectionEndEvent):
                open_.pop()
                continue
            if not isinstance(event, (CollectionStartEvent, ScalarEvent, AliasEvent)):
                continue
            is_key = bool(open_) and open_[-1] >= 0 and open_[-1] % 2 == 0
            if open_ and open_[-1] >= 0:
                open_[-1] += 1
            collection = isinstance(event, CollectionStartEvent)
            if len(open_) > limit and (collection or not is_key):
                return event.start_mark.line, event.start_mark.column
            if collection:
                open_.append(0 if isinstance(event, MappingStartEvent) else -1)
    except YAMLError:
        return None
    return None


def construct_scalar(constructor: Any, node: Any) -> Any:
    """The value of a scalar with a standard tag (int, float, bool, null, timestamp)."""
    return constructor.construct_non_recursive_object(node)


def round_trip_yaml(*, canonical_quotes: bool = False):
    """ruamel.yaml set up to write plans back: comments kept, never re-wrapped, 2-space mappings
    with list items indented under their key. With ``canonical_quotes`` (``plan fmt``) quotes are
    used only where YAML needs them, and then double quotes; otherwise they are kept as written."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    if canonical_quotes:
        class DoubleQuotingEmitter(yaml.Emitter):
            def choose_scalar_style(self):
                style = super().choose_scalar_style()
                return '"' if style == "'" else style

        yaml.Emitter = DoubleQuotingEmitter
    yaml.preserve_quotes = not canonical_quotes
    yaml.width = 10**9  # never re-wrap: a re-wrapped line can lose or gain a space
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def dump(yaml: Any, data: Any) -> str:
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    return buffer.getvalue()


def is_mapping(node: Any) -> bool:
    from ruamel.yaml.comments import CommentedMap

    return isinstance(node, CommentedMap)


def is_sequence(node: Any) -> bool:
    from ruamel.yaml.comments import CommentedSeq

    return isinstance(node, CommentedSeq)


def set_block_style(node: Any) -> None:
    node.fa.set_block_style()


def move_closing_comments(node: Any, old_last: Any, new_last: Any) -> None:
    """After a mapping's keys are reordered, the comments and blank lines that closed it (stored
    with its old last key) move to the new last key; an end-of-line comment stays with its key."""
    if old_last == new_last:
        return
    entry = node.ca.items.get(old_last)
    token = entry[2] if entry and len(entry) > 2 else None
    if token is None or "\n" not in token.value:
        return
    cut = token.value.index("\n") + 1
    own, closing = token.value[:cut], token.value[cut:]
    if not closing:
        return
    token.value = own
    from ruamel.yaml.tokens import CommentToken

    target = node.ca.items.setdefault(new_last, [None, None, None, None])
    while len(target) < 3:
        target.append(None)
    if target[2] is None:
        target[2] = CommentToken("\n" + closing, token.start_mark, None)
    else:
        target[2].value += closing
