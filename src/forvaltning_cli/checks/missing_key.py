"""A required key is missing.

Reported at the mapping that should contain it.

Example::

    document:
      status: Utgåva      # 'title' is missing
"""

ID = "missing-key"
SEVERITY = "error"
check = None  # reported by the loader
