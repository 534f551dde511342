"""Peewee without its PostgreSQL driver until a team database is opened.

Peewee imports psycopg as it is itself imported, whether or not a PostgreSQL database is ever opened, and
psycopg with its libpq costs a start about a third of a second: more than the whole bare Qt window. So the
program imports Peewee with psycopg held back (``import_peewee``, from the package's ``__init__``, before
anything else can import Peewee) and gives the driver to Peewee when a team database is first opened
(``bind_psycopg``), under the names Peewee's own import gives it. A test compares the two: should a Peewee
release bind psycopg under another name, it says which.
"""
from __future__ import annotations

import sys

HELD_BACK = "psycopg"


def import_peewee() -> None:
    """Import Peewee with psycopg held back, unless either is loaded already (then nothing is saved)."""
    if "peewee" in sys.modules or HELD_BACK in sys.modules:
        return
    # An import of it raises ImportError: Peewee takes the driver as absent.
    sys.modules[HELD_BACK] = None  # type: ignore[assignment]
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules[HELD_BACK]


def bind_psycopg() -> None:
    """Give Peewee psycopg as its own import would have (a team database is being opened)."""
    import peewee

    adapter = getattr(peewee, "Psycopg3Adapter", None)
    if adapter is None or getattr(peewee, "psycopg", None) is not None:
        return  # Peewee before 4 (playhouse.psycopg3_ext imports the driver itself), or bound already
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.TransactionStatus, peewee.Json_pg3, peewee.Jsonb_pg3 = TransactionStatus, Json, Jsonb
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
    peewee.psycopg = psycopg  # last: Peewee reads this one to choose its adapter
