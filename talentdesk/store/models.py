"""The tables of TalentDesk's domain (see PRODUCT.md, "The domain, in words").

Conventions that hold across every table:
- money is an integer amount of minor units plus an ISO 4217 code, never a float;
- calendar days are ``date``; instants are UTC ``datetime`` without tzinfo;
- every record a user sees by identity carries a UUID besides its integer key,
  so exports, vCard/iCalendar UIDs and backups are stable;
- the constraints below are the last line of defence: services validate first
  and give a readable message, the database refuses what slips past.
"""
from __future__ import annotations

import datetime as dt
import uuid as uuidlib

from peewee import (
    SQL,
    BlobField,
    BooleanField,
    CharField,
    Check,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from . import dialect
from .db import database


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def author() -> str:
    """Who the current connection writes as (``dialect.current_author``): every new row of the tables below that
    record who made them takes it, whichever service or importer wrote it."""
    return dialect.current_author(database)


def _made_by() -> CharField:
    """Who made the row (schema step 11); older rows say nobody."""
    return CharField(max_length=120, default=author, constraints=[SQL("DEFAULT ''")])


def _in(column: str, values: tuple[str, ...]) -> Check:
    quoted = ", ".join(f"'{v}'" for v in values)
    return Check(f"{column} IN ({quoted})")


def _currency(column: str = "currency") -> Check:
    return Check(f"length({column}) = 3 AND {column} GLOB '[A-Z][A-Z][A-Z]'")


def _score(column: str) -> Check:
    return Check(f"{column} BETWEEN 1 AND 5")


# Enumerations are plain tuples so services, views and checks share one list.
BENCH_STATUSES = ("active", "on_bench", "trial", "do_not_rehire", "archived")
CHANNELS = ("chat", "email", "call", "video", "recorded_video", "note")
CONTACT_KINDS = ("email", "phone", "chat", "other")
CONTRACT_KINDS = ("hourly", "fixed", "retainer")
CONTRACT_STATUSES = ("draft", "offered", "active", "paused", "ended")
SCOPE_CHANGE_KINDS = (
    "end_date",
    "weekly_limit",
    "milestone_added",
    "milestone_edited",
    "bonus",
    "rate",
    "weekly_payment",
    "paused",
    "resumed",
)
MILESTONE_STATUSES = ("pending", "submitted", "approved", "paid")
PAYMENT_KINDS = ("hourly", "milestone", "bonus", "weekly_payment", "fee", "refund", "other")
DIRECTIONS = ("to_them", "from_them")
SENSITIVITIES = ("normal", "confidential", "secret")
# "deliverable" stays readable for files recorded before the kinds of person-level documents came.
DOCUMENT_KINDS = ("agreement", "nda", "insurance", "tax_form", "id", "invoice", "deliverable", "other")
RISK_LEVELS = ("low", "medium", "high")
FEEDBACK_DIRECTIONS = ("given", "received")
REHIRE_ANSWERS = ("yes", "maybe", "no")
APPRECIATION_KINDS = ("praise", "testimonial_asked", "testimonial_received", "referral", "thanks_bonus")
GRANT_KINDS = ("access", "equipment")
ACCESS_TIERS = ("read", "write", "admin")
OFFBOARDING_KINDS = ("revoke_access", "deliverables", "equipment", "delete_data", "feedback", "other")
REQUESTERS = ("me", "talent")
AUTHORS = ("me", "them")
TEST_DECISIONS = ("hire", "no_hire")
CARD_STATES = ("snoozed", "dismissed")
DECISIONS = ("done", "snoozed", "dismissed", "acted")
INTERACTION_KINDS = ("message", "call", "meeting", "note")
CORRECTION_ACTIONS = ("corrected", "removed")


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Identified(BaseModel):
    """A record users know by identity: it has a stable UUID."""

    uuid = CharField(max_length=36, unique=True, default=new_uuid)


class Versioned:
    """A record people edit in a form (schema step 11): ``version`` counts its writes and ``changed_by`` says
    who made the last, so an edit opened on an older version can be refused instead of written over a newer
    one (``services.authors.claim``). Every save of an existing row counts, whatever service makes it."""

    CHANGED_AT = "updated_at"  # the field that says when it was last changed
    version: int  # the fields, declared on each model (column order follows the schema steps)
    changed_by: str

    def save(self, force_insert=False, only=None):
        if self._pk is not None and not force_insert:  # type: ignore[attr-defined]
            self.version = (self.version or 0) + 1
            self.changed_by = author()
            setattr(self, self.CHANGED_AT, utcnow())
            if only is not None:
                only = [*only, "version", "changed_by", self.CHANGED_AT]
        return super().save(force_insert=force_insert, only=only)  # type: ignore[misc]


class DatabaseInfo(BaseModel):
    """Key/value facts about the database itself (schema version, created)."""

    key = CharField(primary_key=True)
    value = TextField()


class Setting(BaseModel):
    """User settings that travel with the data (thresholds, my working day)."""

    key = CharField(primary_key=True)
    value = TextField()  # JSON


class ExchangeRate(BaseModel):
    """How many units of ``currency`` one euro bought on ``day`` (the European Central Bank's reference rates
    and the user's own, in the same form; schema step 8). Kept as written (decimal text), never a float:
    services/exchange.py crosses two of them to reach the home currency."""

    day = DateField()
    currency = CharField(max_length=3, constraints=[_currency()])
    per_eur = CharField(max_length=32, constraints=[Check("length(trim(per_eur)) > 0")])
    source = CharField(max_length=20, default="manual")  # "ecb", "csv", "manual", "demo"

    class Meta:
        indexes = ((("currency", "day"), True),)


class Talent(Versioned, Identified):
    name = CharField(max_length=200, constraints=[Check("length(trim(name)) > 0")])
    headline = CharField(max_length=300, default="")
    location = CharField(max_length=200, default="")
    timezone = CharField(max_length=64, default="UTC")
    languages = CharField(max_length=300, default="")  # comma separated, as written
    working_hours_start = IntegerField(
        default=9 * 60, constraints=[Check("working_hours_start BETWEEN 0 AND 1439")]
    )  # minutes after local midnight
    working_hours_end = IntegerField(
        default=17 * 60, constraints=[Check("working_hours_end BETWEEN 1 AND 1440")]
    )
    preferred_channel = CharField(max_length=20, default="chat", constraints=[_in("preferred_channel", CHANNELS)])
    response_hours = IntegerField(null=True, constraints=[Check("response_hours >= 0")])
    stay_in_touch_days = IntegerField(null=True, constraints=[Check("stay_in_touch_days > 0")])
    bench_status = CharField(
        max_length=20, default="on_bench", index=True, constraints=[_in("bench_status", BENCH_STATUSES)]
    )
    status_reason = TextField(default="")  # e.g. why do-not-rehire
    favourite = BooleanField(default=False, index=True)
    available = BooleanField(default=True)
    notes = TextField(default="")
    photo_sha256 = CharField(max_length=64, null=True)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    # The parts of a vCard's N: (schema step 3), kept as read; ``name`` is the display name built from them.
    name_prefix = CharField(max_length=60, default="", constraints=[SQL("DEFAULT ''")])
    given_name = CharField(max_length=120, default="", constraints=[SQL("DEFAULT ''")])
    additional_names = CharField(max_length=120, default="", constraints=[SQL("DEFAULT ''")])
    family_name = CharField(max_length=120, default="", constraints=[SQL("DEFAULT ''")])
    name_suffix = CharField(max_length=60, default="", constraints=[SQL("DEFAULT ''")])
    version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])  # schema step 11
    changed_by = CharField(max_length=120, default=author, constraints=[SQL("DEFAULT ''")])

    class Meta:
        indexes = ((("name",), False),)


