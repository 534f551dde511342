"""vCard 2.1, 3.0 and 4.0 in, 3.0 (or 4.0) out — a tolerant reader and a strict writer of our own.

The reader normalises before it parses: any line end (CRLF, LF, CR, CR CR LF), folded lines,
quoted-printable soft line breaks (2.1), bare 2.1 type parameters, ``itemN.`` groups with
``X-ABLabel``, caret-escaped parameters (4.0), base64 photos in every spelling seen in the wild.
The writer emits CRLF, folds at 75 octets without splitting a UTF-8 character, escapes text and
always writes UID and REV.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import quopri
import re
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..services import talents as talent_service
from ..services import validate as v
from ..services.errors import ValidationError
from ..services.files import blob_path
from ..store.models import ContactChannel, Talent, utcnow
from . import csv_in
from .report import ImportReport, InterchangeError, all_or_nothing, data_dir

UID_NAMESPACE = uuidlib.UUID("5b1f6c9e-3a0e-4d8e-9a57-4c3e2f6d7a10")
IM_PROPERTIES = {
    "X-SKYPE": "Skype", "X-SKYPE-USERNAME": "Skype", "X-GTALK": "Google Talk", "X-AIM": "AIM", "X-YAHOO": "Yahoo",
    "X-MSN": "MSN", "X-ICQ": "ICQ", "X-JABBER": "Jabber", "X-QQ": "QQ", "X-MS-IMADDRESS": "IM", "IMPP": "",
}
_IGNORED_TYPES = {"pref", "internet", "x400", "voice", "msg", "text", "postal", "parcel", "dom", "intl"}


# -- reading ---------------------------------------------------------------------------


@dataclass
class Prop:
    line: int
    group: str
    name: str
    params: dict[str, list[str]]
    raw: str

    @property
    def types(self) -> list[str]:
        return [t.casefold() for t in self.params.get("TYPE", [])]

    @property
    def preferred(self) -> bool:
        return "pref" in self.types or bool(self.params.get("PREF"))

    def encoding(self) -> str:
        return (self.params.get("ENCODING", [""])[0]).upper()

    def decoded_bytes(self) -> bytes:
        if self.encoding() == "QUOTED-PRINTABLE":
            return quopri.decodestring(self.raw.encode("latin-1", errors="replace"))
        return self.raw.encode("utf-8")

    def text(self) -> str:
        """The value as text, with escapes undone and line ends as LF."""
        return unescape(self._decoded()).replace("\r\n", "\n").replace("\r", "\n")

    def parts(self) -> list[str]:
        """A structured value (N, ADR, ORG) split on unescaped semicolons."""
        return [unescape(p) for p in _split_unescaped(self._decoded(), ";")]

    def _decoded(self) -> str:
        if self.encoding() != "QUOTED-PRINTABLE":
            return self.raw
        data = self.decoded_bytes()
        charset = (self.params.get("CHARSET", ["utf-8"])[0]) or "utf-8"
        for name in (charset, "utf-8", "cp1252"):
            try:
                return data.decode(name)
            except (UnicodeDecodeError, LookupError):
                continue
        return data.decode("latin-1")


@dataclass
class Card:
    line: int
    props: list[Prop] = field(default_factory=list)

    def all(self, name: str) -> list[Prop]:
        return [p for p in self.props if p.name == name]

    def first(self, name: str) -> Prop | None:
        found = self.all(name)
        return found[0] if found else None

    def label_of(self, prop: Prop) -> str:
        if not prop.group:
            return ""
        for other in self.props:
            if other.group == prop.group and other.name == "X-ABLABEL":
                return re.sub(r"^_\$!<(.*)>!\$_$", r"\1", other.text()).strip()
        return ""


def _is_qp(line: str) -> bool:
    head = _split_value(line)[0]
    return "QUOTED-PRINTABLE" in head.upper()


def logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded content lines with the physical line each starts on."""
    text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    out: list[tuple[int, str]] = []
    soft_break = False
    for number, line in enumerate(text.split("\n"), start=1):
        if soft_break and out:  # 2.1 quoted-printable: "=" at the end continues on the next line
            start, previous = out[-1]
            out[-1] = (start, previous[:-1] + line)
        elif line[:1] in (" ", "\t") and out:
            start, previous = out[-1]
            out[-1] = (start, previous + line[1:])
        elif not line.strip():
            soft_break = False
            continue
        else:
            out.append((number, line))
        soft_break = out[-1][1].endswith("=") and _is_qp(out[-1][1])
    return out


