"""Per-person figures kept in ``talent_figures``, by triggers, so that the bench's filters and sorts and the
review queue read them instead of working them out per person on every query.

What is kept is what does not move by itself: the last contact day, the private reviews' points and count,
the latest day of a contract that ran and ended, and how many contracts run now. "Last worked" is today for a
person with a running contract, and today moves: the query says it (``services/figures.py``).

Triggers, like the search's, keep the table right in the transaction of whatever writes the rows: services,
importers, undo, a restore, the demo generator. An insert raises the kept day (the later of the two); an update
or a delete, and any change to a contract, works the person's figures out again. The rules are the services'
(``services/relationship.py``: last contact; ``services/figures.py``: the rest); ``LAST_CONTACT`` below is
``relationship.last_contact_sql("t")`` word for word (a test holds the two equal), and the check-database
tool rebuilds the table from the services' rules and says when it had drifted.

SQLite's triggers are made by schema step 13 (frozen there) and, for a new database, by ``sqlite_schema``;
a team database's, one trigger function, by ``postgres_schema`` after every migration (as its search's).
"""
from __future__ import annotations

from dataclasses import dataclass

TABLE = "talent_figures"
CRITERIA = ("skills", "quality", "availability", "deadlines", "communication", "cooperation")

# The person t's last contact day: relationship.last_contact_sql("t"), as the triggers say it.
LAST_CONTACT = (
    "nullif(max("
    "coalesce((SELECT max((SELECT date(max(m.sent_at)) FROM message m WHERE m.contract_id = c.id "
    "AND m.channel <> 'note')) FROM contract c WHERE c.talent_id = t.id), ''), "
    "coalesce((SELECT date(max(i.happened_at)) FROM interaction i WHERE i.talent_id = t.id "
    "AND i.kind <> 'note'), ''), "
    "coalesce((SELECT max(f.given_on) FROM contract c JOIN feedback f ON f.contract_id = c.id "
    "WHERE c.talent_id = t.id), ''), "
    "coalesce((SELECT max(r.reviewed_on) FROM contract c JOIN private_review r ON r.contract_id = c.id "
    "WHERE c.talent_id = t.id AND r.is_checkin = 1), ''), "
    "coalesce((SELECT max(a.given_on) FROM appreciation a WHERE a.talent_id = t.id), ''), "
    "coalesce((SELECT max((SELECT max(p.paid_on) FROM payment p WHERE p.contract_id = c.id "
    "AND p.kind NOT IN ('fee', 'refund'))) FROM contract c WHERE c.talent_id = t.id), '')"
    "), '')"
)


def review_points(r: str = "pr") -> str:
    """One private review's points: the sum of its criteria (the score is points / (criteria × reviews))."""
    return " + ".join(f"{r}.{c}" for c in CRITERIA)


# The figures besides the last contact, each for the person whose id is {me}.
_FIGURES = {
    "review_points": "(SELECT coalesce(sum({points}), 0) FROM contract c JOIN private_review pr "
                     "ON pr.contract_id = c.id WHERE c.talent_id = {me})",
    "review_count": "(SELECT count(*) FROM contract c JOIN private_review pr ON pr.contract_id = c.id "
                    "WHERE c.talent_id = {me})",
    # A contract that ran and ended: its end, or its start when no end was recorded.
    "worked_until": "(SELECT max(coalesce(c.end_date, c.start_date)) FROM contract c WHERE c.talent_id = {me} "
                    "AND c.status NOT IN ('draft', 'offered', 'active', 'paused'))",
    "running": "(SELECT count(*) FROM contract c WHERE c.talent_id = {me} AND c.status IN ('active', 'paused'))",
}
COLUMNS = ("talent_id", "last_contact", *_FIGURES)


