"""Two members on one team database, each with a TalentDesk of their own: this test's window (as the database's
owner) and another member's program in a process of its own (``tests/other_member.py``: its own window, its
own connections, its own database role). What one saves reaches the other's open bench over the server, and
an edit of a record the other changed since its form was opened is refused naming them, nothing overwritten."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QProcess

from talentdesk import formatting
from talentdesk.services import authors, talents
from tests import factories, postgres_server
from tests.gui.test_changed_since import conflict_box, save
from tests.gui.test_team_live import WAIT, _window

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def member_url(team_url):
    """The team database's URL as another member: a role of their own with the rights the README tells an
    owner to give a member."""
    with postgres_server.member(team_url, "ana", "GRANT USAGE ON SCHEMA public TO {role}",
                                "GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}",
                                "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}") as url:
        yield url


class OtherMember:
    """The other member's program, run while this test's window keeps its event loop turning."""

    def __init__(self, qtbot, url: str, folder: Path):
        self.qtbot, self.url, self.folder = qtbot, url, folder
        self.process: QProcess | None = None
        self.output = b""

    def start(self, *action: str) -> None:
        self.folder.mkdir(exist_ok=True)
        self.output = b""
        self.process = QProcess()
        self.process.setWorkingDirectory(str(REPO))
        self.process.setProcessChannelMode(QProcess.ForwardedErrorChannel)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.start(sys.executable, ["-m", "tests.other_member", self.url, str(self.folder), *action])

    def _read(self) -> None:
        self.output += bytes(self.process.readAllStandardOutput())

    def said(self, line: str) -> bool:
        return line.encode() in self.output.splitlines()

    def wait_for(self, line: str) -> None:
        self.qtbot.waitUntil(lambda: self.said(line) or self.process.state() == QProcess.NotRunning, timeout=3 * WAIT)
        assert self.said(line), self.output.decode()

    def go_on(self) -> None:
        self.process.write(b"go\n")

    def result(self) -> dict:
        """What the other member's program saw, once it has finished."""
        self.qtbot.waitUntil(lambda: self.process.state() == QProcess.NotRunning, timeout=3 * WAIT)
        self._read()
        assert self.process.exitCode() == 0, self.output.decode()
        return json.loads(self.output.splitlines()[-1])

    def run(self, *action: str) -> dict:
        self.start(*action)
        return self.result()


@pytest.fixture
def ana(qtbot, member_url, tmp_path):
    other = OtherMember(qtbot, member_url, tmp_path / "ana")
    yield other
    if other.process is not None and other.process.state() != QProcess.NotRunning:
        other.process.kill()
        other.process.waitForFinished(5000)


def _row(window, talent_id: int):
    model = window.screens["bench"].model
    row = model.row_of(talent_id)
    return model.row_data(row) if row >= 0 else None


def _stored(url: str, talent_id: int) -> tuple:
    """What the server holds, read apart from both programs."""
    with psycopg.connect(url) as reader:
        return reader.execute("SELECT headline, favourite, changed_by FROM talent WHERE id = %s",
                              (talent_id,)).fetchone()


def test_another_members_favourite_reaches_my_open_bench(qtbot, team_db, team_url, data_dir, ana):
    person = factories.talent("Amara Okafor", headline="Designer")
    team_db.close()
    with _window(qtbot, data_dir, team_url) as window:
        qtbot.waitUntil(lambda: _row(window, person) is not None, timeout=WAIT)
        assert not _row(window, person).favourite
        heard = []
        window.ctx.bus.changed.connect(heard.append)

        done = ana.run("favourite", str(person))  # a click on ★ Favourite in the other member's bench

        assert done["saved"] and done["author"] != authors.who()
        assert _stored(team_url, person)[1:] == (True, done["author"])
        # It arrives by itself: the server's notice, published on this window's bus naming the row.
        qtbot.waitUntil(lambda: _row(window, person).favourite, timeout=WAIT)
        assert any(c.rows_of("talent") is not None and person in c.rows_of("talent").changed for c in heard)
        # The screens the notice touched reload once and settle: no reload answering its own notice.
        qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=WAIT)


def test_my_edit_of_a_person_the_other_member_changed_meanwhile_is_refused_naming_them(
        qtbot, team_db, team_url, data_dir, ana, us_english):
    from talentdesk.views.dialogs.talent import TalentDialog

    person = factories.talent("Amara Okafor", headline="Designer")
    team_db.close()
    with _window(qtbot, data_dir, team_url) as window:
        form = TalentDialog(window.ctx, person, window)
        form.open()
        qtbot.waitUntil(form.save_button.isEnabled, timeout=WAIT)  # loaded: the version it was opened with
        form.ui.headlineEdit.setText("Illustrator")

        done = ana.run("headline", str(person), "Product designer")

        assert done == {"saved": True, "refusal": None, "author": done["author"]}
        qtbot.waitUntil(lambda: _row(window, person).headline == "Product designer", timeout=WAIT)  # live, too
        save(qtbot, form, window)
        box = conflict_box(qtbot, form)
        changed_at = talents.get(person).updated_at
        assert box.text() == (f"Changed by {done['author']} at {formatting.dates().instant(changed_at)}, "
                              "after you opened it — reload?")
        assert _stored(team_url, person) == ("Product designer", False, done["author"])  # nothing written over
        assert form.isVisible() and form.ui.headlineEdit.text() == "Illustrator"
        box.done(0)
        form.done(0)


def test_the_other_members_edit_of_a_person_i_changed_meanwhile_is_refused_naming_me(
        qtbot, team_db, team_url, data_dir, ana):
    from talentdesk.views.dialogs.talent import TalentDialog

    person = factories.talent("Amara Okafor", headline="Designer")
    team_db.close()
    with _window(qtbot, data_dir, team_url) as window:
        ana.start("headline", str(person), "Product designer", "--hold")
        ana.wait_for("opened")  # the other member's form is open, their typing in it
        form = TalentDialog(window.ctx, person, window)
        form.open()
        qtbot.waitUntil(form.save_button.isEnabled, timeout=WAIT)
        form.ui.headlineEdit.setText("Illustrator")
        save(qtbot, form, window)
        assert _stored(team_url, person)[0] == "Illustrator"

        ana.go_on()
        done = ana.result()

        assert not done["saved"]
        assert done["refusal"].startswith(f"Changed by {authors.who()} at ")
        assert done["refusal"].endswith(", after you opened it — reload?")
        assert _stored(team_url, person) == ("Illustrator", False, authors.who())  # theirs did not overwrite mine
