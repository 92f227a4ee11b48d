"""The GUI's plumbing, below every feature: the task runner, accounts and sessions, settings,
the table model, paged loading, heap and thread guards."""
