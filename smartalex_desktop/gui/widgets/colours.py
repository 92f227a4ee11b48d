"""The few colours the app adds to the palette (status accents) and how it tints with them, so
that notices and badges read on light and dark palettes alike."""

from __future__ import annotations

from PySide6.QtGui import QColor

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
