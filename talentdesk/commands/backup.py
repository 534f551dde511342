"""``talentdesk backup --out FILE.zip`` and ``talentdesk restore FILE.zip``."""
from __future__ import annotations

import sys
from pathlib import Path

from .words import tr


def register(sub) -> None:
    b = sub.add_parser("backup", help="write the database and attachments into one zip",
                       description="A consistent copy (safe while the window is open) with a manifest of checksums.")
    b.add_argument("--out", required=True, type=Path, metavar="FILE.zip")
    b.set_defaults(handler=run_backup)
    r = sub.add_parser("restore", help="replace the data folder's data with a backup, or fill an empty team database",
                       description="Checks the backup first; the current database is kept in backups/ before "
                       "it is replaced. With --database URL the backup goes into an empty team database (one that "
                       "holds data is refused untouched), every table and file checked before it is kept.")
    r.add_argument("archive", type=Path, metavar="FILE.zip")
    r.set_defaults(handler=run_restore)


def run_backup(args) -> int:
    from ..cli import data_dir_of, open_folder
    from ..interchange import backup

    folder = data_dir_of(args)
    db = open_folder(args, write=False)
    try:
        manifest = backup.create(args.out, folder=folder)
    finally:
        db.close()
    print(tr("Wrote {file}: the database (schema {schema}) and %n attachment file(s)",
             len(manifest["members"]) - 1).format(file=args.out, schema=manifest["schema_version"]))
    return 0


def _say_progress(fraction: float, text: str) -> None:
    print(f"\r  {round(fraction * 100):3d}%  {text}", end="\x1b[K", file=sys.stderr, flush=True)


def _say_rows(table: str, done: int) -> None:
    print(f"\r   60%  {table}: {done:,}", end="\x1b[K", file=sys.stderr, flush=True)


def _restore_into_team(args, url: str) -> int:
    """``talentdesk --database URL restore FILE.zip``: into an empty team database only."""
    from ..cli import open_folder
    from ..interchange import backup
    from ..store.dialect import where

    db = open_folder(args, write=True)
    try:
        facts = backup.restore_into_team(args.archive, report=_say_progress, rows_copied=_say_rows)
    finally:
        print(file=sys.stderr)
        db.close()
    print(tr("Restored the backup of {created} into the team database {where}: {rows} in {tables} and {files}; "
             "every table's count and checksum, and every file's, agree with the backup.").format(
        created=facts["created"] or tr("an unknown date"), where=where(url), rows=tr("%Ln row(s)", facts["rows"]),
        tables=tr("%n table(s)", facts["tables"]), files=tr("%Ln stored file(s)", facts["attachments"])))
    return 0


def run_restore(args) -> int:
    from ..cli import data_dir_of, open_folder, team_url_of
    from ..interchange import backup

    url = team_url_of(args)
    if url:
        return _restore_into_team(args, url)
    folder = data_dir_of(args)
    db = open_folder(args, write=True)
    try:
        facts = backup.restore(args.archive, folder=folder)
    finally:
        db.close()
    print(tr("Restored the backup of {created} into {folder}; the previous database is kept as {kept}").format(
        created=facts["created"] or tr("an unknown date"), folder=folder, kept=facts["kept"]))
    return 0
