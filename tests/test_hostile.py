"""Hostile and broken input: a finding with a place, an exit code, never a traceback, never a
hang, and nothing the user wrote is lost."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import MINIMAL_PLAN, PLANS, ROOT, plan
from forvaltning_cli.checks import RULES, run_checks
from forvaltning_cli.findings import Severity
from forvaltning_cli.load import MAX_FILE_BYTES, load_file, load_text

CORPUS = ROOT / "tests" / "corpus"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
BROKEN = sorted(name for name, case in EXPECTED.items() if case["rule"])
VALID = sorted(name for name, case in EXPECTED.items() if not case["rule"])


def test_corpus_manifest_covers_every_file() -> None:
    assert sorted(p.name for p in CORPUS.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", BROKEN)
def test_validate_reports_each_broken_file(name: str) -> None:
    case = EXPECTED[name]
    result = plan("validate", "-f", "json", str(CORPUS / name))
    assert result.returncode == 1
    findings = json.loads(result.stdout)["findings"]
    assert any(f["rule"] == case["rule"] and f["line"] == case["line"] for f in findings), findings
    if "hint" in case:
        assert any(case["hint"] in f.get("hint", "") for f in findings)
    assert all(f["file"] == str(CORPUS / name) and f["line"] >= 1 and f["column"] >= 1 for f in findings)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", VALID)
def test_bom_and_crlf_are_fine(name: str) -> None:
    assert plan("validate", str(CORPUS / name)).returncode == 0


@pytest.mark.parametrize("name", BROKEN)
def test_every_reading_command_refuses_broken_files_cleanly(name: str, tmp_path: Path) -> None:
    source = tmp_path / name
    shutil.copy(CORPUS / name, source)
    original = source.read_bytes()
    line = EXPECTED[name]["line"]
    runs = {
        "render": plan("render", str(source), "-o", str(tmp_path / "out.html")),
        "split": plan("split", str(source)),
        "diff": plan("diff", str(PLANS / "2025-websesam.yaml"), str(source)),
        "new": plan("new", "--from", str(source), "--year", "2030", "-o", str(tmp_path / "new.yaml")),
        "fmt": plan("fmt", "--check", str(source)),
    }
    from forvaltning_cli.checks import RULES

    loads = RULES[EXPECTED[name]["rule"]].loader_rule  # the file is not a plan at all
    yaml_level = EXPECTED[name]["rule"] in ("yaml-syntax", "encoding", "yaml-tag", "yaml-limits", "plan-structure", "duplicate-key")
    for command, result in runs.items():
        assert "Traceback" not in result.stderr + result.stdout, command
        assert result.returncode in (0, 1), (command, result.stderr)
        # A plan with content errors can still be split, diffed, moved to a new year and laid out;
        # a file that is not a plan cannot, and fmt only needs YAML.
        must_fail = command == "render" or (loads and (command != "fmt" or yaml_level))
        if not must_fail:
            continue
        assert result.returncode == 1, (command, result.stderr)
        if command != "diff":
            assert f"{source}:{line}:" in result.stderr, (command, result.stderr)
    assert source.read_bytes() == original
    assert not (tmp_path / "out.html").exists()
    assert (tmp_path / "new.yaml").exists() is not loads


# --------------------------------------------------------------------------------------------
# The file system
# --------------------------------------------------------------------------------------------


def test_paths_that_are_not_plans(tmp_path: Path) -> None:
    assert plan("validate", str(tmp_path / "missing.yaml")).returncode == 2
    (tmp_path / "empty").mkdir()
    assert plan("validate", str(tmp_path / "empty")).returncode == 2
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(tmp_path / "loop2.yaml")
    (tmp_path / "loop2.yaml").symlink_to(loop)
    result = plan("validate", "-f", "json", str(loop))
    assert result.returncode == 1 and json.loads(result.stdout)["findings"][0]["rule"] == "file-unreadable"
    directory_loop = tmp_path / "tree"
    directory_loop.mkdir()
    (directory_loop / "self").symlink_to(directory_loop)
    shutil.copy(PLANS / "2025-websesam.yaml", directory_loop / "plan.yaml")
    result = plan("validate", "-f", "json", str(directory_loop))
    assert json.loads(result.stdout)["summary"]["files"] == 1


def test_a_fifo_is_reported_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    result = plan("validate", "-f", "json", str(fifo))  # must not block waiting for a writer
    assert result.returncode == 1
    assert json.loads(result.stdout)["findings"][0]["rule"] == "file-unreadable"


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.yaml"
    path.write_text(MINIMAL_PLAN, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # root reads anything: make the read itself fail instead
            findings = load_file(tmp_path).findings
        else:
            findings = load_file(path).findings
    finally:
        path.chmod(0o644)
    assert [f.rule for f in findings] == ["file-unreadable"]


def test_a_very_large_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    (finding,) = load_file(path).findings
    assert finding.rule == "yaml-limits" and "MB" in finding.message


def test_thousands_of_budget_lines(tmp_path: Path) -> None:
    lines = "".join(f"    - {{id: rad-{i}, name: Rad {i}, amount: {i}}}\n" for i in range(5000))
    total = sum(range(5000))
    text = MINIMAL_PLAN + f"budget:\n  title: Budget 2025\n  year: 2025\n  items:\n{lines}  total: {{amount: {total + 1}}}\n"
    (tmp_path / "big.yaml").write_text(text, encoding="utf-8")
    result = plan("validate", "-f", "json", str(tmp_path / "big.yaml"))
    findings = json.loads(result.stdout)["findings"]
    assert [f["rule"] for f in findings] == ["budget-total"] and findings[0]["line"] == 5018


# --------------------------------------------------------------------------------------------
# Fuzzing (bounded here; tools/fuzz.py runs longer)
# --------------------------------------------------------------------------------------------

SEED = (PLANS / "2026-shvo.yaml").read_text(encoding="utf-8")
SEED_DATA = load_text(SEED, "p.yaml").data


def assert_usable(findings, text: str, file: str, plan) -> None:
    """What a user relies on for any input: every finding names a known rule and a place inside
    the file, no check crashed, and a file that is not a plan fails with at least one error."""
    lines = len(text.splitlines())  # counts every kind of line break, so at least YAML's count
    for f in findings:
        assert f.rule in RULES, f
        assert f.rule != "check-crashed", f.message
        assert f.file == file and f.message, f
        assert 1 <= f.line <= lines + 1 and f.column >= 1, (f, lines)
        assert f.severity in (Severity.ERROR, Severity.WARNING, Severity.INFO), f
    assert plan is not None or any(f.severity is Severity.ERROR for f in findings), findings


# Each operation picks a container (a non-empty mapping or list; a mapping for "rename") and a
# key in it; "retype" replaces the value there with a scalar of another type.
def _mutations():
    scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20),
                        st.floats(allow_nan=True),
                        st.text(max_size=20), st.just([]), st.just({}))
    operation = st.one_of(
        st.tuples(st.sampled_from(["drop", "duplicate", "reorder", "rename"]), st.integers(0, 10**6), st.integers(0, 10**6)),
        st.tuples(st.just("retype"), st.integers(0, 10**6), st.integers(0, 10**6), scalars),
    )
    return st.lists(operation, min_size=1, max_size=8)


def _nodes(data, path=()):
    yield path, data
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _nodes(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _nodes(value, path + (index,))


def _mutate(data, operations):
    """``data`` with every operation applied, and the ``(operation, path)`` of each."""
    import copy

    data = copy.deepcopy(data)
    applied = []
    for operation, which, pick, *value in operations:
        kinds = dict if operation == "rename" else (dict, list)
        containers = [(p, n) for p, n in _nodes(data) if isinstance(n, kinds) and n]
        path, node = containers[which % len(containers)]  # the root mapping is never emptied
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        key = keys[pick % len(keys)]
        if operation == "drop":
            del node[key]
        elif operation == "duplicate":
            if isinstance(node, list):
                node.insert(key, copy.deepcopy(node[key]))
            else:
                node[f"{key}_kopia"] = copy.deepcopy(node[key])
        elif operation == "retype":
            node[key] = copy.deepcopy(value[0])
        elif operation == "reorder":
            if isinstance(node, list):
                node.reverse()
            else:
                items = list(node.items())[::-1]
                node.clear()
                node.update(items)
        else:  # rename
            node[f"{key}x"] = node.pop(key)
        applied.append((operation, path + (key,)))
    return data, applied


def _dump(data) -> str:
    import io

    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False  # block style: libyaml refuses a tentative date (2025-12-10?) inside { }
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    return buffer.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutations())
@pytest.mark.slow
def test_structural_mutations_give_findings_never_exceptions(operations) -> None:
    data, applied = _mutate(SEED_DATA, operations)
    assert [a[0] for a in applied] == [o[0] for o in operations]  # every drawn operation was applied
    text = _dump(data)
    loaded = load_text(text, "p.yaml")
    findings = loaded.findings + run_checks(loaded)
    assert_usable(findings, text, "p.yaml", loaded.plan)
    if any(operation == "rename" for operation, _ in applied) or any(
        operation == "drop" and path[:1] in (("schema_version",), ("document",), ("period",), ("sections",))
        and len(path) == 1 for operation, path in applied
    ):
        assert findings, "a renamed key, or a required part dropped, is reported"


def _noisy(raw: bytes, noise: bytes, position: int) -> bytes:
    return raw[:position] + noise + raw[position + len(noise) // 2:]


def _first_bad_byte_line(raw: bytes) -> int | None:
    """The line the loader must report an encoding error on, or None for valid UTF-8 text."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return 1
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return raw[:exc.start].count(b"\n") + 1
    return text.count("\n", 0, text.index("\0")) + 1 if "\0" in text else None


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.integers(0, len(SEED)))
def test_bytes_fuzz_never_raises(tmp_path_factory, noise: bytes, position: int) -> None:
    from forvaltning_cli.lint import lint

    mutated = _noisy(SEED.encode("utf-8"), noise, position)
    path = tmp_path_factory.getbasetemp() / "fuzzed.yaml"
    path.write_bytes(mutated)
    linted = lint(path, "p.yaml")  # the file as plan validate reads it: bytes, decoding, checks, settings
    bad_line = _first_bad_byte_line(mutated)
    if bad_line is not None:
        assert [(f.rule, f.line, f.severity) for f in linted.findings] == [("encoding", bad_line, Severity.ERROR)]
        assert linted.plan is None and linted.fails()
        return
    text = mutated.decode("utf-8-sig")
    assert_usable(linted.findings, text, "p.yaml", linted.plan)
    # The same text given directly gives the same findings (git revisions are linted that way).
    assert lint(Path("p.yaml"), text=text).findings == linted.findings


