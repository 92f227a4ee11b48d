"""Versioned SQL migrations of the sandbox database, applied in order by `db.migrate`."""
