"""Who made each write, and edits refused when someone else changed the record since the form was opened.

Two members of one database: on a team database two real roles of the server (each its own connection,
``current_user`` saying who); on the local file two connections to the same file, the second writing under
another login name (as a second user of a shared computer would).
"""
from __future__ import annotations

import datetime as dt
import getpass
import os
from contextlib import contextmanager
from urllib.parse import urlsplit

import psycopg
import pytest

from talentdesk.services import authors, contracts, corrections, scope, talents, timeline, workroom
from talentdesk.store.db import database, make_database
from talentdesk.store.models import Contract, Payment
from talentdesk.store.schema import DATABASE_FILE, open_team_database
from tests import factories

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def members(db, engine, data_dir, request):
    """``members(name)``: a context in which the services write as member ``name`` (a connection of their
    own); yields the name the program records for them."""
    opened, roles = {}, []
    admin_url = request.getfixturevalue("team_url") if engine == "postgresql" else None

    def connect(name: str):
        if engine == "postgresql":
            role = f"{name}_{os.getpid()}"  # roles belong to the whole server: one of this run's own
            with psycopg.connect(admin_url, autocommit=True) as admin:
                admin.execute(f'DROP ROLE IF EXISTS "{role}"')
                admin.execute(f'CREATE ROLE "{role}" LOGIN SUPERUSER')
            roles.append(role)
            parts = urlsplit(admin_url)
            url = parts._replace(netloc=f"{role}@{parts.hostname}:{parts.port}").geturl()
            return open_team_database(url, migrate_schema=False, folder=data_dir), role
        other = make_database(data_dir / DATABASE_FILE)
        other.connect()
        other._talentdesk_author = name  # the login name of a second user of this computer
        return other, name

    @contextmanager
    def as_member(name: str):
        if name not in opened:
            opened[name] = connect(name)
        connection, recorded = opened[name]
        database.initialize(connection)
        try:
            yield recorded
        finally:
            database.initialize(db)

    yield as_member
    database.initialize(db)
    for connection, _name in opened.values():
        connection.close()
    if roles:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            for role in roles:
                admin.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_writes_are_recorded_under_the_database_role_or_the_computers_user(db, engine, request):
    if engine == "postgresql":
        with psycopg.connect(request.getfixturevalue("team_url")) as conn:
            expected = conn.execute("SELECT current_user").fetchone()[0]
    else:
        expected = getpass.getuser()
    assert expected and authors.who() == expected
    contract_id = factories.contract()
    payment_id = contracts.add_payment(contract_id, "hourly", 10000, "USD", DAY)
    assert workroom.payments(contract_id).rows[0].made_by == expected
    assert Contract.get_by_id(contract_id).made_by == expected
    assert Payment.get_by_id(payment_id).changed_by == expected


def test_a_second_edit_of_the_same_contract_is_refused_with_the_first_ones_name_and_time(db, members):
    contract_id = factories.contract(title="Landing page", status="draft")
    with members("ana") as ana:
        opened_by_ana = workroom.contract_input(contract_id)
    with members("ben"):
        opened_by_ben = workroom.contract_input(contract_id)
    assert opened_by_ana.version == opened_by_ben.version
    with members("ana"):
        contracts.update_contract(contract_id, _retitled(opened_by_ana, "Landing page, two languages"),
                                  version=opened_by_ana.version)
    with members("ben"), pytest.raises(authors.ChangedSince) as refused:
        contracts.update_contract(contract_id, _retitled(opened_by_ben, "Landing page and blog"),
                                  version=opened_by_ben.version)
    saved = contracts.get(contract_id)
    assert saved.title == "Landing page, two languages"  # nothing overwritten
    assert (refused.value.name, refused.value.at) == (ana, saved.updated_at)
    assert str(refused.value) == f"Changed by {ana} at {saved.updated_at.isoformat()}, after you opened it — reload?"
    # Reloaded, Ben's form holds Ana's change and the current version: his save goes through.
    with members("ben") as ben:
        reloaded = workroom.contract_input(contract_id)
        assert reloaded.title == "Landing page, two languages"
        contracts.update_contract(contract_id, _retitled(reloaded, "Landing page and blog"), version=reloaded.version)
    assert (contracts.get(contract_id).title, contracts.get(contract_id).changed_by) == ("Landing page and blog", ben)


def _retitled(data: contracts.ContractInput, title: str) -> contracts.ContractInput:
    return contracts.ContractInput(**{**data.__dict__, "title": title})


def test_any_write_to_a_contract_counts_not_only_the_form(db, members):
    contract_id = factories.contract(status="draft")
    opened = workroom.contract_input(contract_id)
    with members("ana") as ana:
        contracts.move(contract_id, "offered")
    with pytest.raises(authors.ChangedSince) as refused:
        contracts.update_contract(contract_id, _retitled(opened, "Mine"), version=opened.version)
    assert refused.value.name == ana
    assert contracts.get(contract_id).status == "offered"


