"""The invoices table's list: loading it page by page, the filters, and the count line under it.

`InvoiceListing(tab)` is part of the `InvoicesTab` (it takes the tab, as the tab's other
controllers do): the tab keeps the table, the selection and the detail pane; this keeps what
fills the table. A `PagedLoader` fetches pages newest first, kept as compact `InvoiceRow`s,
through `session.reader` (the saved copy when SmartAlex can't be reached); a reload replaces
what is shown when its first page arrives, so the table never goes blank; a long load can be
stopped and resumed ("Load the Rest"). Filters (year, status, kind, search:
`invoice_filters.InvoiceFilter`) are applied in the model, never through a proxy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from smartalex_desktop.api import errors
from smartalex_desktop.gui.invoices.invoice_filters import InvoiceFilter
from smartalex_desktop.gui.invoices.invoice_rows import InvoiceRow, rows_of
from smartalex_desktop.gui.runtime.paged_loader import PagedLoader
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.widgets.formatting import count

if TYPE_CHECKING:
    from smartalex_desktop.gui.invoices.invoices_tab import InvoicesTab

# What the loader is doing (the count line under the table says it in words).
IDLE, LOADING, DONE, STOPPED, FAILED = "idle", "loading", "done", "stopped", "failed"
# The table's columns.
DATE, NUMBER, KIND, AMOUNT, STATUS = range(5)


class InvoiceListing:
    def __init__(self, tab: InvoicesTab) -> None:
        self.tab = tab
        self.loader: PagedLoader[InvoiceRow] | None = None
        self.load_state = IDLE
        self._replace_on_next_page = False
        # The years of the invoices listed, kept as pages come (each page's own), not worked
        # out again from every invoice for each page: that was 10,000 dates to convert on the
        # GUI thread per page of the big account.
        self._years: set[int] = set()

    def stop_for_good(self) -> None:
        """Another account (or none): the load ends and nothing of it is kept."""
        if self.loader is not None:
            self.loader.cancel()
            self.loader.deleteLater()
            self.loader = None
        self.load_state = IDLE
        self._replace_on_next_page = False
        self._years.clear()

    def start_loading(self, session: AccountSession, after: str | None) -> None:
        """Load from the newest invoice (`after` None: a reload, which replaces what is shown
        when its first page arrives, so the table never goes blank) or resume after `after`."""
        if self.loader is not None:
            self.loader.cancel()
            self.loader.deleteLater()
        client = session.reader  # SmartAlex, or the saved copy when it can't be reached
        size = self.tab.PAGE_SIZE

        def page(cursor: str | None) -> tuple[list[InvoiceRow], bool]:
            return rows_of(client.invoices_page(limit=size, starting_after=cursor or after))

        loader: PagedLoader[InvoiceRow] = PagedLoader(
            self.tab.runner, page, id_of=lambda invoice: invoice.id, parent=self.tab
        )
        loader.page_loaded.connect(lambda records: self._page_arrived(loader, records))
        loader.finished.connect(lambda _total: self._load_finished(loader))
        loader.failed.connect(lambda error: self._load_failed(loader, error))
        self.loader = loader
        if after is None:
            self._replace_on_next_page = bool(self.tab.model.records)
            self.tab.details.clear()
            if not self.tab.model.records:
                self.tab.ui.pages.setCurrentWidget(self.tab.ui.loadingPage)
        self.load_state = LOADING
        self.update_status_row()
        loader.start()

    def _page_arrived(self, loader: PagedLoader[InvoiceRow], records: list[InvoiceRow]) -> None:
        if loader is not self.loader:
            return
        if self._replace_on_next_page:
            self._replace_on_next_page = False
            self.tab.by_id.clear()
            self.tab.numbers.clear()
            self._years.clear()
            self._remember(records)
            self.tab.model.set_records(records)
        else:
            self._remember(records)
            self.tab.model.append_records(records)
            if self.tab.ui.searchEdit.text().strip() and any(
                r.kind != "credit_note" for r in records
            ):
                # A credit note is also found by its invoice's number, which may only now be
                # known (the corrected invoice is older, so it comes on a later page).
                self.apply_filter()
        self._kind_texts_changed()
        self._update_years()
        self.tab.show_list()
        self.tab.sync_selection(wait_for_more=True)
        self.update_status_row()

    def _load_finished(self, loader: PagedLoader[InvoiceRow]) -> None:
        if loader is not self.loader:
            return
        self.load_state = DONE
        if self._replace_on_next_page:  # the reload found nothing at all
            self._replace_on_next_page = False
            self.tab.by_id.clear()
            self.tab.numbers.clear()
            self._years.clear()
            self.tab.model.clear()
        if not self.tab.model.records:
            self.tab.detail.clear()
            self.tab.selected_id = None
            self.tab.ui.pages.setCurrentWidget(self.tab.ui.emptyPage)
        else:
            self.tab.sync_selection(wait_for_more=False)
        self.update_status_row()

    def _load_failed(self, loader: PagedLoader[InvoiceRow], error: errors.SmartAlexError) -> None:
        if loader is not self.loader:
            return
        self.load_state = FAILED
        quiet = isinstance(error, errors.SessionExpired)  # the window offers "Sign In…"
        if not self.tab.model.records:
            self.tab.ui.loadErrorLabel.setText(
                f"Your invoices could not be loaded. {error.user_message}"
            )
            self.tab.ui.pages.setCurrentWidget(self.tab.ui.errorPage)
        elif self._replace_on_next_page:
            self._replace_on_next_page = False
            self.load_state = DONE  # what is shown is complete, if not the newest
            if not quiet:
                self.tab.show_error(f"Your invoices could not be refreshed. {error.user_message}")
        elif not quiet:
            self.tab.show_error(f"Your older invoices could not be loaded. {error.user_message}")
        self.update_status_row()

    def stop_loading(self) -> None:
        """Stop a long load; what arrived stays, and "Load the Rest" carries on from there."""
        if self.loader is None or self.load_state != LOADING or not self.can_stop:
            return
        self.loader.cancel()
        self.load_state = STOPPED
        self.tab.sync_selection(wait_for_more=False)
        self.update_status_row()

    def load_the_rest(self) -> None:
        session = self.tab.session
        records = self.tab.model.records  # in load order: the oldest loaded is last
        if session is None or not records or self.load_state not in (STOPPED, FAILED):
            return
        self.start_loading(session, after=records[-1].id)

    @property
    def can_stop(self) -> bool:
        return not self._replace_on_next_page and bool(self.tab.model.records)

    def _remember(self, records: list[InvoiceRow]) -> None:
        for invoice in records:
            self.tab.by_id[invoice.id] = invoice
            self.tab.numbers[invoice.id] = invoice.number
        self._years.update(self.tab.local_day(invoice.created_at).year for invoice in records)

    def _kind_texts_changed(self) -> None:
        """Credit notes name the invoice they correct, which a later page may have brought."""
        rows = self.tab.model.rowCount()
        if rows:
            self.tab.model.dataChanged.emit(
                self.tab.model.index(0, KIND), self.tab.model.index(rows - 1, KIND)
            )

    @property
    def current_filter(self) -> InvoiceFilter:
        ui = self.tab.ui
        return InvoiceFilter(
            year=ui.yearCombo.currentData(),
            status=ui.statusCombo.currentData(),
            kind=ui.kindCombo.currentData(),
            search=ui.searchEdit.text(),
        )

    def apply_filter(self) -> None:
        wanted = self.current_filter
        self.tab.model.set_filter(wanted.predicate(self.tab.local_day, self.tab.numbers))
        self.tab.ui.clearFiltersButton.setEnabled(wanted.active)
        self.tab.sync_selection(wait_for_more=False)
        self.update_status_row()

    def clear_filters(self) -> None:
        self.reset_filters()
        self.apply_filter()
        self.tab.ui.invoiceTable.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset_filters(self) -> None:
        ui = self.tab.ui
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
        self.tab.model.set_filter(None)
        ui.clearFiltersButton.setEnabled(False)

    def _update_years(self) -> None:
        combo = self.tab.ui.yearCombo
        chosen = combo.currentData()
        years = set(self._years)
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
        self.tab.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.tab.ui.searchEdit.selectAll()

    def update_status_row(self) -> None:
        ui = self.tab.ui
        total = len(self.tab.model.records)
        shown = len(self.tab.model.matching)
        active = self.current_filter.active
        loading = self.load_state == LOADING
        if loading:
            text = f"Loading… {count(total)} invoices so far"
            if active:
                text += f" ({count(shown)} match)"
        elif active and shown == 0:
            text = f"No invoices match these filters (of {_invoices(total)})."
        elif active:
            verb = "matches" if shown == 1 else "match"
            text = f"{count(shown)} of {_invoices(total)} {verb}"
        else:
            text = _invoices(total)
        if self.load_state == STOPPED:
            text += " — loading stopped, so older invoices are not shown."
        elif self.load_state == FAILED and total:
            text += " — older invoices could not be loaded."
        ui.countLabel.setText(text)
        ui.countLabel.setAccessibleDescription(text)
        can_stop = loading and self.can_stop
        ui.loadProgress.setVisible(loading)
        ui.stopButton.setVisible(can_stop)
        self.tab.stop_shortcut.setEnabled(can_stop)
        ui.loadRestButton.setVisible(self.load_state in (STOPPED, FAILED) and total > 0)
        on_list = ui.pages.currentWidget() is ui.listPage
        for widget in (ui.searchEdit, ui.yearCombo, ui.statusCombo, ui.kindCombo):
            widget.setEnabled(on_list)
        ui.exportButton.setEnabled(on_list)
        self.tab.export_shortcut.setEnabled(on_list)
        ui.clearFiltersButton.setEnabled(on_list and active)


def _invoices(number: int) -> str:
    return f"{count(number)} invoice" if number == 1 else f"{count(number)} invoices"
