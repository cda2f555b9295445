"""``plan fmt``: one canonical layout for plan files, comments and blank lines kept.

The layout: keys in the order of the schema (unknown keys keep their place, after the known
ones), mappings in block style, 2-space indentation with list items indented under their key,
quotes only where YAML needs them, and no re-wrapping of long text. Folded and literal blocks,
flow-style lists of scalars, comments and blank-line grouping are kept. It is idempotent.
A file that does not parse is reported and left untouched; writes are atomic.
"""

from __future__ import annotations

import difflib
import io
import sys
from pathlib import Path
from typing import Any


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")

    class DoubleQuotingEmitter(yaml.Emitter):
        """Quote with double quotes where YAML needs quotes (one quoting style in every plan)."""

        def choose_scalar_style(self):
            style = super().choose_scalar_style()
            return '"' if style == "'" else style

    yaml.Emitter = DoubleQuotingEmitter
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = False
    return yaml


def _canonical(node: Any, plain: Any, path: tuple) -> None:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from ..loader import _allowed_keys

    if isinstance(node, CommentedMap):
        order = _allowed_keys(plain, path) if isinstance(plain, dict) else []
        if order and node:
            old_last = list(node)[-1]
            known = [k for k in order if k in node]
            for key in known + [k for k in list(node) if k not in order]:
                node.move_to_end(key)
            _keep_block_end(node, old_last, list(node)[-1])
        node.fa.set_block_style()
        for key in node:
            _canonical(node[key], plain, path + (key,))
    elif isinstance(node, CommentedSeq):
        if any(isinstance(item, (CommentedMap, CommentedSeq)) for item in node):
            node.fa.set_block_style()
        for index, item in enumerate(node):
            _canonical(item, plain, path + (index,))


def _keep_block_end(node: Any, old_last: Any, new_last: Any) -> None:
    """After reordering, the comments and blank lines that closed the mapping (stored with its
    old last key) move to the new last key; an end-of-line comment stays with its key."""
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


def format_text(text: str, file: str) -> tuple[str | None, list]:
    """The canonical text, or ``None`` and the findings when the file cannot be read."""
    from ..loader import load_text

    loaded = load_text(text, file)
    if loaded.data is None or not isinstance(loaded.data, dict):
        return None, loaded.findings
    yaml = _yaml()
    document = yaml.load(text)
    _canonical(document, loaded.data, ())
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    return buffer.getvalue(), []


def run(paths: list[Path] | None, check: bool, show_diff: bool) -> int:
    from ..atomic import write_text_atomic
    from ..config import ConfigProblem, load_config
    from ..paths import PlanPathError, discover_plans
    from ..report import write_text

    try:
        if not paths:
            import os

            paths = [Path(os.path.relpath(p)) for p in load_config().paths]
        files = discover_plans(paths)
    except (PlanPathError, ConfigProblem) as exc:
        sys.stderr.write(f"plan fmt: {exc}\n")
        return 2
    status, changed = 0, 0
    for path, display in files:
        from ..loader import load_file

        loaded = load_file(path, display)
        if loaded.data is None or not isinstance(loaded.data, dict):
            sys.stderr.write(f"plan fmt: {display} kan inte tolkas och lämnas orörd:\n")
            write_text([(display, loaded.findings)], sys.stderr)
            status = 1
            continue
        raw = path.read_bytes()
        text = loaded.text
        formatted, findings = format_text(text, display)
        if formatted is None:
            sys.stderr.write(f"plan fmt: {display} kan inte tolkas och lämnas orörd:\n")
            write_text([(display, findings)], sys.stderr)
            status = 1
            continue
        original = text.replace("\r\n", "\n")
        if formatted == original and not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" not in raw:
            continue
        changed += 1
        if show_diff:
            sys.stdout.writelines(difflib.unified_diff(
                original.splitlines(keepends=True), formatted.splitlines(keepends=True),
                fromfile=f"{display} (före)", tofile=f"{display} (efter)"))
        if check:
            sys.stderr.write(f"skulle formateras om: {display}\n")
            status = max(status, 1)
        elif not show_diff:
            try:
                write_text_atomic(path, formatted)
            except OSError as exc:
                sys.stderr.write(f"plan fmt: kan inte skriva {display}: {exc.strerror or exc}\n")
                return 1
            sys.stderr.write(f"formaterad: {display}\n")
    if not changed and status == 0:
        sys.stderr.write(f"{len(files)} {'fil' if len(files) == 1 else 'filer'} redan formaterade\n")
    return status
