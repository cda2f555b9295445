"""ruamel.yaml's internals that ``ruamel_glue.py`` relies on are still there.

When a new ruamel.yaml release moves one of them, this fails with the name of what moved — before
the loader silently resolves tags differently or ``plan fmt`` drops a comment. ``pyproject.toml``
pins the range these tests ran against.
"""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version

from conftest import ROOT
from forvaltning_cli import ruamel_glue


def test_installed_ruamel_is_inside_the_pinned_range() -> None:
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    (spec,) = [d for d in dependencies if d.startswith("ruamel.yaml>")]
    low, high = re.fullmatch(r"ruamel\.yaml>=([\d.]+),<([\d.]+)", spec.split(";")[0].strip()).groups()
    installed = tuple(int(p) for p in version("ruamel.yaml").split(".")[:3])
    assert tuple(int(p) for p in low.split(".")) <= installed < tuple(int(p) for p in high.split(".")), (
        f"ruamel.yaml {version('ruamel.yaml')} is outside the range {spec} that ruamel_glue.py was tested with")


def test_the_resolver_internals_the_fast_resolver_uses() -> None:
    from ruamel.yaml.resolver import BaseResolver, VersionedResolver
    from ruamel.yaml.tag import Tag

    resolver = VersionedResolver()
    assert isinstance(resolver.versioned_resolver, dict), "VersionedResolver.versioned_resolver"
    assert hasattr(resolver, "processing_version"), "VersionedResolver.processing_version"
    assert hasattr(resolver, "yaml_path_resolvers"), "VersionedResolver.yaml_path_resolvers"
    for entries in resolver.versioned_resolver.values():
        for tag, regexp in entries:
            assert isinstance(tag, str)
            assert callable(getattr(regexp, "lazy_self", lambda: regexp)().match)
    assert str(Tag(suffix="tag:yaml.org,2002:int")) == "tag:yaml.org,2002:int"
    assert isinstance(BaseResolver.DEFAULT_SCALAR_TAG, Tag)


def test_nodes_carry_what_the_builder_reads() -> None:
    nodes, constructor = ruamel_glue.compose("a: 1\nb: [x, 2025-01-01]\n")
    (root,) = nodes
    scalar, sequence, mapping = ruamel_glue.node_classes()
    assert isinstance(root, mapping)
    key, value = root.value[0]
    assert isinstance(key, scalar) and key.start_mark.line == 0 and key.start_mark.column == 0
    assert value.ctag is not None and str(value.ctag) == "tag:yaml.org,2002:int"
    assert ruamel_glue.construct_scalar(constructor, value) == 1
    assert root.ctag is ruamel_glue.plain_tags()[2]


def test_syntax_errors_keep_their_marks() -> None:
    try:
        ruamel_glue.compose('a: "open\nb: 1\n')
    except ruamel_glue.SyntaxProblem as exc:
        assert exc.problem and exc.context and "quoted scalar" in exc.context
        assert exc.context_line == 0 and exc.context_column == 3
    else:  # pragma: no cover - the assertion is the point
        raise AssertionError("an unclosed quote must be a syntax problem")


def test_round_trip_comment_internals() -> None:
    from ruamel.yaml.tokens import CommentToken

    yaml = ruamel_glue.round_trip_yaml()
    data = yaml.load("b: 1\na: 2  # a\n\n# closing comment\n")
    assert ruamel_glue.is_mapping(data)
    assert hasattr(data, "ca") and "a" in data.ca.items, "CommentedMap.ca.items"
    assert hasattr(data.fa, "set_block_style"), "CommentedMap.fa.set_block_style"
    assert CommentToken("\n# x\n", data.ca.items["a"][2].start_mark, None).value == "\n# x\n"
    data.move_to_end("b")
    ruamel_glue.move_closing_comments(data, "a", "b")
    assert ruamel_glue.dump(yaml, data) == "a: 2  # a\nb: 1\n\n# closing comment\n"


def test_the_comment_internals_that_plan_new_moves() -> None:
    # remove_key/add_note/unflow read and write ca.items slots and CommentTokens.
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    yaml = ruamel_glue.round_trip_yaml()
    data = yaml.load("a: 1  # om a\n# om b\nb: 2\nc: [1, 2]\n")
    entry = data.ca.items["a"]
    assert isinstance(entry, list) and isinstance(entry[2], CommentToken), "ca.items[key][2]"
    assert entry[2].value.startswith("# om a"), "CommentToken.value"
    assert data["c"].fa.flow_style() is True, "fa.flow_style()"
    CommentToken("# x\n", CommentMark(0), None)
    ruamel_glue.remove_key(data, "a")
    ruamel_glue.add_note(data, "b", "ny plan: kontrollera")
    assert ruamel_glue.dump(yaml, data) == "# om b\nb: 2  # ny plan: kontrollera\nc: [1, 2]\n"
