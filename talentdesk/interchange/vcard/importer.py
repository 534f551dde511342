"""Importing a vCard file: each card matched to a person (UID, e-mail, then name and phone) and merged.

The merge policy is the one of every import of people (services/people_merge.py): empty fields are
filled, new channels, links and skills added, and each field the card disagrees with is reported as a
conflict and left as the user wrote it. All cards in one transaction; a dry run changes nothing.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ...services import files, import_store, people_merge
from ...services import talents as talent_service
from ...services.errors import ValidationError
from ...services.import_store import TalentRecord
from .. import csv_in
from ..report import ImportReport, InterchangeError, all_or_nothing, data_dir
from .read import Person, parse_people


def decode_file(data: bytes, path: str | None = None) -> str:
    text, _used, _notes = csv_in.decode(data, path=path)
    return text


def read_people(path: Path) -> tuple[list[Person], list[tuple[int, str]]]:
    """(people, warnings with lines) of a .vcf file."""
    text = decode_file(csv_in.read_bytes(Path(path)), str(path))
    if "BEGIN:VCARD" not in text.upper():
        raise InterchangeError("no vCard found (the file has no BEGIN:VCARD … END:VCARD)", path=str(path))
    return parse_people(text)


def store_photo(data: bytes, folder: Path | None = None) -> str:
    """Keep the photo under its SHA-256 with the stored files; returns the hash."""
    return files.stored(folder or data_dir()).write([data])[0]


def photo_bytes(digest: str, folder: Path | None = None) -> bytes | None:
    """A stored photo's bytes, or None when they are missing."""
    return files.stored_bytes(folder or data_dir(), digest)


def _find(person: Person) -> TalentRecord | None:
    if person.uuid:
        found = import_store.talent_by_uuid(person.uuid)
        if found:
            return found
    for email in person.emails:
        found = import_store.talent_by_email(email.value)
        if found:
            return found
    if person.uid or person.emails:
        return None
    # No UID and no e-mail (phone-only address books): the same name with a phone in common.
    from ..people import name_key

    phones = {c.value for c in person.phones}
    for candidate in import_store.talents_named(person.name):
        if name_key(candidate.name) != name_key(person.name):
            continue
        theirs = import_store.phones_of(candidate.id)
        if phones & theirs or not (phones or theirs):
            return candidate
    return None


def incoming(person: Person) -> people_merge.Incoming:
    return people_merge.Incoming(
        name=person.name, headline=person.headline[:300], location=person.location, timezone=person.timezone,
        notes=person.note, channels=person.emails + person.phones + person.chats, links=person.urls,
        skills=person.skills)


def import_file(path: Path, *, dry_run: bool = False, report: Callable[[float, str], None] | None = None) -> ImportReport:
    """Import every card: matched by UID, then e-mail, and merged; otherwise added. One transaction."""
    progress = report or (lambda _f, _t: None)
    path = Path(path)
    people, warnings = read_people(path)
    if not people and not warnings:
        raise InterchangeError("no vCard found (the file has no BEGIN:VCARD … END:VCARD)", path=str(path))
    result = ImportReport(source=path.name, kind="vcard", dry_run=dry_run, rows=len(people))
    for line, text in warnings:
        result.warn(text, line)
    with all_or_nothing(dry_run):
        for index, person in enumerate(people):
            progress(index / max(1, len(people)), f"Importing {person.name}…")
            for line, text in person.warnings:
                result.warn(f"{person.name}: {text}", line)
            _import_person(person, result, dry_run)
    progress(1.0, "Done")
    return result


def _import_person(person: Person, result: ImportReport, dry_run: bool) -> None:
    existing = _find(person)
    try:
        if existing is None:
            talent_id = talent_service.create_talent(people_merge.new_person(incoming(person)))
            if person.uuid:
                import_store.give_uuid(talent_id, person.uuid)
            result.add(person.name, person.line, table="talent")
        else:
            talent_id = existing.id
            merged = people_merge.merge(talent_service.load_input(talent_id), incoming(person))
            for conflict in merged.conflicts:
                result.conflict(existing.name, conflict.field, conflict.ours, conflict.theirs, person.line)
            new_photo = bool(person.photo and existing.photo_sha256 is None)
            if merged.filled or merged.added or new_photo:
                talent_service.update_talent(talent_id, merged.data)
                what = ", ".join([*(f"{f} filled" for f in merged.filled), *(f"{a} added" for a in merged.added),
                                  *(["photo added"] if new_photo else [])])
                result.update(existing.name, person.line, reason=what)
            elif not merged.conflicts:
                result.skip(existing.name, "already up to date", person.line)
        parts = talent_service.name_parts(talent_id)
        if parts.is_empty() and not person.name_parts.is_empty():
            talent_service.set_name_parts(talent_id, person.name_parts)
    except ValidationError as exc:
        result.skip(person.name, f"{exc.field}: {exc.message}", person.line)
        return
    if person.photo and not dry_run and not import_store.talent_by_id(talent_id).photo_sha256:
        import_store.set_photo(talent_id, store_photo(person.photo))
