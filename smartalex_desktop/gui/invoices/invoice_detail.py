"""The detail pane of the Invoices tab: one invoice as the office manager hands it to an
accountant — who it was billed to, each line, subtotal, tax and total, what was paid with which
card (and why a payment failed), the receipt, and the credit notes that correct it.

It only shows what it is given and says what the user asked for through signals
(`pay_requested`, `save_receipt_requested`, `invoice_requested`, and for the invoice's PDF
`download_pdf_requested`, `view_pdf_requested`, `system_viewer_requested`); the tab does the
work. Nothing here calls the network or touches the disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from smartalex_desktop.api import models
from smartalex_desktop.gui.forms.ui_invoice_detail import Ui_InvoiceDetail
from smartalex_desktop.gui.invoices.invoice_filters import amount_due_cents, kind_name, status_name
from smartalex_desktop.gui.invoices.invoice_looks import (
    PAYMENT_STATUS,
    bill_to,
    status_accent,
    tint_text,
)
from smartalex_desktop.gui.widgets import accessibility, colours, formatting, plain_text
from smartalex_desktop.gui.widgets.accessibility import show_value
from smartalex_desktop.gui.widgets.follows_palette import FollowsPalette
from smartalex_desktop.gui.widgets.icons import brand_icon, icon


@dataclass(frozen=True)
class InvoiceView:
    """Everything the pane shows for one invoice, gathered by the tab."""

    invoice: models.Invoice
    timezone: str
    account: models.Account | None = None
    complete: bool = False  # the full invoice (client.invoice) rather than the list's copy
    corrected_number: str | None = None  # a credit note: the number of the invoice it corrects
    credit_notes: list[models.Invoice] = field(default_factory=list)
    corrected_paid_with: str | None = None  # "Visa •••• 4242": where a refund went back to
    account_failed: bool = False  # the practice details could not be loaded


class InvoiceDetail(FollowsPalette, QWidget):
    pay_requested = Signal(object)  # models.Invoice
    save_receipt_requested = Signal(object)  # models.Invoice
    invoice_requested = Signal(str)  # an invoice id to select (a credit note, a corrected one)
    download_pdf_requested = Signal(object)  # models.Invoice
    view_pdf_requested = Signal(object)  # models.Invoice
    system_viewer_requested = Signal(object)  # models.Invoice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InvoiceDetail()
        self.ui.setupUi(self)
        self.view: InvoiceView | None = None
        self.saving = False
        self.making_pdf = False  # a PDF is being made or saved: one at a time
        self.load_failed = ""
        self._payment_widgets: list[QWidget] = []
        self.credit_note_buttons: dict[str, QPushButton] = {}
        table = self.ui.linesTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(["Description", "Qty", "Unit price", "Amount"])
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            item = table.horizontalHeaderItem(column)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        table.verticalHeader().hide()
        self.ui.payNowButton.clicked.connect(self._pay_clicked)
        self.ui.saveReceiptButton.clicked.connect(self._save_clicked)
        self.ui.showCorrectedButton.clicked.connect(self._show_corrected_clicked)
        for button, signal in (
            (self.ui.downloadPdfButton, self.download_pdf_requested),
            (self.ui.viewPdfButton, self.view_pdf_requested),
            (self.ui.systemViewerButton, self.system_viewer_requested),
        ):
            button.clicked.connect(lambda _checked=False, wanted=signal: self._pdf_clicked(wanted))
        self._style()
        self.set_making_pdf(False)
        self.clear()

    # --- what the tab (and tests) use -------------------------------------------------------

    @property
    def invoice(self) -> models.Invoice | None:
        return self.view.invoice if self.view is not None else None

    @property
    def complete(self) -> bool:
        return self.view is not None and self.view.complete

    def clear(self, message: str = "Choose an invoice to see its details.") -> None:
        self.view = None
        self.load_failed = ""
        self.ui.placeholderLabel.setText(message)
        self.ui.placeholderLabel.show()
        self.ui.body.hide()
        self.ui.titleLabel.clear()
        self.ui.statusBadge.hide()
        self.ui.payNowButton.hide()

    def show_invoice(self, view: InvoiceView) -> None:
        same = self.view is not None and self.view.invoice.id == view.invoice.id
        self.view = view
        if not same:
            self.load_failed = ""
        self._render()

    def set_load_failed(self, sentence: str) -> None:
        """The full invoice could not be fetched: what the list knew stays, with this note."""
        self.load_failed = sentence
        self._render()

    def set_saving(self, saving: bool) -> None:
        self.saving = saving
        self._render_receipt()

    def set_making_pdf(self, busy: bool) -> None:
        """While a PDF is made or saved its buttons wait (a double click makes one file)."""
        self.making_pdf = busy
        for button in (
            self.ui.downloadPdfButton,
            self.ui.viewPdfButton,
            self.ui.systemViewerButton,
        ):
            button.setEnabled(not busy)
        self.ui.pdfProgress.setVisible(busy)

    @property
    def payment_lines(self) -> list[str]:
        """Each payment as read aloud: "November 26, 2026 · Visa •••• 4242 · $54.13 · Paid"."""
        return [w.accessibleName() for w in self._payment_widgets if w.accessibleName()]

    @property
    def line_items(self) -> list[tuple[str, str, str, str]]:
        table = self.ui.linesTable
        return [
            tuple(table.item(row, column).text() for column in range(4))  # type: ignore[misc]
            for row in range(table.rowCount())
        ]

    # --- rendering ------------------------------------------------------------------------

    def _render(self) -> None:
        view = self.view
        if view is None:
            return
        invoice, timezone = view.invoice, view.timezone
        ui = self.ui
        ui.placeholderLabel.hide()
        ui.body.show()
        credit_note = invoice.kind == "credit_note"
        noun = "Credit note" if credit_note else "Invoice"
        ui.titleLabel.setText(f"{noun} {invoice.number}")
        ui.titleLabel.setAccessibleName(f"{noun} {invoice.number}")
        self._set_badge(status_name(invoice.status), status_accent(invoice))

        due_cents = amount_due_cents(invoice)
        ui.payNowButton.setVisible(invoice.status == "open" and due_cents > 0)
        ui.payNowButton.setText(f"Pay {formatting.money(due_cents)} &Now…")
        ui.payNowButton.setAccessibleName(f"Pay {formatting.money(due_cents)} now")

        show_value(ui.kindValue, kind_name(invoice.kind))
        show_value(ui.dateValue, formatting.long_date(invoice.created_at, timezone))
        has_period = invoice.period_start is not None and invoice.period_end is not None
        ui.periodCaption.setVisible(has_period)
        ui.periodValue.setVisible(has_period)
        if invoice.period_start is not None and invoice.period_end is not None:
            show_value(
                ui.periodValue,
                f"{formatting.long_date(invoice.period_start, timezone)} to "
                f"{formatting.long_date(invoice.period_end, timezone)}",
            )
        show_value(ui.billToValue, bill_to(view.account, view.account_failed))

        ui.correctsCaption.setVisible(credit_note)
        ui.correctsValue.setVisible(credit_note)
        ui.showCorrectedButton.setVisible(credit_note and invoice.related_invoice_id is not None)
        if credit_note:
            number = view.corrected_number or "an earlier invoice"
            show_value(ui.correctsValue, f"Invoice {number}" if view.corrected_number else number)
            ui.showCorrectedButton.setAccessibleName(f"Show invoice {number}")

        self._render_notice(view, due_cents)
        self._render_lines(view)
        self._render_totals(invoice, due_cents)
        self._render_credit_notes(view)
        self._render_payments(view)
        self._render_receipt()
        if self.load_failed:
            ui.loadNote.setText(self.load_failed)
            ui.loadNote.show()
        else:
            ui.loadNote.hide()

    def _render_notice(self, view: InvoiceView, due_cents: int) -> None:
        invoice, timezone = view.invoice, view.timezone
        text, accent = "", colours.BLUE
        if invoice.status == "open":
            failed = [p for p in invoice.payments if p.status == "failed"]
            text = f"{formatting.money(due_cents)} is due on this invoice."
            if failed:
                text = (
                    f"The payment of this invoice didn't go through, so "
                    f"{formatting.money(due_cents)} is due."
                )
                accent = colours.RED
            else:
                accent = colours.AMBER
            if invoice.next_payment_attempt is not None:
                when = formatting.long_date(invoice.next_payment_attempt, timezone)
                text += (
                    f" Pay it now with any of your cards, or we'll try your default card again "
                    f"on {when}."
                )
            else:
                text += " Pay it now with any of your cards."
        elif invoice.kind == "credit_note":
            where = (
                f"to {view.corrected_paid_with}"
                if view.corrected_paid_with
                else "to the card that paid it"
            )
            corrected = view.corrected_number or "the invoice it corrects"
            text = (
                f"This credit note corrects invoice {corrected}: "
                f"{formatting.money(invoice.total_cents)} (tax included) was refunded {where}."
            )
        elif invoice.status in ("refunded", "partially_refunded") and view.credit_notes:
            refunded_cents = sum(note.total_cents for note in view.credit_notes)
            how = "in full" if invoice.status == "refunded" else "in part"
            text = (
                f"This invoice was refunded {how}: {formatting.money(refunded_cents)} went back "
                "to your card. The credit notes below say when."
            )
        elif invoice.status == "void":
            text = "This invoice was voided: nothing is due on it."
        label = self.ui.noticeLabel
        label.setVisible(bool(text))
        label.setText(text)
        label.setAccessibleDescription(text)
        if text:
            palette = label.palette()
            base = self.palette().color(QPalette.ColorRole.Window)
            palette.setColor(QPalette.ColorRole.Window, colours.blend(base, accent, 0.16))
            label.setPalette(palette)
            label.setAutoFillBackground(True)

    def _render_lines(self, view: InvoiceView) -> None:
        table = self.ui.linesTable
        lines = [line for line in view.invoice.lines if line.kind != "tax"]
        table.setRowCount(len(lines))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, line in enumerate(lines):
            cells = [
                (line.description, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                (str(line.quantity), right),
                (formatting.money(line.unit_amount_cents), right),
                (formatting.money(line.amount_cents), right),
            ]
            for column, (text, align) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(align)
                item.setToolTip(plain_text.tooltip(text) if column == 0 else "")
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        empty = not lines
        self.ui.itemsHeading.setVisible(not empty or not view.complete)
        table.setVisible(not empty)
        if empty and not view.complete:
            self.ui.itemsHeading.setText("Items (loading…)")
        else:
            self.ui.itemsHeading.setText("Items")
        # The table is as tall as its rows: the pane scrolls, not the table inside it.
        height = table.horizontalHeader().height() + sum(
            table.rowHeight(row) for row in range(table.rowCount())
        )
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    def _render_totals(self, invoice: models.Invoice, due_cents: int) -> None:
        ui = self.ui
        credit_note = invoice.kind == "credit_note"
        tax_line = next((line for line in invoice.lines if line.kind == "tax"), None)
        ui.taxCaption.setText(f"{tax_line.description}:" if tax_line is not None else "Tax:")
        show_value(ui.subtotalValue, formatting.money(invoice.subtotal_cents))
        show_value(ui.taxValue, formatting.money(invoice.tax_cents))
        ui.totalCaption.setText("Total refunded:" if credit_note else "Total:")
        show_value(ui.totalValue, formatting.money(invoice.total_cents))
        for widget in (ui.paidCaption, ui.paidValue, ui.dueCaption, ui.dueValue):
            widget.setVisible(not credit_note)
        show_value(ui.paidValue, formatting.money(invoice.amount_paid_cents))
        show_value(ui.dueValue, formatting.money(due_cents))

    def _render_credit_notes(self, view: InvoiceView) -> None:
        layout = self.ui.creditNotesLayout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.credit_note_buttons = {}
        notes = view.credit_notes
        self.ui.creditNotesHeading.setVisible(bool(notes))
        self.ui.creditNotesList.setVisible(bool(notes))
        previous: QWidget = self.ui.showCorrectedButton
        for note in notes:
            row = QWidget(self.ui.creditNotesList)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            when = formatting.long_date(note.created_at, view.timezone)
            sentence = f"{note.number}: {formatting.money(note.total_cents)} refunded on {when}"
            text = QLabel(sentence, row)
            text.setAccessibleName(sentence)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton("Show", row)
            button.setAccessibleName(f"Show credit note {note.number}")
            button.setToolTip(plain_text.tooltip(f"Show credit note {note.number}."))
            button.clicked.connect(
                lambda _checked=False, note_id=note.id: self.invoice_requested.emit(note_id)
            )
            row_layout.addWidget(text)
            row_layout.addWidget(button)
            row_layout.addStretch(1)
            layout.addWidget(row)
            self.credit_note_buttons[note.id] = button
            QWidget.setTabOrder(previous, button)
            previous = button
        if notes:
            QWidget.setTabOrder(previous, self.ui.saveReceiptButton)

    def _render_payments(self, view: InvoiceView) -> None:
        layout = self.ui.paymentsLayout
        for widget in self._payment_widgets:
            layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._payment_widgets = []
        invoice = view.invoice
        credit_note = invoice.kind == "credit_note"
        self.ui.paymentsHeading.setVisible(not credit_note)
        payments = sorted(invoice.payments, key=lambda payment: payment.created_at)
        self.ui.paymentsList.setVisible(bool(payments) and not credit_note)
        empty_text = ""
        if not payments and not credit_note:
            empty_text = (
                "No payment yet." if view.complete or invoice.status == "open" else "Loading…"
            )
        self.ui.paymentsEmpty.setText(empty_text)
        self.ui.paymentsEmpty.setVisible(bool(empty_text))
        size = self.fontMetrics().height()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        row = 0
        for payment in payments:
            when = formatting.long_date(payment.created_at, view.timezone)
            card = formatting.card_label(payment.brand, payment.last4)
            amount = formatting.money(payment.amount_cents)
            status = PAYMENT_STATUS.get(payment.status, payment.status.capitalize())
            spoken = f"{when} · {card} · {amount} · {status}"
            date_label = QLabel(when, self.ui.paymentsList)
            date_label.setAccessibleName(spoken)
            brand = QLabel(self.ui.paymentsList)
            accessibility.decorative(brand)  # the card's name is beside it
            brand.setPixmap(brand_icon(payment.brand).pixmap(round(size * 1.6), size))
            brand.setToolTip(plain_text.tooltip(formatting.brand_name(payment.brand)))
            card_label = QLabel(card, self.ui.paymentsList)
            amount_label = QLabel(amount, self.ui.paymentsList)
            amount_label.setAlignment(right)
            status_label = QLabel(status, self.ui.paymentsList)
            if payment.status == "failed":
                tint_text(status_label, colours.RED)
            elif payment.status == "succeeded":
                tint_text(status_label, colours.GREEN)
            for column, widget in enumerate(
                (date_label, brand, card_label, amount_label, status_label)
            ):
                layout.addWidget(widget, row, column)
                self._payment_widgets.append(widget)
            row += 1
            if payment.status == "failed":
                reason = payment.failure_message or "The bank declined the card."
                failure = QLabel(reason, self.ui.paymentsList)
                failure.setWordWrap(True)
                failure.setAccessibleName(f"Why the payment on {when} failed: {reason}")
                tint_text(failure, colours.RED)
                layout.addWidget(failure, row, 2, 1, 3)
                self._payment_widgets.append(failure)
                row += 1
        layout.setColumnStretch(2, 1)

    def _render_receipt(self) -> None:
        ui = self.ui
        view = self.view
        if view is None:
            return
        invoice = view.invoice
        visible = invoice.kind != "credit_note"
        ui.receiptHeading.setVisible(visible)
        ui.receiptLabel.setVisible(visible)
        receipt = invoice.receipt
        ui.saveReceiptButton.setVisible(visible and receipt is not None)
        ui.savingProgress.setVisible(visible and self.saving)
        ui.saveReceiptButton.setEnabled(not self.saving)
        if not visible:
            return
        if receipt is None:
            text = (
                "A receipt is emailed to you once this invoice is paid."
                if invoice.status == "open"
                else "There is no receipt for this invoice."
            )
        elif receipt.sent_at is not None:
            when = formatting.long_date(receipt.sent_at, view.timezone)
            text = f"Receipt {receipt.number} was emailed to {receipt.emailed_to} on {when}."
        else:
            text = f"Receipt {receipt.number} is being emailed to {receipt.emailed_to}."
        ui.receiptLabel.setText(text)

    # --- looks ------------------------------------------------------------------------------

    def _set_badge(self, text: str, accent: QColor | None) -> None:
        badge = self.ui.statusBadge
        badge.setText(text)
        badge.setAccessibleName(f"Status: {text}")
        badge.show()
        palette = self.palette()
        colour = (
            colours.blend(accent, palette.color(QPalette.ColorRole.WindowText), 0.25)
            if accent is not None
            else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        badge.setStyleSheet(
            f"QLabel {{ color: {colour.name()}; border: 1px solid {colour.name()};"
            " border-radius: 9px; padding: 1px 9px; font-weight: 600; }"
        )

    def _style(self) -> None:
        ui = self.ui
        title = QFont(self.font())
        title.setPointSizeF(title.pointSizeF() * 1.35)
        title.setWeight(QFont.Weight.DemiBold)
        ui.titleLabel.setFont(title)
        heading = QFont(self.font())
        heading.setWeight(QFont.Weight.DemiBold)
        for label in (
            ui.itemsHeading,
            ui.creditNotesHeading,
            ui.paymentsHeading,
            ui.receiptHeading,
            ui.totalCaption,
            ui.totalValue,
            ui.dueCaption,
            ui.dueValue,
        ):
            label.setFont(heading)
        muted = ui.placeholderLabel.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.PlaceholderText)
        )
        for label in (ui.placeholderLabel, ui.paymentsEmpty, ui.loadNote):
            label.setPalette(muted)
        ui.payNowButton.setIcon(icon("card"))
        ui.saveReceiptButton.setIcon(icon("invoice"))
        ui.downloadPdfButton.setIcon(icon("invoice"))

    def restyle(self) -> None:
        """A light/dark switch: tints and muted colours are worked out again."""
        self._style()
        self._render()

    # --- signals ----------------------------------------------------------------------------

    def _pay_clicked(self) -> None:
        if self.invoice is not None:
            self.pay_requested.emit(self.invoice)

    def _save_clicked(self) -> None:
        if self.invoice is not None and not self.saving:
            self.save_receipt_requested.emit(self.invoice)

    def _pdf_clicked(self, wanted: SignalInstance) -> None:
        if self.invoice is not None and not self.making_pdf:
            wanted.emit(self.invoice)

    def _show_corrected_clicked(self) -> None:
        invoice = self.invoice
        if invoice is not None and invoice.related_invoice_id:
            self.invoice_requested.emit(invoice.related_invoice_id)
