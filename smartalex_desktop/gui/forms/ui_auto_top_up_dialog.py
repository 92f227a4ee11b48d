# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'auto_top_up_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from smartalex_desktop.gui.widgets.message_bar import MessageBar

class Ui_AutoTopUpDialog(object):
    def setupUi(self, AutoTopUpDialog):
        if not AutoTopUpDialog.objectName():
            AutoTopUpDialog.setObjectName(u"AutoTopUpDialog")
        AutoTopUpDialog.resize(540, 360)
        self.dialogLayout = QVBoxLayout(AutoTopUpDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(AutoTopUpDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.enabledCheck = QCheckBox(AutoTopUpDialog)
        self.enabledCheck.setObjectName(u"enabledCheck")

        self.dialogLayout.addWidget(self.enabledCheck)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(8)
        self.thresholdCaption = QLabel(AutoTopUpDialog)
        self.thresholdCaption.setObjectName(u"thresholdCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.thresholdCaption)

        self.thresholdRow = QHBoxLayout()
        self.thresholdRow.setObjectName(u"thresholdRow")
        self.thresholdDollar = QLabel(AutoTopUpDialog)
        self.thresholdDollar.setObjectName(u"thresholdDollar")

        self.thresholdRow.addWidget(self.thresholdDollar)

        self.thresholdField = QLineEdit(AutoTopUpDialog)
        self.thresholdField.setObjectName(u"thresholdField")
        self.thresholdField.setMaximumSize(QSize(120, 16777215))
        self.thresholdField.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.thresholdRow.addWidget(self.thresholdField)

        self.thresholdSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.thresholdRow.addItem(self.thresholdSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.thresholdRow)

        self.amountCaption = QLabel(AutoTopUpDialog)
        self.amountCaption.setObjectName(u"amountCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountCaption)

        self.amountRow = QHBoxLayout()
        self.amountRow.setSpacing(8)
        self.amountRow.setObjectName(u"amountRow")
        self.amountDollar = QLabel(AutoTopUpDialog)
        self.amountDollar.setObjectName(u"amountDollar")

        self.amountRow.addWidget(self.amountDollar)

        self.amountField = QLineEdit(AutoTopUpDialog)
        self.amountField.setObjectName(u"amountField")
        self.amountField.setMaximumSize(QSize(120, 16777215))
        self.amountField.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.amountRow.addWidget(self.amountField)

        self.amountHint = QLabel(AutoTopUpDialog)
        self.amountHint.setObjectName(u"amountHint")

        self.amountRow.addWidget(self.amountHint)

        self.amountSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.amountRow.addItem(self.amountSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.amountRow)

        self.cardCaption = QLabel(AutoTopUpDialog)
        self.cardCaption.setObjectName(u"cardCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cardCaption)

        self.cardCombo = QComboBox(AutoTopUpDialog)
        self.cardCombo.setObjectName(u"cardCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.cardCombo.sizePolicy().hasHeightForWidth())
        self.cardCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cardCombo)

        self.capCheck = QCheckBox(AutoTopUpDialog)
        self.capCheck.setObjectName(u"capCheck")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.capCheck)

        self.capRow = QHBoxLayout()
        self.capRow.setObjectName(u"capRow")
        self.capDollar = QLabel(AutoTopUpDialog)
        self.capDollar.setObjectName(u"capDollar")

        self.capRow.addWidget(self.capDollar)

        self.capField = QLineEdit(AutoTopUpDialog)
        self.capField.setObjectName(u"capField")
        self.capField.setMaximumSize(QSize(120, 16777215))
        self.capField.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.capRow.addWidget(self.capField)

        self.capSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.capRow.addItem(self.capSpacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.capRow)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(AutoTopUpDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.errorBar = MessageBar(AutoTopUpDialog)
        self.errorBar.setObjectName(u"errorBar")

        self.dialogLayout.addWidget(self.errorBar)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.progress = QProgressBar(AutoTopUpDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumSize(QSize(120, 12))
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.buttonRow.addWidget(self.progress)

        self.buttons = QDialogButtonBox(AutoTopUpDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonRow.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.thresholdCaption.setBuddy(self.thresholdField)
        self.amountCaption.setBuddy(self.amountField)
        self.cardCaption.setBuddy(self.cardCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.enabledCheck, self.thresholdField)
        QWidget.setTabOrder(self.thresholdField, self.amountField)
        QWidget.setTabOrder(self.amountField, self.cardCombo)
        QWidget.setTabOrder(self.cardCombo, self.capCheck)
        QWidget.setTabOrder(self.capCheck, self.capField)
        QWidget.setTabOrder(self.capField, self.buttons)

        self.retranslateUi(AutoTopUpDialog)

        QMetaObject.connectSlotsByName(AutoTopUpDialog)
    # setupUi

    def retranslateUi(self, AutoTopUpDialog):
        AutoTopUpDialog.setWindowTitle(QCoreApplication.translate("AutoTopUpDialog", u"Auto Top-Up", None))
        self.introLabel.setText(QCoreApplication.translate("AutoTopUpDialog", u"When a call leaves your Wallet below the amount you choose, SmartAlex adds credits at once and charges the card, plus tax: once each time the balance drops below it.", None))
        self.enabledCheck.setText(QCoreApplication.translate("AutoTopUpDialog", u"&Turn on auto top-up", None))
#if QT_CONFIG(accessibility)
        self.enabledCheck.setAccessibleName(QCoreApplication.translate("AutoTopUpDialog", u"Auto top-up on", None))
#endif // QT_CONFIG(accessibility)
        self.thresholdCaption.setText(QCoreApplication.translate("AutoTopUpDialog", u"When the balance falls &below:", None))
        self.thresholdDollar.setText(QCoreApplication.translate("AutoTopUpDialog", u"$", None))
#if QT_CONFIG(accessibility)
        self.thresholdField.setAccessibleName(QCoreApplication.translate("AutoTopUpDialog", u"Top up when the balance falls below, in dollars", None))
#endif // QT_CONFIG(accessibility)
        self.amountCaption.setText(QCoreApplication.translate("AutoTopUpDialog", u"A&dd this much:", None))
        self.amountDollar.setText(QCoreApplication.translate("AutoTopUpDialog", u"$", None))
#if QT_CONFIG(accessibility)
        self.amountField.setAccessibleName(QCoreApplication.translate("AutoTopUpDialog", u"Amount to add each time, in dollars", None))
#endif // QT_CONFIG(accessibility)
        self.amountHint.setText("")
        self.cardCaption.setText(QCoreApplication.translate("AutoTopUpDialog", u"&Charge:", None))
#if QT_CONFIG(accessibility)
        self.cardCombo.setAccessibleName(QCoreApplication.translate("AutoTopUpDialog", u"Card auto top-up charges", None))
#endif // QT_CONFIG(accessibility)
        self.capCheck.setText(QCoreApplication.translate("AutoTopUpDialog", u"&Limit each billing period to:", None))
#if QT_CONFIG(accessibility)
        self.capCheck.setAccessibleName(QCoreApplication.translate("AutoTopUpDialog", u"Limit automatic top-ups per billing period", None))
#endif // QT_CONFIG(accessibility)
        self.capDollar.setText(QCoreApplication.translate("AutoTopUpDialog", u"$", None))
#if QT_CONFIG(accessibility)
        self.capField.setAccessibleName(QCoreApplication.translate("AutoTopUpDialog", u"Most added automatically per billing period, in dollars", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("AutoTopUpDialog", u"Saving", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