@pytest.mark.slow  # fmt on a whole plan, twice per example (test_editing checks fmt on small plans)
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["2025-websesam.yaml", "2026-shvo.yaml"]), _mutations())
@pytest.mark.slow
def test_round_trip_of_valid_plans_is_identical(name, operations) -> None:
    """fmt keeps the data of any plan-shaped YAML (a shipped plan mutated and written out
    plainly), and formatting its output again changes nothing; what it cannot write back
    unchanged it refuses with an error and leaves alone."""
    from forvaltning_cli.yearly.layout import format_text

    text = (PLANS / name).read_text(encoding="utf-8")
    data, applied = _mutate(load_text(text, name).data, operations)
    assert len(applied) == len(operations)
    mutated = _dump(data)
    # The plain dump is this test's own writer, not plan fmt: ruamel's pure-Python emitter writes a
    # next-line character (U+0085) in single quotes so that it reads back as a space. Such a text
    # does not say what ``data`` says, so there is nothing to format faithfully.
    assume(_comparable(load_text(mutated, name).data) == _comparable(data))
    formatted, findings = format_text(mutated, name)
    if formatted is None:
        # Today only a float ruamel's representer cannot write back exactly (1.86113204744004e-308
        # becomes …003e-308, -6.013930319742165e+16 is written as another number).
        assert [f.severity for f in findings] == [Severity.ERROR], findings
        assert any(isinstance(node, float) for _, node in _nodes(data)), findings
        return
    assert findings == []
    assert _comparable(load_text(formatted, name).data) == _comparable(data)
    assert format_text(formatted, name)[0] == formatted


