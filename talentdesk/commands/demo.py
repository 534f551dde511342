"""``talentdesk demo``: write a data folder full of realistic, deterministic demo data."""
from __future__ import annotations

import sys
import time
from pathlib import Path

from .words import tr


def register(sub) -> None:
    p = sub.add_parser("demo", help="write a demo data folder",
                       description="Write a data folder of deterministic demo data: small is a believable solo "
                       "client (about 40 people); large is a stress test (10,000 people, 1,000,000 messages).")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="the data folder to create (must be empty or new)")
    p.add_argument("--scale", choices=("small", "large"), default="small")
    p.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    p.set_defaults(handler=run)


def run(args) -> int:
    from ..cli import CommandError
    from ..services import demo
    from ..store.schema import DATABASE_FILE

    if (args.out / DATABASE_FILE).exists():
        raise CommandError(tr("{folder} already holds a TalentDesk database; choose a new folder.").format(
            folder=args.out))
    started = time.monotonic()
    last = [0.0]

    def progress(stage: str, fraction: float) -> None:
        if sys.stderr.isatty() and time.monotonic() - last[0] > 0.5:
            last[0] = time.monotonic()
            print(f"\r{stage:<30} {fraction:6.1%}", end="", file=sys.stderr)

    counts = demo.generate(args.out, args.scale, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    total = ", ".join(f"{n:,} {table}" for table, n in counts.items() if n)
    print(f"Wrote {args.out} in {time.monotonic() - started:.1f} s: {total}")
    return 0
