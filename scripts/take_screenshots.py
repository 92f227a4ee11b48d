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
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QPoint, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from smartalex_desktop.gui.window.assembly import Assembly

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


def gone(widget: QWidget) -> bool:
    """Closed, or closed and deleted (a kept dialog is deleted once it closes)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


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
    wait_until(lambda: tab.listing.load_state == "done")
    note = next(i for i in tab.model.records if i.kind == "credit_note")
    tab.select_invoice(note.related_invoice_id or note.id)
    return window


def refunded_invoice_narrow(window: QWidget) -> QWidget:
    """Issue 20, item 13: the refunded top-up in a detail pane dragged to its narrowest."""
    shown = invoices_credit_note(window)
    tab = window.ui.tabs.widget(2)
    wait_until(lambda: tab.detail.complete)
    width = tab.ui.splitter.width()
    tab.ui.splitter.setSizes([width - 340, 340])
    pump(200)
    return shown


def downloaded_invoice(window: QWidget) -> QWidget:
    """Issue 20, item 13: Download PDF… on the newest invoice (saved to a temporary folder, the
    platform's dialog answered here); the pane should stay where it was."""
    from PySide6.QtWidgets import QFileDialog

    window.ui.tabs.setCurrentIndex(2)
    tab = window.ui.tabs.widget(2)
    wait_until(lambda: tab.listing.load_state == "done")
    tab.select_invoice(tab.model.records[0].id)
    wait_until(lambda: tab.detail.complete and not window.accounts.runner.busy)
    button = tab.detail.ui.downloadPdfButton
    before = button.mapTo(window, QPoint(0, 0))
    folder = Path(tempfile.mkdtemp(prefix="smartalex-download-"))
    original = QFileDialog.getSaveFileName
    QFileDialog.getSaveFileName = staticmethod(  # type: ignore[method-assign]
        lambda *_args: (str(folder / "invoice.pdf"), "")
    )
    try:
        button.click()
        wait_until(lambda: window.message_bar.text.startswith("Invoice "))
        wait_until(lambda: not window.accounts.runner.busy)
    finally:
        QFileDialog.getSaveFileName = original  # type: ignore[method-assign]
    pump(200)
    after = button.mapTo(window, QPoint(0, 0))
    print(f"Download PDF… at y={before.y()} before the download, y={after.y()} after it")
    return window


def invoices_resorted_selection(window: QWidget) -> QWidget:
    """Issue 16's steps: choose SA-2026-000018 (or an invoice down the list), click the Date
    header; the same invoice stays highlighted beside its pane, and the arrow says ▲ (oldest
    first)."""
    window.ui.tabs.setCurrentIndex(2)
    tab = window.ui.tabs.widget(2)
    wait_until(lambda: tab.listing.load_state == "done")
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
    tab = window.ui.tabs.widget(3)
    wait_until(lambda: tab.state is not None and not window.accounts.runner.busy)
    return tab


def add_credits_dialog(window: QWidget) -> QWidget:
    tab = wallet_tab(window)
    tab.ui.addCreditsButton.click()
    dialog = tab.credits.add_credits_dialog
    QTest.keyClicks(dialog.ui.amountField, "50")  # typed, so tax and total follow
    return dialog


def auto_top_up_dialog(window: QWidget) -> QWidget:
    tab = wallet_tab(window)
    tab.ui.editAutoTopUpButton.click()
    wait_until(lambda: tab.auto.auto_top_up_dialog is not None)
    return tab.auto.auto_top_up_dialog


def refund_dialog(window: QWidget) -> QWidget:
    tab = wallet_tab(window)
    if tab.credits.chosen_top_up is None or not tab.credits.chosen_top_up.refundable:
        tab.ui.addCreditsButton.click()  # the demo's top-ups may all be used: make a fresh one
        dialog = tab.credits.add_credits_dialog
        QTest.keyClicks(dialog.ui.amountField, "25")
        dialog.add()
        wait_until(lambda: tab.credits.add_credits_dialog is None)
        wait_until(lambda: not window.accounts.runner.busy)
        newest = tab.credits.top_ups.records[0]
        tab.credits.select_top_up(newest.id)
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


# --- issue 20's scenes: what the office manager ran into, as it is now -------------------------


def invoices_csv(window: QWidget) -> QWidget:
    """Item 1: invoices.csv of the demo's year, shown as text (credit notes negative)."""
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QPlainTextEdit

    from smartalex_desktop import documents

    session = window.accounts.current
    folder = Path(tempfile.mkdtemp(prefix="smartalex-export-"))
    done: list[object] = []

    def export() -> Path:
        client = session.client
        invoices = [client.invoice(i.id) for i in client.iter_invoices()]
        result = documents.export_invoices(invoices, client.account(), folder)
        return result.csv

    window.accounts.runner.run(export, on_success=done.append, on_failure=done.append)
    wait_until(lambda: bool(done))
    view = QPlainTextEdit()
    view.setWindowTitle("invoices.csv")
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setPlainText(Path(str(done[0])).read_text(encoding="utf-8"))
    view.resize(1000, 560)
    view.show()
    return view


def receipt_of_a_past_payment(window: QWidget) -> QWidget:
    """Item 3: an older invoice's receipt line, dated by its payment."""
    window.ui.tabs.setCurrentIndex(2)
    tab = window.ui.tabs.widget(2)
    wait_until(lambda: tab.listing.load_state == "done")
    older = next(i for i in tab.model.records if i.number == "SA-2026-000010")
    tab.select_invoice(older.id)
    wait_until(lambda: tab.detail.complete and not window.accounts.runner.busy)
    tab.ui.detailScroll.ensureWidgetVisible(tab.detail.ui.receiptLabel)
    return window


def usage_of_an_earlier_period(window: QWidget) -> QWidget:
    """Item 4: the period before this one, Save Report PDF… available, its tooltip shown."""
    window.ui.tabs.setCurrentIndex(4)
    tab = window.ui.tabs.widget(4)
    wait_until(lambda: tab.state is not None and not window.accounts.runner.busy)
    tab.ui.previousButton.click()
    wait_until(lambda: not tab.daily.showing_current_period)
    wait_until(lambda: not window.accounts.runner.busy)
    return window


def alert_under_auto_top_up(window: QWidget) -> QWidget:
    """Item 7: an alert typed at or under the auto top-up threshold: said where it is set."""
    tab = wallet_tab(window)
    field = tab.ui.thresholdField
    field.selectAll()
    QTest.keyClicks(field, "15.00")
    return window


def add_credits_too_little(window: QWidget) -> QWidget:
    """Item 9: $5 typed: said beside the field as it is typed, Add disabled with a reason."""
    tab = wallet_tab(window)
    tab.ui.addCreditsButton.click()
    dialog = tab.credits.add_credits_dialog
    QTest.keyClicks(dialog.ui.amountField, "5")
    return dialog


def add_credits_empty(window: QWidget) -> QWidget:
    """Item 10: Add Credits as it opens: empty, no placeholder that looks like an amount."""
    tab = wallet_tab(window)
    tab.ui.addCreditsButton.click()
    return tab.credits.add_credits_dialog


def nothing_opens_the_folder(window: QWidget) -> QWidget:
    """Item 12: Open Folder with nothing on the computer to open it: said, with Copy Path."""
    window.ui.tabs.setCurrentIndex(2)
    tab = window.ui.tabs.widget(2)
    folder = Path(tempfile.gettempdir()) / "SmartAlex Invoices"
    original = QDesktopServices.openUrl
    QDesktopServices.openUrl = staticmethod(lambda _url: False)  # type: ignore[method-assign]
    try:
        tab.open_on_desktop(
            folder,
            f"Nothing on this computer could open the folder {folder}. Copy its path and open "
            "it from your file manager.",
        )
    finally:
        QDesktopServices.openUrl = original  # type: ignore[method-assign]
    return window


def top_ups_list(window: QWidget) -> QWidget:
    """Item 14: the Top-Ups list opens on the newest."""
    tab = wallet_tab(window)
    tab.ui.historyTabs.setCurrentWidget(tab.ui.topUpsPage)
    return window


def warning_back_after_success(window: QWidget) -> QWidget:
    """Item 14: a success shows over the usage warning; then the warning is back."""
    bar = window.message_bar
    bar.transient_ms = 300
    bar.success("Your alert is saved.")
    pump(100)
    wait_until(lambda: bar.text.startswith("Usage heading"), 10)
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
# Rendered with --polish (and by name with --only): before/after pictures of issue 20.
POLISH_SCENES: list[tuple[str, Callable[[QWidget], QWidget]]] = [
    ("polish_item1_invoices_csv", invoices_csv),
    ("polish_item2_billing_faq", billing_faq),
    ("polish_item3_receipt", receipt_of_a_past_payment),
    ("polish_item4_earlier_period", usage_of_an_earlier_period),
    ("polish_item5_plan_tab", tab(0)),
    ("polish_item6_downgrade_preview", change_plan_dialog),
    ("polish_item7_wallet_alert", alert_under_auto_top_up),
    ("polish_item7_auto_top_up", auto_top_up_dialog),
    ("polish_item7_cancel_confirmation", cancel_confirmation),
    ("polish_item8_refund_dialog", refund_dialog),
    ("polish_item9_add_credits_5", add_credits_too_little),
    ("polish_item10_add_credits_empty", add_credits_empty),
    ("polish_item11_pdf_viewer", pdf_viewer),
    ("polish_item12_nothing_opens_the_folder", nothing_opens_the_folder),
    ("polish_item13_plan_ticks", tab(0)),
    ("polish_item13_cancel_confirmation", cancel_confirmation),
    ("polish_item13_refunded_detail", refunded_invoice_narrow),
    ("polish_item13_after_download", downloaded_invoice),
    ("polish_item14_top_ups", top_ups_list),
    ("polish_item14_warning_back", warning_back_after_success),
    ("polish_item15_invoices_words", invoices_credit_note),
    ("polish_item15_usage_words", tab(4)),
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


def screenshot_app() -> QApplication:
    """The application as every screenshot renders it: Fusion (the same look on every machine
    that renders them), a readable locale, the app's icon."""
    from smartalex_desktop.gui.widgets.formatting import use_a_readable_locale
    from smartalex_desktop.gui.widgets.icons import app_icon

    app = QApplication(sys.argv[:1])
    use_a_readable_locale()
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    return app


def demo_assembly(folder: Path) -> Assembly:
    """The window as `--demo` builds it, its settings in `folder` and no keyring."""
    import keyring.backends.fail

    from smartalex_desktop.credentials import CredentialStore
    from smartalex_desktop.gui.runtime.settings import AppSettings
    from smartalex_desktop.gui.runtime.thread_guard import refuse_gui_thread
    from smartalex_desktop.gui.window.assembly import build_window

    credentials = CredentialStore(
        backend=keyring.backends.fail.Keyring(), thread_guard=refuse_gui_thread
    )
    return build_window(
        settings=AppSettings(folder / "settings.ini"),
        credentials=credentials,
        api_url=None,
        demo=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dark", action="store_true", help="also render the tabs in dark mode")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    parser.add_argument(
        "--only", metavar="NAME", action="append", help="render only these scenes (repeatable)"
    )
    parser.add_argument(
        "--polish", action="store_true", help="render issue 20's scenes (polish_item*) only"
    )
    args = parser.parse_args()
    out = args.out

    from smartalex_desktop.gui.window.demo import start_demo

    app = screenshot_app()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="smartalex-screenshots-") as tmp:
        assembly = demo_assembly(Path(tmp))
        window = assembly.window
        window.resize(*WINDOW_SIZE)
        window.show()
        sandbox = start_demo(window, Path(tmp) / "demo")
        try:
            wait_until(lambda: window.accounts.current is not None)
            idle = lambda: not window.accounts.runner.busy  # noqa: E731
            wait_until(idle)
            scenes = POLISH_SCENES if args.polish else SCENES + POLISH_SCENES
            for name, show in scenes:
                if (args.only and name not in args.only) or (
                    not args.only and not args.polish and name.startswith("polish_")
                ):
                    continue
                try:
                    widget = show(window)
                except Exception as error:
                    if not args.polish:
                        raise
                    # --polish also renders the "before" pictures from an older build, where
                    # a scene's button may not exist yet: say so and go on.
                    print(f"skipped {name}: {type(error).__name__}: {error}")
                    modal_left = QApplication.activeModalWidget()
                    if isinstance(modal_left, QDialog):
                        modal_left.reject()
                    continue
                wait_until(idle)
                save(widget, name, out)
                if name == "card_page_waiting":
                    stop_waiting_for_card_page(window)
                if isinstance(widget, QDialog):
                    widget.reject()
                    wait_until(lambda w=widget: gone(w))
                elif widget is not window:
                    widget.close()
            if args.only or args.polish:
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
                        wait_until(lambda w=widget: gone(w))
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
