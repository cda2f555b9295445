"""A stable, line-per-fact text view of a plan for ``git diff``.

Each line is ``path: value`` with paths that name items by identifier (``budget.items[support-hmc].amount``),
so a change shows as the one line that changed, and moving an item moves its lines. Keys follow
the schema's order (as ``plan fmt`` writes them; unknown keys after, as written), so moving a key
in the file changes nothing here. Amounts in a tkr or mnkr table carry their unit
(``budget.items[drift].values.budget-2019: 5400 tkr``), a fee's price its kronor, and a float is
shown as written (``27.50``). Computed budget totals close the view. A file that cannot be read is printed as it is, so ``git diff``
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

# Amounts in a budget's unit: under these keys in the budget, and a part's amount.
_BUDGET_AMOUNT_KEYS = frozenset({"amount", "values", "parties"})
_PARTS_WITH_AMOUNTS = frozenset({"activities", "resources"})


class _View:
    """The lines of one plan's data. Mappings list their keys in the schema's order (unknown keys
    after, as written; ``values`` in the order of the budget's year columns), so that moving a key
    in the file changes nothing here; floats are shown as written (``27.50``)."""

    def __init__(self, data: Any, floats: dict[tuple, str]) -> None:
        self.data = data
        self.floats = floats
        budget = data.get("budget") if isinstance(data, dict) else None
        budget = budget if isinstance(budget, dict) else {}
        unit = budget.get("unit")
        self.unit = unit if unit in ("tkr", "mnkr") else None  # kronor stay bare numbers, as always
        columns = budget.get("columns")
        self.columns = [c.get("id") for c in columns if isinstance(c, dict)] if isinstance(columns, list) else []

    def _keys(self, node: dict, where: tuple) -> list:
        from ..load.schema import allowed_keys

        if where[-1:] == ("values",):
            order = [column for column in self.columns if isinstance(column, str)]
        else:
            order = allowed_keys(self.data, where)
        known = [key for key in order if key in node]
        return known + [key for key in node if key not in known]

    def _suffix(self, node: Any, where: tuple) -> str:
        """The unit after an amount: a fee's price is kronor, a budget amount is in the table's unit."""
        if not isinstance(node, (int, float)) or isinstance(node, bool) or not where:
            return ""
        if where[:2] == ("financing", "fees") and where[-1] == "price":
            return " kr"
        if not isinstance(node, int) or self.unit is None:
            return ""
        if where[0] == "budget" and _BUDGET_AMOUNT_KEYS & {k for k in where[1:] if isinstance(k, str)}:
            return f" {self.unit}"
        if where[0] in _PARTS_WITH_AMOUNTS and where[-1] == "amount":
            return f" {self.unit}"
        return ""

    def lines(self, node: Any, path: str, where: tuple = ()) -> list[str]:
        if isinstance(node, dict):
            out = []
            for key in self._keys(node, where):
                out += self.lines(node[key], f"{path}.{key}" if path else str(key), where + (key,))
            return out
        if isinstance(node, list):
            shape = ".".join(str(k) for k in where if not isinstance(k, int))
            out = []
            for index, item in enumerate(node):
                out += self.lines(item, f"{path}[{item_label(item, index, shape)}]", where + (index,))
            return out
        if isinstance(node, str):
            pieces = node.split("\n")
            if len(pieces) > 1 and pieces[-1] == "":
                pieces.pop()  # a final line break, as str.splitlines() drops it
            return [f"{terminal_text(path)}: " + "\n    ".join(terminal_text(p) for p in pieces)]
        if isinstance(node, bool):
            return [f"{terminal_text(path)}: {'true' if node else 'false'}"]
        if node is None:
            shown = ""
        else:
            shown = terminal_text(self.floats[where] if isinstance(node, float) and where in self.floats else node)
        return [f"{terminal_text(path)}: {shown}{self._suffix(node, where)}"]


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
    lines = _View(loaded.data, loaded.source.floats).lines(loaded.data, "")
    plan = loaded.plan
    if plan is not None and plan.budget is not None:
        unit = "" if plan.budget.unit == "kr" else f" {plan.budget.unit}"
        total = computed_total(plan.budget)
        lines.append(f"= budget.computed_total: {'' if total is None else f'{total}{unit}'}")
        for party in plan.budget.parties:
            value = party_column_sum(plan.budget, party)
            lines.append(f"= budget.computed_parties.{terminal_text(party)}: {'' if value is None else f'{value}{unit}'}")
    return "\n".join(lines) + "\n"
