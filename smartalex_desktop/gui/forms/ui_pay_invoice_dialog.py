# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pay_invoice_dialog.ui'
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
    QProgressBar, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from smartalex_desktop.gui.widgets.message_bar import MessageBar

class Ui_PayInvoiceDialog(object):
    def setupUi(self, PayInvoiceDialog):
        if not PayInvoiceDialog.objectName():
            PayInvoiceDialog.setObjectName(u"PayInvoiceDialog")
        PayInvoiceDialog.resize(500, 320)
        self.dialogLayout = QVBoxLayout(PayInvoiceDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PayInvoiceDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.amountCaption = QLabel(PayInvoiceDialog)
        self.amountCaption.setObjectName(u"amountCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountCaption)

        self.amountValue = QLabel(PayInvoiceDialog)
        self.amountValue.setObjectName(u"amountValue")
        self.amountValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amountValue)

        self.invoicesCaption = QLabel(PayInvoiceDialog)
        self.invoicesCaption.setObjectName(u"invoicesCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.invoicesCaption)

        self.invoicesValue = QLabel(PayInvoiceDialog)
        self.invoicesValue.setObjectName(u"invoicesValue")
        self.invoicesValue.setWordWrap(True)
        self.invoicesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.invoicesValue)

        self.cardCaption = QLabel(PayInvoiceDialog)
        self.cardCaption.setObjectName(u"cardCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cardCaption)

        self.cardCombo = QComboBox(PayInvoiceDialog)
        self.cardCombo.setObjectName(u"cardCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.cardCombo.sizePolicy().hasHeightForWidth())
        self.cardCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cardCombo)


        self.dialogLayout.addLayout(self.form)

        self.cardsNote = QLabel(PayInvoiceDialog)
        self.cardsNote.setObjectName(u"cardsNote")
        self.cardsNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.cardsNote)

        self.errorBar = MessageBar(PayInvoiceDialog)
        self.errorBar.setObjectName(u"errorBar")

        self.dialogLayout.addWidget(self.errorBar)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.progress = QProgressBar(PayInvoiceDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumSize(QSize(120, 12))
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.buttonRow.addWidget(self.progress)

        self.buttons = QDialogButtonBox(PayInvoiceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonRow.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.cardCaption.setBuddy(self.cardCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.cardCombo, self.buttons)

        self.retranslateUi(PayInvoiceDialog)

        QMetaObject.connectSlotsByName(PayInvoiceDialog)
    # setupUi

    def retranslateUi(self, PayInvoiceDialog):
        PayInvoiceDialog.setWindowTitle(QCoreApplication.translate("PayInvoiceDialog", u"Pay Invoice", None))
        self.introLabel.setText("")
        self.amountCaption.setText(QCoreApplication.translate("PayInvoiceDialog", u"Amount due:", None))
        self.amountValue.setText("")
        self.amountValue.setProperty(u"accessibleCaption", QCoreApplication.translate("PayInvoiceDialog", u"Amount due", None))
        self.invoicesCaption.setText(QCoreApplication.translate("PayInvoiceDialog", u"For:", None))
        self.invoicesValue.setText("")
        self.invoicesValue.setProperty(u"accessibleCaption", QCoreApplication.translate("PayInvoiceDialog", u"Invoices being paid", None))
        self.cardCaption.setText(QCoreApplication.translate("PayInvoiceDialog", u"Pay &with:", None))
#if QT_CONFIG(accessibility)
        self.cardCombo.setAccessibleName(QCoreApplication.translate("PayInvoiceDialog", u"Card to pay with", None))
#endif // QT_CONFIG(accessibility)
        self.cardsNote.setText("")
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("PayInvoiceDialog", u"Paying", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

