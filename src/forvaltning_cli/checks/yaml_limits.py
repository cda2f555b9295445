"""The file exceeds a size limit.

Limits: 10 MB per file, 100 levels of nesting, and two million values after anchors and aliases
are expanded (which stops "billion laughs" alias bombs). A real plan is far below all three.

Example: an anchor that is repeated by aliases ten times at each of ten levels.
"""

ID = "yaml-limits"
SEVERITY = "error"
check = None  # reported by the loader
