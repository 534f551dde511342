"""What differs between the two engines: the local SQLite file and a team database on PostgreSQL.

Services, rules and file formats are written once, in the SQL the local file speaks (``?`` and ``:name``
parameters, ``date(x, '+7 days')``, ``julianday``, ``json_object``, ``group_concat``, ISO dates kept as
text). On PostgreSQL this module makes that same SQL mean the same thing:

* the connection (psycopg 3) rewrites each statement's parameters into psycopg's style, and sends dates,
  instants and yes/no values in the forms the local file stores (ISO text, 0/1), so a rule compares the
  same values the same way on both engines;
* the schema steps are run through ``postgres_ddl``: the same tables and columns, with 64-bit integers,
  identity keys, text for dates and instants (ISO text sorts and compares like the dates it holds) and
  the SQLite-only clauses (GLOB, NOCASE, FTS5 tables and triggers) said the PostgreSQL way;
* a few SQL functions (``julianday``, ``date``, ``strftime``, ``group_concat``, two-argument ``min`` and
  ``max``) are created in the database with the meaning they have in SQLite (``COMPAT_FUNCTIONS``);
* search is kept in step by triggers, like FTS5 (``SEARCH_SCHEMA``).

Everything SQLite-only that a caller may ask about — which engine, the tables and their columns, the
planner's statistics, search — is answered here, so callers never test the engine themselves.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import peewee

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
URL_SCHEMES = ("postgresql://", "postgres://")
ENV_DATABASE = "TALENTDESK_DATABASE"


def is_team_url(text: str | None) -> bool:
    return bool(text) and str(text).startswith(URL_SCHEMES)


def engine(db) -> str:
    """The engine of a Peewee database (or of the proxy's bound database)."""
    target = getattr(db, "obj", None) or db
    return POSTGRESQL if isinstance(target, peewee.PostgresqlDatabase) else SQLITE


def is_postgres(db) -> bool:
    return engine(db) == POSTGRESQL


# -- SQLite-style statements, said in psycopg's style ------------------------------------------------------
_TOKENS = re.compile(r"""
    (?P<string>'(?:[^']|'')*')            # a string literal: only its % signs change
  | (?P<ident>"(?:[^"]|"")*")             # a quoted name: unchanged
  | (?P<cast>::)                          # a PostgreSQL cast, not a parameter
  | (?P<named>(?<![\w:]):(?P<name>[A-Za-z_]\w*))
  | (?P<psyco>%(?:s|\([A-Za-z_]\w*\)s))   # already psycopg's style (Peewee's own queries)
  | (?P<mark>\?)
  | (?P<percent>%)
  | (?P<rename>\b(?:json_object|json_group_array|json_array|sum)(?=\s*\())
  | (?P<unary>(?<=[\s(])\+(?=[A-Za-z_]\w*\.\w))  # SQLite's "+c.status": no index, same value
  | (?P<isnot>\bIS\s+NOT\s+(?=\())          # row values compared with NULL as a value
  | (?P<is>\bIS\s+(?=\())
  | (?P<like>\bLIKE\b)                   # SQLite's LIKE ignores case
  | (?P<subquery>\bFROM\s*\((?=\s*(?:SELECT|WITH|VALUES)\b))
  | (?P<open>\()
  | (?P<close>\))
""", re.VERBOSE | re.IGNORECASE)
_RENAMED = {"json_object": "json_build_object", "json_group_array": "json_agg", "json_array": "json_build_array",
            "sum": "td_sum"}
_FOLLOWS_ALIAS = re.compile(r"\s*(?:AS\b|(?!(?:WHERE|GROUP|ORDER|LIMIT|UNION|EXCEPT|INTERSECT|JOIN|LEFT|INNER|CROSS|ON|"
                            r"HAVING|WINDOW|OFFSET)\b)[A-Za-z_])", re.IGNORECASE)


@lru_cache(maxsize=4096)
def postgres_sql(sql: str, with_params: bool = True) -> str:
    """A statement written for the local file, as PostgreSQL and psycopg read it: ``?`` and ``:name``
    parameters as ``%s`` and ``%(name)s``, LIKE as ILIKE (SQLite's ignores case), every other ``%`` doubled when there are parameters (psycopg
    reads ``%`` everywhere, string literals included), SQLite's JSON functions by their PostgreSQL names,
    ``sum`` as SQLite's (integers add up to an integer, not to a numeric),
    ``IS [NOT] (row)`` as ``IS [NOT] DISTINCT FROM``, SQLite's unary ``+`` (an index hint) dropped, and a
    name given to each subquery in FROM (SQLite allows none; PostgreSQL needs one)."""
    out: list[str] = []
    subqueries: list[bool] = []  # per open parenthesis: does it open a subquery in FROM?

    def swap(found: re.Match) -> str:
        kind = found.lastgroup if found.lastgroup != "name" else "named"
        text = found.group(0)
        if kind == "string":
            return text.replace("%", "%%") if with_params else text
        if kind == "named":
            return f"%({found.group('name')})s"
        if kind == "mark":
            return "%s"
        if kind == "percent":
            return "%%" if with_params else text
        if kind == "rename":
            return _RENAMED[text.lower().rstrip()]
        if kind == "like":
            return "ILIKE"
        if kind == "unary":
            return ""
        if kind == "isnot":
            return "IS DISTINCT FROM "
        if kind == "is":
            return "IS NOT DISTINCT FROM "
        if kind in ("subquery", "open"):
            subqueries.append(kind == "subquery")
        elif kind == "close" and subqueries and subqueries.pop():
            rest = sql[found.end():]
            if not _FOLLOWS_ALIAS.match(rest):
                return f") AS subquery_{len(out)}"
        return text

    position = 0
    for found in _TOKENS.finditer(sql):
        out.append(sql[position:found.start()])
        out.append(swap(found))
        position = found.end()
    out.append(sql[position:])
    return "".join(out)


def postgres_params(sql: str) -> str:
    return postgres_sql(sql, True)


# -- the schema steps on PostgreSQL ------------------------------------------------------------------------
_SQLITE_ONLY_DDL = re.compile(
    r"\s*(CREATE\s+(VIRTUAL\s+TABLE|TRIGGER)\b|DROP\s+TRIGGER\b|(DROP\s+TABLE|INSERT\s+INTO)\s+\w+_fts\b)", re.I)
_DDL_REWRITES = [
    # An integer key is SQLite's rowid: numbered by the database when not given.
    (re.compile(r'"id" INTEGER NOT NULL PRIMARY KEY'), '"id" BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY'),
    # SQLite integers are 64-bit; amounts in minor units outgrow 32 bits.
    (re.compile(r"\bINTEGER\b"), "BIGINT"),
    # Dates and instants stay ISO text, as the local file keeps them (see the module's docstring).
    (re.compile(r"\b(DATETIME|DATE)\b(?=\s*(,|\)|NOT NULL|$|CHECK))"), "TEXT"),
    # Bytes (a team database's stored files) are PostgreSQL's bytea.
    (re.compile(r'"(\w+)" BLOB\b'), r'"\1" BYTEA'),
    (re.compile(r"(\w+) GLOB '\[A-Z\]\[A-Z\]\[A-Z\]'"), r"\1 ~ '^[A-Z]{3}$'"),
    # SQLite's NOCASE folds ASCII letters only; the ICU collation folds case in every script.
    (re.compile(r"\s+COLLATE NOCASE"), ""),
]
# Columns compared without regard to case (a model's ``collation="NOCASE"``), by table.
NOCASE_COLUMNS = {"skill": ("name",)}


def postgres_ddl(statement: str) -> list[str]:
    """A frozen SQLite schema statement as PostgreSQL statements ([] for what only SQLite has: FTS5
    tables and their triggers, made, dropped or filled, whose PostgreSQL counterpart is ``SEARCH_SCHEMA``)."""
    if _SQLITE_ONLY_DDL.match(statement):
        return []
    for pattern, replacement in _DDL_REWRITES:
        statement = pattern.sub(replacement, statement)
    # Foreign keys may be checked at commit when asked (undo puts parents and children back in any order,
    # as SQLite's defer_foreign_keys lets it); cascades and the rest still act at once.
    statement = re.sub(r'(REFERENCES "\w+" \("\w+"\)(?: ON DELETE (?:CASCADE|RESTRICT|SET NULL))?)', r"\1 DEFERRABLE",
                       statement)
    # An expression index (substr(happened_at, 1, 10)) needs its expression in parentheses.
    statement = re.sub(r"ON (\w+) \((substr\([^()]*\))\)", r"ON \1 ((\2))", statement)
    found = re.match(r'\s*(?:CREATE TABLE|ALTER TABLE) "(\w+)"', statement)
    nocase = NOCASE_COLUMNS.get(found.group(1), ()) if found else ()
    # Text compares and sorts by code point, as SQLite's BINARY does, whatever the server's locale.
    statement = _TEXT_COLUMN.sub(lambda m: m.group(0) + (" COLLATE nocase" if m.group(1) in nocase else ' COLLATE "C"'),
                                 statement)
    return [statement]


_TEXT_COLUMN = re.compile(r'"(\w+)" (?:VARCHAR\(\d+\)|TEXT)')


# SQLite's functions the services use, with SQLite's meaning, on text dates. Created with the schema steps,
# in the same transaction (before the first step, which uses date()).
COMPAT_FUNCTIONS = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'nocase') THEN
            CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
        END IF;
    END $$""",
    # julianday: days since noon on 24 November 4714 BC; SQLite's value for a text date or instant.
    """CREATE OR REPLACE FUNCTION julianday(value text) RETURNS double precision
        LANGUAGE sql IMMUTABLE STRICT AS $$
        SELECT extract(epoch FROM (CASE WHEN value = 'now' THEN now() AT TIME ZONE 'UTC'
                                        ELSE value::timestamp END)) / 86400.0 + 2440587.5 $$""",
    # date(value, modifiers…): the day of a text date or instant, moved by SQLite's modifiers
    # ('+N days', '-N months', 'weekday N', 'start of month', 'localtime'); text, or NULL.
    """CREATE OR REPLACE FUNCTION td_moment(value text, modifiers text[]) RETURNS timestamp
        LANGUAGE plpgsql STABLE AS $$
        DECLARE
            at timestamp;
            step text;
            parts text[];
        BEGIN
            IF value IS NULL THEN RETURN NULL; END IF;
            IF value = 'now' THEN at := now() AT TIME ZONE 'UTC';
            ELSE BEGIN at := value::timestamp; EXCEPTION WHEN others THEN RETURN NULL; END;
            END IF;
            FOREACH step IN ARRAY coalesce(modifiers, ARRAY[]::text[]) LOOP
                IF step IS NULL THEN RETURN NULL; END IF;
                step := lower(trim(step));
                IF step = 'localtime' THEN
                    at := (at AT TIME ZONE 'UTC') AT TIME ZONE current_setting('TimeZone');
                ELSIF step = 'utc' THEN
                    NULL;
                ELSIF step = 'start of month' THEN
                    at := date_trunc('month', at);
                ELSIF step = 'start of year' THEN
                    at := date_trunc('year', at);
                ELSIF step = 'start of day' THEN
                    at := date_trunc('day', at);
                ELSIF step LIKE 'weekday %' THEN
                    -- the next day (or this one) that is weekday N, 0 being Sunday
                    at := at + ((split_part(step, ' ', 2)::int - extract(dow FROM at)::int + 7) % 7) * interval '1 day';
                ELSE
                    parts := regexp_match(step, '^([+-]?[0-9]+(?:\\.[0-9]+)?)\\s+(day|days|month|months|year|years|hour|hours|minute|minutes|second|seconds)$');
                    IF parts IS NULL THEN RETURN NULL; END IF;
                    at := at + (parts[1] || ' ' || parts[2])::interval;
                END IF;
            END LOOP;
            RETURN at;
        END $$""",
    """CREATE OR REPLACE FUNCTION date(value text) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT to_char(td_moment(value, ARRAY[]::text[]), 'YYYY-MM-DD') $$""",
    """CREATE OR REPLACE FUNCTION date(value text, VARIADIC modifiers text[]) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT to_char(td_moment(value, modifiers), 'YYYY-MM-DD') $$""",
    """CREATE OR REPLACE FUNCTION datetime(value text, VARIADIC modifiers text[]) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT to_char(td_moment(value, modifiers), 'YYYY-MM-DD HH24:MI:SS') $$""",
    # strftime for the formats the services use (%Y, %m, %d, %W and their combinations).
    """CREATE OR REPLACE FUNCTION strftime(format text, value text) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT replace(replace(replace(replace(format,
            '%Y', to_char(td_moment(value, ARRAY[]::text[]), 'YYYY')),
            '%m', to_char(td_moment(value, ARRAY[]::text[]), 'MM')),
            '%d', to_char(td_moment(value, ARRAY[]::text[]), 'DD')),
            '%H', to_char(td_moment(value, ARRAY[]::text[]), 'HH24')) $$""",
    # group_concat(value[, separator]): SQLite's, NULLs left out, ',' when no separator is given.
    """CREATE OR REPLACE FUNCTION td_concat_step(acc text, value text, separator text) RETURNS text
        LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN value IS NULL THEN acc WHEN acc IS NULL THEN value ELSE acc || separator || value END $$""",
    """CREATE OR REPLACE FUNCTION td_concat_step1(acc text, value text) RETURNS text
        LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN value IS NULL THEN acc WHEN acc IS NULL THEN value ELSE acc || ',' || value END $$""",
    """DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'group_concat') THEN
            CREATE AGGREGATE group_concat(text, text) (SFUNC = td_concat_step, STYPE = text);
            CREATE AGGREGATE group_concat(text) (SFUNC = td_concat_step1, STYPE = text);
        END IF;
    END $$""",
    # min and max of several arguments are SQLite's scalar least and greatest (NULL when any is NULL);
    # max and min of yes/no values, which SQLite counts as 1 and 0.
    """CREATE OR REPLACE FUNCTION min(a anycompatible, VARIADIC rest anycompatiblearray) RETURNS anycompatible
        LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN a IS NULL OR array_position(rest, NULL) IS NOT NULL THEN NULL
                    ELSE least(a, (SELECT min(x) FROM unnest(rest) x)) END $$""",
    """CREATE OR REPLACE FUNCTION max(a anycompatible, VARIADIC rest anycompatiblearray) RETURNS anycompatible
        LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN a IS NULL OR array_position(rest, NULL) IS NOT NULL THEN NULL
                    ELSE greatest(a, (SELECT max(x) FROM unnest(rest) x)) END $$""",
    # sum as SQLite's: integers give an integer (an overflow is an error, as there), reals a real.
    """DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'td_sum') THEN
            CREATE AGGREGATE td_sum(smallint) (SFUNC = int2_sum, STYPE = bigint);
            CREATE AGGREGATE td_sum(integer) (SFUNC = int4_sum, STYPE = bigint);
            CREATE AGGREGATE td_sum(bigint) (SFUNC = int8pl, STYPE = bigint);
            CREATE AGGREGATE td_sum(double precision) (SFUNC = float8pl, STYPE = double precision);
            CREATE AGGREGATE td_sum(real) (SFUNC = float4pl, STYPE = real);
            CREATE AGGREGATE td_sum(numeric) (SFUNC = numeric_add, STYPE = numeric);
        END IF;
    END $$""",
    """DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                       WHERE p.proname = 'max' AND n.nspname = current_schema() AND p.prokind = 'a') THEN
            CREATE AGGREGATE max(boolean) (SFUNC = boolor_statefunc, STYPE = boolean);
            CREATE AGGREGATE min(boolean) (SFUNC = booland_statefunc, STYPE = boolean);
        END IF;
    END $$""",
]


# -- the connection to a team database -------------------------------------------------------------------
def _postgres_base():
    """Peewee's PostgreSQL class on psycopg 3: playhouse's before Peewee 4, the core class (told to prefer
    psycopg 3) from Peewee 4 on."""
    try:
        from playhouse.psycopg3_ext import Psycopg3Database
    except ImportError:
        return peewee.PostgresqlDatabase, {"prefer_psycopg3": True}
    return Psycopg3Database, {}


def _cursor_class():
    import psycopg

    from . import db as store_db

    class TeamCursor(psycopg.Cursor):
        """Statements in the local file's SQL said in psycopg's (``postgres_params``), through the same
        test-only write-fault hook as the local file's."""

        def execute(self, query, params=None, **options):
            if isinstance(query, str) and "$$" not in query:  # a function's body is PostgreSQL already
                query = postgres_sql(query, bool(params))
            params = params or None
            return store_db._through_hook(lambda q, p: super(TeamCursor, self).execute(q, p, **options), query, params)

        def executemany(self, query, params_seq, **options):
            query = postgres_sql(query)
            return store_db._through_hook(lambda q, p: super(TeamCursor, self).executemany(q, p, **options) or self,
                                          query, params_seq)

    return TeamCursor


