"""Data to try the kit on: the invented sample job search and synthetic trackers of any size."""
