# Generated from ui/settings.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(640, 560)
        self.outer = QVBoxLayout(SettingsDialog)
        self.outer.setObjectName(u"outer")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.myNameLabel = QLabel(self.generalTab)
        self.myNameLabel.setObjectName(u"myNameLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.myNameLabel)

        self.myName = QLineEdit(self.generalTab)
        self.myName.setObjectName(u"myName")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.myName)

        self.myTimezoneLabel = QLabel(self.generalTab)
        self.myTimezoneLabel.setObjectName(u"myTimezoneLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.myTimezoneLabel)

        self.myTimezone = QComboBox(self.generalTab)
        self.myTimezone.setObjectName(u"myTimezone")
        self.myTimezone.setEditable(True)

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.myTimezone)

        self.myTimezoneError = QLabel(self.generalTab)
        self.myTimezoneError.setObjectName(u"myTimezoneError")
        self.myTimezoneError.setWordWrap(True)
        self.myTimezoneError.setProperty(u"role", u"error")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.myTimezoneError)

        self.workingHoursLabel = QLabel(self.generalTab)
        self.workingHoursLabel.setObjectName(u"workingHoursLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.workingHoursLabel)

        self.workingHoursRow = QHBoxLayout()
        self.workingHoursRow.setObjectName(u"workingHoursRow")
        self.workingStart = QTimeEdit(self.generalTab)
        self.workingStart.setObjectName(u"workingStart")
        self.workingStart.setDisplayFormat(u"HH:mm")

        self.workingHoursRow.addWidget(self.workingStart)

        self.toLabel = QLabel(self.generalTab)
        self.toLabel.setObjectName(u"toLabel")

        self.workingHoursRow.addWidget(self.toLabel)

        self.workingEnd = QTimeEdit(self.generalTab)
        self.workingEnd.setObjectName(u"workingEnd")
        self.workingEnd.setDisplayFormat(u"HH:mm")

        self.workingHoursRow.addWidget(self.workingEnd)

        self.workingHoursSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workingHoursRow.addItem(self.workingHoursSpacer)


        self.generalForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.workingHoursRow)

        self.workingHoursError = QLabel(self.generalTab)
        self.workingHoursError.setObjectName(u"workingHoursError")
        self.workingHoursError.setWordWrap(True)
        self.workingHoursError.setProperty(u"role", u"error")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.workingHoursError)

        self.currencyLabel = QLabel(self.generalTab)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.currencyLabel)

        self.defaultCurrency = QComboBox(self.generalTab)
        self.defaultCurrency.setObjectName(u"defaultCurrency")
        self.defaultCurrency.setEditable(True)

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.defaultCurrency)

        self.defaultCurrencyError = QLabel(self.generalTab)
        self.defaultCurrencyError.setObjectName(u"defaultCurrencyError")
        self.defaultCurrencyError.setWordWrap(True)
        self.defaultCurrencyError.setProperty(u"role", u"error")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.defaultCurrencyError)

        self.bonusWindowLabel = QLabel(self.generalTab)
        self.bonusWindowLabel.setObjectName(u"bonusWindowLabel")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.bonusWindowLabel)

        self.bonusWindow = QSpinBox(self.generalTab)
        self.bonusWindow.setObjectName(u"bonusWindow")
        self.bonusWindow.setMinimum(0)
        self.bonusWindow.setMaximum(3650)

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.bonusWindow)

        self.bonusWindowError = QLabel(self.generalTab)
        self.bonusWindowError.setObjectName(u"bonusWindowError")
        self.bonusWindowError.setWordWrap(True)
        self.bonusWindowError.setProperty(u"role", u"error")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.bonusWindowError)

        self.homeCurrencyLabel = QLabel(self.generalTab)
        self.homeCurrencyLabel.setObjectName(u"homeCurrencyLabel")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.homeCurrencyLabel)

        self.homeCurrency = QComboBox(self.generalTab)
        self.homeCurrency.setObjectName(u"homeCurrency")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.homeCurrency)

        self.homeCurrencyError = QLabel(self.generalTab)
        self.homeCurrencyError.setObjectName(u"homeCurrencyError")
        self.homeCurrencyError.setWordWrap(True)
        self.homeCurrencyError.setProperty(u"role", u"error")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.homeCurrencyError)

        self.rateAgeLabel = QLabel(self.generalTab)
        self.rateAgeLabel.setObjectName(u"rateAgeLabel")

        self.generalForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.rateAgeLabel)

        self.rateMaxAge = QSpinBox(self.generalTab)
        self.rateMaxAge.setObjectName(u"rateMaxAge")
        self.rateMaxAge.setMinimum(0)
        self.rateMaxAge.setMaximum(366)

        self.generalForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.rateMaxAge)

        self.taxYearLabel = QLabel(self.generalTab)
        self.taxYearLabel.setObjectName(u"taxYearLabel")

        self.generalForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.taxYearLabel)

        self.taxYearRow = QHBoxLayout()
        self.taxYearRow.setObjectName(u"taxYearRow")
        self.taxYearMonth = QComboBox(self.generalTab)
        self.taxYearMonth.setObjectName(u"taxYearMonth")

        self.taxYearRow.addWidget(self.taxYearMonth)

        self.taxYearDay = QSpinBox(self.generalTab)
        self.taxYearDay.setObjectName(u"taxYearDay")
        self.taxYearDay.setMinimum(1)
        self.taxYearDay.setMaximum(31)

        self.taxYearRow.addWidget(self.taxYearDay)

        self.taxYearSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.taxYearRow.addItem(self.taxYearSpacer)


        self.generalForm.setLayout(12, QFormLayout.ItemRole.FieldRole, self.taxYearRow)

        self.taxYearError = QLabel(self.generalTab)
        self.taxYearError.setObjectName(u"taxYearError")
        self.taxYearError.setWordWrap(True)
        self.taxYearError.setProperty(u"role", u"error")

        self.generalForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.taxYearError)

        self.tabs.addTab(self.generalTab, "")
        self.rulesTab = QWidget()
        self.rulesTab.setObjectName(u"rulesTab")
        self.rulesLayout = QVBoxLayout(self.rulesTab)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.rulesIntro = QLabel(self.rulesTab)
        self.rulesIntro.setObjectName(u"rulesIntro")
        self.rulesIntro.setWordWrap(True)

        self.rulesLayout.addWidget(self.rulesIntro)

        self.rulesScroll = QScrollArea(self.rulesTab)
        self.rulesScroll.setObjectName(u"rulesScroll")
        self.rulesScroll.setWidgetResizable(True)
        self.rulesContainer = QWidget()
        self.rulesContainer.setObjectName(u"rulesContainer")
        self.rulesContainer.setGeometry(QRect(0, 0, 580, 400))
        self.rulesGrid = QGridLayout(self.rulesContainer)
        self.rulesGrid.setObjectName(u"rulesGrid")
        self.rulesScroll.setWidget(self.rulesContainer)

        self.rulesLayout.addWidget(self.rulesScroll)

        self.rulesError = QLabel(self.rulesTab)
        self.rulesError.setObjectName(u"rulesError")
        self.rulesError.setWordWrap(True)
        self.rulesError.setProperty(u"role", u"error")

        self.rulesLayout.addWidget(self.rulesError)

        self.tabs.addTab(self.rulesTab, "")
        self.filesTab = QWidget()
        self.filesTab.setObjectName(u"filesTab")
        self.filesForm = QFormLayout(self.filesTab)
        self.filesForm.setObjectName(u"filesForm")
        self.fileSizeLabel = QLabel(self.filesTab)
        self.fileSizeLabel.setObjectName(u"fileSizeLabel")

        self.filesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileSizeLabel)

        self.fileSizeLimit = QSpinBox(self.filesTab)
        self.fileSizeLimit.setObjectName(u"fileSizeLimit")
        self.fileSizeLimit.setMinimum(1)
        self.fileSizeLimit.setMaximum(4096)

        self.filesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fileSizeLimit)

        self.keepDailyLabel = QLabel(self.filesTab)
        self.keepDailyLabel.setObjectName(u"keepDailyLabel")

        self.filesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keepDailyLabel)

        self.keepDaily = QSpinBox(self.filesTab)
        self.keepDaily.setObjectName(u"keepDaily")
        self.keepDaily.setMinimum(1)
        self.keepDaily.setMaximum(365)

        self.filesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keepDaily)

        self.keepMonthlyLabel = QLabel(self.filesTab)
        self.keepMonthlyLabel.setObjectName(u"keepMonthlyLabel")

        self.filesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keepMonthlyLabel)

        self.keepMonthly = QSpinBox(self.filesTab)
        self.keepMonthly.setObjectName(u"keepMonthly")
        self.keepMonthly.setMinimum(0)
        self.keepMonthly.setMaximum(120)

        self.filesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.keepMonthly)

        self.tabs.addTab(self.filesTab, "")
        self.appearanceTab = QWidget()
        self.appearanceTab.setObjectName(u"appearanceTab")
        self.appearanceForm = QFormLayout(self.appearanceTab)
        self.appearanceForm.setObjectName(u"appearanceForm")
        self.appearanceForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.themeLabel = QLabel(self.appearanceTab)
        self.themeLabel.setObjectName(u"themeLabel")

        self.appearanceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(self.appearanceTab)
        self.themeCombo.setObjectName(u"themeCombo")

        self.appearanceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.themeCombo)

        self.languageLabel = QLabel(self.appearanceTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.appearanceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.appearanceTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.appearanceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(self.appearanceTab)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)
        self.languageNote.setProperty(u"role", u"muted")

        self.appearanceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageNote)

        self.dateFormatLabel = QLabel(self.appearanceTab)
        self.dateFormatLabel.setObjectName(u"dateFormatLabel")

        self.appearanceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateFormatLabel)

        self.dateFormat = QComboBox(self.appearanceTab)
        self.dateFormat.setObjectName(u"dateFormat")

        self.appearanceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateFormat)

        self.dateFormatError = QLabel(self.appearanceTab)
        self.dateFormatError.setObjectName(u"dateFormatError")
        self.dateFormatError.setWordWrap(True)
        self.dateFormatError.setProperty(u"role", u"error")

        self.appearanceForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dateFormatError)

        self.paperSizeLabel = QLabel(self.appearanceTab)
        self.paperSizeLabel.setObjectName(u"paperSizeLabel")

        self.appearanceForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.paperSizeLabel)

        self.paperSize = QComboBox(self.appearanceTab)
        self.paperSize.setObjectName(u"paperSize")

        self.appearanceForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paperSize)

        self.paperSizeError = QLabel(self.appearanceTab)
        self.paperSizeError.setObjectName(u"paperSizeError")
        self.paperSizeError.setWordWrap(True)
        self.paperSizeError.setProperty(u"role", u"error")

        self.appearanceForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.paperSizeError)

        self.tabs.addTab(self.appearanceTab, "")

        self.outer.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok|QDialogButtonBox.RestoreDefaults)

        self.outer.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.myNameLabel.setBuddy(self.myName)
        self.myTimezoneLabel.setBuddy(self.myTimezone)
        self.workingHoursLabel.setBuddy(self.workingStart)
        self.currencyLabel.setBuddy(self.defaultCurrency)
        self.bonusWindowLabel.setBuddy(self.bonusWindow)
        self.homeCurrencyLabel.setBuddy(self.homeCurrency)
        self.rateAgeLabel.setBuddy(self.rateMaxAge)
        self.taxYearLabel.setBuddy(self.taxYearMonth)
        self.fileSizeLabel.setBuddy(self.fileSizeLimit)
        self.keepDailyLabel.setBuddy(self.keepDaily)
        self.keepMonthlyLabel.setBuddy(self.keepMonthly)
        self.themeLabel.setBuddy(self.themeCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.dateFormatLabel.setBuddy(self.dateFormat)
        self.paperSizeLabel.setBuddy(self.paperSize)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.myNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Your &name:", None))
        self.myName.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Named as the author of your PDF summaries", None))
        self.myTimezoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"My &time zone:", None))
