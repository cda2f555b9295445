"""The one list of each command's output formats (the CLI's choices, the configuration's check
and the writers' tables all come from here)."""

FINDING_FORMATS = ("text", "json", "github", "sarif", "gitlab")
DOCUMENT_FORMATS = ("md", "html", "pdf", "docx")
PDF_STANDARDS = ("ua", "a-2b", "a-2a")  # plan render --pdf: PDF/UA-1 (default), PDF/A-2b, PDF/A-2a
DIFF_FORMATS = ("text", "markdown", "json")
SPLIT_FORMATS = ("table", "csv", "xlsx", "json")
FOLLOWUP_FORMATS = ("table", "json", "csv", "xlsx")
PORTFOLIO_FORMATS = ("table", "markdown", "csv", "xlsx", "html", "json")
