"""Errors the services raise for a person to read (never a traceback)."""
from __future__ import annotations


class ServiceError(Exception):
    """Something the user asked for cannot be done; the message says why and what to do."""


class ValidationError(ServiceError):
    """Input that cannot be saved. ``field`` names the input so a form can show it beside it."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(ServiceError):
    pass


class Refused(ServiceError):
    """A valid request the domain does not allow (e.g. deleting a person with contracts)."""


class Ambiguous(ServiceError):
    """A name that fits more than one record; ``matches`` lists them as the user can tell them apart."""

    def __init__(self, message: str, matches: list[str]):
        super().__init__("\n  ".join([message, *matches]))
        self.message = message
        self.matches = matches