def _adapt(conn) -> None:
    """Values travel in the forms the local file stores: days and instants as ISO text, yes/no as 0/1,
    text as text; JSON built by a query comes back as its text (as SQLite's json_object gives it), and a
    computed number as SQLite's (an integer when whole, else a float; never a Decimal)."""
    from psycopg.adapt import Dumper, Loader
    from psycopg.types.string import StrDumper, TextLoader

    text_oid = conn.adapters.types["text"].oid
    int_oid = conn.adapters.types["int8"].oid

    class DayDumper(Dumper):
        oid = text_oid

        def dump(self, obj):
            return obj.isoformat().encode()

    class InstantDumper(Dumper):
        oid = text_oid

        def dump(self, obj):
            return obj.isoformat(" ").encode()  # as Python's sqlite3 stores one

    class FlagDumper(Dumper):
        oid = int_oid

        def dump(self, obj):
            return b"1" if obj else b"0"

    class NumberLoader(Loader):
        """A numeric result (a sum of integers, an average) as SQLite gives it: int when whole, else float."""

        def load(self, data):
            text = bytes(data).decode()
            return int(text) if text.lstrip("-").isdigit() else float(text)

    conn.adapters.register_loader("numeric", NumberLoader)
    conn.adapters.register_dumper(dt.date, DayDumper)
    conn.adapters.register_dumper(dt.datetime, InstantDumper)
    conn.adapters.register_dumper(bool, FlagDumper)
    conn.adapters.register_dumper(str, StrDumper)
    for name in ("json", "jsonb"):
        conn.adapters.register_loader(name, TextLoader)


