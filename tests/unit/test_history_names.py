"""The name an undoable step gets from the function that made it (shown as "Undo …")."""
from __future__ import annotations

from functools import partial

from talentdesk.services import contracts, history


def test_a_service_function_names_its_step_in_words():
    assert history.default_name(contracts.add_payment) == "Add payment"
    assert history.default_name(contracts.move) == "Move"


def test_anything_without_a_plain_lowercase_name_is_just_a_change():
    def addPayment():  # noqa: N802 - a name that is not snake_case
        pass

    def _private():
        pass

    def add_payment2():
        pass

    for fn in (lambda: None, partial(contracts.move, 1), addPayment, _private, add_payment2, None, object()):
        assert history.default_name(fn) == "Change", fn