#if QT_CONFIG(tooltip)
        self.myTimezone.setToolTip(QCoreApplication.translate("SettingsDialog", u"An IANA time zone such as Europe/Berlin; used to show the overlap of working hours", None))
#endif // QT_CONFIG(tooltip)
        self.myTimezoneError.setText("")
        self.workingHoursLabel.setText(QCoreApplication.translate("SettingsDialog", u"My &working hours:", None))
        self.toLabel.setText(QCoreApplication.translate("SettingsDialog", u"to", None))
#if QT_CONFIG(accessibility)
        self.workingEnd.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"End of my working day", None))
#endif // QT_CONFIG(accessibility)
        self.workingHoursError.setText("")
        self.currencyLabel.setText(QCoreApplication.translate("SettingsDialog", u"Default &currency:", None))
#if QT_CONFIG(tooltip)
        self.defaultCurrency.setToolTip(QCoreApplication.translate("SettingsDialog", u"The ISO 4217 code new contracts and rates start with", None))
#endif // QT_CONFIG(tooltip)
        self.defaultCurrencyError.setText("")
        self.bonusWindowLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Bonus allowed until:", None))
        self.bonusWindow.setSuffix(QCoreApplication.translate("SettingsDialog", u" days after a contract ends", None))
#if QT_CONFIG(tooltip)
        self.bonusWindow.setToolTip(QCoreApplication.translate("SettingsDialog", u"How long after its end a contract still takes a bonus (Upwork allows 365 days)", None))
