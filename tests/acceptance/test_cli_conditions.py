"""Every command of the command line, on a folder in trouble, ends in one clear line — never a traceback.

The commands are enumerated from the argument parser (a new command is run here without anyone
listing it; one with an argument this file has no sample for fails until one is added). Each runs
on a fresh copy of a small demo folder that is: encrypted without its passphrase given, encrypted
with it, read-only, damaged, or on a full disk. Each must exit 0, 1 or 2 with nothing escaping
``main``; a failure must be exactly one line on standard error.

How the conditions are made on this machine (see ``cli_runner``):
- read-only: root ignores file modes, so as root the folder is bind-mounted read-only inside a
  private mount namespace (``unshare -m``); a non-root user gets a folder without write permission.
- full disk: a 2 MB-over tmpfs holding the folder, filled to the last byte, in the same namespace;
  where mounting is not allowed the condition is skipped, saying so.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from talentdesk.cli import build_parser, main
from tests.interchange_helpers import FIXTURES

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE, NEW_PASSPHRASE = "a passphrase for tests", "another passphrase for tests"
# Positional choices that change what a command does are each run; for the others, the first one.
EXPAND = {"action", "what"}
OUT_SUFFIX = {"report": ".pdf", "backup": ".zip", "screenshot": ".png", "csv": ".csv", "vcard": ".vcf", "ics": ".ics"}


def leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command words, parser) of every runnable command."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, child in subs[0].choices.items():
        yield from leaves(child, (*path, name))


def sample(words: tuple[str, ...], action: argparse.Action, samples: dict) -> list[str] | None:
    """A value a person would give for an argument (None: this file knows no sample for it)."""
    dest = action.dest
    if dest == "out":
        if words[0] == "demo":
            return ["{demo}"]  # see cli_runner: a new folder where the disk is the trouble, else one in use
        return [f"{{out}}/result{OUT_SUFFIX.get(words[-1], OUT_SUFFIX.get(words[0], ''))}"]
    if action.choices is not None:
        return [next(iter(action.choices))]
    if dest == "file":
        return [str(samples[words[1]])]
    if dest == "to_dir":
        return ["{out}/copy"]  # a new folder (a team database needs a server: tests/unit/test_transfer.py)
    return [samples[dest]] if dest in samples else None


def commands(samples: dict) -> list[list[str]]:
    """Every command with its required arguments filled in."""
    found = []
    for words, parser in leaves(build_parser()):
        argvs = [["--data-dir", "{data}", *words]]
        for group in parser._mutually_exclusive_groups:  # one of them is required: the first with a sample
            if group.required:
                action = next(a for a in group._group_actions if sample(words, a, samples) is not None)
                argvs = [[*a, action.option_strings[0], *sample(words, action, samples)] for a in argvs]
        for action in parser._actions:
            # --out is always given, where optional too: a command without it writes into the current folder.
            wanted = action.required or not action.option_strings or action.dest == "out"
            if isinstance(action, argparse._HelpAction) or not wanted:
                continue
            if action.nargs == "?":
                continue  # optional positional
            if isinstance(action, argparse._StoreTrueAction):
                argvs = [[*a, action.option_strings[0]] for a in argvs]
                continue
            if action.dest in EXPAND and action.choices:
                argvs = [[*a, choice] for a in argvs for choice in action.choices]
                continue
            value = sample(words, action, samples)
            assert value is not None, f"add a sample value for {' '.join(words)} {action.dest}"
            argvs = [[*a, *action.option_strings[:1], *value] for a in argvs]
        found += argvs
    found.append(["--data-dir", "{data}", "--self-test"])
    return found


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    base = tmp_path_factory.mktemp("cli-conditions")
    plain = base / "plain"
    assert main(["demo", "--out", str(plain), "--scale", "small"]) == 0
    assert main(["--data-dir", str(plain), "backup", "--out", str(base / "archive.zip")]) == 0
    encrypted = base / "encrypted"
    shutil.copytree(plain, encrypted)
    os.environ["TALENTDESK_NEW_PASSPHRASE"] = PASSPHRASE
    try:
        assert main(["--data-dir", str(encrypted), "encryption", "on"]) == 0
    finally:
        del os.environ["TALENTDESK_NEW_PASSPHRASE"]
        from talentdesk.store import cipher
        from talentdesk.store.db import database

        database.close()
        cipher.lock()
    people = base / "people.csv"
    people.write_text("name,email\nAda Example,ada@example.com\n", encoding="utf-8")
    rates = base / "eurofxref.csv"  # the ECB's daily file, as it is published
    rates.write_text("Date, USD, JPY, GBP, \n27 November 2026, 1.0575, 163.28, 0.86320, \n", encoding="utf-8")
    samples = {
        "upwork": FIXTURES / "upwork" / "transactions_13col.csv", "csv": people, "rates": rates,
        "vcard": FIXTURES / "vcard" / "rfc2426-example.vcf",
        "archive": str(base / "archive.zip"), "who": "1", "contract": "1",
        "skill": "Python:3", "hours": "10", "start": "2027-01-04", "end": "2027-01-29",
    }
    return {"plain": plain, "encrypted": encrypted, "base": base, "commands": commands(samples)}


def can_mount() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"],
                           capture_output=True, timeout=30)
    return probe.returncode == 0


def run_condition(folders, condition: str, folder: Path, env: dict | None = None) -> list[dict]:
    base = folders["base"]
    work = base / f"work-{condition}"
    work.mkdir()
    spec = {"condition": condition, "folder": str(folder), "work": str(work), "commands": folders["commands"],
            "env": env or {}}
    spec_file, result_file = base / f"{condition}.json", base / f"{condition}-result.json"
    spec_file.write_text(json.dumps(spec), encoding="utf-8")
    runner = [sys.executable, "-m", "tests.acceptance.cli_runner", str(spec_file), str(result_file)]
    if condition == "full-disk":
        # A tmpfs counts whole pages: the folder as it lies on disk, plus room for the outputs' folders.
        size = sum(p.stat().st_blocks * 512 + 4096 for p in folder.rglob("*")) + 4 * 1024 * 1024
        runner = ["unshare", "-m", "sh", "-c", f'mount -t tmpfs -o size={size} tmpfs "$0" && exec "$@"', str(work),
                  *runner]
    elif condition == "readonly-mount":
        runner = ["unshare", "-m", *runner]
    done = subprocess.run(runner, cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=1500)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(result_file.read_text(encoding="utf-8"))


def problems_in(results: list[dict]) -> list[str]:
    found = []
    for r in results:
        command = " ".join(r["argv"][2:])
        if r["traceback"]:
            found.append(f"{command}: traceback\n{r['traceback'][-1500:]}")
        elif r["code"] not in (0, 1, 2):
            found.append(f"{command}: exit {r['code']}")
        elif r["code"] and len(r["stderr"].strip().splitlines()) != 1:
            found.append(f"{command}: exit {r['code']} with stderr {r['stderr'][-800:]!r}")
        elif "Traceback" in r["stderr"]:
            found.append(f"{command}: a traceback on stderr")
    return found


def by_command(results: list[dict]) -> dict[str, dict]:
    return {" ".join(r["argv"][2:]): r for r in results}


def folder_commands(results: list[dict]) -> dict[str, dict]:
    """The commands that use the data folder (demo writes a new one; status needs no passphrase)."""
    return {c: r for c, r in by_command(results).items() if not c.startswith(("demo", "encryption status"))}


def test_every_command_is_enumerated_from_the_parser(folders):
    words = {" ".join(w for w in a[2:] if not w.startswith(("{", "/")) and "--" not in w and not w.isdigit())
             for a in folders["commands"]}
    assert {"export csv talents", "export vcard", "export ics", "import upwork", "import csv talents",
            "import csv payments", "import vcard", "report talent", "report contract", "report review",
            "report spend", "review", "backup", "restore", "encryption status", "encryption on", "encryption off",
            "encryption change", "screenshot review", "demo", "transfer"} <= words
    assert any(w.startswith("plan ") for w in words)


def test_an_encrypted_folder_without_its_passphrase(folders):
    results = run_condition(folders, "encrypted-no-passphrase", folders["encrypted"])
    assert problems_in(results) == []
    for command, r in folder_commands(results).items():
        if command.startswith("encryption on"):
            assert r["code"] == 1 and "already encrypted" in r["stderr"], command
            continue
        assert r["code"] == 1, command
        assert "this data folder is encrypted: give its passphrase with" in r["stderr"], (command, r["stderr"])
        assert "damaged" not in r["stderr"]


def test_an_encrypted_folder_with_its_passphrase(folders):
    results = run_condition(folders, "encrypted-passphrase", folders["encrypted"],
                            {"TALENTDESK_PASSPHRASE": PASSPHRASE, "TALENTDESK_NEW_PASSPHRASE": NEW_PASSPHRASE})
    assert problems_in(results) == []
    ran = by_command(results)
    reading = [c for c in ran if c.startswith(("export", "review", "report", "plan", "backup", "screenshot", "--self-test",
                                               "encryption change", "encryption off", "import vcard"))]
    assert reading and all(ran[c]["code"] == 0 for c in reading), {c: ran[c]["stderr"] for c in reading}


def test_a_read_only_folder(folders):
    condition = "readonly-mount" if can_mount() else "readonly-mode"
    if condition == "readonly-mode" and os.geteuid() == 0:
        pytest.skip("root ignores file modes and this machine allows no read-only mount")
    results = run_condition(folders, condition, folders["plain"])
    assert problems_in(results) == []
    ran = folder_commands(results)
    for command, r in ran.items():
        if command.startswith(("export", "review", "report", "plan", "backup", "transfer")):
            assert r["code"] == 0, (command, r["stderr"])
        elif command.startswith(("encryption off", "encryption change")):  # refused first: nothing to decrypt
            assert r["code"] == 1 and "not encrypted" in r["stderr"], (command, r["stderr"])
        else:  # the writing ones, the window's (screenshot, self-test) among them
            assert r["code"] == 1 and "read-only" in r["stderr"], (command, r["stderr"])


def test_a_damaged_database(folders):
    results = run_condition(folders, "damaged", folders["plain"])
    assert problems_in(results) == []
    said = [r["stderr"] for r in folder_commands(results).values() if r["code"] == 1]
    assert len([s for s in said if "is damaged" in s]) >= 3, said  # what reads the damaged pages says so
    assert not [s for s in said if "malformed" in s and "damaged" not in s], said


def test_a_full_disk(folders):
    if not can_mount():
        pytest.skip("this machine allows no tmpfs mount (needs root and unshare): no full disk to run on")
    results = run_condition(folders, "full-disk", folders["plain"])
    assert problems_in(results) == []
    writing = {c: r for c, r in folder_commands(results).items() if c.startswith(("import", "export", "report",
                                                                                  "backup"))}
    assert writing and all(r["code"] == 1 for r in writing.values()), {c: r["stderr"] for c, r in writing.items()}
