"""A key that the plan schema does not have.

Usually a misspelling; the message suggests the closest allowed key (did-you-mean), or lists
the keys allowed at that place.

Example::

    budget:
      titel: Budget 2025     # did you mean 'title'?
"""

ID = "unknown-key"
SEVERITY = "error"
check = None  # reported by the loader
