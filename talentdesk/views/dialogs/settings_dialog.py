"""Tools → Settings…: my name, time zone and working hours, currency, the review rules, files and backups,
the colour scheme, the language, the date format and the paper of the PDFs."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QDialogButtonBox, QLabel, QSpinBox, QWidget

from ... import formatting
from ...app import theme, translation
from ...app.context import AppContext
from ...forms.ui_settings import Ui_SettingsDialog
from ...services import labels as words
from ...services import settings
from ...services.errors import ValidationError
from ...services.money import CURRENCIES
from ...services.validate import timezones
from ..labels import label as words_for

# (exchange, preferences and review_rules are imported where the dialog uses them: the window installs this
# module's menu entries before its first paint, and the review rules with the preferences cost a start a
# twentieth of a second.)

SAMPLE_DAY = dt.date(2026, 11, 30)  # a day past the 12th, so day-first and month-first differ


def _minutes(time: QTime) -> int:
    return time.hour() * 60 + time.minute()


def _time(minutes: int) -> QTime:
    minutes = min(int(minutes), 23 * 60 + 59)
    return QTime(minutes // 60, minutes % 60)


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, values: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ui.myTimezone.addItems(sorted(timezones()))
        self.ui.defaultCurrency.addItems(CURRENCIES)
        self._fill_money_choices()
        for key in theme.SCHEMES:
            self.ui.themeCombo.addItem(words_for(words.COLOUR_SCHEME, key), key)
        system = translation.LANGUAGES[translation.system_language()]
        self.ui.languageCombo.addItem(self.tr("Follow the system ({language})").format(language=system), "")
        for key, name in translation.LANGUAGES.items():
            self.ui.languageCombo.addItem(name, key)
        for key in settings.DATE_FORMATS:
            # Each choice shows what it does to a date: "Day first, with dots — 30.11.2026".
            self.ui.dateFormat.addItem(f"{words_for(words.DATE_FORMAT, key)} — "
                                       f"{formatting.dates(choice=key).short(SAMPLE_DAY)}", key)
        for key in settings.PAPER_SIZES:
            self.ui.paperSize.addItem(words_for(words.PAPER_SIZE, key), key)
        self.rule_switches: dict[str, QCheckBox] = {}
        self.rule_spins: dict[str, QSpinBox] = {}
        self._build_rules()
        self._errors = {
            "my_timezone": self.ui.myTimezoneError, "my_working_hours": self.ui.workingHoursError,
            "default_currency": self.ui.defaultCurrencyError, "bonus_window_days": self.ui.bonusWindowError,
            "date_format": self.ui.dateFormatError, "paper_size": self.ui.paperSizeError,
            "home_currency": self.ui.homeCurrencyError, "tax_year_start": self.ui.taxYearError,
            "tax_year_start_month": self.ui.taxYearError, "tax_year_start_day": self.ui.taxYearError,
            "rate_max_age_days": self.ui.homeCurrencyError,
        }
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.RestoreDefaults).clicked.connect(
            self.restore_defaults)
        self.load(values)
        self.ui.themeCombo.setCurrentIndex(max(0, self.ui.themeCombo.findData(theme.saved_scheme())))
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(translation.saved_language())))
        self._clear_errors()

    def _fill_money_choices(self) -> None:
        """The home currency ("" follows the locale, named with what it is now) and the tax year's months."""
        from ...services import exchange

        here = exchange.locale_currency()
        self.ui.homeCurrency.addItem(self.tr("As this computer's region ({currency})").format(currency=here)
                                     if here else self.tr("As this computer's region"), "")
        for code in CURRENCIES:
            self.ui.homeCurrency.addItem(code, code)
        locale = QLocale()
        for month in range(1, 13):
            self.ui.taxYearMonth.addItem(locale.standaloneMonthName(month), month)

    def _build_rules(self) -> None:
        from ...services import review_rules

        grid = self.ui.rulesGrid
        row = 0
        for rule in review_rules.RULES:
            switch = QCheckBox(QCoreApplication.translate("review_rules", rule.title))
            switch.setToolTip(QCoreApplication.translate("review_rules", rule.description))
            font = switch.font()
            font.setBold(True)
            switch.setFont(font)
            grid.addWidget(switch, row, 0, 1, 2)
            self.rule_switches[rule.setting("on")] = switch
            row += 1
            for threshold in rule.thresholds:
                label = QLabel(QCoreApplication.translate("review_rules", threshold.label))
                label.setIndent(24)
                spin = QSpinBox()
                spin.setRange(threshold.low, threshold.high)
                spin.setSuffix(" " + QCoreApplication.translate("review_rules", threshold.unit))
                spin.setObjectName(rule.setting(threshold.key))
                label.setBuddy(spin)
                switch.toggled.connect(spin.setEnabled)
                switch.toggled.connect(label.setEnabled)
                grid.addWidget(label, row, 0)
                grid.addWidget(spin, row, 1)
                self.rule_spins[rule.setting(threshold.key)] = spin
                row += 1
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(row, 1)

    def restore_defaults(self) -> None:
        self.load(settings.DEFAULTS)
        self.ui.themeCombo.setCurrentIndex(self.ui.themeCombo.findData("system"))
        self.ui.languageCombo.setCurrentIndex(0)

    def load(self, values: dict) -> None:
        get = lambda key: values.get(key, settings.DEFAULTS[key])  # noqa: E731
        self.ui.myName.setText(get("user_name"))
        self.ui.dateFormat.setCurrentIndex(max(0, self.ui.dateFormat.findData(get("date_format"))))
        self.ui.paperSize.setCurrentIndex(max(0, self.ui.paperSize.findData(get("paper_size"))))
        self.ui.myTimezone.setCurrentText(get("my_timezone"))
        self.ui.workingStart.setTime(_time(get("my_working_hours_start")))
        self.ui.workingEnd.setTime(_time(get("my_working_hours_end")))
        self.ui.defaultCurrency.setCurrentText(get("default_currency"))
        self.ui.homeCurrency.setCurrentIndex(max(0, self.ui.homeCurrency.findData(get("home_currency") or "")))
        self.ui.rateMaxAge.setValue(int(get("rate_max_age_days")))
        self.ui.taxYearMonth.setCurrentIndex(max(0, self.ui.taxYearMonth.findData(int(get("tax_year_start_month")))))
        self.ui.taxYearDay.setValue(int(get("tax_year_start_day")))
        self.ui.fileSizeLimit.setValue(int(get("file_size_limit_mb")))
        self.ui.bonusWindow.setValue(int(get("bonus_window_days")))
        self.ui.keepDaily.setValue(int(get("backup_keep_daily")))
        self.ui.keepMonthly.setValue(int(get("backup_keep_monthly")))
        for key, switch in self.rule_switches.items():
            switch.setChecked(bool(get(key)))
        for key, spin in self.rule_spins.items():
            spin.setValue(int(get(key)))
            spin.setEnabled(self.rule_switches[key.rsplit(".", 1)[0] + ".on"].isChecked())

    def values(self) -> dict:
        end = _minutes(self.ui.workingEnd.time())
        out = {
            "user_name": self.ui.myName.text(),
            "date_format": self.ui.dateFormat.currentData(),
            "paper_size": self.ui.paperSize.currentData(),
            "my_timezone": self.ui.myTimezone.currentText().strip(),
            "my_working_hours_start": _minutes(self.ui.workingStart.time()),
            "my_working_hours_end": 1440 if end == 23 * 60 + 59 else end,
            "default_currency": self.ui.defaultCurrency.currentText().strip(),
            "home_currency": self.ui.homeCurrency.currentData() or "",
            "rate_max_age_days": self.ui.rateMaxAge.value(),
            "tax_year_start_month": self.ui.taxYearMonth.currentData(),
            "tax_year_start_day": self.ui.taxYearDay.value(),
            "file_size_limit_mb": self.ui.fileSizeLimit.value(),
            "bonus_window_days": self.ui.bonusWindow.value(),
            "backup_keep_daily": self.ui.keepDaily.value(),
            "backup_keep_monthly": self.ui.keepMonthly.value(),
        }
        out.update({key: switch.isChecked() for key, switch in self.rule_switches.items()})
        out.update({key: spin.value() for key, spin in self.rule_spins.items()})
        return out

    def _clear_errors(self) -> None:
        for label in (*self._errors.values(), self.ui.rulesError):
            label.clear()
            label.hide()

    def save(self) -> None:
        self._clear_errors()
        values = self.values()
        from ...services import preferences

        self.ctx.runner.write(preferences.save, values, changes=("setting",),
                              on_done=lambda _r: self._saved(values), on_error=self._failed)

    def _saved(self, values: dict) -> None:
        # The colour scheme and the language belong to this computer (QSettings), the rest to the data folder.
        app = QApplication.instance()
        scheme = self.ui.themeCombo.currentData()
        if scheme != theme.saved_scheme() and isinstance(app, QApplication):
            theme.choose(app, scheme)
        translation.choose(self.ui.languageCombo.currentData())
        formatting.set_date_format(values["date_format"])
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            from ...app.errors import show_error

            show_error(self, exc)
            return
        label = self._errors.get(exc.field, self.ui.rulesError)
        from ...app.errors import error_text

        label.setText(error_text(exc))
        label.show()
        page = self.ui.appearanceTab if exc.field in ("date_format", "paper_size") else (
            self.ui.generalTab if exc.field in self._errors else self.ui.rulesTab)
        self.ui.tabs.setCurrentWidget(page)


