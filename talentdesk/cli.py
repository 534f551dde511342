"""The command line: ``talentdesk`` opens the window; subcommands work headless.

Errors print one clear line on stderr and exit 1 (``message_for`` words every kind, the unexpected
included: a command never ends in a traceback); usage errors exit 2 (argparse). Each family of
subcommands lives in talentdesk/commands/ and registers itself; each opens the data folder through
``open_folder``, which finishes an interrupted passphrase change, asks for the passphrase of an
encrypted folder, and opens a folder that may not be written read-only for reading commands.
"""
from __future__ import annotations

import argparse
import errno
import getpass
import importlib
import logging
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

import peewee

from . import __version__
from .commands import words
from .commands.words import tr
from .paths import ENV_DATA_DIR, resolve_data_dir
from .services.errors import ServiceError
from .store import cipher, rekey
from .store.dialect import ENV_DATABASE, is_team_url, where
from .store.integrity import DamagedDatabase, trouble
from .store.migrations import SchemaError

# Subcommand modules in talentdesk/commands/, each with register(subparsers).
COMMAND_MODULES = ("window", "demo", "report", "review", "imports", "exports", "backup", "encryption", "transfer",
                   "plan")
ENV_PASSPHRASE = "TALENTDESK_PASSPHRASE"
ENV_NEW_PASSPHRASE = "TALENTDESK_NEW_PASSPHRASE"
# A second writer waits this long for the first before it says the folder is busy.
BUSY_SECONDS = 120.0
log = logging.getLogger("talentdesk")


class CommandError(Exception):
    """A failure to report in one line (exit 1)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="talentdesk",
        description="TalentDesk: keep the independent professionals you hire, for years. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"TalentDesk {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR",
        help=f"the data folder to use (default: ${ENV_DATA_DIR}, else the platform's user data folder)",
    )
    parser.add_argument(
        "--database", metavar="URL",
        help=f"a team database on PostgreSQL instead of the local data folder (default: ${ENV_DATABASE}): "
        "postgresql://USER@HOST:PORT/NAME, with libpq's parameters (?sslmode=require …) honoured; the password "
        "comes from libpq's password or service file, or the system keyring, never from the settings",
    )
    parser.add_argument("--demo", action="store_true", help="open the window on a fresh small demo folder in a temporary place")
    parser.add_argument("--self-test", action="store_true",
                        help="open the database and build the main window offscreen; exit 0, or print what failed and exit 1")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default=None,
                        help="colour scheme (default: the one chosen in Settings, else follow the system)")
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help=f"an encrypted data folder's passphrase, the first line of FILE (else ${ENV_PASSPHRASE}, "
                        "else asked when run in a terminal)")
    parser.add_argument("--verbose", "-v", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f".commands.{name}", __package__).register(sub)
    return parser


def data_dir_of(args: argparse.Namespace) -> Path:
    return resolve_data_dir(args.data_dir)


def team_url_of(args: argparse.Namespace) -> str | None:
    """The team database to use instead of the local folder's: --database, else $TALENTDESK_DATABASE."""
    url = getattr(args, "database", None) or os.environ.get(ENV_DATABASE) or None
    if url and not is_team_url(url):
        raise CommandError(tr("a team database is named by a postgresql:// URL, not “{url}” "
                              "(for a local folder, use --data-dir).").format(url=url))
    return url


def open_team(url: str, folder: Path):
    """Open a team database for a command (``folder``: the local one for its stored files), saying in one
    line why it cannot be reached."""
    from .store.schema import open_team_database

    try:
        return open_team_database(url, folder=folder)
    except peewee.OperationalError as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise CommandError(tr("cannot reach the team database {where}: {reason}").format(
            where=where(url), reason=reason)) from None


# -- passphrases --------------------------------------------------------------------------------------
def read_secret(file: Path | None, env: str, prompt: str | None, *, repeat: bool = False) -> str | None:
    """A passphrase from the first line of ``file``, else the environment variable ``env``, else asked
    on the terminal (twice with ``repeat``) when standard input is one; None when there is none."""
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(tr("cannot read the passphrase file {file}: {reason}").format(
                file=file, reason=getattr(exc, "strerror", None) or exc)) from None
        return text.splitlines()[0] if text.splitlines() else ""
    if os.environ.get(env):
        return os.environ[env]
    if prompt is None or not sys.stdin.isatty():
        return None
    try:
        first = getpass.getpass(prompt)
        if repeat and getpass.getpass(tr("Repeat it: ")) != first:
            raise CommandError(tr("the two passphrases differ; nothing was changed."))
    except EOFError:
        return None
    return first


def unlock_folder(args: argparse.Namespace) -> Path:
    """The data folder, with an interrupted passphrase change finished or undone, unlocked when encrypted."""
    data_dir = data_dir_of(args)
    if not data_dir.is_dir():
        return data_dir
    done = rekey.recover(data_dir)
    if done:
        log.warning("an interrupted passphrase change was %s", done)
    if not cipher.is_encrypted(data_dir) or cipher.key() is not None:
        return data_dir
    how = tr("${variable}, --passphrase-file FILE, or run it in a terminal to be asked").format(
        variable=ENV_PASSPHRASE)
    if not cipher.available():
        raise CommandError(tr("this data folder is encrypted, and opening it needs the SQLCipher driver: "
                              "{hint}").format(hint=cipher.install_hint()))
    passphrase = read_secret(args.passphrase_file, ENV_PASSPHRASE, tr("Passphrase for {folder}: ").format(
        folder=data_dir))
    if passphrase is None:
        raise CommandError(tr("this data folder is encrypted: give its passphrase with {how}.").format(how=how))
    try:
        cipher.unlock(data_dir, passphrase)
    except cipher.WrongPassphrase:
        raise CommandError(tr("that passphrase does not open this data folder ({folder}); give the right one "
                              "with {how}.").format(folder=data_dir, how=how)) from None
    return data_dir


