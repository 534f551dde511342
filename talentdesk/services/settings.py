"""User settings that belong with the data (they travel in backups): my day, thresholds, limits.

Window geometry and other per-machine view state live in QSettings instead (app/).
"""
from __future__ import annotations

import json
from typing import Any

from ..store.db import database
from ..store.models import Setting

DEFAULTS: dict[str, Any] = {
    "user_name": "",  # the PDFs' author
    "date_format": "system",  # formatting.DATE_FORMATS: "system" (the locale's), "iso", "dmy", "mdy", "dmy_dots"
    "my_timezone": "UTC",
    "my_working_hours_start": 9 * 60,
    "my_working_hours_end": 17 * 60,
    "default_currency": "USD",
    # Totals across currencies are given in this one (services/exchange.py); "" follows the locale.
    "home_currency": "",
    # A payment takes the rate of the nearest earlier day with one, if not older than this (weekends, holidays).
    "rate_max_age_days": 7,
    # The tax year starts on this month and day (1 January: the calendar year; the UK's: 4 and 6).
    "tax_year_start_month": 1,
    "tax_year_start_day": 1,
    # A bonus is allowed while a contract runs and this many days after its end (Upwork: 365).
    "bonus_window_days": 365,
    "file_size_limit_mb": 200,
    "paper_size": "",  # "" follows the locale; "A4" or "Letter"
    "backup_keep_daily": 14,
    "backup_keep_monthly": 12,
    "onboarded": False,
    # My record as a client (services/my_record.py): an hourly week counts as paid on time within these days.
    "record.hourly_paid_within_days": 10,
    # Review queue rules (services/review_rules.py): each rule's on/off switch and thresholds.
    "review.contract_ending.on": True,
    "review.contract_ending.days": 14,
    "review.feedback_owed.on": True,
    "review.feedback_owed.days": 14,
    "review.rate_stale.on": True,
    "review.rate_stale.months": 12,
    "review.retainer.on": True,
    "review.retainer.percent": 50,
    "review.retainer.weeks": 4,
    "review.retainer.renewal_days": 14,
    "review.hours_limit.on": True,
    "review.hours_limit.percent": 90,
    "review.access_open.on": True,
    "review.access_open.grace_days": 0,
    "review.offboarding_open.on": True,
    "review.offboarding_open.grace_days": 7,
    "review.revoke_due.on": True,
    "review.milestone_overdue.on": True,
    "review.milestone_overdue.grace_days": 0,
    "review.milestone_waiting.on": True,
    "review.milestone_waiting.days": 1,
    "review.question_unanswered.on": True,
    "review.question_unanswered.hours": 8,
    "review.stay_in_touch.on": True,
    "review.stay_in_touch.default_days": 30,
    "review.test_decision.on": True,
    "review.test_decision.grace_days": 0,
    "review.document_expiring.on": True,
    "review.document_expiring.days": 30,
    "review.appreciation.on": True,
    "review.appreciation.days": 30,
    "review.classification.on": True,
    "review.classification.min_points": 3,
}


# Keys renamed since a release: a folder saved before keeps its value under the old key.
FORMER_KEYS = {"user_name": "my_name"}
DATE_FORMATS = ("system", "iso", "dmy", "mdy", "dmy_dots")  # formatting.DATE_PATTERNS spells each out
PAPER_SIZES = ("", "A4", "Letter")


def get(key: str) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None and key in FORMER_KEYS:
        row = Setting.get_or_none(Setting.key == FORMER_KEYS[key])
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def set(key: str, value: Any) -> None:  # noqa: A001 - the natural name in this module
    with database.atomic():
        Setting.insert(key=key, value=json.dumps(value)).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: json.dumps(value)}
        ).execute()


def all_settings() -> dict[str, Any]:
    values = dict(DEFAULTS)
    stored = {row.key: json.loads(row.value) for row in Setting.select()}
    for key, former in FORMER_KEYS.items():
        if key not in stored and former in stored:
            stored[key] = stored[former]
    values.update({key: value for key, value in stored.items() if key not in FORMER_KEYS.values()})
    return values
