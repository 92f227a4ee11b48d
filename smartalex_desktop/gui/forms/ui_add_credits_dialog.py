# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_credits_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from smartalex_desktop.gui.widgets.message_bar import MessageBar

class Ui_AddCreditsDialog(object):
    def setupUi(self, AddCreditsDialog):
        if not AddCreditsDialog.objectName():
            AddCreditsDialog.setObjectName(u"AddCreditsDialog")
        AddCreditsDialog.resize(520, 330)
        self.dialogLayout = QVBoxLayout(AddCreditsDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(AddCreditsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(8)
        self.amountCaption = QLabel(AddCreditsDialog)
        self.amountCaption.setObjectName(u"amountCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountCaption)

        self.amountColumn = QVBoxLayout()
        self.amountColumn.setSpacing(3)
        self.amountColumn.setObjectName(u"amountColumn")
        self.amountRow = QHBoxLayout()
        self.amountRow.setSpacing(6)
        self.amountRow.setObjectName(u"amountRow")
        self.dollarSign = QLabel(AddCreditsDialog)
        self.dollarSign.setObjectName(u"dollarSign")

        self.amountRow.addWidget(self.dollarSign)

        self.amountField = QLineEdit(AddCreditsDialog)
        self.amountField.setObjectName(u"amountField")
        self.amountField.setMaximumSize(QSize(120, 16777215))
        self.amountField.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.amountRow.addWidget(self.amountField)

        self.pick25Button = QPushButton(AddCreditsDialog)
        self.pick25Button.setObjectName(u"pick25Button")
        self.pick25Button.setMaximumSize(QSize(64, 16777215))
        self.pick25Button.setAutoDefault(False)

        self.amountRow.addWidget(self.pick25Button)

        self.pick50Button = QPushButton(AddCreditsDialog)
        self.pick50Button.setObjectName(u"pick50Button")
        self.pick50Button.setMaximumSize(QSize(64, 16777215))
        self.pick50Button.setAutoDefault(False)

        self.amountRow.addWidget(self.pick50Button)

        self.pick100Button = QPushButton(AddCreditsDialog)
        self.pick100Button.setObjectName(u"pick100Button")
        self.pick100Button.setMaximumSize(QSize(64, 16777215))
        self.pick100Button.setAutoDefault(False)

        self.amountRow.addWidget(self.pick100Button)

        self.amountSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.amountRow.addItem(self.amountSpacer)


        self.amountColumn.addLayout(self.amountRow)

        self.amountProblem = QLabel(AddCreditsDialog)
        self.amountProblem.setObjectName(u"amountProblem")
        self.amountProblem.setWordWrap(True)

        self.amountColumn.addWidget(self.amountProblem)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.amountColumn)

        self.cardCaption = QLabel(AddCreditsDialog)
        self.cardCaption.setObjectName(u"cardCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cardCaption)

        self.cardCombo = QComboBox(AddCreditsDialog)
        self.cardCombo.setObjectName(u"cardCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.cardCombo.sizePolicy().hasHeightForWidth())
        self.cardCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cardCombo)

        self.chargeCaption = QLabel(AddCreditsDialog)
        self.chargeCaption.setObjectName(u"chargeCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.chargeCaption)

        self.chargeValue = QLabel(AddCreditsDialog)
        self.chargeValue.setObjectName(u"chargeValue")
        self.chargeValue.setWordWrap(True)
        self.chargeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.chargeValue)


        self.dialogLayout.addLayout(self.form)

        self.cardsNote = QLabel(AddCreditsDialog)
        self.cardsNote.setObjectName(u"cardsNote")
        self.cardsNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.cardsNote)

        self.errorBar = MessageBar(AddCreditsDialog)
        self.errorBar.setObjectName(u"errorBar")

        self.dialogLayout.addWidget(self.errorBar)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.progress = QProgressBar(AddCreditsDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumSize(QSize(120, 12))
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.buttonRow.addWidget(self.progress)

        self.buttons = QDialogButtonBox(AddCreditsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonRow.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.amountCaption.setBuddy(self.amountField)
        self.cardCaption.setBuddy(self.cardCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.amountField, self.pick25Button)
        QWidget.setTabOrder(self.pick25Button, self.pick50Button)
        QWidget.setTabOrder(self.pick50Button, self.pick100Button)
        QWidget.setTabOrder(self.pick100Button, self.cardCombo)
        QWidget.setTabOrder(self.cardCombo, self.buttons)

        self.retranslateUi(AddCreditsDialog)

        QMetaObject.connectSlotsByName(AddCreditsDialog)
    # setupUi

    def retranslateUi(self, AddCreditsDialog):
        AddCreditsDialog.setWindowTitle(QCoreApplication.translate("AddCreditsDialog", u"Add Credits", None))
        self.introLabel.setText(QCoreApplication.translate("AddCreditsDialog", u"Credits pay for minutes past your plan's allowance and never expire. Your card is charged the amount plus tax now; the credits are in your Wallet as soon as the charge goes through.", None))
        self.amountCaption.setText(QCoreApplication.translate("AddCreditsDialog", u"A&mount:", None))
        self.dollarSign.setText(QCoreApplication.translate("AddCreditsDialog", u"$", None))
        self.amountField.setPlaceholderText(QCoreApplication.translate("AddCreditsDialog", u"50.00", None))
#if QT_CONFIG(accessibility)
        self.amountField.setAccessibleName(QCoreApplication.translate("AddCreditsDialog", u"Amount of credit in dollars", None))
#endif // QT_CONFIG(accessibility)
        self.pick25Button.setText(QCoreApplication.translate("AddCreditsDialog", u"$25", None))
#if QT_CONFIG(accessibility)
        self.pick25Button.setAccessibleName(QCoreApplication.translate("AddCreditsDialog", u"Add $25.00", None))
#endif // QT_CONFIG(accessibility)
        self.pick50Button.setText(QCoreApplication.translate("AddCreditsDialog", u"$50", None))
#if QT_CONFIG(accessibility)
        self.pick50Button.setAccessibleName(QCoreApplication.translate("AddCreditsDialog", u"Add $50.00", None))
#endif // QT_CONFIG(accessibility)
        self.pick100Button.setText(QCoreApplication.translate("AddCreditsDialog", u"$100", None))
#if QT_CONFIG(accessibility)
        self.pick100Button.setAccessibleName(QCoreApplication.translate("AddCreditsDialog", u"Add $100.00", None))
#endif // QT_CONFIG(accessibility)
        self.amountProblem.setText("")
        self.cardCaption.setText(QCoreApplication.translate("AddCreditsDialog", u"Pay &with:", None))
#if QT_CONFIG(accessibility)
        self.cardCombo.setAccessibleName(QCoreApplication.translate("AddCreditsDialog", u"Card to charge", None))
#endif // QT_CONFIG(accessibility)
        self.chargeCaption.setText(QCoreApplication.translate("AddCreditsDialog", u"You pay:", None))
        self.chargeValue.setText("")
        self.cardsNote.setText("")
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("AddCreditsDialog", u"Charging your card", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

