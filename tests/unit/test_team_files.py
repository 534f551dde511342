"""Stored files in a team: their bytes live in the team database (so every member reads the same files),
in parts of 1 MB; a local folder keeps them as files. Moving data between the two keeps every byte, and a
backup restores into an empty team database only."""
from __future__ import annotations

import hashlib
import os

import psycopg
import pytest

from talentdesk import cli
from talentdesk.interchange.exports import LISTS
from talentdesk.services import files
from talentdesk.store import file_store
from tests import factories
from tests.interchange_helpers import command_line_exports

# Exports taken before and after are compared: the queue's clock is held still between them.
pytestmark = pytest.mark.usefixtures("held_clock")

# Two whole parts and a bit: the chunking is exercised, not only a one-row file.
BIG = 2 * file_store.CHUNK_BYTES + 12_345


def _attached(folder, tmp_path, content: bytes, name="brief.pdf") -> int:
    source = tmp_path / name
    source.write_bytes(content)
    return files.add(folder, factories.contract(factories.talent()), files.FileInput(source))


def _stored_on_server(url: str) -> dict[str, bytes]:
    """Every stored file as another connection to the team database reads it."""
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT sha256, string_agg(data, ''::bytea ORDER BY part), count(*) "
                            "FROM stored_file_chunk GROUP BY sha256").fetchall()
    return {sha: bytes(data) for sha, data, _parts in rows}


def _folder_files(folder) -> dict[str, bytes]:
    root = folder / "attachments"
    return {p.name: p.read_bytes() for p in root.rglob("*") if p.is_file()} if root.is_dir() else {}


def test_a_file_added_on_a_team_database_is_read_back_whole_by_another_connection(team_db, team_url, data_dir,
                                                                                  tmp_path):
    content = os.urandom(BIG)
    attachment = _attached(data_dir, tmp_path, content)
    sha = hashlib.sha256(content).hexdigest()
    assert _stored_on_server(team_url) == {sha: content}
    with psycopg.connect(team_url) as conn:
        assert conn.execute("SELECT count(*) FROM stored_file_chunk WHERE sha256 = %s", (sha,)).fetchone()[0] == 3
    assert _folder_files(data_dir) == {}  # nothing of it in this computer's folder
    # Read back through the program too: opened for another program, and saved as a copy.
    assert files.stored_path(data_dir, attachment).read_bytes() == content
    assert files.save_copy(data_dir, attachment, tmp_path / "copy.pdf").read_bytes() == content


def test_the_same_content_is_kept_once_and_goes_with_its_last_record(team_db, team_url, data_dir, tmp_path):
    first = _attached(data_dir, tmp_path, b"the same signed NDA")
    second = _attached(data_dir, tmp_path, b"the same signed NDA", name="copy.pdf")
    assert len(_stored_on_server(team_url)) == 1
    files.remove(data_dir, first)
    assert len(_stored_on_server(team_url)) == 1  # still recorded once
    files.remove(data_dir, second)
    assert _stored_on_server(team_url) == {}


def test_a_file_over_the_limit_leaves_nothing_on_the_server(team_db, team_url, data_dir, tmp_path):
    from talentdesk.services.errors import ValidationError

    source = tmp_path / "huge.bin"
    source.write_bytes(os.urandom(BIG))
    with pytest.raises(ValidationError):
        files.store_blob(data_dir, source, limit=file_store.CHUNK_BYTES)
    assert _stored_on_server(team_url) == {}


def test_a_local_folder_keeps_its_files_as_files(db, data_dir, tmp_path):
    content = os.urandom(BIG)
    _attached(data_dir, tmp_path, content)
    assert _folder_files(data_dir) == {hashlib.sha256(content).hexdigest(): content}
    assert db.execute_sql("SELECT count(*) FROM stored_file_chunk").fetchone()[0] == 0


@pytest.fixture
def folder_with_files(tmp_path):
    """A data folder holding a person, a contract and two stored files (one of several parts)."""
    from talentdesk.store.schema import open_database

    folder = tmp_path / "mine"
    database = open_database(folder)
    contents = [os.urandom(BIG), "Grüße, scope v2 — signed".encode()]
    for number, content in enumerate(contents):
        _attached(folder, tmp_path, content, name=f"file-{number}.bin")
    database.close()
    return folder, {hashlib.sha256(c).hexdigest(): c for c in contents}


