"""forvaltning-cli: förvaltningsplaner as reviewed plain text."""

__version__ = "0.1.0"
