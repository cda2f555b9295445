"""Whether a plan's text already has ``plan fmt``'s canonical layout, decided in one pass over
libyaml's events instead of ruamel.yaml's pure-Python round trip (most of ``plan fmt``'s time:
about 13 times a ``plan validate`` on a plan with 20 000 budget lines).

:func:`is_canonical` answers True only when every part of the text is of a kind whose canonical
form is known here and has it: block mappings with plain keys at two spaces a level, keys in the
schema's order, list items as ``- `` two spaces under their key, values on their key's line,
plain where YAML allows plain and otherwise in double quotes without escapes, flow lists of such
values written ``[a, b]``, no trailing blanks. Anything else (block scalars, single quotes,
anchors, tags, flow mappings, lists in lists, an empty value other than ``key:``, unusual
characters) gives False, and ``plan fmt`` takes the round trip, which decides. So a True here
means the round trip would give the text back byte for byte; tests/test_fmt_fast.py checks that
on the shipped plans and on generated variations of them.
"""

from __future__ import annotations

import io
import re
from typing import Any

# Characters that ruamel.yaml's emitter writes as they are, in plain or double-quoted scalars
# (no line separators, byte order marks, control or supplementary-plane characters), and newline.
_STRANGE = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]")
# Text that ruamel.yaml would change whatever the structure: trailing blanks, tabs, carriage
# returns, directives and document markers.
_LINE_TROUBLE = re.compile(r" \n|\t|\r|^(?:%|---|\.\.\.)", re.MULTILINE)
_KEY = re.compile(r"[^\W\d][\w\-]*(?: [\w\-]+)*|[1-9][0-9]{0,8}")
_KEY_WORDS = {"true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "y", "Y", "n", "N",
              "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"}
_REST_OF_KEY_LINE = re.compile(r"(?: +#[^\n]*)?\n")  # after "key:" whose value is on the next lines
# Plain values that ruamel.yaml reads as something other than text and writes back as written.
_NOT_TEXT = {
    "tag:yaml.org,2002:int": re.compile(r"0|-?[1-9][0-9]*"),
    "tag:yaml.org,2002:bool": re.compile(r"true|false"),
    "tag:yaml.org,2002:timestamp": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
}
_STR = "tag:yaml.org,2002:str"


class _Unknown(Exception):
    """The text is not (or not certainly) canonical."""


