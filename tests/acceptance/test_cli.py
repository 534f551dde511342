"""The command line as a person uses it: help everywhere, clear errors, right exit codes."""
from __future__ import annotations

import subprocess
import sys

import pytest

from talentdesk import __version__, formatting
from talentdesk.cli import build_parser, main


def subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("command", [[]] + [[c] for c in subcommands()], ids=lambda c: " ".join(c) or "talentdesk")
def test_every_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    assert "usage: talentdesk" in capsys.readouterr().out


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as done:
        main(["screenshot", "nowhere", "--out", "x.png"])
    assert done.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_self_test_passes_on_a_new_folder(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "d"), "--self-test"]) == 0
    assert "self-test passed" in capsys.readouterr().out


def test_self_test_fails_with_one_line_on_a_newer_database(tmp_path, capsys):
    import sqlite3

    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "--self-test"]) == 0
    con = sqlite3.connect(folder / "talentdesk.sqlite3")
    con.execute("UPDATE database_info SET value = '999' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "--self-test"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "newer TalentDesk" in err[0]


def test_data_dir_comes_from_the_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TALENTDESK_DATA_DIR", str(tmp_path / "from-env"))
    assert main(["--self-test"]) == 0
    assert (tmp_path / "from-env" / "talentdesk.sqlite3").exists()


def test_screenshot_writes_a_png(tmp_path):
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "talentdesk", "--data-dir", str(tmp_path / "d"), "screenshot", "bench",
         "--out", str(out), "--size", "1000x700"],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)


def test_a_data_dir_that_cannot_be_created_is_one_clear_line(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["--data-dir", str(blocker / "sub"), "--self-test"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("talentdesk:")


def _folder_state(folder) -> dict:
    """Everything a screenshot could change: every row of every table, and every other file's bytes."""
    import hashlib
    import sqlite3

    con = sqlite3.connect(folder / "talentdesk.sqlite3")
    try:
        rows = hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()
    files = {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
             if p.is_file() and not p.name.startswith("talentdesk.sqlite3")}
    return {"rows": rows, "files": files}


def test_a_screenshot_changes_nothing_in_the_folder(tmp_path):
    folder = tmp_path / "d"
    subprocess.run([sys.executable, "-m", "talentdesk", "demo", "--out", str(folder), "--scale", "small"],
                   check=True, capture_output=True, timeout=300)
    (folder / "view-state.ini").write_text("[main]\ngeometry=@ByteArray(kept)\n", encoding="utf-8")
    before = _folder_state(folder)
    for view in ("review", "workroom"):  # review starts a session; every window saves its geometry on close
        result = subprocess.run(
            [sys.executable, "-m", "talentdesk", "--data-dir", str(folder), "screenshot", view,
             "--out", str(tmp_path / f"{view}.png"), "--size", "1024x640"],
            capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, result.stderr
    assert _folder_state(folder) == before


def test_plan_prints_the_planners_proposals_and_the_constraint_nobody_meets(tmp_path, capsys):
    import datetime as dt
    import json

    from talentdesk.services import availability, talents
    from talentdesk.store.schema import open_database
    from tests import factories

    folder = tmp_path / "d"
    db = open_database(folder)
    ana = factories.talent("Ana", skills=[("Python", 4), ("dbt", 2)])
    availability.set_offered(ana, 30)
    talents.add_rate(ana, dt.date(2026, 1, 1), 5000, "EUR")
    db.close()
    args = ["--data-dir", str(folder), "plan", "--skill", "Python:4", "--skill", "dbt", "--hours", "20",
            "--from", "2027-01-04", "--to", "2027-01-15", "--budget", "6000EUR", "--today", "2027-01-01"]
    assert main([*args, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [[p["name"] for p in proposal["people"]] for proposal in found["proposals"]] == [["Ana"]]
    assert found["proposals"][0]["cost_minor"] == 5000 * 40 and found["proposals"][0]["currency"] == "EUR"
    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"1. Ana (one person) — cost for the period {formatting.money(5000 * 40, 'EUR')}" in out
    assert main([*args[:-4], "--skill", "Rust:5", "--today", "2027-01-01"]) == 0
    assert "Not met: nobody has Rust at level 5 or above" in capsys.readouterr().out
    assert main([*args[:3], "--skill", "Python:9", *args[5:]]) == 1
    assert "skills" in capsys.readouterr().err
