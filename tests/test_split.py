"""``plan split``: exact allocation per party, source, municipality and month."""

from __future__ import annotations

import csv
import io
import json
import random
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import PLANS, ROOT, plan
from forvaltning_cli.model import (
    Budget, BudgetLine, Document, Financing, FinancingSource, Party, Period, Plan, Section, SplitKey, Status,
)
from forvaltning_cli.split import Population, period_months, split_plan, split_population

POPULATION = ROOT / "data" / "folkmangd-vastra-gotaland-2024.csv"


def make_plan(lines, keys, members=None, sources=None) -> Plan:
    parties = sorted({p for _, shares in keys for p in shares})
    return Plan(
        schema_version=1,
        document=Document(title="Förvaltningsplan 2025", status=Status.UTGAVA),
        period=Period(year=2025),
        sections=[Section(title="Inledning")],
        budget=Budget(
            title="Budget 2025", year=2025, parties=parties,
            items=[BudgetLine(id=f"l{i}", name=f"Rad {i}", amount=amount, split_key=key) for i, (amount, key) in enumerate(lines)],
        ),
        financing=Financing(
            parties=[Party(id=p, name=p, members=members if p == "VGK" else None) for p in parties],
            split_keys=[SplitKey(id=k, text=k, shares={p: Decimal(v) for p, v in shares.items()}) for k, shares in keys],
            sources=[FinancingSource(id=s, name=s, share=Decimal(v)) for s, v in (sources or [])],
        ),
    )


@st.composite
def percent_split(draw, parts: int) -> list[int]:
    cuts = sorted(draw(st.lists(st.integers(0, 100), min_size=parts - 1, max_size=parts - 1)))
    bounds = [0, *cuts, 100]
    return [b - a for a, b in zip(bounds, bounds[1:])]


@st.composite
def scenarios(draw):
    keys = []
    for k in range(draw(st.integers(1, 3))):
        vgk, vgr = draw(percent_split(2))
        keys.append((f"k{k}", {"VGK": vgk, "VGR": vgr}))
    amounts = st.one_of(st.sampled_from([0, 1, 2, 3, 99, 100, 101]), st.integers(0, 10**9))
    lines = draw(st.lists(st.tuples(amounts, st.sampled_from([k for k, _ in keys])), min_size=1, max_size=15))
    names = draw(st.lists(st.text("abcdefghijklmnopqrstuvwxyzåäö", min_size=1, max_size=8), min_size=1, max_size=25, unique=True))
    figures = draw(st.lists(st.one_of(st.just(0), st.integers(0, 700_000)), min_size=len(names), max_size=len(names)))
    if not any(figures):
        figures[0] = 1
    sources = list(zip(["a", "b", "c"], draw(percent_split(3))))
    return keys, lines, dict(zip(names, figures)), sources


def _check(keys, lines, population, sources):
    plan = make_plan(lines, keys, members=list(population), sources=sources)
    split = split_plan(plan)
    split_population(split, Population(population, "test"))
    split.months = period_months(plan)
    for line in split.lines:
        assert sum(line.computed.values()) == line.amount
        assert sum(line.sources.values()) == line.amount
        assert all(v >= 0 for v in [*line.computed.values(), *line.sources.values()])
    totals = split.party_totals()
    assert sum(totals.values()) == split.total() == sum(a for a, _ in lines)
    assert sum(split.source_totals().values()) == split.total()
    assert sum(split.municipalities.values()) == totals["VGK"]
    assert all(v >= 0 for v in split.municipalities.values())
    assert all(split.municipalities[n] == 0 for n, f in population.items() if f == 0)
    for amount in [*split.municipalities.values(), *totals.values()]:
        months = split.monthly(amount)
        assert len(months) == 12 and sum(months) == amount and max(months) - min(months) <= 1
    return split


