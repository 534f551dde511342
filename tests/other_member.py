"""Another member's TalentDesk on the same team database: a process of its own, with its own window (built by
the program's own ``build_window`` on the team database's URL, offscreen), its own connections and its own
database role, making its edits the way a person would: the bench's ★ Favourite action, the person form's Save.

The two-client tests start it beside their own window (``OtherMember``), so what reaches that window comes
from another program over the server (LISTEN/NOTIFY), not from a second connection of the test's own.

    python -m tests.other_member URL FOLDER favourite TALENT_ID
    python -m tests.other_member URL FOLDER headline TALENT_ID TEXT [--hold]

``--hold`` opens the form, types, prints ``opened`` and waits for a line on standard input before it saves, so
the test can change the record in between. The last line printed is a JSON object: ``{"saved": bool,
"refusal": the text of the "changed meanwhile" box or null, "author": who this member writes as}``.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

WAIT_SECONDS = 60.0  # the most any step may take on a loaded machine


def _until(app, ready, what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not ready():
        if time.monotonic() > deadline:
            raise SystemExit(f"other member: gave up waiting for {what}")
        app.processEvents()
        time.sleep(0.01)


def _settle(app, window) -> None:
    _until(app, lambda: not window.ctx.runner.busy(), "the database lane")


def favourite(app, window, talent_id: int) -> dict:
    bench = window.screens["bench"]
    window.show_view("bench")
    _settle(app, window)
    bench.select_talent(talent_id)
    _until(app, lambda: bench.selected_ids() == [talent_id], "the person to be selected")
    bench.act_favourite.trigger()
    _settle(app, window)
    return {"saved": True, "refusal": None}


def headline(app, window, talent_id: int, text: str, hold: bool) -> dict:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
    from shiboken6 import isValid

    from talentdesk.views.dialogs.talent import TalentDialog

    form = TalentDialog(window.ctx, talent_id, window)
    form.open()
    save = form.ui.buttonBox.button(QDialogButtonBox.Save)
    _until(app, save.isEnabled, "the form to be loaded")
    form.ui.headlineEdit.setText(text)
    if hold:
        print("opened", flush=True)
        sys.stdin.readline()
    save.click()

    def refusal() -> str | None:
        boxes = [box for box in form.findChildren(QMessageBox, "changedSince") if box.isVisible()]
        return boxes[-1].text() if boxes else None

    _until(app, lambda: not isValid(form) or not form.isVisible() or refusal() is not None, "the save")
    if isValid(form) and form.isVisible():
        return {"saved": False, "refusal": refusal()}
    return {"saved": True, "refusal": None}


def main(argv: list[str]) -> int:
    url, folder, action, *rest = argv
    from talentdesk.app.application import ensure_application
    from talentdesk.launcher import build_window
    from talentdesk.services import authors

    app = ensure_application(offscreen=True)
    window = build_window(Path(folder), url)
    window.show()
    _settle(app, window)
    if action == "favourite":
        result = favourite(app, window, int(rest[0]))
    elif action == "headline":
        result = headline(app, window, int(rest[0]), rest[1], "--hold" in rest[2:])
    else:
        raise SystemExit(f"other member: no action {action!r}")
    result["author"] = authors.who()
    window.ctx.runner.wait()
    window.close()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
