"""The canonical layout of ``plan fmt``, comments and blank lines kept.

The layout: keys in the order of the schema (unknown keys keep their place, after the known
ones), mappings in block style, 2-space indentation with list items indented under their key,
quotes only where YAML needs them, and no re-wrapping of long text. Folded and literal blocks,
flow-style lists of scalars, comments and blank-line grouping are kept. It is idempotent.
"""

from __future__ import annotations

from typing import Any

from ..ruamel_glue import dump, is_mapping, is_sequence, move_closing_comments, round_trip_yaml, set_block_style


def _canonical(node: Any, plain: Any, path: tuple) -> None:
    from ..load.schema import allowed_keys

    if is_mapping(node):
        order = allowed_keys(plain, path) if isinstance(plain, dict) else []
        if order and node:
            old_last = list(node)[-1]
            known = [k for k in order if k in node]
            for key in known + [k for k in list(node) if k not in order]:
                node.move_to_end(key)
            move_closing_comments(node, old_last, list(node)[-1])
        set_block_style(node)
        for key in node:
            _canonical(node[key], plain, path + (key,))
    elif is_sequence(node):
        if any(is_mapping(item) or is_sequence(item) for item in node):
            set_block_style(node)
        for index, item in enumerate(node):
            _canonical(item, plain, path + (index,))


def format_text(text: str, file: str) -> tuple[str | None, list]:
    """The canonical text, or ``None`` and the findings when the file cannot be read."""
    from ..load import load_text

    loaded = load_text(text, file)
    if loaded.data is None or not isinstance(loaded.data, dict):
        return None, loaded.findings
    yaml = round_trip_yaml(canonical_quotes=True)
    document = yaml.load(text)
    _canonical(document, loaded.data, ())
    return dump(yaml, document), []