class ContactChannel(Identified):
    talent = ForeignKeyField(Talent, backref="channels", on_delete="CASCADE")
    kind = CharField(max_length=10, constraints=[_in("kind", CONTACT_KINDS)])
    label = CharField(max_length=40, default="")  # work, home, mobile, Slack…
    value = CharField(max_length=300, constraints=[Check("length(trim(value)) > 0")])
    preferred = BooleanField(default=False)


class ProfileLink(Identified):
    talent = ForeignKeyField(Talent, backref="links", on_delete="CASCADE")
    label = CharField(max_length=60, default="")
    url = CharField(max_length=1000, constraints=[Check("length(trim(url)) > 0")])


class Skill(BaseModel):
    name = CharField(max_length=80, unique=True, collation="NOCASE", constraints=[Check("length(trim(name)) > 0")])


class TalentSkill(BaseModel):
    talent = ForeignKeyField(Talent, backref="skill_links", on_delete="CASCADE")
    skill = ForeignKeyField(Skill, backref="talent_links", on_delete="CASCADE")
    level = IntegerField(default=3, constraints=[Check("level BETWEEN 1 AND 5")])

    class Meta:
        indexes = ((("talent", "skill"), True), (("skill", "talent"), False))


class Contract(Versioned, Identified):
    talent = ForeignKeyField(Talent, backref="contracts", on_delete="RESTRICT")
    title = CharField(max_length=300, constraints=[Check("length(trim(title)) > 0")])
    kind = CharField(max_length=10, constraints=[_in("kind", CONTRACT_KINDS)])
    status = CharField(max_length=10, default="draft", index=True, constraints=[_in("status", CONTRACT_STATUSES)])
    # hourly: per hour; fixed: the whole price; retainer: the hourly equivalent.
    rate_minor = IntegerField(default=0, constraints=[Check("rate_minor >= 0")])
    currency = CharField(max_length=3, default="USD", constraints=[_currency()])
    weekly_limit_hours = IntegerField(null=True, constraints=[Check("weekly_limit_hours > 0")])  # None: unlimited
    weekly_payment_minor = IntegerField(null=True, constraints=[Check("weekly_payment_minor >= 0")])
    original_budget_minor = IntegerField(null=True, constraints=[Check("original_budget_minor >= 0")])
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    scope = TextField(default="")
    is_test_project = BooleanField(default=False)
    test_decision = CharField(max_length=10, null=True, constraints=[_in("test_decision", TEST_DECISIONS)])
    platform = CharField(max_length=60, default="")
    external_id = CharField(max_length=120, default="")
    renews = ForeignKeyField("self", null=True, backref="renewed_by", on_delete="SET NULL")
    end_reason = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    # Who ended it, "me" or "them" (schema step 9); unknown for older rows.
    ended_by = CharField(max_length=4, null=True, constraints=[_in("ended_by", AUTHORS)])
    made_by = _made_by()
    version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])  # schema step 11
    changed_by = CharField(max_length=120, default=author, constraints=[SQL("DEFAULT ''")])

    class Meta:
        constraints = [SQL("CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)")]
        indexes = ((("talent", "start_date"), False), (("end_date",), False), (("start_date",), False))


