"""Write a plan with many budget lines, for measuring how commands scale with a plan's size.

    python benchmarks/bigplan.py --lines 20000 --out /tmp/big-20000.yaml [--changed /tmp/big-20000-b.yaml]

The plan is plans/2026-shvo.yaml with its budget replaced by LINES lines in groups of 50, each
line split 70/30 or 50/50 between VGR and VGK by one of SHVO's own keys, with stated party
amounts, group subtotals and a total that add up: a plan without findings in its budget. With
--changed, a second file differs from the first in one line in a hundred (amount, name, a line
added or removed), for ``plan diff``. Both are written in ``plan fmt``'s layout unless
--unformatted is given.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["Drift och licens", "Support", "Utveckling", "Utbildning", "Möten", "Kommunikation", "Konsulter",
         "Licenser", "Förvaltningsledning", "Testmiljö", "Integration", "Säkerhetsgranskning"]
KEYS = {"it-tjanst": {"VGR": 70, "VGK": 30}, "lonekostnader": {"VGR": 50, "VGK": 50}}


def budget(lines: int, seed: int, change: bool = False) -> dict:
    rnd = random.Random(seed)
    groups = []
    number = 0
    for start in range(0, lines, 50):
        group_lines = []
        for _ in range(min(50, lines - start)):
            number += 1
            key = "it-tjanst" if number % 3 else "lonekostnader"
            amount = rnd.randrange(10, 2000) * 1000
            name = f"{NAMES[number % len(NAMES)]} {number}"
            if change and number % 100 == 0:
                amount += 10000
            if change and number % 100 == 50:
                name += " (ändrad)"
            if change and number % 100 == 25:
                continue  # removed
            vgr = amount * KEYS[key]["VGR"] // 100
            group_lines.append({"id": f"rad-{number}", "name": name, "amount": amount,
                                "parties": {"VGK": amount - vgr, "VGR": vgr}})
        groups.append({"lines": group_lines, "subtotal": {
            "label": f"Delsumma {len(groups) + 1}",
            "amount": sum(line["amount"] for line in group_lines)}})
    total = sum(group["subtotal"]["amount"] for group in groups)
    parties = {party: sum(line["parties"][party] for group in groups for line in group["lines"])
               for party in ("VGK", "VGR")}
    return {"groups": groups, "total": total, "parties": parties}


def write(lines: int, out: Path, seed: int, change: bool = False, formatted: bool = True) -> None:
    """Write the plan; ``formatted``: in ``plan fmt``'s layout, as a plan kept in git with
    ``plan fmt --check`` in its CI is (otherwise as ruamel.yaml writes it by default, lists not
    indented under their key)."""
    yaml = YAML()
    yaml.width = 4096
    plan = yaml.load((ROOT / "plans" / "2026-shvo.yaml").read_text(encoding="utf-8"))
    made = budget(lines, seed, change)
    plan["budget"]["year"] = 2026
    plan["budget"]["title"] = "BUDGET 2026 Samordnad hälsa- vård och omsorg"
    plan["budget"]["items"] = made["groups"]
    plan["budget"]["total"] = {"label": "Totalt", "amount": made["total"], "parties": made["parties"]}
    with out.open("w", encoding="utf-8") as stream:
        yaml.dump(plan, stream)
    if formatted:
        from forvaltning_cli.yearly.layout import format_text

        text, findings = format_text(out.read_text(encoding="utf-8"), out.name)
        if text is None:
            raise SystemExit(f"{out}: plan fmt cannot format it: {findings}")
        out.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--changed", type=Path, help="also write a slightly different version here")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--unformatted", action="store_true", help="not in plan fmt's layout")
    args = parser.parse_args()
    write(args.lines, args.out, args.seed, formatted=not args.unformatted)
    if args.changed:
        write(args.lines, args.changed, args.seed, change=True, formatted=not args.unformatted)
    print(f"wrote {args.out}" + (f" and {args.changed}" if args.changed else ""), file=sys.stderr)


if __name__ == "__main__":
    main()
