"""The dashboard's charts as inline SVG, drawn server-side by pygal.

pygal builds the SVG as an XML tree (lxml or ElementTree), so every label is escaped as XML
text; what it adds for interactivity is removed here: its ``<script>`` configuration (``js=[]``
only drops the external scripts), comments with its web address, and any link. The chart's
root gets ``role="img"`` and a text alternative (``aria-label``); the figures themselves stand
in the data table beside each chart. Amounts on the axes are Swedish (``1 500 000 kr``).
"""

from __future__ import annotations

from ..escape import terminal_text
from ..swedish import amount

# Dark, distinguishable colours with at least 3:1 contrast against white (WCAG 1.4.11).
COLOURS = ("#0b5394", "#b45309", "#2f7d32", "#8e2f8f", "#a61b1b", "#1f6f78", "#5b5b5b", "#6b4f1d")
MAX_LABEL = 40  # characters of a label on an axis; the table beside the chart has the whole name


def _style():
    from pygal.style import Style

    return Style(background="white", plot_background="white", foreground="#1d2329", foreground_strong="#1d2329",
                 foreground_subtle="#c9d1d9", colors=COLOURS, font_family="'DejaVu Sans', Arial, sans-serif",
                 label_font_size=13, major_label_font_size=13, legend_font_size=14, value_font_size=12,
                 title_font_size=16, opacity="1", opacity_hover="1", transition="none")


def kronor_label(value) -> str:
    """An axis or value label: ``1 500 000 kr`` (plain numbers for pygal's floats, rounded)."""
    if value is None:
        return "–"
    return f"{amount(round(value))}\u00a0kr"


def _inert(alternative: str):
    """An ``xml_filters`` entry: the chart without scripts, comments or links, with its
    accessible role and name on the root."""

    def clean(root):
        for parent in list(root.iter()):
            for child in list(parent):
                tag = child.tag if isinstance(child.tag, str) else ""
                if not tag or tag.rsplit("}", 1)[-1] in ("script", "a", "foreignObject"):
                    tail = child.tail
                    parent.remove(child)
                    if tail and not tag:  # keep the text after a removed comment
                        parent.text = (parent.text or "") + tail
            for name in list(parent.attrib):
                if name.rsplit("}", 1)[-1] in ("href", "onload", "onclick") or name.startswith("on"):
                    del parent.attrib[name]
        root.set("role", "img")
        root.set("aria-label", terminal_text(alternative))
        root.set("focusable", "false")
        root.set("class", "pygal-chart chart")
        return root

    return clean


def ticks(values: list[int | None], count: int = 5) -> list[int]:
    """Round axis marks from 0 (or the lowest value below it) past the highest value: steps of
    1, 2 or 5 times a power of ten, at most ``count`` + 1 of them."""
    known = [v for v in values if v is not None]
    low, high = min([0, *known]), max([0, *known])
    span = high - low or 1
    step = 1
    while True:
        for factor in (1, 2, 5):
            if span / (step * factor) <= count:
                step *= factor
                first = -(-low // step) * step if low % step == 0 else (low // step) * step
                marks = list(range(first, high + step, step))
                return marks if marks[-1] >= high else marks + [marks[-1] + step]
        step *= 10


def _short(label: str) -> str:
    """A label as it fits an axis; control characters spelt out (``\\x1b``: XML cannot hold them)."""
    label = terminal_text(" ".join(str(label).split()))
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def _render(chart, number: int, alternative: str) -> str:
    chart.uuid = f"diagram-{number}"  # stable ids (and CSS scope) instead of a random UUID
    chart.add_xml_filter(_inert(alternative))
    return chart.render(is_unicode=True)


def _config(**extra):
    return dict(js=[], disable_xml_declaration=True, margin_right=56, style=_style(),
                value_formatter=kronor_label, truncate_label=-1, truncate_legend=-1, print_values=False,
                legend_at_bottom=True, legend_at_bottom_columns=2, **extra)


def bar_chart(number: int, title: str, labels: list[str], series: list[tuple[str, list[int | None]]],
              alternative: str) -> str:
    """Horizontal bars, one per label; with several series they are stacked (one colour each)."""
    import pygal

    stacked = len(series) > 1
    kind = pygal.HorizontalStackedBar if stacked else pygal.HorizontalBar
    height = max(260, 110 + 30 * len(labels) + (28 * ((len(series) + 1) // 2) if stacked else 0))
    chart = kind(height=height, width=800, show_legend=stacked, **_config())
    # pygal draws the first label at the bottom: reversed, the chart reads top-down like its table.
    chart.x_labels = [_short(label) for label in reversed(labels)]
    series = [(name, list(reversed(values))) for name, values in series]
    if stacked:
        sums = [sum(v or 0 for v in column) for column in zip(*(values for _, values in series))]
    else:
        sums = [v for _, values in series for v in values]
    chart.y_labels = ticks(sums, 4)
    for name, values in series:
        chart.add(_short(name), values)
    return _render(chart, number, alternative)


def line_chart(number: int, title: str, years: list[int], series: list[tuple[str, list[int | None]]],
               alternative: str) -> str:
    """One line per object over the years (a gap where an object has no plan that year)."""
    import pygal

    chart = pygal.Line(height=420, width=800, show_legend=True, allow_interruptions=True, dots_size=5,
                       **_config())
    chart.x_labels = [str(year) for year in years]
    chart.y_labels = ticks([v for _, values in series for v in values], 5)
    for name, values in series:
        chart.add(_short(name), values)
    return _render(chart, number, alternative)
