# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_settings_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_AccountSettingsDialog(object):
    def setupUi(self, AccountSettingsDialog):
        if not AccountSettingsDialog.objectName():
            AccountSettingsDialog.setObjectName(u"AccountSettingsDialog")
        AccountSettingsDialog.resize(580, 520)
        self.dialogLayout = QVBoxLayout(AccountSettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.accountLabel = QLabel(AccountSettingsDialog)
        self.accountLabel.setObjectName(u"accountLabel")
        self.accountLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.accountLabel)

        self.pages = QTabWidget(AccountSettingsDialog)
        self.pages.setObjectName(u"pages")
        self.practicePage = QWidget()
        self.practicePage.setObjectName(u"practicePage")
        self.practicePageLayout = QVBoxLayout(self.practicePage)
        self.practicePageLayout.setObjectName(u"practicePageLayout")
        self.practiceIntro = QLabel(self.practicePage)
        self.practiceIntro.setObjectName(u"practiceIntro")
        self.practiceIntro.setWordWrap(True)

        self.practicePageLayout.addWidget(self.practiceIntro)

        self.practiceForm = QFormLayout()
        self.practiceForm.setObjectName(u"practiceForm")
        self.practiceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.companyNameLabel = QLabel(self.practicePage)
        self.companyNameLabel.setObjectName(u"companyNameLabel")

        self.practiceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.companyNameLabel)

        self.companyNameFieldColumn = QVBoxLayout()
        self.companyNameFieldColumn.setSpacing(3)
        self.companyNameFieldColumn.setObjectName(u"companyNameFieldColumn")
        self.companyNameField = QLineEdit(self.practicePage)
        self.companyNameField.setObjectName(u"companyNameField")
        self.companyNameField.setMaxLength(200)

        self.companyNameFieldColumn.addWidget(self.companyNameField)

        self.companyNameError = QLabel(self.practicePage)
        self.companyNameError.setObjectName(u"companyNameError")
        self.companyNameError.setWordWrap(True)

        self.companyNameFieldColumn.addWidget(self.companyNameError)


        self.practiceForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.companyNameFieldColumn)

        self.addressLabel = QLabel(self.practicePage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.practiceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressFieldColumn = QVBoxLayout()
        self.addressFieldColumn.setSpacing(3)
        self.addressFieldColumn.setObjectName(u"addressFieldColumn")
        self.addressField = QPlainTextEdit(self.practicePage)
        self.addressField.setObjectName(u"addressField")
        self.addressField.setTabChangesFocus(True)
        self.addressField.setMaximumSize(QSize(16777215, 90))

        self.addressFieldColumn.addWidget(self.addressField)

        self.addressError = QLabel(self.practicePage)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)

        self.addressFieldColumn.addWidget(self.addressError)


        self.practiceForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.addressFieldColumn)

        self.taxIdLabel = QLabel(self.practicePage)
        self.taxIdLabel.setObjectName(u"taxIdLabel")

        self.practiceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.taxIdLabel)

        self.taxIdFieldColumn = QVBoxLayout()
        self.taxIdFieldColumn.setSpacing(3)
        self.taxIdFieldColumn.setObjectName(u"taxIdFieldColumn")
        self.taxIdField = QLineEdit(self.practicePage)
        self.taxIdField.setObjectName(u"taxIdField")
        self.taxIdField.setMaxLength(64)

        self.taxIdFieldColumn.addWidget(self.taxIdField)

        self.taxIdHint = QLabel(self.practicePage)
        self.taxIdHint.setObjectName(u"taxIdHint")
        self.taxIdHint.setWordWrap(True)

        self.taxIdFieldColumn.addWidget(self.taxIdHint)

        self.taxIdError = QLabel(self.practicePage)
        self.taxIdError.setObjectName(u"taxIdError")
        self.taxIdError.setWordWrap(True)

        self.taxIdFieldColumn.addWidget(self.taxIdError)


        self.practiceForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.taxIdFieldColumn)

        self.timezoneLabel = QLabel(self.practicePage)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.practiceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timezoneLabel)

        self.timezoneFieldColumn = QVBoxLayout()
        self.timezoneFieldColumn.setSpacing(3)
        self.timezoneFieldColumn.setObjectName(u"timezoneFieldColumn")
        self.timezoneField = QComboBox(self.practicePage)
        self.timezoneField.setObjectName(u"timezoneField")
        self.timezoneField.setEditable(True)
        self.timezoneField.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezoneField.setMaxVisibleItems(15)
        self.timezoneField.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.timezoneField.setMinimumContentsLength(24)

        self.timezoneFieldColumn.addWidget(self.timezoneField)

        self.timezoneHint = QLabel(self.practicePage)
        self.timezoneHint.setObjectName(u"timezoneHint")
        self.timezoneHint.setWordWrap(True)

        self.timezoneFieldColumn.addWidget(self.timezoneHint)

        self.timezoneError = QLabel(self.practicePage)
        self.timezoneError.setObjectName(u"timezoneError")
        self.timezoneError.setWordWrap(True)

        self.timezoneFieldColumn.addWidget(self.timezoneError)


        self.practiceForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.timezoneFieldColumn)

        self.taxRateLabel = QLabel(self.practicePage)
        self.taxRateLabel.setObjectName(u"taxRateLabel")

        self.practiceForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.taxRateLabel)

        self.taxRateValue = QLabel(self.practicePage)
        self.taxRateValue.setObjectName(u"taxRateValue")
        self.taxRateValue.setWordWrap(True)

        self.practiceForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.taxRateValue)


        self.practicePageLayout.addLayout(self.practiceForm)

        self.practicePageSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.practicePageLayout.addItem(self.practicePageSpacer)

        self.practiceStatusLayout = QHBoxLayout()
        self.practiceStatusLayout.setObjectName(u"practiceStatusLayout")
        self.practiceStatusIcon = QLabel(self.practicePage)
        self.practiceStatusIcon.setObjectName(u"practiceStatusIcon")
        self.practiceStatusIcon.setProperty(u"accessibleDecorative", True)

        self.practiceStatusLayout.addWidget(self.practiceStatusIcon)

        self.practiceStatusText = QLabel(self.practicePage)
        self.practiceStatusText.setObjectName(u"practiceStatusText")
        self.practiceStatusText.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.practiceStatusText.sizePolicy().hasHeightForWidth())
        self.practiceStatusText.setSizePolicy(sizePolicy)

        self.practiceStatusLayout.addWidget(self.practiceStatusText)

        self.practiceStatusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.practiceStatusLayout.addItem(self.practiceStatusSpacer)

        self.retryButton = QPushButton(self.practicePage)
        self.retryButton.setObjectName(u"retryButton")

        self.practiceStatusLayout.addWidget(self.retryButton)

        self.saveButton = QPushButton(self.practicePage)
        self.saveButton.setObjectName(u"saveButton")

        self.practiceStatusLayout.addWidget(self.saveButton)


        self.practicePageLayout.addLayout(self.practiceStatusLayout)

        self.pages.addTab(self.practicePage, "")
        self.emailPage = QWidget()
        self.emailPage.setObjectName(u"emailPage")
        self.emailPageLayout = QVBoxLayout(self.emailPage)
        self.emailPageLayout.setObjectName(u"emailPageLayout")
        self.emailIntro = QLabel(self.emailPage)
        self.emailIntro.setObjectName(u"emailIntro")
        self.emailIntro.setWordWrap(True)

        self.emailPageLayout.addWidget(self.emailIntro)

        self.emailForm = QFormLayout()
        self.emailForm.setObjectName(u"emailForm")
        self.emailForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.currentEmailLabel = QLabel(self.emailPage)
        self.currentEmailLabel.setObjectName(u"currentEmailLabel")

        self.emailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentEmailLabel)

        self.currentEmailValue = QLabel(self.emailPage)
        self.currentEmailValue.setObjectName(u"currentEmailValue")
        self.currentEmailValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.emailForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEmailValue)

        self.newEmailLabel = QLabel(self.emailPage)
        self.newEmailLabel.setObjectName(u"newEmailLabel")

        self.emailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newEmailLabel)

        self.newEmailFieldColumn = QVBoxLayout()
        self.newEmailFieldColumn.setSpacing(3)
        self.newEmailFieldColumn.setObjectName(u"newEmailFieldColumn")
        self.newEmailField = QLineEdit(self.emailPage)
        self.newEmailField.setObjectName(u"newEmailField")
        self.newEmailField.setMaxLength(254)

        self.newEmailFieldColumn.addWidget(self.newEmailField)

        self.newEmailError = QLabel(self.emailPage)
        self.newEmailError.setObjectName(u"newEmailError")
        self.newEmailError.setWordWrap(True)

        self.newEmailFieldColumn.addWidget(self.newEmailError)


        self.emailForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.newEmailFieldColumn)

        self.emailPasswordLabel = QLabel(self.emailPage)
        self.emailPasswordLabel.setObjectName(u"emailPasswordLabel")

        self.emailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailPasswordLabel)

        self.emailPasswordFieldColumn = QVBoxLayout()
        self.emailPasswordFieldColumn.setSpacing(3)
        self.emailPasswordFieldColumn.setObjectName(u"emailPasswordFieldColumn")
        self.emailPasswordField = QLineEdit(self.emailPage)
        self.emailPasswordField.setObjectName(u"emailPasswordField")
        self.emailPasswordField.setMaxLength(1024)
        self.emailPasswordField.setEchoMode(QLineEdit.EchoMode.Password)

        self.emailPasswordFieldColumn.addWidget(self.emailPasswordField)

        self.emailPasswordHint = QLabel(self.emailPage)
        self.emailPasswordHint.setObjectName(u"emailPasswordHint")
        self.emailPasswordHint.setWordWrap(True)

        self.emailPasswordFieldColumn.addWidget(self.emailPasswordHint)

        self.emailPasswordError = QLabel(self.emailPage)
        self.emailPasswordError.setObjectName(u"emailPasswordError")
        self.emailPasswordError.setWordWrap(True)

        self.emailPasswordFieldColumn.addWidget(self.emailPasswordError)


        self.emailForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.emailPasswordFieldColumn)


        self.emailPageLayout.addLayout(self.emailForm)

        self.emailPageSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emailPageLayout.addItem(self.emailPageSpacer)

        self.emailStatusLayout = QHBoxLayout()
        self.emailStatusLayout.setObjectName(u"emailStatusLayout")
        self.emailStatusIcon = QLabel(self.emailPage)
        self.emailStatusIcon.setObjectName(u"emailStatusIcon")
        self.emailStatusIcon.setProperty(u"accessibleDecorative", True)

        self.emailStatusLayout.addWidget(self.emailStatusIcon)

        self.emailStatusText = QLabel(self.emailPage)
        self.emailStatusText.setObjectName(u"emailStatusText")
        self.emailStatusText.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.emailStatusText.sizePolicy().hasHeightForWidth())
        self.emailStatusText.setSizePolicy(sizePolicy)

        self.emailStatusLayout.addWidget(self.emailStatusText)

        self.emailStatusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emailStatusLayout.addItem(self.emailStatusSpacer)

        self.changeEmailButton = QPushButton(self.emailPage)
        self.changeEmailButton.setObjectName(u"changeEmailButton")

        self.emailStatusLayout.addWidget(self.changeEmailButton)


        self.emailPageLayout.addLayout(self.emailStatusLayout)

        self.pages.addTab(self.emailPage, "")
        self.passwordPage = QWidget()
        self.passwordPage.setObjectName(u"passwordPage")
        self.passwordPageLayout = QVBoxLayout(self.passwordPage)
        self.passwordPageLayout.setObjectName(u"passwordPageLayout")
        self.passwordIntro = QLabel(self.passwordPage)
        self.passwordIntro.setObjectName(u"passwordIntro")
        self.passwordIntro.setWordWrap(True)

        self.passwordPageLayout.addWidget(self.passwordIntro)

        self.passwordForm = QFormLayout()
        self.passwordForm.setObjectName(u"passwordForm")
        self.passwordForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.currentPasswordLabel = QLabel(self.passwordPage)
        self.currentPasswordLabel.setObjectName(u"currentPasswordLabel")

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentPasswordLabel)

        self.currentPasswordFieldColumn = QVBoxLayout()
        self.currentPasswordFieldColumn.setSpacing(3)
        self.currentPasswordFieldColumn.setObjectName(u"currentPasswordFieldColumn")
        self.currentPasswordField = QLineEdit(self.passwordPage)
        self.currentPasswordField.setObjectName(u"currentPasswordField")
        self.currentPasswordField.setMaxLength(1024)
        self.currentPasswordField.setEchoMode(QLineEdit.EchoMode.Password)

        self.currentPasswordFieldColumn.addWidget(self.currentPasswordField)

        self.currentPasswordError = QLabel(self.passwordPage)
        self.currentPasswordError.setObjectName(u"currentPasswordError")
        self.currentPasswordError.setWordWrap(True)

        self.currentPasswordFieldColumn.addWidget(self.currentPasswordError)


        self.passwordForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.currentPasswordFieldColumn)

        self.newPasswordLabel = QLabel(self.passwordPage)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPasswordLabel)

        self.newPasswordFieldColumn = QVBoxLayout()
        self.newPasswordFieldColumn.setSpacing(3)
        self.newPasswordFieldColumn.setObjectName(u"newPasswordFieldColumn")
        self.newPasswordField = QLineEdit(self.passwordPage)
        self.newPasswordField.setObjectName(u"newPasswordField")
        self.newPasswordField.setMaxLength(1024)
        self.newPasswordField.setEchoMode(QLineEdit.EchoMode.Password)

        self.newPasswordFieldColumn.addWidget(self.newPasswordField)

        self.newPasswordHint = QLabel(self.passwordPage)
        self.newPasswordHint.setObjectName(u"newPasswordHint")
        self.newPasswordHint.setWordWrap(True)

        self.newPasswordFieldColumn.addWidget(self.newPasswordHint)

        self.newPasswordError = QLabel(self.passwordPage)
        self.newPasswordError.setObjectName(u"newPasswordError")
        self.newPasswordError.setWordWrap(True)

        self.newPasswordFieldColumn.addWidget(self.newPasswordError)


        self.passwordForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.newPasswordFieldColumn)

        self.repeatPasswordLabel = QLabel(self.passwordPage)
        self.repeatPasswordLabel.setObjectName(u"repeatPasswordLabel")

        self.passwordForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatPasswordLabel)

        self.repeatPasswordFieldColumn = QVBoxLayout()
        self.repeatPasswordFieldColumn.setSpacing(3)
        self.repeatPasswordFieldColumn.setObjectName(u"repeatPasswordFieldColumn")
        self.repeatPasswordField = QLineEdit(self.passwordPage)
        self.repeatPasswordField.setObjectName(u"repeatPasswordField")
        self.repeatPasswordField.setMaxLength(1024)
        self.repeatPasswordField.setEchoMode(QLineEdit.EchoMode.Password)

        self.repeatPasswordFieldColumn.addWidget(self.repeatPasswordField)

        self.repeatPasswordError = QLabel(self.passwordPage)
        self.repeatPasswordError.setObjectName(u"repeatPasswordError")
        self.repeatPasswordError.setWordWrap(True)

        self.repeatPasswordFieldColumn.addWidget(self.repeatPasswordError)


        self.passwordForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.repeatPasswordFieldColumn)


        self.passwordPageLayout.addLayout(self.passwordForm)

        self.passwordPageSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.passwordPageLayout.addItem(self.passwordPageSpacer)

        self.passwordStatusLayout = QHBoxLayout()
        self.passwordStatusLayout.setObjectName(u"passwordStatusLayout")
        self.passwordStatusIcon = QLabel(self.passwordPage)
        self.passwordStatusIcon.setObjectName(u"passwordStatusIcon")
        self.passwordStatusIcon.setProperty(u"accessibleDecorative", True)

        self.passwordStatusLayout.addWidget(self.passwordStatusIcon)

        self.passwordStatusText = QLabel(self.passwordPage)
        self.passwordStatusText.setObjectName(u"passwordStatusText")
        self.passwordStatusText.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.passwordStatusText.sizePolicy().hasHeightForWidth())
        self.passwordStatusText.setSizePolicy(sizePolicy)

        self.passwordStatusLayout.addWidget(self.passwordStatusText)

        self.passwordStatusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passwordStatusLayout.addItem(self.passwordStatusSpacer)

        self.changePasswordButton = QPushButton(self.passwordPage)
        self.changePasswordButton.setObjectName(u"changePasswordButton")

        self.passwordStatusLayout.addWidget(self.changePasswordButton)


        self.passwordPageLayout.addLayout(self.passwordStatusLayout)

        self.pages.addTab(self.passwordPage, "")

        self.dialogLayout.addWidget(self.pages)

        self.busyBar = QProgressBar(AccountSettingsDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(16777215, 8))

        self.dialogLayout.addWidget(self.busyBar)

        self.buttons = QDialogButtonBox(AccountSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.companyNameLabel.setBuddy(self.companyNameField)
        self.addressLabel.setBuddy(self.addressField)
        self.taxIdLabel.setBuddy(self.taxIdField)
        self.timezoneLabel.setBuddy(self.timezoneField)
        self.newEmailLabel.setBuddy(self.newEmailField)
        self.emailPasswordLabel.setBuddy(self.emailPasswordField)
        self.currentPasswordLabel.setBuddy(self.currentPasswordField)
        self.newPasswordLabel.setBuddy(self.newPasswordField)
        self.repeatPasswordLabel.setBuddy(self.repeatPasswordField)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pages, self.companyNameField)
        QWidget.setTabOrder(self.companyNameField, self.addressField)
        QWidget.setTabOrder(self.addressField, self.taxIdField)
        QWidget.setTabOrder(self.taxIdField, self.timezoneField)
        QWidget.setTabOrder(self.timezoneField, self.retryButton)
        QWidget.setTabOrder(self.retryButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.newEmailField)
        QWidget.setTabOrder(self.newEmailField, self.emailPasswordField)
        QWidget.setTabOrder(self.emailPasswordField, self.changeEmailButton)
        QWidget.setTabOrder(self.changeEmailButton, self.currentPasswordField)
        QWidget.setTabOrder(self.currentPasswordField, self.newPasswordField)
        QWidget.setTabOrder(self.newPasswordField, self.repeatPasswordField)
        QWidget.setTabOrder(self.repeatPasswordField, self.changePasswordButton)
        QWidget.setTabOrder(self.changePasswordButton, self.buttons)

        self.retranslateUi(AccountSettingsDialog)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AccountSettingsDialog)
    # setupUi

    def retranslateUi(self, AccountSettingsDialog):
        AccountSettingsDialog.setWindowTitle(QCoreApplication.translate("AccountSettingsDialog", u"Account Settings", None))
        self.accountLabel.setText("")
