"""``talentdesk screenshot VIEW``: what a person would see, saved as a PNG."""
from __future__ import annotations

import argparse
import re
from pathlib import Path

VIEWS = ("review", "bench", "workroom", "timeline", "planner")


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text)
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1440x900, not {text!r}")
    return int(match[1]), int(match[2])


def register(sub) -> None:
    p = sub.add_parser("screenshot", help="open the window offscreen on the data folder and save a view as PNG",
                       description="Open the window offscreen on the data folder, show VIEW and save what a person "
                       "would see. The workroom opens the busiest active contract.")
    p.add_argument("view", choices=VIEWS)
    p.add_argument("--out", required=True, type=Path, metavar="FILE.png")
    p.add_argument("--size", type=_size, default=(1440, 900), metavar="WxH", help="window size (default 1440x900)")
    p.set_defaults(handler=run)


def run(args) -> int:
    from ..cli import team_url_of, window_folder
    from ..launcher import screenshot

    out = screenshot(window_folder(args), args.view, args.out, args.size, scheme=args.theme, team_url=team_url_of(args))
    print(out)
    return 0
