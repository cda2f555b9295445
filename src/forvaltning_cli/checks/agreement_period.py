"""Ett avtal löper ut, ska sägas upp eller ska förlängas under planens period.

## Vad regeln kontrollerar

Avtalen under `agreements`: om avtalets slutdatum (`end`), sista dag för uppsägning
(`notice_date`) eller sista dag för beslut om förlängning (`renewal_date`) ligger inom planens
period, eller inom ett planår i en flerårig budget ("budget 2019, plan 2020–2021").
Anmärkningen gäller det tidigaste av dessa datum och pekar på det.

## Varför det spelar roll

Ett avtal som tar slut under perioden kräver ett beslut under perioden: om förlängning, en ny
upphandling eller att verksamheten avslutas. Beslutet behöver tid och pengar och ska stå i
planen, till exempel i årshjulet eller som en milstolpe, innan datumet har passerat.

## Exempel

    period: {year: 2025}
    agreements:
      - name: Drift och support av webSesam
        supplier: Leverantören AB
        end: 2025-08-31

## Skriv i stället

Förläng avtalet innan planen fastställs och ange det nya slutdatumet:

    period: {year: 2025}
    agreements:
      - name: Drift och support av webSesam
        supplier: Leverantören AB
        end: 2027-08-31
"""

from ..swedish import long_date
from ..yearwords import last_planned_day

ID = "agreement-period"
SEVERITY = "warning"

# The dates an agreement states, in the order they usually fall, and what each asks for.
_DATES = (
    ("notice_date", "avtalet '{name}' ska sägas upp senast {date}, {when}"),
    ("renewal_date", "beslut om förlängning av avtalet '{name}' ska fattas senast {date}, {when}"),
    ("end", "avtalet '{name}' löper ut {date}, {when}"),
)


def check(ctx):
    period = ctx.plan.period
    first, last = period.first_day, period.last_day
    if last < first:
        return  # the period runs backwards: period-order reports it
    end = last_planned_day(ctx.plan)
    for i, agreement in enumerate(ctx.plan.agreements):
        inside = [
            (getattr(agreement, key).value, key, message)
            for key, message in _DATES
            if getattr(agreement, key) is not None and first <= getattr(agreement, key).value <= end
        ]
        if not inside:
            continue
        _, key, message = min(inside, key=lambda found: found[0])
        date = getattr(agreement, key)
        when = "under planens period" if date.value <= last else f"under planåret {date.value.year}"
        text = message.format(name=agreement.name, date=long_date(date), when=when)
        if key != "end" and agreement.end is not None:
            text += f" (avtalet löper ut {long_date(agreement.end)})"
        yield ctx.problem(
            ("agreements", i, key),
            text,
            hint="planera beslutet om förlängning eller ny upphandling, t.ex. i årshjulet "
            "(annual_cycle) eller som en milstolpe (milestones)",
        )