def team_database(url: str):
    """The Peewee database for a team database's URL. The URL goes to libpq whole, as its connection
    string: sslmode, connect_timeout, service and every other libpq parameter are honoured, and a
    password comes from libpq's password file or service file (never from the settings)."""
    import psycopg

    from .drivers import bind_psycopg

    bind_psycopg()  # Peewee was imported without the driver (a start that opens no team database)
    base, options = _postgres_base()
    cursor_class = _cursor_class()

    class TeamDatabase(base):  # type: ignore[valid-type,misc]  # the class depends on the Peewee release
        # The local folder for what is not in the database (stored files, backups); set by the opener.
        folder: Path | None = None

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            # The server processes of this program's own sessions: their notices are its own writes.
            self.sessions: set[int] = set()

        def begin(self, lock_type=None):
            super().begin()
            # SQLite's BEGIN IMMEDIATE takes the write lock at once, so a second import waits for the first:
            # here every such writer takes one advisory lock for its transaction.
            if lock_type and str(lock_type).upper() in ("IMMEDIATE", "EXCLUSIVE"):
                self.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        def _connect(self):
            conn = psycopg.connect(self.database, autocommit=True, cursor_factory=cursor_class,
                                   **self.connect_params)
            _adapt(conn)
            self.sessions.add(conn.info.backend_pid)
            return conn

        def execute_sql(self, sql, params=None):
            try:
                return super().execute_sql(sql, params)
            except (peewee.OperationalError, peewee.InterfaceError) as exc:
                # A session the server ended while it was idle (a restart) says so only on its next statement.
                # A read outside a transaction is then asked once more on a new session, so a screen does not
                # fail for a session that was already gone; a write, or anything in a transaction, is not.
                from .team_live import connection_lost

                conn = self._state.conn
                if (self.in_transaction() or not str(sql).lstrip().upper().startswith("SELECT")
                        or conn is None or not conn.closed or not connection_lost(exc)):
                    raise
                return super().execute_sql(sql, params)

        def is_closed(self):
            # A session the server ended (restarted, stopped, ended by an administrator) is dropped once no
            # transaction is open on it, so the next statement opens a new one: the program reconnects by
            # itself. A transaction on it stays failed to its end: its work is never half redone elsewhere.
            conn = self._state.conn
            if not self._state.closed and conn is not None and conn.closed and not self.in_transaction():
                self._state.reset()
            return super().is_closed()

    password = keyring_password(url)
    params: dict[str, object] = {"password": password} if password else {}
    try:
        given = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:  # said when connecting
        given = {}
    if "connect_timeout" not in given:
        # A server out of reach is said within seconds, not after the system's TCP timeout (minutes).
        params["connect_timeout"] = CONNECT_TIMEOUT
    return TeamDatabase(url, **options, **params)


