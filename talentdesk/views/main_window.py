"""The main window: a sidebar of screens, the menus, the status line, the first-run page."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..app.context import AppContext
from ..app.text_size import scaled
from ..paths import resource
from ..services import history, overview
from .dialogs import export_pdf, maintenance, team_database
from .dialogs.interchange_menus import install_menus as install_interchange_menus
from .dialogs.settings_dialog import install as install_settings
from .labels import in_sentence
from .screens import SCREENS, build_screen
from .welcome import WelcomePage
from .widgets import dialog_floor, elided
from .widgets.app_filters import install_once

SIDEBAR_WIDE, SIDEBAR_NARROW = 168, 56


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))


def tinted(name: str, colour: QColor, size: int) -> QPixmap:
    """The icon's shape in one colour: on the selected row's highlight the grey stroke all but vanished."""
    pixmap = icon(name).pixmap(size, size)
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), colour)
    painter.end()
    return pixmap


def sidebar_icon(name: str) -> QIcon:
    """Grey on the window, the highlighted-text colour on the selection (light and dark themes alike)."""
    result, source = QIcon(), icon(name)
    selected = QApplication.palette().color(QPalette.HighlightedText)
    for size in (22, 44):
        result.addPixmap(source.pixmap(size, size), QIcon.Normal)
        result.addPixmap(tinted(name, selected, size), QIcon.Selected)
    return result


class Screens(Mapping):
    """The screens by name, each built (and its module imported) the first time it is asked for: a start
    pays for the first screen only, and a screen never visited costs nothing."""

    def __init__(self, build: Callable[[str], QWidget]):
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, name: str) -> QWidget:
        if name not in self._built:
            if name not in SCREEN_NAMES:
                raise KeyError(name)
            self._built[name] = self._build(name)
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(SCREEN_NAMES)

    def __len__(self) -> int:
        return len(SCREEN_NAMES)

    def built(self) -> dict[str, QWidget]:
        return dict(self._built)

    def build_all(self) -> None:
        for name in SCREEN_NAMES:
            self[name]


SCREEN_NAMES = tuple(screen.name for screen in SCREENS)


def bench_write_controls(bench) -> list:
    """The bench's controls that change people. The other screens declare theirs where they make them
    (``ctx.writes.guard``); the bench's are named here until its module does the same (its own ``set_writable``
    already turns its actions off, but says nothing, and left the detail pane's and the documents' buttons on)."""
    return [bench.act_new, bench.act_edit, bench.act_rehire, bench.act_favourite, bench.act_thanks, bench.act_log,
            bench.act_availability, bench.act_dnr, bench.act_archive, bench.act_unarchive, bench.act_delete,
            bench.status_menu.menuAction(), bench.history_log_button, bench.detail.edit_button,
            bench.detail.rehire_button, bench.detail.log_button, bench.documents.add_button,
            bench.documents.remove_button, bench.documents.check_button]


class MainWindow(QMainWindow):
    screen_changed = Signal(str)
    first_painted = Signal()  # once, when the window has been drawn: deferred start-up work begins then

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        ctx.navigator = self
        self.setWindowTitle("TalentDesk")
        self.setWindowIcon(icon("talentdesk"))
        self.setMinimumSize(QSize(scaled(760), scaled(520)))
        install_once(elided.ElidedCells)  # a cut table cell shows its whole text on hover, in every list
        install_once(dialog_floor.DialogFloor)  # no dialog can be shrunk below what its contents need

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Screens"))
        self.sidebar.setIconSize(QSize(scaled(22), scaled(22)))
        self.sidebar.setFixedWidth(scaled(SIDEBAR_WIDE))
        self.sidebar.setFocusPolicy(Qt.TabFocus)
        self.stack = QStackedWidget()
        self._painted = False
        self.screens = Screens(self._build_screen)
        for index, screen in enumerate(SCREENS):
            item = QListWidgetItem(sidebar_icon(screen.name), self.tr(screen.title))
            item.setToolTip(self.tr("{title} ({shortcut})").format(title=self.tr(screen.title), shortcut=f"Ctrl+{index + 1}"))
            item.setData(Qt.UserRole, screen.name)
            item.setSizeHint(QSize(160, 40))
            self.sidebar.addItem(item)
        self.welcome = WelcomePage(ctx)
        self.welcome.finished.connect(self._leave_welcome)
        self.welcome.import_requested.connect(self._import_from_welcome)
        self.stack.addWidget(self.welcome)
        self.sidebar.currentRowChanged.connect(self._on_row)

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        # Across the top, while a team database may not be written: out of reach, or a read-only role.
        self.team_banner = QLabel()
        self.team_banner.setObjectName("teamBanner")
        self.team_banner.setWordWrap(True)
        self.team_banner.setTextFormat(Qt.RichText)
        self.team_banner.linkActivated.connect(lambda _link: ctx.link and ctx.link.try_now())
        self.team_banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.team_banner)
        column.addWidget(body, 1)
        self.setCentralWidget(central)

        self.status_facts = QLabel()
        self.statusBar().addPermanentWidget(self.status_facts)
        # Where the data is: a team database shared with others, or this computer's own folder.
        self.data_place = QLabel(self.tr("Team database: {where}").format(where=ctx.data_place()) if ctx.team_url
                                 else self.tr("Local data"))
        self.data_place.setObjectName("dataPlace")
        self.data_place.setContentsMargins(12, 0, 4, 0)  # apart from the counts beside it
        self.data_place.setToolTip(
            self.tr("Shared with everyone who opens the team database {where}. Stored files are kept in {folder}.")
            .format(where=ctx.data_place(), folder=ctx.data_dir) if ctx.team_url
            else self.tr("Kept on this computer, in {folder}.").format(folder=ctx.data_dir))
        self.statusBar().addPermanentWidget(self.data_place)
        self.undo_note = QLabel()  # "Archived Ana Souza — Undo" for a few seconds after a quiet removal
        self.undo_note.setObjectName("undoNote")
        self.undo_note.setTextFormat(Qt.RichText)
        self.undo_note.linkActivated.connect(lambda _link: self.undo())
        self.undo_note.hide()
        self.statusBar().addWidget(self.undo_note)
        self._undo_note_timer = QTimer(self, singleShot=True, interval=8000, timeout=self.undo_note.hide)
        self._build_menus()
        install_settings(ctx, self)
        install_interchange_menus(self)
        maintenance.install(self)
        team_database.install(self)
        self._hide_empty_menus()
        export_pdf.install(self)
        self._restore_geometry()
        self.set_sidebar_collapsed(bool(self.ctx.view_state().value("main/sidebar_collapsed", False, type=bool)),
                                   remember=False)
        self._counts: dict[str, int] | None = None
        ctx.bus.changed.connect(self._on_changed)
        if ctx.link is not None:
            ctx.link.changed.connect(self._follow_link)
            ctx.link.reconnected.connect(
                lambda: self.statusBar().showMessage(self.tr("Connected to the team database again."), 8000))
            self._follow_link()
        self.show_view("bench")
        self._update_status(check_first_run=True)

    def _build_screen(self, name: str) -> QWidget:
        widget = build_screen(name, self.ctx)
        self.stack.addWidget(widget)
        if name == "bench":
            self.ctx.writes.guard(*bench_write_controls(widget))
        if hasattr(widget, "set_writable") and not self.may_write():
            widget.set_writable(False)
        return widget

    def _hold_minimum(self) -> None:
        """The window is never smaller than the size the screens were drawn for, at the user's text size, nor
        than what the screens built so far need: a window allowed smaller would draw one pane over another."""
        drawn_for = QSize(scaled(760), scaled(520))
        if self.layout() is not None:
            self.layout().activate()  # the screen just added counts now, not at the next event loop turn
        self.setMinimumSize(self.minimumSizeHint().expandedTo(drawn_for))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.first_painted.emit)  # after this paint reaches the screen

    # -- menus --------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, tip: str = "", writes: bool = False) -> QAction:
        """A menu entry; ``writes``: it changes data, so it is held off (saying why) while data may not be changed."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        if writes:
            self.ctx.writes.guard(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&File"))
        self.action_new_talent = self._action(
            self.menu_file, self.tr("New &talent…"), self.new_talent, QKeySequence.New,
            self.tr("Add a person to the bench"), writes=True)
        self.action_new_contract = self._action(
            self.menu_file, self.tr("New &contract…"), self.new_contract, "Ctrl+Shift+N",
            self.tr("Start a contract with someone on the bench"), writes=True)
        self.menu_file.addSeparator()
        self.menu_import = self.menu_file.addMenu(self.tr("&Import"))
        self.ctx.writes.guard(self.menu_import.menuAction())
        self.menu_export = self.menu_file.addMenu(self.tr("&Export"))
        # Here rather than in the timeline screen, which is built only when first shown.
        self._action(self.menu_export, self.tr("Time&line events as CSV…"), self._export_timeline, None,
                     self.tr("Save the events the timeline's filters show as a CSV file"))
        self.menu_file.addSeparator()
        self.menu_backup_anchor = self.menu_file.addSeparator()
        self._action(self.menu_file, self.tr("&Quit"), self.close, QKeySequence.Quit)

        self.menu_edit = bar.addMenu(self.tr("&Edit"))
        self.action_undo = self._action(self.menu_edit, self.tr("&Undo"), self.undo, QKeySequence.Undo, writes=True)
        self.action_redo = self._action(self.menu_edit, self.tr("&Redo"), self.redo, QKeySequence.Redo, writes=True)
        self.ctx.runner.history_changed.connect(self._history_changed)
        self.ctx.runner.announced.connect(self.announce)
        self._history_changed(history.Labels(None, None))

        self.menu_view = bar.addMenu(self.tr("&View"))
        for index, screen in enumerate(SCREENS):
            self._action(self.menu_view, "&" + self.tr(screen.title), lambda _=False, n=screen.name: self.show_view(n),
                         f"Ctrl+{index + 1}")
        self.menu_view.addSeparator()
        self.action_sidebar = self._action(
            self.menu_view, self.tr("&Narrow sidebar"), lambda checked: self.set_sidebar_collapsed(checked),
            "Ctrl+B", self.tr("Show the screens as icons only, to give the screen more room"))
        self.action_sidebar.setCheckable(True)
        self.menu_tools = bar.addMenu(self.tr("&Tools"))
        self.menu_help = bar.addMenu(self.tr("&Help"))
        self._action(self.menu_help, self.tr("&User guide"), self.user_guide, QKeySequence.HelpContents,
                     self.tr("How TalentDesk is meant to be used, screen by screen"))
        self._action(self.menu_help, self.tr("&Keyboard shortcuts"), self.keyboard_shortcuts, None,
                     self.tr("Every shortcut of the window, and where it works"))
        self.menu_help.addSeparator()
        self._action(self.menu_help, self.tr("&About TalentDesk"), self.about)
        self._hide_empty_menus()

    # -- a team database's link ---------------------------------------------------------------------
    def may_write(self) -> bool:
        return self.ctx.writes.allowed()

    def write_actions(self) -> list[QAction]:
        """The window's own menu entries that change data (declared with ``writes``): held off while a team
        database may not be written (the runner refuses, saying why, any write a screen still asks for)."""
        return [c for c in self.ctx.writes.guarded() if isinstance(c, QAction) and c.parent() is self]

    def _follow_link(self) -> None:
        """The banner, the status line's place and the write actions follow the team database's link."""
        link = self.ctx.link
        where = self.ctx.data_place()
        if link.read_only:
            place = self.tr("Team database: {where} — read only").format(where=where)
            banner = self.tr("<b>Read only.</b> This team database lets you read only: your role on the server may "
                             "not change it. Ask whoever runs the server for write access.")
        elif not link.online:
            place = self.tr("Team database: {where} — not connected").format(where=where)
            banner = self.tr("<b>The team database cannot be reached.</b> What is on screen can still be read; "
                             "changes are refused until it is back. Reconnecting by itself… "
                             "<a href='retry' style='color: white'>Try now</a>")
        else:
            place, banner = self.tr("Team database: {where}").format(where=where), ""
        self.data_place.setText(place)
        self.team_banner.setText(banner)
        self.team_banner.setProperty("state", "readonly" if link.read_only else "offline")
        self.team_banner.setToolTip(link.reason if not link.online else "")
        self.team_banner.style().unpolish(self.team_banner)
        self.team_banner.style().polish(self.team_banner)
        self.team_banner.setVisible(bool(banner))
        # The write controls follow by themselves (ctx.writes); the bench also turns its own actions off.
        for screen in self.screens.built().values():  # a screen built later asks when it is built
            if hasattr(screen, "set_writable"):
                screen.set_writable(link.may_write())
        self._history_changed(history.labels())

    # -- undo and redo ----------------------------------------------------------
    def _history_changed(self, labels: history.Labels) -> None:
        # Step names are given already translated by the screen that made the step.
        for action, name, text, bare in (
                (self.action_undo, labels.undo, self.tr("&Undo {action}"), self.tr("&Undo")),
                (self.action_redo, labels.redo, self.tr("&Redo {action}"), self.tr("&Redo"))):
            action.setEnabled(name is not None)  # held off while data may not be changed (ctx.writes)
            action.setText(text.format(action=in_sentence(name)) if name else bare)

    def undo(self) -> None:
        self._step(history.undo, self.tr("Undone: {action}"))

    def redo(self) -> None:
        self._step(history.redo, self.tr("Redone: {action}"))

    def _step(self, fn, said: str) -> None:
        self.undo_note.hide()
        self.ctx.runner.write(fn, changes=(), journal=False,
                              on_done=lambda outcome: self.statusBar().showMessage(
                                  said.format(action=outcome.name), 4000))

    def announce(self, text: str) -> None:
        """Say what a quiet destructive action did, with a way back, for a few seconds."""
        self.undo_note.setText(self.tr("{what} — <a href='undo'>Undo</a>").format(
            what=text.replace("&", "&amp;").replace("<", "&lt;")))
        self.undo_note.show()
        self._undo_note_timer.start()

    def _hide_empty_menus(self) -> None:
        for menu in (self.menu_import, self.menu_export, self.menu_tools):
            menu.menuAction().setVisible(bool(menu.actions()))
        if hasattr(self, "welcome"):
            self.welcome.ui.importButton.setVisible(bool(self.menu_import.actions()))

    def add_menu_action(self, menu_name: str, text: str, slot, shortcut=None, tip: str = "",
                        writes: bool = False) -> QAction:
        """Screens and features add their entries (import/export/tools) here; ``writes``: it changes data."""
        action = self._action(getattr(self, f"menu_{menu_name}"), text, slot, shortcut, tip, writes)
        self._hide_empty_menus()
        return action

    # -- the sidebar ------------------------------------------------------------
    def set_sidebar_collapsed(self, collapsed: bool, remember: bool = True) -> None:
        """Icons only (their names in tooltips), or icons and names; remembered for the next start."""
        self.sidebar.setFixedWidth(scaled(SIDEBAR_NARROW if collapsed else SIDEBAR_WIDE))
        self._hold_minimum()
        for row, screen in enumerate(SCREENS):
            item = self.sidebar.item(row)
            item.setText("" if collapsed else self.tr(screen.title))
            item.setSizeHint(QSize(scaled(SIDEBAR_NARROW - 12 if collapsed else 160), scaled(40)))
        self.sidebar.setProperty("collapsed", collapsed)
        self.sidebar.style().unpolish(self.sidebar)
        self.sidebar.style().polish(self.sidebar)
        self.action_sidebar.setChecked(collapsed)
        if remember:
            self.ctx.view_state().setValue("main/sidebar_collapsed", collapsed)

    # -- navigation -----------------------------------------------------------
    def show_view(self, name: str) -> None:
        names = [s.name for s in SCREENS]
        if name not in names:
            return
        if self.stack.currentWidget() is self.welcome:
            self.sidebar.setEnabled(True)  # a shortcut or menu into a screen leaves the first-run page
        row = names.index(name)
        if self.sidebar.currentRow() == row:
            self._on_row(row)  # the row is already current (the welcome page covered it): show its screen
        else:
            self.sidebar.setCurrentRow(row)

    def screen_title(self, name: str) -> str:
        return next((self.tr(s.title) for s in SCREENS if s.name == name), name)

    def current_view(self) -> str:
        item = self.sidebar.currentItem()
        return item.data(Qt.UserRole) if item else ""

    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        name = SCREENS[row].name
        screen = self.screens[name]
        self.stack.setCurrentWidget(screen)
        self._hold_minimum()  # a screen knows its minimum once shown (its style and fonts applied)
        focus = QApplication.focusWidget()
        if (focus is None or not screen.isAncestorOf(focus)) and hasattr(screen, "initial_focus"):
            # The screen's shortcuts are live only while the focus is inside it (they share keys).
            screen.initial_focus().setFocus(Qt.OtherFocusReason)
        self.screen_changed.emit(name)

    def open_talent(self, talent_id: int) -> None:
        self.show_view("bench")
        target = self.screens["bench"]
        if hasattr(target, "select_talent"):
            target.select_talent(talent_id)

    def open_contract(self, contract_id: int) -> None:
        self.show_view("workroom")
        target = self.screens["workroom"]
        if hasattr(target, "open_contract"):
            target.open_contract(contract_id)

    def _export_timeline(self) -> None:
        self.show_view("timeline")
        self.screens["timeline"].choose_export_file()

    def new_talent(self) -> None:
        self.show_view("bench")
        target = self.screens["bench"]
        if hasattr(target, "new_talent"):
            target.new_talent()

    def new_contract(self) -> None:
        self.show_view("workroom")
        target = self.screens["workroom"]
        if hasattr(target, "new_contract"):
            target.new_contract()

    # -- first run ------------------------------------------------------------
    def _on_changed(self, change) -> None:
        """The counts follow the change itself (rows added and removed), with no recount, when it says
        which rows; a change that does not (undo, a restore) has them counted again."""
        if not change.touches("talent", "contract"):
            return
        people, contracts = change.rows_of("talent"), change.rows_of("contract")
        if self._counts is None or people is None or contracts is None:
            self._update_status()
            return
        counts = dict(self._counts)
        counts["talent"] += len(people.added) - len(people.removed)
        counts["contract"] += len(contracts.added) - len(contracts.removed)
        self._show_counts(counts)

    def _show_counts(self, counts: dict[str, int], check_first_run: bool = False) -> None:
        self._counts = counts
        self.status_facts.setText(self.tr("%Ln people", "", counts["talent"]) + " · "
                                  + self.tr("%Ln contract(s)", "", counts["contract"]))
        self.status_facts.setToolTip(self.tr("Data folder: {folder}").format(folder=self.ctx.data_dir))
        if check_first_run and counts["first_run"]:
            self.sidebar.setEnabled(False)
            self.stack.setCurrentWidget(self.welcome)
        elif self.stack.currentWidget() is self.welcome and counts["talent"]:
            # People arrived while the first-run page was up (an import started from it): show them.
            self._leave_welcome()
            bench = self.screens["bench"]
            if hasattr(bench, "select_first"):
                bench.select_first()

    def _update_status(self, check_first_run: bool = False) -> None:
        def done(counts: dict[str, int]) -> None:
            self._show_counts(counts, check_first_run)

        self.ctx.runner.read(overview.counts, on_done=done)

    def _import_from_welcome(self) -> None:
        button = self.welcome.ui.importButton
        self.menu_import.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def _leave_welcome(self) -> None:
        self.sidebar.setEnabled(True)
        self.stack.setCurrentWidget(self.screens["bench"])
        self.show_view("bench")

    # -- window state ---------------------------------------------------------
    def _restore_geometry(self) -> None:
        state = self.ctx.view_state()
        geometry = state.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        state = self.ctx.view_state()
        state.setValue("main/geometry", self.saveGeometry())
        for screen in self.screens.built().values():
            if hasattr(screen, "save_state"):
                screen.save_state()
        # One write of the file for all of it (each write is flushed to the disk: tens of ms when it is busy); the
        # QSettings of one file share their changes, so a screen that synced has written the geometry already.
        state.sync()
        self.ctx.runner.shut_down(10_000)  # reads are dropped; only writes are waited for
        if self.ctx.link is not None:
            self.ctx.link.stop()
        super().closeEvent(event)

    def keyboard_shortcuts(self) -> None:
        from .shortcuts import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.shortcuts_dialog.open()

    def user_guide(self) -> None:
        from .dialogs.guide import GuideDialog

        self.guide_dialog = GuideDialog(self)
        self.guide_dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.guide_dialog.open()

    def about(self) -> None:
        from .dialogs.licences import about_box

        self.about_dialog = about_box(
            self,
            self.tr("About TalentDesk"),
            self.tr(
                "<h3>TalentDesk {version}</h3>"
                "<p>An offline relationship manager for clients who work with independent "
                "professionals: a bench to rehire from, a workroom per contract, a feedback "
                "timeline and review sessions.</p>"
                "<p>Your data stays on this computer, in<br><code>{folder}</code></p>"
            ).format(version=__version__, folder=str(self.ctx.data_dir).replace("&", "&amp;").replace("<", "&lt;")),
        )
        self.about_dialog.open()
