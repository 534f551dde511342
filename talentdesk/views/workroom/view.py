"""The contract workroom: the contract list beside one room per contract — terms, tabs, and its life."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...app.bus import Change
from ...app.context import AppContext
from ...app.errors import translated
from ...services import contracts, offboarding, room, workroom
from ...services.labels import QT_TRANSLATE_NOOP
from ..base import View
from ..dialogs.appreciation import open_appreciation_dialog
from ..dialogs.checkin import open_checkin_dialog
from ..dialogs.classification import open_classification_dialog
from ..dialogs.contract_dialog import open_contract_dialog
from ..dialogs.export_pdf import export_contract_pdf
from ..labels import STATUS_LABELS, day, in_sentence, label, number
from ..shortcuts import local_shortcut
from ..widgets.capped import CappedScroll
from ..widgets.overflow import OverflowRow
from . import dialogs
from .contract_list import ContractListPanel
from .find_messages import FindMessagesDialog
from .header import TermsHeader
from .messages import MessagesTab
from .tabs import AccessTab, FilesTab, HoursTab, MilestonesTab, PaymentsTab, ScopeTab

ROOM_TABLES = ("contract", "talent", "message", "attachment", "milestone", "work_log", "payment", "scope_change",
               "access_grant", "offboarding_item", "feedback", "private_review", "rate", "classification_answer")

MOVE_LABELS = {
    ("draft", "offered"): QT_TRANSLATE_NOOP("WorkroomView", "Mark offered"),
    ("draft", "active"): QT_TRANSLATE_NOOP("WorkroomView", "Activate"),
    ("offered", "active"): QT_TRANSLATE_NOOP("WorkroomView", "Activate"),
    ("offered", "draft"): QT_TRANSLATE_NOOP("WorkroomView", "Back to draft"),
}
SCOPE_ACTIONS = (
    ("end_date", QT_TRANSLATE_NOOP("WorkroomView", "Extend end date…"), "Ctrl+Shift+D"),
    ("weekly_limit", QT_TRANSLATE_NOOP("WorkroomView", "Change weekly limit…"), None),
    ("milestone_added", QT_TRANSLATE_NOOP("WorkroomView", "Add milestone…"), None),
    ("milestone_edited", QT_TRANSLATE_NOOP("WorkroomView", "Change milestone…"), None),
    ("bonus", QT_TRANSLATE_NOOP("WorkroomView", "Pay bonus…"), "Ctrl+Shift+B"),
    ("rate", QT_TRANSLATE_NOOP("WorkroomView", "Change rate…"), None),
    ("weekly_payment", QT_TRANSLATE_NOOP("WorkroomView", "Change weekly payment…"), None),
    ("paused", QT_TRANSLATE_NOOP("WorkroomView", "Pause…"), None),
    ("resumed", QT_TRANSLATE_NOOP("WorkroomView", "Resume…"), None),
)


class WorkroomView(View):
    tables = ROOM_TABLES

    def __init__(self, ctx: AppContext):
        super().__init__(ctx)
        self.contract_id: int | None = None
        self.room: room.Room | None = None
        self._changed: set[str] = {"*"}
        self._room_generation = 0

        self.list_panel = ContractListPanel(ctx)
        self.list_panel.chosen.connect(self.open_contract)
        self.list_panel.find_messages.clicked.connect(self.find_in_messages)
        self.finder: FindMessagesDialog | None = None

        self.header = TermsHeader()
        self.header.talent_clicked.connect(lambda tid: ctx.navigator and ctx.navigator.open_talent(tid))
        self.header.contract_clicked.connect(self.open_contract)

        # the life of the contract, and the actions on it
        self.move_buttons: list[QPushButton] = []
        # One row that folds what does not fit into "More" (a small window would otherwise cut every label).
        self.actions_row = OverflowRow(spacing=3)
        moves = QWidget()
        self.moves_box = QHBoxLayout(moves)
        self.moves_box.setContentsMargins(0, 0, 0, 0)
        self.moves_box.setSpacing(4)
        self.actions_row.add(moves, rank=0)
        self.scope_button = QToolButton()
        self.scope_button.setText(self.tr("Scope change"))
        self.scope_button.setPopupMode(QToolButton.InstantPopup)
        self.scope_button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.scope_button.setToolTip(self.tr("Change the running agreement; the ledger records why"))
        self.scope_menu = QMenu(self.scope_button)
        self.scope_actions: dict[str, QAction] = {}
        for kind, text, shortcut in SCOPE_ACTIONS:
            action = self.scope_menu.addAction(self.tr(text))
            action.triggered.connect(lambda _=False, k=kind: self.scope_action(k))
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
                self.addAction(action)
            self.scope_actions[kind] = action
        self.scope_menu.setToolTipsVisible(True)
        self.scope_button.setMenu(self.scope_menu)
        self.edit_button = QPushButton(self.tr("Edit terms…"))
        self.edit_button.setToolTip(self.tr("Terms of a draft or offer can be edited freely"))
        self.edit_button.clicked.connect(self.edit_terms)
        self.end_button = QPushButton(self.tr("End contract…"))
        self.end_button.setToolTip(self.tr("Feedback, private review and the offboarding checklist (Ctrl+Shift+E)"))
        self.end_button.clicked.connect(self.end_contract)
        self.renew_button = QPushButton(self.tr("Renew…"))
        self.renew_button.setToolTip(self.tr("Start a new contract that continues this one (Ctrl+Shift+R)"))
        self.renew_button.clicked.connect(self.renew)
        self.checkin_button = QPushButton(self.tr("Check-in…"))
        self.checkin_button.setToolTip(self.tr("A mid-contract private review, so the trend has points before the end"))
        self.checkin_button.clicked.connect(self.check_in)
        self.thanks_button = QPushButton(self.tr("Say thanks…"))
        self.thanks_button.setToolTip(self.tr("Record specific praise, a testimonial, a referral or a thank-you bonus"))
        self.thanks_button.clicked.connect(self.say_thanks)
        self.classification_button = QPushButton(self.tr("Classify…"))
        self.classification_button.clicked.connect(self.check_classification)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(self.tr("A summary of this contract to print or send"))
        self.pdf_button.clicked.connect(self.export_pdf)
        # The rank says what folds first: the life of the contract stays in sight longest.
        for widget, rank in ((self.scope_button, 3), (self.edit_button, 1), (self.checkin_button, 5),
                             (self.thanks_button, 6), (self.classification_button, 7), (self.pdf_button, 8)):
            self.actions_row.add(widget, rank)
        self.actions_row.add_stretch()
        self.actions_row.add(self.renew_button, 4)
        self.actions_row.add(self.end_button, 2)
        # What changes the contract (the PDF only reads it): held off, saying why, while data may not be changed.
        ctx.writes.guard(self.scope_button, *self.scope_actions.values(), self.edit_button, self.end_button,
                         self.renew_button, self.checkin_button, self.thanks_button, self.classification_button)

        self.messages = MessagesTab(ctx)
        self.files = FilesTab(ctx)
        self.milestones = MilestonesTab(ctx)
        self.milestones.add_scoped.connect(lambda: self.scope_action("milestone_added"))
        self.milestones.change_scoped.connect(lambda mid, remove: self.scope_action("milestone_edited", mid, remove))
        self.hours = HoursTab(ctx)
        self.payments = PaymentsTab(ctx)
        self.scope = ScopeTab(ctx)
        self.access = AccessTab(ctx)
        self.record_tabs = (self.files, self.milestones, self.hours, self.payments, self.scope, self.access)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for widget, title in ((self.messages, self.tr("Messages")), (self.files, self.tr("Files")),
                              (self.milestones, self.tr("Milestones")), (self.hours, self.tr("Hours")),
                              (self.payments, self.tr("Payments")), (self.scope, self.tr("Scope changes")),
                              (self.access, self.tr("Access"))):
            self.tabs.addTab(widget, title)

        room_widget = QWidget()
        room_layout = QVBoxLayout(room_widget)
        room_layout.setContentsMargins(0, 0, 0, 0)
        room_layout.setSpacing(4)
        # On a short window the header scrolls rather than squeezing its facts or the tabs below it.
        self.header_scroll = CappedScroll(self.header, share=0.42)
        room_layout.addWidget(self.header_scroll)
        self.actions_row.setContentsMargins(4, 0, 4, 0)
        room_layout.addWidget(self.actions_row)
        room_layout.addWidget(self.tabs, 1)

        self.empty = QLabel(self.tr("Choose a contract on the left to open its room,\n"
                                    "or start one with File ▸ New contract (Ctrl+Shift+N)."))
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setProperty("role", "empty")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(room_widget)
        self.room_widget = room_widget

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.list_panel)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 1000])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        local_shortcut("Ctrl+Shift+F", self, self.list_panel.search.setFocus, self.tr("Find a contract"))
        local_shortcut("Ctrl+Shift+M", self, self.find_in_messages, self.tr("Find in all messages"))
        local_shortcut("Ctrl+Shift+E", self, self.end_contract, self.tr("End contract"))
        local_shortcut("Ctrl+Shift+R", self, self.renew, self.tr("Renew"))
        state = ctx.view_state().value("workroom/splitter")
        if state is not None:
            splitter.restoreState(state)

    # -- the screen's contract with the main window ---------------------------------------------
    def open_contract(self, contract_id: int) -> None:
        if contract_id != self.contract_id:
            self.contract_id = contract_id
            self.messages.open(contract_id)
        self.list_panel.select(contract_id)
        self.load_room()

    def find_in_messages(self) -> FindMessagesDialog:
        if self.finder is None:
            self.finder = FindMessagesDialog(self.ctx, self)
            self.finder.chosen.connect(self.open_message)
        self.finder.show()
        self.finder.raise_()
        self.finder.activateWindow()
        self.finder.search.setFocus()
        return self.finder

    def open_message(self, contract_id: int, message_id: int) -> None:
        """Open the room and show this message in its log (a search hit)."""
        self.open_contract(contract_id)
        self.tabs.setCurrentWidget(self.messages)
        self.messages.show_message(message_id)

    def new_contract(self, template: contracts.ContractInput | None = None):
        return open_contract_dialog(self, self.ctx, template)

    def prepare_screenshot(self) -> None:
        if self.contract_id is None:
            busiest = contracts.busiest_active_contract()
            if busiest is not None:
                self.open_contract(busiest)

    def save_state(self) -> None:
        self.ctx.view_state().setValue("workroom/splitter", self.splitter.saveState())

    # -- refreshing ------------------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.touches(*self.tables):
            self._changed |= set(change.tables)
        super()._on_changed(change)

    def refresh(self) -> None:
        changed, self._changed = self._changed, set()
        if changed & {"*", "contract", "talent"}:
            if changed & {"*", "talent"} or "contract" in changed:
                self.list_panel.reload_people()
            self.list_panel.reload()
        if self.contract_id is not None:
            if changed & {"*", "message"}:
                self.messages.reload()
            self.load_room()

    def load_room(self) -> None:
        if self.contract_id is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self._room_generation += 1
        generation, contract_id = self._room_generation, self.contract_id
        self.ctx.runner.read(room.load, contract_id, on_done=lambda data: self._show_room(generation, data),
                             on_error=lambda exc: self._room_failed(generation, exc))

    def _room_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._room_generation:
            return
        from ...services.errors import NotFound

        if isinstance(exc, NotFound):
            self.contract_id = None
            self.stack.setCurrentWidget(self.empty)
            return
        from ...app.errors import show_error

        show_error(self, exc)

    def _show_room(self, generation: int, data: room.Room) -> None:
        if generation != self._room_generation:
            return  # a later open or refresh is on its way
        self.room = data
        f = data.facts
        self.header.show_facts(f)
        for tab in self.record_tabs:
            tab.show_room(data)
        self.tabs.setTabText(0, self.tr("Messages ({n})").format(n=number(data.message_count)))
        self.tabs.setTabText(1, self.tr("Files ({n})").format(n=len(data.files)))
        self.tabs.setTabText(2, self.tr("Milestones ({n})").format(n=len(data.milestones)))
        self.tabs.setTabText(5, self.tr("Scope changes ({n})").format(n=len(data.ledger)))
        open_grants = sum(1 for g in data.grants if g.open)
        self.tabs.setTabText(6, self.tr("Access ({n} open)").format(n=open_grants) if open_grants
                             else self.tr("Access"))
        self._update_actions(f)
        self.stack.setCurrentWidget(self.room_widget)

    def _update_actions(self, f: workroom.Facts) -> None:
        for button in self.move_buttons:
            self.moves_box.removeWidget(button)
            button.deleteLater()
        self.move_buttons = []
        for to in f.moves:
            text = MOVE_LABELS.get((f.status, to))
            if text is None:
                continue  # pausing, resuming and ending have their own flows
            button = QPushButton(self.tr(text))
            button.setObjectName(f"move_{to}")
            button.clicked.connect(lambda _=False, t=to: self.move(t))
            self.ctx.writes.guard(button)
            self.moves_box.addWidget(button)
            self.move_buttons.append(button)
        running = f.status in ("active", "paused")
        self.scope_button.setEnabled(running or f.status == "ended")
        for kind, action in self.scope_actions.items():
            allowed = running
            if kind == "paused":
                allowed = f.status == "active"
            elif kind == "resumed":
                allowed = f.status == "paused"
            elif kind == "weekly_payment":
                allowed = running and f.kind == "retainer"
            elif kind == "bonus":
                # The window is the service's rule (scope.bonus_refusal); the menu says why it is closed.
                allowed = not f.bonus_refusal
                action.setToolTip(translated(f.bonus_refusal) or self.tr("A bonus payment and its row in the scope ledger"))
            elif kind == "milestone_edited":
                allowed = running and any(m.status != "paid" for m in (self.room.milestones if self.room else []))
            action.setEnabled(allowed)
        self.edit_button.setVisible(f.status in ("draft", "offered"))
        self.end_button.setEnabled("ended" in f.moves)
        self.renew_button.setEnabled(f.status in ("active", "paused", "ended"))
        self.checkin_button.setEnabled(running)
        result = f.classification
        risks = {"low": self.tr("low"), "medium": self.tr("medium"), "high": self.tr("high")}
        self.classification_button.setText(
            self.tr("Risk: {risk}…").format(risk=risks.get(result.level, result.level)) if result
            else self.tr("Classify…"))
        self.classification_button.setToolTip(
            self.tr("Classification check: last done on {day}, %n point(s) of risk. Check again when something "
                    "changes.", "", result.points).format(day=day(result.checked_on)) if result
            else self.tr("Classification check: does this contractor look like an employee? Never done for this "
                         "contract."))

    def check_classification(self) -> None:
        if self.room is not None:
            open_classification_dialog(self, self.ctx, self.room.facts.id, self.room.facts.title)

    def check_in(self) -> None:
        if self.room is not None:
            open_checkin_dialog(self, self.ctx, self.room.facts.talent_id, self.room.facts.id)

    def say_thanks(self) -> None:
        if self.room is not None:
            open_appreciation_dialog(self, self.ctx, self.room.facts.talent_id, self.room.facts.id)

    def export_pdf(self) -> None:
        if self.room is not None:
            export_contract_pdf(self, self.ctx, self.room.facts.id)

    # -- actions -----------------------------------------------------------------------------------
    def move(self, to: str) -> None:
        if self.contract_id is not None:
            self.ctx.runner.write(contracts.move, self.contract_id, to, changes=("contract",),
                                  action=self.tr("Change contract status"),
                                  announce=self.tr("Contract set to {status}").format(status=in_sentence(label(STATUS_LABELS, to))))

    def scope_action(self, kind: str, milestone_id: int | None = None,
                     remove: bool = False) -> dialogs.ScopeActionDialog | None:
        if self.room is None or not self.scope_actions[kind].isEnabled():
            return None
        dialog = dialogs.ScopeActionDialog(self, self.ctx, kind, self.room.facts, self.room.milestones,
                                           milestone_id, remove)
        dialog.open()
        return dialog

    def edit_terms(self) -> None:
        if self.contract_id is None:
            return
        contract_id = self.contract_id
        self.ctx.runner.read(workroom.contract_input, contract_id, on_done=lambda template: open_contract_dialog(
            self, self.ctx, template, contract_id=contract_id, open_after=False))

    def renew(self) -> None:
        if self.room is None or not self.renew_button.isEnabled():
            return
        self.ctx.runner.read(workroom.renewal_template, self.contract_id,
                             on_done=lambda template: open_contract_dialog(self, self.ctx, template))

    def end_contract(self) -> None:
        if self.room is None or not self.end_button.isEnabled():
            return
        facts = self.room.facts
        self.ctx.runner.read(offboarding.proposed_checklist, facts.id,
                             on_done=lambda proposal: self._open_end_wizard(facts, proposal))

    def _open_end_wizard(self, facts: workroom.Facts, proposal) -> dialogs.EndContractWizard:
        wizard = dialogs.EndContractWizard(self, self.ctx, facts, proposal)
        wizard.setWindowModality(Qt.WindowModal)
        wizard.open()
        self.end_wizard = wizard
        return wizard


def create(ctx: AppContext) -> WorkroomView:
    return WorkroomView(ctx)