CONNECT_TIMEOUT = 5  # seconds, unless the URL says otherwise


KEYRING_SERVICE = "TalentDesk team database"


def keyring_entry(url: str) -> str | None:
    """The system keyring's name for a team database's password: USER@HOST:PORT/NAME."""
    import psycopg

    try:
        parts = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return None
    return (f"{parts.get('user') or ''}@{parts.get('host') or 'localhost'}:{parts.get('port') or 5432}/"
            f"{parts.get('dbname') or ''}")


# Passwords typed in the window for this run only (not saved): the URL's keyring entry -> password.
_SESSION_PASSWORDS: dict[str, str] = {}


def keyring_password(url: str) -> str | None:
    """The password kept for this team database in the system keyring (or typed in the window for this run
    only), when the URL names none (libpq's password file and service file are read by libpq itself).
    None when there is none, or no keyring."""
    import psycopg

    try:
        if psycopg.conninfo.conninfo_to_dict(url).get("password"):
            return None
        entry = keyring_entry(url) or ""
        if entry in _SESSION_PASSWORDS:
            return _SESSION_PASSWORDS[entry]
        import keyring

        return keyring.get_password(KEYRING_SERVICE, entry)
    except Exception:  # noqa: BLE001 - no keyring (a server, a container): libpq's own files still work
        return None


