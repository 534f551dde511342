"""The rules of the review queue: each one SQL query over the whole database.

A rule returns uniform card rows (subject key, variant, talent, contract, due
date and a JSON object of facts). ``compute`` runs every enabled rule with its
thresholds from the settings and turns the rows into ``Card`` objects; the
session service (review_session.py) leaves out what was snoozed or dismissed.

Every rule takes ``today`` as a parameter so its edges can be tested; none
loops over rows in Python. Reason texts are templates over the facts: the
command line renders them plainly here, the screen renders them translated and
with locale-formatted dates and money.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from ..store.db import database
from . import classification, figures, labels, my_record, relationship, retainer, settings, terms, weeks
from .money import format_plain
from .working_time import WorkingHours

# Columns every rule's SQL returns, in this order.
COLUMNS = ("subject", "variant", "talent_id", "talent_name", "contract_id", "contract_title", "due", "facts")


@dataclass(frozen=True)
class Threshold:
    key: str  # the setting is "review.<rule>.<key>"
    label: str
    unit: str
    low: int
    high: int


@dataclass(frozen=True)
class Rule:
    name: str
    title: str
    description: str
    sql: str
    templates: dict[str, str]  # variant -> reason template over the facts
    facts: tuple[tuple[str, str], ...]  # (fact key, label) shown on the card
    fingerprint: tuple[str, ...]  # facts whose change brings a dismissed card back
    actions: tuple[str, ...]  # rule-specific actions, in key order (see review_session.ACTIONS)
    thresholds: tuple[Threshold, ...] = ()
    # For a rule SQL alone cannot finish (working time across time zones): keeps and completes the cards.
    refine: Callable[[list[Card], dt.date, dict], list[Card]] | None = None

    def setting(self, key: str) -> str:
        return f"review.{self.name}.{key}"


@dataclass
class Card:
    rule: str
    variant: str
    subject: str
    talent_id: int | None
    talent_name: str
    contract_id: int | None
    contract_title: str
    due: dt.date | None
    raw_facts: str = "{}"  # JSON as the query returned it; parsed on first use (big queues stay cheap)
    _facts: dict | None = field(default=None, repr=False, compare=False)
    _fingerprint: str | None = field(default=None, repr=False, compare=False)

    @property
    def key(self) -> tuple[str, str]:
        return self.rule, self.subject

    @property
    def facts(self) -> dict:
        if self._facts is None:
            facts = json.loads(self.raw_facts) if self.raw_facts else {}
            if isinstance(facts.get("signals"), str):  # classification: the codes come as "a,b,c"
                facts["signals"] = [code for code in facts["signals"].split(",") if code]
            self._facts = facts
        return self._facts

    @property
    def fingerprint(self) -> str:
        """A digest of the facts whose change brings a dismissed card back."""
        if self._fingerprint is None:
            self._fingerprint = fingerprint(BY_NAME[self.rule], self.variant, self.facts)
        return self._fingerprint

    @property
    def template(self) -> str:
        return BY_NAME[self.rule].templates[self.variant]

    @property
    def reason(self) -> str:
        """The reason in plain English, dates as ISO and money as ``1234.50 USD`` (CLI, logs)."""
        return self.template.format(**plain_facts(self.facts))


# What kind of value each fact is, so views can format it with the locale. A "days" fact is written with its
# noun ("1 day", "3 days"): the templates never follow it with "days".
FACT_KINDS: dict[str, str] = {
    "end_date": "date", "last_revisit": "date", "revoke_by": "date", "last_contact": "date", "due_on": "date", "expires_on": "date",
    "week_start": "date", "on": "date", "renewal_on": "date", "submitted_on": "date", "releases_on": "date",
    "asked_on": "date", "waiting_minutes": "minutes",
    "days_left": "days", "days_ago": "days", "tenure_days": "days", "days_over": "days", "cadence_days": "days",
    "used_minutes": "minutes", "avg_minutes": "minutes", "limit_minutes": "minutes", "logged_minutes": "minutes", "bought_minutes": "minutes",
    "rate_minor": "money", "weekly_payment_minor": "money", "amount_minor": "money",
    "percent": "percent", "used_percent": "percent",
    "systems": "list", "items": "list", "signals": "signals",
}
# Facts that hold a stored code, and the table of words a person reads for it.
FACT_WORDS: dict[str, dict[str, str]] = {"kind": labels.CONTRACT_KIND, "document_kind": labels.DOCUMENT_KIND,
                                         "level": labels.RISK_LEVEL}


def plain_facts(facts: dict) -> dict:
    out = dict(facts)
    for key, value in facts.items():
        kind = FACT_KINDS.get(key)
        if value is None:
            out[key] = "—"
        elif kind == "minutes":
            out[key] = f"{value / 60:.1f} h"
        elif kind == "money":
            out[key] = format_plain(int(value), facts.get("currency") or "USD")
        elif kind == "days":  # the count and its noun together: "1 day", "12 days" (the templates say "{days_ago} ago")
            out[key] = labels.plural(int(value), "day", "days")
        elif kind == "percent":
            out[key] = f"{value} %"
        elif kind == "list":
            out[key] = ", ".join(str(x) for x in value)
        elif kind == "signals":
            out[key] = signal_text([classification.BY_CODE[c].reason for c in value if c in classification.BY_CODE])
        elif key in FACT_WORDS:
            out[key] = labels.english(FACT_WORDS[key], value)
    return out


def signal_text(reasons: list[str]) -> str:
    """Sentences joined into one clause list: "you set their hours; they may not…"."""
    return "; ".join(r[:1].lower() + r[1:].rstrip(".") for r in reasons)


def _card_sql(select: str) -> str:
    return " ".join(select.split())


CONTRACT_ENDING = _card_sql("""
SELECT 'contract:' || c.id, CASE WHEN c.end_date < :today THEN 'past' ELSE 'ending' END,
       t.id, t.name, c.id, c.title, c.end_date,
       json_object('end_date', c.end_date, 'kind', c.kind,
                   'days_left', CAST(julianday(c.end_date) - julianday(:today) AS INTEGER),
                   'days_ago', CAST(julianday(:today) - julianday(c.end_date) AS INTEGER))
