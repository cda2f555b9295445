"""plan followup: the finance system's outcome export against the budget, and the section
"Uppföljning" of plan render --actuals."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import PLANS, ROOT, plan
from forvaltning_cli.followup import (Export, ExportRow, follow_up, months_elapsed, parse_amount, parse_date,
                                      read_export, round_kronor)
from forvaltning_cli.followup.reader import ExportProblem
from forvaltning_cli.lint.config import FOLLOWUP_COLUMNS, FollowupRule, FollowupSettings
from forvaltning_cli.load import load_file

EXAMPLE = ROOT / "examples" / "uppfoljning"
EXPORT = EXAMPLE / "websesam-utfall-2025.csv"
MAPPING = EXAMPLE / "koppling.toml"
WEBSESAM = PLANS / "2025-websesam.yaml"
SHVO = PLANS / "2026-shvo.yaml"
NBSP, THIN, NARROW = "\u00a0", "\u2009", "\u202f"

WEBSESAM_RULES = """\
[followup]
[[followup.rules]]
line = "vgr-it-drift"
account = "6541"
[[followup.rules]]
line = "support-hmc"
account = "6420"
[[followup.rules]]
line = "utveckling-visma"
account = "6545"
[[followup.rules]]
line = "funktionskoordinator"
account = "6430"
"""


def websesam_export(rows: list[str], *, bom: bool = True) -> str:
    """A Swedish Excel CSV with the columns of the example export."""
    text = "Period;Konto;Aktivitet;Text;Belopp\r\n" + "".join(row + "\r\n" for row in rows)
    return ("\ufeff" if bom else "") + text


def run_followup(tmp_path: Path, csv_text: str, *args: str, rules: str = WEBSESAM_RULES, plan_file: Path = WEBSESAM):
    (tmp_path / "utfall.csv").write_text(csv_text, encoding="utf-8", newline="")
    (tmp_path / "koppling.toml").write_text(rules, encoding="utf-8")
    return plan("followup", str(plan_file), "--actuals", str(tmp_path / "utfall.csv"),
                "--mapping", str(tmp_path / "koppling.toml"), *args)


# --------------------------------------------------------------------------------------------
# Reading Swedish Excel CSV and XLSX
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("1 234,50", "1234.50"),
    (f"1{NBSP}234{NBSP}567,89", "1234567.89"),
    (f"12{THIN}345,00", "12345.00"),
    (f"12{NARROW}345,5", "12345.5"),
    ("−1 250,00", "-1250.00"),
    ("-1250", "-1250"),
    ("(4 450,00)", "-4450.00"),
    ("1 234,50-", "-1234.50"),
    ("1234.50", "1234.50"),
    ("1.234,50", "1234.50"),
    ("12 500 kr", "12500"),
    ("+300", "300"),
    ("0", "0"),
])
def test_amounts_as_swedish_excel_writes_them_are_read_exactly(text: str, expected: str) -> None:
    value = parse_amount(text)
    assert isinstance(value, Decimal) and value == Decimal(expected)


@pytest.mark.parametrize("text, reason", [
    ("1.500", "tvetydigt"),
    ("abc", "inget belopp"),
    ("=SUMMA(A1:A3)", "formel"),
    ("", "saknas"),
    ("1,2,3", "inget belopp"),
    ("12e3", "inget belopp"),
    ("1" + "0" * 15, "orimligt stort"),
    ("1,1234567", "decimaler"),
])
def test_what_is_not_an_amount_is_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_amount(text)


@pytest.mark.parametrize("text, expected", [
    ("2025-03-14", dt.date(2025, 3, 14)),
    ("2025-02", dt.date(2025, 2, 28)),
    ("202412", dt.date(2024, 12, 31)),
    ("2024-02-29 00:00:00", dt.date(2024, 2, 29)),
])
def test_dates_and_periods(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


def test_the_example_export_is_read_row_by_row_with_its_file_row_numbers() -> None:
    export = read_export(EXPORT, FOLLOWUP_COLUMNS)
    assert len(export.rows) == 41
    assert sum(row.amount for row in export.rows) == Decimal("2899230.50")
    first = export.rows[0]
    # A BOM, two title rows and a blank row above the header: the first data row is row 5.
    assert (first.number, first.account, first.activity, first.date) == (5, "6541", "3060", dt.date(2025, 1, 31))
    assert first.text.startswith("VGR IT fast röd tjänst")  # "Text", not "Kontotext"
    assert [row.amount for row in export.rows if row.amount < 0] == [Decimal("-1250.00")]


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_the_separator_is_the_one_the_header_row_uses(tmp_path: Path, delimiter: str) -> None:
    amount = '"1 234,50"' if delimiter == "," else "1 234,50"
    text = delimiter.join(["Konto", "Belopp"]) + "\n" + delimiter.join(["6541", amount]) + "\n"
    (tmp_path / "e.csv").write_text(text, encoding="utf-8")
    export = read_export(tmp_path / "e.csv", FOLLOWUP_COLUMNS)
    assert [(r.account, r.amount) for r in export.rows] == [("6541", Decimal("1234.50"))]
    assert not export.has_dates


def test_a_title_with_commas_above_a_semicolon_table_does_not_change_the_separator(tmp_path: Path) -> None:
    text = "Huvudbok, utfall 2025, ansvar 92910\nKonto;Belopp\n6420;1 234,50\n6430;2,00\n"
    (tmp_path / "e.csv").write_text(text, encoding="utf-8")
    export = read_export(tmp_path / "e.csv", FOLLOWUP_COLUMNS)
    assert [(r.number, r.amount) for r in export.rows] == [(3, Decimal("1234.50")), (4, Decimal("2.00"))]


def test_every_bad_row_is_reported_with_its_row_number_and_nothing_is_used(tmp_path: Path) -> None:
    csv_text = websesam_export(["202501;6541;3060;ok;100,00", "202502;6541;3060;fel;12,5,0",
                                "202513;6541;3060;fel månad;1,00", "202503;6541;3060;tomt;"])
    result = run_followup(tmp_path, csv_text)
    assert result.returncode == 1, result.stderr
    assert "3 rader kan inte läsas" in result.stderr
    for row, reason in ((3, "inget belopp"), (4, "inget datum"), (5, "beloppet saknas")):
        assert re.search(rf"rad {row}: .*{reason}", result.stderr), result.stderr
    assert result.stdout == ""


def test_an_export_without_the_columns_names_what_it_looked_for(tmp_path: Path) -> None:
    result = run_followup(tmp_path, "Datum;Summa\n2025-01-31;100\n")
    assert result.returncode == 1
    assert "hittar ingen rubrikrad" in result.stderr and "[followup.columns]" in result.stderr


def test_configured_column_names_are_used(tmp_path: Path) -> None:
    rules = WEBSESAM_RULES.replace("[followup]\n", '[followup]\ncolumns = { amount = "Utfall kr", account = "Kto" }\n')
    csv_text = "Kto;Period;Utfall kr\n6420;202501;49 500,00\n"
    result = run_followup(tmp_path, csv_text, "-f", "json", rules=rules)
    data = json.loads(result.stdout)
    assert [line["outcome"] for line in data["lines"] if line["id"] == "support-hmc"] == ["49500.00"]


def test_a_file_that_is_not_utf8_says_how_to_save_it(tmp_path: Path) -> None:
    (tmp_path / "utfall.csv").write_bytes("Konto;Belopp\n6420;Köp 1\n".encode("cp1252"))
    (tmp_path / "koppling.toml").write_text(WEBSESAM_RULES, encoding="utf-8")
    result = plan("followup", str(WEBSESAM), "--actuals", str(tmp_path / "utfall.csv"),
                  "--mapping", str(tmp_path / "koppling.toml"))
    assert result.returncode == 2
    assert "inte UTF-8" in result.stderr and "CSV UTF-8" in result.stderr


@pytest.mark.parametrize("make, message", [
    (lambda path: None, "finns inte"),
    (lambda path: path.mkdir(), "är en katalog"),
    (lambda path: __import__("os").mkfifo(path), "ingen vanlig fil"),
])
def test_an_export_that_is_no_regular_file_is_refused_without_blocking(tmp_path: Path, make, message) -> None:
    make(tmp_path / "utfall.csv")
    (tmp_path / "koppling.toml").write_text(WEBSESAM_RULES, encoding="utf-8")
    result = plan("followup", str(WEBSESAM), "--actuals", str(tmp_path / "utfall.csv"),
                  "--mapping", str(tmp_path / "koppling.toml"), timeout=10)
    assert result.returncode == 2 and message in result.stderr and "utfall.csv" in result.stderr


def test_xlsx_numbers_text_amounts_and_date_cells(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Utfall 2025"])
    sheet.append(["Bokföringsdatum", "Konto", "Aktivitet", "Belopp"])
    sheet.append([dt.datetime(2025, 1, 31), 6420, "3060", 49500.1])
    sheet.append([dt.datetime(2025, 2, 28), "6420", "3060", "49 500,00"])
    sheet.append([dt.datetime(2025, 3, 31), "6420", "3060", 0.1 + 0.2])
    workbook.save(tmp_path / "utfall.xlsx")
    export = read_export(tmp_path / "utfall.xlsx", FOLLOWUP_COLUMNS)
    assert [(r.number, r.account, r.date, r.amount) for r in export.rows] == [
        (3, "6420", dt.date(2025, 1, 31), Decimal("49500.10")),
        (4, "6420", dt.date(2025, 2, 28), Decimal("49500.00")),
        (5, "6420", dt.date(2025, 3, 31), Decimal("0.30")),  # a binary 0.30000000000000004, to the öre
    ]


def test_an_xlsx_formula_without_a_saved_value_is_named_not_taken_as_zero(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Konto", "Belopp"])
    sheet.append(["6420", 100])
    sheet.append(["6420", "=B2*2"])  # openpyxl writes a formula and no cached value
    workbook.save(tmp_path / "utfall.xlsx")
    with pytest.raises(ExportProblem, match=r"rad 3: beloppet saknas .*formel"):
        read_export(tmp_path / "utfall.xlsx", FOLLOWUP_COLUMNS)


# --------------------------------------------------------------------------------------------
# The mapping configuration
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("rules, message", [
    ('[followup]\nthreshhold = 5\n', "followup.threshhold: okänd nyckel; menade du 'threshold'?"),
    ('[followup]\nthreshold = "fem"\n', "followup.threshold: 'fem' är ingen procentsats"),
    ('[followup]\nforecast = "quadratic"\n', "followup.forecast: 'quadratic' finns inte"),
    ('[followup]\n[[followup.rules]]\naccount = "6420"\n', "followup.rules[1].line: saknas"),
    ('[followup]\n[[followup.rules]]\nline = "support-hmc"\n', "followup.rules[1]: anger varken account eller activity"),
    ('[followup]\n[[followup.rules]]\nline = "support-hmc"\naccount = "6420"\nkonto = "1"\n',
     "followup.rules[1].konto: okänd nyckel"),
    ('[followup]\ncolumns = { belopp = "Belopp" }\n', "followup.columns.belopp: okänd kolumn"),
    ('[followup]\n[[followup.rules]]\nline = "supprt-hmc"\naccount = "6420"\n',
     "followup.rules[1].line: 'supprt-hmc' är ingen budgetrad"),
])
def test_configuration_errors_name_the_file_and_the_key(tmp_path: Path, rules: str, message: str) -> None:
    result = run_followup(tmp_path, websesam_export(["202501;6420;3060;x;1,00"]), rules=rules)
    assert result.returncode == 2, result.stderr
    assert str(tmp_path / "koppling.toml") in result.stderr
    assert message in result.stderr, result.stderr


def test_the_followup_table_in_plan_toml_is_validated_for_every_command(tmp_path: Path) -> None:
    (tmp_path / ".plan.toml").write_text('[followup]\nforcast = "linear"\n', encoding="utf-8")
    (tmp_path / "plan.yaml").write_text(WEBSESAM.read_text(encoding="utf-8"), encoding="utf-8")
    result = plan("validate", "plan.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert "followup.forcast: okänd nyckel; menade du 'forecast'?" in result.stderr


def test_rules_in_plan_toml_apply_only_to_the_plans_they_name(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "websesam.yaml").write_text(WEBSESAM.read_text(encoding="utf-8"), encoding="utf-8")
    rules = WEBSESAM_RULES.replace('line = "support-hmc"', 'line = "support-hmc"\nplans = ["plans/annan.yaml"]')
    (tmp_path / ".plan.toml").write_text(rules, encoding="utf-8")
    (tmp_path / "utfall.csv").write_text(websesam_export(["202501;6420;3060;HMC;49 500,00"]), encoding="utf-8")
    result = plan("followup", "plans/websesam.yaml", "--actuals", "utfall.csv", "-f", "json", cwd=tmp_path)
    data = json.loads(result.stdout)
    assert data["unmatched"]["total"] == "49500.00"  # the HMC rule is for another plan


def test_output_never_overwrites_the_files_it_reads(tmp_path: Path) -> None:
    result = run_followup(tmp_path, websesam_export(["202501;6420;3060;x;1,00"]), "-f", "csv",
                          "-o", str(tmp_path / "utfall.csv"))
    assert result.returncode == 2 and "är utfallsfilen" in result.stderr
    assert (tmp_path / "utfall.csv").read_text(encoding="utf-8").startswith("\ufeffPeriod;")


def test_as_of_before_the_period_is_a_usage_error(tmp_path: Path) -> None:
    result = run_followup(tmp_path, websesam_export(["202501;6420;3060;x;1,00"]), "--as-of", "2024-12-31")
    assert result.returncode == 2 and "före planperioden" in result.stderr


def test_without_rules_it_says_where_to_write_them(tmp_path: Path) -> None:
    result = run_followup(tmp_path, websesam_export(["202501;6420;3060;x;1,00"]), rules="[followup]\n")
    assert result.returncode == 2
    assert "[[followup.rules]]" in result.stderr


def test_the_first_matching_rule_wins(tmp_path: Path) -> None:
    rules = ('[followup]\n[[followup.rules]]\nline = "support-hmc"\naccount = "6420"\n'
             '[[followup.rules]]\nline = "funktionskoordinator"\naccount = "64*"\n')
    result = run_followup(tmp_path, websesam_export(["202501;6420;3060;HMC;100,00", "202501;6430;3060;FK;7,00"]),
                          "-f", "json", rules=rules)
    outcome = {line["id"]: line["outcome"] for line in json.loads(result.stdout)["lines"]}
    assert outcome["support-hmc"] == "100.00" and outcome["funktionskoordinator"] == "7.00"


# --------------------------------------------------------------------------------------------
# The follow-up
# --------------------------------------------------------------------------------------------


def test_the_example_shows_the_line_over_budget_the_unmatched_row_and_the_group() -> None:
    result = plan("followup", str(WEBSESAM), "--actuals", str(EXPORT), "--mapping", str(MAPPING), "-f", "json")
    assert result.returncode == 1  # a line over budget
    data = json.loads(result.stdout)
    lines = {line["id"]: line for line in data["lines"]}
    visma = lines["utveckling-visma"]
    assert (visma["budget"], visma["outcome"], visma["remaining"], visma["status"]) == (30000, "40000.50", "-10000.50", "over")
    assert [line_id for line_id, line in lines.items() if line["status"]] == ["utveckling-visma"]
    # webSesam's first line has no amount of its own: it is followed up as the group's subtotal.
    group = lines["vgr-it-drift"]
    assert group["budget"] == 1489000 and "delsumma" in group["note"]
    assert data["unmatched"]["rows"] == [{"row": 22, "account": "7610", "activity": "3060", "date": "2025-05-31",
                                          "text": "Användarföreningen webSesam, årsmöte", "amount": "4450.00"}]
    assert data["outcome_including_unmatched"] == "2899230.50"
    assert data["total"]["budget"] == 2895000
    # Per financing source: each line split 80/15/5 like plan split, the outcome to the öre.
    assert {s: v["budget"] for s, v in data["sources"].items()} == {
        "samarbetsavtalet": 2316000, "overenskommelsen": 434250, "grundutrustning": 144750}
    assert sum(Decimal(v["outcome"]) for v in data["sources"].values()) == Decimal("2894780.50")
    assert "över budget" in result.stderr and "1 rad i exporten hör inte till någon budgetrad" in result.stderr


def test_no_line_over_budget_is_exit_0(tmp_path: Path) -> None:
    result = run_followup(tmp_path, websesam_export(["202501;6420;3060;HMC;49 500,00"]))
    assert result.returncode == 0, result.stderr
    assert "Varning" not in result.stdout


def test_a_forecast_past_the_threshold_warns_before_the_budget_is_spent(tmp_path: Path) -> None:
    # Support: 594 000 kr a year; 52 000 kr in January is 624 000 kr for the year, 5,05 % over.
    rows = ["202501;6420;3060;HMC;52 000,00"]
    result = run_followup(tmp_path, websesam_export(rows), "--as-of", "2025-01-31", "-f", "json")
    line = next(line for line in json.loads(result.stdout)["lines"] if line["id"] == "support-hmc")
    assert (line["forecast"], line["deviation"], line["status"]) == (624000, 30000, "threshold")
    assert result.returncode == 1
    looser = WEBSESAM_RULES.replace("[followup]\n", "[followup]\nthreshold = 6\n")
    result = run_followup(tmp_path, websesam_export(rows), "--as-of", "2025-01-31", rules=looser)
    assert result.returncode == 0


def test_months_elapsed_and_the_linear_forecast_are_exact() -> None:
    months = [dt.date(2025, m, 1) for m in range(1, 13)]
    assert months_elapsed(months, dt.date(2025, 8, 31)) == 8
    assert months_elapsed(months, dt.date(2025, 2, 14)) == 1 + Fraction(14, 28)
    assert months_elapsed(months, dt.date(2024, 12, 31)) == 0
    assert round_kronor(Fraction(5, 2)) == 3 and round_kronor(Fraction(-5, 2)) == -3
    assert round_kronor(Decimal("150000.49")) == 150000


def test_rows_after_the_as_of_date_are_listed_not_counted(tmp_path: Path) -> None:
    rows = [f"2025{m:02d};6420;3060;HMC;10 000,25" for m in range(1, 11)]
    result = run_followup(tmp_path, websesam_export(rows), "--as-of", "2025-08-31", "-f", "json")
    data = json.loads(result.stdout)
    line = next(line for line in data["lines"] if line["id"] == "support-hmc")
    assert line["outcome"] == "80002.00"
    assert line["forecast"] == 120003  # 80 002 × 12 / 8
    assert [row["row"] for row in data["outside"]["rows"]] == [10, 11]
    assert data["outside"]["total"] == "20000.50"
    assert "2 rader ligger utanför perioden eller efter 2025-08-31" in result.stderr


def test_the_forecast_column_of_the_export_is_used_when_configured(tmp_path: Path) -> None:
    rules = WEBSESAM_RULES.replace("[followup]\n", '[followup]\nforecast = "column"\n')
    text = "Konto;Belopp;Prognos\n6420;300 000,00;610 000,40\n"
    result = run_followup(tmp_path, text, "-f", "json", rules=rules)
    line = next(line for line in json.loads(result.stdout)["lines"] if line["id"] == "support-hmc")
    assert (line["forecast"], line["status"]) == (610000, None)  # 2,7 % over: under the 5 % threshold


def test_an_income_line_is_not_followed_up(tmp_path: Path) -> None:
    text = WEBSESAM.read_text(encoding="utf-8").replace(
        "    - id: funktionskoordinator\n",
        "    - id: avgifter\n      name: Avgifter\n      kind: income\n      amount: 100\n    - id: funktionskoordinator\n")
    (tmp_path / "p.yaml").write_text(text, encoding="utf-8")
    rules = '[followup]\n[[followup.rules]]\nline = "avgifter"\naccount = "3*"\n'
    result = run_followup(tmp_path, "Konto;Belopp\n3010;1\n", rules=rules, plan_file=tmp_path / "p.yaml")
    assert result.returncode == 2 and "bara kostnader" in result.stderr


def test_the_terminal_table_fits_80_columns_and_no_amount_is_cut() -> None:
    result = plan("followup", str(WEBSESAM), "--actuals", str(EXPORT), "--mapping", str(MAPPING),
                  env={"COLUMNS": "80"})
    assert result.returncode == 1
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    for figure in ("2 899 230,50", "40 000,50", "−10 000,50", "133,3 %", "4 450,00", "1 483 230,00"):
        assert figure in result.stdout, figure
    assert "Ej kopplade rader" in result.stdout and "│ 22 " in result.stdout and "7610" in result.stdout


def test_outputs_csv_and_xlsx(tmp_path: Path) -> None:
    result = plan("followup", str(WEBSESAM), "--actuals", str(EXPORT), "--mapping", str(MAPPING), "-f", "csv")
    assert result.stdout.startswith("\ufeff")
    assert "Utveckling inkl. uppgraderingar mm. från Visma;30000;40000,50;40001;-10000,50;133,3;10001;över budget" \
        in result.stdout
    assert "Rad;jan. 2025;feb. 2025;mars 2025;" in result.stdout  # months in CSV
    assert "VGR IT drift inkl. licens/UH Visma;118500,00;179730,00;" in result.stdout
    target = tmp_path / "u.xlsx"
    result = plan("followup", str(WEBSESAM), "--actuals", str(EXPORT), "--mapping", str(MAPPING), "-f", "xlsx",
                  "-o", str(target))
    assert result.returncode == 1 and target.exists()
    openpyxl = pytest.importorskip("openpyxl")
    sheet = openpyxl.load_workbook(target)["Uppföljning per rad"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    visma = next(row for row in values if row[0].startswith("Utveckling"))
    assert visma[1:4] == [30000, 40000.5, 40001] and visma[-1] == "över budget"
    assert "Ej kopplade rader" in openpyxl.load_workbook(target).sheetnames
    assert plan("followup", str(WEBSESAM), "--actuals", str(EXPORT), "-f", "xlsx").returncode == 2


def test_hostile_export_text_is_inert_in_csv_and_terminal(tmp_path: Path) -> None:
    rows = ['202501;"=HYPERLINK(""http://x.example"";""klicka"")";3060;\x1b[31mröd;1,00',
            "202501;7000;3060;+cmd|' /C calc'!A0;2,00"]
    result = run_followup(tmp_path, websesam_export(rows), "-f", "csv")
    assert "'=HYPERLINK(" in result.stdout and "'+cmd|" in result.stdout
    assert "\x1b" not in result.stdout
    table = run_followup(tmp_path, websesam_export(rows))
    assert "\x1b" not in table.stdout and "\\x1b[31mröd" in table.stdout


# --------------------------------------------------------------------------------------------
# Properties: every row is counted once; parties sum to their line
# --------------------------------------------------------------------------------------------

SHVO_PLAN = load_file(SHVO, "shvo.yaml").plan
SHVO_LINES = ["drift-och-licens", "processledare-funktionskoordinatorer", "utveckling", "support",
              "moten-utbildning-kommunikation"]
ACCOUNTS = ["6541", "6542", "6420", "6430", "7610", "4010"]
RULES = tuple(FollowupRule(f"rules[{i}]", line, account=account)
              for i, (line, account) in enumerate(zip(SHVO_LINES, ["6541", "654*", "6420", "6430", "64?0"]), 1))

rows_strategy = st.lists(
    st.tuples(st.sampled_from(ACCOUNTS),
              st.integers(min_value=-10**9, max_value=10**9),
              st.integers(min_value=0, max_value=3),  # decimals in the export
              st.dates(min_value=dt.date(2025, 11, 1), max_value=dt.date(2027, 2, 1))),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(rows_strategy, st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2026, 12, 31)))
def test_lines_plus_unmatched_plus_outside_is_the_whole_export(rows, as_of) -> None:
    export_rows = [ExportRow(n, account, "", date, Decimal(units).scaleb(-places), None, "")
                   for n, (account, units, places, date) in enumerate(rows, 2)]
    export = Export("x.csv", export_rows, {}, True)
    result = follow_up(SHVO_PLAN, "shvo.yaml", "plans/shvo.yaml", export, FollowupSettings(rules=RULES), as_of)
    everything = sum((row.amount for row in export_rows), Decimal(0))
    lines = sum((line.figures.outcome for line in result.lines), Decimal(0))
    assert lines + result.unmatched_total + result.outside_total == everything
    assert result.grand_outcome() == lines + result.unmatched_total
    assert len(result.unmatched) + len(result.outside) + sum(len(line.rows) for line in result.lines) == len(rows)
    for line in result.lines:
        assert sum(line.months.values(), Decimal(0)) == line.figures.outcome
        if line.parties:
            assert sum((p.outcome for p in line.parties.values()), Decimal(0)) == line.figures.outcome
            assert sum(p.budget for p in line.parties.values()) == line.figures.budget
            if line.figures.forecast is not None:
                assert sum(p.forecast for p in line.parties.values()) == line.figures.forecast
    totals = result.party_totals()
    assert sum((t.outcome for t in totals.values()), Decimal(0)) + (
        result.unallocated("parties").outcome if result.unallocated("parties") else 0) == result.total().outcome


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=-10**9, max_value=10**9), st.integers(min_value=0, max_value=2))
def test_written_amounts_read_back_exactly(units: int, places: int) -> None:
    from forvaltning_cli.followup.outputs import money_text

    value = Decimal(units).scaleb(-places)
    assert parse_amount(money_text(value)) == value
    assert parse_amount(money_text(value, " ").replace("\u2212", "-")) == value


# --------------------------------------------------------------------------------------------
# plan render --actuals: the section "Uppföljning"
# --------------------------------------------------------------------------------------------


def test_render_adds_the_followup_section_labelled_as_computed(tmp_path: Path) -> None:
    target = tmp_path / "websesam.html"
    result = plan("render", str(WEBSESAM), "--actuals", str(EXPORT), "--mapping", str(MAPPING), "-o", str(target))
    assert result.returncode == 0, result.stderr
    html = target.read_text(encoding="utf-8")
    assert '<h2 id="uppfoljning-h">Uppföljning</h2>' in html
    assert '<li><a href="#uppfoljning">Uppföljning</a></li>' in html  # in the table of contents
    assert ("Beräknat av plan render ur utfallet i websesam-utfall-2025.csv per 31 december 2025 – ingår inte i "
            "beslutet.") in html
    assert html.index('id="uppfoljning"') < html.index('id="bilaga-1"')  # before the appendices
    assert "Utveckling inkl. uppgraderingar mm. från Visma (över budget)" in html
    assert "40\u00a0000,50" in html and "2\u00a0899\u00a0230,50" in html
    markdown = plan("render", str(WEBSESAM), "--actuals", str(EXPORT), "--mapping", str(MAPPING), "-f", "md").stdout
    assert "## Uppföljning" in markdown and "| 22 | 7610 | 3060 | 2025-05-31 |" in markdown
    # Without --actuals the document is as before.
    assert "Uppföljning" not in plan("render", str(WEBSESAM), "-f", "md").stdout


def test_render_followup_options_need_actuals() -> None:
    result = plan("render", str(WEBSESAM), "--as-of", "2025-06-30", "-f", "md")
    assert result.returncode == 2 and "--actuals" in result.stderr
    result = plan("render", str(WEBSESAM), "--actuals", str(EXPORT), "--mapping", str(MAPPING), "--as-of", "30/6")
    assert result.returncode == 2 and "ÅÅÅÅ-MM-DD" in result.stderr


def test_hostile_export_text_is_escaped_in_the_document(tmp_path: Path) -> None:
    rows = ["202501;<script>alert(1)</script>;3060;<img src=x onerror=alert(2)>;1,00",
            '202501;=HYPERLINK("http://x.example");3060;**fet** [länk](http://x.example);2,00']
    (tmp_path / "utfall.csv").write_text(websesam_export(rows), encoding="utf-8")
    (tmp_path / "koppling.toml").write_text(WEBSESAM_RULES, encoding="utf-8")
    common = ["--actuals", str(tmp_path / "utfall.csv"), "--mapping", str(tmp_path / "koppling.toml")]
    html = plan("render", str(WEBSESAM), *common, "-f", "html").stdout
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    markdown = plan("render", str(WEBSESAM), *common, "-f", "md").stdout
    # Markdown escapes: "\\<" and "\\[" render as the characters themselves, never as HTML or a link.
    assert not re.search(r"(?<!\\)<(script|img)", markdown) and "\\<script>alert(1)\\</script>" in markdown
    assert "\\*\\*fet\\*\\* \\[länk\\](http://x.example)" in markdown


@pytest.mark.slow
def test_the_followup_section_fits_the_page_in_chromium(tmp_path: Path, browser) -> None:
    target = tmp_path / "websesam.html"
    plan("render", str(WEBSESAM), "--actuals", str(EXPORT), "--mapping", str(MAPPING), "-o", str(target))
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.goto(target.as_uri())
    section = page.locator("section.followup")
    assert section.locator("h2").inner_text() == "Uppföljning"
    # No table of the section needs a scroll bar at a desktop width: every column is visible.
    overflowing = page.evaluate("""() => [...document.querySelectorAll('section.followup .table-region')]
        .filter(r => r.scrollWidth > r.clientWidth + 1).map(r => r.querySelector('caption').textContent)""")
    assert overflowing == []
    over = section.locator("tr.over")
    assert over.count() == 1 and "över budget" in over.inner_text()
    page.close()
