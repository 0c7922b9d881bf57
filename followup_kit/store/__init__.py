"""The tracker: one SQLite file per job search, its table layout, and owner-only files.

Nothing here imports another layer of the kit.
"""
