"""The detail pane: one person's profile, contact, skills, ways of working, rates, contracts, reviews."""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...services.bench import TalentDetail
from ...services.contracts import REVIEW_CRITERIA
from .. import labels
from ..widgets.flow import FlowLayout
from . import fmt
from .fmt import esc


def _label(rich: bool = True, role: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.RichText if rich else Qt.PlainText)
    label.setTextInteractionFlags(Qt.TextBrowserInteraction)
    label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
    if role:
        label.setProperty("role", role)
    return label


def _muted() -> str:
    return QApplication.palette().color(QPalette.PlaceholderText).name()


def _rows(pairs: list[tuple[str, str]]) -> str:
    """A two-column table of (caption, already-escaped value) for a rich-text label."""
    cells = "".join(
        f"<tr><td style='padding:1px 12px 1px 0; color:{_muted()}'>{esc(k)}</td><td>{v}</td></tr>"
        for k, v in pairs if v)
    return f"<table cellspacing='0'>{cells}</table>"


def _shown_url(url: str) -> str:
    """A link as people read it: the scheme and "www." say nothing and cost a narrow panel its width."""
    shown = re.sub(r"^[a-z][a-z0-9+.-]*://(www\.)?", "", url.strip(), flags=re.IGNORECASE)
    return shown.rstrip("/") or url


def _breakable(text: str) -> str:
    """An address may wrap after "@" and "/" in a narrow panel rather than push it wider (a zero-width
    space is a break opportunity and is not copied as a visible character)."""
    return text.replace("@", "@\u200b").replace("/", "/\u200b")


