"""Issue 16, properties of ``plan portfolio`` over many generated portfolios (hypothesis): the
portfolio's totals equal the sum of its plans to the krona — in total (added up here from the
generated lines), per party and per municipality (each plan split on its own by ``plan split``'s
code), per activity type and per month — whether a plan splits by shares, by a population file
or by a mixed key (a share equally, a share by inhabitants), in kr or tkr."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forvaltning_cli.lint import Settings, lint
from forvaltning_cli.portfolio import build
from forvaltning_cli.split import read_population, split_plan, split_population

MUNICIPALITIES = ["Ale", "Borås", "Essunga", "Falköping", "Öckerö"]
ACTIVITY_TYPES = [None, "forvaltningsstyrning", "vidmakthallande", "drift_support"]

lines = st.lists(st.tuples(st.integers(min_value=0, max_value=10**8), st.sampled_from(ACTIVITY_TYPES),
                           st.integers(min_value=0, max_value=1)), min_size=1, max_size=5)
plan_shapes = st.fixed_dictionaries({
    "kind": st.sampled_from(["shares", "basis"]),
    "unit": st.sampled_from(["kr", "tkr"]),
    "share": st.integers(min_value=0, max_value=100),  # shares: the region's share of key 0; basis: % equally
    "members": st.lists(st.sampled_from(MUNICIPALITIES), min_size=1, max_size=5, unique=True),
    "counts": st.lists(st.integers(min_value=1, max_value=900_000), min_size=5, max_size=5),
    "lines": lines,
})
portfolios = st.tuples(st.lists(plan_shapes, min_size=1, max_size=4),
                       st.lists(st.integers(min_value=1, max_value=900_000), min_size=5, max_size=5))


def _plan_text(number: int, shape: dict) -> str:
    items = []
    for i, (amount, activity, key) in enumerate(shape["lines"]):
        items.append(f"    - id: rad-{i}\n      name: Rad {i}\n      amount: {amount}\n"
                     + (f"      activity_type: {activity}\n" if activity else "")
                     + (f"      split_key: nyckel-{key}\n" if shape["kind"] == "shares" else ""))
    if shape["kind"] == "shares":
        financing = f"""\
  parties:
    - id: REG
      name: Regionen
    - id: KOM
      name: Kommunerna
      members: [{", ".join(MUNICIPALITIES)}]
  split_keys:
    - id: nyckel-0
      text: Första nyckeln
      shares: {{REG: {shape["share"]}, KOM: {100 - shape["share"]}}}
    - id: nyckel-1
      text: Andra nyckeln
      shares: {{REG: 50, KOM: 50}}
"""
        parties = "  parties: [REG, KOM]\n"
    else:
        counts = "\n".join(f"      {name}: {count}" for name, count in zip(shape["members"], shape["counts"]))
        financing = f"""\
  split_keys:
    - id: blandad
      text: En del lika, resten efter folkmängd
      basis:
        equal: {shape["share"]}
        population: {100 - shape["share"]}
  population:
    counts:
{counts}
"""
        parties = ""
    return f"""\
schema_version: 1
document:
  object_id: objekt-{number}
  title: Förvaltningsplan 2025
period:
  year: 2025
sections: []
budget:
  title: Budget 2025
  year: 2025
  unit: {shape["unit"]}
{parties}  items:
{"".join(items)}financing:
{financing}"""


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(portfolios)
def test_portfolio_totals_are_the_sum_of_the_plans_to_the_krona(generated) -> None:
    shapes, population_counts = generated
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        population_file = root / "folkmangd.csv"
        population_file.write_text("kommun,folkmangd\n" + "".join(
            f"{name},{count}\n" for name, count in zip(MUNICIPALITIES, population_counts)), encoding="utf-8")
        linted = []
        for number, shape in enumerate(shapes):
            path = root / f"2025-objekt-{number}.yaml"
            path.write_text(_plan_text(number, shape), encoding="utf-8")
            result = lint(path, str(path), Settings())
            assert result.plan is not None, [f.message for f in result.findings]
            linted.append((result, str(path)))
        portfolio = build(linted, None, population_file)

        # The plans one by one: the total from the generated lines, the rest as plan split splits each.
        population = read_population(population_file)
        expected_total = 0
        expected_parties: dict[str, int] = {}
        expected_municipalities: dict[str, int] = {}
        for (result, _), shape in zip(linted, shapes):
            expected_total += sum(amount for amount, _, _ in shape["lines"]) * (1000 if shape["unit"] == "tkr" else 1)
            split = split_plan(result.plan)
            for party, value in split.party_totals().items():
                expected_parties[party] = expected_parties.get(party, 0) + value
            if shape["kind"] == "shares":
                split_population(split, population)
                shares = split.municipalities
                assert sum(shares.values()) == split.party_totals()["KOM"]
            else:
                shares = split.party_totals()  # the members themselves, by the mixed key
                assert sum(shares.values()) == split.total()
            for name, value in shares.items():
                expected_municipalities[name] = expected_municipalities.get(name, 0) + value

        assert portfolio.total() == expected_total
        assert portfolio.party_totals() == expected_parties
        assert portfolio.municipality_totals() == dict(sorted(expected_municipalities.items()))
        assert sum(portfolio.party_totals().values()) == expected_total  # every line has a key
        assert sum(portfolio.municipality_totals().values()) == sum(expected_municipalities.values())
        assert sum(portfolio.activity_totals().values()) == expected_total
        assert sum(portfolio.month_totals().values()) == expected_total
        for summary in portfolio.objects:
            assert sum(summary.months.values()) == summary.total
            assert summary.municipalities_split is True
