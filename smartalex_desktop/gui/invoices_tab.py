"""The Invoices tab: every invoice of the account, found quickly and read in full.

The table (date in the account's timezone, number, kind, amount, status) loads page by page with
a `PagedLoader`, newest first, and can be stopped and resumed; it sorts and filters in the one
`RecordTableModel` (year, status, kind, and a search by number or amount — see
`invoice_filters`), never through a proxy model. Beside it, the `InvoiceDetail` pane shows the
selected invoice, fetched in full (`client.invoice`) when it is selected: lines, tax, payments
with their cards, the receipt (saved as an .eml off the GUI thread), and the credit notes that
correct it; a credit note names and links the invoice it corrects.

An open invoice is paid with "Pay now" (the pane's button, the table's context menu, Enter or a
double click): the shared `PayInvoiceDialog` makes one charge however often it is clicked; then
Invoices and Plan reload (paying can make a past-due subscription active again).

Invoices as PDFs (`invoice_pdf` does the work on a worker): "Download PDF…" (pane and context
menu) asks where — by default `Documents/SmartAlex Invoices`, then the folder last used — and
saves the rendered invoice there, remembered in the account's local store; "View PDF" opens the
`PdfViewerDialog` on that file (offline too) or, if it was never downloaded, on a copy made in
memory; "Open in System Viewer" hands the file (or a temporary copy) to the desktop. "Export…"
(Ctrl+E) opens the `ExportDialog` for the selected rows (Ctrl/Shift+click select several), a
year or everything.

Keyboard: the table takes the focus first; Up/Down move the selection and the pane follows;
Ctrl+F goes to the search (Escape there clears it); Escape stops a long load; Ctrl+E exports.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QMenu,
    QTabBar,
    QWidget,
)

from smartalex_desktop.api import errors, models
from smartalex_desktop.documents.names import invoice_file_name, receipt_file_name
from smartalex_desktop.gui import colours, formatting
from smartalex_desktop.gui.account_tab import AccountTab
from smartalex_desktop.gui.accounts import Accounts, AccountSession
from smartalex_desktop.gui.changes import Change
from smartalex_desktop.gui.export_dialog import ExportDialog
from smartalex_desktop.gui.forms.ui_invoices_tab import Ui_InvoicesTab
from smartalex_desktop.gui.icons import icon
from smartalex_desktop.gui.invoice_detail import InvoiceDetail, InvoiceView, status_accent
from smartalex_desktop.gui.invoice_filters import (
    KIND_NAMES,
    STATUS_NAMES,
    STATUS_ORDER,
    InvoiceFilter,
    amount_due_cents,
    kind_name,
    signed_total_cents,
    status_name,
)
from smartalex_desktop.gui.invoice_pdf import (
    PdfToView,
    StoreOpener,
    download_pdf,
    pdf_for_system_viewer,
    pdf_to_view,
    store_opener,
)
from smartalex_desktop.gui.message_bar import Level
from smartalex_desktop.gui.paged_loader import PagedLoader
from smartalex_desktop.gui.pay_invoice_dialog import PayInvoiceDialog
from smartalex_desktop.gui.pdf_viewer import PdfViewerDialog
from smartalex_desktop.gui.saved_documents import default_folder, save_receipt
from smartalex_desktop.gui.sort_header import show_sort_order
from smartalex_desktop.gui.table_model import Column, RecordTableModel

DATE, NUMBER, KIND, AMOUNT, STATUS = range(5)
RIGHT = Qt.AlignmentFlag.AlignRight

# What the loader is doing (the count line under the table says it in words).
IDLE, LOADING, DONE, STOPPED, FAILED = "idle", "loading", "done", "stopped", "failed"

if TYPE_CHECKING:
    from smartalex_desktop.documents import ExportResult


# Save Receipt offers the PDF made here (offline too) or the email SmartAlex sent.
RECEIPT_PDF = "PDF documents (*.pdf)"
RECEIPT_EMAIL = "Email messages (*.eml)"


class InvoicesTab(AccountTab):
    shows = Change.INVOICES | Change.CARDS
    title = "&Invoices"
    icon_name = "invoice"

    PAGE_SIZE = 100
    DETAIL_DELAY_MS = 120  # holding Down skims the list; the full invoice is fetched on a pause

    def __init__(self, accounts: Accounts, parent: QWidget | None = None) -> None:
        super().__init__(accounts, parent)
        self.ui = Ui_InvoicesTab()
        self.ui.setupUi(self)
        self.detail: InvoiceDetail = self.ui.invoiceDetail
        self.model: RecordTableModel[models.Invoice] = RecordTableModel(
            self._columns(), self, identity=lambda invoice: invoice.id
        )
        self.loader: PagedLoader[models.Invoice] | None = None
        self.load_state = IDLE
        self.account: models.Account | None = None
        self._account_failed = False
        self.details: dict[str, models.Invoice] = {}  # fetched in full since the last load
        self.selected_id: str | None = None
        self.pay_dialog: PayInvoiceDialog | None = None
        self.context_menu: QMenu | None = None
        self._by_id: dict[str, models.Invoice] = {}
        self._numbers: dict[str, str] = {}  # id → number, so a credit note names its invoice
        self._replace_on_next_page = False
        self._saving = False
        self._receipt_folder: str | None = None
        # Where downloaded PDFs and exports went last (this run of the app), else the default.
        self.pdf_folder: Path | None = None
        # The local store's root folder (None: the platform's user data folder).
        self.store_root: Path | None = accounts.cache_root
        self.export_dialog: ExportDialog | None = None
        self.viewer: PdfViewerDialog | None = None
        self._splitter_sized = False
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(self.DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._fetch_detail)
        self._setup_table()
        self._setup_filters()
        self._setup_shortcuts()
        ui = self.ui
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.detailScroll.setMinimumWidth(340)
        ui.retryButton.clicked.connect(self.reload_now)
        ui.stopButton.clicked.connect(self.stop_loading)
        ui.loadRestButton.clicked.connect(self.load_the_rest)
        self.detail.pay_requested.connect(self.pay_now)
        self.detail.save_receipt_requested.connect(self.save_receipt)
        self.detail.invoice_requested.connect(self.select_invoice)
        self.detail.download_pdf_requested.connect(self.download_pdf)
        self.detail.view_pdf_requested.connect(self.view_pdf)
        self.detail.system_viewer_requested.connect(
            lambda invoice: self.open_in_system_viewer(invoice.id)
        )
        ui.exportButton.clicked.connect(self.open_export)
        QWidget.setTabOrder(ui.loadRestButton, self.detail.ui.payNowButton)
        accounts.changed.connect(self._on_account_details_changed)
        self._style()
        self.clear()

    # --- building -----------------------------------------------------------------------------

    def _columns(self) -> list[Column[models.Invoice]]:
        return [
            Column(
                "Date",
                lambda invoice: formatting.short_date(invoice.created_at, self._timezone),
                key=lambda invoice: (invoice.created_at, invoice.number),
            ),
            Column("Number", lambda invoice: invoice.number),
            Column(
                "Kind",
                self._kind_text,
                key=lambda invoice: (kind_name(invoice.kind), invoice.number),
                tooltip=self._kind_tooltip,
            ),
            Column(
                "Amount",
                lambda invoice: formatting.money(signed_total_cents(invoice)),
                key=signed_total_cents,
                align=RIGHT,
            ),
            Column(
                "Status",
                lambda invoice: status_name(invoice.status),
                key=lambda invoice: (STATUS_ORDER.get(invoice.status, 9), invoice.created_at),
                colour=_status_colour,
                tooltip=self._status_tooltip,
            ),
        ]

    def _setup_table(self) -> None:
        table = self.ui.invoiceTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)  # sorts in the model (list.sort), newest first to start
        show_sort_order(table)  # ▼ for newest first; the chosen invoice stays in sight
        table.verticalHeader().hide()
        metrics = table.fontMetrics()
        padding = 2 * metrics.averageCharWidth() + 16
        sample_date = formatting.short_date(date(2026, 12, 31))
        for column, sample in (
            (DATE, sample_date),
            (NUMBER, "SA-2026-000000"),
            (AMOUNT, formatting.money(-100_000)),
            (STATUS, STATUS_NAMES["partially_refunded"]),
        ):
            table.setColumnWidth(column, metrics.horizontalAdvance(sample) + padding)
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        table.customContextMenuRequested.connect(self._open_context_menu)
        table.doubleClicked.connect(lambda _index: self._activate_current())
        table.installEventFilter(self)

    def _setup_filters(self) -> None:
        ui = self.ui
        ui.yearCombo.addItem("All years", None)
        ui.statusCombo.addItem("All statuses", None)
        for status, name in STATUS_NAMES.items():
            ui.statusCombo.addItem(name, status)
        ui.kindCombo.addItem("All kinds", None)
        for kind, name in KIND_NAMES.items():
            ui.kindCombo.addItem(name, kind)
        for combo in (ui.yearCombo, ui.statusCombo, ui.kindCombo):
            combo.currentIndexChanged.connect(self._apply_filter)
        ui.searchEdit.textChanged.connect(self._apply_filter)
        ui.searchEdit.installEventFilter(self)
        ui.clearFiltersButton.clicked.connect(self.clear_filters)

    def _setup_shortcuts(self) -> None:
        # Window-wide, but only while this tab is the one shown (a hidden widget's shortcut
        # is inactive), so another tab can have its own Ctrl+F.
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.find_shortcut.activated.connect(self.focus_search)
        self.stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.stop_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.stop_shortcut.activated.connect(self.stop_loading)
        self.stop_shortcut.setEnabled(False)
        self.export_shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        self.export_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.export_shortcut.activated.connect(self.open_export)

    def _style(self) -> None:
        size = QSize(48, 48)
        self.ui.emptyIcon.setPixmap(icon("invoice").pixmap(size))
        self.ui.retryButton.setIcon(icon("refresh"))
        self.ui.loadRestButton.setIcon(icon("refresh"))
        self.ui.clearFiltersButton.setIcon(icon("close"))
        self.ui.exportButton.setIcon(icon("invoice"))
        font = self.ui.emptyLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(font.Weight.DemiBold)
        self.ui.emptyLabel.setFont(font)
        muted = self.ui.emptyHint.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.PlaceholderText)
        )
        self.ui.emptyHint.setPalette(muted)
        self.ui.countLabel.setPalette(muted)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "detail"):
            self._style()

    # --- AccountTab ---------------------------------------------------------------------------

    def load(self, session: AccountSession) -> None:
        self._start_loading(session, after=None)
        self._load_account()

    def clear(self) -> None:
        """No account (or another one): nothing of the previous account stays on screen."""
        if self.loader is not None:
            self.loader.cancel()
            self.loader.deleteLater()
            self.loader = None
        self._detail_timer.stop()
        if self.pay_dialog is not None:
            self.pay_dialog.close_for_other_account()
            self.pay_dialog.deleteLater()
            self.pay_dialog = None
        if self.context_menu is not None:
            self.context_menu.close()
            self.context_menu.deleteLater()
            self.context_menu = None
        if self.export_dialog is not None:
            self.export_dialog.close_for_other_account()
            self.export_dialog.deleteLater()
            self.export_dialog = None
        if self.viewer is not None:
            self.viewer.close_for_other_account()
        self.detail.set_making_pdf(False)
        self.load_state = IDLE
        self._replace_on_next_page = False
        self.account = None
        self._account_failed = False
        self.details.clear()
        self._by_id.clear()
        self._numbers.clear()
        self.selected_id = None
        self._saving = False
        self.detail.set_saving(False)
        self._reset_filters()
        self.model.clear()
        self.detail.clear()
        self.ui.pages.setCurrentWidget(self.ui.loadingPage)
        self._update_status_row()

    def reload_now(self) -> None:
        if self.session is not None:
            self.load(self.session)

    # --- loading ------------------------------------------------------------------------------

    def _start_loading(self, session: AccountSession, after: str | None) -> None:
        """Load from the newest invoice (`after` None: a reload, which replaces what is shown
        when its first page arrives, so the table never goes blank) or resume after `after`."""
        if self.loader is not None:
            self.loader.cancel()
            self.loader.deleteLater()
        client = session.reader  # SmartAlex, or the saved copy when it can't be reached
        size = self.PAGE_SIZE

        def page(cursor: str | None) -> tuple[list[models.Invoice], bool]:
            return client.invoices_page(limit=size, starting_after=cursor or after)

        loader: PagedLoader[models.Invoice] = PagedLoader(
            self.runner, page, id_of=lambda invoice: invoice.id, parent=self
        )
        loader.page_loaded.connect(lambda records: self._page_arrived(loader, records))
        loader.finished.connect(lambda _total: self._load_finished(loader))
        loader.failed.connect(lambda error: self._load_failed(loader, error))
        self.loader = loader
        if after is None:
            self._replace_on_next_page = bool(self.model.records)
            self.details.clear()
            if not self.model.records:
                self.ui.pages.setCurrentWidget(self.ui.loadingPage)
        self.load_state = LOADING
        self._update_status_row()
        loader.start()

    def _page_arrived(
        self, loader: PagedLoader[models.Invoice], records: list[models.Invoice]
    ) -> None:
        if loader is not self.loader:
            return
        if self._replace_on_next_page:
            self._replace_on_next_page = False
            self._by_id.clear()
            self._numbers.clear()
            self._remember(records)
            self.model.set_records(records)
        else:
            self._remember(records)
            self.model.append_records(records)
            if self.ui.searchEdit.text().strip() and any(r.kind != "credit_note" for r in records):
                # A credit note is also found by its invoice's number, which may only now be
                # known (the corrected invoice is older, so it comes on a later page).
                self._apply_filter()
        self._kind_texts_changed()
        self._update_years()
        self._show_list()
        self._sync_selection(wait_for_more=True)
        self._update_status_row()

    def _load_finished(self, loader: PagedLoader[models.Invoice]) -> None:
        if loader is not self.loader:
            return
        self.load_state = DONE
        if self._replace_on_next_page:  # the reload found nothing at all
            self._replace_on_next_page = False
            self._by_id.clear()
            self._numbers.clear()
            self.model.clear()
        if not self.model.records:
            self.detail.clear()
            self.selected_id = None
            self.ui.pages.setCurrentWidget(self.ui.emptyPage)
        else:
            self._sync_selection(wait_for_more=False)
        self._update_status_row()

    def _load_failed(
        self, loader: PagedLoader[models.Invoice], error: errors.SmartAlexError
    ) -> None:
        if loader is not self.loader:
            return
        self.load_state = FAILED
        quiet = isinstance(error, errors.SessionExpired)  # the window offers "Sign In…"
        if not self.model.records:
            self.ui.loadErrorLabel.setText(
                f"Your invoices could not be loaded. {error.user_message}"
            )
            self.ui.pages.setCurrentWidget(self.ui.errorPage)
        elif self._replace_on_next_page:
            self._replace_on_next_page = False
            self.load_state = DONE  # what is shown is complete, if not the newest
            if not quiet:
                self.show_error(f"Your invoices could not be refreshed. {error.user_message}")
        elif not quiet:
            self.show_error(f"Your older invoices could not be loaded. {error.user_message}")
        self._update_status_row()

    def stop_loading(self) -> None:
        """Stop a long load; what arrived stays, and "Load the Rest" carries on from there."""
        if self.loader is None or self.load_state != LOADING or not self._can_stop:
            return
        self.loader.cancel()
        self.load_state = STOPPED
        self._sync_selection(wait_for_more=False)
        self._update_status_row()

    def load_the_rest(self) -> None:
        session = self.session
        records = self.model.records  # in load order: the oldest loaded is last
        if session is None or not records or self.load_state not in (STOPPED, FAILED):
            return
        self._start_loading(session, after=records[-1].id)

    @property
    def _can_stop(self) -> bool:
        return not self._replace_on_next_page and bool(self.model.records)

    def _remember(self, records: list[models.Invoice]) -> None:
        for invoice in records:
            self._by_id[invoice.id] = invoice
            self._numbers[invoice.id] = invoice.number

    def _kind_texts_changed(self) -> None:
        """Credit notes name the invoice they correct, which a later page may have brought."""
        rows = self.model.rowCount()
        if rows:
            self.model.dataChanged.emit(self.model.index(0, KIND), self.model.index(rows - 1, KIND))

    def _show_list(self) -> None:
        first = self.ui.pages.currentWidget() is not self.ui.listPage
        self.ui.pages.setCurrentWidget(self.ui.listPage)
        if first:
            if not self._splitter_sized and self.ui.splitter.width() > 0:
                # The table gets what its five columns need; the pane the rest, at least
                # enough for a line item and its amounts side by side.
                self._splitter_sized = True
                width = self.ui.splitter.width()
                pane = max(min(width * 9 // 20, 560), 440)
                self.ui.splitter.setSizes([width - pane, pane])
            self._focus_table_if_lost()

    def _load_account(self) -> None:
        def loaded(account: models.Account) -> None:
            self.account, self._account_failed = account, False
            self._render_selected()

        def failed(_error: errors.SmartAlexError) -> None:
            # The invoices' own load says what is wrong; here only "Bill to" goes without.
            self._account_failed = self.account is None
            self._render_selected()

        self.fetch("account", lambda client: client.account(), loaded, failed)

    def _on_account_details_changed(self, change: Change) -> None:
        """Practice name, address or tax ID edited: "Bill to" follows without a full reload."""
        if change & Change.ACCOUNT and not change & self.shows and self.session is not None:
            self._load_account()

    # --- filters ------------------------------------------------------------------------------

    @property
    def current_filter(self) -> InvoiceFilter:
        ui = self.ui
        return InvoiceFilter(
            year=ui.yearCombo.currentData(),
            status=ui.statusCombo.currentData(),
            kind=ui.kindCombo.currentData(),
            search=ui.searchEdit.text(),
        )

    def _apply_filter(self) -> None:
        wanted = self.current_filter
        self.model.set_filter(wanted.predicate(self._local_day, self._numbers))
        self.ui.clearFiltersButton.setEnabled(wanted.active)
        self._sync_selection(wait_for_more=False)
        self._update_status_row()

    def clear_filters(self) -> None:
        self._reset_filters()
        self._apply_filter()
        self.ui.invoiceTable.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reset_filters(self) -> None:
        ui = self.ui
        for widget in (ui.yearCombo, ui.statusCombo, ui.kindCombo, ui.searchEdit):
            widget.blockSignals(True)
        ui.searchEdit.clear()
        ui.statusCombo.setCurrentIndex(0)
        ui.kindCombo.setCurrentIndex(0)
        while ui.yearCombo.count() > 1:
            ui.yearCombo.removeItem(1)
        ui.yearCombo.setCurrentIndex(0)
        for widget in (ui.yearCombo, ui.statusCombo, ui.kindCombo, ui.searchEdit):
            widget.blockSignals(False)
        self.model.set_filter(None)
        ui.clearFiltersButton.setEnabled(False)

    def _update_years(self) -> None:
        combo = self.ui.yearCombo
        chosen = combo.currentData()
        years = {self._local_day(invoice.created_at).year for invoice in self._by_id.values()}
        if chosen is not None:
            years.add(chosen)  # a year being looked at stays, even if a reload emptied it
        wanted = sorted(years, reverse=True)
        present = [combo.itemData(index) for index in range(1, combo.count())]
        if present == wanted:
            return
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for year in wanted:
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    # --- the count line -----------------------------------------------------------------------

    def _update_status_row(self) -> None:
        ui = self.ui
        total = len(self.model.records)
        shown = len(self.model.matching)
        active = self.current_filter.active
        loading = self.load_state == LOADING
        if loading:
            text = f"Loading… {_count(total)} invoices so far"
            if active:
                text += f" ({_count(shown)} match)"
        elif active and shown == 0:
            text = f"No invoices match these filters (of {_invoices(total)})."
        elif active:
            verb = "matches" if shown == 1 else "match"
            text = f"{_count(shown)} of {_invoices(total)} {verb}"
        else:
            text = _invoices(total)
        if self.load_state == STOPPED:
            text += " — loading stopped, so older invoices are not shown."
        elif self.load_state == FAILED and total:
            text += " — older invoices could not be loaded."
        ui.countLabel.setText(text)
        ui.countLabel.setAccessibleDescription(text)
        can_stop = loading and self._can_stop
        ui.loadProgress.setVisible(loading)
        ui.stopButton.setVisible(can_stop)
        self.stop_shortcut.setEnabled(can_stop)
        ui.loadRestButton.setVisible(self.load_state in (STOPPED, FAILED) and total > 0)
        on_list = ui.pages.currentWidget() is ui.listPage
        for widget in (ui.searchEdit, ui.yearCombo, ui.statusCombo, ui.kindCombo):
            widget.setEnabled(on_list)
        ui.exportButton.setEnabled(on_list)
        self.export_shortcut.setEnabled(on_list)
        ui.clearFiltersButton.setEnabled(on_list and active)

    # --- selection and the detail pane --------------------------------------------------------

    @property
    def selected_invoice(self) -> models.Invoice | None:
        if self.selected_id is None:
            return None
        return self.details.get(self.selected_id) or self._by_id.get(self.selected_id)

    def select_invoice(self, invoice_id: str) -> bool:
        """Select an invoice by id (a credit note's "Show"), clearing filters that hide it."""
        row = self.model.row_of(lambda invoice: invoice.id == invoice_id)
        if row is None and invoice_id in self._by_id:
            self.clear_filters()
            row = self.model.row_of(lambda invoice: invoice.id == invoice_id)
        if row is None:
            self.show_error(
                "That invoice is not loaded yet. Load the older invoices, then try again."
            )
            return False
        self._select_row(row)
        self.ui.invoiceTable.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _select_row(self, row: int) -> None:
        table = self.ui.invoiceTable
        index = self.model.index(row, 0)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)

    def _sync_selection(self, *, wait_for_more: bool) -> None:
        """Keep the chosen invoice selected across reloads, pages and filters; choose the
        newest shown when there is none (so the pane is never blank beside a full table)."""
        table = self.ui.invoiceTable
        current = table.currentIndex()
        current_id = self.model.record(current.row()).id if current.isValid() else None
        if self.selected_id is not None:
            if current_id == self.selected_id:
                record = self.model.record(current.row())
                if self.detail.invoice is not record and self.selected_id not in self.details:
                    self._show_record(record)  # a reload brought a newer copy
                return
            row = self.model.row_of(lambda invoice: invoice.id == self.selected_id)
            if row is not None:
                self._select_row(row)
                return
            if wait_for_more and self.load_state == LOADING:
                return  # it may be on a page still to come
        if self.model.rowCount():
            self._select_row(0)
        else:
            self.selected_id = None
            self._detail_timer.stop()
            if self.model.records:
                self.detail.clear("No invoice matches the filters.")
            else:
                self.detail.clear()

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_record(self.model.record(current.row()))

    def _show_record(self, record: models.Invoice) -> None:
        self.selected_id = record.id
        self._render_selected()
        if record.id not in self.details:
            self._detail_timer.start()

    def _fetch_detail(self) -> None:
        invoice_id = self.selected_id
        if invoice_id is None or self.session is None or invoice_id in self.details:
            return

        def arrived(invoice: models.Invoice) -> None:
            self.details[invoice.id] = invoice
            if invoice.id == self.selected_id:
                self._render_selected()

        def failed(error: errors.SmartAlexError) -> None:
            if invoice_id == self.selected_id:
                self.detail.set_load_failed(
                    f"The full invoice could not be loaded, so some details may be missing. "
                    f"{error.user_message}"
                )

        self.fetch("detail", lambda client: client.invoice(invoice_id), arrived, failed)

    def _render_selected(self) -> None:
        invoice = self.selected_invoice
        if invoice is None:
            return
        corrected = self._by_id.get(invoice.related_invoice_id or "")
        corrected = self.details.get(corrected.id, corrected) if corrected else None
        paid_with = next(
            (
                formatting.card_label(payment.brand, payment.last4)
                for payment in (corrected.payments if corrected else [])
                if payment.status == "succeeded"
            ),
            None,
        )
        notes = sorted(
            (
                record
                for record in self._by_id.values()
                if record.kind == "credit_note" and record.related_invoice_id == invoice.id
            ),
            key=lambda note: (note.created_at, note.number),
        )
        self.detail.show_invoice(
            InvoiceView(
                invoice=invoice,
                timezone=self._timezone,
                account=self.account,
                complete=invoice.id in self.details,
                corrected_number=corrected.number if corrected else None,
                credit_notes=notes,
                corrected_paid_with=paid_with,
                account_failed=self._account_failed,
            )
        )
        self.update_actions()

    # --- keyboard and menus -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.ui.invoiceTable and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self._activate_current()
            if (
                watched is self.ui.searchEdit
                and key == Qt.Key.Key_Escape
                and self.ui.searchEdit.text()
            ):
                self.ui.searchEdit.clear()
                return True
        return super().eventFilter(watched, event)

    def _activate_current(self) -> bool:
        """Enter or a double click on an open invoice: pay it."""
        invoice = self.selected_invoice
        if invoice is not None and invoice.status == "open":
            self.pay_now(invoice)
            return True
        return False

    def _open_context_menu(self, position: QPoint) -> None:
        table = self.ui.invoiceTable
        index = table.indexAt(position)
        if not index.isValid():
            return
        if index.row() != table.currentIndex().row():
            self._select_row(index.row())
        invoice = self.selected_invoice
        if invoice is None:
            return
        if self.context_menu is not None:
            self.context_menu.deleteLater()
        menu = QMenu(self)
        due_cents = amount_due_cents(invoice)
        pay = menu.addAction(icon("card"), f"&Pay {formatting.money(due_cents)} Now…")
        menu.setToolTipsVisible(True)  # a disabled action's tooltip says why
        self.allow(pay, invoice.status == "open" and due_cents > 0 and not self._pay_dialog_open)
        pay.triggered.connect(lambda: self.pay_now(invoice))
        download = menu.addAction(icon("invoice"), "&Download PDF…")
        download.setEnabled(not self.detail.making_pdf)
        download.triggered.connect(lambda: self.download_pdf(invoice))
        view = menu.addAction("View PD&F")
        view.triggered.connect(lambda: self.view_pdf(invoice))
        chosen = self.selected_invoices
        export = menu.addAction(
            f"E&xport {len(chosen)} Selected…" if len(chosen) > 1 else "E&xport…"
        )
        export.triggered.connect(self.open_export)
        menu.addSeparator()
        save = menu.addAction(icon("invoice"), "&Save Receipt…")
        save.setEnabled(invoice.receipt is not None and not self._saving)
        save.triggered.connect(lambda: self.save_receipt(invoice))
        copy = menu.addAction("&Copy Invoice Number")
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(invoice.number))
        related = self._by_id.get(invoice.related_invoice_id or "")
        if related is not None:
            show = menu.addAction(f"Show &Invoice {related.number}")
            show.triggered.connect(lambda: self.select_invoice(related.id))
        self.context_menu = menu
        menu.popup(table.viewport().mapToGlobal(position))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_table_if_lost)

    def _focus_table_if_lost(self) -> None:
        """The table takes the focus when the tab is shown, unless the user is already in
        the tab or moving along the tab bar with the arrow keys."""
        table = self.ui.invoiceTable
        if not self.isVisible() or not table.isVisible():
            return
        focus = QApplication.focusWidget()
        if (
            focus is None
            or not focus.isVisible()
            or not (self.isAncestorOf(focus) or isinstance(focus, QTabBar))
        ):
            table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- paying -------------------------------------------------------------------------------

    @property
    def _pay_dialog_open(self) -> bool:
        return self.pay_dialog is not None and self.pay_dialog.isVisible()

    def pay_now(self, invoice: models.Invoice | None = None) -> None:
        session = self.session
        invoice = invoice or self.selected_invoice
        if session is None or invoice is None or self._pay_dialog_open:
            return
        invoice = self.details.get(invoice.id, invoice)
        if (
            invoice.status != "open"
            or amount_due_cents(invoice) <= 0
            or not self.say_if_offline("Paying an invoice")
        ):
            return
        dialog = PayInvoiceDialog(session, self.runner, [invoice], parent=self)
        dialog.paid.connect(self._paid)
        dialog.finished.connect(lambda _result: self.update_actions())
        if self.pay_dialog is not None:
            self.pay_dialog.deleteLater()
        self.pay_dialog = dialog
        dialog.open()
        self.update_actions()

    def update_actions(self) -> None:
        self.allow(self.detail.ui.payNowButton, not self._pay_dialog_open)

    def _paid(self, invoices: list[models.Invoice], sentence: str, _everything: bool) -> None:
        for invoice in invoices:
            self.details.pop(invoice.id, None)
        self.accounts.announce(Change.INVOICES | Change.PLAN)
        self.show_success(sentence)

    # --- receipts -----------------------------------------------------------------------------

    def save_receipt(self, invoice: models.Invoice | None = None) -> None:
        """Ask where (the user's choice, in the platform's own dialog), then download and
        write the file on a worker."""
        session = self.session
        invoice = invoice or self.selected_invoice
        if session is None or invoice is None or self._saving:
            return
        invoice = self.details.get(invoice.id, invoice)
        receipt = invoice.receipt
        if receipt is None:
            return
        folder = (
            self._receipt_folder
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or str(Path.home())
        )
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            "Save Receipt",
            str(Path(folder) / receipt_file_name(invoice, self._timezone)),
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
            if self.session is session:
                self.show_success(f"Receipt {receipt.number} was saved to {written}.")

        def failed(error: errors.SmartAlexError) -> None:
            self._set_saving(False)
            if self.session is session:
                self.show_error(error.user_message)

        self.runner.run(
            lambda: save_receipt(client, invoice_id, path),
            on_success=saved,
            on_failure=failed,
            description="InvoicesTab: save receipt",
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.detail.set_saving(saving)

    # --- PDFs ---------------------------------------------------------------------------------

    @property
    def selected_invoices(self) -> list[models.Invoice]:
        """The rows selected in the table (Ctrl/Shift+click), in the table's order."""
        selection = self.ui.invoiceTable.selectionModel()
        rows = sorted(index.row() for index in selection.selectedRows())
        return [self.model.record(row) for row in rows]

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
        session = self.session
        invoice = invoice or self.selected_invoice
        if session is None or invoice is None or self.detail.making_pdf:
            return
        folder = self.default_pdf_folder
        self.detail.set_making_pdf(True)

        def make_folder() -> None:  # the default folder may not exist yet
            if self.pdf_folder is None:
                folder.mkdir(parents=True, exist_ok=True)

        def ready(_nothing: None) -> None:
            self.detail.set_making_pdf(False)
            if self.session is session:
                self._ask_and_download(session, invoice, folder)

        self.runner.run(
            make_folder,
            on_success=ready,
            on_failure=lambda _error: ready(None),  # the dialog then starts elsewhere
            description="InvoicesTab: PDF folder",
        )

    def _ask_and_download(
        self, session: AccountSession, invoice: models.Invoice, folder: Path
    ) -> None:
        suggested = folder / invoice_file_name(invoice, self._timezone)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
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
        self.detail.set_making_pdf(True)
        client, invoice_id, number = session.client, invoice.id, invoice.number
        open_store = self._store_opener(session)

        def saved(written: Path) -> None:
            self.detail.set_making_pdf(False)
            if self.session is session:
                self.say_saved(
                    f"Invoice {number} was saved as {written.name} in {written.parent}.",
                    written.parent,
                )

        def failed(error: errors.SmartAlexError) -> None:
            self.detail.set_making_pdf(False)
            if self.session is session and not isinstance(error, errors.SessionExpired):
                self.show_error(error.user_message)

        self.runner.run(
            lambda: download_pdf(client, invoice_id, path, open_store),
            on_success=saved,
            on_failure=failed,
            description="InvoicesTab: download PDF",
        )

    def view_pdf(self, invoice: models.Invoice | None = None) -> None:
        """Open the viewer at once; it shows the downloaded file, else a copy made in memory."""
        session = self.session
        invoice = invoice or self.selected_invoice
        if session is None or invoice is None:
            return
        if self.viewer is None:
            self.viewer = PdfViewerDialog(self)
            self.viewer.system_viewer_requested.connect(self.open_in_system_viewer)
        viewer = self.viewer
        noun = "Credit note" if invoice.kind == "credit_note" else "Invoice"
        title = f"{noun} {invoice.number}"
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

        self.fetch(
            "pdf view",
            lambda client: pdf_to_view(client, invoice_id, title, open_store),
            arrived,
            failed,
        )

    def open_in_system_viewer(self, invoice_id: str) -> None:
        """The downloaded file (or a temporary copy) in the desktop's own PDF app."""
        session = self.session
        if session is None or self.detail.making_pdf:
            return
        self.detail.set_making_pdf(True)
        client = session.reader  # SmartAlex, or the saved copy when it can't be reached
        open_store = self._store_opener(session)

        def ready(path: Path) -> None:
            self.detail.set_making_pdf(False)
            if self.session is not session:
                return
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self.show_error(
                    f"No app to open PDFs was found on this computer. The PDF is saved as "
                    f"{path}; open it from there, or install a PDF reader."
                )

        def failed(error: errors.SmartAlexError) -> None:
            self.detail.set_making_pdf(False)
            if self.session is session and not isinstance(error, errors.SessionExpired):
                self.show_error(error.user_message)

        self.runner.run(
            lambda: pdf_for_system_viewer(client, invoice_id, open_store),
            on_success=ready,
            on_failure=failed,
            description="InvoicesTab: PDF for the system viewer",
        )

    def open_export(self) -> None:
        """Export… (Ctrl+E): the selected rows, a year (the one filtered on, else the newest)
        or everything, into the folder last used."""
        session = self.session
        if session is None or self.ui.pages.currentWidget() is not self.ui.listPage:
            return
        if self.export_dialog is not None and self.export_dialog.isVisible():
            self.export_dialog.raise_()
            return
        combo = self.ui.yearCombo
        years = [combo.itemData(index) for index in range(1, combo.count())]
        dialog = ExportDialog(
            session,
            self.runner,
            selected=self.selected_invoices,
            years=years,
            year=combo.currentData() or (years[0] if years else None),
            folder=self.default_pdf_folder,
            parent=self,
        )
        dialog.exported.connect(lambda result: self._exported(session, result))
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        self.export_dialog = dialog
        dialog.open()

    def _exported(self, session: AccountSession, result: ExportResult) -> None:
        self.pdf_folder = result.folder
        if self.session is not session:
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
            self.say_saved(
                f"Export stopped: {kept}. The summary (invoices.csv) was not written; export "
                "again to finish.",
                result.folder if pdfs else None,
                level=Level.WARNING,
            )
            return
        extra = " and invoices.csv"
        if result.zip is not None:
            extra = f", invoices.csv and {result.zip.name}"
        self.say_saved(f"Exported {files}{extra} to {result.folder}.", result.folder)

    # --- how rows read ------------------------------------------------------------------------

    @property
    def _timezone(self) -> str:
        return self.session.timezone if self.session is not None else "UTC"

    def _local_day(self, moment: datetime) -> date:
        return formatting.local_date(moment, self._timezone)

    def _kind_text(self, invoice: models.Invoice) -> str:
        if invoice.kind == "credit_note":
            number = self._numbers.get(invoice.related_invoice_id or "")
            return f"Credit note for {number}" if number else "Credit note"
        return kind_name(invoice.kind)

    def _kind_tooltip(self, invoice: models.Invoice) -> str:
        if invoice.kind == "credit_note":
            number = self._numbers.get(invoice.related_invoice_id or "")
            if number:
                return f"Refunds invoice {number}; its money went back to your card."
        return ""

    def _status_tooltip(self, invoice: models.Invoice) -> str:
        if invoice.status != "open":
            return ""
        due = f"{formatting.money(amount_due_cents(invoice))} is due. Press Enter to pay it now."
        failure = next(
            (p.failure_message for p in reversed(invoice.payments) if p.status == "failed"), None
        )
        return f"{failure} {due}" if failure else due


def _status_colour(invoice: models.Invoice) -> QColor | None:
    """The status accent, blended towards the palette's text so it reads on light and dark."""
    palette = QGuiApplication.palette()
    accent = status_accent(invoice)
    if accent is None:
        return palette.color(QPalette.ColorRole.PlaceholderText)
    return colours.blend(accent, palette.color(QPalette.ColorRole.Text), 0.2)


def _count(number: int) -> str:
    return QLocale().toString(number)


def _invoices(number: int) -> str:
    return f"{_count(number)} invoice" if number == 1 else f"{_count(number)} invoices"
