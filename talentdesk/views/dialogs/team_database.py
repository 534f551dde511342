"""File → Connect to a team database… and File → Use my local data.

The dialog asks for a server, port, database, user name, password and SSL mode, or takes a whole
postgresql:// address pasted (which fills in the rest). "Test connection" and "Connect" ask the server off
the GUI thread (the runner's side pool: the lane stays the open database's); a failure is said next to the
detail to fix. The password goes to the system keyring when asked, or is used for this run only; the
settings remember the address without it. The window then reopens its data on the team database (see
``launcher.switch_database``).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...app.errors import error_text
from ...services import team_database
from ...services.errors import QT_TRANSLATE_NOOP, ValidationError

SSL_LABELS = {
    "prefer": QT_TRANSLATE_NOOP("ConnectDialog", "Prefer (encrypted when the server offers it)"),
    "require": QT_TRANSLATE_NOOP("ConnectDialog", "Require (always encrypted)"),
    "verify-ca": QT_TRANSLATE_NOOP("ConnectDialog", "Verify the certificate authority"),
    "verify-full": QT_TRANSLATE_NOOP("ConnectDialog", "Verify the certificate and server name"),
    "disable": QT_TRANSLATE_NOOP("ConnectDialog", "Disable (never encrypted)"),
    "allow": QT_TRANSLATE_NOOP("ConnectDialog", "Allow (encrypted only when the server insists)"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ConnectDialog", text)


class ConnectDialog(QDialog):
    """The details of a team database, checked against its server before the window switches to it."""

    def __init__(self, window, remembered: str | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.ctx = window.ctx
        self.setWindowTitle(self.tr("Connect to a team database"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Work on a team database on a PostgreSQL server, with the others on your team. "
                               "Your local data stays where it is; File → Use my local data goes back to it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)
        self.errors: dict[str, QLabel] = {}
        self.address = self._row(form, self.tr("&Address:"), QLineEdit(), "address")
        self.address.setPlaceholderText(self.tr("postgresql://me@server:5432/team — paste one to fill in the rest"))
        self.address.textEdited.connect(self._address_pasted)
        self.server = self._row(form, self.tr("&Server:"), QLineEdit(), "server")
        self.server.setPlaceholderText(self.tr("db.example.com"))
        self.port = self._row(form, self.tr("P&ort:"), QSpinBox(), "port")
        self.port.setRange(1, 65535)
        self.port.setValue(team_database.DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = self._row(form, self.tr("&Database:"), QLineEdit(), "database")
        self.user = self._row(form, self.tr("&User name:"), QLineEdit(), "user name")
        self.password = self._row(form, self.tr("Pass&word:"), QLineEdit(), "password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: from the keyring or libpq's password file"))
        self.sslmode = self._row(form, self.tr("SS&L:"), QComboBox(), "SSL mode")
        for mode in team_database.SSL_MODES:
            self.sslmode.addItem(self.tr(SSL_LABELS[mode]), mode)
        self.save_password = QCheckBox(self.tr("&Save the password in this computer's keyring"))
        self.save_password.setChecked(True)
        self.save_password.setToolTip(self.tr("Unticked, the password is used until TalentDesk closes and is "
                                              "asked again next time. It is never written to the settings."))
        form.addRow("", self.save_password)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setToolTip(self.tr("Ask the server now, without switching to it"))
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.test_button.clicked.connect(self.test)
        self.connect_button.clicked.connect(self.connect_to)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.busy = False
        if remembered:
            self.address.setText(remembered)
            self._address_pasted(remembered)
        self.setMinimumWidth(560)

    def _row(self, form: QFormLayout, label: str, field: QWidget, name: str):
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        error = QLabel()
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.errors[name] = error
        shown = QLabel(label)
        shown.setBuddy(field)
        form.addRow(shown, holder)
        return field

    # -- the details -----------------------------------------------------------------------------------
    def _address_pasted(self, text: str) -> None:
        """A whole address fills in the other details (its password goes to the password field)."""
        self._clear_errors()
        typed = text.strip()
        if not typed or any(scheme.startswith(typed) for scheme in ("postgresql://", "postgres://")):
            return  # still being typed
        try:
            details, password = team_database.details_of(text)
        except ValidationError as exc:
            self._show_error(exc)
            return
        self.server.setText(details.host)
        self.port.setValue(details.port)
        self.database.setText(details.database)
        self.user.setText(details.user)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(details.sslmode)))
        if password:
            self.password.setText(password)
            self.address.setText(team_database.without_password(text))

    def details(self) -> team_database.Details:
        return team_database.Details(self.server.text(), self.port.value(), self.database.text(), self.user.text(),
                                     self.sslmode.currentData())

    # -- asking the server -------------------------------------------------------------------------------
    def test(self) -> None:
        self._ask(team_database.check, self._tested, self.tr("Testing the connection…"))

    def connect_to(self) -> None:
        self._ask(team_database.prepare, self._prepared, self.tr("Connecting…"),
                  save_password=self.save_password.isChecked())

    def _ask(self, fn, on_done, said: str, **options) -> None:
        if self.busy:
            return
        self._clear_errors()
        self.result.setText(said)
        self._set_busy(True)
        self.ctx.runner.aside(fn, self.details(), self.password.text(), **options,
                              on_done=lambda found: (self._set_busy(False), on_done(found)),
                              on_error=lambda exc: (self._set_busy(False), self._failed(exc)))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.test_button.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)

    def _said(self, found: team_database.Found) -> str:
        if found.empty:
            return self.tr("✓ Connected to {where}. It is empty: TalentDesk sets it up when you connect, and "
                           "“talentdesk transfer --to URL” copies your local data into it.").format(where=found.where)
        return self.tr("✓ Connected to {where}: a TalentDesk team database.").format(where=found.where)

    def _tested(self, found: team_database.Found) -> None:
        self.result.setText(self._said(found))

    def _prepared(self, found: team_database.Found) -> None:
        self.result.setText(self._said(found))
        self.accept()
        switch = getattr(self.window_, "switch_database", None)
        if switch is not None:
            switch(self.details().url())

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            self._show_error(exc)
            self.result.setText(self.tr("Not connected: see the detail marked above."))
        else:
            self.result.setText(error_text(exc))

    def _show_error(self, exc: ValidationError) -> None:
        label = self.errors.get(exc.field) or self.errors["server"]
        text = error_text(exc)
        label.setText(text[:1].upper() + text[1:])  # beside its field, the sentence stands alone
        label.show()
        label.parentWidget().layout().itemAt(0).widget().setFocus()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
            label.clear()


def install(window) -> None:
    """Adds File → Connect to a team database… and File → Use my local data to the main window."""
    ctx = window.ctx

    def open_dialog() -> None:
        from ...app.context import remembered_team_url

        dialog = ConnectDialog(window, ctx.team_url or remembered_team_url(ctx.data_dir))
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        window.connect_dialog = dialog
        dialog.open()

    def use_local() -> None:
        switch = getattr(window, "switch_database", None)
        if switch is not None:
            switch(None)

    connect = QAction(tr("Co&nnect to a team database…"), window)
    connect.setStatusTip(tr("Work on data shared with your team on a PostgreSQL server"))
    connect.triggered.connect(open_dialog)
    local = QAction(tr("Use my &local data"), window)
    local.setStatusTip(tr("Go back to the data kept on this computer, in {folder}").format(folder=ctx.data_dir))
    local.setEnabled(bool(ctx.team_url))
    local.triggered.connect(use_local)
    window.menu_file.insertAction(window.menu_backup_anchor, connect)
    window.menu_file.insertAction(window.menu_backup_anchor, local)
    window.menu_file.insertSeparator(window.menu_backup_anchor)
    window.action_connect_team = connect
    window.action_use_local = local