@settings(max_examples=150, deadline=None)
@given(scenarios(), st.randoms())
def test_every_allocation_sums_to_its_parent_and_ignores_input_order(scenario, rnd) -> None:
    keys, lines, population, sources = scenario
    first = _check(keys, lines, population, sources)
    shuffled_lines = list(enumerate(lines))
    rnd.shuffle(shuffled_lines)
    shuffled_population = list(population.items())
    rnd.shuffle(shuffled_population)
    keys_reversed = [(k, dict(reversed(list(s.items())))) for k, s in keys]
    second = _check(keys_reversed, [l for _, l in shuffled_lines], dict(shuffled_population), list(reversed(sources)))
    by_line_first = {(a, k, i): line.computed for i, ((a, k), line) in enumerate(zip(lines, first.lines))}
    for position, (original_index, (amount, key)) in enumerate(shuffled_lines):
        assert second.lines[position].computed == by_line_first[(amount, key, original_index)]
    assert first.municipalities == second.municipalities
    assert first.party_totals() == second.party_totals()
    assert first.source_totals() == second.source_totals()


def test_tiny_amounts_and_ties_are_deterministic() -> None:
    split = split_plan(make_plan([(1, "half"), (3, "half")], [("half", {"VGK": 50, "VGR": 50})]))
    assert [line.computed for line in split.lines] == [{"VGK": 1, "VGR": 0}, {"VGK": 2, "VGR": 1}]


# --------------------------------------------------------------------------------------------
# The shipped plans
# --------------------------------------------------------------------------------------------


def test_shvo_split_reproduces_the_stated_amounts_that_follow_the_model() -> None:
    document = json.loads(plan("split", "plans/2026-shvo.yaml", "-f", "json").stdout)
    lines = {line["name"]: line for line in document["lines"]}
    for name in ("Drift och licens", "Processledare/Funktionskoordinatorer (580%)",
                 "Utveckling inkluderat teknisk resurs", "Support (ta höjd för ev. ökat behov under året)"):
        assert lines[name]["key_source"] == "follows"
        assert lines[name]["computed"] == lines[name]["stated"]
        assert lines[name]["differences"] == {}
    meetings = lines["Möten, utbildning, kommunikation"]
    assert meetings["key_source"] == "nearest"
    assert meetings["computed"] == {"VGK": 90000, "VGR": 210000}
    assert meetings["differences"] == {"VGK": 10000, "VGR": -10000}
    assert document["party_totals"] == {"VGK": {"computed": 5790000, "stated": 5740000},
                                        "VGR": {"computed": 10110000, "stated": 10260000}}


def test_websesam_split_by_financing_sources() -> None:
    document = json.loads(plan("split", "plans/2025-websesam.yaml", "-f", "json").stdout)
    assert document["total"] == 2895000
    assert document["source_totals"] == {"samarbetsavtalet": 2316000, "overenskommelsen": 434250, "grundutrustning": 144750}
    group = document["lines"][0]
    assert (group["name"], group["amount"]) == ("delsumma VGR IT debiterar", 1489000)


def test_terminal_table_marks_differences() -> None:
    result = plan("split", "plans/2026-shvo.yaml")
    assert result.returncode == 0
    assert "it-tjanst (närmast; följs inte)" in result.stdout
    assert "−10\u00a0000" in result.stdout
    assert "planen har 3 fel" in result.stderr


# --------------------------------------------------------------------------------------------
# Population data
# --------------------------------------------------------------------------------------------


def test_shipped_population_file_with_missing_figures_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "split.csv"
    result = plan("split", "plans/2026-shvo.yaml", "--population", str(POPULATION), "-f", "csv", "-o", str(out))
    assert result.returncode == 1
    for row, name in ((40, "Stenungsund"), (43, "Tanum"), (47, "Tranemo"), (51, "Ulricehamn"), (52, "Vara")):
        assert f"rad {row}: {name} saknar folkmängd" in result.stderr
    assert "inget fördelas" in result.stderr
    assert not out.exists()


