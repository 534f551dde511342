"""TalentDesk's figures on the large demo folder: each measured against its floor.

    python tests/perf/bench.py [--data DIR] [--repeat N] [--json FILE] [--only NAME]

It builds the large demo folder once (or reuses --data / $TALENTDESK_BENCH_DATA /
the cache folder), then runs every figure registered in ``tests/perf/figures_*.py``.
A figure measures what a person waits for and, beside it, the *floor*: the
same work done bare (a plain sqlite3 query, a bare Qt window). The ratio says
how much TalentDesk adds. It prints; it never asserts times (shared machines are noisy).
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
    """One measured figure: ``measure`` and ``floor`` each return seconds for one run."""

    name: str
    measure: Callable[[Path], float]
    floor: Callable[[Path], float]
    goal: str = ""


@dataclass
class Result:
    name: str
    median_ms: float
    floor_ms: float
    ratio: float
    goal: str
    runs: int


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
    return Result(figure.name, median * 1000, floor * 1000, median / floor if floor else float("inf"),
                  figure.goal, repeat)


def print_table(results: list[Result]) -> None:
    width = max(len(r.name) for r in results)
    print(f"\n{'figure':<{width}}  {'median':>10}  {'floor':>10}  {'ratio':>7}  goal")
    print("-" * (width + 45))
    for r in results:
        print(f"{r.name:<{width}}  {r.median_ms:>8.1f}ms  {r.floor_ms:>8.1f}ms  {r.ratio:>6.2f}×  {r.goal}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="a large demo folder to use (built once when missing)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per side (median reported)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--only", help="run only figures whose name contains this text")
    args = parser.parse_args()
    folder = ensure_large_folder(args.data)
    figures = [f for f in discover() if not args.only or args.only in f.name]
    results = []
    for figure in figures:
        print(f"measuring: {figure.name}…", flush=True)
        results.append(run(figure, folder, args.repeat))
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