def _comparable(data):
    """``data`` with every scalar's type made part of its value (1, 1.0 and True differ) and NaN
    (never equal to itself) comparable."""
    if isinstance(data, dict):
        return {key: _comparable(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_comparable(value) for value in data]
    if isinstance(data, float) and data != data:
        return ("float", "NaN")
    return (type(data).__name__, data)


# --------------------------------------------------------------------------------------------
# Nothing lost: atomic writes
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("failing", ["os.replace", "os.fsync"])
def test_a_failed_write_leaves_the_original_intact(tmp_path: Path, monkeypatch, failing: str, capsys) -> None:
    from forvaltning_cli.cli import main

    messy = tmp_path / "2025-plan.yaml"
    content = MINIMAL_PLAN.replace("  status: Utgåva", "  status: 'Utgåva'")
    messy.write_text(content, encoding="utf-8")
    target = tmp_path / "2026-plan.yaml"
    target.write_text("# mitt utkast\n", encoding="utf-8")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(failing, disk_full)
    assert main(["fmt", str(messy)]) == 1
    assert main(["new", "--from", str(messy), "--year", "2026", "-o", str(target), "--force"]) == 1
    monkeypatch.undo()
    assert messy.read_text(encoding="utf-8") == content
    assert target.read_text(encoding="utf-8") == "# mitt utkast\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2025-plan.yaml", "2026-plan.yaml"]
    assert "No space left on device" in capsys.readouterr().err