class Rate(Identified):
    """An effective-dated rate of a person, or of one contract when ``contract`` is set."""

    talent = ForeignKeyField(Talent, backref="rates", on_delete="CASCADE")
    contract = ForeignKeyField(Contract, null=True, backref="rates", on_delete="CASCADE")
    effective_on = DateField()
    amount_minor = IntegerField(constraints=[Check("amount_minor >= 0")])
    currency = CharField(max_length=3, constraints=[_currency()])
    note = TextField(default="")
    made_by = _made_by()

    class Meta:
        indexes = ((("talent", "effective_on"), False), (("effective_on",), False))


class Milestone(Identified):
    contract = ForeignKeyField(Contract, backref="milestones", on_delete="CASCADE")
    title = CharField(max_length=300, constraints=[Check("length(trim(title)) > 0")])
    description = TextField(default="")
    amount_minor = IntegerField(default=0, constraints=[Check("amount_minor >= 0")])
    currency = CharField(max_length=3, default="USD", constraints=[_currency()])
    due_on = DateField(null=True)
    status = CharField(max_length=10, default="pending", constraints=[_in("status", MILESTONE_STATUSES)])
    position = IntegerField(default=0)
    approved_on = DateField(null=True)
    paid_on = DateField(null=True)
    # The day the work was submitted for approval (schema step 9); unknown for older rows.
    submitted_on = DateField(null=True)

    class Meta:
        indexes = ((("contract", "position"), False), (("status", "due_on"), False))


