"""CSV any spreadsheet opens safely: UTF-8 with BOM, CRLF, ISO dates, plain decimals, inert formulas.

A cell that starts with ``=``, ``+``, ``-``, ``@``, TAB or CR is text a spreadsheet would run as a
formula: it is written with a leading ``'``. Numbers (int, Decimal) are written as numbers.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


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
    text = str(value)
    return "'" + text if text.startswith(DANGEROUS) else text


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
            writer = csv.writer(handle, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            writer.writerow([cell(h) for h in header])
            for row in rows:
                writer.writerow([cell(value) for value in row])
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
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([cell(h) for h in header])
    for row in rows:
        writer.writerow([cell(value) for value in row])
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")
