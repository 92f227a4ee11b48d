"""The DejaVu Sans font, registered with reportlab once and embedded in every document.

reportlab's built-in Helvetica covers Latin-1 only and is never embedded, so "Zoë's Dental —
Montréal" would print with holes in it. DejaVu Sans (shipped in `fonts/`, licence in
`fonts/LICENSE`) covers the names our customers type, and as a TrueType font reportlab embeds the
subset each document uses, so the PDF reads the same on a machine without the font.

Embedding is a third of what a one-page invoice costs to make (docs/performance.md, "PDFs:
embedded fonts made once"). The subsets barely vary:
reportlab puts all of ASCII in every subset and adds the other characters a document uses in the
order it first uses them, so an account's invoices — same name, same address, same labels —
embed the very same subset one after the other. So each font keeps the last few subsets it
made, and the same bytes in compress to the same bytes out once. The PDF is byte for byte what
reportlab alone makes; only the time goes.
"""

from __future__ import annotations

import functools
import threading
import zlib
from collections import OrderedDict
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

FONT_DIR = Path(__file__).with_name("fonts")
REGULAR = "SmartAlexSans"
BOLD = "SmartAlexSans-Bold"
SUBSETS_KEPT = 16  # per font: an export cycles through a handful (a credit note adds "–")

_lock = threading.Lock()
_registered = False


class _SubsetCachingFace(TTFontFace):
    """A parsed TrueType file that cuts each distinct subset once, then hands back the bytes."""

    _subsets: OrderedDict[tuple[int, ...], bytes]
    _subsets_lock: threading.Lock

    def makeSubset(self, subset: list[int]) -> bytes:  # noqa: N802 (reportlab's name)
        key = tuple(subset)
        with self._subsets_lock:
            program = self._subsets.get(key)
            if program is not None:
                self._subsets.move_to_end(key)
                return program
        program = super().makeSubset(subset)
        with self._subsets_lock:
            self._subsets[key] = program
            while len(self._subsets) > SUBSETS_KEPT:
                self._subsets.popitem(last=False)
        return program


class _FlateOnce:
    """reportlab's FlateDecode filter (zlib at its default level, so the same bytes), remembering
    its last results: a subset's font program and ToUnicode map repeat from one document to the
    next. Given the same bytes object back from the subset cache, the lookup hashes nothing."""

    pdfname = "FlateDecode"

    def encode(self, text: bytes | str) -> bytes:
        return _compressed(text.encode("utf8") if isinstance(text, str) else text)

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


@functools.lru_cache(maxsize=4 * SUBSETS_KEPT)  # two fonts × (font program + ToUnicode map)
def _compressed(data: bytes) -> bytes:
    return zlib.compress(data)


_FLATE_ONCE = _FlateOnce()


class _WidthsOnce(pdfdoc.PDFArray):
    """A subset's glyph widths, formatted once: 128 numbers, each through reportlab's generic
    formatter, cost a noticeable part of every document (docs/performance.md, "PDFs: embedded
    fonts made once")."""

    def format(self, document: pdfdoc.PDFDocument, IND: bytes = b"\n ") -> bytes:  # noqa: N803
        return _formatted_widths(tuple(self.sequence), rl_config.pdfMultiLine, IND)


@functools.lru_cache(maxsize=2 * SUBSETS_KEPT)
def _formatted_widths(widths: tuple[int, ...], _multiline: object, indent: bytes) -> bytes:
    # The document only matters to objects that become references; numbers never do.
    return pdfdoc.PDFArray(widths).format(pdfdoc.DummyDoc(), indent)


class EmbeddedFont(TTFont):
    """A TrueType font whose embedded subsets are made once per distinct subset (see above)."""

    def __init__(self, name: str, path: Path) -> None:
        super().__init__(name, str(path))
        # TTFont parses the file into a TTFontFace of its own; re-classing that parsed face adds
        # the subset cache without parsing the 750 KB font file a second time.
        face = self.face
        face.__class__ = _SubsetCachingFace
        face._subsets = OrderedDict()
        face._subsets_lock = threading.Lock()

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 (reportlab's name)
        """reportlab's own font objects, with their two streams per subset (the font program
        and the ToUnicode map) compressed through the remembering filter, and its widths
        formatted once."""
        before = set(doc.idToObject)
        super().addObjects(doc)
        for name in doc.idToObject.keys() - before:
            added = doc.idToObject[name]
            if isinstance(added, pdfdoc.PDFStream) and added.filters == [pdfdoc.PDFZCompress]:
                added.filters = [_FLATE_ONCE]
            elif isinstance(added, pdfdoc.PDFTrueTypeFont):
                added.Widths = _WidthsOnce(added.Widths.sequence)


def register_fonts() -> None:
    """Register the fonts (idempotent, thread-safe: documents render in worker threads)."""
    global _registered
    with _lock:
        if _registered:
            return
        pdfmetrics.registerFont(EmbeddedFont(REGULAR, FONT_DIR / "DejaVuSans.ttf"))
        pdfmetrics.registerFont(EmbeddedFont(BOLD, FONT_DIR / "DejaVuSans-Bold.ttf"))
        # <b> in a Paragraph picks the bold face; there is no italic in the documents.
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
        _registered = True
