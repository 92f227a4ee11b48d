# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'help_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_HelpDialog(object):
    def setupUi(self, HelpDialog):
        if not HelpDialog.objectName():
            HelpDialog.setObjectName(u"HelpDialog")
        HelpDialog.resize(640, 720)
        HelpDialog.setModal(False)
        self.dialogLayout = QVBoxLayout(HelpDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.findLayout = QHBoxLayout()
        self.findLayout.setObjectName(u"findLayout")
        self.searchField = QLineEdit(HelpDialog)
        self.searchField.setObjectName(u"searchField")
        self.searchField.setClearButtonEnabled(True)

        self.findLayout.addWidget(self.searchField)

        self.findStatus = QLabel(HelpDialog)
        self.findStatus.setObjectName(u"findStatus")

        self.findLayout.addWidget(self.findStatus)


        self.dialogLayout.addLayout(self.findLayout)

        self.faqView = QTextBrowser(HelpDialog)
        self.faqView.setObjectName(u"faqView")
        self.faqView.setOpenExternalLinks(True)

        self.dialogLayout.addWidget(self.faqView)

        self.buttons = QDialogButtonBox(HelpDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)

        QWidget.setTabOrder(self.searchField, self.faqView)

        self.retranslateUi(HelpDialog)
        self.buttons.rejected.connect(HelpDialog.reject)

        QMetaObject.connectSlotsByName(HelpDialog)
    # setupUi

    def retranslateUi(self, HelpDialog):
        HelpDialog.setWindowTitle(QCoreApplication.translate("HelpDialog", u"Billing FAQ", None))
#if QT_CONFIG(tooltip)
        self.searchField.setToolTip(QCoreApplication.translate("HelpDialog", u"Type a word and press Enter or F3 to find the next occurrence.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.searchField.setAccessibleName(QCoreApplication.translate("HelpDialog", u"Find in the FAQ", None))
#endif // QT_CONFIG(accessibility)
        self.searchField.setPlaceholderText(QCoreApplication.translate("HelpDialog", u"Find in the FAQ", None))
        self.findStatus.setText("")
#if QT_CONFIG(accessibility)
        self.faqView.setAccessibleName(QCoreApplication.translate("HelpDialog", u"Billing FAQ", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

