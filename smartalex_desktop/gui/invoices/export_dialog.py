"""Export… — the accountant bundle: the chosen invoices as PDFs plus a CSV summary (and a zip).

The user picks which invoices (the ones selected in the table, one year, or every invoice), a
folder (by default `Documents/SmartAlex Invoices`) and whether to make a zip too. The export
itself (`documents.export_invoices`) runs on a worker: it lists the invoices from SmartAlex (a
year or everything means all of them, including ones the table has not loaded), fetches each in
full and writes one PDF at a time. The progress bar follows it through `ExportProgress`, a
QObject living on the GUI thread whose signal the worker emits (so the update is queued to the
GUI thread); Cancel sets a `threading.Event` the export checks between files.

Whatever happens, nothing half-written is left: a stopped export keeps only the PDFs it
finished (and writes no CSV or zip, which would describe invoices that are not there); a failed
one says which invoice or file and what to do, here in the dialog, and the user can try again.
The result goes to the tab (`exported`), which says in the window how many files went where,
with "Open Folder".
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QWidget

from smartalex_desktop import documents  # its renderers load when the export runs
from smartalex_desktop.api import SmartAlexClient, errors, models
from smartalex_desktop.gui.forms.ui_export_dialog import Ui_ExportDialog
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.tasks import Task, TaskRunner
from smartalex_desktop.gui.widgets import colours
from smartalex_desktop.gui.widgets.icons import icon

if TYPE_CHECKING:
    from smartalex_desktop.documents import ExportResult

SELECTED, YEAR, EVERYTHING = "selected", "year", "everything"


class ExportProgress(QObject):
    """Made on the GUI thread; the worker emits `advanced(done, total)` after each PDF, and
    Qt queues the call to this object's (the GUI) thread."""

    advanced = Signal(int, int)


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult (complete, or cancelled with what was finished)

    def __init__(
        self,
        session: AccountSession,
        runner: TaskRunner,
        *,
        selected: list[models.Invoice],
        years: list[int],
        year: int | None,
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.session = session
        self.runner = runner
        self.selected = list(selected)
        self.running = False
        self.cancel_requested = threading.Event()
        self.progress = ExportProgress(self)
        self.progress.advanced.connect(self._advanced)
        self.progress_seen: list[tuple[int, int]] = []  # what the bar went through
        self._task: Task[ExportResult] | None = None
        self._close_when_done = False
        ui = self.ui
        self.export_button: QPushButton = ui.buttonBox.addButton(
            "E&xport", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setAccessibleName("Export the invoices")
        self.export_button.setDefault(True)
        self.cancel_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName("Cancel the export")
        self.export_button.clicked.connect(self.start)
        ui.buttonBox.rejected.connect(self.reject)
        ui.chooseFolderButton.clicked.connect(self.choose_folder)
        for year_value in years:
            ui.yearCombo.addItem(str(year_value), year_value)
        if year is not None and ui.yearCombo.findData(year) >= 0:
            ui.yearCombo.setCurrentIndex(ui.yearCombo.findData(year))
        count = len(self.selected)
        ui.selectedRadio.setText(
            f"The &selected invoice ({self.selected[0].number})"
            if count == 1
            else f"The &selected invoices ({count})"
            if count
            else "The &selected invoices (none are selected in the table)"
        )
        ui.selectedRadio.setEnabled(count > 0)
        if count > 1 or not years:
            (ui.selectedRadio if count else ui.everythingRadio).setChecked(True)
        ui.yearRadio.setEnabled(bool(years))
        ui.yearCombo.setEnabled(bool(years))
        ui.yearCombo.currentIndexChanged.connect(lambda _index: ui.yearRadio.setChecked(True))
        ui.folderEdit.setText(str(folder))
        ui.folderEdit.textChanged.connect(lambda _text: self._update())
        self.export_button.setIcon(icon("invoice"))
        for radio in (ui.selectedRadio, ui.yearRadio, ui.everythingRadio):
            radio.toggled.connect(lambda _on: self._update())
        ui.progressBar.hide()
        ui.errorLabel.hide()
        self._update()

    # --- what the tab (and tests) use ---------------------------------------------------------

    @property
    def scope(self) -> str:
        if self.ui.selectedRadio.isChecked():
            return SELECTED
        if self.ui.yearRadio.isChecked():
            return YEAR
        return EVERYTHING

    @property
    def folder(self) -> Path:
        return Path(self.ui.folderEdit.text().strip()).expanduser()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, "Export Invoices Into", self.ui.folderEdit.text().strip()
        )
        if chosen:
            self.ui.folderEdit.setText(chosen)

    def start(self) -> None:
        """Export on a worker; a second click while it runs does nothing."""
        if self.running:
            return
        if not self.ui.folderEdit.text().strip():
            self._show_error("Choose a folder to export into.")
            return
        scope, folder = self.scope, self.folder
        year = self.ui.yearCombo.currentData()
        selected = list(self.selected)
        make_zip = self.ui.zipCheck.isChecked()
        zip_name = {
            SELECTED: "SmartAlex invoices",
            YEAR: f"SmartAlex invoices {year}",
            EVERYTHING: "SmartAlex invoices (all)",
        }[scope]
        self.cancel_requested = cancelled = threading.Event()
        progress = self.progress
        client = self.session.client

        def export() -> ExportResult:  # on a worker
            return _export(
                client,
                scope,
                year,
                selected,
                folder,
                zip_name if make_zip else None,
                lambda done, total: progress.advanced.emit(done, total),
                cancelled.is_set,
            )

        self.running = True
        self.progress_seen.clear()
        self.ui.errorLabel.hide()
        bar = self.ui.progressBar
        bar.setRange(0, 0)  # busy until the list is known
        bar.show()
        self._update()
        self._task = self.runner.run(
            export, on_success=self._done, on_failure=self._failed, description="export invoices"
        )

    def cancel_export(self) -> None:
        """Stop after the PDF being written (that one is never left half written)."""
        if self.running:
            self.cancel_requested.set()
            self.ui.summaryLabel.setText("Stopping after the current invoice…")
            self.cancel_button.setEnabled(False)

    def close_for_other_account(self) -> None:
        self.cancel_requested.set()
        if self._task is not None:
            self._task.cancel()
        self.running = False
        QDialog.reject(self)

    # --- QDialog ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel or Escape: while exporting, stop the export (the dialog closes when it has
        stopped, so its result is never lost); otherwise close."""
        if self.running:
            self._close_when_done = True
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # --- inside -------------------------------------------------------------------------------

    def _advanced(self, done: int, total: int) -> None:
        if not self.running:
            return
        self.progress_seen.append((done, total))
        bar = self.ui.progressBar
        bar.setRange(0, max(total, 1))
        bar.setValue(done)
        bar.setFormat("%v of %m invoices")
        if not self.cancel_requested.is_set():
            noun = "invoice" if total == 1 else "invoices"
            self.ui.summaryLabel.setText(f"Exporting {done} of {total} {noun}…")

    def _done(self, result: ExportResult) -> None:
        self.running = False
        self._task = None
        self.exported.emit(result)
        QDialog.accept(self)

    def _failed(self, error: errors.SmartAlexError) -> None:
        self.running = False
        self._task = None
        self.ui.progressBar.hide()
        self._update()
        self._show_error(error.user_message)
        if self._close_when_done:
            QDialog.reject(self)

    def _show_error(self, sentence: str) -> None:
        label = self.ui.errorLabel
        label.setText(sentence)
        label.setAccessibleDescription(sentence)
        palette = label.palette()
        base = self.palette().color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.Window, colours.blend(base, colours.RED, 0.16))
        label.setPalette(palette)
        label.setAutoFillBackground(True)
        label.show()

    def _update(self) -> None:
        ui = self.ui
        running = self.running
        for widget in (
            ui.whatGroup,
            ui.folderEdit,
            ui.chooseFolderButton,
            ui.zipCheck,
        ):
            widget.setEnabled(not running)
        self.export_button.setEnabled(not running and bool(ui.folderEdit.text().strip()))
        self.cancel_button.setEnabled(not running or not self.cancel_requested.is_set())
        self.cancel_button.setToolTip(
            "Stop the export. The PDFs finished so far stay; nothing is left half written."
            if running
            else ""
        )
        if running:
            ui.summaryLabel.setText("Getting the list of invoices…")
            return
        scope = self.scope
        if scope == SELECTED:
            count = len(self.selected)
            what = "1 invoice" if count == 1 else f"{count} invoices"
        elif scope == YEAR:
            what = f"every invoice of {ui.yearCombo.currentText()}"
        else:
            what = "every invoice of your account"
        ui.summaryLabel.setText(
            f"Saves {what} as PDFs, and invoices.csv, in {self.folder}. Files of the same name "
            "there are replaced."
        )


def _export(
    client: SmartAlexClient,
    scope: str,
    year: int | None,
    selected: list[models.Invoice],
    folder: Path,
    zip_name: str | None,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> ExportResult:
    """The worker's part: which invoices (from SmartAlex, all pages), then the export, each PDF
    made in a process of its own (`documents.RenderProcess`: rendering here would hold the
    window's GIL). The process starts first, so that its start overlaps the listing."""
    with documents.RenderProcess() as render:
        account = client.account()
        if scope == SELECTED:
            invoices = selected
        else:
            invoices = list(client.iter_invoices())
            if scope == YEAR and year is not None:
                invoices = documents.select_by_year(invoices, year, account.timezone)
        if not invoices:
            raise errors.SmartAlexError(
                "There are no invoices to export for that choice. Choose another year, or Every "
                "invoice.",
                code="nothing_to_export",
            )
        try:
            return documents.export_invoices(
                invoices,
                account,
                folder,
                fetch_full=client.invoice,
                zip_name=zip_name,
                progress=progress,
                cancelled=cancelled,
                render=render,
            )
        except documents.ExportFailed as failure:
            raise errors.SmartAlexError(failure.user_message, code="export_failed") from failure
