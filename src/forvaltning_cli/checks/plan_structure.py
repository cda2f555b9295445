"""The file is not one plan: it is empty, holds several YAML documents, has a list or a single
value at the top instead of a mapping, or declares a ``schema_version`` this tool does not read.

Example::

    - schema_version: 1
      document: …
"""

ID = "plan-structure"
SEVERITY = "error"
check = None  # reported by the loader
