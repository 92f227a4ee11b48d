"""The window's message bar: every failure as a sentence, in the window, never a traceback.

One line above the tabs with an icon, the sentence, an optional action ("Sign in…", "Pay
now") and a close button. Colours come from the palette, so it reads in light and dark themes;
screen readers get the sentence as the bar's accessible description.

Two kinds of message share it. A *kept* message (`keep`: a notice such as usage heading past
the allowance, being offline) stays until the user dismisses it or its cause goes (`forget`).
Any other message is *transient*: it shows over the kept one, which comes back when the
transient one is dismissed, its button used, or — a success or information — after
`TRANSIENT_MS`. (A success message used to replace the usage warning for good.)
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from smartalex_desktop.gui.widgets import accessibility
from smartalex_desktop.gui.widgets.colours import BLUE, GREEN, RED, blend
from smartalex_desktop.gui.widgets.icons import icon

Action = Callable[[], None] | None
# How long a success or information message shows over a kept one before it comes back.
TRANSIENT_MS = 10_000


class Level(enum.Enum):
    INFO = ("info", BLUE)
    SUCCESS = ("check", GREEN)
    WARNING = ("warning", QColor(0xF9, 0xA8, 0x25))
    ERROR = ("error", RED)


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self._icon = QLabel(self)
        accessibility.decorative(self._icon)  # the bar's name says the level
        self._text = QLabel(self)
        self._text.setTextFormat(Qt.TextFormat.PlainText)  # server sentences: never markup
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setObjectName("messageText")
        self._action = QPushButton(self)
        self._action.setObjectName("messageAction")
        self._close = QToolButton(self)
        self._close.setIcon(icon("close"))
        self._close.setAutoRaise(True)
        self._close.setToolTip("Dismiss")
        self._close.setAccessibleName("Dismiss message")
        self._close.clicked.connect(self.dismiss)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._action)
        layout.addWidget(self._close)
        self._callback: Callable[[], None] | None = None
        self._action.clicked.connect(self._run_action)
        self.level: Level | None = None
        # Kept messages by key, the newest last: (level, text, action, on_action).
        self._kept: dict[str, tuple[Level, str, str | None, Action]] = {}
        self.showing_kept: str | None = None  # the key of the kept message on show, if one is
        self._back_to_kept = QTimer(self)
        self._back_to_kept.setSingleShot(True)
        self._back_to_kept.timeout.connect(self._show_kept)
        self.transient_ms = TRANSIENT_MS
        self.hide()

    def reserve_space(self, lines: int = 2) -> None:
        """Keep the bar's room, `lines` of text high, whether a message shows or not, so what is
        below never moves when one comes or goes (the main window's bar: issue 20, item 13 saw
        the invoice pane jump down when "saved" appeared after Download PDF…). A longer
        message still grows it. Hidden, it is gone for screen readers; only its room stays."""
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        margins = self.layout().contentsMargins()
        text_height = self._text.fontMetrics().lineSpacing() * lines
        self.setMinimumHeight(
            max(text_height, self._action.sizeHint().height())
            + margins.top()
            + margins.bottom()
            + 2 * self.frameWidth()
        )

    @property
    def text(self) -> str:
        return self._text.text() if self.isVisible() else ""

    def keep(
        self,
        key: str,
        level: Level,
        text: str,
        action: str | None = None,
        on_action: Action = None,
    ) -> None:
        """Show a message that stays (a notice, being offline) until dismissed or forgotten;
        one of the same `key` replaces it."""
        self._kept.pop(key, None)
        self._kept[key] = (level, text, action, on_action)
        self._show(level, text, action, on_action)
        self.showing_kept = key

    def forget(self, key: str) -> None:
        """The kept message `key` no longer holds (back online): gone, and hidden if shown."""
        if self._kept.pop(key, None) is not None and self.showing_kept == key:
            self.showing_kept = None
            self.hide()
            self._show_kept()

    def clear(self) -> None:
        """Nothing to say any more (signed out): every message goes, kept ones too."""
        self._kept.clear()
        self.showing_kept = None
        self._back_to_kept.stop()
        self.hide()

    @property
    def kept_texts(self) -> list[str]:
        return [text for _level, text, _action, _callback in self._kept.values()]

    def dismiss(self) -> None:
        """The close button: a kept message is dropped; a transient one gives way to the
        newest kept message."""
        if self.showing_kept is not None:
            self._kept.pop(self.showing_kept, None)
            self.showing_kept = None
        self.hide()
        self._show_kept()

    def show_message(
        self,
        level: Level,
        text: str,
        action: str | None = None,
        on_action: Callable[[], None] | None = None,
    ) -> None:
        """A transient message, shown over any kept one."""
        self._show(level, text, action, on_action)
        self.showing_kept = None
        if self._kept and level in (Level.SUCCESS, Level.INFO):
            self._back_to_kept.start(self.transient_ms)

    def _show_kept(self) -> None:
        if not self._kept or (self.isVisible() and self.showing_kept is not None):
            return
        if self.isVisible() and self.level in (Level.ERROR, Level.WARNING):
            return  # a problem stays until it is dismissed
        key, (level, text, action, on_action) = next(reversed(self._kept.items()))
        self._show(level, text, action, on_action)
        self.showing_kept = key

    def _show(self, level: Level, text: str, action: str | None, on_action: Action) -> None:
        self._back_to_kept.stop()
        self.level = level
        icon_name, _accent = level.value
        self._icon.setPixmap(icon(icon_name).pixmap(20, 20))
        self._text.setText(text)
        self.setAccessibleName(f"{level.name.title()} message")
        self.setAccessibleDescription(text)
        self._callback = on_action
        self._action.setVisible(bool(action and on_action))
        if action:
            self._action.setText(action)
        self._tint()
        self.show()

    def error(self, text: str, action: str | None = None, on_action: Action = None) -> None:
        self.show_message(Level.ERROR, text, action, on_action)

    def info(self, text: str) -> None:
        self.show_message(Level.INFO, text)

    def success(self, text: str) -> None:
        self.show_message(Level.SUCCESS, text)

    def warning(self, text: str, action: str | None = None, on_action: Action = None) -> None:
        self.show_message(Level.WARNING, text, action, on_action)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A light/dark switch: the icon and the tint are worked out again from the new
        palette (the tint from the application's, not the tinted one set here)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange and self.level is not None:
            self.setPalette(QApplication.palette(self))
            icon_name, _accent = self.level.value
            self._icon.setPixmap(icon(icon_name).pixmap(20, 20))
            self._tint()

    def _tint(self) -> None:
        if self.level is None:
            return
        palette = QPalette(self.palette())
        base = QApplication.palette(self).color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.Window, blend(base, self.level.value[1], 0.18))
        self.setPalette(palette)

    def _run_action(self) -> None:
        callback = self._callback
        if self.showing_kept is not None:
            self._kept.pop(self.showing_kept, None)  # acted on: said and done
            self.showing_kept = None
        self.hide()
        if callback is not None:
            callback()
        if not self.isVisible():
            self._show_kept()