def test_render_write_failure_keeps_the_previous_document(tmp_path: Path, monkeypatch) -> None:
    from forvaltning_cli.cli import main

    out = tmp_path / "plan.html"
    assert main(["render", str(PLANS / "2025-websesam.yaml"), "-o", str(out)]) == 0
    before = out.read_bytes()

    def crash(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("os.replace", crash)
    assert main(["render", str(PLANS / "2025-websesam.yaml"), "-f", "md", "-o", str(out)]) == 1
    monkeypatch.undo()
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.html"]


def test_an_internal_error_is_one_line_with_the_version() -> None:
    code = ("import forvaltning_cli.commands.validate as v\n"
            "def boom(*a, **k): raise RuntimeError('oväntat')\n"
            "v.run = boom\n"
            "import sys; sys.argv = ['plan', 'validate']\n"
            "from forvaltning_cli.cli import run; run()\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    from forvaltning_cli import __version__

    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "RuntimeError: oväntat" in lines[0] and __version__ in lines[0]
    assert "Traceback" not in result.stderr


# Five mistakes people make when editing a plan by hand, each in a shipped plan: the finding is at
# the line to change and its hint says what to write instead.
WEBSESAM = (PLANS / "2025-websesam.yaml").read_text(encoding="utf-8")
SHVO = (PLANS / "2026-shvo.yaml").read_text(encoding="utf-8")
SUPPORT_LINE = "    - id: support-hmc\n      name: Support 100% tjänsteköp från HMC\n"
EDITING_MISTAKES = {
    "mistyped-key": (WEBSESAM.replace("  status: Utgåva", "  staus: Utgåva", 1),
                     "unknown-key", 10, "menade du 'status'?"),
    "indented-too-deep": (WEBSESAM.replace(
        "      name: Oförutsedda kostnader såsom löpande leverantörskostnader\n      amount: 0",
        "      name: Oförutsedda kostnader såsom löpande leverantörskostnader\n        amount: 0", 1),
        "yaml-syntax", 223, "rad 223 är indragen djupare än raden ovanför"),
    "thousands-separator": (WEBSESAM.replace("        amount: 1489000", "        amount: 1 489 000", 1),
                            "invalid-value", 220, "utan mellanslag, t.ex. 1489000"),
    "percent-sign": (SHVO.replace("        VGR: 70\n        VGK: 30", "        VGR: 70 %\n        VGK: 30", 1),
                     "invalid-value", 284, "skriv talet utan procenttecken: 70"),
    "half-resolved-conflict": (WEBSESAM.replace(
        SUPPORT_LINE, "<<<<<<< HEAD\n" + SUPPORT_LINE + "=======\n" + SUPPORT_LINE.replace("100%", "100 %"), 1),
        "yaml-syntax", 224, "behåll den version som ska gälla och ta bort markeringarna"),
}


@pytest.mark.parametrize("mistake", EDITING_MISTAKES)
def test_editing_mistakes_say_what_to_change(mistake: str, tmp_path: Path) -> None:
    text, rule, line, hint = EDITING_MISTAKES[mistake]
    assert text not in (WEBSESAM, SHVO)  # the mistake was made
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    result = plan("validate", "-f", "json", str(path))
    assert result.returncode == 1
    errors = [f for f in json.loads(result.stdout)["findings"] if f["severity"] == "error"]
    assert [(f["rule"], f["line"]) for f in errors] == [(rule, line)], errors
    assert hint in errors[0]["hint"]
