"""Spreadsheets people keep: raw cells and dates (``cells``), which column is which by header
(``columns``) and by content (``guess``), parsed rows (``rows``), what an import would do (``plan``)
and writing them into the tracker (``writer``); the sheet of a workbook that holds the tracker
(``workbook``) and the exports of job-search tools known by their header (``exports``, ``shapes.toml``)."""
