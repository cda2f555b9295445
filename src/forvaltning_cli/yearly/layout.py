"""The canonical layout of ``plan fmt``, comments and blank lines kept.

The layout: keys in the order of the schema (unknown keys keep their place, after the known
ones), mappings in block style, 2-space indentation with list items indented under their key,
quotes only where YAML needs them, no re-wrapping of long text and no trailing blanks (in
comments too). Folded and literal blocks, flow-style lists of scalars, comments and blank-line
grouping are kept. It is idempotent, and it never changes what the plan says: the result is read
back and compared with the original, and a file that would change is left alone with a finding.
"""

from __future__ import annotations

from typing import Any

from ..ruamel_glue import dump, is_mapping, is_sequence, move_closing_comments, set_block_style
from . import same_data


def key_order(candidates: list[type]) -> list[str]:
    """The canonical order of a mapping's keys, for a mapping that may be any of ``candidates``
    (``load.schema.child_models``): the order of the schema, an amount's year columns after it."""
    from ..load.schema import keys_of

    order = keys_of(candidates)
    # An amount's year columns follow the amount (the model lists the inherited ``values`` first).
    if "values" in order and "amount" in order:
        order.remove("values")
        order.insert(order.index("amount") + 1, "values")
    return order


def _child(plain: Any, step: Any) -> Any:
    try:
        return plain[step] if isinstance(plain, (dict, list)) else None
    except (KeyError, IndexError):
        return None


def _becomes_block(node: Any) -> bool:
    """Mappings are written in block style; lists only when they hold lists or mappings."""
    return is_mapping(node) or (is_sequence(node) and any(is_mapping(i) or is_sequence(i) for i in node))


def _to_block(container: Any, key: Any) -> None:
    """``container[key]`` in block style, its end-of-line comment moved along (``comments.unflow``)."""
    from ..ruamel_glue import unflow

    value = container[key]
    if _becomes_block(value) and value.fa.flow_style():
        set_block_style(value)
        unflow(container, key)


def _canonical(node: Any, plain: Any, candidates: list[type]) -> None:
    from ..load.schema import child_models
    from . import data_key

    if is_mapping(node):
        order = key_order(candidates) if isinstance(plain, dict) else []
        if order and node:
            old_last = list(node)[-1]
            known = [k for k in order if k in node]
            for key in known + [k for k in list(node) if k not in order]:
                node.move_to_end(key)
            move_closing_comments(node, old_last, list(node)[-1])
        set_block_style(node)
        for key in node:  # a key such as 1177 is text in the plan data (see load_round_trip)
            _to_block(node, key)
            step = data_key(key)
            value = _child(plain, step)
            _canonical(node[key], value, child_models(candidates, step, value))
    elif is_sequence(node):
        if _becomes_block(node):
            set_block_style(node)
        for index, item in enumerate(node):
            _to_block(node, index)
            value = _child(plain, index)
            _canonical(item, value, child_models(candidates, index, value))


def _without_trailing_blanks(text: str) -> str:
    return "".join(line.rstrip(" \t") + "\n" for line in text.splitlines())


def format_text(text: str, file: str, loaded=None) -> tuple[str | None, list]:
    """The canonical text, or ``None`` and the findings when the file cannot be read or written
    back without changing what it says (``loaded``: ``text`` already loaded, not parsed again).
    A text that :func:`.canonical.is_canonical` recognises is its own canonical text; any other
    goes through the round trip."""
    from ..load import load_text
    from .canonical import is_canonical

    loaded = loaded if loaded is not None else load_text(text, file)
    if loaded.data is None or not isinstance(loaded.data, dict):
        return None, loaded.findings
    if is_canonical(text, loaded.data):
        return text, []
    return round_trip_format(text, file, loaded)


def round_trip_format(text: str, file: str, loaded) -> tuple[str | None, list]:
    """:func:`format_text` by ruamel.yaml's round trip: read with comments, keys put in order,
    written back, and read again to make sure the plan says the same."""
    from ..findings import Finding, Severity
    from ..load import load_text
    from ..load.schema import root_models
    from ..ruamel_glue import round_trip_yaml
    from . import load_round_trip

    yaml = round_trip_yaml(canonical_quotes=True)
    document, _text, findings = load_round_trip(yaml, text, file)
    if document is None:
        return None, findings
    _canonical(document, loaded.data, root_models())
    written = dump(yaml, document)
    # Trailing blanks go (comments keep theirs in ruamel); inside a literal block they are text,
    # so the stripped version is used only when it reads back the same.
    for candidate in (_without_trailing_blanks(written), written):
        if same_data(load_text(candidate, file).data, loaded.data):
            return candidate, []
    return None, [Finding(file, 1, 1, "yaml-syntax", Severity.ERROR,
                          "filen kan inte skrivas om utan att innehållet ändras; den lämnas orörd",
                          "rapportera gärna filen som ett fel i plan fmt")]
