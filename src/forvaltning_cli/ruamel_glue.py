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
from typing import Any, Iterator


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


def parse_events(text: str) -> Iterator[Any]:
    """The YAML events of ``text`` from libyaml (C parser), each with its start and end mark
    (line, column and character index); raises ruamel.yaml's errors for bad YAML."""
    from _ruamel_yaml import CParser
    from ruamel.yaml.events import StreamEndEvent

    parser = CParser(text)
    while True:
        event = parser.get_event()
        yield event
        if event is None or isinstance(event, StreamEndEvent):
            return


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


# --------------------------------------------------------------------------------------------
# Comments when plan new removes or flags a value
#
# Comments on ruamel.yaml round-trip data when ``plan new`` removes or flags a value.
#
# ruamel.yaml keeps a comment with the key *before* it: the lines above a key are stored after the
# previous key's value (its end-of-line token), or as the mapping's leading comment for a first
# key; the end-of-line comment of a key is the first line of that token. Removing a key with
# ``del`` would leave the comment written about it above the next key ("# the date is tentative"
# over a date that is gone). :func:`remove_key` takes the key's own comments with it and keeps
# those that belong to what follows; :func:`add_note` writes an end-of-line note for the author.
#
# These rely on ruamel.yaml's comment attributes (``ca.items``, ``ca.comment``), pinned in
# ``pyproject.toml`` like everything in ``ruamel_glue``. On plain dicts and lists both do the plain
# thing (``pop``; nothing), so the rollover also runs on plan data without comments.
# --------------------------------------------------------------------------------------------


# Slot of the token after a value in ``ca.items[key]``: mappings keep it third, sequences first.
_MAP_SLOT, _SEQ_SLOT = 2, 0


def _is_commented(node: Any) -> bool:
    return is_mapping(node) or is_sequence(node)


def _is_block(node: Any) -> bool:
    return _is_commented(node) and not node.fa.flow_style()


def _slot(container: Any) -> int:
    return _SEQ_SLOT if is_sequence(container) else _MAP_SLOT


def _last_key(node: Any) -> Any:
    return len(node) - 1 if is_sequence(node) else list(node)[-1]


def _tail(container: Any, key: Any) -> tuple[Any, Any]:
    """Where the token after ``container[key]``'s last line is kept: a block collection keeps
    it with its own last entry, a scalar or flow collection with ``key`` itself."""
    value = container[key]
    while _is_block(value) and len(value):
        container, key = value, _last_key(value)
        value = container[key]
    return container, key


def _token(container: Any, key: Any):
    entry = container.ca.items.get(key)
    slot = _slot(container)
    return entry[slot] if entry is not None and len(entry) > slot else None


def _split_token(text: str) -> tuple[str, str]:
    """A token's text as its end-of-line part (up to the first newline) and the lines after."""
    cut = text.find("\n") + 1
    return (text, "") if cut == 0 else (text[:cut], text[cut:])


def _blank_prefix(lines: str) -> str:
    """The blank lines before the first comment line."""
    out = []
    for line in lines.splitlines(keepends=True):
        if line.strip():
            break
        out.append(line)
    return "".join(out)


def remove_key(mapping: Any, key: Any, parent: Any = None, parent_key: Any = None) -> None:
    """Remove ``key`` from ``mapping`` with the comments written about it (the lines right
    above it, its end-of-line comment, everything inside its value); comments and blank lines
    after its value belong to what follows and stay. ``parent``/``parent_key``: where
    ``mapping`` is, for the comment above a first key (ruamel keeps it with the parent)."""
    if key not in mapping:
        return
    if not _is_commented(mapping):
        del mapping[key]
        return
    keys = list(mapping)
    index = keys.index(key)
    holder, holder_key = _tail(mapping, key)
    own = _token(holder, holder_key)
    after = _split_token(own.value)[1] if own is not None else ""
    entry = mapping.ca.items.get(key)
    if entry is not None and len(entry) > 1 and entry[1]:
        entry[1] = None  # comment lines stored as the key's own leading comment
    if index > 0:
        before_holder, before_key = _tail(mapping, keys[index - 1])
        token = _token(before_holder, before_key)
        if token is not None:
            eol, above = _split_token(token.value)
            rest = after if after[:1] == "\n" else _blank_prefix(above) + after
            if eol and rest and not eol.endswith("\n"):
                eol += "\n"
            token.value = eol + rest if eol else rest
        elif after.strip("\n"):
            _put_after(before_holder, before_key, "\n" + after)
    else:
        leading = mapping.ca.comment
        if leading is not None and len(leading) > 1:
            leading[1] = None
        if parent is not None and parent_key is not None:
            parent_entry = parent.ca.items.get(parent_key)
            if parent_entry is not None and len(parent_entry) > 3:
                parent_entry[3] = None
        if after.strip() and len(keys) > 1:
            _put_before_first(mapping, keys[1], after)
    mapping.ca.items.pop(key, None)
    del mapping[key]