def _split_value(line: str) -> tuple[str, str]:
    """name;params and value, split at the first colon outside double quotes."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:index], line[index + 1:]
    return line, ""


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    parts, current, quoted = [], [], False
    for char in text:
        if char == '"':
            quoted = not quoted
            current.append(char)
        elif char == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _split_unescaped(text: str, sep: str) -> list[str]:
    parts, current, escaped = [], [], False
    for char in text:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    return parts


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _caret(text: str) -> str:
    return re.sub(r"\^(.)", lambda m: {"n": "\n", "^": "^", "'": '"'}.get(m.group(1), "^" + m.group(1)), text)


def parse_prop(number: int, line: str) -> Prop | None:
    head, value = _split_value(line)
    pieces = _split_outside_quotes(head, ";")
    name = pieces[0].strip()
    group = ""
    if "." in name:
        group, name = name.rsplit(".", 1)
    if not name:
        return None
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        piece = piece.strip()
        if not piece:
            continue
        if "=" in piece:
            key, raw = piece.split("=", 1)
            values = [_caret(x.strip().strip('"')) for x in _split_outside_quotes(raw, ",")]
            params.setdefault(key.strip().upper(), []).extend(x for x in values if x)
        elif piece.upper() in ("QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"):
            params.setdefault("ENCODING", []).append(piece.upper())
        else:  # vCard 2.1 bare type: TEL;CELL;PREF
            params.setdefault("TYPE", []).append(piece)
    if "TYPE" in params:
        params["TYPE"] = [t for raw in params["TYPE"] for t in raw.split(",") if t]
    params = {key: values for key, values in params.items() if values}  # "ENCODING=" says nothing
    if params.get("ENCODING", [""])[0].upper() in ("B", "BASE64"):
        params["ENCODING"] = ["B"]
    return Prop(number, group.casefold(), name.upper(), params, value)


def read_cards(text: str) -> tuple[list[Card], list[tuple[int, str]]]:
    """The cards in a vCard file, and warnings (with lines) about what was odd."""
    cards: list[Card] = []
    warnings: list[tuple[int, str]] = []
    current: Card | None = None
    depth = 0
    for number, line in logical_lines(text.lstrip("\ufeff")):
        prop = parse_prop(number, line)
        if prop is None:
            continue
        if prop.name == "BEGIN" and prop.raw.strip().upper() == "VCARD":
            if current is not None:
                depth += 1  # a nested card (2.1 AGENT): its lines are ignored
                continue
            current = Card(number)
            continue
        if prop.name == "END" and prop.raw.strip().upper() == "VCARD":
            if depth:
                depth -= 1
            elif current is not None:
                cards.append(current)
                current = None
            continue
        if current is None:
            warnings.append((number, "text outside a BEGIN:VCARD … END:VCARD block was ignored"))
        elif not depth:
            current.props.append(prop)
    if current is not None:
        warnings.append((current.line, "the last card has no END:VCARD; read up to the end of the file"))
        cards.append(current)
    return cards, warnings


# -- cards to people -----------------------------------------------------------------


@dataclass
class Person:
    line: int
    name: str
    uid: str = ""
    uuid: str | None = None
    title: str = ""
    org: str = ""
    note: str = ""
    location: str = ""
    timezone: str = ""
    emails: list[talent_service.Channel] = field(default_factory=list)
    phones: list[talent_service.Channel] = field(default_factory=list)
    chats: list[talent_service.Channel] = field(default_factory=list)
    urls: list[talent_service.Link] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    photo: bytes | None = None
    warnings: list[tuple[int, str]] = field(default_factory=list)

    @property
    def headline(self) -> str:
        if self.title and self.org:
            return f"{self.title} at {self.org}"
        return self.title or self.org


def uid_to_uuid(uid: str) -> str | None:
    """A card's UID as the person's UUID: the UUID itself when it is one, else a stable derived one."""
    uid = uid.strip()
    if not uid:
        return None
    bare = re.sub(r"^urn:uuid:", "", uid, flags=re.IGNORECASE)
    try:
        return str(uuidlib.UUID(bare))
    except ValueError:
        return str(uuidlib.uuid5(UID_NAMESPACE, uid))


def _label(prop: Prop, card: Card) -> str:
    custom = card.label_of(prop)
    if custom:
        return custom[:40]
    types = [t for t in prop.types if t not in _IGNORED_TYPES]
    names = ["mobile" if t in ("cell", "mobile") else t for t in types]
    return " ".join(dict.fromkeys(names))[:40]


def _timezone(text: str) -> str | None:
    text = text.strip()
    if text in v.timezones():
        return text
    match = re.fullmatch(r"([+-])(\d{1,2}):?(\d{2})?", text)
    if match and (match.group(3) in (None, "00")):
        hours = int(match.group(2))
        if hours == 0:
            return "UTC"
        if hours <= 14:
            # Etc/GMT signs are inverted: UTC-05:00 is Etc/GMT+5.
            return f"Etc/GMT{'+' if match.group(1) == '-' else '-'}{hours}"
    return None


def _photo(prop: Prop) -> bytes | None:
    raw = prop.raw.strip()
    if prop.encoding() == "B" or raw.lower().startswith("data:"):
        if raw.lower().startswith("data:"):
            raw = raw.split(",", 1)[1] if "," in raw else ""
        try:
            data = base64.b64decode(re.sub(r"\s+", "", raw), validate=False)
        except (binascii.Error, ValueError):
            return None
        return data or None
    return None


def to_person(card: Card) -> Person | None:
    """What TalentDesk keeps of a card; None when it names nobody."""
    names = [p.text().strip() for p in card.all("FN")]
    name = next((n for n in names if n), "")
    n_prop = card.first("N")
    if not name and n_prop:
        parts = n_prop.parts() + [""] * 5
        name = " ".join(x for x in (parts[3], parts[1], parts[2], parts[0], parts[4]) if x.strip()).strip()
    org_prop = card.first("ORG")
    org = ", ".join(x.strip() for x in org_prop.parts() if x.strip()) if org_prop else ""
    emails = [p.text().strip() for p in card.all("EMAIL")]
    if not name:
        name = org or next((e for e in emails if e), "")
    if not name:
        return None
    person = Person(card.line, " ".join(name.split())[:200])
    uid = card.first("UID")
    if uid:
        person.uid = uid.text().strip()
        person.uuid = uid_to_uuid(person.uid)
    title = card.first("TITLE")
    person.title = " ".join(title.text().split()) if title else ""
    person.org = org
    notes = [p.text().strip() for p in card.all("NOTE") if p.text().strip()]
    person.note = "\n\n".join(notes)
    adr = card.first("ADR")
    if adr:
        parts = adr.parts() + [""] * 7
        person.location = ", ".join(x.strip() for x in (parts[3], parts[4], parts[6]) if x.strip())[:200]
    tz = card.first("TZ")
    if tz:
        zone = _timezone(tz.text())
        if zone:
            person.timezone = zone
        else:
            person.warnings.append((tz.line, f"time zone “{tz.text()}” is not an IANA zone; kept the default"))
    seen: set[tuple[str, str]] = set()

    def channel(kind: str, value: str, prop: Prop, label: str) -> None:
        key = (kind, value.casefold())
        if not value or key in seen:
            return
        seen.add(key)
        target = {"email": person.emails, "phone": person.phones}.get(kind, person.chats)
        target.append(talent_service.Channel(kind, value[:300], label, prop.preferred))

    for prop in card.all("EMAIL"):
        value = prop.text().strip()
        try:
            v.email(value)
        except ValidationError:
            person.warnings.append((prop.line, f"“{value}” is not an e-mail address; left out"))
            continue
        channel("email", value, prop, _label(prop, card))
    for prop in card.all("TEL"):
        value = re.sub(r"^tel:", "", prop.text().strip(), flags=re.IGNORECASE)
        channel("phone", value, prop, _label(prop, card))
    for prop in card.props:
        if prop.name in IM_PROPERTIES:
            value = prop.text().strip()
            service = prop.params.get("X-SERVICE-TYPE", [IM_PROPERTIES[prop.name]])[0]
            if prop.name == "IMPP":
                scheme, _, rest = value.partition(":")
                if rest and not service:
                    service = scheme.removeprefix("x-").capitalize() if scheme.lower() != "x-chat" else ""
                value = rest or value
            channel("chat", value, prop, (service or _label(prop, card))[:40])
        elif prop.name == "X-TALENTDESK-CONTACT":
            channel("other", prop.text().strip(), prop, _label(prop, card))
    for prop in card.all("URL"):
        value = prop.text().strip()
        if re.fullmatch(r"(www\.)?[\w-]+(\.[\w-]+)+(/\S*)?", value):
            value = "https://" + value  # a bare address, as phones write them
        try:
            v.url(value)
        except ValidationError:
            person.warnings.append((prop.line, f"“{value}” is not a web address; left out"))
            continue
        if value not in [u.url for u in person.urls]:
            person.urls.append(talent_service.Link(value, _label(prop, card)[:60]))
    for prop in card.all("CATEGORIES"):
        # Comma-separated; some writers (Thunderbird) escape the commas that separate them.
        for skill in re.split(r"\\?,", prop._decoded()):
            clean = " ".join(unescape(skill).split())[:80]
            if clean and clean.casefold() not in {s.casefold() for s in person.skills}:
                person.skills.append(clean)
    photo = card.first("PHOTO")
    if photo:
        person.photo = _photo(photo)
        if person.photo is None and photo.raw.strip():
            person.warnings.append((photo.line, "the photo is a link or unreadable; left out"))
    return person


def decode_file(data: bytes, path: str | None = None) -> str:
    text, _used, _notes = csv_in.decode(data, path=path)
    return text


def read_people(path: Path) -> tuple[list[Person], list[tuple[int, str]], int]:
    """(people, warnings, cards that name nobody)."""
    data = csv_in.read_bytes(Path(path))
    cards, warnings = read_cards(decode_file(data, str(path)))
    if not cards:
        raise InterchangeError("no vCard found (the file has no BEGIN:VCARD … END:VCARD)", path=str(path))
    people, nameless = [], 0
    for card in cards:
        person = to_person(card)
        if person is None:
            nameless += 1
            warnings.append((card.line, "a card with no name, organisation or e-mail was skipped"))
        else:
            people.append(person)
    return people, warnings, nameless


# -- import ----------------------------------------------------------------------------


def store_photo(data: bytes, folder: Path | None = None) -> str:
    """Keep the photo under its SHA-256 in the attachments folder; returns the hash."""
    digest = hashlib.sha256(data).hexdigest()
    target = blob_path(folder or data_dir(), digest)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_suffix(".part")
        temp.write_bytes(data)
        temp.replace(target)
    return digest


def photo_path(digest: str, folder: Path | None = None) -> Path:
    return blob_path(folder or data_dir(), digest)


def _find(person: Person) -> Talent | None:
    if person.uuid:
        found = Talent.get_or_none(Talent.uuid == person.uuid)
        if found:
            return found
    for email in person.emails:
        found = (Talent.select().join(ContactChannel)
                 .where((ContactChannel.kind == "email") & (ContactChannel.value ** email.value)).first())
        if found:
            return found
    if person.uid or person.emails:
        return None
    # No UID and no e-mail (phone-only address books): the same name with a phone in common.
    from .people import name_key

    phones = {c.value for c in person.phones}
    for candidate in Talent.select().where(Talent.name == person.name):
        if name_key(candidate.name) != name_key(person.name):
            continue
        theirs = {c.value for c in candidate.channels if c.kind == "phone"}
        if phones & theirs or not (phones or theirs):
            return candidate
    return None


def _merge(base: talent_service.TalentInput, person: Person) -> talent_service.TalentInput:
    base.name = person.name
    if person.headline:
        base.headline = person.headline[:300]
    if person.note:
        base.notes = person.note
    if person.location:
        base.location = person.location
    if person.timezone:
        base.timezone = person.timezone
    have = {(c.kind, c.value.casefold()) for c in base.channels}
    for chan in person.emails + person.phones + person.chats:
        if (chan.kind, chan.value.casefold()) not in have:
            base.channels.append(chan)
            have.add((chan.kind, chan.value.casefold()))
    urls = {link.url for link in base.links}
    base.links.extend(link for link in person.urls if link.url not in urls)
    skills = {name.casefold() for name, _level in base.skills}
    base.skills.extend((s, 3) for s in person.skills if s.casefold() not in skills)
    return base


def import_file(path: Path, *, dry_run: bool = False, report: Callable[[float, str], None] | None = None) -> ImportReport:
    """Import every card: matched by UID, then e-mail, and updated; otherwise added. One transaction."""
    progress = report or (lambda _f, _t="": None)
    path = Path(path)
    people, warnings, _nameless = read_people(path)
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
            data = _merge(talent_service.TalentInput(name=person.name), person)
            talent_id = talent_service.create_talent(data)
            if person.uuid and not Talent.select().where(Talent.uuid == person.uuid).exists():
                Talent.update(uuid=person.uuid).where(Talent.id == talent_id).execute()
            result.add(person.name, person.line, table="talent")
        else:
            before = talent_service.load_input(existing.id)
            after = _merge(talent_service.load_input(existing.id), person)
            if after == before and not (person.photo and existing.photo_sha256 is None):
                result.skip(person.name, "already up to date", person.line)
                return
            talent_service.update_talent(existing.id, after)
            talent_id = existing.id
            result.update(person.name, person.line)
    except ValidationError as exc:
        result.skip(person.name, f"{exc.field}: {exc.message}", person.line)
        return
    if person.photo and not dry_run:
        digest = store_photo(person.photo)
        Talent.update(photo_sha256=digest).where(Talent.id == talent_id).execute()


# -- writing ---------------------------------------------------------------------------


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line at ``limit`` octets, never inside a UTF-8 character; CRLF ends each line."""
    out: list[str] = []
    current, size = [], 0
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
    if words and all(w in _KNOWN_TYPES for w in words):
        types = ["CELL" if w == "mobile" else w.upper() for w in words]
    else:
        types = []
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
    if label and not (words and all(w in _KNOWN_TYPES for w in words)):
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


