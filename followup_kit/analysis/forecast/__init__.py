"""Will I hear back, and when?  The estimates (``estimates``), their plot (``plots``) and the
sentences that say them (``words``)."""
