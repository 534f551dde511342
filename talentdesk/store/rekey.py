"""A passphrase change that a crash cannot leave half done: a journal, then one switch.

Turning encryption on or off, or changing the passphrase, touches many files: the database, every
backup copy and the sealed sensitive attachments. Each is first written anew beside itself under
the new key (``<name>.rekey``: written, checked, synced) while the old one stays as it was. The
journal ``talentdesk.rekeying.json`` lists them all before the first one is written (phase
``prepare``). When every copy is ready, the journal is rewritten with phase ``commit`` — that
atomic rename is the moment the change happens — and the copies are renamed over the old files,
the new marker put in place, the files that must go removed, and the journal deleted.

The next start (``recover``) finds a journal left by a kill: in ``prepare`` it deletes the new
copies (the old passphrase still opens everything); in ``commit`` it finishes the renames (the
new one does). Both need no passphrase and may themselves be interrupted and run again. So after
a kill at any moment exactly one passphrase opens the folder, and a sensitive file is never on disk
unsealed while it is being re-keyed: it goes from one sealed copy to the other in memory.
"""
from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import cipher

JOURNAL = "talentdesk.rekeying.json"
LOCK = "talentdesk.rekeying.lock"
FRESH = ".rekey"
PREPARE, COMMIT = "prepare", "commit"


class RekeyInProgress(Exception):
    def __init__(self, data_dir: Path):
        super().__init__(f"The passphrase of {data_dir} is being changed by another TalentDesk; "
                         "wait until it has finished, then try again.")


class RekeyNotFinished(Exception):
    """An interrupted passphrase change could not be finished or undone (the folder is read-only, …)."""

    def __init__(self, data_dir: Path, error: OSError):
        super().__init__(f"A passphrase change of {data_dir} was interrupted and cannot be completed now "
                         f"({error.strerror or error}). Make the folder writable and start TalentDesk again.")
        self.error = error


@dataclass
class FilePlan:
    """One sensitive file: ``source`` (sealed with the old key when ``sealed``) becomes ``target``
    (sealed with the new key, or plain when the folder is decrypted); ``drop`` goes at the switch."""
    source: Path
    sealed: bool
    target: Path
    drop: list[Path] = field(default_factory=list)


def fresh_of(path: Path) -> Path:
    return path.with_name(path.name + FRESH)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to sync; its renames are journalled by NTFS
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _write_journal(data_dir: Path, journal: dict) -> None:
    partial = data_dir / (JOURNAL + ".partial")
    _write_synced(partial, json.dumps(journal, indent=1).encode("utf-8"))
    partial.replace(data_dir / JOURNAL)
    _sync_folder(data_dir)


@contextlib.contextmanager
def _held(data_dir: Path, *, wait: bool) -> Iterator[bool]:
    """An exclusive lock on the folder's re-keying lock file: True when held."""
    path = data_dir / LOCK
    handle = open(path, "a+b")  # noqa: SIM115 - held for the whole block
    try:
        try:
            if sys.platform == "win32":  # the spelling the type checker follows (os.name == "nt")
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except OSError:
            yield False
            return
        try:
            yield True
        finally:
            if not (data_dir / JOURNAL).exists():
                path.unlink(missing_ok=True)  # nothing left to recover: no lock file left either
    finally:
        handle.close()


def _relative(data_dir: Path, path: Path) -> str:
    return Path(path).relative_to(data_dir).as_posix()


SAFETY_PREFIX = "before-encryption-"


