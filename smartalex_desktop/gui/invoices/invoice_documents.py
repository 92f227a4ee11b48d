"""An invoice's documents: its receipt, its PDF (downloaded, viewed, or handed to the desktop's
PDF app) and the export of many.

`InvoiceDocuments(tab)` is part of the `InvoicesTab`; `invoice_pdf` does the work on a worker.
"Download PDF…" asks where — by default `Documents/SmartAlex Invoices`, then the folder last
used — and saves the rendered invoice there, remembered in the account's local store; "View
PDF" opens the `PdfViewerDialog` on that file (offline too) or, if it was never downloaded, on
a copy made in memory; "Open in PDF App" hands the file (or a temporary copy) to the
desktop. "Export…" (Ctrl+E) opens the `ExportDialog` for the selected rows, a year or
everything. Save Receipt offers the PDF made here (offline too) or the email SmartAlex sent.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from smartalex_desktop.api import errors, models
from smartalex_desktop.documents.names import invoice_file_name, receipt_file_name
from smartalex_desktop.gui.invoices.export_dialog import ExportDialog
from smartalex_desktop.gui.invoices.invoice_pdf import (
    PdfToView,
    StoreOpener,
    download_pdf,
    pdf_for_system_viewer,
    pdf_to_view,
    store_opener,
)
from smartalex_desktop.gui.invoices.pdf_viewer import PdfViewerDialog
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.widgets.message_bar import Level
from smartalex_desktop.gui.widgets.saved_documents import default_folder, save_receipt

if TYPE_CHECKING:
    from smartalex_desktop.documents import ExportResult
    from smartalex_desktop.gui.invoices.invoices_tab import InvoicesTab

RECEIPT_PDF = "PDF documents (*.pdf)"
RECEIPT_EMAIL = "Email messages (*.eml)"


class InvoiceDocuments:
    def __init__(self, tab: InvoicesTab, store_root: Path | None) -> None:
        self.tab = tab
        self._saving = False
        self._receipt_folder: str | None = None
        # Where downloaded PDFs and exports went last (this run of the app), else the default.
        self.pdf_folder: Path | None = None
        # The local store's root folder (None: the platform's user data folder).
        self.store_root = store_root
        self.export_dialog: ExportDialog | None = None
        self.viewer: PdfViewerDialog | None = None

    @property
    def saving(self) -> bool:
        """A receipt is being saved (its menu item and button wait)."""
        return self._saving

    def clear(self) -> None:
        """Another account (or none): its export and viewer close."""
        if self.export_dialog is not None:
            self.export_dialog.close_for_other_account()
            self.export_dialog.deleteLater()
            self.export_dialog = None
        if self.viewer is not None:
            self.viewer.close_for_other_account()
        self.tab.detail.set_making_pdf(False)
        self._set_saving(False)

    def save_receipt(self, invoice: models.Invoice | None = None) -> None:
        """Ask where (the user's choice, in the platform's own dialog), then download and
        write the file on a worker."""
        session = self.tab.session
        invoice = invoice or self.tab.selected_invoice
        if session is None or invoice is None or self._saving:
            return
        invoice = self.tab.details.get(invoice.id, invoice)
        receipt = invoice.receipt
        if receipt is None:
            return
        folder = (
            self._receipt_folder
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or str(Path.home())
        )
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self.tab,
            "Save Receipt",
            str(Path(folder) / receipt_file_name(invoice, self.tab.account_timezone)),
            f"{RECEIPT_PDF};;{RECEIPT_EMAIL};;All files (*)",
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".eml" if chosen_filter == RECEIPT_EMAIL else ".pdf")
        self._receipt_folder = str(path.parent)
        self._set_saving(True)
        client = session.reader  # SmartAlex, or the saved copy when it can't be reached
        invoice_id = invoice.id

        def saved(written: Path) -> None:
            self._set_saving(False)
            if self.tab.session is session:
                self.tab.show_success(f"Receipt {receipt.number} was saved to {written}.")

        def failed(error: errors.SmartAlexError) -> None:
            self._set_saving(False)
            if self.tab.session is session:
                self.tab.show_error(error.user_message)

        self.tab.runner.run(
            lambda: save_receipt(client, invoice_id, path),
            on_success=saved,
            on_failure=failed,
            description="InvoicesTab: save receipt",
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.tab.detail.set_saving(saving)

    @property
    def selected_invoices(self) -> list[models.Invoice]:
        """The rows selected in the table (Ctrl/Shift+click), in the table's order."""
        selection = self.tab.ui.invoiceTable.selectionModel()
        rows = sorted(index.row() for index in selection.selectedRows())
        return [self.tab.model.record(row) for row in rows]

    @property
    def default_pdf_folder(self) -> Path:
        """The folder last used for PDFs in this run, else `Documents/SmartAlex Invoices`."""
        return self.pdf_folder if self.pdf_folder is not None else default_folder()

    def _store_opener(self, session: AccountSession) -> StoreOpener:
        if session.store is not None:  # the session's offline copy: used, not closed
            store = session.store
            return lambda: contextlib.nullcontext(store)
        return store_opener(self.store_root, session.api_url, session.email)

    def download_pdf(self, invoice: models.Invoice | None = None) -> None:
        """Ask where (the platform's own dialog, in the folder prepared on a worker), then
        make, write and remember the PDF on a worker."""
        session = self.tab.session
        invoice = invoice or self.tab.selected_invoice
        if session is None or invoice is None or self.tab.detail.making_pdf:
            return
        folder = self.default_pdf_folder
        self.tab.detail.set_making_pdf(True)

        def make_folder() -> None:  # the default folder may not exist yet
            if self.pdf_folder is None:
                folder.mkdir(parents=True, exist_ok=True)

        def ready(_nothing: None) -> None:
            self.tab.detail.set_making_pdf(False)
            if self.tab.session is session:
                self._ask_and_download(session, invoice, folder)

        self.tab.runner.run(
            make_folder,
            on_success=ready,
            on_failure=lambda _error: ready(None),  # the dialog then starts elsewhere
            description="InvoicesTab: PDF folder",
        )

    def _ask_and_download(
        self, session: AccountSession, invoice: models.Invoice, folder: Path
    ) -> None:
        suggested = folder / invoice_file_name(invoice, self.tab.account_timezone)
        chosen, _filter = QFileDialog.getSaveFileName(
            self.tab,
            f"Download Invoice {invoice.number}",
            str(suggested),
            "PDF documents (*.pdf);;All files (*)",
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".pdf")
        self.pdf_folder = path.parent
        self.tab.detail.set_making_pdf(True)
        client, invoice_id, number = session.client, invoice.id, invoice.number
        open_store = self._store_opener(session)

        def saved(written: Path) -> None:
            self.tab.detail.set_making_pdf(False)
            if self.tab.session is session:
                self.tab.say_saved(
                    f"Invoice {number} was saved as {written.name} in {written.parent}.",
                    written.parent,
                )

        def failed(error: errors.SmartAlexError) -> None:
            self.tab.detail.set_making_pdf(False)
            if self.tab.session is session and not isinstance(error, errors.SessionExpired):
                self.tab.show_error(error.user_message)

        self.tab.runner.run(
            lambda: download_pdf(client, invoice_id, path, open_store),
            on_success=saved,
            on_failure=failed,
            description="InvoicesTab: download PDF",
        )

    def view_pdf(self, invoice: models.Invoice | None = None) -> None:
        """Open the viewer at once; it shows the downloaded file, else a copy made in memory."""
        session = self.tab.session
        invoice = invoice or self.tab.selected_invoice
        if session is None or invoice is None:
            return
        if self.viewer is None:
            self.viewer = PdfViewerDialog(self.tab.runner, self.tab)
            self.viewer.system_viewer_requested.connect(self.open_in_system_viewer)
        viewer = self.viewer
        noun = "Credit note" if invoice.kind == "credit_note" else "Invoice"
        title = f"{noun} {invoice.number}"
        viewer.suggested_name = invoice_file_name(invoice, self.tab.account_timezone)
        viewer.save_folder = viewer.save_folder or self.default_pdf_folder
        viewer.show_waiting(invoice.id, title)
        invoice_id = invoice.id
        open_store = self._store_opener(session)

        def arrived(found: PdfToView) -> None:
            if viewer.invoice_id != invoice_id:
                return
            if found.path is not None:
                viewer.show_file(invoice_id, title, found.path)
            elif found.pdf is not None:
                viewer.show_pdf(invoice_id, title, found.pdf.data)

        def failed(error: errors.SmartAlexError) -> None:
            if viewer.invoice_id == invoice_id:
                viewer.show_failure(f"The PDF could not be made. {error.user_message}")

        self.tab.fetch(
            "pdf view",
            lambda client: pdf_to_view(client, invoice_id, title, open_store),
            arrived,
            failed,
        )

    def open_in_system_viewer(self, invoice_id: str) -> None:
        """The downloaded file (or a temporary copy) in the desktop's own PDF app."""
        session = self.tab.session
        if session is None or self.tab.detail.making_pdf:
            return
        self.tab.detail.set_making_pdf(True)
        client = session.reader  # SmartAlex, or the saved copy when it can't be reached
        open_store = self._store_opener(session)

        def ready(path: Path) -> None:
            self.tab.detail.set_making_pdf(False)
            if self.tab.session is not session:
                return
            self.tab.open_on_desktop(
                path,
                f"No app to open PDFs was found on this computer. The PDF is saved as {path}: "
                "copy its path to open it from your file manager, or install a PDF reader.",
            )

        def failed(error: errors.SmartAlexError) -> None:
            self.tab.detail.set_making_pdf(False)
            if self.tab.session is session and not isinstance(error, errors.SessionExpired):
                self.tab.show_error(error.user_message)

        self.tab.runner.run(
            lambda: pdf_for_system_viewer(client, invoice_id, open_store),
            on_success=ready,
            on_failure=failed,
            description="InvoicesTab: PDF for the system viewer",
        )

    def open_export(self) -> None:
        """Export… (Ctrl+E): the selected rows, a year (the one filtered on, else the newest)
        or everything, into the folder last used."""
        session = self.tab.session
        if session is None or self.tab.ui.pages.currentWidget() is not self.tab.ui.listPage:
            return
        if self.export_dialog is not None and self.export_dialog.isVisible():
            self.export_dialog.raise_()
            return
        combo = self.tab.ui.yearCombo
        years = [combo.itemData(index) for index in range(1, combo.count())]
        dialog = ExportDialog(
            session,
            self.tab.runner,
            selected=self.selected_invoices,
            years=years,
            year=combo.currentData() or (years[0] if years else None),
            folder=self.default_pdf_folder,
            parent=self.tab,
        )
        dialog.exported.connect(lambda result: self._exported(session, result))
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        self.export_dialog = dialog
        dialog.open()

    def _exported(self, session: AccountSession, result: ExportResult) -> None:
        self.pdf_folder = result.folder
        if self.tab.session is not session:
            return
        pdfs = len(result.pdfs)
        files = f"{pdfs} PDF" if pdfs == 1 else f"{pdfs} PDFs"
        if result.cancelled:
            verb = "is" if pdfs == 1 else "are"
            kept = (
                f"the {files} finished before you stopped it {verb} in {result.folder}"
                if pdfs
                else "no file was written"
            )
            self.tab.say_saved(
                f"Export stopped: {kept}. The summary (invoices.csv) was not written; export "
                "again to finish.",
                result.folder if pdfs else None,
                level=Level.WARNING,
            )
            return
        extra = " and invoices.csv"
        if result.zip is not None:
            extra = f", invoices.csv and {result.zip.name}"
        self.tab.say_saved(f"Exported {files}{extra} to {result.folder}.", result.folder)
