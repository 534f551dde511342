"""Data at rest: the database encrypted with SQLCipher, and sensitive attachments sealed.

Optional: it needs the ``encryption`` extra (``install_hint()`` says how to add it), which brings
the ``sqlcipher3`` driver and the ``cryptography`` package. A data folder is encrypted when it holds
the marker file ``talentdesk.encrypted``; the marker keeps the salt for the attachment key and a
check token, so a wrong passphrase is told apart from a damaged file. The passphrase lives only in
this process's memory while the folder is open.
"""
from __future__ import annotations

import base64
import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # an optional dependency (the encryption extra): imported where it is used
    from cryptography.fernet import Fernet

MARKER = "talentdesk.encrypted"
PLAIN_HEADER = b"SQLite format 3\x00"
_CHECKOUT = Path(__file__).resolve().parents[2]


def is_packaged() -> bool:
    """A built bundle (the installers, the AppImage): it has no pip to speak of; its extras are fixed at build."""
    return bool(getattr(sys, "frozen", False))


def install_hint() -> str:
    """How to get the driver, in the terms of how this copy was installed: a command for a Python install
    (from a source checkout or from the package index), the release package for a built bundle."""
    if is_packaged():
        return ("install a TalentDesk release package (they include encryption) in place of this copy; "
                "your data folder stays as it is")
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "talentdesk").is_dir():
        return f'in {_CHECKOUT}, run: "{sys.executable}" -m pip install -e ".[encryption]"'
    return f'run: "{sys.executable}" -m pip install "talentdesk[encryption]"'
_CHECK = b"TalentDesk passphrase check"


class EncryptionUnavailable(Exception):
    def __init__(self):
        super().__init__("Encryption needs the SQLCipher driver, which is not installed with this copy of "
                         f"TalentDesk. To add it, {install_hint()}; then start TalentDesk again.")


class WrongPassphrase(Exception):
    def __init__(self):
        super().__init__("That passphrase does not open this data folder.")


_state: dict = {"key": None, "fernet": None}


def available() -> bool:
    try:
        import cryptography.fernet  # noqa: F401
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def _driver():
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise EncryptionUnavailable() from None
    return dbapi2


def database_errors() -> tuple[type[Exception], ...]:
    """The driver errors that say a file is damaged or unreadable (sqlite3's, and SQLCipher's when present)."""
    errors: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return errors
    return (*errors, dbapi2.DatabaseError)


def is_encrypted(data_dir: Path) -> bool:
    return (data_dir / MARKER).exists()


def key() -> str | None:
    """The passphrase of the folder open in this process, or None when it is not encrypted."""
    return _state["key"]


def is_plain(path: Path) -> bool:
    """A plain SQLite file (or none at all); an encrypted one has no readable header."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        return True
    return not head or head == PLAIN_HEADER


def key_for(path: Path) -> str | None:
    return None if is_plain(path) else key()


def connect(path: Path | str, passphrase: str | None = None, *, readonly: bool = False):
    """A DB-API connection to a file: SQLCipher with the passphrase, else plain sqlite3."""
    target = f"{Path(path).resolve().as_uri()}?mode=ro" if readonly else str(path)
    if passphrase is None:
        return sqlite3.connect(target, uri=readonly)
    dbapi2 = _driver()
    con = dbapi2.connect(target, uri=readonly)
    con.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a log line
    con.execute("PRAGMA key = '{}'".format(passphrase.replace("'", "''")))
    return con


# -- the attachment key ------------------------------------------------------------------------------
def _fernet(passphrase: str, salt: bytes) -> Fernet:
    from cryptography.fernet import Fernet
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    derived = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode("utf-8"))
    return Fernet(base64.urlsafe_b64encode(derived))


def _read_marker(data_dir: Path) -> dict:
    return json.loads((data_dir / MARKER).read_text(encoding="utf-8"))


def new_marker(passphrase: str) -> dict:
    """A fresh marker for a passphrase: a new salt for the attachment key and a check token."""
    salt = os.urandom(16)
    token = _fernet(passphrase, salt).encrypt(_CHECK)
    return {"format": 1, "cipher": "sqlcipher4", "salt": base64.b64encode(salt).decode(), "check": token.decode()}


def fernet_of(marker: dict, passphrase: str) -> Fernet:
    """The attachment key a marker's salt gives a passphrase."""
    return _fernet(passphrase, base64.b64decode(marker["salt"]))


