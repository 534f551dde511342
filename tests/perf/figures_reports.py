"""Report figures: the dossier of the person with the most contracts, as a PDF."""
from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from tests.perf.bench import Figure, open_store, timed

BUSIEST = "SELECT talent_id, count(*) AS n FROM contract GROUP BY talent_id ORDER BY n DESC, talent_id LIMIT 1"


def _app():
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def _busiest(folder: Path) -> tuple[int, int]:
    con = sqlite3.connect(folder / "talentdesk.sqlite3")
    try:
        return con.execute(BUSIEST).fetchone()
    finally:
        con.close()


def dossier_of_busiest(folder: Path) -> float:
    from talentdesk import reports

    _app()
    talent_id, _n = _busiest(folder)
    out = Path(tempfile.mkdtemp()) / "dossier.pdf"

    def work():
        db = open_store(folder)
        reports.talent_dossier(talent_id, out)
        db.close()

    return timed(work)


def bare_table_pdf(folder: Path) -> float:
    """The floor: the same number of contract rows printed as a plain QTextDocument table, no data, no styling."""
    from PySide6.QtGui import QPdfWriter, QTextDocument

    _app()
    _talent, n = _busiest(folder)
    out = Path(tempfile.mkdtemp()) / "bare.pdf"
    rows = "".join(f"<tr><td>Contract {i}</td><td>hourly</td><td>2024-01-01</td><td>100.00</td></tr>" for i in range(n))

    def work():
        doc = QTextDocument()
        doc.setHtml(f"<table><thead><tr><th>Title</th><th>Kind</th><th>Start</th><th>Paid</th></tr></thead>{rows}</table>")
        writer = QPdfWriter(str(out))
        doc.print_(writer)

    return timed(work)


FIGURES = [
    Figure("PDF dossier of the person with the most contracts", dossier_of_busiest, bare_table_pdf,
           goal="under 1 s", team=True),
]
