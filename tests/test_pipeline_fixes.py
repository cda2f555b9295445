"""The bugs the one-pipeline restructure fixed, each pinned by what a user sees."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import PLANS
from forvaltning_cli.cli import main


def _html(markdown: str) -> str:
    """The Markdown as a reader's renderer shows it (CommonMark, raw HTML allowed as GitHub does)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").render(markdown)


@pytest.fixture
def shvo(tmp_path: Path, monkeypatch) -> Path:
    target = tmp_path / "2026-shvo.yaml"
    target.write_text((PLANS / "2026-shvo.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    return target


def test_an_output_in_a_missing_directory_is_a_usage_error_not_a_bug(shvo: Path, capsys) -> None:
    assert main(["split", str(shvo), "-f", "csv", "-o", "/no/such/dir/x.csv"]) == 2
    err = capsys.readouterr().err
    assert "katalogen '/no/such/dir' finns inte" in err
    assert "internt fel" not in err and "bugg" not in err


def test_a_changed_total_is_one_changed_finding_in_the_diff(shvo: Path, capsys) -> None:
    edited = shvo.with_name("edited.yaml")
    edited.write_text(shvo.read_text(encoding="utf-8").replace("    amount: 16000000\n", "    amount: 16100000\n"),
                      encoding="utf-8")
    assert main(["diff", str(shvo), str(edited), "-f", "json"]) == 0
    validation = json.loads(capsys.readouterr().out)["plans"][0]["validation"]
    assert validation["introduced"] == [] and validation["resolved"] == []
    (change,) = validation["changed"]
    assert change["old"]["rule"] == change["new"]["rule"] == "budget-total"
    assert "16 000 000 kr" in change["old"]["message"] and "16 100 000 kr" in change["new"]["message"]


def test_diff_and_textconv_name_budget_lines_alike(shvo: Path, capsys) -> None:
    edited = shvo.with_name("edited.yaml")
    edited.write_text(shvo.read_text(encoding="utf-8").replace("amount: 2400000", "amount: 2500000", 1),
                      encoding="utf-8")
    main(["diff", str(shvo), str(edited), "-f", "json"])
    paths = [c["path"] for c in json.loads(capsys.readouterr().out)["plans"][0]["changes"]]
    amount_path = next(p for p in paths if p.endswith(".amount") and p.startswith("budget.items["))
    assert main(["textconv", str(edited)]) == 0
    view = capsys.readouterr().out
    assert f"{amount_path}: 2500000" in view.splitlines()


def test_swedish_participles_agree_in_the_diff(shvo: Path, capsys) -> None:
    edited = shvo.with_name("edited.yaml")
    text = shvo.read_text(encoding="utf-8")
    first_paragraph = re.search(r"\n(\s+- text: )(.+)\n", text)
    edited.write_text(text.replace(first_paragraph.group(0),
                                   first_paragraph.group(0) + first_paragraph.group(1) + "Ett helt nytt stycke om året.\n", 1),
                      encoding="utf-8")
    main(["diff", str(shvo), str(edited)])
    out = capsys.readouterr().out
    assert "stycke tillagt" in out and "stycke tillagd" not in out


def test_fmt_says_one_file_is_already_formatted(shvo: Path, capsys) -> None:
    assert main(["fmt", "--check", str(shvo)]) == 0
    assert "1 fil redan formaterad\n" in capsys.readouterr().err


def test_split_table_never_breaks_an_amount_at_80_columns(shvo: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["split", str(shvo)]) == 0
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) <= 80
    for amount in (7_900_000, 5_790_000, 10_110_000, 15_900_000):
        assert f"{amount:,}".replace(",", "\u00a0") in out, amount  # whole, on one line


def test_help_is_swedish(capsys) -> None:
    assert main(["validate", "--help"]) == 0
    out = capsys.readouterr().out
    assert "Kontrollera planer" in out and "Slutkod 1 även vid varningar" in out


def test_a_section_number_cannot_inject_markup_through_its_anchor(shvo: Path, capsys) -> None:
    text = shvo.read_text(encoding="utf-8")
    first = re.search(r"\n  - id: [^\n]+\n    number: [^\n]+\n", text).group(0)
    text = text.replace(first, '\n  - number: "1.1\\"><img src=x onerror=alert(1)>"\n', 1)
    shvo.write_text(text, encoding="utf-8")
    assert main(["render", str(shvo), "-f", "md", "--allow-errors"]) == 0
    out = capsys.readouterr().out
    html = _html(out)
    assert "<img" not in html
    anchors = re.findall(r'<a id="([^"]*)">', out)
    assert anchors and all(re.fullmatch(r"[A-Za-z0-9_.-]+", a) for a in anchors)


def test_a_party_label_is_a_table_cell_in_markdown(shvo: Path, capsys) -> None:
    shvo.write_text(shvo.read_text(encoding="utf-8").replace("column: Kommun", 'column: "Kommun <script>x</script> | y"', 1),
                    encoding="utf-8")
    assert main(["render", str(shvo), "-f", "md", "--allow-errors"]) == 0
    out = capsys.readouterr().out
    assert "<script" not in _html(out)
    for line in out.splitlines():
        if line.startswith("| Rad | Fördelningsnyckel"):
            assert line.count(" | ") == line.replace("\\|", "").count(" | ")  # every | in the label escaped


def test_textconv_never_waits_on_a_fifo(tmp_path: Path, capsys) -> None:
    import os

    fifo = tmp_path / "plan.yaml"
    os.mkfifo(fifo)
    assert main(["textconv", str(fifo)]) == 0
    assert capsys.readouterr().out == ""


def test_a_control_character_is_found_where_it_is_in_swedish(tmp_path: Path, capsys) -> None:
    plan_file = tmp_path / "plan.yaml"
    plan_file.write_text('schema_version: 1\ndocument:\n  title: "a\x07b"\n', encoding="utf-8")
    assert main(["validate", str(plan_file)]) == 1
    out = capsys.readouterr().out
    assert f"{plan_file}:3:12" in out and "styrtecken" in out
    assert "position" not in out  # not ruamel's English offset


def test_file_names_in_messages_are_spelt_out(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    name = "x\x1b]0;pwn\x07\x1b[31m.yaml"
    (tmp_path / name).write_text((PLANS / "2025-websesam.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["render", name, "-o", "out"]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b" in err


def test_a_link_within_the_project_is_read_and_one_out_of_it_is_not(tmp_path: Path, monkeypatch, capsys) -> None:
    project, outside = tmp_path / "project", tmp_path / "outside"
    (project / "plans").mkdir(parents=True)
    (project / "shared").mkdir()
    outside.mkdir()
    (project / ".plan.toml").write_text("", encoding="utf-8")
    text = (PLANS / "2025-websesam.yaml").read_text(encoding="utf-8")
    (project / "shared" / "plan.yaml").write_text(text, encoding="utf-8")
    (outside / "secret.yaml").write_text("lösenord: hemligt\n", encoding="utf-8")
    (project / "plans" / "a.yaml").symlink_to(project / "shared" / "plan.yaml")
    (project / "plans" / "b.yaml").symlink_to(outside / "secret.yaml")
    monkeypatch.chdir(project)
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["validate", "-f", "json", "plans"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    by_file = {f["file"] for f in findings if f["rule"] == "file-unreadable"}
    assert by_file == {"plans/b.yaml"}
    assert not any("hemligt" in f["message"] or "lösenord" in f["message"] for f in findings)
    assert not any(f["file"] == "plans/a.yaml" and f["severity"] == "error" for f in findings)


@pytest.mark.parametrize("title", ['\t<a href="javascript:alert(1)">klicka</a>', "    <script>x</script>",
                                   "\x1b]0;pwn\x07Rubrik"])
def test_a_title_is_plain_text_in_markdown_and_drives_no_terminal(shvo: Path, capsys, title: str) -> None:
    # Found by the fuzzer: an indented title read as Markdown became a code block, rebuilt as a
    # fence inside a one-line heading, after which the rest of the title was raw HTML.
    text = shvo.read_text(encoding="utf-8")
    first = re.search(r"\n    title: [^\n]+\n", text).group(0)
    quoted = title.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\x1b", "\\e").replace("\x07", "\\a")
    shvo.write_text(text.replace(first, f'\n    title: "{quoted}"\n', 1), encoding="utf-8")
    assert main(["render", str(shvo), "-f", "md", "--allow-errors"]) == 0
    out = capsys.readouterr().out
    html = _html(out)
    assert "<script" not in html and 'href="javascript' not in html
    assert "\x1b" not in out and "\x07" not in out


def test_a_character_reference_cannot_smuggle_a_control_into_markdown() -> None:
    from forvaltning_cli.render.markup import markdown_cell, markdown_text

    for text in ("a &#x202e;cba", "&#x2066;x&#x2069;", "rad&#x2028;rad"):
        for out in (markdown_text(text), markdown_cell(text)):
            assert not any(ch in out for ch in "\u202e\u2066\u2069\u2028"), (text, out)
