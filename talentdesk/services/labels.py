"""The words people read for each of the domain's enumerations: one table per enumeration, used by the
screens, the PDFs and the CSV exports alike (a test checks every stored value has its words).

This layer has no Qt, so the words are marked with a marker of the same name as Qt's, which
``pyside6-lupdate`` finds; the screens and PDFs translate them in the "labels" context
(``views.labels.label`` / ``reports.labels.word``); files get the English words.
"""
from __future__ import annotations

from ..store import models


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


CONTEXT = "labels"

BENCH_STATUS = {
    "active": QT_TRANSLATE_NOOP("labels", "Active"),
    "on_bench": QT_TRANSLATE_NOOP("labels", "On the bench"),
    "trial": QT_TRANSLATE_NOOP("labels", "Trial"),
    "do_not_rehire": QT_TRANSLATE_NOOP("labels", "Do not rehire"),
    "archived": QT_TRANSLATE_NOOP("labels", "Archived"),
}
CHANNEL = {
    "chat": QT_TRANSLATE_NOOP("labels", "Chat"),
    "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
    "call": QT_TRANSLATE_NOOP("labels", "Call"),
    "video": QT_TRANSLATE_NOOP("labels", "Video call"),
    "recorded_video": QT_TRANSLATE_NOOP("labels", "Recorded video"),
    "note": QT_TRANSLATE_NOOP("labels", "Note"),
}
CONTACT_KIND = {
    "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("labels", "Phone"),
    "chat": QT_TRANSLATE_NOOP("labels", "Chat"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
CONTRACT_KIND = {
    "hourly": QT_TRANSLATE_NOOP("labels", "Hourly"),
    "fixed": QT_TRANSLATE_NOOP("labels", "Fixed price"),
    "retainer": QT_TRANSLATE_NOOP("labels", "Retainer"),
}
CONTRACT_STATUS = {
    "draft": QT_TRANSLATE_NOOP("labels", "Draft"),
    "offered": QT_TRANSLATE_NOOP("labels", "Offered"),
    "active": QT_TRANSLATE_NOOP("labels", "Active"),
    "paused": QT_TRANSLATE_NOOP("labels", "Paused"),
    "ended": QT_TRANSLATE_NOOP("labels", "Ended"),
}
SCOPE_CHANGE_KIND = {
    "end_date": QT_TRANSLATE_NOOP("labels", "End date"),
    "weekly_limit": QT_TRANSLATE_NOOP("labels", "Weekly limit"),
    "milestone_added": QT_TRANSLATE_NOOP("labels", "Milestone added"),
    "milestone_edited": QT_TRANSLATE_NOOP("labels", "Milestone edited"),
    "bonus": QT_TRANSLATE_NOOP("labels", "Bonus"),
    "rate": QT_TRANSLATE_NOOP("labels", "Rate"),
    "weekly_payment": QT_TRANSLATE_NOOP("labels", "Weekly payment"),
    "paused": QT_TRANSLATE_NOOP("labels", "Paused"),
    "resumed": QT_TRANSLATE_NOOP("labels", "Resumed"),
}
MILESTONE_STATUS = {
    "pending": QT_TRANSLATE_NOOP("labels", "Pending"),
    "submitted": QT_TRANSLATE_NOOP("labels", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("labels", "Approved"),
    "paid": QT_TRANSLATE_NOOP("labels", "Paid"),
}
PAYMENT_KIND = {
    "hourly": QT_TRANSLATE_NOOP("labels", "Hourly"),
    "milestone": QT_TRANSLATE_NOOP("labels", "Milestone"),
    "bonus": QT_TRANSLATE_NOOP("labels", "Bonus"),
    "weekly_payment": QT_TRANSLATE_NOOP("labels", "Weekly payment"),
    "fee": QT_TRANSLATE_NOOP("labels", "Fee"),
    "refund": QT_TRANSLATE_NOOP("labels", "Refund"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
CORRECTION_ACTION = {
    "corrected": QT_TRANSLATE_NOOP("labels", "Corrected"),
    "removed": QT_TRANSLATE_NOOP("labels", "Removed"),
}
DIRECTION = {
    "to_them": QT_TRANSLATE_NOOP("labels", "Sent to them"),
    "from_them": QT_TRANSLATE_NOOP("labels", "Received from them"),
}
SENSITIVITY = {
    "normal": QT_TRANSLATE_NOOP("labels", "Normal"),
    "confidential": QT_TRANSLATE_NOOP("labels", "Confidential"),
    "secret": QT_TRANSLATE_NOOP("labels", "Secret"),
}
DOCUMENT_KIND = {
    "agreement": QT_TRANSLATE_NOOP("labels", "Agreement"),
    "nda": QT_TRANSLATE_NOOP("labels", "NDA"),
    "insurance": QT_TRANSLATE_NOOP("labels", "Insurance"),
    "invoice": QT_TRANSLATE_NOOP("labels", "Invoice"),
    "tax_form": QT_TRANSLATE_NOOP("labels", "Tax form"),
    "id": QT_TRANSLATE_NOOP("labels", "ID"),
    "deliverable": QT_TRANSLATE_NOOP("labels", "Deliverable"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
FEEDBACK_DIRECTION = {
    "given": QT_TRANSLATE_NOOP("labels", "Given to them"),
    "received": QT_TRANSLATE_NOOP("labels", "Received from them"),
}
REHIRE_ANSWER = {
    "yes": QT_TRANSLATE_NOOP("labels", "Yes"),
    "maybe": QT_TRANSLATE_NOOP("labels", "Maybe"),
    "no": QT_TRANSLATE_NOOP("labels", "No"),
}
APPRECIATION_KIND = {
    "praise": QT_TRANSLATE_NOOP("labels", "Praise"),
    "testimonial_asked": QT_TRANSLATE_NOOP("labels", "Testimonial asked for"),
    "testimonial_received": QT_TRANSLATE_NOOP("labels", "Testimonial received"),
    "referral": QT_TRANSLATE_NOOP("labels", "Referral"),
    "thanks_bonus": QT_TRANSLATE_NOOP("labels", "Bonus as thanks"),
}
GRANT_KIND = {
    "access": QT_TRANSLATE_NOOP("labels", "Access"),
    "equipment": QT_TRANSLATE_NOOP("labels", "Equipment"),
}
ACCESS_TIER = {
    "read": QT_TRANSLATE_NOOP("labels", "Read"),
    "write": QT_TRANSLATE_NOOP("labels", "Write"),
    "admin": QT_TRANSLATE_NOOP("labels", "Admin"),
}
OFFBOARDING_KIND = {
    "revoke_access": QT_TRANSLATE_NOOP("labels", "Revoke access"),
    "deliverables": QT_TRANSLATE_NOOP("labels", "Get deliverables back"),
    "equipment": QT_TRANSLATE_NOOP("labels", "Recover equipment"),
    "delete_data": QT_TRANSLATE_NOOP("labels", "Ask them to delete my data"),
    "feedback": QT_TRANSLATE_NOOP("labels", "Leave feedback"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
REQUESTER = {
    "me": QT_TRANSLATE_NOOP("labels", "I did"),
    "talent": QT_TRANSLATE_NOOP("labels", "They did"),
}
AUTHOR = {
    "me": QT_TRANSLATE_NOOP("labels", "Me"),
    "them": QT_TRANSLATE_NOOP("labels", "Them"),
}
TEST_DECISION = {
    "hire": QT_TRANSLATE_NOOP("labels", "Hire"),
    "no_hire": QT_TRANSLATE_NOOP("labels", "Do not hire"),
}
CARD_STATE = {
    "snoozed": QT_TRANSLATE_NOOP("labels", "Snoozed"),
    "dismissed": QT_TRANSLATE_NOOP("labels", "Dismissed"),
}
DECISION = {
    "done": QT_TRANSLATE_NOOP("labels", "Done"),
    "snoozed": QT_TRANSLATE_NOOP("labels", "Snoozed"),
    "dismissed": QT_TRANSLATE_NOOP("labels", "Dismissed"),
    "acted": QT_TRANSLATE_NOOP("labels", "Acted on"),
}
INTERACTION_KIND = {
    "message": QT_TRANSLATE_NOOP("labels", "Message"),
    "call": QT_TRANSLATE_NOOP("labels", "Call"),
    "meeting": QT_TRANSLATE_NOOP("labels", "Meeting"),
    "note": QT_TRANSLATE_NOOP("labels", "Note"),
}
RISK_LEVEL = {
    "low": QT_TRANSLATE_NOOP("labels", "Low risk"),
    "medium": QT_TRANSLATE_NOOP("labels", "Medium risk"),
    "high": QT_TRANSLATE_NOOP("labels", "High risk"),
}
# The kinds of event on the timeline (services.timeline.KINDS): not a stored column, but shown and exported.
TIMELINE_EVENT = {
    "contract_started": QT_TRANSLATE_NOOP("labels", "Contract started"),
    "contract_renewed": QT_TRANSLATE_NOOP("labels", "Contract renewed"),
    "contract_ended": QT_TRANSLATE_NOOP("labels", "Contract ended"),
    "feedback_given": QT_TRANSLATE_NOOP("labels", "Feedback given"),
    "feedback_received": QT_TRANSLATE_NOOP("labels", "Feedback received"),
    "private_review": QT_TRANSLATE_NOOP("labels", "Private review"),
    "checkin": QT_TRANSLATE_NOOP("labels", "Check-in"),
    "praise": QT_TRANSLATE_NOOP("labels", "Praise sent"),
    "testimonial_asked": QT_TRANSLATE_NOOP("labels", "Testimonial asked for"),
    "testimonial_received": QT_TRANSLATE_NOOP("labels", "Testimonial received"),
    "referral": QT_TRANSLATE_NOOP("labels", "Referral made"),
    "thanks_bonus": QT_TRANSLATE_NOOP("labels", "Thank-you bonus"),
    "bonus": QT_TRANSLATE_NOOP("labels", "Bonus paid"),
    "rate_change": QT_TRANSLATE_NOOP("labels", "Rate changed"),
    "scope_change": QT_TRANSLATE_NOOP("labels", "Scope changed"),
    "message": QT_TRANSLATE_NOOP("labels", "Message"),
    "call": QT_TRANSLATE_NOOP("labels", "Call"),
    "meeting": QT_TRANSLATE_NOOP("labels", "Meeting"),
    "note": QT_TRANSLATE_NOOP("labels", "Note"),
}
# Choices of the settings, not stored in tables: the date format (settings.DATE_FORMATS), the paper of the
# PDFs ("" follows the locale) and the colour scheme (app.theme.SCHEMES, kept per computer).
DATE_FORMAT = {
    "system": QT_TRANSLATE_NOOP("labels", "As my region writes them"),
    "iso": QT_TRANSLATE_NOOP("labels", "International (ISO 8601)"),
    "dmy": QT_TRANSLATE_NOOP("labels", "Day first, with slashes"),
    "mdy": QT_TRANSLATE_NOOP("labels", "Month first, with slashes"),
    "dmy_dots": QT_TRANSLATE_NOOP("labels", "Day first, with dots"),
}
PAPER_SIZE = {
    "": QT_TRANSLATE_NOOP("labels", "The one my region uses"),
    "A4": QT_TRANSLATE_NOOP("labels", "A4 (210 × 297 mm)"),
    "Letter": QT_TRANSLATE_NOOP("labels", "US Letter (8.5 × 11 in)"),
}
COLOUR_SCHEME = {
    "system": QT_TRANSLATE_NOOP("labels", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("labels", "Light"),
    "dark": QT_TRANSLATE_NOOP("labels", "Dark"),
}
# Each enumeration of the tables (store.models) and its words; the test walks this to find gaps.
TABLES: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "BENCH_STATUSES": (models.BENCH_STATUSES, BENCH_STATUS),
    "CHANNELS": (models.CHANNELS, CHANNEL),
    "CONTACT_KINDS": (models.CONTACT_KINDS, CONTACT_KIND),
    "CONTRACT_KINDS": (models.CONTRACT_KINDS, CONTRACT_KIND),
    "CONTRACT_STATUSES": (models.CONTRACT_STATUSES, CONTRACT_STATUS),
    "SCOPE_CHANGE_KINDS": (models.SCOPE_CHANGE_KINDS, SCOPE_CHANGE_KIND),
    "MILESTONE_STATUSES": (models.MILESTONE_STATUSES, MILESTONE_STATUS),
    "PAYMENT_KINDS": (models.PAYMENT_KINDS, PAYMENT_KIND),
    "CORRECTION_ACTIONS": (models.CORRECTION_ACTIONS, CORRECTION_ACTION),
    "DIRECTIONS": (models.DIRECTIONS, DIRECTION),
    "SENSITIVITIES": (models.SENSITIVITIES, SENSITIVITY),
    "DOCUMENT_KINDS": (models.DOCUMENT_KINDS, DOCUMENT_KIND),
    "FEEDBACK_DIRECTIONS": (models.FEEDBACK_DIRECTIONS, FEEDBACK_DIRECTION),
    "REHIRE_ANSWERS": (models.REHIRE_ANSWERS, REHIRE_ANSWER),
    "APPRECIATION_KINDS": (models.APPRECIATION_KINDS, APPRECIATION_KIND),
    "GRANT_KINDS": (models.GRANT_KINDS, GRANT_KIND),
    "ACCESS_TIERS": (models.ACCESS_TIERS, ACCESS_TIER),
    "OFFBOARDING_KINDS": (models.OFFBOARDING_KINDS, OFFBOARDING_KIND),
    "REQUESTERS": (models.REQUESTERS, REQUESTER),
    "AUTHORS": (models.AUTHORS, AUTHOR),
    "TEST_DECISIONS": (models.TEST_DECISIONS, TEST_DECISION),
    "CARD_STATES": (models.CARD_STATES, CARD_STATE),
    "DECISIONS": (models.DECISIONS, DECISION),
    "INTERACTION_KINDS": (models.INTERACTION_KINDS, INTERACTION_KIND),
    "RISK_LEVELS": (models.RISK_LEVELS, RISK_LEVEL),
}


def ledger_values(kind: str) -> dict[str, str] | None:
    """The table whose words a scope change's before/after values are, when they are codes (a pause
    records the statuses "active" → "paused"); None when they are already written for people."""
    return CONTRACT_STATUS if kind in ("paused", "resumed") else None


def plural(n: int, one: str, other: str) -> str:
    """"1 day", "3 days": a count in English for the layers without Qt (files, the command line, the
    services' messages). The screens and PDFs use Qt's plural forms instead (``tr("%n day(s)", "", n)``
    with resources/i18n/talentdesk_en.ts)."""
    return f"{n} {one if n == 1 else other}"


def english(table: dict[str, str], key: str | None) -> str:
    """The untranslated words, for files (CSV); an unknown value is made readable, never shown raw."""
    if not key:
        return ""
    return table.get(key) or key.replace("_", " ").capitalize()
