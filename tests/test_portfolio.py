"""Issue 16, ``plan portfolio``: every plan of a year at once — totals per object, party, activity
type, municipality and month; the change against last year's plan of the same object (made with
``plan new``); the municipalities' share by the plans' own keys (30 % equally, 70 % by population)
and by a population file, or listed as not split; every output escapes plan text."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT
from conftest import plan as run_plan

WEBSESAM = ROOT / "plans" / "2025-websesam.yaml"
SHVO = ROOT / "plans" / "2026-shvo.yaml"
ARKIV = ROOT / "examples" / "kommunalforbund" / "2019-arkivplan.yaml"
INCOMPLETE_POPULATION = ROOT / "data" / "folkmangd-vastra-gotaland-2024.csv"


def _json(*args: str, cwd: Path = ROOT) -> dict:
    result = run_plan("portfolio", *args, "-f", "json", cwd=cwd)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _split_json(plan_file: Path, *extra: str) -> dict:
    result = run_plan("split", str(plan_file), "-f", "json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def portfolio_dir(tmp_path_factory) -> Path:
    """The shipped plans, the example, and next year's version of each made with ``plan new``;
    next year's webSesam pays 18 000 kr more for support."""
    folder = tmp_path_factory.mktemp("portfolj")
    for source in (WEBSESAM, SHVO, ARKIV):
        shutil.copy(source, folder / source.name)
    for source, year, name in ((WEBSESAM, 2026, "2026-websesam.yaml"), (SHVO, 2027, "2027-shvo.yaml"),
                               (ARKIV, 2020, "2020-arkivplan.yaml")):
        result = run_plan("new", "--from", str(source), "--year", str(year), "-o", str(folder / name))
        assert result.returncode == 0, result.stderr
    nextyear = folder / "2026-websesam.yaml"
    text = nextyear.read_text(encoding="utf-8")
    assert "  amount: 594000\n" in text and "    amount: 2895000\n" in text
    nextyear.write_text(text.replace("  amount: 594000\n", "  amount: 612000\n")
                        .replace("    amount: 2895000\n", "    amount: 2913000\n"), encoding="utf-8")
    return folder


def _object(data: dict, key: str) -> dict:
    return next(o for o in data["objects"] if o["object"] == key)


def test_totals_per_object_and_change_against_last_years_plan(portfolio_dir: Path) -> None:
    data = _json(str(portfolio_dir), "--year", "2026")
    assert data["year"] == 2026
    assert [o["object"] for o in data["objects"]] == ["shvo", "websesam"]
    websesam, shvo = _object(data, "websesam"), _object(data, "shvo")
    assert websesam["total"] == {"computed": 2_913_000, "stated": 2_913_000}
    assert websesam["previous"] == {"file": str(portfolio_dir / "2025-websesam.yaml"), "total": 2_895_000}
    assert websesam["change"] == 18_000
    # SHVO states 16 000 000 but its lines sum to 15 900 000: both are kept, the computed one is summed.
    assert shvo["total"] == {"computed": 15_900_000, "stated": 16_000_000}
    assert shvo["previous"] is None and shvo["change"] is None
    assert shvo["validation"]["errors"] == 3
    assert data["total"] == 15_900_000 + 2_913_000
    assert data["history"]["websesam"] == {"2025": 2_895_000, "2026": 2_913_000}
    assert data["history"]["shvo"] == {"2026": 15_900_000, "2027": 15_900_000}


def test_the_latest_year_is_the_default_and_plan_new_keeps_the_object(portfolio_dir: Path) -> None:
    data = _json(str(portfolio_dir))
    assert data["year"] == 2027
    assert [(o["object"], o["change"]) for o in data["objects"]] == [("shvo", 0)]
    arkiv = _json(str(portfolio_dir), "--year", "2020")
    # document.object_id (e-arkiv) links the years, not the file name (arkivplan).
    assert [(o["object"], o["previous"]["total"], o["change"]) for o in arkiv["objects"]] == [("e-arkiv", 6_598_000, 0)]


def test_per_party_is_the_splits_party_totals(portfolio_dir: Path) -> None:
    data = _json(str(portfolio_dir), "--year", "2026")
    split = _split_json(SHVO)
    shvo = _object(data, "shvo")
    assert {p: v["computed"] for p, v in shvo["parties"].items()} == \
        {p: v["computed"] for p, v in split["party_totals"].items()}
    assert data["parties"] == {p: v["computed"] for p, v in split["party_totals"].items()}
    assert {p: v["stated"] for p, v in shvo["parties"].items()} == {"VGK": 5_740_000, "VGR": 10_260_000}
    assert sum(data["parties"].values()) == shvo["total"]["computed"]


