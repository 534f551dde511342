# Generated from ui/end_contract.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget,
    QWizard, QWizardPage)

class Ui_EndContractWizard(object):
    def setupUi(self, EndContractWizard):
        if not EndContractWizard.objectName():
            EndContractWizard.setObjectName(u"EndContractWizard")
        EndContractWizard.resize(640, 560)
        EndContractWizard.setWizardStyle(QWizard.ClassicStyle)
        self.endingPage = QWizardPage()
        self.endingPage.setObjectName(u"endingPage")
        self.endingPageLayout = QVBoxLayout(self.endingPage)
        self.endingPageLayout.setObjectName(u"endingPageLayout")
        self.endingGrid = QGridLayout()
        self.endingGrid.setObjectName(u"endingGrid")
        self.endingGrid.setHorizontalSpacing(12)
        self.endingGrid.setVerticalSpacing(4)
        self.endDateLabel = QLabel(self.endingPage)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.endingGrid.addWidget(self.endDateLabel, 0, 0, 1, 1)

        self.endRow = QHBoxLayout()
        self.endRow.setSpacing(12)
        self.endRow.setObjectName(u"endRow")
        self.endDateEdit = QDateEdit(self.endingPage)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)
        self.endDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.endRow.addWidget(self.endDateEdit)

        self.endedByLabel = QLabel(self.endingPage)
        self.endedByLabel.setObjectName(u"endedByLabel")

        self.endRow.addWidget(self.endedByLabel)

        self.endedByCombo = QComboBox(self.endingPage)
        self.endedByCombo.setObjectName(u"endedByCombo")

        self.endRow.addWidget(self.endedByCombo)

        self.endRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endRow.addItem(self.endRowSpacer)


        self.endingGrid.addLayout(self.endRow, 0, 1, 1, 1)

        self.endDateError = QLabel(self.endingPage)
        self.endDateError.setObjectName(u"endDateError")
        self.endDateError.setText(u"")
        self.endDateError.setWordWrap(True)
        self.endDateError.setProperty(u"role", u"error")

        self.endingGrid.addWidget(self.endDateError, 1, 1, 1, 1)

        self.reasonLabel = QLabel(self.endingPage)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.endingGrid.addWidget(self.reasonLabel, 2, 0, 1, 1)

        self.reasonEdit = QPlainTextEdit(self.endingPage)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMinimumSize(QSize(0, 70))

        self.endingGrid.addWidget(self.reasonEdit, 2, 1, 1, 1)

        self.reasonError = QLabel(self.endingPage)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setText(u"")
        self.reasonError.setWordWrap(True)
        self.reasonError.setProperty(u"role", u"error")

        self.endingGrid.addWidget(self.reasonError, 3, 1, 1, 1)


        self.endingPageLayout.addLayout(self.endingGrid)

        EndContractWizard.addPage(self.endingPage)
        self.feedbackPage = QWizardPage()
        self.feedbackPage.setObjectName(u"feedbackPage")
        self.feedbackPageLayout = QVBoxLayout(self.feedbackPage)
        self.feedbackPageLayout.setObjectName(u"feedbackPageLayout")
        self.givenGroup = QGroupBox(self.feedbackPage)
        self.givenGroup.setObjectName(u"givenGroup")
        self.givenGroup.setCheckable(True)
        self.givenGrid = QGridLayout(self.givenGroup)
        self.givenGrid.setObjectName(u"givenGrid")
        self.givenGrid.setHorizontalSpacing(12)
        self.givenGrid.setVerticalSpacing(4)
        self.givenScoreLabel = QLabel(self.givenGroup)
        self.givenScoreLabel.setObjectName(u"givenScoreLabel")

        self.givenGrid.addWidget(self.givenScoreLabel, 0, 0, 1, 1)

        self.givenScoreRow = QHBoxLayout()
        self.givenScoreRow.setObjectName(u"givenScoreRow")
        self.givenScoreSpin = QSpinBox(self.givenGroup)
        self.givenScoreSpin.setObjectName(u"givenScoreSpin")
        self.givenScoreSpin.setMinimum(0)
        self.givenScoreSpin.setMaximum(5)

        self.givenScoreRow.addWidget(self.givenScoreSpin)

        self.givenScoreRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.givenScoreRow.addItem(self.givenScoreRowSpacer)


        self.givenGrid.addLayout(self.givenScoreRow, 0, 1, 1, 1)

        self.givenCommentLabel = QLabel(self.givenGroup)
        self.givenCommentLabel.setObjectName(u"givenCommentLabel")

        self.givenGrid.addWidget(self.givenCommentLabel, 1, 0, 1, 1)

        self.givenCommentEdit = QPlainTextEdit(self.givenGroup)
        self.givenCommentEdit.setObjectName(u"givenCommentEdit")
        self.givenCommentEdit.setTabChangesFocus(True)
        self.givenCommentEdit.setMinimumSize(QSize(0, 60))

        self.givenGrid.addWidget(self.givenCommentEdit, 1, 1, 1, 1)

        self.givenDateLabel = QLabel(self.givenGroup)
        self.givenDateLabel.setObjectName(u"givenDateLabel")

        self.givenGrid.addWidget(self.givenDateLabel, 2, 0, 1, 1)

        self.givenDateRow = QHBoxLayout()
        self.givenDateRow.setObjectName(u"givenDateRow")
        self.givenDateEdit = QDateEdit(self.givenGroup)
        self.givenDateEdit.setObjectName(u"givenDateEdit")
        self.givenDateEdit.setCalendarPopup(True)
        self.givenDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.givenDateRow.addWidget(self.givenDateEdit)

        self.givenDateRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.givenDateRow.addItem(self.givenDateRowSpacer)


        self.givenGrid.addLayout(self.givenDateRow, 2, 1, 1, 1)


        self.feedbackPageLayout.addWidget(self.givenGroup)

        self.receivedGroup = QGroupBox(self.feedbackPage)
        self.receivedGroup.setObjectName(u"receivedGroup")
        self.receivedGroup.setCheckable(True)
        self.receivedGroup.setChecked(False)
        self.receivedGrid = QGridLayout(self.receivedGroup)
        self.receivedGrid.setObjectName(u"receivedGrid")
        self.receivedGrid.setHorizontalSpacing(12)
        self.receivedGrid.setVerticalSpacing(4)
        self.receivedScoreLabel = QLabel(self.receivedGroup)
        self.receivedScoreLabel.setObjectName(u"receivedScoreLabel")

        self.receivedGrid.addWidget(self.receivedScoreLabel, 0, 0, 1, 1)

        self.receivedScoreRow = QHBoxLayout()
        self.receivedScoreRow.setObjectName(u"receivedScoreRow")
        self.receivedScoreSpin = QSpinBox(self.receivedGroup)
        self.receivedScoreSpin.setObjectName(u"receivedScoreSpin")
        self.receivedScoreSpin.setMinimum(0)
        self.receivedScoreSpin.setMaximum(5)

        self.receivedScoreRow.addWidget(self.receivedScoreSpin)

        self.receivedScoreRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receivedScoreRow.addItem(self.receivedScoreRowSpacer)


        self.receivedGrid.addLayout(self.receivedScoreRow, 0, 1, 1, 1)

        self.receivedCommentLabel = QLabel(self.receivedGroup)
        self.receivedCommentLabel.setObjectName(u"receivedCommentLabel")

        self.receivedGrid.addWidget(self.receivedCommentLabel, 1, 0, 1, 1)

        self.receivedCommentEdit = QPlainTextEdit(self.receivedGroup)
        self.receivedCommentEdit.setObjectName(u"receivedCommentEdit")
        self.receivedCommentEdit.setTabChangesFocus(True)
        self.receivedCommentEdit.setMinimumSize(QSize(0, 50))

        self.receivedGrid.addWidget(self.receivedCommentEdit, 1, 1, 1, 1)

        self.receivedDateLabel = QLabel(self.receivedGroup)
        self.receivedDateLabel.setObjectName(u"receivedDateLabel")

        self.receivedGrid.addWidget(self.receivedDateLabel, 2, 0, 1, 1)

        self.receivedDateRow = QHBoxLayout()
        self.receivedDateRow.setObjectName(u"receivedDateRow")
        self.receivedDateEdit = QDateEdit(self.receivedGroup)
        self.receivedDateEdit.setObjectName(u"receivedDateEdit")
        self.receivedDateEdit.setCalendarPopup(True)
        self.receivedDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.receivedDateRow.addWidget(self.receivedDateEdit)

        self.receivedDateRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receivedDateRow.addItem(self.receivedDateRowSpacer)


        self.receivedGrid.addLayout(self.receivedDateRow, 2, 1, 1, 1)


        self.feedbackPageLayout.addWidget(self.receivedGroup)

        self.feedbackError = QLabel(self.feedbackPage)
        self.feedbackError.setObjectName(u"feedbackError")
        self.feedbackError.setText(u"")
        self.feedbackError.setWordWrap(True)
        self.feedbackError.setProperty(u"role", u"error")

        self.feedbackPageLayout.addWidget(self.feedbackError)

        EndContractWizard.addPage(self.feedbackPage)
        self.reviewPage = QWizardPage()
        self.reviewPage.setObjectName(u"reviewPage")
        self.reviewPageLayout = QVBoxLayout(self.reviewPage)
        self.reviewPageLayout.setObjectName(u"reviewPageLayout")
        self.reviewGroup = QGroupBox(self.reviewPage)
        self.reviewGroup.setObjectName(u"reviewGroup")
        self.reviewGroup.setCheckable(True)
        self.reviewGrid = QGridLayout(self.reviewGroup)
        self.reviewGrid.setObjectName(u"reviewGrid")
        self.reviewGrid.setHorizontalSpacing(12)
        self.reviewGrid.setVerticalSpacing(4)
        self.skillsLabel = QLabel(self.reviewGroup)
        self.skillsLabel.setObjectName(u"skillsLabel")

        self.reviewGrid.addWidget(self.skillsLabel, 0, 0, 1, 1)

        self.skillsRow = QHBoxLayout()
        self.skillsRow.setObjectName(u"skillsRow")
        self.skillsSpin = QSpinBox(self.reviewGroup)
        self.skillsSpin.setObjectName(u"skillsSpin")
        self.skillsSpin.setMinimum(0)
        self.skillsSpin.setMaximum(5)

        self.skillsRow.addWidget(self.skillsSpin)

        self.skillsRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.skillsRow.addItem(self.skillsRowSpacer)


        self.reviewGrid.addLayout(self.skillsRow, 0, 1, 1, 1)

        self.qualityLabel = QLabel(self.reviewGroup)
        self.qualityLabel.setObjectName(u"qualityLabel")

        self.reviewGrid.addWidget(self.qualityLabel, 1, 0, 1, 1)

        self.qualityRow = QHBoxLayout()
        self.qualityRow.setObjectName(u"qualityRow")
        self.qualitySpin = QSpinBox(self.reviewGroup)
        self.qualitySpin.setObjectName(u"qualitySpin")
        self.qualitySpin.setMinimum(0)
        self.qualitySpin.setMaximum(5)

        self.qualityRow.addWidget(self.qualitySpin)

        self.qualityRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.qualityRow.addItem(self.qualityRowSpacer)


        self.reviewGrid.addLayout(self.qualityRow, 1, 1, 1, 1)

        self.availabilityLabel = QLabel(self.reviewGroup)
        self.availabilityLabel.setObjectName(u"availabilityLabel")

        self.reviewGrid.addWidget(self.availabilityLabel, 2, 0, 1, 1)

        self.availabilityRow = QHBoxLayout()
        self.availabilityRow.setObjectName(u"availabilityRow")
        self.availabilitySpin = QSpinBox(self.reviewGroup)
        self.availabilitySpin.setObjectName(u"availabilitySpin")
        self.availabilitySpin.setMinimum(0)
        self.availabilitySpin.setMaximum(5)

        self.availabilityRow.addWidget(self.availabilitySpin)

        self.availabilityRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.availabilityRow.addItem(self.availabilityRowSpacer)


        self.reviewGrid.addLayout(self.availabilityRow, 2, 1, 1, 1)

        self.deadlinesLabel = QLabel(self.reviewGroup)
        self.deadlinesLabel.setObjectName(u"deadlinesLabel")

        self.reviewGrid.addWidget(self.deadlinesLabel, 3, 0, 1, 1)

        self.deadlinesRow = QHBoxLayout()
        self.deadlinesRow.setObjectName(u"deadlinesRow")
        self.deadlinesSpin = QSpinBox(self.reviewGroup)
        self.deadlinesSpin.setObjectName(u"deadlinesSpin")
        self.deadlinesSpin.setMinimum(0)
        self.deadlinesSpin.setMaximum(5)

        self.deadlinesRow.addWidget(self.deadlinesSpin)

        self.deadlinesRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deadlinesRow.addItem(self.deadlinesRowSpacer)


        self.reviewGrid.addLayout(self.deadlinesRow, 3, 1, 1, 1)

        self.communicationLabel = QLabel(self.reviewGroup)
        self.communicationLabel.setObjectName(u"communicationLabel")

        self.reviewGrid.addWidget(self.communicationLabel, 4, 0, 1, 1)

        self.communicationRow = QHBoxLayout()
        self.communicationRow.setObjectName(u"communicationRow")
        self.communicationSpin = QSpinBox(self.reviewGroup)
        self.communicationSpin.setObjectName(u"communicationSpin")
        self.communicationSpin.setMinimum(0)
        self.communicationSpin.setMaximum(5)

        self.communicationRow.addWidget(self.communicationSpin)

        self.communicationRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.communicationRow.addItem(self.communicationRowSpacer)


        self.reviewGrid.addLayout(self.communicationRow, 4, 1, 1, 1)

        self.cooperationLabel = QLabel(self.reviewGroup)
        self.cooperationLabel.setObjectName(u"cooperationLabel")

        self.reviewGrid.addWidget(self.cooperationLabel, 5, 0, 1, 1)

        self.cooperationRow = QHBoxLayout()
        self.cooperationRow.setObjectName(u"cooperationRow")
        self.cooperationSpin = QSpinBox(self.reviewGroup)
        self.cooperationSpin.setObjectName(u"cooperationSpin")
        self.cooperationSpin.setMinimum(0)
        self.cooperationSpin.setMaximum(5)

        self.cooperationRow.addWidget(self.cooperationSpin)

        self.cooperationRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cooperationRow.addItem(self.cooperationRowSpacer)


        self.reviewGrid.addLayout(self.cooperationRow, 5, 1, 1, 1)

        self.rehireLabel = QLabel(self.reviewGroup)
        self.rehireLabel.setObjectName(u"rehireLabel")

        self.reviewGrid.addWidget(self.rehireLabel, 6, 0, 1, 1)

        self.rehireRow = QHBoxLayout()
        self.rehireRow.setObjectName(u"rehireRow")
        self.rehireCombo = QComboBox(self.reviewGroup)
        self.rehireCombo.setObjectName(u"rehireCombo")

        self.rehireRow.addWidget(self.rehireCombo)

        self.rehireRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rehireRow.addItem(self.rehireRowSpacer)


        self.reviewGrid.addLayout(self.rehireRow, 6, 1, 1, 1)

        self.recommendLabel = QLabel(self.reviewGroup)
        self.recommendLabel.setObjectName(u"recommendLabel")

        self.reviewGrid.addWidget(self.recommendLabel, 7, 0, 1, 1)

        self.recommendRow = QHBoxLayout()
        self.recommendRow.setObjectName(u"recommendRow")
        self.recommendSpin = QSpinBox(self.reviewGroup)
        self.recommendSpin.setObjectName(u"recommendSpin")
        self.recommendSpin.setMinimum(-1)
        self.recommendSpin.setMaximum(10)

        self.recommendRow.addWidget(self.recommendSpin)

        self.recommendRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recommendRow.addItem(self.recommendRowSpacer)


        self.reviewGrid.addLayout(self.recommendRow, 7, 1, 1, 1)

        self.notesLabel = QLabel(self.reviewGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.reviewGrid.addWidget(self.notesLabel, 8, 0, 1, 1)

        self.notesEdit = QPlainTextEdit(self.reviewGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 50))

        self.reviewGrid.addWidget(self.notesEdit, 8, 1, 1, 1)


        self.reviewPageLayout.addWidget(self.reviewGroup)

        self.reviewError = QLabel(self.reviewPage)
        self.reviewError.setObjectName(u"reviewError")
        self.reviewError.setText(u"")
        self.reviewError.setWordWrap(True)
        self.reviewError.setProperty(u"role", u"error")

        self.reviewPageLayout.addWidget(self.reviewError)

        EndContractWizard.addPage(self.reviewPage)
        self.checklistPage = QWizardPage()
        self.checklistPage.setObjectName(u"checklistPage")
        self.checklistPageLayout = QVBoxLayout(self.checklistPage)
        self.checklistPageLayout.setObjectName(u"checklistPageLayout")
        self.checklist = QListWidget(self.checklistPage)
        self.checklist.setObjectName(u"checklist")
        self.checklist.setAlternatingRowColors(True)

        self.checklistPageLayout.addWidget(self.checklist)

        self.testGroup = QGroupBox(self.checklistPage)
        self.testGroup.setObjectName(u"testGroup")
        self.testRow = QHBoxLayout(self.testGroup)
        self.testRow.setObjectName(u"testRow")
        self.hireRadio = QRadioButton(self.testGroup)
        self.hireRadio.setObjectName(u"hireRadio")

        self.testRow.addWidget(self.hireRadio)

        self.noHireRadio = QRadioButton(self.testGroup)
        self.noHireRadio.setObjectName(u"noHireRadio")

        self.testRow.addWidget(self.noHireRadio)

        self.undecidedRadio = QRadioButton(self.testGroup)
        self.undecidedRadio.setObjectName(u"undecidedRadio")

        self.testRow.addWidget(self.undecidedRadio)

        self.testRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.testRow.addItem(self.testRowSpacer)


        self.checklistPageLayout.addWidget(self.testGroup)

        self.formError = QLabel(self.checklistPage)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.checklistPageLayout.addWidget(self.formError)

        EndContractWizard.addPage(self.checklistPage)
