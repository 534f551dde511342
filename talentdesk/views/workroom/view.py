"""The workroom screen (placeholder until its own issue builds it)."""
from __future__ import annotations

from ...app.context import AppContext
from ..placeholder import PlaceholderView


def create(ctx: AppContext) -> PlaceholderView:
    return PlaceholderView(ctx, "Workroom", "One room per contract: terms, messages, files, milestones, hours, payments, scope changes and access.")
