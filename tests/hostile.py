"""A hostile machine for tests: a small disk that fills up, a disk mounted read-only.

Real when the test may mount a tmpfs (root on Linux); otherwise ``small_disk`` yields None and
the test simulates the same failure by injecting the error the operating system would give.
"""
from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def small_disk(where: Path, size_kb: int):
    mountpoint = where / "small-disk"
    mountpoint.mkdir(parents=True)
    can_mount = sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount")
    if not can_mount or subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mountpoint)],
                                       capture_output=True).returncode != 0:
        yield None
        return
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], capture_output=True)


def remount_read_only(mountpoint: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mountpoint)], check=True, capture_output=True)


def fill(mountpoint: Path) -> Path:
    """Write a filler file until the disk says it is full; delete it to free the space."""
    filler = mountpoint / "filler.bin"
    block = b"\0" * 65536
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(block)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


class Hung(AssertionError):
    """The work under ``time_limit`` did not finish in time."""


@contextmanager
def time_limit(seconds: float):
    """Interrupt the work inside after ``seconds`` of wall time (SIGALRM; the main thread only).
    Generous limits only: this detects a hang, it does not measure speed."""
    import signal

    def interrupt(_signum, _frame):
        raise Hung(f"still running after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
