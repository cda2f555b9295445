"""``plan split`` for real plans from other organisations (issue 13): tables in tkr and mnkr,
income beside costs, split keys by equal share and population, fees per inhabitant."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import PLANS, plan
from forvaltning_cli.budget import allocate
from forvaltning_cli.load import load_text
from forvaltning_cli.split import split_plan
from forvaltning_cli.split.allocate import KeySource, SplitProblem, basis_weights

HEAD = """\
schema_version: 1
document:
  title: Verksamhetsplan 2019
period:
  year: 2019
sections:
  - title: Budget
    content:
      - part: budget
"""

# A kommunalförbund: a result statement in tkr with income, a 30/70 key, fees per inhabitant.
FORBUND = HEAD + """\
budget:
  title: Budget 2019 (tkr)
  year: 2019
  unit: tkr
  items:
    - {id: avgifter, name: Medlemsavgifter, kind: income, amount: 5300}
    - {id: forsaljning, name: Försäljning, kind: income, amount: 200}
    - {id: personal, name: Personal, amount: 3200}
    - {id: drift, name: Drift, amount: 1100}
    - {id: avskrivningar, name: Avskrivningar, kind: depreciation, amount: 150}
    - {id: server, name: Ny server, kind: investment, amount: 400}
    - {result: Resultat, amount: 1050}
financing:
  fees:
    - {id: medlemsavgift, name: Medlemsavgift, price: 27.50, per: inhabitant, income_line: avgifter}
    - {id: anslutning, name: Anslutningsavgift, price: 4, per: inhabitant, recurrence: once, members: [Sjöstad]}
    - {id: grundavgift, name: Grundavgift, price: 10000, per: member}
  population:
    date: 2017-12-31
    counts: {Älvby: 100000, Sjöstad: 96363, Bergby: 7}
  split_keys:
    - {id: mix, text: 30 % lika och 70 % efter invånare, basis: {equal: 30, population: 70}}
"""


def _plan(text: str):
    loaded = load_text(textwrap.dedent(text), "plan.yaml")
    assert loaded.plan is not None, loaded.findings
    return loaded.plan


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _shares_plan(unit: str, amount: int, parties: dict[str, int] | None = None, shares=(30, 70)) -> str:
    stated = f", parties: {{VGK: {parties['VGK']}, VGR: {parties['VGR']}}}" if parties else ", split_key: k"
    return HEAD + f"""\
budget:
  title: Budget 2019
  year: 2019
  unit: {unit}
  parties: [VGK, VGR]
  items:
    - {{id: rad, name: Rad, amount: {amount}{stated}}}
financing:
  parties:
    - {{id: VGK, name: Kommunerna}}
    - {{id: VGR, name: Regionen}}
  split_keys:
    - {{id: k, text: nyckel, shares: {{VGK: {shares[0]}, VGR: {shares[1]}}}}}
