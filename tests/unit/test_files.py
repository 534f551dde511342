"""The attachment store: what is recorded about a file, where its bytes go, and when they are let go."""
from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from talentdesk.services import contracts, files, import_store, settings
from talentdesk.services.errors import NotFound, Refused, ValidationError
from talentdesk.store import cipher, file_store
from talentdesk.store.models import Attachment
from tests import factories

MB = 1024 * 1024


def _source(tmp_path, name="brief.pdf", content=b"%PDF-1.4 the brief"):
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _refused(call, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value


@pytest.fixture
def sealing(data_dir):
    """A folder whose attachment key is open (an encrypted folder, unlocked): sensitive files go in sealed."""
    cipher.place_marker(data_dir, cipher.new_marker("a passphrase for the files"))
    cipher.unlock(data_dir, "a passphrase for the files")
    yield
    cipher.lock()


# -- names --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, safe", [
    ("report<1>.pdf", "report_1_.pdf"),
    ('a:b|c"d*e.txt', "a_b_c_d_e.txt"),
    ("tab\there\x7f.txt", "tab_here_.txt"),
    ("  spaced out.txt  ", "spaced out.txt"),
    (".hidden", "hidden"),
    ("...", "file"),
    ("", "file"),
    (None, "file"),
    ("folder/", "file"),
    ("con", "_con"),
    ("COM1.tar.gz", "_COM1.tar.gz"),
    ("lpt9.txt", "_lpt9.txt"),
    ("COM0.txt", "COM0.txt"),  # only COM1 to COM9 are reserved
    ("CONTRACT.pdf", "CONTRACT.pdf"),
])
def test_a_name_is_made_safe_for_every_desktop_system(name, safe):
    assert files.safe_name(name) == safe


def test_a_long_name_is_cut_to_the_limit_keeping_its_extension():
    assert files.safe_name("x" * 300 + ".pdf") == "x" * 236 + ".pdf"
    # Counted in bytes: an accented letter takes two.
    assert files.safe_name("é" * 200 + ".pdf") == "é" * 118 + ".pdf"
    assert len(files.safe_name("é" * 200 + ".pdf").encode()) == files.MAX_NAME_BYTES
    # An "extension" too long to be one is not kept.
    assert files.safe_name("x" * 250 + "." + "y" * 30) == "x" * 240
    assert files.safe_name("x" * 240) == "x" * 240


# -- the size limit -----------------------------------------------------------------------------------

def test_the_size_limit_is_two_hundred_megabytes_unless_set(db):
    assert files.size_limit_bytes() == 200 * MB
    settings.set("file_size_limit_mb", 3)
    assert files.size_limit_bytes() == 3 * MB


def test_a_file_of_exactly_the_limit_is_stored_and_one_byte_more_is_refused(db, data_dir, tmp_path):
    settings.set("file_size_limit_mb", 1)
    exact = _source(tmp_path, "exact.bin", b"x" * MB)
    sha, size = files.store_blob(data_dir, exact)
    assert (sha, size) == (_sha(b"x" * MB), MB) and files.stored(data_dir).has(sha)
    over = _source(tmp_path, "over.bin", b"y" * (MB + 1))
    refused = _refused(files.store_blob, data_dir, over)
    assert refused.field == "file"
    assert str(refused.message) == "“over.bin” is 1 MB; files up to 1 MB can be stored (the limit is in the settings)."
    assert not files.stored(data_dir).has(_sha(b"y" * (MB + 1)))
    # A limit given by the caller wins over the setting.
    assert files.store_blob(data_dir, over, limit=2 * MB)[1] == MB + 1


def test_a_missing_source_or_a_folder_is_refused_by_name(db, data_dir, tmp_path):
    refused = _refused(files.store_blob, data_dir, tmp_path / "gone.pdf")
    assert (refused.field, str(refused.message)) == ("file", "“gone.pdf” no longer exists.")
    (tmp_path / "a folder").mkdir()
    refused = _refused(files.store_blob, data_dir, tmp_path / "a folder")
    assert (refused.field, str(refused.message)) == ("file", "“a folder” is not a file.")


