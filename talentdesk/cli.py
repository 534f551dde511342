"""The command line: ``talentdesk`` opens the window; subcommands work headless.

Errors print one clear line on stderr and exit 1; usage errors exit 2 (argparse).
Each family of subcommands lives in talentdesk/commands/ and registers itself.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys
import tempfile
from pathlib import Path

from . import __version__
from .paths import ENV_DATA_DIR, resolve_data_dir
from .services.errors import ServiceError
from .store.migrations import SchemaError

# Subcommand modules in talentdesk/commands/, each with register(subparsers).
COMMAND_MODULES = ("window", "demo", "report", "review", "imports", "exports", "backup")


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
    parser.add_argument("--demo", action="store_true", help="open the window on a fresh small demo folder in a temporary place")
    parser.add_argument("--self-test", action="store_true",
                        help="open the database and build the main window offscreen; exit 0, or print what failed and exit 1")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default="system", help="colour scheme (default: follow the system)")
    parser.add_argument("--verbose", "-v", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f".commands.{name}", __package__).register(sub)
    return parser


def data_dir_of(args: argparse.Namespace) -> Path:
    return resolve_data_dir(args.data_dir)


def _open_window(args: argparse.Namespace) -> int:
    from .launcher import run_gui, self_test

    if args.demo:
        from .services import demo

        folder = Path(tempfile.mkdtemp(prefix="talentdesk-demo-"))
        demo.generate(folder, "small")
        args.data_dir = str(folder)
    data_dir = data_dir_of(args)
    if args.self_test:
        problems = self_test(data_dir)
        for problem in problems:
            print(f"talentdesk: self-test failed: {problem}", file=sys.stderr)
        if not problems:
            print(f"TalentDesk {__version__}: self-test passed ({data_dir})")
        return 1 if problems else 0
    return run_gui(data_dir, scheme=args.theme)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    handler = getattr(args, "handler", None) or _open_window
    try:
        return handler(args) or 0
    except (CommandError, ServiceError, SchemaError) as exc:
        print(f"talentdesk: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(f"talentdesk: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
