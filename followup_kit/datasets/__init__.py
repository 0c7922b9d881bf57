"""Example data: the sample tracker, synthetic trackers and calendars."""
