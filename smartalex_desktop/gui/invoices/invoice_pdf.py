"""Invoice PDFs for the Invoices tab: made, written and remembered on a worker, never the GUI
thread (the API calls, reportlab and the disk all take time; the client refuses the GUI thread).

Each function here is an operation for `TaskRunner.run`: it touches no widget and raises
`SmartAlexError`s whose `user_message` the tab shows as is.

- `render_pdf(client, invoice_id)`: the full invoice with what it prints beside it (the
  practice's details, the credit notes that correct it, or the invoice a credit note corrects),
  rendered by `documents.render_invoice`.
- `download_pdf(...)`: rendered, written atomically where the user chose, and recorded in the
  account's local store so the viewer opens that file next time (offline too).
- `pdf_to_view(...)`: the downloaded file if it is still there (no network at all), else the
  bytes rendered for the viewer to show from memory.
- `pdf_for_system_viewer(...)`: a file the system's viewer can open: the downloaded one, else a
  rendered copy (0600, never left half written) in the user's own folder for them
  (`private_files.viewer_folder`).

The store is optional everywhere: a download that cannot be remembered is still a download.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from smartalex_desktop import documents  # reportlab loads when a PDF is made
from smartalex_desktop.api import SmartAlexClient, errors, models
from smartalex_desktop.documents.files import PRIVATE_MODE, write_atomic
from smartalex_desktop.documents.names import invoice_file_name
from smartalex_desktop.private_files import viewer_folder
from smartalex_desktop.store import Store

log = logging.getLogger(__name__)

REFUNDABLE = ("refunded", "partially_refunded")

# Opens the account's local store (on the worker); None when there is none to remember in.
# Opens the account's store for one use: the session's own (left open) or one opened for it.
StoreOpener = Callable[[], AbstractContextManager[Store | None]]


@dataclass(frozen=True)
class RenderedPdf:
    """An invoice's PDF, with the full invoice it was made from and its sortable file name."""

    invoice: models.Invoice
    file_name: str
    data: bytes


@dataclass(frozen=True)
class PdfToView:
    """What the viewer shows: a downloaded file (`path`) or bytes made just now (`pdf`)."""

    title: str
    path: Path | None = None
    pdf: RenderedPdf | None = None


def store_opener(root: Path | None, api_url: str, email: str) -> StoreOpener:
    """An opener for the account's store, keyed by API URL and sign-in email (as the offline
    cache is), for the worker to call."""

    def open_store() -> AbstractContextManager[Store | None]:
        return Store.open(root, api_url, email)  # closed after the use

    return open_store


def render_pdf(client: SmartAlexClient, invoice_id: str) -> RenderedPdf:
    """The invoice's PDF as `render_invoice` makes it, from the full invoice and the account."""
    invoice = client.invoice(invoice_id)
    account = client.account()
    related = None
    credit_notes: list[models.Invoice] = []
    if invoice.kind == "credit_note" and invoice.related_invoice_id:
        related = client.invoice(invoice.related_invoice_id)
    elif invoice.status in REFUNDABLE:
        # Only credit notes can correct it, and only ones issued after it.
        credit_notes = sorted(
            (
                note
                for note in client.iter_invoices(kind="credit_note", created_gte=invoice.created_at)
                if note.related_invoice_id == invoice.id
            ),
            key=lambda note: (note.created_at, note.number),
        )
    try:
        data = documents.render_invoice(
            invoice, account, credit_notes=credit_notes, related=related
        )
    except Exception as error:  # reportlab: a bug, never the user's doing
        log.exception("rendering invoice %s failed", invoice.number)
        raise errors.SmartAlexError(
            f"The PDF of invoice {invoice.number} could not be made. Try again, and if it keeps "
            "happening, tell SmartAlex support which invoice it is.",
            code="pdf_not_made",
        ) from error
    return RenderedPdf(invoice, invoice_file_name(invoice, account.timezone), data)


def download_pdf(
    client: SmartAlexClient, invoice_id: str, path: Path, open_store: StoreOpener
) -> Path:
    """Render the invoice, write it to `path` (whole or not at all) and remember it."""
    rendered = render_pdf(client, invoice_id)
    _write(path, rendered.data, f"invoice {rendered.invoice.number}")
    _remember(open_store, invoice_id, path)
    return path


def pdf_to_view(
    client: SmartAlexClient, invoice_id: str, number: str, open_store: StoreOpener
) -> PdfToView:
    """The downloaded file when there is one (read without the network), else fresh bytes."""
    title = f"Invoice {number}"
    downloaded = _downloaded(open_store, invoice_id)
    if downloaded is not None:
        return PdfToView(title, path=downloaded)
    return PdfToView(title, pdf=render_pdf(client, invoice_id))


def pdf_for_system_viewer(
    client: SmartAlexClient, invoice_id: str, open_store: StoreOpener
) -> Path:
    """A file to hand to the system's PDF viewer: the downloaded one, else a temporary copy."""
    downloaded = _downloaded(open_store, invoice_id)
    if downloaded is not None:
        return downloaded
    rendered = render_pdf(client, invoice_id)
    try:
        folder = viewer_folder()  # the user's own (0700), never the shared temp folder
    except OSError as error:
        raise _not_written(Path(rendered.file_name), error, "the PDF") from None
    return _write(folder / rendered.file_name, rendered.data, "the PDF", mode=PRIVATE_MODE)


def save_copy(source: Path | bytes, path: Path, what: str) -> Path:
    """The PDF shown in the viewer (its file, or the bytes made in memory) saved as `path`,
    whole or not at all."""
    try:
        data = source.read_bytes() if isinstance(source, Path) else source
    except OSError as error:
        reason = (error.strerror or "it could not be read").rstrip(".").lower()
        raise errors.SmartAlexError(
            f"The PDF of {what} could not be read from {source} ({reason}). Download it again.",
            code="pdf_not_read",
        ) from None
    return _write(path, data, what)


def _write(path: Path, data: bytes, what: str, *, mode: int | None = None) -> Path:
    try:
        return write_atomic(path, data, mode=mode)
    except OSError as error:
        raise _not_written(path, error, what) from None


def _not_written(path: Path, error: OSError, what: str) -> errors.SmartAlexError:
    reason = (error.strerror or "the file could not be written").rstrip(".").lower()
    return errors.SmartAlexError(
        f"The PDF of {what} could not be saved to “{path.name}” in {path.parent} ({reason}). "
        "Choose another folder and try again.",
        code="pdf_not_saved",
    )


def _downloaded(open_store: StoreOpener, invoice_id: str) -> Path | None:
    try:
        with open_store() as store:
            return store.downloaded_path(invoice_id) if store is not None else None
    except Exception:  # a cache that can't be read only means: not downloaded here
        log.warning("could not read the downloads of invoice %s", invoice_id, exc_info=True)
        return None


def _remember(open_store: StoreOpener, invoice_id: str, path: Path) -> None:
    try:
        with open_store() as store:
            if store is not None:
                store.record_download(invoice_id, path)
    except Exception:  # the file is saved; only "open it next time" is lost
        log.warning("could not remember the download of invoice %s", invoice_id, exc_info=True)
