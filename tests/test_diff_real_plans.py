"""``plan diff`` and ``plan textconv`` for plans as other organisations write them (issue 13):
registry data, a document without status, multi-year budgets in tkr with income and results,
fee financing, population, and the pm3 parts — each edit reported in Swedish, at a path that
names the item by id (or by its role, risk text …), across reordering."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import plan

CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")

# A plan with every new part. Written as JSON (YAML reads it), so that tests edit it as data.
BASE: dict = {
    "schema_version": 1,
    "document": {
        "title": "Verksamhetsplan 2019",
        "version": "1.1",
        "edition": "Reviderad 2019-06-12",
        "registry_number": "KF 2018/0123",
        "case": "Verksamhetsplan för e-arkivet",
        "handler": {"name": "Maria Lindqvist", "phone": "031-123 45 67", "postal_address": "Box 1, 411 01 Göteborg"},
        "document_owner": {"name": "Anders Holm", "title": "Förbundsdirektör"},
        "revisions": [{"version": "1.0", "date": "2018-11-23", "change": "Fastställd."}],
    },
    "period": {"year": 2019},
    "sections": [{"id": "budget", "title": "Budget", "content": [{"part": "budget"}]}],
    "goals": {"measurable": [
        {"id": "anslutna-system", "goal": "Fler system levererar.", "indicator": "Antal system",
         "baseline": "31 system", "target": "40 system", "due": "Q4 2019"},
        {"id": "tillganglighet", "goal": "E-arkivet är tillgängligt.", "indicator": "Tillgänglighet",
         "target": "Minst 99,5 %"},
    ]},
    "budget": {
        "title": "Budget 2019 och plan 2020",
        "year": 2019,
        "unit": "tkr",
        "columns": [
            {"id": "utfall-2017", "heading": "Utfall 2017", "kind": "outcome", "year": 2017},
            {"id": "budget-2019", "heading": "Budget 2019", "kind": "budget", "year": 2019},
            {"id": "plan-2020", "heading": "Plan 2020", "kind": "plan", "year": 2020},
        ],
        "items": [
            {"id": "medlemsavgifter", "name": "Medlemsavgifter", "kind": "income",
             "values": {"utfall-2017": 5000, "budget-2019": 5400, "plan-2020": 5600}},
            {"id": "personal", "name": "Personal", "activity_type": "forvaltningsstyrning",
             "values": {"utfall-2017": 3000, "budget-2019": 3200, "plan-2020": 3300}},
            {"result": "Resultat", "values": {"utfall-2017": 2000, "budget-2019": 2200, "plan-2020": 2300}},
        ],
    },
    "financing": {
        "split_keys": [{"id": "mix", "text": "30 % lika och 70 % efter invånare",
                        "basis": {"equal": 30, "population": 70}}],
        "fees": [{"id": "medlemsavgift", "name": "Medlemsavgift", "price": 27, "per": "inhabitant",
                  "income_line": "medlemsavgifter"}],
        "population": {"date": "2017-12-31", "source": "SCB", "counts": {"Älvby": 100000, "Sjöstad": 100000}},
        "surplus": {"text": "Ett överskott återbetalas efter folkmängd.", "basis": "population"},
    },
    "scope": {
        "processes": [{"id": "leverans", "name": "Leverans till e-arkivet"}],
        "components": [{"id": "plattform", "name": "E-arkivplattformen"}],
        "user_groups": [{"id": "arkivarier", "name": "Arkivarier", "count": 1200}],
    },
    "stakeholders": [{"id": "medlemmar", "name": "Medlemskommunerna", "interest": "Säker bevarandetjänst"}],
    "roles": [
        {"role": "Objektägare", "name": "Anders Holm"},
        {"id": "fl-it", "role": "Förvaltningsledare IT", "name": "Jonas Berg"},
    ],
    "activities": [{"id": "styrning", "name": "Förvaltningsstyrning", "type": "forvaltningsstyrning", "amount": 400}],
    "resources": [{"id": "fl-it-resurs", "role": "fl-it", "share": 50, "amount": 400}],
    "risks": [
        {"id": "leverantor-konkurs", "risk": "Leverantören går i konkurs", "probability": 2, "consequence": "Hög"},
        {"risk": "Få personer kan plattformen", "probability": "Medel", "consequence": "Hög"},
    ],
    "agreements": [{"id": "drift", "name": "Drift och support", "start": "2017-04-01", "end": "2023-03-31",
                    "notice": "9 månader"}],
    "milestones": [{"id": "release-3", "name": "Version 3", "when": "Q2 2019", "kind": "release"}],
    "annual_cycle": [
        {"when": "Q1", "forum": "Direktionen", "decision": "Årsredovisning"},
        {"when": "Q4", "forum": "Direktionen", "decision": "Verksamhetsplan med budget"},
    ],
}


def write(path: Path, data: dict) -> str:
    # ASCII with \u escapes: YAML refuses a raw C1 control character, as a plan file would have it.
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return path.name


def diff_of(tmp_path: Path, old: dict, new: dict, fmt: str = "json"):
    a, b = write(tmp_path / "a.yaml", old), write(tmp_path / "b.yaml", new)
    result = plan("diff", a, b, "-f", fmt, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "internt fel" not in result.stderr
    return json.loads(result.stdout)["plans"][0] if fmt == "json" else result.stdout


def changes(diff: dict) -> dict[str, tuple]:
    """path → (kind, old, new, delta) of every change."""
    return {c["path"]: (c["kind"], c["old"], c["new"], c.get("delta")) for c in diff["changes"]}


def edited(**parts) -> dict:
    data = copy.deepcopy(BASE)
    for key, value in parts.items():
        data[key] = value
    return data


def test_base_plan_loads_and_is_unchanged_against_itself(tmp_path: Path) -> None:
    diff = diff_of(tmp_path, BASE, BASE)
    assert diff["changes"] == [] and diff["status"] == "unchanged"
    assert diff["budget"]["unit"] == "tkr"
    assert diff["headline"] == "Budgetåret 2019: kostnaderna är oförändrade, 3 200 tkr"


# --------------------------------------------------------------------------------------------
# Document: status may be missing; registry data
# --------------------------------------------------------------------------------------------


def test_a_document_without_status_is_compared_not_crashed(tmp_path: Path) -> None:
    stated = copy.deepcopy(BASE)
    stated["document"]["status"] = "Utgåva"
    diff = diff_of(tmp_path, stated, BASE)
    assert changes(diff) == {"document.status": ("changed", "Utgåva", None, None)}
    text = diff_of(tmp_path, stated, BASE, "text")
    assert "~ Dokument: status: Utgåva → ingen status" in text
    back = diff_of(tmp_path, BASE, stated, "text")
    assert "~ Dokument: status: ingen status → Utgåva" in back
    markdown = diff_of(tmp_path, stated, BASE, "markdown")
    assert "**Dokument: status**: Utgåva → ingen status" in markdown


def test_registry_fields_and_revisions(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    new["document"]["registry_number"] = "KF 2019/0007"
    new["document"]["handler"]["phone"] = "031-765 43 21"
    new["document"]["document_owner"]["name"] = "Bo Berg"
    new["document"]["address"] = {"name": "Kommunalförbundet", "postal_address": "Box 9, 411 09 Göteborg"}
    new["document"]["edition"] = "Reviderad 2019-09-01"
    new["document"]["revisions"].append({"version": "1.1", "date": "2019-06-12", "change": "Ny budget."})
    new["document"]["revisions"][0]["change"] = "Fastställd av direktionen."
    diff = diff_of(tmp_path, BASE, new)
    found = changes(diff)
    assert found["document.registry_number"] == ("changed", "KF 2018/0123", "KF 2019/0007", None)
    assert found["document.handler.phone"] == ("changed", "031-123 45 67", "031-765 43 21", None)
    assert found["document.document_owner.name"] == ("changed", "Anders Holm", "Bo Berg", None)
    assert found["document.address.name"][0] == "added"
    assert found["document.edition"][0] == "changed"
    assert found["document.revisions[1.1]"] == ("added", None, {"version": "1.1", "date": "2019-06-12",
                                                                "change": "Ny budget."}, None)
    assert found["document.revisions[1.0].change"][0] == "changed"
    text = diff_of(tmp_path, BASE, new, "text")
    assert "~ Dokument: diarienummer: KF 2018/0123 → KF 2019/0007" in text
    assert "~ Dokument: handläggare, telefon: 031-123 45 67 → 031-765 43 21" in text
    assert "~ Dokument: dokumentansvarig: Anders Holm → Bo Berg" in text
    assert "+ Revision 1.1: " in text


# --------------------------------------------------------------------------------------------
# Multi-year budgets with units
# --------------------------------------------------------------------------------------------


def test_year_column_values_change_in_the_tables_unit(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    items = new["budget"]["items"]
    items[1]["values"]["budget-2019"] = 3400
    items[1]["values"]["plan-2020"] = 3250
    items[0]["values"]["utfall-2017"] = 5100
    items[2]["values"]["plan-2020"] = -100
    diff = diff_of(tmp_path, BASE, new)
    found = {c["path"]: c for c in diff["changes"]}
    assert [c["path"] for c in diff["changes"]] == [
        "budget.items[medlemsavgifter].values.utfall-2017",
        "budget.items[personal].values.budget-2019",
        "budget.items[personal].values.plan-2020",
        "budget.items[Resultat].values.plan-2020",
    ]
    assert found["budget.items[personal].values.budget-2019"] | {} == {
        "area": "budget", "path": "budget.items[personal].values.budget-2019", "kind": "changed",
        "label": "Budgetrad Personal: Budget 2019", "old": 3200, "new": 3400, "delta": 200, "percent": "6.3",
        "unit": "tkr"}
    assert found["budget.items[Resultat].values.plan-2020"]["delta"] == -2400
    assert diff["budget"]["old_total"] == 3200 and diff["budget"]["new_total"] == 3400
    assert diff["budget"]["unit"] == "tkr"
    assert diff["headline"] == "Budgetåret 2019: kostnaderna ökar med 200 tkr (+6,3 %)"
    text = diff_of(tmp_path, BASE, new, "text")
    assert "~ Budgetrad Personal: Budget 2019: 3 200 tkr → 3 400 tkr (+200 tkr, +6,3 %)" in text
    assert "~ Budgetrad Personal: Plan 2020: 3 300 tkr → 3 250 tkr (−50 tkr, −1,5 %)" in text
    assert "~ Resultatrad Resultat: Plan 2020: 2 300 tkr → −100 tkr (−2 400 tkr, −104,3 %)" in text
    assert "Årskolumner jämförda efter id: Utfall 2017 (utfall-2017), Budget 2019 (budget-2019), Plan 2020 (plan-2020)." in text
    markdown = diff_of(tmp_path, BASE, new, "markdown")
    assert "| Personal: Budget 2019 | 3 200 tkr | 3 400 tkr | +200 tkr | +6,3 % |" in markdown
    assert "| **Kostnader totalt (beräknat)** | **3 200 tkr** | **3 400 tkr** | **+200 tkr** | **+6,3 %** |" in markdown


def test_lines_and_results_are_matched_by_id_and_text_across_reordering(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    new["budget"]["items"] = [new["budget"]["items"][i] for i in (1, 0, 2)]
    new["budget"]["items"][1]["kind"] = "cost"
    new["budget"]["items"][2]["values"]["budget-2019"] = 2300
    new["budget"]["items"].append({"id": "investering", "name": "Ny server", "kind": "investment",
                                   "values": {"budget-2019": 150}})
    diff = diff_of(tmp_path, BASE, new)
    found = changes(diff)
    assert found["budget.items[medlemsavgifter]"][0] == "moved"
    assert found["budget.items[medlemsavgifter].kind"] == ("changed", "income", "cost", None)
    assert found["budget.items[Resultat].values.budget-2019"] == ("changed", 2200, 2300, 100)
    assert found["budget.items[investering]"] == ("added", None, 150, 150)
    assert not any(kind == "removed" for kind, *_ in found.values())


def test_columns_added_removed_and_renamed_are_named_and_only_shared_ids_compared(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    columns = new["budget"]["columns"]
    columns[0] = {"id": "utfall-2018", "heading": "Utfall 2018", "kind": "outcome", "year": 2018}
    columns[2]["heading"] = "Prognos 2020"
    for item in new["budget"]["items"]:
        item["values"]["utfall-2018"] = item["values"].pop("utfall-2017") + 7
    diff = diff_of(tmp_path, BASE, new)
    found = changes(diff)
    assert found["budget.columns[utfall-2017]"][0] == "removed"
    assert found["budget.columns[utfall-2018]"][0] == "added"
    assert found["budget.columns[plan-2020].heading"] == ("changed", "Plan 2020", "Prognos 2020", None)
    # The values of columns that only one side has are not compared line by line.
    assert not any(".values.utfall-" in path for path in found)
    assert diff["budget"]["columns"] == {"compared": ["budget-2019", "plan-2020"], "only_old": ["utfall-2017"],
                                         "only_new": ["utfall-2018"]}
    text = diff_of(tmp_path, BASE, new, "text")
    assert ("Årskolumner jämförda efter id: Budget 2019 (budget-2019), Prognos 2020 (plan-2020); "
            "bara i den gamla: Utfall 2017 (utfall-2017); bara i den nya: Utfall 2018 (utfall-2018).") in text
    assert "~ Årskolumn Prognos 2020: rubrik: Plan 2020 → Prognos 2020" in text


def test_a_change_of_unit_compares_in_kronor_and_says_so(tmp_path: Path) -> None:
    old = copy.deepcopy(BASE)
    old["budget"]["unit"] = "kr"
    for item in old["budget"]["items"]:
        item["values"] = {column: value * 1000 for column, value in item["values"].items()}
    old["activities"][0]["amount"] = 400_000
    old["resources"][0]["amount"] = 400_000
    new = copy.deepcopy(BASE)
    new["budget"]["items"][1]["values"]["plan-2020"] = 3338  # 3 300 000 kr → 3 338 tkr
    diff = diff_of(tmp_path, old, new)
    found = {c["path"]: c for c in diff["changes"]}
    assert list(found) == ["budget.unit", "budget.items[personal].values.plan-2020"]
    assert found["budget.unit"]["old"] == "kr" and found["budget.unit"]["new"] == "tkr"
    line = found["budget.items[personal].values.plan-2020"]
    assert (line["old"], line["new"], line["delta"]) == (3_300_000, 3_338_000, 38_000)
    assert "unit" not in line  # kronor
    assert diff["budget"]["unit"] == "kr" and diff["budget"]["unit_change"] == {"old": "kr", "new": "tkr"}
    assert diff["headline"] == ("Budgetåret 2019: kostnaderna är oförändrade, 3 200 000 kr; enheten har bytts "
                                "från kr till tkr, beloppen jämförs i kronor")
    text = diff_of(tmp_path, old, new, "text")
    assert "~ Budget: enhet (beloppen jämförs i kronor): kr → tkr" in text
    assert "~ Budgetrad Personal: Plan 2020: 3 300 000 kr → 3 338 000 kr (+38 000 kr, +1,2 %)" in text


def test_a_simple_budget_in_tkr_speaks_tkr(tmp_path: Path) -> None:
    old = copy.deepcopy(BASE)
    old["budget"] = {"title": "Budget 2019", "year": 2019, "unit": "tkr",
                     "items": [{"id": "drift", "name": "Drift", "amount": 5400}]}
    new = copy.deepcopy(old)
    new["budget"]["items"][0]["amount"] = 5600
    diff = diff_of(tmp_path, old, new)
    assert changes(diff) == {"budget.items[drift].amount": ("changed", 5400, 5600, 200)}
    assert diff["headline"] == "Budgeten ökar med 200 tkr (+3,7 %)"
    text = diff_of(tmp_path, old, new, "text")
    assert "~ Budgetrad Drift: 5 400 tkr → 5 600 tkr (+200 tkr, +3,7 %)" in text


# --------------------------------------------------------------------------------------------
# Financing: fees, population, surplus, split keys by basis
# --------------------------------------------------------------------------------------------


def test_fee_price_population_surplus_and_basis(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    financing = new["financing"]
    financing["fees"][0]["price"] = 28
    financing["fees"].append({"id": "anslutning", "name": "Anslutningsavgift", "price": 4.5, "per": "inhabitant",
                              "recurrence": "once", "members": ["Sjöstad"]})
    financing["population"]["counts"]["Älvby"] = 101000
    financing["population"]["counts"]["Norrby"] = 5000
    del financing["population"]["counts"]["Sjöstad"]
    financing["surplus"]["text"] = "Ett överskott återbetalas lika."
    financing["split_keys"][0]["basis"] = {"equal": 40, "population": 60}
    diff = diff_of(tmp_path, BASE, new)
    found = {c["path"]: c for c in diff["changes"]}
    price = found["financing.fees[medlemsavgift].price"]
    assert (price["kind"], price["old"], price["new"], price["per"]) == ("changed", "27", "28", "per kommuninvånare")
    assert found["financing.fees[anslutning]"]["kind"] == "added"
    assert found["financing.population.counts.Älvby"]["delta"] == 1000
    assert found["financing.population.counts.Norrby"]["kind"] == "added"
    assert found["financing.population.counts.Sjöstad"]["kind"] == "removed"
    assert found["financing.split_keys[mix].basis.equal"]["old"] == "30"
    assert found["financing.surplus.text"]["kind"] == "changed"
    text = diff_of(tmp_path, BASE, new, "text")
    assert "~ Avgift Medlemsavgift: pris: 27 kr → 28 kr per kommuninvånare" in text
    assert "+ Avgift Anslutningsavgift: name: Anslutningsavgift, price: 4,5, per: inhabitant" in text
    assert "~ Folkmängd Älvby: 100 000 invånare → 101 000 invånare (+1 000 invånare, +1,0 %)" in text
    assert "- Folkmängd Sjöstad: 100 000 invånare" in text
    assert "~ Fördelningsnyckel mix: lika: 30 % → 40 %" in text
    assert "~ Återbetalning av överskott: Ett överskott återbetalas [-efter folkmängd.-]{+lika.+}" in text


def test_a_price_with_ore_is_shown_exactly(tmp_path: Path) -> None:
    old, new = copy.deepcopy(BASE), copy.deepcopy(BASE)
    old["financing"]["fees"][0]["price"] = 27.5
    new["financing"]["fees"][0]["price"] = "27.75"
    text = diff_of(tmp_path, old, new, "text")
    assert "~ Avgift Medlemsavgift: pris: 27,50 kr → 27,75 kr per kommuninvånare" in text


# --------------------------------------------------------------------------------------------
# The pm3 parts
# --------------------------------------------------------------------------------------------


def test_goals_measurable_by_id_across_reordering(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    goals = new["goals"]["measurable"]
    goals.reverse()
    goals[1]["target"] = "45 system"
    goals[1]["outcome"] = "38 system"
    diff = diff_of(tmp_path, BASE, new)
    found = changes(diff)
    assert found["goals.measurable[anslutna-system].target"] == ("changed", "40 system", "45 system", None)
    assert found["goals.measurable[anslutna-system].outcome"] == ("added", None, "38 system", None)
    assert {kind for kind, *_ in found.values()} == {"changed", "added", "moved"}
    text = diff_of(tmp_path, BASE, new, "text")
    assert "+ Mätbart mål Fler system levererar.: utfall: 38 system" in text


def test_scope_stakeholders_activities_and_resources(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    new["scope"]["user_groups"][0]["count"] = 1500
    new["scope"]["components"].append({"id": "sok", "name": "Sökgränssnittet"})
    new["stakeholders"] = []
    new["activities"][0]["amount"] = 450
    new["activities"][0]["when"] = "Q3 2019"
    new["resources"][0]["share"] = 60
    diff = diff_of(tmp_path, BASE, new)
    found = {c["path"]: c for c in diff["changes"]}
    assert found["scope.user_groups[arkivarier].count"]["old"] == 1200
    assert found["scope.components[sok]"]["kind"] == "added"
    assert found["stakeholders[medlemmar]"]["kind"] == "removed"
    amount = found["activities[styrning].amount"]
    assert (amount["delta"], amount["unit"]) == (50, "tkr")
    text = diff_of(tmp_path, BASE, new, "text")
    for expected in ("~ Användargrupp Arkivarier: antal: 1 200 användare → 1 500 användare",
                     "+ IT-komponent Sökgränssnittet: name: Sökgränssnittet",
                     "- Intressent Medlemskommunerna: ",
                     "~ Aktivitet Förvaltningsstyrning: budget: 400 tkr → 450 tkr (+50 tkr, +12,5 %)",
                     "+ Aktivitet Förvaltningsstyrning: när: Q3 2019",
                     "~ Resurs fl-it: andel: 50 % → 60 %"):
        assert expected in text, expected
    for heading in ("Omfattning", "Intressenter", "Aktiviteter", "Resursplan"):
        assert f"\n  {heading}\n" in text


def test_a_role_is_matched_by_its_role_and_a_new_holder_is_a_change(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    new["roles"].reverse()
    new["roles"][1]["name"] = "Bo Berg"
    new["roles"][0]["phone"] = "031-1"
    diff = diff_of(tmp_path, BASE, new)
    found = changes(diff)
    assert found["roles[Objektägare].name"] == ("changed", "Anders Holm", "Bo Berg", None)
    assert found["roles[fl-it].phone"] == ("added", None, "031-1", None)
    assert not any(kind in ("added", "removed") for path, (kind, *_) in found.items() if path.count(".") == 0)
    text = diff_of(tmp_path, BASE, new, "text")
    assert "~ Roll Objektägare: Anders Holm → Bo Berg" in text
    markdown = diff_of(tmp_path, BASE, new, "markdown")
    assert "**Roll Objektägare**: Anders Holm → Bo Berg" in markdown


def test_risks_agreements_milestones_and_the_annual_cycle(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    new["risks"].reverse()
    new["risks"][1]["probability"] = 3
    new["risks"][0]["measure"] = "Dokumenterade rutiner"
    new["agreements"][0]["end"] = "2023-09-30"
    new["agreements"][0]["notice_date"] = "2022-12-31"
    new["milestones"][0]["when"] = "Q3 2019"
    new["annual_cycle"].reverse()
    new["annual_cycle"][1]["when"] = "Q2"
    new["annual_cycle"].append({"id": "budgetdialog", "when": "september", "forum": "Direktionen",
                                "decision": "Budgetdialog"})
    diff = diff_of(tmp_path, BASE, new)
    found = changes(diff)
    assert found["risks[leverantor-konkurs].probability"] == ("changed", 2, 3, None)
    assert found["risks[Få personer kan plattformen].measure"][0] == "added"
    assert found["agreements[drift].end"] == ("changed", "2023-03-31", "2023-09-30", None)
    assert found["agreements[drift].notice_date"] == ("added", None, "2022-12-31", None)
    assert found["milestones[release-3].when"] == ("changed", "Q2 2019", "Q3 2019", None)
    assert found["annual_cycle[Årsredovisning].when"] == ("changed", "Q1", "Q2", None)
    assert found["annual_cycle[budgetdialog]"][0] == "added"
    assert not any(kind == "removed" for kind, *_ in found.values())
    text = diff_of(tmp_path, BASE, new, "text")
    for expected in ("~ Risk Leverantören går i konkurs: sannolikhet: 2 → 3",
                     "~ Avtal Drift och support: gäller till: 2023-03-31 → 2023-09-30",
                     "+ Avtal Drift och support: sista dag att säga upp: 2022-12-31",
                     "~ Milstolpe Version 3 (release): när: Q2 2019 → Q3 2019",
                     "~ Årshjulet: Årsredovisning (Direktionen): när: Q1 → Q2"):
        assert expected in text, expected
    for heading in ("Risker", "Avtal", "Milstolpar", "Årshjul"):
        assert f"\n  {heading}\n" in text


def test_every_new_part_added_to_an_empty_plan_is_reported(tmp_path: Path) -> None:
    bare = {key: copy.deepcopy(BASE[key]) for key in ("schema_version", "document", "period", "sections", "budget")}
    bare["document"] = {"title": "Verksamhetsplan 2019"}
    diff = diff_of(tmp_path, bare, BASE)
    areas = {c["area"] for c in diff["changes"]}
    assert areas >= {"document", "goals", "financing", "scope", "stakeholders", "roles", "activities",
                     "resources", "risks", "agreements", "milestones", "annual_cycle"}
    assert all(c["kind"] == "added" for c in diff["changes"])
    removed = diff_of(tmp_path, BASE, bare)
    assert {c["kind"] for c in removed["changes"]} == {"removed"}


# --------------------------------------------------------------------------------------------
# Hostile text in the new parts
# --------------------------------------------------------------------------------------------

NASTY = "\x1b[31mröd\x1b[0m **fet** [länk](javascript:x) \r\x07 <b>x</b> @octocat \x9b2J"


def test_hostile_text_in_new_parts_is_spelt_out(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    new["roles"][0]["name"] = NASTY
    new["risks"][0]["measure"] = NASTY
    new["financing"]["population"]["counts"][NASTY] = 7
    new["document"]["handler"]["phone"] = NASTY
    text = diff_of(tmp_path, BASE, new, "text")
    assert not CONTROL.search(text)
    assert "\\x1b[31mröd" in text
    markdown = diff_of(tmp_path, BASE, new, "markdown")
    assert not CONTROL.search(markdown)
    assert "**Roll Objektägare**: Anders Holm → \\\\x1b\\[31mröd\\\\x1b\\[0m \\*\\*fet\\*\\* \\[länk\\](javascript:x)" in markdown
    assert "**fet**" not in markdown and "[länk](" not in markdown and "\\<b>x\\</b>" in markdown
    textconv = plan("textconv", write(tmp_path / "c.yaml", new), cwd=tmp_path).stdout
    assert not CONTROL.search(textconv)
    assert "roles[Objektägare].name: \\x1b[31mröd" in textconv


# --------------------------------------------------------------------------------------------
# textconv
# --------------------------------------------------------------------------------------------


def textconv(tmp_path: Path, data: dict, name: str = "t.yaml") -> list[str]:
    result = plan("textconv", write(tmp_path / name, data), cwd=tmp_path)
    assert result.returncode == 0 and not result.stderr
    return result.stdout.splitlines()


def test_textconv_names_new_parts_by_id_and_identity_with_units(tmp_path: Path) -> None:
    lines = textconv(tmp_path, BASE)
    for expected in (
        "document.handler.phone: 031-123 45 67",
        "document.revisions[1.0].change: Fastställd.",
        "goals.measurable[anslutna-system].target: 40 system",
        "budget.unit: tkr",
        "budget.columns[plan-2020].heading: Plan 2020",
        "budget.items[personal].values.budget-2019: 3200 tkr",
        "budget.items[Resultat].values.plan-2020: 2300 tkr",
        "financing.fees[medlemsavgift].price: 27 kr",
        "financing.population.counts.Älvby: 100000",
        "financing.split_keys[mix].basis.equal: 30",
        "scope.user_groups[arkivarier].count: 1200",
        "roles[Objektägare].name: Anders Holm",
        "roles[fl-it].name: Jonas Berg",
        "activities[styrning].amount: 400 tkr",
        "resources[fl-it-resurs].amount: 400 tkr",
        "risks[leverantor-konkurs].probability: 2",
        "risks[Få personer kan plattformen].probability: Medel",
        "agreements[drift].end: 2023-03-31",
        "milestones[release-3].when: Q2 2019",
        "annual_cycle[Årsredovisning].when: Q1",
        "= budget.computed_total: 3200 tkr",
    ):
        assert expected in lines, expected


def test_textconv_shows_a_price_as_written(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(json.dumps(BASE, ensure_ascii=False).replace('"price": 27', '"price": 27.50'),
                                     encoding="utf-8")
    assert "financing.fees[medlemsavgift].price: 27.50 kr" in plan("textconv", "p.yaml", cwd=tmp_path).stdout


FREE_MAPPINGS = {"counts", "parties", "shares", "abbreviations"}  # their order is the document's


def reordered(node, rng):
    """``node`` with the keys of every mapping the schema describes shuffled (lists keep their order)."""
    if isinstance(node, dict):
        keys = list(node)
        rng.shuffle(keys)
        return {k: (node[k] if k in FREE_MAPPINGS else reordered(node[k], rng)) for k in keys}
    if isinstance(node, list):
        return [reordered(item, rng) for item in node]
    return node


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1))
def test_textconv_is_stable_when_keys_are_reordered(tmp_path: Path, seed: int) -> None:
    import random

    expected = textconv(tmp_path, BASE, "a.yaml")
    assert textconv(tmp_path, reordered(BASE, random.Random(seed)), "b.yaml") == expected


def test_textconv_diff_of_an_edit_is_the_lines_that_changed(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    new["risks"].reverse()
    new["risks"][1]["probability"] = 3
    old_lines, new_lines = textconv(tmp_path, BASE, "a.yaml"), textconv(tmp_path, new, "b.yaml")
    assert set(old_lines) - set(new_lines) == {"risks[leverantor-konkurs].probability: 2"}
    assert set(new_lines) - set(old_lines) == {"risks[leverantor-konkurs].probability: 3"}


def test_plans_of_different_years_compare_year_columns_by_id_and_say_which(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    new["period"] = {"start": "2020-01-01", "end": "2021-06-30"}  # not a whole-year move: not rolled forward
    new["budget"]["year"] = 2020
    new["budget"]["columns"] = [
        {"id": "budget-2019", "heading": "Budget 2019", "kind": "budget", "year": 2019},
        {"id": "budget-2020", "heading": "Budget 2020", "kind": "budget", "year": 2020},
        {"id": "plan-2021", "heading": "Plan 2021", "kind": "plan", "year": 2021},
    ]
    new["budget"]["items"][1]["values"] = {"budget-2019": 3250, "budget-2020": 3500, "plan-2021": 3600}
    for item in (new["budget"]["items"][0], new["budget"]["items"][2]):
        item["values"] = {"budget-2019": item["values"]["budget-2019"], "budget-2020": 1, "plan-2021": 1}
    diff = diff_of(tmp_path, BASE, new)
    assert diff["rolled_forward_years"] == 0
    found = {c["path"]: c for c in diff["changes"]}
    year = found["budget.items[personal].values.budget-2020"]
    assert (year["label"], year["old"], year["new"], year["delta"]) == (
        "Budgetrad Personal: budgetåret (Budget 2019 → Budget 2020)", 3200, 3500, 300)
    same_column = found["budget.items[personal].values.budget-2019"]  # last year's budget, restated
    assert (same_column["label"], same_column["old"], same_column["new"]) == ("Budgetrad Personal: Budget 2019", 3200, 3250)
    assert not any(".values.plan-" in path or ".values.utfall-" in path for path in found)
    assert diff["budget"]["columns"] == {"compared": ["budget-2019"], "only_old": ["utfall-2017", "plan-2020"],
                                         "only_new": ["budget-2020", "plan-2021"]}
    assert diff["headline"] == "Budgetåret 2019 → 2020: kostnaderna ökar med 300 tkr (+9,4 %)"
    text = diff_of(tmp_path, BASE, new, "text")
    assert ("Årskolumner jämförda efter id: Budget 2019 (budget-2019); bara i den gamla: Utfall 2017 (utfall-2017), "
            "Plan 2020 (plan-2020); bara i den nya: Budget 2020 (budget-2020), Plan 2021 (plan-2021).") in text