def use_password(url: str, password: str | None, *, keep: bool) -> None:
    """The password of a team database: for this run only, and with ``keep`` also in the system keyring
    (raises the keyring's error when there is none, or it refuses). Never written anywhere else; an empty
    password forgets a kept one (libpq's password file may hold it)."""
    import keyring

    entry = keyring_entry(url) or ""
    if password:
        _SESSION_PASSWORDS[entry] = password
    else:
        _SESSION_PASSWORDS.pop(entry, None)
    if keep and password:
        keyring.set_password(KEYRING_SERVICE, entry, password)
    elif keep:
        try:
            keyring.delete_password(KEYRING_SERVICE, entry)
        except keyring.errors.PasswordDeleteError:
            pass  # none was kept


def without_password(url: str) -> str:
    """A team database's URL with any password taken out (what may be remembered in the settings)."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")
    user = netloc[0].partition(":")[0]
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"])
    return urlunsplit((parts.scheme, f"{user}@{netloc[2]}" if user else netloc[2], parts.path, query, ""))


def build_url(host: str, port: int | None, name: str, user: str, sslmode: str = "") -> str:
    """A team database's URL from its parts (never a password), each part quoted as a URL needs."""
    from urllib.parse import quote, urlencode

    where = quote(host, safe=":[]") if ":" not in host else f"[{host.strip('[]')}]"
    url = f"postgresql://{quote(user, safe='')}@{where}" if user else f"postgresql://{where}"
    url += f":{port}" if port else ""
    url += f"/{quote(name, safe='')}"
    return url + (f"?{urlencode({'sslmode': sslmode})}" if sslmode and sslmode != "prefer" else "")


