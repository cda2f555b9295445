"""Plans written back through one ruamel.yaml round trip: ``plan fmt``'s canonical layout and
``plan new``'s move to the next year (also used by year diffs)."""
