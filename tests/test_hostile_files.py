"""Hostile files and auxiliary inputs (issue 12, part C2): no file read that was not asked for,
no file clobbered or left half-written, no hang on a FIFO or device, no crash in fmt, new, diff
or split — a clear Swedish message and exit 1 or 2 instead."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MINIMAL_PLAN, PLANS, ROOT, plan
from forvaltning_cli.load import load_text
from forvaltning_cli.yearly.layout import format_text, same_data

SECRET = "HEMLIGT-LÖSENORD-4711"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _no_temporary_files(directory: Path) -> list[str]:
    return [p.name for p in directory.iterdir() if p.name.endswith(".tmp")]


# --------------------------------------------------------------------------------------------
# 1. A directory scan never follows a symbolic link out of the directory
# --------------------------------------------------------------------------------------------


@pytest.fixture
def tree_with_links(tmp_path: Path) -> Path:
    outside = _write(tmp_path / "outside" / "secret.yaml", f"{SECRET}: 1\nrad två {SECRET}\n")
    tree = tmp_path / "tree"
    _write(tree / "plan.yaml", MINIMAL_PLAN)
    (tree / "sub").mkdir()
    (tree / "secret.yaml").symlink_to(outside)
    (tree / "sub" / "shadow.yml").symlink_to("/etc/shadow")
    (tree / "sub" / "inside.yaml").symlink_to("../plan.yaml")  # inside the tree: read as usual
    return tree


@pytest.mark.parametrize("extra", [[], ["--jobs", "2"], ["-f", "json"]])
def test_scan_reports_links_out_of_the_tree_without_reading_them(tree_with_links: Path, extra: list[str]) -> None:
    result = plan("validate", str(tree_with_links), *extra)
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert SECRET not in output and "root:" not in output
    assert output.count("file-unreadable") == 2
    assert output.count("symbolisk länk ut ur katalogen") == 2
    assert "/etc/shadow" in output  # says where the link points


def test_scan_reads_links_inside_the_tree_and_named_links(tree_with_links: Path, tmp_path: Path) -> None:
    result = plan("validate", str(tree_with_links / "sub" / "inside.yaml"), "-f", "json")
    assert result.returncode == 0, result.stdout
    # A link named on the command line is what the user asked for: it is read.
    named = tmp_path / "named.yaml"
    named.symlink_to(_write(tmp_path / "elsewhere" / "real.yaml", MINIMAL_PLAN))
    assert plan("validate", str(named)).returncode == 0


def test_fmt_over_a_tree_leaves_the_outside_file_alone(tree_with_links: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside" / "secret.yaml"
    before = outside.read_bytes()
    result = plan("fmt", str(tree_with_links))
    assert result.returncode == 1 and SECRET not in result.stdout + result.stderr
    assert outside.read_bytes() == before and (tree_with_links / "secret.yaml").is_symlink()


# --------------------------------------------------------------------------------------------
# 2. Writes: atomic, through symbolic links, keeping hard links, nothing left on SIGTERM
# --------------------------------------------------------------------------------------------


def test_failing_rename_keeps_the_previous_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "split.xlsx"
    assert plan("split", "plans/2025-websesam.yaml", "-f", "xlsx", "-o", str(out)).returncode == 0
    before = out.read_bytes()

    def broken_replace(src, dst):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", broken_replace)
    result = plan("split", "plans/2026-shvo.yaml", "-f", "xlsx", "-o", str(out))
    assert result.returncode in (1, 2) and "split.xlsx" in result.stderr and "internt fel" not in result.stderr
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["split.xlsx"]


UNFORMATTED = MINIMAL_PLAN.replace("document:\n  title: Förvaltningsplan 2025\n  status: Utgåva\n",
                                   "document:\n  status: Utgåva\n  title: Förvaltningsplan 2025   # titel   \n")


def test_fmt_through_a_symbolic_link_replaces_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    target = _write(tmp_path / "real" / "plan.yaml", UNFORMATTED)
    link = tmp_path / "plans" / "plan.yaml"
    link.parent.mkdir()
    link.symlink_to(target)
    assert plan("fmt", str(link)).returncode == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8") == format_text(UNFORMATTED, "x")[0]
    assert _no_temporary_files(link.parent) == [] and _no_temporary_files(target.parent) == []


def test_fmt_keeps_hard_links(tmp_path: Path) -> None:
    first = _write(tmp_path / "a.yaml", UNFORMATTED)
    second = tmp_path / "b.yaml"
    os.link(first, second)
    assert plan("fmt", str(first)).returncode == 0
    assert os.path.samefile(first, second) and first.stat().st_nlink == 2
    assert second.read_text(encoding="utf-8") == format_text(UNFORMATTED, "x")[0]
    assert _no_temporary_files(tmp_path) == []


SLOW_WRITE = textwrap.dedent("""\
    import os, signal, sys, time
    from pathlib import Path
    # As in a terminal: Ctrl-C raises KeyboardInterrupt even when this test runs in the
    # background, where the shell started it with SIGINT ignored (and Python then keeps it so).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    real_fsync = os.fsync
    def slow_fsync(fd):
        Path(sys.argv[2]).write_text("writing")
        time.sleep(30)
        real_fsync(fd)
    os.fsync = slow_fsync
    from forvaltning_cli.cli import main
    sys.exit(main(["fmt", sys.argv[1]]))
