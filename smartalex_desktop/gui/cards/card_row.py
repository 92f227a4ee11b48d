"""One card on file as a row of the Payment Methods tab: brand badge, "Visa •••• 4242", expiry,
the "Default" badge, an "Expired" / "Expires soon" flag, and the ⋮ menu (Make Default, Remove).

A row rather than a delegate-painted list item, because each card carries real controls (a menu
button with its own accessible name, actions that are disabled with the reason attached) and an
account holds a handful of cards. The row itself takes keyboard focus: Space, Enter or the
context-menu key open its menu, so the ⋮ button needs no tab stop of its own.

Colours come from the palette. The two status colours (error, warning) are the only fixed
accents, picked per palette brightness so they read on light and dark windows, and re-applied
when the palette changes.
"""

from __future__ import annotations

import enum
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAction,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartalex_desktop.api import models
from smartalex_desktop.gui.widgets import accessibility, formatting, plain_text
from smartalex_desktop.gui.widgets.colours import Level, accent, tinted_pixmap
from smartalex_desktop.gui.widgets.icons import brand_icon, icon

ONLY_CARD_REASON = "Add a new card first, then remove this one."
EXPIRED_DEFAULT_REASON = "This card has expired, so it can't pay for anything; use another card."
BRAND_ICON_SIZE = QSize(48, 32)


