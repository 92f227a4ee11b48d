# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_card_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AddCardDialog(object):
    def setupUi(self, AddCardDialog):
        if not AddCardDialog.objectName():
            AddCardDialog.setObjectName(u"AddCardDialog")
        AddCardDialog.resize(480, 240)
        self.layout = QVBoxLayout(AddCardDialog)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.headline = QLabel(AddCardDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)

        self.layout.addWidget(self.headline)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setVerticalSpacing(8)
        self.numberLabel = QLabel(AddCardDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberColumn = QVBoxLayout()
        self.numberColumn.setSpacing(3)
        self.numberColumn.setObjectName(u"numberColumn")
        self.numberRow = QHBoxLayout()
        self.numberRow.setSpacing(8)
        self.numberRow.setObjectName(u"numberRow")
        self.numberField = QLineEdit(AddCardDialog)
        self.numberField.setObjectName(u"numberField")
        self.numberField.setMinimumSize(QSize(210, 0))
        self.numberField.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly|Qt.InputMethodHint.ImhNoPredictiveText|Qt.InputMethodHint.ImhSensitiveData)

        self.numberRow.addWidget(self.numberField)

        self.brandIcon = QLabel(AddCardDialog)
        self.brandIcon.setObjectName(u"brandIcon")
        self.brandIcon.setMinimumSize(QSize(36, 24))

        self.numberRow.addWidget(self.brandIcon)

        self.brandName = QLabel(AddCardDialog)
        self.brandName.setObjectName(u"brandName")
        self.brandName.setMinimumSize(QSize(110, 0))

        self.numberRow.addWidget(self.brandName)


        self.numberColumn.addLayout(self.numberRow)

        self.numberProblem = QLabel(AddCardDialog)
        self.numberProblem.setObjectName(u"numberProblem")
        self.numberProblem.setWordWrap(True)

        self.numberColumn.addWidget(self.numberProblem)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.numberColumn)

        self.expiryLabel = QLabel(AddCardDialog)
        self.expiryLabel.setObjectName(u"expiryLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.expiryLabel)

        self.expiryColumn = QVBoxLayout()
        self.expiryColumn.setSpacing(3)
        self.expiryColumn.setObjectName(u"expiryColumn")
        self.expiryRow = QHBoxLayout()
        self.expiryRow.setObjectName(u"expiryRow")
        self.expiryField = QLineEdit(AddCardDialog)
        self.expiryField.setObjectName(u"expiryField")
        self.expiryField.setMaximumSize(QSize(90, 16777215))
        self.expiryField.setMaxLength(7)
        self.expiryField.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly|Qt.InputMethodHint.ImhNoPredictiveText)

        self.expiryRow.addWidget(self.expiryField)

        self.expirySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expiryRow.addItem(self.expirySpacer)


        self.expiryColumn.addLayout(self.expiryRow)

        self.expiryProblem = QLabel(AddCardDialog)
        self.expiryProblem.setObjectName(u"expiryProblem")
        self.expiryProblem.setWordWrap(True)

        self.expiryColumn.addWidget(self.expiryProblem)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.expiryColumn)

        self.cvcLabel = QLabel(AddCardDialog)
        self.cvcLabel.setObjectName(u"cvcLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cvcLabel)

        self.cvcColumn = QVBoxLayout()
        self.cvcColumn.setSpacing(3)
        self.cvcColumn.setObjectName(u"cvcColumn")
        self.cvcRow = QHBoxLayout()
        self.cvcRow.setObjectName(u"cvcRow")
        self.cvcField = QLineEdit(AddCardDialog)
        self.cvcField.setObjectName(u"cvcField")
        self.cvcField.setMaximumSize(QSize(90, 16777215))
        self.cvcField.setMaxLength(3)
        self.cvcField.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly|Qt.InputMethodHint.ImhNoPredictiveText|Qt.InputMethodHint.ImhSensitiveData)

        self.cvcRow.addWidget(self.cvcField)

        self.cvcHint = QLabel(AddCardDialog)
        self.cvcHint.setObjectName(u"cvcHint")

        self.cvcRow.addWidget(self.cvcHint)

        self.cvcSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cvcRow.addItem(self.cvcSpacer)


        self.cvcColumn.addLayout(self.cvcRow)

        self.cvcProblem = QLabel(AddCardDialog)
        self.cvcProblem.setObjectName(u"cvcProblem")
        self.cvcProblem.setWordWrap(True)

        self.cvcColumn.addWidget(self.cvcProblem)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.cvcColumn)


        self.layout.addLayout(self.form)

        self.errorBox = QFrame(AddCardDialog)
        self.errorBox.setObjectName(u"errorBox")
        self.errorLayout = QHBoxLayout(self.errorBox)
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorLayout.setContentsMargins(0, 0, 0, 0)
        self.errorIcon = QLabel(self.errorBox)
        self.errorIcon.setObjectName(u"errorIcon")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.errorIcon.sizePolicy().hasHeightForWidth())
        self.errorIcon.setSizePolicy(sizePolicy)
        self.errorIcon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.errorLayout.addWidget(self.errorIcon)

        self.errorLabel = QLabel(self.errorBox)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.errorLayout.addWidget(self.errorLabel)

        self.errorLayout.setStretch(1, 1)

        self.layout.addWidget(self.errorBox)

        self.privacyNote = QLabel(AddCardDialog)
        self.privacyNote.setObjectName(u"privacyNote")
        self.privacyNote.setWordWrap(True)

        self.layout.addWidget(self.privacyNote)

        self.progress = QProgressBar(AddCardDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.layout.addWidget(self.progress)

        self.spacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(AddCardDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberField)
        self.expiryLabel.setBuddy(self.expiryField)
        self.cvcLabel.setBuddy(self.cvcField)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.numberField, self.expiryField)
        QWidget.setTabOrder(self.expiryField, self.cvcField)
        QWidget.setTabOrder(self.cvcField, self.buttons)

        self.retranslateUi(AddCardDialog)

        QMetaObject.connectSlotsByName(AddCardDialog)
    # setupUi

    def retranslateUi(self, AddCardDialog):
        AddCardDialog.setWindowTitle(QCoreApplication.translate("AddCardDialog", u"Add Payment Method", None))
        self.headline.setText(QCoreApplication.translate("AddCardDialog", u"Add a Visa, Mastercard, American Express or Discover card.", None))
