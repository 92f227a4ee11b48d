"""The window's message bar: every failure as a sentence, in the window, never a traceback.

One line above the tabs with an icon, the sentence, an optional action ("Sign in…", "Pay
now") and a close button. Colours come from the palette, so it reads in light and dark themes;
screen readers get the sentence as the bar's accessible description.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
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
        self._close.clicked.connect(self.hide)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._action)
        layout.addWidget(self._close)
        self._callback: Callable[[], None] | None = None
        self._action.clicked.connect(self._run_action)
        self.level: Level | None = None
        self.hide()

    @property
    def text(self) -> str:
        return self._text.text() if self.isVisible() else ""

    def show_message(
        self,
        level: Level,
        text: str,
        action: str | None = None,
        on_action: Callable[[], None] | None = None,
    ) -> None:
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
        self.hide()
        if callback is not None:
            callback()
