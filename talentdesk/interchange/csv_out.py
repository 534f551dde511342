"""CSV any spreadsheet opens safely: UTF-8 with BOM, CRLF, ISO dates, plain decimals, inert formulas.

A text cell whose first visible character is ``=``, ``+``, ``-`` or ``@`` (spreadsheets skip the
spaces, no-break spaces, BOM and line breaks before it), or that starts with TAB or CR, is text a
spreadsheet would run as a formula: it is written with a leading ``'``. Numbers (int, Decimal) are
written as numbers, so a refund stays ``-12.50``. Text holding a quote, ``,``, ``;``, a tab or a line
break is quoted: a spreadsheet that splits on ``;`` (most of Europe) would otherwise cut it into a
new cell that could start with a formula.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
# A formula character after what a spreadsheet passes over first (spaces of any kind, line breaks,
# a BOM, zero-width characters).
_LIVE = re.compile(r"[\s\ufeff\u200b-\u200d\u2060]*[=+\-@]")
_BREAK = re.compile(r"([;\r\n])")
_NEEDS_QUOTES = re.compile(r'[",;\t\r\n]|^\s|\s$')


def inert(text: str) -> str:
    """Text a spreadsheet shows as written, never runs: a leading ``'`` when it could start a formula.

    A spreadsheet that splits on ``;`` (or that does not honour quotes in mid-cell) starts a new cell
    after every ``;`` and line break inside a text: each such piece that could start a formula gets
    the same ``'``, so ``a;=1+2`` is written ``a;'=1+2`` (a list in notes, ``- item``, included).
    """
    if text.startswith(DANGEROUS) or _LIVE.match(text):
        text = "'" + text
    if _BREAK.search(text):
        pieces = _BREAK.split(text)  # text, break, text, break, …: linear, however many breaks
        text = "".join("'" + piece if index % 2 == 0 and index and _LIVE.match(piece) else piece
                       for index, piece in enumerate(pieces))
    return text


def field(text: str) -> str:
    """One cell as it goes between the separators: quoted when a ``,`` or ``;`` reader could split it."""
    if _NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def line(cells: Iterable) -> str:
    return ",".join(field(cell(value)) for value in cells) + "\r\n"


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value.tzinfo is None else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return inert(str(value))


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file whole or not at all (a temporary file beside it, then renamed)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_rows(path: Path, header: Sequence[str], rows: Iterable[Sequence], *,
               report: Callable[[float, str], None] | None = None, total: int | None = None) -> int:
    """Write header and rows to ``path``; returns the number of data rows."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            handle.write(line(header))
            for row in rows:
                handle.write(line(row))
                count += 1
                if report and total and count % 10_000 == 0:
                    report(count / total, f"{count:,} rows written…")
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return count


def to_bytes(header: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    """The same format in memory (tests, previews)."""
    text = line(header) + "".join(line(row) for row in rows)
    return "\ufeff".encode() + text.encode("utf-8")