def figures_select(last_contact: str) -> str:
    """Every person's figures worked out afresh, in ``COLUMNS`` order, the last contact by the SQL
    expression given over ``talent t`` (the check-database tool gives the rule itself)."""
    rest = ", ".join(sql.format(me="t.id", points=review_points()) for sql in _FIGURES.values())
    return f"SELECT t.id, {last_contact}, {rest} FROM talent t"


def _recompute(person: str) -> str:
    """Work out again the figures of the people ``person`` names (an SQL list of ids)."""
    me = f"{TABLE}.talent_id"
    rest = ", ".join(f"{name} = {sql.format(me=me, points=review_points())}" for name, sql in _FIGURES.items())
    return (f"UPDATE {TABLE} SET last_contact = (SELECT {LAST_CONTACT} FROM talent t WHERE t.id = {me}), {rest} "
            f"WHERE talent_id IN ({person})")


def _raise_contact(day: str, person: str) -> str:
    """The kept day becomes ``day`` when that is later (an added row can only move it forward)."""
    return (f"UPDATE {TABLE} SET last_contact = nullif(max(coalesce(last_contact, ''), coalesce({day}, '')), '') "
            f"WHERE talent_id = {person}")


@dataclass(frozen=True)
class Source:
    """A table whose rows move a person's figures."""

    table: str
    person: str  # SQL: the person of the row {r}
    day: str  # SQL: the row {r}'s contact day (relationship.CONTACT_SOURCES), NULL when it is no contact
    columns: tuple[str, ...]  # the columns whose change moves the figures


_OF_CONTRACT = "(SELECT c.talent_id FROM contract c WHERE c.id = {r}.contract_id)"
SOURCES: tuple[Source, ...] = (
    Source("message", _OF_CONTRACT, "CASE WHEN {r}.channel <> 'note' THEN date({r}.sent_at) END",
           ("contract_id", "channel", "sent_at")),
    Source("interaction", "{r}.talent_id", "CASE WHEN {r}.kind <> 'note' THEN date({r}.happened_at) END",
           ("talent_id", "kind", "happened_at")),
    Source("feedback", _OF_CONTRACT, "{r}.given_on", ("contract_id", "given_on")),
    Source("private_review", _OF_CONTRACT, "CASE WHEN {r}.is_checkin = 1 THEN {r}.reviewed_on END",
           ("contract_id", "is_checkin", "reviewed_on", *CRITERIA)),
    Source("appreciation", "{r}.talent_id", "{r}.given_on", ("talent_id", "given_on")),
    Source("payment", _OF_CONTRACT, "CASE WHEN {r}.kind NOT IN ('fee', 'refund') THEN {r}.paid_on END",
           ("contract_id", "kind", "paid_on")),
)


def _added(source: Source, r: str, person: str) -> list[str]:
    """What a row added to ``source`` does to its person's figures (``person``: SQL naming them)."""
    statements = []
    if source.table == "private_review":
        statements.append(f"UPDATE {TABLE} SET review_points = review_points + ({review_points(r)}), "
                          f"review_count = review_count + 1 WHERE talent_id = {person}")
    statements.append(_raise_contact(source.day.format(r=r), person))
    return statements


# -- SQLite ------------------------------------------------------------------------------------------------

def _trigger(name: str, event: str, table: str, body: list[str], when: str = "") -> str:
    condition = f" WHEN {when}" if when else ""
    return (f"CREATE TRIGGER {TABLE}_{name} AFTER {event} ON {table}{condition} BEGIN "
            + " ".join(f"{statement};" for statement in body) + " END")


