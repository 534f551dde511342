"""Encryption headless: the passphrase from a file, the environment or a prompt; on, change, off; the
one place errors become one line."""
from __future__ import annotations

import errno
import getpass
import sqlite3
from types import SimpleNamespace

import pytest

pytest.importorskip("sqlcipher3", reason="the encryption extra is not installed")

from talentdesk import cli  # noqa: E402
from talentdesk.cli import main, message_for  # noqa: E402
from talentdesk.store import cipher, rekey  # noqa: E402
from talentdesk.store.db import database  # noqa: E402
from tests import factories  # noqa: E402

FIRST, SECOND = "first passphrase here", "second passphrase here"


def run(capsys, data_dir, *args):
    try:
        code = main(["--data-dir", str(data_dir), *map(str, args)])
    finally:
        cipher.lock()  # each command is its own process in real life
        database.close()
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(db, data_dir):
    factories.talent("Ines Headless")
    db.close()
    return data_dir


def test_on_change_off_with_the_environment_and_a_passphrase_file(folder, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TALENTDESK_NEW_PASSPHRASE", FIRST)
    code, out, err = run(capsys, folder, "encryption", "on")
    assert code == 0 and "is now encrypted" in out and err == ""
    assert cipher.is_encrypted(folder) and not cipher.is_plain(folder / "talentdesk.sqlite3")
    # without the passphrase: one line that says how to give it, never "damaged"
    code, out, err = run(capsys, folder, "export", "csv", "talents", "--out", tmp_path / "t.csv")
    assert code == 1 and err.count("\n") == 1
    assert "this data folder is encrypted: give its passphrase with $TALENTDESK_PASSPHRASE, --passphrase-file FILE" in err
    monkeypatch.setenv("TALENTDESK_PASSPHRASE", "not the passphrase")
    code, _out, err = run(capsys, folder, "review", "--list")
    assert code == 1 and err.count("\n") == 1 and "does not open this data folder" in err and "damaged" not in err
    monkeypatch.setenv("TALENTDESK_PASSPHRASE", FIRST)
    code, _out, _err = run(capsys, folder, "export", "csv", "talents", "--out", tmp_path / "t.csv")
    assert code == 0 and "Ines Headless" in (tmp_path / "t.csv").read_text(encoding="utf-8-sig")
    # change, the new passphrase from a file (first line only)
    monkeypatch.delenv("TALENTDESK_NEW_PASSPHRASE")
    new_file = tmp_path / "new.txt"
    new_file.write_text(SECOND + "\n", encoding="utf-8")
    code, out, _err = run(capsys, folder, "encryption", "change", "--new-passphrase-file", new_file)
    assert code == 0 and "new passphrase" in out
    code, _out, err = run(capsys, folder, "review", "--list")
    assert code == 1 and "does not open" in err  # the old one no longer does
    monkeypatch.delenv("TALENTDESK_PASSPHRASE")
    code, _out, _err = run(capsys, folder, "--passphrase-file", new_file, "encryption", "off")
    assert code == 0 and not cipher.is_encrypted(folder) and cipher.is_plain(folder / "talentdesk.sqlite3")
    code, out, _err = run(capsys, folder, "encryption", "status")
    assert code == 0 and "is not encrypted" in out


def test_a_short_or_missing_new_passphrase_changes_nothing(folder, tmp_path, capsys, monkeypatch):
    code, _out, err = run(capsys, folder, "encryption", "on")
    assert code == 1 and "give the new passphrase with $TALENTDESK_NEW_PASSPHRASE" in err
    monkeypatch.setenv("TALENTDESK_NEW_PASSPHRASE", "short")
    code, _out, err = run(capsys, folder, "encryption", "on")
    assert code == 1 and "at least 8 characters" in err and err.count("\n") == 1
    assert not cipher.is_encrypted(folder)


def test_a_terminal_is_asked(folder, tmp_path, capsys, monkeypatch):
    answers = iter([FIRST, FIRST])
    monkeypatch.setattr(cli.sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: next(answers))
    code, _out, _err = run(capsys, folder, "encryption", "on")
    assert code == 0 and cipher.is_encrypted(folder)
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: FIRST)
    code, out, _err = run(capsys, folder, "review", "--list")
    assert code == 0 and "queue" in out


def test_the_next_command_finishes_an_interrupted_change(folder, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TALENTDESK_NEW_PASSPHRASE", FIRST)
    assert run(capsys, folder, "encryption", "on")[0] == 0

    class Killed(BaseException):
        pass

    monkeypatch.setattr(rekey, "_finish", lambda *_a: (_ for _ in ()).throw(Killed()))
    monkeypatch.setenv("TALENTDESK_PASSPHRASE", FIRST)
    monkeypatch.setenv("TALENTDESK_NEW_PASSPHRASE", SECOND)
    with pytest.raises(Killed):
        main(["--data-dir", str(folder), "encryption", "change"])
    database.close()
    cipher.lock()
    monkeypatch.undo()
    assert (folder / rekey.JOURNAL).exists()
    monkeypatch.setenv("TALENTDESK_PASSPHRASE", SECOND)
    code, out, _err = run(capsys, folder, "review", "--list")
    assert code == 0 and not (folder / rekey.JOURNAL).exists() and not list(folder.rglob("*.rekey"))


@pytest.mark.parametrize("error, said", [
    (sqlite3.OperationalError("database is locked"), "is busy: another TalentDesk is writing to it"),
    (sqlite3.OperationalError("database or disk is full"), "the disk is full"),
    (sqlite3.DatabaseError("database disk image is malformed"), "is damaged. Restore a backup"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "may not be written"),
    (OSError(errno.ENOSPC, "No space left on device", "/x/out.csv"), "the disk is full (/x/out.csv)"),
    (OverflowError("Python int too large to convert to SQLite INTEGER"), "unexpected error (OverflowError"),
    (cipher.WrongPassphrase(), "does not open this data folder"),
])
def test_every_error_is_one_line(error, said, tmp_path):
    text = message_for(error, tmp_path)
    assert said in text and "\n" not in text


def test_an_unexpected_error_in_a_command_is_one_line_and_exit_1(folder, capsys, monkeypatch):
    from talentdesk.commands import review

    monkeypatch.setattr(review, "rows", lambda _today=None: 1 / 0)
    code, _out, err = run(capsys, folder, "review", "--list")
    assert code == 1 and err.count("\n") == 1 and "ZeroDivisionError" in err and "Traceback" not in err


def test_a_disk_error_on_a_full_disk_says_the_disk_is_full(tmp_path, monkeypatch):
    error = sqlite3.OperationalError("disk I/O error")
    assert "the disk reported an error" in message_for(error, tmp_path)
    monkeypatch.setattr(cli.shutil, "disk_usage", lambda _folder: SimpleNamespace(total=1 << 30, used=1 << 30, free=4096))
    assert "the disk is full" in message_for(error, tmp_path)
