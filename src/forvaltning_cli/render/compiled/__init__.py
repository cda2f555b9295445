"""Shipped templates compiled ahead of time: see forvaltning_cli.render.precompiled."""
