"""Files only their user can read: folders 0700, files 0600 — whatever the umask says.

What the app keeps for itself is private (SPEC section 5): the offline copy of each account (its
invoices, card digits, the practice's address), the settings file (which accounts were used), the
PDFs made for the system's viewer. Another user of the same computer reads none of it. Documents
the user exports or saves into a folder they chose are theirs to share, and keep the user's
usual mode (docs/security.md). No Qt: the store, the settings and the viewer's copies share it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path, *, narrow_existing: bool = True) -> Path:
    """`path` as a folder only its owner can enter.

    Missing folders are made 0700, each of them (`mkdir(parents=True)` would give the ones above
    the last the umask's mode); an existing one is narrowed to 0700 unless `narrow_existing` is
    False (a folder the user chose, such as the one holding a `--settings` file)."""
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another thread
            folder.mkdir(mode=DIR_MODE)
    if narrow_existing or path in missing:
        _narrow(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty with mode 0600 if missing, else narrow it to 0600.

    Called before SQLite or QSettings opens the file: SQLite gives its -wal and -shm files the
    database's mode, and Qt's QSaveFile keeps the mode of the file it replaces."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        if os.name == "posix" and os.fstat(fd).st_mode & 0o777 != FILE_MODE:
            os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    for suffix in ("-wal", "-shm"):  # SQLite's, when an older version left them wider
        with contextlib.suppress(FileNotFoundError):
            _narrow(path.with_name(path.name + suffix), FILE_MODE)
    return path


def _narrow(path: Path, mode: int) -> None:
    if os.name == "posix" and path.stat().st_mode & 0o777 != mode:
        os.chmod(path, mode)