def scaled_font(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """`font` larger or smaller, whether the platform sizes it in points or in pixels."""
    scaled = QFont(font)
    if scaled.pointSizeF() > 0:
        scaled.setPointSizeF(scaled.pointSizeF() * factor)
    elif scaled.pixelSize() > 0:
        scaled.setPixelSize(max(1, round(scaled.pixelSize() * factor)))
    scaled.setBold(bold)
    return scaled


class ExpiryState(enum.Enum):
    VALID = "valid"
    EXPIRES_SOON = "expires soon"
    EXPIRED = "expired"


def expiry_state(card: models.PaymentMethod, today: date) -> ExpiryState:
    """A card is valid through the last day of its expiry month. "Soon" is this month or next:
    time enough to add the new card before a renewal fails on the old one."""
    this_month = (today.year, today.month)
    next_month = (today.year + today.month // 12, today.month % 12 + 1)
    expires = (card.exp_year, card.exp_month)
    if expires < this_month:
        return ExpiryState.EXPIRED
    if expires in (this_month, next_month):
        return ExpiryState.EXPIRES_SOON
    return ExpiryState.VALID


class Badge(QFrame):
    """A small outlined pill: icon and a word ("Default", "Expired"). Painted from the palette
    (the outline) or a status accent (outline, icon and text)."""

    def __init__(self, icon_name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon_name = icon_name
        self._level: Level | None = None
        self._icon = QLabel(self)
        accessibility.decorative(self._icon)  # the word says it
        self._text = QLabel(text, self)
        self._text.setFont(scaled_font(self._text.font(), 0.9, bold=True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(7, 1, 8, 1)
        layout.setSpacing(4)
        layout.addWidget(self._icon)
        layout.addWidget(self._text)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(text)

    def text(self) -> str:
        return self._text.text()

    def set_content(self, icon_name: str, text: str, level: Level | None) -> None:
        self._icon_name = icon_name
        self._level = level
        self._text.setText(text)
        self.setAccessibleName(text)
        self.apply_colours()

    def colour(self) -> QColor:
        if self._level is not None:
            return accent(self._level, self.palette())
        return self.palette().color(QPalette.ColorRole.Highlight)

    def apply_colours(self) -> None:
        colour = self.colour()
        side = self._text.fontMetrics().height() - 2
        self._icon.setPixmap(
            tinted_pixmap(
                icon(self._icon_name), QSize(side, side), colour, self.devicePixelRatioF()
            )
        )
        if self._level is not None:
            text_palette = self._text.palette()
            text_palette.setColor(QPalette.ColorRole.WindowText, colour)
            self._text.setPalette(text_palette)
        else:
            self._text.setPalette(self.palette())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colour(), 1.2))
        rect = QRectF(self.rect()).adjusted(0.6, 0.6, -0.6, -0.6)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)


class CardRow(QFrame):
    """One card. Emits `make_default_requested` / `remove_requested` with the card; the tab runs
    the action and calls `set_busy` while it does."""

    make_default_requested = Signal(object)
    remove_requested = Signal(object)
    move_focus = Signal(object, int)  # (row, +1 / -1): arrow keys move between rows

    def __init__(
        self,
        card: models.PaymentMethod,
        today: date,
        *,
        removal_blocked: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.card = card
        self.label = formatting.card_label(card.brand, card.last4)
        self.state = expiry_state(card, today)
        self.removal_blocked = removal_blocked
        self._busy = False
        self._applying_colours = False
        self.setObjectName(f"cardRow_{card.id}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        accessibility.set_role(self, QAccessible.Role.ListItem)  # one of the cards on file
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._build()
        self._build_menu()
        self._describe()
        self.apply_colours()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        card = self.card
        self.brand_icon = QLabel(self)
        self.brand_icon.setObjectName("brandIcon")
        self.brand_icon.setFixedSize(BRAND_ICON_SIZE)
        self.brand_icon.setPixmap(brand_icon(card.brand).pixmap(BRAND_ICON_SIZE))
        self.brand_icon.setAccessibleName(formatting.brand_name(card.brand))

        self.name_label = QLabel(self.label, self)
        self.name_label.setObjectName("nameLabel")
        self.name_label.setFont(scaled_font(self.name_label.font(), 1.1, bold=True))

        self.default_badge = Badge("star", "Default", self)
        self.default_badge.setObjectName("defaultBadge")
        self.default_badge.setToolTip(
            "The default card pays your plan and usage charges, and automatic Wallet top-ups "
            "unless you chose another card for them."
        )
        self.default_badge.setVisible(card.is_default)

        self.flag_badge = Badge("warning", "", self)
        self.flag_badge.setObjectName("flagBadge")
        if self.state is ExpiryState.EXPIRED:
            self.flag_badge.set_content("error", "Expired", Level.ERROR)
        elif self.state is ExpiryState.EXPIRES_SOON:
            self.flag_badge.set_content("warning", "Expires soon", Level.WARNING)
        self.flag_badge.setVisible(self.state is not ExpiryState.VALID)

        self.expiry_label = QLabel(
            f"Expires {formatting.expiry(card.exp_month, card.exp_year)}", self
        )
        self.expiry_label.setObjectName("expiryLabel")

        self.hint_label = QLabel(self._hint(), self)
        self.hint_label.setObjectName("hintLabel")
        self.hint_label.setWordWrap(True)
        self.hint_label.setVisible(bool(self.hint_label.text()))

        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(80, 10)
        self.busy_bar.setAccessibleName("Working on this card")
        self.busy_label.hide()
        self.busy_bar.hide()

        self.menu_button = QToolButton(self)
        self.menu_button.setObjectName("menuButton")
        self.menu_button.setIcon(icon("more"))
        self.menu_button.setIconSize(QSize(20, 20))
        self.menu_button.setAutoRaise(True)
        # The row is the tab stop and opens this menu from the keyboard; one stop per card.
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.menu_button.setAccessibleName(f"Actions for {self.label}")
        self.menu_button.setToolTip(plain_text.tooltip(f"Actions for {self.label}"))

        title_line = QHBoxLayout()
        title_line.setSpacing(8)
        title_line.addWidget(self.name_label)
        title_line.addWidget(self.default_badge)
        title_line.addWidget(self.flag_badge)
        title_line.addStretch(1)

        details = QVBoxLayout()
        details.setSpacing(2)
        details.addLayout(title_line)
        details.addWidget(self.expiry_label)
        details.addWidget(self.hint_label)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 8, 10)
        layout.setSpacing(14)
        layout.addWidget(self.brand_icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(details, 1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def _build_menu(self) -> None:
        self.menu = QMenu(self)
        self.menu.setObjectName("cardMenu")
        self.menu.setToolTipsVisible(True)  # a disabled action's tooltip says why
        self.menu.setAccessibleName(f"Actions for {self.label}")

        self.make_default_action = QAction(icon("star"), "Make &Default", self.menu)
        self.make_default_action.setObjectName("makeDefaultAction")
        self.make_default_action.setVisible(not self.card.is_default)
        if self.state is ExpiryState.EXPIRED:
            self.make_default_action.setEnabled(False)
            self.make_default_action.setToolTip(EXPIRED_DEFAULT_REASON)
            self.make_default_action.setStatusTip(EXPIRED_DEFAULT_REASON)
        else:
            tip = f"{self.label} will pay your plan and usage charges."
            self.make_default_action.setToolTip(plain_text.tooltip(tip))
            self.make_default_action.setStatusTip(tip)
        self.make_default_action.triggered.connect(
            lambda: self.make_default_requested.emit(self.card)
        )

        self.remove_action = QAction(icon("close"), "&Remove…", self.menu)
        self.remove_action.setObjectName("removeAction")
        if self.removal_blocked:
            # The rule, where the user meets it: in the text too, since a disabled menu item's
            # tooltip is easy to miss and keyboard users never see it.
            self.remove_action.setText(f"&Remove — {ONLY_CARD_REASON[:-1].lower()}")
            self.remove_action.setEnabled(False)
            reason = (
                f"This is the only card on file and your plan is still running. {ONLY_CARD_REASON}"
            )
            self.remove_action.setToolTip(reason)
            self.remove_action.setStatusTip(reason)
        else:
            remove_tip = f"Remove {self.label} from your account."
            self.remove_action.setToolTip(plain_text.tooltip(remove_tip))
            self.remove_action.setStatusTip(remove_tip)
        self.remove_action.triggered.connect(lambda: self.remove_requested.emit(self.card))

        self.menu.addAction(self.make_default_action)
        self.menu.addAction(self.remove_action)
        accessibility.disabled_items_reachable(self.menu)  # a disabled item says why
        # Opened with popup(), not as the button's own menu (which runs a nested event loop).
        self.menu_button.clicked.connect(self.open_menu)

    def _hint(self) -> str:
        """What to do about a flagged card, in a sentence."""
        if self.state is ExpiryState.EXPIRED:
            if self.card.is_default:
                return (
                    "This card has expired, so your plan can't renew on it. Add a new card and "
                    "make it the default."
                )
            return "This card has expired and can't be charged. Remove it or add a new card."
        if self.state is ExpiryState.EXPIRES_SOON:
            if self.card.is_default:
                return "Add the replacement card when your bank sends it and make it the default."
            return "Add the replacement card when your bank sends it, then remove this one."
        return ""

    def _describe(self) -> None:
        """What a screen reader says when the row gets focus."""
        parts = [self.label]
        if self.card.is_default:
            parts.append("default card")
        parts.append(self.expiry_label.text())
        if self.state is not ExpiryState.VALID:
            parts.append(self.flag_badge.text())
        self.setAccessibleName(", ".join(parts))
        self.setAccessibleDescription(
            " ".join(
                filter(None, [self.hint_label.text(), "Press Space for Make Default and Remove."])
            )
        )
        self.setToolTip(plain_text.tooltip(self.hint_label.text()))

    # --- state --------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool, text: str = "") -> None:
        """While an action on this card runs: the menu is disabled and the row says what runs."""
        self._busy = busy
        self.busy_label.setText(text)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        self.menu_button.setEnabled(not busy)

    def open_menu(self, from_keyboard: bool = False) -> None:
        if not self.menu_button.isEnabled():
            return
        below = self.menu_button.mapToGlobal(QPoint(0, self.menu_button.height()))
        self.menu.popup(below)
        if from_keyboard:
            # Its first item chosen, as a menu bar's menu opens: a screen reader says it at
            # once (a menu with nothing chosen is silent until Down). With every item disabled
            # (the only card, while the plan runs) the first is said as unavailable, with why.
            shown = [a for a in self.menu.actions() if a.isVisible() and not a.isSeparator()]
            choices = [a for a in shown if a.isEnabled()] or shown
            if choices:
                self.menu.setActiveAction(choices[0])

    # --- events -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Menu):
            self.open_menu(from_keyboard=True)
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.move_focus.emit(self, 1 if key == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt's name)
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.open_menu(from_keyboard=True)
        elif self.menu_button.isEnabled():
            self.menu.popup(event.globalPos())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply_colours()

    def apply_colours(self) -> None:
        if self._applying_colours:
            return
        self._applying_colours = True
        try:
            for badge in (self.default_badge, self.flag_badge):
                badge.apply_colours()
            self.update()
        finally:
            self._applying_colours = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """A card-like tile on the Base colour; a Highlight outline shows keyboard focus."""
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        focused = self.hasFocus()
        if focused:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
        else:
            pen = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        painter.setPen(pen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        inset = pen.widthF() / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 8, 8)
