"""Past review sessions and the decisions taken in them."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ...store.models import ReviewDecision, ReviewSession
from . import vocabulary as words
from .tools import moment
from .world import ContractPlan, Run

_TALENT_RULES = ("rate_revisit", "stay_in_touch", "document_expiring")


def _write_decision(run: Run, session: int, at: dt.datetime, subjects: Sequence[ContractPlan]) -> None:
    rng = run.rng
    rule, reason, action = rng.choice(words.REVIEW_RULES)
    plan = rng.choice(subjects)
    about_talent = rule in _TALENT_RULES
    decision = rng.choices(("done", "snoozed", "dismissed", "acted"), (35, 20, 15, 30))[0]
    run.rows.add(
        ReviewDecision, session=session, rule=rule,
        subject=f"talent:{plan.talent.id}" if about_talent else f"contract:{plan.id}",
        talent=plan.talent.id, contract=None if about_talent else plan.id,
        reason=reason.format(n=rng.randint(2, 40)), decision=decision,
        action=action if decision in ("done", "acted") else "", note=rng.choice(words.DECISION_NOTES),
        decided_at=at,
    )


def write_review_sessions(run: Run) -> None:
    rng, scale = run.rng, run.scale
    every = 28 if scale.review_sessions < 10 else 7  # a small bench is reviewed monthly, a large one weekly
    subjects = [p for p in run.contracts if p.started]
    for number in range(scale.review_sessions, 0, -1):
        started = moment(rng, run.today - dt.timedelta(days=number * every + rng.randint(0, 2)), 7, 20)
        minutes = rng.randint(15, 60)
        session = run.rows.add(ReviewSession, started_at=started,
                               ended_at=started + dt.timedelta(minutes=minutes), note=rng.choice(words.SESSION_NOTES))
        for _ in range(rng.randint(*scale.decisions_per_session)):
            _write_decision(run, session, started + dt.timedelta(minutes=rng.randint(1, minutes)), subjects)
