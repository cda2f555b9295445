"""Issue 12, rendering: house-style templates and plans from pull requests are rendered in CI.

A template runs no code and reaches no Python internals; a template file outside its folder is
not read; the PDF embeds only the document's own files (never the network, a device, a file
elsewhere); ``-o`` replaces only what ``plan render`` wrote; a template's runtime error names its
file and line. Every refusal is a Swedish "mallfel" (exit 1) or a usage error (exit 2), never a
traceback (exit 3).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import textwrap
import types
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MINIMAL_PLAN, PLANS, findings_for, plan

WEBSESAM = PLANS / "2025-websesam.yaml"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A plan repository in CI: a copied plan, with a ``templates/html`` house-style folder."""
    root = tmp_path / "repo"
    (root / "templates" / "html").mkdir(parents=True)
    (root / "templates" / "md").mkdir(parents=True)
    shutil.copy(WEBSESAM, root / "plan.yaml")
    return root


def house_template(repo: Path, body: str, name: str = "html/document.html.j2") -> Path:
    path = repo / "templates" / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------
# 1. Templates cannot escape the sandbox
# --------------------------------------------------------------------------------------------

# Each known way out of a Jinja template, each trying to create the file MARK (a side effect).
ESCAPES = {
    "pydantic parse_raw pickle": '{{ view.plan.parse_raw(payload, content_type="application/pickle",'
                                 ' proto="pickle", allow_pickle=True) }}',
    "pydantic parse_file": '{{ view.plan.parse_file(mark, proto="pickle", allow_pickle=True) }}',
    "pydantic model_validate": "{{ view.plan.model_validate({}) }}",
    "pydantic model_construct": "{{ view.plan.document.model_construct() }}",
    "class of a split line's plan": "{{ view.split.plan.parse_raw(payload) }}",
    "__class__.__mro__ subclasses": "{{ view.plan.__class__.__mro__[-1].__subclasses__() }}",
    "str __class__ mro": "{{ ''.__class__.mro()[1].__subclasses__() }}",
    "__init__.__globals__": "{{ view.__init__.__globals__['os'].system('touch ' ~ mark) }}",
    "bound method globals": "{{ view.anchor.__func__.__globals__ }}",
    "jinja cycler globals": "{{ cycler.__init__.__globals__.os.system('touch ' ~ mark) }}",
    "jinja joiner globals": "{{ joiner.__init__.__globals__.os.system('touch ' ~ mark) }}",
    "namespace class": "{{ namespace.__init__.__globals__ }}",
    "str.format field access": '{{ "{0.__class__.__init__.__globals__}".format(view) }}',
    "str.format_map": '{{ "{x.__class__}".format_map({"x": view}) }}',
    "format of a plan string": '{{ view.plan.document.title.format(view) }}',
    "template reference context": "{{ self._TemplateReference__context }}",
    "enum class": "{{ view.plan.document.status.__class__.__init__.__globals__ }}",
    "date class method": "{{ view.plan.document.issued.date.value.fromisoformat('2020-01-01') }}",
    "loop internals": "{% for x in [1] %}{{ loop._iterator }}{% endfor %}",
    "filter attribute on macro": "{% macro m() %}{% endmacro %}{{ m._func.__globals__ }}",
    "getitem of dunder": "{{ view['__class__'] }}",
    "record internals": "{{ view.plan._fields }}",
    "mro by item": "{{ view.plan.document['__class__']['mro']() }}",
}


@pytest.mark.parametrize("expression", list(ESCAPES.values()), ids=list(ESCAPES))
def test_template_escape_is_refused_without_side_effect(repo: Path, tmp_path: Path, expression: str) -> None:
    mark = tmp_path / "pwned"
    house_template(repo, "{% set mark = '" + str(mark) + "' %}{% set payload = 'x' %}\n" + expression + "\n")
    result = plan("render", "plan.yaml", "-f", "html", cwd=repo)
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert result.stderr.startswith("plan render: mallfel: ")
    assert "document.html.j2:2" in result.stderr  # the template and the line
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not mark.exists()


