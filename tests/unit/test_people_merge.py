"""Imports of people never destroy what the user wrote; exports leave private things out unless asked."""
from __future__ import annotations

import csv

from talentdesk.interchange import csv_import, exports, vcard
from talentdesk.services import names, talents
from talentdesk.store.db import database
from talentdesk.store.models import Talent
from talentdesk.store.schema import open_database
from tests import factories

CARD = """BEGIN:VCARD\r
VERSION:3.0\r
UID:urn:uuid:1d6d4a52-3a3f-4f0e-8a3b-0e6cf53a7a11\r
FN:Ana Lima\r
N:Lima;Ana;;;\r
TITLE:Designer\r
ORG:Studio Norte\r
ADR;TYPE=WORK:;;;Porto;;;Portugal\r
TZ:Europe/Lisbon\r
EMAIL;TYPE=INTERNET:ana@example.com\r
TEL;TYPE=CELL:+351 912 000 000\r
CATEGORIES:Figma,Branding\r
NOTE:From her address book: met at a conference\r
END:VCARD\r
"""


def _card(tmp_path, text=CARD, name="ana.vcf"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_reimport_keeps_private_notes_and_user_edits_and_reports_the_conflicts(db, tmp_path):
    card = _card(tmp_path)
    vcard.import_file(card)
    ana = Talent.get(Talent.name == "Ana Lima")
    assert talents.load_input(ana.id).notes == "From her address book: met at a conference"  # a new person: the note
    edited = talents.load_input(ana.id)
    edited.notes, edited.headline, edited.location = "Private: slow to answer in August", "Brand designer", "Lisbon"
    talents.update_talent(ana.id, edited)
    newer = CARD.replace("TEL;TYPE=CELL:+351 912 000 000", "TEL;TYPE=CELL:+351 912 000 000\r\nTEL;TYPE=WORK:+351 22 000")
    newer = newer.replace("CATEGORIES:Figma,Branding", "CATEGORIES:Figma,Branding,Illustration")
    result = vcard.import_file(_card(tmp_path, newer, "newer.vcf"))

    after = talents.load_input(ana.id)
    assert (after.notes, after.headline, after.location, after.name) == (
        "Private: slow to answer in August", "Brand designer", "Lisbon", "Ana Lima")
    assert sorted(e.reason for e in result.conflicts) == [
        "headline: kept “Brand designer”; the file has “Designer at Studio Norte”",
        "location: kept “Lisbon”; the file has “Porto, Portugal”"]
    assert "2 conflicts (your values kept)" in result.summary()
    assert [c.value for c in after.channels if c.kind == "phone"] == ["+351 912 000 000", "+351 22 000"]
    assert "Illustration" in [s for s, _ in after.skills]
    assert [e.reason for e in result.updated] == ["1 channel added, 1 skill added"]


def test_an_import_fills_empty_fields_only(db, tmp_path):
    tid = factories.talent("Ana Lima", channels=[talents.Channel("email", "ana@example.com")], notes="")
    result = vcard.import_file(_card(tmp_path))
    data = talents.load_input(tid)
    assert (data.headline, data.location, data.timezone) == ("Designer at Studio Norte", "Porto, Portugal",
                                                             "Europe/Lisbon")
    assert data.notes == ""  # a person already on the bench: the notes are never touched by an import
    assert not result.conflicts and "headline filled" in result.updated[0].reason


def test_the_csv_import_of_people_follows_the_same_policy(db, tmp_path):
    tid = factories.talent("Ana Lima", headline="Brand designer", notes="Private: pays attention to detail",
                           channels=[talents.Channel("email", "ana@example.com")])
    path = tmp_path / "people.csv"
    path.write_text("name,email,headline,notes,skills\r\nAna Lima,ana@example.com,Designer,Overwritten?,Figma\r\n",
                    encoding="utf-8")
    result = csv_import.import_file("talents", path, csv_import.Options({}))
    data = talents.load_input(tid)
    assert (data.headline, data.notes) == ("Brand designer", "Private: pays attention to detail")
    assert [e.reason for e in result.conflicts] == ["headline: kept “Brand designer”; the file has “Designer”"]
    assert [s for s, _ in data.skills] == ["Figma"]


def test_exports_leave_out_private_notes_and_set_aside_people_unless_asked(db, tmp_path):
    factories.talent("Ana Lima", notes="PRIVATE-NOTE-ANA")
    factories.talent("Bo Archived", notes="PRIVATE-NOTE-BO", bench_status="archived")
    factories.talent("Cy Never", bench_status="do_not_rehire", status_reason="missed every deadline")
    plain, full = tmp_path / "plain.vcf", tmp_path / "full.vcf"
    assert vcard.export_file(plain) == 1
    text = plain.read_text(encoding="utf-8")
    assert "PRIVATE-NOTE" not in text and "NOTE" not in text and "Bo Archived" not in text and "Cy Never" not in text
    assert vcard.export_file(full, include_notes=True, include_archived=True) == 3
    text = full.read_text(encoding="utf-8")
    assert "NOTE:PRIVATE-NOTE-ANA" in text and "NOTE:PRIVATE-NOTE-BO" in text and "FN:Cy Never" in text

    plain_csv, full_csv = tmp_path / "plain.csv", tmp_path / "full.csv"
    assert exports.export_csv("talents", plain_csv) == 1
    rows = list(csv.reader(plain_csv.read_text(encoding="utf-8-sig").splitlines()))
    assert "notes" not in rows[0] and "PRIVATE" not in plain_csv.read_text(encoding="utf-8-sig")
    assert exports.export_csv("talents", full_csv, include_notes=True, include_archived=True) == 3
    rows = list(csv.DictReader(full_csv.read_text(encoding="utf-8-sig").splitlines()))
    assert {r["name"]: r["notes"] for r in rows}["Bo Archived"] == "PRIVATE-NOTE-BO"


def test_name_parts_come_from_n_and_survive_a_round_trip(db, tmp_path, data_dir):
    cards = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nguyễn Thị Lan\r\nN:Nguyễn;Thị Lan;;;\r\nEND:VCARD\r\n"
             "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mr. Michael Angstadt Jr.\r\nN:Angstadt;Michael;;Mr.;Jr.\r\nEND:VCARD\r\n"
             "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Okafor;Chidi;Emeka;Dr.;\r\nEND:VCARD\r\n")
    vcard.import_file(_card(tmp_path, cards, "names.vcf"))

    def people():
        return sorted((t.name, talents.name_parts(t.id)) for t in Talent.select())

    expected = [("Chidi Emeka Okafor", names.NameParts("Dr.", "Chidi", "Emeka", "Okafor", "")),
                ("Michael Angstadt", names.NameParts("Mr.", "Michael", "", "Angstadt", "Jr.")),
                ("Nguyễn Thị Lan", names.NameParts("", "Thị Lan", "", "Nguyễn", ""))]
    assert people() == expected
    factories.talent("Solo Person")  # no parts known: written as the given name, read back as no parts
    out = tmp_path / "out.vcf"
    vcard.export_file(out, version="4.0")
    assert "FN:Mr. Michael Angstadt Jr.\r\nN:Angstadt;Michael;;Mr.;Jr.\r\n" in out.read_bytes().decode("utf-8")
    before = people()
    db.close()
    open_database(tmp_path / "fresh")
    vcard.import_file(out)
    assert people() == before


