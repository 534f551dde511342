"""File → Connect to a team database…: a wrong password is said next to the password and nothing is kept;
the right one switches the window to the team database (the status bar says so), keeps the password in
the keyring (a test keyring here, never the real one) and the address without it in the settings, and
the next start opens it; File → Use my local data goes back."""
from __future__ import annotations

import os

import keyring
import keyring.backend
import keyring.errors
import psycopg
import pytest
from PySide6.QtCore import Qt

from talentdesk import launcher
from talentdesk.app.context import remembered_team_url
from talentdesk.store import dialect
from talentdesk.views.dialogs.team_database import ConnectDialog

PASSWORD = "correct horse, battery staple"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in this test only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def delete_password(self, service, username):
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def test_keyring():
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)
    dialect._SESSION_PASSWORDS.clear()


@pytest.fixture
def password_url(postgres_databases):
    """A migrated team database and the URL of a role the server asks for its password."""
    url = postgres_databases.migrated()
    try:
        role_url = postgres_databases.password_role(url, PASSWORD)
        psycopg.connect(role_url, password="not it", connect_timeout=5).close()
        reason = "the test server trusts every role, so a wrong password cannot be tried (tests/postgres_server.py)"
    except psycopg.OperationalError:  # the wrong password refused: what the tests need
        yield role_url
        postgres_databases.drop(url)
        return
    except psycopg.Error as exc:  # a server named by TALENTDESK_TEST_DATABASE may not let the tests make roles
        reason = f"the test server does not let the tests make a role with a password: {exc}"
    if os.environ.get("CI") == "true":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def _shown(qtbot, window):
    """A window (built by the program: at start, or by a switch) on screen with its first rows read."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=20_000)
    return window


def _dialog(qtbot, window, url: str, password: str) -> ConnectDialog:
    dialog = ConnectDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.address, url)  # pasted or typed: the address fills in the other details
    dialog.password.setText(password)
    return dialog


def _close(*windows) -> None:
    for window in windows:
        if window is not None:
            window.ctx.runner.wait()
            window.close()


def test_a_wrong_password_is_said_next_to_it_and_nothing_is_kept(qtbot, data_dir, password_url, test_keyring):
    window = _shown(qtbot, launcher.build_window(data_dir))
    try:
        dialog = _dialog(qtbot, window, password_url, "not the password")
        assert dialog.user.text() == "talentdesk_with_password" and dialog.database.text()
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.errors["password"].isVisible(), timeout=20_000)
        assert "not accepted by the server" in dialog.errors["password"].text()
        assert [name for name, label in dialog.errors.items() if label.isVisible()] == ["password"]
        assert dialog.isVisible() and dialog.connect_button.isEnabled()
        assert getattr(window, "replaced_by", None) is None and window.ctx.team_url is None
        assert test_keyring.passwords == {}
        assert remembered_team_url(data_dir) is None
        state = data_dir / "view-state.ini"
        assert not state.exists() or "not the password" not in state.read_text()
    finally:
        _close(window)


def test_the_right_password_switches_the_window_and_keeps_it_in_the_keyring(qtbot, data_dir, password_url,
                                                                            test_keyring, tmp_path):
    window = _shown(qtbot, launcher.build_window(data_dir))
    team = again = local = None
    try:
        dialog = _dialog(qtbot, window, password_url, PASSWORD)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "✓" in dialog.result.text(), timeout=20_000)
        assert test_keyring.passwords == {}  # a test keeps nothing
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: getattr(window, "replaced_by", None) is not None, timeout=20_000)
        team = _shown(qtbot, window.replaced_by)
        assert team.data_place.text() == f"Team database: {dialect.where(password_url)}"
        assert not window.isVisible()
        assert test_keyring.passwords == {(dialect.KEYRING_SERVICE, dialect.keyring_entry(password_url)): PASSWORD}
        assert remembered_team_url(data_dir) == password_url
        assert PASSWORD not in (data_dir / "view-state.ini").read_text()
        assert team.grab().save(str(tmp_path / "team-window.png"))
        # The next start opens the team database with the password from the keyring.
        _close(team)
        dialect._SESSION_PASSWORDS.clear()
        again = launcher.start_window(data_dir, None)
        qtbot.addWidget(again)
        assert again is not None and again.ctx.team_url == password_url
        assert again.action_use_local.isEnabled()
        again.action_use_local.trigger()
        local = _shown(qtbot, again.replaced_by)
        assert local.data_place.text() == "Local data" and local.ctx.team_url is None
        assert remembered_team_url(data_dir) is None
    finally:
        _close(window, team, again, local)


def test_an_address_is_judged_once_it_cannot_become_one(qtbot, data_dir):
    window = _shown(qtbot, launcher.build_window(data_dir))
    try:
        dialog = ConnectDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.address, "postgres")  # on its way to postgresql://: nothing said yet
        assert not dialog.errors["address"].isVisible()
        dialog.address.clear()
        qtbot.keyClicks(dialog.address, "mysql://db.example.com/crew")
        assert dialog.errors["address"].isVisible() and "postgresql://" in dialog.errors["address"].text()
        dialog.address.clear()
        qtbot.keyClicks(dialog.address, "postgresql://ana:pw@db.example.com:6432/crew?sslmode=require")
        assert not dialog.errors["address"].isVisible()
        assert (dialog.server.text(), dialog.port.value(), dialog.database.text(), dialog.user.text(),
                dialog.sslmode.currentData(), dialog.password.text()) == (
            "db.example.com", 6432, "crew", "ana", "require", "pw")
        assert "pw" not in dialog.address.text()  # the password moves to its own field
    finally:
        _close(window)