#if QT_CONFIG(accessibility)
        self.pages.setAccessibleName(QCoreApplication.translate("AccountSettingsDialog", u"Settings pages", None))
#endif // QT_CONFIG(accessibility)
        self.practiceIntro.setText(QCoreApplication.translate("AccountSettingsDialog", u"Your practice's name, address and tax ID are printed on your invoices and receipts.", None))
        self.companyNameLabel.setText(QCoreApplication.translate("AccountSettingsDialog", u"Practice &name:", None))
#if QT_CONFIG(accessibility)
        self.companyNameField.setAccessibleName(QCoreApplication.translate("AccountSettingsDialog", u"Practice name", None))
#endif // QT_CONFIG(accessibility)
        self.companyNameField.setPlaceholderText(QCoreApplication.translate("AccountSettingsDialog", u"The name on your invoices", None))
        self.companyNameError.setText("")
        self.addressLabel.setText(QCoreApplication.translate("AccountSettingsDialog", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.addressField.setAccessibleName(QCoreApplication.translate("AccountSettingsDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.addressField.setPlaceholderText(QCoreApplication.translate("AccountSettingsDialog", u"Street, city, state and ZIP code, one per line", None))
        self.addressError.setText("")
        self.taxIdLabel.setText(QCoreApplication.translate("AccountSettingsDialog", u"&Tax ID:", None))
#if QT_CONFIG(accessibility)
        self.taxIdField.setAccessibleName(QCoreApplication.translate("AccountSettingsDialog", u"Tax ID", None))
#endif // QT_CONFIG(accessibility)
        self.taxIdField.setPlaceholderText(QCoreApplication.translate("AccountSettingsDialog", u"For example: EIN 12-3456789", None))
        self.taxIdHint.setText(QCoreApplication.translate("AccountSettingsDialog", u"Printed on your invoices, for your accountant and tax filings.", None))
        self.taxIdError.setText("")
        self.timezoneLabel.setText(QCoreApplication.translate("AccountSettingsDialog", u"Time&zone:", None))
#if QT_CONFIG(accessibility)
        self.timezoneField.setAccessibleName(QCoreApplication.translate("AccountSettingsDialog", u"Timezone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.timezoneField.setToolTip(QCoreApplication.translate("AccountSettingsDialog", u"Type part of a city name, such as \u201cChicago\u201d, and pick it from the list.", None))
#endif // QT_CONFIG(tooltip)
        self.timezoneHint.setText(QCoreApplication.translate("AccountSettingsDialog", u"Your renewal date, the days your usage is counted in and the 30-day refund window follow this timezone.", None))
        self.timezoneError.setText("")
        self.taxRateLabel.setText(QCoreApplication.translate("AccountSettingsDialog", u"Tax rate:", None))
        self.taxRateValue.setText("")
        self.taxRateValue.setProperty(u"accessibleCaption", QCoreApplication.translate("AccountSettingsDialog", u"Tax rate", None))
        self.practiceStatusIcon.setText("")
        self.practiceStatusText.setText("")
        self.retryButton.setText(QCoreApplication.translate("AccountSettingsDialog", u"Try A&gain", None))
#if QT_CONFIG(accessibility)
        self.retryButton.setAccessibleName(QCoreApplication.translate("AccountSettingsDialog", u"Try loading again", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("AccountSettingsDialog", u"&Save Practice Details", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("AccountSettingsDialog", u"Save practice details", None))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.practicePage), QCoreApplication.translate("AccountSettingsDialog", u"&Practice", None))
        self.emailIntro.setText(QCoreApplication.translate("AccountSettingsDialog", u"Your billing email is also the email you sign in with. SmartAlex sends receipts and billing notices to it.", None))
        self.currentEmailLabel.setText(QCoreApplication.translate("AccountSettingsDialog", u"Current email:", None))
        self.currentEmailValue.setText("")
        self.currentEmailValue.setProperty(u"accessibleCaption", QCoreApplication.translate("AccountSettingsDialog", u"Current sign-in email", None))
        self.newEmailLabel.setText(QCoreApplication.translate("AccountSettingsDialog", u"&New email:", None))
#if QT_CONFIG(accessibility)
        self.newEmailField.setAccessibleName(QCoreApplication.translate("AccountSettingsDialog", u"New email", None))
#endif // QT_CONFIG(accessibility)
        self.newEmailField.setPlaceholderText(QCoreApplication.translate("AccountSettingsDialog", u"office@yourpractice.com", None))
        self.newEmailError.setText("")
        self.emailPasswordLabel.setText(QCoreApplication.translate("AccountSettingsDialog", u"C&urrent password:", None))
#if QT_CONFIG(accessibility)
        self.emailPasswordField.setAccessibleName(QCoreApplication.translate("AccountSettingsDialog", u"Current password", None))
#endif // QT_CONFIG(accessibility)
        self.emailPasswordHint.setText(QCoreApplication.translate("AccountSettingsDialog", u"Your password stays the same; it confirms that it is you asking.", None))
        self.emailPasswordError.setText("")
        self.emailStatusIcon.setText("")
        self.emailStatusText.setText("")
        self.changeEmailButton.setText(QCoreApplication.translate("AccountSettingsDialog", u"Change E&mail", None))
#if QT_CONFIG(accessibility)
        self.changeEmailButton.setAccessibleName(QCoreApplication.translate("AccountSettingsDialog", u"Change email", None))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.emailPage), QCoreApplication.translate("AccountSettingsDialog", u"Sign-in &Email", None))
        self.passwordIntro.setText(QCoreApplication.translate("AccountSettingsDialog", u"Once the password is changed, other computers and apps signed in to this account are signed out and need the new password.", None))
        self.currentPasswordLabel.setText(QCoreApplication.translate("AccountSettingsDialog", u"C&urrent password:", None))
#if QT_CONFIG(accessibility)
        self.currentPasswordField.setAccessibleName(QCoreApplication.translate("AccountSettingsDialog", u"Current password", None))
#endif // QT_CONFIG(accessibility)
        self.currentPasswordError.setText("")
        self.newPasswordLabel.setText(QCoreApplication.translate("AccountSettingsDialog", u"&New password:", None))
#if QT_CONFIG(accessibility)
        self.newPasswordField.setAccessibleName(QCoreApplication.translate("AccountSettingsDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.newPasswordHint.setText("")
        self.newPasswordError.setText("")
        self.repeatPasswordLabel.setText(QCoreApplication.translate("AccountSettingsDialog", u"&Repeat new password:", None))
#if QT_CONFIG(accessibility)
        self.repeatPasswordField.setAccessibleName(QCoreApplication.translate("AccountSettingsDialog", u"Repeat new password", None))
#endif // QT_CONFIG(accessibility)
        self.repeatPasswordError.setText("")
        self.passwordStatusIcon.setText("")
        self.passwordStatusText.setText("")
        self.changePasswordButton.setText(QCoreApplication.translate("AccountSettingsDialog", u"C&hange Password", None))
#if QT_CONFIG(accessibility)
        self.changePasswordButton.setAccessibleName(QCoreApplication.translate("AccountSettingsDialog", u"Change password", None))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.passwordPage), QCoreApplication.translate("AccountSettingsDialog", u"Pass&word", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("AccountSettingsDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

