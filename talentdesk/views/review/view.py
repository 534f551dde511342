"""The review session screen (placeholder until its own issue builds it)."""
from __future__ import annotations

from ...app.context import AppContext
from ..placeholder import PlaceholderView


def create(ctx: AppContext) -> PlaceholderView:
    return PlaceholderView(ctx, "Review session", "Go through the relationships that need a decision, one card at a time.")
