"""The bench's search box, filter buttons, removable chips and result count."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.bench import STATUS_ORDER, Filters
from ...services.validate import MAX_SEARCH_CHARS
from ..widgets.flow import FlowLayout
from . import fmt

DEBOUNCE_MS = 150
SCORES = (3.0, 3.5, 4.0, 4.5)
OVERLAPS = (1, 2, 3, 4, 6)
QUIET_DAYS = (14, 30, 60, 90, 180, 365)


class FilterBar(QWidget):
    """Emits ``changed`` (debounced for typing) whenever what the bench should show changes."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filters = Filters()
        self._chips_for: Filters | None = None
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(DEBOUNCE_MS)
        self._typing.timeout.connect(self._text_settled)

        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search the bench"))
        self.search.setMaxLength(MAX_SEARCH_CHARS)  # the services' limit: past it, typing stops
        self.search.setObjectName("benchSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search names, headlines, skills and notes  (Ctrl+F)"))
        self.search.setToolTip(self.tr("Type the start of any word; every word must match"))
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.search.returnPressed.connect(self._text_settled)

        self.skill = QComboBox()
        self.skill.setAccessibleName(self.tr("Skill"))
        self.skill.setObjectName("skillFilter")
        self.skill.setEditable(True)
        self.skill.setInsertPolicy(QComboBox.NoInsert)
        self.skill.lineEdit().setPlaceholderText(self.tr("Skill…"))
        self.skill.setToolTip(self.tr("Show only people with this skill; add several and all must match"))
        self.skill.setMinimumContentsLength(12)
        self._skill_names = QStringListModel(self)
        self.skill.setModel(self._skill_names)
        completer = QCompleter(self._skill_names, self.skill)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        self.skill.setCompleter(completer)
        self.skill.setCurrentIndex(-1)
        self.skill.activated.connect(lambda _i: self._add_skill(self.skill.currentText()))
        self.skill.lineEdit().returnPressed.connect(lambda: self._add_skill(self.skill.currentText()))

        self.status_button = self._menu_button(self.tr("Status"), self.tr("Show people with these bench statuses"))
        self.status_actions: dict[str, QAction] = {}
        for status in STATUS_ORDER:
            action = self.status_button.menu().addAction(fmt.label(fmt.STATUS_LABELS, status))
            action.setCheckable(True)
            action.toggled.connect(self._statuses_changed)
            self.status_actions[status] = action

        self.favourite_button = self._toggle(self.tr("★ Favourites"), self.tr("Only favourites"), "favourite")
        self.available_button = self._toggle(self.tr("Available"), self.tr("Only people available for new work"),
                                             "available")
        self.score_button = self._choice(
            self.tr("Score"), self.tr("Minimum average private-review score"), "min_score",
            [(value, self.tr("{score} or better").format(score=QLocale().toString(value, "f", 1))) for value in SCORES])
        self.overlap_button = self._choice(
            self.tr("Overlap"), self.tr("Their working day overlaps mine by at least this much"), "min_overlap_hours",
            [(value, self.tr("At least {n} h with my day").format(n=value)) for value in OVERLAPS])
        self.quiet_button = self._choice(
            self.tr("Not contacted"), self.tr("No message or appreciation logged for this long"), "not_contacted_days",
            [(value, self.tr("For %n day(s) or more", "", value)) for value in QUIET_DAYS])

        # The filters wrap onto a second line on a narrow window; the search box keeps a useful width and
        # takes what is left on its line (squeezed in one row it read "Sea…").
        top = FlowLayout(spacing=6)
        self.search.setMinimumWidth(220)
        self.search.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        top.addWidget(self.search)
        top.addWidget(self.skill)
        for button in (self.status_button, self.favourite_button, self.available_button, self.score_button,
                       self.overlap_button, self.quiet_button):
            top.addWidget(button)

        self.chips = QHBoxLayout()
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(4)
        self.count = QLabel()
        self.count.setObjectName("benchCount")
        self.count.setProperty("role", "muted")
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setText(self.tr("Clear all"))
        self.clear_button.setToolTip(self.tr("Remove the search and every filter"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addLayout(self.chips)
        below.addWidget(self.clear_button)
        below.addStretch(1)
        below.addWidget(self.count)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(below)
        self._rebuild_chips()

    # -- building blocks -----------------------------------------------------------------------------
    def _menu_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setPopupMode(QToolButton.InstantPopup)
        button.setMenu(QMenu(button))
        return button

    def _toggle(self, text: str, tip: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.toggled.connect(lambda on: self._set(**{name: bool(on)}))
        return button

    def _choice(self, text: str, tip: str, name: str, options) -> QToolButton:
        button = self._menu_button(text, tip)
        group = QActionGroup(button)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for value, caption in options:
            action = button.menu().addAction(caption)
            action.setCheckable(True)
            action.setData(value)
            group.addAction(action)
            action.toggled.connect(lambda on, v=value: self._choose(name, v, on))
        button.setProperty("filterName", name)
        return button

    # -- state ---------------------------------------------------------------------------------------
    def filters(self) -> Filters:
        return self._filters.with_(text=self.search.text())

    def set_skill_names(self, names: list[str]) -> None:
        if names != self._skill_names.stringList():
            self._skill_names.setStringList(names)
            self.skill.setCurrentIndex(-1)

    def set_count(self, shown: int, total: int) -> None:
        if shown == total:
            text = self.tr("%Ln people", "", total)
        else:
            text = self.tr("{shown} of %Ln people", "", total).format(shown=QLocale().toString(shown))
        self.count.setText(text)

    def _set(self, **changes) -> None:
        new = self._filters.with_(**changes)
        if new != self._filters:
            self._filters = new
            self._rebuild_chips()
            self.changed.emit()

    def _text_settled(self) -> None:
        self._typing.stop()
        self._rebuild_chips()
        self.changed.emit()

    def _add_skill(self, name: str) -> None:
        name = name.strip()
        self.skill.setCurrentIndex(-1)
        self.skill.clearEditText()
        name = self._resolve_skill(name)
        if name and name.casefold() not in {s.casefold() for s in self._filters.skills}:
            self._set(skills=(*self._filters.skills, name))

    def _resolve_skill(self, typed: str) -> str:
        """The known skill meant by what was typed: exact, else the only one starting with or containing it."""
        known = self._skill_names.stringList()
        folded = typed.casefold()
        for test in (lambda s: s.casefold() == folded, lambda s: s.casefold().startswith(folded),
                     lambda s: folded in s.casefold()):
            found = [s for s in known if test(s)]
            if len(found) == 1:
                return found[0]
        return typed

    def _statuses_changed(self) -> None:
        self._set(statuses=tuple(s for s, a in self.status_actions.items() if a.isChecked()))

    def _choose(self, name: str, value, on: bool) -> None:
        current = getattr(self._filters, name)
        if on:
            self._set(**{name: value})
        elif current == value:
            self._set(**{name: None})

    def _button_for(self, name: str) -> QToolButton:
        return {"min_score": self.score_button, "min_overlap_hours": self.overlap_button,
                "not_contacted_days": self.quiet_button}[name]

    def remove(self, name: str, value=None) -> None:
        """Remove one filter (what a chip's × does)."""
        if name == "text":
            self.search.clear()
            self._text_settled()
        elif name == "skills":
            self._set(skills=tuple(s for s in self._filters.skills if s != value))
        elif name == "statuses":
            self.status_actions[value].setChecked(False)
        elif name == "favourite":
            self.favourite_button.setChecked(False)
        elif name == "available":
            self.available_button.setChecked(False)
        else:
            for action in self._button_for(name).menu().actions():
                action.setChecked(False)
            self._set(**{name: None})

    def clear(self) -> None:
        self.blockSignals(True)
        try:
            self.search.clear()
            for button in (self.favourite_button, self.available_button):
                button.setChecked(False)
            for action in self.status_actions.values():
                action.setChecked(False)
            for button in (self.score_button, self.overlap_button, self.quiet_button):
                for action in button.menu().actions():
                    action.setChecked(False)
        finally:
            self.blockSignals(False)
        self._typing.stop()
        self._filters = Filters()
        self._rebuild_chips()
        self.changed.emit()

    # -- chips ---------------------------------------------------------------------------------------
    def chip_texts(self) -> list[str]:
        return [self.chips.itemAt(i).widget().text() for i in range(self.chips.count())]

    def _rebuild_chips(self) -> None:
        """One chip per filter; the search text lives in the search box, so typing never relays them out."""
        f = self.filters()
        self.clear_button.setVisible(bool(f.text.strip()) or f.is_narrowed_beyond_text())
        if f.with_(text="") == self._chips_for:
            return
        self._chips_for = f.with_(text="")
        while self.chips.count():
            widget = self.chips.takeAt(0).widget()
            widget.deleteLater()
        chips: list[tuple[str, str, object]] = []
        chips += [(self.tr("Skill: {skill}").format(skill=s), "skills", s) for s in f.skills]
        chips += [(fmt.label(fmt.STATUS_LABELS, s), "statuses", s) for s in f.statuses]
        if f.favourite:
            chips.append((self.tr("Favourites"), "favourite", None))
        if f.available:
            chips.append((self.tr("Available"), "available", None))
        if f.min_score is not None:
            chips.append((self.tr("Score ≥ {score}").format(score=QLocale().toString(f.min_score, "f", 1)),
                          "min_score", None))
        if f.min_overlap_hours is not None:
            chips.append((self.tr("Overlap ≥ {n} h").format(n=f.min_overlap_hours), "min_overlap_hours", None))
        if f.not_contacted_days is not None:
            chips.append((self.tr("Not contacted for %n day(s)", "", f.not_contacted_days),
                          "not_contacted_days", None))
        for text, name, value in chips:
            chip = QToolButton()
            chip.setObjectName("filterChip")
            chip.setText(text + "  ✕")
            chip.setToolTip(self.tr("Remove this filter"))
            chip.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Fixed)
            chip.clicked.connect(lambda _=False, n=name, v=value: self.remove(n, v))
            self.chips.addWidget(chip)
