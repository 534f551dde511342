"""A small, complete world for the PDF summaries: every section of every report has something in it."""
from __future__ import annotations

import datetime as dt
import hashlib

from talentdesk.services import contracts, talents
from talentdesk.store.db import database
from talentdesk.store.models import (
    AccessGrant,
    Appreciation,
    Attachment,
    Contract,
    Milestone,
    OffboardingItem,
    Payment,
    ReviewDecision,
    ReviewSession,
    ScopeChange,
    WorkLog,
)
from tests import factories

JAPANESE = "山田 太郎"
ACCENTED = "José Ñúñez-Müller"
GREEK = "Ελένη Παπαδοπούλου"
CYRILLIC = "Дмитрий Соколов"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def build() -> dict:
    """Returns the ids a test needs: talents by name, contracts by title, the session."""
    ids: dict = {"talent": {}, "contract": {}}
    yamada = factories.talent(
        JAPANESE, headline="Backend engineer (Go, PostgreSQL)", timezone="Asia/Tokyo", location="Osaka",
        languages="Japanese, English", preferred_channel="email", response_hours=12, stay_in_touch_days=60,
        bench_status="active", favourite=True, skills=[("Go", 5), ("PostgreSQL", 4), ("Kubernetes", 3)],
        channels=[talents.Channel("email", "taro@example.jp", "work", True)])
    jose = factories.talent(ACCENTED, headline="Diseñador de producto", timezone="Europe/Madrid",
                            skills=[("Figma", 5), ("Research", 4)])
    eleni = factories.talent(GREEK, headline="Technical writer", timezone="Europe/Athens")
    dmitry = factories.talent(CYRILLIC, headline="Data analyst", timezone="Europe/Belgrade")
    for name, tid in ((JAPANESE, yamada), (ACCENTED, jose), (GREEK, eleni), (CYRILLIC, dmitry)):
        ids["talent"][name] = tid
    talents.add_rate(yamada, dt.date(2024, 1, 1), 6000, "USD", "First rate")
    talents.add_rate(yamada, dt.date(2025, 3, 1), 7000, "USD", "Rate revisited after a year")

    api = factories.contract(yamada, "Payments API rewrite", kind="hourly", rate_minor=7000, weekly_limit_hours=20,
                             start_date=dt.date(2025, 3, 3), end_date=dt.date(2025, 6, 27),
                             scope="Rewrite the payments API in Go.\nKeep the public endpoints; add idempotency keys.")
    audit = factories.contract(yamada, "Database audit", kind="fixed", rate_minor=250000,
                               start_date=dt.date(2024, 2, 1), end_date=dt.date(2024, 3, 15))
    design = factories.contract(jose, "Onboarding redesign", kind="fixed", rate_minor=480000, currency="EUR",
                                start_date=dt.date(2025, 5, 1))
    docs = factories.contract(eleni, "API reference", kind="retainer", rate_minor=5000, weekly_payment_minor=60000,
                              start_date=dt.date(2025, 1, 6), end_date=dt.date(2025, 12, 29))
    ids["contract"].update({"Payments API rewrite": api, "Database audit": audit, "Onboarding redesign": design,
                            "API reference": docs})
    with database.atomic():
        Contract.update(status="ended", end_reason="Delivered").where(Contract.id.in_([api, audit])).execute()
        for week in range(16):
            monday = dt.date(2025, 3, 3) + dt.timedelta(weeks=week)
            for day in range(4):
                WorkLog.create(contract=api, day=monday + dt.timedelta(days=day), minutes=300 + 15 * (week % 5) * 4)
            Payment.create(contract=api, kind="hourly", amount_minor=7000 * (20 + week % 5), currency="USD",
                           paid_on=monday + dt.timedelta(days=7), minutes=60 * 20)
        Payment.create(contract=api, kind="bonus", amount_minor=50000, currency="USD", paid_on=dt.date(2025, 6, 30))
        Payment.create(contract=api, kind="fee", amount_minor=12000, currency="USD", paid_on=dt.date(2025, 6, 30))
        Payment.create(contract=api, kind="refund", amount_minor=7000, currency="USD", paid_on=dt.date(2025, 7, 2))
        Payment.create(contract=audit, kind="milestone", amount_minor=250000, currency="USD", paid_on=dt.date(2024, 3, 20))
        Payment.create(contract=design, kind="milestone", amount_minor=160000, currency="EUR", paid_on=dt.date(2025, 6, 1))
        for month in range(1, 13):
            Payment.create(contract=docs, kind="weekly_payment", amount_minor=240000, currency="USD",
                           paid_on=dt.date(2025, month, 28))
        Milestone.create(contract=api, title="Idempotency keys", amount_minor=0, currency="USD",
                         due_on=dt.date(2025, 4, 15), status="approved", approved_on=dt.date(2025, 4, 14))
        Milestone.create(contract=design, title="Research and flows", amount_minor=160000, currency="EUR",
                         due_on=dt.date(2025, 5, 30), status="paid", approved_on=dt.date(2025, 5, 30),
                         paid_on=dt.date(2025, 6, 1), position=1)
        Milestone.create(contract=design, title="Hi-fi screens", amount_minor=320000, currency="EUR",
                         due_on=dt.date(2025, 7, 15), position=2)
        ScopeChange.create(contract=api, kind="weekly_limit", reason="Launch date moved earlier", requested_by="me",
                           agreed=True, before="20 h", after="25 h", cost_delta_minor=8 * 5 * 7000, currency="USD",
                           happened_at=dt.datetime(2025, 4, 2, 9, 30))
        ScopeChange.create(contract=api, kind="end_date", reason="Extra endpoint for refunds", requested_by="talent",
                           agreed=True, before="2025-06-13", after="2025-06-27", cost_delta_minor=2 * 20 * 7000,
                           currency="USD", happened_at=dt.datetime(2025, 5, 20, 14, 0))
        Attachment.create(contract=api, talent=yamada, sha256=sha("spec"), name="payments-spec-v2.pdf", size=48211,
                          direction="to_them", shared_on=dt.date(2025, 3, 3), document_kind="deliverable")
        Attachment.create(contract=api, talent=yamada, sha256=sha("nda"), name="signed-nda.pdf", size=1200,
                          direction="from_them", shared_on=dt.date(2025, 3, 2), document_kind="nda",
                          sensitivity="confidential")
        Attachment.create(contract=None, talent=yamada, sha256=sha("ins"), name="liability-insurance-2025.pdf",
                          size=3000, direction="from_them", shared_on=dt.date(2025, 1, 10), document_kind="insurance",
                          expires_on=dt.date(2026, 1, 9))
        grant = AccessGrant.create(contract=api, system="GitHub org (payments)", tier="write",
                                   granted_on=dt.date(2025, 3, 3), revoke_by=dt.date(2025, 7, 4))
        AccessGrant.create(contract=api, kind="equipment", system="YubiKey 5C", granted_on=dt.date(2025, 3, 3))
        AccessGrant.create(contract=audit, system="Read replica", tier="read", granted_on=dt.date(2024, 2, 1),
                           revoked_on=dt.date(2024, 3, 16))
        OffboardingItem.create(contract=api, kind="revoke_access", label="Revoke GitHub org (payments)", grant=grant)
        OffboardingItem.create(contract=api, kind="deliverables", label="Get the final source and runbooks",
                               done_on=dt.date(2025, 6, 30), position=1)
        OffboardingItem.create(contract=api, kind="equipment", label="Recover the YubiKey", position=2)
        Appreciation.create(talent=yamada, contract=api, kind="praise", given_on=dt.date(2025, 4, 15),
                            what="The idempotency design saved us a week of incident work.")
        Appreciation.create(talent=yamada, contract=api, kind="thanks_bonus", given_on=dt.date(2025, 6, 30),
                            what="Bonus for shipping before the launch.")
    contracts.add_feedback(api, "given", 5, "Clear, careful, fast. Would hire again.", dt.date(2025, 7, 1))
    contracts.add_feedback(api, "received", 5, "Great client, clear specs.", dt.date(2025, 7, 2))
    contracts.add_feedback(audit, "given", 4, "Thorough audit.", dt.date(2024, 3, 16))
    contracts.add_private_review(audit, contracts.ReviewInput(4, 4, 3, 4, 4, 4, "yes", 8, reviewed_on=dt.date(2024, 3, 16),
                                                              notes="Good audit; slow replies across time zones."))
    contracts.add_private_review(api, contracts.ReviewInput(5, 5, 4, 4, 5, 5, "yes", 9, is_checkin=True,
                                                            reviewed_on=dt.date(2025, 4, 20)))
    contracts.add_private_review(api, contracts.ReviewInput(5, 5, 5, 5, 5, 5, "yes", 10, reviewed_on=dt.date(2025, 7, 1),
                                                            end_reason="Project delivered",
                                                            notes="Best backend contractor so far."))
    with database.atomic():
        session = ReviewSession.create(started_at=dt.datetime(2025, 7, 7, 8, 0), ended_at=dt.datetime(2025, 7, 7, 8, 25),
                                       note="Monthly review")
        ReviewDecision.create(session=session, rule="access_open_after_end", subject=f"contract:{api}", talent=yamada,
                              contract=api, reason="GitHub org (payments) still open 10 days after the end",
                              decision="acted", action="Revoked access", decided_at=dt.datetime(2025, 7, 7, 8, 5))
        ReviewDecision.create(session=session, rule="feedback_owed", subject=f"contract:{design}", talent=jose,
                              contract=design, reason="Contract ended 5 days ago", decision="snoozed",
                              note="After the handover call", decided_at=dt.datetime(2025, 7, 7, 8, 10))
        ReviewDecision.create(session=session, rule="stay_in_touch", subject=f"talent:{dmitry}", talent=dmitry,
                              reason="No contact for 95 days (cadence 60)", decision="dismissed",
                              decided_at=dt.datetime(2025, 7, 7, 8, 20))
    ids["session"] = session.id
    return ids
