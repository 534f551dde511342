"""``talentdesk transfer``: the small demo folder copied into an empty team database and back gives
byte-identical CSV exports of every list; a non-empty target is refused; a copy that does not read back
as the source is not kept."""
from __future__ import annotations

import hashlib

import psycopg
import pytest

from talentdesk import cli
from talentdesk.interchange.exports import LISTS
from talentdesk.services import demo
from talentdesk.store import transfer
from talentdesk.store.schema import open_team_database
from tests.interchange_helpers import command_line_exports

# Exports taken before and after are compared: the queue's clock is held still between them.
pytestmark = pytest.mark.usefixtures("held_clock")


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "data"
    demo.generate(folder, "small")
    return folder


def test_the_demo_folder_goes_to_a_team_database_and_back_unchanged(demo_folder, postgres_databases, tmp_path, capsys):
    url = postgres_databases.empty()
    before = command_line_exports(["--data-dir", str(demo_folder)], tmp_path / "before")
    assert cli.main(["--data-dir", str(demo_folder), "transfer", "--to", url]) == 0
    said = capsys.readouterr().out
    assert "count and checksum, and every file's, agree" in said
    on_server = command_line_exports(["--data-dir", str(demo_folder), "--database", url], tmp_path / "server")
    back = tmp_path / "back"
    assert cli.main(["--data-dir", str(demo_folder), "--database", url, "transfer", "--to-dir", str(back)]) == 0
    again = command_line_exports(["--data-dir", str(back)], tmp_path / "again")
    assert set(before) == set(LISTS) and all(before[name] for name in LISTS)
    for name in LISTS:
        assert on_server[name] == before[name], name
        assert again[name] == before[name], name
    stored = _stored_files(demo_folder)
    assert stored and _stored_files(back) == stored  # byte for byte, under the same names
    with psycopg.connect(url) as conn:  # on the server, in the database itself
        held = conn.execute("SELECT sha256, string_agg(data, ''::bytea ORDER BY part) FROM stored_file_chunk "
                            "GROUP BY sha256").fetchall()
    assert {sha: hashlib.sha256(data).hexdigest() for sha, data in held} == {sha: sha for sha in stored}
    assert f"{len(stored)} stored files" in said


def _stored_files(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (folder / "attachments").rglob("*") if p.is_file()}


def test_a_target_that_holds_data_is_refused_untouched(demo_folder, postgres_databases, capsys):
    url = postgres_databases.migrated()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO skill (name) VALUES ('Already here')")
    assert cli.main(["--data-dir", str(demo_folder), "transfer", "--to", url]) == 1
    assert "already holds data (skill 1)" in capsys.readouterr().err
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM talent").fetchone()[0] == 0


def test_a_folder_that_is_not_empty_is_refused(demo_folder, tmp_path, capsys):
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    assert cli.main(["--data-dir", str(demo_folder), "transfer", "--to-dir", str(tmp_path / "busy")]) == 1
    assert "is not empty" in capsys.readouterr().err
    assert [p.name for p in (tmp_path / "busy").iterdir()] == ["notes.txt"]


def test_a_copy_that_reads_back_differently_is_not_kept(demo_folder, postgres_databases, data_dir):
    url = postgres_databases.migrated()
    # The server rewrites what it is given (a trigger someone left there): the check must notice.
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS "
                     "$$ BEGIN NEW.headline := upper(NEW.headline); RETURN NEW; END $$")
        conn.execute("CREATE TRIGGER shout BEFORE INSERT ON talent FOR EACH ROW EXECUTE FUNCTION shout()")
    from talentdesk.store.schema import open_database

    source = open_database(demo_folder)
    target = open_team_database(url, folder=data_dir)
    try:
        with pytest.raises(transfer.TransferMismatch, match=r"talent \(checksums differ\)"):
            transfer.copy(source, target)
        assert transfer.held_rows(target) == {}
    finally:
        target.close()
        source.close()


def test_a_backup_of_a_team_database_restores_into_a_new_folder_unchanged(demo_folder, postgres_databases, tmp_path):
    url = postgres_databases.empty()
    assert cli.main(["--data-dir", str(demo_folder), "transfer", "--to", url]) == 0
    before = command_line_exports(["--data-dir", str(demo_folder), "--database", url], tmp_path / "server")
    archive = tmp_path / "team.zip"
    assert cli.main(["--data-dir", str(demo_folder), "--database", url, "backup", "--out", str(archive)]) == 0
    fresh = tmp_path / "fresh"
    assert cli.main(["--data-dir", str(fresh), "restore", str(archive)]) == 0
    after = command_line_exports(["--data-dir", str(fresh)], tmp_path / "after")
    for name in LISTS:
        assert after[name] == before[name], name
