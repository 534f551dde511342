"""The child the undo kill test runs and kills with SIGKILL: it imports, undoes and redoes, over and over.

    python -m tests.reliability.undo_driver DATA_DIR SEED

Each marketplace import (a new person, a contract and its payments) is one undoable step; the
driver then undoes and redoes it a few times. Before each undo or redo it prints
``moving <batch>``, and after the step has committed ``present <batch>`` or ``absent <batch>``, so
the parent knows what must be in the database and which step a kill cut short.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from tests.reliability.kill_driver import upwork_import


def main(data_dir: Path, seed: int) -> None:
    from talentdesk.services import history
    from talentdesk.store.schema import open_database

    rng = random.Random(seed)
    open_database(data_dir)
    print("ready", flush=True)
    for n in range(10_000):
        batch = f"{seed}-{n}"
        with history.operation(f"Import {batch}"):
            upwork_import(batch, data_dir)
        print(f"present {batch}", flush=True)
        present = True
        for _ in range(rng.randint(1, 4)):  # the newest step is always this batch's import
            print(f"moving {batch}", flush=True)
            history.undo() if present else history.redo()
            present = not present
            print(f"{'present' if present else 'absent'} {batch}", flush=True)

if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
