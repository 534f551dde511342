"""One home for whether the window may change data now, and for the controls that would change it.

Data may always be changed in a local folder; on a team database not while the server is out of reach or
when the member's role may only read (``TeamLink``, which also has the runner refuse any write that is still
asked for). Every screen declares its write controls here with ``guard`` (buttons, menu actions, keyboard
shortcuts): while writes are off each is disabled, and its tooltip says why. The screen's own logic (a row
chosen, a contract's status) goes on deciding when a control is enabled: while writes are off the guard holds
it off whatever that logic says, and gives back the state it asked for last when writes are on again.

A guarded control carries the property ``WRITES``: a test walks the screens for them (and for any enabled
control that is not one, which must be a read).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QMenu, QWidget
from shiboken6 import isValid

from .errors import error_text

WRITES = "writes"  # a guarded control's property
_WANTED, _TIP, _STATUS = "writesWanted", "writesTip", "writesStatusTip"


class Writes(QObject):
    changed = Signal(bool)  # writes allowed (True) or not

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.link = None
        self._controls: dict[int, QObject] = {}
        self._holding = False  # the guard itself is changing a control: its own change is not the screen's

    # -- the rule ---------------------------------------------------------------------------------------
    def follow(self, link) -> None:
        """Take whether writes are allowed from a team database's link (online, and a role that may write)."""
        self.link = link
        link.changed.connect(self._link_changed)
        self._link_changed()

    def allowed(self) -> bool:
        return self.link is None or self.link.may_write()

    def why_not(self) -> str:
        """Why data may not be changed now, for people to read ("" when it may)."""
        refusal = self.link.refusal() if self.link is not None else None
        return error_text(refusal) if refusal is not None else ""

    # -- the controls -----------------------------------------------------------------------------------
    def guard(self, *controls: QObject) -> None:
        """Declare controls that change data: a QWidget (a button), a QAction or a QShortcut."""
        for control in controls:
            control.setProperty(WRITES, True)
            key = id(control)
            self._controls[key] = control
            control.destroyed.connect(lambda _=None, k=key: self._controls.pop(k, None))
            if isinstance(control, QWidget):
                control.installEventFilter(self)
            elif isinstance(control, QAction):
                control.changed.connect(lambda a=control: self._action_changed(a))
            if not self.allowed():
                self._hold(control, self.why_not())

    def guarded(self) -> list[QObject]:
        return [c for c in self._controls.values() if isValid(c)]

    def _link_changed(self) -> None:
        allowed, why = self.allowed(), self.why_not()
        for control in self.guarded():
            if allowed:
                self._release(control)
            else:
                self._hold(control, why)
        self.changed.emit(allowed)

    def _hold(self, control: QObject, why: str) -> None:
        """Off, saying why; what the screen asked for is kept to give back."""
        self._holding = True
        try:
            if control.property(_WANTED) is None:
                control.setProperty(_WANTED, _enabled(control))
                control.setProperty(_TIP, control.toolTip() if not isinstance(control, QShortcut) else "")
                if isinstance(control, QAction):
                    control.setProperty(_STATUS, control.statusTip())
            control.setEnabled(False)
            if isinstance(control, QShortcut):
                return
            control.setToolTip(why)
            if isinstance(control, QAction):
                control.setStatusTip(why)
                for holder in control.associatedObjects():
                    if isinstance(holder, QMenu):
                        holder.setToolTipsVisible(True)  # a menu shows no tooltips unless asked
        finally:
            self._holding = False

    def _release(self, control: QObject) -> None:
        wanted = control.property(_WANTED)
        if wanted is None:
            return
        self._holding = True
        try:
            if not isinstance(control, QShortcut):
                control.setToolTip(control.property(_TIP) or "")
            if isinstance(control, QAction):
                control.setStatusTip(control.property(_STATUS) or "")
            control.setEnabled(bool(wanted))
            for name in (_WANTED, _TIP, _STATUS):
                control.setProperty(name, None)
        finally:
            self._holding = False

    # -- a screen changing a held control ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.EnabledChange, QEvent.ToolTipChange) and not self._holding and not self.allowed():
            self._screen_changed(watched, kind == QEvent.EnabledChange)
        return False

    def _action_changed(self, action: QAction) -> None:
        if self._holding or self.allowed() or not isValid(action):
            return
        if action.isEnabled():
            self._screen_changed(action, True)
        elif action.toolTip() != self.why_not():
            self._screen_changed(action, False)

    def _screen_changed(self, control: QObject, enabled_changed: bool) -> None:
        """While writes are off, the screen enabled a held control or gave it a tooltip of its own: that is
        what it wants once writes are on again; for now the control stays off and says why."""
        if enabled_changed:
            control.setProperty(_WANTED, _enabled(control))
        elif control.toolTip() != self.why_not():
            control.setProperty(_TIP, control.toolTip())
        self._hold(control, self.why_not())


def _enabled(control: QObject) -> bool:
    """What the control itself was set to (a widget is also off while its parent is)."""
    if isinstance(control, QWidget):
        return not control.testAttribute(Qt.WA_ForceDisabled)
    return control.isEnabled()