def test_a_renamed_person_drops_the_old_name_parts(db, tmp_path):
    vcard.import_file(_card(tmp_path))
    ana = Talent.get(Talent.name == "Ana Lima")
    data = talents.load_input(ana.id)
    data.name = "Ana Lima Costa"
    talents.update_talent(ana.id, data)
    assert talents.name_parts(ana.id).is_empty()


def test_nul_bytes_and_an_empty_chat_service_give_a_message_per_card(db, tmp_path):
    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nul Phone\r\nTEL:+1 555\x00 0100\r\n"
            'IMPP;X-SERVICE-TYPE="":x-chat:nul.phone\r\nEND:VCARD\r\n')
    result = vcard.import_file(_card(tmp_path, text, "nul.vcf"))
    data = talents.load_input(Talent.get(Talent.name == "Nul Phone").id)
    assert [(c.kind, c.value, c.label) for c in data.channels] == [("phone", "+1 555 0100", ""),
                                                                   ("chat", "nul.phone", "")]
    warnings = [str(w) for w in result.warnings]
    assert "line 4: Nul Phone: a phone held control characters (such as NUL); they were removed" in warnings
    assert "line 5: Nul Phone: a chat address has an empty service type; kept without one" in warnings


HOSTILE = [
    {"name": "Eve\nEND:VCARD\nBEGIN:VCARD\nFN:Phantom", "chat": "eve;x\nEND:VCARD", "phone": "+1;2,3\\n\nBEGIN:VCARD",
     "headline": 'CEO at "Evil, Inc"; \\N', "skills": "a\\,b"},
    {"name": "Mallory ^n \" ; : ,", "chat": "mal:lory%41 with space", "phone": "tel:+44 20 7946 0000",
     "headline": "", "skills": ""},
]


