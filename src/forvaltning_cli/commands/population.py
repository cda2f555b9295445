"""``plan population``: SCB's official population per municipality on 31 December, to a CSV that
``plan split --population`` and ``plan portfolio --population`` read.

One request to SCB's open API (PxWebApi 2, table TAB638; see :mod:`forvaltning_cli.population`)
for every municipality of the county (``--lan``, default 14 Västra Götalands län) and the county's
own total. The CSV's ``#`` comment lines record the source, the reference date, the retrieval date
(``SOURCE_DATE_EPOCH`` when set, as ``plan render`` does) and the county's total.

Exit codes:

- 0: the file is written;
- 1: SCB could not be asked or its answer cannot be used (no connection, a timeout, HTTP 4xx/5xx,
  too many requests, the year not yet published, malformed JSON, a municipality or the county
  missing, a figure that is not a whole number): a service or data problem, nothing is written;
- 2: a usage problem, nothing is asked: an unknown county code, a year whose 31 December has not
  passed (or before 1968), an ``--api`` that is not an http(s) URL, an output file that exists
  (without ``--force``) or cannot be written.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from ..errors import UsageError
from . import say


def run(year: int, lan: str, output: Path | None, api: str | None, force: bool) -> int:
    from .. import population as scb

    county = scb.county(lan)
    scb.check_year(year, dt.date.today())
    base = scb.api_base(api)
    target = output if output is not None else scb.default_output(county, year)
    if os.path.lexists(target) and not force:
        raise UsageError(f"'{target}' finns redan; ange --force för att skriva över den, eller -o för en annan fil")
    if os.path.isdir(target):
        raise UsageError(f"'{target}' är en katalog; ange ett filnamn med -o")
    from ..atomic import save
    from ..render import production_date
    from ..swedish import amount, long_date

    url = scb.data_url(base, county, year)
    result = scb.parse(scb.fetch(url, year), county, year)
    text = scb.csv_text(result, url, production_date())
    if output is None:
        target.parent.mkdir(exist_ok=True)  # data/ beside the plans, as in the repository
    save(target, text)
    say(f"plan population: skrev {target}: {len(result.municipalities)} kommuner i {county.name}, "
        f"{amount(result.county_total, space=' ')} invånare den {long_date(dt.date(year, 12, 31))} "
        f"(SCB, tabell {scb.TABLE_ID})")
    return 0
