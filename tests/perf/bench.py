"""TalentDesk's figures on the large demo folder: each measured against its floor.

    python tests/perf/bench.py [--data DIR] [--repeat N] [--json FILE] [--only NAME] [--readme]
    python tests/perf/bench.py --database URL|local [--data DIR] [--repeat N] [--only NAME]

It builds the large demo folder once (or reuses --data / $TALENTDESK_BENCH_DATA /
the cache folder), then runs every figure registered in ``tests/perf/figures_*.py``.
A figure measures what a person waits for and, beside it, the *floor*: the
same work done bare (a plain sqlite3 query, a bare Qt window). The ratio says
how much TalentDesk adds. Each figure says whether its goal is met (judged on the medians of
this run); ``--readme`` writes the table into the README between its markers. It prints; it
never asserts times (shared machines are noisy), and no test reads these numbers.

``--database`` runs the figures that a team database changes on PostgreSQL (``local``: a throwaway server
started from Debian's ``postgresql`` package, as the tests do): an empty team database is first given the
large folder with ``talentdesk transfer --to`` (timed), then each such figure is measured on it and on the
folder's SQLite file, each side in a process of its own, against the goal of at most 3× the SQLite figure.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class Figure:
    """One measured figure: ``measure`` and ``floor`` each return seconds for one run (or, with
    ``unit="MB"``, megabytes). ``met(median, floor)`` (in ms or MB) says whether the goal is met."""

    name: str
    measure: Callable[[Path], float]
    floor: Callable[[Path], float]
    goal: str = ""
    met: Callable[[float, float], bool] | None = None
    unit: str = "ms"
    team: bool = False  # measured on a team database too (--database): it reads or writes through the store
    team_under_ms: float | None = None  # the team figure's own limit beside "≤ 3× on SQLite"


_TEAM: dict[str, str | None] = {"url": None}


def team_url() -> str | None:
    """The team database the figures run on in this process (``--on-team``); None: the folder's SQLite file."""
    return _TEAM["url"]


def open_store(folder: Path):
    """The database a figure measures, opened: the folder's SQLite file, or the team database."""
    from talentdesk.store.schema import open_database, open_team_database

    url = team_url()
    return open_team_database(url, folder=folder) if url else open_database(folder)


@dataclass
class Result:
    name: str
    median_ms: float  # in ``unit``: milliseconds, or megabytes for a memory figure
    floor_ms: float
    ratio: float
    goal: str
    runs: int
    unit: str = "ms"
    met: bool | None = None


def within(ratio: float | None = None, under_ms: float | None = None) -> Callable[[float, float], bool]:
    """A goal: at most ``ratio`` × the floor and/or under ``under_ms``."""
    return lambda median, floor: ((ratio is None or median <= ratio * floor)
                                  and (under_ms is None or median < under_ms))


def plus_at_most(extra: float) -> Callable[[float, float], bool]:
    """A goal: at most the floor plus ``extra`` (a memory figure: MB above a bare window)."""
    return lambda median, floor: median <= floor + extra


def settle_until(done: Callable[[], bool], runner=None, limit: float = 60.0) -> None:
    """Let Qt deliver the lane's answers and paint until ``done()`` (a figure's end point)."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + limit
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the figure's end point never came")
        QApplication.processEvents()
        if runner is not None:
            runner.wait(2)
    QApplication.processEvents()  # the paint that shows it


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "talentdesk-bench" / "large"


def ensure_large_folder(explicit: str | None) -> Path:
    folder = Path(explicit or os.environ.get("TALENTDESK_BENCH_DATA") or cache_dir())
    if (folder / "talentdesk.sqlite3").exists():
        return folder
    from talentdesk.services import demo

    print(f"Building the large demo folder in {folder} (once; reused afterwards)…", flush=True)
    started = time.monotonic()
    demo.generate(folder, "large")
    print(f"  built in {time.monotonic() - started:.0f} s", flush=True)
    return folder


def discover() -> list[Figure]:
    figures: list[Figure] = []
    for path in sorted(Path(__file__).parent.glob("figures_*.py")):
        module = importlib.import_module(f"tests.perf.{path.stem}")
        figures.extend(module.FIGURES)
    return figures


def run(figure: Figure, folder: Path, repeat: int, floors: bool = True) -> Result:
    """``floors=False`` (a side of --database, compared with the other side instead) skips the floor."""
    figure.measure(folder)  # warm the OS file cache so both sides start equal
    measured = [figure.measure(folder) for _ in range(repeat)]
    floors = [figure.floor(folder) for _ in range(repeat)] if floors else [0.0]
    median, floor = statistics.median(measured), statistics.median(floors)
    scale = 1000 if figure.unit == "ms" else 1
    median, floor = median * scale, floor * scale
    met = figure.met(median, floor) if figure.met else None
    return Result(figure.name, median, floor, median / floor if floor else float("inf"), figure.goal, repeat,
                  figure.unit, met)


def verdict(result: Result) -> str:
    return "—" if result.met is None else "met" if result.met else "NOT MET"


def print_table(results: list[Result]) -> None:
    width = max(len(r.name) for r in results)
    print(f"\n{'figure':<{width}}  {'median':>10}  {'floor':>10}  {'ratio':>7}  {'goal':<8} goal")
    print("-" * (width + 60))
    for r in results:
        print(f"{r.name:<{width}}  {r.median_ms:>8.1f}{r.unit}  {r.floor_ms:>8.1f}{r.unit}  {r.ratio:>6.2f}×  "
              f"{verdict(r):<8} {r.goal}")


README_START, README_END = "<!-- bench table start -->", "<!-- bench table end -->"


def folder_size(folder: Path) -> str:
    import sqlite3

    con = sqlite3.connect(folder / "talentdesk.sqlite3")
    try:
        people, messages = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("talent", "message"))
    finally:
        con.close()
    megabytes = (folder / "talentdesk.sqlite3").stat().st_size / 1e6
    return f"{people:,} people, {messages:,} messages, {megabytes:,.0f} MB"


def readme_table(results: list[Result], size: str, repeat: int) -> str:
    lines = [f"Measured on a folder of {size}, medians of {repeat} runs per side:", "",
             "| figure | median | floor | ratio | goal | met |", "| --- | ---: | ---: | ---: | --- | --- |"]
    for r in results:
        lines.append(f"| {r.name} | {r.median_ms:,.0f} {r.unit} | {r.floor_ms:,.0f} {r.unit} | {r.ratio:.1f}× | "
                     f"{r.goal} | {verdict(r)} |")
    return "\n".join(lines)


def write_readme(table: str, readme: Path = ROOT / "README.md") -> None:
    """Put the table between the README's markers (the text around it is left as written)."""
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(README_START) + len(README_START), text.index(README_END)
    readme.write_text(text[:start] + "\n" + table + "\n" + text[end:], encoding="utf-8")