def test_mixed_allocation_30_equally_70_by_population_gives_the_municipalities_share() -> None:
    data = _json(str(ARKIV))
    arkiv = _object(data, "e-arkiv")
    # tkr converted exactly to kronor; 30 % equally and 70 % by inhabitants, by the same code as plan split.
    assert arkiv["total"]["computed"] == 6_598_000
    split = _split_json(ARKIV)
    expected = {p: v["computed"] for p, v in split["party_totals"].items()}
    assert arkiv["municipalities"]["amounts"] == expected
    assert arkiv["municipalities"]["split"] is True
    assert data["municipalities"] == dict(sorted(expected.items()))
    assert sum(data["municipalities"].values()) == 6_598_000
    assert sum(arkiv["activity_types"].values()) == 6_598_000
    assert arkiv["activity_types"]["förvaltningsstyrning"] == 1_182_000
    assert sum(data["months"].values()) == 6_598_000 and len(data["months"]) == 12


def _complete_population(tmp_path: Path, count: int = 49) -> Path:
    rows = "\n".join(f"Kommun {i:02d},{1000 + 37 * i}" for i in range(count))
    path = tmp_path / "folkmangd.csv"
    path.write_text(f"# made up\nkommun,folkmangd\n{rows}\n", encoding="utf-8")
    return path


def test_a_population_file_splits_the_municipal_party(tmp_path: Path) -> None:
    population = _complete_population(tmp_path)
    data = _json(str(SHVO), "--population", str(population))
    shvo = _object(data, "shvo")
    split = _split_json(SHVO, "--population", str(population))
    assert shvo["municipalities"]["split"] is True
    assert shvo["municipalities"]["amounts"] == split["municipalities"]["amounts"]
    assert sum(data["municipalities"].values()) == shvo["parties"]["VGK"]["computed"] == 5_790_000


def test_without_a_population_file_or_with_an_incomplete_one_the_plan_is_listed_as_not_split() -> None:
    data = _json(str(SHVO))
    shvo = _object(data, "shvo")
    assert shvo["municipalities"]["split"] is False
    assert "--population" in shvo["municipalities"]["how"]
    result = run_plan("portfolio", str(SHVO), "--population", str(INCOMPLETE_POPULATION), "-f", "json")
    assert result.returncode == 1
    assert "folkmangd-vastra-gotaland-2024.csv" in result.stderr and "Stenungsund saknar folkmängd" in result.stderr
    assert "Traceback" not in result.stderr
    shvo = _object(json.loads(result.stdout), "shvo")
    assert shvo["municipalities"]["split"] is False and "folkmängdsfilen har fel" in shvo["municipalities"]["how"]
    # The terminal table says so too, for every plan.
    table = run_plan("portfolio", str(SHVO), str(WEBSESAM), "--year", "2026", env={"COLUMNS": "80"})
    assert "inte fördelad" in table.stdout and "ingen kommunandel" not in table.stdout


def test_the_terminal_table_fits_80_columns(portfolio_dir: Path) -> None:
    result = run_plan("portfolio", str(portfolio_dir), "--year", "2026", env={"COLUMNS": "80"})
    assert result.returncode == 0, result.stderr
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "Portfölj 2026: 2 planer, 18 813 000 kr" in result.stdout
    assert "Förändring mot 2025: +18 000 kr" in result.stdout
    assert "Per månad 2026" in result.stdout and "jan. 2026" in result.stdout