def test_a_file_that_grows_while_it_is_copied_is_not_stored(db, data_dir, tmp_path, monkeypatch):
    settings.set("file_size_limit_mb", 1)
    source = _source(tmp_path, "log.txt", b"z" * MB)  # at the limit when it is looked at

    def still_growing(path):
        yield path.read_bytes()
        yield b"appended meanwhile"

    monkeypatch.setattr(file_store, "blocks_of", still_growing)
    refused = _refused(files.store_blob, data_dir, source)
    assert (refused.field, str(refused.message)) == ("file", "“log.txt” grew past the size limit while being copied.")
    assert files.stored(data_dir).hashes() == []


# -- where the bytes are ----------------------------------------------------------------------------

def test_a_stored_file_s_place_is_named_by_its_hash_and_a_damaged_hash_is_refused(data_dir):
    sha = _sha(b"content")
    assert files.blob_path(data_dir, sha) == data_dir / "attachments" / sha[:2] / sha
    assert files.sealed_path(data_dir, sha) == data_dir / "attachments" / sha[:2] / (sha + ".sealed")
    for damaged in (sha.upper(), sha[:-1], sha + "0", "../" + sha[3:], "", None):
        refused = _refused(files.blob_path, data_dir, damaged)
        assert (refused.field, str(refused.message)) == ("file", "the stored file's name is damaged.")


def test_stored_bytes_are_read_back_or_none_when_missing(db, data_dir, tmp_path):
    sha, _size = files.store_blob(data_dir, _source(tmp_path, "photo.jpg", b"\xff\xd8 a photo"))
    assert files.stored_bytes(data_dir, sha) == b"\xff\xd8 a photo"
    assert files.stored_bytes(data_dir, _sha(b"never stored")) is None


# -- recording a file ---------------------------------------------------------------------------------

def test_a_file_is_recorded_with_everything_said_about_it(db, data_dir, tmp_path):
    cid = factories.contract()
    source = _source(tmp_path)
    new_id = files.add(data_dir, cid, files.FileInput(
        source, "from_them", "confidential", "  signed copy  ", "nda", dt.date(2026, 2, 3), "NDA <signed>.pdf",
        dt.date(2027, 2, 3)))
    [row] = files.for_contract(cid)
    assert row == files.FileRow(new_id, "NDA _signed_.pdf", len(source.read_bytes()), "application/pdf", "from_them",
                                "confidential", dt.date(2026, 2, 3), "signed copy", _sha(source.read_bytes()), "nda",
                                dt.date(2027, 2, 3))
    record = Attachment.get_by_id(new_id)
    assert (record.contract_id, record.talent_id) == (cid, contracts.get(cid).talent_id)


def test_a_file_without_a_date_is_shared_today_and_of_an_unknown_type_is_plain_bytes(db, data_dir, tmp_path):
    cid = factories.contract()
    files.add(data_dir, cid, files.FileInput(_source(tmp_path, "notes.unknownext", b"notes")))
    [row] = files.for_contract(cid)
    assert (row.name, row.shared_on, row.mime, row.direction, row.sensitivity, row.document_kind, row.expires_on,
            row.note) == ("notes.unknownext", dt.date.today(), "application/octet-stream", "to_them", "normal", "other",
                          None, "")


@pytest.mark.parametrize("change, field, message", [
    ({"direction": "sideways"}, "direction", "“sideways” is not one of: to_them, from_them."),
    ({"sensitivity": "top"}, "sensitivity", "“top” is not one of: normal, confidential, secret."),
    ({"document_kind": "poem"}, "document kind", None),
    ({"note": "n" * 5001}, "note", None),
    ({"shared_on": "someday"}, "date", "“someday” is not a date (YYYY-MM-DD)."),
    ({"expires_on": "never"}, "expires", "“never” is not a date (YYYY-MM-DD)."),
    ({"shared_on": dt.date(2026, 3, 2), "expires_on": dt.date(2026, 3, 1)}, "expires",
     "is before the day the file was shared; check the two dates."),
])
def test_a_bad_detail_names_its_field_and_records_and_stores_nothing(db, data_dir, tmp_path, change, field, message):
    cid = factories.contract()
    refused = _refused(files.add, data_dir, cid, files.FileInput(_source(tmp_path), **change))
    assert refused.field == field
    if message is not None:
        assert str(refused.message) == message
    assert files.for_contract(cid) == [] and files.stored(data_dir).hashes() == []


