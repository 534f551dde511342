"""An amount typed in a dialog is read, and shown for editing, with the decimal point of the user's locale."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from talentdesk.services.errors import ValidationError
from talentdesk.views.labels import editable_amount, typed_minor


@pytest.fixture
def german_locale(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_a_german_user_types_a_comma_and_edits_with_a_comma(german_locale):
    assert typed_minor("150,50", "EUR", "amount") == 15050
    assert typed_minor("1.234", "EUR", "amount") == 123400  # the German thousand
    assert typed_minor("1.234,5", "EUR", "amount") == 123450
    assert editable_amount(123450, "EUR") == "1234,50"
    assert typed_minor(editable_amount(123450, "EUR"), "EUR", "amount") == 123450  # what is shown reads back


def test_an_english_user_keeps_the_point(qapp):
    assert QLocale().decimalPoint() == "."
    assert typed_minor("1,234", "USD", "amount") == 123400
    with pytest.raises(ValidationError):  # a dollar and 23.4 cents: refused, never rounded
        typed_minor("1.234", "USD", "amount")
