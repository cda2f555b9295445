"""The one list of each command's output formats (the CLI's choices, the configuration's check
and the writers' tables all come from here)."""

FINDING_FORMATS = ("text", "json", "github", "sarif", "gitlab")
DOCUMENT_FORMATS = ("md", "html", "pdf")
DIFF_FORMATS = ("text", "markdown", "json")
SPLIT_FORMATS = ("table", "csv", "xlsx", "json")
