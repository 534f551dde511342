"""Headline figures for the window's status line and the first-run check."""
from __future__ import annotations

from ..store.models import Contract, Talent
from . import settings


def counts() -> dict[str, int]:
    """Headline counts, and whether this is a first run (no people yet, welcome not dismissed)."""
    talents = Talent.select().count()
    return {
        "talent": talents,
        "contract": Contract.select().count(),
        "first_run": talents == 0 and not settings.get("onboarded"),
    }
