"""Where the bytes of stored files live: the one home for reading and writing them.

Stored files (attachments, photos) are content-addressed: named by the SHA-256 of their bytes, kept once
however often they are shared, never changed. Where the bytes are depends on the database:

* a local data folder keeps each in ``attachments/<sha[:2]>/<sha>``, written beside its place and renamed
  into it, so a crash never leaves a half-written file under a valid name (``FolderFiles``);
* a team database keeps them in the table ``stored_file_chunk``, 1 MB a row, so every member reads the same
  files (``DatabaseFiles``); a file's parts are written in one transaction, so it is there whole or not at all.

Both answer the same few questions; ``files_for`` picks the one of a database. Checks of what a person
may store (size limits, names) stay in services/files.py; a sealed copy (an encrypted folder's sensitive
file, store/cipher.py) is the folder's alone and handled there.
"""
from __future__ import annotations

import hashlib
import os
import re
import secrets
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from . import dialect

CHUNK_BYTES = 1024 * 1024
_SHA256 = re.compile(r"[0-9a-f]{64}")


class MissingFile(LookupError):
    """No bytes are stored under this SHA-256."""


class FileMismatch(Exception):
    """A copied file reads back with other bytes than its source's; nothing of the copy was kept."""


def blocks_of(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        while block := handle.read(CHUNK_BYTES):
            yield block


def digest_of(blocks: Iterable[bytes]) -> tuple[str, int]:
    """(SHA-256, size) of bytes given in blocks."""
    digest, size = hashlib.sha256(), 0
    for block in blocks:
        digest.update(block)
        size += len(block)
    return digest.hexdigest(), size


def _rechunked(blocks: Iterable[bytes]) -> Iterator[bytes]:
    """The same bytes in parts of exactly CHUNK_BYTES (the last one shorter)."""
    pending = bytearray()
    for block in blocks:
        pending += block
        while len(pending) >= CHUNK_BYTES:
            yield bytes(pending[:CHUNK_BYTES])
            del pending[:CHUNK_BYTES]
    if pending:
        yield bytes(pending)


class FolderFiles:
    """The stored files of a local data folder, under ``attachments/``."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.root = self.folder / "attachments"

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def write(self, blocks: Iterable[bytes]) -> tuple[str, int]:
        """Store the bytes; returns (SHA-256, size). An exception from ``blocks`` stores nothing."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest, size = hashlib.sha256(), 0
        fd, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        try:
            with os.fdopen(fd, "wb") as out:
                for block in blocks:
                    digest.update(block)
                    size += len(block)
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path(sha)
            if target.exists() and target.stat().st_size == size:
                os.unlink(temp_name)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(temp_name, target)
        except BaseException:
            if os.path.exists(temp_name):
                os.unlink(temp_name)
            raise
        return sha, size

    def blocks(self, sha256: str) -> Iterator[bytes]:
        if not self.has(sha256):
            raise MissingFile(sha256)
        return blocks_of(self.path(sha256))

    def remove(self, sha256: str) -> None:
        self.path(sha256).unlink(missing_ok=True)

    def hashes(self) -> list[str]:
        """Every file stored in plain (a sealed copy is named ``<sha>.sealed`` and is not listed)."""
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.glob("??/*") if _SHA256.fullmatch(p.name) and p.is_file())


class DatabaseFiles:
    """The stored files of a team database, in ``stored_file_chunk``."""

    def __init__(self, db) -> None:
        self.db = getattr(db, "obj", None) or db

    def has(self, sha256: str) -> bool:
        return self.db.execute_sql("SELECT 1 FROM stored_file_chunk WHERE sha256 = ? AND part = 0",
                                   (sha256,)).fetchone() is not None

    def write(self, blocks: Iterable[bytes]) -> tuple[str, int]:
        """Store the bytes in one transaction; returns (SHA-256, size). The parts go in under a provisional
        name while the hash is worked out (the bytes cross the network once), then take the file's own,
        unless the same file is there already."""
        provisional = secrets.token_hex(32)
        digest, size = hashlib.sha256(), 0
        with self.db.atomic():
            for part, block in enumerate(_rechunked(blocks)):
                digest.update(block)
                size += len(block)
                self.db.execute_sql("INSERT INTO stored_file_chunk (sha256, part, data) VALUES (?, ?, ?)",
                                    (provisional, part, block))
            if size == 0:  # an empty file is one empty part, so that has() finds it
                self.db.execute_sql("INSERT INTO stored_file_chunk (sha256, part, data) VALUES (?, 0, ?)",
                                    (provisional, b""))
            sha = digest.hexdigest()
            if self.has(sha):
                self.db.execute_sql("DELETE FROM stored_file_chunk WHERE sha256 = ?", (provisional,))
            else:
                self.db.execute_sql("UPDATE stored_file_chunk SET sha256 = ? WHERE sha256 = ?", (sha, provisional))
        return sha, size

    def blocks(self, sha256: str) -> Iterator[bytes]:
        """The file's parts in order, one query each (a large file is never held whole)."""
        parts = self.db.execute_sql("SELECT count(*) FROM stored_file_chunk WHERE sha256 = ?", (sha256,)).fetchone()[0]
        if not parts:
            raise MissingFile(sha256)

        def read() -> Iterator[bytes]:
            for part in range(parts):
                row = self.db.execute_sql("SELECT data FROM stored_file_chunk WHERE sha256 = ? AND part = ?",
                                          (sha256, part)).fetchone()
                if row is None:
                    raise MissingFile(sha256)
                yield bytes(row[0])

        return read()

    def remove(self, sha256: str) -> None:
        self.db.execute_sql("DELETE FROM stored_file_chunk WHERE sha256 = ?", (sha256,))

    def hashes(self) -> list[str]:
        return [sha for (sha,) in self.db.execute_sql(
            "SELECT sha256 FROM stored_file_chunk WHERE part = 0 ORDER BY sha256").fetchall()]


Files = FolderFiles | DatabaseFiles


def files_for(db, folder: Path) -> Files:
    """Where ``db``'s stored files are: in the team database itself, or in the local ``folder``."""
    return DatabaseFiles(db) if dialect.is_postgres(db) else FolderFiles(folder)


def read(files: Files, sha256: str) -> bytes:
    return b"".join(files.blocks(sha256))


def write_copy(files: Files, sha256: str, target: Path) -> Path:
    """The stored file's bytes written to ``target`` (beside it, then renamed into place), checked."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=".saving-", dir=target.parent)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            for block in files.blocks(sha256):
                digest.update(block)
                out.write(block)
        if digest.hexdigest() != sha256:
            raise FileMismatch(f"the stored file {sha256} does not match its checksum")
        os.replace(temp_name, target)
    except BaseException:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
        raise
    return target


def copy_all(source: Files, target: Files, *, extra: Iterable[tuple[str, Callable[[], Iterable[bytes]]]] = (),
             progress: Callable[[int, int], None] | None = None) -> int:
    """Copy every stored file of ``source`` (and ``extra``: (sha, blocks) pairs a caller reads its own way)
    into ``target``, each read back from the target and held to its SHA-256. Returns how many were copied."""
    wanted = [(sha, (lambda sha=sha: source.blocks(sha))) for sha in source.hashes()] + list(extra)
    for done, (sha, blocks) in enumerate(wanted, 1):
        written, _size = target.write(blocks())
        if written != sha or digest_of(target.blocks(sha))[0] != sha:
            raise FileMismatch(f"the stored file {sha} did not copy whole; nothing was kept")
        if progress is not None:
            progress(done, len(wanted))
    return len(wanted)
