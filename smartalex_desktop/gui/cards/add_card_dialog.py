"""Add Payment Method: card number, expiry and CVC, checked as typed, sent only to Stripe.

What the office manager gets:
- the number grouped the way the card prints it as they type (4-4-4-4, American Express 4-6-5),
  the cursor staying where they were typing, and Backspace over a space deleting the digit
  before it (instead of sticking on the space);
- the brand recognised from the first digits, and a sentence at once when it is a brand
  SmartAlex does not take, before anything is sent;
- a problem under each field only once they have left it or typed enough for it to be a real
  mistake, never at the first keystroke; Save enabled only when everything is right;
- Save runs on a worker (fields disabled, busy bar); a decline is said inline with Stripe's
  reason and the dialog stays open to fix it.

The number and CVC live only in these fields and the one save operation. The fields are emptied
(with their undo history) when the dialog closes however it closes, and the caller deletes the
dialog. Nothing here logs, stores or puts the number into a message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from smartalex_desktop.api import SmartAlexClient, models
from smartalex_desktop.api.errors import CardRejected, SmartAlexError
from smartalex_desktop.billing import cards
from smartalex_desktop.gui.forms.ui_add_card_dialog import Ui_AddCardDialog
from smartalex_desktop.gui.runtime.tasks import TaskRunner
from smartalex_desktop.gui.widgets.colours import Level, accent, tinted_pixmap
from smartalex_desktop.gui.widgets.icons import brand_icon, icon

ACCEPTED = "SmartAlex accepts Visa, Mastercard, American Express and Discover."
BRAND_ICON_SIZE = QSize(36, 24)
MAX_DIGITS = 19  # the longest card number any accepted brand prints
# Enough leading digits to tell every accepted brand apart (Discover's 622126–622925 needs 6).
BRAND_DIGITS = 6


def _usual_length(brand: cards.Brand) -> int:
    """The length most cards of the brand have: 15 for American Express, else 16 (13- and
    19-digit cards exist; they are checked when the user leaves the field)."""
    return 15 if brand is cards.Brand.AMEX else 16


def _next_digit_index(text: str, digits_before: int) -> int:
    """The cursor position in `text` just after its `digits_before`-th digit (separators typed
    right after a digit stay before the cursor, so typing goes on after them)."""
    if digits_before <= 0:
        return 0
    seen = 0
    for index, character in enumerate(text):
        if character.isdigit():
            seen += 1
            if seen == digits_before:
                return index + 1
    return len(text)


def format_expiry(text: str, *, typing: bool = True) -> str:
    """`1228` → `12/28`. While typing (not deleting), a month digit that can't start a two-digit
    month gets its zero (`4` → `04`), `1/` becomes `01/`, and a pasted `12/2028` becomes
    `12/28`."""
    if not typing:
        digits = cards.digits_of(text)[:4]
        return f"{digits[:2]}/{digits[2:]}" if len(digits) > 2 else digits
    if "/" in text:
        month_part, _slash, year_part = text.partition("/")
        month, year = cards.digits_of(month_part)[:2], cards.digits_of(year_part)
        if len(year) > 2 and year.startswith("20"):
            year = year[2:]
        if len(month) == 1:
            month = "0" + month
        if month:
            return f"{month}/{year[:2]}"
    digits = cards.digits_of(text)[:4]
    if len(digits) == 1 and digits > "1":
        digits = "0" + digits
    return f"{digits[:2]}/{digits[2:]}" if len(digits) > 2 else digits


def parse_expiry(text: str) -> tuple[int | None, int | None]:
    """(month, four-digit year) from MM/YY; None where it isn't there yet."""
    digits = cards.digits_of(text)
    month = int(digits[:2]) if len(digits) >= 2 else None
    year = 2000 + int(digits[2:4]) if len(digits) == 4 else None
    return month, year


