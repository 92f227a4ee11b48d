"""Account Settings through the real window against the live sandbox: the practice details
printed on invoices, the sign-in email and the password, each refusal shown under its field and
each change checked on the server."""

from __future__ import annotations

import uuid

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from smartalex_desktop.gui.window.account_settings_dialog import AccountSettingsDialog
from smartalex_desktop.gui.window.account_settings_text import (
    MIN_PASSWORD_LENGTH,
    PASSWORD_CHANGED,
    PASSWORDS_DIFFER,
)
from tests.gui.conftest import wait_idle

# Qt's offscreen platform warns about every dialog and popup (the timezone list) it shows;
# real platforms don't.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)$"
)

WRONG_PASSWORD = "The current password is not correct; type it again."


def open_settings(window) -> AccountSettingsDialog:
    """Account → Account Settings…, as the menu does it; the one dialog now shown."""
    window.ui.accountSettingsAction.trigger()
    shown = [d for d in window.findChildren(AccountSettingsDialog) if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    return dialog


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, field: QWidget, text: str) -> None:
    """Click into the field (it takes the focus, as it would for the user) and type."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert field.hasFocus()
    qtbot.keyClicks(field, text)


def retype(qtbot, field: QLineEdit, text: str) -> None:
    """Select what the field holds and type over it, as a user would."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    assert field.text() == text


def show_page(qtbot, dialog: AccountSettingsDialog, page: QWidget) -> None:
    bar = dialog.ui.pages.tabBar()
    index = dialog.ui.pages.indexOf(page)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert dialog.ui.pages.currentWidget() is page


def shown(label: QLabel) -> str:
    """A label's text if the user can see it, else ""."""
    return label.text() if label.isVisible() else ""


def server_account(customer) -> dict:
    response = customer.http.get("/v1/account")
    assert response.status_code == 200, response.text
    return response.json()


def sign_in_status(sandbox, email: str, password: str) -> int:
    with httpx.Client(base_url=sandbox.url, timeout=30.0) as anonymous:
        response = anonymous.post("/v1/auth/token", json={"email": email, "password": password})
    return response.status_code


def test_practice_details_are_saved_and_a_wrong_timezone_is_refused_under_its_field(
    qtbot, open_window
):
    opened = open_window(tax_rate_bps=825, timezone="America/Chicago")
    window, customer = opened.window, opened.customer
    dialog = open_settings(window)
    ui = dialog.ui

    # Until the account arrives the fields wait and the busy bar shows.
    assert not ui.companyNameField.isEnabled() and not ui.timezoneField.isEnabled()
    assert not ui.saveButton.isEnabled()
    assert ui.busyBar.isVisible()
    assert shown(ui.practiceStatusText) == "Loading your practice details…"
    wait_idle(qtbot, window)
    assert ui.companyNameField.isEnabled() and not ui.busyBar.isVisible()
    assert ui.timezoneField.currentText() == "America/Chicago"
    assert ui.timezoneField.findText("Europe/Berlin") >= 0
    assert shown(ui.taxRateValue).startswith("8.25 %, set by SmartAlex.")
    assert "renewal date" in ui.timezoneHint.text() and "invoices" in ui.taxIdHint.text()
    assert not ui.saveButton.isEnabled()  # nothing changed yet
    assert ui.saveButton.isDefault()

    retype(qtbot, ui.companyNameField, "Lakeside Family Dental")
    assert dialog.practice_changes() == {"company_name": "Lakeside Family Dental"}  # only sent
    ui.addressField.setFocus()
    ui.addressField.selectAll()
    qtbot.keyClicks(ui.addressField, "12 Lake Road")
    qtbot.keyClick(ui.addressField, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.addressField, "Springfield, IL 62701")
    retype(qtbot, ui.taxIdField, "EIN 98-7654321")
    assert ui.saveButton.isEnabled()
    click(qtbot, ui.saveButton)
    assert not ui.saveButton.isEnabled()  # a second click sends nothing
    assert not ui.companyNameField.isEnabled() and ui.busyBar.isVisible()
    wait_idle(qtbot, window)

    account = server_account(customer)
    assert account["company_name"] == "Lakeside Family Dental"
    assert account["address"] == "12 Lake Road\nSpringfield, IL 62701"
    assert account["tax_id"] == "EIN 98-7654321"
    assert account["timezone"] == "America/Chicago"
    assert shown(ui.practiceStatusText) == "Your practice details were saved."
    assert not ui.saveButton.isEnabled()  # what is shown is what SmartAlex holds
    assert window.windowTitle().startswith("Lakeside Family Dental")
    assert "Lakeside Family Dental" in window.ui.accountLabel.text()
    assert ui.accountLabel.text().startswith("Lakeside Family Dental")

    # A timezone SmartAlex doesn't know: refused, said under the timezone, what was typed kept.
    retype(qtbot, ui.timezoneField.lineEdit(), "Mars/Olympus")
    assert ui.saveButton.isEnabled()
    click(qtbot, ui.saveButton)
    wait_idle(qtbot, window)
    assert "timezone “Mars/Olympus”" in shown(ui.timezoneError)
    assert "Pick one from the list" in shown(ui.timezoneError)
    for other in (ui.companyNameError, ui.addressError, ui.taxIdError, ui.practiceStatusText):
        assert shown(other) == ""
    assert ui.timezoneField.currentText() == "Mars/Olympus"
    assert window.message_bar.text == ""  # said once, in the dialog
    assert server_account(customer)["timezone"] == "America/Chicago"

    # Fixing it clears the complaint; the new timezone reaches the server and the session.
    retype(qtbot, ui.timezoneField.lineEdit(), "Europe/Berlin")
    assert shown(ui.timezoneError) == ""
    click(qtbot, ui.saveButton)
    wait_idle(qtbot, window)
    assert server_account(customer)["timezone"] == "Europe/Berlin"
    assert window.accounts.current.timezone == "Europe/Berlin"
    assert "now follow Europe/Berlin" in shown(ui.practiceStatusText)


