"""A report page engine: HTML text laid out by QTextDocument, paginated onto a QPdfWriter.

Each page gets a header (the report's title and subject) and a footer (the date and
"Page n of m"). Tables break across pages with their header row repeated (QTextDocument
repeats <thead> rows) and never leave their header with fewer than two rows at the foot of
a page; short tables are never split; headings stay with what follows them (see
_keep_together); lines are never split between pages; charts are inline vector objects
(see charts.py). Everything here is QtGui and works off the GUI thread.
"""
from __future__ import annotations

import datetime as dt
import html
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTextTable,
)

from .. import __version__
from .charts import CHART_KEY, CHART_OBJECT, BarChart, ChartObject, LineChart
from .fmt import Formatter, tr
from .fonts import FAMILIES, font

RESOLUTION = 288  # device pixels per inch; PDF output is vector, this is only the unit of layout
PX = RESOLUTION / 96  # one CSS pixel (1/96 inch) in device pixels; HTML lengths are scaled by Qt itself
ACCENT = "#1f4e79"
MUTED = "#666666"
RULE = "#c8ccd2"
HEAD_BG = "#e9eef4"
ZEBRA = "#f6f7f9"

Progress = Callable[[float, str], None]


@dataclass
class PdfOptions:
    paper: QPageSize.PageSizeId = QPageSize.PageSizeId.A4
    pdf_a: bool = True  # PDF/A-1b: fonts embedded, no transparency, metadata as XMP
    author: str = ""


def esc(text: object) -> str:
    """Outside text is shown as it was typed: escaped, line breaks kept."""
    return html.escape(str(text), quote=True).replace("\n", "<br/>")


def _stylesheet() -> str:
    return f"""
    body {{ color: #1e1e1e; }}
    h1 {{ font-size: 19pt; font-weight: normal; color: {ACCENT}; margin-top: 0px; margin-bottom: 2px; }}
    h2 {{ font-size: 12.5pt; font-weight: normal; color: {ACCENT}; margin-top: 16px;
          margin-bottom: 5px; }}
    h3 {{ font-size: 10pt; font-weight: bold; margin-top: 8px; margin-bottom: 3px; }}
    p {{ margin-top: 0px; margin-bottom: 4px; }}
    .sub {{ font-size: 11pt; color: {MUTED}; }}
    .muted {{ color: {MUTED}; }}
    .empty {{ color: {MUTED}; font-style: italic; }}
    .small {{ font-size: 7.5pt; }}
    table.grid {{ border-collapse: collapse; }}
    table.grid th {{ background-color: {HEAD_BG}; font-weight: bold; font-size: 8pt; color: #333333;
                     border-bottom: 1px solid {RULE}; }}
    table.grid td {{ font-size: 8.5pt; border-bottom: 1px solid #e6e8eb; }}
    table.grid tr.total td {{ font-weight: bold; border-top: 1px solid {RULE}; background-color: #ffffff; }}
    table.facts td {{ font-size: 9pt; }}
    td.label {{ color: {MUTED}; }}
    """


