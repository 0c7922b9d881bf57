"""Mail exports: reading mbox, .eml and Maildir (``read``), cheap checks before a parse (``prefilter``),
the readable text (``text``), the phrases and the classifier (``phrases``, ``classify``), the import
(``importer``), its result (``result``) and the review list (``inbox``)."""
