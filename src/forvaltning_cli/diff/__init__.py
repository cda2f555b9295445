"""The semantic diff of plans: ``compare`` two versions, name items the same way as ``textconv``,
write the report (terminal, Markdown for pull requests, JSON), and find changed plans in git."""

from .compare import Change, ChangeKind, DiffStatus, PlanDiff, compare
from .report import WRITERS

__all__ = ["WRITERS", "Change", "ChangeKind", "DiffStatus", "PlanDiff", "compare"]