def place_marker(data_dir: Path, marker: dict | None) -> None:
    """Write the marker (written aside, synced, renamed), or remove it for a plain folder."""
    if marker is None:
        (data_dir / MARKER).unlink(missing_ok=True)
        return
    partial = data_dir / (MARKER + ".partial")
    with open(partial, "w", encoding="utf-8") as out:
        out.write(json.dumps(marker, indent=1))
        out.flush()
        os.fsync(out.fileno())
    partial.replace(data_dir / MARKER)


def unlock(data_dir: Path, passphrase: str) -> None:
    """Check the passphrase against the folder's marker and keep it for this process."""
    from cryptography.fernet import InvalidToken

    _driver()
    marker = _read_marker(data_dir)
    fernet = fernet_of(marker, passphrase)
    try:
        if fernet.decrypt(marker["check"].encode()) != _CHECK:
            raise WrongPassphrase()
    except InvalidToken:
        raise WrongPassphrase() from None
    _state.update(key=passphrase, fernet=fernet)


def fernet() -> Fernet | None:
    """The attachment key of the folder open in this process (None when it is not encrypted)."""
    return _state["fernet"]


def lock() -> None:
    _state.update(key=None, fernet=None)


def seal(data: bytes) -> bytes:
    """Encrypt (and authenticate) bytes with the folder's attachment key (Fernet: AES-CBC + HMAC)."""
    return _state["fernet"].encrypt(data)


def unseal(token: bytes) -> bytes:
    from cryptography.fernet import InvalidToken

    try:
        return _state["fernet"].decrypt(token)
    except InvalidToken:
        raise ValueError("a sealed file is damaged or was sealed with another passphrase") from None


def can_seal() -> bool:
    return _state["fernet"] is not None


# -- converting a file between plain and encrypted -------------------------------------------------------
def export_copy(path: Path, old: str | None, new: str | None, fresh: Path) -> None:
    """Write ``fresh``: the database at ``path`` (key ``old``, or plain) under the key ``new`` (or
    plain), checked and synced. ``path`` is not touched; a failure leaves no ``fresh`` behind.

    The copy is made holding the write lock, so a writer elsewhere waits for it (or says busy)."""
    fresh.unlink(missing_ok=True)
    source = connect(path, old) if old is not None else _driver().connect(str(path))
    source.isolation_level = None  # the transaction below is ours
    try:
        quoted = (new or "").replace("'", "''")
        source.execute(f"ATTACH DATABASE ? AS converted KEY '{quoted}'", (str(fresh),))
        source.execute("BEGIN IMMEDIATE")
        source.execute("SELECT sqlcipher_export('converted')")
        version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute(f"PRAGMA converted.user_version = {int(version)}")
        source.execute("COMMIT")
        source.execute("DETACH DATABASE converted")
    except BaseException:
        source.close()
        fresh.unlink(missing_ok=True)
        raise
    source.close()
    check = connect(fresh, new)
    try:
        result = check.execute("PRAGMA quick_check").fetchall()
    finally:
        check.close()
    if result != [("ok",)]:
        fresh.unlink(missing_ok=True)
        raise RuntimeError(f"the re-keyed copy of {path.name} did not check out: {result[:2]}")
    with open(fresh, "rb+") as handle:
        os.fsync(handle.fileno())


def swap_in(fresh: Path, path: Path) -> None:
    """Put a re-keyed copy in place of a closed database (its old write-ahead log goes with it)."""
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(fresh, path)


def convert(path: Path, old: str | None, new: str | None) -> None:
    """Re-key a closed database file in place: export into a new file with the new key (or none),
    check it, then swap it in. A crash leaves the old file whole."""
    if old == new:
        return
    fresh = path.with_name(path.name + ".rekey")
    export_copy(path, old, new, fresh)
    swap_in(fresh, path)
