"""The passphrase changer the re-keying kill test runs in a child process and kills with SIGKILL.

    python -m tests.reliability.rekey_driver DATA_DIR SEED

It settles the folder as a start does (``finish_interrupted``), unlocks it with whichever of the
two test passphrases opens it, prints ``ready``, then changes the passphrase over and over through
the service the window and ``talentdesk encryption`` call — on, change, off, in a random order —
printing ``begin <from> <to>`` before each change and ``done`` after it. ``check`` (run in the
parent after the kill and a start's recovery) says how many passphrases open everything.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
import sys
from pathlib import Path

PASSPHRASES = ("first passphrase one", "second passphrase two")
SECRET = b"CONFIDENTIAL-PAYSLIP-"  # in every sensitive file's bytes: found anywhere unsealed = plaintext
TALENTS = 6


def build_world(data_dir: Path, scratch: Path) -> dict[str, bytes]:
    """A small folder: people, sensitive and normal files, backups; returns sha -> bytes of the sensitive files."""
    from talentdesk.services import files
    from talentdesk.store import backups
    from talentdesk.store.schema import DATABASE_FILE
    from tests import factories

    contract_id = factories.contract(title="Payroll audit")
    for n in range(TALENTS - 1):
        factories.talent(f"Person {n}")
    secrets = {}
    for n in range(3):
        source = scratch / f"payslip-{n}.pdf"
        source.write_bytes(SECRET + f"{n} ".encode() * 2000)
        files.add(data_dir, contract_id, files.FileInput(path=source, sensitivity="confidential" if n else "secret"))
        secrets[hashlib.sha256(source.read_bytes()).hexdigest()] = source.read_bytes()
    normal = scratch / "logo.svg"
    normal.write_bytes(b"<svg>logo</svg>")
    files.add(data_dir, contract_id, files.FileInput(path=normal))
    for day in (1, 2):
        backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 3, day))
    return secrets


def unlock_any(data_dir: Path) -> str | None:
    """The passphrase that opens the folder now (None: it is plain)."""
    from talentdesk.store import cipher

    if not cipher.is_encrypted(data_dir):
        return None
    for passphrase in PASSPHRASES:
        try:
            cipher.unlock(data_dir, passphrase)
            return passphrase
        except cipher.WrongPassphrase:
            continue
    raise SystemExit("neither passphrase opens the folder")


def slow_renames(seconds: float = 0.3) -> None:
    """Renames take a while here, so that kills land after the switch as often as before it (the
    renames are over in a moment otherwise, and nearly every kill would find the copies being written)."""
    import os
    import time

    rename = os.replace

    def slow(*args, **kwargs):
        time.sleep(seconds)
        return rename(*args, **kwargs)

    os.replace = slow


def main(data_dir: Path, seed: int) -> None:
    from talentdesk.services import encryption
    from talentdesk.store.schema import open_database

    rng = random.Random(seed)
    encryption.finish_interrupted(data_dir)
    slow_renames()
    current = unlock_any(data_dir)
    open_database(data_dir)
    print("ready", flush=True)
    while True:
        if current is None:
            new = rng.choice(PASSPHRASES)
        else:
            new = rng.choice([p for p in PASSPHRASES if p != current] + [None])
        print(f"begin {PASSPHRASES.index(current) if current else '-'} {PASSPHRASES.index(new) if new else '-'}",
              flush=True)
        encryption.set_passphrase(data_dir, new, current=current)
        print("done", flush=True)
        current = new


# -- the check (run in the parent, after the kill and the next start's recovery) ---------------------

def opens_everything(data_dir: Path, passphrase: str | None, secrets: dict[str, bytes]) -> bool:
    """Does this passphrase (None: none) open the marker, the database, every backup and every sensitive file?"""
    from talentdesk.store import backups, cipher
    from talentdesk.store.schema import DATABASE_FILE

    cipher.lock()
    try:
        if passphrase is None:
            if cipher.is_encrypted(data_dir):
                return False
        else:
            if not cipher.is_encrypted(data_dir):
                return False
            try:
                cipher.unlock(data_dir, passphrase)
            except cipher.WrongPassphrase:
                return False
        for path in [data_dir / DATABASE_FILE, *(b.path for b in backups.list_backups(data_dir / "backups"))]:
            try:
                con = cipher.connect(path, passphrase, readonly=True)
                try:
                    if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                        return False
                    if path.name == DATABASE_FILE and con.execute("SELECT count(*) FROM talent").fetchone()[0] != TALENTS:
                        return False
                finally:
                    con.close()
            except cipher.database_errors():
                return False
        for sha, data in secrets.items():
            blob = data_dir / "attachments" / sha[:2] / sha
            if passphrase is None:
                if not blob.exists() or blob.read_bytes() != data:
                    return False
            else:
                sealed = blob.with_name(blob.name + ".sealed")
                try:
                    if not sealed.exists() or cipher.unseal(sealed.read_bytes()) != data:
                        return False
                except ValueError:
                    return False
        return True
    finally:
        cipher.lock()


def check(data_dir: Path, secrets: dict[str, bytes]) -> dict[str, list[str]]:
    """Problems after recovery: openers (not exactly one passphrase opens everything), plaintext
    (a sensitive file readable on disk in an encrypted folder), leftovers (files of the change left behind)."""
    from talentdesk.store import cipher

    found: dict[str, list[str]] = {"openers": [], "plaintext": [], "leftovers": []}
    openers = [p for p in (None, *PASSPHRASES) if opens_everything(data_dir, p, secrets)]
    if len(openers) != 1:
        found["openers"].append(f"{len(openers)} of none/first/second open everything")
    encrypted = cipher.is_encrypted(data_dir)
    for path in data_dir.rglob("*"):
        if not path.is_file():
            continue
        if ".rekey" in path.name or path.name.endswith(".partial") or path.name.startswith(
                ("talentdesk.rekeying", ".incoming-")):
            found["leftovers"].append(path.name)
        if not encrypted and path.name.endswith(".sealed"):
            found["leftovers"].append(path.name)  # a plain folder keeps no sealed copies
        if encrypted and SECRET in path.read_bytes():
            found["plaintext"].append(str(path.relative_to(data_dir)))
    return found


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
