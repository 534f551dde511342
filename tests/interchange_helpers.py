"""Shared by the interchange tests: the fixtures folder and a snapshot of the whole database."""
from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def snapshot(db) -> list[str]:
    """Every row of every table (an SQL dump): equal snapshots mean an unchanged database."""
    from talentdesk.store import dialect

    return dialect.dump(db)


def command_line_exports(where: list[str], out: Path) -> dict[str, bytes]:
    """Every list as ``talentdesk [WHERE] export csv`` writes it (``where``: --data-dir, --database …)."""
    from talentdesk import cli
    from talentdesk.interchange import exports

    out.mkdir(parents=True, exist_ok=True)
    found = {}
    for name in exports.LISTS:
        path = out / f"{name}.csv"
        assert cli.main([*where, "export", "csv", name, "--out", str(path)]) == 0
        found[name] = path.read_bytes()
    return found


def csv_exports(out: Path, tag: str = "") -> dict[str, bytes]:
    """Every list `talentdesk export csv` writes, as bytes (written into ``out``)."""
    from talentdesk.interchange import exports

    found = {}
    for name in exports.LISTS:
        path = out / f"{tag}{name}.csv"
        exports.export_csv(name, path)
        found[name] = path.read_bytes()
    return found
