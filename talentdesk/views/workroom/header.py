"""The terms header: who, what, on which terms, this week's hours against the limit, the chain, the budget."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...services import terms, workroom
from ..labels import (
    CONTRACT_KIND_LABELS,
    STATUS_LABELS,
    day,
    figure_label,
    figure_tip,
    hours,
    in_sentence,
    label,
    money,
    totals,
)
from ..widgets.contrast import WeekBar
from ..widgets.flow import FlowLayout


def scheduled_text(change: terms.Change, currency: str) -> str:
    """An agreed change not yet in force, in words: "from 14 Dec 2026, weekly limit 30 h → 25 h"."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("TermsHeader", text)

    def value(amount: int | None) -> str:
        if change.field == "weekly_limit_hours":
            return hours(amount * 60) if amount else tr("unlimited")
        return money(amount or 0, currency)

    name = {"rate_minor": tr("rate"), "weekly_limit_hours": tr("weekly limit"),
            "weekly_payment_minor": tr("weekly payment")}[change.field]
    return tr("from {day}, {name} {before} → {after}").format(
        day=day(change.effective_on), name=name, before=value(change.before), after=value(change.after))


def _plain(text: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.PlainText)
    widget.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return widget


class TermsHeader(QFrame):
    talent_clicked = Signal(int)
    contract_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("termsHeader")
        self.facts: workroom.Facts | None = None
        self.title = _plain()
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.person = QLabel()
        self.person.setTextFormat(Qt.RichText)
        self.person.linkActivated.connect(lambda _link: self.facts and self.talent_clicked.emit(self.facts.talent_id))
        self.person.setToolTip(self.tr("Open this person on the bench"))
        self.status = QLabel()
        self.status.setObjectName("statusPill")
        self.kind = QLabel()
        self.kind.setObjectName("kindPill")
        self.test = QLabel(self.tr("Test project"))
        self.test.setObjectName("testPill")
        self.budget = QLabel()
        self.budget.setObjectName("budgetPill")

        self.values: dict[str, QLabel] = {}
        # Each fact is a caption over its value; the facts flow onto more lines when the room is narrow
        # (a grid of six columns cut its captions to "Weekly payr" on a small window).
        facts = FlowLayout(spacing=18, line_spacing=6)
        names = (("rate", self.tr("Rate")), ("limit", self.tr("Weekly limit")), ("payment", self.tr("Weekly payment")),
                 ("dates", self.tr("Dates")), ("platform", self.tr("Platform")), ("budget", self.tr("Budget")))
        # The money figures, named and explained once (services/money_figures.py).
        figures = [(figure, figure_label(figure)) for figure in ("paid", "fees", "refunds", "total")]
        money_facts = FlowLayout(spacing=18, line_spacing=6)
        for flow, group in ((facts, names), (money_facts, figures)):
            for key, caption in group:
                cell = QWidget()
                cell.setMinimumWidth(110)
                cell_layout = QVBoxLayout(cell)
                cell_layout.setContentsMargins(0, 0, 0, 0)
                cell_layout.setSpacing(2)
                head = QLabel(caption)
                head.setProperty("role", "muted")
                cell_layout.addWidget(head)
                value = _plain()
                value.setObjectName(f"{key}Value")
                if flow is money_facts:
                    head.setToolTip(figure_tip(key))
                    value.setToolTip(figure_tip(key))
                self.values[key] = value
                cell_layout.addWidget(value)
                flow.addWidget(cell)
        self.week_bar = WeekBar()
        self.week_bar.setObjectName("weekBar")
        self.week_bar.setTextVisible(True)
        self.week_bar.setFixedHeight(16)
        self.week_bar.setMaximumWidth(360)
        self.week_bar.setToolTip(self.tr("Hours logged this week against the weekly limit"))

        self.scope = QPlainTextEdit()
        self.scope.setAccessibleName(self.tr("Scope of work"))
        self.scope.setObjectName("scopeText")
        self.scope.setReadOnly(True)
        self.scope.setFixedHeight(50)  # three lines; more scrolls (the room keeps its header at 1024x640)
        self.scope.setFrameShape(QFrame.NoFrame)
        self.scope.setToolTip(self.tr("The scope of work as agreed"))
        self.scheduled = _plain()
        self.scheduled.setObjectName("scheduledLabel")
        self.scheduled.setWordWrap(True)
        self.scheduled.setToolTip(self.tr("Agreed through a scope change; the current terms hold until that day"))
        self.usage = _plain()
        self.usage.setObjectName("usageLabel")
        self.usage.setWordWrap(True)
        self.usage.setToolTip(self.tr("Hours logged against the hours the weekly payment buys at the hourly "
                                      "equivalent; the last 4 and 12 weeks are whole weeks before this one"))
        self.chain = QLabel()
        self.chain.setObjectName("chainLabel")
        self.chain.setTextFormat(Qt.RichText)
        self.chain.setWordWrap(True)
        self.chain.linkActivated.connect(lambda link: self.contract_clicked.emit(int(link.split(":")[1])))

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title, 1)
        for pill in (self.budget, self.test, self.kind, self.status):
            top.addWidget(pill, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.person)
        layout.addLayout(facts)
        layout.addWidget(self.week_bar)
        layout.addLayout(money_facts)
        layout.addWidget(self.usage)
        layout.addWidget(self.scheduled)
        layout.addWidget(self.scope)
        layout.addWidget(self.chain)

    def show_facts(self, f: workroom.Facts) -> None:
        self.facts = f
        for show in (self._show_badges, self._show_terms, self._show_budget, self._show_week, self._show_chain):
            show(f)

    def _show_badges(self, f: workroom.Facts) -> None:
        self.title.setText(f.title)
        self.person.setText(self.tr("with {name}").format(
            name=f'<a href="talent:{f.talent_id}">{html.escape(f.talent)}</a>'))
        self.status.setText(label(STATUS_LABELS, f.status))
        self.status.setProperty("status", f.status)
        self.kind.setText(label(CONTRACT_KIND_LABELS, f.kind))
        self.test.setVisible(f.is_test_project)
        if f.is_test_project and f.test_decision:
            self.test.setText(self.tr("Test project: hire") if f.test_decision == "hire"
                              else self.tr("Test project: not a fit"))
        else:
            self.test.setText(self.tr("Test project"))
        for widget in (self.status, self.test, self.budget):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _show_terms(self, f: workroom.Facts) -> None:
        rate = money(f.rate_minor, f.currency)
        self.values["rate"].setText({"hourly": self.tr("{rate} / h"), "retainer": self.tr("{rate} / h equiv.")}
                                    .get(f.kind, "{rate}").format(rate=rate))
        self.values["limit"].setText(hours(f.weekly_limit_hours * 60) if f.weekly_limit_hours else self.tr("Unlimited"))
        self.values["payment"].setText(money(f.weekly_payment_minor, f.currency) if f.weekly_payment_minor else "—")
        start, end = day(f.start_date), day(f.end_date)
        self.values["dates"].setText(f"{start or '…'} – {end or self.tr('open-ended')}")
        self.values["platform"].setText(" · ".join(p for p in (f.platform, f.external_id) if p) or "—")
        for figure in ("paid", "fees", "refunds", "total"):
            self.values[figure].setText(totals(f.money.get(figure), f.currency))
        self.scheduled.setVisible(bool(f.scheduled))
        self.scheduled.setText(self.tr("Scheduled: {changes}").format(
            changes="; ".join(scheduled_text(change, f.currency) for change in f.scheduled)))
        self.usage.setVisible(bool(f.utilisation))
        self.usage.setText(self._usage_text(f))

    def _show_budget(self, f: workroom.Facts) -> None:
        b = f.budget
        if b.original_minor:
            self.values["budget"].setText(money(b.current_minor, f.currency))
            self.values["budget"].setToolTip(self.tr("Original budget {original}; with scope changes {current}; "
                                                     "{paid_label} so far {spent}").format(
                original=money(b.original_minor, f.currency), current=money(b.current_minor, f.currency),
                paid_label=in_sentence(figure_label("paid")), spent=money(b.spent_minor, f.currency)))
        else:
            self.values["budget"].setText("—")
            self.values["budget"].setToolTip(self.tr("No original budget to compare with: set one with Edit terms "
                                                     "while a draft"))
        over = b.overrun_minor or 0
        self.budget.setVisible(over > 0)
        self.budget.setText(self.tr("Over budget by {amount} ({n} %)").format(
            amount=money(over, f.currency), n=b.overrun_percent))
        self.budget.setToolTip(self.tr("Paid beyond the original budget") if f.kind == "hourly" else
                               self.tr("The larger of the agreed scope changes and the money paid, beyond the "
                                       "original budget"))

    def _show_week(self, f: workroom.Facts) -> None:
        limit = (f.week_limit_hours or 0) * 60
        self.week_bar.setVisible(f.kind != "fixed")
        self.week_bar.setMaximum(max(limit, f.week_minutes, 1))
        self.week_bar.setValue(f.week_minutes)
        over_limit = bool(limit) and f.week_minutes > limit
        # Over the limit says so in words too: the red fill alone is lost on a person who cannot tell red.
        if over_limit:
            words = self.tr("this week {done} of {limit}, {over} over").format(
                done=hours(f.week_minutes), limit=hours(limit), over=hours(f.week_minutes - limit))
        elif limit:
            words = self.tr("this week {done} of {limit}").format(done=hours(f.week_minutes), limit=hours(limit))
        else:
            words = self.tr("this week {done}").format(done=hours(f.week_minutes))
        self.week_bar.setFormat(words)
        self.week_bar.set_over(over_limit)
        if over_limit:
            self.week_bar.setToolTip(self.tr("Over the weekly limit by {n}: usually paid as a bonus").format(
                n=hours(f.week_minutes - limit)))
        else:
            self.week_bar.setToolTip(self.tr("Hours logged this week against the weekly limit"))

    def _show_chain(self, f: workroom.Facts) -> None:
        self.scope.setPlainText(f.scope or self.tr("No written scope of work yet."))
        if f.chain:
            parts = []
            for link in f.chain:
                text = html.escape(link.title) + f" ({html.escape(label(STATUS_LABELS, link.status))})"
                parts.append(f"<b>{text}</b>" if link.id == f.id else f'<a href="contract:{link.id}">{text}</a>')
            total = html.escape(self._engagement_text(f)) if f.engagement else ""
            self.chain.setText(self.tr("Engagement: ") + " → ".join(parts) + (f"<br>{total}" if total else ""))
            self.chain.show()
        else:
            self.chain.hide()

    def _usage_text(self, f: workroom.Facts) -> str:
        parts = []
        for u in f.utilisation:
            share = self.tr("{n} %").format(n=u.percent) if u.percent is not None else "—"
            used = self.tr("{used} of {bought}").format(used=hours(u.used_minutes), bought=hours(u.bought_minutes))
            if u.weeks == 0:
                parts.append(self.tr("this week {used} ({share})").format(used=used, share=share))
            else:
                parts.append(self.tr("last %n week(s) {used} ({share})", "", u.weeks).format(used=used, share=share))
        return self.tr("Retainer used: ") + " · ".join(parts) if parts else ""

    def _engagement_text(self, f: workroom.Facts) -> str:
        e = f.engagement
        paid = ", ".join(money(amount, currency) for currency, amount in sorted(e.paid.items())) or money(0, f.currency)
        span = self.tr("{first} – {last} (%n day(s))", "", e.days).format(first=day(e.first_day), last=day(e.last_day)) \
            if e.first_day else self.tr("not started")
        average = QLocale().toString(e.review_average or 0.0, "f", 1)
        if e.review_count:
            reviews = self.tr("%n review(s), average {avg}", "", e.review_count).format(avg=average)
        else:
            reviews = self.tr("no reviews yet")
        return self.tr("%n contract(s) · {span} · {paid} paid · {reviews}", "", len(e.contract_ids)).format(
            span=span, paid=paid, reviews=reviews)
