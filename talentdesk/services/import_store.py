"""What the importers and the vCard export read and write, so interchange/ never queries a table.

Bulk payment inserts stay raw SQL (an import of years of transactions would otherwise spend its time
building model objects); their column lists live here beside the lookups they depend on.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from ..store import dialect, schema
from ..store.db import database
from ..store.models import ContactChannel, Contract, Payment, Talent, new_uuid, utcnow  # noqa: F401
from . import authors

TalentRecord = Talent  # what the vCard reader and writer hold: one person's row
# new_uuid and utcnow are passed on for the rows the importers build in bulk (identities and stamps).

_CHUNK = 900  # below SQLite's limit of bound parameters


@contextlib.contextmanager
def transaction(dry_run: bool = False) -> Iterator[object]:
    """One transaction: committed when the block ends cleanly (and not a dry run), else rolled back."""
    # The write lock at once (BEGIN IMMEDIATE): a second import waits for the first (the busy timeout)
    # instead of failing when its first write finds newer data.
    with database.atomic(None if dry_run else "IMMEDIATE") as txn:
        yield txn
        if dry_run:
            txn.rollback()


def data_dir() -> Path:
    """The folder of the database the models are bound to (attachments live beside it)."""
    return dialect.folder_of(database)


# -- people ---------------------------------------------------------------------------------------------

def talent_ids_by_email() -> dict[str, int]:
    """Every e-mail on the bench, case-folded, with its person."""
    return {value.casefold(): tid for value, tid in ContactChannel.select(ContactChannel.value, ContactChannel.talent)
            .where(ContactChannel.kind == "email").tuples()}


def talent_names_by_id() -> list[tuple[int, str]]:
    return list(Talent.select(Talent.id, Talent.name).order_by(Talent.id).tuples())


def talent_name(talent_id: int) -> str:
    return Talent.get_by_id(talent_id).name


def talent_by_id(talent_id: int) -> TalentRecord:
    return Talent.get_by_id(talent_id)


def talent_by_uuid(uuid: str) -> TalentRecord | None:
    return Talent.get_or_none(Talent.uuid == uuid)


def talent_by_email(email: str) -> TalentRecord | None:
    """The person with this e-mail (any case)."""
    return (Talent.select().join(ContactChannel)
            .where((ContactChannel.kind == "email") & (ContactChannel.value ** email)).first())


def talents_named(name: str) -> list[TalentRecord]:
    return list(Talent.select().where(Talent.name == name))


def phones_of(talent_id: int) -> set[str]:
    return {value for (value,) in ContactChannel.select(ContactChannel.value)
            .where((ContactChannel.talent == talent_id) & (ContactChannel.kind == "phone")).tuples()}


def give_uuid(talent_id: int, uuid: str) -> None:
    """Keep the UID a card came with (so a second import finds the person), unless another has it."""
    if not Talent.select().where(Talent.uuid == uuid).exists():
        Talent.update(uuid=uuid, **authors.touched(Talent)).where(Talent.id == talent_id).execute()


def set_photo(talent_id: int, digest: str) -> None:
    Talent.update(photo_sha256=digest, **authors.touched(Talent)).where(Talent.id == talent_id).execute()


# -- contracts ------------------------------------------------------------------------------------------

def contract_named(talent_id: int, name: str) -> Contract | None:
    """The person's contract as the program shows it: its title, UUID or marketplace id."""
    named = (Contract.title == name) | (Contract.uuid == name.lower()) | (
        (Contract.external_id == name) & (Contract.external_id != ""))
    return Contract.select().where((Contract.talent == talent_id) & named).order_by(Contract.id).first()


def set_contract_fields(contract_id: int, **values) -> None:
    """Stretch an imported contract over its payments, or end it (importers only)."""
    Contract.update(**values, **authors.touched(Contract)).where(Contract.id == contract_id).execute()


