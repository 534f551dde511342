"""The bench screen (placeholder until its own issue builds it)."""
from __future__ import annotations

from ...app.context import AppContext
from ..placeholder import PlaceholderView


def create(ctx: AppContext) -> PlaceholderView:
    return PlaceholderView(ctx, "Bench", "Everyone you have worked with or want to: search, filter and rehire.")
