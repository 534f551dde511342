"""The home currency in the window: exchange rates imported through the preview, the bench's spent column in
the home currency (sortable, and saying when a payment has no rate), and the settings that choose it."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from talentdesk.services import bench, exchange, settings
from talentdesk.services.contracts import add_payment
from talentdesk.store.models import ExchangeRate
from tests import factories
from tests.gui.conftest import settle

ECB = "Date,USD,GBP,\n2026-03-06,1.0856,0.85445,\n2026-03-05,1.0840,0.85300,\n"


def test_rates_are_imported_through_the_preview_and_a_bad_file_changes_nothing(qtbot, make_window, db, tmp_path):
    window = make_window()
    assert any("Exchange rates" in a.text() for a in window.menu_import.actions())
    bad = tmp_path / "bad.csv"
    bad.write_text(ECB.replace("0.85300", "zero"), encoding="utf-8")
    dialog = window.interchange.import_rates(bad)
    qtbot.waitUntil(lambda: "Cannot import" in dialog.status.text(), timeout=20_000)
    assert "line 3" in dialog.status.text() and not dialog.import_button.isEnabled()
    dialog.close()
    good = tmp_path / "eurofxref-hist.csv"
    good.write_text(ECB, encoding="utf-8")
    dialog = window.interchange.import_rates(good)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert "Would add" in dialog.status.text() and ExchangeRate.select().count() == 0
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_report is not None, timeout=20_000)
    assert ExchangeRate.select().count() == 4
    dialog.close()


def test_the_spent_column_is_in_the_home_currency_and_sorts_by_it(qtbot, make_window, db, us_english):
    settings.set("home_currency", "USD")
    exchange.set_rate(dt.date(2026, 3, 6), "USD", "1.0856")
    exchange.set_rate(dt.date(2026, 3, 6), "GBP", "0.85445")
    pounds, dollars, kronor = factories.talent("Pat Pounds"), factories.talent("Dan Dollars"), factories.talent("Kim Kronor")
    add_payment(factories.contract(pounds, currency="GBP"), "hourly", 10000, "GBP", dt.date(2026, 3, 8))  # $127.05
    add_payment(factories.contract(dollars), "hourly", 12000, "USD", dt.date(2026, 3, 8))
    work = factories.contract(kronor, currency="SEK")
    add_payment(work, "hourly", 50000, "SEK", dt.date(2026, 3, 8))  # no rate
    add_payment(work, "hourly", 100, "USD", dt.date(2026, 3, 8), contract_amount_minor=1000)
    window = make_window()
    view = window.screens["bench"]
    column = bench.COLUMNS.index("spend")
    view.table.sortByColumn(column, Qt.DescendingOrder)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3 and view.model.id_at(0) == pounds, timeout=20_000)
    shown = [view.model.index(r, column).data() for r in range(3)]
    assert shown == ["$127.05", "$120.00", "$1.00 +?"]
    tip = view.model.index(2, column).data(Qt.ToolTipRole)
    assert "no exchange rate" in tip and "SEK" in tip
    view.table.sortByColumn(column, Qt.AscendingOrder)
    qtbot.waitUntil(lambda: view.model.id_at(0) == kronor, timeout=20_000)


def test_the_home_currency_and_tax_year_are_chosen_in_the_settings(qtbot, make_window, db):
    window = make_window()
    action = next(a for a in window.menu_tools.actions() if a.shortcut().toString() == "Ctrl+,")
    action.trigger()
    settle(qtbot, window)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "SettingsDialog" and w.isVisible())
    ui = dialog.ui
    assert ui.homeCurrency.itemData(0) == "" and ui.taxYearMonth.count() == 12
    ui.homeCurrency.setCurrentIndex(ui.homeCurrency.findData("GBP"))
    ui.taxYearMonth.setCurrentIndex(ui.taxYearMonth.findData(2))
    ui.taxYearDay.setValue(30)  # 30 February: refused next to the field, nothing saved
    ui.buttonBox.button(QDialogButtonBox.Ok).click()
    qtbot.waitUntil(lambda: ui.taxYearError.isVisible(), timeout=20_000)
    assert "29 February" in ui.taxYearError.text() and dialog.isVisible()
    assert settings.get("home_currency") == ""
    ui.taxYearMonth.setCurrentIndex(ui.taxYearMonth.findData(4))
    ui.taxYearDay.setValue(6)
    ui.buttonBox.button(QDialogButtonBox.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert (settings.get("home_currency"), settings.get("tax_year_start_month"), settings.get("tax_year_start_day")) \
        == ("GBP", 4, 6)
    assert exchange.home_currency() == "GBP"


def test_rates_are_typed_in_removed_and_undone_in_their_dialog(qtbot, make_window, db, us_english):
    window = make_window()
    action = next(a for a in window.menu_tools.actions() if "rate table" in a.text())
    action.trigger()
    settle(qtbot, window)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "ExchangeRatesDialog" and w.isVisible())
    qtbot.waitUntil(lambda: dialog.empty.isVisible(), timeout=20_000)
    dialog.day.setDate(dt.date(2026, 3, 6))
    dialog.currency.setCurrentText("GBP")
    qtbot.keyClicks(dialog.rate, "0,85")
    qtbot.keyClick(dialog.rate, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert "not a rate" in dialog.error.text() and ExchangeRate.select().count() == 0
    dialog.rate.setText("0.85445")
    qtbot.keyClick(dialog.rate, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
    assert [dialog.table.item(0, c).text() for c in range(4)] == ["3/6/2026", "GBP", "0.85445", "Typed in"]
    assert exchange.rate_on("GBP", dt.date(2026, 3, 8)) is not None
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=20_000)
    assert ExchangeRate.select().count() == 0
    qtbot.waitUntil(lambda: window.action_undo.isEnabled() and "remove exchange rate" in window.action_undo.text(),
                    timeout=20_000)
    window.action_undo.trigger()
    qtbot.waitUntil(lambda: ExchangeRate.select().count() == 1, timeout=20_000)
    dialog.close()
