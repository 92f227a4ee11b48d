"""The desktop app's Qt side: windows, tabs, dialogs, table models, tray and the task runner.

Only this package imports Qt; everything it shows comes through `api/`, `billing/`,
`credentials.py` (and later `store/` and `documents/`), called from worker threads.
"""
