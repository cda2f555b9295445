"""Where things are in a plan file: source positions by data path, and the loader's error."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..findings import Location


@dataclass(slots=True)
class SourceMap:
    """Positions (0-based line, column) of keys and values, by data path."""

    values: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    keys: dict[tuple, tuple[int, int]] = field(default_factory=dict)

    def position(self, path: tuple, *, at_key: bool = False) -> tuple[int, int]:
        """1-based ``(line, column)`` of ``path``, or of its nearest ancestor that has one."""
        path = tuple(path)
        if at_key and path in self.keys:
            line, col = self.keys[path]
            return line + 1, col + 1
        while path:
            if path in self.values:
                line, col = self.values[path]
                return line + 1, col + 1
            path = path[:-1]
        line, col = self.values.get((), (0, 0))
        return line + 1, col + 1

    def key_or_value(self, path: tuple) -> tuple[int, int]:
        """Where a human looks for the entry at ``path``: its key if it has one, else its value."""
        return self.position(path, at_key=tuple(path) in self.keys)



def format_path(path: tuple) -> str:
    """``("sections", 0, "title")`` → ``sections[0].title``."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


class LoadError(Exception):
    """A problem that stops loading: the rule, a Swedish message and a 0-based position."""

    def __init__(self, rule: str, message: str, line: int = 0, column: int = 0,
                 hint: str | None = None, related: tuple[Location, ...] = ()) -> None:
        super().__init__(message)
        self.rule, self.message, self.line, self.column = rule, message, line, column
        self.hint, self.related = hint, related