def sqlite_schema() -> list[str]:
    """The triggers of a local file (schema step 13 holds the same, frozen)."""
    statements = [
        _trigger("talent_insert", "INSERT", "talent",
                 [f"INSERT OR REPLACE INTO {TABLE}(talent_id) VALUES (new.id)", _recompute("new.id")]),
        _trigger("contract_insert", "INSERT", "contract", [_recompute("new.talent_id")]),
        _trigger("contract_update", "UPDATE OF talent_id, status, start_date, end_date", "contract",
                 [_recompute("old.talent_id, new.talent_id")]),
        _trigger("contract_delete", "DELETE", "contract", [_recompute("old.talent_id")]),
    ]
    for source in SOURCES:
        old, new = source.person.format(r="old"), source.person.format(r="new")
        added_when = "" if source.table == "private_review" else f"{source.day.format(r='new')} IS NOT NULL"
        statements += [
            _trigger(f"{source.table}_insert", "INSERT", source.table, _added(source, "new", new), added_when),
            _trigger(f"{source.table}_update", f"UPDATE OF {', '.join(source.columns)}", source.table,
                     [_recompute(f"{old}, {new}")]),
            _trigger(f"{source.table}_delete", "DELETE", source.table, [_recompute(old)],
                     "" if source.table == "private_review" else f"{source.day.format(r='old')} IS NOT NULL"),
        ]
    return statements


# -- PostgreSQL --------------------------------------------------------------------------------------------

def _branches(statement_of, r: str) -> str:
    """An IF … ELSIF … END IF over the sources' tables (a row's fields are only read in its own table's branch:
    PL/pgSQL looks a field up when it runs the statement that names it)."""
    parts = []
    for n, source in enumerate(SOURCES):
        parts.append(f"{'IF' if n == 0 else 'ELSIF'} TG_TABLE_NAME = '{source.table}' THEN {statement_of(source, r)}")
    return " ".join(parts) + " END IF;"


def postgres_schema() -> list[str]:
    """The trigger function and triggers of a team database (made after every migration, as the search's)."""
    def person_of(source: Source, r: str) -> str:
        return f"person := {source.person.format(r=r)};"

    def added(source: Source, r: str) -> str:
        return " ".join(f"{statement};" for statement in _added(source, r, "person"))

    recompute = _recompute("person")
    tables = [("talent", "INSERT"), ("contract", "INSERT OR DELETE OR UPDATE OF talent_id, status, start_date, end_date")]
    tables += [(s.table, f"INSERT OR DELETE OR UPDATE OF {', '.join(s.columns)}") for s in SOURCES]
    statements = [
        f"""CREATE OR REPLACE FUNCTION td_figures_recompute(person bigint) RETURNS void LANGUAGE sql AS $$
            {recompute} $$""",
        f"""CREATE OR REPLACE FUNCTION td_figures() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            person bigint;
            earlier bigint;
        BEGIN
            IF TG_TABLE_NAME = 'talent' THEN
                INSERT INTO {TABLE}(talent_id) VALUES (NEW.id) ON CONFLICT (talent_id) DO NOTHING;
                PERFORM td_figures_recompute(NEW.id);
                RETURN NULL;
            END IF;
            IF TG_OP = 'INSERT' AND TG_TABLE_NAME <> 'contract' THEN
                {_branches(person_of, 'NEW')}
                {_branches(added, 'NEW')}
                RETURN NULL;
            END IF;
            IF TG_OP <> 'INSERT' THEN
                IF TG_TABLE_NAME = 'contract' THEN earlier := OLD.talent_id;
                ELSE {_branches(person_of, 'OLD')} earlier := person;
                END IF;
                PERFORM td_figures_recompute(earlier);
            END IF;
            IF TG_OP <> 'DELETE' THEN
                IF TG_TABLE_NAME = 'contract' THEN person := NEW.talent_id;
                ELSE {_branches(person_of, 'NEW')}
                END IF;
                IF person IS DISTINCT FROM earlier THEN PERFORM td_figures_recompute(person); END IF;
            END IF;
            RETURN NULL;
        END $$""",
    ]
    for table, events in tables:
        statements += [f"DROP TRIGGER IF EXISTS td_figures ON {table}",
                       f"CREATE TRIGGER td_figures AFTER {events} ON {table} FOR EACH ROW EXECUTE FUNCTION td_figures()"]
    return statements
