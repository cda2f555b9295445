"""Issue 13, rendering: every part a real plan has is in the document, in HTML and Markdown.

A kommunalförbund's plan: registry data and a revision history, a multi-year budget in tkr with
income, results and depreciation, fees per inhabitant, the population, a split key by basis, and
the pm3 chapters (scope, stakeholders, roles, measurable goals, activities, resource plan, risks,
agreements, milestones, årshjul). Both formats are read back as tables (Markdown through a
CommonMark parser with GFM tables), so each test asserts on what a reader sees in a cell.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import plan as run_plan
from system_parts import require

NBSP = "\u00a0"
MINUS = "\u2212"
FORMATS = ["html", "md"]


def _columns(*values: int) -> dict[str, int]:
    """Amounts per year column: Utfall 2017, Budget 2018, Budget 2019, Plan 2020, Plan 2021."""
    return dict(zip(["utfall-2017", "budget-2018", "budget-2019", "plan-2020", "plan-2021"], values, strict=True))


PLAN = {
    "schema_version": 1,
    "document": {
        "type": "Verksamhetsplan",
        "title": "Verksamhetsplan 2019 med budget och plan för 2020–2021",
        "version": "1.1",
        "edition": "Reviderad 2019-03-14",
        "registry_number": "KF 2018/0123",
        "case": "Verksamhetsplan och budget för e-arkivet",
        "handler": {"name": "Anna Andersson", "title": "Arkivarie", "organisation": "Kommunalförbundet Arkiv",
                    "phone": "031-123 45 67", "email": "anna.andersson@example.se",
                    "postal_address": "Box 123, 411 04 Göteborg"},
        "document_owner": {"name": "Bertil Berg", "title": "Förbundsdirektör"},
        "address": {"name": "Kommunalförbundet Arkiv", "postal_address": "Box 123, 411 04 Göteborg",
                    "phone": "031-100 00 00"},
        "revisions": [
            {"version": "1.0", "date": "2018-11-20", "change": "Fastställd av direktionen", "by": "Direktionen"},
            {"version": "1.1", "date": "2019-03-14", "change": "Reviderad plan för 2020", "by": "Bertil Berg"},
        ],
    },
    "period": {"start": "2019-01-01", "end": "2021-12-31"},
    "sections": [
        {"id": "inledning", "number": "1", "title": "Inledning", "content": [
            {"text": "Förbundet förvaltar e-arkivet åt medlemskommunerna."},
            {"part": "scope.processes"}, {"part": "scope.components"}, {"part": "scope.user_groups"},
        ]},
        {"id": "mal", "number": "2", "title": "Mål", "content": [{"part": "goals.measurable"}]},
        {"id": "budget", "number": "3", "title": "Budget", "content": [
            {"part": "budget"}, {"part": "activities"}, {"part": "resources"},
        ]},
        {"id": "finansiering", "number": "4", "title": "Finansiering", "content": [
            {"part": "financing.fees"}, {"part": "financing.population"}, {"part": "financing.split_keys"},
            {"part": "financing.surplus"},
        ]},
        {"id": "organisation", "number": "5", "title": "Organisation", "content": [
            {"part": "stakeholders"}, {"part": "roles"},
        ]},
        {"id": "risker", "number": "6", "title": "Risker och avtal", "content": [
            {"part": "risks"}, {"part": "agreements"},
        ]},
        # milestones and the årshjul are not placed: they go to the appendix
    ],
    "goals": {"measurable": [
        {"goal": "Fler system i e-arkivet", "indicator": "Antal anslutna system",
         "baseline": "12 av 30 system (2018)", "target": "20 av 30 system", "outcome": "14 av 30 (juni 2019)",
         "due": "Q4 2019", "owner": "Förvaltningsledaren"},
        {"goal": "Nöjda användare", "indicator": "NKI", "baseline": "62", "target": "70", "due": "2019-12-31"},
    ]},
    "budget": {
        "title": "Budget 2019 och plan 2020–2021",
        "year": 2019,
        "unit": "tkr",
        "columns": [
            {"id": "utfall-2017", "heading": "Utfall 2017", "kind": "outcome", "year": 2017},
            {"id": "budget-2018", "heading": "Budget 2018", "kind": "budget", "year": 2018},
            {"id": "budget-2019", "heading": "Budget 2019", "kind": "budget", "year": 2019},
            {"id": "plan-2020", "heading": "Plan 2020", "kind": "plan", "year": 2020},
            {"id": "plan-2021", "heading": "Plan 2021", "kind": "plan", "year": 2021},
        ],
        "items": [
            {"group": "Intäkter", "lines": [
                {"id": "medlemsavgifter", "name": "Medlemsavgifter", "kind": "income",
                 "values": _columns(5100, 5200, 5302, 5400, 5500)},
                {"id": "anslutningsavgifter", "name": "Anslutningsavgifter", "kind": "income",
                 "values": _columns(0, 0, 200, 0, 0)},
            ], "subtotal": {"label": "Summa intäkter", "values": _columns(5100, 5200, 5502, 5400, 5500)}},
            {"group": "Kostnader", "lines": [
                {"id": "personal", "name": "Personal", "staffing_percent": 300, "activity_type": "forvaltningsstyrning",
                 "values": _columns(2900, 3000, 3100, 3200, 3300)},
                {"id": "drift", "name": "Drift och licenser", "activity_type": "drift_support",
                 "values": _columns(1800, 1900, 2000, 2100, 2200)},
            ], "subtotal": {"label": "Summa kostnader", "values": _columns(4700, 4900, 5100, 5300, 5500)}},
            {"result": "Resultat före avskrivningar", "values": _columns(400, 300, 402, 100, 0)},
            {"id": "avskrivningar", "name": "Avskrivningar", "kind": "depreciation",
             "values": _columns(200, 200, 250, 250, 200)},
            # Plan 2020 is stated as −100, but the rows above give 100 − 250 = −150.
            {"result": "Resultat efter avskrivningar", "values": _columns(200, 100, 152, -100, -200)},
            {"id": "investeringar", "name": "Investeringar", "kind": "investment",
             "values": _columns(0, 500, 300, 0, 0)},
        ],
    },
    "financing": {
        "fees": [
            {"id": "medlemsavgift", "name": "Medlemsavgift", "price": 27, "per": "inhabitant",
             "income_line": "medlemsavgifter"},
            {"id": "anslutningsavgift", "name": "Anslutningsavgift", "price": 4, "per": "inhabitant",
             "recurrence": "once", "members": ["Sjöstad"], "income_line": "anslutningsavgifter"},
            {"id": "grundavgift", "name": "Grundavgift", "price": 50000, "per": "member"},
            {"id": "sokavgift", "name": "Sökavgift", "price": 27.5, "per": "member", "text": "Tas ut per beställning."},
        ],
        "population": {"date": "2017-12-31", "source": "SCB", "counts": {"Älvby": 100000, "Sjöstad": 96363}},
        "split_keys": [{"id": "mix", "text": "Gemensamma kostnader", "basis": {"equal": 30, "population": 70}}],
        "surplus": {"text": "Ett överskott återbetalas till medlemmarna.", "basis": "population"},
    },
    "scope": {
        "description": "E-arkivet tar emot och bevarar allmänna handlingar.",
        "processes": [{"name": "Leverans till e-arkiv", "description": "Överföring från verksamhetssystem"}],
        "components": [{"name": "E-arkivplattform", "description": "Bevarandesystemet"}],
        "user_groups": [
            {"name": "Arkivarier i medlemskommunerna", "description": "Levererar och söker", "count": 1450},
            {"name": "Allmänheten", "volume": "ca 1 200 sökningar per år"},
        ],
    },
    "stakeholders": [{"name": "Medlemskommunerna", "interest": "Säkert bevarande", "involvement": "Referensgrupp"}],
    "roles": [
        {"id": "forvaltningsledare", "role": "Förvaltningsledare", "name": "David Dahl",
         "organisation": "Kommunalförbundet Arkiv", "email": "david.dahl@example.se", "phone": "031-100 00 01"},
        {"id": "objektagare", "role": "Objektägare", "organisation": "Direktionen"},
    ],
    "activities": [
        {"name": "Styrning och uppföljning", "type": "forvaltningsstyrning", "amount": 400,
         "owner": "Förvaltningsledaren", "when": "Q1 2019"},
        {"name": "Felrättning", "type": "vidmakthallande", "amount": 300},
        {"name": "Uppgradering till version 3", "type": "vidareutveckling", "amount": 600,
         "description": "Ny version av plattformen"},
        {"name": "Nya e-tjänster", "type": "nyutveckling"},
        {"name": "Drift av e-arkivet", "type": "drift_support", "amount": 2000, "when": "T1 2019"},
    ],
    "resources": [
        {"role": "forvaltningsledare", "share": 50, "amount": 450},
        {"role": "Systemförvaltare", "name": "Cecilia Ek", "share": 100, "amount": 700},
        {"role": "Arkivarie", "share": 150, "amount": 1000},
    ],
    "risks": [
        {"risk": "Leverantören går i konkurs", "probability": 2, "consequence": "Hög", "measure": "Exitplan",
         "owner": "Förbundsdirektören"},
    ],
    "agreements": [
        {"name": "Drift och support av e-arkivet", "supplier": "Arkivbolaget AB", "reference": "AVT-2017-04",
         "start": "2017-04-01", "end": "2020-03-31", "notice": "6 månader", "notice_date": "2019-09-30",
         "renewal": "1 + 1 år", "renewal_date": "2019-09-30"},
    ],
    "milestones": [
        {"name": "Version 3 i drift", "when": "Q2 2019", "kind": "release", "description": "Ny plattform"},
        {"name": "Alla medlemmar anslutna", "when": "2020-12-31"},
    ],
    "annual_cycle": [
        {"when": "Q1", "forum": "Förbundsdirektionen", "decision": "Årsredovisning"},
        {"when": "oktober", "forum": "Förbundsdirektionen", "decision": "Verksamhetsplan och budget"},
        {"when": "Q2", "forum": "Förvaltningsgruppen", "decision": "Uppföljning av målen"},
    ],
}


# --------------------------------------------------------------------------------------------
# Rendering and reading back
# --------------------------------------------------------------------------------------------


def load(data: dict):
    from forvaltning_cli.load import load_text

    loaded = load_text(json.dumps(data, ensure_ascii=False), "plan.yaml")  # JSON is YAML
    assert loaded.plan is not None, [f.message for f in loaded.findings]
    return loaded.plan


def render(data: dict, fmt: str) -> str:
    from forvaltning_cli.render import render_text

    return render_text(load(data), "plan.yaml", [], fmt)


class Table:
    def __init__(self) -> None:
        self.caption = ""
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.row_classes: list[str] = []

    def row(self, first: str) -> list[str]:
        """The row whose first cell is ``first``."""
        found = [row for row in self.rows if row and row[0] == first]
        assert found, (first, [row[0] for row in self.rows])
        return found[0]

    def column(self, heading: str) -> list[str]:
        index = self.headers.index(heading)
        return [row[index] for row in self.rows if len(row) > index]


class Page(HTMLParser):
    """An HTML page read as a reader sees it: its text, its tables (cells as text), every tag."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[Table] = []
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self._stack: list[Table] = []
        self._cell: list[str] | None = None
        self._in = {"caption": False, "thead": False}
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "table":
            self._stack.append(Table())
        elif tag in ("caption", "thead"):
            self._in[tag] = True
        elif tag == "tr" and self._stack:
            table = self._stack[-1]
            if self._in["thead"]:
                table.headers = []
            else:
                table.rows.append([])
                table.row_classes.append(dict(attrs).get("class") or "")
        elif tag in ("td", "th") and self._stack:
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag):
        if tag == "table" and self._stack:
            self.tables.append(self._stack.pop())
        elif tag in ("caption", "thead"):
            self._in[tag] = False
        elif tag in ("td", "th") and self._cell is not None and self._stack:
            text = "".join(self._cell).strip()
            table = self._stack[-1]
            (table.headers if self._in["thead"] else table.rows[-1]).append(text)
            self._cell = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)
        elif self._in["caption"] and self._stack:
            self._stack[-1].caption += data

    def table(self, first_heading: str) -> Table:
        """The table whose first column heading is ``first_heading``."""
        found = [t for t in self.tables if t.headers and t.headers[0] == first_heading]
        assert found, (first_heading, [t.headers[:1] for t in self.tables])
        return found[0]

    def document_data(self) -> dict[str, str]:
        table = next(t for t in self.tables if any(row and row[0] == "Period" for row in t.rows))
        return {row[0]: row[1] for row in table.rows}

    @property
    def all_text(self) -> str:
        return "".join(self.text)


