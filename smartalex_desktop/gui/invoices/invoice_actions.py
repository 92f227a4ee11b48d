"""What is done to one invoice from the table: paying it (the pane's "Pay now", Enter, a double
click) and the table's context menu (pay, PDFs, export, receipt, copy the number, show the
invoice a credit note corrects).

`InvoiceActions(tab)` is part of the `InvoicesTab`. Paying goes through the shared
`PayInvoiceDialog` (one charge however often it is clicked); then Invoices and Plan reload,
since paying can make a past-due subscription active again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from smartalex_desktop.api import errors, models
from smartalex_desktop.gui.invoices.invoice_filters import amount_due_cents
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.icons import icon
from smartalex_desktop.gui.widgets.pay_invoice_dialog import PayInvoiceDialog, confirmed_sentence
from smartalex_desktop.gui.widgets.table_views import select_row

if TYPE_CHECKING:
    from smartalex_desktop.gui.invoices.invoices_tab import InvoicesTab


class InvoiceActions:
    def __init__(self, tab: InvoicesTab) -> None:
        self.tab = tab
        self.pay_dialog: PayInvoiceDialog | None = None
        self.context_menu: QMenu | None = None

    def clear(self) -> None:
        """Another account (or none): its pay dialog and menu go."""
        if self.pay_dialog is not None:
            self.pay_dialog.close_for_other_account()
            self.pay_dialog.deleteLater()
            self.pay_dialog = None
        if self.context_menu is not None:
            self.context_menu.close()
            self.context_menu.deleteLater()
            self.context_menu = None

    def activate_current(self) -> bool:
        """Enter or a double click on an open invoice: pay it."""
        invoice = self.tab.selected_invoice
        if invoice is not None and invoice.status == "open":
            self.pay_now(invoice)
            return True
        return False

    def open_context_menu(self, position: QPoint) -> None:
        table = self.tab.ui.invoiceTable
        index = table.indexAt(position)
        if not index.isValid():
            return
        if index.row() != table.currentIndex().row():
            select_row(table, index.row())
        invoice = self.tab.selected_invoice
        if invoice is None:
            return
        if self.context_menu is not None:
            self.context_menu.deleteLater()
        menu = QMenu(self.tab)
        due_cents = amount_due_cents(invoice)
        pay = menu.addAction(icon("card"), f"&Pay {formatting.money(due_cents)} Now…")
        menu.setToolTipsVisible(True)  # a disabled action's tooltip says why
        self.tab.allow(pay, invoice.status == "open" and due_cents > 0 and not self.pay_dialog_open)
        pay.triggered.connect(lambda: self.pay_now(invoice))
        download = menu.addAction(icon("invoice"), "&Download PDF…")
        download.setEnabled(not self.tab.detail.making_pdf)
        download.triggered.connect(lambda: self.tab.documents.download_pdf(invoice))
        view = menu.addAction("View PD&F")
        view.triggered.connect(lambda: self.tab.documents.view_pdf(invoice))
        chosen = self.tab.documents.selected_invoices
        export = menu.addAction(
            f"E&xport {len(chosen)} Selected…" if len(chosen) > 1 else "E&xport…"
        )
        export.triggered.connect(self.tab.documents.open_export)
        menu.addSeparator()
        save = menu.addAction(icon("invoice"), "&Save Receipt…")
        save.setEnabled(invoice.receipt is not None and not self.tab.documents.saving)
        save.triggered.connect(lambda: self.tab.documents.save_receipt(invoice))
        copy = menu.addAction("&Copy Invoice Number")
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(invoice.number))
        related = self.tab.by_id.get(invoice.related_invoice_id or "")
        if related is not None:
            show = menu.addAction(f"Show &Invoice {related.number}")
            show.triggered.connect(lambda: self.tab.select_invoice(related.id))
        self.context_menu = menu
        menu.popup(table.viewport().mapToGlobal(position))

    @property
    def pay_dialog_open(self) -> bool:
        return self.pay_dialog is not None and self.pay_dialog.isVisible()

    def pay_now(self, invoice: models.Invoice | None = None) -> None:
        session = self.tab.session
        invoice = invoice or self.tab.selected_invoice
        if session is None or invoice is None or self.pay_dialog_open:
            return
        invoice = self.tab.details.get(invoice.id, invoice)
        if (
            invoice.status != "open"
            or amount_due_cents(invoice) <= 0
            or not self.tab.say_if_offline("Paying an invoice")
        ):
            return
        dialog = PayInvoiceDialog(session, self.tab.runner, [invoice], parent=self.tab)
        dialog.paid.connect(self._paid)
        dialog.needs_bank.connect(self._confirm_with_bank)
        dialog.finished.connect(lambda _result: self.tab.update_actions())
        if self.pay_dialog is not None:
            self.pay_dialog.deleteLater()
        self.pay_dialog = dialog
        dialog.open()
        self.tab.update_actions()

    def _confirm_with_bank(self, asked: errors.AuthenticationRequired) -> None:
        """The card's bank asks to confirm the payment: its page in the browser, the wait in
        this tab; the invoice is paid once the bank confirms."""

        def confirmed(payment: models.PaymentAuthentication) -> None:
            self.tab.details.pop(payment.invoice_id or "", None)
            self.tab.accounts.announce(Change.INVOICES | Change.PLAN)
            self.tab.show_success(confirmed_sentence(payment))

        self.tab.bank.start(asked, confirmed)

    def _paid(self, invoices: list[models.Invoice], sentence: str, _everything: bool) -> None:
        for invoice in invoices:
            self.tab.details.pop(invoice.id, None)
        self.tab.accounts.announce(Change.INVOICES | Change.PLAN)
        self.tab.show_success(sentence)