#endif // QT_CONFIG(tooltip)
        self.bonusWindowError.setText("")
        self.homeCurrencyLabel.setText(QCoreApplication.translate("SettingsDialog", u"Home c&urrency:", None))
#if QT_CONFIG(tooltip)
        self.homeCurrency.setToolTip(QCoreApplication.translate("SettingsDialog", u"Totals across currencies (the bench, the dossier, the yearly spend, the tax year) are given in this currency, each payment at the rate of its date", None))
#endif // QT_CONFIG(tooltip)
        self.homeCurrencyError.setText("")
        self.rateAgeLabel.setText(QCoreApplication.translate("SettingsDialog", u"Oldest rate &allowed:", None))
        self.rateMaxAge.setSuffix(QCoreApplication.translate("SettingsDialog", u" days before the payment", None))
#if QT_CONFIG(tooltip)
        self.rateMaxAge.setToolTip(QCoreApplication.translate("SettingsDialog", u"A payment on a weekend or holiday takes the rate of the nearest earlier day; a rate older than this counts as no rate", None))
#endif // QT_CONFIG(tooltip)
        self.taxYearLabel.setText(QCoreApplication.translate("SettingsDialog", u"Tax &year starts:", None))
#if QT_CONFIG(accessibility)
        self.taxYearMonth.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Month the tax year starts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.taxYearMonth.setToolTip(QCoreApplication.translate("SettingsDialog", u"1 January: the calendar year; the United Kingdom's tax year starts on 6 April", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.taxYearDay.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Day the tax year starts", None))
#endif // QT_CONFIG(accessibility)
        self.taxYearError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsDialog", u"General", None))
        self.rulesIntro.setText(QCoreApplication.translate("SettingsDialog", u"Each rule puts cards in the review queue. Switch off what you do not need and set when each one asks.", None))
        self.rulesError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.rulesTab), QCoreApplication.translate("SettingsDialog", u"Review rules", None))
        self.fileSizeLabel.setText(QCoreApplication.translate("SettingsDialog", u"Largest file to &store:", None))
        self.fileSizeLimit.setSuffix(QCoreApplication.translate("SettingsDialog", u" MB", None))
