# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'statement_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_StatementDialog(object):
    def setupUi(self, StatementDialog):
        if not StatementDialog.objectName():
            StatementDialog.setObjectName(u"StatementDialog")
        self.layout = QVBoxLayout(StatementDialog)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(StatementDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.presetLabel = QLabel(StatementDialog)
        self.presetLabel.setObjectName(u"presetLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.presetLabel)

        self.presetCombo = QComboBox(StatementDialog)
        self.presetCombo.setObjectName(u"presetCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.presetCombo)

        self.fromLabel = QLabel(StatementDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(StatementDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(StatementDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QDateEdit(StatementDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toEdit)


        self.layout.addLayout(self.form)

        self.problemLabel = QLabel(StatementDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(StatementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.presetLabel.setBuddy(self.presetCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.presetCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.buttonBox)

        self.retranslateUi(StatementDialog)

        QMetaObject.connectSlotsByName(StatementDialog)
    # setupUi

    def retranslateUi(self, StatementDialog):
        StatementDialog.setWindowTitle(QCoreApplication.translate("StatementDialog", u"Wallet Statement", None))
#if QT_CONFIG(accessibility)
        StatementDialog.setAccessibleName(QCoreApplication.translate("StatementDialog", u"Wallet statement", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("StatementDialog", u"A PDF of the Wallet between two days: the opening balance, every transaction, and the closing balance.", None))
        self.presetLabel.setText(QCoreApplication.translate("StatementDialog", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.presetCombo.setAccessibleName(QCoreApplication.translate("StatementDialog", u"Statement period", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("StatementDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("StatementDialog", u"First day of the statement", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("StatementDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("StatementDialog", u"Last day of the statement", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
    # retranslateUi

