"""A team database shared live: what other members write is announced, a session the server ended is
noticed and opened again, and a role that may only read is recognised at connect.

* Announcing: after every statement that changes rows of a TalentDesk table, a trigger sends one
  PostgreSQL notification on ``CHANNEL`` naming the table, what was done (insert, update, delete) and the
  rows' ids (left out past ``MOST_IDS``, where the payload would outgrow PostgreSQL's limit). The
  triggers are statement-level with transition tables, so an import of thousands of rows costs one
  notification per statement, not per row. They are made beside the undo journal's triggers after every
  migration (``notify_schema``, called by ``schema.migrate_team``), so a table a later step adds is
  announced too, with no step of its own; a local file has none of this.
* Listening: ``Listener`` holds a connection of its own on a thread of its own and hands each batch of
  notices to a callback; it tells when its connection went and came back, and reconnects by itself with
  backoff. Notices from this process's own sessions (``TeamDatabase.sessions``) are left out: the window
  announces its own writes when they finish.
No Qt here: the window's side is ``app/team_link.py``.
"""
from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import peewee

from . import journal_pg
from .journal_pg import _quote

log = logging.getLogger("talentdesk")

CHANNEL = "talentdesk_change"
MOST_IDS = 400  # 400 ids of up to 19 digits stay under the 8000-byte payload PostgreSQL allows

_FUNCTION = f"""CREATE OR REPLACE FUNCTION td_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        ids bigint[];
    BEGIN
        SELECT array_agg(id) INTO ids FROM (SELECT id FROM changed_rows LIMIT {MOST_IDS + 1}) AS some_rows;
        IF ids IS NULL THEN RETURN NULL; END IF;  -- the statement changed no row: nothing to say
        PERFORM pg_notify('{CHANNEL}', json_build_object(
            'table', TG_TABLE_NAME, 'op', lower(TG_OP),
            'ids', CASE WHEN cardinality(ids) <= {MOST_IDS} THEN to_json(ids) END)::text);
        RETURN NULL;
    END $$"""

