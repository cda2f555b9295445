"""The rules: one module each, with ``ID``, ``SEVERITY``, a docstring that is the rule's
documentation, and ``check(ctx)`` yielding :class:`~forvaltning_cli.findings.Problem`\\ s
(``check = None`` for rules the loader reports). The registry below is explicit and ordered:
loading rules first, then the checks of the plan's content.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from types import ModuleType
from typing import Callable

from ..findings import Finding, Problem, Severity
from . import (
    abbreviation_undefined,
    activity_budget,
    agreement_period,
    abbreviation_unused,
    approval_order,
    budget_amount_missing,
    budget_column,
    budget_line_parties,
    budget_party_total,
    budget_result,
    budget_sign,
    budget_subtotal,
    budget_total,
    budget_year,
    check_crashed,
    date_in_period,
    date_tentative,
    duplicate_id,
    duplicate_key,
    email_address,
    encoding,
    fee_income,
    figure_alt,
    file_unreadable,
    financing_sources_sum,
    hidden_character,
    invalid_value,
    link_target,
    missing_key,
    part_reference,
    period_order,
    plan_structure,
    resource_reference,
    resource_staffing,
    section_empty,
    split_key_mismatch,
    split_key_sum,
    split_key_unmatched,
    title_year,
    unknown_key,
    unknown_reference,
    unused_suppression,
    yaml_limits,
    yaml_syntax,
    yaml_tag,
)

_MODULES: tuple[ModuleType, ...] = (
    # Loading: reported by the loader, before the plan exists.
    file_unreadable, encoding, yaml_syntax, yaml_tag, yaml_limits, duplicate_key,
    plan_structure, unknown_key, missing_key, invalid_value, hidden_character,
    # Budget arithmetic.
    budget_column, budget_sign, budget_total, budget_subtotal, budget_party_total, budget_result,
    budget_line_parties, budget_amount_missing, activity_budget, resource_staffing,
    # Financing model.
    split_key_sum, split_key_mismatch, split_key_unmatched, unknown_reference,
    financing_sources_sum, fee_income,
    # Dates and periods.
    period_order, budget_year, title_year, approval_order, date_tentative, agreement_period,
    date_in_period,
    # Text and structure.
    abbreviation_undefined, abbreviation_unused, link_target, email_address, duplicate_id,
    section_empty, part_reference, resource_reference, figure_alt,
    # The runner itself.
    unused_suppression, check_crashed,
)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: Severity
    summary: str
    doc: str
    check: Callable | None

    @property
    def loader_rule(self) -> bool:
        return self.check is None


def _rule(module: ModuleType) -> Rule:
    doc = inspect.cleandoc(module.__doc__ or "")
    summary = " ".join(doc.split("\n\n", 1)[0].split())
    return Rule(module.ID, Severity(module.SEVERITY), summary, doc, module.check)


RULES: dict[str, Rule] = {rule.id: rule for rule in map(_rule, _MODULES)}


class CheckContext:
    """What a check sees: the validated plan, plus shared, lazily computed analyses."""

    def __init__(self, plan, path=None) -> None:
        self.plan = plan
        self.path = path  # the plan file, when it is on disk (for references relative to it)
        self._abbreviations = None
        self._texts = None

    def problem(self, path, message, *, hint=None, at_key=False, related=()):
        return Problem(tuple(path), message, hint, at_key, tuple(related))

    def party_label(self, party: str) -> str:
        """How the document names a party in running text ("Kommun (VGK)")."""
        return self.plan.financing.party_label(party)

    @property
    def texts(self):
        """Every piece of text in the plan (``texts.iter_texts``), collected once for all checks."""
        if self._texts is None:
            from ..texts import iter_texts

            self._texts = list(iter_texts(self.plan))
        return self._texts

    def abbreviations(self):
        if self._abbreviations is None:
            from ..abbreviations import analyse

            self._abbreviations = analyse(self.plan, self.texts)
        return self._abbreviations


def run_checks(loaded, rules: dict[str, Rule] | None = None) -> list[Finding]:
    """Run every content check over a loaded plan; a crashing check becomes one finding."""
    rules = RULES if rules is None else rules
    if loaded.plan is None:
        return []
    ctx = CheckContext(loaded.plan, loaded.path)
    findings: list[Finding] = []
    for rule in rules.values():
        if rule.check is None:
            continue
        try:
            for problem in rule.check(ctx):
                findings.append(loaded.finding(rule.id, rule.severity, problem))
        except Exception as exc:  # noqa: BLE001 - one broken check must not stop the others
            findings.append(
                loaded.finding(
                    "check-crashed", Severity.ERROR,
                    Problem((), f"regeln {rule.id} kraschade: {type(exc).__name__}: {exc}",
                            hint="rapportera gärna felet till forvaltning-cli"),
                )
            )
    return findings


def rule_table_markdown() -> str:
    """The README's rule table, generated from the rules' IDs, severities and docstrings."""
    rows = ["| Rule | Default severity | What it reports |", "|---|---|---|"]
    for rule in RULES.values():
        summary = rule.summary.replace("|", "\\|")
        rows.append(f"| `{rule.id}` | {rule.severity.value} | {summary} |")
    return "\n".join(rows) + "\n"