def test_pickle_payload_through_the_plan_model_runs_nothing(repo: Path, tmp_path: Path) -> None:
    """The reported exploit: a pickle that would run a shell command, handed to parse_raw."""
    import pickle

    mark = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return (os.system, (f"touch {mark}",))

    payload = pickle.dumps(Exploit(), protocol=0).decode("ascii")  # survives str.encode()
    house_template(repo, "{% set p = '" + payload.encode("unicode_escape").decode("ascii").replace("'", "\\'")
                   + "' %}{{ view.plan.parse_raw(p, proto='pickle', allow_pickle=True) }}\n")
    result = plan("render", "plan.yaml", "-f", "html", cwd=repo)
    assert result.returncode == 1 and "mallfel" in result.stderr
    assert not mark.exists()


def _dangerous(value) -> bool:
    """Independent of the sandbox's own test: what would let a template out of plain data."""
    from pydantic import BaseModel

    if isinstance(value, (type, types.ModuleType, types.CodeType, types.FrameType)):
        return True
    if isinstance(value, types.FunctionType):  # only the view's own helpers (frequency_text …)
        return value.__module__ != "forvaltning_cli.render.view"
    if isinstance(value, BaseModel):
        return True
    owner = getattr(value, "__self__", None)
    return isinstance(owner, (type, types.ModuleType)) or isinstance(owner, BaseModel)


@pytest.mark.slow
def test_everything_a_template_can_read_is_plain_data() -> None:
    """Walk every attribute name of everything reachable from the context (and the known
    dangerous names) through the sandbox: nothing reachable is a class, module, function,
    class method or model object, and nothing starting with '_' is readable at all."""
    from jinja2 import Undefined

    from forvaltning_cli.lint import lint
    from forvaltning_cli.render import GENERATOR
    from forvaltning_cli.render.environment import make_environment
    from forvaltning_cli.render.view import build_view

    linted = lint(PLANS / "2026-shvo.yaml", "2026-shvo.yaml")
    env = make_environment([], autoescape=True)
    context = {"view": build_view(linted.plan, "x", linted.findings), "generator": GENERATOR,
               **{name: env.globals[name] for name in ("cycler", "joiner", "namespace", "range", "dict")}}
    extra = ["parse_raw", "parse_file", "model_validate", "model_construct", "format", "format_map",
             "mro", "plan", "__globals__", "__class__", "__subclasses__", "__init__", "_fields"]
    queue = list(context.values())
    seen_ids: set[int] = set()
    seen_types: set[tuple[type, str]] = set()
    readable = 0
    while queue:
        obj = queue.pop()
        if id(obj) in seen_ids:
            continue
        seen_ids.add(id(obj))
        for name in sorted(set(dir(obj)) | set(extra)):
            value = env.getattr(obj, name)
            if isinstance(value, Undefined):
                continue
            readable += 1
            assert not name.startswith("_"), (type(obj), name)
            assert not _dangerous(value), (type(obj), name, value)
            if isinstance(obj, (str, int, float)) and (type(obj), name) in seen_types:
                continue  # one str is like every other
            seen_types.add((type(obj), name))
            queue.append(value)
        if isinstance(obj, dict):
            queue.extend(obj.values())
        elif isinstance(obj, (list, tuple)):
            queue.extend(obj)
    assert readable > 100  # the walk did reach the plan's data


EXPRESSIONS = st.recursive(
    st.sampled_from(["view", "view.plan", "view.split", "cycler", "self", "namespace", "''", "view.plan.document",
                     "view.budget_rows[0]", "view.plan.sections[0]", "loop", "range"]),
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from([
            "__class__", "__mro__", "__subclasses__", "__init__", "__globals__", "__dict__", "__self__",
            "__func__", "__builtins__", "mro", "format", "format_map", "parse_raw", "model_validate",
            "model_construct", "parse_obj", "copy", "plan", "items", "title", "upper", "value", "_fields",
            "gi_frame", "f_globals", "co_code", "__reduce__", "__getattribute__", "os", "system",
        ])).map(lambda t: f"{t[0]}.{t[1]}"),
        inner.map(lambda e: f"{e}()"),
        inner.map(lambda e: f"{e}['__class__']"),
        inner.map(lambda e: f"{e}[0]"),
    ),
    max_leaves=5,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(expression=EXPRESSIONS)
