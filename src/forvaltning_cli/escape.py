"""Plan text made inert for each output: terminal, Markdown, CSV and XLSX.

Plans come from pull requests by others, so any text in them (names, ids, file names, finding
messages that quote them) may try to be something else where it is shown:

- **terminal** (:func:`terminal_text`): control characters (C0, DEL, C1) and bidirectional
  overrides are shown spelt out (``\\x1b``, ``\\t``, ``\\u202e``), so ANSI/OSC sequences never
  reach the terminal and a line cannot be rewritten with a carriage return;
- **Markdown** (:func:`markdown_text`, :func:`markdown_cell`, :func:`markdown_code_span`): the
  text renders as exactly itself (whitespace runs folded to one space): no emphasis, links,
  reference definitions, HTML, headings or lists, and ``@name`` does not notify anyone on
  GitHub/GitLab (``@<!-- -->name``: the text is unchanged, the mention is broken);
- **spreadsheets** (:func:`spreadsheet_text`, :func:`xlsx_text`): a cell beginning with ``=``,
  ``+``, ``-``, ``@``, tab or CR is text, never a formula (OWASP "CSV injection"): in CSV it gets
  a leading ``'``; in XLSX it is stored as a string, and characters XML cannot hold are spelt out.

This module imports nothing heavy: ``plan validate`` uses it on every commit.
"""

from __future__ import annotations

import re

# C0 controls but newline, DEL, C1 controls; bidi overrides/isolates (Trojan Source); line and
# paragraph separators, which some terminals and editors treat as line breaks.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_CONTROL_OR_NEWLINE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _spell(match: re.Match) -> str:
    char = match.group(0)
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_text(text: object, keep_newlines: bool = False) -> str:
    """``text`` safe to print to a terminal: every control character spelt out (``\\x1b``,
    ``\\t``, ``\\r``, ``\\u202e``), newlines too unless ``keep_newlines``. Backslashes are kept as
    they are (the result is for reading, not for parsing back)."""
    pattern = _CONTROL if keep_newlines else _CONTROL_OR_NEWLINE
    return pattern.sub(_spell, str(text))


# What json.dumps(ensure_ascii=False) leaves raw but a terminal may act on: DEL, C1, bidi, separators.
_JSON_RAW = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def json_text(document: str) -> str:
    """JSON text (from ``json.dumps``) with the characters above written as ``\\uXXXX``: the same
    data when parsed, but nothing a terminal would act on when the JSON is printed."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group(0)):04x}", document)


# ------------------------------------------------------------------------------------------
# Markdown (CommonMark and GitHub/GitLab-flavoured)
# ------------------------------------------------------------------------------------------

# Always escaped: what could open emphasis, strikethrough, code, links, HTML or a table cell.
_MD_ALWAYS = re.compile(r"[\\`*_\[\]<~|]")
# An ``&`` that would otherwise start an entity reference (``&amp;``, ``&#64;``).
_MD_ENTITY = re.compile(r"&(?=#|[A-Za-z0-9]+;)")
# ``@name`` as GitHub/GitLab read a mention: ``@`` after a non-word character, before a name.
_MD_MENTION = re.compile(r"(?<![A-Za-z0-9_])@(?=[A-Za-z0-9_])")
# What makes a line a heading, quote, list item, thematic break or setext underline.
# Only what would act ("# x", "- x", "1. x", "--", "=="), so "1.0" and "-10 kr" stay as they are.
_MD_LINE_START = re.compile(r"^(?:(#(?=#{0,5}(?:[ \t]|$))|>|[-+](?=[ \t]|$)|-(?=-)|=(?=[= \t]|$))|(\d{1,9})([.)])(?=[ \t]|$))")
MENTION_BREAK = "<!-- -->"


def escape_inline(text: str, line_start: bool = True) -> str:
    """Markdown that renders as ``text`` inside a line (no whitespace folding): the building block
    of :func:`markdown_text` and of the plan-Markdown rewriter in ``render.markup``."""
    out = _MD_ALWAYS.sub(lambda m: "\\" + m.group(0), text)
    out = _MD_ENTITY.sub("\\\\&", out)
    out = _MD_MENTION.sub("@" + MENTION_BREAK, out)
    if out.endswith("!"):
        out = out[:-1] + "\\!"  # a link may follow this piece: "!" + "[x](…)" would be an image
    if line_start:
        out = _MD_LINE_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), out)
    return out


def _fold(text: object) -> str:
    """One line: whitespace runs (newlines too) as one space, then other controls spelt out."""
    return terminal_text(re.sub(r"[ \t\r\n]+", " ", str(text)).strip(" "))


def markdown_text(text: object) -> str:
    """Plain text as one line of Markdown that renders as exactly that text (whitespace runs
    folded to one space, control characters spelt out as in :func:`terminal_text`)."""
    folded = _fold(text)
    if not folded:
        return ""
    lead, body, trail = "", folded, ""
    if body[0].isspace():
        lead, body = f"&#x{ord(body[0]):x};", body[1:]
    if body and body[-1].isspace():
        body, trail = body[:-1], f"&#x{ord(body[-1]):x};"
    return lead + escape_inline(body, line_start=not lead) + trail


def markdown_cell(text: object) -> str:
    """Plain text for a GFM table cell (one line; pipes are escaped by :func:`markdown_text`)."""
    return "" if text is None else markdown_text(text)


def markdown_code_span(text: object, in_table: bool = False) -> str:
    """``text`` as an inline code span: the fence is one backtick longer than any run inside, so
    nothing can close it early; controls (newlines too) are spelt out, since a span is one line."""
    content = terminal_text(text)
    if in_table:
        content = content.replace("|", "\\|")  # GFM splits cells before it sees code spans
    if not content:
        return "` `"
    longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
    fence = "`" * (longest + 1)
    # A renderer strips one space from each end when both are spaces (unless all are): pad to keep them.
    if content[0] == "`" or content[-1] == "`" or (content[0] == content[-1] == " " and content.strip(" ")):
        content = f" {content} "
    return f"{fence}{content}{fence}"


def html_comment_text(text: object) -> str:
    """Text inside an HTML/Markdown comment (``<!-- … -->``): one line, and no ``--``, so that
    neither ``-->`` nor ``--!>`` can end the comment early."""
    out = terminal_text(text)
    while "--" in out:
        out = out.replace("--", "- -")
    return out


# ------------------------------------------------------------------------------------------
# Spreadsheets
# ------------------------------------------------------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What XML 1.0 cannot hold (openpyxl refuses these, and U+FFFE/U+FFFF).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def formula_like(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula (OWASP's list of first characters)."""
    return text.startswith(FORMULA_STARTS)


def spreadsheet_text(text: str) -> str:
    """A CSV cell: text that would start a formula gets a leading ``'`` (as Excel itself shows
    text typed with one), everything else is unchanged."""
    return "'" + text if formula_like(text) else text


def xlsx_text(text: str) -> str:
    """A string for an XLSX cell: characters XML cannot hold spelt out as in :func:`terminal_text`."""
    return _XML_ILLEGAL.sub(_spell, text)


def xlsx_sheet_title(text: str) -> str:
    """A valid worksheet name: at most 31 characters, none of ``\\ / ? * [ ] :``, no controls."""
    title = re.sub(r"[\\/?*\[\]:]", "-", terminal_text(text)).strip("'")
    return title[:31] or "Blad"
