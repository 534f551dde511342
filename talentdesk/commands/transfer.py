"""``talentdesk transfer --to URL`` and ``talentdesk --database URL transfer --to-dir DIR``: the data moved
between the local folder and a team database, checked row by row before it is kept."""
from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
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


def _say_files(done: int, total: int) -> None:
    print(f"\r  stored files: {done:,} of {total:,}", end="", file=sys.stderr, flush=True)


def _sealed_files(folder: Path) -> list[tuple[str, Callable[[], list[bytes]]]]:
    """An encrypted folder's sensitive files, kept sealed: each opened with the folder's key to be copied
    (a team database holds plain bytes; its server's access rules guard them)."""
    from ..services import files
    from ..store import cipher

    root = folder / "attachments"
    if not root.is_dir() or not cipher.can_seal():
        return []
    found = []
    for path in sorted(root.glob("??/*.sealed")):
        sha = path.name.removesuffix(".sealed")
        if not (root / sha[:2] / sha).exists():
            found.append((sha, lambda sha=sha: [files.unsealed(folder, sha)]))
    return found


def _files_of(db, folder: Path):
    from ..store import file_store

    return file_store.files_for(db, folder)


def run(args) -> int:
    from ..cli import CommandError, data_dir_of, open_folder, open_team
    from ..store import dialect, file_store, transfer
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
        target_folder = args.to_dir.resolve() if args.to_dir is not None else source_folder
        copied: list[int] = []

        def copy_files() -> None:  # in the target's transaction: a file that fails keeps no row either
            print(file=sys.stderr)
            extra = _sealed_files(source_folder) if args.to else []
            copied.append(file_store.copy_all(_files_of(source, source_folder), _files_of(target, target_folder),
                                              extra=extra, progress=_say_files))

        try:
            tables = transfer.copy(source, target, progress=_say, and_then=copy_files)
        except (transfer.TransferRefused, transfer.TransferMismatch, file_store.FileMismatch) as exc:
            raise CommandError(str(exc)) from None
        finally:
            print(file=sys.stderr)
            target.close()
        files = copied[0]
    except BaseException:
        if made_folder:
            shutil.rmtree(args.to_dir, ignore_errors=True)
        raise
    finally:
        source.close()
    rows = sum(t.rows for t in tables)
    if args.to:
        print(tr("Copied {rows} in {tables} and {files} to {target}; every table's count and checksum, and every "
                 "file's, agree with the source.").format(
            rows=tr("%Ln row(s)", rows), tables=tr("%n table(s)", len(tables)), files=tr("%Ln stored file(s)", files),
            target=dialect.where(args.to)))
    else:
        print(tr("Copied {rows} in {tables} and {files} to {folder}; every table's count and checksum, and every "
                 "file's, agree with the source.").format(
            rows=tr("%Ln row(s)", rows), tables=tr("%n table(s)", len(tables)), files=tr("%Ln stored file(s)", files),
            folder=args.to_dir))
    return 0
