"""The DejaVu Sans font, registered with reportlab once and embedded in every document.

reportlab's built-in Helvetica covers Latin-1 only and is never embedded, so "Zoë's Dental —
Montréal" would print with holes in it. DejaVu Sans (shipped in `fonts/`, licence in
`fonts/LICENSE`) covers the names our customers type, and as a TrueType font reportlab embeds the
subset each document uses, so the PDF reads the same on a machine without the font.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).with_name("fonts")
REGULAR = "SmartAlexSans"
BOLD = "SmartAlexSans-Bold"

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts (idempotent, thread-safe: documents render in worker threads)."""
    global _registered
    with _lock:
        if _registered:
            return
        pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        # <b> in a Paragraph picks the bold face; there is no italic in the documents.
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
        _registered = True
