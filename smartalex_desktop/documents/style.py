"""The look every document shares, and the one place a story of flowables becomes PDF bytes.

Letter paper (the account bills in USD), the SmartAlex letterhead on every page, "Page N of M" in
every footer, one table style. `build_pdf` makes the bytes reproducible: reportlab's invariant
mode (no random document ID, no comments with the time) and the document's own date as its
creation date — so the same invoice renders to the same bytes on any machine, on any day, and a
re-export does not change files an accountant already has.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from smartalex_desktop.documents import fonts
from smartalex_desktop.identity import APP_NAME, ORGANIZATION

BRAND = colors.HexColor("#2F5BD3")
INK = colors.HexColor("#1F2430")
MUTED = colors.HexColor("#5F6675")
RULE = colors.HexColor("#C9CEDA")
ZEBRA = colors.HexColor("#F3F5F9")
FAILED_ROW = colors.HexColor("#FBECEC")
STAMP_COLOURS = {
    "paid": colors.HexColor("#1E8E4E"),
    "open": colors.HexColor("#C77700"),
    "refunded": colors.HexColor("#6A4FC4"),
    "partially_refunded": colors.HexColor("#6A4FC4"),
    "void": colors.HexColor("#8A8F99"),
}

PAGE_WIDTH, PAGE_HEIGHT = LETTER
MARGIN = 0.75 * inch
TOP_MARGIN = 1.25 * inch  # room for the letterhead
BOTTOM_MARGIN = 0.9 * inch  # room for the footer
# The frame keeps reportlab's 6 pt padding on each side: tables are sized to what is left.
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN - 12  # 492 pt
LEFT = MARGIN + 6  # where the content starts and ends: letterhead and footer line up with it
RIGHT = PAGE_WIDTH - MARGIN - 6
TAGLINE = "AI phone receptionist for clinics and agencies · smartalex.ai"

# Paragraphs look their font up when they are made, before any document is built.
fonts.register_fonts()


def _style(name: str, **values: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": fonts.REGULAR, "fontSize": 9.5, "leading": 12.5}
    base.update(values)
    base.setdefault("textColor", INK)
    return ParagraphStyle(name, **base)


TITLE = _style("Title", fontName=fonts.BOLD, fontSize=22, leading=26, textColor=INK)
SUBTITLE = _style("Subtitle", fontSize=11, leading=14, textColor=MUTED)
HEADING = _style(
    "Heading", fontName=fonts.BOLD, fontSize=11.5, leading=15, spaceBefore=14, spaceAfter=5
)
BODY = _style("Body")
STRONG = _style("Strong", fontName=fonts.BOLD)
SMALL = _style("Small", fontSize=8.5, leading=11, textColor=MUTED)
LABEL = _style("Label", fontSize=8, leading=10, textColor=MUTED)
CELL = _style("Cell", fontSize=9, leading=11.5)
CELL_PADDING = 12.0  # a table cell's left + right padding (reportlab's default 6 + 6)
CELL_SMALL = _style("CellSmall", fontSize=8, leading=10)


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of plain text: what a customer typed (a practice name with "&" or "<") is
    escaped, and newlines stay line breaks (a multi-line address)."""
    return Paragraph(markup(text), style)


def cell(text: str, width: float, style: ParagraphStyle = CELL) -> str | Paragraph:
    """A table cell's text: a plain string when it fits on one line of `width` points (the
    table draws it directly), a wrapping paragraph only when it does not. Parsing a paragraph's
    markup is most of what a table row costs to lay out."""
    single_line = "\n" not in text
    if single_line and stringWidth(text, style.fontName, style.fontSize) <= width - CELL_PADDING:
        return text
    return para(text, style)


def section(title: str, *, room: float = 1.3 * inch) -> list[Flowable]:
    """A section heading that never ends a page alone: with less than `room` left it moves to
    the next page with what follows it. (keepWithNext would move a whole long table too.)"""
    return [CondPageBreak(room), para(title, HEADING)]


