"""Printing a PDF the viewer shows, on a worker: each page rendered by QtPdf at the printer's
resolution and painted onto the QPrinter the print dialog set up.

Qt allows a QPainter on a QPrinter (and QImage) outside the GUI thread, so the rendering —
a page at 600 dpi is a 5,000-pixel image — never freezes the window. The worker loads its own
QPdfDocument from the file or the bytes (the viewer's document belongs to the GUI thread).
QtPrintSupport is part of PySide6-Essentials, which the app requires; `printing_available()`
still asks, so a build without it says so instead of failing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument

from smartalex_desktop.api import errors

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def printing_available() -> bool:
    """Whether this build of Qt can print (QtPrintSupport loads)."""
    try:
        from PySide6 import QtPrintSupport  # noqa: F401 (only whether it loads)
    except ImportError:
        return False
    return True


def print_pdf(source: Path | bytes, printer: QPrinter) -> int:
    """On a worker: print the PDF at `source` (a file, or its bytes) on `printer`, the pages the
    print dialog chose (all by default); returns how many pages were printed."""
    document = QPdfDocument()
    buffer: QBuffer | None = None
    if isinstance(source, Path):
        document.load(str(source))
    else:
        buffer = QBuffer()
        buffer.setData(QByteArray(source))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise errors.SmartAlexError(
                "The PDF could not be read for printing. Close the viewer, open the invoice "
                "again and print once more.",
                code="pdf_not_printed",
            )
        count = document.pageCount()
        first = max(printer.fromPage(), 1) - 1
        last = min(printer.toPage() or count, count) - 1
        painter = QPainter()
        if not painter.begin(printer):
            raise errors.SmartAlexError(
                "The printer could not be started. Check that it is switched on and connected, "
                "or save the PDF (Ctrl+S) and print it from your PDF app.",
                code="printer_not_started",
            )
        try:
            for index, page in enumerate(range(first, last + 1)):
                if index:
                    printer.newPage()
                _paint_page(document, page, painter)
        finally:
            painter.end()
        return last - first + 1
    finally:
        document.close()
        if buffer is not None:
            buffer.close()


def _paint_page(document: QPdfDocument, page: int, painter: QPainter) -> None:
    """One page, as large as the printable area allows, centred, in its own proportions."""
    area = painter.viewport()
    points = document.pagePointSize(page)
    if points.width() <= 0 or points.height() <= 0:
        return
    scale = min(area.width() / points.width(), area.height() / points.height())
    width, height = round(points.width() * scale), round(points.height() * scale)
    image = document.render(page, QSize(width, height))
    left = area.x() + (area.width() - width) // 2
    top = area.y() + (area.height() - height) // 2
    painter.drawImage(QRect(left, top, width, height), image)
