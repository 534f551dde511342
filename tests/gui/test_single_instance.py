"""One program per data folder: the second start brings the first to the front."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from talentdesk.app.single_instance import SingleInstance

OWNER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from talentdesk.app.single_instance import SingleInstance
    app = QCoreApplication([])
    owner = SingleInstance(Path(sys.argv[1]))
    assert owner.acquire()
    owner.raise_requested.connect(lambda: (print("raised", flush=True), app.quit()))
    print("ready", flush=True)
    QTimer.singleShot(20000, app.quit)
    app.exec()
    owner.release()
""")


def test_second_start_asks_the_first_to_come_forward(qapp, tmp_path):
    owner = subprocess.Popen([sys.executable, "-c", OWNER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert owner.stdout.readline().strip() == "ready"
        second = SingleInstance(tmp_path)
        assert second.acquire() is False
        assert second.ask_owner_to_raise() is True
        assert owner.stdout.readline().strip() == "raised"
    finally:
        owner.wait(timeout=20)
    # Once the first has gone, the folder is free again.
    third = SingleInstance(tmp_path)
    assert third.acquire() is True
    third.release()


def test_a_lock_left_by_a_killed_program_does_not_block(qapp, tmp_path):
    owner = subprocess.Popen([sys.executable, "-c", OWNER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    assert owner.stdout.readline().strip() == "ready"
    owner.kill()
    owner.wait()
    again = SingleInstance(tmp_path)
    assert again.acquire() is True
    again.release()
