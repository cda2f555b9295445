"""Long-running fuzzing of the plan loader and checks (the test suite runs a bounded version).

    pip install atheris
    python tools/fuzz.py tests/corpus plans -max_total_time=600

Seeds come from the corpus and the shipped plans. The property: every input gives findings or a
clean result — any exception escaping ``load_text`` or the checks is a bug, and atheris stops
with the input that caused it. Without atheris installed, a plain random-mutation loop runs
instead (``python tools/fuzz.py --iterations 100000``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from forvaltning_cli.checks import run_checks  # noqa: E402
from forvaltning_cli.loader import load_text  # noqa: E402


def one_input(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    loaded = load_text(text, "fuzz.yaml")
    for finding in loaded.findings + run_checks(loaded):
        assert finding.line >= 1 and finding.column >= 1, finding
        assert finding.rule != "check-crashed", finding


def seeds() -> list[bytes]:
    files = [*sorted((ROOT / "tests" / "corpus").glob("*.yaml")), *sorted((ROOT / "plans").glob("*.yaml"))]
    return [path.read_bytes() for path in files]


def random_loop(iterations: int, seed: int = 0) -> None:
    rnd = random.Random(seed)
    corpus = seeds()
    for i in range(iterations):
        data = bytearray(rnd.choice(corpus))
        for _ in range(rnd.randint(1, 8)):
            position = rnd.randrange(len(data) + 1)
            action = rnd.random()
            if action < 0.4 and data:
                del data[position:position + rnd.randint(1, 20)]
            elif action < 0.8:
                data[position:position] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 10)))
            else:
                donor = rnd.choice(corpus)
                start = rnd.randrange(len(donor) or 1)
                data[position:position] = donor[start:start + rnd.randint(1, 200)]
        one_input(bytes(data))
        if i and i % 1000 == 0:
            print(f"{i} inputs, no failure", flush=True)
    print(f"{iterations} inputs, no failure")


if __name__ == "__main__":
    if "--iterations" in sys.argv:
        random_loop(int(sys.argv[sys.argv.index("--iterations") + 1]))
        sys.exit(0)
    try:
        import atheris
    except ImportError:
        print("atheris is not installed; running the random-mutation loop (10 000 inputs)")
        random_loop(10_000)
        sys.exit(0)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
