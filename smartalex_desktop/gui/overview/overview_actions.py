"""What is done to an account from the All Accounts view: open it where its problem is, add
credits, pay what is past due, sign in again — from the buttons, the context menu, Enter or a
double click — and Export All….

`OverviewActions(tab)` is part of `AccountsOverview`. Opening another account's tab goes through
the window (`tab.open_requested(session, Destination)`): a past-due account opens on Invoices
with its oldest open invoice selected, a low Wallet on the Wallet tab with Add Credits… open, an
expiring card on Payment Methods, heavy usage on Usage, anything else on Plan. Pay Now… pays
right here, with the shared pay dialog (one charge however often it is pressed), and the row is
refreshed after. What needs SmartAlex is disabled while the row's account can't be reached, and
its tooltip says why.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QPushButton

from smartalex_desktop.api import models
from smartalex_desktop.billing.overview import Attention
from smartalex_desktop.gui.overview.account_lines import AccountLine
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.runtime.destinations import Action, Destination
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.icons import icon
from smartalex_desktop.gui.widgets.message_bar import Level
from smartalex_desktop.gui.widgets.pay_invoice_dialog import PayInvoiceDialog
from smartalex_desktop.gui.widgets.table_views import select_row

if TYPE_CHECKING:
    from smartalex_desktop.gui.overview.export_all_dialog import ExportAllDialog
    from smartalex_desktop.gui.overview.overview_tab import AccountsOverview

UNREACHABLE = (
    "This account's SmartAlex can't be reached right now; its figures are the saved ones. "
    "This works again once the row says Updated."
)
SIGNED_OUT = "This account's sign-in has ended: sign in again first."


def destination_for(line: AccountLine) -> Destination:
    """Where opening the account takes the manager: the tab of its most urgent problem."""
    row = line.row
    if row is None or not row.attention:
        return Destination("plan")
    first = row.attention[0]
    if first is Attention.PAST_DUE:
        oldest = row.oldest_open_invoice
        return Destination("invoice", invoice_id=oldest.id if oldest else None)
    if first is Attention.LOW_BALANCE:
        return Destination("wallet", action=Action.ADD_CREDITS)
    return Destination(row.tab or "plan")


class OverviewActions:
    def __init__(self, tab: AccountsOverview) -> None:
        self.tab = tab
        self.context_menu: QMenu | None = None
        self.pay_dialog: PayInvoiceDialog | None = None
        self.export_dialog: ExportAllDialog | None = None

    # --- which actions are possible ---------------------------------------------------------

    def _why_not(self, line: AccountLine | None) -> str | None:
        """Why an action that needs SmartAlex can't run for `line` (None: it can)."""
        if line is None:
            return "Choose an account first."
        if line.signed_out:
            return SIGNED_OUT
        if line.unreachable or line.session.offline_since is not None:
            return UNREACHABLE
        return None

    def update_buttons(self) -> None:
        ui, line = self.tab.ui, self.tab.current_line
        ui.openButton.setEnabled(line is not None)
        ui.signInButton.setVisible(line is not None and line.signed_out)
        why = self._why_not(line)
        _gate(ui.addCreditsButton, why, "Open this account's Wallet and add credits.")
        owed = line is not None and line.row is not None and bool(line.row.open_invoices)
        _gate(
            ui.payNowButton,
            why if owed else why or "Nothing is owed on this account.",
            "Pay this account's open invoices now, with any of its cards.",
        )
        if owed and line is not None and line.row is not None and why is None:
            ui.payNowButton.setText(f"Pay {_money(line.row.open_total_cents)} &Now…")
        else:
            ui.payNowButton.setText("Pay &Now…")

    # --- the actions ----------------------------------------------------------------------------

    def open_current(self) -> None:
        """Enter, a double click, Open: the account where its problem is (or sign in again)."""
        line = self.tab.current_line
        if line is None:
            return
        if line.signed_out:
            self.sign_in()
            return
        self.tab.open_requested.emit(line.session, destination_for(line))

    def add_credits(self) -> None:
        line = self.tab.current_line
        if line is None or self._why_not(line) is not None:
            return
        self.tab.open_requested.emit(line.session, Destination("wallet", action=Action.ADD_CREDITS))

    def pay_now(self) -> None:
        line = self.tab.current_line
        if line is None or line.row is None or not line.row.open_invoices:
            return
        if self._why_not(line) is not None:
            return
        if self.pay_dialog is not None and self.pay_dialog.isVisible():
            return
        session = line.session
        invoices: list[models.Invoice] = sorted(
            line.row.open_invoices, key=lambda invoice: (invoice.created_at, invoice.number)
        )
        dialog = PayInvoiceDialog(
            session,
            self.tab.runner,
            invoices,
            intro=f"Pay what {line.name} owes now, with any of its cards. A receipt is "
            "emailed to the account once it is paid.",
            parent=self.tab,
        )
        dialog.paid.connect(lambda _paid, sentence, _all, s=session: self._paid(s, sentence))
        if self.pay_dialog is not None:
            self.pay_dialog.deleteLater()
        self.pay_dialog = dialog
        dialog.open()

    def _paid(self, session: AccountSession, sentence: str) -> None:
        accounts = self.tab.accounts
        for known in accounts.sessions:
            if known is session:
                accounts.refresher.refresh([known], force=True)
                if known is accounts.current:
                    accounts.announce(Change.INVOICES | Change.PLAN)
        bar = getattr(self.tab.window(), "message_bar", None)
        if bar is not None:
            bar.success(sentence)

    def sign_in(self) -> None:
        line = self.tab.current_line
        if line is not None and line.signed_out:
            self.tab.sign_in_requested.emit(line.session)

    def refresh_current(self) -> None:
        line = self.tab.current_line
        if line is not None and not line.signed_out:
            self.tab.refresher.refresh([line.session], force=True)

    def open_export(self) -> None:
        from smartalex_desktop.gui.overview.export_all_dialog import ExportAllDialog

        if self.export_dialog is not None and self.export_dialog.isVisible():
            self.export_dialog.raise_()
            return
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        self.export_dialog = ExportAllDialog(self.tab.accounts, parent=self.tab)
        self.export_dialog.exported.connect(self._exported)
        self.export_dialog.open()

    def _exported(self, sentence: str, folder: object) -> None:
        bar = getattr(self.tab.window(), "message_bar", None)
        if bar is not None and isinstance(folder, Path):
            # success() has no button; the folder is what the manager wants next.
            bar.show_message(
                Level.SUCCESS,
                sentence,
                "Open &Folder",
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))),
            )

    # --- the context menu ---------------------------------------------------------------------

    def open_context_menu(self, position: QPoint) -> None:
        view = self.tab.ui.accountsTable
        index = view.indexAt(position)
        if not index.isValid():
            return
        if index.row() != view.currentIndex().row():
            select_row(view, index.row())
        line = self.tab.current_line
        if line is None:
            return
        if self.context_menu is not None:
            self.context_menu.deleteLater()
        menu = QMenu(self.tab)
        menu.setToolTipsVisible(True)  # a disabled action's tooltip says why
        why = self._why_not(line)
        if line.signed_out:
            sign_in = menu.addAction(icon("account"), "Si&gn In…")
            sign_in.triggered.connect(self.sign_in)
            _bold(sign_in)
        opened = menu.addAction("&Open")
        opened.triggered.connect(self.open_current)
        if not line.signed_out:
            _bold(opened)
        credits = menu.addAction(icon("wallet"), "A&dd Credits…")
        credits.setEnabled(why is None)
        credits.setToolTip(why or "")
        credits.triggered.connect(self.add_credits)
        owed = line.row is not None and bool(line.row.open_invoices)
        label = (
            f"Pay {_money(line.row.open_total_cents)} &Now…" if owed and line.row else "Pay &Now…"
        )
        pay = menu.addAction(icon("card"), label)
        pay.setEnabled(owed and why is None)
        pay.setToolTip(why or ("" if owed else "Nothing is owed on this account."))
        pay.triggered.connect(self.pay_now)
        menu.addSeparator()
        again = menu.addAction(icon("refresh"), "&Refresh This Account")
        again.setEnabled(not line.signed_out)
        again.triggered.connect(self.refresh_current)
        self.context_menu = menu
        menu.popup(view.viewport().mapToGlobal(position))


def _gate(button: QPushButton, why: str | None, tooltip: str) -> None:
    button.setEnabled(why is None)
    button.setToolTip(why or tooltip)


def _bold(action: QAction) -> None:
    """The menu's default (what Enter or a double click does) in bold, as menus show it."""
    font = action.font()
    font.setBold(True)
    action.setFont(font)


def _money(cents: int) -> str:
    return formatting.money(cents)