def test_csv_xlsx_and_markdown_carry_the_same_figures(portfolio_dir: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    result = run_plan("portfolio", str(portfolio_dir), "--year", "2026", "-f", "csv", "-o", str(tmp_path / "p.csv"))
    assert result.returncode == 0, result.stderr
    raw = (tmp_path / "p.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert ["websesam", "2913000", "2913000", "2895000", "18000"] in rows
    result = run_plan("portfolio", str(portfolio_dir), "--year", "2026", "-f", "xlsx", "-o", str(tmp_path / "p.xlsx"))
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(tmp_path / "p.xlsx").worksheets[0]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert ["websesam", 2913000, 2913000, 2895000, 18000] in values
    markdown = run_plan("portfolio", str(portfolio_dir), "--year", "2026", "-f", "markdown").stdout
    assert "| websesam | 2\u00a0913\u00a0000 | 2\u00a0913\u00a0000 | 2\u00a0895\u00a0000 | +18\u00a0000 |" in markdown


def test_usage_problems_exit_2_with_a_swedish_message(portfolio_dir: Path, tmp_path: Path) -> None:
    result = run_plan("portfolio", str(portfolio_dir), "-f", "xlsx")
    assert result.returncode == 2 and "-o" in result.stderr
    result = run_plan("portfolio", str(portfolio_dir), "--year", "2030")
    assert result.returncode == 2 and "2030" in result.stderr and "2019" in result.stderr
    result = run_plan("portfolio", str(portfolio_dir), "-f", "html", "-o", str(portfolio_dir / "2025-websesam.yaml"))
    assert result.returncode == 2 and "plan" in result.stderr
    assert (portfolio_dir / "2025-websesam.yaml").read_text(encoding="utf-8").startswith("# yaml-language-server")


def test_two_plans_of_one_object_in_one_year_and_an_unreadable_plan(tmp_path: Path) -> None:
    shutil.copy(WEBSESAM, tmp_path / "2025-websesam.yaml")
    shutil.copy(WEBSESAM, tmp_path / "websesam-2025.yaml")
    result = run_plan("portfolio", str(tmp_path))
    assert result.returncode == 1 and "websesam" in result.stderr and "object_id" in result.stderr
    (tmp_path / "websesam-2025.yaml").unlink()
    (tmp_path / "2025-trasig.yaml").write_text("schema_version: 1\ndocument: [\n", encoding="utf-8")
    result = run_plan("portfolio", str(tmp_path), "-f", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["unreadable"] == [str(tmp_path / "2025-trasig.yaml")]
    assert [o["object"] for o in data["objects"]] == ["websesam"]
    assert "kan inte läsas" in result.stderr


# ------------------------------------------------------------------------------------------
# Hostile plan text
# ------------------------------------------------------------------------------------------

HOSTILE = "<img src=x onerror=alert(1)>"
CLOSER = "</svg><script>alert(1)</script>"
FORMULA = "=HYPERLINK(\"http://evil\")"


def _hostile_plan(folder: Path) -> Path:
    text = f"""\
schema_version: 1
document:
  title: Förvaltningsplan 2025
  subtitle: '{HOSTILE}'
period:
  year: 2025
sections: []
budget:
  title: Budget 2025
  year: 2025
  items:
    - name: '{CLOSER}'
      amount: 100000
      split_key: mix
financing:
  parties:
    - id: A
      name: '{CLOSER}'
  split_keys:
    - id: mix
      text: 30 % lika, 70 % efter folkmängd
      basis:
        equal: 30
        population: 70
  population:
    counts:
      '{CLOSER}': 500
      '{HOSTILE}': 300
      '{FORMULA}': 200
      "Term\\x1b[31mRöd": 100
"""
    path = folder / f"2025-{HOSTILE}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)
        self.attributes += attrs


def test_hostile_names_are_escaped_in_html_svg_csv_markdown_and_terminal(tmp_path: Path) -> None:
    plan_file = _hostile_plan(tmp_path)
    data = _json(str(plan_file))
    assert sum(data["municipalities"].values()) == 100_000  # the names are data, split as any other
    html = run_plan("portfolio", str(plan_file), "-f", "html").stdout
    parser = _Tags()
    parser.feed(html)
    assert "script" not in parser.tags and "img" not in parser.tags and "a" not in parser.tags
    assert not [name for name, _ in parser.attributes if name.startswith("on")]
    assert "&lt;/svg&gt;&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert parser.tags.count("svg") == html.count("</svg>")  # no SVG closed early by a name
    csv_text = run_plan("portfolio", str(plan_file), "-f", "csv").stdout
    assert "'" + FORMULA.replace('"', '""') in csv_text or "'" + FORMULA in csv_text
    assert not re.search(r"(^|;)=HYPERLINK", csv_text, re.M)
    terminal = run_plan("portfolio", str(plan_file), env={"COLUMNS": "200"}).stdout
    assert "\x1b" not in terminal and "\\x1b" in terminal
    markdown = run_plan("portfolio", str(plan_file), "-f", "markdown").stdout
    assert "\\<img src=x" in markdown and not re.search(r"(?<!\\)<(img|script|/svg)", markdown)


def test_the_dashboard_is_self_contained_and_each_chart_has_a_text_alternative(portfolio_dir: Path) -> None:
    html = run_plan("portfolio", str(portfolio_dir), "--year", "2026", "-f", "html").stdout
    assert '<html lang="sv">' in html
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert csp and unescape(csp.group(1)).startswith("default-src 'none'; style-src 'unsafe-inline';")
    assert "<script" not in html.lower() and "<link" not in html.lower()
    urls = set(re.findall(r"https?://[^\s\"'<>)]+", html))
    assert urls <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}, urls
    svgs = re.findall(r"<svg\b[^>]*>", html)
    assert len(svgs) >= 4  # per object, per party, per activity type, over the years
    for svg in svgs:
        assert 'role="img"' in svg and re.search(r'aria-label="[^"]{20,}"', svg)
    # Each chart's figures stand in a labelled, focusable table region beside it.
    for section in re.findall(r"<section id=\"del-\d+\".*?</section>", html, re.S):
        if "<svg" in section:
            assert re.search(r'<div class="table-region" role="region" tabindex="0" aria-labelledby="tabell-\d+">',
                             section)
    assert "15\u00a0000\u00a0000\u00a0kr" in html  # Swedish amounts on the axes
