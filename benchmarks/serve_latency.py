"""Benchmark: the time from saving a plan to the open ``plan serve`` page showing the change.

    python benchmarks/serve_latency.py [--repeat 20] [--plan plans/2026-shvo.yaml]

Starts ``plan serve`` (this interpreter, ``-m forvaltning_cli``) on a free port over a copy of
plans/ in a temporary folder, opens the plan in Debian's Chromium (Playwright), then N times:
writes a new amount into one budget line, and measures the wall time until the page has swapped
in the new document (the attribute its script sets after the swap) and the row shows the new
figure. Prints the median, minimum and maximum, and the time to build the page uncached (lint +
render, from a request after a change). A script that prints figures, not a test.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
LINE = "amount: 300000"  # Möten, utbildning, kommunikation in plans/2026-shvo.yaml
ROW = "budget.items[4]"


def start(folder: Path) -> tuple[subprocess.Popen, int]:
    process = subprocess.Popen([sys.executable, "-m", "forvaltning_cli", "serve", "plans", "--port", "0"],
                               cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               encoding="utf-8", env={**os.environ, "NO_COLOR": "1"})
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in process.stderr:
            lines.append(line)
            ready.set()

    threading.Thread(target=read, daemon=True).start()
    ready.wait(30)
    found = re.search(r"http://127\.0\.0\.1:(\d+)/", "".join(lines))
    if not found:
        process.kill()
        sys.exit("plan serve startade inte: " + "".join(lines))
    return process, int(found.group(1))


def build_time(port: int, name: str, path: Path, repeat: int) -> list[float]:
    """Seconds to answer GET /plan/NAME right after the file changed (no cached page)."""
    times = []
    text = path.read_text(encoding="utf-8")
    for i in range(repeat):
        path.write_text(text.replace(LINE, f"amount: {500000 + i * 1000}", 1), encoding="utf-8")
        time.sleep(0.3)  # the watcher has forgotten the page
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        started = time.perf_counter()
        connection.request("GET", f"/plan/{name}", headers={"Host": f"127.0.0.1:{port}"})
        connection.getresponse().read()
        times.append(time.perf_counter() - started)
        connection.close()
    path.write_text(text, encoding="utf-8")
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--plan", default="plans/2026-shvo.yaml")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        shutil.copytree(ROOT / "plans", folder / "plans")
        name = Path(args.plan).name
        path = folder / "plans" / name
        original = path.read_text(encoding="utf-8")
        if LINE not in original:
            sys.exit(f"{args.plan}: raden '{LINE}' finns inte; välj en plan med den")
        process, port = start(folder)
        latencies: list[float] = []
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
                page = browser.new_page(viewport={"width": 1200, "height": 900})
                page.goto(f"http://127.0.0.1:{port}/plan/{name}")
                page.wait_for_selector("html[data-plan-serve-connected]", state="attached")
                for i in range(1, args.repeat + 1):
                    amount = 300000 + i * 1000
                    changed = original.replace(LINE, f"amount: {amount}", 1)
                    started = time.perf_counter()
                    path.write_text(changed, encoding="utf-8")
                    page.wait_for_selector(f"html[data-plan-serve-updates='{i}']", state="attached", timeout=15000)
                    latencies.append(time.perf_counter() - started)
                    shown = page.locator(f"tr[data-plan-path='{ROW}']").inner_text().replace("\u00a0", " ")
                    expected = f"{amount // 1000} 000"
                    if expected not in shown:
                        sys.exit(f"sidan visar inte {expected} efter ändring {i}: {shown!r}")
                    time.sleep(0.3)  # one save at a time, as a person saves
                browser.close()
            builds = build_time(port, name, path, max(3, args.repeat // 4))
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(15)

    def ms(values: list[float]) -> str:
        return (f"median {statistics.median(values) * 1000:.0f} ms, min {min(values) * 1000:.0f} ms, "
                f"max {max(values) * 1000:.0f} ms (n={len(values)})")

    print(f"plan serve, {args.plan}: från sparad fil till uppdaterad sida i Chromium")
    print(f"  spara → sidan visar ändringen: {ms(latencies)}")
    print(f"  bygga sidan utan cache (granskning + rendering): {ms(builds)}")


if __name__ == "__main__":
    main()
