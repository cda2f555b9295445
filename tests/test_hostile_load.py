"""Hostile input for the loader and the rules (issue 12, part C1): nesting that would crash the C
parser, numbers too large to compute exactly, text that made the text rules quadratic, the
characters Word pastes, and shares that must add up exactly."""

from __future__ import annotations

import json
import re
import time
from decimal import Decimal, InvalidOperation, localcontext

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import MINIMAL_PLAN, findings_for, plan_process
from forvaltning_cli.abbreviations import inline_definitions
from forvaltning_cli.load import MAX_DEPTH, load_text
from forvaltning_cli.load.nodes import Builder
from forvaltning_cli.load.positions import LoadError
from forvaltning_cli.ruamel_glue import compose, first_too_deep
from forvaltning_cli.texts import iter_links

PARTIES = """\
financing:
  parties:
    - {id: VGR, name: Västra Götalandsregionen}
    - {id: VGK, name: Kommunerna}
  split_keys:
    - id: nyckel
      text: Kostnaden delas
      shares: {VGR: %s, VGK: %s}
"""


def with_shares(first: str, second: str) -> str:
    return MINIMAL_PLAN + PARTIES % (first, second)


def _at(source: str, marker: str) -> tuple[int, int]:
    """1-based (line, column) of ``marker`` in ``source``."""
    offset = source.index(marker)
    return source.count("\n", 0, offset) + 1, offset - (source.rfind("\n", 0, offset) + 1) + 1


def rules(findings) -> list[str]:
    return sorted({f.rule for f in findings})


# --------------------------------------------------------------------------------------------
# 1. Nesting: refused before the C parser composes it (a segfault cannot be caught)
# --------------------------------------------------------------------------------------------

DEEP = {
    "flow-sequences": "x: " + "[" * 100_000 + "\n",
    "flow-mappings": "x: " + "{a: " * 100_000 + "\n",
    "mixed": "x: " + "[{a: " * 50_000 + "\n",
    "block-sequences": "x:\n" + "- " * 100_000 + "a\n",
}


@pytest.mark.parametrize("name", sorted(DEEP))
def test_absurd_nesting_is_a_finding_not_a_crash(name: str, tmp_path) -> None:
    source = tmp_path / "deep.yaml"
    source.write_text(DEEP[name], encoding="utf-8")
    result = plan_process("validate", "-f", "json", str(source), timeout=60)
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    findings = json.loads(result.stdout)["findings"]
    assert [f["rule"] for f in findings] == ["yaml-limits"]
    assert findings[0]["line"] == (2 if name == "block-sequences" else 1)
    assert "Traceback" not in result.stderr


def test_the_finding_is_where_the_limit_is_passed() -> None:
    (finding,) = findings_for("x: " + "[" * (MAX_DEPTH + 5) + "\n")
    assert (finding.rule, finding.line, finding.column) == ("yaml-limits", 1, 4 + MAX_DEPTH)


def _nested(levels: list[str]) -> str:
    """``root:`` with the given collections nested inside each other (block ones outside the
    flow ones, as YAML requires), and a scalar at the bottom."""
    flow = "x"
    for kind in reversed([k for k in levels if k.startswith("flow")]):
        flow = f"[{flow}]" if kind == "flow-seq" else f"{{k: {flow}}}"
    text, indent = "", 2
    for kind in [k for k in levels if k.startswith("block")]:
        text += "\n" + " " * indent + ("- " if kind == "block-seq" else "k:")
        indent += 2
    return "root:" + text + " " + flow + "\n"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["flow-seq", "flow-map", "block-seq", "block-map"]),
                min_size=MAX_DEPTH - 8, max_size=MAX_DEPTH + 8))