class Report:
    """Build the body with the methods below, then ``save(path)``."""

    def __init__(self, title: str, subject: str, fmt: Formatter | None = None):
        self.title = title  # the kind of report: "Person dossier"
        self.subject = subject  # who or what it is about: a name, a contract title, a year
        self.fmt = fmt or Formatter()
        self.parts: list[str] = []
        self.charts: dict[int, BarChart | LineChart] = {}

    # -- building ---------------------------------------------------------------------------
    def heading(self, text: str, sub: str = "") -> None:
        self.parts.append(f"<h1>{esc(text)}</h1>")
        if sub:
            self.parts.append(f'<p class="sub">{esc(sub)}</p>')

    def section(self, text: str) -> None:
        self.parts.append(f"<h2>{esc(text)}</h2>")

    def subsection(self, text: str) -> None:
        self.parts.append(f"<h3>{esc(text)}</h3>")

    def paragraph(self, text: str, css: str = "") -> None:
        cls = f' class="{css}"' if css else ""
        self.parts.append(f"<p{cls}>{esc(text)}</p>")

    def empty(self, text: str) -> None:
        self.paragraph(text, "empty")

    def facts(self, pairs: Sequence[tuple[str, str]], columns: int = 2, label_width: int | None = None) -> None:
        """Label/value pairs in ``columns`` side-by-side columns (``label_width``: the labels' share, in %)."""
        pairs = [(k, v) for k, v in pairs if v not in (None, "")]
        if not pairs:
            return
        rows = (len(pairs) + columns - 1) // columns
        label_w = label_width or (16 if columns <= 2 else 19)  # three columns hold scores: short values, long labels
        value_w = (100 - label_w * columns) // columns
        out = ['<table class="facts" width="100%" cellspacing="0" cellpadding="2">']
        for r in range(rows):
            out.append("<tr>")
            for c in range(columns):
                index = c * rows + r
                if index < len(pairs):
                    k, v = pairs[index]
                    out.append(f'<td class="label" width="{label_w}%">{esc(k)}</td><td width="{value_w}%">{esc(v)}</td>')
                else:
                    out.append(f'<td width="{label_w}%"></td><td width="{value_w}%"></td>')
            out.append("</tr>")
        out.append("</table>")
        self.parts.append("".join(out))

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], *, align: str = "",
              widths: Sequence[int] = (), total: Sequence[str] | None = None, empty: str = "") -> None:
        """A table whose header row repeats on every page it spans.

        ``align`` has one letter per column: l, r or c. Cells are plain text.
        """
        if not rows:
            if empty:
                self.empty(empty)
            return
        aligns = {"l": "", "r": ' align="right"', "c": ' align="center"'}  # left is the default
        align = (align or "").ljust(len(headers), "l")
        out = ['<table class="grid" width="100%" cellspacing="0" cellpadding="3"><thead><tr>']
        for i, h in enumerate(headers):
            width = f' width="{widths[i]}%"' if i < len(widths) else ""
            side = aligns[align[i]] or ' align="left"'  # a header cell centres by default
            out.append(f"<th{side}{width}>{esc(h)}</th>")
        out.append("</tr></thead><tbody>")
        for n, row in enumerate(rows):
            bg = f' bgcolor="{ZEBRA}"' if n % 2 else ""
            out.append(f"<tr{bg}>")
            for i, cell in enumerate(row):
                out.append(f"<td{aligns[align[i]]}>{esc(cell)}</td>")
            out.append("</tr>")
        if total is not None:
            out.append('<tr class="total">')
            for i, cell in enumerate(total):
                out.append(f"<td{aligns[align[i]]}><b>{esc(cell)}</b></td>")
            out.append("</tr>")
        out.append("</tbody></table>")
        self.parts.append("".join(out))

    def chart(self, chart: BarChart | LineChart) -> None:
        key = len(self.charts)
        self.charts[key] = chart
        self.parts.append(f'<p style="margin-top:4px; margin-bottom:6px">[[chart:{key}]]</p>')

    # -- output -----------------------------------------------------------------------------
    def html(self) -> str:
        return "<html><body>" + "".join(self.parts) + "</body></html>"

    def save(self, path: Path | str, options: PdfOptions | None = None, report: Progress | None = None) -> Path:
        """Write the PDF (atomically: a failed write leaves no half file behind)."""
        options = options or PdfOptions()
        path = Path(path)
        temporary = path.with_name(f".{path.name}.part")
        try:
            pages = self._write(temporary, options, report)
            os.replace(temporary, path)
        finally:
            if temporary.exists():
                temporary.unlink()
        self.page_count = pages
        return path

    def _write(self, path: Path, options: PdfOptions, report: Progress | None) -> int:
        writer = QPdfWriter(str(path))
        writer.setResolution(RESOLUTION)
        if options.pdf_a:
            writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
        writer.setTitle(f"{self.title}: {self.subject}" if self.subject else self.title)
        writer.setCreator(f"TalentDesk {__version__}")
        if options.author:
            writer.setAuthor(options.author)
        writer.setPageLayout(QPageLayout(QPageSize(options.paper), QPageLayout.Orientation.Portrait,
                                         QMarginsF(16, 12, 16, 12), QPageLayout.Unit.Millimeter))
        area = QRectF(writer.pageLayout().paintRectPixels(RESOLUTION))
        area.moveTo(0, 0)
        header_h = font_height(8) * 2.6
        footer_h = font_height(7.5) * 2.6
        body = QRectF(0, header_h, area.width(), area.height() - header_h - footer_h)

        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        doc.setUseDesignMetrics(True)
        base = font(9)
        doc.setDefaultFont(base)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a long word never runs off
        doc.setDefaultTextOption(option)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(_stylesheet())
        handler = ChartObject(self.charts, PX, doc)
        doc.documentLayout().registerHandler(CHART_OBJECT, handler)
        doc.setPageSize(QSizeF(body.width(), body.height()))  # before the text: one layout, not two
        doc.setHtml(self.html())
        if self.charts:
            _place_charts(doc)
            # The edits above relayout lazily and leave later blocks where the placeholder text
            # put them (headings ended up under a chart): lay the whole document out again.
            doc.markContentsDirty(0, doc.characterCount())
        _keep_together(doc, body.height())
        if report:
            report(0.5, tr("Laying out pages…"))
        total = doc.pageCount()
        printed = self.fmt.date(dt.date.today())

        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write {path}")
        try:
            layout = doc.documentLayout()
            for page in range(total):
                if page:
                    writer.newPage()
                self._furniture(painter, area, page + 1, total, printed)
                painter.save()
                painter.translate(body.left(), body.top() - page * body.height())
                context = QAbstractTextDocumentLayout.PaintContext()
                context.clip = QRectF(0, page * body.height(), body.width(), body.height())
                painter.setClipRect(context.clip)
                layout.draw(painter, context)
                painter.restore()
                if report:
                    report(0.5 + 0.5 * (page + 1) / total, tr("Writing page {n} of {m}…").format(n=page + 1, m=total))
        finally:
            painter.end()
        return total

    def _furniture(self, painter: QPainter, area: QRectF, page: int, total: int, printed: str) -> None:
        """The running header and footer."""
        painter.save()
        muted = QColor(MUTED)
        head = font(8)
        painter.setFont(head)
        height = QFontMetricsF(head, painter.device()).height()
        painter.setPen(QColor(ACCENT))
        half = area.width() / 2
        painter.drawText(QRectF(0, 0, half, height), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         f"TalentDesk · {self.title}")
        painter.setPen(muted)
        subject = QFontMetricsF(head, painter.device()).elidedText(self.subject, Qt.TextElideMode.ElideRight, half - 4 * PX)
        painter.drawText(QRectF(half, 0, half, height), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                         subject)
        painter.setPen(QPen(QColor(RULE), 0.75 * PX))
        painter.drawLine(QPointF(0, height * 1.45), QPointF(area.width(), height * 1.45))
        foot = font(7.5)
        painter.setFont(foot)
        fh = QFontMetricsF(foot, painter.device()).height()
        y = area.height() - fh
        painter.drawLine(QPointF(0, y - fh * 0.45), QPointF(area.width(), y - fh * 0.45))
        painter.setPen(muted)
        painter.drawText(QRectF(0, y, half, fh), Qt.AlignmentFlag.AlignLeft,
                         tr("Printed {date}").format(date=printed))
        painter.drawText(QRectF(half, y, half, fh), Qt.AlignmentFlag.AlignRight,
                         tr("Page {n} of {m}").format(n=page, m=total))
        painter.restore()


