"""Random and mutated files fed to every importer: a clean import or a clear error, never a traceback,
and on error the database is exactly as it was."""
from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talentdesk.interchange import backup, csv_import, upwork, vcard
from talentdesk.services.errors import ServiceError
from tests import factories
from tests.interchange_helpers import FIXTURES, snapshot

SEEDS = {
    "upwork": [FIXTURES / "upwork" / n for n in ("transactions_13col.csv", "transactions_19col.csv")],
    "csv": [FIXTURES / "csv" / "csvkit" / n for n in ("bad.csv", "test_locale.csv", "test_utf16_little.csv")]
    + [FIXTURES / "upwork" / "transactions_13col.csv"],
    "vcard": [FIXTURES / "vcard" / n for n in ("John_Doe_ANDROID.vcf", "outlook-2007.vcf", "issue114.vcf",
                                               "rfc6350-example.vcf", "vcard_with_groups.vcf")],
}
_counter = itertools.count()


@st.composite
def mutated(draw, kind):
    data = bytearray(draw(st.sampled_from(SEEDS[kind])).read_bytes())
    if len(data) > 6000:
        data = data[:6000]
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(("flip", "insert", "delete", "truncate", "dup")))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[at] = draw(st.sampled_from(b'\x00,;"\r\n=:\\\xff\xc3-+@9.')) if draw(st.booleans()) else draw(
                st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(st.sampled_from([b'"', b"\r\n", b",,,", b"\x00", b"=\r\n", b"\xef\xbb\xbf",
                                                b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"-99999999999999.999",
                                                b"Sep 99, 2026", b"\xfe\xff"]))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        elif op == "truncate":
            del data[at:]
        elif op == "dup" and data:
            chunk = data[at:at + 80]
            data[at:at] = chunk
    return bytes(data)


def files(kind):
    return st.one_of(mutated(kind), st.binary(max_size=400),
                     st.text(max_size=300).map(lambda t: t.encode("utf-8")))


def check(db, tmp_path, data: bytes, importer):
    path = tmp_path / f"f{next(_counter)}.dat"
    path.write_bytes(data)
    before = snapshot(db)
    try:
        importer(path)
    except ServiceError as exc:
        assert str(exc).strip() and "\n" not in str(exc).strip()
        assert snapshot(db) == before, "an import that failed changed the database"


QUICK = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
SLOW = settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))


def _upwork(path):
    return upwork.import_file(path, create_missing=True, talent="Ana Souza")


def _csv_talents(path):
    return csv_import.import_file("talents", path, csv_import.Options(mapping={"name": "1"}))


def _csv_payments(path):
    return csv_import.import_file("payments", path, csv_import.Options(
        mapping={"talent": "1", "date": "2", "amount": "3"}, create_missing=True))


IMPORTERS = {"upwork": ("upwork", _upwork), "csv talents": ("csv", _csv_talents),
             "csv payments": ("csv", _csv_payments), "vcard": ("vcard", vcard.import_file)}


@pytest.fixture
def world(db):
    factories.talent("Ana Souza")
    return db


@pytest.mark.parametrize("name", sorted(IMPORTERS))
def test_importers_never_trace_back(world, tmp_path, name):
    kind, importer = IMPORTERS[name]

    @QUICK
    @given(files(kind))
    def run(data):
        check(world, tmp_path, data, importer)

    run()


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(IMPORTERS))
def test_importers_never_trace_back_long(world, tmp_path, name):
    kind, importer = IMPORTERS[name]

    @SLOW
    @given(files(kind))
    def run(data):
        check(world, tmp_path, data, importer)

    run()


def test_restore_refuses_mutated_archives(world, data_dir, tmp_path):
    archive = tmp_path / "good.zip"
    backup.create(archive, folder=data_dir)
    good = archive.read_bytes()

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.integers(0, len(good) - 1), st.integers(1, 255), st.booleans())
    def run(at, value, truncate):
        data = bytearray(good)
        if truncate:
            del data[at:]
        else:
            data[at] ^= value
        check(world, tmp_path, bytes(data), lambda p: backup.restore(p, folder=data_dir))

    run()