def card_for(talent: Talent, version: str = "3.0", folder: Path | None = None) -> str:
    data = talent_service.load_input(talent.id)
    lines = ["BEGIN:VCARD", f"VERSION:{version}", "PRODID:-//TalentDesk//TalentDesk//EN",
             f"UID:urn:uuid:{talent.uuid}"]
    stamp = (talent.updated_at or utcnow())
    lines.append(f"REV:{stamp:%Y%m%dT%H%M%SZ}")
    lines.append(f"FN:{escape(data.name)}")
    words = data.name.split()
    family, given = (words[-1], " ".join(words[:-1])) if len(words) > 1 else (data.name, "")
    lines.append(f"N:{escape(family)};{escape(given)};;;")
    if data.headline:
        title, sep, org = data.headline.rpartition(" at ")
        if sep and title and org:
            lines += [f"TITLE:{escape(title)}", f"ORG:{escape(org)}"]
        else:
            lines.append(f"TITLE:{escape(data.headline)}")
    group = [0]
    for chan in data.channels:
        if chan.kind == "email":
            head, extra = _typed("EMAIL", chan.label, chan.preferred, version, group,
                                 "INTERNET" if version == "3.0" else "")
        elif chan.kind == "phone":
            head, extra = _typed("TEL", chan.label, chan.preferred, version, group)
        elif chan.kind == "chat":
            service = chan.label.replace('"', "")
            head, extra = "IMPP" + (f';X-SERVICE-TYPE="{service}"' if service else "") + (
                ";PREF=1" if chan.preferred and version == "4.0" else ""), []
            lines.append(f"{head}:x-chat:{chan.value}")
            continue
        else:
            head, extra = _typed("X-TALENTDESK-CONTACT", chan.label, chan.preferred, version, group)
        lines.append(f"{head}:{escape(chan.value) if chan.kind != 'phone' or version == '3.0' else chan.value}")
        lines += extra
    for link in data.links:
        head, extra = _typed("URL", link.label, False, version, group)
        lines.append(f"{head}:{link.url}")
        lines += extra
    if data.location:
        lines.append(f"ADR:;;;{escape(data.location)};;;")
    if data.timezone:
        lines.append(f"TZ;VALUE=text:{data.timezone}" if version == "3.0" else f"TZ:{data.timezone}")
    if data.skills:
        lines.append("CATEGORIES:" + ",".join(escape(name) for name, _level in data.skills))
    if data.notes:
        lines.append(f"NOTE:{escape(data.notes)}")
    if talent.photo_sha256:
        path = photo_path(talent.photo_sha256, folder)
        if path.exists():
            raw = path.read_bytes()
            kind, mime = _mime(raw)
            encoded = base64.b64encode(raw).decode("ascii")
            lines.append(f"PHOTO;ENCODING=b;TYPE={kind}:{encoded}" if version == "3.0"
                         else f"PHOTO:data:{mime};base64,{encoded}")
    lines.append("END:VCARD")
    return "".join(fold(line) for line in lines)


def export_file(out: Path, *, version: str = "3.0", talent_ids: list[int] | None = None,
                report: Callable[[float, str], None] | None = None) -> int:
    """Write the chosen people (default: everyone) to one .vcf; returns how many."""
    if version not in ("3.0", "4.0"):
        raise InterchangeError(f"vCard version must be 3.0 or 4.0, not {version}")
    query = Talent.select().order_by(Talent.name, Talent.id)
    if talent_ids is not None:
        query = query.where(Talent.id.in_(talent_ids))
    people = list(query)
    chunks = []
    for index, talent in enumerate(people):
        if report and index % 50 == 0:
            report(index / max(1, len(people)), "Writing contacts…")
        chunks.append(card_for(talent, version))
    from .csv_out import write_atomic

    write_atomic(Path(out), "".join(chunks).encode("utf-8"))
    return len(people)