FROM contract c JOIN talent t ON t.id = c.talent_id
WHERE c.end_date <= date(:today, '+' || :days || ' days') AND c.status IN ('active', 'paused')
  AND (c.kind != 'retainer' OR :retainer_on = 0)
  AND NOT EXISTS (SELECT 1 FROM contract r WHERE r.renews_id = c.id)
""")

# Days left in the feedback window only while feedback is owed: when only the private review is missing
# the window may have closed long ago, and "-525 days left" says nothing.
FEEDBACK_OWED = _card_sql("""
WITH x AS MATERIALIZED (
  SELECT c.id, c.title, c.end_date, t.id AS talent_id, t.name,
         (c.end_date >= date(:today, '-' || :days || ' days') AND NOT EXISTS (
            SELECT 1 FROM feedback f WHERE f.contract_id = c.id AND f.direction = 'given')) AS fb,
         NOT EXISTS (SELECT 1 FROM private_review p WHERE p.contract_id = c.id AND p.is_checkin = 0) AS rv
  FROM contract c JOIN talent t ON t.id = c.talent_id
  WHERE c.status = 'ended' AND c.end_date <= :today)
SELECT 'contract:' || x.id,
       CASE WHEN x.fb AND x.rv THEN 'both' WHEN x.fb THEN 'feedback' ELSE 'review' END,
       x.talent_id, x.name, x.id, x.title,
       CASE WHEN x.fb THEN date(x.end_date, '+' || :days || ' days') END,
       json_object('end_date', x.end_date, 'feedback_missing', x.fb, 'review_missing', x.rv,
                   'days_left', CASE WHEN x.fb THEN CAST(julianday(x.end_date) + :days - julianday(:today) AS INTEGER) END)
FROM x WHERE x.fb OR x.rv
""")

RATE_STALE = _card_sql("""
SELECT 'talent:' || t.id, 'stale', t.id, t.name, c.id, c.title,
       date(x.last, '+' || :months || ' months'),
       json_object('last_revisit', x.last, 'months', :months, 'rate_minor', c.rate_minor, 'currency', c.currency)
FROM (SELECT active.talent_id, active.contract_id,
             coalesce((SELECT max(r.effective_on) FROM rate r WHERE r.talent_id = active.talent_id),
                      (SELECT min(s.start_date) FROM contract s WHERE s.talent_id = active.talent_id)) AS last
      FROM (SELECT talent_id, min(id) AS contract_id FROM contract WHERE status = 'active'
            GROUP BY talent_id) active) x
JOIN talent t ON t.id = x.talent_id JOIN contract c ON c.id = x.contract_id
WHERE x.last <= date(:today, '-' || :months || ' months')
""")

RETAINER = _card_sql(f"""
WITH RECURSIVE {retainer.usage_ctes("c.status = 'active'")},
y AS MATERIALIZED (
  SELECT c.id, c.title, c.end_date, c.currency, t.id AS talent_id, t.name,
         {terms.in_force_sql("c.id", ":today", "t.weekly_payment_minor")} AS weekly_payment_minor,
         coalesce(u.used, 0) AS logged, coalesce(u.bought, 0) AS bought, coalesce(u.weeks, 0) AS counted,
         NOT EXISTS (SELECT 1 FROM contract r WHERE r.renews_id = c.id) AS unrenewed
  FROM contract c JOIN talent t ON t.id = c.talent_id LEFT JOIN usage u ON u.contract_id = c.id
  WHERE c.status = 'active' AND c.kind = 'retainer'),