def test_a_long_note_and_an_expiry_on_the_day_of_sharing_are_accepted(db, data_dir, tmp_path):
    cid = factories.contract()
    files.add(data_dir, cid, files.FileInput(_source(tmp_path), note="n" * 5000, shared_on=dt.date(2026, 3, 2),
                                             expires_on=dt.date(2026, 3, 2)))
    [row] = files.for_contract(cid)
    assert (len(row.note), row.expires_on) == (5000, dt.date(2026, 3, 2))


def test_a_person_s_own_files_are_listed_apart_from_their_contracts(db, data_dir, tmp_path):
    tid = factories.talent("Rosa")
    cid = factories.contract(tid)
    other = factories.talent("Someone else")
    on_contract = files.add(data_dir, cid, files.FileInput(_source(tmp_path, "sow.pdf", b"sow")))
    older = files.add_for_person(data_dir, tid, files.FileInput(_source(tmp_path, "w9.pdf", b"w9"),
                                                                 document_kind="tax_form", shared_on=dt.date(2026, 1, 5)))
    newer = files.add_for_person(data_dir, tid, files.FileInput(_source(tmp_path, "id.png", b"id"),
                                                                 document_kind="id", shared_on=dt.date(2026, 2, 5)))
    same_day = files.add_for_person(data_dir, tid, files.FileInput(_source(tmp_path, "ins.pdf", b"ins"),
                                                                    shared_on=dt.date(2026, 2, 5)))
    files.add_for_person(data_dir, other, files.FileInput(_source(tmp_path, "theirs.pdf", b"theirs")))
    assert [r.id for r in files.for_person(tid)] == [same_day, newer, older]
    assert [(r.name, r.document_kind) for r in files.for_person(tid)][1:] == [("id.png", "id"), ("w9.pdf", "tax_form")]
    assert [r.id for r in files.for_contract(cid)] == [on_contract]
    assert Attachment.get_by_id(newer).talent_id == tid and Attachment.get_by_id(newer).contract_id is None


def test_a_file_for_someone_who_is_gone_is_refused_and_nothing_is_stored(db, data_dir, tmp_path):
    from talentdesk.services import talents

    factories.talent("Still here")
    gone = factories.talent("Gone")
    talents.delete_talent(gone)
    with pytest.raises(NotFound) as caught:
        files.add_for_person(data_dir, gone, files.FileInput(_source(tmp_path)))
    assert str(caught.value) == "That person is no longer on the bench."
    assert Attachment.select().count() == 0 and files.stored(data_dir).hashes() == []


def test_a_contract_s_files_are_listed_newest_first(db, data_dir, tmp_path):
    cid = factories.contract()
    first = files.add(data_dir, cid, files.FileInput(_source(tmp_path, "a.txt", b"a"), shared_on=dt.date(2026, 1, 1)))
    late = files.add(data_dir, cid, files.FileInput(_source(tmp_path, "b.txt", b"b"), shared_on=dt.date(2026, 3, 1)))
    again = files.add(data_dir, cid, files.FileInput(_source(tmp_path, "c.txt", b"c"), shared_on=dt.date(2026, 1, 1)))
    assert [r.id for r in files.for_contract(cid)] == [late, again, first]


# -- correcting what was recorded -------------------------------------------------------------------

