"""Export All… — the accountant's bundle of every signed-in account for one year, from the window.

What `smartalex-desktop export --all-accounts` makes (documents/agency_export.py): one folder of
PDFs per practice, a combined `invoices.csv` with a practice column, and `summary.csv` per
practice and month, optionally zipped. On a worker, account by account, it brings each offline
copy up to date (a sync: whoever else is syncing that account, the store's lock keeps them one
after the other), takes the year's invoices from it (complete, with their lines) and exports
them. An account SmartAlex can't be reached for is exported from its saved copy, and the result
says which and from when; an account with nothing saved is left out and named.

The progress bar counts invoices over every account; Cancel stops after the PDF being written
(nothing half written stays, and neither combined CSV is written: they would describe files that
are not there).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QWidget

from smartalex_desktop import documents
from smartalex_desktop.api import errors
from smartalex_desktop.gui.forms.ui_export_all_dialog import Ui_ExportAllDialog
from smartalex_desktop.gui.runtime.accounts import Accounts
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.tasks import Task
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.icons import icon
from smartalex_desktop.gui.widgets.saved_documents import default_folder
from smartalex_desktop.store import Store, sync


@dataclass
class Gathered:
    """What the worker found before exporting: each account's invoices, and what it says."""

    practices: list[documents.PracticeInvoices] = field(default_factory=list)
    from_saved_copy: list[str] = field(default_factory=list)  # "Name (saved Jun 9)"
    left_out: list[str] = field(default_factory=list)  # names with nothing saved


def gather_practices(
    sessions: Sequence[tuple[AccountSession, Store | None]],
    year: int,
    cancelled: Callable[[], bool],
) -> Gathered:
    """On a worker: each account's invoices of `year`, from its offline copy brought up to date
    (or as saved, when SmartAlex can't be reached)."""
    gathered = Gathered()
    for session, store in sessions:
        if cancelled():
            break
        name = session.practice_name or session.email
        if store is None:
            gathered.left_out.append(name)
            continue
        fresh = True
        try:
            sync(session.client, store, cancelled=cancelled)
        except errors.SmartAlexError:
            fresh = False
        account = store.account()
        if account is None:
            gathered.left_out.append(name)
            continue
        if not fresh:
            saved = store.last_synced_at()
            when = f" (saved {formatting.short_date(saved.astimezone().date())})" if saved else ""
            gathered.from_saved_copy.append(f"{name}{when}")
        invoices = documents.select_by_year(store.invoices(), year, account.timezone)
        gathered.practices.append(documents.PracticeInvoices(session.email, account, invoices))
    return gathered


