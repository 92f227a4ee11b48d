"""The Invoices tab: every invoice of the account, found quickly and read in full.

The table (date in the account's timezone, number, kind, amount, status) loads page by page with
a `PagedLoader`, newest first, and can be stopped and resumed; it sorts and filters in the one
`RecordTableModel` (year, status, kind, and a search by number or amount — see
`invoice_filters`), never through a proxy model. Beside it, the `InvoiceDetail` pane shows the
selected invoice, fetched in full (`client.invoice`) when it is selected: lines, tax, payments
with their cards, the receipt (saved as an .eml off the GUI thread), and the credit notes that
correct it; a credit note names and links the invoice it corrects.

The tab is the table, its selection and the detail pane; three controllers that take the tab
do the rest: `InvoiceListing` (invoice_listing.py: loading page by page, filters, the count
line), `InvoiceActions` (invoice_actions.py: paying, Enter and double click, the context menu)
and `InvoiceDocuments` (invoice_documents.py: receipts, PDFs, the export).

Keyboard: the table takes the focus first; Up/Down move the selection and the pane follows;
Ctrl+F goes to the search (Escape there clears it); Escape stops a long load; Ctrl+E exports.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QApplication, QHeaderView, QTabBar, QWidget

from smartalex_desktop.api import errors, models
from smartalex_desktop.gui.forms.ui_invoices_tab import Ui_InvoicesTab
from smartalex_desktop.gui.invoices.invoice_actions import InvoiceActions
from smartalex_desktop.gui.invoices.invoice_columns import invoice_columns
from smartalex_desktop.gui.invoices.invoice_detail import InvoiceDetail, InvoiceView
from smartalex_desktop.gui.invoices.invoice_documents import InvoiceDocuments
from smartalex_desktop.gui.invoices.invoice_filters import (
    KIND_NAMES,
    STATUS_NAMES,
)
from smartalex_desktop.gui.invoices.invoice_listing import (
    AMOUNT,
    DATE,
    KIND,
    LOADING,
    NUMBER,
    STATUS,
    InvoiceListing,
)
from smartalex_desktop.gui.invoices.invoice_rows import InvoiceRow
from smartalex_desktop.gui.runtime.accounts import Accounts
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.runtime.destinations import Destination
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.table_model import RecordTableModel
from smartalex_desktop.gui.widgets import formatting, wording
from smartalex_desktop.gui.widgets.account_tab import AccountTab
from smartalex_desktop.gui.widgets.browser_wait import BankConfirmation
from smartalex_desktop.gui.widgets.icons import icon
from smartalex_desktop.gui.widgets.live_label import LiveLabelHolder
from smartalex_desktop.gui.widgets.sort_header import show_sort_order
from smartalex_desktop.gui.widgets.splitter_keys import let_keys_move
from smartalex_desktop.gui.widgets.table_views import select_row, show_busy_while_arranging

RIGHT = Qt.AlignmentFlag.AlignRight


# The detail pane's narrowest: a line item and its amounts side by side.
MIN_DETAIL_WIDTH = 340


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
        LiveLabelHolder(self.ui.countLabel)  # its count changes as the list loads
        self.detail: InvoiceDetail = self.ui.invoiceDetail
        self.model: RecordTableModel[InvoiceRow] = RecordTableModel(
            invoice_columns(lambda: self.account_timezone, lambda id_: self.numbers.get(id_)),
            self,
            identity=lambda invoice: invoice.id,
        )
        self.account: models.Account | None = None
        self._account_failed = False
        self.details: dict[str, models.Invoice] = {}  # fetched in full since the last load
        self.selected_id: str | None = None
        self.by_id: dict[str, InvoiceRow] = {}  # the listed invoices, compact
        self.numbers: dict[str, str] = {}  # id → number, so a credit note names its invoice
        self.listing = InvoiceListing(self)
        self.invoice_actions = InvoiceActions(self)
        # A payment whose bank asks for a confirmation (3-D Secure) waits here.
        self.bank = BankConfirmation(self, Change.INVOICES | Change.PLAN)
        self.documents = InvoiceDocuments(self, store_root=accounts.cache_root)
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
        let_keys_move(ui.splitter, "Divider between the invoice list and the invoice's details")
        ui.detailScroll.setMinimumWidth(MIN_DETAIL_WIDTH)
        # The pane is never narrower than what it shows (issue 20, item 13: a refunded
        # invoice's pane was cut off on the right with no scroll bar): its minimum follows the
        # detail's, re-read whenever the detail's layout changes.
        self.detail.installEventFilter(self)
        ui.retryButton.clicked.connect(self.reload_now)
        ui.stopButton.clicked.connect(self.listing.stop_loading)
        ui.loadRestButton.clicked.connect(self.listing.load_the_rest)
        self.detail.pay_requested.connect(self.invoice_actions.pay_now)
        self.detail.save_receipt_requested.connect(self.documents.save_receipt)
        self.detail.invoice_requested.connect(self.select_invoice)
        self.detail.download_pdf_requested.connect(self.documents.download_pdf)
        self.detail.view_pdf_requested.connect(self.documents.view_pdf)
        self.detail.system_viewer_requested.connect(
            lambda invoice: self.documents.open_in_system_viewer(invoice.id)
        )
        ui.exportButton.clicked.connect(self.documents.open_export)
        QWidget.setTabOrder(ui.loadRestButton, self.detail.ui.payNowButton)
        accounts.changed.connect(self._on_account_details_changed)
        self._style()
        self.clear()

    # --- building -----------------------------------------------------------------------------

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
        show_busy_while_arranging(table, self.model)  # a big list sorts on a worker
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
        table.customContextMenuRequested.connect(self.invoice_actions.open_context_menu)
        table.doubleClicked.connect(lambda _index: self.invoice_actions.activate_current())
        table.installEventFilter(self)

    def _setup_filters(self) -> None:
        ui = self.ui
        ui.yearCombo.addItem("All years", None)
        ui.statusCombo.addItem("All statuses", None)
        for status, name in STATUS_NAMES.items():
            ui.statusCombo.addItem(name, status)
        ui.kindCombo.addItem(wording.ALL_TYPES, None)
        for kind, name in KIND_NAMES.items():
            ui.kindCombo.addItem(name, kind)
        for combo in (ui.yearCombo, ui.statusCombo, ui.kindCombo):
            combo.currentIndexChanged.connect(self.listing.apply_filter)
        ui.searchEdit.textChanged.connect(self.listing.apply_filter)
        ui.searchEdit.installEventFilter(self)
        ui.clearFiltersButton.clicked.connect(self.listing.clear_filters)

    def _setup_shortcuts(self) -> None:
        # Window-wide, but only while this tab is the one shown (a hidden widget's shortcut
        # is inactive), so another tab can have its own Ctrl+F.
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.find_shortcut.activated.connect(self.listing.focus_search)
        self.stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.stop_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.stop_shortcut.activated.connect(self.listing.stop_loading)
        self.stop_shortcut.setEnabled(False)
        self.export_shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        self.export_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.export_shortcut.activated.connect(self.documents.open_export)

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
        self.listing.start_loading(session, after=None)
        self._load_account()

    def clear(self) -> None:
        """No account (or another one): nothing of the previous account stays on screen."""
        self.listing.stop_for_good()
        self._detail_timer.stop()
        self.invoice_actions.clear()
        self.documents.clear()
        self.account = None
        self._account_failed = False
        self.details.clear()
        self.by_id.clear()
        self.numbers.clear()
        self.selected_id = None
        self.listing.reset_filters()
        self.model.clear()
        self.detail.clear()
        self.ui.pages.setCurrentWidget(self.ui.loadingPage)
        self.listing.update_status_row()

    def reload_now(self) -> None:
        if self.session is not None:
            self.load(self.session)

    # --- loading ------------------------------------------------------------------------------

    def show_list(self) -> None:
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

    # --- the count line -----------------------------------------------------------------------

    # --- selection and the detail pane --------------------------------------------------------

    @property
    def selected_invoice(self) -> models.Invoice | None:
        if self.selected_id is None:
            return None
        return self.details.get(self.selected_id) or self.by_id.get(self.selected_id)

    def select_invoice(self, invoice_id: str) -> bool:
        """Select an invoice by id (a credit note's "Show"), clearing filters that hide it."""
        row = self.model.row_of(lambda invoice: invoice.id == invoice_id)
        if row is None and invoice_id in self.by_id:
            self.listing.clear_filters()
            row = self.model.row_of(lambda invoice: invoice.id == invoice_id)
        if row is None:
            self.show_error(
                "That invoice is not loaded yet. Load the older invoices, then try again."
            )
            return False
        select_row(self.ui.invoiceTable, row)
        self.ui.invoiceTable.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def go_to(self, destination: Destination) -> None:
        """Select `destination.invoice_id`: at once when it is loaded (clearing filters that
        hide it), else as soon as its page arrives (`sync_selection` waits for it)."""
        invoice_id = destination.invoice_id
        if invoice_id is None:
            return
        if invoice_id in self.by_id:
            self.select_invoice(invoice_id)
            return
        self.selected_id = invoice_id
        if self.listing.current_filter.active:
            self.listing.reset_filters()
            self.listing.apply_filter()
        if self.listing.load_state != LOADING and self.session is not None:
            self.load(self.session)  # newer than what was loaded: from the first page again

    def sync_selection(self, *, wait_for_more: bool) -> None:
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
                select_row(self.ui.invoiceTable, row)
                return
            if wait_for_more and self.listing.load_state == LOADING:
                return  # it may be on a page still to come
        if self.model.rowCount():
            select_row(self.ui.invoiceTable, 0)
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

    def _show_record(self, record: InvoiceRow) -> None:
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
        corrected = self.by_id.get(invoice.related_invoice_id or "")
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
                for record in self.by_id.values()
                if record.kind == "credit_note" and record.related_invoice_id == invoice.id
            ),
            key=lambda note: (note.created_at, note.number),
        )
        self.detail.show_invoice(
            InvoiceView(
                invoice=invoice,
                timezone=self.account_timezone,
                account=self.account,
                complete=invoice.id in self.details,
                corrected_number=corrected.number if corrected else None,
                credit_notes=notes,
                corrected_paid_with=paid_with,
                account_failed=self._account_failed,
            )
        )
        self.update_actions()

    def _fit_detail_pane(self) -> None:
        """The splitter keeps the pane at least as wide as the detail's content needs (the
        scroll area's frame and vertical scroll bar added); a window too small for even that
        gets a horizontal scroll bar rather than a cut-off pane."""
        scroll = self.ui.detailScroll
        extra = 2 * scroll.frameWidth() + scroll.verticalScrollBar().sizeHint().width()
        needed = max(MIN_DETAIL_WIDTH, self.detail.minimumSizeHint().width() + extra)
        if scroll.minimumWidth() != needed:
            scroll.setMinimumWidth(needed)

    # --- keyboard and menus -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.detail and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self._fit_detail_pane)  # dropped with the tab
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.ui.invoiceTable and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.invoice_actions.activate_current()
            if (
                watched is self.ui.searchEdit
                and key == Qt.Key.Key_Escape
                and self.ui.searchEdit.text()
            ):
                self.ui.searchEdit.clear()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        QTimer.singleShot(0, self, self._focus_table_if_lost)

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

    def update_actions(self) -> None:
        self.allow(self.detail.ui.payNowButton, not self.invoice_actions.pay_dialog_open)

    # --- receipts -----------------------------------------------------------------------------

    # --- PDFs ---------------------------------------------------------------------------------

    # --- how rows read ------------------------------------------------------------------------

    def local_day(self, moment: datetime) -> date:
        return formatting.local_date(moment, self.account_timezone)
