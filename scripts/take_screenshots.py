"""Render every tab and dialog of the demo account to docs/screenshots/*.png.

Starts the app's demo mode on a fresh sandbox in a temporary folder (so the pictures are the
same on every machine, up to the demo's dates), drives the real window the way a user would
(menu actions, buttons, typing) and grabs each window as it is painted. Run through
`scripts/screenshots`, which provides a virtual display when there is no screen. `--dark`
also renders the tabs with a dark colour scheme.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QPoint, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

ROOT = Path(__file__).resolve().parent.parent

OUT = ROOT / "docs" / "screenshots"
WINDOW_SIZE = (1040, 720)


def pump(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(predicate: Callable[[], bool], timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        pump(50)


def modal() -> QWidget:
    wait_until(lambda: QApplication.activeModalWidget() is not None, 10)
    return QApplication.activeModalWidget()


def save(widget: QWidget, name: str, out: Path = OUT) -> None:
    pump(150)  # let the last layout and paint settle
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


# --- the scenes: what to show, driven as a user would ------------------------------------------

TAB_NAMES = ["plan_tab", "payment_methods_tab", "invoices_tab", "wallet_tab", "usage_tab"]


def tab(index: int) -> Callable[[QWidget], QWidget]:
    def show(window: QWidget) -> QWidget:
        window.ui.tabs.setCurrentIndex(index)
        return window

    return show


def sign_in_dialog(window: QWidget) -> QWidget:
    from smartalex_desktop.gui.window.sign_in_dialog import SignInDialog

    dialog = SignInDialog(window.accounts, window.api_url, parent=window)
    dialog.ui.emailField.setText("office@brightsmile.example")
    dialog.open()
    return dialog


def billing_faq(window: QWidget) -> QWidget:
    window.ui.billingFaqAction.trigger()
    return window.help_dialog


def plan_tab(window: QWidget) -> QWidget:
    window.ui.tabs.setCurrentIndex(0)
    return window.ui.tabs.widget(0)


def change_plan_dialog(window: QWidget) -> QWidget:
    tab = plan_tab(window)
    tab.ui.changePlanButton.click()
    dialog = tab.plan_actions.change_plan_dialog
    dialog.choose("professional")  # the demo is on Dental: a downgrade, scheduled
    return dialog


def change_plan_upgrade(window: QWidget) -> QWidget:
    tab = plan_tab(window)
    tab.ui.changePlanButton.click()
    dialog = tab.plan_actions.change_plan_dialog
    dialog.choose("real_estate")  # the same price: switched now, nothing charged
    return dialog


def cancel_survey(window: QWidget) -> QWidget:
    tab = plan_tab(window)
    tab.ui.cancelSubscriptionButton.click()
    dialog = tab.plan_actions.cancel_dialog
    dialog.ui.unusedRadio.setChecked(True)
    return dialog


def cancel_confirmation(window: QWidget) -> QWidget:
    dialog = cancel_survey(window)
    dialog.next_page()
    return dialog


def pay_invoice_dialog(window: QWidget) -> QWidget:
    """What "Pay now" opens on a past-due plan, shown here on the demo's latest invoice."""
    from smartalex_desktop.gui.widgets.pay_invoice_dialog import PayInvoiceDialog

    session = window.accounts.current
    invoices: list = []
    window.accounts.runner.run(
        lambda: [next(session.client.iter_invoices(kind="renewal"))], on_success=invoices.extend
    )
    wait_until(lambda: bool(invoices))
    # The demo pays its renewals; shown as the unpaid renewal a declined card would leave
    # (a picture only: nothing is sent unless Pay is clicked).
    latest = invoices[0]
    invoices[0] = latest.model_copy(
        update={"status": "open", "amount_paid_cents": 0, "amount_due_cents": latest.total_cents}
    )
    dialog = PayInvoiceDialog(session, window.accounts.runner, invoices, parent=window)
    dialog.open()
    return dialog


class _LinkCatcher(QObject):
    """Takes the card page's link instead of a browser (a picture of the app's side only)."""

    @Slot(QUrl)
    def record(self, _url: QUrl) -> None:
        pass


_LINKS = _LinkCatcher()


def card_page_waiting(window: QWidget) -> QWidget:
    """Add Card pressed: the card page is "open in the browser" and the tab waits for it."""
    QDesktopServices.setUrlHandler("http", _LINKS, "record")
    QDesktopServices.setUrlHandler("https", _LINKS, "record")
    window.ui.tabs.setCurrentIndex(1)
    tab = window.ui.tabs.widget(1)
    tab.ui.addCardButton.click()
    wait_until(lambda: tab.adding)
    return window


