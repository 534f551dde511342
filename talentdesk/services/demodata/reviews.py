"""Feedback given and received, private reviews and check-ins, and appreciation."""
from __future__ import annotations

import datetime as dt
import random

from ...store.models import Appreciation, Feedback, PrivateReview
from . import vocabulary as words
from .tools import pick
from .world import ContractPlan, Run


def _score(rng: random.Random, quality: float, spread: float = 0.7) -> int:
    return max(1, min(5, round(rng.gauss(quality, spread))))


def _feedback_owed(run: Run) -> set[int]:
    """Contracts ended in the marketplace's 14-day window with no feedback left yet."""
    recent = [p for p in run.contracts if p.status == "ended" and (run.today - p.last_day).days < 14]
    return {id(p) for p in pick(run.rng, recent, 0.7, at_least=1)}


def _write_feedback(run: Run, plan: ContractPlan) -> None:
    rng = run.rng
    score = _score(rng, plan.talent.quality)
    given_on = min(run.today, plan.last_day + dt.timedelta(days=rng.randint(0, 10)))
    comment = rng.choice(words.FEEDBACK_GIVEN[score]).format(thing=plan.things[0])
    run.rows.add(Feedback, contract=plan.id, direction="given", score=score, comment=comment[0].upper() + comment[1:],
                 given_on=given_on)
    plan.feedback_given = (score, given_on)
    if rng.random() < 0.85:
        received = rng.choices((5, 4, 3), (70, 22, 8))[0]
        run.rows.add(Feedback, contract=plan.id, direction="received", score=received,
                     comment=rng.choice(words.FEEDBACK_RECEIVED[received]), given_on=given_on,
                     quoted=received == 5 and plan.id % 4 == 0)  # a few kind words for "working with me"


def _write_review(run: Run, plan: ContractPlan, on: dt.date, is_checkin: bool) -> None:
    rng, talent = run.rng, plan.talent
    scores = {c: _score(rng, talent.quality) for c in
              ("skills", "quality", "availability", "deadlines", "communication", "cooperation")}
    mean = sum(scores.values()) / len(scores)
    rehire = "no" if talent.status == "do_not_rehire" or mean < 3 else ("yes" if mean >= 4 else "maybe")
    run.rows.add(
        PrivateReview, contract=plan.id, is_checkin=is_checkin, reviewed_on=on, **scores, would_rehire=rehire,
        recommend=max(0, min(10, round(mean * 2 + rng.gauss(0, 1)))),
        end_reason="" if is_checkin else plan.end_reason,
        notes=rng.choice(words.REVIEW_NOTES).format(thing=plan.things[0]),
    )


def _write_checkins(run: Run, plan: ContractPlan) -> None:
    day = plan.first_day + dt.timedelta(days=30)
    while day < run.today:
        _write_review(run, plan, day, is_checkin=True)
        day += dt.timedelta(days=run.rng.randint(35, 70))


def write_feedback_and_reviews(run: Run) -> None:
    owed = _feedback_owed(run)
    for plan in run.contracts:
        if plan.status == "ended" and id(plan) not in owed:
            _write_feedback(run, plan)
            if run.rng.random() < 0.8:
                on = min(run.today, plan.last_day + dt.timedelta(days=run.rng.randint(0, 7)))
                _write_review(run, plan, on, is_checkin=False)
        elif plan.status in ("active", "paused") and plan.start:
            _write_checkins(run, plan)


# ---------------------------------------------------------------------------
# Appreciation


def _appreciate(run: Run, plan: ContractPlan, kind: str, on: dt.date, payment: int | None = None,
                with_contract: bool = True) -> None:
    what = run.rng.choice(words.APPRECIATIONS[kind]).format(first=plan.talent.first, thing=plan.things[0])
    run.rows.add(Appreciation, talent=plan.talent.id, contract=plan.id if with_contract else None, kind=kind,
                 given_on=min(on, run.today), what=what, payment=payment)


def write_appreciation(run: Run) -> None:
    rng = run.rng
    great = [p for p in run.contracts if p.feedback_given and p.feedback_given[0] == 5]
    for plan in pick(rng, great, 0.65):  # the rest wait in the review queue for a thank-you
        _appreciate(run, plan, "praise", run.later(plan.feedback_given[1], 0, 5))
    for number, plan in enumerate(pick(rng, great, 0.25)):
        asked = run.later(plan.feedback_given[1], 1, 20)
        _appreciate(run, plan, "testimonial_asked", asked)
        if number == 0 or rng.random() < 0.6:
            _appreciate(run, plan, "testimonial_received", run.later(asked, 3, 30))
    favourites = [p for p in run.contracts if p.talent.favourite and p.status == "ended"]
    for plan in pick(rng, favourites, 0.15):
        _appreciate(run, plan, "referral", run.later(plan.end, 10, 200), with_contract=False)
    bonuses = [(p, payment, on) for p in run.contracts for payment, on in p.bonus_payments]
    for plan, payment, on in pick(rng, bonuses, 0.6):
        _appreciate(run, plan, "thanks_bonus", on, payment=payment)
