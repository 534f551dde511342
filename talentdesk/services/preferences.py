"""The settings dialog's save: every value validated (naming its field), then written in one go."""
from __future__ import annotations

from typing import Any

from ..store.db import database
from . import review_rules, settings, tax_year
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .money import check_currency

GENERAL_LIMITS = {
    "file_size_limit_mb": ("largest file", 1, 4096),
    "bonus_window_days": ("bonus window", 0, 3650),
    "backup_keep_daily": ("daily backups", 1, 365),
    "backup_keep_monthly": ("monthly backups", 0, 120),
    "rate_max_age_days": ("oldest rate", 0, 366),
    "tax_year_start_month": ("tax year start", 1, 12),
    "tax_year_start_day": ("tax year start", 1, 31),
}


def validated(values: dict[str, Any]) -> dict[str, Any]:
    """Clean values for the keys given; raises ValidationError naming the setting's key."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in settings.DEFAULTS:
            raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "is not a setting."))
        if key == "user_name":
            out[key] = v.text(value, key, max_length=200)
        elif key == "date_format":
            if value not in settings.DATE_FORMATS:
                raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "choose one of the date formats offered."))
            out[key] = value
        elif key == "paper_size":
            if value not in settings.PAPER_SIZES:
                raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "choose A4, Letter, or the one your region "
                                                                       "uses."))
            out[key] = value
        elif key == "my_timezone":
            out[key] = v.timezone(value, key)
        elif key == "default_currency":
            out[key] = check_currency(value, key)
        elif key == "home_currency":
            out[key] = check_currency(value, key) if (value or "").strip() else ""
        elif key in ("my_working_hours_start", "my_working_hours_end"):
            out[key] = v.integer(value, "my_working_hours", low=0, high=1440)
        elif key in GENERAL_LIMITS:
            _label, low, high = GENERAL_LIMITS[key]
            out[key] = v.integer(value, key, low=low, high=high)
        elif key.startswith("review.") and key.endswith(".on"):
            out[key] = bool(value)
        elif key.startswith("review."):
            _, rule_name, threshold_key = key.split(".")
            threshold = next(t for t in review_rules.BY_NAME[rule_name].thresholds if t.key == threshold_key)
            out[key] = v.integer(value, key, low=threshold.low, high=threshold.high)
        else:
            out[key] = value
    start = out.get("my_working_hours_start", settings.get("my_working_hours_start"))
    end = out.get("my_working_hours_end", settings.get("my_working_hours_end"))
    if end <= start:
        raise ValidationError("my_working_hours", QT_TRANSLATE_NOOP("errors", "the end of the working day must come "
                                                                              "after its start."))
    tax_year.check_start(out.get("tax_year_start_month", settings.get("tax_year_start_month")),
                         out.get("tax_year_start_day", settings.get("tax_year_start_day")))
    return out


def save(values: dict[str, Any]) -> None:
    clean = validated(values)
    with database.atomic():
        for key, value in clean.items():
            settings.set(key, value)
