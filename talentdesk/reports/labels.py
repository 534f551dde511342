"""Words for the domain's enumerations, as a reader of the PDF should see them."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .fmt import tr

_WORDS = {
    # bench status
    "active": QT_TRANSLATE_NOOP("reports", "Active"),
    "on_bench": QT_TRANSLATE_NOOP("reports", "On the bench"),
    "trial": QT_TRANSLATE_NOOP("reports", "Trial"),
    "do_not_rehire": QT_TRANSLATE_NOOP("reports", "Do not rehire"),
    "archived": QT_TRANSLATE_NOOP("reports", "Archived"),
    # contract kinds and statuses
    "hourly": QT_TRANSLATE_NOOP("reports", "Hourly"),
    "fixed": QT_TRANSLATE_NOOP("reports", "Fixed price"),
    "retainer": QT_TRANSLATE_NOOP("reports", "Retainer"),
    "draft": QT_TRANSLATE_NOOP("reports", "Draft"),
    "offered": QT_TRANSLATE_NOOP("reports", "Offered"),
    "paused": QT_TRANSLATE_NOOP("reports", "Paused"),
    "ended": QT_TRANSLATE_NOOP("reports", "Ended"),
    # payments and their corrections
    "corrected": QT_TRANSLATE_NOOP("reports", "Corrected"),
    "removed": QT_TRANSLATE_NOOP("reports", "Removed"),
    "milestone": QT_TRANSLATE_NOOP("reports", "Milestone"),
    "bonus": QT_TRANSLATE_NOOP("reports", "Bonus"),
    "weekly_payment": QT_TRANSLATE_NOOP("reports", "Weekly payment"),
    "fee": QT_TRANSLATE_NOOP("reports", "Fee"),
    "refund": QT_TRANSLATE_NOOP("reports", "Refund"),
    "other": QT_TRANSLATE_NOOP("reports", "Other"),
    # channels
    "chat": QT_TRANSLATE_NOOP("reports", "Chat"),
    "email": QT_TRANSLATE_NOOP("reports", "E-mail"),
    "call": QT_TRANSLATE_NOOP("reports", "Call"),
    "video": QT_TRANSLATE_NOOP("reports", "Video call"),
    "recorded_video": QT_TRANSLATE_NOOP("reports", "Recorded video"),
    "note": QT_TRANSLATE_NOOP("reports", "Note"),
    "phone": QT_TRANSLATE_NOOP("reports", "Phone"),
    # scope changes
    "end_date": QT_TRANSLATE_NOOP("reports", "End date"),
    "weekly_limit": QT_TRANSLATE_NOOP("reports", "Weekly limit"),
    "milestone_added": QT_TRANSLATE_NOOP("reports", "Milestone added"),
    "milestone_edited": QT_TRANSLATE_NOOP("reports", "Milestone edited"),
    "rate": QT_TRANSLATE_NOOP("reports", "Rate"),
    "resumed": QT_TRANSLATE_NOOP("reports", "Resumed"),
    "me": QT_TRANSLATE_NOOP("reports", "Me"),
    "talent": QT_TRANSLATE_NOOP("reports", "Them"),
    # milestones
    "pending": QT_TRANSLATE_NOOP("reports", "Pending"),
    "submitted": QT_TRANSLATE_NOOP("reports", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("reports", "Approved"),
    "paid": QT_TRANSLATE_NOOP("reports", "Paid"),
    # files and documents
    "to_them": QT_TRANSLATE_NOOP("reports", "Sent to them"),
    "from_them": QT_TRANSLATE_NOOP("reports", "Received"),
    "agreement": QT_TRANSLATE_NOOP("reports", "Agreement"),
    "nda": QT_TRANSLATE_NOOP("reports", "NDA"),
    "insurance": QT_TRANSLATE_NOOP("reports", "Insurance"),
    "invoice": QT_TRANSLATE_NOOP("reports", "Invoice"),
    "deliverable": QT_TRANSLATE_NOOP("reports", "Deliverable"),
    "normal": QT_TRANSLATE_NOOP("reports", "Normal"),
    "confidential": QT_TRANSLATE_NOOP("reports", "Confidential"),
    "secret": QT_TRANSLATE_NOOP("reports", "Secret"),
    # feedback, appreciation, access
    "given": QT_TRANSLATE_NOOP("reports", "Given to them"),
    "received": QT_TRANSLATE_NOOP("reports", "Received from them"),
    "feedback_given": QT_TRANSLATE_NOOP("reports", "Feedback given"),
    "feedback_received": QT_TRANSLATE_NOOP("reports", "Feedback received"),
    "private_review": QT_TRANSLATE_NOOP("reports", "Private review"),
    "yes": QT_TRANSLATE_NOOP("reports", "Yes"),
    "maybe": QT_TRANSLATE_NOOP("reports", "Maybe"),
    "no": QT_TRANSLATE_NOOP("reports", "No"),
    "praise": QT_TRANSLATE_NOOP("reports", "Praise"),
    "testimonial_asked": QT_TRANSLATE_NOOP("reports", "Testimonial asked"),
    "testimonial_received": QT_TRANSLATE_NOOP("reports", "Testimonial received"),
    "referral": QT_TRANSLATE_NOOP("reports", "Referral"),
    "thanks_bonus": QT_TRANSLATE_NOOP("reports", "Bonus as thanks"),
    "access": QT_TRANSLATE_NOOP("reports", "Access"),
    "equipment": QT_TRANSLATE_NOOP("reports", "Equipment"),
    "read": QT_TRANSLATE_NOOP("reports", "Read"),
    "write": QT_TRANSLATE_NOOP("reports", "Write"),
    "admin": QT_TRANSLATE_NOOP("reports", "Admin"),
    "revoke_access": QT_TRANSLATE_NOOP("reports", "Revoke access"),
    "deliverables": QT_TRANSLATE_NOOP("reports", "Deliverables back"),
    "delete_data": QT_TRANSLATE_NOOP("reports", "Delete my data"),
    "feedback": QT_TRANSLATE_NOOP("reports", "Feedback"),
    "hire": QT_TRANSLATE_NOOP("reports", "Hire"),
    "no_hire": QT_TRANSLATE_NOOP("reports", "Do not hire"),
    # review decisions
    "done": QT_TRANSLATE_NOOP("reports", "Done"),
    "snoozed": QT_TRANSLATE_NOOP("reports", "Snoozed"),
    "dismissed": QT_TRANSLATE_NOOP("reports", "Dismissed"),
    "acted": QT_TRANSLATE_NOOP("reports", "Acted on"),
}


def word(key: str | None) -> str:
    """The reader's word for an enumeration value; unknown values are made readable."""
    if not key:
        return ""
    if key in _WORDS:
        return tr(_WORDS[key])
    return key.replace("_", " ").capitalize()