x AS MATERIALIZED (
  SELECT y.*,
         (y.counted = :weeks AND y.bought > 0 AND y.logged * 100 < :percent * y.bought) AS under,
         (y.end_date IS NOT NULL AND y.end_date <= date(:today, '+' || :renewal_days || ' days')
          AND y.unrenewed) AS renew
  FROM y WHERE y.weekly_payment_minor > 0)
SELECT 'contract:' || x.id,
       CASE WHEN x.under AND x.renew THEN 'both' WHEN x.under THEN 'underused' ELSE 'renewal' END,
       x.talent_id, x.name, x.id, x.title, CASE WHEN x.renew THEN x.end_date END,
       json_object('logged_minutes', x.logged, 'bought_minutes', x.bought, 'weeks', :weeks, 'percent', :percent,
                   'used_percent', CASE WHEN x.bought > 0 THEN 100 * x.logged / x.bought END,
                   'end_date', CASE WHEN x.renew THEN x.end_date END,
                   'weekly_payment_minor', x.weekly_payment_minor, 'currency', x.currency)
FROM x WHERE x.under OR x.renew
""")

# The week's bounds come in as parameters from weeks.week_of (one rule for every week in the program); the
# limit is the one in force today (services/terms.py), so a lowered limit judges this week, not the past.
HOURS_LIMIT = _card_sql(f"""
WITH x AS MATERIALIZED (
  SELECT c.id, c.title, t.id AS talent_id, t.name,
         {terms.in_force_sql("c.id", ":today", "t.weekly_limit_hours")} * 60 AS lim,
         :week_start AS week_start,
         (SELECT coalesce(sum(w.minutes), 0) FROM work_log w WHERE w.contract_id = c.id
            AND w.day BETWEEN :week_start AND :week_end) AS used
  FROM contract c JOIN talent t ON t.id = c.talent_id
  WHERE c.status = 'active')
SELECT 'contract:' || x.id || ':' || x.week_start, CASE WHEN x.used > x.lim THEN 'over' ELSE 'near' END,
       x.talent_id, x.name, x.id, x.title, :week_end,
       json_object('week_start', x.week_start, 'used_minutes', x.used, 'limit_minutes', x.lim,
                   'used_percent', CAST(100 * x.used / x.lim AS INTEGER), 'percent', :percent)
FROM x WHERE x.lim IS NOT NULL AND x.used * 100 >= :percent * x.lim
""")
ACCESS_OPEN = _card_sql("""
SELECT 'contract:' || c.id, 'open', t.id, t.name, c.id, c.title, c.end_date,
       json_object('end_date', c.end_date, 'days_ago', CAST(julianday(:today) - julianday(c.end_date) AS INTEGER),
                   'systems', (SELECT json_group_array(open_grant.system) FROM
                                 (SELECT system FROM access_grant WHERE contract_id = c.id AND revoked_on IS NULL
                                  ORDER BY id) open_grant),
                   'grant_ids', (SELECT json_group_array(open_grant.id) FROM
                                 (SELECT id FROM access_grant WHERE contract_id = c.id AND revoked_on IS NULL
                                  ORDER BY id) open_grant))
FROM contract c JOIN talent t ON t.id = c.talent_id
WHERE c.status = 'ended' AND c.end_date < date(:today, '-' || :grace_days || ' days')
  AND EXISTS (SELECT 1 FROM access_grant g WHERE g.contract_id = c.id AND g.revoked_on IS NULL)
""")

# Checklist items the end-contract flow left open, other than grants (access still open asks about
# those) and the feedback step (feedback owed asks about that). "+grant_id" keeps the planner off the
# grant_id index: the statistics make "grant_id IS NULL" look selective while most items have no grant,
# and on the large folder that plan walked most of the table once per ended contract (minutes).
OFFBOARDING_OPEN = _card_sql("""
SELECT 'contract:' || c.id, 'open', t.id, t.name, c.id, c.title, c.end_date,
       json_object('end_date', c.end_date, 'days_ago', CAST(julianday(:today) - julianday(c.end_date) AS INTEGER),
                   'items', (SELECT json_group_array(o.label) FROM
                               (SELECT label FROM offboarding_item WHERE contract_id = c.id AND done_on IS NULL
                                  AND +grant_id IS NULL AND kind != 'feedback' ORDER BY position, id) o),
                   'item_ids', (SELECT json_group_array(o.id) FROM
                               (SELECT id FROM offboarding_item WHERE contract_id = c.id AND done_on IS NULL
                                  AND +grant_id IS NULL AND kind != 'feedback' ORDER BY position, id) o))
FROM contract c JOIN talent t ON t.id = c.talent_id
WHERE c.status = 'ended' AND c.end_date <= date(:today, '-' || :grace_days || ' days')
  AND EXISTS (SELECT 1 FROM offboarding_item i WHERE i.contract_id = c.id AND i.done_on IS NULL
                AND +i.grant_id IS NULL AND i.kind != 'feedback')
