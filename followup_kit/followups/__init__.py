"""The follow-up engine: policy (every number with its source), business days, the schedule, drafts and .ics."""