class AddCardDialog(QDialog):
    """Emits `card_saved(PaymentMethod)` once Stripe and SmartAlex have the card; then closes."""

    card_saved = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        client: SmartAlexClient,
        *,
        first_card: bool = False,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AddCardDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("card"))
        self._runner = runner
        self._client = client
        self._today = today
        self._saving = False
        self._touched: set[str] = set()
        self._brand: cards.Brand | None = None
        self._expiry_text = ""
        if first_card:
            self.ui.headline.setText(
                "Add a Visa, Mastercard, American Express or Discover card. As your first card, "
                "it becomes your default card, which pays your plan, usage charges and "
                "automatic Wallet top-ups."
            )
        self.save_button.setText("&Save Card")
        self.save_button.setDefault(True)
        self.ui.cvcField.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.ui.cvcField)
        )
        for label in (self.ui.numberProblem, self.ui.expiryProblem, self.ui.cvcProblem):
            label.hide()
        self.ui.errorBox.hide()
        self.ui.progress.hide()
        self._problem_labels = {
            "number": self.ui.numberProblem,
            "expiry": self.ui.expiryProblem,
            "cvc": self.ui.cvcProblem,
        }
        self._fields = {
            "number": self.ui.numberField,
            "expiry": self.ui.expiryField,
            "cvc": self.ui.cvcField,
        }
        for field in self._fields.values():
            field.installEventFilter(self)
        self.ui.numberField.textEdited.connect(self._number_edited)
        self.ui.expiryField.textEdited.connect(self._expiry_edited)
        self.ui.cvcField.textEdited.connect(self._cvc_edited)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self._apply_colours()
        self._show_brand()
        self._refresh()
        self.ui.numberField.setFocus()
        self._fit_height()

    # --- what tests and the tab read ----------------------------------------------------------

    @property
    def save_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)

    @property
    def error_text(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorBox.isHidden() else ""

    def problem_text(self, field: str) -> str:
        label = self._problem_labels[field]
        return label.text() if not label.isHidden() else ""

    @property
    def saving(self) -> bool:
        return self._saving

    # --- typing -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if isinstance(watched, QLineEdit):
            if event.type() == QEvent.Type.FocusOut:
                # Leaving a field is the moment to say what is wrong with it.
                for name, field in self._fields.items():
                    if field is watched and field.text():
                        self._touched.add(name)
                self._refresh()
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                self._skip_separator(watched, event)
        return super().eventFilter(watched, event)

    @staticmethod
    def _skip_separator(field: QLineEdit, event: QKeyEvent) -> None:
        """Backspace just after a space (or the expiry's slash) deletes the digit before it;
        Delete just before one deletes the digit after it. Otherwise the regrouping would put
        the separator straight back and the key would seem to do nothing."""
        if field.hasSelectedText():
            return
        text, position = field.text(), field.cursorPosition()
        if event.key() == Qt.Key.Key_Backspace and position > 0 and text[position - 1] in " /":
            field.setCursorPosition(position - 1)
        elif event.key() == Qt.Key.Key_Delete and position < len(text) and text[position] in " /":
            field.setCursorPosition(position + 1)

    def _number_edited(self, text: str) -> None:
        field = self.ui.numberField
        digits_before = len(cards.digits_of(text[: field.cursorPosition()]))
        digits = cards.digits_of(text)
        brand = cards.brand_of(digits)
        limit = max(brand.lengths) if brand else MAX_DIGITS
        digits = digits[:limit]
        grouped = cards.group(digits)
        if grouped != text:
            field.setText(grouped)
            field.setCursorPosition(_next_digit_index(grouped, min(digits_before, len(digits))))
        if brand is not self._brand:
            self._brand = brand
            self._show_brand()
        if not digits:
            self._touched.discard("number")  # starting over: no complaint until typed again
        self.ui.errorBox.hide()  # a decline was about the number that was there before
        # A brand recognised as not accepted is said at once; a number is checked once it has
        # the length such cards usually have (or when the user leaves the field).
        if self._unsupported(digits) or (brand and len(digits) >= _usual_length(brand)):
            self._touched.add("number")
        self._refresh()
        if (
            brand
            and len(digits) == _usual_length(brand)
            and field.cursorPosition() == len(field.text())
            and not self._problems_for("number")
        ):
            self.ui.expiryField.setFocus()  # done with the number: on to the expiry

    def _expiry_edited(self, text: str) -> None:
        field = self.ui.expiryField
        typing = len(text) > len(self._expiry_text)
        digits_before = len(cards.digits_of(text[: field.cursorPosition()]))
        formatted = format_expiry(text, typing=typing)
        if formatted != text:
            field.setText(formatted)
            grown = len(cards.digits_of(formatted)) - len(cards.digits_of(text))
            position = _next_digit_index(formatted, digits_before + max(grown, 0))
            if formatted[position : position + 1] == "/" and typing:
                position += 1  # the slash was just typed or added: go on after it
            field.setCursorPosition(position)
        self._expiry_text = formatted
        if len(cards.digits_of(formatted)) == 4:
            self._touched.add("expiry")
        elif not formatted:
            self._touched.discard("expiry")
        self._refresh()
        if (
            typing
            and "expiry" in self._touched
            and not self._problems_for("expiry")
            and field.cursorPosition() == len(formatted)
        ):
            self.ui.cvcField.setFocus()  # done with the expiry: on to the security code

    def _cvc_edited(self, text: str) -> None:
        wanted = self._brand.cvc_length if self._brand else 3
        if len(text) >= wanted:
            self._touched.add("cvc")
        elif not text:
            self._touched.discard("cvc")
        self._refresh()

    def _unsupported(self, digits: str) -> bool:
        """A number that can't be an accepted brand, known from its first digits."""
        if not digits or cards.brand_of(digits) is not None:
            return False
        if digits[0] not in "23456":
            return True  # no accepted brand starts with 0, 1, 7, 8 or 9
        return len(digits) >= BRAND_DIGITS

    def _show_brand(self) -> None:
        brand = self._brand
        name = brand.display_name if brand else ""
        self.ui.brandIcon.setPixmap(
            brand_icon(brand.value if brand else "unknown").pixmap(BRAND_ICON_SIZE)
        )
        self.ui.brandName.setText(name)
        described = f"Card brand: {name}" if brand else "Card brand not recognised yet"
        self.ui.brandIcon.setAccessibleName(described)
        self.ui.brandIcon.setToolTip(described if brand else ACCEPTED)
        self.ui.brandName.setAccessibleName(described)
        wanted = brand.cvc_length if brand else 3
        self.ui.cvcField.setMaxLength(4 if brand is None else wanted)
        self.ui.cvcField.setPlaceholderText(f"{wanted} digits")
        self.ui.cvcHint.setText(
            "On the front of the card" if brand is cards.Brand.AMEX else "On the back of the card"
        )

    # --- validation ---------------------------------------------------------------------------

    def _card_details(self) -> tuple[str, int | None, int | None, str]:
        month, year = parse_expiry(self.ui.expiryField.text())
        return self.ui.numberField.text(), month, year, self.ui.cvcField.text()

    def _all_problems(self) -> dict[str, str]:
        number, month, year, cvc = self._card_details()
        found: dict[str, str] = {}
        for problem in cards.problems(number, month, year, cvc, self._today()):
            found.setdefault(problem.field, problem.message)
        digits = cards.digits_of(number)
        if "number" in found and self._unsupported(digits):
            other = cards.other_brand_of(digits) if len(digits) >= BRAND_DIGITS else None
            found["number"] = f"{other} cards can't be used. {ACCEPTED}" if other else ACCEPTED
        return found

    def _problems_for(self, field: str) -> str:
        return self._all_problems().get(field, "")

    def _refresh(self) -> None:
        """Show each touched field's problem (and clear a fixed one at once); Save only when
        nothing is wrong."""
        found = self._all_problems()
        for name, label in self._problem_labels.items():
            message = found.get(name, "") if name in self._touched else ""
            label.setText(message)
            label.setVisible(bool(message))
            self._fields[name].setAccessibleDescription(message)
        self.save_button.setEnabled(not found and not self._saving)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (or shrink back) to show every message in full at the current width: wrapped
        labels need their height for that width, which a dialog does not take by itself."""
        layout = self.layout()
        layout.activate()
        if layout.hasHeightForWidth():
            wanted = layout.totalHeightForWidth(self.width())
        else:
            wanted = layout.totalSizeHint().height()
        if wanted != self.height():
            self.resize(self.width(), wanted)

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        """Send the card (Stripe first, then SmartAlex) on a worker; once at a time."""
        if self._saving or not self.save_button.isEnabled():
            return
        number, month, year, cvc = self._card_details()
        if month is None or year is None:
            return
        self.ui.errorBox.hide()
        self._set_saving(True)
        client = self._client
        self._runner.run(
            lambda: client.add_card(number, month, year, cvc),
            on_success=self._saved,
            on_failure=self._failed,
            description="add a card",
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.ui.progress.setVisible(saving)
        for field in self._fields.values():
            field.setEnabled(not saving)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not saving)
        self._refresh()

    def _saved(self, card: models.PaymentMethod) -> None:
        self._set_saving(False)
        self.accept()
        self.card_saved.emit(card)

    def _failed(self, error: SmartAlexError) -> None:
        self._set_saving(False)
        self.ui.errorLabel.setText(error.user_message)
        self.ui.errorBox.show()
        self._fit_height()
        field = self._fields.get(error.param or "") if isinstance(error, CardRejected) else None
        target = field or self.ui.numberField
        target.setFocus()
        target.selectAll()

    # --- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._saving:
            return  # the card is on its way; closing now would hide whether it was saved
        super().reject()

    def done(self, result: int) -> None:
        """However the dialog closes, the card details go with it (undo history too)."""
        for field in self._fields.values():
            field.setText("")
        self._touched.clear()
        self._expiry_text = ""
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_colours()

    def _apply_colours(self) -> None:
        colour = accent(Level.ERROR, self.palette())
        labels: list[QLabel] = [*self._problem_labels.values(), self.ui.errorLabel]
        for label in labels:
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(palette)
        side = self.fontMetrics().height()
        self.ui.errorIcon.setPixmap(
            tinted_pixmap(icon("error"), QSize(side, side), colour, self.devicePixelRatioF())
        )