def test_sign_in_email_changes_only_with_the_right_password(qtbot, open_window, sandbox):
    opened = open_window()
    window, customer = opened.window, opened.customer
    dialog = open_settings(window)
    ui = dialog.ui
    wait_idle(qtbot, window)
    show_page(qtbot, dialog, ui.emailPage)
    assert ui.changeEmailButton.isDefault() and not ui.saveButton.isDefault()
    assert shown(ui.currentEmailValue) == customer.email

    new_email = f"front-desk-{uuid.uuid4().hex[:8]}@clinic.test"
    type_into(qtbot, ui.newEmailField, "front-desk")
    type_into(qtbot, ui.emailPasswordField, "not my password")
    assert not ui.changeEmailButton.isEnabled()  # not an email address yet
    ui.emailPasswordField.setFocus()  # leaving the email field says what is missing
    assert "whole email address" in shown(ui.newEmailError)
    retype(qtbot, ui.newEmailField, new_email)
    assert shown(ui.newEmailError) == ""
    assert ui.changeEmailButton.isEnabled()

    click(qtbot, ui.changeEmailButton)
    assert not ui.changeEmailButton.isEnabled()
    wait_idle(qtbot, window)
    assert shown(ui.emailPasswordError) == WRONG_PASSWORD
    assert ui.emailPasswordField.accessibleDescription() == WRONG_PASSWORD
    assert ui.newEmailField.text() == new_email  # kept: only the password needs retyping
    assert shown(ui.emailStatusText) == ""
    assert server_account(customer)["email"] == customer.email
    assert window.accounts.current.email == customer.email

    # The wrong password is selected: typing replaces it.
    assert ui.emailPasswordField.hasFocus() and ui.emailPasswordField.hasSelectedText()
    qtbot.keyClicks(ui.emailPasswordField, customer.password)
    assert shown(ui.emailPasswordError) == ""
    click(qtbot, ui.changeEmailButton)
    wait_idle(qtbot, window)

    assert shown(ui.emailStatusText).startswith(f"Your sign-in email is now {new_email}.")
    # The change ended every other session (the test's own included); the app's goes on.
    assert customer.http.get("/v1/account").status_code == 401
    assert window.accounts.current.email == new_email
    assert sign_in_status(sandbox, new_email, customer.password) == 200
    assert sign_in_status(sandbox, customer.email, customer.password) == 401
    assert window.accounts.current.email == new_email
    assert new_email in window.ui.accountLabel.text()
    assert shown(ui.currentEmailValue) == new_email
    assert ui.emailPasswordField.text() == "" and ui.newEmailField.text() == ""
    assert not ui.changeEmailButton.isEnabled()


