"""The file is not valid YAML.

Reported with the line and column where the YAML parser stopped, and a hint for the usual
causes: an unclosed quote or bracket, indentation that does not line up, a tab used for
indentation, or merge-conflict markers (``<<<<<<<``) left in the file.

Example::

    document:
      title: "Förvaltningsplan 2026     # the quote is never closed
"""

ID = "yaml-syntax"
SEVERITY = "error"
check = None  # reported by the loader
