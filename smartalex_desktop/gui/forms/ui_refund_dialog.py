# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'refund_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QProgressBar,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from smartalex_desktop.gui.widgets.message_bar import MessageBar

class Ui_RefundDialog(object):
    def setupUi(self, RefundDialog):
        if not RefundDialog.objectName():
            RefundDialog.setObjectName(u"RefundDialog")
        RefundDialog.resize(500, 300)
        self.dialogLayout = QVBoxLayout(RefundDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headline = QLabel(RefundDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)

        self.dialogLayout.addWidget(self.headline)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(8)
        self.backCaption = QLabel(RefundDialog)
        self.backCaption.setObjectName(u"backCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.backCaption)

        self.backValue = QLabel(RefundDialog)
        self.backValue.setObjectName(u"backValue")
        self.backValue.setWordWrap(True)
        self.backValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.backValue)

        self.walletCaption = QLabel(RefundDialog)
        self.walletCaption.setObjectName(u"walletCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.walletCaption)

        self.walletValue = QLabel(RefundDialog)
        self.walletValue.setObjectName(u"walletValue")
        self.walletValue.setWordWrap(True)
        self.walletValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.walletValue)


        self.dialogLayout.addLayout(self.form)

        self.noteLabel = QLabel(RefundDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.errorBar = MessageBar(RefundDialog)
        self.errorBar.setObjectName(u"errorBar")

        self.dialogLayout.addWidget(self.errorBar)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.progress = QProgressBar(RefundDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumSize(QSize(120, 12))
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.buttonRow.addWidget(self.progress)

        self.buttons = QDialogButtonBox(RefundDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonRow.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.buttonRow)


        self.retranslateUi(RefundDialog)

        QMetaObject.connectSlotsByName(RefundDialog)
    # setupUi

    def retranslateUi(self, RefundDialog):
        RefundDialog.setWindowTitle(QCoreApplication.translate("RefundDialog", u"Request Refund", None))
        self.headline.setText("")
        self.backCaption.setText(QCoreApplication.translate("RefundDialog", u"Back to your card:", None))
        self.backValue.setText("")
        self.backValue.setProperty(u"accessibleCaption", QCoreApplication.translate("RefundDialog", u"What goes back to your card", None))
        self.walletCaption.setText(QCoreApplication.translate("RefundDialog", u"From your Wallet:", None))
        self.walletValue.setText("")
        self.walletValue.setProperty(u"accessibleCaption", QCoreApplication.translate("RefundDialog", u"What leaves your Wallet", None))
        self.noteLabel.setText(QCoreApplication.translate("RefundDialog", u"A credit note for the refund is added to your invoices. Your bank may take a few days to show the money back on your statement. This can't be undone.", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("RefundDialog", u"Requesting the refund", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

