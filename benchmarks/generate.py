"""Generate realistic plans for benchmarks: varied copies of the two shipped plans.

    python benchmarks/generate.py --count 1000 --out /tmp/plans [--seed 1] [--check]

Each plan starts from plans/2025-websesam.yaml or plans/2026-shvo.yaml. The copy is first
cleaned of the shipped plans' own findings (their transcribed mistakes), then varied: the years
move, amounts change (whole kronor, party amounts following a split key), budget lines, sections,
paragraphs and related systems are added or removed, ids and titles change.

About one plan in four then gets one or two deliberate findings (a stated total that does not
add up, an undefined abbreviation, a placeholder link, …); every other plan has no findings at
all. `--check` runs `plan validate` on the result and compares each file's findings with the
intended ones.

Plan number i is the same for a given seed whatever --count is.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import random
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
BASES = ("2025-websesam.yaml", "2026-shvo.yaml")

# The abbreviation grammar of forvaltning_cli.abbreviations: two to five capitals.
ABBREVIATION = re.compile(r"(?<![0-9A-Za-zÀ-ÖØ-öø-ÿ])[A-ZÅÄÖÜÉ][A-ZÅÄÖÜÉ0-9]{1,4}(?![0-9A-Za-zÀ-ÖØ-öø-ÿ])")
YEAR = re.compile(r"(?<!\d)(20[1-3]\d)(?!\d)")
TENTATIVE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}\?$")

# Definitions for the abbreviations the shipped plans use without explaining them.
MISSING_DEFINITIONS = {
    "SITHS": "Säker IT i hälso- och sjukvården, e-legitimation för personal",
    "UH": "underhåll",
    "SAMSA": "IT-tjänst för samordnad planering mellan kommun och region",
    "SOFIA": "Samarbete och Förvaring i Arkiv (VGR IT-stöd för digital dokumenthantering)",
    "SU": "Sahlgrenska Universitetssjukhuset",
}
REAL_LINK = "https://www.vardsamverkan.se/dokument"

# Text without abbreviations or years, so that adding it never causes a finding by itself.
PARAGRAPHS = [
    "Förvaltningen följer upp arbetet varje kvartal och redovisar avvikelser till styrgruppen.",
    "Behov som inte ryms inom budgeten prioriteras i samråd med verksamheterna inför nästa planperiod.",
    "Användarnas synpunkter samlas in löpande och återkopplas i beredningsgruppens protokoll.",
    "Ändringar i systemet testas i testmiljön innan de införs i produktion.",
    "Förvaltningen deltar i nationella nätverk för att ta del av erfarenheter från andra huvudmän.",
    "Riskanalyser genomförs inför större förändringar och dokumenteras tillsammans med åtgärdsplanen.",
    "Utbildningsmaterial uppdateras när nya funktioner införs och publiceras på samarbetsytan.",
    "Informationssäkerheten följs upp årligen genom en genomgång av behörigheter och loggar.",
    "Leverantörens utvecklingsplan stäms av två gånger per år med förvaltningsledningen.",
    "Kostnader som avviker från budgeten rapporteras till finansiärerna vid delårsbokslut.",
    "Tillgänglighetskraven följs upp vid varje ny version av användargränssnittet.",
    "Förvaltningens dokumentation hålls aktuell och granskas vid varje årsskifte.",
]
NEW_SECTIONS = [
    "Informationssäkerhet",
    "Tillgänglighet",
    "Uppföljning och rapportering",
    "Risker och beroenden",
    "Avveckling av äldre lösningar",
    "Kompetensförsörjning",
]
BUDGET_LINES = [
    "Licenser för integrationsplattform",
    "Konsultstöd för kravställning",
    "Utbildningsinsatser för förskrivare",
    "Resor och konferenser",
    "Testmiljö och testdata",
    "Tillgänglighetsgranskning",
    "Avgift till användarföreningen",
    "Säkerhetsgranskning och penetrationstester",
    "Projektledning vid uppgradering",
    "Översättning av stödmaterial",
]
RELATED_SYSTEMS = [
    ("Cosmic", "Journalsystem i delar av länet; påverkar integrationer och tester."),
    ("Lifecare", "Kommunernas planeringsstöd; meddelanden skickas mellan systemen."),
    ("Treserva", "Verksamhetssystem i socialtjänsten som tar emot underlag."),
    ("Procapita", "Verksamhetssystem i socialtjänsten som tar emot underlag."),
    ("Raindance", "Ekonomisystem där fakturering och avstämning görs."),
    ("Heroma", "Personalsystem som användarkonton hämtas från."),
    ("Visma Proceedo", "Inköpssystem för beställningar utanför avtal."),
    ("Journalen", "Invånarnas åtkomst till journaluppgifter; påverkar informationsmängder."),
    ("Stöd och behandling", "Plattform för digitala vårdtjänster med gemensam inloggning."),
    ("Webbplatsen för vårdgivare", "Publicering av rutiner och nyheter från förvaltningen."),
]
WEBSESAM_SYSTEMS = ["webSesam", "Hjälpmedelsportalen", "Beställningsportalen", "Förskrivarstödet", "Sortimentsvisaren"]
SHVO_AREAS = [
    "Samordnad hälsa, vård och omsorg",
    "Digitala vårdmöten",
    "Läkemedelsförsörjning i samverkan",
    "Hemsjukvård i samverkan",
    "Tolkförmedling",
    "Barn och unga i samverkan",
]
UNDEFINED_ABBREVIATIONS = ["KPR", "RSK", "TKL", "BPS", "NKSA"]


@dataclass(frozen=True)
class Generated:
    path: Path
    base: str
    findings: tuple[str, ...]  # the rule ids the plan is meant to trigger; empty for a clean plan


# --- walking the plan ---------------------------------------------------------------------


def transform_strings(node, change):
    """``node`` with ``change`` applied to every string and date in it (recursively, in place
    for containers)."""
    if isinstance(node, dict):
        for key in list(node):
            node[key] = transform_strings(node[key], change)
        return node
    if isinstance(node, list):
        node[:] = [transform_strings(value, change) for value in node]
        return node
    if isinstance(node, (str, dt.date)):
        return change(node)
    return node


def all_sections(sections):
    for section in sections:
        yield section
        yield from all_sections(section.get("sections", []))


def strings(node):
    """Every string value in ``node`` (not mapping keys)."""
    if isinstance(node, dict):
        node = node.values()
    if isinstance(node, (list, type({}.values()))):
        for value in node:
            yield from strings(value)
    elif isinstance(node, str):
        yield node


def has_abbreviation(node) -> bool:
    return any(ABBREVIATION.search(text) for text in strings(node))


def mentions(term: str, text: str) -> bool:
    return bool(re.search(rf"(?<![0-9A-Za-zÀ-ÖØ-öø-ÿ]){re.escape(term)}(?![0-9A-Za-zÀ-ÖØ-öø-ÿ])", text))


def budget_lines(budget):
    for item in budget["items"]:
        yield from item.get("lines", [item])


def renumber(sections, prefix=""):
    for n, section in enumerate(sections, 1):
        section["number"] = f"{prefix}{n}"
        renumber(section.get("sections", []), f"{prefix}{n}.")


# --- amounts --------------------------------------------------------------------------------


def allocate(amount: int, shares: dict, order: list[str]) -> dict:
    """Split ``amount`` by percentage ``shares`` with the largest-remainder method, equal
    remainders going to the party whose id sorts first (as forvaltning-cli does); the parties
    in ``order`` (the budget's column order)."""
    exact = {party: amount * share / 100 for party, share in shares.items()}
    result = {party: int(value) for party, value in exact.items()}
    left = amount - sum(result.values())
    for party in sorted(shares, key=lambda p: (-(exact[p] - result[p]), p))[:left]:
        result[party] += 1
    return {party: result[party] for party in order}


def following_key(line, keys):
    """The split key whose allocation the line's party amounts follow, or None."""
    for key in keys:
        if line.get("parties") and allocate(line["amount"], key["shares"], list(line["parties"])) == line["parties"]:
            return key
    return None


def vary_amount(amount: int, rnd: random.Random) -> int:
    new = amount * rnd.uniform(0.6, 1.6)
    return int(round(new, -3)) if rnd.random() < 0.8 else int(new)  # mostly round thousands


# --- cleaning the shipped plans' own findings ---------------------------------------------------


def clean(plan: dict) -> None:
    """Remove what makes the shipped plans report findings, so that a generated plan has only
    the findings it is given on purpose."""
    abbreviations = plan["abbreviations"]
    text = "\n".join(strings({key: value for key, value in plan.items() if key != "abbreviations"}))
    for term, definition in MISSING_DEFINITIONS.items():
        if mentions(term, text) and term not in abbreviations:
            abbreviations[term] = definition
    for term in list(abbreviations):  # defined but never used (GITS and ERP in the webSesam plan)
        if not mentions(term, text):
            del abbreviations[term]

    def no_placeholder(value):
        if value == "#":
            return REAL_LINK
        if isinstance(value, str):
            value = value.replace("](#)", f"]({REAL_LINK})")
            return dt.date.fromisoformat(value[:-1]) if TENTATIVE_DATE.match(value) else value
        return value

    transform_strings(plan, no_placeholder)  # placeholder links; tentative dates ("2025-12-10?")

    for section in all_sections(plan["sections"]):
        if not section.get("content") and not section.get("sections"):
            section["content"] = [{"figure": f"Figur: {section['title']}"}]

    budget = plan["budget"]
    year = plan_years(plan)[0]
    budget["year"] = year
    budget["title"] = YEAR.sub(str(year), budget["title"])
    for item in budget["items"]:
        if "lines" in item:
            for line in item["lines"]:
                if line.get("amount") is None:
                    line["amount"] = item["subtotal"]["amount"] // len(item["lines"])
    keys = plan["financing"].get("split_keys", [])
    for line in budget_lines(budget):
        if line.get("parties") and not following_key(line, keys):
            line["parties"] = allocate(line["amount"], keys[-1]["shares"], budget["parties"])
    restate_sums(budget)


def plan_years(plan: dict) -> list[int]:
    period = plan["period"]
    if "year" in period:
        return [period["year"]]
    return list(range(period["start"].year, period["end"].year + 1))


def restate_sums(budget: dict) -> None:
    """Set every stated subtotal and total to what the lines add up to."""
    for item in budget["items"]:
        if "lines" in item and item.get("subtotal"):
            item["subtotal"]["amount"] = sum(line["amount"] for line in item["lines"])
    total = budget.get("total")
    if total:
        total["amount"] = sum(line["amount"] for line in budget_lines(budget))
        if budget.get("parties"):
            total["parties"] = {
                party: sum(line.get("parties", {}).get(party, 0) for line in budget_lines(budget))
                for party in budget["parties"]
            }


# --- variation ------------------------------------------------------------------------------


def shift_years(plan: dict, delta: int) -> None:
    def shift(value):
        if isinstance(value, dt.date):
            return value.replace(year=value.year + delta) if (value.month, value.day) != (2, 29) else value.replace(day=28, year=value.year + delta)
        return YEAR.sub(lambda m: str(int(m.group(1)) + delta), value)

    transform_strings(plan, shift)
    plan["budget"]["year"] += delta
    if "year" in plan["period"]:
        plan["period"]["year"] += delta


def vary_document(plan: dict, base: str, rnd: random.Random, index: int) -> str:
    document = plan["document"]
    year = plan_years(plan)[0]
    if base.endswith("websesam.yaml"):
        system = rnd.choice(WEBSESAM_SYSTEMS)
        document["title"] = f"Förvaltningsplan för {system}"
        document["type"] = f"Förvaltningsplan {system}"
        slug = system.lower().replace("ö", "o").replace("ä", "a").replace("å", "a")
    else:
        document["subtitle"] = rnd.choice(SHVO_AREAS)
        slug = "shvo"
    if "version" in document:
        document["version"] = rnd.choice(["0.9", "1.0", "1.1", "2.0"])
    return f"{index:05d}-{year}-{slug}.yaml"


def vary_budget(plan: dict, rnd: random.Random, index: int) -> None:
    budget = plan["budget"]
    keys = plan["financing"].get("split_keys", [])
    for line in budget_lines(budget):
        key = following_key(line, keys)
        line["amount"] = vary_amount(line["amount"], rnd)
        if key:
            line["parties"] = allocate(line["amount"], key["shares"], budget["parties"])
        if "id" in line and rnd.random() < 0.3:
            line["id"] += rnd.choice(["-ny", "-2", f"-{index}"])
    removable = [item for item in budget["items"] if "lines" not in item and not has_abbreviation(item["name"])]
    for item in rnd.sample(removable, k=min(len(removable), rnd.randint(0, 2))):
        budget["items"].remove(item)
    for n, name in enumerate(rnd.sample(BUDGET_LINES, k=rnd.randint(0, 6))):
        line = {"id": f"rad-{index}-{n}", "name": name, "amount": vary_amount(rnd.randrange(20_000, 800_000), rnd)}
        if budget.get("parties"):
            key = rnd.choice(keys)
            line["parties"] = allocate(line["amount"], key["shares"], budget["parties"])
            if rnd.random() < 0.5:
                line["split_key"] = key["id"]
        budget["items"].insert(rnd.randint(0, len(budget["items"])), line)
    restate_sums(budget)


def vary_sections(plan: dict, rnd: random.Random, index: int) -> None:
    sections = list(all_sections(plan["sections"]))
    for _ in range(rnd.randint(0, 8)):  # new paragraphs
        section = rnd.choice(sections)
        content = section.setdefault("content", [])
        content.insert(rnd.randint(0, len(content)), {"text": rnd.choice(PARAGRAPHS)})
    for _ in range(rnd.randint(0, 4)):  # removed paragraphs: only plain ones, never the last block
        section = rnd.choice(sections)
        content = section.get("content", [])
        plain = [block for block in content if "text" in block and not has_abbreviation(block["text"])]
        if plain and (len(content) > 1 or section.get("sections")):
            content.remove(rnd.choice(plain))
    for n in range(rnd.randint(0, 3)):  # new subsections
        parent = rnd.choice(plan["sections"])
        title = rnd.choice(NEW_SECTIONS)
        paragraphs = rnd.sample(PARAGRAPHS, k=rnd.randint(1, 4))
        parent.setdefault("sections", []).append({
            "id": f"avsnitt-{index}-{n}",
            "number": "0",  # renumbered below
            "title": title,
            "content": [{"text": text} for text in paragraphs],
        })
    # removed sections: only those without parts or abbreviations, so nothing else depends on them
    removable = [
        (parent, child)
        for parent in all_sections(plan["sections"])
        for child in parent.get("sections", [])
        if not child.get("sections") and not has_abbreviation(child)
        and not any("part" in block for block in child.get("content", []))
    ]
    for parent, child in rnd.sample(removable, k=min(len(removable), rnd.randint(0, 2))):
        parent["sections"].remove(child)
        if not parent["sections"] and not parent.get("content"):
            parent["content"] = [{"text": rnd.choice(PARAGRAPHS)}]
    renumber(plan["sections"])


def vary_related_systems(plan: dict, rnd: random.Random) -> None:
    systems = plan["related_systems"]
    removable = [s for s in systems if not has_abbreviation(s)]
    for system in rnd.sample(removable, k=min(len(removable), rnd.randint(0, 3))):
        systems.remove(system)
    names = {s["name"] for s in systems}
    for name, dependency in rnd.sample(RELATED_SYSTEMS, k=rnd.randint(0, 8)):
        if name not in names:
            systems.insert(rnd.randint(0, len(systems)), {"name": name, "dependency": dependency})


# --- deliberate findings --------------------------------------------------------------------


def add_findings(plan: dict, rnd: random.Random) -> tuple[str, ...]:
    budget = plan["budget"]
    kinds = ["budget-total", "abbreviation-undefined", "link-target", "budget-year"]
    if budget.get("parties"):
        kinds.append("budget-party-total")
    chosen = sorted(rnd.sample(kinds, k=rnd.choice([1, 1, 2])))
    for kind in chosen:
        if kind == "budget-total":
            budget["total"]["amount"] += rnd.choice([-1, 1]) * rnd.randrange(1_000, 200_000, 1_000)
        elif kind == "budget-party-total":
            party = rnd.choice(budget["parties"])
            budget["total"]["parties"][party] += rnd.randrange(1_000, 100_000, 1_000)
        elif kind == "abbreviation-undefined":
            section = rnd.choice(list(all_sections(plan["sections"])))
            word = rnd.choice(UNDEFINED_ABBREVIATIONS)
            section.setdefault("content", []).append({"text": f"Uppgifterna rapporteras vidare till {word} en gång per månad."})
        elif kind == "link-target":
            section = rnd.choice(list(all_sections(plan["sections"])))
            section.setdefault("content", []).append({"text": "Rutinen beskrivs i [förvaltningens handbok](#)."})
        elif kind == "budget-year":
            budget["year"] -= 1  # copied from last year's plan: also differs from the title's year
    return tuple(chosen)


# --- generation -----------------------------------------------------------------------------


def make_yaml(pure: bool = False) -> YAML:
    yaml = YAML(typ="safe", pure=pure)
    yaml.allow_unicode = True
    yaml.default_flow_style = False
    yaml.width = 4096  # keep paragraphs on one line, as the shipped plans do
    yaml.sort_base_mapping_type_on_output = False  # keep the schema's key order
    return yaml


def load_bases() -> dict[str, dict]:
    yaml = make_yaml()
    bases = {}
    for name in BASES:
        plan = yaml.load((ROOT / "plans" / name).read_text(encoding="utf-8"))
        clean(plan)
        bases[name] = plan
    return bases


def make_plan(bases: dict[str, dict], seed: int, index: int) -> tuple[str, dict, tuple[str, ...], str]:
    rnd = random.Random(f"{seed}-{index}")  # per plan, so plan i does not depend on --count
    base = rnd.choice(BASES)
    plan = copy.deepcopy(bases[base])
    shift_years(plan, rnd.randint(-3, 3))
    name = vary_document(plan, base, rnd, index)
    vary_budget(plan, rnd, index)
    vary_sections(plan, rnd, index)
    vary_related_systems(plan, rnd)
    findings = add_findings(plan, rnd) if rnd.random() < 0.25 else ()
    return name, plan, findings, base


def generate(count: int, out: Path, seed: int = 1) -> list[Generated]:
    """Write ``count`` plans into ``out`` (created if needed) and say what each should report."""
    bases = load_bases()
    yaml = make_yaml()
    out.mkdir(parents=True, exist_ok=True)
    generated = []
    for index in range(count):
        name, plan, findings, base = make_plan(bases, seed, index)
        path = out / name
        with path.open("w", encoding="utf-8") as handle:
            handle.write(f"# Generated by benchmarks/generate.py from plans/{base} (seed {seed}, plan {index}).\n")
            yaml.dump(plan, handle)
        generated.append(Generated(path, base, findings))
    return generated


def check(generated: list[Generated]) -> int:
    """Validate the generated plans and compare each file's rules with the intended ones.
    Returns the number of files that differ."""
    plan = Path(sys.executable).parent / "plan"
    directory = generated[0].path.parent
    result = subprocess.run([str(plan), "validate", "--format", "json", str(directory)],
                            capture_output=True, text=True, cwd=directory)
    report = json.loads(result.stdout)
    found: dict[str, set[str]] = {}
    for finding in report["findings"]:
        found.setdefault(Path(finding["file"]).name, set()).add(finding["rule"])
    wrong = 0
    for item in generated:
        actual = found.get(item.path.name, set())
        if actual != set(item.findings):
            wrong += 1
            if wrong <= 10:
                print(f"  {item.path.name}: intended {sorted(item.findings)}, found {sorted(actual)}")
    with_findings = sum(bool(item.findings) for item in generated)
    print(f"checked {len(generated)} plans ({with_findings} with findings): "
          f"{'all as intended' if not wrong else f'{wrong} differ'}; {report['summary']}")
    return wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100, help="number of plans (default 100)")
    parser.add_argument("--out", type=Path, required=True, help="directory to write them to")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--check", action="store_true", help="validate the plans and compare with the intended findings")
    args = parser.parse_args()
    generated = generate(args.count, args.out, args.seed)
    print(f"{len(generated)} plans in {args.out}")
    return 1 if args.check and check(generated) else 0


if __name__ == "__main__":
    sys.exit(main())
