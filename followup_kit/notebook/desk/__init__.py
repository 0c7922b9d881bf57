"""The follow-up desk behind ``notebooks/follow_ups.ipynb``: the desk itself (``main``), its to-do
table (``table``), forms (``forms``), import tabs (``invitations``), inbox (``inbox``) and forecast panel
(``forecast``)."""