""")

# A grant kept past the day it was to be revoked, on a contract still running (after the end,
# access still open asks about every open grant).
REVOKE_DUE = _card_sql("""
SELECT 'grant:' || g.id, g.kind, t.id, t.name, c.id, c.title, g.revoke_by,
       json_object('system', g.system, 'revoke_by', g.revoke_by,
                   'days_over', CAST(julianday(:today) - julianday(g.revoke_by) AS INTEGER),
                   'grant_ids', json_array(g.id))
FROM contract c JOIN access_grant g ON g.contract_id = c.id JOIN talent t ON t.id = c.talent_id
WHERE c.status IN ('draft', 'offered', 'active', 'paused') AND g.revoked_on IS NULL AND g.revoke_by < :today
""")

MILESTONE_OVERDUE = _card_sql("""
SELECT 'milestone:' || m.id, m.status, t.id, t.name, c.id, c.title, m.due_on,
       json_object('milestone', m.title, 'due_on', m.due_on, 'status', m.status,
                   'days_over', CAST(julianday(:today) - julianday(m.due_on) AS INTEGER),
                   'amount_minor', m.amount_minor, 'currency', m.currency)
FROM milestone m JOIN contract c ON c.id = m.contract_id JOIN talent t ON t.id = c.talent_id
WHERE m.status IN ('pending', 'submitted') AND m.due_on < date(:today, '-' || :grace_days || ' days')
  AND c.status IN ('active', 'paused') AND NOT (m.status = 'submitted' AND m.submitted_on IS NOT NULL)
""")

# A submitted milestone with its submission day waits for my approval (a milestone late or submitted with no
# day known is "milestone overdue"'s). The marketplace releases it by itself on its release day.
MILESTONE_WAITING = _card_sql(f"""
SELECT 'milestone:' || m.id, CASE WHEN x.releases_on <= :today THEN 'released' ELSE 'waiting' END,
       t.id, t.name, c.id, c.title, x.releases_on,
       json_object('milestone', m.title, 'submitted_on', m.submitted_on, 'releases_on', x.releases_on,
                   'days_left', CAST(julianday(x.releases_on) - julianday(:today) AS INTEGER),
                   'days_ago', CAST(julianday(:today) - julianday(x.releases_on) AS INTEGER),
                   'amount_minor', m.amount_minor, 'currency', m.currency)
FROM milestone m
JOIN (SELECT id, date(submitted_on, '+{my_record.AUTO_RELEASE_DAYS} days') AS releases_on FROM milestone
      WHERE status = 'submitted' AND submitted_on IS NOT NULL) x ON x.id = m.id
JOIN contract c ON c.id = m.contract_id JOIN talent t ON t.id = c.talent_id
WHERE m.submitted_on <= date(:today, '-' || :days || ' days') AND c.status IN ('active', 'paused')
""")

# Their first message since my last one, on a running contract: the working time it has waited is counted in
# Python (services/working_time.py), by question_waited below, from their working hours and the question read here
# (one query for the whole queue, not two look-ups a card).
QUESTION_UNANSWERED = _card_sql("""
SELECT 'contract:' || x.id, 'unanswered', x.talent_id, x.name, x.id, x.title, NULL,
       json_object('asked_at', x.asked, 'timezone', x.timezone, 'hours_start', x.hours_start, 'hours_end', x.hours_end,
                   'question', (SELECT q.body FROM message q WHERE q.contract_id = x.id AND q.sent_at = x.asked
                                  AND q.author = 'them' ORDER BY q.id LIMIT 1))
FROM (SELECT c.id, c.title, t.id AS talent_id, t.name, t.timezone, t.working_hours_start AS hours_start,
             t.working_hours_end AS hours_end, min(m.sent_at) AS asked
      FROM contract c JOIN talent t ON t.id = c.talent_id JOIN message m ON m.contract_id = c.id
      WHERE c.status IN ('active', 'paused') AND m.author = 'them' AND m.channel <> 'note' AND m.sent_at < :until
        AND NOT EXISTS (SELECT 1 FROM message r WHERE r.contract_id = c.id AND r.author = 'me'
                          AND r.channel <> 'note' AND r.sent_at >= m.sent_at AND r.sent_at < :until)
      GROUP BY c.id, c.title, t.id, t.name, t.timezone, t.working_hours_start, t.working_hours_end) x
""")


def now_utc() -> dt.datetime:
    """The clock the queue reads (naive UTC, whole seconds); a test comparing two exports holds it still."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def reference_instant(today: dt.date) -> dt.datetime:
    """The instant "now" of a queue computed for ``today``: now, or the end of that day when it is past."""
    end_of_day = dt.datetime.combine(today + dt.timedelta(days=1), dt.time())
    return min(now_utc(), end_of_day)


