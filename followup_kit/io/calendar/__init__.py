"""Calendar invitations: reading .ics files (``read``), telling interviews from everyday events
(``rules``), writing them into the tracker (``writer``), the import itself (``invitations``) and its
result (``result``)."""
