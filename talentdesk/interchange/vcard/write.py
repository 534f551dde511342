"""Writing vCard 3.0 (RFC 2426) and 4.0 (RFC 6350): strict, so that any reader gets back what was written.

Every text value is escaped (backslash, comma, semicolon, line breaks), every parameter value is
quoted with RFC 6868 caret escapes, URIs carry no raw control character or backslash; lines end in
CRLF and are folded at 75 octets without splitting a UTF-8 character; UID and REV always.

Private notes stay out, and so do archived and do-not-rehire people, unless asked for.
"""
from __future__ import annotations

import base64
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from ...services import talents as talent_service
from ...services.import_store import TalentRecord, utcnow
from ..report import InterchangeError
from .importer import photo_bytes


def escape(text: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, every line break as ``\\n``."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def param(text: str) -> str:
    """A parameter value: quoted, with RFC 6868 caret escapes (^^, ^n, ^') and no other control character."""
    text = text.replace("^", "^^").replace('"', "^'").replace("\r\n", "^n").replace("\n", "^n").replace("\r", "^n")
    return '"' + re.sub(r"[\x00-\x1f\x7f]", "", text) + '"'


def uri(text: str) -> str:
    """A URI value: percent-encodes what may not stand raw in one (controls, spaces, backslash, quotes)."""
    return re.sub(r"[\x00-\x20\x7f\\\"]", lambda m: quote(m.group(0)), text)


def chat_uri(value: str) -> str:
    """A chat address as an ``x-chat:`` URI: everything but unreserved characters and @ percent-encoded."""
    return "x-chat:" + quote(value, safe="@-._~+")


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line at ``limit`` octets, never inside a UTF-8 character; CRLF ends each line."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    room = limit
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > room:
            out.append("".join(current))
            current, size = [], 0
            room = limit - 1  # continuation lines start with a space
        current.append(char)
        size += width
    out.append("".join(current))
    return "\r\n ".join(out) + "\r\n"


_KNOWN_TYPES = {"home", "work", "mobile", "fax", "pager", "voice", "cell", "video", "text"}


def _typed(name: str, label: str, preferred: bool, version: str, index: list[int], extra: str = "") -> tuple[str, list[str]]:
    """The property name with TYPE parameters; a custom label goes into an item group with X-ABLabel."""
    words = label.casefold().split()
    known = bool(words) and all(w in _KNOWN_TYPES for w in words)
    types = ["CELL" if w == "mobile" else w.upper() for w in words] if known else []
    if extra:
        types.insert(0, extra)
    params = ""
    if version == "4.0":
        if types:
            params += ";TYPE=" + (",".join(t.lower() for t in types) if len(types) == 1 else
                                  '"' + ",".join(t.lower() for t in types) + '"')
        if preferred:
            params += ";PREF=1"
    else:
        if preferred:
            types.append("PREF")
        if types:
            params += ";TYPE=" + ",".join(types)
    if label and not known:
        index[0] += 1
        group = f"item{index[0]}"
        return f"{group}.{name}{params}", [f"{group}.X-ABLabel:{escape(label)}"]
    return f"{name}{params}", []


def _mime(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\x89PNG"):
        return "PNG", "image/png"
    if data.startswith(b"GIF8"):
        return "GIF", "image/gif"
    return "JPEG", "image/jpeg"


def _name_lines(talent: TalentRecord, name: str) -> list[str]:
    parts = talent_service.name_parts(talent.id)
    # With no parts kept, the whole name goes in the given-name part: splitting it would guess
    # (the last word is not the family name in "Nguyễn Thị Lan"), and the reader takes this back as no parts.
    family, given, additional = (parts.family, parts.given, parts.additional) if not parts.is_empty() else ("", name, "")
    n = ";".join(escape(x) for x in (family, given, additional, parts.prefix, parts.suffix))
    formatted = " ".join(x for x in (parts.prefix, name, parts.suffix) if x)
    return [f"FN:{escape(formatted)}", f"N:{n}"]


def card_for(talent: TalentRecord, version: str = "3.0", folder: Path | None = None, *, include_notes: bool = False) -> str:
    data = talent_service.load_input(talent.id)
    lines = ["BEGIN:VCARD", f"VERSION:{version}", "PRODID:-//TalentDesk//TalentDesk//EN",
             f"UID:urn:uuid:{talent.uuid}"]
    stamp = (talent.updated_at or utcnow())
    lines.append(f"REV:{stamp:%Y%m%dT%H%M%SZ}")
    lines += _name_lines(talent, data.name)
    if data.headline:
        title, sep, org = data.headline.rpartition(" at ")
        if sep and title and org:
            lines += [f"TITLE:{escape(title)}", f"ORG:{escape(org)}"]
        else:
            lines.append(f"TITLE:{escape(data.headline)}")
    group = [0]
    for chan in data.channels:
        if chan.kind == "chat":
            head = "IMPP" + (f";X-SERVICE-TYPE={param(chan.label)}" if chan.label.strip() else "") + (
                ";PREF=1" if chan.preferred and version == "4.0" else "")
            lines.append(f"{head}:{chat_uri(chan.value)}")
            continue
        if chan.kind == "email":
            head, extra = _typed("EMAIL", chan.label, chan.preferred, version, group,
                                 "INTERNET" if version == "3.0" else "")
        elif chan.kind == "phone":
            head, extra = _typed("TEL", chan.label, chan.preferred, version, group)
            if chan.value[:4].casefold() == "tel:":  # readers take a leading tel: as the URI scheme: keep this one
                lines.append(f"{head}:tel:{escape(chan.value)}")
                lines += extra
                continue
        else:
            head, extra = _typed("X-TALENTDESK-CONTACT", chan.label, chan.preferred, version, group)
        lines.append(f"{head}:{escape(chan.value)}")
        lines += extra
    for link in data.links:
        head, extra = _typed("URL", link.label, False, version, group)
        lines.append(f"{head}:{uri(link.url)}")
        lines += extra
    if data.location:
        lines.append(f"ADR:;;;{escape(data.location)};;;")
    if data.timezone:
        lines.append(f"TZ;VALUE=text:{escape(data.timezone)}" if version == "3.0" else f"TZ:{escape(data.timezone)}")
    if data.skills:
        lines.append("CATEGORIES:" + ",".join(escape(name) for name, _level in data.skills))
    if data.notes and include_notes:
        lines.append(f"NOTE:{escape(data.notes)}")
    if talent.photo_sha256:
        raw = photo_bytes(talent.photo_sha256, folder)
        if raw is not None:
            kind, mime = _mime(raw)
            encoded = base64.b64encode(raw).decode("ascii")
            lines.append(f"PHOTO;ENCODING=b;TYPE={kind}:{encoded}" if version == "3.0"
                         else f"PHOTO:data:{mime};base64,{encoded}")
    lines.append("END:VCARD")
    return "".join(fold(line) for line in lines)


def export_file(out: Path, *, version: str = "3.0", talent_ids: list[int] | None = None,
                include_notes: bool = False, include_archived: bool = False,
                report: Callable[[float, str], None] | None = None) -> int:
    """Write the chosen people (default: everyone exportable) to one .vcf; returns how many.

    Archived and do-not-rehire people are left out unless ``include_archived``; private notes
    unless ``include_notes``.
    """
    if version not in ("3.0", "4.0"):
        raise InterchangeError(f"vCard version must be 3.0 or 4.0, not {version}")
    people = talent_service.for_export(talent_ids, include_archived=include_archived)
    chunks = []
    for index, talent in enumerate(people):
        if report and index % 50 == 0:
            report(index / max(1, len(people)), "Writing contacts…")
        chunks.append(card_for(talent, version, include_notes=include_notes))
    from ..csv_out import write_atomic

    write_atomic(Path(out), "".join(chunks).encode("utf-8"))
    return len(people)
