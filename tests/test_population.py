"""``plan population``: the real HTTP client against a local server replaying SCB's answers.

The recordings in tests/scb/ were built from SCB's documentation (PxWebApi 2), not captured live;
each says so, and which figures in it are invented, in its comment. No test reaches the network:
an autouse guard refuses every name lookup and connection that is not to this machine.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import socket
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT, plan
from forvaltning_cli import __version__
from forvaltning_cli import population as scb
from forvaltning_cli.split import read_population
from replay_server import ReplayServer, Response, load_recording

SHIPPED = ROOT / "data" / "folkmangd-vastra-gotaland-2024.csv"
RECORDED = "TAB638-14-2024.recording"
COUNTY_TOTAL = 1772821  # the shipped file's header: SCB's total for Västra Götalands län 2024
PREVIOUSLY_MISSING = {"Stenungsund": 27912, "Tanum": 12914, "Tranemo": 11604, "Ulricehamn": 25087, "Vara": 16019}
EPOCH_2026_01_15 = "1768435200"  # SOURCE_DATE_EPOCH for 2026-01-15 00:00 UTC
JSON = [("Content-Type", "application/json; charset=utf-8")]


# ------------------------------------------------------------------------------------------
# No network: only 127.0.0.1 may be looked up or connected to
# ------------------------------------------------------------------------------------------

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@pytest.fixture(autouse=True)
def no_network(monkeypatch) -> list[tuple]:
    """Every attempt to reach another machine is refused (as a connection error) and listed."""
    attempts: list[tuple] = []
    real_getaddrinfo, real_connect = socket.getaddrinfo, socket.socket.connect

    def getaddrinfo(host, port, *args, **kwargs):
        if str(host) not in LOOPBACK:
            attempts.append((host, port))
            raise OSError(f"nätet är avstängt i testerna ({host})")
        return real_getaddrinfo(host, port, *args, **kwargs)

    def connect(self, address):
        if isinstance(address, tuple) and str(address[0]) not in LOOPBACK:
            attempts.append(address)
            raise OSError(f"nätet är avstängt i testerna ({address[0]})")
        return real_connect(self, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    for variable in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(variable, raising=False)
        monkeypatch.delenv(variable.upper(), raising=False)
    return attempts


@pytest.fixture
def server():
    with ReplayServer() as replay:
        yield replay


def recorded() -> dict:
    """The recorded JSON-stat answer as data, to derive broken answers from."""
    return json.loads(load_recording(RECORDED).body)


def answer_with(document: dict) -> Response:
    return Response(200, JSON, json.dumps(document, ensure_ascii=False).encode("utf-8"))


def drop_region(document: dict, code: str) -> dict:
    region = document["dimension"]["Region"]["category"]
    codes = sorted(region["index"], key=region["index"].get)
    position = codes.index(code)
    del document["value"][position]
    codes.remove(code)
    region["index"] = {c: i for i, c in enumerate(codes)}
    region["label"].pop(code)
    document["size"][0] -= 1
    return document


def set_value(document: dict, code: str, value) -> dict:
    document["value"][document["dimension"]["Region"]["category"]["index"][code]] = value
    return document


def run_population(server: ReplayServer, output: Path, *extra: str, year: str = "2024", env=None):
    return plan("population", "--year", year, "--api", f"{server.url}/api/v2", "-o", str(output), *extra,
                env={"SOURCE_DATE_EPOCH": EPOCH_2026_01_15, **(env or {})})


def data_rows(path: Path) -> list[list[str]]:
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line and not line.startswith("#")]
    return list(csv.reader(lines))


def comments(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.startswith("#")]


# ------------------------------------------------------------------------------------------
# The file a user gets
# ------------------------------------------------------------------------------------------


def test_writes_all_49_municipalities_with_source_dates_and_county_total(server, tmp_path) -> None:
    server.answer(load_recording(RECORDED))
    out = tmp_path / "folkmangd.csv"
    result = run_population(server, out)
    assert result.returncode == 0, result.stderr
    rows = data_rows(out)
    assert rows[0] == ["kommun", "folkmangd", "kalla"]
    figures = {name: int(figure) for name, figure, _ in rows[1:]}
    assert len(rows[1:]) == len(figures) == 49
    assert {name: figures[name] for name in PREVIOUSLY_MISSING} == PREVIOUSLY_MISSING
    assert sum(figures.values()) == COUNTY_TOTAL
    assert {kalla for _, _, kalla in rows[1:]} == {"SCB"}
    text = "\n".join(comments(out))
    assert "Västra Götalands län den 31 december 2024 enligt SCB" in text
    assert "tabell TAB638" in text and "BE0101N1 (Folkmängd)" in text
    assert "Hämtad 2026-01-15" in text  # SOURCE_DATE_EPOCH, as plan render uses it
    assert f"{server.url}/api/v2/tables/TAB638/data?lang=sv" in text
    assert "SCB uppdaterade tabellen 2025-02-21" in text
    assert "totalt enligt SCB: 1 772 821 invånare i 49 kommuner; kommunernas summa: 1 772 821" in text
    assert "49 kommuner i Västra Götalands län, 1 772 821 invånare den 31 december 2024" in result.stderr


def test_the_server_saw_the_documented_request(server, tmp_path) -> None:
    server.answer(load_recording(RECORDED))
    assert run_population(server, tmp_path / "out.csv").returncode == 0
    [request] = server.requests
    assert request.method == "GET"
    assert request.path == "/api/v2/tables/TAB638/data"
    assert request.query == [("lang", "sv"), ("outputFormat", "json-stat2"), ("valueCodes[Region]", "14,14??"),
                             ("valueCodes[ContentsCode]", "BE0101N1"), ("valueCodes[Tid]", "2024")]
    assert request.headers["user-agent"] == f"forvaltning-cli/{__version__} (plan population)"
    assert request.headers["accept"] == "application/json"
    assert request.body == b""


def test_another_county_asks_for_its_own_codes(server, tmp_path) -> None:
    server.answer(Response(500, JSON, b"{}"))
    result = plan("population", "--year", "2023", "--lan", "1", "--api", f"{server.url}/api/v2", "-o", str(tmp_path / "x.csv"))
    assert result.returncode == 1
    assert ("valueCodes[Region]", "01,01??") in server.requests[0].query
    assert ("valueCodes[Tid]", "2023") in server.requests[0].query


def test_the_file_is_read_by_read_population_and_used_by_plan_split(server, tmp_path) -> None:
    server.answer(load_recording(RECORDED))
    out = tmp_path / "folkmangd.csv"
    assert run_population(server, out).returncode == 0
    assert sum(read_population(out).figures.values()) == COUNTY_TOTAL
    split = plan("split", "plans/2026-shvo.yaml", "--population", str(out), "-f", "json")
    assert split.returncode == 0, split.stderr
    document = json.loads(split.stdout)
    municipalities = document["municipalities"]
    vgk_total = sum(line["computed"].get("VGK", 0) for line in document["lines"])
    assert municipalities["party"] == "VGK"
    assert len(municipalities["amounts"]) == 49
    assert sum(municipalities["amounts"].values()) == vgk_total  # exact to the krona
    assert municipalities["amounts"]["Göteborg"] > municipalities["amounts"]["Dals-Ed"]


def test_completes_the_shipped_file_only_with_force(server, tmp_path) -> None:
    (tmp_path / "data").mkdir()
    target = tmp_path / "data" / SHIPPED.name
    shutil.copyfile(SHIPPED, target)
    before = target.read_bytes()
    server.answer(load_recording(RECORDED))
    refused = plan("population", "--year", "2024", "--api", f"{server.url}/api/v2", cwd=tmp_path)
    assert refused.returncode == 2
    assert "finns redan" in refused.stderr and "--force" in refused.stderr
    assert target.read_bytes() == before and server.requests == []  # nothing asked, nothing written
    done = plan("population", "--year", "2024", "--api", f"{server.url}/api/v2", "--force", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    new = {name: int(figure) for name, figure, _ in data_rows(target)[1:]}
    old = {name: figure for name, figure, _ in data_rows(SHIPPED)[1:]}
    assert set(new) == set(old)
    assert all(new[name] == int(figure) for name, figure in old.items() if figure)  # the 44 known agree
    assert [name for name, *_ in data_rows(target)[1:]] == [name for name, *_ in data_rows(SHIPPED)[1:]]


def test_default_output_goes_to_data_named_after_the_county(server, tmp_path) -> None:
    server.answer(load_recording(RECORDED))
    result = plan("population", "--year", "2024", "--api", f"{server.url}/api/v2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "folkmangd-vastra-gotaland-2024.csv").is_file()


def test_without_api_it_asks_scb_over_https_and_nothing_else(tmp_path, no_network) -> None:
    result = plan("population", "--year", "2024", "-o", str(tmp_path / "x.csv"))
    assert result.returncode == 1
    assert "kunde inte nå SCB på statistikdatabasen.scb.se" in result.stderr
    assert no_network == [("statistikdatabasen.scb.se", 443)]
    assert not (tmp_path / "x.csv").exists()


def test_years_from_2025_may_differ_from_the_county_total_and_say_why(server, tmp_path) -> None:
    document = recorded()
    document["dimension"]["Tid"]["category"] = {"index": {"2025": 0}, "label": {"2025": "2025"}}
    document["value"][0] += 3  # SCB's cell key method: the total is not the sum of its parts
    server.answer(answer_with(document))
    out = tmp_path / "x.csv"
    assert run_population(server, out, year="2025").returncode == 0
    text = "\n".join(comments(out))
    assert "1 772 824 invånare i 49 kommuner; kommunernas summa: 1 772 821" in text
    assert "slumpmässig osäkerhet" in text


def test_a_name_that_looks_like_a_formula_is_written_as_text(server, tmp_path) -> None:
    document = recorded()
    document["dimension"]["Region"]["category"]["label"]["1435"] = '=HYPERLINK("http://x","Tanum")'
    server.answer(answer_with(document))
    out = tmp_path / "x.csv"
    assert run_population(server, out).returncode == 0
    assert ["'=HYPERLINK(\"http://x\",\"Tanum\")", "12914", "SCB"] in data_rows(out)


def test_a_same_origin_redirect_is_followed(server, tmp_path) -> None:
    server.answer(Response(301, [("Location", "/api/v2/tables/TAB638/data2?lang=sv")]))
    server.routes["/api/v2/tables/TAB638/data2"] = load_recording(RECORDED)
    assert run_population(server, tmp_path / "x.csv").returncode == 0


# ------------------------------------------------------------------------------------------
# SCB fails or answers something unusable: exit 1, a Swedish message, nothing written
# ------------------------------------------------------------------------------------------

BROKEN = {
    "server-error": (lambda: load_recording("server-error.recording"), "2024",
                     "SCB:s API har ett fel just nu (HTTP 500: Internal Server Error – An unexpected error occurred.); försök igen senare"),
    "rate-limited": (lambda: load_recording("too-many-requests.recording"), "2024",
                     "SCB tar inte emot fler anrop just nu (HTTP 429"),
    "year-not-published": (lambda: load_recording("year-not-published.recording"), "2025",
                           "SCB har ännu inte publicerat folkmängden för 2025"),
    "malformed-json": (lambda: Response(200, JSON, b'{"version": "2.0", "value": [1772821,'), "2024",
                       "svaret är inte giltig JSON"),
    "not-json-stat": (lambda: Response(200, JSON, b'[1, 2, 3]'), "2024", "inte ett JSON-stat-dataset"),
    "municipality-missing": (lambda: answer_with(drop_region(recorded(), "1435")), "2024",
                             "svaret har 48 kommuner, men Västra Götalands län har 49"),
    "county-missing": (lambda: answer_with(drop_region(recorded(), "14")), "2024",
                       "svaret saknar länet Västra Götalands län (14)"),
    "not-an-integer": (lambda: answer_with(set_value(recorded(), "1435", 12914.5)), "2024",
                       "folkmängden för Tanum (1435) är inte ett heltal ('12914.5')"),
    "a-string": (lambda: answer_with(set_value(recorded(), "1435", "12914")), "2024",
                 "folkmängden för Tanum (1435) är inte ett heltal"),
    "negative": (lambda: answer_with(set_value(recorded(), "1435", -1)), "2024", "är negativ"),
    "no-figure": (lambda: answer_with(set_value(recorded(), "1435", None)), "2024",
                  "SCB redovisar ingen folkmängd för Tanum (1435) 2024"),
    "sum-differs": (lambda: answer_with(set_value(recorded(), "1435", 12915)), "2024",
                    "kommunernas folkmängd summerar till 1772822, men länets total är 1772821"),
    "wrong-year": (lambda: Response(200, JSON, load_recording(RECORDED).body.replace(b'"2024"', b'"2023"')), "2024",
                   "svaret saknar år 2024"),
    "control-character": (lambda: answer_with(_relabel("1435", "Tanum\x1b[2J")), "2024",
                          "namnet på kommunen med kod 1435 innehåller styrtecken"),
    "comment-name": (lambda: answer_with(_relabel("1435", "#Tanum")), "2024", "börjar med #"),
    "foreign-code": (lambda: answer_with(_recode("1435", "1384")), "2024",
                     "regionkoden '1384', som inte är en kommun i Västra Götalands län"),
    "huge": (lambda: Response(200, JSON, b"[" + b"0," * (3 * 1024 * 1024) + b"0]"), "2024", "större än 5 MB"),
    "huge-without-length": (lambda: Response(200, JSON, b" " * (6 * 1024 * 1024), content_length=False), "2024",
                            "större än 5 MB"),
    "redirect-elsewhere": (lambda: Response(302, [("Location", "http://example.invalid/api/v2/tables/TAB638/data")]),
                           "2024", "omdirigering (HTTP 302) till en annan adress, http://example.invalid/"),
    "redirect-to-https": (lambda: Response(302, [("Location", "https://127.0.0.1/api/v2/tables/TAB638/data")]),
                          "2024", "omdirigering (HTTP 302) till en annan adress"),
    "not-found": (lambda: Response(404, [("Content-Type", "application/problem+json")],
                                   b'{"type":"Parameter error","title":"Non-existent table","status":404}'), "2024",
                  "SCB:s API svarade HTTP 404: Non-existent table"),
}


def _relabel(code: str, name: str) -> dict:
    document = recorded()
    document["dimension"]["Region"]["category"]["label"][code] = name
    return document


def _recode(old: str, new: str) -> dict:
    document = recorded()
    category = document["dimension"]["Region"]["category"]
    category["index"][new] = category["index"].pop(old)
    category["label"][new] = category["label"].pop(old)
    return document


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_an_unusable_answer_is_a_swedish_error_and_nothing_is_written(server, tmp_path, no_network, case) -> None:
    response, year, message = BROKEN[case]
    server.answer(response())
    out = tmp_path / "folkmangd.csv"
    result = run_population(server, out, year=year)
    assert result.returncode == 1
    assert message in result.stderr
    assert result.stderr.startswith("plan population: ") and "Traceback" not in result.stderr
    assert not out.exists()
    assert no_network == []  # a redirect elsewhere is refused before any lookup


def test_rate_limit_says_how_long_to_wait(server, tmp_path) -> None:
    server.answer(load_recording("too-many-requests.recording"))
    result = run_population(server, tmp_path / "x.csv")
    assert "vänta 10 sekunder (som SCB ber om) och kör sedan kommandot igen" in result.stderr


def test_no_server_is_no_connection(tmp_path) -> None:
    with socket.socket() as probe:  # a port that nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = plan("population", "--year", "2024", "--api", f"http://127.0.0.1:{port}/api/v2", "-o", str(tmp_path / "x.csv"))
    assert result.returncode == 1
    assert "kunde inte nå SCB på 127.0.0.1" in result.stderr and "Traceback" not in result.stderr


def test_a_silent_server_times_out(server, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(scb, "TIMEOUT_SECONDS", 0.3)
    server.answer(Response(200, JSON, b"{}", delay=2.0))
    result = run_population(server, tmp_path / "x.csv")
    assert result.returncode == 1
    assert "svarade inte inom 0 sekunder" in result.stderr


# ------------------------------------------------------------------------------------------
# Usage problems: exit 2, nothing asked
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "message"), [
    (["--year", "2024", "--lan", "99"], "okänd länskod '99'"),
    (["--year", "2024", "--lan", "15"], "okänd länskod '15'"),
    (["--year", "2024", "--lan", "Västra Götaland"], "okänd länskod"),
    (["--year", str(dt.date.today().year + 1)], "har inte passerat än"),
    (["--year", "2024", "--api", "ftp://127.0.0.1/api/v2"], "måste börja med https://"),
    (["--year", "2024", "--api", "file:///etc/passwd"], "måste börja med https://"),
    (["--year", "2024", "--api", "https://user:secret@example.org/api/v2"], "ingen användbar adress"),
    (["--year", "2024", "--api", "https://example.org/a,=cmd()"], "ingen användbar adress"),
    (["--year", "2024", "--api", "https://"], "saknar värdnamn"),
    (["--year", "1967"], "1968"),
])
def test_a_usage_problem_asks_nothing(args, message, tmp_path, no_network) -> None:
    result = plan("population", *args, "-o", str(tmp_path / "x.csv"))
    assert result.returncode == 2
    assert message in result.stderr
    assert no_network == [] and not (tmp_path / "x.csv").exists()


def test_an_output_directory_that_does_not_exist_is_a_usage_error(server, tmp_path) -> None:
    server.answer(load_recording(RECORDED))
    result = run_population(server, tmp_path / "saknas" / "x.csv")
    assert result.returncode == 2
    assert "katalogen" in result.stderr and "finns inte" in result.stderr


# ------------------------------------------------------------------------------------------
# Any names SCB could send: refused, or written so that read_population reads them back
# ------------------------------------------------------------------------------------------

CODES = [code for code in sorted(recorded()["dimension"]["Region"]["category"]["index"]) if code != "14"]


def _document(names: list[str], figures: list[int], total: int) -> dict:
    document = recorded()
    category = document["dimension"]["Region"]["category"]
    category["label"] = {"14": "Västra Götalands län", **dict(zip(CODES, names))}
    category["index"] = {"14": 0, **{code: i for i, code in enumerate(CODES, 1)}}
    document["value"] = [total, *figures]
    return document


RECORDED_NAMES = [recorded()["dimension"]["Region"]["category"]["label"][code] for code in CODES]
# Names with what a CSV, a spreadsheet or a terminal could trip on, and anything else.
NAME = st.lists(st.one_of(st.sampled_from([",", '"', "=", "+", "-", "@", "'", "#", " ", "\u00a0", "\u202e",
                                           "\t", "\n", "\r", "å", "Ö", ";", "\x00"]),
                          st.characters(codec="utf-8", exclude_categories=["Cs"])),
                min_size=0, max_size=12).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAME, position=st.integers(0, 48), figures=st.lists(st.integers(0, 10**7), min_size=49, max_size=49))
def test_any_name_is_refused_for_a_reason_or_read_back_exactly(name, position, figures) -> None:
    from forvaltning_cli.escape import spreadsheet_text, terminal_text

    names = list(RECORDED_NAMES)
    names[position] = name
    stripped = name.strip()
    others = {spreadsheet_text(n) for i, n in enumerate(names) if i != position}
    usable = (bool(stripped) and terminal_text(stripped) == stripped and not stripped.startswith("#")
              and len(stripped) <= scb.MAX_NAME_LENGTH and spreadsheet_text(stripped) not in others)
    body = json.dumps(_document(names, figures, sum(figures))).encode("utf-8")
    try:
        result = scb.parse(body, scb.COUNTIES["14"], 2024)
    except scb.ServiceProblem:
        assert not usable
        return
    assert usable
    text = scb.csv_text(result, "https://statistikdatabasen.scb.se/api/v2/tables/TAB638/data", dt.date(2026, 1, 15))
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "folkmangd.csv"
        path.write_text(text, encoding="utf-8")
        read = read_population(path).figures
    assert read == {spreadsheet_text(n.strip()): figure for n, figure in zip(names, figures)}
    assert not any(line.startswith(("=", "+", "-", "@")) for line in text.split("\n"))


@settings(max_examples=100, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=20))
def test_any_json_is_either_used_or_refused_in_swedish(value) -> None:
    body = json.dumps(value).encode("utf-8")
    with pytest.raises(scb.ServiceProblem):
        scb.parse(body, scb.COUNTIES["14"], 2024)
