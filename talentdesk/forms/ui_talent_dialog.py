# Generated from ui/talent_dialog.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QTimeEdit, QVBoxLayout, QWidget)

class Ui_TalentDialog(object):
    def setupUi(self, TalentDialog):
        if not TalentDialog.objectName():
            TalentDialog.setObjectName(u"TalentDialog")
        TalentDialog.resize(640, 600)
        self.dialogLayout = QVBoxLayout(TalentDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(12, 12, 12, 12)
        self.tabs = QTabWidget(TalentDialog)
        self.tabs.setObjectName(u"tabs")
        self.profileTab = QWidget()
        self.profileTab.setObjectName(u"profileTab")
        self.profileOuter = QVBoxLayout(self.profileTab)
        self.profileOuter.setObjectName(u"profileOuter")
        self.profileOuter.setContentsMargins(12, 12, 12, -1)
        self.profileForm = QFormLayout()
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameEditLabel = QLabel(self.profileTab)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.nameBox.setContentsMargins(0, 0, 0, 0)
        self.nameEdit = QLineEdit(self.profileTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(self.profileTab)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)
        self.nameError.setProperty(u"role", u"error")

        self.nameBox.addWidget(self.nameError)


        self.profileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.headlineEditLabel = QLabel(self.profileTab)
        self.headlineEditLabel.setObjectName(u"headlineEditLabel")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.headlineEditLabel)

        self.headlineBox = QVBoxLayout()
        self.headlineBox.setSpacing(2)
        self.headlineBox.setObjectName(u"headlineBox")
        self.headlineBox.setContentsMargins(0, 0, 0, 0)
        self.headlineEdit = QLineEdit(self.profileTab)
        self.headlineEdit.setObjectName(u"headlineEdit")

        self.headlineBox.addWidget(self.headlineEdit)

        self.headlineError = QLabel(self.profileTab)
        self.headlineError.setObjectName(u"headlineError")
        self.headlineError.setText(u"")
        self.headlineError.setWordWrap(True)
        self.headlineError.setVisible(False)
        self.headlineError.setProperty(u"role", u"error")

        self.headlineBox.addWidget(self.headlineError)


        self.profileForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.headlineBox)

        self.locationEditLabel = QLabel(self.profileTab)
        self.locationEditLabel.setObjectName(u"locationEditLabel")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.locationEditLabel)

        self.locationBox = QVBoxLayout()
        self.locationBox.setSpacing(2)
        self.locationBox.setObjectName(u"locationBox")
        self.locationBox.setContentsMargins(0, 0, 0, 0)
        self.locationEdit = QLineEdit(self.profileTab)
        self.locationEdit.setObjectName(u"locationEdit")

        self.locationBox.addWidget(self.locationEdit)

        self.locationError = QLabel(self.profileTab)
        self.locationError.setObjectName(u"locationError")
        self.locationError.setText(u"")
        self.locationError.setWordWrap(True)
        self.locationError.setVisible(False)
        self.locationError.setProperty(u"role", u"error")

        self.locationBox.addWidget(self.locationError)


        self.profileForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.locationBox)

        self.languagesEditLabel = QLabel(self.profileTab)
        self.languagesEditLabel.setObjectName(u"languagesEditLabel")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languagesEditLabel)

        self.languagesBox = QVBoxLayout()
        self.languagesBox.setSpacing(2)
        self.languagesBox.setObjectName(u"languagesBox")
        self.languagesBox.setContentsMargins(0, 0, 0, 0)
        self.languagesEdit = QLineEdit(self.profileTab)
        self.languagesEdit.setObjectName(u"languagesEdit")

        self.languagesBox.addWidget(self.languagesEdit)

        self.languagesError = QLabel(self.profileTab)
        self.languagesError.setObjectName(u"languagesError")
        self.languagesError.setText(u"")
        self.languagesError.setWordWrap(True)
        self.languagesError.setVisible(False)
        self.languagesError.setProperty(u"role", u"error")

        self.languagesBox.addWidget(self.languagesError)


        self.profileForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.languagesBox)

        self.timezoneComboLabel = QLabel(self.profileTab)
        self.timezoneComboLabel.setObjectName(u"timezoneComboLabel")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timezoneComboLabel)

        self.timezoneBox = QVBoxLayout()
        self.timezoneBox.setSpacing(2)
        self.timezoneBox.setObjectName(u"timezoneBox")
        self.timezoneBox.setContentsMargins(0, 0, 0, 0)
        self.timezoneRow = QHBoxLayout()
        self.timezoneRow.setSpacing(6)
        self.timezoneRow.setObjectName(u"timezoneRow")
        self.timezoneRow.setContentsMargins(0, 0, 0, 0)
        self.timezoneCombo = QComboBox(self.profileTab)
        self.timezoneCombo.setObjectName(u"timezoneCombo")
        self.timezoneCombo.setEditable(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.timezoneCombo.sizePolicy().hasHeightForWidth())
        self.timezoneCombo.setSizePolicy(sizePolicy)

        self.timezoneRow.addWidget(self.timezoneCombo)

        self.timezoneNow = QLabel(self.profileTab)
        self.timezoneNow.setObjectName(u"timezoneNow")
        self.timezoneNow.setText(u"")
        self.timezoneNow.setProperty(u"role", u"muted")

        self.timezoneRow.addWidget(self.timezoneNow)


        self.timezoneBox.addLayout(self.timezoneRow)

        self.timezoneError = QLabel(self.profileTab)
        self.timezoneError.setObjectName(u"timezoneError")
        self.timezoneError.setText(u"")
        self.timezoneError.setWordWrap(True)
        self.timezoneError.setVisible(False)
        self.timezoneError.setProperty(u"role", u"error")

        self.timezoneBox.addWidget(self.timezoneError)


        self.profileForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.timezoneBox)

        self.startEditLabel = QLabel(self.profileTab)
        self.startEditLabel.setObjectName(u"startEditLabel")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startEditLabel)

        self.hoursBox = QVBoxLayout()
        self.hoursBox.setSpacing(2)
        self.hoursBox.setObjectName(u"hoursBox")
        self.hoursBox.setContentsMargins(0, 0, 0, 0)
        self.hoursRow = QHBoxLayout()
        self.hoursRow.setSpacing(6)
        self.hoursRow.setObjectName(u"hoursRow")
        self.hoursRow.setContentsMargins(0, 0, 0, 0)
        self.startEdit = QTimeEdit(self.profileTab)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setDisplayFormat(u"HH:mm")

        self.hoursRow.addWidget(self.startEdit)

        self.hoursDash = QLabel(self.profileTab)
        self.hoursDash.setObjectName(u"hoursDash")
        self.hoursDash.setText(u"\u2013")

        self.hoursRow.addWidget(self.hoursDash)

        self.endEdit = QTimeEdit(self.profileTab)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setDisplayFormat(u"HH:mm")

        self.hoursRow.addWidget(self.endEdit)

        self.overlapLabel = QLabel(self.profileTab)
        self.overlapLabel.setObjectName(u"overlapLabel")
        self.overlapLabel.setText(u"")
        self.overlapLabel.setProperty(u"role", u"muted")

        self.hoursRow.addWidget(self.overlapLabel)

        self.hoursSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursRow.addItem(self.hoursSpacer)


        self.hoursBox.addLayout(self.hoursRow)

        self.hoursError = QLabel(self.profileTab)
        self.hoursError.setObjectName(u"hoursError")
        self.hoursError.setText(u"")
        self.hoursError.setWordWrap(True)
        self.hoursError.setVisible(False)
        self.hoursError.setProperty(u"role", u"error")

        self.hoursBox.addWidget(self.hoursError)


        self.profileForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.hoursBox)

        self.channelComboLabel = QLabel(self.profileTab)
        self.channelComboLabel.setObjectName(u"channelComboLabel")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.channelComboLabel)

        self.channelCombo = QComboBox(self.profileTab)
        self.channelCombo.setObjectName(u"channelCombo")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.responseSpinLabel = QLabel(self.profileTab)
        self.responseSpinLabel.setObjectName(u"responseSpinLabel")

        self.profileForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.responseSpinLabel)

        self.responseBox = QVBoxLayout()
        self.responseBox.setSpacing(2)
        self.responseBox.setObjectName(u"responseBox")
        self.responseBox.setContentsMargins(0, 0, 0, 0)
        self.responseSpin = QSpinBox(self.profileTab)
        self.responseSpin.setObjectName(u"responseSpin")
        self.responseSpin.setMinimum(0)
        self.responseSpin.setMaximum(1440)

        self.responseBox.addWidget(self.responseSpin)

        self.responseError = QLabel(self.profileTab)
        self.responseError.setObjectName(u"responseError")
        self.responseError.setText(u"")
        self.responseError.setWordWrap(True)
        self.responseError.setVisible(False)
        self.responseError.setProperty(u"role", u"error")

        self.responseBox.addWidget(self.responseError)


        self.profileForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.responseBox)

        self.cadenceSpinLabel = QLabel(self.profileTab)
        self.cadenceSpinLabel.setObjectName(u"cadenceSpinLabel")

        self.profileForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.cadenceSpinLabel)

        self.cadenceBox = QVBoxLayout()
        self.cadenceBox.setSpacing(2)
        self.cadenceBox.setObjectName(u"cadenceBox")
        self.cadenceBox.setContentsMargins(0, 0, 0, 0)
        self.cadenceSpin = QSpinBox(self.profileTab)
        self.cadenceSpin.setObjectName(u"cadenceSpin")
        self.cadenceSpin.setMinimum(0)
        self.cadenceSpin.setMaximum(3650)

        self.cadenceBox.addWidget(self.cadenceSpin)

        self.cadenceError = QLabel(self.profileTab)
        self.cadenceError.setObjectName(u"cadenceError")
        self.cadenceError.setText(u"")
        self.cadenceError.setWordWrap(True)
        self.cadenceError.setVisible(False)
        self.cadenceError.setProperty(u"role", u"error")

        self.cadenceBox.addWidget(self.cadenceError)


        self.profileForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.cadenceBox)

        self.statusComboLabel = QLabel(self.profileTab)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.profileForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(self.profileTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.profileForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.reasonEditLabel = QLabel(self.profileTab)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.profileForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonBox = QVBoxLayout()
        self.reasonBox.setSpacing(2)
        self.reasonBox.setObjectName(u"reasonBox")
        self.reasonBox.setContentsMargins(0, 0, 0, 0)
        self.reasonEdit = QLineEdit(self.profileTab)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonBox.addWidget(self.reasonEdit)

        self.reasonError = QLabel(self.profileTab)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setText(u"")
        self.reasonError.setWordWrap(True)
        self.reasonError.setVisible(False)
        self.reasonError.setProperty(u"role", u"error")

        self.reasonBox.addWidget(self.reasonError)


        self.profileForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.reasonBox)

        self.flagsRow = QHBoxLayout()
        self.flagsRow.setSpacing(6)
        self.flagsRow.setObjectName(u"flagsRow")
        self.flagsRow.setContentsMargins(0, 0, 0, 0)
        self.favouriteCheck = QCheckBox(self.profileTab)
        self.favouriteCheck.setObjectName(u"favouriteCheck")

        self.flagsRow.addWidget(self.favouriteCheck)

        self.availableCheck = QCheckBox(self.profileTab)
        self.availableCheck.setObjectName(u"availableCheck")

        self.flagsRow.addWidget(self.availableCheck)

        self.flagsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flagsRow.addItem(self.flagsSpacer)


        self.profileForm.setLayout(11, QFormLayout.ItemRole.FieldRole, self.flagsRow)


        self.profileOuter.addLayout(self.profileForm)

        self.profileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.profileOuter.addItem(self.profileSpacer)

        self.tabs.addTab(self.profileTab, "")
        self.contactTab = QWidget()
        self.contactTab.setObjectName(u"contactTab")
        self.contactLayout = QVBoxLayout(self.contactTab)
        self.contactLayout.setSpacing(6)
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactLayout.setContentsMargins(9, 9, 9, 9)
        self.channelsHeading = QLabel(self.contactTab)
        self.channelsHeading.setObjectName(u"channelsHeading")
        self.channelsHeading.setProperty(u"role", u"section")

        self.contactLayout.addWidget(self.channelsHeading)

        self.channelsTable = QTableWidget(self.contactTab)
        if (self.channelsTable.columnCount() < 4):
            self.channelsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.channelsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.channelsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.channelsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.channelsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.channelsTable.setObjectName(u"channelsTable")
        self.channelsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.channelsTable.setAlternatingRowColors(True)
        self.channelsTable.horizontalHeader().setStretchLastSection(True)
        self.channelsTable.verticalHeader().setVisible(False)

        self.contactLayout.addWidget(self.channelsTable)

        self.channelsError = QLabel(self.contactTab)
        self.channelsError.setObjectName(u"channelsError")
        self.channelsError.setText(u"")
        self.channelsError.setWordWrap(True)
        self.channelsError.setVisible(False)
        self.channelsError.setProperty(u"role", u"error")

        self.contactLayout.addWidget(self.channelsError)

        self.channelButtons = QHBoxLayout()
        self.channelButtons.setSpacing(6)
        self.channelButtons.setObjectName(u"channelButtons")
        self.channelButtons.setContentsMargins(0, 0, 0, 0)
        self.addChannelButton = QPushButton(self.contactTab)
        self.addChannelButton.setObjectName(u"addChannelButton")
        self.addChannelButton.setAutoDefault(False)

        self.channelButtons.addWidget(self.addChannelButton)

        self.removeChannelButton = QPushButton(self.contactTab)
        self.removeChannelButton.setObjectName(u"removeChannelButton")
        self.removeChannelButton.setAutoDefault(False)

        self.channelButtons.addWidget(self.removeChannelButton)

        self.channelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.channelButtons.addItem(self.channelSpacer)


        self.contactLayout.addLayout(self.channelButtons)

        self.linksHeading = QLabel(self.contactTab)
        self.linksHeading.setObjectName(u"linksHeading")
        self.linksHeading.setProperty(u"role", u"section")

        self.contactLayout.addWidget(self.linksHeading)

        self.linksTable = QTableWidget(self.contactTab)
        if (self.linksTable.columnCount() < 2):
            self.linksTable.setColumnCount(2)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.linksTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.linksTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        self.linksTable.setObjectName(u"linksTable")
        self.linksTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.linksTable.setAlternatingRowColors(True)
        self.linksTable.horizontalHeader().setStretchLastSection(True)
        self.linksTable.verticalHeader().setVisible(False)

        self.contactLayout.addWidget(self.linksTable)

        self.linksError = QLabel(self.contactTab)
        self.linksError.setObjectName(u"linksError")
        self.linksError.setText(u"")
        self.linksError.setWordWrap(True)
        self.linksError.setVisible(False)
        self.linksError.setProperty(u"role", u"error")

        self.contactLayout.addWidget(self.linksError)

        self.linkButtons = QHBoxLayout()
        self.linkButtons.setSpacing(6)
        self.linkButtons.setObjectName(u"linkButtons")
        self.linkButtons.setContentsMargins(0, 0, 0, 0)
        self.addLinkButton = QPushButton(self.contactTab)
        self.addLinkButton.setObjectName(u"addLinkButton")
        self.addLinkButton.setAutoDefault(False)

        self.linkButtons.addWidget(self.addLinkButton)

        self.removeLinkButton = QPushButton(self.contactTab)
        self.removeLinkButton.setObjectName(u"removeLinkButton")
        self.removeLinkButton.setAutoDefault(False)

        self.linkButtons.addWidget(self.removeLinkButton)

        self.linkSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.linkButtons.addItem(self.linkSpacer)


        self.contactLayout.addLayout(self.linkButtons)

        self.tabs.addTab(self.contactTab, "")
        self.skillsTab = QWidget()
        self.skillsTab.setObjectName(u"skillsTab")
        self.skillsLayout = QVBoxLayout(self.skillsTab)
        self.skillsLayout.setSpacing(6)
        self.skillsLayout.setObjectName(u"skillsLayout")
        self.skillsLayout.setContentsMargins(9, 9, 9, 9)
        self.skillAddRow = QHBoxLayout()
        self.skillAddRow.setSpacing(6)
        self.skillAddRow.setObjectName(u"skillAddRow")
        self.skillAddRow.setContentsMargins(0, 0, 0, 0)
        self.skillEdit = QLineEdit(self.skillsTab)
        self.skillEdit.setObjectName(u"skillEdit")

        self.skillAddRow.addWidget(self.skillEdit)

        self.skillLevelSpin = QSpinBox(self.skillsTab)
        self.skillLevelSpin.setObjectName(u"skillLevelSpin")
        self.skillLevelSpin.setMinimum(1)
        self.skillLevelSpin.setMaximum(5)

        self.skillAddRow.addWidget(self.skillLevelSpin)

        self.addSkillButton = QPushButton(self.skillsTab)
        self.addSkillButton.setObjectName(u"addSkillButton")
        self.addSkillButton.setAutoDefault(False)

        self.skillAddRow.addWidget(self.addSkillButton)


        self.skillsLayout.addLayout(self.skillAddRow)

        self.skillsTable = QTableWidget(self.skillsTab)
        if (self.skillsTable.columnCount() < 2):
            self.skillsTable.setColumnCount(2)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.skillsTable.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.skillsTable.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        self.skillsTable.setObjectName(u"skillsTable")
        self.skillsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.skillsTable.setAlternatingRowColors(True)
        self.skillsTable.horizontalHeader().setStretchLastSection(True)
        self.skillsTable.verticalHeader().setVisible(False)

        self.skillsLayout.addWidget(self.skillsTable)

        self.skillsError = QLabel(self.skillsTab)
        self.skillsError.setObjectName(u"skillsError")
        self.skillsError.setText(u"")
        self.skillsError.setWordWrap(True)
        self.skillsError.setVisible(False)
        self.skillsError.setProperty(u"role", u"error")

        self.skillsLayout.addWidget(self.skillsError)

        self.skillButtons = QHBoxLayout()
        self.skillButtons.setSpacing(6)
        self.skillButtons.setObjectName(u"skillButtons")
        self.skillButtons.setContentsMargins(0, 0, 0, 0)
        self.removeSkillButton = QPushButton(self.skillsTab)
        self.removeSkillButton.setObjectName(u"removeSkillButton")
        self.removeSkillButton.setAutoDefault(False)

        self.skillButtons.addWidget(self.removeSkillButton)

        self.skillSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.skillButtons.addItem(self.skillSpacer)


        self.skillsLayout.addLayout(self.skillButtons)

        self.tabs.addTab(self.skillsTab, "")
        self.ratesTab = QWidget()
        self.ratesTab.setObjectName(u"ratesTab")
        self.ratesLayout = QVBoxLayout(self.ratesTab)
        self.ratesLayout.setSpacing(6)
        self.ratesLayout.setObjectName(u"ratesLayout")
        self.ratesLayout.setContentsMargins(9, 9, 9, 9)
        self.ratesHint = QLabel(self.ratesTab)
        self.ratesHint.setObjectName(u"ratesHint")
        self.ratesHint.setWordWrap(True)
        self.ratesHint.setProperty(u"role", u"muted")

        self.ratesLayout.addWidget(self.ratesHint)

        self.ratesTable = QTableWidget(self.ratesTab)
        if (self.ratesTable.columnCount() < 5):
            self.ratesTable.setColumnCount(5)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.ratesTable.setHorizontalHeaderItem(0, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.ratesTable.setHorizontalHeaderItem(1, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.ratesTable.setHorizontalHeaderItem(2, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.ratesTable.setHorizontalHeaderItem(3, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.ratesTable.setHorizontalHeaderItem(4, __qtablewidgetitem12)
        self.ratesTable.setObjectName(u"ratesTable")
        self.ratesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.ratesTable.setAlternatingRowColors(True)
        self.ratesTable.horizontalHeader().setStretchLastSection(True)
        self.ratesTable.verticalHeader().setVisible(False)

        self.ratesLayout.addWidget(self.ratesTable)

        self.newRateHeading = QLabel(self.ratesTab)
        self.newRateHeading.setObjectName(u"newRateHeading")
        self.newRateHeading.setProperty(u"role", u"section")

        self.ratesLayout.addWidget(self.newRateHeading)

        self.newRateRow = QHBoxLayout()
        self.newRateRow.setSpacing(6)
        self.newRateRow.setObjectName(u"newRateRow")
        self.newRateRow.setContentsMargins(0, 0, 0, 0)
        self.rateDateEdit = QDateEdit(self.ratesTab)
        self.rateDateEdit.setObjectName(u"rateDateEdit")
        self.rateDateEdit.setCalendarPopup(True)

        self.newRateRow.addWidget(self.rateDateEdit)

        self.rateAmountEdit = QLineEdit(self.ratesTab)
        self.rateAmountEdit.setObjectName(u"rateAmountEdit")

        self.newRateRow.addWidget(self.rateAmountEdit)

        self.rateCurrencyCombo = QComboBox(self.ratesTab)
        self.rateCurrencyCombo.setObjectName(u"rateCurrencyCombo")
        self.rateCurrencyCombo.setEditable(True)

        self.newRateRow.addWidget(self.rateCurrencyCombo)

        self.rateNoteEdit = QLineEdit(self.ratesTab)
        self.rateNoteEdit.setObjectName(u"rateNoteEdit")

        self.newRateRow.addWidget(self.rateNoteEdit)

        self.addRateButton = QPushButton(self.ratesTab)
        self.addRateButton.setObjectName(u"addRateButton")
        self.addRateButton.setAutoDefault(False)

        self.newRateRow.addWidget(self.addRateButton)


        self.ratesLayout.addLayout(self.newRateRow)

        self.ratesError = QLabel(self.ratesTab)
        self.ratesError.setObjectName(u"ratesError")
        self.ratesError.setText(u"")
        self.ratesError.setWordWrap(True)
        self.ratesError.setVisible(False)
        self.ratesError.setProperty(u"role", u"error")

        self.ratesLayout.addWidget(self.ratesError)

        self.rateButtons = QHBoxLayout()
        self.rateButtons.setSpacing(6)
        self.rateButtons.setObjectName(u"rateButtons")
        self.rateButtons.setContentsMargins(0, 0, 0, 0)
        self.removeRateButton = QPushButton(self.ratesTab)
        self.removeRateButton.setObjectName(u"removeRateButton")
        self.removeRateButton.setAutoDefault(False)

        self.rateButtons.addWidget(self.removeRateButton)

        self.rateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rateButtons.addItem(self.rateSpacer)


        self.ratesLayout.addLayout(self.rateButtons)

        self.tabs.addTab(self.ratesTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setSpacing(6)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLayout.setContentsMargins(9, 9, 9, 9)
        self.notesEdit = QPlainTextEdit(self.notesTab)
        self.notesEdit.setObjectName(u"notesEdit")

        self.notesLayout.addWidget(self.notesEdit)

        self.notesError = QLabel(self.notesTab)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setText(u"")
        self.notesError.setWordWrap(True)
        self.notesError.setVisible(False)
        self.notesError.setProperty(u"role", u"error")

        self.notesLayout.addWidget(self.notesError)

        self.tabs.addTab(self.notesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.formError = QLabel(TalentDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(TalentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.headlineEditLabel.setBuddy(self.headlineEdit)
        self.locationEditLabel.setBuddy(self.locationEdit)
        self.languagesEditLabel.setBuddy(self.languagesEdit)
        self.timezoneComboLabel.setBuddy(self.timezoneCombo)
        self.startEditLabel.setBuddy(self.startEdit)
        self.channelComboLabel.setBuddy(self.channelCombo)
        self.responseSpinLabel.setBuddy(self.responseSpin)
        self.cadenceSpinLabel.setBuddy(self.cadenceSpin)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TalentDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TalentDialog)
    # setupUi

    def retranslateUi(self, TalentDialog):
        TalentDialog.setWindowTitle(QCoreApplication.translate("TalentDialog", u"Talent", None))
        self.nameEditLabel.setText(QCoreApplication.translate("TalentDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("TalentDialog", u"Full name", None))
        self.headlineEditLabel.setText(QCoreApplication.translate("TalentDialog", u"&Headline:", None))
        self.headlineEdit.setPlaceholderText(QCoreApplication.translate("TalentDialog", u"What they do, in a line (e.g. Django backend developer)", None))
        self.locationEditLabel.setText(QCoreApplication.translate("TalentDialog", u"&Location:", None))
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("TalentDialog", u"City, country", None))
        self.languagesEditLabel.setText(QCoreApplication.translate("TalentDialog", u"Lan&guages:", None))
        self.languagesEdit.setPlaceholderText(QCoreApplication.translate("TalentDialog", u"English, Portuguese", None))
        self.timezoneComboLabel.setText(QCoreApplication.translate("TalentDialog", u"&Time zone:", None))
#if QT_CONFIG(tooltip)
        self.timezoneCombo.setToolTip(QCoreApplication.translate("TalentDialog", u"Type part of a city or region to search the IANA time zones", None))
#endif // QT_CONFIG(tooltip)
        self.startEditLabel.setText(QCoreApplication.translate("TalentDialog", u"&Working hours:", None))
#if QT_CONFIG(tooltip)
        self.startEdit.setToolTip(QCoreApplication.translate("TalentDialog", u"When their working day starts, in their time zone", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("TalentDialog", u"End of their working day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.endEdit.setToolTip(QCoreApplication.translate("TalentDialog", u"When their working day ends; before the start means it runs past midnight", None))
#endif // QT_CONFIG(tooltip)
        self.channelComboLabel.setText(QCoreApplication.translate("TalentDialog", u"&Preferred channel:", None))
        self.responseSpinLabel.setText(QCoreApplication.translate("TalentDialog", u"&Replies within:", None))
        self.responseSpin.setSpecialValueText(QCoreApplication.translate("TalentDialog", u"not set", None))
        self.responseSpin.setSuffix(QCoreApplication.translate("TalentDialog", u" h", None))
#if QT_CONFIG(tooltip)
        self.responseSpin.setToolTip(QCoreApplication.translate("TalentDialog", u"How long they usually take to answer", None))
#endif // QT_CONFIG(tooltip)
        self.cadenceSpinLabel.setText(QCoreApplication.translate("TalentDialog", u"&Stay in touch every:", None))
        self.cadenceSpin.setSpecialValueText(QCoreApplication.translate("TalentDialog", u"no reminder", None))
        self.cadenceSpin.setSuffix(QCoreApplication.translate("TalentDialog", u" days", None))
#if QT_CONFIG(tooltip)
        self.cadenceSpin.setToolTip(QCoreApplication.translate("TalentDialog", u"The review queue reminds you when you have not been in touch for this long", None))
#endif // QT_CONFIG(tooltip)
        self.statusComboLabel.setText(QCoreApplication.translate("TalentDialog", u"&Bench status:", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("TalentDialog", u"Rea&son:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("TalentDialog", u"Why (needed for do-not-rehire)", None))
        self.favouriteCheck.setText(QCoreApplication.translate("TalentDialog", u"&Favourite", None))
        self.availableCheck.setText(QCoreApplication.translate("TalentDialog", u"&Available for new work", None))
        self.tabs.setTabText(self.tabs.indexOf(self.profileTab), QCoreApplication.translate("TalentDialog", u"&Profile", None))
        self.channelsHeading.setText(QCoreApplication.translate("TalentDialog", u"Contact channels", None))
        ___qtablewidgetitem = self.channelsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TalentDialog", u"Kind", None))
        ___qtablewidgetitem1 = self.channelsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TalentDialog", u"Address or number", None))
        ___qtablewidgetitem2 = self.channelsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TalentDialog", u"Label", None))
        ___qtablewidgetitem3 = self.channelsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("TalentDialog", u"Preferred", None))
#if QT_CONFIG(tooltip)
        self.channelsTable.setToolTip(QCoreApplication.translate("TalentDialog", u"Double-click a cell to edit it", None))
#endif // QT_CONFIG(tooltip)
        self.addChannelButton.setText(QCoreApplication.translate("TalentDialog", u"Add &channel", None))
        self.removeChannelButton.setText(QCoreApplication.translate("TalentDialog", u"Remove", None))
        self.linksHeading.setText(QCoreApplication.translate("TalentDialog", u"Profile links", None))
        ___qtablewidgetitem4 = self.linksTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("TalentDialog", u"Label", None))
        ___qtablewidgetitem5 = self.linksTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("TalentDialog", u"Web address", None))
#if QT_CONFIG(tooltip)
        self.linksTable.setToolTip(QCoreApplication.translate("TalentDialog", u"Marketplace profile, portfolio, code host\u2026", None))
#endif // QT_CONFIG(tooltip)
        self.addLinkButton.setText(QCoreApplication.translate("TalentDialog", u"Add &link", None))
        self.removeLinkButton.setText(QCoreApplication.translate("TalentDialog", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactTab), QCoreApplication.translate("TalentDialog", u"&Contact", None))
        self.skillEdit.setPlaceholderText(QCoreApplication.translate("TalentDialog", u"Add a skill (existing skills are suggested)", None))
#if QT_CONFIG(tooltip)
        self.skillLevelSpin.setToolTip(QCoreApplication.translate("TalentDialog", u"Level from 1 (basic) to 5 (expert)", None))
#endif // QT_CONFIG(tooltip)
        self.addSkillButton.setText(QCoreApplication.translate("TalentDialog", u"&Add skill", None))
        ___qtablewidgetitem6 = self.skillsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("TalentDialog", u"Skill", None))
        ___qtablewidgetitem7 = self.skillsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("TalentDialog", u"Level (1\u20135)", None))
#if QT_CONFIG(tooltip)
        self.skillsTable.setToolTip(QCoreApplication.translate("TalentDialog", u"Double-click a level to change it", None))
#endif // QT_CONFIG(tooltip)
        self.removeSkillButton.setText(QCoreApplication.translate("TalentDialog", u"Remove skill", None))
        self.tabs.setTabText(self.tabs.indexOf(self.skillsTab), QCoreApplication.translate("TalentDialog", u"S&kills", None))
        self.ratesHint.setText(QCoreApplication.translate("TalentDialog", u"A new rate is a new effective-dated row: contracts already agreed keep their own rates.", None))
        ___qtablewidgetitem8 = self.ratesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("TalentDialog", u"Effective from", None))
        ___qtablewidgetitem9 = self.ratesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("TalentDialog", u"Rate", None))
        ___qtablewidgetitem10 = self.ratesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("TalentDialog", u"Currency", None))
        ___qtablewidgetitem11 = self.ratesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("TalentDialog", u"Note", None))
        ___qtablewidgetitem12 = self.ratesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("TalentDialog", u"Contract", None))
        self.newRateHeading.setText(QCoreApplication.translate("TalentDialog", u"New rate", None))
#if QT_CONFIG(tooltip)
        self.rateDateEdit.setToolTip(QCoreApplication.translate("TalentDialog", u"From when the new rate applies", None))
#endif // QT_CONFIG(tooltip)
        self.rateAmountEdit.setPlaceholderText(QCoreApplication.translate("TalentDialog", u"Amount per hour, e.g. 55.00", None))
        self.rateNoteEdit.setPlaceholderText(QCoreApplication.translate("TalentDialog", u"Note (e.g. yearly revisit)", None))
        self.addRateButton.setText(QCoreApplication.translate("TalentDialog", u"Add &rate", None))
        self.removeRateButton.setText(QCoreApplication.translate("TalentDialog", u"Remove new rate", None))
        self.tabs.setTabText(self.tabs.indexOf(self.ratesTab), QCoreApplication.translate("TalentDialog", u"&Rates", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("TalentDialog", u"What they are great at, how they like to work, what to remember next time\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("TalentDialog", u"N&otes", None))
    # retranslateUi

