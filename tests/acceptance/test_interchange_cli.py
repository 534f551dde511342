"""The command line on real files: exit codes, one clear stderr line, an unchanged database on error."""
from __future__ import annotations

import subprocess
import sys

import pytest

from talentdesk.cli import main
from tests.interchange_helpers import FIXTURES

UPWORK = FIXTURES / "upwork"


def run(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def dump(data_dir) -> list[str]:
    import sqlite3

    con = sqlite3.connect(data_dir / "talentdesk.sqlite3")
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_upwork_import_dry_run_create_missing_and_reimport(capsys, data_dir):
    code, _out, err = run(capsys, data_dir, "import", "upwork", UPWORK / "transactions_13col.csv")
    assert code == 1 and err.count("\n") == 1
    assert "3 names not on the bench: Ana Souza; Bilal Khan; Chen Wei" in err and "--create-missing" in err
    before = dump(data_dir)
    code, out, _ = run(capsys, data_dir, "import", "upwork", UPWORK / "transactions_13col.csv", "--dry-run",
                       "--create-missing")
    assert code == 0 and out.startswith("Would add") and dump(data_dir) == before
    code, out, _ = run(capsys, data_dir, "import", "upwork", UPWORK / "transactions_13col.csv", "--create-missing")
    assert code == 0 and "line 10: unknown transaction type “Loyalty Credit”" in out
    code, out, _ = run(capsys, data_dir, "import", "upwork", UPWORK / "transactions_13col.csv")
    assert code == 0 and out.startswith("Added 0,")


def test_weekly_summary_needs_a_person(capsys, data_dir):
    code, _out, err = run(capsys, data_dir, "import", "upwork", UPWORK / "upwork_weekly_summary_sample-data.csv")
    assert code == 1 and "--talent" in err
    run(capsys, data_dir, "import", "csv", "talents", FIXTURES / "csv" / "csv-spectrum" / "utf8.csv", "--map", "name=c")
    code, out, _ = run(capsys, data_dir, "import", "upwork", UPWORK / "upwork_weekly_summary_sample-data.csv",
                       "--talent", "ʤ")
    assert code == 0 and out.startswith("Added 263,")  # 252 payments and 11 contracts


def test_bad_file_one_line_with_line_number_and_unchanged(capsys, data_dir, tmp_path):
    run(capsys, data_dir, "import", "vcard", FIXTURES / "vcard" / "rfc2426-example.vcf")
    before = dump(data_dir)
    bad = tmp_path / "pay.csv"
    bad.write_text("talent,date,amount\nFrank Dawson,2026-01-01,12\nTim Howes,2026-01-02,twelve\n", encoding="utf-8")
    code, _out, err = run(capsys, data_dir, "import", "csv", "payments", bad)
    assert code == 1 and err.count("\n") == 1 and "line 3" in err and "twelve" in err
    assert dump(data_dir) == before
    code, _out, err = run(capsys, data_dir, "import", "upwork", FIXTURES / "csv" / "csvkit" / "bad.csv")
    assert code == 1 and "line 1" in err and "Expected the header" in err
    code, _out, err = run(capsys, data_dir, "import", "vcard", tmp_path / "missing.vcf")
    assert code == 1 and "no such file" in err
    assert dump(data_dir) == before


def test_csv_mapping_and_every_export(capsys, data_dir, tmp_path):
    code, out, _ = run(capsys, data_dir, "import", "csv", "talents", FIXTURES / "csv" / "csvkit" / "sniff_limit.csv",
                       "--map", "name=a", "--map", "notes=c")
    assert code == 0 and out.startswith("Added 1,")
    run(capsys, data_dir, "import", "upwork", UPWORK / "transactions_19col.csv", "--create-missing")
    for name in ("talents", "contracts", "payments", "worklog", "messages", "interactions", "timeline", "review"):
        out_file = tmp_path / f"{name}.csv"
        code, out, err = run(capsys, data_dir, "export", "csv", name, "--out", out_file)
        assert code == 0 and out_file.read_bytes().startswith(b"\xef\xbb\xbf"), err
    for version in ("3.0", "4.0"):
        code, out, _ = run(capsys, data_dir, "export", "vcard", "--out", tmp_path / "p.vcf", "--version", version)
        assert code == 0 and f"VERSION:{version}".encode() in (tmp_path / "p.vcf").read_bytes()
    code, out, _ = run(capsys, data_dir, "export", "ics", "--out", tmp_path / "c.ics")
    assert code == 0 and (tmp_path / "c.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_people_exports_write_private_notes_only_when_asked(capsys, data_dir, tmp_path):
    run(capsys, data_dir, "import", "vcard", FIXTURES / "vcard" / "outlook-2007.vcf")  # a card with a NOTE
    for kind, args in (("vcard", ()), ("csv", ("talents",))):
        plain, full = tmp_path / f"plain-{kind}", tmp_path / f"full-{kind}"
        assert run(capsys, data_dir, "export", kind, *args, "--out", plain)[0] == 0
        assert run(capsys, data_dir, "export", kind, *args, "--out", full, "--include-notes", "--include-archived")[0] == 0
        assert b"This is the NOTE field" not in plain.read_bytes()
        assert b"This is the NOTE field" in full.read_bytes()


def test_backup_and_restore_round_trip_byte_for_byte(capsys, data_dir, tmp_path):
    run(capsys, data_dir, "import", "upwork", UPWORK / "transactions_13col.csv", "--create-missing")
    run(capsys, data_dir, "import", "vcard", FIXTURES / "vcard" / "outlook-2007.vcf")
    archive = tmp_path / "all.zip"
    code, out, _ = run(capsys, data_dir, "backup", "--out", archive)
    assert code == 0 and "1 attachment" in out
    empty = tmp_path / "restored"
    code, out, err = run(capsys, empty, "restore", archive)
    assert code == 0, err
    for name in ("talents", "contracts", "payments", "timeline"):
        run(capsys, data_dir, "export", "csv", name, "--out", tmp_path / f"a-{name}.csv")
        run(capsys, empty, "export", "csv", name, "--out", tmp_path / f"b-{name}.csv")
        assert (tmp_path / f"a-{name}.csv").read_bytes() == (tmp_path / f"b-{name}.csv").read_bytes()
    broken = tmp_path / "broken.zip"
    broken.write_bytes(archive.read_bytes()[:-200])
    before = dump(empty)
    code, _out, err = run(capsys, empty, "restore", broken)
    assert code == 1 and err.count("\n") == 1 and dump(empty) == before


@pytest.mark.slow
def test_as_a_subprocess(data_dir):
    done = subprocess.run([sys.executable, "-m", "talentdesk", "--data-dir", str(data_dir), "import", "upwork",
                           str(UPWORK / "transactions_19col.csv")], capture_output=True, text=True)
    assert done.returncode == 1 and done.stderr.startswith("talentdesk: ") and done.stderr.count("\n") == 1
