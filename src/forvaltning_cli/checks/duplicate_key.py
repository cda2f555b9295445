"""A key appears twice in the same mapping.

YAML parsers silently keep the last value, so the first one is lost without a word. Both lines
are reported.

Example::

    budget:
      year: 2025
      year: 2026
"""

ID = "duplicate-key"
SEVERITY = "error"
check = None  # reported by the loader
