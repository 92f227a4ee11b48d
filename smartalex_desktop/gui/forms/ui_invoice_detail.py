# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invoice_detail.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_InvoiceDetail(object):
    def setupUi(self, InvoiceDetail):
        if not InvoiceDetail.objectName():
            InvoiceDetail.setObjectName(u"InvoiceDetail")
        InvoiceDetail.resize(420, 640)
        self.detailLayout = QVBoxLayout(InvoiceDetail)
        self.detailLayout.setSpacing(10)
        self.detailLayout.setObjectName(u"detailLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(10)
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(InvoiceDetail)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerRow.addWidget(self.titleLabel)

        self.statusBadge = QLabel(InvoiceDetail)
        self.statusBadge.setObjectName(u"statusBadge")

        self.headerRow.addWidget(self.statusBadge)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)


        self.detailLayout.addLayout(self.headerRow)

        self.placeholderLabel = QLabel(InvoiceDetail)
        self.placeholderLabel.setObjectName(u"placeholderLabel")
        self.placeholderLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholderLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.placeholderLabel)

        self.body = QWidget(InvoiceDetail)
        self.body.setObjectName(u"body")
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(0, 0, 0, 0)
        self.noticeLabel = QLabel(self.body)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setMargin(8)

        self.bodyLayout.addWidget(self.noticeLabel)

        self.payRow = QHBoxLayout()
        self.payRow.setObjectName(u"payRow")
        self.payNowButton = QPushButton(self.body)
        self.payNowButton.setObjectName(u"payNowButton")

        self.payRow.addWidget(self.payNowButton)

        self.paySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.payRow.addItem(self.paySpacer)


        self.bodyLayout.addLayout(self.payRow)

        self.documentRow = QHBoxLayout()
        self.documentRow.setSpacing(6)
        self.documentRow.setObjectName(u"documentRow")
        self.downloadPdfButton = QPushButton(self.body)
        self.downloadPdfButton.setObjectName(u"downloadPdfButton")

        self.documentRow.addWidget(self.downloadPdfButton)

        self.viewPdfButton = QPushButton(self.body)
        self.viewPdfButton.setObjectName(u"viewPdfButton")

        self.documentRow.addWidget(self.viewPdfButton)

        self.systemViewerButton = QPushButton(self.body)
        self.systemViewerButton.setObjectName(u"systemViewerButton")

        self.documentRow.addWidget(self.systemViewerButton)

        self.pdfProgress = QProgressBar(self.body)
        self.pdfProgress.setObjectName(u"pdfProgress")
        self.pdfProgress.setMaximum(0)
        self.pdfProgress.setTextVisible(False)
        self.pdfProgress.setMaximumSize(QSize(80, 12))

        self.documentRow.addWidget(self.pdfProgress)

        self.documentSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentRow.addItem(self.documentSpacer)


        self.bodyLayout.addLayout(self.documentRow)

        self.summaryForm = QFormLayout()
        self.summaryForm.setObjectName(u"summaryForm")
        self.summaryForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.summaryForm.setHorizontalSpacing(14)
        self.kindCaption = QLabel(self.body)
        self.kindCaption.setObjectName(u"kindCaption")

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindValue = QLabel(self.body)
        self.kindValue.setObjectName(u"kindValue")
        self.kindValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindValue)

        self.dateCaption = QLabel(self.body)
        self.dateCaption.setObjectName(u"dateCaption")

        self.summaryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateValue = QLabel(self.body)
        self.dateValue.setObjectName(u"dateValue")
        self.dateValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateValue)

        self.periodCaption = QLabel(self.body)
        self.periodCaption.setObjectName(u"periodCaption")

        self.summaryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodCaption)

        self.periodValue = QLabel(self.body)
        self.periodValue.setObjectName(u"periodValue")
        self.periodValue.setWordWrap(True)
        self.periodValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.periodValue)

        self.billToCaption = QLabel(self.body)
        self.billToCaption.setObjectName(u"billToCaption")

        self.summaryForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.billToCaption)

        self.billToValue = QLabel(self.body)
        self.billToValue.setObjectName(u"billToValue")
        self.billToValue.setWordWrap(True)
        self.billToValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.billToValue)

        self.correctsCaption = QLabel(self.body)
        self.correctsCaption.setObjectName(u"correctsCaption")

        self.summaryForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.correctsCaption)

        self.correctsRow = QHBoxLayout()
        self.correctsRow.setObjectName(u"correctsRow")
        self.correctsValue = QLabel(self.body)
        self.correctsValue.setObjectName(u"correctsValue")
        self.correctsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.correctsRow.addWidget(self.correctsValue)

        self.showCorrectedButton = QPushButton(self.body)
        self.showCorrectedButton.setObjectName(u"showCorrectedButton")

        self.correctsRow.addWidget(self.showCorrectedButton)

        self.correctsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.correctsRow.addItem(self.correctsSpacer)


        self.summaryForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.correctsRow)


        self.bodyLayout.addLayout(self.summaryForm)

        self.itemsHeading = QLabel(self.body)
        self.itemsHeading.setObjectName(u"itemsHeading")

        self.bodyLayout.addWidget(self.itemsHeading)

        self.linesTable = QTableWidget(self.body)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setTabKeyNavigation(False)
        self.linesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.linesTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.linesTable.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.linesTable.setShowGrid(False)
        self.linesTable.setWordWrap(True)
        self.linesTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.linesTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.linesTable.setFrameShape(QFrame.Shape.NoFrame)

        self.bodyLayout.addWidget(self.linesTable)

        self.totalsRow = QHBoxLayout()
        self.totalsRow.setObjectName(u"totalsRow")
        self.totalsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.totalsRow.addItem(self.totalsSpacer)

        self.totalsForm = QFormLayout()
        self.totalsForm.setObjectName(u"totalsForm")
        self.totalsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.totalsForm.setFormAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.totalsForm.setHorizontalSpacing(18)
        self.subtotalCaption = QLabel(self.body)
        self.subtotalCaption.setObjectName(u"subtotalCaption")

        self.totalsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subtotalCaption)

        self.subtotalValue = QLabel(self.body)
        self.subtotalValue.setObjectName(u"subtotalValue")
        self.subtotalValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.subtotalValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.totalsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subtotalValue)

        self.taxCaption = QLabel(self.body)
        self.taxCaption.setObjectName(u"taxCaption")

        self.totalsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.taxCaption)

        self.taxValue = QLabel(self.body)
        self.taxValue.setObjectName(u"taxValue")
        self.taxValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.taxValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.totalsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.taxValue)

        self.totalCaption = QLabel(self.body)
        self.totalCaption.setObjectName(u"totalCaption")

        self.totalsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.totalCaption)

        self.totalValue = QLabel(self.body)
        self.totalValue.setObjectName(u"totalValue")
        self.totalValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.totalValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.totalsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.totalValue)

        self.paidCaption = QLabel(self.body)
        self.paidCaption.setObjectName(u"paidCaption")

        self.totalsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.paidCaption)

        self.paidValue = QLabel(self.body)
        self.paidValue.setObjectName(u"paidValue")
        self.paidValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.paidValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.totalsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.paidValue)

        self.dueCaption = QLabel(self.body)
        self.dueCaption.setObjectName(u"dueCaption")

        self.totalsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dueCaption)

        self.dueValue = QLabel(self.body)
        self.dueValue.setObjectName(u"dueValue")
        self.dueValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.dueValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.totalsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dueValue)


        self.totalsRow.addLayout(self.totalsForm)


        self.bodyLayout.addLayout(self.totalsRow)

        self.creditNotesHeading = QLabel(self.body)
        self.creditNotesHeading.setObjectName(u"creditNotesHeading")

        self.bodyLayout.addWidget(self.creditNotesHeading)

        self.creditNotesList = QWidget(self.body)
        self.creditNotesList.setObjectName(u"creditNotesList")
        self.creditNotesLayout = QVBoxLayout(self.creditNotesList)
        self.creditNotesLayout.setSpacing(4)
        self.creditNotesLayout.setObjectName(u"creditNotesLayout")
        self.creditNotesLayout.setContentsMargins(0, 0, 0, 0)

        self.bodyLayout.addWidget(self.creditNotesList)

        self.paymentsHeading = QLabel(self.body)
        self.paymentsHeading.setObjectName(u"paymentsHeading")

        self.bodyLayout.addWidget(self.paymentsHeading)

        self.paymentsEmpty = QLabel(self.body)
        self.paymentsEmpty.setObjectName(u"paymentsEmpty")
        self.paymentsEmpty.setWordWrap(True)

        self.bodyLayout.addWidget(self.paymentsEmpty)

        self.paymentsList = QWidget(self.body)
        self.paymentsList.setObjectName(u"paymentsList")
        self.paymentsLayout = QGridLayout(self.paymentsList)
        self.paymentsLayout.setObjectName(u"paymentsLayout")
        self.paymentsLayout.setHorizontalSpacing(10)
        self.paymentsLayout.setVerticalSpacing(4)
        self.paymentsLayout.setContentsMargins(0, 0, 0, 0)

        self.bodyLayout.addWidget(self.paymentsList)

        self.receiptHeading = QLabel(self.body)
        self.receiptHeading.setObjectName(u"receiptHeading")

        self.bodyLayout.addWidget(self.receiptHeading)

        self.receiptLabel = QLabel(self.body)
        self.receiptLabel.setObjectName(u"receiptLabel")
        self.receiptLabel.setWordWrap(True)
        self.receiptLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bodyLayout.addWidget(self.receiptLabel)

        self.receiptRow = QHBoxLayout()
        self.receiptRow.setObjectName(u"receiptRow")
        self.saveReceiptButton = QPushButton(self.body)
        self.saveReceiptButton.setObjectName(u"saveReceiptButton")

        self.receiptRow.addWidget(self.saveReceiptButton)

        self.savingProgress = QProgressBar(self.body)
        self.savingProgress.setObjectName(u"savingProgress")
        self.savingProgress.setMaximum(0)
        self.savingProgress.setTextVisible(False)
        self.savingProgress.setMaximumSize(QSize(80, 12))

        self.receiptRow.addWidget(self.savingProgress)

        self.receiptSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receiptRow.addItem(self.receiptSpacer)


        self.bodyLayout.addLayout(self.receiptRow)

        self.loadNote = QLabel(self.body)
        self.loadNote.setObjectName(u"loadNote")
        self.loadNote.setWordWrap(True)

        self.bodyLayout.addWidget(self.loadNote)


        self.detailLayout.addWidget(self.body)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.bottomSpacer)

        QWidget.setTabOrder(self.payNowButton, self.downloadPdfButton)
        QWidget.setTabOrder(self.downloadPdfButton, self.viewPdfButton)
        QWidget.setTabOrder(self.viewPdfButton, self.systemViewerButton)
        QWidget.setTabOrder(self.systemViewerButton, self.showCorrectedButton)
        QWidget.setTabOrder(self.showCorrectedButton, self.linesTable)
        QWidget.setTabOrder(self.linesTable, self.saveReceiptButton)

        self.retranslateUi(InvoiceDetail)

        QMetaObject.connectSlotsByName(InvoiceDetail)
    # setupUi

    def retranslateUi(self, InvoiceDetail):