class ScopeChange(Identified):
    """One row each time the agreement moves, with before/after and the cost delta."""

    contract = ForeignKeyField(Contract, backref="scope_changes", on_delete="CASCADE")
    kind = CharField(max_length=20, constraints=[_in("kind", SCOPE_CHANGE_KINDS)])
    reason = TextField(constraints=[Check("length(trim(reason)) > 0")])
    requested_by = CharField(max_length=10, constraints=[_in("requested_by", REQUESTERS)])
    agreed = BooleanField(default=False)
    before = TextField(default="")
    after = TextField(default="")
    cost_delta_minor = IntegerField(default=0)  # signed: a cut is negative
    currency = CharField(max_length=3, default="USD", constraints=[_currency()])
    happened_at = DateTimeField(default=utcnow)
    made_by = _made_by()

    class Meta:
        indexes = ((("contract", "happened_at"), False),)


# The timeline walks scope changes newest day first; an index on the day itself serves that walk.
ScopeChange.add_index(SQL("CREATE INDEX scope_change_day ON scope_change (substr(happened_at, 1, 10))"))


class ContractTerm(BaseModel):
    """The terms of a contract from a day on: rate, weekly limit and weekly payment ("terms have history").

    A contract's first row is dated its start (or its creation day); each rate, limit or payment change adds
    a row dated the day it takes effect, linked to the scope change that introduced it. The terms in force on
    a day are the row with the latest ``effective_on`` on or before it (``services.terms`` answers that).
    """

    contract = ForeignKeyField(Contract, backref="terms", on_delete="CASCADE")
    effective_on = DateField()
    rate_minor = IntegerField(constraints=[Check("rate_minor >= 0")])
    weekly_limit_hours = IntegerField(null=True, constraints=[Check("weekly_limit_hours > 0")])  # None: unlimited
    weekly_payment_minor = IntegerField(null=True, constraints=[Check("weekly_payment_minor >= 0")])
    scope_change = ForeignKeyField(ScopeChange, null=True, backref="terms", on_delete="SET NULL")

    class Meta:
        indexes = ((("contract", "effective_on"), True),)


class WorkLog(Identified):
    contract = ForeignKeyField(Contract, backref="work_logs", on_delete="CASCADE")
    day = DateField()
    minutes = IntegerField(constraints=[Check("minutes > 0 AND minutes <= 1440")])
    note = TextField(default="")

    class Meta:
        indexes = ((("contract", "day"), False),)


