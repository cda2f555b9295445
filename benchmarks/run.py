"""Benchmarks: `plan validate` side by side with yamllint and check-jsonschema, in one run.

    python benchmarks/run.py [--repeat 5] [--large] [--large-repeat 1] [--work DIR] [--big 2000,20000]

Besides validate: the results cache (a second run over unchanged plans), start-up, how every
command scales with a plan's size (benchmarks/bigplan.py, time and peak memory against validate
on the same plan) and the commands of the latest round (import, followup, portfolio, serve).

Every command runs as a fresh process (cold start, as in pre-commit and CI) with its output
discarded. Each table shows, per command, the median wall time over the repetitions, the spread
(min–max), the ratio to the table's reference command and the exit code. Exit codes are
reported, not treated as failures (`plan validate` exits 1 when a plan has errors).

The tools are taken from the directory of the running interpreter (its venv's bin), so run it
with the venv's python: /work/venv/bin/python benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bigplan import write as write_big_plan  # noqa: E402
from generate import generate  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# Commands run with the environment users have: if PYTHONDONTWRITEBYTECODE is set (as in some
# sandboxes and CI images) every start compiles the editable package from source, which is not
# what a user's second run pays. The untimed warm-up round writes the bytecode caches.
ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PLAN_CACHE_DIR")}
PLAN_A = "plans/2025-websesam.yaml"
PLAN_B = "plans/2026-shvo.yaml"

# Parse every file named in argv[1] (one path a line) with ruamel.yaml's C loader, in one process.
BARE_PARSE = """\
import sys
from pathlib import Path
from ruamel.yaml import YAML
yaml = YAML(typ="safe", pure=False)
for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
    yaml.load(Path(line))
