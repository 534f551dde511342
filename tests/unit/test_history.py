"""Undo and redo through the operation journal: any write inside an operation can be taken back."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talentdesk.interchange import upwork
from talentdesk.services import contracts, corrections, history, milestones, scope, talents, worklog
from talentdesk.services.errors import Refused, ValidationError
from talentdesk.store import journal
from talentdesk.store.db import database as db_proxy
from talentdesk.store.models import ALL_MODELS, Contract, ContractTerm, Payment, PaymentConversion, Talent
from talentdesk.store.schema import open_database
from tests import factories
from tests.interchange_helpers import FIXTURES, csv_exports

# Exports taken before and after are compared: the queue's clock is held still between them.
pytestmark = pytest.mark.usefixtures("held_clock")

UPWORK_OLD = FIXTURES / "upwork" / "transactions_13col.csv"


def all_exports(folder: Path) -> dict[str, bytes]:
    return csv_exports(folder)


def all_rows() -> dict[str, list[tuple]]:
    """Every row of every table of the models: what undo must give back beyond what the exports show."""
    conn = db_proxy.obj.connection()
    return {m._meta.table_name: conn.execute(f'SELECT * FROM "{m._meta.table_name}" ORDER BY rowid').fetchall()
            for m in ALL_MODELS}


def test_the_journal_covers_the_tables_of_every_schema_step(db):
    names = {t.name for t in journal.journaled_tables(db_proxy.obj.connection())}
    assert {"contract_term", "payment_conversion", "payment_correction", "payment", "scope_change"} <= names
    assert not any(name.startswith("search") or name == "database_info" for name in names)


def test_a_rate_change_and_a_payment_in_another_currency_undo_over_the_new_tables(db):
    contract_id = factories.contract(title="Logo")
    terms_before = ContractTerm.select().count()
    with history.operation("Change rate"):
        scope.change_rate(contract_id, 6500, scope.Request("market rate"), dt.date(2026, 3, 2))
    with history.operation("Record payment"):
        currency = "EUR" if Contract.get_by_id(contract_id).currency != "EUR" else "GBP"
        contracts.add_payment(contract_id, "hourly", 9000, currency, dt.date(2026, 3, 9), "abroad", None, None, 9800)
    assert ContractTerm.select().count() == terms_before + 1 and PaymentConversion.select().count() == 1
    history.undo()
    assert PaymentConversion.select().count() == 0 and Payment.select().count() == 0
    history.undo()
    assert ContractTerm.select().count() == terms_before
    history.redo()
    history.redo()
    assert ContractTerm.select().count() == terms_before + 1
    assert PaymentConversion.get().contract_amount_minor == 9800


def test_a_step_undoes_and_redoes_and_names_itself(db):
    with history.operation("Add talent"):
        person = factories.talent("Ana Souza")
    with history.operation("Record payment"):
        contract = factories.contract(person)
        contracts.add_payment(contract, "hourly", 125050, "USD", dt.date(2026, 3, 3))
    assert history.labels() == history.Labels("Record payment", None)
    outcome = history.undo()
    assert outcome.name == "Record payment" and {"payment", "contract"} <= outcome.tables
    assert Payment.select().count() == 0 and Contract.select().count() == 0
    assert history.labels() == history.Labels("Add talent", "Record payment")
    history.redo()
    assert Payment.get().amount_minor == 125050
    assert history.labels() == history.Labels("Record payment", None)


def test_a_new_step_forgets_what_could_be_redone_and_an_empty_step_is_not_kept(db):
    with history.operation("Add talent"):
        factories.talent("A")
    history.undo()
    with history.operation("Nothing"):
        pass
    assert history.labels() == history.Labels(None, "Add talent")
    with history.operation("Add other"):
        factories.talent("B")
    assert history.labels() == history.Labels("Add other", None)


def test_a_failed_operation_leaves_no_step_and_no_rows(db):
    with pytest.raises(RuntimeError), history.operation("Broken"):
        factories.talent("Half")
        raise RuntimeError("boom")
    assert Talent.select().count() == 0 and history.labels() == history.Labels(None, None)


def test_a_delete_with_cascades_comes_back_whole_with_search(db):
    with history.operation("Add"):
        person = talents.create_talent(talents.TalentInput(name="Zoë Quill", skills=[("Rust", 3)],
                                                           channels=[talents.Channel("email", "z@q.io")]))
    with history.operation("Delete person"):
        talents.delete_talent(person)
    assert talents.search_ids("Quill") == []
    history.undo()
    assert talents.search_ids("Quill") == [person] and talents.search_ids("Rust") == [person]
    assert [c.value for c in Talent.get_by_id(person).channels] == ["z@q.io"]


def test_a_record_changed_since_is_never_overwritten(db):
    contract = factories.contract()
    with history.operation("Record payment"):
        payment = contracts.add_payment(contract, "hourly", 1000, "USD", dt.date(2026, 3, 3))
    Payment.update(description="typed elsewhere").where(Payment.id == payment).execute()  # outside the history
    with pytest.raises(history.CannotUndo, match="was changed since; it cannot be undone"):
        history.undo()
    assert Payment.get_by_id(payment).description == "typed elsewhere"
    assert history.labels().undo == "Record payment"


def test_nothing_to_undo_says_so(db):
    with pytest.raises(Refused, match="nothing to undo"):
        history.undo()


def test_an_import_is_one_step(db):
    with history.operation("Import"):
        upwork.import_file(UPWORK_OLD, create_missing=True)
    assert Payment.select().count() > 0
    history.undo()
    assert Payment.select().count() == 0 and Talent.select().count() == 0 and Contract.select().count() == 0


# -- the property: N operations undone give the start back; redone, the end --------------------------------
OPERATIONS = ("talent", "contract", "payment", "correct", "remove_payment", "favourite", "archive", "message",
              "hours", "remove_hours", "milestone", "edit_milestone", "bonus", "extend", "pause", "delete_talent",
              "import", "rate", "foreign_payment")


def _pick(ids: list[int], n: int) -> int | None:
    return ids[n % len(ids)] if ids else None


def apply(op: str, n: int) -> None:
    """One user action through the services; does nothing when the world has nothing to act on."""
    people = [t.id for t in Talent.select(Talent.id).order_by(Talent.id)]
    running = [c.id for c in Contract.select(Contract.id).where(Contract.status == "active").order_by(Contract.id)]
    paid = [p.id for p in Payment.select(Payment.id).order_by(Payment.id)]
    day = dt.date(2026, 1, 5) + dt.timedelta(days=n % 90)
    request = scope.Request(f"reason {n}")
    try:
        if op == "talent":
            factories.talent(f"Person {n}", notes=f"note {n}")
        elif op == "contract" and people:
            factories.contract(_pick(people, n), title=f"Work {n}")
        elif op == "payment" and running:
            contracts.add_payment(_pick(running, n), "hourly", 100 + n, "USD", day, f"pay {n}")
        elif op == "correct" and paid:
            corrections.correct_payment(_pick(paid, n), corrections.PaymentFix("bonus", 7 + n, day, "fixed"), "typo")
        elif op == "remove_payment" and paid:
            corrections.remove_payment(_pick(paid, n), "double")
        elif op == "favourite" and people:
            talents.set_favourite([_pick(people, n)], n % 2 == 0)
        elif op == "archive" and people:
            talents.archive([_pick(people, n)])
        elif op == "message" and running:
            contracts.add_message(_pick(running, n), f"hello {n}", sent_at=dt.datetime(2026, 2, 1, 9, n % 60))
        elif op == "hours" and running:
            worklog.add(_pick(running, n), day, 30 + n % 300, f"work {n}")
        elif op == "remove_hours":
            entries = [e.id for c in running for e in worklog.entries(c)]
            if entries:
                worklog.remove(_pick(entries, n))
        elif op == "milestone" and running:
            milestones.add(_pick(running, n), f"Step {n}", 500 + n, day)
        elif op == "edit_milestone":
            rows = [m.id for c in running for m in milestones.for_contract(c)]
            if rows:
                milestones.edit(_pick(rows, n), f"Renamed {n}", 900 + n, None)
        elif op == "bonus" and running:
            scope.pay_bonus(_pick(running, n), 50 + n, request)
        elif op == "extend" and running:
            scope.extend_end_date(_pick(running, n), dt.date(2026, 6, 1) + dt.timedelta(days=n), request)
        elif op == "pause" and running:
            scope.pause(_pick(running, n), request)
        elif op == "delete_talent" and people:
            talents.delete_talent(_pick(people, n))
        elif op == "import":
            upwork.import_file(UPWORK_OLD, create_missing=True)
        elif op == "rate" and running:  # a contract_term row from its effective day on
            scope.change_rate(_pick(running, n), 6000 + n, request, dt.date(2026, 2, 2) + dt.timedelta(weeks=n % 8))
        elif op == "foreign_payment" and running:  # a payment_conversion row beside the payment
            contract_id = _pick(running, n)
            currency = "EUR" if Contract.get_by_id(contract_id).currency != "EUR" else "GBP"
            contracts.add_payment(contract_id, "hourly", 300 + n, currency, day, f"abroad {n}", None, None, 330 + n)
    except (Refused, ValidationError):
        pass  # a refused action changes nothing (a person with contracts, a paused contract…)


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.tuples(st.sampled_from(OPERATIONS), st.integers(0, 1000)), min_size=1, max_size=12))
def test_undoing_every_step_gives_the_start_and_redoing_gives_the_end(steps):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        database = open_database(root / "data")
        try:
            factories.contract(factories.talent("Seed Person"), title="Seed work")
            start, start_rows = all_exports(root), all_rows()
            taken = 0
            for op, n in steps:
                with history.operation(op) as step:
                    apply(op, n)
                taken += bool(step.tables)
            end, end_rows = all_exports(root), all_rows()
            for _ in range(taken):
                history.undo()
            assert history.labels().undo is None
            assert all_exports(root) == start
            assert all_rows() == start_rows
            for _ in range(taken):
                history.redo()
            assert history.labels().redo is None
            assert all_exports(root) == end
            assert all_rows() == end_rows
        finally:
            database.close()
