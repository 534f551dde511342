"""The plan PDF read back as a partner would: the description, the team chosen and its cost, the alternatives."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk import reports
from talentdesk.services import availability, planner, talents
from tests import factories

from .test_report_pdfs import check_with_qpdf, pages_text

pytestmark = pytest.mark.usefixtures("us_english")


def test_the_plan_pdf_has_the_description_the_team_its_cost_and_the_alternatives(db, qapp, tmp_path):
    for name, skills, hours, rate in (("Ana Ruiz", [("Python", 4)], 10, 4000), ("Ben Okafor", [("dbt", 3)], 15, 3000),
                                      ("Cleo Park", [("dbt", 4)], 20, 3500)):
        tid = factories.talent(name, skills=skills)
        availability.set_offered(tid, hours)
        talents.add_rate(tid, dt.date(2026, 1, 1), rate, "USD")
    start = dt.date(2027, 1, 4)
    d = planner.Description((planner.SkillNeed("Python", 4), planner.SkillNeed("dbt")), 20, start,
                            start + dt.timedelta(days=11), 0, 1_000_000, None, "USD", "Data pipeline")
    result = planner.propose(d, dt.date(2026, 12, 1))
    chosen = next(p for p in result.proposals if p.names == "Ana Ruiz, Ben Okafor")
    plan_id = planner.save_plan(d, chosen)
    written = reports.plan_summary(plan_id, tmp_path / "plan.pdf")
    text = " ".join(pages_text(written.path))
    assert "Data pipeline" in text and "1/4/2027 to 1/15/2027" in text
    assert "Python (level 4 or above), dbt (level 1 or above)" in text
    assert "Ana Ruiz Draft 10 $40.00 $800.00" in text  # 10 h a week for two weeks at 40.00
    assert "Ben Okafor Draft 10 $30.00 $600.00" in text
    assert "Total cost $1,400.00" in text
    assert "Alternatives considered" in text and "Ana Ruiz, Cleo Park team" in text
    check_with_qpdf(written.path)