def _hostile_csv(path):
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=["name", "chat", "phone", "headline", "skills"])
        writer.writeheader()
        writer.writerows(HOSTILE)


def test_hostile_round_trip_csv_to_vcard_and_back_creates_no_phantom(db, tmp_path):
    source = tmp_path / "hostile.csv"
    _hostile_csv(source)
    csv_import.import_file("talents", source, csv_import.Options({}, skill_separator="|"))
    # A service name (the chat label) full of what breaks parameters.
    first = Talent.get(Talent.name.startswith("Eve"))
    data = talents.load_input(first.id)
    data.channels = [talents.Channel(c.kind, c.value, 'Sl"ack;X:Y,Z\nQ' if c.kind == "chat" else c.label)
                     for c in data.channels]
    talents.update_talent(first.id, data)

    def one_line(text):  # names, channels and labels are one line in a card: line breaks become spaces
        return " ".join(text.split())

    def people():
        return sorted((one_line(t.name), t.headline, sorted((c.kind, one_line(c.value), one_line(c.label))
                                                           for c in t.channels)) for t in Talent.select())

    before = people()
    assert any("\n" in t.name for t in Talent.select())  # the hostile values really are in the database
    for version in ("3.0", "4.0"):
        out = tmp_path / f"hostile-{version}.vcf"
        assert vcard.export_file(out, version=version) == 2
        raw = out.read_bytes()
        lines = raw.split(b"\r\n")
        assert lines.count(b"BEGIN:VCARD") == lines.count(b"END:VCARD") == 2 and b"FN:Phantom" not in lines
        db.close()
        fresh = open_database(tmp_path / f"fresh-{version}")
        result = vcard.import_file(out)
        assert result.counts["talent"] == 2 and Talent.select().count() == 2
        assert people() == before
        fresh.close()
        database.initialize(db)  # back to the test's own database (a file or a team database)


def test_empty_parameters_are_read_as_absent(db, tmp_path):
    # Mutated files found these: an empty ENCODING=, CHARSET= or X-SERVICE-TYPE= raised IndexError.
    text = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=;ENCODING=:Empty Params\r\nTEL;ENCODING=:+1 555 0199\r\n"
            "X-SKYPE;X-SERVICE-TYPE=:empty.params\r\nEND:VCARD\r\n")
    result = vcard.import_file(_card(tmp_path, text, "empty.vcf"))
    data = talents.load_input(Talent.get(Talent.name == "Empty Params").id)
    assert [(c.kind, c.value) for c in data.channels] == [("phone", "+1 555 0199"), ("chat", "empty.params")]
    assert result.counts["talent"] == 1
