"""The window on a team database: the same screens, and the status bar says where the data is."""
from __future__ import annotations

from talentdesk.launcher import build_window
from talentdesk.store import dialect
from tests import factories


def _window(qtbot, data_dir, team_url=None):
    window = build_window(data_dir, team_url)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=20_000)
    return window


def test_the_status_bar_names_the_team_database_and_never_its_password(qtbot, team_db, team_url, data_dir, tmp_path):
    factories.talent("Jürgen Müller")
    team_db.close()
    window = _window(qtbot, data_dir, team_url)
    try:
        assert window.data_place.text() == f"Team database: {dialect.where(team_url)}"
        assert str(data_dir) in window.data_place.toolTip()
        # File menu: back to the local data offered; the daily copies (of the local file) are not the team's.
        assert window.action_use_local.isEnabled() and window.action_connect_team.isEnabled()
        assert not window.action_restore_backup.isEnabled()
        window.show_view("bench")
        qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=20_000)
        assert "1 person" in window.status_facts.text() or "1 people" in window.status_facts.text()
        assert window.grab().save(str(tmp_path / "team.png"))
    finally:
        window.ctx.runner.wait()
        window.close()


def test_a_local_folder_says_it_is_kept_on_this_computer(qtbot, db, data_dir):
    window = _window(qtbot, data_dir)
    try:
        assert window.data_place.text() == "Local data"
        assert str(data_dir) in window.data_place.toolTip()
        assert not window.action_use_local.isEnabled() and window.action_restore_backup.isEnabled()
    finally:
        window.ctx.runner.wait()
        window.close()