def _population(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "pop.csv"
    path.write_text("# kommentar\nkommun,folkmangd\n" + rows, encoding="utf-8")
    return path


def _complete(tmp_path: Path) -> Path:
    """The shipped file with the five missing figures filled in (93 536 in all, as its comment says)."""
    text = POPULATION.read_text(encoding="utf-8")
    for name, figure in (("Stenungsund", 27802), ("Tanum", 13101), ("Tranemo", 11742), ("Ulricehamn", 24909), ("Vara", 15982)):
        text = text.replace(f"{name},,", f"{name},{figure},T")
    path = tmp_path / "complete.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_population_split_and_monthly_csv(tmp_path: Path) -> None:
    result = plan("split", "plans/2026-shvo.yaml", "--population", str(_complete(tmp_path)), "--monthly", "-f", "csv")
    assert result.returncode == 0, result.stderr
    raw = result.stdout
    assert raw.startswith("\ufeff")
    blocks = [b for b in raw.lstrip("\ufeff").replace("\r\n", "\n").split("\n\n") if b.strip()]
    municipal = list(csv.reader(io.StringIO(blocks[1]), delimiter=";"))
    assert municipal[0] == ["VGK per kommun, efter folkmängd"]
    rows = municipal[2:-1]
    assert len(rows) == 49
    for row in rows:
        assert sum(map(int, row[2:])) == int(row[1])
    assert sum(int(r[1]) for r in rows) == int(municipal[-1][1]) == 5790000
    goteborg = next(r for r in rows if r[0] == "Göteborg")
    assert int(goteborg[1]) == round(5790000 * 608993 / 1772821)


def test_plain_comma_csv(tmp_path: Path) -> None:
    out = tmp_path / "split.csv"
    assert plan("split", "plans/2025-websesam.yaml", "-f", "csv", "--delimiter", ",", "-o", str(out)).returncode == 0
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"Totalt,2895000,2316000,434250,144750" in data


def test_population_errors_name_the_rows(tmp_path: Path) -> None:
    bad = _population(tmp_path, "Ale,100\nAle,200\nBorås,12x\nLerum,-5\nMölndal,\n")
    result = plan("split", "plans/2026-shvo.yaml", "--population", str(bad))
    assert result.returncode == 1
    for message in ("rad 4: Ale finns redan på rad 3", "rad 5: folkmängden för Borås är inte ett heltal ('12x')",
                    "rad 6: folkmängden för Lerum är negativ ('-5')", "rad 7: Mölndal saknar folkmängd"):
        assert message in result.stderr
    short = _population(tmp_path, "Ale,100\nBorås,200\n")
    result = plan("split", "plans/2026-shvo.yaml", "--population", str(short))
    assert result.returncode == 1 and "filen har 2 kommuner, men VGK består av 49" in result.stderr


def test_unknown_and_lacking_municipalities(tmp_path: Path) -> None:
    text = (PLANS / "2026-shvo.yaml").read_text(encoding="utf-8").replace(
        "      member_count: 49\n", "      members: [Ale, Borås, Lerum]\n")
    (tmp_path / "plan.yaml").write_text(text, encoding="utf-8")
    pop = _population(tmp_path, "Ale,100\nBorås,200\nOslo,300\n")
    result = plan("split", str(tmp_path / "plan.yaml"), "--population", str(pop))
    assert result.returncode == 1
    assert "kommuner som inte ingår i VGK: Oslo" in result.stderr
    assert "kommuner i planen som filen saknar: Lerum" in result.stderr


def test_xlsx_is_a_real_spreadsheet(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "split.xlsx"
    result = plan("split", "plans/2026-shvo.yaml", "--population", str(_complete(tmp_path)), "-f", "xlsx", "-o", str(out))
    assert result.returncode == 0, result.stderr
    book = load_workbook(out)
    assert book.sheetnames == ["Fördelning per part", "VGK per kommun, efter folkmängd"]
    sheet = book["Fördelning per part"]
    assert [c.value for c in sheet[1]][:4] == ["Rad", "Belopp", "Nyckel", "Kommun beräknat"]
    assert sheet["B2"].value == 7900000 and sheet["B2"].number_format == '#,##0 "kr";-#,##0 "kr"'
    municipal = book["VGK per kommun, efter folkmängd"]
    values = [row[1] for row in municipal.iter_rows(min_row=2, values_only=True)]
    assert sum(values[:-1]) == values[-1] == 5790000
