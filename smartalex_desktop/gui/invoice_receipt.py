"""Saving an invoice's receipt (the email SmartAlex sent, as an .eml file) where the user chose.

Runs on a worker (the download and the disk write never touch the GUI thread). The file is
written whole or not at all: into a temporary file beside the target, flushed to disk, then
renamed over it — so a full disk or a crash never leaves half a receipt under the chosen name,
and an older copy there survives a failed save.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from smartalex_desktop.api import SmartAlexClient, errors


def save_receipt(client: SmartAlexClient, invoice_id: str, path: Path) -> Path:
    """Download the receipt of `invoice_id` and write it to `path`; the path written."""
    content = client.receipt_eml(invoice_id)
    try:
        write_atomically(path, content)
    except OSError as error:
        reason = error.strerror or "the file could not be written"
        raise errors.SmartAlexError(
            f"The receipt could not be saved to “{path.name}” in {path.parent} "
            f"({reason.rstrip('.').lower()}). Choose another folder and try again.",
            code="receipt_not_saved",
        ) from None
    return path


def write_atomically(path: Path, content: bytes) -> None:
    """`path` holds `content` afterwards, or is as it was before (never half written)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
