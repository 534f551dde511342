"""The message log: newest at the bottom, older pages loaded by keyset as you scroll up; plain text only."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QDateTime, QEvent, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...app.context import AppContext
from ...app.errors import search_refusal, show_error
from ...services import contracts, records, workroom
from ...services.errors import ValidationError
from ...services.validate import MAX_SEARCH_CHARS
from ...store.models import AUTHORS, CHANNELS
from ..dialogs.interaction import utc_naive
from ..labels import AUTHOR_LABELS, CHANNEL_LABELS, in_sentence, instant, label
from ..shortcuts import local_shortcut

PAGE = 100
TIMED_CHANNELS = ("call", "video")  # the channels a duration is asked for
MAX_SHOWN = 4000  # characters of one message drawn in the log (the rest is kept, not drawn)
RowRole = Qt.UserRole + 1


class MessageModel(QAbstractListModel):
    """Rows oldest → newest. ``show_page`` takes the newest page; ``prepend`` puts the page before on top."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[workroom.MessageRow] = []
        self.contract_id: int | None = None
        self.text = ""
        self.channel: str | None = None
        self.has_older = False
        self.marked: int | None = None  # a search hit to draw outlined

    def show_page(self, contract_id: int | None, text: str, channel: str | None,
                  page: list[workroom.MessageRow]) -> None:
        """The newest page of a room (fetched on the lane), as asked for with this text and channel."""
        self.beginResetModel()
        self.contract_id, self.text, self.channel = contract_id, text, channel
        self.rows = list(reversed(page))
        self.has_older = len(page) == PAGE
        self.endResetModel()

    def older_request(self) -> dict | None:
        """The arguments of ``workroom.message_page`` for the page before the oldest row shown (keyset); None
        when there is none."""
        if not (self.has_older and self.rows and self.contract_id):
            return None
        oldest = self.rows[0]
        return {"contract_id": self.contract_id, "before": (oldest.sent_at, oldest.id), "limit": PAGE,
                "text": self.text, "channel": self.channel}

    def prepend(self, page: list[workroom.MessageRow]) -> int:
        """Put an older page (fetched on the lane, newest first) above the rows; returns how many came."""
        self.has_older = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), 0, len(page) - 1)
            self.rows[:0] = reversed(page)
            self.endInsertRows()
        return len(page)

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return row.body
        if role == RowRole:
            return row
        return None


class MessageDelegate(QStyledItemDelegate):
    """A bubble per message: who, on which channel, when; then the text drawn as plain text."""

    PAD, GAP = 10, 6

    def __init__(self, view: QListView):
        super().__init__(view)
        self.view = view

    def _bubble_width(self) -> int:
        return max(240, int(self.view.viewport().width() * 0.72))

    def _body(self, row: workroom.MessageRow) -> str:
        body = row.body if len(row.body) <= MAX_SHOWN else row.body[:MAX_SHOWN] + " …"
        if row.duration_minutes:
            body = self.tr("({n} min)").format(n=row.duration_minutes) + " " + body
        return body

    def _header(self, row: workroom.MessageRow) -> str:
        return " · ".join((label(AUTHOR_LABELS, row.author), label(CHANNEL_LABELS, row.channel), instant(row.sent_at)))

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        row = index.data(RowRole)
        if row is None:
            return QSize(0, 0)
        metrics = option.fontMetrics
        inner = self._bubble_width() - 2 * self.PAD
        body = metrics.boundingRect(QRect(0, 0, inner, 100_000), Qt.TextWordWrap | Qt.TextExpandTabs,
                                    self._body(row))
        return QSize(self.view.viewport().width(), body.height() + metrics.height() + 2 * self.PAD + self.GAP + 4)

    def paint(self, painter, option, index) -> None:
        row: workroom.MessageRow | None = index.data(RowRole)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        palette = option.palette
        width = self._bubble_width()
        mine = row.author == "me"
        rect = option.rect.adjusted(0, self.GAP // 2, 0, -self.GAP // 2)
        left = rect.right() - width - 8 if mine else rect.left() + 8
        bubble = QRect(left, rect.top(), width, rect.height())
        base = palette.color(QPalette.Highlight)
        fill = QColor(base.red(), base.green(), base.blue(), 38) if mine else palette.color(QPalette.AlternateBase)
        if row.channel == "note":
            fill = QColor(230, 180, 40, 40)
        marked = getattr(index.model(), "marked", None) == row.id
        painter.setPen(QPen(palette.color(QPalette.Highlight), 2) if marked else palette.color(QPalette.Mid))
        painter.setBrush(fill)
        painter.drawRoundedRect(bubble, 8, 8)
        inner = bubble.adjusted(self.PAD, self.PAD // 2 + 2, -self.PAD, -self.PAD)
        head_font = QFont(option.font)
        head_font.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        head_font.setWeight(QFont.DemiBold)
        painter.setFont(head_font)
        painter.setPen(palette.color(QPalette.PlaceholderText))
        head_height = option.fontMetrics.height()
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), head_height),
                         Qt.AlignLeft | Qt.AlignVCenter | Qt.TextSingleLine, self._header(row))
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.Text))
        # drawText with a QRect never interprets markup: the body shows exactly as written.
        painter.drawText(QRect(inner.left(), inner.top() + head_height + 2, inner.width(), inner.height() - head_height),
                         Qt.TextWordWrap | Qt.TextExpandTabs | Qt.AlignLeft | Qt.AlignTop, self._body(row))
        painter.restore()


