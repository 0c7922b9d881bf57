"""Ways in and out of the tracker: spreadsheets, the kit's folder, calendar invitations, mail."""
