"""What an import did, line by line, and the error it raises when it cannot be done."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..services import import_store
from ..services.errors import Message, ServiceError
from ..services.labels import plural


def _one_line(text: str) -> str:
    """Values quoted from a file may hold line breaks and control characters: show them, on one line."""
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(
        m.group(0), f"\\x{ord(m.group(0)):02x}"), str(text))


class InterchangeError(ServiceError):
    """A file that cannot be imported (or written); nothing was changed.

    ``line`` is the 1-based line of the file where the problem is, when there is one.
    """

    def __init__(self, message: str, *, line: int | None = None, path: str | None = None, **values):
        # A marked template keeps its values apart (quoted from the file: shown on one line); a plain
        # sentence (the importers' own, not yet translatable) is put on one line whole.
        message = Message(message, **{k: _one_line(v) if type(v) is str else v for k, v in values.items()}) \
            if values or isinstance(message, Message) else _one_line(message)
        self.message = message
        self.line = line
        self.path = path
        where = []
        if path:
            where.append(str(path))
        if line is not None:
            where.append(f"line {line}")
        super().__init__(_one_line(f"{', '.join(where)}: {message}") if where else message)


class UnmatchedNames(InterchangeError):
    """People named in the file who are not on the bench (and were not to be created)."""

    def __init__(self, names: list[str], suggestions: dict[str, str] | None = None, *, path: str | None = None):
        self.names = names
        self.suggestions = suggestions or {}
        parts = [f"{n} (did you mean {self.suggestions[n]}?)" if n in self.suggestions else n for n in names]
        super().__init__(
            f"{plural(len(names), 'name', 'names')} not on the bench: {'; '.join(parts)}. "
            "Add them first, or import with --create-missing (and --accept-close for the suggested matches).",
            path=path)


@dataclass
class Entry:
    what: str
    reason: str = ""
    line: int | None = None

    def __str__(self) -> str:
        prefix = f"line {self.line}: " if self.line is not None else ""
        return f"{prefix}{self.what}" + (f" — {self.reason}" if self.reason else "")


@dataclass
class ImportReport:
    """Added, updated and skipped records (with reasons and line numbers) and warnings."""

    source: str = ""
    kind: str = ""
    dry_run: bool = False
    rows: int = 0
    added: list[Entry] = field(default_factory=list)
    updated: list[Entry] = field(default_factory=list)
    skipped: list[Entry] = field(default_factory=list)
    warnings: list[Entry] = field(default_factory=list)
    conflicts: list[Entry] = field(default_factory=list)  # a field the file disagrees with; the user's value kept
    counts: Counter = field(default_factory=Counter)  # what was added, by table
    details: dict = field(default_factory=dict)  # importer-specific facts (layout, encoding…)

    def add(self, what: str, line: int | None = None, table: str = "", reason: str = "") -> None:
        self.added.append(Entry(what, reason, line))
        if table:
            self.counts[table] += 1

    def update(self, what: str, line: int | None = None, reason: str = "") -> None:
        self.updated.append(Entry(what, reason, line))

    def skip(self, what: str, reason: str, line: int | None = None) -> None:
        self.skipped.append(Entry(what, reason, line))

    def warn(self, what: str, line: int | None = None) -> None:
        self.warnings.append(Entry(what, "", line))

    def conflict(self, what: str, field_name: str, ours: str, theirs: str, line: int | None = None) -> None:
        self.conflicts.append(Entry(what, f"{field_name}: kept “{_one_line(ours)}”; the file has “{_one_line(theirs)}”",
                                    line))

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)

    def summary(self) -> str:
        verb = "Would add" if self.dry_run else "Added"
        head = f"{verb} {len(self.added)}, updated {len(self.updated)}, skipped {len(self.skipped)}"
        if self.conflicts:
            head += f", {plural(len(self.conflicts), 'conflict', 'conflicts')} (your values kept)"
        if self.warnings:
            head += f", {plural(len(self.warnings), 'warning', 'warnings')}"
        return head + (f" ({self.source})" if self.source else "")

    def lines(self, limit: int = 50) -> list[str]:
        """A readable account for the command line and the preview."""
        out = [self.summary()]
        for title, entries in (("conflict", self.conflicts), ("warning", self.warnings), ("skipped", self.skipped)):
            for entry in entries[:limit]:
                out.append(f"  {title}: {entry}")
            if len(entries) > limit:
                out.append(f"  … and {len(entries) - limit} more {title}")
        return out


def all_or_nothing(dry_run: bool = False):
    """One transaction: committed when the block ends cleanly (and not a dry run), else rolled back.

    It takes the write lock at once (BEGIN IMMEDIATE): a second import into the folder then waits for
    the first (SQLite's busy timeout) instead of failing when its first write finds newer data."""
    return import_store.transaction(dry_run)


def data_dir() -> Path:
    """The folder of the database the models are bound to (attachments live beside it)."""
    return import_store.data_dir()
