"""A YAML tag other than YAML's standard ones is used.

Plans contain only text, numbers, dates, lists and mappings. Tags such as ``!!python/object``
or ``!custom`` are refused and never constructed, so a plan file can never make the tool run
code.

Example::

    budget: !!python/object:os.system {}
"""

ID = "yaml-tag"
SEVERITY = "error"
check = None  # reported by the loader
