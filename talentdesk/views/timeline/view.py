"""The timeline screen (placeholder until its own issue builds it)."""
from __future__ import annotations

from ...app.context import AppContext
from ..placeholder import PlaceholderView


def create(ctx: AppContext) -> PlaceholderView:
    return PlaceholderView(ctx, "Timeline", "The history of every relationship: feedback, reviews, praise, bonuses, rate and scope changes.")