def test_any_attribute_chain_ends_in_text_or_a_template_error(tmp_path: Path, expression: str) -> None:
    """Whatever chain of attribute reads, item reads and calls a template makes, it renders to
    text or fails as a TemplateProblem (never another exception, never a side effect)."""
    from forvaltning_cli.lint import lint
    from forvaltning_cli.render import TemplateProblem, render_text

    folder = tmp_path / "t" / "html"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "document.html.j2").write_text(f"{{{{ ({expression}) | string | length }}}}\n", encoding="utf-8")
    linted = _websesam()
    try:
        text = render_text(linted.plan, "p.yaml", linted.findings, "html", tmp_path / "t")
    except TemplateProblem as problem:
        assert problem.template and problem.template.endswith("document.html.j2")
    else:
        assert text.splitlines()[1].isdigit()
    assert not (tmp_path / "pwned").exists()


_LINTED = []


def _websesam():
    from forvaltning_cli.lint import lint

    if not _LINTED:
        _LINTED.append(lint(WEBSESAM, "2025-websesam.yaml"))
    return _LINTED[0]


def test_house_style_that_extends_the_builtin_still_renders(repo: Path) -> None:
    """The sandbox allows what templates need: blocks, macros, loops, filters, the plan's data."""
    house_template(repo, """\
        {% extends "builtin/html/document.html.j2" %}
        {% block footer %}<footer>{{ view.plan.document.title | upper }}, {{ view.plan.budget.items | length }} poster,
        {% for s in view.plan.sections %}{{ loop.index }}:{{ s.title.split(' ')[0] }} {% endfor %}
        {{ view.plan.abbreviations.items() | list | length }} förkortningar, {{ view.split.total() | kronor }},
        {{ view.plan.document.issued.date | iso_date }}, {{ view.plan.document.status.value }}</footer>{% endblock %}
        """)
    result = plan("render", "plan.yaml", "-f", "html", cwd=repo)
    assert result.returncode == 0, result.stderr
    footer = result.stdout.split("<footer>", 1)[1]
    assert footer.startswith("FÖRVALTNINGSPLAN")
    assert "1:Inledning" in footer and "förkortningar" in footer and "Utgåva" in footer


