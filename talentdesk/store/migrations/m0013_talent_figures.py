# fmt: off
"""Schema version 13: per-person figures kept in a table of their own, so the bench's filters and sorts and
the review queue read them instead of working them out for every person on every query (on the large folder
"not contacted for 90 days" took about a second, the review queue seconds).

``talent_figures`` holds, per person, the last contact day (the rule of services/relationship.py), the private
reviews' points (the sum of their criteria) and count, the latest day of a contract that ran and ended, and how
many contracts run now. Triggers keep it in the transaction of every write (an insert raises the kept day; an
update or a delete works the person out again); the step fills it for the rows there are. A new table only.

Frozen SQL, like every step: ``_RECOMPUTE`` and ``_FIGURES`` are what store/figures.py said when this step
was written; they must not follow it. On PostgreSQL the triggers are made after the steps
(store/figures.postgres_schema), as the search's are.
"""

VERSION = 13

_LAST_CONTACT = "nullif(max(coalesce((SELECT max((SELECT date(max(m.sent_at)) FROM message m WHERE m.contract_id = c.id AND m.channel <> 'note')) FROM contract c WHERE c.talent_id = t.id), ''), coalesce((SELECT date(max(i.happened_at)) FROM interaction i WHERE i.talent_id = t.id AND i.kind <> 'note'), ''), coalesce((SELECT max(f.given_on) FROM contract c JOIN feedback f ON f.contract_id = c.id WHERE c.talent_id = t.id), ''), coalesce((SELECT max(r.reviewed_on) FROM contract c JOIN private_review r ON r.contract_id = c.id WHERE c.talent_id = t.id AND r.is_checkin = 1), ''), coalesce((SELECT max(a.given_on) FROM appreciation a WHERE a.talent_id = t.id), ''), coalesce((SELECT max((SELECT max(p.paid_on) FROM payment p WHERE p.contract_id = c.id AND p.kind NOT IN ('fee', 'refund'))) FROM contract c WHERE c.talent_id = t.id), '')), '')"  # noqa: E501
_POINTS = "pr.skills + pr.quality + pr.availability + pr.deadlines + pr.communication + pr.cooperation"
_FIGURES = ("(SELECT coalesce(sum(" + _POINTS + "), 0) FROM contract c JOIN private_review pr ON pr.contract_id = c.id WHERE c.talent_id = {me})",  # noqa: E501
            "(SELECT count(*) FROM contract c JOIN private_review pr ON pr.contract_id = c.id WHERE c.talent_id = {me})",
            "(SELECT max(coalesce(c.end_date, c.start_date)) FROM contract c WHERE c.talent_id = {me} AND c.status NOT IN ('draft', 'offered', 'active', 'paused'))",  # noqa: E501
            "(SELECT count(*) FROM contract c WHERE c.talent_id = {me} AND c.status IN ('active', 'paused'))")
_ME = "talent_figures.talent_id"
_RECOMPUTE = ("UPDATE talent_figures SET last_contact = (SELECT " + _LAST_CONTACT + " FROM talent t WHERE t.id = " + _ME + "), "
              + ", ".join(f"{name} = {sql.format(me=_ME)}" for name, sql in zip(
                  ("review_points", "review_count", "worked_until", "running"), _FIGURES, strict=True))
              + " WHERE talent_id IN ({person})")
_RAISE = ("UPDATE talent_figures SET last_contact = nullif(max(coalesce(last_contact, ''), coalesce({day}, '')), '') "
          "WHERE talent_id = {person}")
_OF_CONTRACT = "(SELECT c.talent_id FROM contract c WHERE c.id = {r}.contract_id)"
# table, the person of row {r}, its contact day (NULL: no contact), the columns whose change moves the figures
_SOURCES = (
    ("message", _OF_CONTRACT, "CASE WHEN {r}.channel <> 'note' THEN date({r}.sent_at) END", "contract_id, channel, sent_at"),
    ("interaction", "{r}.talent_id", "CASE WHEN {r}.kind <> 'note' THEN date({r}.happened_at) END", "talent_id, kind, happened_at"),
    ("feedback", _OF_CONTRACT, "{r}.given_on", "contract_id, given_on"),
    ("private_review", _OF_CONTRACT, "CASE WHEN {r}.is_checkin = 1 THEN {r}.reviewed_on END",
     "contract_id, is_checkin, reviewed_on, skills, quality, availability, deadlines, communication, cooperation"),
    ("appreciation", "{r}.talent_id", "{r}.given_on", "talent_id, given_on"),
    ("payment", _OF_CONTRACT, "CASE WHEN {r}.kind NOT IN ('fee', 'refund') THEN {r}.paid_on END", "contract_id, kind, paid_on"),
)


def _trigger(name: str, event: str, table: str, body: list[str], when: str = "") -> str:
    return (f"CREATE TRIGGER talent_figures_{name} AFTER {event} ON {table}{f' WHEN {when}' if when else ''} BEGIN "
            + " ".join(f"{s};" for s in body) + " END")


def _triggers() -> list[str]:
    made = [
        _trigger("talent_insert", "INSERT", "talent", ["INSERT OR REPLACE INTO talent_figures(talent_id) VALUES (new.id)",
                                                       _RECOMPUTE.format(person="new.id")]),
        _trigger("contract_insert", "INSERT", "contract", [_RECOMPUTE.format(person="new.talent_id")]),
        _trigger("contract_update", "UPDATE OF talent_id, status, start_date, end_date", "contract",
                 [_RECOMPUTE.format(person="old.talent_id, new.talent_id")]),
        _trigger("contract_delete", "DELETE", "contract", [_RECOMPUTE.format(person="old.talent_id")]),
    ]
    for table, person, day, columns in _SOURCES:
        old, new = person.format(r="old"), person.format(r="new")
        reviewed = table == "private_review"
        added = [_RAISE.format(day=day.format(r="new"), person=new)]
        if reviewed:
            added.insert(0, "UPDATE talent_figures SET review_points = review_points + (" + _POINTS.replace("pr.", "new.")
                         + f"), review_count = review_count + 1 WHERE talent_id = {new}")
        made += [
            _trigger(f"{table}_insert", "INSERT", table, added, "" if reviewed else f"{day.format(r='new')} IS NOT NULL"),
            _trigger(f"{table}_update", f"UPDATE OF {columns}", table, [_RECOMPUTE.format(person=f"{old}, {new}")]),
            _trigger(f"{table}_delete", "DELETE", table, [_RECOMPUTE.format(person=old)],
                     "" if reviewed else f"{day.format(r='old')} IS NOT NULL"),
        ]
    return made


STATEMENTS = [
    'CREATE TABLE "talent_figures" ("talent_id" INTEGER NOT NULL PRIMARY KEY, "last_contact" DATE, "review_points" INTEGER NOT NULL DEFAULT 0, "review_count" INTEGER NOT NULL DEFAULT 0, "worked_until" DATE, "running" INTEGER NOT NULL DEFAULT 0, FOREIGN KEY ("talent_id") REFERENCES "talent" ("id") ON DELETE CASCADE)',  # noqa: E501
    "INSERT INTO talent_figures (talent_id, last_contact, review_points, review_count, worked_until, running) "
    "SELECT t.id, " + _LAST_CONTACT + ", " + ", ".join(sql.format(me="t.id") for sql in _FIGURES) + " FROM talent t",
    *_triggers(),
]


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
