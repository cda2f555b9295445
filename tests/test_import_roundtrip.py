"""``plan render -f docx`` followed by ``plan import`` gives back the plan's facts (``plan
textconv`` lines, ids aside). The rendered document is laid out by the render templates, not by
a plan author, so some facts come back as prose (see ROUND_TRIP_GAPS); the floor guards the rest."""

from __future__ import annotations

import pytest

pytest.importorskip("docx")

from conftest import PLANS, plan  # noqa: E402
from test_import import facts  # noqa: E402

# Facts matched when this was written (shipped: 237 SHVO, 214 webSesam).
FLOOR = {"2026-shvo.yaml": 200, "2025-websesam.yaml": 183}
# Why the rest do not come back (as of the first round trip):
ROUND_TRIP_GAPS = (
    "document data: render writes the cover page as paragraphs, not as the header table, so type,"
    " version, status, issued/approved and subtitle are not recognised",
    "placeholder links '#': pandoc drops them, so the link text comes back without [..](#)",
    "financing.sources and invoicing: render writes them as tables (Finansieringskälla/Andel,"
    " Fakturerar/…), which import keeps as Markdown tables in the prose",
    "an empty section gets render's text 'Avsnittet har inget innehåll i planen.'",
)


@pytest.mark.slow
@pytest.mark.parametrize("shipped", ["2026-shvo.yaml", "2025-websesam.yaml"])
def test_render_docx_then_import_gives_back_the_facts(tmp_path, shipped):
    document = tmp_path / "plan.docx"
    rendered = plan("render", "-f", "docx", "--allow-errors", str(PLANS / shipped), "-o", str(document))
    if "inte klart" in rendered.stderr:
        pytest.skip("plan render -f docx är inte klart ännu")
    assert rendered.returncode == 0, rendered.stderr
    result = plan("import", str(document), "-o", str(tmp_path / "plan.yaml"))
    assert result.returncode == 0, result.stderr
    got, want = facts(tmp_path / "plan.yaml"), facts(PLANS / shipped)
    assert sum((got & want).values()) >= FLOOR[shipped]
    # The budget comes back exactly: every amount, party amount and stated total.
    budget = {f for f in want.elements() if f.startswith("budget.") and f.split(":")[0].endswith(".amount")}
    assert budget <= set(got.elements())