class MessagesTab(QWidget):
    message_shown = Signal(bool)  # after show_message: whether the message was found in the room

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.contract_id: int | None = None
        self._generation = 0  # of the newest page asked for: older answers are dropped
        self._older_pending = False  # a page before the oldest row is on its way
        self._older_then: list[Callable[[int], None]] = []  # asked for while it was on its way
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search this room's messages"))
        self.search.setMaxLength(MAX_SEARCH_CHARS)  # the services' limit: past it, typing stops
        self.search.setPlaceholderText(self.tr("Search this room's messages… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.found = QLabel()
        self.found.setProperty("role", "muted")
        self.channel_filter = QComboBox()
        self.channel_filter.setObjectName("channelFilter")
        self.channel_filter.addItem(self.tr("All channels"), None)
        for channel in CHANNELS:
            self.channel_filter.addItem(label(CHANNEL_LABELS, channel), channel)
        self.channel_filter.setToolTip(self.tr("Show only what was said on one channel"))
        self.channel_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = MessageModel(self)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Messages"))
        self.view.setObjectName("messageLog")
        self.view.setModel(self.model)
        self.view.setItemDelegate(MessageDelegate(self.view))
        self.view.setVerticalScrollMode(QListView.ScrollPerPixel)
        self.view.verticalScrollBar().setSingleStep(24)
        self.view.setResizeMode(QListView.Adjust)
        self.view.setSelectionMode(QListView.NoSelection)
        self.view.setFocusPolicy(Qt.StrongFocus)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.empty = QLabel(self.tr("No messages yet. Log what was said below — a chat, an e-mail, a call — "
                                    "so the whole story of this contract stays in one place."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setProperty("role", "empty")

        self.compose = QPlainTextEdit()
        self.compose.setAccessibleName(self.tr("New message"))
        self.compose.setObjectName("compose")
        self.invitation = self.tr("Write or paste what was said… (Ctrl+Enter adds it)")
        self.compose.setPlaceholderText(self.invitation)
        self.compose.setFixedHeight(84)
        self.compose.setTabChangesFocus(True)
        self.author = QComboBox()
        for author in AUTHORS:
            self.author.addItem(label(AUTHOR_LABELS, author), author)
        self.author.setToolTip(self.tr("Who said it"))
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(label(CHANNEL_LABELS, channel), channel)
        self.channel.setToolTip(self.tr("Where it was said"))
        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())
        self.when = QDateTimeEdit()
        self.when.setAccessibleName(self.tr("When it was said"))
        self.when.setObjectName("composeWhen")
        self.when.setCalendarPopup(True)
        self.when.setToolTip(self.tr("When it was said, in your local time (now unless you change it)"))
        self.duration = QSpinBox()
        self.duration.setObjectName("composeDuration")
        self.duration.setRange(0, 1440)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("length?"))
        self.duration.setToolTip(self.tr("How long the call took"))
        self._when_touched = False
        self.when.dateTimeChanged.connect(self._when_edited)
        self._reset_when()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add to the log (Ctrl+Enter)"))
        self.add_button.clicked.connect(self.add_message)
        # Logging a message changes the record: the whole form is held off while data may not be changed.
        ctx.writes.guard(self.compose, self.author, self.channel, self.when, self.duration, self.add_button)
        ctx.writes.changed.connect(self._writes_changed)  # the empty box says why rather than invite typing
        self._writes_changed(ctx.writes.allowed())

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.found)
        top.addWidget(self.channel_filter)
        side = QVBoxLayout()
        side.setSpacing(4)
        pair = QHBoxLayout()
        pair.setSpacing(4)
        pair.addWidget(self.author)
        pair.addWidget(self.channel)
        side.addLayout(pair)
        timing = QHBoxLayout()
        timing.setSpacing(4)
        timing.addWidget(self.when, 1)
        timing.addWidget(self.duration)
        side.addLayout(timing)
        side.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.compose, 1)
        bottom.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(bottom)
        self.empty.hide()

        self.compose.installEventFilter(self)  # Ctrl+Enter adds
        # A logged message can be corrected or removed: a context menu, Enter and Delete on the log.
        self.view.setContextMenuPolicy(Qt.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.context_menu)
        self.view.installEventFilter(self)
        local_shortcut(QKeySequence.Find, self, self.search.setFocus, self.tr("Search the messages"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.view.verticalScrollBar().valueChanged.connect(self._scrolled)

    def _writes_changed(self, allowed: bool) -> None:
        self.compose.setPlaceholderText(self.invitation if allowed else self.ctx.writes.why_not())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.compose and event.type() == QEvent.KeyPress
                and event.key() in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() & Qt.ControlModifier):
            self.add_message()
            return True
        if watched is self.view and event.type() == QEvent.KeyPress and self._current() is not None:
            slot = {Qt.Key_Return: self.edit, Qt.Key_Enter: self.edit, Qt.Key_Delete: self.remove}.get(event.key())
            if slot:
                if self.ctx.writes.allowed():
                    slot()
                return True
        return super().eventFilter(watched, event)

    def _current(self) -> workroom.MessageRow | None:
        index = self.view.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def context_menu(self, pos) -> QMenu | None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return None
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setAttribute(Qt.WA_DeleteOnClose)
        for text, slot, keys in ((self.tr("Edit…"), self.edit, "Return"), (self.tr("Remove…"), self.remove, "Del")):
            action = menu.addAction(text, slot)
            action.setShortcut(QKeySequence(keys))
            self.ctx.writes.guard(action)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        return menu

    def _describe(self, row: workroom.MessageRow) -> str:
        excerpt = " ".join(row.body.split())
        return self.tr("the {channel} of {when}: “{text}”").format(
            channel=in_sentence(label(CHANNEL_LABELS, row.channel)), when=instant(row.sent_at),
            text=excerpt[:60] + ("…" if len(excerpt) > 60 else ""))

    def edit(self) -> None:
        row = self._current()
        if row is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit message"),
                                                 self.tr("Correct {what}").format(what=self._describe(row)), row.body)
        if ok and text.strip() and text != row.body:
            self.ctx.runner.write(records.edit_message, row.id, text, author=row.author, channel=row.channel,
                                  sent_at=row.sent_at, duration_minutes=row.duration_minutes, changes=("message",),
                                  action=self.tr("Edit message"))

    def remove(self) -> None:
        row = self._current()
        if row is None:
            return
        box = QMessageBox(QMessageBox.Question, self.tr("Remove message"),
                          self.tr("Remove {what}?").format(what=self._describe(row)), QMessageBox.NoButton, self)
        yes = box.addButton(self.tr("Remove"), QMessageBox.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.Cancel))
        box.exec()
        if box.clickedButton() is yes:
            self.ctx.runner.write(records.remove_message, row.id, changes=("message",), action=self.tr("Remove message"),
                                  announce=self.tr("Removed a message"))

    def open(self, contract_id: int | None) -> None:
        self.contract_id = contract_id
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.compose.clear()
        self._reset_when()
        self.channel_filter.blockSignals(True)
        self.channel_filter.setCurrentIndex(0)
        self.channel_filter.blockSignals(False)
        self.reload()

    def _reset_when(self) -> None:
        """Back to "now": a new message is dated when it is added unless the user picked a time."""
        self.when.blockSignals(True)
        now = QDateTime.currentDateTime()
        self.when.setDateTime(now)
        self.when.setMaximumDateTime(now.addDays(1))
        self.when.blockSignals(False)
        self._when_touched = False
        self.duration.setValue(0)
        self._channel_changed()

    def _when_edited(self, _value) -> None:
        self._when_touched = True

    def _channel_changed(self) -> None:
        timed = self.channel.currentData() in TIMED_CHANNELS
        self.duration.setVisible(timed)
        if not timed:
            self.duration.setValue(0)

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Fetch the room's newest page on the lane, with the search and channel as they are now. Each
        keystroke asks anew; only the newest request's answer is shown (an older one is dropped)."""
        self._generation += 1
        generation, contract_id = self._generation, self.contract_id
        text, channel = self.search.text().strip(), self.channel_filter.currentData()
        if not contract_id:
            self._show(generation, contract_id, text, channel, [], then)
            return
        self.ctx.runner.read(workroom.message_page, contract_id, limit=PAGE, text=text, channel=channel,
                             on_done=lambda page: self._show(generation, contract_id, text, channel, page, then),
                             on_error=lambda exc: self._refused(generation, exc))

    def _refused(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(exc, ValidationError):
            show_error(self, exc)
            return
        self.model.show_page(None, "", None, [])  # a search past the services' limit: said beside the box
        self.view.setVisible(True)
        self.empty.setVisible(False)
        self.found.setText(search_refusal(self, exc) or "")

    def _show(self, generation: int, contract_id: int | None, text: str, channel: str | None,
              page: list[workroom.MessageRow], then: Callable[[], None] | None) -> None:
        if generation != self._generation or not isValid(self.view):
            return  # a newer search is on its way, or the window has closed
        self.model.show_page(contract_id, text, channel, page)
        has_rows = bool(self.model.rows)
        narrowed = bool(text) or channel is not None
        self.view.setVisible(has_rows or narrowed)
        self.empty.setVisible(not has_rows and not narrowed)
        self.found.setText(self.tr("{n}{more} found").format(n=len(self.model.rows), more="+" if self.model.has_older
                                                            else "") if narrowed else "")
        self.view.scrollToBottom()
        QTimer.singleShot(0, self.view.scrollToBottom)  # again once the rows are laid out
        if then is not None:
            then()

    def _scrolled(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if value != bar.minimum() or not self.model.has_older or bar.maximum() == 0:
            return
        self.load_older()

    def show_message(self, message_id: int) -> None:
        """Clear the filters, page back to the message and scroll it into view, marked (once the room's newest
        page has come from the lane); ``message_shown`` says whether it was found."""
        for widget in (self.search, self.channel_filter):
            widget.blockSignals(True)
        self.search.clear()
        self.channel_filter.setCurrentIndex(0)
        for widget in (self.search, self.channel_filter):
            widget.blockSignals(False)
        self.reload(then=lambda: self._page_back_to(message_id))

    def _page_back_to(self, message_id: int) -> None:
        """Page back (on the lane, a page at a time) until the message is among the rows or there is no older."""
        row = next((i for i, r in enumerate(self.model.rows) if r.id == message_id), None)
        if row is None and self.model.has_older:
            self.load_older(then=lambda _came: self._page_back_to(message_id))
            return
        self.model.marked = message_id if row is not None else None
        if row is not None:
            index = self.model.index(row)
            QTimer.singleShot(0, lambda: self.view.scrollTo(index, QListView.PositionAtCenter))
            self.view.scrollTo(index, QListView.PositionAtCenter)
            self.view.viewport().update()
        self.message_shown.emit(row is not None)

    def load_older(self, then: Callable[[int], None] | None = None) -> None:
        """Fetch the page before the oldest row on the lane and put it on top, keeping the message that was at
        the top where it was; ``then`` gets how many came. One page at a time: a scroll while one is on its way
        asks nothing more, and a page asked before the room was reloaded is dropped."""
        request = self.model.older_request()
        if request is None:
            return
        if self._older_pending:  # the page on its way answers this ask too
            if then is not None:
                self._older_then.append(then)
            return
        self._older_pending = True
        generation = self._generation

        def arrived(page: list[workroom.MessageRow]) -> None:
            waiting, self._older_then, self._older_pending = self._older_then, [], False
            if generation != self._generation or not isValid(self.view):
                return
            came = self.model.prepend(page)
            if came:
                self.view.scrollTo(self.model.index(came), QListView.PositionAtTop)
            for then_ in [then, *waiting]:
                if then_ is not None:
                    then_(came)

        def refused(exc: BaseException) -> None:
            self._older_then, self._older_pending = [], False
            show_error(self, exc)

        self.ctx.runner.read(workroom.message_page, on_done=arrived, on_error=refused, **request)

    def add_message(self) -> None:
        body = self.compose.toPlainText()
        if not body.strip() or self.contract_id is None or not self.ctx.writes.allowed():
            return
        self.add_button.setEnabled(False)

        def done(_id) -> None:
            self.add_button.setEnabled(True)
            self.compose.clear()
            self._reset_when()

        def failed(exc) -> None:
            self.add_button.setEnabled(True)
            show_error(self, exc)

        channel = self.channel.currentData()
        sent_at = utc_naive(self.when.dateTime()) if self._when_touched else None  # untouched: the moment it is added
        duration = self.duration.value() if channel in TIMED_CHANNELS and self.duration.value() else None
        self.ctx.runner.write(contracts.add_message, self.contract_id, body, author=self.author.currentData(),
                              channel=channel, sent_at=sent_at, duration_minutes=duration, changes=("message",),
                              on_done=done, on_error=failed, action=self.tr("Add message"))