class _Checker:
    def __init__(self, text: str, events: Any) -> None:
        from ruamel.yaml.emitter import Emitter
        from ruamel.yaml.resolver import VersionedResolver

        self.text = text
        self.next = events.__next__
        self.emitter = Emitter(io.StringIO(), allow_unicode=True)
        self.emitter.use_version = None  # what the round trip writes: YAML 1.2
        # The round trip's implicit resolvers (YAML 1.2), by the first character of a plain value,
        # as VersionedResolver.resolve looks them up.
        self.resolvers = VersionedResolver().versioned_resolver
        self.plain_ok: dict[tuple[str, bool], bool] = {}

    def resolve(self, value: str) -> str:
        """The tag the round trip reads the plain value ``value`` as."""
        for tag, pattern in self.resolvers.get(value[:1], ()):
            if pattern.match(value):
                return str(tag)
        return _STR

    # -- scalars --------------------------------------------------------------------------------
    def _plain_allowed(self, value: str, flow: bool) -> bool:
        """Whether the round trip writes the text ``value`` without quotes."""
        known = self.plain_ok.get((value, flow))
        if known is None:
            if self.resolve(value) != _STR:
                known = False
            else:
                analysis = self.emitter.analyze_scalar(value)
                known = not analysis.empty and not analysis.multiline and (
                    analysis.allow_flow_plain if flow else analysis.allow_block_plain)
            self.plain_ok[(value, flow)] = known
        return known

    def scalar(self, event: Any, flow: bool = False) -> None:
        """A value written as the round trip writes it."""
        from ruamel.yaml.events import ScalarEvent

        if not isinstance(event, ScalarEvent) or event.anchor is not None or event.tag is not None:
            raise _Unknown
        start, end = event.start_mark, event.end_mark
        if start.line != end.line:
            raise _Unknown
        value, raw = event.value, self.text[start.index:end.index]
        if event.style == "":
            if raw != value or not value:
                raise _Unknown
            tag = self.resolve(value)
            if tag == _STR:
                if not self._plain_allowed(value, flow):
                    raise _Unknown
            elif tag not in _NOT_TEXT or not _NOT_TEXT[tag].fullmatch(value):
                raise _Unknown
        elif event.style == '"':
            if (not value or raw != f'"{value}"' or '"' in value or "\\" in value
                    or self._plain_allowed(value, flow)):
                raise _Unknown
        else:  # single quotes become double quotes or none; block scalars are left to the round trip
            raise _Unknown

    # -- collections ----------------------------------------------------------------------------
    def mapping(self, indent: int, plain: Any, candidates: list[type]) -> None:
        """A block mapping whose keys start at column ``indent`` (its start event is read)."""
        from ruamel.yaml.events import MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceStartEvent

        from ..load.schema import child_models
        from .layout import key_order

        keys: list[str] = []
        while True:
            key = self.next()
            if isinstance(key, MappingEndEvent):
                break
            if (not isinstance(key, ScalarEvent) or key.style != "" or key.anchor is not None
                    or key.tag is not None or key.start_mark.column != indent
                    or key.start_mark.line != key.end_mark.line or not _KEY.fullmatch(key.value)
                    or key.value in _KEY_WORDS or key.value in keys):
                raise _Unknown
            colon = key.end_mark.index
            if self.text[colon:colon + 1] != ":" or self.text[key.start_mark.index:colon] != key.value:
                raise _Unknown
            keys.append(key.value)
            child = plain.get(key.value) if isinstance(plain, dict) else None
            value = self.next()
            if isinstance(value, ScalarEvent):
                if value.style == "" and value.value == "" and value.anchor is None and value.tag is None:
                    if self.text[colon + 1:colon + 2] != "\n":  # `key:` and nothing: an empty value
                        raise _Unknown
                else:
                    if value.start_mark.index != colon + 2 or self.text[colon + 1] != " ":
                        raise _Unknown
                    self.scalar(value)
            elif isinstance(value, (MappingStartEvent, SequenceStartEvent)):
                if value.anchor is not None or value.tag is not None:
                    raise _Unknown
                models = child_models(candidates, key.value, child)
                if value.flow_style:
                    if not isinstance(value, SequenceStartEvent) or value.start_mark.index != colon + 2:
                        raise _Unknown
                    self.flow_sequence(value)
                    continue
                if not _REST_OF_KEY_LINE.match(self.text, colon + 1):
                    raise _Unknown
                if isinstance(value, MappingStartEvent):
                    if value.start_mark.column != indent + 2:
                        raise _Unknown
                    self.mapping(indent + 2, child, models)
                else:
                    self.block_sequence(indent + 2, child, models)
            else:
                raise _Unknown
        order = key_order(candidates) if isinstance(plain, dict) else []
        known = [k for k in order if k in keys]
        if keys != known + [k for k in keys if k not in order]:
            raise _Unknown

    def block_sequence(self, dash: int, plain: Any, candidates: list[type]) -> None:
        """A block list whose ``- `` stand at column ``dash`` (its start event is read)."""
        from ruamel.yaml.events import MappingStartEvent, ScalarEvent, SequenceEndEvent

        from ..load.schema import child_models

        index = 0
        while True:
            item = self.next()
            if isinstance(item, SequenceEndEvent):
                return
            at = item.start_mark.index
            line_start = self.text.rfind("\n", 0, at) + 1
            if item.start_mark.column != dash + 2 or self.text[line_start:at] != " " * dash + "- ":
                raise _Unknown
            child = plain[index] if isinstance(plain, list) and index < len(plain) else None
            if isinstance(item, ScalarEvent):
                self.scalar(item)
            elif isinstance(item, MappingStartEvent) and not item.flow_style and item.anchor is None \
                    and item.tag is None:
                self.mapping(dash + 2, child, child_models(candidates, index, child))
            else:  # a list in a list, a flow mapping: left to the round trip
                raise _Unknown
            index += 1

    def flow_sequence(self, start: Any) -> None:
        """``[a, b]`` of values on one line (its start event is read)."""
        from ruamel.yaml.events import SequenceEndEvent

        parts = []
        while True:
            item = self.next()
            if isinstance(item, SequenceEndEvent):
                break
            self.scalar(item, flow=True)
            parts.append(self.text[item.start_mark.index:item.end_mark.index])
        if self.text[start.start_mark.index:item.end_mark.index] != "[" + ", ".join(parts) + "]":
            raise _Unknown

    def document(self, plain: Any) -> None:
        from ruamel.yaml.events import (
            DocumentEndEvent, DocumentStartEvent, MappingStartEvent, StreamEndEvent, StreamStartEvent,
        )

        from ..load.schema import root_models

        if not isinstance(self.next(), StreamStartEvent) or not isinstance(self.next(), DocumentStartEvent):
            raise _Unknown
        root = self.next()
        if (not isinstance(root, MappingStartEvent) or root.flow_style or root.anchor is not None
                or root.tag is not None or root.start_mark.column != 0):
            raise _Unknown
        self.mapping(0, plain, root_models())
        if not isinstance(self.next(), DocumentEndEvent) or not isinstance(self.next(), StreamEndEvent):
            raise _Unknown


def is_canonical(text: str, plain: Any) -> bool:
    """True when ``text`` (whose data, as the plan loader read it, is ``plain``) certainly has
    the canonical layout; False when it does not or when only the round trip can tell."""
    from ..ruamel_glue import parse_events

    if (not isinstance(plain, dict) or not text.endswith("\n") or text.endswith("\n\n") or text.startswith("\n")
            or _STRANGE.search(text) or _LINE_TROUBLE.search(text)):
        return False
    try:
        _Checker(text, parse_events(text)).document(plain)
    except _Unknown:
        return False
    except Exception:  # noqa: BLE001 - anything the parser refuses is the round trip's to report
        return False
    return True