def question_waited(cards: list[Card], today: dt.date, values: dict) -> list[Card]:
    """Keep the questions that waited more than the threshold in working time, with what was asked."""
    limit = int(values.get("review.question_unanswered.hours", settings.DEFAULTS["review.question_unanswered.hours"]))
    until = reference_instant(today)
    mine = my_record.my_hours()
    kept = []
    for card in cards:
        said = card.facts
        asked = dt.datetime.fromisoformat(str(said["asked_at"]).replace("T", " ")[:19])
        theirs = WorkingHours(said["timezone"], int(said["hours_start"]), int(said["hours_end"]))
        waited = my_record.waiting_minutes(asked, until, theirs, mine)
        if waited <= limit * 60:
            continue
        facts = {"asked_at": asked.isoformat(sep=" "), "asked_on": asked.date().isoformat(),
                 "waiting_minutes": waited, "hours": limit, "question": my_record.first_words(said["question"] or "")}
        kept.append(Card(card.rule, card.variant, card.subject, card.talent_id, card.talent_name, card.contract_id,
                         card.contract_title, card.due, json.dumps(facts)))
    return kept

# Last contact (kept per person, services/figures.py) and the due day come from relationship.py: the bench and
# the calendar read the same rule.
STAY_IN_TOUCH = _card_sql(f"""
SELECT 'talent:' || x.id, CASE WHEN x.contacted IS NOT NULL THEN 'quiet' ELSE 'never' END, x.id, x.name,
       x.contract_id, (SELECT title FROM contract WHERE id = x.contract_id), x.due,
       json_object('last_contact', coalesce(x.contacted, x.added), 'cadence_days', x.cadence,
                   'days_ago', CAST(julianday(:today) - julianday(coalesce(x.contacted, x.added)) AS INTEGER))
FROM (SELECT t.id, t.name, coalesce(t.stay_in_touch_days, :default_days) AS cadence, date(t.created_at) AS added,
             (SELECT max(c.id) FROM contract c WHERE c.talent_id = t.id) AS contract_id,
             kf.last_contact AS contacted,
             {relationship.contact_due_sql("t", "coalesce(t.stay_in_touch_days, :default_days)", "kf.last_contact")} AS due
      FROM talent t {figures.join_sql("t", "kf")} WHERE t.favourite = 1 AND t.bench_status NOT IN ('archived', 'do_not_rehire')) x
WHERE x.due < :today
""")

TEST_DECISION = _card_sql("""
SELECT 'contract:' || c.id, 'undecided', t.id, t.name, c.id, c.title, c.end_date,
       json_object('end_date', c.end_date, 'days_ago', CAST(julianday(:today) - julianday(c.end_date) AS INTEGER))
FROM contract c JOIN talent t ON t.id = c.talent_id
WHERE c.status = 'ended' AND c.is_test_project = 1 AND c.test_decision IS NULL
  AND c.end_date <= date(:today, '-' || :grace_days || ' days')
""")

DOCUMENT_EXPIRING = _card_sql("""
SELECT 'attachment:' || a.id, CASE WHEN a.expires_on < :today THEN 'expired' ELSE 'expiring' END,
       t.id, t.name, c.id, coalesce(c.title, ''), a.expires_on,
       json_object('document', a.name, 'document_kind', a.document_kind, 'expires_on', a.expires_on,
                   'days_left', CAST(julianday(a.expires_on) - julianday(:today) AS INTEGER),
                   'days_ago', CAST(julianday(:today) - julianday(a.expires_on) AS INTEGER))
FROM attachment a JOIN talent t ON t.id = a.talent_id LEFT JOIN contract c ON c.id = a.contract_id
WHERE a.expires_on BETWEEN date(:today, '-' || :days || ' days') AND date(:today, '+' || :days || ' days')
""")

APPRECIATION = _card_sql("""
SELECT 'feedback:' || f.id, 'five_star', t.id, t.name, c.id, c.title, NULL,
       json_object('on', f.given_on, 'comment', f.comment,
                   'days_ago', CAST(julianday(:today) - julianday(f.given_on) AS INTEGER))
FROM feedback f JOIN contract c ON c.id = f.contract_id JOIN talent t ON t.id = c.talent_id
WHERE f.direction = 'given' AND f.score = 5
  AND f.given_on BETWEEN date(:today, '-' || :days || ' days') AND :today
  AND NOT EXISTS (SELECT 1 FROM appreciation a WHERE a.talent_id = t.id AND a.given_on >= f.given_on)
UNION ALL
SELECT 'milestone:' || m.id, 'milestone', t.id, t.name, c.id, c.title, NULL,
       json_object('on', m.approved_on, 'milestone', m.title,
                   'days_ago', CAST(julianday(:today) - julianday(m.approved_on) AS INTEGER))
FROM milestone m JOIN contract c ON c.id = m.contract_id JOIN talent t ON t.id = c.talent_id
WHERE m.status IN ('approved', 'paid') AND m.approved_on BETWEEN date(:today, '-' || :days || ' days') AND :today
  AND NOT EXISTS (SELECT 1 FROM appreciation a WHERE a.talent_id = t.id AND a.given_on >= m.approved_on)
""")