class Payment(Versioned, Identified):
    contract = ForeignKeyField(Contract, backref="payments", on_delete="CASCADE")
    kind = CharField(max_length=20, constraints=[_in("kind", PAYMENT_KINDS)])
    # Always non-negative: the kind says which way the money went (a refund comes back).
    amount_minor = IntegerField(constraints=[Check("amount_minor >= 0")])
    currency = CharField(max_length=3, constraints=[_currency()])
    paid_on = DateField(index=True)
    period_start = DateField(null=True)
    period_end = DateField(null=True)
    minutes = IntegerField(null=True, constraints=[Check("minutes >= 0")])  # hours billed, for hourly
    description = TextField(default="")
    milestone = ForeignKeyField(Milestone, null=True, backref="payments", on_delete="SET NULL")
    parent = ForeignKeyField("self", null=True, backref="fees", on_delete="SET NULL")
    external_ref = CharField(max_length=80, null=True, unique=True)  # marketplace transaction id
    source = CharField(max_length=20, default="manual")
    made_by = _made_by()
    version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])  # schema step 11
    changed_by = CharField(max_length=120, default=author, constraints=[SQL("DEFAULT ''")])
    changed_at = DateTimeField(null=True, default=utcnow)  # None: not changed since step 11

    CHANGED_AT = "changed_at"

    class Meta:
        constraints = [SQL("CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)")]
        indexes = ((("contract", "paid_on"), False), (("kind", "paid_on"), False))


class PaymentConversion(BaseModel):
    """A payment made in another currency than its contract's: the amount in the contract's currency.

    Kept beside the payment (not in it) so that every figure counts the payment in the contract's
    currency; see services/money_figures.py.
    """

    payment = ForeignKeyField(Payment, unique=True, backref="conversion", on_delete="CASCADE")
    contract_amount_minor = IntegerField(constraints=[Check("contract_amount_minor >= 0")])
class PaymentCorrection(Identified):
    """The money audit trail: what a payment was before it was corrected or removed, when, and why.

    The payment row itself holds what is true now; this row keeps what it said before. A removed
    payment keeps its marketplace reference here, so importing the same file again does not bring it back.
    """

    contract = ForeignKeyField(Contract, backref="payment_corrections", on_delete="CASCADE")
    payment = ForeignKeyField(Payment, null=True, backref="corrections", on_delete="SET NULL")
    action = CharField(max_length=10, constraints=[_in("action", CORRECTION_ACTIONS)])
    changed_at = DateTimeField(default=utcnow)
    reason = TextField(default="")
    external_ref = CharField(max_length=80, null=True, index=True)
    was_kind = CharField(max_length=20)
    was_amount_minor = IntegerField()
    was_currency = CharField(max_length=3)
    was_paid_on = DateField()
    was_description = TextField(default="")
    now_kind = CharField(max_length=20, null=True)  # null: removed
    now_amount_minor = IntegerField(null=True)
    now_paid_on = DateField(null=True)
    now_description = TextField(null=True)
    made_by = _made_by()

    class Meta:
        indexes = ((("contract", "changed_at"), False),)


class Message(Identified):
    contract = ForeignKeyField(Contract, backref="messages", on_delete="CASCADE")
    sent_at = DateTimeField()  # UTC
    author = CharField(max_length=4, constraints=[_in("author", AUTHORS)])
    channel = CharField(max_length=20, default="chat", constraints=[_in("channel", CHANNELS)])
    body = TextField(default="")
    duration_minutes = IntegerField(null=True, constraints=[Check("duration_minutes >= 0")])

    class Meta:
        # Keyset pagination walks (contract, sent_at, id) backwards.
        indexes = ((("contract", "sent_at", "id"), False),)


class Interaction(Identified):
    """Something that happened with a person outside any contract: a message, a call, a meeting, a note."""

    talent = ForeignKeyField(Talent, backref="interactions", on_delete="CASCADE")
    kind = CharField(max_length=10, constraints=[_in("kind", INTERACTION_KINDS)])
    happened_at = DateTimeField()  # UTC
    duration_minutes = IntegerField(null=True, constraints=[Check("duration_minutes >= 0")])
    body = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    made_by = _made_by()

    class Meta:
        indexes = ((("talent", "happened_at"), False),)