def test_a_folder_with_files_goes_to_a_team_database_and_back_byte_for_byte(folder_with_files, postgres_databases,
                                                                            tmp_path):
    folder, contents = folder_with_files
    url = postgres_databases.migrated()
    assert cli.main(["--data-dir", str(folder), "transfer", "--to", url]) == 0
    assert _stored_on_server(url) == contents
    back = tmp_path / "back"
    assert cli.main(["--data-dir", str(tmp_path / "elsewhere"), "--database", url, "transfer", "--to-dir",
                     str(back)]) == 0
    assert _folder_files(back) == contents
    assert not (tmp_path / "elsewhere" / "attachments").exists()  # the team's files came from the database


@pytest.fixture(scope="module")
def demo_backup(tmp_path_factory):
    """The small demo folder and a backup of it."""
    from talentdesk.services import demo

    folder = tmp_path_factory.mktemp("demo") / "data"
    demo.generate(folder, "small")
    archive = folder.parent / "demo.zip"
    assert cli.main(["--data-dir", str(folder), "backup", "--out", str(archive)]) == 0
    return folder, archive


def test_a_backup_restores_into_an_empty_team_database_unchanged(demo_backup, postgres_databases, tmp_path, capsys):
    folder, archive = demo_backup
    url = postgres_databases.migrated()
    before = command_line_exports(["--data-dir", str(folder)], tmp_path / "before")
    assert cli.main(["--data-dir", str(tmp_path / "member"), "--database", url, "restore", str(archive)]) == 0
    captured = capsys.readouterr()
    assert "every table's count and checksum, and every file's, agree with the backup" in captured.out
    assert "100%" in captured.err  # progress on the command line
    after = command_line_exports(["--data-dir", str(tmp_path / "member"), "--database", url], tmp_path / "after")
    assert set(before) == set(LISTS) and all(before[name] for name in LISTS)
    for name in LISTS:
        assert after[name] == before[name], name
    assert _stored_on_server(url) == _folder_files(folder)


def test_restore_refuses_a_team_database_that_holds_data_and_leaves_it_untouched(demo_backup, postgres_databases,
                                                                               tmp_path, capsys):
    _folder, archive = demo_backup
    url = postgres_databases.migrated()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO skill (name) VALUES ('Already here')")
        before = conn.execute("SELECT * FROM skill ORDER BY id").fetchall()
    assert cli.main(["--data-dir", str(tmp_path / "member"), "--database", url, "restore", str(archive)]) == 1
    assert "already holds data (skill 1)" in capsys.readouterr().err
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT * FROM skill ORDER BY id").fetchall() == before
        assert conn.execute("SELECT count(*) FROM talent").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM stored_file_chunk").fetchone()[0] == 0


def test_a_restore_broken_after_any_statement_leaves_the_team_database_empty(folder_with_files, postgres_databases,
                                                                            tmp_path):
    """All or nothing: rows and files go in one transaction, so a failure anywhere keeps neither."""
    from talentdesk.interchange import backup
    from talentdesk.store import transfer
    from talentdesk.store.db import InjectedFault, write_faults
    from talentdesk.store.schema import open_team_database

    folder, _contents = folder_with_files
    archive = tmp_path / "small.zip"
    assert cli.main(["--data-dir", str(folder), "backup", "--out", str(archive)]) == 0

    def restore(fail_after=None):
        target = open_team_database(postgres_databases.migrated(), folder=tmp_path)
        try:
            with write_faults(fail_after) as faults:
                try:
                    backup.restore_into_team(archive)
                except InjectedFault:
                    pass
            return faults, transfer.held_rows(target)
        finally:
            target.close()

    whole, held = restore()
    assert held["talent"] == 2 and held["stored_file_chunk"] == 4  # three parts of the big file, one of the small
    for k in sorted({1, whole.writes // 2, whole.writes - 1}):
        faults, held = restore(fail_after=k)
        assert faults.fired and held == {}, k
