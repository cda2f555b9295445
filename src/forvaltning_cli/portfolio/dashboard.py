"""The portfolio as one self-contained HTML page: charts (inline SVG from :mod:`.charts`) each
with a text alternative and its data table beside it, and the other tables of :func:`.outputs.tables`.

The page makes no request of its own: a strict Content-Security-Policy (no scripts at all, styles
only inline), no external resources, and charts without pygal's scripts. The template
(``portfolio/dashboard.html.j2``) is found on the same search path as the document's and runs in
the same sandbox; it gets plain data (dicts, lists, strings), every plan-derived string escaped
by autoescape, and the SVG as markup that pygal built as XML (labels escaped there).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import PlanError
from ..swedish import amount, count
from .collect import Portfolio
from .outputs import TOTAL, Change, activity_order, cell_text, headline, tables, text_column

TEMPLATE = "portfolio/dashboard.html.j2"
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _table_view(number: int, title: str, header: list[str], rows: list[list]) -> dict:
    numeric_columns = [not text_column([row[i] for row in rows]) for i in range(len(header))]
    return {
        "id": f"tabell-{number}",
        "caption": title,
        "header": [{"text": h, "num": n} for h, n in zip(header, numeric_columns)],
        "rows": [{"total": row[0] == TOTAL,
                  "cells": [{"text": cell_text(cell), "num": numeric_columns[i],
                             "change": isinstance(cell, Change)} for i, cell in enumerate(row)]}
                 for row in rows],
    }


def _alternative(kind: str, title: str, figures: dict[str, int]) -> str:
    """A chart's text alternative: what it shows, the largest and smallest bar, where the figures are."""
    text = f"{kind}: {title}."
    known = {name: value for name, value in figures.items() if value is not None}
    if known:
        largest = max(known, key=lambda n: (known[n], n))
        smallest = min(known, key=lambda n: (known[n], n))
        text += f" Störst: {largest}, {amount(known[largest])} kr."
        if len(known) > 1:
            text += f" Minst: {smallest}, {amount(known[smallest])} kr."
    return text + " Alla siffror står i tabellen bredvid diagrammet."


def _charts(portfolio: Portfolio) -> dict[str, tuple[str, str]]:
    """The chart of each table that has one, by the table's title: (svg, text alternative)."""
    from . import charts

    year = portfolio.year
    objects = portfolio.objects
    keys = [o.key for o in objects]
    out: dict[str, tuple[str, str]] = {}
    number = 0

    def bars(table_title: str, kind: str, labels: list[str], figures: dict[str, int],
             series: list[tuple[str, list]]) -> None:
        nonlocal number
        number += 1
        alternative = _alternative(kind, table_title, figures)
        out[table_title] = (charts.bar_chart(number, table_title, labels, series, alternative), alternative)

    title = f"Kostnad per objekt {year}"
    totals = {o.key: o.total for o in objects}
    bars(title, "Stapeldiagram", keys, totals, [("Kostnad (beräknad)", [o.total for o in objects])])
    stacked = [(o.key, o) for o in objects]
    for attribute, table_title, names in (
        ("parties", f"Per part {year}", list(portfolio.party_names())),
        ("activity_types", f"Per aktivitetstyp {year}", list(portfolio.activity_totals())),
        ("municipalities", f"Per kommun {year}", list(portfolio.municipality_totals())),
    ):
        if not names:
            continue
        if attribute == "activity_types":
            names = activity_order(portfolio.activity_totals())
        figures = {n: sum(getattr(o, attribute).get(n, 0) for o in objects) for n in names}
        series = [(key, [getattr(o, attribute).get(n) for n in names]) for key, o in stacked
                  if getattr(o, attribute)]
        kind = "Stapeldiagram, staplat per objekt" if len(series) > 1 else f"Stapeldiagram ({series[0][0]})"
        bars(table_title, kind, names, figures, series)
    years = sorted({y for key in keys for y in portfolio.history[key]})
    if len(years) > 1:
        number += 1
        latest = {key: portfolio.history[key].get(year) for key in keys}
        alternative = _alternative(f"Linjediagram över åren {years[0]}–{years[-1]}", "Kostnad per år",
                                   latest).replace("Störst:", f"Störst {year}:").replace("Minst:", f"Minst {year}:")
        series = [(key, [portfolio.history[key].get(y) for y in years]) for key in keys]
        out["Kostnad per år"] = (charts.line_chart(number, "Kostnad per år", years, series, alternative), alternative)
    return out


def context(portfolio: Portfolio) -> dict:
    """The template's data: plain dicts, lists and strings (the SVG as markup)."""
    from markupsafe import Markup

    drawn = _charts(portfolio)
    sections = []
    for number, (title, header, rows) in enumerate(tables(portfolio), 1):
        svg, alternative = drawn.get(title, (None, None))
        sections.append({"id": f"del-{number}", "title": title, "table": _table_view(number, title, header, rows),
                         "chart": Markup(svg) if svg else None, "alternative": alternative})
    objects = portfolio.objects
    compared = [o for o in objects if o.change is not None]
    figures = [{"label": "Planer", "value": str(len(objects))},
               {"label": "Kostnad (beräknad)", "value": f"{amount(portfolio.total())}\u00a0kr"}]
    if compared:
        figures.append({"label": f"Förändring mot {portfolio.year - 1}",
                        "value": f"{cell_text(Change(sum(o.change for o in compared)))}\u00a0kr"})
    errors = sum(1 for o in objects if o.errors)
    figures.append({"label": "Planer med fel", "value": str(errors)})
    notes = []
    if portfolio.unreadable:
        notes.append(f"{count(len(portfolio.unreadable), 'plan', 'planer')} kan inte läsas och saknas i summorna.")
    if portfolio.population_problem:
        notes.append("Folkmängdsfilen har fel; kommunandelen fördelas inte efter folkmängd: "
                     + " ".join(portfolio.population_problem.split()))
    with_errors = [o.key for o in objects if o.errors]
    if with_errors:
        notes.append("Planer med fel (se plan validate): " + ", ".join(with_errors)
                     + ". Beloppen är beräknade ur budgetraderna.")
    return {"year": portfolio.year, "title": f"Portfölj {portfolio.year}", "headline": headline(portfolio),
            "figures": figures, "notes": notes, "sections": sections, "csp": CSP}


def render(portfolio: Portfolio, plan_paths: list[Path]) -> str:
    from ..render.environment import TemplateProblem, make_environment, render_template, search_path

    env = make_environment(search_path(None, plan_paths), autoescape=True)
    try:
        return render_template(env, TEMPLATE, **context(portfolio))
    except TemplateProblem as exc:
        raise PlanError(f"mallfel: {exc}") from None
