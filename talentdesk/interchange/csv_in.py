"""Reading CSV files as people really have them: encodings, delimiters, ``sep=``, ragged rows.

``read_table`` returns the header and the rows with the line each row starts on, plus
notes on what was guessed (encoding fallback, delimiter). Problems a person must fix
raise ``InterchangeError`` with the line number.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from .report import InterchangeError

DELIMITERS = ",;\t|"
# Limits that keep a hostile or mistaken file from hanging or flooding an import (each refusal says
# which one was met). Real exports stay far below them: Upwork's widest has 19 columns.
MAX_BYTES = 512 * 1024 * 1024
MAX_COLUMNS = 1000
MAX_RECORD_CHARS = 1_000_000  # one row, quoted line breaks included
MAX_CELL_CHARS = csv.field_size_limit()  # the csv module's own limit per cell, said in words
SNIFF_CHARS = 65_536
SNIFF_RECORDS = 20
_SEP_LINE = re.compile(r'^"?sep=(.)"?\s*$', re.IGNORECASE)


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line the record starts on, cells)
    encoding: str
    delimiter: str
    notes: list[str] = field(default_factory=list)
    header_line: int = 1

    def preview(self, n: int = 5) -> list[list[str]]:
        return [cells for _line, cells in self.rows[:n]]


def decode(data: bytes, encoding: str | None = None, path: str | None = None) -> tuple[str, str, list[str]]:
    """(text, encoding used, notes). UTF-8 (BOM or not), UTF-16 with BOM, else cp1252 as a reported fallback."""
    notes: list[str] = []
    if encoding:
        try:
            return data.decode(encoding), encoding, notes
        except UnicodeDecodeError as exc:
            raise InterchangeError(f"the file is not valid {encoding}: {exc}", path=path) from None
        except (LookupError, ValueError):  # unknown, not a text encoding ("rot13"), or a NUL in the name
            raise InterchangeError(f"“{encoding[:40]}” is not a text encoding TalentDesk knows; "
                                   "try utf-8, utf-16 or cp1252", path=path) from None
    if data.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = "utf-16"
    else:
        name = "utf-8"
    try:
        return data.decode(name), name, notes
    except UnicodeDecodeError as exc:
        if name == "utf-16":
            raise InterchangeError(f"the file starts like UTF-16 but is not: {exc.reason}", path=path) from None
        line = data.count(b"\n", 0, exc.start) + 1
        notes.append(f"not UTF-8 (first odd byte on line {line}); read as Windows-1252")
        return data.decode("cp1252", errors="replace"), "cp1252", notes


def read_bytes(path: Path) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InterchangeError("no such file", path=str(path)) from None
    if path.is_dir():
        raise InterchangeError("is a folder, not a file", path=str(path))
    if size > MAX_BYTES:
        raise InterchangeError(f"is too large to import ({size / 2**20:,.1f} MB; the limit is {MAX_BYTES / 2**20:,.0f} MB)",
                               path=str(path))
    return path.read_bytes()


def sniff_delimiter(sample: str) -> str:
    """The delimiter of the first records, found in one linear pass.

    We do not call ``csv.Sniffer``: its quote-detecting regular expressions backtrack on a run of
    quotes (400 quotes in a 446-byte file took 204 s and hung every importer). This scan reads at
    most ``SNIFF_CHARS`` characters once, counting each candidate outside double quotes per
    record; the delimiter the header uses that most records repeat the same number of times wins.
    The quote is the double quote, as the reader takes it (the sniffer's guess of another quote
    character was never used).
    """
    counts = _delimiter_counts(sample[:SNIFF_CHARS])
    if not counts:
        return ","
    header = counts[0]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:  # ties go to the earlier, more common delimiter
        width = header[delimiter]
        if not width:
            continue
        score = (sum(1 for record in counts[1:] if record[delimiter] == width), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _delimiter_counts(sample: str) -> list[dict[str, int]]:
    """For each of the first ``SNIFF_RECORDS`` non-blank records: how often each delimiter occurs
    outside quotes. A quote toggles the quoted state (a doubled quote toggles twice: no change)."""
    records: list[dict[str, int]] = []
    current = dict.fromkeys(DELIMITERS, 0)
    quoted, blank = False, True
    for char in sample:
        if char == '"':
            quoted = not quoted
            blank = False
        elif quoted:
            continue
        elif char in "\r\n":
            if not blank:
                records.append(current)
                if len(records) == SNIFF_RECORDS:
                    return records
            current, blank = dict.fromkeys(DELIMITERS, 0), True
        elif char in current:
            current[char] += 1
            blank = False
        elif not char.isspace():
            blank = False
    if not blank:
        records.append(current)  # the last record, or one cut by the end of the sample
    return records


def read_text_table(text: str, *, delimiter: str | None = None, path: str | None = None,
                    encoding: str = "utf-8", notes: list[str] | None = None) -> Table:
    notes = list(notes or [])
    if "\x00" in text:
        lines = sorted({text.count("\n", 0, m.start()) + 1 for m in re.finditer("\x00", text)})
        shown = ", ".join(map(str, lines[:10])) + (" …" if len(lines) > 10 else "")
        notes.append(f"NUL bytes removed on {'lines' if len(lines) > 1 else 'line'} {shown}")
        text = text.replace("\x00", "")
    skip_lines = 0
    first_newline = re.search(r"\r\n|\r|\n", text)
    first = text[: first_newline.start()] if first_newline else text
    match = _SEP_LINE.match(first)
    if match:
        if delimiter is None:
            delimiter = match.group(1)
        text = text[first_newline.end():] if first_newline else ""
        skip_lines = 1
        notes.append("skipped the sep= line")
    # Blank lines before the header.
    stripped = text.lstrip("\r\n")
    skip_lines += _line_breaks(text[: len(text) - len(stripped)])
    text = stripped
    if delimiter is None:
        delimiter = sniff_delimiter(text)
    elif len(delimiter) != 1:
        raise InterchangeError(f"the delimiter must be one character, not {delimiter!r}", path=path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    header_line = skip_lines + 1
    previous_end = 0
    try:
        for cells in reader:
            start = previous_end + 1 + skip_lines
            previous_end = reader.line_num
            if len(cells) > MAX_COLUMNS or sum(map(len, cells)) > MAX_RECORD_CHARS:  # inline: once per row
                _check_record(cells, start, path)
            if header is None:
                header, header_line = cells, start
                continue
            if not cells or (not any(cells) if len(cells) > 1 else not cells[0].strip()):
                continue
            rows.append((start, cells))
    except csv.Error as exc:
        line = reader.line_num + skip_lines
        if "field larger than field limit" in str(exc):
            raise InterchangeError(f"a cell is longer than {MAX_CELL_CHARS:,} characters (is a quote left open?)",
                                   line=previous_end + 1 + skip_lines, path=path) from None
        raise InterchangeError(f"the file is not valid CSV: {exc}", line=line, path=path) from None
    if not header or all(not h.strip() for h in header):
        raise InterchangeError("the file is empty (no header row)", path=path)
    return Table(header=header, rows=rows, encoding=encoding, delimiter=delimiter, notes=notes, header_line=header_line)


def _check_record(cells: list[str], line: int, path: str | None) -> None:
    if len(cells) > MAX_COLUMNS:
        raise InterchangeError(f"the row has {len(cells):,} columns; at most {MAX_COLUMNS:,} can be imported "
                               "(is the delimiter right?)", line=line, path=path)
    if sum(map(len, cells)) > MAX_RECORD_CHARS:
        raise InterchangeError(f"the row is longer than {MAX_RECORD_CHARS:,} characters; "
                               "split it or check for a quote left open", line=line, path=path)


def _line_breaks(text: str) -> int:
    return len(re.findall(r"\r\n|\r|\n", text))


def read_table(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> Table:
    data = read_bytes(path)
    text, used, notes = decode(data, encoding, path=str(path))
    return read_text_table(text, delimiter=delimiter, path=str(path), encoding=used, notes=notes)


def normal_header(name: str) -> str:
    """Header comparison ignores a BOM, case, spaces and underscores."""
    return re.sub(r"[\s_]+", "", name.replace("\ufeff", "")).casefold()


# -- values ------------------------------------------------------------------------

_PLAIN = re.compile(r"-?\d{1,15}(\.\d{1,6})?")


def parse_decimal(text: str) -> Decimal:
    """A number in a marketplace export's fixed US format: ``1,234.50``, ``-12``, ``(12.00)``, ``$18.00``.

    Files in a user's locale are read by locale_cells.LocaleCells instead.
    """
    if _PLAIN.fullmatch(text):  # the common case, fast
        return Decimal(text)
    raw = (text or "").strip()
    value = raw.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    negative = False
    if value.startswith("(") and value.endswith(")"):
        negative, value = True, value[1:-1]
    if value.endswith("-") and len(value) > 1:
        negative, value = True, value[:-1]
    value = re.sub(r"^([-+]?)\s*(?:[A-Z]{3}|[$€£¥₹])\s*", r"\1", value)
    value = re.sub(r"\s*(?:[A-Z]{3}|[$€£¥₹])$", "", value)
    value = value.replace(",", "")
    if not re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)", value):
        raise ValueError(f"“{raw}” is not a number")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"“{raw}” is not a number") from None
    return -number if negative else number


_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_MONTH_DATE = re.compile(r"^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$")


@lru_cache(maxsize=4096)  # a file repeats its dates many times
def parse_date(text: str) -> dt.date:
    """A date in a marketplace export: ISO, ``Sep 8, 2026``, ``8.9.2026`` or US ``9/8/2026``."""
    raw = (text or "").strip()
    value = raw.split("T")[0] if re.match(r"^\d{4}-\d{2}-\d{2}T", raw) else raw
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value)
        match = _MONTH_DATE.match(value)
        if match and match.group(1).casefold() in _MONTHS:
            return dt.date(int(match.group(3)), _MONTHS[match.group(1).casefold()], int(match.group(2)))
        match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", value)
        if match:
            return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value)
        if match:
            a, b, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return dt.date(year, a, b)
    except ValueError:
        pass
    raise ValueError(f"“{raw}” is not a date (e.g. 2026-09-08 or Sep 8, 2026)")


def iter_records(table: Table, columns: dict[str, int], report=None) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows as {field: cell} for mapped columns; rows with the wrong number of cells are reported and skipped."""
    width = len(table.header)
    for line, cells in table.rows:
        if len(cells) != width:
            if report is not None:
                report.skip(f"row with {len(cells)} cells", f"the header has {width}", line)
            continue
        yield line, {name: cells[index].strip() for name, index in columns.items()}
