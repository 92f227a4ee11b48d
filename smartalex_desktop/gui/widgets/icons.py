"""The app's icons, from the compiled resources (`resources/icons/*.svg`).

Monochrome UI icons are drawn in pure black and tinted at paint time with the application
palette's text colour, so they follow a light/dark switch without being reloaded. Brand badges and
the app icon keep their own colours. Every icon is rendered from its SVG at the size and device
pixel ratio asked for, so it stays crisp at 200 % scaling.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtSvg import QSvgRenderer

from smartalex_desktop.gui.forms import resources_rc  # noqa: F401  (registers :/icons/…)

APP_ICON_NAME = "smartalex"
_BRAND_PREFIX = "brand_"
# Stripe's brand names for the cards SmartAlex accepts; any other brand gets the neutral badge.
_KNOWN_BRANDS = frozenset({"visa", "mastercard", "amex", "discover"})


def _resource_path(name: str) -> str:
    return f":/icons/{name}.svg"


def _is_coloured(name: str) -> bool:
    return name.startswith(_BRAND_PREFIX) or name == APP_ICON_NAME


def _tint_colour(mode: QIcon.Mode) -> QColor:
    """The palette colour an icon takes in `mode`, read now so palette switches show at once."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
        # A palette built with setColor(role, colour) has the same colour in every group; the
        # placeholder colour still reads as "not available" there.
        if disabled != normal:
            return disabled
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class _TintedSvgIconEngine(QIconEngine):
    """Renders a black SVG at the requested physical size and paints it in the palette colour."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self._path = path
        self._renderer = QSvgRenderer(path)

    def key(self) -> str:
        return "SmartAlexTintedSvg"

    def clone(self) -> QIconEngine:
        return _TintedSvgIconEngine(self._path)

    def isNull(self) -> bool:  # noqa: N802 (Qt's name)
        return not self._renderer.isValid()

    def actualSize(  # noqa: N802 (Qt's name)
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State
    ) -> QSize:
        return size

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._render(size, 1.0, mode)

    def scaledPixmap(  # noqa: N802 (Qt's name)
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return self._render(size, scale, mode)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self._render(rect.size(), ratio, mode))

    def _render(self, size: QSize, ratio: float, mode: QIcon.Mode) -> QPixmap:
        """The icon at `size` logical pixels; the colour is part of the cache key, so a palette
        change renders afresh instead of showing a stale colour."""
        colour = _tint_colour(mode)
        physical = QSize(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
        cache_key = (
            f"smartalex-icon|{self._path}|{physical.width()}x{physical.height()}"
            f"|{ratio}|{colour.rgba()}"
        )
        cached = QPixmapCache.find(cache_key)
        if cached is not None and not cached.isNull():
            return cached
        image = QImage(physical, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, _centred_square(physical))
        # SourceIn keeps the SVG's coverage (alpha) and replaces its black with the palette colour.
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(image.rect(), colour)
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        QPixmapCache.insert(cache_key, pixmap)
        return pixmap


def _centred_square(area: QSize) -> QRectF:
    """The icons are square; a non-square request gets them centred rather than stretched."""
    side = min(area.width(), area.height())
    return QRectF((area.width() - side) / 2, (area.height() - side) / 2, side, side)


def icon(name: str) -> QIcon:
    """The icon `name` (a file in resources/icons without `.svg`).

    Raises KeyError for a name that has no SVG: that is a programming mistake, better caught by
    the first test that touches it than shown as a blank button.
    """
    path = _resource_path(name)
    if not QFile.exists(path):
        raise KeyError(name)
    if _is_coloured(name):
        # Qt's SVG icon engine re-renders at each size and pixel ratio, so these stay crisp too.
        return QIcon(path)
    return QIcon(_TintedSvgIconEngine(path))


def brand_icon(brand: str) -> QIcon:
    """The badge for a card brand as the API reports it (Stripe's names); unknown → neutral."""
    normalised = brand.strip().lower()
    if normalised not in _KNOWN_BRANDS:
        normalised = "unknown"
    return icon(f"{_BRAND_PREFIX}{normalised}")


def app_icon() -> QIcon:
    """The SmartAlex app icon, for windows, the tray and the taskbar."""
    return icon(APP_ICON_NAME)