CLASSIFICATION = _card_sql(f"""
WITH z AS MATERIALIZED (
  SELECT c.id, c.title, t.id AS talent_id, t.name, ca.contract_id IS NOT NULL AS answered,
         {classification.SIGNALS_SQL}
  FROM contract c JOIN talent t ON t.id = c.talent_id
  LEFT JOIN classification_answer ca ON ca.contract_id = c.id
  WHERE c.status IN ('active', 'paused')),
y AS MATERIALIZED (
  SELECT z.id, z.title, z.talent_id, z.name, z.answered, z.tenure_days, z.minutes_total,
         {classification.points_sql()} AS points, {classification.codes_sql()} AS codes,
         {classification.offer_sql()} AS offer
  FROM z)
SELECT 'contract:' || y.id,
       CASE WHEN y.points >= :min_points THEN
              CASE WHEN y.points >= {classification.HIGH} THEN 'high'
                   WHEN y.points >= {classification.MEDIUM} THEN 'medium' ELSE 'low' END
            ELSE 'offer' END,
       y.talent_id, y.name, y.id, y.title, NULL,
       json_object('level', CASE WHEN y.points >= {classification.HIGH} THEN 'high'
                                 WHEN y.points >= {classification.MEDIUM} THEN 'medium' ELSE 'low' END,
                   'points', y.points, 'answered', y.answered, 'signals', y.codes, 'tenure_days', y.tenure_days,
                   'avg_minutes', CAST(y.minutes_total * 7 / max(y.tenure_days, 7) AS INTEGER))
FROM y WHERE y.points >= :min_points OR y.offer
""")

OPEN_CONTRACT, OPEN_PERSON = "open_contract", "open_person"