# Per operation, the transition table the trigger reads its rows from.
_EVENTS = (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD"))


def notify_schema(db) -> list[str]:
    """The announcing function and its three triggers on every table with an ``id`` (the journal's tables)."""
    statements = [_FUNCTION]
    for table in journal_pg.journaled_tables(db):
        for event, image in _EVENTS:
            name = f"td_notify_{event}"
            statements += [f"DROP TRIGGER IF EXISTS {name} ON {_quote(table)}",
                           f"CREATE TRIGGER {name} AFTER {event.upper()} ON {_quote(table)} "
                           f"REFERENCING {image} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION td_notify()"]
    return statements


@dataclass(frozen=True)
class Notice:
    """One statement another session ran: its table, operation and rows (None when too many to name)."""

    table: str
    op: str  # insert, update or delete
    ids: tuple[int, ...] | None
    session: int  # the server process of the session that wrote

    def images(self) -> list[tuple[int, bool, bool]]:
        """(row, existed before, exists after) per row, as the undo journal's images say them."""
        before, after = {"insert": (False, True), "update": (True, True), "delete": (True, False)}[self.op]
        return [(row, before, after) for row in self.ids or ()]


def parse(payload: str, session: int) -> Notice | None:
    try:
        said = json.loads(payload)
        ids = said.get("ids")
        return Notice(str(said["table"]), str(said["op"]), None if ids is None else tuple(int(i) for i in ids),
                      session)
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("a team notice that could not be read: %r", payload[:200])
        return None


# -- a session the server ended --------------------------------------------------------------------------
def _causes(exc: BaseException | None) -> Iterable[BaseException]:
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        yield from (a for a in getattr(exc, "args", ()) if isinstance(a, BaseException))
        exc = exc.__cause__ or exc.__context__


def connection_lost(exc: BaseException) -> bool:
    """Did ``exc`` come from the team database's server being out of reach (stopped, restarted, the
    session ended by an administrator, the network gone), rather than from the statement itself?
    The driver says so by the error's class and code: a connection error (class 08), the server shutting
    down or ending the session (57P01–57P03), or an operational error the client raised itself, with no
    code from the server (a closed socket, a refused connection, a timeout)."""
    import psycopg

    for cause in _causes(exc):
        if isinstance(cause, psycopg.OperationalError | psycopg.InterfaceError):
            code = getattr(cause, "sqlstate", None)
            if code is None or code.startswith("08") or code in GONE_CODES:
                return True
    return False


GONE_CODES = {"57P01", "57P02", "57P03"}  # admin shutdown (or pg_terminate_backend), crash shutdown, cannot connect now


def probe(db) -> bool:
    """On the lane: does the server answer? A session it ended is dropped first (the database opens a
    new one: ``TeamDatabase.is_closed``). False when it is still out of reach."""
    try:
        db.execute_sql("SELECT 1").fetchone()
    except (peewee.OperationalError, peewee.InterfaceError) as exc:
        if not connection_lost(exc):
            raise
        return False
    return True


# -- a role that may only read ----------------------------------------------------------------------------
def may_write(db) -> bool:
    """May the role this database was opened as insert, change and remove rows in every TalentDesk table?
    (A role given SELECT only, or not all of these on some table, opens the program read-only: a write
    that would fail on one table is refused before it starts.)"""
    tables = journal_pg.journaled_tables(db)
    if not tables:
        return False
    row = db.execute_sql(
        "SELECT bool_and(has_table_privilege(quote_ident(t), 'INSERT') AND has_table_privilege(quote_ident(t), 'UPDATE') "
        "AND has_table_privilege(quote_ident(t), 'DELETE')) FROM unnest(%s::text[]) AS t", (tables,)).fetchone()
    return bool(row and row[0])


# -- the listener ------------------------------------------------------------------------------------------
FIRST_DELAY, MOST_DELAY = 0.5, 15.0  # seconds between attempts to reconnect: doubling from the first to the most
WAIT = 0.3  # seconds a batch of notices is gathered before it is handed over
CHECK_EVERY = 5.0  # seconds of quiet after which the server is asked whether it is still there


class Listener:
    """Listens on ``CHANNEL`` on a connection and a thread of its own.

    ``on_notices(list[Notice])`` gets each batch of other sessions' notices; ``on_link(up, reason)`` is
    told when the connection went (``up`` False, with the driver's reason) and when it is back. Both are
    called on the listener's thread.
    """

    def __init__(self, url: str, connect_params: dict, own_sessions: Callable[[], set[int]],
                 on_notices: Callable[[list[Notice]], None], on_link: Callable[[bool, str], None]) -> None:
        self.url, self.connect_params = url, dict(connect_params)
        self.own_sessions, self.on_notices, self.on_link = own_sessions, on_notices, on_link
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="team-listener", daemon=True)
        self.up: bool | None = None  # None until the first attempt

    def start(self) -> None:
        self._thread.start()

    def stop(self, seconds: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(seconds)

    def _run(self) -> None:
        import psycopg

        delay = FIRST_DELAY
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, **self.connect_params) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._say(True, "")
                    delay = FIRST_DELAY
                    self._listen(conn)
            except psycopg.Error as exc:
                self._say(False, str(exc).strip())
            except Exception:  # noqa: BLE001 - a bug must not end the listening for the whole session
                log.exception("team listener")
                self._say(False, "")
            if self._stop.wait(delay):
                return
            delay = min(delay * 2, MOST_DELAY)

    def _listen(self, conn) -> None:
        quiet = 0.0
        while not self._stop.is_set():
            batch = [notice for n in conn.notifies(timeout=WAIT, stop_after=MOST_IDS)
                     if (notice := parse(n.payload, n.pid)) is not None]
            own = self.own_sessions()
            batch = [notice for notice in batch if notice.session not in own]
            if batch:
                self.on_notices(batch)
                quiet = 0.0
                continue
            quiet += WAIT
            if quiet >= CHECK_EVERY:  # a server gone without closing the socket is noticed here
                conn.execute("SELECT 1")
                quiet = 0.0

    def _say(self, up: bool, reason: str) -> None:
        if up != self.up:
            self.up = up
            self.on_link(up, reason)
