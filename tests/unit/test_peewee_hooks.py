"""store/db.py leans on one non-public Peewee hook; these tests say so plainly if a release drops it."""
from __future__ import annotations

import pytest
from peewee import SqliteDatabase

from talentdesk.store import db


def test_peewee_still_has_the_connection_hook_we_override():
    assert callable(getattr(SqliteDatabase, "_add_conn_hooks", None)), (
        "Peewee no longer has SqliteDatabase._add_conn_hooks: store/db.py sets the text decoding of "
        "every connection there. Find the new per-connection hook, move Database._add_conn_hooks to it, "
        "and adjust the peewee bound in pyproject.toml.")


def _read_damaged_text(database) -> str:
    database.connect()
    try:
        # A damaged page reads as text that is not UTF-8.
        return database.execute_sql("SELECT CAST(x'41ff42' AS TEXT)").fetchone()[0]
    finally:
        database.close()


def test_text_that_is_not_utf8_reads_with_a_replacement_mark(tmp_path):
    assert _read_damaged_text(db.Database(str(tmp_path / "plain.db"))) == "A\ufffdB"


def test_an_encrypted_database_uses_the_same_hook(tmp_path):
    pytest.importorskip("sqlcipher3", reason="the encryption extra is not installed")
    cipher_database = db._cipher_class()(str(tmp_path / "sealed.db"), passphrase="correct horse")
    assert isinstance(cipher_database, db.Database)
    assert _read_damaged_text(cipher_database) == "A\ufffdB"


# What Peewee holds of psycopg: its module-level names, and its psycopg 3 adapter's class attributes.
PSYCOPG_IN_PEEWEE = """
import json, sys
{prepare}
import peewee
{then}

def of_psycopg(value):
    module = getattr(value, "__module__", None) or getattr(value, "__name__", "")
    return isinstance(module, str) and module.split(".")[0] == "psycopg"

held = {{name: repr(value) for name, value in vars(peewee).items() if of_psycopg(value)}}
held.update({{"Psycopg3Adapter." + name: repr(value) for name, value in vars(peewee.Psycopg3Adapter).items()
             if of_psycopg(value)}})
print(json.dumps(held, sort_keys=True))
"""


def _psycopg_in_peewee(prepare: str, then: str = "") -> dict:
    import json
    import subprocess
    import sys
    from pathlib import Path

    code = PSYCOPG_IN_PEEWEE.format(prepare=prepare, then=then)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[2], check=True)
    return json.loads(run.stdout)


def test_peewee_loaded_without_psycopg_is_given_it_as_its_own_import_would():
    """The program imports Peewee with the PostgreSQL driver held back (store/drivers.py) and binds it when a team
    database opens: Peewee must then hold psycopg under exactly the names its own import would have given it."""
    pytest.importorskip("peewee").__version__.startswith("3") and pytest.skip("Peewee 3 binds psycopg in playhouse")
    own_import = _psycopg_in_peewee("")
    assert own_import, "this Peewee release holds no psycopg of its own: store/drivers.py has nothing to bind"
    held_back = _psycopg_in_peewee("import talentdesk", "assert 'psycopg' not in sys.modules")
    assert held_back == {}  # a start that opens no team database does not load the driver
    bound = _psycopg_in_peewee("import talentdesk",
                               "from talentdesk.store.drivers import bind_psycopg\nbind_psycopg()")
    assert bound == own_import, (
        "Peewee binds psycopg under names store/drivers.py does not set; add them to bind_psycopg: "
        f"{sorted(set(own_import) ^ set(bound))}")
