"""Payments are corrected and removed with an audit trail; a re-import never brings a corrected one back."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.interchange import upwork
from talentdesk.services import contracts, corrections, workroom
from talentdesk.services.errors import NotFound, Refused, ValidationError
from talentdesk.store.models import Contract, Payment, PaymentCorrection
from tests import factories
from tests.interchange_helpers import FIXTURES

OLD = FIXTURES / "upwork" / "transactions_13col.csv"


def test_a_correction_keeps_what_the_payment_said_and_the_totals_follow(db):
    contract = factories.contract()
    payment = contracts.add_payment(contract, "hourly", 125050, "USD", dt.date(2026, 3, 3), "week 9")
    corrections.correct_payment(payment, corrections.PaymentFix("hourly", 12505, dt.date(2026, 3, 3), "week 9"),
                                "typed 1,250.5 for 125.05")
    assert workroom.payments(contract).by_kind == {("hourly", "USD"): 12505}
    [row] = corrections.for_contract(contract)
    assert (row.action, row.was_amount_minor, row.now_amount_minor, row.reason) == \
        ("corrected", 125050, 12505, "typed 1,250.5 for 125.05")
    assert row.payment_id == payment and row.was_paid_on == dt.date(2026, 3, 3)


def test_a_removal_keeps_the_payment_on_the_trail(db):
    contract = factories.contract()
    payment = contracts.add_payment(contract, "bonus", 5000, "USD", dt.date(2026, 3, 4))
    corrections.remove_payment(payment, "")
    assert not Payment.select().exists()
    [row] = corrections.for_contract(contract)
    assert (row.action, row.was_kind, row.was_amount_minor, row.now_amount_minor) == ("removed", "bonus", 5000, None)


def test_a_correction_that_changes_nothing_or_reads_badly_is_refused(db):
    contract = factories.contract()
    payment = contracts.add_payment(contract, "hourly", 100, "USD", dt.date(2026, 3, 3))
    with pytest.raises(Refused, match="Nothing was changed"):
        corrections.correct_payment(payment, corrections.PaymentFix("hourly", 100, dt.date(2026, 3, 3)))
    with pytest.raises(ValidationError) as caught:
        corrections.correct_payment(payment, corrections.PaymentFix("hourly", -5, dt.date(2026, 3, 3)))
    assert caught.value.field == "amount"
    assert not PaymentCorrection.select().exists()


def test_a_reimport_after_correcting_and_removing_imported_payments_adds_nothing(db):
    upwork.import_file(OLD, create_missing=True)
    imported = list(Payment.select().where(Payment.source == "upwork").order_by(Payment.id))
    first, second = imported[0], imported[1]
    corrections.correct_payment(first.id, corrections.PaymentFix(first.kind, first.amount_minor + 1, first.paid_on,
                                                                 "fixed by hand"), "the marketplace had a typo")
    corrections.remove_payment(second.id, "a duplicate on the marketplace")
    count = Payment.select().count()
    again = upwork.import_file(OLD, create_missing=True)
    assert again.counts["payment"] == 0 and Payment.select().count() == count
    assert Payment.get_by_id(first.id).amount_minor == first.amount_minor + 1
    assert not Payment.select().where(Payment.external_ref == second.external_ref).exists()
    assert any(s.reason == "already imported" and second.external_ref.split(":")[1] in s.what for s in again.skipped)


def test_a_removed_file_keeps_its_bytes_for_undo_until_the_next_start_sweeps_them(db, data_dir, tmp_path):
    import hashlib

    from talentdesk.services import files, history

    contract = factories.contract()
    source = tmp_path / "brief.pdf"
    source.write_bytes(b"%PDF-1.4 the brief")
    with history.operation("Add files"):
        first = files.add(data_dir, contract, files.FileInput(source))
    sha = files.for_contract(contract)[0].sha256
    kept = files.stored(data_dir)  # the folder's files, or the team database's
    with history.operation("Remove file"):
        files.remove(data_dir, first, keep_bytes=True)
    assert kept.has(sha)
    history.undo()
    assert hashlib.sha256(files.stored_path(data_dir, first).read_bytes()).hexdigest() == sha
    assert files.sweep_unreferenced(data_dir) == 0  # still recorded: kept
    history.redo()
    assert files.sweep_unreferenced(data_dir) == 1 and not kept.has(sha)


def test_a_scope_change_is_corrected_by_a_reversing_row_that_puts_the_term_back(db):
    from talentdesk.services import scope
    from talentdesk.store.models import Contract

    contract = factories.contract(end_date=dt.date(2026, 6, 1), weekly_limit_hours=10)
    change = scope.extend_end_date(contract, dt.date(2026, 7, 1), scope.Request("more work"))
    limit = scope.change_weekly_limit(contract, 20, scope.Request("busier"), dt.date(2026, 3, 2))
    reversal = scope.reverse(change, scope.Request("they did not agree after all"))
    assert Contract.get_by_id(contract).end_date == dt.date(2026, 6, 1)
    ledger = {row.id: row for row in scope.ledger(contract)}
    assert len(ledger) == 3  # nothing rewritten: the change and its reversal are both there
    assert (ledger[reversal].before, ledger[reversal].after) == ("2026-07-01", "2026-06-01")
    assert ledger[reversal].cost_delta_minor == -ledger[change].cost_delta_minor
    with pytest.raises(Refused, match="already been reversed"):
        scope.reverse(change, scope.Request("again"))
    scope.change_weekly_limit(contract, 30, scope.Request("even busier"), dt.date(2026, 3, 2))
    with pytest.raises(Refused, match="has changed since"):
        scope.reverse(limit, scope.Request("no"))
    assert Contract.get_by_id(contract).weekly_limit_hours == 30


def test_reversing_a_dated_rate_change_puts_the_terms_back_from_its_day(db):
    from talentdesk.services import scope, terms

    contract = factories.contract(end_date=dt.date(2026, 12, 31), rate_minor=5000)
    raised = scope.change_rate(contract, 6000, scope.Request("raise"), dt.date(2026, 4, 6))
    assert terms.in_force(contract, dt.date(2026, 4, 6)).rate_minor == 6000
    scope.reverse(raised, scope.Request("agreed by mistake"))
    assert terms.in_force(contract, dt.date(2026, 4, 6)).rate_minor == 5000
    assert terms.in_force(contract, dt.date(2026, 3, 2)).rate_minor == 5000
    assert [r.effective_on for r in terms.history(contract)][-1] == dt.date(2026, 4, 6)


def test_hours_grants_and_file_details_are_edited_and_removed(db, data_dir, tmp_path):
    from talentdesk.services import access, files, worklog

    contract = factories.contract()
    entry = worklog.add(contract, dt.date(2026, 3, 2), 60, "typo day")
    worklog.edit(entry, dt.date(2026, 3, 3), 90, "right day")
    shown = worklog.entries(contract)[0]
    assert (shown.day, shown.minutes, shown.note) == (dt.date(2026, 3, 3), 90, "right day")
    with pytest.raises(ValidationError):
        worklog.edit(entry, dt.date(2026, 3, 3), 0)
    grant = access.grant(contract, "Code host", tier="write", granted_on=dt.date(2026, 3, 1))
    access.edit(grant, "Code host (org)", tier="admin", granted_on=dt.date(2026, 3, 1))
    row = access.for_contract(contract)[0]
    assert (row.system, row.tier) == ("Code host (org)", "admin")
    access.remove(grant)
    assert access.for_contract(contract) == []
    source = tmp_path / "a.txt"
    source.write_text("x")
    attached = files.add(data_dir, contract, files.FileInput(source))
    files.edit_details(attached, direction="from_them", sensitivity="confidential", shared_on=dt.date(2026, 1, 2),
                       note="NDA")
    shown = files.for_contract(contract)[0]
    assert (shown.direction, shown.sensitivity, shown.shared_on, shown.note) == (
        "from_them", "confidential", dt.date(2026, 1, 2), "NDA")


def test_messages_feedback_reviews_appreciation_and_rates_are_corrected_and_removed(db):
    from talentdesk.services import appreciation, records, talents
    from talentdesk.store.models import Appreciation, Feedback, Message, PrivateReview, Rate

    person = factories.talent("Ana Souza")
    contract = factories.contract(person)
    message = contracts.add_message(contract, "Call about the logo", channel="call",
                                    sent_at=dt.datetime(2026, 3, 3, 9, 0))
    records.edit_message(message, "Call about the logo and the icons", author="them", channel="call",
                         sent_at=dt.datetime(2026, 3, 3, 9, 30), duration_minutes=25)
    shown = Message.get_by_id(message)
    assert (shown.body, shown.author, shown.duration_minutes) == ("Call about the logo and the icons", "them", 25)
    with pytest.raises(ValidationError):
        records.edit_message(message, "  ", author="me", channel="call", sent_at=shown.sent_at)
    feedback = contracts.add_feedback(contract, "given", 3, "ok", dt.date(2026, 3, 4))
    records.edit_feedback(feedback, 5, "Great work", dt.date(2026, 3, 5))
    assert (Feedback.get_by_id(feedback).score, Feedback.get_by_id(feedback).comment) == (5, "Great work")
    review = contracts.add_private_review(contract, contracts.ReviewInput(3, 3, 3, 3, 3, 3, "yes", 8, reviewed_on=dt.date(2026, 3, 1)))
    records.edit_private_review(review, contracts.ReviewInput(5, 4, 4, 4, 5, 5, would_rehire="yes", recommend=9,
                                                              reviewed_on=dt.date(2026, 3, 2)))
    assert (PrivateReview.get_by_id(review).skills, PrivateReview.get_by_id(review).recommend) == (5, 9)
    thanks = appreciation.add_appreciation(appreciation.AppreciationInput(
        talent_id=person, kind="praise", what="The icon set was spot on", given_on=dt.date(2026, 3, 6)))
    rate = talents.add_rate(person, dt.date(2026, 1, 1), 4500, "USD")
    records.edit_rate(rate, dt.date(2026, 2, 1), 5000, "USD", "yearly revisit")
    assert (Rate.get_by_id(rate).amount_minor, Rate.get_by_id(rate).effective_on) == (5000, dt.date(2026, 2, 1))
    for remove, record_id in ((records.remove_message, message), (records.remove_feedback, feedback),
                              (records.remove_private_review, review), (records.remove_appreciation, thanks),
                              (records.remove_rate, rate)):
        remove(record_id)
    assert not any(m.select().exists() for m in (Message, Feedback, PrivateReview, Appreciation, Rate))
    with pytest.raises(NotFound):
        records.remove_rate(rate)


def test_appreciation_is_corrected_by_the_rules_of_adding_it_and_a_bonus_keeps_its_money(db):
    from talentdesk.services import appreciation, records
    from talentdesk.store.models import Appreciation, Payment

    person = factories.talent("Ana Souza")
    contract = factories.contract(person, start_date=dt.date(2026, 1, 5))
    praise = appreciation.add_appreciation(appreciation.AppreciationInput(
        talent_id=person, kind="praise", what="The icon set was spot on", given_on=dt.date(2026, 3, 6)))
    shown = records.appreciation(praise)
    assert (shown.talent_name, shown.data.kind, shown.data.what, shown.is_bonus) == (
        "Ana Souza", "praise", "The icon set was spot on", False)
    records.edit_appreciation(praise, appreciation.AppreciationInput(
        person, "testimonial_received", "Her testimonial names the icon set and the hand-over",
        dt.date(2026, 3, 7), contract))
    row = Appreciation.get_by_id(praise)
    assert (row.kind, row.given_on, row.contract_id) == ("testimonial_received", dt.date(2026, 3, 7), contract)
    with pytest.raises(ValidationError) as said:
        records.edit_appreciation(praise, appreciation.AppreciationInput(person, "praise", "great job"))
    assert said.value.field == "what you appreciated" and Appreciation.get_by_id(praise).kind == "testimonial_received"

    bonus = appreciation.add_appreciation(appreciation.AppreciationInput(
        person, "thanks_bonus", "The launch went out a week early", dt.date.today(), contract, 20000, "USD"))
    assert records.appreciation(bonus).data.amount_minor == 20000 and records.appreciation(bonus).is_bonus
    records.edit_appreciation(bonus, appreciation.AppreciationInput(
        person, "thanks_bonus", "The launch went out a week early, tested", dt.date(2026, 1, 9), contract, 1, "USD"))
    row = Appreciation.get_by_id(bonus)
    assert row.what == "The launch went out a week early, tested" and row.given_on == dt.date.today()
    assert Payment.get_by_id(row.payment_id).amount_minor == 20000  # money is corrected on the Payments tab
    with pytest.raises(ValidationError) as said:
        records.edit_appreciation(bonus, appreciation.AppreciationInput(person, "praise", "Still a thank-you here"))
    assert said.value.field == "kind"


def test_the_edit_forms_start_from_what_is_recorded(db):
    from talentdesk.services import records, talents

    person = factories.talent("Ana Souza")
    contract = factories.contract(person, title="Icons")
    feedback = contracts.add_feedback(contract, "received", 4, "clear brief", dt.date(2026, 3, 4))
    assert records.feedback(feedback) == records.FeedbackShown(
        feedback, contract, "Icons", "Ana Souza", "received", 4, "clear brief", dt.date(2026, 3, 4))
    review = contracts.ReviewInput(5, 4, 3, 2, 1, 5, "maybe", 6, "budget ran out", "kind notes", True,
                                   dt.date(2026, 3, 1))
    shown = records.private_review(contracts.add_private_review(contract, review))
    assert (shown.contract_title, shown.talent_id, shown.review) == ("Icons", person, review)
    rate = records.rate(talents.add_rate(person, dt.date(2026, 1, 1), 4500, "EUR", "yearly"))
    assert (rate.talent_name, rate.effective_on, rate.amount_minor, rate.currency, rate.note) == (
        "Ana Souza", dt.date(2026, 1, 1), 4500, "EUR", "yearly")
    records.remove_feedback(feedback)
    with pytest.raises(NotFound):
        records.feedback(feedback)


def test_a_review_without_an_answer_to_rehire_or_recommend_is_refused_not_answered_for_the_user(db):
    contract = factories.contract()
    for missing, field in ((dict(recommend=8), "would rehire"), (dict(would_rehire="maybe"), "recommend")):
        with pytest.raises(ValidationError) as said:
            contracts.add_private_review(contract, contracts.ReviewInput(4, 4, 4, 4, 4, 4, **missing, is_checkin=True))
        assert said.value.field == field
    from talentdesk.store.models import PrivateReview
    assert not PrivateReview.select().exists()


def test_each_edit_form_starts_from_the_whole_record(db):
    from talentdesk.services import appreciation, records, talents

    person = factories.talent("Ana Souza")
    euros = factories.contract(person, title="Icons", currency="EUR", start_date=dt.date(2026, 1, 5))
    review = contracts.ReviewInput(5, 4, 3, 2, 1, 5, "maybe", 6, "budget ran out", "kind notes", True,
                                   dt.date(2026, 3, 1))
    review_id = contracts.add_private_review(euros, review)
    assert records.private_review(review_id) == records.ReviewShown(review_id, euros, "Icons", person, "Ana Souza",
                                                                    review)
    own = talents.add_rate(person, dt.date(2026, 1, 1), 4500, "EUR", "yearly")
    agreed = talents.add_rate(person, dt.date(2026, 2, 2), 5000, "EUR", "for the icons", contract_id=euros)
    assert records.rate(own) == records.RateShown(own, "Ana Souza", "", dt.date(2026, 1, 1), 4500, "EUR", "yearly")
    assert records.rate(agreed) == records.RateShown(agreed, "Ana Souza", "Icons", dt.date(2026, 2, 2), 5000, "EUR",
                                                     "for the icons")
    said = "The icon set was spot on"
    loose = appreciation.add_appreciation(appreciation.AppreciationInput(person, "praise", said, dt.date(2026, 3, 6)))
    on_work = appreciation.add_appreciation(appreciation.AppreciationInput(
        person, "referral", "Sent me to a printer who delivered", dt.date(2026, 3, 7), euros))
    bonus = appreciation.add_appreciation(appreciation.AppreciationInput(
        person, "thanks_bonus", "The launch went out a week early", dt.date(2026, 3, 8), euros, 20000, "EUR"))
    assert records.appreciation(loose) == records.AppreciationShown(loose, "Ana Souza", appreciation.AppreciationInput(
        person, "praise", said, dt.date(2026, 3, 6), None, None, "USD"))  # the form's default currency
    assert records.appreciation(on_work) == records.AppreciationShown(
        on_work, "Ana Souza", appreciation.AppreciationInput(
            person, "referral", "Sent me to a printer who delivered", dt.date(2026, 3, 7), euros, None, "EUR"))
    assert records.appreciation(bonus) == records.AppreciationShown(bonus, "Ana Souza", appreciation.AppreciationInput(
        person, "thanks_bonus", "The launch went out a week early", dt.date(2026, 3, 8), euros, 20000, "EUR"))
    Contract.update(currency="GBP").where(Contract.id == euros).execute()  # the contract's currency set right later
    assert (records.appreciation(bonus).data.currency, records.appreciation(on_work).data.currency) == ("EUR", "GBP")


@pytest.mark.parametrize("read,what", [("private_review", "review"), ("appreciation", "appreciation"),
                                       ("rate", "rate")])
def test_a_record_gone_meanwhile_is_said_by_its_kind(db, read, what):
    from talentdesk.services import records

    with pytest.raises(NotFound) as gone:
        getattr(records, read)(4242)
    assert str(gone.value) == f"That {what} is no longer recorded; it may have been removed."


def test_a_corrected_message_or_feedback_is_checked_field_by_field_and_a_removed_one_is_said_as_such(db):
    """What a person sees beside each field of the correction forms, the limits they may reach and not pass,
    and the sentence when the record went meanwhile."""
    from talentdesk.services import records
    from talentdesk.store.models import Feedback, Message

    contract = factories.contract()
    message = contracts.add_message(contract, "Kick-off", channel="call", sent_at=dt.datetime(2026, 3, 3, 9, 0))
    when = dt.datetime(2026, 3, 4, 10, 15)
    good = dict(author="them", channel="email", sent_at=when, duration_minutes=0)
    records.edit_message(message, "x" * 200_000, **good)  # the longest body there is, and a call of no minutes
    row = Message.get_by_id(message)
    assert (len(row.body), row.author, row.channel, row.sent_at, row.duration_minutes) == (
        200_000, "them", "email", when, 0)
    for field, body, changes in (("message", "x" * 200_001, {}), ("message", " ", {}),
                                 ("author", "Hello", {"author": "someone"}),
                                 ("channel", "Hello", {"channel": "pigeon"}),
                                 ("duration", "Hello", {"duration_minutes": -1})):
        with pytest.raises(ValidationError) as refused:
            records.edit_message(message, body, **{**good, **changes})
        assert refused.value.field == field, (field, changes)
    assert len(Message.get_by_id(message).body) == 200_000  # nothing refused was written

    feedback = contracts.add_feedback(contract, "given", 3, "ok", dt.date(2026, 3, 4))
    records.edit_feedback(feedback, 4, "y" * 5000, dt.date(2026, 3, 6))
    row = Feedback.get_by_id(feedback)
    assert (row.score, len(row.comment), row.given_on) == (4, 5000, dt.date(2026, 3, 6))
    for field, args in (("score", (6, "fine", dt.date(2026, 3, 6))), ("comment", (4, "y" * 5001, dt.date(2026, 3, 6))),
                        ("date", (4, "fine", "the sixth"))):
        with pytest.raises(ValidationError) as refused:
            records.edit_feedback(feedback, *args)
        assert refused.value.field == field
    assert Feedback.get_by_id(feedback).comment == "y" * 5000

    records.remove_message(message)
    records.remove_feedback(feedback)
    with pytest.raises(NotFound, match="That message is no longer recorded"):
        records.edit_message(message, "Hello", **good)
    with pytest.raises(NotFound, match="That feedback is no longer recorded"):
        records.edit_feedback(feedback, 4, "fine", dt.date(2026, 3, 6))
