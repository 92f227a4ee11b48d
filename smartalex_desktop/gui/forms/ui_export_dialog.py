# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(520, 380)
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.whatGroup = QGroupBox(ExportDialog)
        self.whatGroup.setObjectName(u"whatGroup")
        self.whatLayout = QGridLayout(self.whatGroup)
        self.whatLayout.setObjectName(u"whatLayout")
        self.selectedRadio = QRadioButton(self.whatGroup)
        self.selectedRadio.setObjectName(u"selectedRadio")

        self.whatLayout.addWidget(self.selectedRadio, 0, 0, 1, 2)

        self.yearRadio = QRadioButton(self.whatGroup)
        self.yearRadio.setObjectName(u"yearRadio")
        self.yearRadio.setChecked(True)

        self.whatLayout.addWidget(self.yearRadio, 1, 0, 1, 1)

        self.yearCombo = QComboBox(self.whatGroup)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.whatLayout.addWidget(self.yearCombo, 1, 1, 1, 1)

        self.everythingRadio = QRadioButton(self.whatGroup)
        self.everythingRadio.setObjectName(u"everythingRadio")

        self.whatLayout.addWidget(self.everythingRadio, 2, 0, 1, 2)

        self.whatSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whatLayout.addItem(self.whatSpacer, 1, 2, 1, 1)


        self.layout.addWidget(self.whatGroup)

        self.whereForm = QFormLayout()
        self.whereForm.setObjectName(u"whereForm")
        self.folderLabel = QLabel(ExportDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.whereForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(ExportDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.chooseFolderButton = QPushButton(ExportDialog)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")
        self.chooseFolderButton.setAutoDefault(False)

        self.folderRow.addWidget(self.chooseFolderButton)


        self.whereForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderRow)

        self.zipCheck = QCheckBox(ExportDialog)
        self.zipCheck.setObjectName(u"zipCheck")

        self.whereForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.zipCheck)


        self.layout.addLayout(self.whereForm)

        self.summaryLabel = QLabel(ExportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.layout.addWidget(self.progressBar)

        self.errorLabel = QLabel(ExportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setMargin(6)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.selectedRadio, self.yearRadio)
        QWidget.setTabOrder(self.yearRadio, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.everythingRadio)
        QWidget.setTabOrder(self.everythingRadio, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.chooseFolderButton)
        QWidget.setTabOrder(self.chooseFolderButton, self.zipCheck)
        QWidget.setTabOrder(self.zipCheck, self.buttonBox)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export Invoices", None))
#if QT_CONFIG(accessibility)
        ExportDialog.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export invoices", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("ExportDialog", u"Save invoices as PDF files, with a summary table (invoices.csv) your accountant can open in a spreadsheet.", None))
        self.whatGroup.setTitle(QCoreApplication.translate("ExportDialog", u"Which invoices", None))
#if QT_CONFIG(accessibility)
        self.whatGroup.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Which invoices", None))
#endif // QT_CONFIG(accessibility)
        self.selectedRadio.setText(QCoreApplication.translate("ExportDialog", u"The &selected invoices", None))
#if QT_CONFIG(accessibility)
        self.selectedRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"The selected invoices", None))
#endif // QT_CONFIG(accessibility)
        self.yearRadio.setText(QCoreApplication.translate("ExportDialog", u"The invoices of &year", None))
#if QT_CONFIG(accessibility)
        self.yearRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"The invoices of one year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Year to export", None))
#endif // QT_CONFIG(accessibility)
        self.everythingRadio.setText(QCoreApplication.translate("ExportDialog", u"&Every invoice", None))
#if QT_CONFIG(accessibility)
        self.everythingRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Every invoice of the account", None))
#endif // QT_CONFIG(accessibility)
        self.folderLabel.setText(QCoreApplication.translate("ExportDialog", u"&Folder:", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Folder to export into", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.folderEdit.setToolTip(QCoreApplication.translate("ExportDialog", u"The folder the PDFs and invoices.csv are saved in. It is created if it doesn't exist.", None))
#endif // QT_CONFIG(tooltip)
        self.chooseFolderButton.setText(QCoreApplication.translate("ExportDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseFolderButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Choose the folder", None))
#endif // QT_CONFIG(accessibility)
        self.zipCheck.setText(QCoreApplication.translate("ExportDialog", u"Also make a &zip file of them all, to send in one attachment", None))
#if QT_CONFIG(accessibility)
        self.zipCheck.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Also make a zip file", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
        self.progressBar.setFormat(QCoreApplication.translate("ExportDialog", u"%v of %m", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export progress", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

