# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cancel_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QGroupBox, QHBoxLayout,
    QLabel, QPlainTextEdit, QProgressBar, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

from smartalex_desktop.gui.widgets.message_bar import MessageBar

class Ui_CancelDialog(object):
    def setupUi(self, CancelDialog):
        if not CancelDialog.objectName():
            CancelDialog.setObjectName(u"CancelDialog")
        CancelDialog.resize(520, 420)
        self.dialogLayout = QVBoxLayout(CancelDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.pages = QStackedWidget(CancelDialog)
        self.pages.setObjectName(u"pages")
        self.surveyPage = QWidget()
        self.surveyPage.setObjectName(u"surveyPage")
        self.surveyLayout = QVBoxLayout(self.surveyPage)
        self.surveyLayout.setObjectName(u"surveyLayout")
        self.surveyLayout.setContentsMargins(0, 0, 0, 0)
        self.surveyHeading = QLabel(self.surveyPage)
        self.surveyHeading.setObjectName(u"surveyHeading")
        self.surveyHeading.setWordWrap(True)

        self.surveyLayout.addWidget(self.surveyHeading)

        self.surveyIntro = QLabel(self.surveyPage)
        self.surveyIntro.setObjectName(u"surveyIntro")
        self.surveyIntro.setWordWrap(True)

        self.surveyLayout.addWidget(self.surveyIntro)

        self.reasonBox = QGroupBox(self.surveyPage)
        self.reasonBox.setObjectName(u"reasonBox")
        self.reasonLayout = QVBoxLayout(self.reasonBox)
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.tooExpensiveRadio = QRadioButton(self.reasonBox)
        self.tooExpensiveRadio.setObjectName(u"tooExpensiveRadio")

        self.reasonLayout.addWidget(self.tooExpensiveRadio)

        self.missingFeaturesRadio = QRadioButton(self.reasonBox)
        self.missingFeaturesRadio.setObjectName(u"missingFeaturesRadio")

        self.reasonLayout.addWidget(self.missingFeaturesRadio)

        self.switchedServiceRadio = QRadioButton(self.reasonBox)
        self.switchedServiceRadio.setObjectName(u"switchedServiceRadio")

        self.reasonLayout.addWidget(self.switchedServiceRadio)

        self.unusedRadio = QRadioButton(self.reasonBox)
        self.unusedRadio.setObjectName(u"unusedRadio")

        self.reasonLayout.addWidget(self.unusedRadio)

        self.technicalIssuesRadio = QRadioButton(self.reasonBox)
        self.technicalIssuesRadio.setObjectName(u"technicalIssuesRadio")

        self.reasonLayout.addWidget(self.technicalIssuesRadio)

        self.otherRadio = QRadioButton(self.reasonBox)
        self.otherRadio.setObjectName(u"otherRadio")

        self.reasonLayout.addWidget(self.otherRadio)


        self.surveyLayout.addWidget(self.reasonBox)

        self.commentLabel = QLabel(self.surveyPage)
        self.commentLabel.setObjectName(u"commentLabel")

        self.surveyLayout.addWidget(self.commentLabel)

        self.commentField = QPlainTextEdit(self.surveyPage)
        self.commentField.setObjectName(u"commentField")
        self.commentField.setMaximumSize(QSize(16777215, 100))
        self.commentField.setTabChangesFocus(True)

        self.surveyLayout.addWidget(self.commentField)

        self.pages.addWidget(self.surveyPage)
        self.confirmPage = QWidget()
        self.confirmPage.setObjectName(u"confirmPage")
        self.confirmLayout = QVBoxLayout(self.confirmPage)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.confirmLayout.setContentsMargins(0, 0, 0, 0)
        self.confirmHeadingRow = QHBoxLayout()
        self.confirmHeadingRow.setObjectName(u"confirmHeadingRow")
        self.confirmIcon = QLabel(self.confirmPage)
        self.confirmIcon.setObjectName(u"confirmIcon")
        self.confirmIcon.setProperty(u"accessibleDecorative", True)

        self.confirmHeadingRow.addWidget(self.confirmIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.confirmHeading = QLabel(self.confirmPage)
        self.confirmHeading.setObjectName(u"confirmHeading")
        self.confirmHeading.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.confirmHeading.sizePolicy().hasHeightForWidth())
        self.confirmHeading.setSizePolicy(sizePolicy)

        self.confirmHeadingRow.addWidget(self.confirmHeading)


        self.confirmLayout.addLayout(self.confirmHeadingRow)

        self.confirmText = QLabel(self.confirmPage)
        self.confirmText.setObjectName(u"confirmText")
        self.confirmText.setWordWrap(True)
        self.confirmText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.confirmLayout.addWidget(self.confirmText)

        self.walletNote = QLabel(self.confirmPage)
        self.walletNote.setObjectName(u"walletNote")
        self.walletNote.setWordWrap(True)

        self.confirmLayout.addWidget(self.walletNote)

        self.confirmSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.confirmLayout.addItem(self.confirmSpacer)

        self.pages.addWidget(self.confirmPage)

        self.dialogLayout.addWidget(self.pages)

        self.errorBar = MessageBar(CancelDialog)
        self.errorBar.setObjectName(u"errorBar")

        self.dialogLayout.addWidget(self.errorBar)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backButton = QPushButton(CancelDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.backButton)

        self.progress = QProgressBar(CancelDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumSize(QSize(100, 12))
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.buttonRow.addWidget(self.progress)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.keepButton = QPushButton(CancelDialog)
        self.keepButton.setObjectName(u"keepButton")

        self.buttonRow.addWidget(self.keepButton)

        self.nextButton = QPushButton(CancelDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.confirmButton = QPushButton(CancelDialog)
        self.confirmButton.setObjectName(u"confirmButton")
        self.confirmButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.confirmButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.commentLabel.setBuddy(self.commentField)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tooExpensiveRadio, self.missingFeaturesRadio)
        QWidget.setTabOrder(self.missingFeaturesRadio, self.switchedServiceRadio)
        QWidget.setTabOrder(self.switchedServiceRadio, self.unusedRadio)
        QWidget.setTabOrder(self.unusedRadio, self.technicalIssuesRadio)
        QWidget.setTabOrder(self.technicalIssuesRadio, self.otherRadio)
        QWidget.setTabOrder(self.otherRadio, self.commentField)
        QWidget.setTabOrder(self.commentField, self.backButton)
        QWidget.setTabOrder(self.backButton, self.keepButton)
        QWidget.setTabOrder(self.keepButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.confirmButton)

        self.retranslateUi(CancelDialog)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CancelDialog)
    # setupUi

    def retranslateUi(self, CancelDialog):
        CancelDialog.setWindowTitle(QCoreApplication.translate("CancelDialog", u"Cancel Subscription", None))
        self.surveyHeading.setText(QCoreApplication.translate("CancelDialog", u"Before you go: why are you cancelling?", None))
        self.surveyIntro.setText(QCoreApplication.translate("CancelDialog", u"Your answer helps SmartAlex improve. Nothing is cancelled until you confirm on the next step.", None))
        self.reasonBox.setTitle(QCoreApplication.translate("CancelDialog", u"Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonBox.setAccessibleName(QCoreApplication.translate("CancelDialog", u"Reason for cancelling", None))
#endif // QT_CONFIG(accessibility)
        self.tooExpensiveRadio.setText(QCoreApplication.translate("CancelDialog", u"It costs &too much", None))
#if QT_CONFIG(accessibility)
        self.tooExpensiveRadio.setAccessibleName(QCoreApplication.translate("CancelDialog", u"It costs too much", None))
#endif // QT_CONFIG(accessibility)
        self.missingFeaturesRadio.setText(QCoreApplication.translate("CancelDialog", u"It's &missing features we need", None))
#if QT_CONFIG(accessibility)
        self.missingFeaturesRadio.setAccessibleName(QCoreApplication.translate("CancelDialog", u"It's missing features we need", None))
#endif // QT_CONFIG(accessibility)
        self.switchedServiceRadio.setText(QCoreApplication.translate("CancelDialog", u"We &switched to another service", None))
#if QT_CONFIG(accessibility)
        self.switchedServiceRadio.setAccessibleName(QCoreApplication.translate("CancelDialog", u"We switched to another service", None))
#endif // QT_CONFIG(accessibility)
        self.unusedRadio.setText(QCoreApplication.translate("CancelDialog", u"We &don't use it enough", None))
#if QT_CONFIG(accessibility)
        self.unusedRadio.setAccessibleName(QCoreApplication.translate("CancelDialog", u"We don't use it enough", None))
#endif // QT_CONFIG(accessibility)
        self.technicalIssuesRadio.setText(QCoreApplication.translate("CancelDialog", u"We had t&echnical problems", None))
#if QT_CONFIG(accessibility)
        self.technicalIssuesRadio.setAccessibleName(QCoreApplication.translate("CancelDialog", u"We had technical problems", None))
#endif // QT_CONFIG(accessibility)
        self.otherRadio.setText(QCoreApplication.translate("CancelDialog", u"S&omething else", None))
#if QT_CONFIG(accessibility)
        self.otherRadio.setAccessibleName(QCoreApplication.translate("CancelDialog", u"Something else", None))
#endif // QT_CONFIG(accessibility)
        self.commentLabel.setText(QCoreApplication.translate("CancelDialog", u"&Anything you'd like to add? (optional)", None))
#if QT_CONFIG(accessibility)
        self.commentField.setAccessibleName(QCoreApplication.translate("CancelDialog", u"Comment (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.commentField.setPlaceholderText(QCoreApplication.translate("CancelDialog", u"What could SmartAlex have done better?", None))
        self.confirmIcon.setText("")
        self.confirmHeading.setText(QCoreApplication.translate("CancelDialog", u"Cancel your subscription?", None))
        self.confirmText.setText("")
        self.walletNote.setText(QCoreApplication.translate("CancelDialog", u"Your Wallet credits stay with your account; they never expire.", None))
        self.backButton.setText(QCoreApplication.translate("CancelDialog", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("CancelDialog", u"Back to the survey", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("CancelDialog", u"Cancelling the subscription", None))
#endif // QT_CONFIG(accessibility)
        self.keepButton.setText(QCoreApplication.translate("CancelDialog", u"&Keep My Subscription", None))
#if QT_CONFIG(accessibility)
        self.keepButton.setAccessibleName(QCoreApplication.translate("CancelDialog", u"Keep my subscription", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("CancelDialog", u"&Next", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("CancelDialog", u"Next", None))
#endif // QT_CONFIG(accessibility)
        self.confirmButton.setText(QCoreApplication.translate("CancelDialog", u"&Cancel Subscription", None))
#if QT_CONFIG(accessibility)
        self.confirmButton.setAccessibleName(QCoreApplication.translate("CancelDialog", u"Cancel subscription", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