#if QT_CONFIG(accessibility)
        InvoiceDetail.setAccessibleName(QCoreApplication.translate("InvoiceDetail", u"Invoice details", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText("")
        self.statusBadge.setText("")
        self.placeholderLabel.setText(QCoreApplication.translate("InvoiceDetail", u"Choose an invoice to see its details.", None))
        self.noticeLabel.setText("")
        self.payNowButton.setText(QCoreApplication.translate("InvoiceDetail", u"Pay &Now\u2026", None))
#if QT_CONFIG(tooltip)
        self.payNowButton.setToolTip(QCoreApplication.translate("InvoiceDetail", u"Pay what is due on this invoice with any of your cards.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.payNowButton.setAccessibleName(QCoreApplication.translate("InvoiceDetail", u"Pay this invoice now", None))
#endif // QT_CONFIG(accessibility)
        self.downloadPdfButton.setText(QCoreApplication.translate("InvoiceDetail", u"&Download PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.downloadPdfButton.setToolTip(QCoreApplication.translate("InvoiceDetail", u"Save this invoice as a PDF file, for your records or your accountant.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.downloadPdfButton.setAccessibleName(QCoreApplication.translate("InvoiceDetail", u"Download this invoice as a PDF", None))
#endif // QT_CONFIG(accessibility)
        self.viewPdfButton.setText(QCoreApplication.translate("InvoiceDetail", u"View PD&F", None))
#if QT_CONFIG(tooltip)
        self.viewPdfButton.setToolTip(QCoreApplication.translate("InvoiceDetail", u"Read this invoice as a PDF here in SmartAlex Desktop.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.viewPdfButton.setAccessibleName(QCoreApplication.translate("InvoiceDetail", u"View this invoice as a PDF", None))
#endif // QT_CONFIG(accessibility)
        self.systemViewerButton.setText(QCoreApplication.translate("InvoiceDetail", u"Open in Syste&m Viewer", None))
#if QT_CONFIG(tooltip)
        self.systemViewerButton.setToolTip(QCoreApplication.translate("InvoiceDetail", u"Open this invoice's PDF in your computer's own PDF app, to print it or send it on.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.systemViewerButton.setAccessibleName(QCoreApplication.translate("InvoiceDetail", u"Open this invoice's PDF in the system viewer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pdfProgress.setAccessibleName(QCoreApplication.translate("InvoiceDetail", u"Making the PDF", None))
#endif // QT_CONFIG(accessibility)
        self.kindCaption.setText(QCoreApplication.translate("InvoiceDetail", u"Kind:", None))
        self.kindValue.setText("")
        self.kindValue.setProperty(u"accessibleCaption", QCoreApplication.translate("InvoiceDetail", u"Kind", None))
        self.dateCaption.setText(QCoreApplication.translate("InvoiceDetail", u"Date:", None))
        self.dateValue.setText("")
        self.dateValue.setProperty(u"accessibleCaption", QCoreApplication.translate("InvoiceDetail", u"Date", None))
        self.periodCaption.setText(QCoreApplication.translate("InvoiceDetail", u"Period:", None))
        self.periodValue.setText("")
        self.periodValue.setProperty(u"accessibleCaption", QCoreApplication.translate("InvoiceDetail", u"Period", None))
        self.billToCaption.setText(QCoreApplication.translate("InvoiceDetail", u"Bill to:", None))
        self.billToValue.setText("")
        self.billToValue.setProperty(u"accessibleCaption", QCoreApplication.translate("InvoiceDetail", u"Bill to", None))
        self.correctsCaption.setText(QCoreApplication.translate("InvoiceDetail", u"Corrects:", None))
        self.correctsValue.setText("")
        self.correctsValue.setProperty(u"accessibleCaption", QCoreApplication.translate("InvoiceDetail", u"Corrects invoice", None))
        self.showCorrectedButton.setText(QCoreApplication.translate("InvoiceDetail", u"Show", None))
#if QT_CONFIG(tooltip)
        self.showCorrectedButton.setToolTip(QCoreApplication.translate("InvoiceDetail", u"Show the invoice this credit note corrects.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.showCorrectedButton.setAccessibleName(QCoreApplication.translate("InvoiceDetail", u"Show the invoice this credit note corrects", None))
#endif // QT_CONFIG(accessibility)
        self.itemsHeading.setText(QCoreApplication.translate("InvoiceDetail", u"Items", None))
#if QT_CONFIG(accessibility)
        self.linesTable.setAccessibleName(QCoreApplication.translate("InvoiceDetail", u"Invoice items", None))
#endif // QT_CONFIG(accessibility)
        self.subtotalCaption.setText(QCoreApplication.translate("InvoiceDetail", u"Subtotal:", None))
        self.subtotalValue.setText("")
        self.subtotalValue.setProperty(u"accessibleCaption", QCoreApplication.translate("InvoiceDetail", u"Subtotal", None))
        self.taxCaption.setText(QCoreApplication.translate("InvoiceDetail", u"Tax:", None))
        self.taxValue.setText("")
        self.taxValue.setProperty(u"accessibleCaption", QCoreApplication.translate("InvoiceDetail", u"Tax", None))
        self.totalCaption.setText(QCoreApplication.translate("InvoiceDetail", u"Total:", None))
        self.totalValue.setText("")
        self.totalValue.setProperty(u"accessibleCaption", QCoreApplication.translate("InvoiceDetail", u"Total", None))
        self.paidCaption.setText(QCoreApplication.translate("InvoiceDetail", u"Amount paid:", None))
        self.paidValue.setText("")
        self.paidValue.setProperty(u"accessibleCaption", QCoreApplication.translate("InvoiceDetail", u"Amount paid", None))
        self.dueCaption.setText(QCoreApplication.translate("InvoiceDetail", u"Amount due:", None))
        self.dueValue.setText("")
        self.dueValue.setProperty(u"accessibleCaption", QCoreApplication.translate("InvoiceDetail", u"Amount due", None))
        self.creditNotesHeading.setText(QCoreApplication.translate("InvoiceDetail", u"Credit notes", None))
#if QT_CONFIG(accessibility)
        self.creditNotesList.setAccessibleName(QCoreApplication.translate("InvoiceDetail", u"Credit notes for this invoice", None))
#endif // QT_CONFIG(accessibility)
        self.paymentsHeading.setText(QCoreApplication.translate("InvoiceDetail", u"Payments", None))
        self.paymentsEmpty.setText("")
#if QT_CONFIG(accessibility)
        self.paymentsList.setAccessibleName(QCoreApplication.translate("InvoiceDetail", u"Payments of this invoice", None))
#endif // QT_CONFIG(accessibility)
        self.receiptHeading.setText(QCoreApplication.translate("InvoiceDetail", u"Receipt", None))
        self.receiptLabel.setText("")
        self.saveReceiptButton.setText(QCoreApplication.translate("InvoiceDetail", u"Save Re&ceipt\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveReceiptButton.setToolTip(QCoreApplication.translate("InvoiceDetail", u"Save the receipt as a PDF, or as the email SmartAlex sent, for your records or your accountant.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveReceiptButton.setAccessibleName(QCoreApplication.translate("InvoiceDetail", u"Save the receipt as a file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.savingProgress.setAccessibleName(QCoreApplication.translate("InvoiceDetail", u"Saving the receipt", None))
#endif // QT_CONFIG(accessibility)
        self.loadNote.setText("")
    # retranslateUi