RULES: tuple[Rule, ...] = (
    Rule("access_open", "Access still open", "Systems access or equipment not yet recovered after a contract ended.",
         ACCESS_OPEN,
         {"open": "The contract ended on {end_date}, {days_ago} ago, and access is still open: {systems}."},
         (("end_date", "Ended"), ("systems", "Still open")), ("grant_ids",),
         ("revoke_access", OPEN_CONTRACT, OPEN_PERSON),
         (Threshold("grace_days", "Days of grace after the end", "days", 0, 90),)),
    Rule("offboarding_open", "Offboarding open", "Checklist items left open when a contract ended: "
         "deliverables, equipment, deleting your data.",
         OFFBOARDING_OPEN,
         {"open": "The contract ended on {end_date}, {days_ago} ago; still open: {items}."},
         (("end_date", "Ended"), ("items", "Still open")), ("item_ids",),
         ("offboarding_done", OPEN_CONTRACT, OPEN_PERSON),
         (Threshold("grace_days", "Days of grace after the end", "days", 0, 90),)),
    Rule("revoke_due", "Revoke by", "Access or equipment kept past the day it was to be revoked or returned.",
         REVOKE_DUE,
         {"access": "Access to {system} was to be revoked by {revoke_by}, {days_over} ago.",
          "equipment": "{system} was to be returned by {revoke_by}, {days_over} ago."},
         (("system", "System"), ("revoke_by", "Revoke by")), ("revoke_by",),
         ("revoke_grant", OPEN_CONTRACT, OPEN_PERSON)),
    Rule("contract_ending", "Contract ending", "A running contract ends soon (or its end date has passed).",
         CONTRACT_ENDING,
         {"ending": "Ends on {end_date}, in {days_left}: renew it, extend it or let it end.",
          "past": "Its end date {end_date} passed {days_ago} ago but it is still running: end it or extend it."},
         (("end_date", "End date"), ("kind", "Kind")), ("end_date",),
         ("renew", OPEN_CONTRACT, OPEN_PERSON),
         (Threshold("days", "Warn this many days before the end", "days", 1, 180),)),
    Rule("feedback_owed", "Feedback owed", "Feedback owed on a contract that ended within the window, "
         "or a private review missing on any ended contract.",
         FEEDBACK_OWED,
         {"both": "Ended on {end_date}: feedback is owed ({days_left} left in the window) and the private "
                  "review is missing.",
          "feedback": "Ended on {end_date}: feedback is owed; {days_left} left in the window.",
          "review": "Ended on {end_date}: the private review (for your eyes only) is missing."},
         (("end_date", "Ended"), ("days_left", "Days left to leave feedback")),
         ("feedback_missing", "review_missing"),
         ("write_review", OPEN_CONTRACT, OPEN_PERSON),
         (Threshold("days", "Feedback window after the end", "days", 1, 90),)),
    Rule("milestone_overdue", "Milestone overdue", "A milestone past its due date, not yet approved.",
         MILESTONE_OVERDUE,
         {"pending": "Milestone “{milestone}” was due on {due_on}, {days_over} ago.",
          "submitted": "Milestone “{milestone}” was submitted and waits for your approval; it was due on {due_on}."},
         (("milestone", "Milestone"), ("due_on", "Due"), ("amount_minor", "Amount")), ("due_on", "status"),
         (OPEN_CONTRACT, OPEN_PERSON),
         (Threshold("grace_days", "Days of grace after the due date", "days", 0, 60),)),
    Rule("milestone_waiting", "Milestone to approve", "A milestone submitted and waiting for your approval; the "
         "marketplace releases a fixed-price milestone by itself 14 days after it was submitted.",
         MILESTONE_WAITING,
         {"waiting": "“{milestone}” was submitted on {submitted_on} and waits for your approval; the marketplace "
                     "releases it automatically on {releases_on}, in {days_left}.",
          "released": "“{milestone}” was submitted on {submitted_on} and never approved here: the marketplace "
                      "released it automatically on {releases_on}. Record the approval."},
         (("milestone", "Milestone"), ("submitted_on", "Submitted"), ("releases_on", "Released automatically on"),
          ("amount_minor", "Amount")), ("submitted_on",),
         (OPEN_CONTRACT, OPEN_PERSON),
         (Threshold("days", "Ask this many days after the submission", "days", 0, 13),)),
    Rule("question_unanswered", "Question unanswered", "A message from them with no answer from you for more "
         "than a working day (counted in the working hours of both sides, weekends left out).",
         QUESTION_UNANSWERED,
         {"unanswered": "They wrote on {asked_on} and have waited {waiting_minutes} of working time for an "
                        "answer: “{question}”"},
         (("asked_on", "Asked on"), ("waiting_minutes", "Waiting (working time)")), ("asked_at",),
         (OPEN_CONTRACT, "log_contact", OPEN_PERSON),
         (Threshold("hours", "Ask after this many working hours", "hours", 1, 40),),
         refine=question_waited),
    Rule("hours_limit", "Weekly hours", "Hours logged this week near or over the weekly limit "
         "(hours over the limit are paid as a bonus).",
         HOURS_LIMIT,
         {"near": "{used_minutes} logged this week of a {limit_minutes} limit ({used_percent})."
                  " Raise the limit or slow down.",
          "over": "{used_minutes} logged this week, over the {limit_minutes} limit ({used_percent}):"
                  " the extra hours are paid as a bonus."},
         (("week_start", "Week of"), ("used_minutes", "Logged"), ("limit_minutes", "Limit")), ("week_start",),
         (OPEN_CONTRACT, OPEN_PERSON),
         (Threshold("percent", "Warn at this share of the weekly limit", "%", 50, 100),)),
    Rule("retainer", "Retainer", "A retainer used far below what it buys, or due for renewal.",
         RETAINER,
         {"underused": "Over the last {weeks} weeks they logged {logged_minutes} of the {bought_minutes} the retainer "
                       "buys ({used_percent}, below {percent}).",
          "renewal": "The retainer ends on {end_date}: renew it (a new contract) or let it end.",
          "both": "Under-used ({used_percent} of the hours it buys over {weeks} weeks) and due for renewal on "
                  "{end_date}."},
         (("logged_minutes", "Logged"), ("bought_minutes", "Bought"), ("weekly_payment_minor", "Weekly payment"),
          ("end_date", "Ends")), ("end_date",),
         ("renew", OPEN_CONTRACT, OPEN_PERSON),
         (Threshold("percent", "Under-used below this share of the hours bought", "%", 1, 100),
          Threshold("weeks", "Over the last", "weeks", 1, 26),
          Threshold("renewal_days", "Renewal due this many days before the end", "days", 1, 90))),
    Rule("test_decision", "Test project", "A test project ended with no hiring decision.",
         TEST_DECISION,
         {"undecided": "The test project ended on {end_date}, {days_ago} ago, with no decision: hire or not?"},
         (("end_date", "Ended"),), ("end_date",),
         ("hire", "no_hire", OPEN_CONTRACT, OPEN_PERSON),
         (Threshold("grace_days", "Ask this many days after the end", "days", 0, 60),)),
    Rule("document_expiring", "Document expiring", "An agreement, insurance or other document expiring soon.",
         DOCUMENT_EXPIRING,
         {"expiring": "“{document}” expires on {expires_on}, in {days_left}.",
          "expired": "“{document}” expired on {expires_on}, {days_ago} ago."},
         (("document", "Document"), ("document_kind", "Kind"), ("expires_on", "Expires")), ("expires_on",),
         (OPEN_CONTRACT, OPEN_PERSON),
         (Threshold("days", "Warn this many days before expiry", "days", 1, 180),)),
    Rule("rate_stale", "Rate revisit", "The rate of someone you work with now was not revisited for a long time.",
         RATE_STALE,
         {"stale": "Their rate was last set on {last_revisit}, more than {months} months ago."},
         (("last_revisit", "Last set"), ("rate_minor", "Contract rate")), ("last_revisit",),
         ("log_raise", OPEN_PERSON, OPEN_CONTRACT),
         (Threshold("months", "Revisit after", "months", 1, 60),)),
    Rule("appreciation", "Say thanks", "A five-star review or an approved milestone with no appreciation since.",
         APPRECIATION,
         {"five_star": "You gave them five stars on {on} and have sent no appreciation since.",
          "milestone": "You approved “{milestone}” on {on} and have sent no appreciation since."},
         (("on", "On"),), ("on",),
         ("send_thanks", OPEN_PERSON, OPEN_CONTRACT),
         (Threshold("days", "Look back this many days", "days", 1, 365),)),
    Rule("stay_in_touch", "Stay in touch", "A favourite you have not been in touch with for longer than their "
         "stay-in-touch cadence (any message, call, meeting, feedback, check-in, thanks or payment resets it).",
         STAY_IN_TOUCH,
         {"quiet": "No contact since {last_contact} ({days_ago}); you meant to be in touch every "
                   "{cadence_days}.",
          "never": "No contact logged since they were added on {last_contact}; you meant to be in touch every "
                   "{cadence_days}."},
         (("last_contact", "Last contact"), ("cadence_days", "Cadence")), ("last_contact",),
         ("log_contact", "send_thanks", OPEN_PERSON, OPEN_CONTRACT),
         (Threshold("default_days", "Cadence when none is set for the person", "days", 1, 365),)),
    Rule("classification", "Classification risk", "A running contract whose answers and data look like employment, "
         "or one never checked that has run six months or averages 30 hours a week.",
         CLASSIFICATION,
         {"medium": "Medium risk of looking like employment: {signals}.",
          "high": "High risk of looking like employment: {signals}.",
          "low": "Low risk: {signals}.",
          "offer": "Running for {tenure_days} at {avg_minutes} a week on average, and never checked: "
                   "take the classification check."},
         (("level", "Risk"), ("points", "Points"), ("tenure_days", "Days running"),
          ("avg_minutes", "Average a week")), ("level", "signals"),
         ("classification_check", OPEN_CONTRACT, OPEN_PERSON),
         (Threshold("min_points", "Show from this many risk points (3 medium, 6 high)", "points", 1, 20),)),
)
BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}