def contract_ids_by_external_id(platform: str) -> dict[str, int]:
    return {e: cid for e, cid in Contract.select(Contract.external_id, Contract.id)
            .where((Contract.platform == platform) & (Contract.external_id != "")).tuples()}


def external_ids(platform: str) -> set[str]:
    return {e for (e,) in Contract.select(Contract.external_id).where(Contract.platform == platform).tuples()}


# -- payments -------------------------------------------------------------------------------------------

def existing_payment_refs(refs: list[str]) -> dict[str, tuple[int | None, int]]:
    """external_ref -> (payment id, contract id) for the refs already in the database, and for payments
    removed by hand (payment id None): a removed transaction is not brought back by importing its file again."""
    from . import corrections

    found: dict[str, tuple[int | None, int]] = {ref: (None, cid) for ref, cid in corrections.removed_refs(refs).items()}
    cursor = database.obj.cursor()
    for start in range(0, len(refs), _CHUNK):
        chunk = refs[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for ref, pid, cid in cursor.execute(
                f"SELECT external_ref, id, contract_id FROM payment WHERE external_ref IN ({marks})", chunk):
            found[ref] = (pid, cid)
    return found


def next_payment_id() -> int:
    return database.obj.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM payment").fetchone()[0]


# Rows with their ids given in advance (a fee names its parent in the same insert).
PAYMENT_WITH_IDS = ("id", "uuid", "contract_id", "kind", "amount_minor", "currency", "paid_on", "period_start",
                    "period_end", "minutes", "description", "external_ref", "source", "parent_id")
# Rows that take the next free ids.
PAYMENT_PLAIN = ("uuid", "contract_id", "kind", "amount_minor", "currency", "paid_on", "minutes", "description",
                 "external_ref", "source")


def insert_payments(columns: tuple[str, ...], rows: list) -> int:
    """Insert many payment rows at once (values in ``columns`` order); returns how many."""
    if columns not in (PAYMENT_WITH_IDS, PAYMENT_PLAIN):
        raise ValueError("unknown payment column list")
    who = authors.who()  # an imported row was entered by whoever imported it
    columns = (*columns, "made_by", "changed_by")
    sql = f"INSERT INTO payment ({', '.join(columns)}) VALUES ({','.join('?' * len(columns))})"  # noqa: S608
    database.obj.cursor().executemany(sql, [(*row, who, who) for row in rows])
    return len(rows)


def payments_in_bulk(adding: int, present: int):
    """Around a payment insert of ``adding`` rows into a table of about ``present``: a large one goes in
    without the indexes it does not need, built again after it (store/dialect.py, ``bulk_insert``)."""
    return dialect.bulk_insert(database.obj, "payment", adding, present)


# The tables an import fills, and from how many new rows their statistics are worth refreshing.
IMPORTED_TABLES = ("payment", "payment_conversion", "contract", "contract_term")
RESTATE_ROWS = schema.STATISTICS_MIN_ROWS


def refresh_statistics(rows_added: int) -> None:
    """After a committed import of many rows, the planner learns the new shape of the tables it filled
    (else it plans the next queries for the table as it was, e.g. empty)."""
    if rows_added >= RESTATE_ROWS:
        schema.refresh_statistics(database.obj, IMPORTED_TABLES)


def insert_conversions(rows: list[tuple[int, int]]) -> None:
    """(payment id, amount in the contract's currency) for imported payments in another currency."""
    database.obj.cursor().executemany(
        "INSERT INTO payment_conversion (payment_id, contract_amount_minor) VALUES (?, ?)", rows)


def insert_conversions_by_uuid(rows: list[tuple[str, int]]) -> None:
    """(payment uuid, amount in the contract's currency), for rows inserted without ids given in advance."""
    database.obj.cursor().executemany(
        "INSERT INTO payment_conversion (payment_id, contract_amount_minor) SELECT id, ? FROM payment WHERE uuid = ?",
        [(amount, uuid) for uuid, amount in rows])


def payment_count() -> int:
    return Payment.select().count()