def _place_charts(doc: QTextDocument) -> None:
    """Swap each "[[chart:N]]" paragraph for the chart object (a walk over blocks: find() is slow)."""
    found = []
    block = doc.begin()
    while block.isValid():
        text = block.text()
        if text.startswith("[[chart:") and text.endswith("]]"):
            found.append((block, int(text[8:-2])))
        block = block.next()
    for block, key in found:
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_OBJECT)
        fmt.setProperty(CHART_KEY, key)
        cursor.insertText("\ufffc", fmt)


# -- keeping things together across page breaks ---------------------------------------------------------
#
# QTextDocument breaks pages between lines and between table rows, and repeats a table's <thead> rows on
# every page it spans; it knows nothing of headings or of how many rows start a table. After the first
# layout, each heading and table is checked top to bottom and given a page break before it where needed:
#   - a table starts with its header and at least KEEP_ROWS rows on one page (never a header and one
#     row at the foot); a table no taller than SHORT_TABLE of a page is never split at all;
#   - a heading stays on the page where what follows it starts (the kept start of a table, the first
#     lines of a paragraph, a chart, or the next heading and what follows that).
# Each break moves what comes after, so later items are measured after the earlier breaks are in.

KEEP_ROWS = 2
SHORT_TABLE = 0.5  # of the page's height
KEEP_LINES = 2  # a heading keeps the first two lines of the paragraph after it


