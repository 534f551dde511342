"""Everything one contract's workroom shows except the messages (which page on their own), in one read."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..store.models import Feedback, PrivateReview
from . import access, corrections, files, milestones, offboarding, scope, worklog, workroom


@dataclass(frozen=True)
class Room:
    facts: workroom.Facts
    milestones: list[milestones.MilestoneRow]
    files: list[files.FileRow]
    entries: list[worklog.Entry]
    weeks: list[worklog.Week]
    payments: workroom.PaymentSummary
    ledger: list[scope.LedgerRow]
    grants: list[access.GrantRow]
    checklist: list[offboarding.ItemRow]
    feedback: dict[str, tuple[int, str]]  # direction -> (score, comment)
    reviews: int
    message_count: int
    corrections: list[corrections.CorrectionRow] = field(default_factory=list)  # payments' audit trail


def load(contract_id: int, today: dt.date | None = None) -> Room:
    feedback = {f.direction: (f.score, f.comment) for f in Feedback.select().where(Feedback.contract == contract_id)}
    return Room(
        facts=workroom.facts(contract_id, today),
        milestones=milestones.for_contract(contract_id),
        files=files.for_contract(contract_id),
        entries=worklog.entries(contract_id),
        weeks=worklog.weeks(contract_id),
        payments=workroom.payments(contract_id),
        ledger=scope.ledger(contract_id),
        grants=access.for_contract(contract_id),
        checklist=offboarding.items(contract_id),
        feedback=feedback,
        reviews=PrivateReview.select().where(PrivateReview.contract == contract_id).count(),
        message_count=workroom.message_count(contract_id),
        corrections=corrections.for_contract(contract_id),
    )