#if QT_CONFIG(shortcut)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.endedByLabel.setBuddy(self.endedByCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.givenScoreLabel.setBuddy(self.givenScoreSpin)
        self.givenCommentLabel.setBuddy(self.givenCommentEdit)
        self.givenDateLabel.setBuddy(self.givenDateEdit)
        self.receivedScoreLabel.setBuddy(self.receivedScoreSpin)
        self.receivedCommentLabel.setBuddy(self.receivedCommentEdit)
        self.receivedDateLabel.setBuddy(self.receivedDateEdit)
        self.skillsLabel.setBuddy(self.skillsSpin)
        self.qualityLabel.setBuddy(self.qualitySpin)
        self.availabilityLabel.setBuddy(self.availabilitySpin)
        self.deadlinesLabel.setBuddy(self.deadlinesSpin)
        self.communicationLabel.setBuddy(self.communicationSpin)
        self.cooperationLabel.setBuddy(self.cooperationSpin)
        self.rehireLabel.setBuddy(self.rehireCombo)
        self.recommendLabel.setBuddy(self.recommendSpin)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EndContractWizard)

        QMetaObject.connectSlotsByName(EndContractWizard)
    # setupUi

    def retranslateUi(self, EndContractWizard):
        EndContractWizard.setWindowTitle(QCoreApplication.translate("EndContractWizard", u"End contract", None))
        self.endingPage.setTitle(QCoreApplication.translate("EndContractWizard", u"End the contract", None))
        self.endingPage.setSubTitle(QCoreApplication.translate("EndContractWizard", u"When it ends and why. Everything in this flow is saved together when you press Finish.", None))
        self.endDateLabel.setText(QCoreApplication.translate("EndContractWizard", u"&End date", None))
        self.endedByLabel.setText(QCoreApplication.translate("EndContractWizard", u"Ended &by", None))