class Attachment(Identified):
    """A file shared with or received from the talent; bytes live under their SHA-256."""

    contract = ForeignKeyField(Contract, null=True, backref="attachments", on_delete="CASCADE")
    talent = ForeignKeyField(Talent, backref="attachments", on_delete="CASCADE")
    sha256 = CharField(max_length=64, index=True, constraints=[Check("length(sha256) = 64")])
    name = CharField(max_length=255, constraints=[Check("length(trim(name)) > 0")])
    size = IntegerField(constraints=[Check("size >= 0")])
    mime = CharField(max_length=120, default="application/octet-stream")
    direction = CharField(max_length=10, constraints=[_in("direction", DIRECTIONS)])
    sensitivity = CharField(max_length=12, default="normal", constraints=[_in("sensitivity", SENSITIVITIES)])
    document_kind = CharField(max_length=12, default="other", constraints=[_in("document_kind", DOCUMENT_KINDS)])
    expires_on = DateField(null=True)
    shared_on = DateField()
    note = TextField(default="")

    class Meta:
        indexes = ((("contract", "shared_on"), False), (("expires_on",), False))


class Feedback(Identified):
    """Public feedback: given to them, or received from them."""

    contract = ForeignKeyField(Contract, backref="feedback", on_delete="CASCADE")
    direction = CharField(max_length=10, constraints=[_in("direction", FEEDBACK_DIRECTIONS)])
    score = IntegerField(constraints=[_score("score")])
    comment = TextField(default="")
    given_on = DateField()
    # A received comment the client chose to quote in the "working with me" page (schema step 9).
    quoted = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
    made_by = _made_by()

    class Meta:
        indexes = ((("contract", "direction"), True), (("direction", "given_on"), False))


class PrivateReview(Identified):
    """The review that stays on this machine; a check-in uses the same form mid-contract."""

    contract = ForeignKeyField(Contract, backref="private_reviews", on_delete="CASCADE")
    is_checkin = BooleanField(default=False)
    reviewed_on = DateField()
    skills = IntegerField(constraints=[_score("skills")])
    quality = IntegerField(constraints=[_score("quality")])
    availability = IntegerField(constraints=[_score("availability")])
    deadlines = IntegerField(constraints=[_score("deadlines")])
    communication = IntegerField(constraints=[_score("communication")])
    cooperation = IntegerField(constraints=[_score("cooperation")])
    would_rehire = CharField(max_length=5, constraints=[_in("would_rehire", REHIRE_ANSWERS)])
    recommend = IntegerField(constraints=[Check("recommend BETWEEN 0 AND 10")])
    end_reason = TextField(default="")
    notes = TextField(default="")
    made_by = _made_by()

    class Meta:
        indexes = ((("contract", "reviewed_on"), False), (("reviewed_on",), False), (("is_checkin", "reviewed_on"), False))


class Appreciation(Identified):
    talent = ForeignKeyField(Talent, backref="appreciations", on_delete="CASCADE")
    contract = ForeignKeyField(Contract, null=True, backref="appreciations", on_delete="SET NULL")
    kind = CharField(max_length=24, constraints=[_in("kind", APPRECIATION_KINDS)])
    given_on = DateField()
    what = TextField(constraints=[Check("length(trim(what)) > 0")])  # the specific thing praised
    payment = ForeignKeyField(Payment, null=True, backref="appreciations", on_delete="SET NULL")
    made_by = _made_by()

    class Meta:
        indexes = ((("talent", "given_on"), False), (("kind", "given_on"), False))


class AccessGrant(Identified):
    """Systems access or equipment granted for a contract."""

    contract = ForeignKeyField(Contract, backref="access_grants", on_delete="CASCADE")
    kind = CharField(max_length=10, default="access", constraints=[_in("kind", GRANT_KINDS)])
    system = CharField(max_length=200, constraints=[Check("length(trim(system)) > 0")])
    tier = CharField(max_length=6, null=True, constraints=[_in("tier", ACCESS_TIERS)])
    granted_on = DateField()
    revoke_by = DateField(null=True)
    revoked_on = DateField(null=True)
    note = TextField(default="")

    class Meta:
        constraints = [SQL("CHECK (revoked_on IS NULL OR revoked_on >= granted_on)")]
        indexes = ((("contract", "revoked_on"), False),)


