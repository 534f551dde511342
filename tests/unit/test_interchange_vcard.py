"""vCard: every sample imports (including the ones libraries fail on), re-import updates, export round-trips."""
from __future__ import annotations

import pytest

from talentdesk.interchange import vcard
from talentdesk.interchange.report import InterchangeError
from talentdesk.services import names, talents
from talentdesk.store.models import Talent
from tests import factories
from tests.interchange_helpers import FIXTURES, snapshot

VCARDS = FIXTURES / "vcard"
SAMPLES = sorted(p.name for p in VCARDS.glob("*.vcf"))
EXPECTED_PEOPLE = {
    "John_Doe_ANDROID.vcf": 6, "John_Doe_IPHONE.vcf": 1, "John_Doe_MAC_ADDRESS_BOOK.vcf": 1, "gmail-single2.vcf": 1,
    "issue114.vcf": 1, "outlook-2007.vcf": 1, "rfc2426-example.vcf": 2, "rfc6350-example.vcf": 1,
    "thunderbird-MoreFunctionsForAddressBook-extension.vcf": 1, "vcard40_multilang.vcf": 1,
    "vcard_with_groups.vcf": 1,
}


def person(name: str) -> talents.TalentInput:
    return talents.load_input(Talent.get(Talent.name == name).id)


@pytest.mark.parametrize("name", SAMPLES)
def test_every_sample_imports(db, name):
    result = vcard.import_file(VCARDS / name)
    assert result.counts["talent"] == EXPECTED_PEOPLE[name]
    again = vcard.import_file(VCARDS / name)
    assert again.counts["talent"] == 0 and not again.updated  # matched by UID or e-mail, nothing new


def test_quoted_printable_soft_breaks_in_21(db):
    vcard.import_file(VCARDS / "John_Doe_ANDROID.vcf")
    long_name = "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"
    assert person(long_name).channels[0].value == "123456"
    outlook = vcard.read_people(VCARDS / "outlook-2007.vcf")[0][0]
    assert outlook.note.startswith("This is the NOTE field\t\nI assume it encodes")
    assert outlook.note.endswith("It does not preserve the formatting")
    assert outlook.photo and outlook.photo.startswith(b"\xff\xd8")  # a JPEG


def test_iphone_cr_cr_lf_and_its_photo(db, data_dir):
    vcard.import_file(VCARDS / "John_Doe_IPHONE.vcf")
    john = Talent.get(Talent.name == "John Richter James Doe")  # sorted under J, not under "Mr."
    assert talents.name_parts(john.id) == names.NameParts("Mr.", "John", "Richter James", "Doe", "Sr.")
    data = talents.load_input(john.id)
    assert data.headline == "Money Counter at IBM, Accounting"
    assert ("phone", "905-555-1234", "mobile", True) in [(c.kind, c.value, c.label, c.preferred) for c in data.channels]
    assert ("phone", "905-222-1234", "AssistantPhone") in [(c.kind, c.value, c.label) for c in data.channels]
    assert [link.url for link in data.links] == ["http://www.ibm.com"]
    assert john.photo_sha256 and vcard.photo_bytes(john.photo_sha256, data_dir)[:2] == b"\xff\xd8"


def test_mac_mixed_line_ends_and_base64_on_the_next_line():
    mac = vcard.read_people(VCARDS / "John_Doe_MAC_ADDRESS_BOOK.vcf")[0][0]
    assert mac.name == "John Richter,James Doe"
    assert mac.photo and mac.photo[:2] == b"\xff\xd8"
    assert "WARRANTIES, INCLUDING" in mac.note


def test_gmail_groups_labels_and_im():
    gmail = vcard.read_people(VCARDS / "gmail-single2.vcf")[0][0]
    labels = {c.value: c.label for c in gmail.emails}
    assert labels["customcategory@example.com"] == "CustomEmailCategory"
    assert labels["homeemail@example.com"] == "home"
    assert ("Skype", "IM5") in [(c.label, c.value) for c in gmail.chats]


def test_40_uid_timezone_categories_and_multilang():
    simon = vcard.read_people(VCARDS / "rfc6350-example.vcf")[0][0]
    assert simon.timezone == "Etc/GMT+5" and simon.headline == "Viagenie"
    assert simon.phones[0].value == "+1-418-656-9254;ext=102" and simon.phones[0].preferred
    dummy = vcard.read_people(VCARDS / "issue114.vcf")[0][0]
    assert dummy.uuid == "8b574c60-fd7f-4e99-b584-c5db131ae687" and dummy.name == "Dummy, Dummy"
    taro = vcard.read_people(VCARDS / "vcard40_multilang.vcf")[0][0]
    assert taro.name == "Yamada Taro" and taro.uuid == vcard.uid_to_uuid("urn:uuid:multilang-vcard-example")
    thunderbird = vcard.read_people(VCARDS / "thunderbird-MoreFunctionsForAddressBook-extension.vcf")[0][0]
    assert thunderbird.skills == ["category1", "category2", "category3"]
    berger = vcard.read_people(VCARDS / "vcard_with_groups.vcf")[0][0]
    assert berger.note.startswith("The Mayor of the great city of Goerlitz") and "\nNext line." in berger.note


