"""Tools → Exchange rates…: the rates kept, per day and currency (per euro, as the ECB gives them); add one by
hand, remove one (undoable), or import a file through the import preview."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...app.context import AppContext
from ...app.errors import error_text
from ...services import exchange
from ...services.errors import ValidationError
from ...services.money import CURRENCIES
from ..labels import day as short_day

SOURCE_WORDS = {"ecb": "ECB file", "csv": "CSV file", "manual": "Typed in", "demo": "Demo figures"}


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ExchangeRates", text, "", n)


def _overview() -> tuple[str, list[tuple[str, dt.date, dt.date, int]]]:
    return exchange.home_currency(), exchange.rate_summary()


def _decimal(value) -> str:
    """A rate with the digits it was published with (0.85445 stays five decimals), in the locale's form."""
    digits = max(0, -int(value.as_tuple().exponent))
    return QLocale().toString(float(value), "f", digits)


class ExchangeRatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, import_file=None):
        super().__init__(parent)
        self.setObjectName("ExchangeRatesDialog")
        self.ctx, self.import_file = ctx, import_file
        self.setWindowTitle(tr("Exchange rates"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("How many units of each currency one euro bought on a day, as the European Central Bank "
                          "publishes them. A payment takes the rate of its date (the nearest earlier day with "
                          "one); totals are given in your home currency."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        layout.addWidget(self.summary)
        filter_row = QHBoxLayout()
        self.currency_filter = QComboBox()
        self.currency_filter.setAccessibleName(tr("Show the rates of"))
        self.currency_filter.addItem(tr("All currencies"), "")
        self.currency_filter.currentIndexChanged.connect(self.reload)
        shown = QLabel(tr("&Show:"))
        shown.setBuddy(self.currency_filter)
        filter_row.addWidget(shown)
        filter_row.addWidget(self.currency_filter, 1)
        layout.addLayout(filter_row)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Day"), tr("Currency"), tr("Per euro"), tr("From")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(tr("No rates yet. Import the ECB's file (eurofxref-hist.zip from its website) or type a "
                               "rate below."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        layout.addLayout(self._add_row())
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.remove_button = self.buttons.addButton(tr("&Remove"), QDialogButtonBox.ActionRole)
        self.remove_button.setToolTip(tr("Remove the selected rate (Edit → Undo brings it back)"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        if import_file is not None:
            importer = self.buttons.addButton(tr("&Import a file…"), QDialogButtonBox.ActionRole)
            importer.setToolTip(tr("The ECB's eurofxref CSV or ZIP, or a date,currency,rate CSV"))
            importer.clicked.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._rates: list[exchange.StoredRate] = []
        self.reload()

    def _add_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(tr("Day of the rate"))
        self.currency = QComboBox()
        self.currency.addItems([c for c in CURRENCIES if c != exchange.BASE])
        self.currency.setCurrentText("USD")
        self.currency.setAccessibleName(tr("Currency of the rate"))
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(tr("units per euro, e.g. 1.0856"))
        self.rate.setAccessibleName(tr("Units of the currency one euro bought"))
        self.rate.returnPressed.connect(self.add_rate)
        add = QPushButton(tr("&Add rate"))
        add.setToolTip(tr("Keep this rate for the day (replacing one already kept for that currency and day)"))
        add.clicked.connect(self.add_rate)
        for widget, stretch in ((self.day, 0), (self.currency, 0), (self.rate, 1), (add, 0)):
            row.addWidget(widget, stretch)
        return row

    # -- reading -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.ctx.runner.read(_overview, on_done=self._overview_read)
        self.ctx.runner.read(exchange.rates, self.currency_filter.currentData() or None, on_done=self._rates_read)

    def _overview_read(self, found) -> None:
        home, summary = found
        lines = [tr("Home currency: {currency}.").format(currency=home)]
        lines += [tr("{currency}: {count} from {first} to {last}").format(
            currency=c, count=tr("%n rate(s)", n), first=short_day(first), last=short_day(last))
            for c, first, last, n in summary]
        self.summary.setText("\n".join(lines))
        known = {self.currency_filter.itemData(i) for i in range(self.currency_filter.count())}
        for currency, *_ in summary:
            if currency not in known:
                self.currency_filter.addItem(currency, currency)

    def _rates_read(self, rates: list[exchange.StoredRate]) -> None:
        self._rates = rates
        self.table.setRowCount(len(rates))
        for row, rate in enumerate(rates):
            cells = [short_day(rate.day), rate.currency, _decimal(rate.per_eur),
                     tr(SOURCE_WORDS.get(rate.source, rate.source))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rates)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    # -- writing -----------------------------------------------------------------------------------------
    def add_rate(self) -> None:
        self.error.hide()
        day = self.day.date().toPython()
        self.ctx.runner.write(exchange.set_rate, day, self.currency.currentText(), self.rate.text(),
                              changes=("exchange_rate",), action=tr("Add exchange rate"),
                              on_done=lambda _r: self._written(), on_error=self._failed)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self._rates[row].id for row in rows if row < len(self._rates)]
        if ids:
            self.ctx.runner.write(exchange.remove_rates, ids, changes=("exchange_rate",),
                                  action=tr("Remove exchange rate"), on_done=lambda _r: self.reload(),
                                  on_error=self._failed)

    def _written(self) -> None:
        self.rate.clear()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            from ...app.errors import show_error

            show_error(self, exc)
            return
        self.error.setText(error_text(exc))
        self.error.show()

    def _import(self) -> None:
        dialog = self.import_file()
        if dialog is not None:
            dialog.finished.connect(lambda _result: self.reload())


def open_rates(parent: QWidget, ctx: AppContext, import_file=None) -> ExchangeRatesDialog:
    dialog = ExchangeRatesDialog(ctx, parent, import_file)
    dialog.open()
    return dialog