def test_correcting_a_file_s_details_changes_that_record_only(db, data_dir, tmp_path):
    cid = factories.contract()
    source = _source(tmp_path)
    fixed = files.add(data_dir, cid, files.FileInput(source, shared_on=dt.date(2026, 1, 5)))
    other = files.add(data_dir, cid, files.FileInput(source, shared_on=dt.date(2026, 1, 4), note="other"))
    before_other = {r.id: r for r in files.for_contract(cid)}[other]
    files.edit_details(fixed, direction="from_them", sensitivity="secret", shared_on=dt.date(2026, 1, 6),
                       note=" countersigned ", document_kind="agreement", expires_on=dt.date(2027, 1, 6))
    rows = {r.id: r for r in files.for_contract(cid)}
    assert (rows[fixed].direction, rows[fixed].sensitivity, rows[fixed].shared_on, rows[fixed].note,
            rows[fixed].document_kind, rows[fixed].expires_on) == (
        "from_them", "secret", dt.date(2026, 1, 6), "countersigned", "agreement", dt.date(2027, 1, 6))
    assert rows[other] == before_other
    # Without a kind or an expiry, both stay; an expiry of None clears it.
    files.edit_details(fixed, direction="to_them", sensitivity="normal", shared_on=dt.date(2026, 1, 6))
    row = {r.id: r for r in files.for_contract(cid)}[fixed]
    assert (row.direction, row.document_kind, row.expires_on, row.note) == ("to_them", "agreement",
                                                                          dt.date(2027, 1, 6), "")
    files.edit_details(fixed, direction="to_them", sensitivity="normal", shared_on=dt.date(2026, 1, 6), expires_on=None)
    assert {r.id: r for r in files.for_contract(cid)}[fixed].expires_on is None


@pytest.mark.parametrize("change, field", [
    ({"direction": "up"}, "direction"),
    ({"sensitivity": "loud"}, "sensitivity"),
    ({"shared_on": None}, "date"),
    ({"note": "n" * 5001}, "note"),
    ({"document_kind": "poem"}, "document kind"),
    ({"expires_on": "soon"}, "expires"),
])
def test_a_bad_correction_names_its_field_and_changes_nothing(db, data_dir, tmp_path, change, field):
    cid = factories.contract()
    fid = files.add(data_dir, cid, files.FileInput(_source(tmp_path), document_kind="nda",
                                                   expires_on=dt.date(2027, 1, 1)))
    before = files.for_contract(cid)
    details = dict(direction="to_them", sensitivity="normal", shared_on=dt.date(2026, 1, 6)) | change
    assert _refused(files.edit_details, fid, **details).field == field
    assert files.for_contract(cid) == before


def test_a_correction_keeps_a_long_note_and_refuses_a_file_no_longer_recorded(db, data_dir, tmp_path):
    cid = factories.contract()
    fid = files.add(data_dir, cid, files.FileInput(_source(tmp_path)))
    files.edit_details(fid, direction="to_them", sensitivity="normal", shared_on=dt.date(2026, 1, 6), note="n" * 5000)
    assert len(files.for_contract(cid)[0].note) == 5000
    files.remove(data_dir, fid)
    with pytest.raises(NotFound) as caught:
        files.edit_details(fid, direction="to_them", sensitivity="normal", shared_on=dt.date(2026, 1, 6))
    assert str(caught.value) == "That file is no longer recorded."


# -- opening, saving a copy, removing -------------------------------------------------------------

def test_a_file_whose_bytes_went_missing_is_refused_by_name(db, engine, data_dir, tmp_path):
    if engine != "sqlite":
        pytest.skip("a team database keeps the bytes in itself")
    cid = factories.contract()
    fid = files.add(data_dir, cid, files.FileInput(_source(tmp_path), name="Brief v2.pdf"))
    files.blob_path(data_dir, files.for_contract(cid)[0].sha256).unlink()
    with pytest.raises(Refused) as caught:
        files.stored_path(data_dir, fid)
    assert str(caught.value) == "The stored copy of “Brief v2.pdf” is missing from the data folder."
    with pytest.raises(Refused):
        files.save_copy(data_dir, fid, tmp_path / "copy.pdf")
    assert not (tmp_path / "copy.pdf").exists()


