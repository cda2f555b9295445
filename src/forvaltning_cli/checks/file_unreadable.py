"""The file cannot be read (permissions, a broken link, a directory named like a plan).

Example: ``plans/2025.yaml`` is a symbolic link to a file that was deleted.
"""

ID = "file-unreadable"
SEVERITY = "error"
check = None  # reported by the loader