def test_password_change_needs_the_current_password_and_signs_out_other_computers(
    qtbot, open_window, sandbox
):
    opened = open_window()
    window, customer = opened.window, opened.customer
    dialog = open_settings(window)
    ui = dialog.ui
    wait_idle(qtbot, window)
    show_page(qtbot, dialog, ui.passwordPage)
    assert ui.changePasswordButton.isDefault()
    assert f"At least {MIN_PASSWORD_LENGTH} characters" in ui.newPasswordHint.text()

    new_password = "blue lagoon kettle"
    type_into(qtbot, ui.currentPasswordField, "not my password")
    type_into(qtbot, ui.newPasswordField, "short")
    ui.repeatPasswordField.setFocus()  # leaving a too-short password says so
    assert f"use at least {MIN_PASSWORD_LENGTH}" in shown(ui.newPasswordError)
    retype(qtbot, ui.newPasswordField, new_password)
    assert shown(ui.newPasswordError) == ""
    type_into(qtbot, ui.repeatPasswordField, "blue lagoon kettlf")
    assert shown(ui.repeatPasswordError) == PASSWORDS_DIFFER
    assert not ui.changePasswordButton.isEnabled()  # the repeat must match first
    qtbot.keyClick(ui.repeatPasswordField, Qt.Key.Key_Backspace)
    qtbot.keyClicks(ui.repeatPasswordField, "e")
    assert shown(ui.repeatPasswordError) == ""
    assert ui.changePasswordButton.isEnabled()

    click(qtbot, ui.changePasswordButton)
    assert not ui.changePasswordButton.isEnabled()
    wait_idle(qtbot, window)
    assert shown(ui.currentPasswordError) == WRONG_PASSWORD
    assert ui.newPasswordField.text() == new_password == ui.repeatPasswordField.text()
    assert sign_in_status(sandbox, customer.email, customer.password) == 200

    assert ui.currentPasswordField.hasFocus() and ui.currentPasswordField.hasSelectedText()
    qtbot.keyClicks(ui.currentPasswordField, customer.password)  # replaces the wrong one
    click(qtbot, ui.changePasswordButton)
    wait_idle(qtbot, window)
    assert shown(ui.passwordStatusText) == PASSWORD_CHANGED
    for field in (ui.currentPasswordField, ui.newPasswordField, ui.repeatPasswordField):
        assert field.text() == ""
    assert not ui.changePasswordButton.isEnabled()
    assert sign_in_status(sandbox, customer.email, new_password) == 200
    assert sign_in_status(sandbox, customer.email, customer.password) == 401
    # What the sentence says is true: the test's own sign-in (another computer) has ended...
    assert customer.http.get("/v1/account").status_code == 401

    # ...while the app stays signed in: the dialog opened again loads the account.
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, ui.buttons.button(ui.buttons.StandardButton.Close))
    again = open_settings(window)
    wait_idle(qtbot, window)
    assert again.ui.companyNameField.isEnabled()
    assert shown(again.ui.practiceStatusText) == ""
    assert window.message_bar.text == ""


def test_keyboard_mnemonics_names_and_escape_forgets_typed_passwords(qtbot, open_window):
    opened = open_window()
    window = opened.window
    dialog = open_settings(window)
    ui = dialog.ui
    wait_idle(qtbot, window)

    # Every input and button has an accessible name; every label of an input has a mnemonic,
    # and no two mnemonics on a page (or the tabs and Close) share a letter.
    for control in dialog.findChildren(QWidget):
        if isinstance(control, QLineEdit | QComboBox | QPlainTextEdit | QPushButton | QTabWidget):
            if control.parent() is not None and isinstance(control.parent(), QComboBox):
                continue  # the combo's own line edit: the combo carries the name
            assert control.accessibleName(), control.objectName()
    tab_keys = {ui.pages.tabText(i).split("&")[1][0].lower() for i in range(ui.pages.count())}
    tab_keys.add("c")  # &Close
    assert ui.buttons.button(ui.buttons.StandardButton.Close).text() == "&Close"
    for index in range(ui.pages.count()):
        page = ui.pages.widget(index)
        keys = []
        for label in page.findChildren(QLabel):
            if label.buddy() is not None:
                assert "&" in label.text(), label.objectName()
                keys.append(label.text().split("&")[1][0].lower())
        for button in page.findChildren(QPushButton):
            keys.append(button.text().split("&")[1][0].lower())
        assert len(keys) == len(set(keys)), keys
        assert not set(keys) & tab_keys, keys

    # The default button follows the page, so Enter does what the page is about.
    for page, button in (
        (ui.passwordPage, ui.changePasswordButton),
        (ui.emailPage, ui.changeEmailButton),
        (ui.practicePage, ui.saveButton),
    ):
        show_page(qtbot, dialog, page)
        defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
        assert defaults == [button]

    # Escape closes; the passwords typed are forgotten with the dialog.
    show_page(qtbot, dialog, ui.passwordPage)
    type_into(qtbot, ui.currentPasswordField, "half-typed secret")
    type_into(qtbot, ui.newPasswordField, "another secret")
    show_page(qtbot, dialog, ui.emailPage)
    type_into(qtbot, ui.emailPasswordField, "third secret")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(ui.emailPasswordField, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    for field in (ui.emailPasswordField, ui.currentPasswordField, ui.newPasswordField):
        assert field.text() == ""


def test_an_email_change_still_counts_when_the_dialog_is_closed_before_the_answer(
    qtbot, open_window, sandbox
):
    opened = open_window()
    window, customer = opened.window, opened.customer
    dialog = open_settings(window)
    ui = dialog.ui
    wait_idle(qtbot, window)
    show_page(qtbot, dialog, ui.emailPage)
    new_email = f"billing-{uuid.uuid4().hex[:8]}@clinic.test"
    type_into(qtbot, ui.newEmailField, new_email)
    type_into(qtbot, ui.emailPasswordField, customer.password)
    qtbot.keyClick(ui.emailPasswordField, Qt.Key.Key_Return)  # Enter: the page's default button
    assert not ui.changeEmailButton.isEnabled() and ui.busyBar.isVisible()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(ui.emailPasswordField, Qt.Key.Key_Escape)
    wait_idle(qtbot, window)

    assert customer.http.get("/v1/account").status_code == 401  # other sessions ended
    assert window.accounts.current.email == new_email  # the session (and keyring) followed
    assert new_email in window.ui.accountLabel.text()
    assert window.message_bar.text.startswith(f"Your sign-in email is now {new_email}.")
    assert sign_in_status(sandbox, new_email, customer.password) == 200
