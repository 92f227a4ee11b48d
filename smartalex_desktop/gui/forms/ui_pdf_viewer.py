# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_viewer.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_PdfViewerDialog(object):
    def setupUi(self, PdfViewerDialog):
        if not PdfViewerDialog.objectName():
            PdfViewerDialog.setObjectName(u"PdfViewerDialog")
        PdfViewerDialog.resize(760, 860)
        self.layout = QVBoxLayout(PdfViewerDialog)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.toolRow = QHBoxLayout()
        self.toolRow.setSpacing(6)
        self.toolRow.setObjectName(u"toolRow")
        self.previousPageButton = QPushButton(PdfViewerDialog)
        self.previousPageButton.setObjectName(u"previousPageButton")
        self.previousPageButton.setAutoDefault(False)

        self.toolRow.addWidget(self.previousPageButton)

        self.pageLabel = QLabel(PdfViewerDialog)
        self.pageLabel.setObjectName(u"pageLabel")

        self.toolRow.addWidget(self.pageLabel)

        self.pageSpin = QSpinBox(PdfViewerDialog)
        self.pageSpin.setObjectName(u"pageSpin")
        self.pageSpin.setMinimum(1)
        self.pageSpin.setMaximum(1)
        self.pageSpin.setKeyboardTracking(False)

        self.toolRow.addWidget(self.pageSpin)

        self.pageCountLabel = QLabel(PdfViewerDialog)
        self.pageCountLabel.setObjectName(u"pageCountLabel")

        self.toolRow.addWidget(self.pageCountLabel)

        self.nextPageButton = QPushButton(PdfViewerDialog)
        self.nextPageButton.setObjectName(u"nextPageButton")
        self.nextPageButton.setAutoDefault(False)

        self.toolRow.addWidget(self.nextPageButton)

        self.pageSpacer = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.pageSpacer)

        self.zoomOutButton = QPushButton(PdfViewerDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setAutoDefault(False)

        self.toolRow.addWidget(self.zoomOutButton)

        self.zoomLabel = QLabel(PdfViewerDialog)
        self.zoomLabel.setObjectName(u"zoomLabel")
        self.zoomLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoomLabel.setMinimumSize(QSize(44, 0))

        self.toolRow.addWidget(self.zoomLabel)

        self.zoomInButton = QPushButton(PdfViewerDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setAutoDefault(False)

        self.toolRow.addWidget(self.zoomInButton)

        self.fitWidthButton = QPushButton(PdfViewerDialog)
        self.fitWidthButton.setObjectName(u"fitWidthButton")
        self.fitWidthButton.setCheckable(True)
        self.fitWidthButton.setChecked(True)
        self.fitWidthButton.setAutoDefault(False)

        self.toolRow.addWidget(self.fitWidthButton)

        self.toolSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolSpacer)

        self.systemViewerButton = QPushButton(PdfViewerDialog)
        self.systemViewerButton.setObjectName(u"systemViewerButton")
        self.systemViewerButton.setAutoDefault(False)

        self.toolRow.addWidget(self.systemViewerButton)


        self.layout.addLayout(self.toolRow)

        self.noteLabel = QLabel(PdfViewerDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.layout.addWidget(self.noteLabel)

        self.pdfView = QPdfView(PdfViewerDialog)
        self.pdfView.setObjectName(u"pdfView")
        self.pdfView.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.pdfView.sizePolicy().hasHeightForWidth())
        self.pdfView.setSizePolicy(sizePolicy)

        self.layout.addWidget(self.pdfView)

        self.buttonBox = QDialogButtonBox(PdfViewerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pageLabel.setBuddy(self.pageSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.previousPageButton, self.pageSpin)
        QWidget.setTabOrder(self.pageSpin, self.nextPageButton)
        QWidget.setTabOrder(self.nextPageButton, self.zoomOutButton)
        QWidget.setTabOrder(self.zoomOutButton, self.zoomInButton)
        QWidget.setTabOrder(self.zoomInButton, self.fitWidthButton)
        QWidget.setTabOrder(self.fitWidthButton, self.systemViewerButton)
        QWidget.setTabOrder(self.systemViewerButton, self.pdfView)
        QWidget.setTabOrder(self.pdfView, self.buttonBox)

        self.retranslateUi(PdfViewerDialog)

        QMetaObject.connectSlotsByName(PdfViewerDialog)
    # setupUi

    def retranslateUi(self, PdfViewerDialog):
        PdfViewerDialog.setWindowTitle(QCoreApplication.translate("PdfViewerDialog", u"Invoice PDF", None))
#if QT_CONFIG(accessibility)
        PdfViewerDialog.setAccessibleName(QCoreApplication.translate("PdfViewerDialog", u"Invoice PDF viewer", None))
#endif // QT_CONFIG(accessibility)
        self.previousPageButton.setText(QCoreApplication.translate("PdfViewerDialog", u"&Previous", None))
#if QT_CONFIG(tooltip)
        self.previousPageButton.setToolTip(QCoreApplication.translate("PdfViewerDialog", u"Go to the previous page (Page Up).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousPageButton.setAccessibleName(QCoreApplication.translate("PdfViewerDialog", u"Previous page", None))
#endif // QT_CONFIG(accessibility)
        self.pageLabel.setText(QCoreApplication.translate("PdfViewerDialog", u"Pa&ge:", None))
#if QT_CONFIG(accessibility)
        self.pageSpin.setAccessibleName(QCoreApplication.translate("PdfViewerDialog", u"Page number", None))
#endif // QT_CONFIG(accessibility)
        self.pageCountLabel.setText(QCoreApplication.translate("PdfViewerDialog", u"of 1", None))
        self.nextPageButton.setText(QCoreApplication.translate("PdfViewerDialog", u"&Next", None))
#if QT_CONFIG(tooltip)
        self.nextPageButton.setToolTip(QCoreApplication.translate("PdfViewerDialog", u"Go to the next page (Page Down).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextPageButton.setAccessibleName(QCoreApplication.translate("PdfViewerDialog", u"Next page", None))
#endif // QT_CONFIG(accessibility)
        self.zoomOutButton.setText(QCoreApplication.translate("PdfViewerDialog", u"Zoom &Out", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("PdfViewerDialog", u"Make the page smaller (Ctrl+Minus).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomOutButton.setAccessibleName(QCoreApplication.translate("PdfViewerDialog", u"Zoom out", None))
#endif // QT_CONFIG(accessibility)
        self.zoomLabel.setText(QCoreApplication.translate("PdfViewerDialog", u"100%", None))
        self.zoomLabel.setProperty(u"accessibleCaption", QCoreApplication.translate("PdfViewerDialog", u"Zoom", None))
        self.zoomInButton.setText(QCoreApplication.translate("PdfViewerDialog", u"Zoom &In", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("PdfViewerDialog", u"Make the page larger (Ctrl+Plus).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomInButton.setAccessibleName(QCoreApplication.translate("PdfViewerDialog", u"Zoom in", None))
#endif // QT_CONFIG(accessibility)
        self.fitWidthButton.setText(QCoreApplication.translate("PdfViewerDialog", u"Fit &Width", None))
#if QT_CONFIG(tooltip)
        self.fitWidthButton.setToolTip(QCoreApplication.translate("PdfViewerDialog", u"Make the page as wide as the window (Ctrl+0).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.fitWidthButton.setAccessibleName(QCoreApplication.translate("PdfViewerDialog", u"Fit the page to the window's width", None))
#endif // QT_CONFIG(accessibility)
        self.systemViewerButton.setText(QCoreApplication.translate("PdfViewerDialog", u"Open in &System Viewer", None))
#if QT_CONFIG(tooltip)
        self.systemViewerButton.setToolTip(QCoreApplication.translate("PdfViewerDialog", u"Open this PDF in your computer's own PDF app, to print it or send it on.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.systemViewerButton.setAccessibleName(QCoreApplication.translate("PdfViewerDialog", u"Open in the system's PDF viewer", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText("")
        self.pdfView.setProperty(u"accessibleRole", QCoreApplication.translate("PdfViewerDialog", u"Document", None))
#if QT_CONFIG(accessibility)
        self.pdfView.setAccessibleName(QCoreApplication.translate("PdfViewerDialog", u"Invoice PDF", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

