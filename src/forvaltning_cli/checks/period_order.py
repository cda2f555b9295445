"""The plan period ends before it starts.

Example::

    period: {start: 2025-12-31, end: 2025-01-01}
"""

ID = "period-order"
SEVERITY = "error"


def check(ctx):
    period = ctx.plan.period
    if period.start and period.end and period.end.value < period.start.value:
        yield ctx.problem(
            ("period", "end"),
            f"perioden slutar {period.end} men börjar {period.start}",
            hint="byt plats på start och end",
        )
