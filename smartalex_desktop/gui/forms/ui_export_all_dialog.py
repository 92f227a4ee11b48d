# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_all_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ExportAllDialog(object):
    def setupUi(self, ExportAllDialog):
        if not ExportAllDialog.objectName():
            ExportAllDialog.setObjectName(u"ExportAllDialog")
        ExportAllDialog.resize(540, 330)
        self.layout = QVBoxLayout(ExportAllDialog)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ExportAllDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.yearLabel = QLabel(ExportAllDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(ExportAllDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.folderLabel = QLabel(ExportAllDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(ExportAllDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.chooseFolderButton = QPushButton(ExportAllDialog)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")
        self.chooseFolderButton.setAutoDefault(False)

        self.folderRow.addWidget(self.chooseFolderButton)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.folderRow)

        self.zipCheck = QCheckBox(ExportAllDialog)
        self.zipCheck.setObjectName(u"zipCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.zipCheck)


        self.layout.addLayout(self.form)

        self.progressBar = QProgressBar(ExportAllDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.layout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ExportAllDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.statusLabel)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ExportAllDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.chooseFolderButton)
        QWidget.setTabOrder(self.chooseFolderButton, self.zipCheck)
        QWidget.setTabOrder(self.zipCheck, self.buttonBox)

        self.retranslateUi(ExportAllDialog)

        QMetaObject.connectSlotsByName(ExportAllDialog)
    # setupUi

    def retranslateUi(self, ExportAllDialog):
        ExportAllDialog.setWindowTitle(QCoreApplication.translate("ExportAllDialog", u"Export All Accounts", None))
#if QT_CONFIG(accessibility)
        ExportAllDialog.setAccessibleName(QCoreApplication.translate("ExportAllDialog", u"Export all accounts", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("ExportAllDialog", u"A year's invoices of every signed-in account, for the accountant: one folder of PDFs per practice, a combined invoices.csv with a practice column, and summary.csv (per practice and month: subscription, phone numbers, usage billed to the card, Wallet top-ups, refunds, tax, total).", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("ExportAllDialog", u"What the export makes", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("ExportAllDialog", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("ExportAllDialog", u"Year to export", None))
#endif // QT_CONFIG(accessibility)
        self.folderLabel.setText(QCoreApplication.translate("ExportAllDialog", u"&Folder:", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("ExportAllDialog", u"Folder to export into", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.folderEdit.setToolTip(QCoreApplication.translate("ExportAllDialog", u"The folder the practices' folders, invoices.csv and summary.csv are saved in. It is created if it doesn't exist.", None))
#endif // QT_CONFIG(tooltip)
        self.chooseFolderButton.setText(QCoreApplication.translate("ExportAllDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseFolderButton.setAccessibleName(QCoreApplication.translate("ExportAllDialog", u"Choose the folder", None))
#endif // QT_CONFIG(accessibility)
        self.zipCheck.setText(QCoreApplication.translate("ExportAllDialog", u"Also make a &zip file of it all, to send in one attachment", None))
#if QT_CONFIG(accessibility)
        self.zipCheck.setAccessibleName(QCoreApplication.translate("ExportAllDialog", u"Also make a zip file", None))
#endif // QT_CONFIG(accessibility)
        self.progressBar.setFormat(QCoreApplication.translate("ExportAllDialog", u"%v of %m", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ExportAllDialog", u"Export progress", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("ExportAllDialog", u"What the export is doing", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

