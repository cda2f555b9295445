"""The findings for the two shipped plans: what a careful reviewer of the source documents
reports, no more and no less. Each entry says where, which rule, and the facts in the message.
"""

from __future__ import annotations

import pytest

from conftest import PLANS
from forvaltning_cli.commands.validate import validate_file

EXPECTED = {
    "2025-websesam.yaml": [
        # 5.3 Förvaltningsstruktur has only a heading (its figure was lost).
        (137, 16, "warning", "section-empty", ["5.3 Förvaltningsstruktur"]),
        # "[Rutin webSesam support](#)" in 6.2 is a placeholder link.
        (165, 19, "warning", "link-target", ["Rutin webSesam support", "'#'"]),
        # GITS and ERP are in the abbreviation list but never used.
        (178, 3, "warning", "abbreviation-unused", ["GITS"]),
        (186, 3, "warning", "abbreviation-unused", ["ERP"]),
        # Mobil-SITHS (2.2) and "(SITHS)" (4.4) are never explained.
        (195, 7, "warning", "abbreviation-undefined", ["SITHS", "2 gånger"]),
        # The VGR IT line has no amount; only the group's subtotal is given.
        (216, 11, "info", "budget-amount-missing", ["VGR IT drift", "1 489 000 kr"]),
        # "licens/UH Visma": UH (underhåll) is never explained.
        (217, 17, "warning", "abbreviation-undefined", ["UH"]),
        # The four forum descriptions link to "#".
        (278, 14, "warning", "link-target", ["ledningsrådet"]),
        (284, 14, "warning", "link-target", ["beredningsgrupp IT-stöd"]),
        (292, 14, "warning", "link-target", ["beredningsgrupp IT-stöd"]),
        (299, 14, "warning", "link-target", ["hjälpmedelsforum"]),
    ],
    "2026-shvo.yaml": [
        # "Ställningstagande i VVG: 2025-12-10?"
        (14, 11, "info", "date-tentative", ["2025-12-10?"]),
        # SAMSA, the IT service itself, is used throughout but explained nowhere.
        (96, 19, "warning", "abbreviation-undefined", ["SAMSA", "16 gånger"]),
        # "SOFIA-tytor" in 6.6: SOFIA is not in this plan's abbreviations.
        (145, 19, "warning", "abbreviation-undefined", ["SOFIA"]),
        # The 2026 plan's budget table is titled "BUDGET 2025".
        (216, 9, "warning", "budget-year", ["2025", "2026"]),
        # Möten, utbildning, kommunikation: 100 000 / 200 000 follows neither 50/50 nor 70/30.
        (255, 9, "warning", "split-key-unmatched", ["Möten, utbildning, kommunikation", "33,3 %", "66,7 %"]),
        # The lines make 15 900 000 kr, Kommun 5 800 000 kr and VGR 10 100 000 kr.
        (260, 13, "error", "budget-total", ["16 000 000 kr", "15 900 000 kr"]),
        (262, 12, "error", "budget-party-total", ["Kommun", "5 740 000 kr", "5 800 000 kr"]),
        (263, 12, "error", "budget-party-total", ["VGR", "10 260 000 kr", "10 100 000 kr"]),
        # "SAMSA på SU" in the ELVIS row: SU is never explained.
        (302, 17, "warning", "abbreviation-undefined", ["SU"]),
        # "[Avtal om SITIV och GITS](#)"
        (338, 10, "warning", "link-target", ["Avtal om SITIV och GITS", "'#'"]),
    ],
}


@pytest.mark.parametrize("plan", sorted(EXPECTED))
def test_shipped_plan_findings(plan: str) -> None:
    findings = validate_file(PLANS / plan, f"plans/{plan}")
    got = [(f.line, f.column, f.severity.value, f.rule) for f in findings]
    assert got == [entry[:4] for entry in EXPECTED[plan]]
    for finding, (*_, words) in zip(findings, EXPECTED[plan]):
        for word in words:
            assert word in finding.message, (finding, word)
        assert finding.file == f"plans/{plan}"
