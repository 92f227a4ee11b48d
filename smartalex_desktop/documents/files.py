"""Writing a file so that it is either complete or absent, never half there.

The bytes go to a hidden temporary file in the same folder (so the rename stays on one file
system), are flushed to disk, then `os.replace` gives the file its name in one step — on Windows
too. If anything fails, or the process is killed, the name never points at a partial file; a
temporary file left by a kill is hidden, marked `.part`, and swept by the next export.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

TEMP_PREFIX = ".smartalex-"
TEMP_SUFFIX = ".part"
PRIVATE_MODE = 0o600


def default_mode() -> int:
    """The mode the user's other programs give a new file: 0666 less the umask (0644 with the
    usual 022, 0600 with a private 077). Read from /proc on Linux: `os.umask` can only be read by
    setting it, which would race every other thread creating a file."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o644


STALE_AFTER_S = 60.0  # a temp file lives milliseconds; older ones are a killed run's


@contextlib.contextmanager
def atomic_path(path: Path, *, mode: int | None = None) -> Iterator[Path]:
    """A temporary path to write `path`'s content to; on leaving the block without an error it
    becomes `path` in one step, on an error it is deleted. For writers that want a file name
    (zipfile); `write_atomic` is the one-call form for bytes.

    `mode`: None for a document the user saves or exports into a folder they chose (their usual
    mode, `default_mode`); `PRIVATE_MODE` for a copy the app keeps for itself."""
    path = Path(path)
    descriptor, temp_name = tempfile.mkstemp(
        prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent
    )
    os.close(descriptor)
    try:
        yield Path(temp_name)
        with open(temp_name, "rb+") as handle:  # on disk before the name points at it
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); a saved document is an ordinary file of the
        # user's, with the mode their other programs would give it.
        os.chmod(temp_name, default_mode() if mode is None else mode)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> Path:
    """Write `data` to `path` atomically (replacing a file of that name); returns `path`."""
    with atomic_path(path, mode=mode) as temp:
        temp.write_bytes(data)
    return Path(path)


def remove_stale_temp_files(folder: Path, *, older_than_s: float = STALE_AFTER_S) -> list[Path]:
    """Delete temporary files a killed write left in `folder`; returns what was removed.

    Only our own hidden `.smartalex-*.part` files, and only old ones: another export writing to
    the same folder at this moment keeps its file.
    """
    removed = []
    now = time.time()
    for candidate in Path(folder).glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - candidate.stat().st_mtime > older_than_s:
                candidate.unlink()
                removed.append(candidate)
    return removed
