# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QProgressBar, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(420, 300)
        self.layout = QVBoxLayout(SignInDialog)
        self.layout.setObjectName(u"layout")
        self.headline = QLabel(SignInDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)

        self.layout.addWidget(self.headline)

        self.serverLabel = QLabel(SignInDialog)
        self.serverLabel.setObjectName(u"serverLabel")
        self.serverLabel.setWordWrap(True)

        self.layout.addWidget(self.serverLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.emailLabel = QLabel(SignInDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailField = QLineEdit(SignInDialog)
        self.emailField.setObjectName(u"emailField")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.emailField)

        self.passwordLabel = QLabel(SignInDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordField = QLineEdit(SignInDialog)
        self.passwordField.setObjectName(u"passwordField")
        self.passwordField.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordField)

        self.rememberBox = QCheckBox(SignInDialog)
        self.rememberBox.setObjectName(u"rememberBox")
        self.rememberBox.setChecked(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rememberBox)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(SignInDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.progress = QProgressBar(SignInDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.layout.addWidget(self.progress)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(SignInDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.emailLabel.setBuddy(self.emailField)
        self.passwordLabel.setBuddy(self.passwordField)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.emailField, self.passwordField)
        QWidget.setTabOrder(self.passwordField, self.rememberBox)
        QWidget.setTabOrder(self.rememberBox, self.buttons)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign In to SmartAlex", None))
        self.headline.setText(QCoreApplication.translate("SignInDialog", u"Sign in with your SmartAlex billing email.", None))
        self.serverLabel.setText("")
        self.emailLabel.setText(QCoreApplication.translate("SignInDialog", u"&Email:", None))
#if QT_CONFIG(accessibility)
        self.emailField.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.emailField.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"office@yourpractice.com", None))
        self.passwordLabel.setText(QCoreApplication.translate("SignInDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.passwordField.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.rememberBox.setText(QCoreApplication.translate("SignInDialog", u"&Remember me on this computer", None))
#if QT_CONFIG(tooltip)
        self.rememberBox.setToolTip(QCoreApplication.translate("SignInDialog", u"Keeps you signed in between sessions. The sign-in is kept in your system keyring, never in a file.", None))
#endif // QT_CONFIG(tooltip)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Signing in", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

