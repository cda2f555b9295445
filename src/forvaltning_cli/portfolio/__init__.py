"""Every plan of a year at once (``plan portfolio``): the figures (``collect``), the tables
(``outputs``: terminal, Markdown, CSV, XLSX, JSON) and the HTML dashboard with its charts
(``dashboard``, ``charts``)."""

from .collect import ObjectSummary, Portfolio, PortfolioProblem, build, object_key, plan_year

__all__ = ["ObjectSummary", "Portfolio", "PortfolioProblem", "build", "object_key", "plan_year"]
