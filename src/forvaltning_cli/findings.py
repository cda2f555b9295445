"""The one finding type that every check produces and every output format consumes."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        """The Swedish word for it: fel, varning, info."""
        return {"error": "fel", "warning": "varning", "info": "info"}[self.value]


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a file; line and column are 1-based."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Finding:
    """One reported problem: where, which rule, how severe, what is wrong and how to fix it."""

    file: str
    line: int
    column: int
    rule: str
    severity: Severity
    message: str
    hint: str | None = None
    related: tuple[Location, ...] = field(default=())
    where: str | None = field(default=None, compare=False)  # the data path, when the plan could be read

    def sort_key(self) -> tuple:
        return (self.file, self.line, self.column, self.rule, self.message)

    def as_dict(self) -> dict:
        out = {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
        }
        if self.hint:
            out["hint"] = self.hint
        if self.related:
            out["related"] = [
                {"file": loc.file, "line": loc.line, "column": loc.column} for loc in self.related
            ]
        return out


@dataclass(frozen=True, slots=True)
class Problem:
    """What a check yields: a path into the plan's data and a message.

    The pipeline turns the path into a file position. ``at_key`` points at the key rather than
    its value (for unknown or duplicate keys); ``related`` are further paths worth showing.
    """

    path: tuple
    message: str
    hint: str | None = None
    at_key: bool = False
    related: tuple[tuple, ...] = ()