def test_the_pre_scan_refuses_exactly_what_the_builder_refuses(levels: list[str]) -> None:
    # ~100 levels can still be composed in the test process: the builder's verdict is the reference.
    text = _nested(levels)
    (node,), constructor = compose(text)
    try:
        Builder(constructor).build(node, (), 0)
        expected = None
    except LoadError as exc:
        expected = (exc.line, exc.column) if exc.rule == "yaml-limits" else None
    assert first_too_deep(text, MAX_DEPTH) == expected
    limits = [(f.line - 1, f.column - 1) for f in load_text(text, "x.yaml").findings if f.rule == "yaml-limits"]
    assert limits == ([expected] if expected else [])


def test_brackets_in_text_do_not_count_as_nesting() -> None:
    # A paragraph full of "[" is text, not 200 levels of lists.
    source = MINIMAL_PLAN + "      - text: 'Se [" + "[" * 200 + "'\n"
    assert findings_for(source) == []


# --------------------------------------------------------------------------------------------
# 2. Numbers too large to be exact are refused before any exact arithmetic
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("share", ['"1E-999999999"', "1e999999999", '"1E+999999999"', "1e-999999999",
                                   '"0.' + "0" * 60 + '1"', "1" + "0" * 45, '"1' + "1" * 45 + '"'])
def test_a_share_with_an_absurd_exponent_or_length_is_invalid(share: str) -> None:
    source = with_shares("100", share)
    findings = findings_for(source)
    assert rules(findings) == ["invalid-value"], findings
    (finding,) = findings
    assert (finding.line, finding.column) == _at(source, share + "}")
    assert finding.where == "financing.split_keys[0].shares.VGK"


@pytest.mark.parametrize("command", [("split",), ("render", "-o", "out.html")])
def test_an_absurd_share_stops_other_commands_quickly_too(command, tmp_path) -> None:
    source = tmp_path / "plan.yaml"
    source.write_text(with_shares("100", '"1E-999999999"'), encoding="utf-8")
    result = plan_process(command[0], str(source), *command[1:], cwd=tmp_path, timeout=60)
    assert result.returncode == 1 and "invalid-value" in result.stderr, result.stderr


decimal_texts = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.from_regex(r"\A[-+]?[0-9]{0,60}(\.[0-9]{0,60})?([eE][-+]?[0-9]{1,12})?\Z"),
    st.sampled_from(["NaN", "sNaN", "-Infinity", "inf", "1_000", "٣٠", "0E+999999", ".5", "5."]),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(decimal_texts, st.booleans())
def test_any_number_decimal_reads_is_a_value_or_an_invalid_value(text: str, quoted: bool) -> None:
    try:
        Decimal(text)
    except InvalidOperation:
        assume(False)
    written = json.dumps(text, ensure_ascii=False) if quoted else text
    loaded = load_text(with_shares("0", written), "plan.yaml")
    assert all(f.rule == "invalid-value" for f in loaded.findings), loaded.findings
    if loaded.plan is None:
        (finding,) = loaded.findings
        assert finding.where == "financing.split_keys[0].shares.VGK"
        assert "Input should" not in finding.message  # told in Swedish
    else:
        share = loaded.plan.financing.split_keys[0].shares["VGK"]
        assert share.is_finite() and len(share.as_tuple().digits) <= 40


# --------------------------------------------------------------------------------------------
# 3. The text rules are linear
# --------------------------------------------------------------------------------------------

