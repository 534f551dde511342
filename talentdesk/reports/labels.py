"""Words for the domain's enumerations, as a reader of the PDF should see them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services import labels as words
from ..services import money_figures
from ..services.labels import QT_TRANSLATE_NOOP  # typed: it returns the text (Qt's own is typed object)

# A report names values without saying which enumeration they come from, so the tables are merged;
# where two share a value the earlier table's words win ("active" is a bench and a contract status,
# both "Active").
_WORDS: dict[str, str] = {}
for _table in (words.BENCH_STATUS, words.CONTRACT_KIND, words.CONTRACT_STATUS, words.PAYMENT_KIND, words.CORRECTION_ACTION,
               words.CHANNEL, words.CONTACT_KIND, words.SCOPE_CHANGE_KIND, words.MILESTONE_STATUS,
               words.DIRECTION, words.DOCUMENT_KIND, words.SENSITIVITY, words.FEEDBACK_DIRECTION,
               words.REHIRE_ANSWER, words.APPRECIATION_KIND, words.GRANT_KIND, words.ACCESS_TIER,
               words.OFFBOARDING_KIND, words.AUTHOR, words.TEST_DECISION, words.DECISION):
    for _key, _text in _table.items():
        _WORDS.setdefault(_key, _text)
_WORDS.update({  # words only the reports use
    "talent": QT_TRANSLATE_NOOP("labels", "Them"),
    "feedback_given": QT_TRANSLATE_NOOP("labels", "Feedback given"),
    "feedback_received": QT_TRANSLATE_NOOP("labels", "Feedback received"),
    "private_review": QT_TRANSLATE_NOOP("labels", "Private review"),
})


def word(key: str | None) -> str:
    """The reader's word for an enumeration value; unknown values are made readable."""
    if not key:
        return ""
    if key in _WORDS:
        return QCoreApplication.translate(words.CONTEXT, _WORDS[key])
    return words.english({}, key)


def figure(key: str) -> str:
    """The one name of a money figure (paid to them, fees, refunds, total cost): services/money_figures.py."""
    return QCoreApplication.translate("money", money_figures.LABELS[key])


MONEY_FIGURES = ("paid", "fees", "refunds", "total")