def test_a_copy_is_saved_where_asked(db, data_dir, tmp_path):
    fid = files.add(data_dir, factories.contract(), files.FileInput(_source(tmp_path, content=b"the bytes")))
    target = tmp_path / "out" / "saved.pdf"
    target.parent.mkdir()
    assert files.save_copy(data_dir, fid, target) == target and target.read_bytes() == b"the bytes"
    with pytest.raises(NotFound):
        files.save_copy(data_dir, fid + 1, tmp_path / "nothing.pdf")


def test_removed_bytes_stay_while_undo_can_bring_the_record_back_or_a_photo_uses_them(db, data_dir, tmp_path):
    cid = factories.contract()
    content = b"a headshot"
    fid = files.add(data_dir, cid, files.FileInput(_source(tmp_path, "me.jpg", content)))
    files.remove(data_dir, fid, keep_bytes=True)
    assert files.for_contract(cid) == [] and files.stored(data_dir).has(_sha(content))
    # The same bytes as someone's photo keep them past the last record.
    again = files.add(data_dir, cid, files.FileInput(_source(tmp_path, "me.jpg", content)))
    import_store.set_photo(factories.talent("Photographed"), _sha(content))
    files.remove(data_dir, again)
    assert files.stored(data_dir).has(_sha(content))


def test_the_sweep_removes_only_bytes_nothing_refers_to(db, engine, data_dir, tmp_path):
    cid = factories.contract()
    kept = files.add(data_dir, cid, files.FileInput(_source(tmp_path, "kept.pdf", b"kept")))
    removed = files.add(data_dir, cid, files.FileInput(_source(tmp_path, "old.pdf", b"old")))
    files.remove(data_dir, removed, keep_bytes=True)
    photo_sha, _ = files.store_blob(data_dir, _source(tmp_path, "face.jpg", b"face"))
    import_store.set_photo(factories.talent("With a photo"), photo_sha)
    factories.talent("Without a photo")
    stray_sha, _ = files.store_blob(data_dir, _source(tmp_path, "stray.bin", b"stray"))
    assert files.sweep_unreferenced(data_dir) == 2
    assert sorted(files.stored(data_dir).hashes()) == sorted([_sha(b"kept"), photo_sha])
    assert files.stored_path(data_dir, kept).read_bytes() == b"kept"
    assert not files.stored(data_dir).has(stray_sha)
    assert files.sweep_unreferenced(data_dir) == 0


def test_the_sweep_of_a_folder_takes_sealed_leftovers_and_leaves_other_files(db, engine, data_dir, tmp_path):
    if engine != "sqlite":
        pytest.skip("a team database has no folder of stored files")
    data_dir.joinpath("attachments", "ab").mkdir(parents=True)
    stray_sealed = data_dir / "attachments" / "ab" / (("ab" + "0" * 62) + ".sealed")
    stray_sealed.write_bytes(b"sealed leftovers")
    not_ours = [data_dir / "attachments" / "ab" / "notes.txt", data_dir / "attachments" / "ab" / ("AB" + "0" * 62)]
    for path in not_ours:
        path.write_bytes(b"someone else's")
    assert files.sweep_unreferenced(data_dir) == 1
    assert not stray_sealed.exists() and all(path.exists() for path in not_ours)


# -- sealed files (an encrypted folder) -----------------------------------------------------------

