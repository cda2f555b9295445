"""A stable, line-per-fact text view of a plan for ``git diff``.

Each line is ``path: value`` with paths that name items by identifier (``budget.items[support-hmc].amount``),
so a change shows as the one line that changed, and moving an item moves its lines. Computed
budget totals close the view. A file that cannot be read is printed as it is, so ``git diff``
never fails because of it.

``git diff`` shows this view in a terminal, so plan text never reaches it raw: control characters
(ESC, CR, tab, C1, bidi overrides) are spelt out as ``escape.terminal_text`` does (``\x1b``,
``\r``, ``\t``, ``\u202e``), in keys, values and an unreadable file alike. A multi-line string
continues on lines indented by four spaces. Plans without control characters look as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..escape import terminal_text
from .naming import item_label


def _lines(node: Any, path: str) -> list[str]:
    if isinstance(node, dict):
        out = []
        for key, value in node.items():
            out += _lines(value, f"{path}.{key}" if path else str(key))
        return out
    if isinstance(node, list):
        out = []
        for index, item in enumerate(node):
            out += _lines(item, f"{path}[{item_label(item, index)}]")
        return out
    if isinstance(node, str):
        pieces = node.split("\n")
        if len(pieces) > 1 and pieces[-1] == "":
            pieces.pop()  # a final line break, as str.splitlines() drops it
        return [f"{terminal_text(path)}: " + "\n    ".join(terminal_text(p) for p in pieces)]
    if isinstance(node, bool):
        return [f"{terminal_text(path)}: {'true' if node else 'false'}"]
    return [f"{terminal_text(path)}: {'' if node is None else terminal_text(node)}"]


def text_view(path: Path) -> str:
    from ..budget import computed_total, party_column_sum
    from ..load import load_file

    loaded = load_file(path)
    if loaded.data is None:
        import stat

        from ..load import MAX_FILE_BYTES

        try:
            info = path.stat()
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
                return ""  # a FIFO, a device or a huge file: nothing to show, nothing to wait for
            raw = path.read_bytes().decode("utf-8", errors="replace")
            return terminal_text(raw.replace("\r\n", "\n"), keep_newlines=True)
        except OSError:
            return ""
    lines = _lines(loaded.data, "")
    plan = loaded.plan
    if plan is not None and plan.budget is not None:
        total = computed_total(plan.budget)
        lines.append(f"= budget.computed_total: {'' if total is None else total}")
        for party in plan.budget.parties:
            value = party_column_sum(plan.budget, party)
            lines.append(f"= budget.computed_parties.{terminal_text(party)}: {'' if value is None else value}")
    return "\n".join(lines) + "\n"
