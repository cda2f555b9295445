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
_PARENTHESISED = re.compile(r"\(([^()]+)\)")
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


def _words_before(text: str, end: int, count: int) -> list[str]:
    """The last ``count`` words of ``text[:end]``, read from a window that grows until it holds
    them (reading all of ``text[:end]`` for every parenthesis would be quadratic)."""
    size = 64
    while True:
        start = max(0, end - size)
        words = _WORD.findall(text, start, end)
        if start == 0:
            return words[-count:]
        if len(words) > count:  # the first word may be cut by the window; it is not needed
            return words[-count:]
        size *= 4


def _ends_with_capital(text: str, end: int) -> bool:
    """Whether ``text[:end].rstrip()`` ends with a capital letter A–Ö."""
    position = end - 1
    while position >= 0 and text[position].isspace():
        position -= 1
    return position >= 0 and text[position] in "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"


def inline_definitions(text: str) -> set[str]:
    """Abbreviations explained where they are used, in either direction."""
    found: set[str] = set()
    for match in _PARENTHESISED.finditer(text):
        inside = match.group(1).strip()
        if is_abbreviation(inside):
            words = _words_before(text, match.start(), 12)
            if _initials_match(inside, words):
                found.add(inside)
        elif _ends_with_capital(text, match.start()):
            previous = _words_before(text, match.start(), 1)
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
    """Whether ``term`` occurs in ``text`` as a whole word (str.find: no regex per term)."""
    position = text.find(term)
    while position >= 0:
        end = position + len(term)
        if not (position and _WORD.match(text[position - 1])) and not (end < len(text) and _WORD.match(text[end])):
            return True
        position = text.find(term, position + 1)
    return False


_FEW_PHRASES = 50  # up to this many, one str.find per term is faster than building the automaton
_TOKEN = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+|[^0-9A-Za-zÀ-ÖØ-öø-ÿ]")


def used_phrases(terms: list[str], text: str) -> set[str]:
    """The ``terms`` that occur in ``text`` as whole words (as :func:`_used`), in one pass.

    A whole-word occurrence starts and ends at token boundaries (a token is a run of word
    characters or one other character), so the terms are matched as token sequences with one
    Aho–Corasick automaton: time in proportion to the text and the terms, not their product.
    """
    tokens = _TOKEN.findall(text)
    ids: dict[str, int] = {}
    text_ids = [ids.setdefault(token, len(ids)) for token in tokens]
    wordy = [bool(_WORD.match(token)) for token in tokens]
    found: set[str] = set()
    if "" in terms and (not text or not wordy[0] or not wordy[-1]
                        or any(not a and not b for a, b in zip(wordy, wordy[1:]))):
        found.add("")  # the empty term: any place between two non-word characters (or an end)
    goto: list[dict[int, int]] = [{}]
    out: list[list[int]] = [[]]
    entries: list[tuple[str, int, bool, bool]] = []  # term, length in tokens, starts/ends with a word
    for term in dict.fromkeys(terms):
        term_tokens = _TOKEN.findall(term)
        if not term_tokens or any(token not in ids for token in term_tokens):
            continue  # a token the text does not have: the term cannot occur
        node = 0
        for token in term_tokens:
            key = ids[token]
            nxt = goto[node].get(key)
            if nxt is None:
                nxt = goto[node][key] = len(goto)
                goto.append({})
                out.append([])
            node = nxt
        out[node].append(len(entries))
        entries.append((term, len(term_tokens), bool(_WORD.match(term_tokens[0])), bool(_WORD.match(term_tokens[-1]))))
    fail = [0] * len(goto)
    link = [0] * len(goto)  # the nearest proper suffix state with terms ending there
    queue = list(goto[0].values())
    for node in queue:  # breadth first: a state's failure is decided before its children's
        for key, child in goto[node].items():
            state = fail[node]
            while state and key not in goto[state]:
                state = fail[state]
            fail[child] = goto[state].get(key, 0)
            link[child] = fail[child] if out[fail[child]] else link[fail[child]]
            queue.append(child)
    done = [False] * len(entries)
    state, last = 0, len(text_ids) - 1
    for position, key in enumerate(text_ids):
        while state and key not in goto[state]:
            state = fail[state]
        state = goto[state].get(key, 0)
        at = state if out[state] else link[state]
        while at:
            for index in out[at]:
                if done[index]:
                    continue
                term, length, starts_word, ends_word = entries[index]
                start = position - length + 1
                if (starts_word or start == 0 or not wordy[start - 1]) and (
                        ends_word or position == last or not wordy[position + 1]):
                    done[index] = True
                    found.add(term)
            at = link[at]
    return found


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
    phrases = [term for term in plan.abbreviations if not _WORD.fullmatch(term)]
    if len(phrases) > _FEW_PHRASES:
        found = used_phrases(phrases, everything)
    else:
        found = {term for term in phrases if _used(term, everything)}
    for term in plan.abbreviations:
        used = term in words if _WORD.fullmatch(term) else term in found
        if not used:
            report.unused.append(term)
    return report
