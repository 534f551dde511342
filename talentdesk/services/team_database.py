"""Connecting to a team database: the details a person gives checked against the server before anything
switches to it, each failure said next to the detail to fix, and the password kept in the system keyring
(store/dialect.py is the one home of it) or not at all — never in the settings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..store import dialect
from ..store.migrations import latest_version
from .errors import QT_TRANSLATE_NOOP, Refused, ValidationError

SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable", "allow")
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class Details:
    """What the Connect dialog asks for (the password is handed on its own and never kept here)."""

    host: str
    port: int
    database: str
    user: str
    sslmode: str = "prefer"

    def url(self) -> str:
        return dialect.build_url(self.host.strip(), self.port, self.database.strip(), self.user.strip(),
                                 self.sslmode)


@dataclass(frozen=True)
class Found:
    """A team database that can be used: where it is, and whether TalentDesk will set it up (empty)."""

    where: str
    empty: bool


def details_of(url: str) -> tuple[Details, str]:
    """A pasted URL's details and the password it holds ("" when none)."""
    text = (url or "").strip()
    if not dialect.is_team_url(text):
        raise ValidationError("address", QT_TRANSLATE_NOOP("errors", "is not a team database's address: it begins with "
                                                                 "postgresql://, like postgresql://me@server/team."))
    try:
        parts = dialect.url_parts(text)
    except ValueError:
        raise ValidationError("address", QT_TRANSLATE_NOOP("errors", "cannot be read: check it was copied whole.")) from None
    try:
        port = int(parts.get("port") or DEFAULT_PORT)
    except ValueError:
        raise ValidationError("address", QT_TRANSLATE_NOOP("errors", "names a port that is not a number.")) from None
    sslmode = parts.get("sslmode") or "prefer"
    return Details(parts.get("host") or "localhost", port, parts.get("dbname") or "", parts.get("user") or "",
                   sslmode if sslmode in SSL_MODES else "prefer"), parts.get("password") or ""


def _validated(details: Details) -> Details:
    for field, value in (("server", details.host), ("database", details.database), ("user name", details.user)):
        if not value.strip():
            raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "is required."))
    if not 1 <= details.port <= 65535:
        raise ValidationError("port", QT_TRANSLATE_NOOP("errors", "must be between 1 and 65535."))
    if details.sslmode not in SSL_MODES:
        raise ValidationError("SSL mode", QT_TRANSLATE_NOOP("errors", "is not one libpq knows."))
    return details


# What the server or libpq says (a pattern of its message): the detail to fix, and what to say next to it.
_REFUSALS = (
    (r"password authentication failed|no password supplied|password is required", "password", "wrong password"),
    (r"role .* does not exist", "user name", "unknown role"),
    (r"database .* does not exist", "database", "no database"),
    (r"permission denied for database", "user name", "no grant"),
    (r"pg_hba\.conf", "user name", "not from here"),
    (r"\bssl\b", "SSL mode", "ssl"),
    (r"translate host name|name or service not known|nodename nor servname", "server", "unknown host"),
    (r"connection refused|timeout expired|timed out|no route to host|network is unreachable|could not connect|"
     r"connection to server", "server", "unreachable"),
)
_SAID = {
    "wrong password": QT_TRANSLATE_NOOP("errors", "was not accepted by the server: type it again, or ask whoever "
                                                  "runs the server for the right one."),
    "unknown role": QT_TRANSLATE_NOOP("errors", "is not known to the server: check the name, or ask whoever runs "
                                                "the server to create it (the README says how)."),
    "no database": QT_TRANSLATE_NOOP("errors", "does not exist on this server: check the name, or ask whoever runs "
                                               "the server to create it (the README says how)."),
    "no grant": QT_TRANSLATE_NOOP("errors", "may not connect to this database: ask whoever runs the server to "
                                            "grant it."),
    "not from here": QT_TRANSLATE_NOOP("errors", "may not connect from this computer (the server's pg_hba.conf): "
                                                 "ask whoever runs the server to allow it."),
    "ssl": QT_TRANSLATE_NOOP("errors", "does not suit this server: choose “prefer”, or ask whoever runs the "
                                       "server which mode it needs."),
    "unknown host": QT_TRANSLATE_NOOP("errors", "is not a name this computer can find: check the spelling and "
                                                "your network."),
    "unreachable": QT_TRANSLATE_NOOP("errors", "cannot be reached: check the server's name and port, that it is "
                                               "running, and your network (a VPN?)."),
}


def _refusal(message: str) -> ValidationError:
    for pattern, field, key in _REFUSALS:
        if re.search(pattern, message, re.IGNORECASE):
            return ValidationError(field, _SAID[key])
    last = message.strip().splitlines()[-1] if message.strip() else ""
    return ValidationError("server", QT_TRANSLATE_NOOP("errors", "refused the connection: {reason}"), reason=last)


def check(details: Details, password: str = "") -> Found:
    """Connect once, read only, and say whether this is a team database TalentDesk can use (or an empty one
    it will set up). Raises ValidationError naming the detail to fix."""
    import psycopg

    url = _validated(details).url()
    try:
        tables, version = dialect.probe(url, password or None)
    except psycopg.Error as exc:
        raise _refusal(str(exc)) from None
    if tables and version is None:
        raise ValidationError("database", QT_TRANSLATE_NOOP(
            "errors", "holds other tables and is not a TalentDesk database: choose an empty database, or one a "
                      "TalentDesk team already uses."))
    if version is not None and version > latest_version():
        raise ValidationError("database", QT_TRANSLATE_NOOP(
            "errors", "was set up by a newer TalentDesk (schema {found}; this one knows up to {known}): install the "
                      "newer version on this computer, then connect."), found=version, known=latest_version())
    return Found(dialect.where(url), empty=not tables)


def keep_password(url: str, password: str, *, in_keyring: bool) -> None:
    """Use ``password`` for this team database from now on: for this run only, or also in the system keyring.
    Refuses, saying what to do instead, when this computer has no keyring."""
    try:
        dialect.use_password(url, password, keep=in_keyring)
    except Exception as exc:  # noqa: BLE001 - any keyring failure (none installed, locked, refused) is said alike
        raise Refused(QT_TRANSLATE_NOOP("errors", "The password could not be saved in this computer's keyring "
                                                  "({reason}). Connect without saving it, or put it in libpq's "
                                                  "password file (~/.pgpass)."), reason=str(exc) or type(exc).__name__) from None


def without_password(url: str) -> str:
    """The address as it may be shown and remembered: any password taken out."""
    return dialect.without_password(url)


def prepare(details: Details, password: str = "", *, save_password: bool) -> Found:
    """Check the team database (``check``), then keep its password as asked (``keep_password``): nothing is
    kept when the check fails."""
    found = check(details, password)
    keep_password(details.url(), password, in_keyring=save_password)
    return found
