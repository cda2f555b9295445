"""The plan was approved before it was issued.

Example::

    issued: {by: Piotr Gabrys, date: 2025-03-01}
    approved: {by: Ledningsråd för hjälpmedel, date: 2025-02-04}
"""

ID = "approval-order"
SEVERITY = "error"


def check(ctx):
    doc = ctx.plan.document
    if doc.issued and doc.approved and doc.issued.date and doc.approved.date:
        if doc.approved.date.value < doc.issued.date.value:
            yield ctx.problem(
                ("document", "approved", "date"),
                f"godkänt {doc.approved.date}, före utfärdandet {doc.issued.date}",
            )