"""


# --------------------------------------------------------------------------------------------
# tkr and mnkr are kronor × 1 000 and × 1 000 000, exactly, before anything is allocated
# --------------------------------------------------------------------------------------------


def test_a_tkr_table_is_split_in_kronor() -> None:
    split = split_plan(_plan(_shares_plan("tkr", 1, shares=(50, 50))))
    (line,) = split.lines
    # 1 tkr is 1 000 kr: 500/500, not 1 tkr to one party and 0 to the other.
    assert line.amount == 1000 and line.computed == {"VGK": 500, "VGR": 500}
    split = split_plan(_plan(_shares_plan("mnkr", 7, shares=(30, 70))))
    assert split.lines[0].computed == {"VGK": 2_100_000, "VGR": 4_900_000}
    assert split.total() == 7_000_000 and split.unit == "mnkr"


def test_stated_tkr_amounts_follow_the_key_within_one_unit() -> None:
    # 1 234 tkr by 30/70 is 370,2 / 863,8 tkr: the table states 370 / 864.
    split = split_plan(_plan(_shares_plan("tkr", 1234, {"VGK": 370, "VGR": 864})))
    (line,) = split.lines
    assert line.key_source == KeySource.FOLLOWS
    assert line.computed == {"VGK": 370_200, "VGR": 863_800}
    assert line.stated == {"VGK": 370_000, "VGR": 864_000}
    assert line.differences == {}  # less than one tkr apart: the table's own rounding
    off = split_plan(_plan(_shares_plan("tkr", 1234, {"VGK": 300, "VGR": 934}))).lines[0]
    assert off.differences == {"VGK": -70_200, "VGR": 70_200}


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["kr", "tkr", "mnkr"]), st.integers(0, 10**6), st.integers(0, 100))
def test_any_unit_splits_to_the_krona(unit: str, amount: int, share: int) -> None:
    split = split_plan(_plan(_shares_plan(unit, amount, shares=(share, 100 - share))))
    kronor = amount * {"kr": 1, "tkr": 1000, "mnkr": 1_000_000}[unit]
    (line,) = split.lines
    assert line.amount == kronor and sum(line.computed.values()) == kronor
    # Allocated in kronor, not in the table's unit: each part within a krona of its exact share.
    assert abs(line.computed["VGK"] - Fraction(kronor * share, 100)) < 1
    assert split.party_totals() == line.computed


def test_tkr_split_on_the_command_line_says_so(tmp_path: Path) -> None:
    result = plan("split", str(_write(tmp_path, _shares_plan("tkr", 1234, {"VGK": 370, "VGR": 864}))),
                  "-f", "csv", "--delimiter", ",")
    assert result.returncode == 0, result.stderr
    assert "budgeten anges i tkr; alla belopp nedan är omräknade till kronor" in result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[2] == ["Rad", "1234000", "k (följer)", "370200", "370000", "0", "863800", "864000", "0"]


# --------------------------------------------------------------------------------------------
# Only costs are split
# --------------------------------------------------------------------------------------------


def test_income_and_investments_are_not_split_as_costs() -> None:
    split = split_plan(_plan(FORBUND))
    assert [line.id for line in split.lines] == ["personal", "drift", "avskrivningar"]
    assert split.total() == 4_450_000  # 3 200 + 1 100 + 150 tkr; not the income, not the server
    assert [(o.id, o.kind, o.amount) for o in split.left_out] == [
        ("avgifter", "income", 5_300_000), ("forsaljning", "income", 200_000), ("server", "investment", 400_000)]
    for line in split.lines:
        assert line.key == "mix" and line.key_source == KeySource.ONLY
        assert sum(line.computed.values()) == line.amount


def test_costs_written_as_negative_numbers_are_split_as_costs() -> None:
    text = FORBUND.replace("  unit: tkr\n", "  unit: tkr\n  costs_negative: true\n").replace(
        "amount: 3200}", "amount: -3200}").replace("amount: 1100}", "amount: -1100}").replace(
        "amount: 150}", "amount: -150}")
    split = split_plan(_plan(text))
    assert [line.amount for line in split.lines] == [3_200_000, 1_100_000, 150_000]
    assert all(v > 0 for line in split.lines for v in line.computed.values())


def test_left_out_lines_in_every_format(tmp_path: Path) -> None:
    path = _write(tmp_path, FORBUND)
    table = plan("split", str(path))
    assert table.returncode == 0, table.stderr
    assert "3 rader fördelas inte (intäkt och investering): bara kostnader fördelas" in table.stderr
    assert "Fördelas inte" in table.stdout and "Ny server" in table.stdout
    document = json.loads(plan("split", str(path), "-f", "json").stdout)
    assert [line["id"] for line in document["lines"]] == ["personal", "drift", "avskrivningar"]
    assert document["left_out"][2] == {"id": "server", "name": "Ny server", "kind": "investment", "amount": 400000}
    text = plan("split", str(path), "-f", "csv").stdout
    assert "Fördelas inte (intäkter och investeringar)\nRad;Slag;Belopp\nMedlemsavgifter;intäkt;5300000\n" in text


# --------------------------------------------------------------------------------------------
# Keys by equal share and by population
# --------------------------------------------------------------------------------------------


def test_a_30_70_key_splits_between_the_members() -> None:
    split = split_plan(_plan(FORBUND))
    personal = split.lines[0]
    # 3 200 000 kr: 30 % equally (320 000 each) and 70 % by 196 370 inhabitants.
    exact = {m: Fraction(960_000, 3) + Fraction(2_240_000 * n, 196_370)
             for m, n in (("Älvby", 100000), ("Sjöstad", 96363), ("Bergby", 7))}
    assert sum(personal.computed.values()) == 3_200_000
    assert all(abs(personal.computed[m] - exact[m]) < 1 for m in exact)
    assert split.parties == ["Älvby", "Sjöstad", "Bergby"]


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**9), st.integers(0, 100),
       st.dictionaries(st.text("abcdefghijklmnopqrstuvwxyzåäö", min_size=1, max_size=6),
                       st.integers(0, 10**6), min_size=1, max_size=12))
def test_basis_keys_sum_to_the_krona(amount: int, equal: int, counts: dict[str, int]) -> None:
    if equal < 100 and not any(counts.values()):
        counts[next(iter(counts))] = 1
    members = ", ".join(f"{name}: {count}" for name, count in counts.items())
    text = HEAD + f"""\