class OffboardingItem(Identified):
    contract = ForeignKeyField(Contract, backref="offboarding", on_delete="CASCADE")
    kind = CharField(max_length=16, constraints=[_in("kind", OFFBOARDING_KINDS)])
    label = CharField(max_length=300, constraints=[Check("length(trim(label)) > 0")])
    grant = ForeignKeyField(AccessGrant, null=True, backref="offboarding", on_delete="SET NULL")
    done_on = DateField(null=True)
    position = IntegerField(default=0)


class ClassificationAnswer(BaseModel):
    """The questionnaire on signals that make a contractor look like an employee."""

    contract = ForeignKeyField(Contract, unique=True, backref="classification", on_delete="CASCADE")
    sets_hours = CharField(max_length=10, default="talent", constraints=[_in("sets_hours", ("me", "talent", "shared"))])
    sets_place = CharField(max_length=10, default="talent", constraints=[_in("sets_place", ("me", "talent", "shared"))])
    equipment_by = CharField(max_length=10, default="talent", constraints=[_in("equipment_by", ("me", "talent", "shared"))])
    exclusive = BooleanField(default=False)
    open_ended = BooleanField(default=False)
    written_contract = BooleanField(default=True)
    core_business = BooleanField(default=False)
    updated_at = DateTimeField(default=utcnow)
    # The result of the last check, kept with its day (schema step 3).
    risk_level = CharField(max_length=6, null=True, constraints=[_in("risk_level", RISK_LEVELS)])
    risk_points = IntegerField(null=True)
    checked_on = DateField(null=True)


class ReviewSession(Identified):
    started_at = DateTimeField(default=utcnow)
    ended_at = DateTimeField(null=True)
    note = TextField(default="")


class ReviewDecision(Identified):
    session = ForeignKeyField(ReviewSession, backref="decisions", on_delete="CASCADE")
    rule = CharField(max_length=40)
    subject = CharField(max_length=120)  # the rule's key for the card, e.g. "contract:12"
    talent = ForeignKeyField(Talent, null=True, on_delete="SET NULL")
    contract = ForeignKeyField(Contract, null=True, on_delete="SET NULL")
    reason = TextField(default="")
    decision = CharField(max_length=10, constraints=[_in("decision", DECISIONS)])
    action = CharField(max_length=60, default="")
    note = TextField(default="")
    decided_at = DateTimeField(default=utcnow)


class CardState(BaseModel):
    """Remembers a snoozed or dismissed review card between sessions."""

    rule = CharField(max_length=40)
    subject = CharField(max_length=120)
    state = CharField(max_length=10, constraints=[_in("state", CARD_STATES)])
    until = DateField(null=True)  # snoozed until
    fingerprint = CharField(max_length=64, default="")  # facts at dismissal; a change brings the card back
    reason = TextField(default="")
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("rule", "subject"), True),)


class Availability(BaseModel):
    """The hours a week a person offers (schema step 10). No row: their availability is not set, and the
    planner says so rather than assuming a full week."""

    talent = ForeignKeyField(Talent, unique=True, backref="availability", on_delete="CASCADE")
    hours_per_week = IntegerField(constraints=[Check("hours_per_week BETWEEN 0 AND 168")])
    updated_at = DateTimeField(default=utcnow)


class AwayPeriod(Identified):
    """Days a person is away (a holiday, another commitment), both ends included (schema step 10)."""

    talent = ForeignKeyField(Talent, backref="away_periods", on_delete="CASCADE")
    starts_on = DateField()
    ends_on = DateField()
    note = TextField(default="")

    class Meta:
        constraints = [SQL("CHECK (ends_on >= starts_on)")]
        indexes = ((("talent", "starts_on"), False),)


