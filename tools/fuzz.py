"""Long-running fuzzing of everything that reads outside input (the test suite runs a bounded version).

    pip install atheris
    python tools/fuzz.py tests/corpus plans -max_total_time=600          # plan loader + checks
    python tools/fuzz.py --iterations 20000 --target all --seed 1        # random mutation, all targets

Targets (``--target``, default ``plan``; ``all`` cycles through them):

- ``plan``: ``load_text`` and the checks — findings only, at valid positions, no crashed check;
- ``fmt``: ``yearly.layout.format_text`` on a mutated plan — text or findings, the text formats
  to itself again (idempotent) and reads back as the same data;
- ``new``: ``new_year_text`` on a mutated plan that loads — text, or a ``PlanError``;
- ``population``, ``baseline``, ``config``: the ``--population`` CSV, the ``--baseline`` JSON and
  the ``.plan.toml`` read from a file — a value, or the module's own error (never another).

Each case runs under a time bound (``--seconds``, default 5); a case over it is a failure (a hang).
Seeds come from ``tests/corpus``, the shipped plans and the shipped population file. The random
loop reports every failure with its target and input and exits 1 if there was any.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from forvaltning_cli.checks import run_checks  # noqa: E402
from forvaltning_cli.errors import PlanError  # noqa: E402
from forvaltning_cli.load import load_text  # noqa: E402

TARGETS = ("plan", "fmt", "new", "population", "baseline", "config")

# Fragments that reach the corners: tabs, keys that YAML reads as non-text, line ends, dates.
TOKENS = [b"\t", b": ", b":\t", b"\n1: x\n", b"\ntrue: x\n", b"\nnull: x\n", b"\n2025-01-01: x\n", b"~: ",
          b"\r\n", b"\r", b"# comment   \n", b"  \n", b"\x00", b"\xef\xbb\xbf", b"2024-02-29", b"9999-12-31",
          b"0001-01-01", b"'", b'"', b"- ", b"? ", b"&a ", b"*a", b"!!str ", b"{", b"[", b",", b"x" * 5000,
          b"\\", b"NaN", b"1e999", b"-1", b"\"count\": ", b"[tool.plan]\n", b"=", "\u00e5".encode()]

MINIMAL_PLAN = ("schema_version: 1\ndocument:\n  title: F\u00f6rvaltningsplan 2025\n  status: Utg\u00e5va  # kommentar\n"
                "period:\n  start: 2024-03-01\n  end: 2025-02-28\nabbreviations:\n  VGR: V\u00e4stra G\u00f6talandsregionen\n"
                "sections:\n  - id: inledning\n    number: \"1\"\n    title: Inledning 2025\n    content:\n"
                "      - text: Planen g\u00e4ller 2024-03-01 \u2013 2025-02-28.\n").encode()
GENTLE_TOKENS = [b"\t", b" \t", b"  # kommentar \t ", b"   ", b"\n# rad  \n", b"x" * 5000, b" x" * 3000,
                 b"\n1: x\n", b"\ntrue: x\n", b"\nnull: x\n", b"\n2025-01-01: x\n", b"\n0x10: x\n",
                 b"\n~: x\n", b"\nabbreviations:\n  1177: V\n", b"2024-02-29", b"2028-02-29", b"\r\n", b"'", b'"']
POPULATION_SEED = b"# kommentar\nkommun,folkmangd\nAle,31000\nBor\xc3\xa5s,113000\nLerum,43000\n"
BASELINE_SEED = (b'{\n  "version": 1,\n  "findings": [\n    {"file": "plans/a.yaml", "rule": "title-year", '
                 b'"message": "titeln", "count": 2}\n  ]\n}\n')
CONFIG_SEED = (b'select = ["budget-*", "title-year"]\nignore = ["abbreviation-unused"]\nformat = "json"\n'
               b'paths = ["plans"]\nbaseline = "b.json"\n[severity]\ndate-tentative = "warning"\n'
               b'[per-path-ignores]\n"plans/old/*.yaml" = ["title-year"]\n')


class TimedOut(BaseException):
    """A case ran over its time bound (a BaseException: no ``except Exception`` swallows it)."""


def _alarm(signum, frame):
    raise TimedOut


def check_plan(data: bytes, scratch: Path) -> None:
    text = data.decode("utf-8", errors="replace")
    loaded = load_text(text, "fuzz.yaml")
    for finding in loaded.findings + run_checks(loaded):
        assert finding.line >= 1 and finding.column >= 1, finding
        assert finding.rule != "check-crashed", finding


REACHED: dict[str, int] = {}  # cases that got past loading (so the target's own code ran)


def check_fmt(data: bytes, scratch: Path) -> None:
    from forvaltning_cli.yearly.layout import format_text, same_data

    text = data.decode("utf-8", errors="replace")
    formatted, findings = format_text(text, "fuzz.yaml")
    if formatted is None:
        assert findings, "fmt refused without a finding"
        return
    REACHED["fmt"] = REACHED.get("fmt", 0) + 1
    again, _ = format_text(formatted, "fuzz.yaml")
    assert again == formatted, "fmt is not idempotent"
    assert same_data(load_text(formatted, "f").data, load_text(text, "f").data), "fmt changed the data"


def check_new(data: bytes, scratch: Path) -> None:
    from forvaltning_cli.yearly.rollover import new_year_text

    text = data.decode("utf-8", errors="replace")
    if load_text(text, "fuzz.yaml").plan is None:
        return
    year = 1900 + data[len(data) // 2] % 300 if data else 2026
    REACHED["new"] = REACHED.get("new", 0) + 1
    try:
        new_year_text(text, year, "fuzz.yaml")
    except PlanError:
        pass


def _file(scratch: Path, name: str, data: bytes) -> Path:
    path = scratch / name
    path.write_bytes(data)
    return path


def check_population(data: bytes, scratch: Path) -> None:
    from forvaltning_cli.split import read_population

    try:
        read_population(_file(scratch, "pop.csv", data))
    except PlanError:
        pass


def check_baseline(data: bytes, scratch: Path) -> None:
    from forvaltning_cli.lint.baseline import BaselineProblem, read_baseline

    try:
        read_baseline(_file(scratch, "baseline.json", data))
    except BaselineProblem:
        pass


def check_config(data: bytes, scratch: Path) -> None:
    from forvaltning_cli.lint.config import ConfigProblem, load_config

    _file(scratch, ".plan.toml", data)
    try:
        load_config(scratch)
    except ConfigProblem:
        pass


CHECKS = {"plan": check_plan, "fmt": check_fmt, "new": check_new, "population": check_population,
          "baseline": check_baseline, "config": check_config}


def one_input(data: bytes) -> None:
    """The atheris entry point: the plan target."""
    check_plan(data, Path(tempfile.gettempdir()))


def seeds(target: str = "plan") -> list[bytes]:
    if target == "population":
        return [POPULATION_SEED, *[p.read_bytes() for p in sorted((ROOT / "data").glob("*.csv"))]]
    if target == "baseline":
        return [BASELINE_SEED]
    if target == "config":
        return [CONFIG_SEED]
    shipped = [path.read_bytes() for path in sorted((ROOT / "plans").glob("*.yaml"))]
    if target in ("fmt", "new"):  # plans that load, so that the round trip is reached
        return shipped + [MINIMAL_PLAN]
    files = sorted((ROOT / "tests" / "corpus").glob("*.yaml"))
    return [path.read_bytes() for path in files] + shipped


def mutate(rnd: random.Random, data: bytes, corpus: list[bytes], gentle: bool = False) -> bytes:
    """Byte-level damage; ``gentle`` (for fmt and new, which need a file that still loads) makes
    one or two changes of printable text, mostly at line starts and after a colon."""
    out = bytearray(data)
    for _ in range(rnd.randint(1, 2) if gentle else rnd.randint(1, 8)):
        position = rnd.randrange(len(out) + 1)
        if gentle and out and rnd.random() < 0.7:
            anchors = [i + 1 for i, byte in enumerate(out) if byte in b":\n"]
            position = rnd.choice(anchors) if anchors else position
        action = rnd.random()
        if gentle and action < 0.5:  # the fragments that reach the round trip's corners
            token = rnd.choice(GENTLE_TOKENS)
            if token.startswith(b"\n"):  # whole lines go between lines
                ends = [i for i, byte in enumerate(out) if byte == 10]
                position = rnd.choice(ends) if ends else position
            out[position:position] = token
        elif action < 0.3 and out:
            del out[position:position + rnd.randint(1, 3 if gentle else 20)]
        elif action < 0.55:
            alphabet = range(32, 127) if gentle else range(256)
            out[position:position] = bytes(rnd.choice(alphabet) for _ in range(rnd.randint(1, 10)))
        elif action < 0.85:
            out[position:position] = rnd.choice(TOKENS)
        else:
            donor = rnd.choice(corpus)
            start = rnd.randrange(len(donor) or 1)
            out[position:position] = donor[start:start + rnd.randint(1, 200)]
    return bytes(out)


def random_loop(iterations: int, seed: int = 0, targets: tuple[str, ...] = ("plan",), seconds: float = 5.0) -> int:
    """Run ``iterations`` mutated inputs over ``targets`` in turn; the number of failures."""
    rnd = random.Random(seed)
    corpora = {target: seeds(target) for target in targets}
    failures: list[tuple[str, bytes, str]] = []
    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, _alarm)
    with tempfile.TemporaryDirectory(prefix="plan-fuzz-") as scratch:
        for i in range(iterations):
            target = targets[i % len(targets)]
            corpus = corpora[target]
            data = mutate(rnd, rnd.choice(corpus), corpus, gentle=target in ("fmt", "new"))
            signal.setitimer(signal.ITIMER_REAL, seconds)
            try:
                CHECKS[target](data, Path(scratch))
            except TimedOut:
                failures.append((target, data, f"over {seconds} s"))
            except BaseException as exc:  # noqa: BLE001 - every escape is a finding of the fuzzer
                if isinstance(exc, KeyboardInterrupt):
                    raise
                failures.append((target, data, f"{type(exc).__name__}: {exc}"[:300]))
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if i and i % 1000 == 0:
                print(f"{i} inputs, {len(failures)} failures, {time.monotonic() - started:.0f} s", flush=True)
    signal.signal(signal.SIGALRM, previous)
    for target, data, why in failures[:50]:
        print(f"FAILURE {target}: {why}\n  input: {data[:500]!r}")
    print(f"{iterations} inputs ({', '.join(targets)}), {len(failures)} failures, "
          f"{time.monotonic() - started:.1f} s; formatted by fmt: {REACHED.get('fmt', 0)}, "
          f"moved by new: {REACHED.get('new', 0)}")
    return len(failures)


def _option(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


if __name__ == "__main__":
    if "--iterations" in sys.argv or "--target" in sys.argv:
        chosen = _option("--target", "plan")
        targets = TARGETS if chosen == "all" else tuple(chosen.split(","))
        unknown = [t for t in targets if t not in CHECKS]
        if unknown:
            sys.exit(f"unknown target(s) {', '.join(unknown)}; choose from {', '.join(TARGETS)} or all")
        failed = random_loop(int(_option("--iterations", "10000")), int(_option("--seed", "0")), targets,
                             float(_option("--seconds", "5")))
        sys.exit(1 if failed else 0)
    try:
        import atheris
    except ImportError:
        print("atheris is not installed; running the random-mutation loop (10 000 inputs)")
        sys.exit(1 if random_loop(10_000) else 0)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
