"""Agreement: one contract and one person with fees, a refund, a bonus, a payment in another currency and a
mid-contract rate and limit change state the same money figures on every screen, PDF and export."""
from __future__ import annotations

import csv
import datetime as dt
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from talentdesk import cli
from talentdesk.services import bench, contracts, scope, settings
from talentdesk.store.schema import open_database
from tests import factories
from tests.gui.conftest import settle

REQ = scope.Request("the client asked", "me", True)
# Expected figures, worked out by hand: paid = hourly 1,800 + hourly 1,750 + bonus 150 + EUR payment worth
# 108 USD; fees 90; refunds 200; total cost = paid + fees − refunds.
PAID, FEES, REFUNDS = "$3,808.00", "$90.00", "$200.00"
TOTAL = "$3,698.00"


pytestmark = pytest.mark.usefixtures("us_english")


def build_world(data_dir):
    open_database(data_dir)
    settings.set("home_currency", "USD")  # the bench's column is in the home currency; not the machine's region's
    person = factories.talent("Mara Lindqvist")
    cid = factories.contract(person, title="Checkout rebuild", kind="hourly", currency="USD", rate_minor=6000,
                             weekly_limit_hours=30, start_date=dt.date(2026, 1, 5), end_date=dt.date(2026, 6, 30))
    contracts.add_payment(cid, "hourly", 180000, "USD", dt.date(2026, 1, 12), minutes=30 * 60)
    contracts.add_payment(cid, "fee", 9000, "USD", dt.date(2026, 1, 12))
    scope.change_rate(cid, 7000, REQ, effective_on=dt.date(2026, 2, 2))
    scope.change_weekly_limit(cid, 25, REQ, effective_on=dt.date(2026, 3, 2))
    contracts.add_payment(cid, "hourly", 175000, "USD", dt.date(2026, 2, 9), minutes=25 * 60)
    contracts.add_payment(cid, "refund", 20000, "USD", dt.date(2026, 2, 20))
    scope.pay_bonus(cid, 15000, REQ, paid_on=dt.date(2026, 3, 1))
    contracts.add_payment(cid, "other", 10000, "EUR", dt.date(2026, 3, 2), contract_amount_minor=10800,
                          description="Hardware paid in euros")
    return person, cid


def pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def test_every_place_states_the_same_money(qtbot, make_window, data_dir, tmp_path):
    person, cid = build_world(data_dir)
    window = make_window()

    # The workroom header and the payments tab.
    window.show_view("workroom")
    settle(qtbot, window)
    window.open_contract(cid)
    settle(qtbot, window)
    room = window.screens["workroom"]
    header = {key: room.header.values[key].text() for key in ("paid", "fees", "refunds", "total")}
    assert header == {"paid": PAID, "fees": FEES, "refunds": REFUNDS, "total": TOTAL}
    totals = room.payments.totals
    tab = {totals.item(r, 0).text(): totals.item(r, 1).text() for r in range(totals.rowCount())}
    assert {k: tab[k] for k in ("Paid to them", "Fees", "Refunds", "Total cost")} == {
        "Paid to them": PAID, "Fees": FEES, "Refunds": REFUNDS, "Total cost": TOTAL}
    assert tab["Total cost in 2026"] == TOTAL

    # The bench row (its column is the total cost) and the detail pane.
    window.show_view("bench")
    settle(qtbot, window)
    model = window.screens["bench"].model
    column = bench.COLUMNS.index("spend")
    assert model.headerData(column, Qt.Horizontal) == "Total cost"
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Mara Lindqvist")
    assert model.index(row, column).data() == TOTAL
    window.open_talent(person)
    detail = window.screens["bench"].detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.id == person)
    pane = detail.sections["profile"].text()
    for label, value in (("Paid to them", PAID), ("Fees", FEES), ("Refunds", REFUNDS), ("Total cost", TOTAL)):
        assert re.search(f"{label}</td><td>{re.escape(value)}<", pane), label
    window.ctx.runner.wait()

    # The dossier, contract and yearly spend PDFs, read back as a recipient would.
    def report(*args) -> str:
        out = tmp_path / f"{args[0]}.pdf"
        assert cli.main(["--data-dir", str(data_dir), "report", *args, "--out", str(out)]) == 0
        return pdf_text(out)

    for text in (report("talent", "Mara Lindqvist"), report("contract", str(cid)), report("spend", "--year", "2026")):
        for label, value in (("Paid to them", PAID), ("Fees", FEES), ("Refunds", REFUNDS), ("Total cost", TOTAL)):
            assert f"{label} {value}" in text, (label, text)

    # The CSV exports: the contract's row, and the payments added up by what each counts as.
    out = tmp_path / "contracts.csv"
    assert cli.main(["--data-dir", str(data_dir), "export", "csv", "contracts", "--out", str(out)]) == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        (line,) = [r for r in csv.DictReader(handle) if r["title"] == "Checkout rebuild"]
    assert [line[k] for k in ("paid to them", "fees", "refunds", "total cost")] == [
        "3808.00", "90.00", "200.00", "3698.00"]
    out = tmp_path / "payments.csv"
    assert cli.main(["--data-dir", str(data_dir), "export", "csv", "payments", "--out", str(out)]) == 0
    sums: dict[str, float] = {}
    with open(out, encoding="utf-8-sig", newline="") as handle:
        for r in csv.DictReader(handle):
            assert r["counted currency"] == "USD"
            sums[r["counts as"]] = sums.get(r["counts as"], 0) + float(r["counted amount"])
    assert sums == {"paid to them": 3808.0, "fees": 90.0, "refunds": 200.0}


def test_a_payment_in_another_currency_asks_for_the_contract_amount(qtbot, make_window, data_dir, tmp_path):
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from talentdesk.store.models import Payment, PaymentConversion
    from talentdesk.views.workroom.dialogs import PaymentDialog

    open_database(data_dir)
    cid = factories.contract(factories.talent("Mara Lindqvist"), title="Checkout rebuild", currency="USD")
    window = make_window()
    window.open_contract(cid)
    settle(qtbot, window)
    room = window.screens["workroom"]
    room.tabs.setCurrentWidget(room.payments)
    qtbot.mouseClick(room.payments.add_button, Qt.LeftButton)
    found: list = []
    qtbot.waitUntil(lambda: bool(found.extend(w for w in QApplication.topLevelWidgets()
                                              if isinstance(w, PaymentDialog) and w.isVisible()) or found))
    dialog = found[-1]
    assert dialog.ui.contractAmountEdit.isHidden()  # same currency: nothing more to ask
    dialog.ui.amountEdit.setText("100.00")
    dialog.ui.currencyCombo.setCurrentText("EUR")
    assert not dialog.ui.contractAmountEdit.isHidden() and dialog.ui.contractCurrency.text() == "USD"
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.Ok)
    qtbot.mouseClick(ok, Qt.LeftButton)
    settle(qtbot, window)
    error = dialog.ui.contractAmountError.text()
    assert "EUR" in error and "USD" in error and Payment.select().count() == 0
    dialog.grab().save(str(tmp_path / "payment-dialog.png"))
    dialog.ui.contractAmountEdit.setText("108.00")
    qtbot.mouseClick(ok, Qt.LeftButton)
    settle(qtbot, window)
    payment = Payment.get()
    assert (payment.amount_minor, payment.currency) == (10000, "EUR")
    assert PaymentConversion.get(PaymentConversion.payment == payment.id).contract_amount_minor == 10800
    qtbot.waitUntil(lambda: room.header.values["paid"].text() == "$108.00")
