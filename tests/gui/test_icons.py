"""The SVG icons: all compiled in, all valid, tinted with the live palette, brands in colour."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from smartalex_desktop.gui.widgets.icons import app_icon, brand_icon, icon

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SVG_NAMES = sorted(path.stem for path in (RESOURCES / "icons").glob("*.svg"))
MONOCHROME = [name for name in SVG_NAMES if not name.startswith("brand_") and name != "smartalex"]
REQUIRED = {
    "plan", "card", "invoice", "wallet", "usage", "add", "refresh", "account", "sign_out",
    "help", "warning", "error", "info", "check", "star", "more", "close", "online", "offline",
    "brand_visa", "brand_mastercard", "brand_amex", "brand_discover", "brand_unknown",
    "smartalex",
}  # fmt: skip
TEXT_RED = QColor("#e01010")
TEXT_BLUE = QColor("#1040e0")


@pytest.fixture
def text_colour(qapp) -> Iterator[Callable[[QColor], None]]:
    """Sets the application's text colour for the test and restores the palette afterwards."""
    original = QPalette(qapp.palette())

    def set_text_colour(colour: QColor) -> None:
        palette = QPalette(original)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        qapp.setPalette(palette)

    yield set_text_colour
    qapp.setPalette(original)


def _opaque_colours(image: QImage, min_alpha: int = 255) -> set[tuple[int, int, int]]:
    """The colours of the pixels at least `min_alpha` opaque (un-premultiplied)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    colours = set()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() >= min_alpha:
                colours.add((pixel.red(), pixel.green(), pixel.blue()))
    return colours


def _all_near(colours: set[tuple[int, int, int]], expected: QColor) -> bool:
    # Antialiased edges are stored premultiplied: un-premultiplying is off by a unit or two.
    return bool(colours) and all(
        abs(a - b) <= 2 for colour in colours for a, b in zip(colour, _rgb(expected), strict=True)
    )


def _rgb(colour: QColor) -> tuple[int, int, int]:
    return (colour.red(), colour.green(), colour.blue())


def _close_to(pixel: QColor, expected: str) -> bool:
    want = QColor(expected)
    return (
        all(abs(a - b) <= 3 for a, b in zip(_rgb(pixel), _rgb(want), strict=True))
        and pixel.alpha() == 255
    )


def test_every_required_icon_exists():
    assert set(SVG_NAMES) >= REQUIRED


def test_the_qrc_lists_every_svg_and_the_faq_and_nothing_missing():
    listed = {node.text for node in ET.parse(RESOURCES / "resources.qrc").iter("file")}
    assert {f"icons/{name}.svg" for name in SVG_NAMES} | {"help/billing-faq.md"} == listed
    assert all((RESOURCES / path).is_file() for path in listed)


@pytest.mark.parametrize("name", SVG_NAMES)
def test_every_svg_loads_from_the_compiled_resources(qapp, name):
    renderer = QSvgRenderer(f":/icons/{name}.svg")
    assert renderer.isValid()
    assert not icon(name).isNull()


@pytest.mark.parametrize("name", MONOCHROME)
def test_monochrome_svgs_are_drawn_in_pure_black_only(name):
    source = (RESOURCES / "icons" / f"{name}.svg").read_text(encoding="utf-8")
    colours = set(re.findall(r'(?:fill|stroke|stop-color|color)="([^"]+)"', source))
    assert colours <= {"#000000", "none"}
    assert ET.fromstring(source).get("viewBox") == "0 0 24 24"


def test_unknown_icon_name_is_a_key_error(qapp):
    with pytest.raises(KeyError, match="no_such_icon"):
        icon("no_such_icon")


@pytest.mark.parametrize("name", MONOCHROME)
def test_monochrome_icon_at_16px_is_painted_in_the_palette_text_colour(text_colour, name):
    text_colour(TEXT_RED)
    pixmap = icon(name).pixmap(QSize(16, 16))
    assert pixmap.size() == QSize(16, 16)
    # At 16 px a 2-unit stroke is 1.3 px wide, so some icons have no fully opaque pixel.
    assert _all_near(_opaque_colours(pixmap.toImage(), min_alpha=128), TEXT_RED)
    assert _opaque_colours(pixmap.toImage()) <= {_rgb(TEXT_RED)}


def test_monochrome_icon_is_rendered_at_full_resolution_for_200_percent(text_colour):
    text_colour(TEXT_RED)
    pixmap = icon("card").pixmap(QSize(32, 32), 2.0)
    # 64 physical pixels rendered from the SVG, not 32 scaled up: crisp at 200 %.
    assert pixmap.size() == QSize(64, 64)
    assert pixmap.devicePixelRatio() == 2.0
    assert _opaque_colours(pixmap.toImage()) == {_rgb(TEXT_RED)}
    # Drawn from the SVG at 64 physical pixels: the same pixels as a plain 64 px render, which a
    # 32 px render scaled up would not give.
    at_64 = icon("card").pixmap(QSize(64, 64)).toImage()
    assert pixmap.toImage().convertToFormat(at_64.format()) == at_64
    assert pixmap.toImage() != icon("card").pixmap(QSize(32, 32)).toImage().scaled(64, 64)


def test_painting_into_a_high_dpi_device_uses_its_pixel_ratio(text_colour):
    text_colour(TEXT_RED)
    target = QPixmap(64, 64)
    target.setDevicePixelRatio(2.0)
    target.fill(Qt.GlobalColor.transparent)
    painter = QPainter(target)
    icon("check").paint(painter, QRect(0, 0, 32, 32))
    painter.end()
    painted = target.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    assert _opaque_colours(painted) == {_rgb(TEXT_RED)}
    # Pixel for pixel the 64-physical-pixel render, not a 32 px one stretched.
    expected = icon("check").pixmap(QSize(32, 32), 2.0).toImage()
    assert painted == expected.convertToFormat(painted.format())


def test_the_same_icon_follows_a_palette_switch_without_reloading(text_colour):
    check = icon("check")
    text_colour(TEXT_RED)
    assert _opaque_colours(check.pixmap(QSize(24, 24)).toImage()) == {_rgb(TEXT_RED)}
    text_colour(TEXT_BLUE)
    assert _opaque_colours(check.pixmap(QSize(24, 24)).toImage()) == {_rgb(TEXT_BLUE)}


def test_disabled_icons_take_the_disabled_colour(qapp, text_colour):
    palette = QPalette(qapp.palette())
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText, TEXT_RED)
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.WindowText, TEXT_RED)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, TEXT_BLUE)
    qapp.setPalette(palette)
    pixmap = icon("add").pixmap(QSize(24, 24), QIcon.Mode.Disabled)
    assert _opaque_colours(pixmap.toImage()) == {_rgb(TEXT_BLUE)}


def test_brand_icons_keep_their_colours_whatever_the_palette(text_colour):
    text_colour(TEXT_RED)
    visa = brand_icon("visa").pixmap(QSize(48, 32)).toImage()
    assert _close_to(visa.pixelColor(3, 16), "#1A1F71")
    mastercard = brand_icon("mastercard").pixmap(QSize(48, 32)).toImage()
    assert _close_to(mastercard.pixelColor(14, 16), "#EB001B")
    assert _close_to(mastercard.pixelColor(34, 16), "#F79E1B")
    amex = brand_icon("AMEX").pixmap(QSize(48, 32)).toImage()
    assert _close_to(amex.pixelColor(3, 16), "#2E77BC")
    discover = brand_icon("discover").pixmap(QSize(48, 32)).toImage()
    assert _close_to(discover.pixelColor(25, 16), "#FF6000")


def test_brand_icons_are_crisp_at_200_percent(qapp):
    pixmap = brand_icon("visa").pixmap(QSize(48, 32), 2.0)
    assert pixmap.size() == QSize(96, 64)


@pytest.mark.parametrize("brand", ["jcb", "unionpay", "", "unknown"])
def test_other_brands_get_the_neutral_badge(qapp, brand):
    expected = icon("brand_unknown").pixmap(QSize(48, 32)).toImage()
    assert brand_icon(brand).pixmap(QSize(48, 32)).toImage() == expected
    assert brand_icon(brand).pixmap(QSize(48, 32)).toImage() != (
        brand_icon("visa").pixmap(QSize(48, 32)).toImage()
    )


def test_app_icon_is_coloured_and_renders_small(text_colour):
    text_colour(TEXT_RED)
    image = app_icon().pixmap(QSize(16, 16)).toImage()
    centre_top = image.pixelColor(8, 1)  # the tile above the bubble: gradient teal/blue
    assert centre_top.alpha() == 255
    assert centre_top.blue() > centre_top.red() + 60
    assert _rgb(centre_top) != _rgb(TEXT_RED)