def writable(data_dir: Path) -> bool:
    """May this process write the folder and its database? (False on a read-only disk or folder.)"""
    database = data_dir / "talentdesk.sqlite3"
    return os.access(data_dir, os.W_OK) and (not database.exists() or os.access(database, os.W_OK))


def window_folder(args: argparse.Namespace) -> Path:
    """The data folder for the window (the self-test, a screenshot): unlocked, one it may write, sound."""
    from .store.integrity import ensure_sound

    data_dir = unlock_folder(args)
    if data_dir.is_dir() and not writable(data_dir):
        raise CommandError(tr("the data folder {folder} is read-only, and the window needs to write to it. "
                              "Reading commands (export, report, review --list, backup) still work.").format(
            folder=data_dir))
    ensure_sound(data_dir / "talentdesk.sqlite3")  # the window would offer a backup; here, one line
    return data_dir


def open_folder(args: argparse.Namespace, *, write: bool):
    """Open the data folder's database for a command (``write``: one that changes it)."""
    from .store.db import set_busy_timeout
    from .store.schema import open_database

    set_busy_timeout(BUSY_SECONDS)
    url = team_url_of(args)
    if url:
        return open_team(url, data_dir_of(args))
    data_dir = unlock_folder(args)
    if data_dir.is_dir() and not writable(data_dir):
        if write:
            raise CommandError(tr("the data folder {folder} is read-only: this command changes it, so it "
                                  "cannot run here. Reading commands (export, report, review --list, backup) "
                                  "still work.").format(folder=data_dir))
        return open_database(data_dir, readonly=True)
    return open_database(data_dir)


def _open_window(args: argparse.Namespace) -> int:
    from .launcher import end_process, run_gui, self_test

    if args.demo:
        from .services import demo

        folder = Path(tempfile.mkdtemp(prefix="talentdesk-demo-"))
        demo.generate(folder, "small")
        args.data_dir = str(folder)
    data_dir = data_dir_of(args)
    if args.self_test:
        window_folder(args)
        problems = self_test(data_dir)
        for problem in problems:
            print("talentdesk: " + tr("self-test failed: {problem}").format(problem=problem), file=sys.stderr)
        if not problems:
            print(tr("TalentDesk {version}: self-test passed ({folder})").format(version=__version__, folder=data_dir))
        return 1 if problems else 0
    end_process(run_gui(data_dir, scheme=args.theme, team_url=team_url_of(args)))  # once the window is closed, at once


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder if folder.exists() else folder.parent).free < 1024 * 1024
    except OSError:
        return False


def message_for(exc: BaseException, data_dir: Path | None = None) -> str:
    """One line for any error: what happened, and what to do next."""
    where = data_dir or tr("the data folder")
    if isinstance(exc, DamagedDatabase):
        return tr("{problem} Restore a backup with “talentdesk restore FILE.zip”, or open the window to restore "
                  "one of the automatic copies.").format(problem=exc)
    if isinstance(exc, ServiceError):
        return words.field_error_text(exc)
    if isinstance(exc, CommandError | SchemaError | cipher.WrongPassphrase
                  | cipher.EncryptionUnavailable | rekey.RekeyInProgress | rekey.RekeyNotFinished):
        return str(exc)
    if isinstance(exc, (sqlite3.Error, peewee.PeeweeException, *cipher.database_errors())):
        kind = trouble(exc)
        if kind == "io" and data_dir is not None and _nearly_full(data_dir):
            kind = "full"  # on a full disk SQLite says "disk I/O error" where it cannot grow its files
        said = {
            "busy": tr("{folder} is busy: another TalentDesk is writing to it. Try again when it has finished."),
            "read-only": tr("{folder} may not be written (a read-only folder or disk); nothing was changed."),
            "full": tr("the disk is full; nothing was changed. Free some space and try again."),
            "cannot-open": tr("the database in {folder} cannot be opened: check that the folder exists and may be "
                              "read."),
            "damaged": tr("the database in {folder} is damaged. Restore a backup with “talentdesk restore "
                          "FILE.zip”, or open the window to restore one of the automatic copies."),
            "io": tr("the disk reported an error while reading or writing the database; nothing was saved."),
        }.get(kind)
        if said:
            return said.format(folder=where)
    if isinstance(exc, OSError):
        named = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        if exc.errno == errno.ENOSPC:
            return tr("the disk is full{file}; free some space and try again.").format(file=named)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return tr("may not write{file}: the folder or disk is read-only, or the file belongs to someone "
                      "else.").format(file=named)
        return f"{exc.strerror or exc}{named}"
    if isinstance(exc, MemoryError):
        return tr("not enough memory to finish the command.")
    return tr("the command stopped on an unexpected error ({error}). Run it again with --verbose to see "
              "where.").format(error=f"{type(exc).__name__}: {exc}")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    handler = getattr(args, "handler", None) or _open_window
    try:
        return handler(args) or 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place errors become messages: never a traceback
        if args.verbose:
            log.exception("the command failed")
        try:
            data_dir = data_dir_of(args)
        except Exception:  # noqa: BLE001 - only to name the folder
            data_dir = None
        text = " ".join(message_for(exc, data_dir).split())  # one line, whatever the message held
        print(f"talentdesk: {text}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