def markup(text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\r\n", "\n").replace("\n", "<br/>")


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    right_columns: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table that breaks across pages with its header row repeated on each one."""
    table = Table(
        [list(header), *[list(row) for row in rows]], colWidths=list(widths), repeatRows=1
    )
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, 0), fonts.BOLD, 8.5),
        ("FONT", (0, 1), (-1, -1), fonts.REGULAR, 9),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), BRAND),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
    ]
    commands += [("ALIGN", (column, 0), (column, -1), "RIGHT") for column in right_columns]
    table.setStyle(TableStyle([*commands, *extra]))
    return table


def key_value_table(
    rows: Sequence[tuple[str, str]],
    widths: tuple[float, float],
    *,
    strong_rows: Sequence[int] = (),
    h_align: str = "LEFT",
) -> Table:
    """Figures as label → amount, right-aligned (totals, balances, the usage summary);
    `strong_rows` are set in bold with a rule above (a total)."""
    table = Table([list(row) for row in rows], colWidths=list(widths), hAlign=h_align)
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9.5),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("TEXTCOLOR", (1, 0), (1, -1), INK),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for row in strong_rows:
        commands += [
            ("FONT", (0, row), (-1, row), fonts.BOLD, 10.5),
            ("TEXTCOLOR", (0, row), (-1, row), INK),
            ("LINEABOVE", (0, row), (-1, row), 0.75, INK),
        ]
    table.setStyle(TableStyle(commands))
    return table


def draw_stamp(canvas: Canvas, word: str, status: str, *, right: float, y: float) -> None:
    """A rubber-stamp badge, double-outlined in the status's colour, its right edge at `right`
    and centred on `y`: read at a glance. Upright on purpose: rotated text comes out of
    copy-paste, search and screen readers in pieces ("REF U N D ED")."""
    colour = STAMP_COLOURS.get(status, MUTED)
    size = 18 if len(word) <= 10 else 13
    width = canvas.stringWidth(word, fonts.BOLD, size) + 24
    height = size + 14
    canvas.saveState()
    canvas.translate(right - width / 2, y)
    canvas.setStrokeColor(colour)
    canvas.setFillColor(colour)
    canvas.setLineWidth(2.2)
    canvas.roundRect(-width / 2, -height / 2, width, height, 6, stroke=1, fill=0)
    canvas.setLineWidth(0.8)
    canvas.roundRect(-width / 2 + 3, -height / 2 + 3, width - 6, height - 6, 4, stroke=1, fill=0)
    canvas.setFont(fonts.BOLD, size)
    canvas.drawCentredString(0, -size * 0.36, word)
    canvas.restoreState()


# --- the page and the bytes --------------------------------------------------------------------


class _FixedTimeStamp:
    """What reportlab reads for CreationDate/ModDate: the document's own date, in UTC."""

    def __init__(self, moment: datetime) -> None:
        utc = moment.astimezone(UTC)
        self.t = utc.timestamp()
        self.lt = utc.timetuple()
        self.YMDhms = tuple(utc.timetuple())[:6]
        self.dhh = 0
        self.dmm = 0
        self.tzname = "UTC"


class _DocumentCanvas(Canvas):
    """Keeps every page until the end so each footer can say "Page N of M" (M is known only once
    the story has been laid out), and dates the PDF with the document's own date."""

    def __init__(self, *args: Any, footer: str, created: datetime, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []
        # reportlab has no public setter for the creation date; invariant mode alone would print
        # 2000-01-01, or $SOURCE_DATE_EPOCH when the environment sets it — which would also seed
        # the document ID and make the bytes depend on the environment. Both follow the
        # document's own date instead (the ID then digests title, author and subject as usual).
        document = getattr(self, "_doc", None)
        if document is not None:
            document._timeStamp = _FixedTimeStamp(created)
            document.signature = hashlib.md5(
                b"SmartAlex document " + created.astimezone(UTC).isoformat().encode(),
                usedforsecurity=False,
            )

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(self._pageNumber, total)
            super().showPage()
        super().save()

    def _draw_footer(self, page: int, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(LEFT, BOTTOM_MARGIN - 18, RIGHT, BOTTOM_MARGIN - 18)
        self.setFont(fonts.REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawString(LEFT, BOTTOM_MARGIN - 30, self._footer)
        self.drawRightString(RIGHT, BOTTOM_MARGIN - 30, f"Page {page} of {total}")
        self.restoreState()


def _draw_letterhead(canvas: Canvas, heading: str) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - 0.6 * inch
    canvas.setFillColor(BRAND)
    canvas.setFont(fonts.BOLD, 20)
    canvas.drawString(LEFT, top - 16, "SmartAlex")
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.REGULAR, 8)
    canvas.drawString(LEFT, top - 29, TAGLINE)
    canvas.setFont(fonts.REGULAR, 9)
    canvas.drawRightString(RIGHT, top - 16, heading)
    canvas.setStrokeColor(BRAND)
    canvas.setLineWidth(1.5)
    canvas.line(LEFT, top - 38, RIGHT, top - 38)
    canvas.restoreState()


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    subject: str,
    created: datetime,
    heading: str,
    footer: str,
    first_page: Callable[[Canvas], None] | None = None,
) -> bytes:
    """The story laid out on letterhead pages, as PDF bytes.

    `heading` goes top right of every page (which document this page belongs to), `footer`
    bottom left; `first_page` draws extras on page 1 only (the stamp).
    """
    fonts.register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        author=ORGANIZATION,
        subject=subject,
        creator=APP_NAME,
        producer=f"{APP_NAME} (ReportLab)",
        invariant=1,
        initialFontName=fonts.REGULAR,
    )

    def on_first(canvas: Canvas, _doc: object) -> None:
        _draw_letterhead(canvas, heading)
        if first_page is not None:
            first_page(canvas)

    def on_later(canvas: Canvas, _doc: object) -> None:
        _draw_letterhead(canvas, heading)

    doc.build(
        story,
        onFirstPage=on_first,
        onLaterPages=on_later,
        canvasmaker=partial(_DocumentCanvas, footer=footer, created=created),
    )
    return buffer.getvalue()
