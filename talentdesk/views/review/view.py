"""The review session: the queue with a count per rule, then one card at a time, then a summary.

Keyboard-driven like a flash-card review: 1–4 are the card's own actions, 5 done,
6/7/8 snooze a day/week/month, 9 snooze until a chosen day, 0 dismiss with a reason,
Esc ends the session. Cards are a snapshot taken when the session starts.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import formatting
from ...app.context import AppContext
from ...app.text_size import scaled
from ...services import offboarding, raises, review_rules, review_session, talents, workroom
from ...services.money import from_minor
from .. import labels as words
from ..base import View
from ..dialogs.appreciation import open_appreciation_dialog
from ..dialogs.classification import open_classification_dialog
from ..dialogs.contract_dialog import open_contract_dialog
from ..dialogs.interaction import open_interaction_dialog
from ..dialogs.log_raise import LogRaiseDialog
from ..dialogs.settings_dialog import open_settings
from ..shortcuts import local_shortcut
from ..widgets.flow import FlowLayout
from ..widgets.scrolled import scrolled_content
from .record import RecordPage

GENERIC_KEYS = (("done", "5"), ("day", "6"), ("week", "7"), ("month", "8"), ("until", "9"), ("dismiss", "0"))
DISMISS_REASONS = ("Not relevant any more", "Handled outside TalentDesk", "The data is wrong; I will fix it",
                   "Agreed with them already")


def tr_rule(text: str) -> str:
    return QCoreApplication.translate("review_rules", text)


def _heading(text: str = "", role: str = "heading") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    return label


class SnoozeDialog(QDialog):
    """Snooze until a chosen day (tomorrow at the earliest)."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget, today: dt.date):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until…"))
        self.calendar = QCalendarWidget()
        self.calendar.setMinimumDate(QDate(today + dt.timedelta(days=1)))
        self.calendar.setSelectedDate(QDate(today + dt.timedelta(days=14)))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Bring this card back on:")))
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)
        self.accepted.connect(lambda: self.chosen.emit(self.calendar.selectedDate().toPython()))


