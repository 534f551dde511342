"""Runs every command of the command line on a data folder in one condition, and says how each ended.

    python -m tests.acceptance.cli_runner SPEC.json RESULT.json

The spec names the condition, a pristine data folder, a working folder and the commands (argument
lists with ``{data}`` and ``{out}`` in them). Before each command the pristine folder is copied into
``{data}`` and the condition applied; the command runs through ``talentdesk.cli.main`` in this process
and its exit code, standard error and any exception that escaped ``main`` (a traceback) are recorded.

Conditions that need mounts (a read-only bind mount, a full tmpfs) are applied here, so the test runs
this module inside a private mount namespace (``unshare -m``): the mounts vanish with the process.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import time
import traceback
from pathlib import Path

READ_ONLY_BY_MOUNT, READ_ONLY_BY_MODE = "readonly-mount", "readonly-mode"


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


def _fill(folder: Path) -> None:
    """Write until the disk says it is full."""
    with open(folder / "filler", "wb") as out:
        block = b"\0" * (1 << 20)
        try:
            while True:
                out.write(block)
                out.flush()
        except OSError:
            pass
        for size in (1 << 16, 1 << 12, 1 << 8, 1):  # the last scraps too
            try:
                while True:
                    out.write(b"\0" * size)
                    out.flush()
            except OSError:
                pass


@contextlib.contextmanager
def condition(spec: dict, data: Path, out: Path):
    """The pristine folder copied into ``data`` and the condition applied; undone afterwards."""
    kind = spec["condition"]
    if kind == "full-disk":
        for child in Path(spec["work"]).iterdir():
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    shutil.copytree(spec["folder"], data, dirs_exist_ok=False)
    out.mkdir(parents=True, exist_ok=True)
    try:
        if kind == "damaged":
            database = data / "talentdesk.sqlite3"
            size = database.stat().st_size
            with open(database, "r+b") as handle:  # scribble over pages in the middle
                handle.seek(size // 3)
                handle.write(os.urandom(min(256 * 1024, size // 3)))
        elif kind == READ_ONLY_BY_MOUNT:
            _mount("--bind", str(data), str(data))
            _mount("-o", "remount,bind,ro", str(data))
        elif kind == READ_ONLY_BY_MODE:
            for path in [data, *data.rglob("*")]:
                path.chmod(0o555 if path.is_dir() else 0o444)
        elif kind == "full-disk":
            _fill(Path(spec["work"]))
        yield
    finally:
        if kind == READ_ONLY_BY_MOUNT:
            subprocess.run(["umount", str(data)], check=False, capture_output=True)
        if kind == READ_ONLY_BY_MODE:
            for path in [data, *data.rglob("*")]:
                path.chmod(0o755 if path.is_dir() else 0o644)
        shutil.rmtree(data, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
        (Path(spec["work"]) / "filler").unlink(missing_ok=True)


def run_one(argv: list[str]) -> dict:
    from talentdesk.cli import main
    from talentdesk.store import cipher
    from talentdesk.store.db import database

    stdout, stderr = io.StringIO(), io.StringIO()
    escaped = None
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            code = main(argv)
        except SystemExit as done:  # argparse's usage errors and --help
            code = done.code if isinstance(done.code, int) else 2
        except BaseException:  # noqa: BLE001 - exactly what must never happen
            code, escaped = None, traceback.format_exc()
    cipher.lock()
    with contextlib.suppress(Exception):
        if database.obj is not None and not database.is_closed():
            database.close()
    return {"argv": argv, "code": code, "stderr": stderr.getvalue(), "traceback": escaped}


def main(spec_file: Path, result_file: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from talentdesk.app.application import ensure_application

    ensure_application(offscreen=True)  # one QApplication for the reports and the screenshot alike
    spec = json.loads(spec_file.read_text(encoding="utf-8"))
    for name in ("TALENTDESK_PASSPHRASE", "TALENTDESK_NEW_PASSPHRASE"):
        os.environ.pop(name, None)
    os.environ.update(spec.get("env", {}))
    work = Path(spec["work"])
    data, out = work / "data", work / "out"
    results = []
    for argv in spec["commands"]:
        filled = [a.replace("{data}", str(data)).replace("{out}", str(out)) for a in argv]
        started = time.monotonic()
        with condition(spec, data, out):
            results.append(run_one(filled))
        results[-1]["seconds"] = round(time.monotonic() - started, 1)  # for a person reading the result file
    result_file.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
