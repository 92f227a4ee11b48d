"""The few colours the app adds to the palette (status accents) and how it tints with them, so
that notices and badges read on light and dark palettes alike."""

from __future__ import annotations

import enum

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap

GREEN = QColor(0x2E, 0x7D, 0x32)
AMBER = QColor(0xE0, 0x8A, 0x00)
RED = QColor(0xD3, 0x2F, 0x2F)
BLUE = QColor(0x1E, 0x88, 0xE5)


def blend(base: QColor, accent: QColor, amount: float) -> QColor:
    """`base` moved `amount` (0–1) of the way towards `accent`: a tint of the window colour that
    keeps the palette's text readable on it."""
    return QColor(
        round(base.red() + (accent.red() - base.red()) * amount),
        round(base.green() + (accent.green() - base.green()) * amount),
        round(base.blue() + (accent.blue() - base.blue()) * amount),
    )


class Level(enum.Enum):
    """The status accents: which icon, and the colour on a light and on a dark window."""

    ERROR = ("error", QColor(0xB7, 0x1C, 0x1C), QColor(0xFF, 0x8A, 0x80))
    WARNING = ("warning", QColor(0x8A, 0x55, 0x00), QColor(0xFF, 0xCA, 0x28))


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent(level: Level, palette: QPalette) -> QColor:
    """The level's colour that reads on this palette's window colour."""
    _name, light, dark = level.value
    return dark if is_dark(palette) else light


def tinted_pixmap(source: QIcon, size: QSize, colour: QColor, ratio: float = 1.0) -> QPixmap:
    """A monochrome icon painted in `colour` (the app's icons are tinted with the text colour;
    a status flag wants its own)."""
    physical = QSize(round(size.width() * ratio), round(size.height() * ratio))
    image = QImage(physical, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.drawPixmap(0, 0, source.pixmap(physical))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), colour)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