class ReviewView(View):
    # Everything a rule reads, and the review's own tables.
    tables = ("talent", "contract", "rate", "milestone", "work_log", "message", "interaction", "payment", "attachment",
              "feedback",
              "private_review", "appreciation", "access_grant", "offboarding_item", "classification_answer",
              "setting", "review_session", "review_decision", "card_state")

    def __init__(self, ctx: AppContext):
        super().__init__(ctx)
        self.session_id: int | None = None
        self.cards: list[review_rules.Card] = []
        self.index = 0
        self.today = dt.date.today()
        self.busy = False
        self.dialog: QDialog | None = None  # the dialog a card action opened (tests reach it here)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._build_queue_page()
        self._build_card_page()
        self._build_summary_page()
        self.stack.addWidget(self.queue_page)
        self.stack.addWidget(self.card_page)
        self.stack.addWidget(self.summary_page)
        self.record_page = RecordPage(ctx)
        self.record_page.back.connect(self.back_to_queue)
        self.stack.addWidget(self.record_page)

    # -- pages ------------------------------------------------------------------------------
    def _build_queue_page(self) -> None:
        page = self.queue_page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        self.queue_title = _heading(self.tr("Review"))
        self.queue_summary = _heading("", "muted")
        layout.addWidget(self.queue_title)
        layout.addWidget(self.queue_summary)
        self.rules_list = QTreeWidget()
        self.rules_list.setAccessibleName(self.tr("Cards in the queue by rule"))
        self.rules_list.setHeaderLabels([self.tr("Why a card is in the queue"), self.tr("Cards")])
        self.rules_list.setRootIsDecorated(False)
        self.rules_list.setUniformRowHeights(True)
        self.rules_list.setSelectionMode(QAbstractItemView.NoSelection)
        self.rules_list.setFocusPolicy(Qt.NoFocus)
        self.rules_list.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.rules_list.header().setSectionResizeMode(1, QHeaderView.Fixed)
        self.rules_list.header().resizeSection(1, scaled(90))
        layout.addWidget(self.rules_list)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start review"))
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        self.start_button.setToolTip(self.tr("Go through the cards one at a time (Enter)"))
        self.start_button.clicked.connect(self.start)
        self.settings_button = QPushButton(self.tr("Rules and thresholds…"))
        self.settings_button.setToolTip(self.tr("Switch rules on or off and set when they ask (Ctrl+,)"))
        self.settings_button.clicked.connect(lambda: open_settings(self, self.ctx))
        self.record_button = QPushButton(self.tr("My record…"))
        self.record_button.setToolTip(self.tr("How you are doing as a client: approvals, payments, answers, "
                                              "feedback received, rehiring (Ctrl+Shift+M)"))
        self.record_button.clicked.connect(self.show_record)
        row.addWidget(self.start_button)
        row.addWidget(self.settings_button)
        row.addWidget(self.record_button)
        # A session is written as it goes (and the rules are settings): held off while data may not be changed.
        self.ctx.writes.guard(self.start_button, self.settings_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(_heading(self.tr("Past sessions"), "subheading"))
        self.sessions_list = QTreeWidget()
        self.sessions_list.setAccessibleName(self.tr("Past sessions"))
        self.sessions_list.setHeaderLabels([self.tr("Started"), self.tr("Ended"), self.tr("Done"), self.tr("Acted"),
                                            self.tr("Snoozed"), self.tr("Dismissed")])
        self.sessions_list.setRootIsDecorated(False)
        self.sessions_list.setUniformRowHeights(True)
        self.sessions_list.header().setSectionResizeMode(QHeaderView.Fixed)
        for column, width in enumerate((180, 180, 80, 80, 80, 80)):
            self.sessions_list.header().resizeSection(column, scaled(width))
        self.sessions_list.setToolTip(self.tr("Double-click a session to see what was decided"))
        self.sessions_list.itemActivated.connect(lambda item, _c: self.show_summary(item.data(0, Qt.UserRole)))
        layout.addWidget(self.sessions_list, 1)
        for key in (Qt.Key_Return, Qt.Key_Enter):
            local_shortcut(key, page, self.start, self.tr("Start a review session"))
        local_shortcut(Qt.CTRL | Qt.SHIFT | Qt.Key_M, page, self.show_record, self.tr("Show my record as a client"))

    def _build_card_page(self) -> None:
        page = self.card_page = QWidget()
        # On a short window the card scrolls instead of squeezing its facts to half their height.
        content = scrolled_content(page)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(32, 20, 32, 20)
        top = QHBoxLayout()
        self.position_label = _heading("", "muted")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.end_button = QPushButton(self.tr("End session"))
        self.end_button.setToolTip(self.tr("End now and see what was decided (Esc); undecided cards stay queued"))
        self.end_button.clicked.connect(self.end)
        self.ctx.writes.guard(self.end_button)
        top.addWidget(self.position_label)
        top.addWidget(self.progress, 1)
        top.addWidget(self.end_button)
        outer.addLayout(top)
        outer.addSpacing(12)
        card = self.card_frame = QFrame()
        card.setObjectName("reviewCard")
        card.setMaximumWidth(860)
        body = QVBoxLayout(card)
        body.setContentsMargins(32, 24, 32, 24)
        body.setSpacing(8)
        self.rule_label = _heading("", "muted")
        self.person_label = _heading("", "title")
        self.contract_label = _heading("", "subheading")
        self.reason_label = _heading("", "reason")
        self.due_label = _heading("", "muted")
        for label in (self.rule_label, self.person_label, self.contract_label):
            body.addWidget(label)
        body.addSpacing(6)
        body.addWidget(self.reason_label)
        body.addWidget(self.due_label)
        self.facts_form = QFormLayout()
        self.facts_form.setLabelAlignment(Qt.AlignLeft)
        self.facts_form.setHorizontalSpacing(24)
        body.addLayout(self.facts_form)
        body.addSpacing(14)
        # Both rows wrap onto a second line on a narrow window rather than cutting their words.
        self.actions_row = FlowLayout(spacing=8)
        generic_row = FlowLayout(spacing=8)
        body.addLayout(self.actions_row)
        body.addSpacing(4)
        body.addLayout(generic_row)
        self.generic_buttons: dict[str, QPushButton] = {}
        texts = {"done": self.tr("Done"), "day": self.tr("Snooze a day"), "week": self.tr("Snooze a week"),
                 "month": self.tr("Snooze a month"), "until": self.tr("Snooze until…"),
                 "dismiss": self.tr("Dismiss…")}
        for name, key in GENERIC_KEYS:
            button = QPushButton(f"{key}  {texts[name]}")
            button.setToolTip(self.tr("Key {key}").format(key=key))
            button.setFocusPolicy(Qt.NoFocus)
            button.clicked.connect(lambda _=False, n=name: self.generic(n))
            self.ctx.writes.guard(button)
            generic_row.addWidget(button)
            self.generic_buttons[name] = button
        self.action_buttons: list[QPushButton] = []
        wrapper = QHBoxLayout()
        wrapper.addStretch(1)
        wrapper.addWidget(card, 100)
        wrapper.addStretch(1)
        outer.addLayout(wrapper)
        self.keys_hint = _heading(self.tr("Keys: 1–4 this card's actions · 5 done · 6, 7, 8 snooze a day, a week, "
                                          "a month · 9 snooze until… · 0 dismiss · Esc end the session"), "muted")
        self.keys_hint.setAlignment(Qt.AlignHCenter)
        outer.addSpacing(8)
        outer.addWidget(self.keys_hint)
        outer.addSpacing(16)
        self.next_title = _heading(self.tr("Coming up"), "subheading")
        self.next_list = QTreeWidget()
        self.next_list.setAccessibleName(self.tr("Coming up"))
        self.next_list.setHeaderLabels([self.tr("Person"), self.tr("Why"), self.tr("Contract")])
        self.next_list.setRootIsDecorated(False)
        self.next_list.setUniformRowHeights(True)
        # Only what is left over: with its own size hint counted, a small window squeezed the card above
        # (its buttons drawn over each other at 1024x640) to keep this list tall.
        self.next_list.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Ignored)
        self.next_list.setFocusPolicy(Qt.NoFocus)
        self.next_list.setSelectionMode(QAbstractItemView.NoSelection)
        self.next_list.header().setSectionResizeMode(QHeaderView.Fixed)
        self.next_list.header().resizeSection(0, scaled(220))
        self.next_list.header().resizeSection(1, scaled(220))
        self.next_list.header().setStretchLastSection(True)
        upcoming = QVBoxLayout()
        upcoming.addWidget(self.next_title)
        upcoming.addWidget(self.next_list, 1)
        upcoming.setContentsMargins(0, 0, 0, 0)
        self.next_holder = QWidget()
        self.next_holder.setMaximumWidth(860)
        self.next_holder.setLayout(upcoming)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self.next_holder, 100)
        centre.addStretch(1)
        outer.addLayout(centre, 1)
        generic = {key: name for name, key in GENERIC_KEYS}
        what = {"done": self.tr("Card done"), "day": self.tr("Snooze the card a day"),
                "week": self.tr("Snooze the card a week"), "month": self.tr("Snooze the card a month"),
                "until": self.tr("Snooze the card until a day"), "dismiss": self.tr("Dismiss the card")}
        for key in "1234567890":
            label = what[generic[key]] if key in generic else self.tr("Card action {n}").format(n=key)
            local_shortcut(key, page, lambda k=key: self.key_pressed(k), label)
        local_shortcut(Qt.Key_Escape, page, self.end, self.tr("End the session"))

    def _build_summary_page(self) -> None:
        page = self.summary_page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        self.summary_title = _heading(self.tr("Session summary"))
        self.summary_facts = _heading("", "muted")
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary_facts)
        self.decisions_list = QTreeWidget()
        self.decisions_list.setAccessibleName(self.tr("Decisions of this session"))
        self.decisions_list.setHeaderLabels([self.tr("Person"), self.tr("Contract"), self.tr("Why"),
                                             self.tr("Decision"), self.tr("Note")])
        self.decisions_list.setRootIsDecorated(False)
        self.decisions_list.setUniformRowHeights(True)
        self.decisions_list.header().setSectionResizeMode(QHeaderView.Interactive)
        for column, width in enumerate((200, 220, 170, 200)):
            self.decisions_list.header().resizeSection(column, scaled(width))
        self.decisions_list.header().setStretchLastSection(True)
        layout.addWidget(self.decisions_list, 1)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to the queue"))
        self.back_button.setDefault(True)
        self.back_button.clicked.connect(self.back_to_queue)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(self.tr("A PDF of what was decided, for your records"))
        self.pdf_button.clicked.connect(self.export_pdf)
        row.addWidget(self.back_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary_session: int | None = None

    # -- the queue ------------------------------------------------------------------------------
    def show_record(self) -> None:
        if self.session_id is not None:
            return
        self.stack.setCurrentWidget(self.record_page)
        self.record_page.refresh()
        self.record_page.tiles["approval_days"].setFocus()

    def refresh(self) -> None:
        if self.stack.currentWidget() is self.record_page:
            self.record_page.refresh()
            return
        if self.session_id is not None:
            self._stale = True  # a session works on its snapshot; the queue reloads afterwards
            return

        def load():
            return review_session.overview(), review_session.list_sessions()

        self.ctx.runner.read(load, on_done=self._show_queue)

    def _show_queue(self, result) -> None:
        overview, sessions = result
        self.overview = overview
        self.rules_list.clear()
        for rule in review_rules.RULES:
            count = overview.counts.get(rule.name, 0)
            item = QTreeWidgetItem([tr_rule(rule.title), str(count) if count else "–"])
            item.setToolTip(0, tr_rule(rule.description))
            item.setTextAlignment(1, Qt.AlignRight | Qt.AlignVCenter)
            if not count:
                item.setForeground(0, self.palette().placeholderText())
                item.setForeground(1, self.palette().placeholderText())
            self.rules_list.addTopLevelItem(item)
        rows = self.rules_list.topLevelItemCount()
        self.rules_list.setFixedHeight(self.rules_list.header().sizeHint().height() + 2 * self.rules_list.frameWidth()
                                       + rows * max(self.rules_list.sizeHintForRow(0), 1) + 2)
        total = len(overview.cards)
        if total:
            text = self.tr("%Ln card(s) need a decision.", "", total)
        else:
            text = self.tr("Nothing needs a decision now. Cards appear here as contracts end, hours run up, "
                           "access stays open or people go quiet.")
        if overview.hidden:
            text += " " + self.tr("%n more snoozed or dismissed.", "", overview.hidden)
        self.queue_summary.setText(text)
        self.start_button.setEnabled(bool(total))
        self.start_button.setText(self.tr("Start review (%Ln card(s))", "", total) if total
                                  else self.tr("Start review"))
        self.sessions_list.clear()
        for s in sessions:
            ended = formatting.dates().instant(s.ended_at) if s.ended_at else self.tr("unfinished")
            item = QTreeWidgetItem([formatting.dates().instant(s.started_at), ended]
                                   + [str(s.counts.get(k, 0)) for k in ("done", "acted", "snoozed", "dismissed")])
            item.setData(0, Qt.UserRole, s.id)
            self.sessions_list.addTopLevelItem(item)
        if not sessions:
            item = QTreeWidgetItem([self.tr("No sessions yet")])
            item.setFlags(Qt.NoItemFlags)
            self.sessions_list.addTopLevelItem(item)
        if self.stack.currentWidget() is self.queue_page and total:
            self.start_button.setFocus()

    # -- the session ------------------------------------------------------------------------------
    def start(self) -> None:
        if self.session_id is not None or self.busy or not self.start_button.isEnabled():
            return
        self.busy = True
        self.ctx.runner.write(review_session.start_session, changes=("review_session",), on_done=self._begin,
                              action=self.tr("Start review session"),
                              on_error=self._failed)

    def _begin(self, result) -> None:
        self.busy = False
        self.session_id, self.cards = result
        self.index = 0
        self.today = dt.date.today()
        if not self.cards:
            self.end()
            return
        self.stack.setCurrentWidget(self.card_page)
        self.show_card()

    def current(self) -> review_rules.Card | None:
        return self.cards[self.index] if self.session_id is not None and self.index < len(self.cards) else None

    def show_card(self) -> None:
        card = self.current()
        if card is None:
            self.end()
            return
        rule = review_rules.BY_NAME[card.rule]
        self.position_label.setText(self.tr("Card {n} of {total}").format(n=self.index + 1, total=len(self.cards)))
        self.progress.setRange(0, len(self.cards))
        self.progress.setValue(self.index + 1)
        self.rule_label.setText(tr_rule(rule.title).upper())
        self.rule_label.setToolTip(tr_rule(rule.description))
        self.person_label.setText(card.talent_name or self.tr("(no person)"))
        self.contract_label.setText(card.contract_title)
        self.contract_label.setVisible(bool(card.contract_title))
        self.reason_label.setText(self.reason(card))
        if card.due:
            self.due_label.setText(self.tr("Due {date}").format(date=self._date(card.due)))
        self.due_label.setVisible(card.due is not None and card.due.isoformat() not in card.facts.values())
        while self.facts_form.rowCount():
            self.facts_form.removeRow(0)
        for key, label in rule.facts:
            value = card.facts.get(key)
            if value in (None, "", []):
                continue
            shown = QLabel(self._format(key, value, card.facts))
            shown.setTextFormat(Qt.PlainText)
            shown.setWordWrap(True)
            name = QLabel(tr_rule(label))
            name.setProperty("role", "muted")
            self.facts_form.addRow(name, shown)
        for button in self.action_buttons:
            self.actions_row.removeWidget(button)
            button.deleteLater()
        self.action_buttons = []
        for n, action in enumerate(rule.actions[:4], start=1):
            button = QPushButton(f"{n}  {tr_rule(review_session.ACTIONS[action])}")
            button.setToolTip(self.tr("Key {key}").format(key=n))
            button.setFocusPolicy(Qt.NoFocus)
            button.setProperty("action", action)
            button.clicked.connect(lambda _=False, a=action: self.act(a))
            self.ctx.writes.guard(button)
            self.actions_row.insertWidget(n - 1, button)
            self.action_buttons.append(button)
        self.next_list.clear()
        for upcoming in self.cards[self.index + 1:self.index + 41]:
            self.next_list.addTopLevelItem(QTreeWidgetItem(
                [upcoming.talent_name, tr_rule(review_rules.BY_NAME[upcoming.rule].title), upcoming.contract_title]))
        self.next_holder.setVisible(self.index + 1 < len(self.cards))
        self.card_page.setFocus()

    def key_pressed(self, key: str) -> None:
        if self.current() is None or self.busy or not self.ctx.writes.allowed():
            return
        generic = dict((k, n) for n, k in GENERIC_KEYS)
        if key in generic:
            self.generic(generic[key])
        elif int(key) <= len(self.action_buttons):
            self.act(self.action_buttons[int(key) - 1].property("action"))

    def generic(self, name: str) -> None:
        card = self.current()
        if card is None or self.busy:
            return
        if name == "done":
            self._decide(review_session.decide, self.session_id, card, "done")
        elif name in review_session.SNOOZES:
            self._decide(review_session.decide, self.session_id, card, "snoozed",
                         until=review_session.snooze_until(name, self.today), note="")
        elif name == "until":
            dialog = self.dialog = SnoozeDialog(self, self.today)
            dialog.chosen.connect(lambda day: self._decide(review_session.decide, self.session_id, card, "snoozed",
                                                           until=day))
            dialog.open()
        elif name == "dismiss":
            dialog = self.dialog = QInputDialog(self)
            dialog.setWindowTitle(self.tr("Dismiss this card"))
            dialog.setLabelText(self.tr("Why can it be dismissed? It comes back only if its facts change."))
            dialog.setComboBoxItems([self.tr(r) for r in DISMISS_REASONS])
            dialog.setComboBoxEditable(True)
            dialog.textValueSelected.connect(lambda text: self._dismiss(card, text))
            dialog.open()

    def _dismiss(self, card, text: str) -> None:
        if not text.strip():
            return
        self._decide(review_session.decide, self.session_id, card, "dismissed", note=text.strip())

    def act(self, action: str) -> None:
        """Run a card's action: the rules declare which actions a card offers (review_session.ACTIONS),
        ACTION_HANDLERS below says what each one does here."""
        card = self.current()
        handler = ACTION_HANDLERS.get(action)
        if card is None or self.busy or handler is None:
            return
        handler(self, card, action)

    # -- what each action does --------------------------------------------------------------
    def _open_contract(self, card, _action: str) -> None:
        if card.contract_id is not None and self.ctx.navigator:
            self.ctx.navigator.open_contract(card.contract_id)  # a look only: the card waits here for a decision

    def _open_person(self, card, _action: str) -> None:
        if card.talent_id is not None and self.ctx.navigator:
            self.ctx.navigator.open_talent(card.talent_id)

    def _decide_at_once(self, card, action: str) -> None:
        """An action that is the decision itself, written at once (DIRECT_DECISIONS)."""
        fn, changes, told_which = DIRECT_DECISIONS[action]
        self._decide(fn, self.session_id, card, *((action,) if told_which else ()), changes=changes)

    def _classification_check(self, card, action: str) -> None:
        if card.contract_id is not None:
            open_classification_dialog(
                self, self.ctx, card.contract_id, card.contract_title,
                on_saved=lambda: self._decide(review_session.act, self.session_id, card, action))

    def _log_contact(self, card, action: str) -> None:
        if card.talent_id is not None:
            # Acted only once the call or message is saved; it also takes the card out (it is contact).
            dialog = self.dialog = open_interaction_dialog(self, self.ctx, card.talent_id, card.talent_name)
            dialog.saved.connect(lambda _id: self._decide(review_session.act, self.session_id, card, action))

    def _send_thanks(self, card, action: str) -> None:
        self._decide(review_session.act, self.session_id, card, action)
        open_appreciation_dialog(self, self.ctx, card.talent_id, card.contract_id)

    def _renew(self, card, action: str) -> None:
        if card.contract_id is None:
            return
        # The contract form, prefilled to continue this one (the workroom's renewal); saving it links
        # the new contract to this one, which takes the card out of the queue.
        self._decide(review_session.act, self.session_id, card, action)
        self.ctx.runner.read(workroom.renewal_template, card.contract_id,
                             on_done=lambda template: self._set_dialog(open_contract_dialog(
                                 self, self.ctx, template, open_after=False)))

    def _write_review_action(self, card, action: str) -> None:
        if card.contract_id is not None:
            # The feedback and private-review form for this contract; the card counts as acted on only
            # when the form is saved (cancelling leaves it here, undecided).
            self._write_review(card, action)

    def _write_review(self, card, action: str) -> None:
        from ..workroom.dialogs import WriteReviewWizard

        def show(state) -> None:
            wizard = self.dialog = WriteReviewWizard(self, self.ctx, state)
            wizard.saved.connect(lambda _cid: self._decide(review_session.act, self.session_id, card, action))
            wizard.open()

        self.ctx.runner.read(offboarding.review_state, card.contract_id, on_done=show)

    def _set_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog

    def _log_raise(self, card) -> None:
        def load():
            rate = talents.current_rate(card.talent_id)
            running = raises.running_contract(card.talent_id, card.contract_id)
            return (rate.amount_minor if rate else None,
                    rate.currency if rate else card.facts.get("currency") or "USD", running)

        def show(result) -> None:
            amount, currency, running = result
            current = self._money(amount, currency) if amount is not None else ""

            def submit(minor, code, day, note, on_error, contract_id=None) -> None:
                self.busy = True
                self.ctx.runner.write(
                    review_session.act_log_raise, self.session_id, card, minor, code, day, note, contract_id,
                    changes=("rate", "review_decision", "card_state", "contract", "scope_change"),
                    action=self.tr("Log a raise"),
                    on_done=lambda _r: (dialog.accept(), self._advance()),
                    on_error=lambda exc: (setattr(self, "busy", False), on_error(exc)))

            contract_rate = self._money(running.rate_minor, running.currency) if running else ""
            dialog = self.dialog = LogRaiseDialog(card.talent_name, currency, submit, self, current, running,
                                                  contract_rate)
            dialog.open()

        self.ctx.runner.read(load, on_done=show)

    def _decide(self, fn, *args, changes=("review_decision", "card_state"), **kwargs) -> None:
        self.busy = True
        self.ctx.runner.write(fn, *args, changes=changes, on_done=lambda _r: self._advance(),
                              on_error=self._failed, action=self.tr("Review decision"), **kwargs)

    def _failed(self, exc: BaseException) -> None:
        from ...app.errors import show_error

        self.busy = False
        show_error(self, exc)

    def _advance(self) -> None:
        self.busy = False
        self.index += 1
        if self.index >= len(self.cards):
            self.end()
        else:
            self.show_card()

    def end(self) -> None:
        if self.session_id is None or not self.end_button.isEnabled():
            return
        session, self.session_id = self.session_id, None
        self.cards = []
        self.ctx.runner.write(review_session.end_session, session, changes=("review_session",),
                              action=self.tr("End review session"),
                              on_done=self._show_summary)

    # -- the summary ----------------------------------------------------------------------------
    def show_summary(self, session_id: int | None) -> None:
        if session_id is not None:
            self.ctx.runner.read(review_session.summary, session_id, on_done=self._show_summary)

    def _show_summary(self, summary: review_session.Summary) -> None:
        self.summary_session = summary.session.id
        counts = summary.session.counts
        parts = [self.tr("%n done", "", counts.get("done", 0)), self.tr("%n acted on", "", counts.get("acted", 0)),
                 self.tr("%n snoozed", "", counts.get("snoozed", 0)),
                 self.tr("%n dismissed", "", counts.get("dismissed", 0))]
        text = " · ".join(parts)
        remaining = summary.remaining
        text += "\n" + (self.tr("%Ln card(s) still in the queue.", "", remaining) if remaining
                        else self.tr("The queue is empty. Well done."))
        self.summary_facts.setText(text)
        policy = formatting.dates()
        started_at = _local(summary.session.started_at)
        started = f"{policy.long(started_at.date())} {self.locale().toString(started_at.time(), policy.time_pattern)}"
        self.summary_title.setText(self.tr("Session of {when}").format(when=started))
        self.decisions_list.clear()
        names = {"done": self.tr("Done"), "acted": self.tr("Acted"), "snoozed": self.tr("Snoozed"),
                 "dismissed": self.tr("Dismissed")}
        for d in summary.decisions:
            decision = names.get(d.decision, d.decision)
            if d.action:
                decision += " — " + tr_rule(review_session.ACTIONS.get(d.action, d.action)).rstrip("…")
            rule = review_rules.BY_NAME.get(d.rule)
            item = QTreeWidgetItem([d.talent_name, d.contract_title, tr_rule(rule.title) if rule else d.rule,
                                    decision, d.note])
            item.setToolTip(2, d.reason)
            self.decisions_list.addTopLevelItem(item)
        self.pdf_button.setVisible(_pdf_export() is not None)
        self.stack.setCurrentWidget(self.summary_page)
        self.back_button.setFocus()

    def back_to_queue(self) -> None:
        self.stack.setCurrentWidget(self.queue_page)
        self.refresh()

    def export_pdf(self) -> None:
        export = _pdf_export()
        if export is not None and self.summary_session is not None:
            export(self, self.ctx, self.summary_session)

    # -- formatting --------------------------------------------------------------------------------
    def _date(self, day) -> str:
        if isinstance(day, str):
            day = dt.date.fromisoformat(day)
        return formatting.short_date(day)

    def _money(self, minor: int, currency: str) -> str:
        return self.locale().toCurrencyString(float(from_minor(int(minor), currency)), currency + " ")

    def _format(self, key: str, value, facts: dict) -> str:
        kind = review_rules.FACT_KINDS.get(key)
        locale = self.locale()
        if kind == "date":
            return self._date(value)
        if kind == "money":
            return self._money(value, facts.get("currency") or "USD")
        if kind == "minutes":
            return self.tr("{hours} h").format(hours=locale.toString(float(Decimal(value) / 60), "f", 1))
        if kind == "percent":
            return f"{locale.toString(int(value))} %"
        if kind == "days":
            return self.tr("%Ln day(s)", "", int(value))
        if kind == "list":
            return ", ".join(str(v) for v in value)
        if key in review_rules.FACT_WORDS:
            return words.label(review_rules.FACT_WORDS[key], value)
        if kind == "signals":
            from ...services.classification import BY_CODE

            return review_rules.signal_text(
                [QCoreApplication.translate("ClassificationDialog", BY_CODE[c].reason) for c in value if c in BY_CODE])
        if isinstance(value, int) and not isinstance(value, bool):
            return locale.toString(value)
        return str(value)

    def reason(self, card: review_rules.Card) -> str:
        """The card's reason, translated, with locale-formatted facts."""
        formatted = {key: self._format(key, value, card.facts) if value is not None else "—"
                     for key, value in card.facts.items()}
        try:
            return tr_rule(card.template).format(**formatted)
        except (KeyError, IndexError):  # a translation naming a fact that is not there
            return card.reason

    # -- screenshot --------------------------------------------------------------------------------
    def prepare_screenshot(self) -> None:
        """Start a session and show its first card."""
        if self.session_id is None and getattr(self, "overview", None) is not None and self.overview.cards:
            self.start()


def _local(instant: dt.datetime):
    """A stored UTC instant as a local QDateTime."""
    from PySide6.QtCore import QDateTime, QTimeZone

    return QDateTime(instant.date(), instant.time(), QTimeZone.utc()).toLocalTime()


def _pdf_export():
    try:
        from ..dialogs.export_pdf import export_review_pdf
    except ImportError:
        return None
    return export_review_pdf


def create(ctx: AppContext) -> ReviewView:
    return ReviewView(ctx)


# Actions that are the decision itself: the service that writes it, the tables it changes, and whether the
# service is told which action it was (hire or no hire share one).
_GRANT_TABLES = ("access_grant", "offboarding_item", "review_decision", "card_state")
DIRECT_DECISIONS = {
    "revoke_access": (review_session.act_revoke_access, _GRANT_TABLES, False),
    "offboarding_done": (review_session.act_offboarding_done, ("offboarding_item", "review_decision", "card_state"),
                         False),
    "revoke_grant": (review_session.act_revoke_grant, _GRANT_TABLES, False),
    "hire": (review_session.act_test_decision, ("contract", "review_decision", "card_state"), True),
    "no_hire": (review_session.act_test_decision, ("contract", "review_decision", "card_state"), True),
}

# Every action a rule may declare (review_session.ACTIONS) and what it does on this screen; a test checks
# that none is missing.
ACTION_HANDLERS = {
    "open_contract": ReviewView._open_contract,
    "open_person": ReviewView._open_person,
    **{action: ReviewView._decide_at_once for action in DIRECT_DECISIONS},
    "log_raise": lambda view, card, _action: view._log_raise(card),
    "classification_check": ReviewView._classification_check,
    "log_contact": ReviewView._log_contact,
    "send_thanks": ReviewView._send_thanks,
    "renew": ReviewView._renew,
    "write_review": ReviewView._write_review_action,
}