N = 200_000
PARAGRAPHS = {
    "[": ("[" * N, []),
    "(": ("(" * N, []),
    "](": ("](" * (N // 2), []),
    "[](x": ("[](" + "x" * N, []),
    '[](x "': ('[](x "' * (N // 6), []),
    "@": ("@" * N, ["email-address"]),
    "a@": ("a@" * (N // 2), ["email-address"]),
    "@ then a run": ("@ " + "a" * N, ["email-address"]),
    "capitals": ("A" * N, []),
    "abbreviations": ("AB " * (N // 3), ["abbreviation-undefined"]),
    "(AB)": ("(AB)" * (N // 4), []),  # "AB (AB)": explained by the words before it
    "AB (x)": ("AB (x)" * (N // 6), ["abbreviation-undefined"]),
    "<a:": ("<a:" * (N // 3), []),
}


@pytest.mark.parametrize("name", sorted(PARAGRAPHS))
def test_a_huge_paragraph_validates_in_linear_time(name: str) -> None:
    paragraph, expected = PARAGRAPHS[name]
    started = time.perf_counter()
    findings = findings_for(MINIMAL_PLAN + "      - text: " + json.dumps(paragraph) + "\n")
    assert rules(findings) == expected
    assert time.perf_counter() - started < 20  # was minutes; a regression is not subtle
    assert all(len(f.message) < 300 for f in findings)  # the pasted blob is not repeated in full


# The regular expressions the rules used before (quadratic, but right): the reference on small text.
OLD_MARKDOWN_LINK = re.compile(r"\[(?P<label>[^\]]*)\]\((?P<target>[^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+\"[^\"]*\")?\)")
OLD_AUTOLINK = re.compile(r"<(?P<target>[A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*)>")
OLD_EMAIL_IN_TEXT = re.compile(r"[^\s<>()\[\]\"',;]*@[^\s<>()\[\]\"',;]*")
_OLD_WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+")

markdownish = st.text(st.sampled_from('[]() "ax:<>@\n.'), max_size=40)


@settings(max_examples=500, deadline=None)
@given(markdownish)
def test_links_are_found_as_the_regular_expression_found_them(text: str) -> None:
    old = [(m["label"], m["target"]) for m in OLD_MARKDOWN_LINK.finditer(text)]
    old += [(m["target"], m["target"]) for m in OLD_AUTOLINK.finditer(text)]
    assert list(iter_links(text)) == old


@settings(max_examples=300, deadline=None)
@given(markdownish)
def test_addresses_in_text_are_found_as_the_regular_expression_found_them(text: str) -> None:
    from forvaltning_cli.checks.email_address import _RUN

    old = [m.group(0) for m in OLD_EMAIL_IN_TEXT.finditer(text)]
    assert [m.group(0) for m in _RUN.finditer(text) if "@" in m.group(0)] == old


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab-/ ."), min_size=1, max_size=4), st.text(st.sampled_from("ab-/ .\n"), max_size=30))
def test_a_defined_term_is_found_in_the_text_as_the_regular_expression_found_it(term: str, text: str) -> None:
    from forvaltning_cli.abbreviations import _used

    old = re.search(rf"(?<![0-9A-Za-zÀ-ÖØ-öø-ÿ]){re.escape(term)}(?![0-9A-Za-zÀ-ÖØ-öø-ÿ])", text) is not None
    assert _used(term, text) == old


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.sampled_from("ab-/ ."), max_size=5), max_size=12),
       st.text(st.sampled_from("ab-/ .\n"), max_size=40))
def test_many_defined_terms_are_found_in_one_pass_as_one_by_one(terms: list[str], text: str) -> None:
    from forvaltning_cli.abbreviations import used_phrases

    def old(term: str) -> bool:
        return re.search(rf"(?<![0-9A-Za-zÀ-ÖØ-öø-ÿ]){re.escape(term)}(?![0-9A-Za-zÀ-ÖØ-öø-ÿ])", text) is not None

    assert used_phrases(terms, text) == {term for term in terms if old(term)}


def test_thousands_of_defined_phrases_and_a_long_text_are_checked_quickly() -> None:
    # Every term against all the text was 20 000 × 1.5 MB: a quarter of a minute.
    terms = "".join(f"  'X Y{i}': förklaring\n" for i in range(20_000))
    source = (MINIMAL_PLAN + "      - text: " + json.dumps("X Y7 lorem ipsum " * 60_000) + "\n"
              + "abbreviations:\n" + terms)
    started = time.perf_counter()
    unused = [f for f in findings_for(source) if f.rule == "abbreviation-unused"]
    assert len(unused) == 19_999 and not any("förkortningen X Y7 " in f.message for f in unused)
    assert time.perf_counter() - started < 20


def _old_inline_definitions(text: str) -> set[str]:
    from forvaltning_cli.abbreviations import _initials_match, is_abbreviation

    found: set[str] = set()
    for match in re.finditer(r"\(([^()]+)\)", text):
        inside, before = match.group(1).strip(), text[: match.start()]
        if is_abbreviation(inside):
            if _initials_match(inside, _OLD_WORD.findall(before)[-12:]):
                found.add(inside)
        else:
            previous = _OLD_WORD.findall(before)[-1:] if before.rstrip().endswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")) else []
            if previous and is_abbreviation(previous[0]) and _initials_match(previous[0], _OLD_WORD.findall(inside)):
                found.add(previous[0])
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Styrgrupp", "IT", "i", "Väst", "(SITIV)", "SITIV", "(", ")", " ",
                                 "(Styrgrupp IT i Väst)", "x" * 70, "-" * 70, "\n", "NPÖ", "(Nationell Patientöversikt)"]),
                max_size=30))
def test_inline_definitions_are_found_as_before(parts: list[str]) -> None:
    text = " ".join(parts)
    assert inline_definitions(text) == _old_inline_definitions(text)


# --------------------------------------------------------------------------------------------
# 4. What Word pastes: named, with its place
# --------------------------------------------------------------------------------------------

BUDGET = MINIMAL_PLAN + """\
budget:
  title: Budget
  year: 2025
  items:
    - {name: Drift, amount: 1000}
""" + PARTIES % ("50", "50")


@pytest.mark.parametrize("char, named", [("\u00a0", "NO-BREAK SPACE (U+00A0)"),
                                          ("\u202f", "NARROW NO-BREAK SPACE (U+202F)"),
                                          ("\u2009", "THIN SPACE (U+2009)")])
def test_an_amount_with_a_word_space_gets_the_amount_hint_and_the_name(char: str, named: str) -> None:
    source = BUDGET.replace("amount: 1000", f"amount: 1{char}000")
    findings = findings_for(source)
    (invalid,) = [f for f in findings if f.rule == "invalid-value"]
    assert "utan mellanslag" in invalid.hint
    (hidden,) = [f for f in findings if f.rule == "hidden-character"]
    assert named in hidden.message and (hidden.line, hidden.column) == _at(source, char)


@pytest.mark.parametrize("char, named", [("\u200b", "ZERO WIDTH SPACE (U+200B)"),
                                          ("\u200c", "ZERO WIDTH NON-JOINER (U+200C)"),
                                          ("\u200d", "ZERO WIDTH JOINER (U+200D)"),
                                          ("\u2060", "WORD JOINER (U+2060)"),
                                          ("\ufeff", "ZERO WIDTH NO-BREAK SPACE (U+FEFF)"),
                                          ("\u201d", "RIGHT DOUBLE QUOTATION MARK (U+201D)")])
@pytest.mark.parametrize("place", ["id: nyckel", "VGK: 50", "id: VGK", "amount: 1000", "year: 2025"])
def test_a_hidden_character_in_a_key_id_or_number_is_named_where_it_is(char: str, named: str, place: str) -> None:
    key, _, value = place.partition(": ")
    marked = f"{key}: {value[:2]}{char}{value[2:]}" if key != "VGK" else f"VG{char}K: {value}"
    source = BUDGET.replace(place, marked, 1)
    findings = findings_for(source)
    hidden = [f for f in findings if f.rule == "hidden-character"]
    assert [(f.line, f.column) for f in hidden] == [_at(source, char)], findings
    assert named in hidden[0].message and hidden[0].hint
    # A key, id or number with such a character is wrong: the plan says so as well.
    assert any(f.severity.value == "error" for f in findings), findings


def test_a_decomposed_letter_in_an_id_is_named_with_the_letter_it_should_be() -> None:
    source = BUDGET.replace("id: nyckel", "id: nyckela\u030a")
    (hidden,) = [f for f in findings_for(source) if f.rule == "hidden-character"]
    assert "COMBINING RING ABOVE (U+030A)" in hidden.message and "'å'" in hidden.hint
    assert (hidden.line, hidden.column) == _at(source, "\u030a")


@pytest.mark.parametrize("char", ["\u00a0", "\u202f", "\u200b", "\u201c", "\u2019", "a\u030a"])
def test_the_same_characters_in_prose_are_left_alone(char: str) -> None:
    # "1 000 kr" with a no-break space and ”citat” are good typography in a paragraph or title.
    source = MINIMAL_PLAN.replace("Planen gäller webSesam.", f"Planen gäller{char}webSesam.")
    source = source.replace("title: Inledning", f"title: Inledning{char}")
    assert findings_for(source) == []


@pytest.mark.parametrize("written, pasted, char, named", [
    ("  title: Budget", "  title:\u00a0Budget", "\u00a0", "NO-BREAK SPACE (U+00A0)"),
    ("  year: 2025", "  year:\u00a02025", "\u00a0", "NO-BREAK SPACE (U+00A0)"),
    ("budget:", "\ufeffbudget:", "\ufeff", "ZERO WIDTH NO-BREAK SPACE (U+FEFF)"),
    ("  title: Budget", "  title: Bud\u2028get", "\u2028", "LINE SEPARATOR (U+2028)"),
])
def test_a_syntax_error_caused_by_a_hidden_character_names_it(written: str, pasted: str, char: str, named: str) -> None:
    source = BUDGET.replace(written, pasted, 1)
    (finding,) = findings_for(source)
    assert finding.rule == "yaml-syntax" and named in finding.hint
    line, column = _at(source, char)
    assert (finding.line, finding.column) == (line, column)
    assert f"rad {line}, kolumn {column}" in finding.hint


def test_typographic_quotes_do_not_quote_and_the_error_says_so() -> None:
    # Word's “…” look like YAML quotes but are text, so the colon inside is YAML's.
    source = MINIMAL_PLAN.replace("title: Inledning", "title: \u201cInledning: del 2\u201d")
    (finding,) = findings_for(source)
    assert finding.rule == "yaml-syntax" and "LEFT DOUBLE QUOTATION MARK (U+201C)" in finding.hint
    assert (finding.line, finding.column) == _at(source, "\u201c")


def test_a_half_surrogate_escape_is_told_in_swedish() -> None:
    (finding,) = findings_for(MINIMAL_PLAN.replace("title: Inledning", 'title: "Inledning\\ud801"'))
    assert finding.rule == "yaml-syntax" and finding.message.startswith("YAML-syntaxfel: en escape-sekvens")


@pytest.mark.parametrize("char, named", [("\u2029", "PARAGRAPH SEPARATOR (U+2029)"),
                                          ("\u2028", "LINE SEPARATOR (U+2028)")])
def test_a_line_separator_anywhere_is_named(char: str, named: str) -> None:
    # YAML ends the line there and the editor does not: the value is cut and the lines differ.
    source = BUDGET.replace("  year: 2025\n", f"  year: 2025{char}\n")
    hidden = [f for f in findings_for(source) if f.rule == "hidden-character"]
    assert [(f.line, f.column) for f in hidden] == [_at(source, char)]
    assert named in hidden[0].message


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["\u00a0", "\u202f", "\u2009", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]),
       st.integers(min_value=1, max_value=5))
def test_a_hidden_character_anywhere_in_an_id_is_found_at_its_column(char: str, at: int) -> None:
    source = BUDGET.replace("id: nyckel", f"id: {'nyckel'[:at]}{char}{'nyckel'[at:]}")
    hidden = [f for f in findings_for(source) if f.rule == "hidden-character"]
    assert [(f.line, f.column) for f in hidden] == [_at(source, char)]


@pytest.mark.parametrize("key", ["title", "year"])
def test_a_tab_after_the_colon_reads_as_a_space(key: str) -> None:
    plain = load_text(BUDGET, "plan.yaml")
    tabbed = load_text(BUDGET.replace(f"  {key}: ", f"  {key}:\t"), "plan.yaml")
    assert tabbed.findings == plain.findings == []
    assert tabbed.data == plain.data


# --------------------------------------------------------------------------------------------
# 5. Shares are exact
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("second, fires", [("30.0000000000000000000000000001", True),
                                           ('"30.0000000000000000000000000001"', True),
                                           ("29.9999999999999999999999999999999999999", True),
                                           ("30.000000000000000000000000000000", False),
                                           ("30", False), ("3e1", False)])
def test_split_key_sum_is_exact(second: str, fires: bool) -> None:
    findings = findings_for(with_shares("70", second))
    sums = [f for f in findings if f.rule == "split-key-sum"]
    assert rules(findings) == (["split-key-sum"] if fires else [])
    if fires:  # the message does not round the difference away into "100 %"
        assert "blir 100 %" not in sums[0].message and "100,0 %" not in sums[0].message


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=100, allow_nan=False, allow_infinity=False, places=30),
       st.sampled_from([Decimal(0), Decimal("1E-30"), Decimal("-1E-30"), Decimal("1E-5")]),
       st.booleans())
def test_split_key_sum_fires_iff_the_exact_sum_is_not_100(first: Decimal, off: Decimal, quoted: bool) -> None:
    with localcontext() as context:
        context.prec = 100  # exact: the test's own arithmetic must not round either
        second = 100 - first + off
    assume(second >= 0)
    written = [f"{value:f}" for value in (first, second)]
    if quoted:
        written = [json.dumps(value) for value in written]
    findings = findings_for(with_shares(*written))
    assert rules(findings) == (["split-key-sum"] if off else [])


def test_amounts_stay_whole_kronor() -> None:
    # A float never reaches money: 1000.0 is refused, with the amount hint.
    findings = findings_for(BUDGET.replace("amount: 1000", "amount: 1000.0"))
    (finding,) = findings
    assert finding.rule == "invalid-value" and "1000.0" in finding.message and "hela kronor" in finding.hint
    loaded = load_text(BUDGET, "plan.yaml")
    assert type(loaded.plan.budget.items[0].amount) is int


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_positions_after_a_line_separator_are_the_editors(separator: str) -> None:
    # YAML counts the separator as a line break; the finding must point where the editor shows it.
    source = BUDGET.replace("  title: Budget", f'  title: "Bud{separator}get"').replace("amount: 1000", "amount: 5.5")
    findings = findings_for(source)
    (invalid,) = [f for f in findings if f.rule == "invalid-value"]
    assert (invalid.line, invalid.column) == _at(source, "5.5")
    (hidden,) = [f for f in findings if f.rule == "hidden-character"]
    assert (hidden.line, hidden.column) == _at(source, separator)


def _block_nested(levels: list[tuple[str, bool]], flow: int) -> str:
    """Block collections (each on a new line or, for "-", "?" and ":", compact on the same
    line), then ``flow`` flow sequences, with any line break YAML knows."""
    text, indent, column = "root:", 2, 0
    for kind, compact in levels:
        indicator = {"seq": "- ", "map": "k: ", "explicit": "? ", "value": ": "}[kind]
        if kind in ("seq", "explicit") and compact and column:
            text += indicator
            column += 2
        else:
            text += "\n" + " " * indent + ("? x\n" + " " * indent if kind == "value" else "") + indicator
            column = indent + len(indicator)
            if kind == "map":
                column = 0  # a mapping's value starts on the next line
        indent = max(indent, column) + 2 if kind != "map" else indent + 2
    return text + "[" * flow + "x" + "]" * flow + "\n"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["seq", "map", "explicit", "value"]), st.booleans()), max_size=90),
       st.integers(0, 80), st.sampled_from(["\n", "\r\n", "\r", "\u2028"]))
def test_the_cheap_look_never_misses_deep_nesting(levels, flow: int, newline: str) -> None:
    from forvaltning_cli.load.nodes import may_nest_too_deeply

    text = _block_nested(levels, flow).replace("\n", newline)
    if first_too_deep(text, MAX_DEPTH) is not None:
        assert may_nest_too_deeply(text)