class Plan(Identified):
    """A piece of work described in the planner, kept with the team chosen for it (schema step 10)."""

    title = CharField(max_length=300, constraints=[Check("length(trim(title)) > 0")])
    hours_per_week = IntegerField(constraints=[Check("hours_per_week BETWEEN 1 AND 168")])
    starts_on = DateField()
    ends_on = DateField()
    overlap_minutes = IntegerField(default=0, constraints=[Check("overlap_minutes BETWEEN 0 AND 1440")])
    budget_minor = IntegerField(null=True, constraints=[Check("budget_minor >= 0")])
    max_rate_minor = IntegerField(null=True, constraints=[Check("max_rate_minor >= 0")])
    currency = CharField(max_length=3, constraints=[_currency()])
    note = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        constraints = [SQL("CHECK (ends_on >= starts_on)")]


class PlanSkill(BaseModel):
    """A skill the planned work needs, at a minimum level; named as written (nobody may have it yet)."""

    plan = ForeignKeyField(Plan, backref="skills", on_delete="CASCADE")
    name = CharField(max_length=80, constraints=[Check("length(trim(name)) > 0")])
    min_level = IntegerField(default=1, constraints=[Check("min_level BETWEEN 1 AND 5")])
    position = IntegerField(default=0)


class PlanMember(BaseModel):
    """A person of the chosen team and the draft offer made to them."""

    plan = ForeignKeyField(Plan, backref="members", on_delete="CASCADE")
    talent = ForeignKeyField(Talent, backref="plan_memberships", on_delete="CASCADE")
    contract = ForeignKeyField(Contract, null=True, backref="plan_memberships", on_delete="SET NULL")
    position = IntegerField(default=0)


class StoredFileChunk(BaseModel):
    """A team database's stored files (schema step 12): each file's bytes under its SHA-256, in parts of
    1 MB, so every member reads the same files. A local folder keeps its files in attachments/ and leaves
    this table empty (store/file_store.py is the one home of both). No ``id``: the undo journal never
    copies file bytes; a file's row in ``attachment`` is what undo brings back."""

    sha256 = CharField(max_length=64, constraints=[Check("length(sha256) = 64")])
    part = IntegerField(constraints=[Check("part >= 0")])
    data = BlobField()

    class Meta:
        primary_key = CompositeKey("sha256", "part")
        table_name = "stored_file_chunk"


class TalentFigures(BaseModel):
    """Per-person figures kept by triggers (schema step 13, store/figures.py), so that filters and sorts read
    them instead of working them out per person: the last contact day, the private reviews' points (the sum
    of their criteria) and count, the latest day of a contract that ran and ended, and how many contracts run.
    No ``id``: the undo journal leaves it to the triggers, which follow the rows undo puts back."""

    talent = ForeignKeyField(Talent, primary_key=True, backref="figures", on_delete="CASCADE")
    last_contact = DateField(null=True)
    review_points = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    review_count = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    worked_until = DateField(null=True)
    running = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])

    class Meta:
        table_name = "talent_figures"


# Creation order respects foreign keys.
ALL_MODELS: tuple[type[BaseModel], ...] = (
    DatabaseInfo,
    Setting,
    ExchangeRate,
    Talent,
    ContactChannel,
    ProfileLink,
    Skill,
    TalentSkill,
    Contract,
    Rate,
    Milestone,
    ScopeChange,
    ContractTerm,
    WorkLog,
    Payment,
    PaymentConversion,
    PaymentCorrection,
    Message,
    Interaction,
    Attachment,
    Feedback,
    PrivateReview,
    Appreciation,
    AccessGrant,
    OffboardingItem,
    ClassificationAnswer,
    ReviewSession,
    ReviewDecision,
    CardState,
    Availability,
    AwayPeriod,
    Plan,
    PlanSkill,
    PlanMember,
    StoredFileChunk,
    TalentFigures,
)
