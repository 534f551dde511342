"""Bulk writing: one buffer per table, written with executemany in large transactions.

Far faster than model instances for a million rows, and still driven by the
models: column names, defaults and date formats come from the field definitions.
"""
from __future__ import annotations

import datetime as dt
import random

from peewee import DateField, DateTimeField, SqliteDatabase

from ...store.models import ALL_MODELS
from .tools import random_uuid

_REQUIRED = object()
# Generated rows were entered by nobody: who made a write, and when a payment was last changed, are left as
# an older row has them (empty and unknown), so the demo never shows the generating computer's user.
_NOBODY = {"made_by": "", "changed_by": "", "changed_at": None}


class _Table:
    """One table's INSERT statement, how to turn a row's values into parameters, and the rows waiting."""

    def __init__(self, db: SqliteDatabase, model):
        fields = [f for f in model._meta.sorted_fields if f.name != "id"]
        self.columns = [(f.name, self._default(f), self._converter(f)) for f in fields]
        names = ", ".join(f'"{f.column_name}"' for f in fields)
        marks = ", ".join(db.param for _ in range(len(fields) + 1))
        self.sql = f'INSERT INTO "{model._meta.table_name}" ("id", {names}) VALUES ({marks})'
        self.has_uuid = "uuid" in model._meta.fields
        self.rows: list[tuple] = []
        self.next_id = 1
        self.model = model

    @staticmethod
    def _default(f):
        # A callable default (a clock, a random UUID) would make the output depend
        # on when it ran, so such columns must be given explicitly.
        if f.default is None:
            return None if f.null else _REQUIRED
        if f.name in _NOBODY:
            return _NOBODY[f.name]
        return _REQUIRED if callable(f.default) else f.default

    @staticmethod
    def _converter(f):
        if isinstance(f, DateTimeField):
            return lambda v: v.isoformat(" ")
        if isinstance(f, DateField):
            return dt.date.isoformat
        return None

    def row(self, row_id: int, values: dict) -> tuple:
        out = [row_id]
        for name, default, convert in self.columns:
            value = values.get(name, default)
            if value is _REQUIRED:
                raise ValueError(f"{self.model.__name__}.{name} needs a value")
            out.append(value if convert is None or value is None else convert(value))
        return tuple(out)


class Rows:
    """Bulk inserts for every table.

    Ids are handed out here, before the write, so rows of other tables can point at
    a row still in the buffer; a full buffer writes every table in foreign-key order.
    """

    def __init__(self, db: SqliteDatabase, rng: random.Random, batch: int):
        self.db = db
        self.rng = rng
        self.batch = batch
        self.pending = 0
        self.tables: dict[type, _Table] = {}

    def add(self, model, **values) -> int:
        table = self.tables.get(model)
        if table is None:
            table = self.tables[model] = _Table(self.db, model)
        if table.has_uuid:
            values["uuid"] = random_uuid(self.rng)
        row_id = table.next_id
        table.next_id += 1
        table.rows.append(table.row(row_id, values))
        self.pending += 1
        if self.pending >= self.batch:
            self.flush()
        return row_id

    def flush(self) -> None:
        with self.db.atomic():
            cursor = self.db.cursor()
            for model in ALL_MODELS:
                table = self.tables.get(model)
                if table and table.rows:
                    cursor.executemany(table.sql, table.rows)
                    table.rows.clear()
        self.pending = 0
