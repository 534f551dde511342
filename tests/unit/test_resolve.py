"""Commands name records as the program shows them: UUID, marketplace id, name or title (services/resolve.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk import cli
from talentdesk.services import resolve
from talentdesk.services.errors import Ambiguous, NotFound
from talentdesk.store.models import Contract, ReviewSession, Talent
from tests import factories


@pytest.fixture
def people(db):
    ana = factories.talent("Ana Souza")
    anabel = factories.talent("Anabel Ortiz")
    site = factories.contract(ana, title="Website redesign", platform="upwork", external_id="34848691",
                              start_date=dt.date(2025, 1, 6))
    again = factories.contract(anabel, title="Website redesign", start_date=dt.date(2026, 2, 2))
    audit = factories.contract(ana, title="Security audit")
    return {"ana": ana, "anabel": anabel, "site": site, "again": again, "audit": audit}


def test_a_person_by_uuid_name_or_an_unambiguous_part(people):
    ana = Talent.get_by_id(people["ana"])
    assert resolve.talent(ana.uuid) == ana.id
    assert resolve.talent(ana.uuid.upper()) == ana.id
    assert resolve.talent("ana souza") == ana.id  # an exact name wins over the longer one that contains it
    assert resolve.talent("Ortiz") == people["anabel"]
    with pytest.raises(Ambiguous) as err:
        resolve.talent("Ana")  # neither exact: both contain it
    assert len(err.value.matches) == 2 and ana.uuid in err.value.matches[0]
    with pytest.raises(NotFound):
        resolve.talent("Nobody")


def test_a_contract_by_uuid_marketplace_id_title_or_part(people):
    site = Contract.get_by_id(people["site"])
    assert resolve.contract(site.uuid) == site.id
    assert resolve.contract("34848691") == site.id  # the marketplace id, not an internal number
    assert resolve.contract("security") == people["audit"]
    with pytest.raises(Ambiguous) as err:
        resolve.contract("Website redesign")
    assert [line.split()[0] for line in err.value.matches] == [site.uuid, Contract.get_by_id(people["again"]).uuid]
    assert "Ana Souza" in err.value.matches[0] and "upwork 34848691" in err.value.matches[0]


def test_report_contract_accepts_what_the_program_shows_and_lists_an_ambiguous_name(people, where_args, tmp_path,
                                                                                 capsys, qapp):
    out = tmp_path / "c.pdf"
    site = Contract.get_by_id(people["site"])
    for token in (site.uuid, "34848691"):
        assert cli.main([*where_args, "report", "contract", token, "--out", str(out)]) == 0
    capsys.readouterr()
    assert cli.main([*where_args, "report", "contract", "Website", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "matches 2 contracts" in err and site.uuid in err and "Anabel Ortiz" in err
    assert cli.main([*where_args, "report", "talent", "Ana", "--out", str(out)]) == 1
    assert "matches 2 people" in capsys.readouterr().err


def session_at(when: dt.datetime) -> ReviewSession:
    return ReviewSession.create(started_at=when)


def test_a_review_session_by_uuid_or_by_the_day_it_started(db):
    before = session_at(dt.datetime(2026, 3, 1, 23, 59))
    midnight = session_at(dt.datetime(2026, 3, 2, 0, 0))
    next_day = session_at(dt.datetime(2026, 3, 3, 0, 0))
    assert resolve.review_session(before.uuid) == before.id
    assert resolve.review_session(f"  {before.uuid.upper()} ") == before.id
    # A day runs from its midnight up to, not including, the next one.
    assert resolve.review_session("2026-03-01") == before.id
    assert resolve.review_session("2026-03-02") == midnight.id
    assert resolve.review_session("2026-03-03") == next_day.id
    with pytest.raises(NotFound) as err:
        resolve.review_session("2026-03-04")
    assert str(err.value) == "no review session matches “2026-03-04”; give its UUID, its name or a part of it."


def test_two_sessions_on_one_day_are_listed_with_their_start_so_one_can_be_picked(db):
    morning = session_at(dt.datetime(2026, 3, 2, 9, 15, 42))
    evening = session_at(dt.datetime(2026, 3, 2, 23, 59, 59))
    session_at(dt.datetime(2026, 3, 3, 9, 0))
    with pytest.raises(Ambiguous) as err:
        resolve.review_session("2026-03-02")
    assert err.value.message == "“2026-03-02” matches 2 review sessions; name one of them (by its UUID):"
    assert err.value.matches == [f"{morning.uuid}  started 2026-03-02 09:15 UTC",
                                 f"{evening.uuid}  started 2026-03-02 23:59 UTC"]


def test_a_review_session_by_its_number_last_and_nothing_for_other_words(db):
    sessions = [session_at(dt.datetime(2026, 3, day, 10)) for day in (1, 2, 3)]
    assert resolve.review_session(str(sessions[1].id)) == sessions[1].id
    for token in ("", None, "   ", "yesterday", "2026-02-30", "99"):
        with pytest.raises(NotFound) as err:
            resolve.review_session(token)
        assert f"“{(token or '').strip()}”" in str(err.value)


def test_the_internal_number_finds_that_one_record_and_only_when_nothing_else_does(people):
    audit = Contract.get_by_id(people["audit"])
    assert resolve.contract(str(audit.id)) == audit.id
    assert resolve.talent(str(people["anabel"])) == people["anabel"]
    with pytest.raises(NotFound):
        resolve.talent("4000")