def _team_database(requested: str):
    """The team database named by --database, or one on a throwaway local server (``local``), and the server
    to stop afterwards (or None)."""
    if requested != "local":
        return requested, None
    from tests import postgres_server

    server = postgres_server.LocalServer()
    databases = postgres_server.Databases(server.start())
    return databases.empty(), server


def _holds_data(url: str) -> bool:
    import psycopg

    with psycopg.connect(url) as con:
        exists = con.execute("SELECT to_regclass('talent') IS NOT NULL").fetchone()[0]
        return bool(exists) and con.execute("SELECT count(*) FROM talent").fetchone()[0] > 0


def _side(folder: Path, repeat: int, only: str | None, url: str | None) -> list[dict]:
    """The team figures measured in a process of their own (the models are bound to one database per process)."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as temp:
        out = Path(temp) / "figures.json"
        command = [sys.executable, __file__, "--data", str(folder), "--repeat", str(repeat), "--json", str(out),
                   "--team-figures"] + (["--only", only] if only else []) + (["--on-team", url] if url else [])
        subprocess.run(command, check=True)
        return json.loads(out.read_text(encoding="utf-8"))


def run_on_team(folder: Path, requested: str, repeat: int, only: str | None) -> int:
    import subprocess

    url, server = _team_database(requested)
    try:
        if not _holds_data(url):
            print("Transferring the large folder into the team database (once)…", flush=True)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "talentdesk", "--data-dir", str(folder), "transfer", "--to", url],
                           check=True, stdout=subprocess.DEVNULL)
            print(f"  transfer of the large folder: {time.perf_counter() - started:.0f} s", flush=True)
        on_sqlite = {r["name"]: r for r in _side(folder, repeat, only, None)}
        on_team = _side(folder, repeat, only, url)
    finally:
        if server is not None:
            server.stop()
    limits = {f.name: f.team_under_ms for f in discover() if f.team}
    results = []
    for r in on_team:
        base = on_sqlite[r["name"]]["median_ms"]
        limit = limits.get(r["name"])
        goal = "≤ 3× on SQLite" + (f", under {limit:.0f} ms" if limit else "")
        results.append(Result(r["name"], r["median_ms"], base, r["median_ms"] / base if base else float("inf"), goal,
                              repeat, r["unit"], within(ratio=3, under_ms=limit)(r["median_ms"], base)))
    print("\nOn the team database (the floor column is the same figure on the folder's SQLite file):")
    print_table(results)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="a large demo folder to use (built once when missing)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per side (median reported)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--only", help="run only figures whose name contains this text")
    parser.add_argument("--readme", action="store_true", help="write the table into README.md between its markers")
    parser.add_argument("--database", metavar="URL", help="also run the figures a team database changes on this "
                        "PostgreSQL database (local: start a throwaway server), against the same on SQLite")
    parser.add_argument("--team-figures", action="store_true", help=argparse.SUPPRESS)  # one side of --database
    parser.add_argument("--on-team", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    folder = ensure_large_folder(args.data)
    if args.database:
        return run_on_team(folder, args.database, args.repeat, args.only)
    _TEAM["url"] = args.on_team
    figures = [f for f in discover() if (not args.only or args.only in f.name) and (f.team or not args.team_figures)]
    if not figures:
        print(f"No figure's name contains {args.only!r}; the names are in the README's table.", file=sys.stderr)
        return 2
    results = []
    for figure in figures:
        print(f"measuring: {figure.name}{' on the team database' if args.on_team else ''}…", flush=True)
        results.append(run(figure, folder, args.repeat, floors=not args.team_figures))
    print_table(results)
    size = folder_size(folder)
    print(f"\nfolder: {folder} ({size})")
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2), encoding="utf-8")
    if args.readme:
        write_readme(readme_table(results, size, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
