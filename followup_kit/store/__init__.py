"""The tracker: its API, the SQLite layer, typed reads, owner-only files."""