#if QT_CONFIG(tooltip)
        self.endedByCombo.setToolTip(QCoreApplication.translate("EndContractWizard", u"Who ended it: you or them. Your record as a client counts both.", None))
#endif // QT_CONFIG(tooltip)
        self.reasonLabel.setText(QCoreApplication.translate("EndContractWizard", u"&Why it ended", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("EndContractWizard", u"e.g. Project delivered; budget ran out; not a fit", None))
        self.feedbackPage.setTitle(QCoreApplication.translate("EndContractWizard", u"Feedback", None))
        self.feedbackPage.setSubTitle(QCoreApplication.translate("EndContractWizard", u"The public feedback you give them on the platform, and what they gave you. Choose the stars, or untick what you have not left yet.", None))
        self.givenGroup.setTitle(QCoreApplication.translate("EndContractWizard", u"Feedback &given", None))
        self.givenScoreLabel.setText(QCoreApplication.translate("EndContractWizard", u"Stars", None))
#if QT_CONFIG(tooltip)
        self.givenScoreSpin.setToolTip(QCoreApplication.translate("EndContractWizard", u"Choose from 1 to 5 stars", None))
#endif // QT_CONFIG(tooltip)
        self.givenScoreSpin.setSpecialValueText(QCoreApplication.translate("EndContractWizard", u"Choose\u2026", None))
        self.givenScoreSpin.setSuffix(QCoreApplication.translate("EndContractWizard", u" / 5", None))
        self.givenCommentLabel.setText(QCoreApplication.translate("EndContractWizard", u"Comment", None))
        self.givenCommentEdit.setPlaceholderText(QCoreApplication.translate("EndContractWizard", u"What you write on their profile", None))
        self.givenDateLabel.setText(QCoreApplication.translate("EndContractWizard", u"Given o&n", None))
#if QT_CONFIG(tooltip)
        self.givenDateEdit.setToolTip(QCoreApplication.translate("EndContractWizard", u"The day the feedback was left (the end date unless you change it)", None))
#endif // QT_CONFIG(tooltip)
        self.receivedGroup.setTitle(QCoreApplication.translate("EndContractWizard", u"Feedback &received", None))
        self.receivedScoreLabel.setText(QCoreApplication.translate("EndContractWizard", u"Stars", None))
#if QT_CONFIG(tooltip)
        self.receivedScoreSpin.setToolTip(QCoreApplication.translate("EndContractWizard", u"Choose from 1 to 5 stars", None))
#endif // QT_CONFIG(tooltip)
        self.receivedScoreSpin.setSpecialValueText(QCoreApplication.translate("EndContractWizard", u"Choose\u2026", None))
        self.receivedScoreSpin.setSuffix(QCoreApplication.translate("EndContractWizard", u" / 5", None))
        self.receivedCommentLabel.setText(QCoreApplication.translate("EndContractWizard", u"Comment", None))
        self.receivedCommentEdit.setPlaceholderText("")
        self.receivedDateLabel.setText(QCoreApplication.translate("EndContractWizard", u"Received on", None))
#if QT_CONFIG(tooltip)
        self.receivedDateEdit.setToolTip(QCoreApplication.translate("EndContractWizard", u"The day the feedback was left (the end date unless you change it)", None))
#endif // QT_CONFIG(tooltip)
        self.reviewPage.setTitle(QCoreApplication.translate("EndContractWizard", u"Private review", None))
        self.reviewPage.setSubTitle(QCoreApplication.translate("EndContractWizard", u"Stays on this computer: how it really went, for the next time you hire. Choose every score, or untick the box to skip the review.", None))
        self.reviewGroup.setTitle(QCoreApplication.translate("EndContractWizard", u"Write a private &review", None))
        self.skillsLabel.setText(QCoreApplication.translate("EndContractWizard", u"Skills", None))
#if QT_CONFIG(tooltip)
        self.skillsSpin.setToolTip(QCoreApplication.translate("EndContractWizard", u"Choose from 1 to 5 stars", None))
#endif // QT_CONFIG(tooltip)
        self.skillsSpin.setSpecialValueText(QCoreApplication.translate("EndContractWizard", u"Choose\u2026", None))
        self.skillsSpin.setSuffix(QCoreApplication.translate("EndContractWizard", u" / 5", None))
        self.qualityLabel.setText(QCoreApplication.translate("EndContractWizard", u"Quality", None))
#if QT_CONFIG(tooltip)
        self.qualitySpin.setToolTip(QCoreApplication.translate("EndContractWizard", u"Choose from 1 to 5 stars", None))
#endif // QT_CONFIG(tooltip)
        self.qualitySpin.setSpecialValueText(QCoreApplication.translate("EndContractWizard", u"Choose\u2026", None))
        self.qualitySpin.setSuffix(QCoreApplication.translate("EndContractWizard", u" / 5", None))
        self.availabilityLabel.setText(QCoreApplication.translate("EndContractWizard", u"Availability", None))
#if QT_CONFIG(tooltip)
        self.availabilitySpin.setToolTip(QCoreApplication.translate("EndContractWizard", u"Choose from 1 to 5 stars", None))
#endif // QT_CONFIG(tooltip)
        self.availabilitySpin.setSpecialValueText(QCoreApplication.translate("EndContractWizard", u"Choose\u2026", None))
        self.availabilitySpin.setSuffix(QCoreApplication.translate("EndContractWizard", u" / 5", None))
        self.deadlinesLabel.setText(QCoreApplication.translate("EndContractWizard", u"Deadlines", None))
#if QT_CONFIG(tooltip)
        self.deadlinesSpin.setToolTip(QCoreApplication.translate("EndContractWizard", u"Choose from 1 to 5 stars", None))
#endif // QT_CONFIG(tooltip)
        self.deadlinesSpin.setSpecialValueText(QCoreApplication.translate("EndContractWizard", u"Choose\u2026", None))
        self.deadlinesSpin.setSuffix(QCoreApplication.translate("EndContractWizard", u" / 5", None))
        self.communicationLabel.setText(QCoreApplication.translate("EndContractWizard", u"Communication", None))
#if QT_CONFIG(tooltip)
        self.communicationSpin.setToolTip(QCoreApplication.translate("EndContractWizard", u"Choose from 1 to 5 stars", None))
#endif // QT_CONFIG(tooltip)
        self.communicationSpin.setSpecialValueText(QCoreApplication.translate("EndContractWizard", u"Choose\u2026", None))
        self.communicationSpin.setSuffix(QCoreApplication.translate("EndContractWizard", u" / 5", None))
        self.cooperationLabel.setText(QCoreApplication.translate("EndContractWizard", u"Cooperation", None))
#if QT_CONFIG(tooltip)
        self.cooperationSpin.setToolTip(QCoreApplication.translate("EndContractWizard", u"Choose from 1 to 5 stars", None))
#endif // QT_CONFIG(tooltip)
        self.cooperationSpin.setSpecialValueText(QCoreApplication.translate("EndContractWizard", u"Choose\u2026", None))
        self.cooperationSpin.setSuffix(QCoreApplication.translate("EndContractWizard", u" / 5", None))
        self.rehireLabel.setText(QCoreApplication.translate("EndContractWizard", u"Would &rehire", None))
        self.recommendLabel.setText(QCoreApplication.translate("EndContractWizard", u"Re&commend (0\u201310)", None))
#if QT_CONFIG(tooltip)
        self.recommendSpin.setToolTip(QCoreApplication.translate("EndContractWizard", u"How likely you are to recommend them, from 0 to 10", None))
#endif // QT_CONFIG(tooltip)
        self.recommendSpin.setSpecialValueText(QCoreApplication.translate("EndContractWizard", u"Choose\u2026", None))
        self.notesLabel.setText(QCoreApplication.translate("EndContractWizard", u"&Notes", None))
        self.notesEdit.setPlaceholderText("")
        self.checklistPage.setTitle(QCoreApplication.translate("EndContractWizard", u"Offboarding", None))
        self.checklistPage.setSubTitle(QCoreApplication.translate("EndContractWizard", u"Tick what is already done; anything left open comes back in the review queue.", None))
        self.testGroup.setTitle(QCoreApplication.translate("EndContractWizard", u"Test project: the decision", None))
        self.hireRadio.setText(QCoreApplication.translate("EndContractWizard", u"&Hire for real", None))
        self.noHireRadio.setText(QCoreApplication.translate("EndContractWizard", u"&Not a fit", None))
        self.undecidedRadio.setText(QCoreApplication.translate("EndContractWizard", u"Decide &later", None))
    # retranslateUi