def test_a_sensitive_file_is_sealed_once_and_opened_and_copied_plain(db, engine, data_dir, tmp_path, sealing):
    if engine != "sqlite":
        pytest.skip("a team database is not encrypted by the program")
    cid = factories.contract()
    content = b"PASSPORT X1234567"
    secret = files.add(data_dir, cid, files.FileInput(_source(tmp_path, "passport.pdf", content), sensitivity="secret",
                                                      name="My passport.pdf"))
    sealed = files.sealed_path(data_dir, _sha(content))
    sealed_bytes = sealed.read_bytes()
    assert content not in sealed_bytes and not files.blob_path(data_dir, _sha(content)).exists()
    # The same content again is not sealed a second time (sealing twice never gives the same bytes).
    files.add(data_dir, cid, files.FileInput(_source(tmp_path, "copy.pdf", content), sensitivity="confidential"))
    assert sealed.read_bytes() == sealed_bytes
    assert [r.size for r in files.for_contract(cid)] == [len(content)] * 2
    opened = files.stored_path(data_dir, secret)
    assert opened.name == "My passport.pdf" and opened.read_bytes() == content
    assert opened.parent != sealed.parent and not list(opened.parent.glob(".incoming-*"))
    assert files.save_copy(data_dir, secret, tmp_path / "out.pdf").read_bytes() == content
    assert files.unsealed(data_dir, _sha(content)) == content
    assert files.unsealed(data_dir, _sha(b"nothing sealed")) is None
    # A normal file stays plain, even in an encrypted folder.
    plain = files.add(data_dir, cid, files.FileInput(_source(tmp_path, "logo.svg", b"<svg/>")))
    assert files.stored_path(data_dir, plain) == files.blob_path(data_dir, _sha(b"<svg/>"))


def test_a_sealed_file_goes_with_its_last_record(db, engine, data_dir, tmp_path, sealing):
    if engine != "sqlite":
        pytest.skip("a team database is not encrypted by the program")
    cid = factories.contract()
    first = files.add(data_dir, cid, files.FileInput(_source(tmp_path, "a.pdf", b"secret"), sensitivity="secret"))
    second = files.add(data_dir, cid, files.FileInput(_source(tmp_path, "b.pdf", b"secret"), sensitivity="secret"))
    sealed = files.sealed_path(data_dir, _sha(b"secret"))
    files.remove(data_dir, first)
    assert sealed.exists()
    files.remove(data_dir, second)
    assert not sealed.exists()


def test_a_sealed_file_under_another_key_is_refused_not_shown_as_garbage(db, engine, data_dir, tmp_path, sealing):
    if engine != "sqlite":
        pytest.skip("a team database is not encrypted by the program")
    fid = files.add(data_dir, factories.contract(), files.FileInput(_source(tmp_path, content=b"secret"),
                                                                    sensitivity="secret"))
    cipher.place_marker(data_dir, cipher.new_marker("another passphrase"))
    cipher.unlock(data_dir, "another passphrase")
    with pytest.raises(Refused) as caught:
        files.stored_path(data_dir, fid)
    assert str(caught.value) == "The stored copy is sealed with another passphrase, or damaged."


def test_a_sensitive_file_over_the_limit_or_gone_is_refused_by_name(db, engine, data_dir, tmp_path, sealing):
    if engine != "sqlite":
        pytest.skip("a team database is not encrypted by the program")
    settings.set("file_size_limit_mb", 1)
    cid = factories.contract()
    exact = files.add(data_dir, cid, files.FileInput(_source(tmp_path, "exact.bin", b"e" * MB), sensitivity="secret"))
    assert files.for_contract(cid)[0].id == exact and files.sealed_path(data_dir, _sha(b"e" * MB)).exists()
    over = _source(tmp_path, "over.bin", b"o" * (MB + 1))
    refused = _refused(files.add, data_dir, cid, files.FileInput(over, sensitivity="secret"))
    assert (refused.field, str(refused.message)) == ("file", "“over.bin” is over the size limit of 1 MB.")
    refused = _refused(files.store_sealed, data_dir, tmp_path / "gone.pdf")
    assert (refused.field, str(refused.message)) == ("file", "“gone.pdf” no longer exists.")
    assert [r.id for r in files.for_contract(cid)] == [exact]


def test_a_failed_write_leaves_neither_the_file_nor_a_partial_one(tmp_path, monkeypatch):
    target = tmp_path / "deep" / "folder" / "file.bin"
    files.write_atomically(target, b"whole")
    assert target.read_bytes() == b"whole"

    def full_disk(*_args):
        raise OSError("No space left on device")

    monkeypatch.setattr(files.os, "replace", full_disk)
    with pytest.raises(OSError):
        files.write_atomically(tmp_path / "deep" / "folder" / "other.bin", b"never whole")
    assert sorted(p.name for p in target.parent.iterdir()) == ["file.bin"]
