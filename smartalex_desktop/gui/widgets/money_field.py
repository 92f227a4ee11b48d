"""The Wallet's money fields and what its dialogs share: amounts typed in dollars and cents and
read as integer cents (no float anywhere), the limits said in a sentence, the error colour, the
card choices, and a dialog's height fitted to its wrapped text."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QObject, QRegularExpression, Signal
from PySide6.QtGui import QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from smartalex_desktop.api import models
from smartalex_desktop.gui.widgets import formatting
from smartalex_desktop.gui.widgets.colours import Level, accent

# The most any money field of the Wallet takes (the API's own ceiling for thresholds and caps).
MAX_FIELD_CENTS = 1_000_000_00


# --- money as typed ---------------------------------------------------------------------------


def parse_cents(text: str, locale: QLocale | None = None) -> int | None:
    """`"1,234.5"` → 123450: dollars and up to two decimals, in the user's number format, to
    integer cents (no float); None when it isn't an amount."""
    locale = locale or QLocale()
    point, group = locale.decimalPoint(), locale.groupSeparator()
    cleaned = re.sub(r"[\s$\u00a0\u202f]", "", text)
    if group and group != point:
        cleaned = cleaned.replace(group, "")
    if point != ".":
        cleaned = cleaned.replace(point, ".")
    match = re.fullmatch(r"(\d{0,10})(?:\.(\d{0,2}))?", cleaned)
    if match is None or not (match.group(1) or match.group(2)):
        return None
    dollars = int(match.group(1) or 0)
    cents = int((match.group(2) or "").ljust(2, "0"))
    return dollars * 100 + cents


def edit_text(cents: int, locale: QLocale | None = None) -> str:
    """`5000` → `"50.00"`: an amount as it is typed into a field (no `$`, no grouping)."""
    locale = locale or QLocale()
    dollars, rest = divmod(abs(cents), 100)
    return f"{dollars}{locale.decimalPoint()}{rest:02d}"


def limits_sentence(min_cents: int, max_cents: int) -> str:
    return f"Enter an amount from {formatting.money(min_cents)} to {formatting.money(max_cents)}."


class MoneyInput(QObject):
    """A QLineEdit as a money field: typed as dollars and cents, read as int cents.

    `check(cents)` says what is wrong ("" when nothing is). The problem is `shown_problem` as
    soon as the user types (issue 20: waiting for Enter or for the field to be left greyed the
    button out with no reason in sight), and until they empty the field to start over; a field
    filled by the app (`set_cents`) says nothing until it is edited, left or Enter is pressed.
    """

    changed = Signal()

    def __init__(
        self,
        field: QLineEdit,
        check: Callable[[int | None], str],
    ) -> None:
        super().__init__(field)
        self.field = field
        self._check = check
        self.touched = False
        field.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[$\d\s.,\x{00a0}]{0,16}"), field)
        )
        field.installEventFilter(self)
        field.textEdited.connect(self._edited)
        field.returnPressed.connect(self.touch)

    @property
    def cents(self) -> int | None:
        return parse_cents(self.field.text())

    @property
    def problem(self) -> str:
        return self._check(self.cents)

    @property
    def shown_problem(self) -> str:
        return self.problem if self.touched else ""

    def set_cents(self, cents: int | None) -> None:
        self.field.setText("" if cents is None else edit_text(cents))
        self.touched = False
        self.changed.emit()

    def touch(self) -> None:
        self.touched = True
        self.changed.emit()

    def _edited(self, _text: str) -> None:
        # Starting over (an empty field): no complaint until something is typed again.
        self.touched = bool(self.field.text())
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.field and event.type() == QEvent.Type.FocusOut and self.field.text():
            self.touch()
        return super().eventFilter(watched, event)


def error_palette(label: QLabel, widget: QWidget) -> None:
    """Paint `label`'s text in the error colour that reads on `widget`'s palette."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, accent(Level.ERROR, widget.palette()))
    label.setPalette(palette)


def warning_palette(label: QLabel, widget: QWidget) -> None:
    """Paint `label`'s text in the warning colour (not wrong, but worth knowing)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, accent(Level.WARNING, widget.palette()))
    label.setPalette(palette)


def muted_palette(label: QLabel, widget: QWidget) -> None:
    """Paint `label`'s text in the palette's placeholder colour (a hint, not a message)."""
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, widget.palette().color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)


def say_beside(
    label: QLabel, widget: QWidget, problem: str, note: str = "", hint: str = ""
) -> None:
    """The message next to a field, as the user types: its problem in the error colour, else a
    note worth knowing in the warning colour, else a hint in muted text (or nothing)."""
    if problem:
        error_palette(label, widget)
    elif note:
        warning_palette(label, widget)
    else:
        muted_palette(label, widget)
    text = problem or note or hint
    label.setText(text)
    label.setVisible(bool(text))


def fit_height(dialog: QDialog) -> None:
    """Grow or shrink the dialog to its content at its width (wrapped labels need their
    height for that width, which a dialog does not take by itself): no dead space under the
    form, and room for a message when one appears."""
    layout = dialog.layout()
    layout.activate()
    if layout.hasHeightForWidth():
        wanted = layout.totalHeightForWidth(dialog.width())
    else:
        wanted = layout.totalSizeHint().height()
    if wanted != dialog.height():
        dialog.resize(dialog.width(), wanted)


def card_choices(cards: list[models.PaymentMethod]) -> list[tuple[models.PaymentMethod, str]]:
    """The cards as a combo lists them: the default first, each with its notes."""
    today = date.today()
    choices = []
    for card in sorted(cards, key=lambda card: not card.is_default):
        notes = []
        if card.is_default:
            notes.append("default")
        if (card.exp_year, card.exp_month) < (today.year, today.month):
            notes.append(f"expired {formatting.expiry(card.exp_month, card.exp_year)}")
        label = formatting.card_label(card.brand, card.last4)
        choices.append((card, f"{label} ({', '.join(notes)})" if notes else label))
    return choices
