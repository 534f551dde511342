"""TalentDesk's figures on the large demo folder: each measured against its floor.

    python tests/perf/bench.py [--data DIR] [--repeat N] [--json FILE] [--only NAME] [--readme]

It builds the large demo folder once (or reuses --data / $TALENTDESK_BENCH_DATA /
the cache folder), then runs every figure registered in ``tests/perf/figures_*.py``.
A figure measures what a person waits for and, beside it, the *floor*: the
same work done bare (a plain sqlite3 query, a bare Qt window). The ratio says
how much TalentDesk adds. Each figure says whether its goal is met (judged on the medians of
this run); ``--readme`` writes the table into the README between its markers. It prints; it
never asserts times (shared machines are noisy), and no test reads these numbers.
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


def run(figure: Figure, folder: Path, repeat: int) -> Result:
    figure.measure(folder)  # warm the OS file cache so both sides start equal
    measured = [figure.measure(folder) for _ in range(repeat)]
    floors = [figure.floor(folder) for _ in range(repeat)]
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="a large demo folder to use (built once when missing)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per side (median reported)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--only", help="run only figures whose name contains this text")
    parser.add_argument("--readme", action="store_true", help="write the table into README.md between its markers")
    args = parser.parse_args()
    folder = ensure_large_folder(args.data)
    figures = [f for f in discover() if not args.only or args.only in f.name]
    results = []
    for figure in figures:
        print(f"measuring: {figure.name}…", flush=True)
        results.append(run(figure, folder, args.repeat))
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