def test_a_person_edited_by_another_member_meanwhile_is_not_overwritten(db, members):
    talent_id = factories.talent("Ana Lima", headline="Designer")
    opened = talents.load_input(talent_id)
    with members("ben") as ben:
        talents.set_favourite([talent_id], True)
    opened.headline = "Illustrator"
    with pytest.raises(authors.ChangedSince) as refused:
        talents.update_talent(talent_id, opened, version=opened.version)
    assert refused.value.name == ben
    assert talents.get(talent_id).headline == "Designer"
    assert talents.get(talent_id).favourite  # Ben's change kept


def test_a_payment_corrected_meanwhile_is_not_corrected_again_over_it(db, members):
    contract_id = factories.contract()
    payment_id = contracts.add_payment(contract_id, "hourly", 10000, "USD", DAY)
    shown = workroom.payment(payment_id)
    with members("ana") as ana:
        corrections.correct_payment(payment_id, corrections.PaymentFix("hourly", 12000, DAY), "re-counted",
                                    version=shown.version)
    with pytest.raises(authors.ChangedSince) as refused:
        corrections.correct_payment(payment_id, corrections.PaymentFix("hourly", 9000, DAY), "typo",
                                    version=shown.version)
    assert (refused.value.name, refused.value.at) == (ana, Payment.get_by_id(payment_id).changed_at)
    with pytest.raises(authors.ChangedSince):
        corrections.remove_payment(payment_id, "twice", version=shown.version)
    assert workroom.payment(payment_id).amount_minor == 12000
    assert len(corrections.for_contract(contract_id)) == 1


def test_the_ledger_the_timeline_and_the_correction_history_say_who(db, members):
    contract_id = factories.contract()
    with members("ana") as ana:
        bonus_id = scope.pay_bonus(contract_id, 5000, scope.Request("Great launch"), paid_on=DAY)
        hourly_id = contracts.add_payment(contract_id, "hourly", 10000, "USD", DAY)
    with members("ben") as ben:
        corrections.correct_payment(hourly_id, corrections.PaymentFix("hourly", 11000, DAY), "re-counted",
                                    version=workroom.payment(hourly_id).version)
    ledger = {row.id: row for row in workroom.payments(contract_id).rows}
    assert (ledger[bonus_id].made_by, ledger[bonus_id].changed_by) == (ana, ana)
    assert (ledger[hourly_id].made_by, ledger[hourly_id].changed_by) == (ana, ben)  # entered by Ana, corrected by Ben
    [correction] = corrections.for_contract(contract_id)
    assert correction.made_by == ben
    events = {e.kind: e for e in timeline.page(timeline.TimelineFilter(kinds=frozenset({"bonus", "scope_change"})))}
    assert events["bonus"].made_by == ana
    assert events["scope_change"].made_by == ana  # the bonus's ledger row


def test_a_write_without_a_version_is_not_checked(db, members):
    """The command line and the importers hold no form: their writes go through, and still count."""
    contract_id = factories.contract(status="draft")
    before = contracts.get(contract_id).version
    with members("ana"):
        contracts.update_contract(contract_id, _retitled(workroom.contract_input(contract_id), "New"))
    contracts.update_contract(contract_id, _retitled(workroom.contract_input(contract_id), "Newer"))
    assert contracts.get(contract_id).version == before + 2


def test_a_list_says_who_only_once_two_people_have_written_in_it():
    assert not authors.several([])
    assert not authors.several(["ana", "ana", ""])  # one person, and rows from before anyone was recorded
    assert not authors.several(["", None])
    assert authors.several(["ana", "", "ben", "ana"])


def test_a_change_by_someone_the_system_could_not_name_is_refused_without_a_name(db):
    contract_id = factories.contract(status="draft")
    opened = workroom.contract_input(contract_id)
    Contract.update(changed_by="", version=Contract.version + 1).where(Contract.id == contract_id).execute()
    with pytest.raises(authors.ChangedSince) as refused:
        contracts.update_contract(contract_id, _retitled(opened, "Mine"), version=opened.version)
    at = contracts.get(contract_id).updated_at
    assert (refused.value.name, refused.value.at) == ("", at)
    assert str(refused.value) == f"Changed at {at.isoformat()}, after you opened it — reload?"


def test_a_record_removed_meanwhile_is_left_to_the_caller_to_say(db):
    contract_id = factories.contract(status="draft")
    version = contracts.get(contract_id).version
    authors.claim(Contract, contract_id, version)  # at its version: nothing to say, nothing changed
    assert contracts.get(contract_id).version == version
    Contract.delete_by_id(contract_id)
    authors.claim(Contract, contract_id, version)  # gone: not "changed since"


def test_a_bulk_change_of_several_records_counts_as_a_write_by_this_member(db, members):
    first, second = factories.talent("Ana"), factories.talent("Ben")
    before = {t: talents.get(t) for t in (first, second)}
    with members("cy") as cy:
        talents.set_favourite([first, second], True)
    for talent_id, was in before.items():
        now = talents.get(talent_id)
        assert (now.version, now.changed_by, now.favourite) == (was.version + 1, cy, True)
        assert now.updated_at >= was.updated_at