def _put_after(container: Any, key: Any, text: str) -> None:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    entry = container.ca.items.setdefault(key, [None, None, None, None])
    while len(entry) < 4:
        entry.append(None)
    entry[_slot(container)] = CommentToken(text, CommentMark(0), None)


def _put_before_first(mapping: Any, first: Any, lines: str) -> None:
    """Comment lines that followed a removed first key, now above the new first key."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    tokens = []
    for line in lines.splitlines():
        text = line.strip()
        column = len(line) - len(line.lstrip())
        tokens.append(CommentToken((text + "\n") if text else "\n", CommentMark(column), None))
    entry = mapping.ca.items.setdefault(first, [None, None, None, None])
    while len(entry) < 2:
        entry.append(None)
    entry[1] = tokens + list(entry[1] or [])


def note_target(root: Any, path: tuple) -> tuple[Any, Any] | None:
    """The ``(container, key)`` whose line an end-of-line note on the value at ``path`` goes
    after: the value's own key, or, inside a flow collection (``{name: …, values: {…}}``), the
    entry of the outermost flow collection in its block parent. ``None`` if the path is gone."""
    node, target = root, None
    for step in path:
        try:
            child = node[step]
        except (KeyError, IndexError, TypeError):
            return None
        if target is None or _is_block(node):
            target = (node, step)
        node = child
    return target


def add_note(container: Any, key: Any, text: str) -> None:
    """An end-of-line comment ``# text`` on ``container[key]``'s line; a comment already there
    is kept after it (``# text — the author's comment``), and so are the lines that follow."""
    if not _is_commented(container):
        return
    token = _token(container, key)
    if token is None:
        _put_after(container, key, " # " + text)  # column 0: the emitter puts it one blank further
        return
    eol, after = _split_token(token.value)
    if eol.lstrip().startswith("#"):
        token.value = f"# {text} — {eol.lstrip()[1:].strip()}\n" + after
    else:
        token.value = f"# {text}\n" + after if eol == "\n" else f"# {text}" + eol + after


def _append_after(container: Any, key: Any, lines: str) -> None:
    """Comment lines after ``container[key]``'s line, after any already there."""
    token = _token(container, key)
    if token is None:
        _put_after(container, key, "\n" + lines)
    else:
        token.value += lines if token.value.endswith("\n") else "\n" + lines


def _fresh_eol(text: str):
    """An end-of-line comment token written two blanks after its line, wherever it stood."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    return CommentToken(" " + text.strip() + "\n", CommentMark(0), None)


def unflow(container: Any, key: Any) -> None:
    """Before ``container[key]``, a flow collection, is written in block style: its end-of-line
    comment (``- {id: a, …}  # c``) goes on the block's first line (``- id: a  # c``, or after
    ``key:``), and the comment lines that followed it go after the block's last line — where
    they stood relative to the rest of the file. Call it with the value already in block style."""
    value = container[key]
    token = _token(container, key)
    if token is None or not _is_commented(value) or not len(value):
        return
    eol, after = _split_token(token.value)
    if not eol.lstrip().startswith("#"):
        eol, after = "", eol + after if eol != "\n" else after
    entry = container.ca.items[key]
    if eol and is_mapping(container):
        entry[_slot(container)] = _fresh_eol(eol)
    else:
        entry[_slot(container)] = None
        if eol:
            first = 0 if not is_mapping(value) else list(value)[0]
            slot_entry = value.ca.items.setdefault(first, [None, None, None, None])
            while len(slot_entry) < 4:
                slot_entry.append(None)
            old = slot_entry[_slot(value)]
            if old is not None:  # the first value's own comment (a nested flow): keep both
                after = _split_token(old.value)[1] + after
                eol = eol.rstrip("\n") + " " + _split_token(old.value)[0].strip()
            slot_entry[_slot(value)] = _fresh_eol(eol)
    if after.strip():
        holder, holder_key = _tail(container, key)
        _append_after(holder, holder_key, after)


def write_notes(data: Any, notes: list[tuple[tuple, str]], prefix: str) -> int:
    """Write ``(path, text)`` notes as end-of-line comments ``# PREFIX text`` on round-trip data
    (``plan new``'s "ny plan:", ``plan import``'s "importerat: kontrollera"); notes on values
    that share a line (a flow mapping) are joined. The number of commented lines."""
    joined: dict[tuple[int, Any], tuple[Any, Any, list[str]]] = {}
    for path, text in notes:
        target = note_target(data, path)
        if target is None:
            continue
        container, key = target
        slot = joined.setdefault((id(container), key), (container, key, []))
        if text not in slot[2]:
            slot[2].append(text)
    for container, key, texts in joined.values():
        add_note(container, key, f"{prefix} " + "; ".join(texts))
    return len(joined)
