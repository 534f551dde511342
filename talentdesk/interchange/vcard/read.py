"""Reading vCard 2.1, 3.0 and 4.0: a tolerant, pure parser (text in, people out; no database, no files).

It normalises before it parses: any line end (CRLF, LF, CR, CR CR LF), folded lines,
quoted-printable soft line breaks (2.1), bare 2.1 type parameters, ``itemN.`` groups with
``X-ABLabel``, caret-escaped parameters (4.0), base64 photos in every spelling seen in the wild.
Whatever is odd about a card (control characters, an empty parameter, a value it cannot use)
becomes a warning with its line, never an exception.
"""
from __future__ import annotations

import base64
import binascii
import quopri
import re
import uuid as uuidlib
from dataclasses import dataclass, field
from urllib.parse import unquote

from ...services import names
from ...services import talents as talent_service
from ...services import validate as v
from ...services.errors import ValidationError

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

    def param(self, name: str, default: str = "") -> str:
        """The first value of a parameter; ``default`` when it is absent or written empty (``X-SERVICE-TYPE=""``)."""
        values = self.params.get(name) or [default]
        return values[0]

    def encoding(self) -> str:
        return self.param("ENCODING").upper()

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
        charset = self.param("CHARSET", "utf-8") or "utf-8"
        for name in (charset, "utf-8", "cp1252"):
            try:
                return data.decode(name)
            except (ValueError, LookupError):  # bytes it cannot decode, an unknown name, or a NUL in the name
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
    if (params.get("ENCODING") or [""])[0].upper() in ("B", "BASE64"):
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
    name_parts: names.NameParts = field(default_factory=names.NameParts)
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


def _clean(text: str) -> str:
    """One line of text as it is stored: control characters (NUL, escapes…) out, spaces collapsed."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", text).split())


def to_person(card: Card) -> Person | None:
    """What TalentDesk keeps of a card; None when it names nobody."""
    formatted = next((n for n in (_clean(p.text()) for p in card.all("FN")) if n), "")
    n_prop = card.first("N")
    parts = names.parts_from_n([_clean(x) for x in n_prop.parts()]) if n_prop else names.NameParts()
    name = names.display_name(formatted, parts)
    org_prop = card.first("ORG")
    org = ", ".join(_clean(x) for x in org_prop.parts() if _clean(x)) if org_prop else ""
    emails = [p.text().strip() for p in card.all("EMAIL")]
    if not name:
        name = org or next((e for e in emails if e), "")
    if not name:
        return None
    person = Person(card.line, " ".join(name.split())[:200], name_parts=parts)
    uid = card.first("UID")
    if uid:
        person.uid = uid.text().strip()
        person.uuid = uid_to_uuid(person.uid)
    title = card.first("TITLE")
    person.title = _clean(title.text()) if title else ""
    person.org = org
    notes = [p.text().strip() for p in card.all("NOTE") if p.text().strip()]
    person.note = "\n\n".join(notes)
    adr = card.first("ADR")
    if adr:
        address = [_clean(x) for x in adr.parts()] + [""] * 7
        person.location = ", ".join(x for x in (address[3], address[4], address[6]) if x)[:200]
    tz = card.first("TZ")
    if tz:
        zone = _timezone(tz.text())
        if zone:
            person.timezone = zone
        else:
            person.warnings.append((tz.line, f"time zone “{tz.text()}” is not an IANA zone; kept the default"))
    seen: set[tuple[str, str]] = set()

    def channel(kind: str, value: str, prop: Prop, label: str) -> None:
        clean = _clean(value)
        if clean != value.strip():
            person.warnings.append((prop.line, f"a {kind} held control characters (such as NUL); they were removed"))
        value, label = clean, _clean(label)
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
            service = prop.param("X-SERVICE-TYPE", IM_PROPERTIES[prop.name])
            if "X-SERVICE-TYPE" in prop.params and not prop.params["X-SERVICE-TYPE"]:
                person.warnings.append((prop.line, "a chat address has an empty service type; kept without one"))
            if prop.name == "IMPP":
                scheme, _, rest = value.partition(":")
                if rest and not service:
                    service = scheme.removeprefix("x-").capitalize() if scheme.lower() != "x-chat" else ""
                value = unquote(rest or value)  # a URI: percent-encoded
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




def parse_people(text: str) -> tuple[list[Person], list[tuple[int, str]]]:
    """The people of a vCard file's text, and warnings with lines (including the cards naming nobody)."""
    cards, warnings = read_cards(text)
    people = []
    for card in cards:
        person = to_person(card)
        if person is None:
            warnings.append((card.line, "a card with no name, organisation or e-mail was skipped"))
        else:
            people.append(person)
    return people, warnings
