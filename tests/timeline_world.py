"""A generated world with every kind of timeline event, written fast with plain inserts.

``build(people)`` makes ``people`` talents, each with a few contracts, reviews, check-ins,
feedback both ways, appreciation, bonuses, rates and scope changes, spread over the last
three years. Deterministic for a given seed. ``expected_count()`` counts the events straight
from the tables, independently of the timeline's own query.
"""
from __future__ import annotations

import datetime as dt
import random
import uuid

from talentdesk.store.db import database

TODAY = dt.date(2026, 6, 15)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128)))


def build(people: int, seed: int = 5, today: dt.date = TODAY) -> None:
    rng = random.Random(seed)
    db = database.obj
    talents, contracts, reviews, feedback, appreciation, payments, rates, scopes = [], [], [], [], [], [], [], []
    first_talent = (db.execute_sql("SELECT coalesce(max(id), 0) FROM talent").fetchone()[0]) + 1
    first_contract = (db.execute_sql("SELECT coalesce(max(id), 0) FROM contract").fetchone()[0]) + 1
    first_payment = (db.execute_sql("SELECT coalesce(max(id), 0) FROM payment").fetchone()[0]) + 1
    contract_id, payment_id = first_contract, first_payment
    for n in range(people):
        talent_id = first_talent + n
        talents.append((talent_id, _uuid(rng), f"Generated Person {n:05d}", "Developer"))
        rates.append((_uuid(rng), talent_id, (today - dt.timedelta(days=rng.randint(200, 1000))).isoformat(),
                      rng.randint(30, 120) * 100, "USD", "starting rate"))
        previous = None
        for _k in range(rng.randint(1, 3)):
            start = today - dt.timedelta(days=rng.randint(30, 1000))
            ended = rng.random() < 0.6
            end = min(today, start + dt.timedelta(days=rng.randint(20, 200))) if ended else None
            contracts.append((contract_id, _uuid(rng), talent_id, f"Project {contract_id}", "hourly",
                              "ended" if ended else "active", 5000, "USD", start.isoformat(),
                              end.isoformat() if end else None, previous if rng.random() < 0.3 else None,
                              "scope of the work", "finished" if ended else ""))
            previous = contract_id
            for _c in range(rng.randint(0, 2)):
                day = start + dt.timedelta(days=rng.randint(1, 25))
                reviews.append((_uuid(rng), contract_id, 1, day.isoformat(),
                                *[rng.randint(2, 5) for _ in range(6)], "yes", 8, "", "check-in notes"))
            if ended:
                reviews.append((_uuid(rng), contract_id, 0, end.isoformat(),
                                *[rng.randint(1, 5) for _ in range(6)], rng.choice(("yes", "maybe", "no")), 7,
                                "done", "final review notes"))
                feedback.append((_uuid(rng), contract_id, "given", rng.randint(1, 5), "solid work", end.isoformat()))
                if rng.random() < 0.7:
                    feedback.append((_uuid(rng), contract_id, "received", rng.randint(3, 5), "good client",
                                     end.isoformat()))
            if rng.random() < 0.3:
                day = (end or today) - dt.timedelta(days=rng.randint(0, 10))
                payments.append((payment_id, _uuid(rng), contract_id, "bonus", 10000, "USD", day.isoformat(),
                                 "over-limit hours"))
                if rng.random() < 0.5:
                    appreciation.append((_uuid(rng), talent_id, contract_id, "thanks_bonus", day.isoformat(),
                                         "the migration went live without downtime", payment_id))
                payment_id += 1
            for _s in range(rng.randint(0, 3)):
                when = dt.datetime.combine(start + dt.timedelta(days=rng.randint(1, 20)), dt.time(rng.randint(8, 18)))
                scopes.append((_uuid(rng), contract_id, rng.choice(("end_date", "weekly_limit", "rate")),
                               "the work grew", "me", 1, "10", "20", 5000, "USD", when.isoformat(" ")))
            if rng.random() < 0.4:
                kind = rng.choice(("praise", "testimonial_asked", "testimonial_received", "referral"))
                appreciation.append((_uuid(rng), talent_id, contract_id, kind,
                                     (start + dt.timedelta(days=rng.randint(1, 30))).isoformat(),
                                     "the clear write-up of the release steps", None))
            if rng.random() < 0.2:
                rates.append((_uuid(rng), talent_id, (start + dt.timedelta(days=5)).isoformat(),
                              rng.randint(40, 150) * 100, "USD", "raise"))
            contract_id += 1
    with db.atomic():
        cursor = db.cursor()
        cursor.executemany("INSERT INTO talent(id, uuid, name, headline, location, timezone, languages, "
                           "working_hours_start, working_hours_end, preferred_channel, bench_status, status_reason, "
                           "favourite, available, notes, created_at, updated_at) VALUES (?, ?, ?, ?, '', 'UTC', '', "
                           "540, 1020, 'chat', 'on_bench', '', 0, 1, '', '2024-01-01', '2024-01-01')", talents)
        cursor.executemany("INSERT INTO contract(id, uuid, talent_id, title, kind, status, rate_minor, currency, "
                           "start_date, end_date, renews_id, scope, end_reason, is_test_project, platform, "
                           "external_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, "
                           "'', '', '2024-01-01', '2024-01-01')", contracts)
        cursor.executemany("INSERT INTO private_review(uuid, contract_id, is_checkin, reviewed_on, skills, quality, "
                           "availability, deadlines, communication, cooperation, would_rehire, recommend, end_reason, "
                           "notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", reviews)
        cursor.executemany("INSERT INTO feedback(uuid, contract_id, direction, score, comment, given_on) "
                           "VALUES (?, ?, ?, ?, ?, ?)", feedback)
        cursor.executemany("INSERT INTO payment(id, uuid, contract_id, kind, amount_minor, currency, paid_on, "
                           "description, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'manual')", payments)
        cursor.executemany("INSERT INTO appreciation(uuid, talent_id, contract_id, kind, given_on, what, payment_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)", appreciation)
        cursor.executemany("INSERT INTO rate(uuid, talent_id, effective_on, amount_minor, currency, note) "
                           "VALUES (?, ?, ?, ?, ?, ?)", rates)
        cursor.executemany("INSERT INTO scope_change(uuid, contract_id, kind, reason, requested_by, agreed, before, "
                           "after, cost_delta_minor, currency, happened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           scopes)


def expected_count() -> int:
    """Timeline events counted table by table (no UNION, no shared SQL with the service)."""
    db = database.obj
    queries = (
        "SELECT count(*) FROM contract WHERE start_date IS NOT NULL AND status IN ('active', 'paused', 'ended')",
        "SELECT count(*) FROM contract WHERE end_date IS NOT NULL AND status = 'ended'",
        "SELECT count(*) FROM feedback",
        "SELECT count(*) FROM private_review",
        "SELECT count(*) FROM appreciation",
        "SELECT count(*) FROM payment WHERE kind = 'bonus' AND id NOT IN "
        "(SELECT payment_id FROM appreciation WHERE payment_id IS NOT NULL)",
        "SELECT count(*) FROM rate",
        "SELECT count(*) FROM scope_change",
    )
    return sum(db.execute_sql(q).fetchone()[0] for q in queries)