#if QT_CONFIG(accessibility)
        self.headline.setAccessibleName(QCoreApplication.translate("AddCardDialog", u"About this form", None))
#endif // QT_CONFIG(accessibility)
        self.numberLabel.setText(QCoreApplication.translate("AddCardDialog", u"Card &number:", None))
        self.numberField.setPlaceholderText(QCoreApplication.translate("AddCardDialog", u"1234 1234 1234 1234", None))
#if QT_CONFIG(accessibility)
        self.numberField.setAccessibleName(QCoreApplication.translate("AddCardDialog", u"Card number", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.brandIcon.setAccessibleName(QCoreApplication.translate("AddCardDialog", u"Card brand", None))
#endif // QT_CONFIG(accessibility)
        self.brandName.setText("")
#if QT_CONFIG(accessibility)
        self.brandName.setAccessibleName(QCoreApplication.translate("AddCardDialog", u"Card brand", None))
#endif // QT_CONFIG(accessibility)
        self.numberProblem.setText("")
#if QT_CONFIG(accessibility)
        self.numberProblem.setAccessibleName(QCoreApplication.translate("AddCardDialog", u"Card number problem", None))
#endif // QT_CONFIG(accessibility)
        self.expiryLabel.setText(QCoreApplication.translate("AddCardDialog", u"&Expiry date:", None))
        self.expiryField.setPlaceholderText(QCoreApplication.translate("AddCardDialog", u"MM/YY", None))
#if QT_CONFIG(tooltip)
        self.expiryField.setToolTip(QCoreApplication.translate("AddCardDialog", u"The month and year printed on the card, as MM/YY.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.expiryField.setAccessibleName(QCoreApplication.translate("AddCardDialog", u"Expiry date, MM/YY", None))
#endif // QT_CONFIG(accessibility)
        self.expiryProblem.setText("")
#if QT_CONFIG(accessibility)
        self.expiryProblem.setAccessibleName(QCoreApplication.translate("AddCardDialog", u"Expiry date problem", None))
#endif // QT_CONFIG(accessibility)
        self.cvcLabel.setText(QCoreApplication.translate("AddCardDialog", u"Security code (C&VC):", None))
        self.cvcField.setPlaceholderText(QCoreApplication.translate("AddCardDialog", u"3 digits", None))
#if QT_CONFIG(accessibility)
        self.cvcField.setAccessibleName(QCoreApplication.translate("AddCardDialog", u"Security code", None))
#endif // QT_CONFIG(accessibility)
        self.cvcHint.setText(QCoreApplication.translate("AddCardDialog", u"On the back of the card", None))
#if QT_CONFIG(accessibility)
        self.cvcHint.setAccessibleName(QCoreApplication.translate("AddCardDialog", u"Where to find the security code", None))
#endif // QT_CONFIG(accessibility)
        self.cvcProblem.setText("")
#if QT_CONFIG(accessibility)
        self.cvcProblem.setAccessibleName(QCoreApplication.translate("AddCardDialog", u"Security code problem", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AddCardDialog", u"Why the card was not saved", None))
#endif // QT_CONFIG(accessibility)
        self.privacyNote.setText(QCoreApplication.translate("AddCardDialog", u"The card goes straight to Stripe, SmartAlex's payment processor. SmartAlex keeps only the brand, the last 4 digits and the expiry date.", None))
#if QT_CONFIG(accessibility)
        self.privacyNote.setAccessibleName(QCoreApplication.translate("AddCardDialog", u"How the card is kept", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("AddCardDialog", u"Saving the card", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

