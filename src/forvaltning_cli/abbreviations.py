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
- one of the generally known ``WELL_KNOWN`` words;
- a Swedish word written in capitals among other capitals ("VERKSAMHETSPLAN 2019 MED BUDGET OCH
  PLAN FÖR 2020–2021"): see :func:`capital_runs` and :func:`swedish_words`.
"""

from __future__ import annotations

import functools
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


# --------------------------------------------------------------------------------------------
# Swedish words written in capitals
# --------------------------------------------------------------------------------------------

# The word list: the Hunspell dictionary of the PyPI package hunspell-sv (Den stora svenska
# ordlistan, SFOL, with SALDO). Its "expanded" list is preferred: the main list also takes words
# from translation memories, among them abbreviations written in lower case ("scb") that would
# hide real abbreviations here.
WORD_LIST_PACKAGE = "hunspell-sv"
_WORD_LIST_NAMES = ("sv_SE_expanded", "sv_SE")
_LOWER = re.compile(r"[a-zß-öø-ÿ]")
_LONG_CAPITALS = 6  # an all-capital word this long is never taken for an abbreviation
_FEW_STEMS = 5_000  # up to this many stems, one pass of one regular expression finds them


@dataclass(frozen=True, slots=True)
class _Suffix:
    flag: str
    strip: str
    add: str
    condition: str  # on the end of the dictionary word, before stripping (Hunspell's syntax)
    continuation: str


@functools.cache
def _condition(text: str) -> re.Pattern | None:
    """A Hunspell affix condition (letters, ``.``, ``[…]`` and ``[^…]``) as an anchored pattern."""
    if text == ".":
        return None
    parts, inside = [], False
    for char in text:
        if char == "[":
            inside = True
            parts.append(char)
        elif char == "]":
            inside = False
            parts.append(char)
        elif inside:
            parts.append("\\" + char if char in "\\-" else char)  # "-" is no range in Hunspell
        else:
            parts.append("." if char == "." else re.escape(char))
    try:
        return re.compile("(?:" + "".join(parts) + ")$")
    except re.error:
        return re.compile("(?!)")  # a condition this reader does not understand matches nothing


def _alternatives(words: Iterable[str]) -> str:
    """A regular expression that matches exactly ``words``, written as a trie (``pla(?:n|ns)``),
    so that the engine tries one branch per letter instead of every word in turn."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


class WordList:
    """A Hunspell dictionary read just enough to tell whether a word is in it: written as it
    stands (lower case: "Sofia" and "KF" are names and abbreviations, not words), or formed by
    one suffix rule of the affix file (``plan`` → ``planen``, ``år`` → ``året``). Forbidden
    words and words that need an affix or only occur inside compounds are not words alone.

    The dictionary text is searched once per call for all the stems the asked words could come
    from, so that a plan with a few capital words does not pay for reading 150 000 entries
    into a table; a call with very many stems builds that table once instead."""

    def __init__(self, dic: str, aff: str) -> None:
        if "\r" in dic:
            dic = dic.replace("\r\n", "\n").replace("\r", "\n")
        self._dic = "\n" + dic + "\n"
        self._suffixes: dict[str, list[_Suffix]] = {}
        self._not_alone = set()  # flags of entries that are no words alone
        self._forbidden = set()
        for line in aff.splitlines():
            fields = line.split()
            if len(fields) >= 2 and fields[0] in ("NEEDAFFIX", "ONLYINCOMPOUND"):
                self._not_alone.add(fields[1])
            elif len(fields) >= 2 and fields[0] == "FORBIDDENWORD":
                self._forbidden.add(fields[1])
            elif len(fields) >= 5 and fields[0] == "SFX":
                flag, strip, add, condition = fields[1:5]
                add, _, continuation = add.partition("/")
                suffix = _Suffix(flag, "" if strip == "0" else strip, "" if add == "0" else add,
                                 condition, continuation)
                self._suffixes.setdefault(suffix.add, []).append(suffix)
        self._not_alone |= self._forbidden
        self._longest_add = max(map(len, self._suffixes), default=0)
        self._index: dict[str, list[str]] | None = None

    def _entries(self, stems: set[str]) -> dict[str, list[str]]:
        """The flags of each dictionary entry among ``stems`` (one string per entry)."""
        if self._index is None and len(stems) > _FEW_STEMS:
            self._index = {}
            for word, flags in re.findall(r"\n([^\s/]+)(?:/(\S*))?(?=\s)", self._dic):
                if word == word.lower():
                    self._index.setdefault(word, []).append(flags)
        if self._index is not None:
            return {stem: self._index[stem] for stem in stems if stem in self._index}
        found: dict[str, list[str]] = {}
        if stems:
            pattern = r"\n(" + _alternatives(stems) + r")(?:/(\S*))?(?=\s)"
            for word, flags in re.findall(pattern, self._dic):
                found.setdefault(word, []).append(flags)
        return found

    def words(self, candidates: Iterable[str]) -> set[str]:
        """Those of ``candidates`` (in any case) that are Swedish words in this list."""
        forms: dict[str, list[tuple[str, _Suffix | None]]] = {}
        for candidate in set(candidates):
            word = candidate.lower()
            ways = forms.setdefault(candidate, [(word, None)])
            for cut in range(0, min(len(word), self._longest_add) + 1):
                for suffix in self._suffixes.get(word[len(word) - cut:] if cut else "", ()):
                    stem = word[: len(word) - cut] + suffix.strip
                    if len(stem) >= 2:  # not from a letter ("k" + "r")
                        ways.append((stem, suffix))
        entries = self._entries({stem for ways in forms.values() for stem, _ in ways})
        known = set()
        for candidate, ways in forms.items():
            for stem, suffix in ways:
                for flags in entries.get(stem, ()):
                    if self._forbidden & set(flags):
                        continue
                    if suffix is None:
                        ok = not self._not_alone & set(flags)
                    else:
                        condition = _condition(suffix.condition)  # compiled when first needed
                        ok = (suffix.flag in flags and not self._not_alone & set(suffix.continuation)
                              and (condition is None or condition.search(stem) is not None))
                    if ok:
                        known.add(candidate)
                        break
                if candidate in known:
                    break
        return known


@functools.cache
def word_list() -> WordList | None:
    """The installed Swedish word list, read once; ``None`` when it is not installed or cannot
    be read (every capital word is then taken for an abbreviation, as without a list)."""
    from importlib import metadata
    from pathlib import Path, PurePosixPath

    try:
        distribution = metadata.distribution(WORD_LIST_PACKAGE)
    except metadata.PackageNotFoundError:
        return None
    by_name = {PurePosixPath(str(file)).name: file for file in distribution.files or ()}
    for name in _WORD_LIST_NAMES:
        dic, aff = by_name.get(f"{name}.dic"), by_name.get(f"{name}.aff")
        if dic is None or aff is None:
            continue
        try:
            return WordList(
                Path(distribution.locate_file(dic)).read_bytes().decode("utf-8"),
                Path(distribution.locate_file(aff)).read_bytes().decode("utf-8"),
            )
        except (OSError, UnicodeDecodeError):
            continue
    return None


_DECIDED: dict[str, bool] = {}
_DECIDED_LIMIT = 100_000


def swedish_words(words: Iterable[str]) -> set[str]:
    """Those of ``words`` (written in any case) that are Swedish words according to the word
    list; each word is looked up once per process."""
    words = set(words)
    if len(_DECIDED) + len(words) > _DECIDED_LIMIT:
        _DECIDED.clear()  # a process that checks plans full of made-up capitals stays bounded
    new = words - _DECIDED.keys()
    if new:
        listed = word_list()
        known = listed.words(new) if listed is not None else set()
        for word in new:
            _DECIDED[word] = word in known
    return {word for word in words if _DECIDED[word]}


def _letters(word: str) -> int:
    return sum(char.isalpha() for char in word)


def capital_runs(text: str) -> list[list[str]]:
    """The runs of words written in capitals: what stands between words with lower-case letters
    (numbers and one-letter words such as "I" do not end a run). ``"VERKSAMHETSPLAN 2019 MED
    BUDGET för år"`` → ``[["VERKSAMHETSPLAN", "MED", "BUDGET"]]``."""
    runs: list[list[str]] = []
    run: list[str] = []
    for word in _WORD.findall(text):
        if _LOWER.search(word):
            if run:
                runs.append(run)
                run = []
        elif _letters(word) >= 2:
            run.append(word)
    if run:
        runs.append(run)
    return runs


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

    def unexplained(word: str) -> bool:
        return is_abbreviation(word) and not (
            word in defined_words or word in inline or word in WELL_KNOWN or word.lower() in systems
        )

    # Each text's unexplained capital words, by the run of capitals they stand in; then one
    # look-up in the word list for the words that stand among capitals.
    runs: list[tuple[PlanText, list[str], list[str], bool]] = []
    asked: set[str] = set()
    for text in texts:
        if text.kind == "name" or not any(map(unexplained, _CAPS_WORD.findall(text.text))):
            continue
        whole = not _LOWER.search(text.text)  # the text is written in capitals
        for run in capital_runs(text.text):
            words = [word for word in run if unexplained(word)]
            if words:
                runs.append((text, run, words, whole))
                long_words = sum(_letters(word) >= _LONG_CAPITALS for word in run)
                if whole or len(words) + long_words >= 2:  # else no two words can be found
                    asked.update(words)
    known = swedish_words(asked) if asked else set()
    for text, run, words, whole in runs:
        # Capitals are words when the whole text is written in capitals or the run has two
        # words at least ("MED BUDGET"); "enligt LOV och SOL" stays two abbreviations.
        in_words = sum(1 for word in run if word in known or _letters(word) >= _LONG_CAPITALS)
        capitals = whole or in_words >= 2
        for word in words:
            if capitals and word in known:
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