budget:
  title: Budget
  year: 2019
  items:
    - {{id: rad, name: Rad, amount: {amount}}}
financing:
  population:
    counts: {{{members}}}
  split_keys:
    - {{id: k, text: nyckel, basis: {{equal: {equal}, population: {100 - equal}}}}}
"""
    model = _plan(text)
    line = split_plan(model).lines[0]
    assert sum(line.computed.values()) == amount
    weights = basis_weights(model.financing.split_keys[0], model)
    assert sum(weights.values()) == 1
    for member, part in line.computed.items():
        assert abs(part - amount * weights[member]) < 1  # largest remainder over the exact weights
    assert line.computed == allocate(amount, weights)


def test_a_basis_key_without_population_is_a_clear_problem() -> None:
    text = FORBUND.replace("  population:\n    date: 2017-12-31\n    counts: {Älvby: 100000, Sjöstad: 96363, Bergby: 7}\n",
                           "")
    with pytest.raises(SplitProblem, match="fördelningsnyckeln 'mix' nämner inga medlemmar"):
        split_plan(_plan(text))
    lacking = FORBUND.replace("basis: {equal: 30, population: 70}",
                              "basis: {equal: 30, population: 70, members: [Älvby, Okänd]}")
    with pytest.raises(SplitProblem, match="saknar Okänd"):
        split_plan(_plan(lacking))


# --------------------------------------------------------------------------------------------
# Fees per member
# --------------------------------------------------------------------------------------------


def test_fees_per_member_are_exact_to_the_ore() -> None:
    fees = split_plan(_plan(FORBUND)).fees
    assert fees is not None
    rows = {row.member: row for row in fees.rows}
    assert rows["Sjöstad"].amounts == {"medlemsavgift": Decimal("2649982.50"), "anslutning": Decimal(385452),
                                       "grundavgift": Decimal(10000)}
    assert rows["Älvby"].amounts["anslutning"] is None  # the joining fee is Sjöstad's only
    assert fees.fee_total("medlemsavgift") == Decimal("27.50") * 196370
    assert fees.total() == sum(row.total for row in fees.rows)


def test_fees_in_every_format(tmp_path: Path) -> None:
    path = _write(tmp_path, FORBUND)
    document = json.loads(plan("split", str(path), "-f", "json").stdout)
    sjostad = document["fees"]["members"][1]
    assert sjostad == {"member": "Sjöstad", "inhabitants": 96363,
                       "amounts": {"medlemsavgift": "2649982.50", "anslutning": 385452, "grundavgift": 10000},
                       "total": "3045434.50"}
    assert document["fees"]["fees"][0]["price"] == "27.50"
    swedish = plan("split", str(path), "-f", "csv").stdout
    assert "Sjöstad;96363;2649982,50;385452;10000;3045434,50\n" in swedish
    assert "Medlem;Invånare;Medlemsavgift (27,50 kr/invånare);Anslutningsavgift (4 kr/invånare, engångs);" \
           "Grundavgift (10 000 kr/medlem);Summa" in swedish.replace("\u00a0", " ")
    comma = plan("split", str(path), "-f", "csv", "--delimiter", ",").stdout
    assert "Sjöstad,96363,2649982.50,385452,10000,3045434.50\n" in comma
    terminal = plan("split", str(path), env={"COLUMNS": "200"}).stdout
    assert "2\u00a0649\u00a0982,50" in terminal


def test_fees_in_a_spreadsheet_are_numbers(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "split.xlsx"
    assert plan("split", str(_write(tmp_path, FORBUND)), "-f", "xlsx", "-o", str(out)).returncode == 0
    sheet = load_workbook(out)["Avgifter per medlem"]
    header, _alvby, sjostad = [[c for c in row] for row in sheet.iter_rows(max_row=3)]
    assert sjostad[0].value == "Sjöstad"
    assert sjostad[1].value == 96363 and sjostad[1].number_format == "#,##0"  # inhabitants are not kronor
    assert Decimal(str(sjostad[2].value)) == Decimal("2649982.50") and "0.00" in sjostad[2].number_format


def test_plan_text_in_fees_and_members_stays_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    hostile = FORBUND.replace("name: Medlemsavgift,", 'name: "=HYPERLINK(\\"http://x\\")",').replace(
        "Älvby: 100000", '"@SUM(A1)": 100000').replace("name: Grundavgift,", 'name: "\\e[31mröd",')
    path = _write(tmp_path, hostile)
    text = plan("split", str(path), "-f", "csv").stdout
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text
    out = tmp_path / "split.xlsx"
    assert plan("split", str(path), "-f", "xlsx", "-o", str(out)).returncode == 0
    sheet = load_workbook(out)["Avgifter per medlem"]
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert all(c.data_type == "s" for c in cells)
    assert any(c.value.startswith("=HYPERLINK") and c.quotePrefix for c in cells)
    terminal = plan("split", str(path), env={"COLUMNS": "250"}).stdout
    assert "\x1b[31m" not in terminal and "röd" in terminal


# --------------------------------------------------------------------------------------------
# The shipped plans: the same bytes as before
# --------------------------------------------------------------------------------------------

WEBSESAM_CSV = (
    "\ufeffFördelning per finansieringskälla\r\n"
    "Rad;Belopp;samarbetsavtalet;överenskommelsen;grundutrustning\r\n"
    "delsumma VGR IT debiterar;1489000;1191200;223350;74450\r\n"
    "Oförutsedda kostnader såsom löpande leverantörskostnader;0;0;0;0\r\n"
    "Support 100% tjänsteköp från HMC;594000;475200;89100;29700\r\n"
    "Utveckling inkl. uppgraderingar mm. från Visma;30000;24000;4500;1500\r\n"
    "Funktionskoordinator 100% (Regionutvecklare Koncernkontoret);782000;625600;117300;39100\r\n"
    "Totalt;2895000;2316000;434250;144750\r\n"
)


def test_shipped_plans_split_as_before(tmp_path: Path) -> None:
    out = tmp_path / "split.csv"
    assert plan("split", str(PLANS / "2025-websesam.yaml"), "-f", "csv", "-o", str(out)).returncode == 0
    assert out.read_bytes() == WEBSESAM_CSV.encode("utf-8")
    shvo = plan("split", str(PLANS / "2026-shvo.yaml"), "-f", "json")
    document = json.loads(shvo.stdout)
    assert "left_out" not in document and "fees" not in document
    assert "omräknade" not in shvo.stderr and "fördelas inte" not in shvo.stderr
    assert document["total"] == 15_900_000


EXAMPLE = PLANS.parent / "examples" / "kommunalforbund" / "2019-arkivplan.yaml"


@pytest.mark.skipif(not EXAMPLE.exists(), reason="the example plan is not there")
def test_the_example_plan_splits_its_costs_to_the_krona() -> None:
    model = _plan(EXAMPLE.read_text(encoding="utf-8"))
    split = split_plan(model)
    unit = model.budget.kronor_per_unit
    costs = [line for line in split.lines]
    assert costs and all(line.amount is not None and line.amount % unit == 0 for line in costs)
    for line in costs:
        if line.computed:
            assert sum(line.computed.values()) == line.amount
    assert sum(split.party_totals().values()) == sum(line.amount for line in costs if line.computed)
    assert all(o.kind in ("income", "investment") for o in split.left_out)
