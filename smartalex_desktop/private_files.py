"""Files only their user can read: folders 0700, files 0600 — whatever the umask says.

What the app keeps for itself is private (docs/security.md): the offline copy of each account (its
invoices, card digits, the practice's address), the settings file (which accounts were used), the
PDFs made for the system's viewer. Another user of the same computer reads none of it. Documents
the user exports or saves into a folder they chose are theirs to share, and keep the user's
usual mode (docs/security.md). No Qt: the store, the settings and the viewer's copies share it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from pathlib import Path

from smartalex_desktop.identity import APP_NAME

DIR_MODE = 0o700
FILE_MODE = 0o600
VIEWER_COPIES_KEPT_S = 60 * 60  # a viewer has long opened its file by then


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


def _is_private_folder(path: Path) -> bool:
    """A real folder (not a link) of this user that nobody else may enter (POSIX)."""
    try:
        found = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISDIR(found.st_mode):
        return False
    if os.name != "posix":
        return True
    return found.st_uid == os.getuid() and stat.S_IMODE(found.st_mode) & 0o077 == 0


def _narrow(path: Path, mode: int) -> None:
    if os.name == "posix" and path.stat().st_mode & 0o777 != mode:
        os.chmod(path, mode)


def viewer_folder(*, now: float | None = None) -> Path:
    """A folder of the user's own for the PDFs handed to the system's viewer, swept of copies
    older than an hour.

    In the user's runtime folder ($XDG_RUNTIME_DIR: per user, 0700, emptied at logout) when
    there is one, else in the user's cache folder — never the shared temp folder, where another
    user could make the folder first, read the invoices or swap a PDF before the viewer opens
    it. The folder must be a real folder (not a link) of this user, else `OSError`."""
    from platformdirs import user_cache_path

    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and _is_private_folder(Path(runtime)):
        base = Path(runtime) / APP_NAME
    else:
        base = user_cache_path(APP_NAME, appauthor=False)
    folder = base / "viewer"
    private_dir(folder)
    if not _is_private_folder(folder):
        raise PermissionError(f"{folder} is not a private folder of this user")
    cutoff = (time.time() if now is None else now) - VIEWER_COPIES_KEPT_S
    for old in folder.iterdir():
        with contextlib.suppress(OSError):  # one a viewer still holds (Windows) waits a sweep
            if old.is_file() and old.stat().st_mtime < cutoff:
                old.unlink()
    return folder