def params(rule: Rule, today: dt.date, values: dict) -> dict:
    """The named parameters of a rule's query: today and its thresholds from the settings."""
    out: dict[str, object] = {"today": today.isoformat()}
    for threshold in rule.thresholds:
        out[threshold.key] = int(values.get(rule.setting(threshold.key), settings.DEFAULTS[rule.setting(threshold.key)]))
    if rule.name == "contract_ending":
        out["retainer_on"] = bool(values.get("review.retainer.on", True))
    if rule.name == "question_unanswered":
        out["until"] = reference_instant(today).isoformat(sep=" ")
    if rule.name == "hours_limit":
        start, end = weeks.week_of(today)
        out["week_start"], out["week_end"] = start.isoformat(), end.isoformat()
    return out


def enabled(rule: Rule, values: dict) -> bool:
    return bool(values.get(rule.setting("on"), True))


def fingerprint(rule: Rule, variant: str, facts: dict) -> str:
    picked = {"variant": variant, **{k: facts.get(k) for k in rule.fingerprint}}
    return hashlib.sha256(json.dumps(picked, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _card(rule: Rule, row: tuple) -> Card:
    subject, variant, talent_id, talent_name, contract_id, contract_title, due, facts = row
    return Card(rule.name, variant, subject, talent_id, talent_name or "", contract_id, contract_title or "",
                dt.date.fromisoformat(due) if due else None, facts or "{}")


def run_rule(rule: Rule, today: dt.date, values: dict | None = None) -> list[Card]:
    """One rule's cards: its one query, with thresholds from ``values`` (else the settings)."""
    values = settings.all_settings() if values is None else values
    cursor = database.obj.execute_sql(rule.sql, params(rule, today, values))
    cards = [_card(rule, row) for row in cursor.fetchall()]
    return rule.refine(cards, today, values) if rule.refine else cards


def compute(today: dt.date | None = None, values: dict | None = None) -> list[Card]:
    """Every enabled rule's cards, in rule order then by due date (undated last)."""
    today = today or dt.date.today()
    values = settings.all_settings() if values is None else values
    cards: list[Card] = []
    for rule in RULES:
        if enabled(rule, values):
            found = run_rule(rule, today, values)
            found.sort(key=lambda c: (c.due is None, c.due or dt.date.max, c.talent_name))
            cards.extend(found)
    return cards
