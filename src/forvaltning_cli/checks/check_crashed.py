"""A check failed with an internal error.

The other checks still run and their findings are reported. Please report this finding, with
the plan if you can share it, to the maintainers of forvaltning-cli.
"""

ID = "check-crashed"
SEVERITY = "error"
check = None  # reported by the check runner
