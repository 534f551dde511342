"""Words for the domain's enumerations and locale-aware formatting of money, dates and hours."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from .. import formatting

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("labels", "Draft"),
    "offered": QT_TRANSLATE_NOOP("labels", "Offered"),
    "active": QT_TRANSLATE_NOOP("labels", "Active"),
    "paused": QT_TRANSLATE_NOOP("labels", "Paused"),
    "ended": QT_TRANSLATE_NOOP("labels", "Ended"),
}
CONTRACT_KIND_LABELS = {
    "hourly": QT_TRANSLATE_NOOP("labels", "Hourly"),
    "fixed": QT_TRANSLATE_NOOP("labels", "Fixed price"),
    "retainer": QT_TRANSLATE_NOOP("labels", "Retainer"),
}
CHANNEL_LABELS = {
    "chat": QT_TRANSLATE_NOOP("labels", "Chat"),
    "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
    "call": QT_TRANSLATE_NOOP("labels", "Call"),
    "video": QT_TRANSLATE_NOOP("labels", "Video call"),
    "recorded_video": QT_TRANSLATE_NOOP("labels", "Recorded video"),
    "note": QT_TRANSLATE_NOOP("labels", "Note"),
}
PAYMENT_KIND_LABELS = {
    "hourly": QT_TRANSLATE_NOOP("labels", "Hourly"),
    "milestone": QT_TRANSLATE_NOOP("labels", "Milestone"),
    "bonus": QT_TRANSLATE_NOOP("labels", "Bonus"),
    "weekly_payment": QT_TRANSLATE_NOOP("labels", "Weekly payment"),
    "fee": QT_TRANSLATE_NOOP("labels", "Fee"),
    "refund": QT_TRANSLATE_NOOP("labels", "Refund"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
SCOPE_KIND_LABELS = {
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
MILESTONE_STATUS_LABELS = {
    "pending": QT_TRANSLATE_NOOP("labels", "Pending"),
    "submitted": QT_TRANSLATE_NOOP("labels", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("labels", "Approved"),
    "paid": QT_TRANSLATE_NOOP("labels", "Paid"),
}
DIRECTION_LABELS = {
    "to_them": QT_TRANSLATE_NOOP("labels", "To them"),
    "from_them": QT_TRANSLATE_NOOP("labels", "From them"),
}
SENSITIVITY_LABELS = {
    "normal": QT_TRANSLATE_NOOP("labels", "Normal"),
    "confidential": QT_TRANSLATE_NOOP("labels", "Confidential"),
    "secret": QT_TRANSLATE_NOOP("labels", "Secret"),
}
DOCUMENT_KIND_LABELS = {
    "agreement": QT_TRANSLATE_NOOP("labels", "Agreement"),
    "nda": QT_TRANSLATE_NOOP("labels", "NDA"),
    "insurance": QT_TRANSLATE_NOOP("labels", "Insurance"),
    "tax_form": QT_TRANSLATE_NOOP("labels", "Tax form"),
    "id": QT_TRANSLATE_NOOP("labels", "ID"),
    "invoice": QT_TRANSLATE_NOOP("labels", "Invoice"),
    "deliverable": QT_TRANSLATE_NOOP("labels", "Deliverable"),
    "other": QT_TRANSLATE_NOOP("labels", "Other file"),
}
TIER_LABELS = {
    "read": QT_TRANSLATE_NOOP("labels", "Read"),
    "write": QT_TRANSLATE_NOOP("labels", "Write"),
    "admin": QT_TRANSLATE_NOOP("labels", "Admin"),
}
REQUESTER_LABELS = {
    "me": QT_TRANSLATE_NOOP("labels", "I did"),
    "talent": QT_TRANSLATE_NOOP("labels", "They did"),
}
AUTHOR_LABELS = {
    "me": QT_TRANSLATE_NOOP("labels", "Me"),
    "them": QT_TRANSLATE_NOOP("labels", "Them"),
}


def label(table: dict[str, str], key: str | None) -> str:
    """The translated word for an enumeration value (the raw value when unknown)."""
    if key is None:
        return ""
    return QCoreApplication.translate("labels", table[key]) if key in table else key


def money(minor: int | None, currency: str) -> str:
    """An amount in the user's locale: ``$1,234.50`` or ``CHF 1,234.50``."""
    return formatting.money(minor, currency)


def day(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.ShortFormat)


def instant(value: dt.datetime | None) -> str:
    """A UTC instant in local time."""
    if value is None:
        return ""
    utc = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second),
                    QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), QLocale.ShortFormat)


def hours(minutes: int | None) -> str:
    if minutes is None:
        return ""
    return QCoreApplication.translate("labels", "{h} h").format(h=QLocale().toString(minutes / 60, "f", 1))


def number(value: int) -> str:
    return QLocale().toString(value)

