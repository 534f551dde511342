"""``talentdesk transfer --to URL`` and ``talentdesk --database URL transfer --to-dir DIR``: the data moved
between the local folder and a team database, checked row by row before it is kept."""
from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

from .words import tr


def register(sub) -> None:
    t = sub.add_parser("transfer", help="copy the data into an empty team database, or a team database into a new folder",
                       description="Copies every row, then checks each table's count and checksum before keeping the "
                       "copy; a target that already holds data is refused. The source is not changed.")
    where = t.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", metavar="URL", help="an empty team database (postgresql://…)")
    where.add_argument("--to-dir", type=Path, metavar="DIR", help="a new (missing or empty) local data folder")
    t.set_defaults(handler=run)


def _say(table: str, done: int) -> None:
    print(f"\r  {table}: {done:,} rows", end="", file=sys.stderr, flush=True)


def _copy_files(source: Path, target: Path) -> int:
    """The stored files (named by their SHA-256), copied and each checked against its name."""
    from ..paths import attachments_dir

    count = 0
    for path in sorted(attachments_dir(source).rglob("*")) if attachments_dir(source).is_dir() else []:
        if not path.is_file():
            continue
        copied = attachments_dir(target) / path.relative_to(attachments_dir(source))
        copied.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copied)
        if hashlib.sha256(copied.read_bytes()).hexdigest() != hashlib.sha256(path.read_bytes()).hexdigest():
            raise OSError(f"the stored file {path.name} did not copy whole")
        count += 1
    return count


def run(args) -> int:
    from ..cli import CommandError, data_dir_of, open_folder, open_team
    from ..store import dialect, transfer
    from ..store.schema import open_database

    source_folder = data_dir_of(args)
    if args.to is not None and not dialect.is_team_url(args.to):
        raise CommandError(tr("--to names a team database by its postgresql:// URL, not “{url}”.").format(url=args.to))
    if args.to_dir is not None and args.to_dir.exists() and any(args.to_dir.iterdir()):
        raise CommandError(tr("{folder} is not empty: transfer only into a new folder. Nothing was written.").format(
            folder=args.to_dir))
    source = open_folder(args, write=False)
    made_folder = args.to_dir is not None and not args.to_dir.exists()
    try:
        target = open_team(args.to, source_folder) if args.to else open_database(args.to_dir.resolve())
        try:
            tables = transfer.copy(source, target, progress=_say)
        except (transfer.TransferRefused, transfer.TransferMismatch) as exc:
            raise CommandError(str(exc)) from None
        finally:
            print(file=sys.stderr)
            target.close()
        files = _copy_files(source_folder, args.to_dir) if args.to_dir is not None else 0
    except BaseException:
        if made_folder:
            shutil.rmtree(args.to_dir, ignore_errors=True)
        raise
    finally:
        source.close()
    rows = sum(t.rows for t in tables)
    if args.to:
        print(tr("Copied {rows} in {tables} to {target}; every table's count and checksum agree with the source. "
                 "Stored files stay in {folder}.").format(
            rows=tr("%Ln row(s)", rows), tables=tr("%n table(s)", len(tables)), target=dialect.where(args.to),
            folder=source_folder))
    else:
        print(tr("Copied {rows} in {tables} and {files} to {folder}; every table's count and checksum, and every "
                 "file's, agree with the source.").format(
            rows=tr("%Ln row(s)", rows), tables=tr("%n table(s)", len(tables)), files=tr("%Ln stored file(s)", files),
            folder=args.to_dir))
    return 0
