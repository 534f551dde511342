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
    """Write until the disk says it is full, to the last byte."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for size in (1 << 20, 1 << 16, 1 << 12, 1 << 8, 1):
            block = b"\0" * size
            try:
                while True:
                    os.write(fd, block)
            except OSError:
                pass
    finally:
        os.close(fd)


def _link_or_copy(source: str, target: str) -> None:
    if Path(source).parent.parent.name == "attachments":
        os.link(source, target)
    else:
        shutil.copy2(source, target)


@contextlib.contextmanager
def condition(spec: dict, data: Path, out: Path):
    """The pristine folder copied into ``data`` and the condition applied; undone afterwards."""
    kind = spec["condition"]
    if kind == "full-disk":
        for child in Path(spec["work"]).iterdir():
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    # Stored files are never written in place (always aside, then renamed), so they may be shared with
    # the pristine folder through hard links (a copy only where the condition is another disk).
    linked = kind not in ("full-disk", READ_ONLY_BY_MODE)
    shutil.copytree(spec["folder"], data, copy_function=_link_or_copy if linked else shutil.copy2)
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
    # demo writes a new folder and reads none: where the disk is the trouble it writes into the folder
    # in trouble; elsewhere it is pointed at the folder in use, which it refuses at once.
    demo = data / "demo-out" if spec["condition"] in ("full-disk", READ_ONLY_BY_MOUNT, READ_ONLY_BY_MODE) else data
    for argv in spec["commands"]:
        filled = [a.replace("{demo}", str(demo)).replace("{data}", str(data)).replace("{out}", str(out))
                  for a in argv]
        started = time.monotonic()
        with condition(spec, data, out):
            results.append(run_one(filled))
        results[-1]["seconds"] = round(time.monotonic() - started, 1)  # for a person reading the result file
    result_file.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
