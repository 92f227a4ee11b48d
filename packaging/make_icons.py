"""Render the app icon (resources/icons/smartalex.svg) as PNGs at the hicolor theme's sizes, into
packaging/linux/icons/hicolor/NxN/apps/ai.smartalex.Desktop.png, plus the SVG as `scalable`.

    .venv/bin/python packaging/make_icons.py

Run it after changing the SVG; the PNGs are committed (a test checks their sizes).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "smartalex.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
APP_ID = "ai.smartalex.Desktop"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage painting wants one)
    renderer = QSvgRenderer(str(SVG))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        folder = HICOLOR / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        image.save(str(folder / f"{APP_ID}.png"))
    scalable = HICOLOR / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable / f"{APP_ID}.svg")
    print(f"wrote {len(SIZES)} PNGs and the SVG under {HICOLOR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