def open_settings(parent: QWidget, ctx: AppContext) -> None:
    def show(values: dict) -> None:
        dialog = SettingsDialog(ctx, values, parent)
        dialog.open()

    ctx.runner.read(settings.all_settings, on_done=show)


def install(ctx: AppContext, parent: QWidget) -> None:
    """Tools → Settings… (Ctrl+,)."""
    if ctx.navigator is None or not hasattr(ctx.navigator, "add_menu_action"):
        return
    ctx.navigator.add_menu_action(
        "tools", QCoreApplication.translate("SettingsDialog", "&Settings…"), lambda: open_settings(parent, ctx),
        QKeySequence("Ctrl+,"),
        QCoreApplication.translate("SettingsDialog",
                                   "Your name, time zone, currency, review rules, backups, appearance, dates, paper"),
        writes=True)
    from .exchange_rates import open_rates

    def rates() -> None:
        interchange = getattr(parent, "interchange", None)  # the File menu's importers, installed after this
        open_rates(parent, ctx, interchange.import_rates if interchange is not None else None)

    ctx.navigator.add_menu_action(
        "tools", QCoreApplication.translate("SettingsDialog", "Exchange &rate table…"), rates, None,
        QCoreApplication.translate("SettingsDialog", "The exchange rates kept per day: add, remove or import them"),
        writes=True)
