"""Shared by the interchange tests: the fixtures folder and a snapshot of the whole database."""
from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def snapshot(db) -> list[str]:
    """Every row of every table (an SQL dump): equal snapshots mean an unchanged database."""
    return list(db.connection().iterdump())
