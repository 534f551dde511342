"""The demo world in memory: people and contracts as planned, and the run that carries them to the database."""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from peewee import SqliteDatabase

from ...paths import attachments_dir
from .files import FileStore
from .rows import Rows
from .tools import Steps
from .vocabulary import Culture, Place, Trade

NO_LIMIT_HOURS = 40  # what "no weekly limit" costs when a change is priced
USUAL_HOURS = 20  # hours a week assumed where nothing else says
WEEKLY_LIMITS = (10, 15, 20, 25, 30, 40, None)  # None: no limit


@dataclass(frozen=True)
class Scale:
    talents: int
    contracts: int
    messages: int
    busiest_messages: int
    work_logs: int
    review_sessions: int
    decisions_per_session: tuple[int, int]
    history_years: int
    shared_files: bool  # True: attachment rows share a handful of real files
    batch: int  # rows buffered before a write


@dataclass(eq=False)
class TalentPlan:
    culture: Culture
    trade: Trade
    name: str
    latin_name: str
    first: str  # what the client calls them in messages
    handle: str  # Latin letters only, for e-mail and profile URLs
    place: Place
    status: str
    favourite: bool
    quality: float  # 1 to 5: how good the work is; reviews and feedback follow it
    currency: str
    platform: str
    work_start: int = 9 * 60  # minutes after local midnight
    channel: str = "chat"  # preferred
    recently_ended: bool = False
    contract_count: int = 0
    id: int = 0
    rates: list[tuple[dt.date, int]] = field(default_factory=list)
    contracts: list[ContractPlan] = field(default_factory=list)
    first_contact: dt.date = dt.date.min


@dataclass(eq=False)
class MilestonePlan:
    title: str
    amount: int
    due_on: dt.date | None
    position: int
    status: str = "pending"
    approved_on: dt.date | None = None
    paid_on: dt.date | None = None
    id: int = 0

    @property
    def paid_day(self) -> dt.date:
        """The day a paid milestone was paid."""
        assert self.paid_on is not None, "a paid milestone without its day"
        return self.paid_on


@dataclass(eq=False)
class ChangePlan:
    kind: str
    at: dt.datetime
    before: str
    after: str
    cost_delta: int
    requested_by: str
    agreed: bool
    reason: str


@dataclass(eq=False)
class ContractPlan:
    talent: TalentPlan
    kind: str
    is_test: bool = False
    status: str = "ended"
    start: dt.date | None = None
    end: dt.date | None = None
    created: dt.date = dt.date.min
    renews: ContractPlan | None = None
    id: int = 0
    title: str = ""
    base_title: str = ""
    platform: str = ""
    external_id: str = ""
    things: tuple[str, ...] = ()
    rate: Steps = field(default_factory=lambda: Steps(0))
    weekly_limit: Steps = field(default_factory=lambda: Steps(None))
    weekly_payment: Steps = field(default_factory=lambda: Steps(None))
    original_end: dt.date | None = None
    milestones: list[MilestonePlan] = field(default_factory=list)
    changes: list[ChangePlan] = field(default_factory=list)
    pauses: list[tuple[dt.date, dt.date | None]] = field(default_factory=list)
    test_decision: str | None = None
    end_reason: str = ""
    near_limit_this_week: bool = False
    underused: bool = False
    bonus_payments: list[tuple[int, dt.date]] = field(default_factory=list)
    feedback_given: tuple[int, dt.date] | None = None
    grants: list[tuple[int, str, str, dt.date | None]] = field(default_factory=list)  # id, kind, system, revoked

    @property
    def started(self) -> bool:
        return self.status in ("active", "paused", "ended") and self.start is not None

    @property
    def first_day(self) -> dt.date:
        """The start of a plan placed in time (for code that runs once the timeline has placed it)."""
        assert self.start is not None, "a contract used before it was placed in time"
        return self.start

    @property
    def last_day(self) -> dt.date:
        """The end of a finished plan."""
        assert self.end is not None, "an ended contract without an end"
        return self.end

    def worked_until(self, today: dt.date) -> dt.date:
        return min(self.end, today) if self.end else today

    def is_paused_on(self, day: dt.date) -> bool:
        return any(start <= day and (until is None or day < until) for start, until in self.pauses)

    def thing(self, rng: random.Random) -> str:
        return rng.choice(self.things)


class Run:
    """What one generation shares: the random source, the day, the plan and the writer.

    ``progress`` takes how far the current step has come, from 0 to 1.
    """

    def __init__(self, db: SqliteDatabase, scale: Scale, seed: int, today: dt.date, data_dir: Path,
                 progress: Callable[[float], None]):
        self.db = db
        self.scale = scale
        self.rng = random.Random(seed)
        self.today = today
        self.progress = progress
        self.window_start = today - dt.timedelta(days=365 * scale.history_years)
        self.rows = Rows(db, self.rng, scale.batch)
        self.files = FileStore(attachments_dir(data_dir))
        self.talents: list[TalentPlan] = []
        self.contracts: list[ContractPlan] = []
        self.busiest: ContractPlan | None = None
        self.handles: dict[str, int] = {}  # e-mail handles given out, for priya.sharma2
        self._transaction = 880_000_000 + self.rng.randrange(1_000_000)

    def next_transaction(self) -> int:
        """Marketplace transaction ids: unique and rising, like the real ones."""
        self._transaction += self.rng.randint(1, 9)
        return self._transaction

    def later(self, day: dt.date, low: int, high: int) -> dt.date:
        """A few days after ``day``, but never after today."""
        return min(self.today, day + dt.timedelta(days=self.rng.randint(low, high)))