# --------------------------------------------------------------------------------------------
# 2. A template file outside its folder is not read
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("link", ["document.html.j2", "evil.j2"])
def test_symlink_out_of_the_template_folder_is_refused(repo: Path, tmp_path: Path, link: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("HEMLIGT-7f3a", encoding="utf-8")
    (repo / "templates" / "html" / link).symlink_to(secret)
    if link == "evil.j2":
        house_template(repo, '{% include "html/evil.j2" %}\n')
    result = plan("render", "plan.yaml", "-f", "html", cwd=repo)
    assert result.returncode == 1
    assert "mallfel" in result.stderr and f"html/{link}" in result.stderr and "utanför" in result.stderr
    assert "HEMLIGT" not in result.stdout + result.stderr


def test_symlinked_folder_out_of_the_template_folder_is_refused(repo: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "document.md.j2").write_text("HEMLIGT-md\n", encoding="utf-8")
    shutil.rmtree(repo / "templates" / "md")
    (repo / "templates" / "md").symlink_to(outside, target_is_directory=True)
    result = plan("render", "plan.yaml", "-f", "md", cwd=repo)
    assert result.returncode == 1 and "md/document.md.j2" in result.stderr and "utanför" in result.stderr
    assert "HEMLIGT" not in result.stdout


def test_symlink_inside_the_template_folder_is_fine(repo: Path) -> None:
    (repo / "templates" / "html" / "real.j2").write_text("INNE {{ view.file }}\n", encoding="utf-8")
    (repo / "templates" / "html" / "document.html.j2").symlink_to(repo / "templates" / "html" / "real.j2")
    result = plan("render", "plan.yaml", "-f", "html", cwd=repo)
    assert result.returncode == 0 and "INNE plan.yaml" in result.stdout


def test_template_that_is_a_fifo_is_refused_without_hanging(repo: Path) -> None:
    os.mkfifo(repo / "templates" / "html" / "document.html.j2")
    result = plan("render", "plan.yaml", "-f", "html", cwd=repo, timeout=20)
    assert result.returncode == 1 and "ingen vanlig fil" in result.stderr


# --------------------------------------------------------------------------------------------
# 3. The PDF embeds only the document's own resources; the plan's references are checked
# --------------------------------------------------------------------------------------------


def test_fetcher_allows_only_data_and_regular_files_inside_the_roots(tmp_path: Path) -> None:
    from forvaltning_cli.render import ResourceRefused, fetch_resource

    root = tmp_path / "repo"
    (root / "bilder").mkdir(parents=True)
    (root / "bilder" / "a.png").write_bytes(b"\x89PNG-inne")
    (tmp_path / "secret.txt").write_text("hemligt", encoding="utf-8")
    (root / "ut.png").symlink_to(tmp_path / "secret.txt")
    os.mkfifo(root / "fifo.png")
    (root / "stor.png").write_bytes(b"")
    os.truncate(root / "stor.png", 21_000_000)
    roots = [root.resolve()]

    assert fetch_resource((root / "bilder" / "a.png").as_uri(), roots) == (b"\x89PNG-inne", "image/png")
    assert fetch_resource("data:text/plain;base64,aGVq", roots) == (b"hej", "text/plain")
    refused = [
        "http://127.0.0.1:9/x.png", "https://example.invalid/x.png", "ftp://example.invalid/x",
        "file:///etc/hostname", "file:///etc/passwd", "file:///dev/zero", "file:///dev/urandom",
        (tmp_path / "secret.txt").as_uri(), (root / "ut.png").as_uri(), (root / "fifo.png").as_uri(),
        (root / "stor.png").as_uri(), (root / "saknas.png").as_uri(), root.as_uri(),
        f"file://{root}/bilder/../../secret.txt", f"file://{root}/bilder/%2e%2e/%2e%2e/secret.txt",
        f"file://otherhost{root}/bilder/a.png", "javascript:alert(1)",
    ]
    for url in refused:
        with pytest.raises(ResourceRefused):
            fetch_resource(url, roots)


@given(segments=st.lists(st.sampled_from(
    ["..", ".", "bilder", "a.png", "%2e%2e", "%2E.", "", "ut.png", "secret.txt", "~", "\\..", "..\\"]), max_size=6))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_fetcher_never_serves_a_file_outside_the_roots(tmp_path: Path, segments: list[str]) -> None:
    from forvaltning_cli.render import ResourceRefused, fetch_resource

    root = tmp_path / "repo"
    if not root.exists():
        (root / "bilder").mkdir(parents=True)
        (root / "bilder" / "a.png").write_bytes(b"inne")
        (tmp_path / "secret.txt").write_text("hemligt", encoding="utf-8")
        (root / "ut.png").symlink_to(tmp_path / "secret.txt")
    url = root.as_uri() + "/" + "/".join(segments)
    try:
        data, _ = fetch_resource(url, [root.resolve()])
    except ResourceRefused:
        return
    assert data == b"inne"


def _pdf_with_attachment_links(repo: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    secret = tmp_path / "secret.txt"
    secret.write_text("HEMLIGT-b41e", encoding="utf-8")
    (repo / "bilaga.txt").write_text("egen bilaga", encoding="utf-8")
    house_template(repo, """\
        {% extends "builtin/html/document.html.j2" %}
        {% block footer %}
        <a rel="attachment" href="file:///etc/hostname">värdnamn</a>
        <a rel="attachment" href="SECRET">hemlighet</a>
        <a rel="attachment" href="bilaga.txt">egen bilaga</a>
        <img src="file:///dev/zero"><img src="http://127.0.0.1:9/bild.png">
        {{ super() }}{% endblock %}
        """.replace("SECRET", secret.as_uri()))
    # And figures in the plan itself (errors of resource-reference, rendered anyway).
    text = (repo / "plan.yaml").read_text(encoding="utf-8")
    figures = "".join(f"      - figure: Figur\n        image: {image}\n"
                      for image in ("http://127.0.0.1:9/figur.png", "/dev/zero", "../secret.txt"))
    (repo / "plan.yaml").write_text(
        text.replace("sections:\n", "sections:\n  - title: Modell\n    content:\n" + figures, 1), encoding="utf-8")
    return plan("render", "plan.yaml", "-f", "pdf", "-o", "out/plan.pdf", "--allow-errors", cwd=repo, timeout=120)


@pytest.mark.slow
def test_pdf_embeds_no_file_outside_and_fetches_nothing(repo: Path, tmp_path: Path) -> None:
    result = _pdf_with_attachment_links(repo, tmp_path)
    assert result.returncode == 0, result.stderr
    pdf = repo / "out" / "plan.pdf"
    listed = subprocess.run(["pdfdetach", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "bilaga.txt" in listed
    assert "hostname" not in listed and "secret" not in listed
    assert b"HEMLIGT-b41e" not in pdf.read_bytes()
    # Each refusal is told, in Swedish, as a warning.
    for url in ("file:///etc/hostname", "file:///dev/zero", "http://127.0.0.1:9/bild.png",
                f"{tmp_path.as_uri()}/secret.txt"):
        assert f"varning: plan.yaml: '{url}' hämtas inte" in result.stderr, result.stderr
    # The plan's own bad figures do not even reach the document (so are never fetched).
    assert "figur.png" not in result.stderr


def test_figure_reference_rule_flags_every_escaping_shape() -> None:
    for image, column_text in [
        ("https://example.invalid/bild.png", "https:"), ("http://127.0.0.1/x.png", "http:"),
        ("file:///etc/passwd", "file:"), ("/dev/zero", "absolut"), ("C:\\bilder\\a.png", "absolut"),
        ("\\\\server\\share\\a.png", "absolut"), ("//example.invalid/a.png", "absolut"),
        ("../hemligt.png", ".."), ("bilder/../../x.png", ".."), ("%2e%2e/x.png", ".."),
        ("ht\ttps://example.invalid/a.png", "https:"), ("", "tom"),
    ]:
        source = MINIMAL_PLAN + f"  - title: Modell\n    content:\n      - figure: Figur\n        image: {json.dumps(image)}\n"
        hits = [f for f in findings_for(source) if f.rule == "resource-reference"]
        assert [(f.line, f.column) for f in hits] == [(17, 16)], image
        assert hits[0].severity.value == "error" and column_text in hits[0].message, hits[0].message


@given(segments=st.lists(st.sampled_from(
    ["..", ".", "a", "b.png", "%2e%2e", "%2E%2e", "/", "\\", "C:", "http:", "file:", "data:", "\t", " ", "?", "#"]),
    min_size=1, max_size=6))
@settings(max_examples=300, deadline=None)
def test_what_the_rule_accepts_stays_in_the_plan_folder(segments: list[str]) -> None:
    """Any reference the rule lets through, resolved as a URL against the plan's folder (as
    WeasyPrint and a browser do), is a data: URI or a file inside that folder."""
    from urllib.parse import urljoin, urlsplit
    from urllib.request import url2pathname

    from forvaltning_cli.checks.resource_reference import shape_problem

    reference = "".join(segments)
    if shape_problem(reference) is not None:
        return
    joined = urljoin("file:///srv/repo/plans/", reference.replace("\t", "").strip())
    parts = urlsplit(joined)
    if parts.scheme == "data":
        return
    assert parts.scheme == "file" and parts.netloc == "", joined
    path = os.path.normpath(url2pathname(parts.path))
    assert path == "/srv/repo/plans" or path.startswith("/srv/repo/plans/"), (reference, joined)


def test_rule_checks_the_file_when_the_plan_file_is_known(tmp_path: Path) -> None:
    from forvaltning_cli.checks import CheckContext
    from forvaltning_cli.checks.resource_reference import check
    from forvaltning_cli.load import load_text

    (tmp_path / "bilder").mkdir()
    (tmp_path / "bilder" / "a.png").write_bytes(b"png")
    (tmp_path / "ut.png").symlink_to("/etc/hostname")
    os.mkfifo(tmp_path / "fifo.png")
    messages = {}
    for image in ("bilder/a.png", "bilder/saknas.png", "ut.png", "fifo.png", "bilder"):
        loaded = load_text(MINIMAL_PLAN + f"  - title: M\n    content:\n      - figure: F\n        image: {image}\n", "p.yaml")
        ctx = CheckContext(loaded.plan)
        ctx.path = tmp_path / "p.yaml"
        messages[image] = [p.message for p in check(ctx)]
    assert messages["bilder/a.png"] == []
    assert "finns inte" in messages["bilder/saknas.png"][0]
    assert "ut ur planens mapp" in messages["ut.png"][0]
    assert "ingen vanlig fil" in messages["fifo.png"][0] and "ingen vanlig fil" in messages["bilder"][0]


def test_plan_with_a_remote_figure_is_refused_by_render(repo: Path) -> None:
    text = (repo / "plan.yaml").read_text(encoding="utf-8")
    text = text.replace("sections:\n", "sections:\n  - title: Modell\n    content:\n"
                        "      - figure: Figur\n        image: http://127.0.0.1:9/bild.png\n", 1)
    (repo / "plan.yaml").write_text(text, encoding="utf-8")
    result = plan("render", "plan.yaml", "-f", "html", "-o", "out.html", cwd=repo)
    assert result.returncode == 1 and "resource-reference" in result.stderr
    assert not (repo / "out.html").exists()


# --------------------------------------------------------------------------------------------
# 4. -o replaces only what plan render wrote, never a plan
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_files_that_mention_the_tool_are_not_overwritten(repo: Path, fmt: str) -> None:
    readme = repo / f"README.{fmt}"
    original = "# Planer\n\nRendera med forvaltning-cli: `plan render` (framställd av forvaltning-cli)\n"
    readme.write_text(original, encoding="utf-8")
    result = plan("render", "plan.yaml", "-f", fmt, "-o", readme.name, cwd=repo)
    assert result.returncode == 1 and "--force" in result.stderr
    assert readme.read_text(encoding="utf-8") == original


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_the_plan_itself_is_never_overwritten(repo: Path, force: list[str]) -> None:
    original = (repo / "plan.yaml").read_bytes()
    for args in (["-o", "plan.yaml"], ["-o", str(repo / "." / "plan.yaml")]):
        result = plan("render", "plan.yaml", "-f", "md", *args, *force, cwd=repo)
        assert result.returncode == 2 and "skriva över planen" in result.stderr, result.stderr
    (repo / "länk.md").symlink_to(repo / "plan.yaml")
    result = plan("render", "plan.yaml", "-f", "md", "-o", "länk.md", *force, cwd=repo)
    assert result.returncode == 2
    # Another plan being rendered is protected as well.
    (repo / "other.yaml").write_bytes(original)
    result = plan("render", "plan.yaml", "other.yaml", "-f", "md", "-o", "other.yaml", *force, cwd=repo)
    assert result.returncode == 2
    assert (repo / "other.yaml").read_bytes() == original
    assert (repo / "plan.yaml").read_bytes() == original


def test_two_plans_with_one_name_are_not_written_to_one_file(repo: Path) -> None:
    for folder in ("a", "b"):
        (repo / folder).mkdir()
        shutil.copy(repo / "plan.yaml", repo / folder / "plan.yaml")
    result = plan("render", "a/plan.yaml", "b/plan.yaml", "-f", "md", "-o", "ut/", cwd=repo)
    assert result.returncode == 2
    assert "a/plan.yaml" in result.stderr and "b/plan.yaml" in result.stderr
    assert not (repo / "ut").exists()


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_own_output_is_replaced_and_carries_the_marker(repo: Path, fmt: str) -> None:
    from forvaltning_cli.render import MARKER

    assert plan("render", "plan.yaml", "-f", fmt, "-o", f"ut.{fmt}", cwd=repo).returncode == 0
    text = (repo / f"ut.{fmt}").read_text(encoding="utf-8")
    assert text.splitlines()[0] == MARKER
    result = plan("render", "plan.yaml", "-f", fmt, "-o", f"ut.{fmt}", cwd=repo)
    assert result.returncode == 0, result.stderr
    # A house style that writes no marker still gets one: its output is still recognised.
    house_template(repo, "bara text\n", name=f"{fmt}/document.{fmt}.j2")
    assert plan("render", "plan.yaml", "-f", fmt, "-o", f"ut.{fmt}", cwd=repo).returncode == 0
    assert (repo / f"ut.{fmt}").read_text(encoding="utf-8") == MARKER + "\nbara text\n"


@given(text=st.text(max_size=300))
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_only_a_file_starting_with_the_marker_line_counts_as_own(tmp_path: Path, text: str) -> None:
    from forvaltning_cli.render import MARKER, is_own_output

    path = tmp_path / "f.md"
    path.write_text(text, encoding="utf-8", newline="")
    assert is_own_output(path) == (text.split("\n", 1)[0].rstrip("\r") == MARKER)
    path.write_text(MARKER + "\n" + text, encoding="utf-8", newline="")
    assert is_own_output(path)
    path.write_text("forvaltning-cli " + MARKER + "\n" + text, encoding="utf-8", newline="")
    assert not is_own_output(path)


def test_pdf_ownership_is_read_from_the_document_information(tmp_path: Path) -> None:
    from forvaltning_cli.render import PDF_CREATOR, is_own_output

    def pdf(info: bytes, body: bytes = b"") -> Path:
        path = tmp_path / "x.pdf"
        path.write_bytes(b"%PDF-1.4\n" + body + b"\n7 0 obj\n<<" + info + b">>\nendobj\ntrailer\n<<\n/Info 7 0 R\n>>\n%%EOF\n")
        return path

    assert is_own_output(pdf(b"/Producer (WeasyPrint)/Creator (" + PDF_CREATOR.encode() + b" 1.0)"))
    # A PDF that merely contains the tool's name (an attachment, a page text) is not ours.
    assert not is_own_output(pdf(b"/Creator (Word)", body=b"forvaltning-cli " + PDF_CREATOR.encode()))
    assert not is_own_output(pdf(b"/Creator (forvaltning-cli 0.1.0)"))
    os.mkfifo(tmp_path / "fifo.pdf")
    assert not is_own_output(tmp_path / "fifo.pdf")  # and does not wait for a writer


@pytest.mark.slow
def test_rendered_pdf_is_recognised_and_a_foreign_pdf_is_not(repo: Path) -> None:
    assert plan("render", "plan.yaml", "-f", "pdf", "-o", "ut.pdf", cwd=repo, timeout=120).returncode == 0
    result = plan("render", "plan.yaml", "-f", "pdf", "-o", "ut.pdf", cwd=repo, timeout=120)
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", str(repo / "ut.pdf")], capture_output=True, text=True, check=True).stdout
    assert "plan-render/forvaltning-cli" in info
    foreign = (repo / "ut.pdf").read_bytes().replace(b"/Creator (plan-render/", b"/Creator (Word-writer/")
    (repo / "ut.pdf").write_bytes(foreign)
    assert plan("render", "plan.yaml", "-f", "pdf", "-o", "ut.pdf", cwd=repo, timeout=120).returncode == 1
    assert (repo / "ut.pdf").read_bytes() == foreign


# --------------------------------------------------------------------------------------------
# 5. A template's runtime error names its file and line
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("expression, message", [
    ("{{ 1/0 }}", "ZeroDivisionError"),
    ("{{ [1][5] }}", ""),
    ("{{ view.plan.nope }}", "'nope' finns inte"),
    ("{{ nope }}", "'nope' är inte definierad"),
    ("{{ 'x' | amount }}", ""),
    ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "RecursionError"),
])
def test_runtime_error_names_the_template_file_and_line(repo: Path, expression: str, message: str) -> None:
    house_template(repo, "<p>rad ett</p>\n<p>rad två</p>\n" + expression + "\n")
    result = plan("render", "plan.yaml", "-f", "html", cwd=repo)
    assert result.returncode == 1, result.stderr
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith(f"plan render: mallfel: {repo / 'templates' / 'html' / 'document.html.j2'}:3: "), line
    assert message in line and "Traceback" not in result.stderr


def test_error_in_an_included_template_names_that_file(repo: Path) -> None:
    house_template(repo, "{% include 'html/del.j2' %}\n")
    house_template(repo, "ok\nok\n{{ 1/0 }}\n", name="html/del.j2")
    result = plan("render", "plan.yaml", "-f", "html", cwd=repo)
    assert result.returncode == 1 and "html/del.j2:3: " in result.stderr, result.stderr


# --------------------------------------------------------------------------------------------
# No hang, no memory blow-up
# --------------------------------------------------------------------------------------------


def test_endless_template_is_stopped_with_its_file_and_line(repo: Path, monkeypatch) -> None:
    import time

    monkeypatch.setattr("forvaltning_cli.render.environment.RENDER_SECONDS", 1.0)
    house_template(repo, "start\n{% for a in range(100000) %}{% for b in range(100000) %}{{ b }}{% endfor %}{% endfor %}\n")
    began = time.monotonic()
    result = plan("render", "plan.yaml", "-f", "html", cwd=repo, timeout=30)
    assert time.monotonic() - began < 15
    assert result.returncode == 1
    assert "document.html.j2:2: mallen kördes längre än 1 sekunder" in result.stderr, result.stderr
    # The deadline is gone afterwards: a later, normal render is not interrupted.
    house_template(repo, "klar\n")
    time.sleep(1.2)
    assert plan("render", "plan.yaml", "-f", "html", cwd=repo).returncode == 0


def test_a_render_that_waits_instead_of_computing_is_stopped_by_the_clock(monkeypatch) -> None:
    """A forked render child that blocks (say, on a lock another thread of plan serve held when it
    forked) uses no CPU time, so the CPU limit never strikes: the wall clock does."""
    import time

    from forvaltning_cli.render import TemplateProblem
    from forvaltning_cli.render.environment import _in_bounded_child

    monkeypatch.setattr("forvaltning_cli.render.environment.RENDER_WALL_SECONDS", 1.0)
    began = time.monotonic()
    with pytest.raises(TemplateProblem, match="inte klart efter 1 sekunder"):
        _in_bounded_child(lambda: time.sleep(30) or "aldrig")
    assert time.monotonic() - began < 10
    assert _in_bounded_child(lambda: "klart") == "klart"  # and the next render is not affected


@pytest.mark.parametrize("expression", [
    "'x' * 100000000", "[0] * 100000000", "10 ** 100000000", "'x' | center(1000000000)",
    "'%0999999999d' % 1", "'x' | indent(1000000000)", "lipsum(1000000000)",
    "('x' * 4000000) | replace('', 'y' * 4000000)", "('x' * 4000000).replace('', 'yy')",
    "'%0999999999d' | format(1)", "('x' * 4000000).join(range(100) | map('string'))",
    "range(100) | join('y' * 4000000)",
])
def test_string_amplification_is_refused(repo: Path, expression: str) -> None:
    house_template(repo, "{{ " + expression + " }}\n")
    result = plan("render", "plan.yaml", "-f", "html", cwd=repo, timeout=20)
    assert result.returncode == 1 and "mallfel" in result.stderr and "otillåten" in result.stderr, result.stderr


def test_html_never_points_at_a_remote_or_outside_image(repo: Path) -> None:
    """Even with --allow-errors: a finance officer opening the HTML must not load a tracking
    pixel or a file elsewhere on the machine; the caption stays."""
    text = (repo / "plan.yaml").read_text(encoding="utf-8")
    (repo / "bilder").mkdir(exist_ok=True)
    (repo / "bilder" / "ok.png").write_bytes(base64.b64decode(  # a real 1 × 1 PNG
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="))
    images = ("https://spår.example.invalid/p.png", "//example.invalid/p.png", "/etc/hostname",
              "../secret.png", "%2e%2e/secret.png", "bilder/ok.png")
    figures = "".join(f"      - figure: Figur {i}\n        image: {json.dumps(image)}\n" for i, image in enumerate(images))
    (repo / "plan.yaml").write_text(
        text.replace("sections:\n", "sections:\n  - title: Modell\n    content:\n" + figures, 1), encoding="utf-8")
    result = plan("render", "plan.yaml", "-f", "html", "--allow-errors", cwd=repo)
    assert result.returncode == 0, result.stderr
    sources = [chunk.split('"', 1)[0] for chunk in result.stdout.split('<img src="')[1:]]
    # Only the image inside the plan's folder, embedded (the HTML is self-contained): nothing is
    # fetched when the document is opened.
    assert len(sources) == 1 and sources[0].startswith("data:image/png;base64,")
    assert "Bild saknas" in result.stdout
    assert all(f"Figur {i}" in result.stdout for i in range(len(images)))


def test_refusal_shows_control_characters_as_codes(tmp_path: Path) -> None:
    """A refused URL is printed on the terminal: no escape sequence of a template gets through."""
    from forvaltning_cli.render import ResourceRefused, fetch_resource

    for url in ("http://example.invalid/\x1b[2J\x1b]0;titel\x07.png", (tmp_path / "saknas\x1b[31m.png").as_uri()):
        with pytest.raises(ResourceRefused) as refused:
            fetch_resource(url.replace("%1B", "\x1b"), [tmp_path])
        assert "\x1b" not in str(refused.value) and "\x07" not in str(refused.value)


# Values the sandbox's own checks do not foresee: the child process's memory and CPU limits stop
# them all the same (found in review: %-format with a named field, int.to_bytes, a list join).
@pytest.mark.slow
@pytest.mark.parametrize("body", [
    '{{ "%(a)999999999s" % {"a": 1} }}',
    '{{ (1).to_bytes(2000000000, "big") }}',
    '{% set s = "x" * 4000000 %}{{ ([s] * 1000) | join }}',
    '{% set ns = namespace(s="x") %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}',
])
@pytest.mark.slow
def test_any_huge_value_is_stopped_by_the_child_process_limits(repo: Path, body: str) -> None:
    house_template(repo, body + "\n")
    result = plan("render", "plan.yaml", "-f", "html", cwd=repo, timeout=120)
    assert result.returncode == 1, result.stderr
    assert "mallfel" in result.stderr and ("minne" in result.stderr or "stoppades" in result.stderr)
    assert "Traceback" not in result.stderr