class ExportProgress(QObject):
    """Made on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    advanced = Signal(int, int)


class ExportAllDialog(QDialog):
    exported = Signal(str, object)  # the sentence for the message bar, the folder (Path)

    def __init__(self, accounts: Accounts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportAllDialog()
        self.ui.setupUi(self)
        self.accounts = accounts
        self.runner = accounts.runner
        self.running = False
        self.cancel_requested = threading.Event()
        self.progress = ExportProgress(self)
        self.progress.advanced.connect(self._advanced)
        self.result: documents.AgencyExportResult | None = None
        self._task: Task[tuple[Gathered, documents.AgencyExportResult]] | None = None
        self._close_when_done = False
        ui = self.ui
        self.export_button: QPushButton = ui.buttonBox.addButton(
            "E&xport", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setIcon(icon("invoice"))
        self.export_button.setAccessibleName("Export every account")
        self.export_button.setDefault(True)
        self.cancel_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        ui.buttonBox.rejected.connect(self.reject)
        ui.chooseFolderButton.clicked.connect(self.choose_folder)
        last_year = datetime.now(UTC).year - 1  # the year an accountant asks for, mostly
        ui.yearSpin.setValue(last_year)
        ui.yearSpin.valueChanged.connect(self._suggest_folder)
        self._suggested = ""
        self._suggest_folder(last_year)
        ui.folderEdit.textChanged.connect(lambda _text: self._update())
        ui.progressBar.hide()
        self._update()

    @property
    def folder(self) -> Path:
        return Path(self.ui.folderEdit.text().strip()).expanduser()

    def _suggest_folder(self, year: int) -> None:
        """`Documents/SmartAlex Invoices/All accounts 2025`, following the year until the
        manager types a folder of their own."""
        current = self.ui.folderEdit.text().strip()
        if current and current != self._suggested:
            return
        self._suggested = str(default_folder() / f"All accounts {year}")
        self.ui.folderEdit.setText(self._suggested)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, "Export All Accounts Into", self.ui.folderEdit.text().strip()
        )
        if chosen:
            self.ui.folderEdit.setText(chosen)

    def start(self) -> None:
        """Gather and export on a worker; a second click while it runs does nothing."""
        if self.running or not self.ui.folderEdit.text().strip():
            return
        year, folder = self.ui.yearSpin.value(), self.folder
        zip_name = f"SmartAlex invoices {year}" if self.ui.zipCheck.isChecked() else None
        self.cancel_requested = cancelled = threading.Event()
        progress = self.progress
        accounts = self.accounts
        sessions = list(accounts.sessions)

        def export() -> tuple[Gathered, documents.AgencyExportResult]:  # on a worker
            # The PDFs are made in a process of its own (rendering on this worker would hold
            # the window's GIL), started first so that its start overlaps the gathering.
            with documents.RenderProcess() as render:
                pairs = [(session, accounts.open_store(session)) for session in sessions]
                gathered = gather_practices(pairs, year, cancelled.is_set)
                try:
                    result = documents.export_all_accounts(
                        gathered.practices,
                        folder,
                        zip_name=zip_name,
                        progress=lambda done, total: progress.advanced.emit(done, total),
                        cancelled=cancelled.is_set,
                        render=render,
                    )
                except documents.ExportFailed as failure:
                    raise errors.SmartAlexError(
                        failure.user_message, code="export_failed"
                    ) from failure
            return gathered, result

        self.running = True
        bar = self.ui.progressBar
        bar.setRange(0, 0)  # busy while the accounts are brought up to date
        bar.show()
        self.ui.statusLabel.setText(f"Bringing {len(sessions)} accounts up to date…")
        self._update()
        self._task = self.runner.run(
            export, on_success=self._done, on_failure=self._failed, description="export all"
        )

    def reject(self) -> None:
        """Cancel or Escape: while exporting, stop it (the dialog closes once it has)."""
        if self.running:
            self._close_when_done = True
            self.cancel_requested.set()
            self.ui.statusLabel.setText("Stopping after the current invoice…")
            self.cancel_button.setEnabled(False)
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def _advanced(self, done: int, total: int) -> None:
        if not self.running:
            return
        bar = self.ui.progressBar
        bar.setRange(0, max(total, 1))
        bar.setValue(done)
        bar.setFormat("%v of %m invoices")
        if not self.cancel_requested.is_set():
            self.ui.statusLabel.setText(f"Exporting {done} of {total} invoices…")

    def _done(self, outcome: tuple[Gathered, documents.AgencyExportResult]) -> None:
        gathered, result = outcome
        self.running = False
        self._task = None
        self.result = result
        self.exported.emit(_sentence(gathered, result), result.folder)
        QDialog.accept(self)

    def _failed(self, error: errors.SmartAlexError) -> None:
        self.running = False
        self._task = None
        self.ui.progressBar.hide()
        self.ui.statusLabel.setText(error.user_message)
        self._update()
        if self._close_when_done:
            QDialog.reject(self)

    def _update(self) -> None:
        ui, running = self.ui, self.running
        for widget in (ui.yearSpin, ui.folderEdit, ui.chooseFolderButton, ui.zipCheck):
            widget.setEnabled(not running)
        self.export_button.setEnabled(not running and bool(ui.folderEdit.text().strip()))
        self.cancel_button.setEnabled(not running or not self.cancel_requested.is_set())


def _sentence(gathered: Gathered, result: documents.AgencyExportResult) -> str:
    """What the message bar says after: how many of what went where, and any account that
    came from its saved copy or was left out."""
    invoices = sum(len(part.practice.invoices) for part in result.practices)
    practices = len(result.practices)
    if result.cancelled:
        said = f"Export stopped: the files finished stay in {result.folder}."
    else:
        said = (
            f"Exported {invoices} invoices of {practices} accounts to {result.folder}, with "
            "invoices.csv and summary.csv."
        )
    if gathered.from_saved_copy:
        said += (
            f" From the saved copy (SmartAlex unreachable): {', '.join(gathered.from_saved_copy)}."
        )
    if gathered.left_out:
        said += f" Left out, nothing saved yet: {', '.join(gathered.left_out)}."
    return said