def stop_waiting_for_card_page(window: QWidget) -> None:
    tab = window.ui.tabs.widget(1)
    tab.wait_panel.ui.cancelButton.click()
    wait_until(lambda: not tab.adding)
    QDesktopServices.unsetUrlHandler("http")
    QDesktopServices.unsetUrlHandler("https")


def account_settings(page: int) -> Callable[[QWidget], QWidget]:
    def show(window: QWidget) -> QWidget:
        from smartalex_desktop.gui.window.account_settings_dialog import AccountSettingsDialog

        window.ui.accountSettingsAction.trigger()
        dialog = window.findChildren(AccountSettingsDialog)[-1]
        dialog.ui.pages.setCurrentIndex(page)
        return dialog

    return show


def invoices_credit_note(window: QWidget) -> QWidget:
    """The demo's refunded top-up: the credit note shown against the invoice it corrects."""
    window.ui.tabs.setCurrentIndex(2)
    tab = window.ui.tabs.widget(2)
    note = next(i for i in tab.model.records if i.kind == "credit_note")
    tab.select_invoice(note.related_invoice_id or note.id)
    return window


def invoices_resorted_selection(window: QWidget) -> QWidget:
    """Issue 16's steps: choose SA-2026-000018 (or an invoice down the list), click the Date
    header; the same invoice stays highlighted beside its pane, and the arrow says ▲ (oldest
    first)."""
    window.ui.tabs.setCurrentIndex(2)
    tab = window.ui.tabs.widget(2)
    wait_until(lambda: tab.load_state == "done")
    records = tab.model.records
    chosen = next((i for i in records if i.number == "SA-2026-000018"), records[len(records) // 3])
    tab.select_invoice(chosen.id)
    wait_until(lambda: tab.detail.complete and tab.detail.invoice.id == chosen.id)
    header = tab.ui.invoiceTable.horizontalHeader()
    date = 0
    x = header.sectionViewportPosition(date) + header.sectionSize(date) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    return window


def export_dialog(window: QWidget) -> QWidget:
    window.ui.tabs.setCurrentIndex(2)
    tab = window.ui.tabs.widget(2)
    tab.ui.exportButton.click()
    return tab.documents.export_dialog


def pdf_viewer(window: QWidget) -> QWidget:
    """The newest invoice in the in-app viewer (made in memory: nothing is saved)."""
    window.ui.tabs.setCurrentIndex(2)
    tab = window.ui.tabs.widget(2)
    tab.select_invoice(tab.model.records[0].id)
    wait_until(lambda: not window.accounts.runner.busy)
    tab.documents.view_pdf()
    viewer = tab.documents.viewer
    viewer.resize(760, 900)
    wait_until(lambda: viewer.document.pageCount() > 0)
    return viewer


def wallet_tab(window: QWidget) -> QWidget:
    window.ui.tabs.setCurrentIndex(3)
    return window.ui.tabs.widget(3)


def add_credits_dialog(window: QWidget) -> QWidget:
    tab = wallet_tab(window)
    tab.ui.addCreditsButton.click()
    dialog = tab.credits.add_credits_dialog
    QTest.keyClicks(dialog.ui.amountField, "50")  # typed, so tax and total follow
    return dialog


def auto_top_up_dialog(window: QWidget) -> QWidget:
    tab = wallet_tab(window)
    tab.ui.editAutoTopUpButton.click()
    return tab.auto.auto_top_up_dialog


def refund_dialog(window: QWidget) -> QWidget:
    tab = wallet_tab(window)
    if tab.credits.chosen_top_up is None or not tab.credits.chosen_top_up.refundable:
        tab.ui.addCreditsButton.click()  # the demo's top-ups may all be used: make a fresh one
        dialog = tab.credits.add_credits_dialog
        QTest.keyClicks(dialog.ui.amountField, "25")
        dialog.add()
        wait_until(lambda: not dialog.isVisible())
        wait_until(lambda: not window.accounts.runner.busy)
    tab.ui.requestRefundButton.click()
    return tab.credits.refund_dialog


def statement_dialog(window: QWidget) -> QWidget:
    tab = wallet_tab(window)
    tab.ui.saveStatementButton.click()
    return tab.history.statement_dialog


def usage_calls(window: QWidget) -> QWidget:
    window.ui.tabs.setCurrentIndex(4)
    tab = window.ui.tabs.widget(4)
    tab.ui.detailTabs.setCurrentIndex(1)
    return window


SCENES: list[tuple[str, Callable[[QWidget], QWidget]]] = [
    ("plan_tab", tab(0)),
    ("change_plan_dialog", change_plan_dialog),
    ("change_plan_same_price", change_plan_upgrade),
    ("cancel_dialog_survey", cancel_survey),
    ("cancel_dialog_confirmation", cancel_confirmation),
    ("pay_invoice_dialog", pay_invoice_dialog),
    ("payment_methods_tab", tab(1)),
    ("card_page_waiting", card_page_waiting),
    ("account_settings_practice", account_settings(0)),
    ("account_settings_email", account_settings(1)),
    ("account_settings_password", account_settings(2)),
    ("invoices_tab", tab(2)),
    ("invoices_tab_credit_note", invoices_credit_note),
    ("invoices_resorted_selection", invoices_resorted_selection),
    ("export_dialog", export_dialog),
    ("pdf_viewer", pdf_viewer),
    ("wallet_tab", tab(3)),
    ("add_credits_dialog", add_credits_dialog),
    ("auto_top_up_dialog", auto_top_up_dialog),
    ("refund_dialog", refund_dialog),
    ("statement_dialog", statement_dialog),
    ("usage_tab", tab(4)),
    ("usage_tab_calls", usage_calls),
    ("sign_in_dialog", sign_in_dialog),
    ("billing_faq", billing_faq),
]


def dark_palette() -> QPalette:
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#8a8a8a",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Light: "#4a4a4a",
        QPalette.ColorRole.Midlight: "#3f3f3f",
        QPalette.ColorRole.Mid: "#2a2a2a",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3d8ee6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#6cb4ff",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    roles = QPalette.ColorRole
    for role in (roles.Text, roles.ButtonText, roles.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dark", action="store_true", help="also render the tabs in dark mode")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    parser.add_argument(
        "--only", metavar="NAME", action="append", help="render only these scenes (repeatable)"
    )
    args = parser.parse_args()
    out = args.out

    import keyring.backends.fail

    from smartalex_desktop.credentials import CredentialStore
    from smartalex_desktop.gui.runtime.settings import AppSettings
    from smartalex_desktop.gui.runtime.thread_guard import refuse_gui_thread
    from smartalex_desktop.gui.widgets.formatting import use_a_readable_locale
    from smartalex_desktop.gui.widgets.icons import app_icon
    from smartalex_desktop.gui.window.assembly import build_window
    from smartalex_desktop.gui.window.demo import start_demo

    app = QApplication(sys.argv[:1])
    use_a_readable_locale()
    app.setStyle("Fusion")  # the same look on every machine that renders them
    app.setWindowIcon(app_icon())
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="smartalex-screenshots-") as tmp:
        credentials = CredentialStore(
            backend=keyring.backends.fail.Keyring(), thread_guard=refuse_gui_thread
        )
        assembly = build_window(
            settings=AppSettings(Path(tmp) / "settings.ini"),
            credentials=credentials,
            api_url=None,
            demo=True,
        )
        window = assembly.window
        window.resize(*WINDOW_SIZE)
        window.show()
        sandbox = start_demo(window, Path(tmp) / "demo")
        try:
            wait_until(lambda: window.accounts.current is not None)
            idle = lambda: not window.accounts.runner.busy  # noqa: E731
            wait_until(idle)
            for name, show in SCENES:
                if args.only and name not in args.only:
                    continue
                widget = show(window)
                wait_until(idle)
                save(widget, name, out)
                if name == "card_page_waiting":
                    stop_waiting_for_card_page(window)
                if isinstance(widget, QDialog):
                    widget.reject()
                    wait_until(lambda w=widget: not w.isVisible())
                elif widget is not window:
                    widget.close()
            if args.only:
                return 0
            if args.dark:
                # What a dark desktop theme hands the app: a dark palette (the offscreen and bare
                # X11 platforms have no theme to ask).
                QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark)
                app.setPalette(dark_palette())
                pump(300)
                for index in range(window.ui.tabs.count()):
                    window.ui.tabs.setCurrentIndex(index)
                    wait_until(idle)
                    save(window, f"{TAB_NAMES[index]}_dark", out)
                for name, show in SCENES:
                    if name in ("change_plan_dialog", "add_credits_dialog"):
                        widget = show(window)
                        wait_until(idle)
                        save(widget, f"{name}_dark", out)
                        widget.reject()
                        wait_until(lambda w=widget: not w.isVisible())
            # SmartAlex goes away: the saved copy, the banner, and what waits for the connection.
            sandbox.stop()
            window.refresh()
            wait_until(lambda: window.offline)
            wait_until(idle)
            for index in (0, 3):
                window.ui.tabs.setCurrentIndex(index)
                wait_until(idle)
                suffix = "_dark" if args.dark else ""
                save(window, f"{TAB_NAMES[index]}_offline{suffix}", out)
        finally:
            window.accounts.runner.wait_for_done(20_000)
            window.close()
            sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