def test_reimport_matches_by_uid_then_email_and_reports_a_changed_name(db, tmp_path):
    vcard.import_file(VCARDS / "issue114.vcf")
    dummy = Talent.get(Talent.uuid == "8b574c60-fd7f-4e99-b584-c5db131ae687")
    changed = tmp_path / "changed.vcf"
    changed.write_bytes((VCARDS / "issue114.vcf").read_bytes().replace(b"FN:Dummy\\, Dummy", b"FN:Dora Dummy"))
    result = vcard.import_file(changed)
    assert Talent.select().count() == 1 and not result.updated
    assert Talent.get_by_id(dummy.id).name == "Dummy, Dummy"  # the name the user has is kept…
    assert [str(e) for e in result.conflicts] == [  # …and the difference is reported
        "line 1: Dummy, Dummy — name: kept “Dummy, Dummy”; the file has “Dora Dummy”"]
    other = factories.talent("Someone", channels=[talents.Channel("email", "Frank_Dawson@lotus.com")])
    result = vcard.import_file(VCARDS / "rfc2426-example.vcf")
    assert Talent.get_by_id(other).name == "Someone"  # matched by e-mail, whatever its case
    assert "name: kept “Someone”; the file has “Frank Dawson”" in result.lines()[1]


def test_no_card_is_a_clear_error(db, tmp_path):
    path = tmp_path / "empty.vcf"
    path.write_text("hello\n", encoding="utf-8")
    with pytest.raises(InterchangeError, match="no vCard found"):
        vcard.import_file(path)


def test_folding_never_splits_a_utf8_character():
    line = "NOTE:" + "山田太郎" * 40
    folded = vcard.fold(line).encode("utf-8")
    for physical in folded.split(b"\r\n")[:-1]:
        assert len(physical) <= 75
        physical.decode("utf-8")  # every piece is whole characters
    assert vcard.logical_lines(folded.decode("utf-8"))[0][1] == line


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_then_import_gives_the_same_people(db, tmp_path, data_dir, version):
    for name in SAMPLES:
        vcard.import_file(VCARDS / name)
    factories.talent("Zoë Ünal", headline="Data, SQL; \"quotes\" at Acme", notes="line 1\nline 2; a, b \\ c",
                     timezone="Europe/Berlin", skills=[("Python", 4), ("SQL", 3)],
                     channels=[talents.Channel("email", "zoe@example.com", "work", True),
                               talents.Channel("chat", "zoe.u", "Slack"),
                               talents.Channel("other", "Signal: +49 1", "signal")],
                     links=[talents.Link("https://example.com/zoe", "portfolio")])
    out = tmp_path / "all.vcf"
    count = vcard.export_file(out, version=version, include_notes=True)
    data = out.read_bytes()
    assert data.count(b"BEGIN:VCARD") == count == Talent.select().count()
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert data.count(b"\r\nUID:urn:uuid:") == count and data.count(b"\r\nREV:") == count

    def people():
        return sorted((t.uuid, talents.load_input(t.id), t.photo_sha256, talents.name_parts(t.id))
                      for t in Talent.select())

    before = people()
    fresh = tmp_path / "fresh"
    from talentdesk.store.schema import open_database

    db.close()
    open_database(fresh)
    vcard.import_file(out)
    after = people()
    assert [(u, p.name, p.headline, p.notes, p.timezone, p.location, n) for u, p, _, n in after] == \
        [(u, p.name, p.headline, p.notes, p.timezone, p.location, n) for u, p, _, n in before]
    assert [sorted((c.kind, c.value, c.label, c.preferred) for c in p.channels) for _, p, _, _ in after] == \
        [sorted((c.kind, c.value, c.label, c.preferred) for c in p.channels) for _, p, _, _ in before]
    assert [(p.links, sorted(s for s, _ in p.skills)) for _, p, _, _ in after] == \
        [(p.links, sorted(s for s, _ in p.skills)) for _, p, _, _ in before]
    assert [photo for _, _, photo, _ in after] == [photo for _, _, photo, _ in before]
    snap = snapshot(open_database(fresh))
    vcard.import_file(out)  # and importing it again changes nothing
    assert snapshot(open_database(fresh)) == snap


def test_a_parameter_with_no_value_is_ignored_not_a_traceback(db, tmp_path):
    """``KEY;X509;ENCODING=:`` (found by the mutation run) raised IndexError in every vCard import."""
    path = tmp_path / "empty-param.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Souza;Ana\r\nFN:Ana Souza\r\nKEY;X509;ENCODING=:abc\r\n"
                     b"TEL;CELL;TYPE=:+351 21 000 0000\r\nEND:VCARD\r\n")
    vcard.import_file(path)
    assert Talent.get(Talent.name == "Ana Souza")


def test_a_charset_with_a_nul_in_its_name_falls_back_not_a_traceback(db, tmp_path):
    """``CHARSET=U<NUL>F-8`` on a quoted-printable name (found by the property test of vCard imports) raised
    ValueError: Python refuses a codec name holding NUL before it looks the codec up. The value is read
    as UTF-8, as for any charset it does not know."""
    path = tmp_path / "nul-charset.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=U\x00F-8;ENCODING=QUOTED-PRINTABLE:Mu=C3=B1oz;In=C3=A9s;;;\r\n"
                     b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:In=C3=A9s Mu=C3=B1oz\r\nEND:VCARD\r\n")
    result = vcard.import_file(path)
    assert len(result.added) == 1
    talent_id = Talent.get(Talent.name == "Inés Muñoz").id
    assert talents.name_parts(talent_id).family == "Muñoz"
