"""The invented sample job search: its story (``story``), moving it in time (``shift``) and building
the tracker from it (``tracker``)."""