class DetailPane(QScrollArea):
    edit_requested = Signal()
    rehire_requested = Signal()
    log_requested = Signal()
    contract_opened = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("benchDetail")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        body = QWidget()
        body.setObjectName("benchDetailBody")
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 12, 10, 16)
        layout.setSpacing(8)

        self.empty = _label(rich=False, role="empty")
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setText(self.tr("Select someone to see their profile, rates, contracts and reviews."))
        layout.addWidget(self.empty)

        self.content = QWidget()
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(6)
        self.name = _label(rich=False, role="heading")
        self.name.setObjectName("detailName")
        self.headline = _label(rich=False)
        self.badges = _label()
        buttons = FlowLayout(spacing=6)  # wraps in a narrow panel instead of cutting "Log…"
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change every detail of this person (Enter)"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.rehire_button = QPushButton(self.tr("Rehire…"))
        self.rehire_button.setToolTip(self.tr("Start a new contract prefilled from their last one"))
        self.rehire_button.clicked.connect(self.rehire_requested)
        self.log_button = QPushButton(self.tr("Log…"))
        self.log_button.setObjectName("logInteraction")
        self.log_button.setToolTip(self.tr("Log a message, call, meeting or note with this person, "
                                           "with or without a contract (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_requested)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.rehire_button)
        buttons.addWidget(self.log_button)
        for widget in (self.name, self.headline, self.badges):
            inner.addWidget(widget)
        inner.addLayout(buttons)

        self.sections: dict[str, QLabel] = {}
        for key, title in (("profile", self.tr("Profile")), ("contact", self.tr("Contact and links")),
                           ("skills", self.tr("Skills")), ("work", self.tr("How they work")),
                           ("touch", self.tr("Staying in touch")), ("rates", self.tr("Rate history"))):
            inner.addWidget(self._heading(title))
            self.sections[key] = _label()
            inner.addWidget(self.sections[key])
        self.sections["contact"].setOpenExternalLinks(True)
        inner.addWidget(self._heading(self.tr("Contracts")))
        self.contracts = QListWidget()
        self.contracts.setAccessibleName(self.tr("Their contracts"))
        self.contracts.setObjectName("detailContracts")
        self.contracts.setToolTip(self.tr("Double-click or press Enter to open the contract's workroom"))
        self.contracts.setFrameShape(QFrame.NoFrame)
        self.contracts.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.contracts.itemActivated.connect(lambda item: self.contract_opened.emit(item.data(Qt.UserRole)))
        self.contracts.itemClicked.connect(lambda item: self.contract_opened.emit(item.data(Qt.UserRole)))
        self.no_contracts = _label(rich=False, role="muted")
        inner.addWidget(self.contracts)
        inner.addWidget(self.no_contracts)
        for key, title in (("reviews", self.tr("Reviews")), ("notes", self.tr("Notes"))):
            inner.addWidget(self._heading(title))
            self.sections[key] = _label(rich=key != "notes")
            inner.addWidget(self.sections[key])
        inner.addStretch(1)
        layout.addWidget(self.content)
        self.content.hide()
        self.detail: TalentDetail | None = None

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "section")
        return label

    def clear(self) -> None:
        self.detail = None
        self.content.hide()
        self.empty.show()

    def show_detail(self, info: TalentDetail) -> None:
        self.detail = info
        self.empty.hide()
        self.content.show()
        self._show_heading(info)
        for key, build in SECTIONS.items():
            self.sections[key].setText(build(self, info))
        self._show_contracts(info)
        self.verticalScrollBar().setValue(0)
        self._fit_height()
        QTimer.singleShot(0, self, self._fit_height)  # again once laid out (not at all once the pane is gone)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """A scroll area sizes what it holds by its size hint, which knows nothing of wrapping: in a narrow
        pane (or a longer language) wrapped words and buttons would overlap. Ask the layout how tall it is
        at the width it has."""
        body = self.widget()
        if body is None or not isValid(body):
            return
        needed = body.layout().heightForWidth(self.viewport().width())
        body.setMinimumHeight(max(needed, 0))

    def _show_heading(self, info: TalentDetail) -> None:
        d = info.data
        self.name.setText(("★ " if d.favourite else "") + d.name)
        self.headline.setText(d.headline)
        self.headline.setVisible(bool(d.headline))
        badges = [esc(fmt.label(fmt.STATUS_LABELS, info.status or d.bench_status))]
        if d.status_reason:
            badges[0] += " — " + esc(d.status_reason)
        badges.append(esc(self.tr("available for new work") if d.available else self.tr("not available")))
        if info.working_now:
            badges.append(esc(self.tr("working with you now")))
        self.badges.setText(" · ".join(badges))
        self.rehire_button.setEnabled(d.bench_status not in ("do_not_rehire", "archived"))
        self.rehire_button.setToolTip(
            self.tr("Start a new contract prefilled from their last one") if self.rehire_button.isEnabled()
            else self.tr("Marked do-not-rehire or archived: change their status first"))

    # -- the sections (SECTIONS below): each gives its rich text ---------------------------------
    def _profile_html(self, info: TalentDetail) -> str:
        d = info.data
        figures = [(labels.figure_label(key), esc(labels.totals(info.money.get(key))))
                   for key in ("paid", "fees", "refunds", "total") if info.money.get(key)]
        if info.home is not None and info.money.currencies not in ([], [info.home.home]):
            figures.append((self.tr("Total cost in {currency}").format(currency=info.home.home),
                            esc(fmt.home_total(info.home))))
        return _rows([
            (self.tr("Location"), esc(d.location)),
            (self.tr("Languages"), esc(d.languages)),
            *(figures or [(labels.figure_label("total"), esc(self.tr("nothing paid yet")))]),
            (self.tr("Last worked with"), esc(self.tr("now") if info.working_now else fmt.day(info.last_worked))),
            (self.tr("On the bench since"), esc(fmt.day(info.created_at.date()) if info.created_at else "")),
        ])

    def _contact_html(self, info: TalentDetail) -> str:
        d = info.data
        contact = [(fmt.label(fmt.CONTACT_KIND_LABELS, c.kind) + (f" ({c.label})" if c.label else ""),
                    self._channel_html(c.kind, c.value) + (" ✓" if c.preferred else ""))
                   for c in d.channels]
        contact += [(link.label or self.tr("Link"), f"<a href='{esc(link.url)}'>{_breakable(esc(_shown_url(link.url)))}</a>") for link in d.links]
        return _rows(contact) if contact else esc(self.tr("No contact details yet."))

    def _skills_html(self, info: TalentDetail) -> str:
        return " · ".join(f"{esc(name)} <span style='color:{_muted()}'>{'●' * level}{'○' * (5 - level)}"
                          "</span>" for name, level in info.data.skills) or esc(self.tr("No skills recorded."))

    def _work_html(self, info: TalentDetail) -> str:
        d = info.data
        local, local_text = fmt.local_now(d.timezone)
        at_work = fmt.at_work(local, d.working_hours_start, d.working_hours_end)
        return _rows([
            (self.tr("Prefers"), esc(fmt.label(fmt.CHANNEL_LABELS, d.preferred_channel))),
            (self.tr("Replies within"), esc(self.tr("{n} h").format(n=d.response_hours))
             if d.response_hours is not None else ""),
            (self.tr("Working hours"), esc(fmt.working_hours(d.working_hours_start, d.working_hours_end))),
            (self.tr("Time zone"), esc(self.tr("{zone} — {time} there now ({state})").format(
                zone=d.timezone, time=local_text,
                state=self.tr("at work") if at_work else self.tr("outside their hours")))),
            (self.tr("Overlap with my day"), esc(fmt.hours(info.overlap_minutes))),
        ])

    def _touch_html(self, info: TalentDetail) -> str:
        d = info.data
        touch = [(self.tr("Last contact"), esc(fmt.day(info.last_contact) or self.tr("never logged")))]
        if not d.stay_in_touch_days:
            return _rows([*touch, (self.tr("Cadence"), esc(self.tr("no reminder set")))])
        overdue = info.contact_due is not None and info.contact_due < dt.date.today()
        due = esc(fmt.day(info.contact_due))
        if overdue:  # in words as well as in red: colour alone is lost on a person who cannot tell red
            due = f"<b style='color:#c0392b'>{esc(self.tr('{day}, overdue').format(day=fmt.day(info.contact_due)))}</b>"
        return _rows([(self.tr("Cadence"), esc(self.tr("every %n day(s)", "", d.stay_in_touch_days))), *touch,
                      (self.tr("Next due"), due)])

    def _rates_html(self, info: TalentDetail) -> str:
        if not info.rates:
            return esc(self.tr("No rate recorded."))
        return _rows([
            (fmt.day(r.effective_on), esc(fmt.rate(r.amount_minor, r.currency))
             + (f" <span style='color:{_muted()}'>{esc(r.contract_title or r.note)}</span>"
                if (r.contract_title or r.note) else ""))
            for r in info.rates])

    def _notes_text(self, info: TalentDetail) -> str:
        return info.data.notes or self.tr("No notes.")

    def _show_contracts(self, info: TalentDetail) -> None:
        self.contracts.clear()
        for c in info.contracts:
            period = fmt.day(c.start_date) + ("–" + fmt.day(c.end_date) if c.end_date else "")
            text = self.tr("{title}\n{kind} · {status} · {rate} · {period}").format(
                title=c.title, kind=fmt.label(fmt.KIND_LABELS, c.kind),
                status=fmt.label(fmt.CONTRACT_STATUS_LABELS, c.status),
                rate=fmt.money(c.rate_minor, c.currency, whole_if_round=True), period=period)
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, c.id)
            item.setToolTip(self.tr("Open the workroom of “{title}”").format(title=c.title))
            self.contracts.addItem(item)
        self.contracts.setVisible(bool(info.contracts))
        rows_height = sum(self.contracts.sizeHintForRow(i) for i in range(self.contracts.count()))
        self.contracts.setFixedHeight(rows_height + 4)
        self.no_contracts.setText(self.tr("No contracts yet. Rehire starts one."))
        self.no_contracts.setVisible(not info.contracts)

    def _channel_html(self, kind: str, value: str) -> str:
        if kind == "email":
            return f"<a href='mailto:{esc(value)}'>{_breakable(esc(value))}</a>"
        return esc(value)

    def _reviews_html(self, info: TalentDetail) -> str:
        r = info.reviews
        if not r.count and r.feedback_given is None and r.feedback_received is None:
            return esc(self.tr("No reviews yet."))
        pairs = []
        if r.count:
            pairs.append((self.tr("Private reviews"), esc(self.tr("{score} average over {n}").format(
                score=fmt.score(r.overall), n=r.count))))
            pairs.append((self.tr("By criterion"), esc(", ".join(
                f"{name} {fmt.score(r.criteria[name]).removesuffix(' ★')}" for name in REVIEW_CRITERIA))))
            answers = {"yes": self.tr("yes"), "maybe": self.tr("maybe"), "no": self.tr("no")}
            pairs.append((self.tr("Would rehire"), esc(", ".join(
                f"{answers[k]} ×{n}" for k, n in sorted(r.would_rehire.items())))))
            if r.last_note:
                pairs.append((self.tr("Latest note"), esc(r.last_note)))
        if r.feedback_given is not None:
            pairs.append((self.tr("Feedback I gave"), esc(fmt.score(r.feedback_given))))
        if r.feedback_received is not None:
            pairs.append((self.tr("Feedback they gave"), esc(fmt.score(r.feedback_received))))
        return _rows(pairs)


# The detail pane's text sections, in the order of ``DetailPane.sections``: each key's builder gives its text.
SECTIONS = {
    "profile": DetailPane._profile_html,
    "contact": DetailPane._contact_html,
    "skills": DetailPane._skills_html,
    "work": DetailPane._work_html,
    "touch": DetailPane._touch_html,
    "rates": DetailPane._rates_html,
    "reviews": DetailPane._reviews_html,
    "notes": DetailPane._notes_text,
}