def url_parts(url: str) -> dict[str, str]:
    """libpq's reading of a team database's URL (host, port, dbname, user, password, sslmode…); raises
    ValueError when libpq cannot read it."""
    import psycopg

    try:
        return {key: str(value) for key, value in psycopg.conninfo.conninfo_to_dict(url).items() if value is not None}
    except psycopg.ProgrammingError as exc:
        raise ValueError(str(exc)) from None


def probe(url: str, password: str | None = None, timeout: int = 8) -> tuple[set[str], int | None]:
    """Connect to a team database once, read only: (its tables, its TalentDesk schema version or None).
    Raises psycopg's error when the server cannot be reached or refuses the connection."""
    import psycopg

    # A None password is left out of the connection string (libpq's own files may give one).
    given = password or keyring_password(url)
    with psycopg.connect(url, connect_timeout=timeout, autocommit=True, password=given) as conn:
        tables = {r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                             "current_schema() AND table_type = 'BASE TABLE'").fetchall()}
        version = None
        if "database_info" in tables:
            row = conn.execute("SELECT value FROM database_info WHERE key = 'schema_version'").fetchone()
            version = int(row[0]) if row and str(row[0]).isdigit() else None
    return tables, version


def where(url: str) -> str:
    """A team database's URL for people to read: host, port and name, never a password."""
    import psycopg

    try:
        parts = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return url.split("@")[-1]
    host = parts.get("host") or "localhost"
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"{parts.get('dbname') or parts.get('user') or ''} on {host}{port}"


# -- what the schema holds ------------------------------------------------------------------------------
def table_names(db) -> set[str]:
    if is_postgres(db):
        rows = db.execute_sql("SELECT table_name FROM information_schema.tables "
                              "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'").fetchall()
    else:
        rows = db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def column_names(db, table: str) -> set[str]:
    if is_postgres(db):
        rows = db.execute_sql("SELECT column_name FROM information_schema.columns "
                              "WHERE table_schema = current_schema() AND table_name = %s", (table,)).fetchall()
        return {r[0] for r in rows}
    return {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")')}


def dump(db) -> list[str]:
    """Every row of every table as lines, in a fixed order: equal dumps mean an unchanged database
    (SQLite's own SQL dump of a local file)."""
    if not is_postgres(db):
        return list(db.connection().iterdump())
    lines = []
    for table in sorted(table_names(db)):
        rows = db.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
        lines += [f"{table} {row!r}" for row in rows]
    return lines


def resync_keys(db) -> None:
    """After rows were written with their ids given (a table rebuilt, a transfer, a restore), each
    table's next id follows its largest (SQLite does this by itself)."""
    if not is_postgres(db):
        return
    rows = db.execute_sql("SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
                          "AND column_name = 'id' AND is_identity = 'YES'").fetchall()
    for (table,) in rows:
        db.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                       f"coalesce((SELECT max(id) FROM \"{table}\"), 0) + 1, false)")