"""

# Run argv[1:] and print the largest resident set size of it and its descendants, in KiB.
PEAK_RSS = """\
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(peak // 1024 if sys.platform == "darwin" else peak)
"""


@dataclass
class Row:
    """One measured line of a table: a command, or several run one after the other (batches)."""

    label: str
    commands: list[list[str]] | None  # None: not available, printed as n/a
    note: str = "n/a"
    times: list[float] = field(default_factory=list)
    exits: set[int] = field(default_factory=set)
    env: dict[str, str] = field(default_factory=dict)  # added to ENV for this row
    prepare: object = None  # called before each timed run, untimed (e.g. empty a cache)


def tool(name: str) -> str | None:
    """The executable from the running interpreter's bin directory, else from PATH."""
    here = BIN / name
    if here.exists():
        return str(here)
    return shutil.which(name)


def row(label: str, *command: str | None, missing: str = "n/a (not installed)", env: dict | None = None,
        prepare=None) -> Row:
    """A row running ``command``, or an n/a row when the tool (its first word) is missing."""
    if command[0] is None:
        return Row(label, None, missing)
    return Row(label, [list(command)], env=env or {}, prepare=prepare)


def batches(prefix: list[str], files: list[str]) -> list[list[str]]:
    """``prefix + files`` split into commands that each fit on a command line."""
    limit = os.sysconf("SC_ARG_MAX") // 2 - sum(len(k) + len(v) + 2 for k, v in os.environ.items())
    commands, current, size = [], [], sum(len(a) + 1 for a in prefix)
    for name in files:
        if current and size + len(name) + 1 > limit:
            commands.append(prefix + current)
            current, size = [], sum(len(a) + 1 for a in prefix)
        current.append(name)
        size += len(name) + 1
    return commands + [prefix + current]


def measure(rows: list[Row], repeat: int, warm_up: bool) -> None:
    """Time every available row ``repeat`` times, interleaved (one round over all rows per
    repetition) so that a slow moment of the machine does not hit one command only."""
    active = [r for r in rows if r.commands]
    rounds = ([False] if warm_up else []) + [True] * repeat
    for record in rounds:
        for r in active:
            if r.prepare:
                r.prepare()
            env = {**ENV, **r.env}
            start = time.perf_counter()
            for command in r.commands:
                done = subprocess.run(command, cwd=ROOT, stdin=subprocess.DEVNULL, env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                r.exits.add(done.returncode)
            if record:
                r.times.append(time.perf_counter() - start)


def seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def print_table(title: str, rows: list[Row], reference: Row, per: int | None = None) -> dict[str, float]:
    """Print the table; return the median of every measured row by label."""
    print(f"\n{title}")
    print(f"  ratio = median / median of: {reference.label}")
    header = f"  {'command':<56} {'median':>9} {'min – max':>21} {'ratio':>7}"
    header += f" {'per plan':>9}" if per else ""
    print(header + "  exit")
    base = statistics.median(reference.times) if reference.times else None
    for r in rows:
        if not r.times:
            print(f"  {r.label:<56} {r.note}")
            continue
        median = statistics.median(r.times)
        spread = f"{seconds(min(r.times))} – {seconds(max(r.times))}"
        ratio = f"{median / base:.2f}" if base else "–"
        line = f"  {r.label:<56} {seconds(median):>9} {spread:>21} {ratio:>7}"
        line += f" {median / per * 1000:>6.1f} ms" if per else ""
        print(line + "  " + ",".join(map(str, sorted(r.exits))))
    return {r.label: statistics.median(r.times) for r in rows if r.times}


def peak_rss_mib(command: list[str], env: dict | None = None) -> float:
    out = subprocess.run([sys.executable, "-c", PEAK_RSS, *command], cwd=ROOT, env={**ENV, **(env or {})},
                         capture_output=True, text=True, check=True).stdout
    return int(out) / 1024


def emptied(directory: Path):
    """A ``prepare`` that removes ``directory`` (a results cache) before each timed run."""
    return lambda: shutil.rmtree(directory, ignore_errors=True)


def big_plans(work: Path, plan: str, sizes: list[int], repeat: int) -> dict[int, dict[str, tuple[float, float]]]:
    """Every command on plans with many budget lines, against validate on the same plan."""
    results = {}
    for size in sizes:
        a, b = work / f"big-{size}.yaml", work / f"big-{size}-b.yaml"
        raw = work / f"big-{size}-unformatted.yaml"
        if not a.exists():
            write_big_plan(size, a, 1)
            write_big_plan(size, b, 1, change=True)
            write_big_plan(size, raw, 1, formatted=False)
        out = work / f"big-{size}-out"
        out.mkdir(exist_ok=True)
        rows = [
            row("plan validate --no-cache", plan, "validate", "--no-cache", str(a)),
            row("plan fmt --check", plan, "fmt", "--check", str(a)),
            row("plan fmt --check (a copy not yet formatted)", plan, "fmt", "--check", str(raw)),
            row("plan split -f json", plan, "split", str(a), "-f", "json"),
            row("plan diff (1 % of the lines changed)", plan, "diff", str(a), str(b)),
            row("plan render -f html", plan, "render", str(a), "-f", "html"),
            row("plan render -f pdf", plan, "render", str(a), "-f", "pdf", "-o", str(out / "plan.pdf")),
            row("plan render -f docx", plan, "render", str(a), "-f", "docx", "-o", str(out / "plan.docx")),
        ]
        measure(rows, repeat, warm_up=False)
        times = print_table(f"## A plan with {size} budget lines ({a.stat().st_size // 1024} KiB, {repeat} "
                            f"{'repetition' if repeat == 1 else 'repetitions'})", rows, rows[0])
        print(f"  {'peak memory (max RSS)':<56} {'MiB':>9} {'ratio':>29}")
        base = None
        table = {}
        for r in rows:
            if not r.commands:
                continue
            peak = peak_rss_mib(r.commands[0])
            base = base or peak
            table[r.label] = (times.get(r.label), peak)
            print(f"  {r.label:<56} {peak:>9.0f} {peak / base:>29.2f}")
        results[size] = table
    return results


def new_commands(work: Path, plan: str, python: str, directory: Path, repeat: int) -> None:
    """The commands of the latest round, cold."""
    docx = work / "websesam.docx"
    if not docx.exists():
        sys.path.insert(0, str(ROOT / "tests"))
        try:
            from word_documents import websesam as websesam_docx

            websesam_docx(docx)
        except ImportError as exc:  # python-docx: the import extra
            print(f"\n(no Word document for plan import: {exc})")
    rows = [
        row("plan import websesam.docx", plan if docx.exists() else None, "import", str(docx), "-o",
            str(work / "importerad.yaml"), "--force"),
        row("plan followup (12 months, 40 rows)", plan, "followup", PLAN_A, "--actuals",
            "examples/uppfoljning/websesam-utfall-2025.csv", "--mapping", "examples/uppfoljning/koppling.toml"),
        row(f"plan portfolio over {len(list(directory.glob('*.yaml')))} plans (latest year)", plan, "portfolio",
            str(directory), "-f", "json"),
        row("plan portfolio -f html (shipped plans)", plan, "portfolio", "plans", "-f", "html", "-o",
            str(work / "portfolj.html")),
    ]
    measure(rows, repeat, warm_up=True)
    print_table("## The latest round's commands, cold process", rows, rows[0])
    latency = ROOT / "benchmarks" / "serve_latency.py"
    if latency.exists():
        print("\n## plan serve: from a save to the updated page")
        done = subprocess.run([python, str(latency)], cwd=ROOT, env=ENV, capture_output=True, text=True)
        print("\n".join("  " + line for line in (done.stdout + done.stderr).strip().splitlines()))


def version(command: list[str]) -> str:
    try:
        out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "not installed"
    return out.splitlines()[0] if out else "?"


def machine() -> list[str]:
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return [
        f"date:    {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        f"machine: {model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
        f"python:  {platform.python_version()} ({sys.executable})",
    ]


def plan_set(work: Path, size: int) -> tuple[Path, list[str]]:
    """``size`` generated plans in ``work/plans-<size>`` (reused when already there)."""
    directory = work / f"plans-{size}"
    existing = sorted(directory.glob("*.yaml")) if directory.exists() else []
    if len(existing) == size:
        print(f"\n(reusing {size} plans in {directory})")
    elif existing:
        sys.exit(f"run.py: {directory} holds {len(existing)} plans, not {size}; remove it or choose another --work")
    else:
        start = time.perf_counter()
        generated = generate(size, directory)
        findings = sum(bool(g.findings) for g in generated)
        print(f"\n(generated {size} plans, {findings} with findings, in {directory} "
              f"in {time.perf_counter() - start:.1f} s)")
    return directory, [str(p) for p in sorted(directory.glob("*.yaml"))]


def print_targets(one: dict, start: dict, many: dict, peaks: dict, big: dict) -> None:
    """The issue's targets, each as the measured ratio and whether it is met."""

    def get(table: dict, prefix: str) -> float | None:
        return next((v for k, v in table.items() if k.startswith(prefix)), None)

    def target(text: str, value: float | None, limit: float, below: bool = True) -> None:
        if value is None:
            print(f"  {text:<64} n/a")
            return
        met = value <= limit if below else value >= limit
        print(f"  {text:<64} {value:>6.2f}  {'met' if met else 'NOT met'} ({'≤' if below else '≥'} {limit:g})")

    def ratio(a: float | None, b: float | None) -> float | None:
        return a / b if a and b else None

    print("\n## Targets")
    plan_cold = get(one, "plan validate --no-cache")
    plan_hit = get(one, "plan validate plans")
    target("one plan, cold, no cache: plan validate / yamllint", ratio(plan_cold, get(one, "yamllint")), 1.0)
    target("one plan, cold, cache hit: plan validate / yamllint", ratio(plan_hit, get(one, "yamllint")), 1.0)
    target("one plan: plan validate (no cache) / check-jsonschema", ratio(plan_cold, get(one, "check-jsonschema")), 0.999)
    target("plan --help / python -c 'import typer'", ratio(get(start, "plan --help"), get(start, "python -c \"import typer\"")), 1.0)
    for size, table in sorted(many.items()):
        single = get(table, "plan validate --jobs 1")
        bare = get(table, "ruamel.yaml")
        target(f"{size} plans, again: cached plan validate / bare C-loader parse", ratio(get(table, "plan validate DIR, again"), bare), 0.25)
        target(f"{size} plans: yamllint / plan validate (no cache)", ratio(get(table, "yamllint"), single), 10, below=False)
        target(f"{size} plans: plan validate (no cache) / bare C-loader parse", ratio(single, bare), 1.5)
        target(f"{size} plans: --jobs 2 / --jobs 1", ratio(get(table, "plan validate --jobs 2"), single), 0.999)
    largest = max(many)
    peak = get(peaks, f"plan validate --jobs 1, {largest}") or get(peaks, f"plan validate, {largest}")
    target(f"{largest} plans: peak RSS in MiB (one process)", peak, 150)
    for size, table in sorted(big.items()):
        base_time, base_peak = table.get("plan validate --no-cache", (None, None))
        for label in ("plan fmt --check", "plan fmt --check (a copy not yet formatted)", "plan split -f json",
                      "plan diff", "plan render -f html"):
            found = next(((t, m) for k, (t, m) in table.items() if k.startswith(label)), (None, None))
            target(f"{size} lines: {label} / validate, time", ratio(found[0], base_time), 2)
            target(f"{size} lines: {label} / validate, peak memory", ratio(found[1], base_peak), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="repetitions per command (default 5)")
    parser.add_argument("--large", action="store_true", help="also 10 000 plans (slow: see README)")
    parser.add_argument("--large-repeat", type=int, default=1, help="repetitions on 10 000 plans (default 1)")
    parser.add_argument("--work", type=Path, help="directory for the generated plans, kept (default: a temporary one, removed)")
    parser.add_argument("--big", type=lambda text: [int(n) for n in text.split(",") if n], default=[2000, 20000],
                        help="budget lines of the big plans, comma-separated (default 2000,20000; empty: none)")
    parser.add_argument("--big-repeat", type=int, default=1, help="repetitions on the big plans (default 1)")
    args = parser.parse_args()
    began = time.perf_counter()

    python = sys.executable
    plan, yamllint, cjs = tool("plan"), tool("yamllint"), tool("check-jsonschema")
    if plan is None:
        sys.exit(f"run.py: no `plan` in {BIN} or on PATH; install forvaltning-cli into this venv")
    has_jobs = "--jobs" in subprocess.run([plan, "validate", "--help"], capture_output=True, text=True).stdout

    print("# forvaltning-cli benchmarks")
    print("\n".join(machine()))
    versions = [version([plan, "--version"])]
    versions += [version([t, "--version"]) if t else f"{name}: not installed"
                 for name, t in (("yamllint", yamllint), ("check-jsonschema", cjs))]
    print(f"tools:   {'; '.join(versions)}")
    print(f"runs:    {args.repeat} repetitions (after one untimed warm-up for single-file commands); "
          f"plan validate --jobs: {'yes' if has_jobs else 'no'}")

    work = args.work or Path(tempfile.mkdtemp(prefix="plan-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        schema = work / "plan.schema.json"
        subprocess.run([plan, "schema", "-o", str(schema)], cwd=ROOT, check=True)

        # 1. One shipped plan, cold process: nothing cached, and the same again with the cache.
        one_cache = work / "cache-one"
        rows = [
            row(f"plan validate --no-cache {PLAN_A}", plan, "validate", "--no-cache", PLAN_A),
            row(f"plan validate {PLAN_A} (cache hit)", plan, "validate", PLAN_A,
                env={"PLAN_CACHE_DIR": str(one_cache)}),
            row("yamllint -d relaxed", yamllint, "-d", "relaxed", PLAN_A),
            row("check-jsonschema --schemafile", cjs, "--schemafile", str(schema), PLAN_A),
            row("python -c pass (floor)", python, "-c", "pass"),
        ]
        measure(rows, args.repeat, warm_up=True)
        one = print_table("## One plan, cold process", rows, rows[0])

        # 2. Start-up and the other commands, cold.
        rows = [
            row("python -c pass (floor)", python, "-c", "pass"),
            row('python -c "import typer"', python, "-c", "import typer"),
            row("plan --help", plan, "--help"),
            row(f"plan render {PLAN_A} -f html", plan, "render", PLAN_A, "-f", "html"),
            row(f"plan diff {PLAN_A} {PLAN_B}", plan, "diff", PLAN_A, PLAN_B),
        ]
        measure(rows, args.repeat, warm_up=True)
        start = print_table("## Start-up and other commands, cold process", rows, rows[0])

        # 3. Many plans.
        many: dict[int, dict[str, float]] = {}
        sizes = [(1000, args.repeat)] + ([(10_000, args.large_repeat)] if args.large else [])
        for size, repeat in sizes:
            directory, files = plan_set(work, size)
            listing = work / f"files-{size}.txt"
            listing.write_text("\n".join(files) + "\n", encoding="utf-8")
            single = ["--jobs", "1", "--no-cache"] if has_jobs else []
            cache = work / f"cache-{size}"
            rows = [
                row(f"plan validate {' '.join(single + ['DIR'])} (one process)", plan, "validate", *single, str(directory)),
                row("plan validate --jobs 2 --no-cache DIR", plan if has_jobs else None, "validate", "--jobs", "2",
                    "--no-cache", str(directory), missing="n/a (plan validate has no --jobs option)"),
                row("plan validate DIR, first run (empty cache)", plan, "validate", str(directory),
                    env={"PLAN_CACHE_DIR": str(cache)}, prepare=emptied(cache)),
                row("plan validate DIR, again (unchanged, cache hit)", plan, "validate", str(directory),
                    env={"PLAN_CACHE_DIR": str(cache)}),
                row("yamllint -d relaxed DIR", yamllint, "-d", "relaxed", str(directory)),
                Row("check-jsonschema --schemafile S FILES", batches([cjs, "--schemafile", str(schema)], files)) if cjs
                else Row("check-jsonschema --schemafile S FILES", None, "n/a (not installed)"),
                row("ruamel.yaml C loader, bare parse (floor)", python, "-c", BARE_PARSE, str(listing)),
            ]
            if rows[5].commands and len(rows[5].commands) > 1:
                rows[5].label += f" ({len(rows[5].commands)} batches)"
            measure(rows, repeat, warm_up=False)
            times = "repetition" if repeat == 1 else "repetitions"
            many[size] = print_table(f"## {size} plans ({repeat} {times})", rows, rows[0], per=size)

        # 4. Peak memory on the largest set.
        size = sizes[-1][0]
        directory = work / f"plans-{size}"
        listing = work / f"files-{size}.txt"
        print("\n## Peak memory (max RSS of the largest single process)")
        memory = [(f"plan validate {PLAN_A}", [plan, "validate", "--no-cache", PLAN_A])]
        if has_jobs:
            memory += [(f"plan validate --jobs 1, {size} plans", [plan, "validate", "--jobs", "1", "--no-cache", str(directory)]),
                       (f"plan validate --jobs 2, {size} plans (per process)", [plan, "validate", "--jobs", "2", "--no-cache", str(directory)])]
        else:
            memory += [(f"plan validate, {size} plans", [plan, "validate", str(directory)])]
        memory += [(f"ruamel.yaml bare parse, {size} plans", [python, "-c", BARE_PARSE, str(listing)])]
        peaks = {}
        for label, command in memory:
            peaks[label] = peak_rss_mib(command)
            print(f"  {label:<56} {peaks[label]:>7.0f} MiB")
        big = big_plans(work, plan, args.big, args.big_repeat)
        new_commands(work, plan, python, work / "plans-1000", args.repeat)
        print_targets(one, start, many, peaks, big)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\n(total {time.perf_counter() - began:.0f} s)")


if __name__ == "__main__":
    main()
