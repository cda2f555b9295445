"""Finding abbreviations in plan text: which are used, which are explained, and where.

An *abbreviation* here is a word of two to five letters, all capitals (digits allowed after the
first letter), such as ``VGR``, ``SITHS`` or ``NPÖ``. Longer all-capital words (``BUDGET``,
``ARBETSMATERIAL``) are emphasis, not abbreviations.

A word counts as explained when it is

- a term (or a word of a term) in the plan's abbreviation list;
- explained where it is used, as "Styrgrupp IT i Väst (SITIV)" — the words before the
  parentheses start with the abbreviation's first letter and contain its letters in order — or
  as "SITIV (Styrgrupp IT i Väst)";
- the name of a related system, one of its "/"-separated parts, or the first word of a part
  (``HSA`` in "SiteMinder/HSA katalogen");
- one of the generally known ``WELL_KNOWN`` words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Plan
from .texts import PlanText, iter_texts

WELL_KNOWN = frozenset({"IT", "ID", "EU", "PDF"})

_WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+")
_CAPS = re.compile(r"^[A-ZÅÄÖÜÉ][A-ZÅÄÖÜÉ0-9]{1,4}$")
# The words of a text that match _CAPS, found in one pass (a word is a whole run of _WORD).
_CAPS_WORD = re.compile(r"(?<![0-9A-Za-zÀ-ÖØ-öø-ÿ])[A-ZÅÄÖÜÉ][A-ZÅÄÖÜÉ0-9]{1,4}(?![0-9A-Za-zÀ-ÖØ-öø-ÿ])")


def is_abbreviation(word: str) -> bool:
    return bool(_CAPS.match(word)) and sum(c.isalpha() for c in word) >= 2


def _initials_match(abbreviation: str, words: list[str]) -> bool:
    """Whether some run of trailing ``words`` spells ``abbreviation``: the run starts with the
    abbreviation's first letter and contains all its letters in order."""
    letters = [c.lower() for c in abbreviation if c.isalpha()]
    for start in range(len(words) - 1, max(-1, len(words) - 2 * len(letters) - 2), -1):
        if not words[start] or words[start][0].lower() != letters[0]:
            continue
        chars = "".join(w.lower() for w in words[start:])
        position = 0
        for letter in letters:
            position = chars.find(letter, position)
            if position < 0:
                break
            position += 1
        else:
            return True
    return False


def inline_definitions(text: str) -> set[str]:
    """Abbreviations explained where they are used, in either direction."""
    found: set[str] = set()
    for match in re.finditer(r"\(([^()]+)\)", text):
        inside = match.group(1).strip()
        before = text[: match.start()]
        if is_abbreviation(inside):
            words = _WORD.findall(before)[-12:]
            if _initials_match(inside, words):
                found.add(inside)
        else:
            previous = _WORD.findall(before)[-1:] if before.rstrip().endswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")) else []
            if previous and is_abbreviation(previous[0]):
                if _initials_match(previous[0], _WORD.findall(inside)):
                    found.add(previous[0])
    return found


def system_terms(plan: Plan) -> set[str]:
    terms: set[str] = set()
    for system in plan.related_systems:
        terms.add(system.name.strip().lower())
        for part in system.name.split("/"):
            part = part.strip()
            if part:
                terms.add(part.lower())
                terms.add(part.split()[0].lower())
    return terms


@dataclass(slots=True)
class Usage:
    """Where one abbreviation is used."""

    first: PlanText
    count: int = 0


@dataclass(slots=True)
class AbbreviationReport:
    undefined: dict[str, Usage] = field(default_factory=dict)
    unused: list[str] = field(default_factory=list)


def _used(term: str, text: str) -> bool:
    return re.search(rf"(?<![0-9A-Za-zÀ-ÖØ-öø-ÿ]){re.escape(term)}(?![0-9A-Za-zÀ-ÖØ-öø-ÿ])", text) is not None


def analyse(plan: Plan, texts: Iterable[PlanText] | None = None) -> AbbreviationReport:
    texts = [t for t in (texts if texts is not None else iter_texts(plan)) if t.kind != "definition"]
    defined_words = {word for term in plan.abbreviations for word in term.split()}
    systems = system_terms(plan)
    inline: set[str] = set()
    for text in texts:
        inline |= inline_definitions(text.text)
    report = AbbreviationReport()
    for text in texts:
        if text.kind == "name":
            continue
        for word in _CAPS_WORD.findall(text.text):
            if not is_abbreviation(word):
                continue
            if word in defined_words or word in inline or word in WELL_KNOWN or word.lower() in systems:
                continue
            usage = report.undefined.setdefault(word, Usage(text))
            usage.count += 1
    everything = "\n".join(text.text for text in texts)  # a term never spans two texts
    words = set(_WORD.findall(everything))
    for term in plan.abbreviations:
        used = term in words if _WORD.fullmatch(term) else _used(term, everything)
        if not used:
            report.unused.append(term)
    return report
