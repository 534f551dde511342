"""The mutation report counts as equivalent only the mutants that cannot change behaviour: a translation
mark's context, and SQL written in another case with its quoted text unchanged."""
from __future__ import annotations

from tests.mutation import report

MUTATED = '''
def x_years__mutmut_orig(rows):
    return rows("SELECT DISTINCT strftime('%Y', paid_on) AS y FROM payment WHERE kind = 'fee'")
def x_years__mutmut_1(rows):
    return rows("SELECT DISTINCT STRFTIME('%Y', PAID_ON) AS Y FROM PAYMENT WHERE KIND = 'fee'")
def x_years__mutmut_2(rows):
    return rows("select distinct strftime('%y', paid_on) as y from payment where kind = 'fee'")
def x_years__mutmut_3(rows):
    return rows("SELECT DISTINCT strftime('%Y', paid_on) AS y FROM payment WHERE kind = 'FEE'")
def x_years__mutmut_4(rows):
    return rows("XXSELECT DISTINCT strftime('%Y', paid_on) AS y FROM payment WHERE kind = 'fee'XX")

def x_check__mutmut_orig(value):
    raise ValueError(QT_TRANSLATE_NOOP("errors", "is not a year."), key="c.talent_id")
def x_check__mutmut_1(value):
    raise ValueError(QT_TRANSLATE_NOOP("XXerrorsXX", "is not a year."), key="c.talent_id")
def x_check__mutmut_2(value):
    raise ValueError(QT_TRANSLATE_NOOP(None, "is not a year."), key="c.talent_id")
def x_check__mutmut_3(value):
    raise ValueError(QT_TRANSLATE_NOOP("errors", "IS NOT A YEAR."), key="c.talent_id")
def x_check__mutmut_4(value):
    raise ValueError(QT_TRANSLATE_NOOP("is not a year."), key="c.talent_id")
def x_check__mutmut_5(value):
    raise ValueError(QT_TRANSLATE_NOOP("errors", "is not a year."), key="C.TALENT_ID")
'''


def test_only_mutants_that_cannot_change_behaviour_are_read_as_equivalent(tmp_path, monkeypatch):
    folder = tmp_path / "mutants" / "talentdesk" / "services"
    folder.mkdir(parents=True)
    (folder / "spend.py").write_text(MUTATED, encoding="utf-8")
    monkeypatch.setattr(report, "MUTANTS", tmp_path / "mutants")
    names = [f"talentdesk.services.spend.x_{f}__mutmut_{n}" for f in ("years", "check") for n in range(1, 6)]
    found = report.equivalent_by_reading("talentdesk.services.spend", names)
    assert sorted(n.removeprefix("talentdesk.services.spend.") for n in found) == [
        "x_check__mutmut_1", "x_check__mutmut_2",  # the context, dropped at run time
        "x_years__mutmut_1",  # SQL in upper case, quoted text as it was
    ]


def test_sql_is_folded_outside_quotes_only():
    assert report.sql_folded("SELECT Name FROM t WHERE k = 'Fee' AND \"Col\" > 1") == \
        "select name from t where k = 'Fee' and \"Col\" > 1"
