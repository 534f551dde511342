"""``talentdesk backup --out FILE.zip`` and ``talentdesk restore FILE.zip``."""
from __future__ import annotations

from pathlib import Path

from .words import tr


def register(sub) -> None:
    b = sub.add_parser("backup", help="write the database and attachments into one zip",
                       description="A consistent copy (safe while the window is open) with a manifest of checksums.")
    b.add_argument("--out", required=True, type=Path, metavar="FILE.zip")
    b.set_defaults(handler=run_backup)
    r = sub.add_parser("restore", help="replace the data folder's data with a backup",
                       description="Checks the backup first; the current database is kept in backups/ before "
                       "it is replaced.")
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


def run_restore(args) -> int:
    from ..cli import data_dir_of, open_folder
    from ..interchange import backup

    folder = data_dir_of(args)
    db = open_folder(args, write=True)
    try:
        facts = backup.restore(args.archive, folder=folder)
    finally:
        db.close()
    print(tr("Restored the backup of {created} into {folder}; the previous database is kept as {kept}").format(
        created=facts["created"] or tr("an unknown date"), folder=folder, kept=facts["kept"]))
    return 0
