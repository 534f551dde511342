"""Write tests/migrations/fixtures/vN.sqlite3 for the current schema (run once per release, then add N to
RELEASED in tests/migrations/test_migrations.py).

    python tests/migrations/make_fixture.py
"""
from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from talentdesk.services import availability, contracts, exchange, planner, talents  # noqa: E402
from talentdesk.store.migrations import latest_version  # noqa: E402
from talentdesk.store.schema import DATABASE_FILE, backup_copy, open_database  # noqa: E402


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    db = open_database(folder)
    people = [("Ana Souza", "America/Sao_Paulo"), ("山田 花子", "Asia/Tokyo"), ("Zoë Brontë", "Europe/London")]
    for name, zone in people:
        tid = talents.create_talent(talents.TalentInput(
            name=name, timezone=zone, headline="Designer", skills=[("Figma", 4), ("Branding", 3)],
            channels=[talents.Channel("email", f"{zone.split('/')[1].lower()}@example.com")]))
        talents.add_rate(tid, dt.date(2025, 1, 1), 4500, "USD")
        cid = contracts.create_contract(contracts.ContractInput(
            talent_id=tid, title=f"Logo for {name}", kind="fixed", rate_minor=80000,
            start_date=dt.date(2025, 2, 1), end_date=dt.date(2025, 3, 1)), status="active")
        contracts.add_message(cid, "Kick-off notes", sent_at=dt.datetime(2025, 2, 1, 9, 0))
        contracts.add_payment(cid, "milestone", 80000, "USD", dt.date(2025, 3, 1))
        contracts.add_feedback(cid, "given", 5, "Great work", dt.date(2025, 3, 2))
        availability.set_offered(tid, 20)  # schema 10: availability, away periods, plans
        availability.add_away(tid, dt.date(2025, 8, 1), dt.date(2025, 8, 15), "holiday")
    exchange.set_rate(dt.date(2025, 3, 1), "USD", "1.08")  # schema 8
    description = planner.Description((planner.SkillNeed("Figma", 3),), 10, dt.date(2025, 4, 7), dt.date(2025, 5, 2),
                                      currency="USD", title="Brand refresh")
    result = planner.propose(description, dt.date(2025, 3, 3))
    if result.proposals:
        planner.save_plan(description, result.proposals[0])
    target = Path(__file__).parent / "fixtures" / f"v{latest_version()}.sqlite3"
    target.unlink(missing_ok=True)
    backup_copy(db, target)
    db.close()
    print(f"wrote {target.name} from {folder / DATABASE_FILE}")


if __name__ == "__main__":
    main()