""")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_fmt_interrupted_mid_write_leaves_the_file_and_no_temporary(tmp_path: Path, signum: int) -> None:
    target = _write(tmp_path / "plans" / "plan.yaml", UNFORMATTED)
    ready = tmp_path / "ready"
    child = subprocess.Popen([sys.executable, "-c", SLOW_WRITE, str(target), str(ready)], cwd=tmp_path,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while not ready.exists():
            assert time.monotonic() < deadline and child.poll() is None, child.stderr.read() if child.poll() else "slow"
            time.sleep(0.05)
        assert _no_temporary_files(target.parent) != []  # the write is under way
        child.send_signal(signum)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode != 0
    assert b"internt fel" not in child.stderr.read()
    assert target.read_text(encoding="utf-8") == UNFORMATTED
    assert _no_temporary_files(target.parent) == []


# --------------------------------------------------------------------------------------------
# 2b. fmt never changes what a plan says
# --------------------------------------------------------------------------------------------

words = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x17F, categories=("L", "N", "P", "S"),
                              exclude_characters="#:\"'\\`{}[],&*!|>%@"),
                min_size=1, max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(words, min_size=5, max_size=40), st.integers(4100, 12000), st.sampled_from([" ", "  "]), st.booleans())
def test_fmt_never_rewraps_long_text(tokens: list[str], length: int, gap: str, quoted: bool) -> None:
    long = gap.join(tokens * (length // len(gap.join(tokens)) + 1))  # over ruamel's old width of 4096
    value = '"' + long.replace("\\", "\\\\").replace('"', '\\"') + '"' if quoted else f'"{long}"'
    text = MINIMAL_PLAN.replace("Planen gäller webSesam.", value)
    formatted, findings = format_text(text, "plan.yaml")
    assert formatted is not None, findings
    assert long in formatted  # on one line, every blank kept
    assert same_data(load_text(formatted, "f").data, load_text(text, "f").data)
    assert format_text(formatted, "plan.yaml")[0] == formatted


@given(st.lists(st.tuples(st.sampled_from(["top", "key", "item", "end"]), st.text(" \t", min_size=1, max_size=4)),
                min_size=1, max_size=4, unique_by=lambda place: place[0]))
@settings(max_examples=40, deadline=None)
def test_fmt_strips_trailing_blanks_in_comments(places: list[tuple[str, str]]) -> None:
    lines = MINIMAL_PLAN.splitlines()
    for where, blanks in places:
        if where == "top":
            lines.insert(0, "# överst" + blanks)
        elif where == "key":
            lines[lines.index("period:")] = "period:  # perioden" + blanks
        elif where == "item":
            lines.insert(lines.index("sections:") + 1, "  # avsnitt" + blanks)
        else:
            lines.append("# sist" + blanks)
    text = "\n".join(lines) + "\n"
    formatted, findings = format_text(text, "plan.yaml")
    assert formatted is not None, findings
    assert all(line == line.rstrip(" \t") for line in formatted.splitlines())
    assert formatted.count("#") == text.count("#")


def test_fmt_keeps_trailing_blanks_that_are_text() -> None:
    text = MINIMAL_PLAN.replace("      - text: Planen gäller webSesam.\n",
                                "      - text: |\n          rad ett  \n          rad två\n")
    formatted, findings = format_text(text + "# slut  \n", "plan.yaml")
    assert formatted is not None, findings
    assert load_text(formatted, "f").data["sections"][0]["content"][0]["text"] == "rad ett  \nrad två\n"


# --------------------------------------------------------------------------------------------
# 3. Tabs, keys that are not text, leap days, output directories
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["  title:\tFörvaltningsplan 2025", "period:\t", "  start:\t\t2025-01-01",
                                   "      - text:\tPlanen gäller webSesam."])
def test_a_tab_after_a_key_is_formatted_and_rolled_over(tmp_path: Path, where: str) -> None:
    plain = where.replace("\t\t", " ").replace("\t", " ").rstrip()
    source = _write(tmp_path / "plan-2025.yaml", MINIMAL_PLAN.replace(plain + "\n", where + "\n"))
    assert "\t" in source.read_text(encoding="utf-8")
    assert plan("validate", str(source)).returncode == 0
    new = plan("new", "--from", str(source), "--year", "2026")
    assert new.returncode == 0, new.stderr
    assert "start: 2026-01-01" in (tmp_path / "plan-2026.yaml").read_text(encoding="utf-8")
    result = plan("fmt", str(source))
    assert result.returncode == 0, result.stderr
    assert source.read_text(encoding="utf-8") == MINIMAL_PLAN


@pytest.mark.parametrize("key", ["docu \tment", "co\tntent", "abbreviati\tons"])
def test_a_tab_inside_a_key_is_never_turned_into_a_blank(tmp_path: Path, key: str) -> None:
    name = key.replace("\t", "")
    text = (MINIMAL_PLAN + "abbreviations:\n  VGR: Västra Götalandsregionen\n").replace(f"{name}:", f"{key}:", 1)
    path = _write(tmp_path / "plan.yaml", text)
    result = plan("fmt", str(path))
    assert result.returncode in (0, 1) and "internt fel" not in result.stderr
    if result.returncode == 1:
        assert "plan.yaml:" in result.stderr and path.read_text(encoding="utf-8") == text
    assert same_data(load_text(path.read_text(encoding="utf-8"), "f").data, load_text(text, "f").data)


REFUSED_KEYS = ["true", "True", "null", "~", "0x10", "01", "0o7", "+1", "1_000", ".inf"]
KEPT_KEYS = ["1", "1177", "2025-01-01", "1.5", "!!str 12", "!!str true"]


@pytest.mark.parametrize("key", REFUSED_KEYS)
@pytest.mark.parametrize("where", ["top", "nested", "abbreviations"])
def test_a_key_yaml_reads_as_no_text_is_a_finding_in_fmt_and_new(tmp_path: Path, key: str, where: str) -> None:
    extra = {"top": f"{key}:\n  a:\n    b: c\n", "nested": f"extra:\n  {key}:\n    b: c\n",
             "abbreviations": f"abbreviations:\n  {key}: något\n"}[where]
    path = _write(tmp_path / "plan.yaml", MINIMAL_PLAN + extra)
    before = path.read_bytes()
    line = MINIMAL_PLAN.count("\n") + (1 if where == "top" else 2)
    result = plan("fmt", str(path))
    assert result.returncode == 1 and "internt fel" not in result.stderr
    assert f"plan.yaml:{line}:" in result.stderr and f'"{key}":' in result.stderr
    assert path.read_bytes() == before
    if where == "abbreviations":  # the only place where the plan is valid
        new = plan("new", "--from", str(path), "--year", "2026", "-o", str(tmp_path / "new.yaml"))
        assert new.returncode == 1 and f"plan.yaml:{line}:" in new.stderr and "inget skrevs" in new.stderr
        assert not (tmp_path / "new.yaml").exists()


@pytest.mark.parametrize("key", KEPT_KEYS)
def test_a_key_written_back_as_it_was_is_kept(tmp_path: Path, key: str) -> None:
    path = _write(tmp_path / "plan.yaml", MINIMAL_PLAN + f"abbreviations:\n  {key}: något\n")
    assert plan("fmt", "--check", str(path)).returncode == 0
    assert plan("new", "--from", str(path), "--year", "2026", "-o", str(tmp_path / "new.yaml")).returncode == 0
    assert f"\n  {key}: något\n" in (tmp_path / "new.yaml").read_text(encoding="utf-8")


def _period_plan(path: Path, start: dt.date, end: dt.date) -> Path:
    return _write(path, MINIMAL_PLAN.replace("start: 2025-01-01", f"start: {start}").replace(
        "end: 2025-12-31", f"end: {end}").replace("Förvaltningsplan 2025", "Förvaltningsplan"))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(1990, 2060), st.integers(1, 12), st.integers(1, 4), st.integers(1, 8), st.booleans())
def test_diff_and_new_move_any_period_by_whole_years(tmp_path_factory, year: int, month: int, length: int,
                                                      years: int, end_of_february: bool) -> None:
    from forvaltning_cli.yearly.rollover import shift_period

    tmp = tmp_path_factory.mktemp("period")
    start = dt.date(year, month, 1)
    if end_of_february:  # a period that ends on February's last day (28th or 29th)
        start = dt.date(year, 3, 1)
        end = dt.date(year + length, 3, 1) - dt.timedelta(days=1)
    else:
        end = dt.date(year + length, month, 1) - dt.timedelta(days=1)
    old = _period_plan(tmp / "old.yaml", start, end)
    new_start, new_end = shift_period(start, end, years)
    assert (new_end - new_start).days in range((end - start).days - 1, (end - start).days + 2)
    new = _period_plan(tmp / "new.yaml", new_start, new_end)
    result = plan("diff", str(old), str(new))
    assert result.returncode == 0, result.stderr
    assert f"framskriven {start.year} → {start.year + years}" in result.stdout
    rolled = plan("new", "--from", str(old), "--year", str(start.year + years), "-o", str(tmp / "rolled.yaml"))
    assert rolled.returncode == 0, rolled.stderr
    text = (tmp / "rolled.yaml").read_text(encoding="utf-8")
    assert f"start: {new_start}" in text and f"end: {new_end}" in text


def test_leap_day_period_examples(tmp_path: Path) -> None:
    old = _period_plan(tmp_path / "old.yaml", dt.date(2024, 3, 1), dt.date(2025, 2, 28))
    new = _period_plan(tmp_path / "new.yaml", dt.date(2027, 3, 1), dt.date(2028, 2, 29))
    result = plan("diff", str(old), str(new))
    assert result.returncode == 0 and "framskriven 2024 → 2027" in result.stdout, result.stderr
    leap = _period_plan(tmp_path / "leap.yaml", dt.date(2023, 3, 1), dt.date(2024, 2, 29))
    assert plan("new", "--from", str(leap), "--year", "2026", "-o", str(tmp_path / "n.yaml")).returncode == 0
    assert "end: 2027-02-28" in (tmp_path / "n.yaml").read_text(encoding="utf-8")


def test_split_into_a_missing_directory_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "saknas" / "split.xlsx"
    result = plan("split", "plans/2025-websesam.yaml", "-f", "xlsx", "-o", str(out))
    assert result.returncode == 2 and "finns inte" in result.stderr and "saknas" in result.stderr
    assert not out.parent.exists()


@pytest.mark.parametrize("errno_, strerror", [(13, "Permission denied"), (30, "Read-only file system")])
def test_split_where_writing_is_forbidden_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           errno_: int, strerror: str) -> None:
    import tempfile

    def forbidden(*args, **kwargs):  # what a read-only directory or file system answers (even to root)
        raise OSError(errno_, strerror)

    monkeypatch.setattr(tempfile, "mkstemp", forbidden)
    out = tmp_path / "s.xlsx"
    result = plan("split", "plans/2025-websesam.yaml", "-f", "xlsx", "-o", str(out))
    assert result.returncode == 2 and "får inte skrivas" in result.stderr and "s.xlsx" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
@pytest.mark.parametrize("output_format", ["xlsx", "csv", "json"])
def test_split_into_a_read_only_directory_is_a_usage_error(tmp_path: Path, output_format: str) -> None:
    directory = tmp_path / "låst"
    directory.mkdir()
    directory.chmod(0o555)
    try:
        result = plan("split", "plans/2025-websesam.yaml", "-f", output_format, "-o", str(directory / f"s.{output_format}"))
        assert result.returncode == 2 and "får inte skrivas" in result.stderr
        assert list(directory.iterdir()) == []
    finally:
        directory.chmod(0o755)


# --------------------------------------------------------------------------------------------
# 4. An absurd period does not make split --monthly run for minutes
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("start, end, months", [("0001-01-01", "9999-12-31", 119988), ("2020-01-01", "2030-01-31", 121)])
def test_monthly_split_over_an_absurd_period_is_refused(tmp_path: Path, start: str, end: str, months: int) -> None:
    text = (PLANS / "2025-websesam.yaml").read_text(encoding="utf-8")
    import re

    text = re.sub(r"period:\n(  .*\n)+", f"period:\n  start: {start}\n  end: {end}\n", text, count=1)
    path = _write(tmp_path / "plan.yaml", text)
    started = time.monotonic()
    result = plan("split", str(path), "--monthly", "-f", "csv", timeout=20)
    assert time.monotonic() - started < 10
    assert result.returncode == 1, result.stderr
    assert f"har {months} månader" in result.stderr and "högst 120" in result.stderr
    assert "plan.yaml" in result.stderr
    assert plan("split", str(path), "-f", "csv").returncode == 0  # without --monthly it splits


def test_monthly_split_of_ten_years_still_works(tmp_path: Path) -> None:
    import re

    text = (PLANS / "2025-websesam.yaml").read_text(encoding="utf-8")
    text = re.sub(r"period:\n(  .*\n)+", "period:\n  start: 2020-01-01\n  end: 2029-12-31\n", text, count=1)
    result = plan("split", str(_write(tmp_path / "plan.yaml", text)), "--monthly", "-f", "json")
    assert result.returncode == 0, result.stderr


# --------------------------------------------------------------------------------------------
# 5. Auxiliary inputs: --population, --baseline, .plan.toml / pyproject.toml
# --------------------------------------------------------------------------------------------


def _run_with_aux(kind: str, path: Path, tmp_path: Path):
    """Run the command that reads an auxiliary file of ``kind`` from ``path``."""
    if kind == "population":
        return plan("split", str(PLANS / "2026-shvo.yaml"), "--population", str(path), timeout=20)
    if kind == "baseline":
        return plan("validate", str(PLANS / "2025-websesam.yaml"), "--baseline", str(path), timeout=20)
    project = path.parent
    return plan("validate", str(PLANS / "2025-websesam.yaml"), cwd=project, timeout=20)


AUX_NAMES = {"population": "pop.csv", "baseline": "baseline.json", "config": ".plan.toml"}


def _aux_path(kind: str, tmp_path: Path) -> Path:
    directory = tmp_path / "projekt"
    directory.mkdir(exist_ok=True)
    return directory / AUX_NAMES[kind]


@pytest.mark.parametrize("kind", list(AUX_NAMES))
@pytest.mark.parametrize("special", ["fifo", "dev-zero", "directory", "too-large"])
def test_auxiliary_inputs_that_are_not_small_regular_files(tmp_path: Path, kind: str, special: str) -> None:
    path = _aux_path(kind, tmp_path)
    if special == "fifo":
        os.mkfifo(path)
    elif special == "dev-zero":
        path.symlink_to("/dev/zero")
    elif special == "directory":
        path.mkdir()
    else:
        with open(path, "wb") as handle:  # sparse: 11 MB of nothing on disk
            handle.truncate(11 * 1024 * 1024)
    result = _run_with_aux(kind, path, tmp_path)
    if special == "directory" and kind == "config":
        assert result.returncode == 0, result.stderr  # a directory named .plan.toml is no configuration
        return
    assert result.returncode == 2, result.stderr
    assert path.name in result.stderr and "internt fel" not in result.stderr
    expected = {"fifo": "ingen vanlig fil", "dev-zero": "ingen vanlig fil", "directory": "katalog",
                "too-large": "större än 10 MB"}[special]
    assert expected in result.stderr


@pytest.mark.parametrize("kind", list(AUX_NAMES))
def test_auxiliary_inputs_that_are_not_utf8_name_line_and_column(tmp_path: Path, kind: str) -> None:
    good = {"population": b"kommun,folkmangd\nAle,1\n", "baseline": b'{"version": 1,\n "findings": []}\n',
            "config": b'select = ["*"]\n'}[kind]
    path = _aux_path(kind, tmp_path)
    path.write_bytes(good + b"# \xe5\xe4\xf6 Latin-1\n")
    result = _run_with_aux(kind, path, tmp_path)
    assert result.returncode == 2, result.stderr
    line = good.count(b"\n") + 1
    assert f"{path.name}:{line}:3:" in result.stderr and "inte UTF-8" in result.stderr


@pytest.mark.parametrize("content, position", [
    ('{"version": 1,\n "findings": [\n  {"file": "a", }\n]}', "3:"),
    ('{"version": 1, "findings": [{"file": "a", "rule": "r", "message": "m", "count": 1e999}]}', "findings[0].count"),
    ('{"version": 1, "findings": [{"file": 1, "rule": "r", "message": "m"}]}', "findings[0].file"),
    ('{"version": 1, "findings": {}}', "findings ska vara en lista"),
    ("[" * 100000 + "]" * 100000, "nästlad"),
    ('"x"', "JSON-objekt"),
])
def test_bad_baseline_values_are_usage_errors_that_say_where(tmp_path: Path, content: str, position: str) -> None:
    path = _write(tmp_path / "baseline.json", content)
    result = _run_with_aux("baseline", path, tmp_path)
    assert result.returncode == 2 and "internt fel" not in result.stderr
    assert position in result.stderr and "baseline.json" in result.stderr


@pytest.mark.parametrize("content, position", [
    ("select = [\n  'budget-*',\n  oops\n]\n", "line 3"),
    ("tool = 1\n", "tool"),
    ("[tool]\nplan = 3\n", "tool.plan"),
    ('format = ["json"]\n', "format"),
    ('paths = ["a\\u0000b"]\n', "paths"),
    ('baseline = ""\n', "baseline"),
])
def test_bad_configuration_values_are_usage_errors_that_say_where(tmp_path: Path, content: str, position: str) -> None:
    path = _aux_path("config", tmp_path)
    path.write_text(content, encoding="utf-8")
    result = _run_with_aux("config", path, tmp_path)
    assert result.returncode == 2 and "internt fel" not in result.stderr
    assert position in result.stderr and ".plan.toml" in result.stderr


def test_a_pyproject_whose_tool_is_no_table_is_not_our_configuration(tmp_path: Path) -> None:
    path = _write(tmp_path / "projekt" / "pyproject.toml", 'tool = "x"\n')
    assert _run_with_aux("config", path, tmp_path).returncode == 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(list(AUX_NAMES)), st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_auxiliary_file_gives_an_answer_never_a_crash(tmp_path_factory, kind: str, content: bytes) -> None:
    tmp = tmp_path_factory.mktemp("aux")
    path = _aux_path(kind, tmp)
    path.write_bytes(content)
    result = _run_with_aux(kind, path, tmp)
    assert result.returncode in (0, 1, 2), result.stderr
    assert "internt fel" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_the_fuzzer_runs_every_target_without_a_failure() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "fuzz.py"), "--iterations", "120",
                             "--target", "all", "--seed", "12"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert ("120 inputs (plan 15, fmt 15, new 15, population 15, baseline 15, config 15, template 15, outputs 15),"
            " 0 failures") in result.stdout


def test_a_period_that_cannot_move_so_far_is_a_clean_refusal(tmp_path: Path) -> None:
    old = _period_plan(tmp_path / "old.yaml", dt.date(1, 1, 1), dt.date(9999, 12, 31))
    result = plan("new", "--from", str(old), "--year", "2026", "-o", str(tmp_path / "new.yaml"))
    assert result.returncode == 1 and "kan inte flyttas till 2026" in result.stderr and "inget skrevs" in result.stderr
    assert not (tmp_path / "new.yaml").exists()
    other = _period_plan(tmp_path / "other.yaml", dt.date(5, 1, 1), dt.date(9999, 12, 31))
    diff = plan("diff", str(old), str(other))
    assert diff.returncode == 0 and "internt fel" not in diff.stderr and "framskriven" not in diff.stdout