def change(data_dir: Path, old: str | None, new: str | None, databases: Callable[[], list[Path]],
           files: list[FilePlan], progress: Callable[[str], None] | None = None) -> None:
    """Re-key the databases (closed; the live one first) and ``files`` from ``old`` to ``new``.

    ``databases`` is called once the folder's re-keying lock is held (it may first take the copy
    from before, named ``backups/before-encryption-…``: one a kill left half written is removed by
    ``recover``). ``old`` must be the passphrase this process has unlocked the folder with (None:
    plain); raises before the switch on any error, leaving the old state whole.
    """
    note = progress or (lambda _what: None)
    marker = cipher.new_marker(new) if new is not None else None
    old_key, new_key = cipher.fernet(), cipher.fernet_of(marker, new) if marker and new is not None else None
    if old is not None and old_key is None:
        raise ValueError("the folder must be unlocked with its passphrase first")
    with _held(data_dir, wait=False) as held:
        if not held:
            raise RekeyInProgress(data_dir)
        recover(data_dir, locked=True)
        paths = databases()
        journal: dict[str, Any] = {
            "format": 1, "phase": PREPARE, "marker": marker,
            "databases": [_relative(data_dir, p) for p in paths],
            "files": [{"target": _relative(data_dir, f.target), "drop": [_relative(data_dir, d) for d in f.drop]}
                      for f in files],
            "remove": [],
        }
        _write_journal(data_dir, journal)
        try:
            for plan in files:
                note(plan.target.name)
                data = plan.source.read_bytes()
                if plan.sealed:
                    assert old_key is not None, "a sealed file in a folder without its key"
                    data = old_key.decrypt(data)  # in memory only
                _write_synced(fresh_of(plan.target), new_key.encrypt(data) if new_key else data)
            # The live database last (under its write lock), so that the moment between its copy
            # and the switch, when another program's write would be lost, is as short as can be.
            for path in [*paths[1:], paths[0]]:
                note(path.name)
                try:
                    cipher.export_copy(path, old if not cipher.is_plain(path) else None, new, fresh_of(path))
                except cipher.database_errors() + (RuntimeError,):
                    if path == paths[0]:
                        raise
                    journal["remove"].append(_relative(data_dir, path))  # a damaged copy: never leave it readable
            for folder in {data_dir, *(f.target.parent for f in files), *(p.parent for p in paths)}:
                _sync_folder(folder)
        except BaseException:
            _roll_back(data_dir, journal)
            raise
        journal["phase"] = COMMIT
        _write_journal(data_dir, journal)  # the switch
        _finish(data_dir, journal)


def recover(data_dir: Path, *, locked: bool = False) -> str | None:
    """Finish or undo a passphrase change a kill interrupted; what was done ("finished",
    "rolled back") or None when there was nothing to do. Needs no passphrase."""
    if (data_dir / (JOURNAL + ".partial")).exists():  # a kill while the first journal was written
        (data_dir / (JOURNAL + ".partial")).unlink()
    half_copies = list((data_dir / "backups").glob(f"{SAFETY_PREFIX}*.partial"))
    if not (data_dir / JOURNAL).exists() and not half_copies:
        return None
    if not locked:
        try:
            with _held(data_dir, wait=False) as held:
                if not held:
                    raise RekeyInProgress(data_dir)
                return recover(data_dir, locked=True)
        except OSError as exc:
            raise RekeyNotFinished(data_dir, exc) from None
    for half in half_copies:  # the copy from before a change killed while it was taken
        half.unlink(missing_ok=True)
    if not (data_dir / JOURNAL).exists():
        return None
    journal = json.loads((data_dir / JOURNAL).read_text(encoding="utf-8"))
    if journal.get("phase") == COMMIT:
        _finish(data_dir, journal)
        return "finished"
    _roll_back(data_dir, journal)
    return "rolled back"


def _roll_back(data_dir: Path, journal: dict) -> None:
    for name in journal["databases"]:
        fresh = fresh_of(data_dir / name)
        for leftover in (fresh, *(fresh.with_name(fresh.name + end) for end in ("-journal", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)  # a copy being written keeps SQLite's journal beside it
    for item in journal["files"]:
        fresh_of(data_dir / item["target"]).unlink(missing_ok=True)
    (data_dir / JOURNAL).unlink(missing_ok=True)
    _sync_folder(data_dir)


def _finish(data_dir: Path, journal: dict) -> None:
    """The renames after the switch; each step may be repeated after a kill."""
    cipher.place_marker(data_dir, journal["marker"])
    for name in journal["databases"]:
        path = data_dir / name
        if fresh_of(path).exists():
            cipher.swap_in(fresh_of(path), path)
    folders = {data_dir}
    for item in journal["files"]:
        target = data_dir / item["target"]
        if fresh_of(target).exists():
            os.replace(fresh_of(target), target)
        for drop in item["drop"]:
            (data_dir / drop).unlink(missing_ok=True)
        folders.add(target.parent)
    for name in journal["remove"]:
        (data_dir / name).unlink(missing_ok=True)
    for folder in folders | {(data_dir / name).parent for name in journal["databases"]}:
        _sync_folder(folder)
    (data_dir / JOURNAL).unlink()
    _sync_folder(data_dir)
