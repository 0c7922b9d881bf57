"""Spreadsheets people keep: raw cells and dates (``cells``), which column is which (``columns``),
parsed rows (``rows``) and writing them into the tracker (``writer``)."""