#if QT_CONFIG(tooltip)
        self.fileSizeLimit.setToolTip(QCoreApplication.translate("SettingsDialog", u"Files shared in a workroom above this size are refused", None))
#endif // QT_CONFIG(tooltip)
        self.keepDailyLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep &daily backups for:", None))
        self.keepDaily.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
        self.keepMonthlyLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep &monthly backups for:", None))
        self.keepMonthly.setSuffix(QCoreApplication.translate("SettingsDialog", u" months", None))
        self.tabs.setTabText(self.tabs.indexOf(self.filesTab), QCoreApplication.translate("SettingsDialog", u"Files and backups", None))
        self.themeLabel.setText(QCoreApplication.translate("SettingsDialog", u"Colour sc&heme:", None))
#if QT_CONFIG(tooltip)
        self.themeCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"Light or dark, or follow the system; applied at once and at every start on this computer", None))
#endif // QT_CONFIG(tooltip)
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"The language of the window, the PDFs and the command line on this computer, and the form of its dates and numbers", None))
#endif // QT_CONFIG(tooltip)
        self.languageNote.setText(QCoreApplication.translate("SettingsDialog", u"A new language takes effect the next time TalentDesk starts.", None))
        self.dateFormatLabel.setText(QCoreApplication.translate("SettingsDialog", u"Date f&ormat:", None))
#if QT_CONFIG(tooltip)
        self.dateFormat.setToolTip(QCoreApplication.translate("SettingsDialog", u"How dates read in tables, date fields, charts and PDFs; CSV files always use ISO dates (2026-11-30)", None))
#endif // QT_CONFIG(tooltip)
        self.dateFormatError.setText("")
        self.paperSizeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Paper size:", None))
#if QT_CONFIG(tooltip)
        self.paperSize.setToolTip(QCoreApplication.translate("SettingsDialog", u"The page size of the PDF summaries", None))
#endif // QT_CONFIG(tooltip)
        self.paperSizeError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.appearanceTab), QCoreApplication.translate("SettingsDialog", u"Appearance and documents", None))
    # retranslateUi