def markdown_html(text: str) -> str:
    """What GitHub's renderer makes of the Markdown: CommonMark with GFM tables, raw HTML allowed."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").render(text)


def page(data: dict, fmt: str) -> Page:
    text = render(data, fmt)
    return Page(text if fmt == "html" else markdown_html(text))


def nb(text: str) -> str:
    """Expected document text: spaces in numbers are non-breaking."""
    return text.replace(" ", NBSP)


@pytest.fixture(scope="module", params=FORMATS)
def document(request) -> Page:
    return page(PLAN, request.param)


# --------------------------------------------------------------------------------------------
# Registry data, status
# --------------------------------------------------------------------------------------------


def test_registry_data_is_in_the_document_information(document: Page) -> None:
    data = document.document_data()
    assert data["Diarienummer"] == "KF 2018/0123"
    assert data["Ärende"] == "Verksamhetsplan och budget för e-arkivet"
    assert data["Utgåva"] == "Reviderad 2019-03-14"
    handler = data["Handläggare"]
    for part in ("Anna Andersson, Arkivarie, Kommunalförbundet Arkiv", "031-123 45 67",
                 "anna.andersson@example.se", "Box 123, 411 04 Göteborg"):
        assert part in handler
    assert data["Dokumentansvarig"] == "Bertil Berg, Förbundsdirektör"
    assert "Box 123, 411 04 Göteborg" in data["Utgivare"] and "031-100 00 00" in data["Utgivare"]


def test_revision_history_follows_the_document_information(document: Page) -> None:
    table = document.table("Version")
    assert table.headers == ["Version", "Datum", "Ändring", "Av"]
    assert table.rows == [["1.0", "2018-11-20", "Fastställd av direktionen", "Direktionen"],
                          ["1.1", "2019-03-14", "Reviderad plan för 2020", "Bertil Berg"]]
    text = document.all_text
    assert text.index("Diarienummer") < text.index("Fastställd av direktionen") < text.index("Innehåll")


@pytest.mark.parametrize("fmt", FORMATS)
def test_revisions_placed_by_a_part_block_are_shown_there_only(fmt: str) -> None:
    data = copy.deepcopy(PLAN)
    data["sections"][0]["content"].append({"part": "document.revisions"})
    shown = page(data, fmt)
    assert len([t for t in shown.tables if t.headers[:1] == ["Version"]]) == 1
    text = shown.all_text
    assert text.index("Innehåll") < text.index("Fastställd av direktionen")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plan_without_status_has_no_status_row_and_no_draft_banner(fmt: str) -> None:
    assert "status" not in PLAN["document"]
    text = render(PLAN, fmt)
    assert "Status" not in page(PLAN, fmt).document_data()
    assert "utkast, inte fastställt" not in text and 'class="draft-banner"' not in text
    draft = copy.deepcopy(PLAN)
    draft["document"]["status"] = "Utkast"
    drafted = render(draft, fmt)
    assert "utkast, inte fastställt" in drafted  # the same check sees a draft
    assert page(draft, fmt).document_data()["Status"] == "Utkast"


# --------------------------------------------------------------------------------------------
# The budget: year columns, tkr, results, minus signs
# --------------------------------------------------------------------------------------------


def test_budget_has_the_year_columns_in_order_and_amounts_in_tkr(document: Page) -> None:
    table = document.table("Benämning")
    assert table.headers == ["Benämning", "Utfall 2017", "Budget 2018", "Budget 2019", "Plan 2020", "Plan 2021"]
    assert table.row("Medlemsavgifter")[1:] == [nb("5 100"), nb("5 200"), nb("5 302"), nb("5 400"), nb("5 500")]
    assert table.row("Summa kostnader")[1:] == [nb("4 700"), nb("4 900"), nb("5 100"), nb("5 300"), nb("5 500")]
    assert table.row("Investeringar")[1:] == ["0", "500", "300", "0", "0"]
    assert "(belopp i tkr)" in document.all_text  # with the table's title
    assert "Belopp i tkr." in document.all_text
    assert "kr" not in " ".join(" ".join(row[1:]) for row in table.rows)  # never converted to kronor


def test_a_stated_result_that_differs_shows_both_the_computed_one_labelled(document: Page) -> None:
    table = document.table("Benämning")
    after = table.row("Resultat efter avskrivningar")
    # Plan 2020: stated −100, computed 100 − 250 = −150; the other columns agree.
    assert after[1:4] == ["200", "100", "152"] and after[5] == f"{MINUS}200"
    stated, computed = after[4].split("beräknat")
    assert stated.strip(" (\n") == f"{MINUS}100"
    assert computed.strip(" :)") == f"{MINUS}150"
    assert "beräknat" not in " ".join(table.row("Resultat före avskrivningar"))


def test_budget_result_rows_are_bold_like_totals() -> None:
    html = render(PLAN, "html")
    assert re.search(r'<tr class="result"[^>]*><th scope="row">Resultat före avskrivningar</th>', html)
    assert "tr.result td, tr.result th { font-weight: bold; }" in html
    md = render(PLAN, "md")
    assert "| **Resultat före avskrivningar** | **400** |" in md


@pytest.mark.parametrize("fmt", FORMATS)
def test_party_columns_follow_the_year_columns_for_the_budget_year(fmt: str) -> None:
    data = copy.deepcopy(PLAN)
    data["financing"]["parties"] = [{"id": "A", "name": "Älvby kommun", "column": "Älvby"},
                                    {"id": "S", "name": "Sjöstad kommun", "column": "Sjöstad"}]
    data["budget"]["parties"] = ["A", "S"]
    personal = data["budget"]["items"][1]["lines"][0]
    personal["parties"] = {"A": 1600, "S": 1500}
    table = page(data, fmt).table("Benämning")
    assert table.headers == ["Benämning", "Utfall 2017", "Budget 2018", "Budget 2019", "Plan 2020", "Plan 2021",
                             "Älvby", "Sjöstad"]
    assert table.row("Personal")[1:] == [nb("2 900"), nb("3 000"), nb("3 100"), nb("3 200"), nb("3 300"),
                                         nb("1 600"), nb("1 500")]
    assert table.row("Resultat före avskrivningar")[6:] == ["", ""]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plain_cost_budget_in_tkr_keeps_its_total_row(fmt: str) -> None:
    data = copy.deepcopy(PLAN)
    data["budget"] = {"title": "Budget 2019", "year": 2019, "unit": "mnkr", "items": [
        {"name": "Drift", "amount": 12}, {"name": "Återbetalning", "amount": -2}]}
    shown = page(data, fmt)
    table = shown.table("Benämning")
    assert table.headers == ["Benämning", "Budget"]
    assert table.row("Återbetalning") == ["Återbetalning", f"{MINUS}2"]
    # The plan states no total: the computed one is shown, labelled.
    assert table.rows[-1][0].strip("*") == "Totalt" and table.rows[-1][1].strip("*()") in ("beräknat 10", "beräknat: 10")
    assert "Belopp i mnkr." in shown.all_text


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("stated", "labelled"), [(2200, False), (2300, True)])
def test_a_result_statement_with_costs_written_negative(fmt: str, stated: int, labelled: bool) -> None:
    data = copy.deepcopy(PLAN)
    data["budget"] = {"title": "Resultaträkning 2019", "year": 2019, "unit": "tkr", "costs_negative": True, "items": [
        {"name": "Medlemsavgifter", "kind": "income", "amount": 5400},
        {"name": "Personal", "amount": -3200},
        {"result": "Resultat", "amount": stated}]}
    row = page(data, fmt).table("Benämning").row("Resultat")
    assert row[1].startswith(nb(f"{stated:,}".replace(",", " ")))
    assert ("beräknat" in row[1]) is labelled and ("2" + NBSP + "200" in row[1])


# --------------------------------------------------------------------------------------------
# The pm3 parts and the financing parts
# --------------------------------------------------------------------------------------------


def test_measurable_goals(document: Page) -> None:
    table = document.table("Mål")
    assert table.headers == ["Mål", "Indikator", "Utgångsläge", "Målvärde", "Utfall", "Klart", "Ansvarig"]
    assert table.rows[0] == ["Fler system i e-arkivet", "Antal anslutna system", "12 av 30 system (2018)",
                             "20 av 30 system", "14 av 30 (juni 2019)", "Q4 2019", "Förvaltningsledaren"]
    assert table.rows[1][:6] == ["Nöjda användare", "NKI", "62", "70", "", "2019-12-31"]


def test_scope_processes_components_and_user_groups(document: Page) -> None:
    assert "E-arkivet tar emot och bevarar allmänna handlingar." in document.all_text
    assert document.table("Process").rows == [["Leverans till e-arkiv", "Överföring från verksamhetssystem"]]
    assert document.table("IT-komponent").rows == [["E-arkivplattform", "Bevarandesystemet"]]
    groups = document.table("Användargrupp")
    assert groups.headers == ["Användargrupp", "Beskrivning", "Antal", "Volym"]
    assert groups.row("Arkivarier i medlemskommunerna")[2] == nb("1 450")
    assert groups.row("Allmänheten")[3] == "ca 1 200 sökningar per år"


def test_stakeholders_and_roles(document: Page) -> None:
    assert document.table("Intressent").rows == [["Medlemskommunerna", "Säkert bevarande", "Referensgrupp"]]
    roles = next(t for t in document.tables if t.headers[:3] == ["Roll", "Namn", "Organisation"])
    assert roles.headers == ["Roll", "Namn", "Organisation", "Kontakt"]
    leader = roles.row("Förvaltningsledare")
    assert leader[1:3] == ["David Dahl", "Kommunalförbundet Arkiv"]
    assert "david.dahl@example.se" in leader[3] and "031-100 00 01" in leader[3]
    assert roles.row("Objektägare")[1] == "vakant"


def test_activities_grouped_by_type_with_computed_sums(document: Page) -> None:
    table = next(t for t in document.tables if t.headers[:1] == ["Aktivitet"])
    assert table.headers[-1] == "Belopp (tkr)"
    firsts = [row[0].strip("*") for row in table.rows]
    groups = ["Förvaltningsstyrning", "Vidmakthållande", "Vidareutveckling", "Nyutveckling", "Drift och support"]
    assert [f for f in firsts if f in groups] == groups
    assert firsts.index("Förvaltningsstyrning") < firsts.index("Styrning och uppföljning") < firsts.index("Vidmakthållande")
    sums = {row[0].strip("*"): row[-1].strip("*") for row in table.rows if row[0].strip("*").startswith("Summa")}
    assert sums["Summa drift och support (beräknat)"] == nb("2 000")
    assert sums["Summa nyutveckling (beräknat; 1 utan belopp)"] == "–"
    total = table.rows[-1]
    assert total[0].strip("*") == "Totalt (beräknat; 1 utan belopp)" and total[-1].strip("*") == nb("3 300")
    assert table.row("Styrning och uppföljning")[3] == "Q1 2019"


def test_resource_plan_with_a_computed_sum(document: Page) -> None:
    table = next(t for t in document.tables if t.headers[:3] == ["Roll", "Namn", "Andel"])
    assert table.headers == ["Roll", "Namn", "Andel", "Kostnad (tkr)"]
    assert table.rows[0] == ["Förvaltningsledare", "David Dahl", nb("50 %"), "450"]  # the role id, resolved
    assert table.row("Systemförvaltare") == ["Systemförvaltare", "Cecilia Ek", nb("100 %"), "700"]
    total = table.rows[-1]
    assert total[0].strip("*") == "Summa (beräknat)"
    assert [cell.strip("*") for cell in total[-2:]] == [nb("300 %"), nb("2 150")]


def test_risks_and_agreements(document: Page) -> None:
    assert document.table("Risk").rows == [["Leverantören går i konkurs", "2", "Hög", "Exitplan", "Förbundsdirektören"]]
    agreements = document.table("Avtal")
    assert agreements.headers == ["Avtal", "Leverantör", "Avtalsnummer", "Giltigt", "Uppsägning", "Förlängning"]
    shown = [[cell.replace(NBSP, " ") for cell in row] for row in agreements.rows]  # "2017-04-01 –" stays whole
    assert shown == [["Drift och support av e-arkivet", "Arkivbolaget AB", "AVT-2017-04",
                                "2017-04-01 – 2020-03-31", "6 månader, senast 2019-09-30",
                                "1 + 1 år, beslut senast 2019-09-30"]]


def test_unplaced_milestones_and_annual_cycle_are_in_the_appendix_in_the_order_written(document: Page) -> None:
    text = document.all_text
    # Each unplaced part is an appendix of its own, titled by what it is, in the order written.
    milestones_at = text.rindex(": Milstolpar och releaser")  # the heading, after the contents' entry
    assert "övriga uppgifter" not in text
    assert text.rindex("Bilaga ", 0, milestones_at) < milestones_at < text.rindex(": Årshjul")
    milestones = document.table("När")
    assert milestones.headers == ["När", "Milstolpe/Release", "Beskrivning"]
    assert milestones.rows == [["Q2 2019", "Version 3 i drift (release)", "Ny plattform"],
                               ["2020-12-31", "Alla medlemmar anslutna", ""]]
    cycle = [t for t in document.tables if t.headers == ["När", "Forum", "Beslut/aktivitet"]][0]
    assert [row[0] for row in cycle.rows] == ["Q1", "oktober", "Q2"]
    assert cycle.rows[1] == ["oktober", "Förbundsdirektionen", "Verksamhetsplan och budget"]


def test_fees_in_swedish_money_with_ore(document: Page) -> None:
    fees = document.table("Avgift")
    assert fees.column("Belopp") == [nb("27 kr") + " per kommuninvånare och år",
                                     nb("4 kr") + " per kommuninvånare, en gång",
                                     nb("50 000 kr") + " per medlem och år",
                                     nb("27,50 kr") + " per medlem och år"]
    assert fees.row("Anslutningsavgift")[2] == "Sjöstad"
    assert fees.row("Sökavgift")[3] == "Tas ut per beställning."


def test_population_with_date_source_and_a_computed_sum(document: Page) -> None:
    table = document.table("Kommun")
    assert table.rows[:2] == [["Älvby", nb("100 000")], ["Sjöstad", nb("96 363")]]
    assert [cell.strip("*") for cell in table.rows[2]] == ["Summa (beräknat)", nb("196 363")]
    assert "Folkmängd 31 december 2017 enligt SCB" in document.all_text


def test_split_key_by_basis_and_the_surplus_rule(document: Page) -> None:
    keys = document.table("Fördelningsnyckel")
    assert keys.rows == [["Gemensamma kostnader", f"30{NBSP}% lika mellan medlemmarna, 70{NBSP}% efter folkmängd"]]
    assert "Ett överskott återbetalas till medlemmarna." in document.all_text
    assert "Återbetalas efter folkmängd." in document.all_text


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_new_part_can_be_placed_and_is_listed_when_not(fmt: str) -> None:
    """Each part renders where a part: block places it; a plan placing none lists them all in the appendix."""
    from forvaltning_cli.render.view import PART_TITLES

    data = copy.deepcopy(PLAN)
    data["sections"] = [{"id": "inledning", "number": "1", "title": "Inledning",
                         "content": [{"text": "Allt annat står i bilagan."}]}]
    text = render(data, fmt)
    appendix = text[text.index("Bilaga 1: ", text.index("Allt annat står i bilagan.")):]
    for part in ("goals.measurable", "scope.processes", "scope.components", "scope.user_groups", "stakeholders",
                 "roles", "activities", "resources", "risks", "agreements", "milestones", "annual_cycle",
                 "financing.fees", "financing.population", "financing.surplus", "financing.split_keys", "budget"):
        assert PART_TITLES[part] in appendix, part
    assert "Revisionshistorik" not in appendix  # its own place: after the document information


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_placed_part_the_plan_does_not_have_shows_nothing(fmt: str) -> None:
    from forvaltning_cli.render.view import PART_TITLES

    data = copy.deepcopy(PLAN)
    for key in ("scope", "stakeholders", "roles", "activities", "resources", "risks", "agreements", "milestones",
                "annual_cycle"):
        del data[key]
    data["goals"] = {}
    data["financing"] = {}
    data["document"].pop("revisions")
    parts = [name for name in PART_TITLES if name not in ("budget", "financing.split", "abbreviations") and
             not name.startswith(("goals.o", "goals.l", "goals.s", "assignments.", "organisation.", "financing.p",
                                  "financing.s", "financing.i", "related", "references", "contacts"))]
    data["sections"] = [{"id": "tomt", "title": "Tomt", "content": [{"part": name} for name in parts]}]
    assert {"risks", "scope.processes", "document.revisions", "financing.fees", "goals.measurable"} <= set(parts)
    shown = page(data, fmt)  # the budget, not placed, is in the appendix
    assert [t.headers for t in shown.tables if t.headers and t.headers[0] not in ("Uppgift", "Benämning")] == []


# --------------------------------------------------------------------------------------------
# Hostile text in every new field
# --------------------------------------------------------------------------------------------

HOSTILE = "<script>alert(1)</script> | *fet* [x](javascript:alert(2)) =cmd|' /C calc'!A0 \x1b[31mröd\x1b]8;;x\x07"

FIELDS = [
    ("document", "registry_number"), ("document", "case"), ("document", "edition"),
    ("document", "handler", "name"), ("document", "handler", "phone"), ("document", "handler", "postal_address"),
    ("document", "document_owner", "title"), ("document", "address", "organisation"),
    ("document", "revisions", 0, "change"), ("document", "revisions", 0, "by"), ("document", "revisions", 0, "version"),
    ("goals", "measurable", 0, "goal"), ("goals", "measurable", 0, "indicator"), ("goals", "measurable", 0, "baseline"),
    ("goals", "measurable", 0, "target"), ("goals", "measurable", 0, "outcome"), ("goals", "measurable", 0, "owner"),
    ("budget", "title"), ("budget", "columns", 0, "heading"), ("budget", "items", 2, "result"),
    ("budget", "items", 0, "group"), ("budget", "items", 0, "subtotal", "label"),
    ("scope", "description"), ("scope", "processes", 0, "name"), ("scope", "processes", 0, "description"),
    ("scope", "components", 0, "name"), ("scope", "user_groups", 1, "volume"), ("scope", "user_groups", 0, "name"),
    ("stakeholders", 0, "name"), ("stakeholders", 0, "interest"), ("stakeholders", 0, "involvement"),
    ("roles", 0, "role"), ("roles", 0, "name"), ("roles", 0, "organisation"), ("roles", 0, "phone"),
    ("roles", 0, "responsibility"),
    ("activities", 0, "name"), ("activities", 0, "description"), ("activities", 0, "owner"),
    ("resources", 1, "role"), ("resources", 1, "name"),
    ("risks", 0, "risk"), ("risks", 0, "measure"), ("risks", 0, "owner"),
    ("agreements", 0, "name"), ("agreements", 0, "supplier"), ("agreements", 0, "reference"),
    ("agreements", 0, "notice"), ("agreements", 0, "renewal"),
    ("milestones", 0, "name"), ("milestones", 0, "description"),
    ("annual_cycle", 0, "forum"), ("annual_cycle", 0, "decision"),
    ("financing", "fees", 0, "name"), ("financing", "fees", 3, "text"), ("financing", "fees", 1, "members", 0),
    ("financing", "population", "source"), ("financing", "surplus", "text"),
    ("financing", "split_keys", 0, "text"), ("financing", "split_keys", 0, "basis", "members", 0),
]


def _with(data: dict, path: tuple, value: str) -> dict:
    """A copy of ``data`` with ``value`` at ``path`` (a missing list or mapping on the way is made)."""
    data = copy.deepcopy(data)
    where = data
    for step, following in zip(path, path[1:]):
        if isinstance(where, dict) and step not in where:
            where[step] = [] if isinstance(following, int) else {}
        where = where[step]
    if isinstance(where, list) and path[-1] >= len(where):
        where.append(value)
    else:
        where[path[-1]] = value
    return data


@pytest.mark.parametrize("path", FIELDS, ids=lambda path: ".".join(map(str, path)))
@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_text_in_every_new_field_is_inert(fmt: str, path: tuple) -> None:
    data = _with(PLAN, path, HOSTILE)
    if path[-2:] == ("members", 0):
        data["financing"]["population"]["counts"][HOSTILE] = 1  # a member is one of the population
    text = render(data, fmt)
    assert "\x1b" not in text and "\x07" not in text
    shown = Page(text if fmt == "html" else markdown_html(text))
    assert not [tag for tag, _ in shown.tags if tag == "script"]
    assert not [a for tag, a in shown.tags if any(k.startswith("on") for k in a)]
    assert not [a for tag, a in shown.tags if tag == "a" and "javascript" in (a.get("href") or "").lower()]
    # The text is shown, as text: the pipe does not split a table cell, the escapes are spelt out.
    everything = shown.all_text
    assert "=cmd|' /C calc'!A0" in everything and "\\x1b[31mröd" in everything
    assert "<script>alert(1)</script>" in everything
    cells = [cell for table in shown.tables for row in table.rows + [table.headers] for cell in row]
    in_a_cell = [cell for cell in cells if "=cmd|' /C calc'!A0" in cell]
    if path not in (("scope", "description"), ("financing", "surplus", "text"),  # paragraphs
                    ("budget", "title"), ("financing", "population", "source")):  # captions
        assert in_a_cell, "the text left its table cell"
        assert all("<script>alert(1)</script>" in cell for cell in in_a_cell)


# --------------------------------------------------------------------------------------------
# The command, PDF, and what a person sees
# --------------------------------------------------------------------------------------------


def test_the_command_renders_such_a_plan(tmp_path: Path) -> None:
    source = tmp_path / "arkiv.yaml"
    source.write_text(json.dumps(PLAN, ensure_ascii=False, indent=1), encoding="utf-8")
    out = tmp_path / "arkiv.md"
    result = run_plan("render", str(source), "--allow-errors", "-f", "md", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "| Diarienummer | KF 2018/0123 |" in out.read_text(encoding="utf-8")


EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kommunalforbund" / "2019-arkivplan.yaml"


@pytest.mark.slow
def test_pdf_has_the_new_parts(tmp_path: Path) -> None:
    require("poppler", "pango", "fonts-dejavu")
    source = tmp_path / "arkiv.yaml"
    source.write_text(json.dumps(PLAN, ensure_ascii=False, indent=1), encoding="utf-8")
    out = tmp_path / "arkiv.pdf"
    result = run_plan("render", str(source), "--allow-errors", "-f", "pdf", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.replace(NBSP, " ").split())
    for expected in ("Diarienummer KF 2018/0123", "Revisionshistorik", "Utfall 2017", "Plan 2021",
                     "Medlemsavgifter 5 100 5 200 5 302 5 400 5 500", f"{MINUS}100", "beräknat", "Belopp i tkr",
                     "NKI", "Q4 2019", "Förvaltningsstyrning", "Cecilia Ek", "Leverantören går i konkurs",
                     "AVT-2017-04", "Version 3 i drift", "Årshjul", "27,50 kr per medlem och år",
                     "Summa (beräknat) 196 363", "70 % efter folkmängd"):
        assert expected in flat, expected
    if not EXAMPLE.exists():
        return
    # The shipped example: its year columns, fees, population sum and milestones are on the pages.
    from forvaltning_cli.lint import Settings, lint
    from forvaltning_cli.render.view import DocumentView  # the document's own wording of a fee

    example = lint(EXAMPLE, EXAMPLE.name, Settings.load()).plan
    out = tmp_path / "exempel.pdf"
    done = run_plan("render", str(EXAMPLE), "--allow-errors", "-f", "pdf", "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.replace(NBSP, " ").split())
    expected = [column.heading for column in example.budget.columns]
    # a fee's text wraps in its cell; its price starts the first line ("27 kr per")
    expected += [DocumentView.fee_text(fee).replace(NBSP, " ").split(" per ")[0] + " per" for fee in example.financing.fees]
    expected += [str(milestone.when) for milestone in example.milestones]
    if example.financing.population:
        total = sum(example.financing.population.counts.values())
        expected.append(f"Summa (beräknat) {total:,}".replace(",", " "))
    for item in expected:
        assert item in flat, item