MIGRATION_LOCK = 0x7461_6C65  # "tale": the advisory lock all TalentDesk clients take to migrate
WRITE_LOCK = 0x7461_6C66  # the one an import (SQLite's BEGIN IMMEDIATE) takes


def folder_of(db) -> Path:
    """The local folder beside the database: the file's folder, or the one a team database was opened with."""
    target = getattr(db, "obj", None) or db
    if is_postgres(target):
        if target.folder is None:
            raise RuntimeError("this team database was opened without a local folder for its files")
        return Path(target.folder)
    return Path(target.database).resolve().parent


# -- large inserts ------------------------------------------------------------------------------------------
BULK_ROWS = 10_000  # below this, rows go into the indexes as they come faster than the indexes are rebuilt


@contextmanager
def bulk_insert(db, table: str, adding: int, present: int) -> Iterator[None]:
    """Around a large insert into ``table`` inside a transaction: on the local file, its secondary
    (non-unique) indexes are dropped for the insert and made again after it from their own SQL, one
    sorted build each instead of a B-tree insert per row per index. Only when the rows coming are many
    and at least as many as those already there (else rebuilding costs more than it saves). The unique
    indexes stay: they are the checks the insert needs. On an error the transaction's rollback brings the
    dropped indexes back with everything else. A team database keeps its indexes (dropping one would lock
    the table against the other members' readers)."""
    if is_postgres(db) or adding < max(BULK_ROWS, present) or not db.in_transaction():
        yield
        return
    secondary = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
        "AND upper(sql) NOT LIKE 'CREATE UNIQUE %' ORDER BY name", (table,)).fetchall()
    for name, _sql in secondary:
        db.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in secondary:
        db.execute_sql(sql)