def _keep_together(doc: QTextDocument, page_height: float) -> None:
    block = doc.begin()
    while block.isValid():
        table = _table_starting_at(block)
        if _is_heading(block):
            _break_before_if_split(doc, block, page_height, _kept_end(doc, block, page_height))
        elif table is not None:
            _break_table_if_split(doc, table, page_height)
        block = block.next()


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() >= 2 and block.next().isValid()


def _table_starting_at(block: QTextBlock) -> QTextTable | None:
    """The table whose first cell starts with ``block``, if any."""
    table = QTextCursor(block).currentTable()
    if table is None or table.cellAt(0, 0).firstCursorPosition().block() != block:
        return None
    return table


def _page_of(y: float, page_height: float) -> int:
    return int(y // page_height)


def _row_bottom(doc: QTextDocument, table: QTextTable, row: int) -> float:
    layout = doc.documentLayout()
    return max(layout.blockBoundingRect(table.cellAt(row, column).lastCursorPosition().block()).bottom()
               for column in range(table.columns()))


def _table_kept_end(doc: QTextDocument, table: QTextTable, page_height: float) -> float:
    """Where the part of a table that must not be split ends: the whole of a short table, else its
    header and first KEEP_ROWS rows."""
    frame = doc.documentLayout().frameBoundingRect(table)
    if frame.height() <= page_height * SHORT_TABLE:
        return frame.bottom()
    last = min(table.format().headerRowCount() + KEEP_ROWS, table.rows()) - 1
    return _row_bottom(doc, table, last)


def _kept_end(doc: QTextDocument, heading: QTextBlock, page_height: float) -> float:
    """Where what a heading must stay with ends."""
    following = heading.next()
    table = _table_starting_at(following)
    if table is not None:
        return _table_kept_end(doc, table, page_height)
    if _is_heading(following):
        return _kept_end(doc, following, page_height)
    rect = doc.documentLayout().blockBoundingRect(following)
    lines = following.layout()
    if lines.lineCount() == 0:
        return rect.bottom()
    line = lines.lineAt(min(KEEP_LINES, lines.lineCount()) - 1)
    return rect.top() + line.y() + line.height()


def _break_before_if_split(doc: QTextDocument, block: QTextBlock, page_height: float, kept_end: float) -> None:
    top = doc.documentLayout().blockBoundingRect(block).top()
    if _page_of(top, page_height) == _page_of(kept_end - 1, page_height) or top % page_height < 1:
        return  # on one page already, or already at the top of a page (a longer run cannot do better)
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)


def _break_table_if_split(doc: QTextDocument, table: QTextTable, page_height: float) -> None:
    top = doc.documentLayout().frameBoundingRect(table).top()
    kept_end = _table_kept_end(doc, table, page_height)
    if _page_of(top, page_height) == _page_of(kept_end - 1, page_height) or top % page_height < 1:
        return
    fmt = table.format()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(fmt)


def font_height(points: float) -> float:
    """Line height in device pixels of the report font at ``points``."""
    return points / 72 * RESOLUTION * 1.36


__all__ = ["FAMILIES", "PdfOptions", "Report", "esc"]
