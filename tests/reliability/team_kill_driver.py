"""The writer the team-database kill test runs in a child process and kills with SIGKILL at a random moment.

    python -m tests.reliability.team_kill_driver DATA_DIR SEED URL

It opens the team database, prints ``ready``, then runs the real marketplace (Upwork) importer and the
bulk talent import into it, one batch after another, printing ``done <operation> <batch>`` after each
has committed. ``check`` then tells, per batch, whether it is wholly there or wholly absent.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from tests.reliability.kill_driver import IMPORT_CHILDREN, IMPORT_TALENTS, UPWORK_ROWS, bulk_import, upwork_import


def main(url: str, data_dir: Path, seed: int) -> None:
    from talentdesk.store.schema import open_team_database

    data_dir.mkdir(parents=True, exist_ok=True)
    open_team_database(url, folder=data_dir)
    rng = random.Random(seed)
    print("ready", flush=True)
    for n in range(10_000):
        batch = f"{seed}-{n}"
        operation = rng.choice(("upwork", "import"))
        if operation == "upwork":
            upwork_import(batch, data_dir)
        else:
            bulk_import(batch)
        print(f"done {operation} {batch}", flush=True)


def check(url: str, committed: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Each batch found in the database whole or not at all; each committed one there."""
    import psycopg

    partial, lost = [], []
    with psycopg.connect(url) as conn:
        # Upwork batches: the person, and all their payments (one per line of the file).
        upwork = dict(conn.execute(
            "SELECT split_part(t.name, ' ', 3), count(p.id) FROM talent t LEFT JOIN contract c ON c.talent_id = t.id "
            "LEFT JOIN payment p ON p.contract_id = c.id WHERE t.name LIKE 'Upwork %%' GROUP BY t.name").fetchall())
        imports = {batch: (people, children) for batch, people, children in conn.execute(
            "SELECT split_part(t.name, ' ', 1), count(DISTINCT t.id), count(DISTINCT ts.id) + count(DISTINCT cc.id) "
            "FROM talent t LEFT JOIN talent_skill ts ON ts.talent_id = t.id "
            "LEFT JOIN contact_channel cc ON cc.talent_id = t.id "
            "WHERE t.headline = 'imported' GROUP BY 1").fetchall()}
    for batch, payments in upwork.items():
        if payments != UPWORK_ROWS:
            partial.append(f"upwork {batch} has {payments} of {UPWORK_ROWS} payments")
    for batch, (people, children) in imports.items():
        if (people, children) != (IMPORT_TALENTS, IMPORT_TALENTS * IMPORT_CHILDREN * 2):
            partial.append(f"import {batch} has {people} people and {children} skills and channels")
    for operation, batch in committed:
        if batch not in (upwork if operation == "upwork" else imports):
            lost.append(f"{operation} {batch} was committed but is missing")
    return {"partial": partial, "lost": lost, "batches": list(upwork) + list(imports)}


if __name__ == "__main__":
    main(sys.argv[3], Path(sys.argv[1]), int(sys.argv[2]))
