"""The planner screen: describe a piece of work, see who can do it, turn a proposal into draft offers.

The description on the left; the proposals (single people and teams) on the right, with why for the one
selected, and the constraints nobody meets. Results follow the description as it is typed: each change
restarts a short timer, the planner runs on the database lane, and an answer to an older description is
dropped (a late answer never overwrites a newer one). Saved plans are listed under the description and
reopen with their draft offers.
"""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Qt, QTimer, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ... import formatting
from ...app.context import AppContext
from ...app.errors import error_text, translated
from ...services import planner, settings
from ...services.errors import ServiceError, ValidationError
from ...services.money import CURRENCIES
from ..base import View

DEBOUNCE_MS = 300
TABLES = ("talent", "talent_skill", "skill", "availability", "away_period", "contract", "contract_term", "rate",
          "private_review", "plan", "plan_member", "attachment", "work_log", "setting")


def _next_monday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=7 - today.weekday())


class PlannerScreen(View):
    tables = TABLES

    def __init__(self, ctx: AppContext):
        super().__init__(ctx)
        self.result: planner.Result | None = None
        self.saved_plan: planner.SavedPlan | None = None
        self.plan_id: int | None = None  # the saved plan shown, if any
        self._asked = 0  # the number of the latest description sent to the planner
        self._answered = 0
        self._loading = False
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.ask)
        self._build()
        self._connect()

    # -- building -------------------------------------------------------------------------------------
    def _build(self) -> None:
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(self._build_form())
        splitter.addWidget(self._build_results())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def _build_form(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout()
        self.title = QLineEdit(placeholderText=self.tr("e.g. Data pipeline for the shop"))
        self.title.setToolTip(self.tr("What the work is called: the draft offers take it as their title"))
        self.skills = QLineEdit(placeholderText=self.tr("Python:4, dbt"))
        self.skills.setToolTip(self.tr("The skills the work needs, separated by commas, each with its minimum level "
                                       "from 1 to 5 after a colon (no level: any level)"))
        self.hours = QSpinBox(minimum=1, maximum=168, value=20, suffix=self.tr(" h a week"))
        today = dt.date.today()
        start = _next_monday(today)
        self.start = QDateEdit(QDate(start), calendarPopup=True)
        self.end = QDateEdit(QDate(start + dt.timedelta(weeks=8, days=-3)), calendarPopup=True)
        self.overlap = QDoubleSpinBox(minimum=0, maximum=24, singleStep=0.5, decimals=1, suffix=self.tr(" h a day"))
        self.overlap.setToolTip(self.tr("Hours of each working day they must share with yours, on every day of the "
                                        "period (changes of the clocks included)"))
        self.budget = QLineEdit(placeholderText=self.tr("optional, e.g. 6000"))
        self.max_rate = QLineEdit(placeholderText=self.tr("optional, an hour"))
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        form.addRow(self.tr("&Work:"), self.title)
        form.addRow(self.tr("&Skills:"), self.skills)
        form.addRow(self.tr("&Hours:"), self.hours)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        form.addRow(self.tr("&Overlap:"), self.overlap)
        form.addRow(self.tr("&Budget:"), self.budget)
        form.addRow(self.tr("&Maximum rate:"), self.max_rate)
        form.addRow(self.tr("C&urrency:"), self.currency)
        self.error = QLabel(wordWrap=True, objectName="fieldError")
        self.error.setStyleSheet("color: palette(link-visited);")
        self.error.hide()
        self.plans = QListWidget()
        self.plans.setToolTip(self.tr("Plans you kept: open one to see its description and its draft offers"))
        self.plans.setAccessibleName(self.tr("Saved plans"))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 8, 0)
        heading = QLabel(self.tr("Describe the work"), objectName="sectionHeading")
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        saved = QLabel(self.tr("Saved plans"))
        saved.setStyleSheet("font-weight: 600;")
        layout.addWidget(saved)
        layout.addWidget(self.plans, 1)
        return box

    def _build_results(self) -> QWidget:
        box = QWidget(self)
        self.summary = QLabel(wordWrap=True)
        self.proposals = QListWidget()
        self.proposals.setToolTip(self.tr("Ranked proposals: pick one to see why, then make the draft offers"))
        self.proposals.setAccessibleName(self.tr("Proposals"))
        self.why = QTextBrowser(openLinks=False)
        self.why.setAccessibleName(self.tr("Why this proposal"))
        self.why.anchorClicked.connect(self._link)
        self.make_offers = QPushButton(self.tr("Make &draft offers"), enabled=False)
        self.make_offers.setToolTip(self.tr("One draft contract per person of the proposal, prefilled from the plan, "
                                            "kept together as a plan (Ctrl+Return)"))
        self.export_pdf = QPushButton(self.tr("Plan &PDF…"), enabled=False)
        self.export_pdf.setToolTip(self.tr("A PDF of the saved plan to share: the description, the team, the cost "
                                           "and the alternatives considered"))
        self.ctx.writes.guard(self.make_offers)  # the drafts and the plan are saved
        self.new_plan = QPushButton(self.tr("&New plan"))
        self.new_plan.setToolTip(self.tr("Clear the description and start again"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_plan)
        buttons.addStretch(1)
        buttons.addWidget(self.export_pdf)
        buttons.addWidget(self.make_offers)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.proposals)
        splitter.addWidget(self.why)
        splitter.setSizes([180, 520])  # the reasons need the room; the list scrolls
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        return box

    def _connect(self) -> None:
        for edit in (self.title, self.skills, self.budget, self.max_rate):
            edit.textChanged.connect(self.changed)
        for spin in (self.hours, self.overlap):
            spin.valueChanged.connect(self.changed)
        for date in (self.start, self.end):
            date.dateChanged.connect(self.changed)
        self.currency.currentTextChanged.connect(self.changed)
        self.proposals.currentRowChanged.connect(self._show_proposal)
        self.make_offers.clicked.connect(self.draft_offers)
        self.export_pdf.clicked.connect(self.export)
        self.new_plan.clicked.connect(self.clear)
        self.plans.itemActivated.connect(lambda item: self.open_plan(item.data(Qt.UserRole)))
        self.plans.itemClicked.connect(lambda item: self.open_plan(item.data(Qt.UserRole)))
        QShortcut(QKeySequence("Ctrl+Return"), self, self.draft_offers, context=Qt.WidgetWithChildrenShortcut)

    def initial_focus(self) -> QWidget:
        return self.skills

    # -- the description ------------------------------------------------------------------------------
    def description(self) -> planner.Description:
        """The form as the planner's description; raises ValidationError naming the field."""
        currency = self.currency.currentText()
        budget = planner.parse_money(self.budget.text(), "budget", currency)[0] if self.budget.text().strip() else None
        max_rate = (planner.parse_money(self.max_rate.text(), "maximum rate", currency)[0]
                    if self.max_rate.text().strip() else None)
        return planner.Description(planner.parse_skills(self.skills.text()), self.hours.value(),
                                   self.start.date().toPython(), self.end.date().toPython(),
                                   round(self.overlap.value() * 60), budget, max_rate, currency, self.title.text().strip())

    def set_description(self, d: planner.Description) -> None:
        self._loading = True
        try:
            self.title.setText(d.title)
            self.skills.setText(", ".join(f"{n.name}:{n.min_level}" if n.min_level > 1 else n.name for n in d.skills))
            self.hours.setValue(d.hours_per_week)
            self.start.setDate(QDate(d.starts_on))
            self.end.setDate(QDate(d.ends_on))
            self.overlap.setValue(d.overlap_minutes / 60)
            self.currency.setCurrentText(d.currency)
            self.budget.setText(_amount(d.budget_minor, d.currency))
            self.max_rate.setText(_amount(d.max_rate_minor, d.currency))
        finally:
            self._loading = False
        self.changed()

    def changed(self, *_args) -> None:
        if self._loading:
            return
        if self.plan_id is not None and not self._loading:
            self.plan_id = None  # a changed description is a new plan; the saved one stays as it was
            self.export_pdf.setEnabled(False)
        self.timer.start()

    def ask(self) -> None:
        """Send the description to the planner (off the GUI thread); answers to older ones are dropped."""
        try:
            description = self.description()
        except ValidationError as exc:
            self._show_error(exc)
            return
        if not description.skills:
            self._show_empty()
            return
        self._asked += 1
        asked = self._asked
        self.summary.setText(self.tr("Looking…"))
        self.ctx.runner.read(planner.propose, description, on_done=lambda result: self._answer(asked, result),
                             on_error=lambda exc: self._failed(asked, exc))

    def _answer(self, asked: int, result: planner.Result) -> None:
        if asked != self._asked:
            return  # an answer to an older description: a newer one is on its way
        self._answered = asked
        self.error.hide()
        self.result = result
        self._show_result(result)

    def _failed(self, asked: int, exc: BaseException) -> None:
        if asked != self._asked:
            return
        if isinstance(exc, ServiceError):
            self._show_error(exc)
            return
        raise exc

    def _show_error(self, exc: ServiceError) -> None:
        field = getattr(exc, "field", "")
        words = {"skills": self.tr("Skills"), "budget": self.tr("Budget"), "maximum rate": self.tr("Maximum rate"),
                 "end date": self.tr("To"), "start date": self.tr("From"), "hours": self.tr("Hours")}
        text = error_text(exc)
        self.error.setText(f"{words.get(field, field)}: {text}" if field else text)
        self.error.show()

    def _show_empty(self) -> None:
        self.error.hide()
        self.result = None
        self.proposals.clear()
        self.make_offers.setEnabled(False)
        self.summary.setText(self.tr("Name the skills the work needs (for example “Python:4, dbt”), the hours a week "
                                     "and the period: the people and small teams who can do it appear here, best "
                                     "first."))
        self.why.clear()

    # -- showing the answer ---------------------------------------------------------------------------
    def _show_result(self, result: planner.Result) -> None:
        self.proposals.clear()
        for number, p in enumerate(result.proposals, 1):
            cost = formatting.money(p.cost_minor, p.currency) if p.cost_minor is not None else self.tr("cost unknown")
            kind = self.tr("team of %n", "", len(p.members)) if p.is_team else self.tr("one person")
            item = QListWidgetItem(f"{number}. {p.names} — {kind} — {cost}"
                                   + (f" — ⚠ {len(p.risks)}" if p.risks else ""))
            item.setToolTip("\n".join([item.text(), *(translated(r) for r in p.risks)]))
            self.proposals.addItem(item)
        considered = self.tr("%n person(s) with the skills considered", "", result.considered)
        if result.not_set:
            considered += self.tr("; availability not set for %n", "", result.not_set)
        self.summary.setText(considered + ".")
        if result.proposals:
            self.proposals.setCurrentRow(0)
        else:
            self.make_offers.setEnabled(False)
            self.why.setHtml(self._plan_html() + self._unmet_html(result))

    def _show_proposal(self, row: int) -> None:
        if self.result is None or not 0 <= row < len(self.result.proposals):
            self.make_offers.setEnabled(False)
            return
        self.make_offers.setEnabled(True)
        self.why.setHtml(self._plan_html() + self._proposal_html(self.result.proposals[row])
                         + self._unmet_html(self.result))

    def _proposal_html(self, p: planner.Proposal) -> str:
        parts = [f"<h3>{html.escape(p.names)}</h3>"]
        parts += [f"<p>{html.escape(translated(r))}</p>" for r in p.reasons]
        for m in p.members:
            parts.append(f"<p><b>{html.escape(m.candidate.name)}</b> — "
                         + html.escape(self.tr("%n h a week", "", m.hours_per_week)) + "</p><ul>")
            parts += [f"<li>{html.escape(translated(r))}</li>" for r in m.reasons]
            parts += [f"<li>⚠ {html.escape(translated(r))}</li>" for r in m.candidate.risks]
            parts.append("</ul>")
        return "".join(parts)

    def _unmet_html(self, result: planner.Result) -> str:
        if not result.unmet:
            return ""
        parts = [f"<h3>{html.escape(self.tr('Not met by anyone'))}</h3>"]
        for u in result.unmet:
            parts.append(f"<p><b>{html.escape(translated(u.text))}</b></p><ul>")
            parts += [f"<li>{html.escape(self.tr('nearest: {name} — {detail}').format(name=a.name, detail=translated(a.detail)))}</li>"
                      for a in u.nearest]
            parts.append("</ul>")
        return "".join(parts)

    # -- plans ----------------------------------------------------------------------------------------
    def draft_offers(self) -> None:
        row = self.proposals.currentRow()
        if (self.result is None or not 0 <= row < len(self.result.proposals) or self._answered != self._asked
                or not self.make_offers.isEnabled()):
            return
        proposal = self.result.proposals[row]
        description = self.result.description
        self.make_offers.setEnabled(False)
        self.ctx.runner.write(planner.save_plan, description, proposal, action=self.tr("Make draft offers"),
                              on_done=lambda plan_id: self._saved(plan_id, proposal),
                              on_error=lambda exc: self._write_failed(exc))

    def _saved(self, plan_id: int, proposal: planner.Proposal) -> None:
        self.make_offers.setEnabled(True)
        self.ctx.runner.read(planner.plans, on_done=self._show_plans)
        self.open_plan(plan_id)
        QMessageBox.information(self, self.tr("Draft offers made"),
                                self.tr("%n draft offer(s) made and kept as a plan: open each from the plan's "
                                        "list to send it.", "", len(proposal.members)))

    def _write_failed(self, exc: BaseException) -> None:
        self.make_offers.setEnabled(True)
        QMessageBox.warning(self, self.tr("Draft offers not made"), error_text(exc))

    def open_plan(self, plan_id: int | None) -> None:
        if plan_id is None:
            return
        self.ctx.runner.read(planner.load_plan, plan_id, on_done=self._show_plan)

    def _show_plan(self, saved: planner.SavedPlan) -> None:
        self.set_description(saved.description)
        self.plan_id = saved.id
        self.export_pdf.setEnabled(True)
        self.saved_plan = saved
        self.timer.stop()
        self.ask()

    def _plan_html(self) -> str:
        saved = self.saved_plan
        if saved is None or self.plan_id != saved.id:
            return ""
        lines = [f"<h3>{html.escape(self.tr('Plan “{title}”: draft offers').format(title=saved.description.title))}</h3><ul>"]
        for m in saved.members:
            if m.contract_id is None:
                lines.append(f"<li>{html.escape(m.name)} — {html.escape(self.tr('offer removed'))}</li>")
            else:
                lines.append(f'<li><a href="contract:{m.contract_id}">{html.escape(m.name)}</a> — '
                             f"{html.escape(m.contract_status or '')}</li>")
        lines.append("</ul>")
        return "".join(lines)

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("contract:") and self.ctx.navigator is not None:
            self.ctx.navigator.open_contract(int(text.split(":", 1)[1]))

    def _show_plans(self, lines: list[planner.PlanLine]) -> None:
        self.plans.clear()
        for line in lines:
            item = QListWidgetItem(f"{line.title} — {formatting.short_date(line.starts_on)} — {line.people}")
            item.setToolTip(item.text())
            item.setData(Qt.UserRole, line.id)
            self.plans.addItem(item)
        if not lines:
            item = QListWidgetItem(self.tr("No plan kept yet: pick a proposal and make its draft offers."))
            item.setToolTip(item.text())
            item.setFlags(Qt.NoItemFlags)
            self.plans.addItem(item)

    def clear(self) -> None:
        self.plan_id = None
        self.export_pdf.setEnabled(False)
        self._loading = True
        for edit in (self.title, self.skills, self.budget, self.max_rate):
            edit.clear()
        self._loading = False
        self._show_empty()
        self.skills.setFocus()

    def export(self) -> None:
        if self.plan_id is None:
            return
        from ..dialogs.export_pdf import export_plan_pdf

        export_plan_pdf(self, self.ctx, self.plan_id)

    # -- View -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.currency.property("filled"):
            self.currency.setProperty("filled", True)
            self.ctx.runner.read(settings.get, "default_currency", on_done=self._default_currency)
        self.ctx.runner.read(planner.plans, on_done=self._show_plans)
        if self.skills.text().strip():
            self.ask()
        else:
            self._show_empty()

    def _default_currency(self, code: str | None) -> None:
        if code and not self.budget.text() and not self.max_rate.text():
            self._loading = True
            self.currency.setCurrentText(code)
            self._loading = False

    def prepare_screenshot(self) -> None:
        """A description the small demo answers, so the screenshot shows proposals and their reasons."""
        self.set_description(planner.Description(
            (planner.SkillNeed("Kubernetes", 3), planner.SkillNeed("Python")), 20, _next_monday(dt.date.today()),
            _next_monday(dt.date.today()) + dt.timedelta(weeks=8, days=-3), 120, 2_000_000, None,
            self.currency.currentText(), self.tr("Platform migration")))
        self.timer.stop()
        self.ask()


def _amount(minor: int | None, currency: str) -> str:
    if minor is None:
        return ""
    from ...services.money import from_minor

    return str(from_minor(minor, currency))


def create(ctx: AppContext) -> PlannerScreen:
    return PlannerScreen(ctx)
