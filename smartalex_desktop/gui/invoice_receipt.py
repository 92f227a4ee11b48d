"""Saving an invoice's receipt where the user chose: as a PDF made here (works offline, from the
saved copy) or as the email SmartAlex sent (an `.eml` file, which only SmartAlex has).

Runs on a worker (the download, reportlab and the disk write never touch the GUI thread). The
file is written whole or not at all (`documents.write_atomic`): a full disk or a crash never
leaves half a receipt under the chosen name, and an older copy there survives a failed save.
"""

from __future__ import annotations

from pathlib import Path

from smartalex_desktop.api import SmartAlexClient, errors
from smartalex_desktop.documents import render_receipt, write_atomic

EMAIL_SUFFIX = ".eml"


def save_receipt(client: SmartAlexClient, invoice_id: str, path: Path) -> Path:
    """Write the receipt of `invoice_id` to `path`: the email when `path` ends in `.eml`, the
    PDF otherwise. Returns the path written."""
    if path.suffix.lower() == EMAIL_SUFFIX:
        content = client.receipt_eml(invoice_id)
    else:
        invoice = client.invoice(invoice_id)
        try:
            content = render_receipt(invoice, client.account())
        except ValueError as error:  # nothing paid on it (yet)
            raise errors.SmartAlexError(str(error), code="no_receipt") from None
    try:
        write_atomic(path, content)
    except OSError as error:
        reason = error.strerror or "the file could not be written"
        raise errors.SmartAlexError(
            f"The receipt could not be saved to “{path.name}” in {path.parent} "
            f"({reason.rstrip('.').lower()}). Choose another folder and try again.",
            code="receipt_not_saved",
        ) from None
    return path