# -- search on PostgreSQL ---------------------------------------------------------------------------------
# As FTS5 with 'unicode61 remove_diacritics 2' does it: words are runs of letters and digits, compared
# without case or accents, and each typed word finds the words it begins. Each row's words are kept,
# folded, in a table of their own ("⎵jurgen⎵muller⎵…⎵"), by triggers (whatever writes the rows: services,
# imports, a restore), and a trigram index answers "holds a word beginning with …". One difference:
# unaccent also spells the letters FTS5 keeps as they are (ß, æ, œ) the way a keyboard without them would
# ("strasse" finds Straße on PostgreSQL only).
_SEARCH_FUNCTIONS = [  # with the tables the functions write, which must exist first
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # The words of a text, folded: lower case, accents removed, one space around each word.
    """CREATE OR REPLACE FUNCTION td_words(value text) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT ' ' || trim(regexp_replace(lower(unaccent(coalesce(value, '') COLLATE "default")), '[^[:alnum:]]+', ' ', 'g')) || ' ' $$""",
    # A typed word as a LIKE pattern for the words it begins (LIKE's own wildcards taken literally).
    """CREATE OR REPLACE FUNCTION td_word_prefix(value text) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT '% ' || replace(replace(replace(lower(unaccent(value)), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' $$""",
    "CREATE TABLE IF NOT EXISTS talent_fts (rowid BIGINT PRIMARY KEY, words TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS message_fts (rowid BIGINT PRIMARY KEY, words TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS talent_fts_words ON talent_fts USING gin (words gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS message_fts_words ON message_fts USING gin (words gin_trgm_ops)",
    """CREATE OR REPLACE FUNCTION td_talent_words(talent bigint) RETURNS void LANGUAGE sql AS $$
        INSERT INTO talent_fts(rowid, words)
        SELECT t.id, td_words(t.name || ' ' || t.headline || ' ' || coalesce(
                   (SELECT string_agg(s.name, ' ') FROM talent_skill ts JOIN skill s ON s.id = ts.skill_id
                    WHERE ts.talent_id = t.id), '') || ' ' || t.notes)
        FROM talent t WHERE t.id = talent
        ON CONFLICT (rowid) DO UPDATE SET words = excluded.words $$""",
    """CREATE OR REPLACE FUNCTION td_talent_search() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_TABLE_NAME = 'talent' THEN
                IF TG_OP = 'DELETE' THEN DELETE FROM talent_fts WHERE rowid = OLD.id;
                ELSE PERFORM td_talent_words(NEW.id);
                END IF;
            ELSIF TG_TABLE_NAME = 'talent_skill' THEN
                IF TG_OP <> 'INSERT' THEN PERFORM td_talent_words(OLD.talent_id); END IF;
                IF TG_OP <> 'DELETE' THEN PERFORM td_talent_words(NEW.talent_id); END IF;
            ELSE  -- a skill renamed
                PERFORM td_talent_words(ts.talent_id) FROM talent_skill ts WHERE ts.skill_id = NEW.id;
            END IF;
            RETURN NULL;
        END $$""",
    """CREATE OR REPLACE FUNCTION td_message_search() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN DELETE FROM message_fts WHERE rowid = OLD.id;
            ELSE
                INSERT INTO message_fts(rowid, words) VALUES (NEW.id, td_words(NEW.body))
                ON CONFLICT (rowid) DO UPDATE SET words = excluded.words;
            END IF;
            RETURN NULL;
        END $$""",
]
_SEARCH_TRIGGERS = [
    "DROP TRIGGER IF EXISTS talent_search ON talent",
    "CREATE TRIGGER talent_search AFTER INSERT OR DELETE OR UPDATE OF name, headline, notes ON talent "
    "FOR EACH ROW EXECUTE FUNCTION td_talent_search()",
    "DROP TRIGGER IF EXISTS talent_skill_search ON talent_skill",
    "CREATE TRIGGER talent_skill_search AFTER INSERT OR DELETE OR UPDATE ON talent_skill "
    "FOR EACH ROW EXECUTE FUNCTION td_talent_search()",
    "DROP TRIGGER IF EXISTS skill_search ON skill",
    "CREATE TRIGGER skill_search AFTER UPDATE OF name ON skill FOR EACH ROW EXECUTE FUNCTION td_talent_search()",
    "DROP TRIGGER IF EXISTS message_search ON message",
    "CREATE TRIGGER message_search AFTER INSERT OR DELETE OR UPDATE OF body ON message "
    "FOR EACH ROW EXECUTE FUNCTION td_message_search()",
]
SEARCH_TABLES = ("talent_fts", "message_fts")
# Every row's words again (after a restore or a transfer wrote the rows with the triggers' work undone).
SEARCH_REBUILD = [
    "DELETE FROM talent_fts",
    "SELECT td_talent_words(id) FROM talent",
    "DELETE FROM message_fts",
    "INSERT INTO message_fts(rowid, words) SELECT id, td_words(body) FROM message",
]


def search_schema() -> list[str]:
    """The search's functions, tables, indexes and triggers on PostgreSQL, and every row indexed."""
    return _SEARCH_FUNCTIONS + _SEARCH_TRIGGERS + SEARCH_REBUILD


def search_tables(db) -> list[str]:
    """The search tables a team database must hold ([] for a local file: its FTS5 tables are checked as such)."""
    return list(SEARCH_TABLES) if is_postgres(db) else []


def match_sql(table: str, words: list[str]) -> tuple[str, tuple]:
    """``rowid IN (…)`` SQL for the rows of ``talent_fts`` or ``message_fts`` holding a word beginning with each
    typed word, on PostgreSQL (the local file asks FTS5: store/fts.py)."""
    conditions = " AND ".join("words LIKE td_word_prefix(?)" for _ in words)
    return f"SELECT rowid FROM {table} WHERE {conditions}", tuple(words)


# -- who writes ------------------------------------------------------------------------------------------
def current_author(db) -> str:
    """Who the connection writes as: on a team database the member's database role (``current_user``: what
    the server itself knows, so no client can claim another's name), on the local file the computer's user
    (or nothing, where the system cannot say). Asked once per database: a connection's role never changes."""
    target = getattr(db, "obj", None) or db
    known = getattr(target, "_talentdesk_author", None)
    if known is not None:
        return known
    if is_postgres(target):
        author = str(target.execute_sql("SELECT current_user").fetchone()[0])
    else:
        import getpass

        try:
            author = getpass.getuser()
        except (KeyError, OSError, ImportError):  # no login name and no password entry for the process
            author = ""
    author = author[:120]
    try:
        target._talentdesk_author = author
    except AttributeError:  # a database class that keeps no attributes: ask again next time
        pass
    return author
