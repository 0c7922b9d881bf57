"""Ways in and out: spreadsheets, the kit's own folder format (and, later, calendars and mail).

Modules here read and write files and the tracker; they never compute schedules or statistics.
"""
