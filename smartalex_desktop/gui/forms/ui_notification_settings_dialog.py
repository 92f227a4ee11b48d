# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notification_settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_NotificationSettingsDialog(object):
    def setupUi(self, NotificationSettingsDialog):
        if not NotificationSettingsDialog.objectName():
            NotificationSettingsDialog.setObjectName(u"NotificationSettingsDialog")
        self.layout = QVBoxLayout(NotificationSettingsDialog)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.kindsGroup = QGroupBox(NotificationSettingsDialog)
        self.kindsGroup.setObjectName(u"kindsGroup")
        self.kindsLayout = QVBoxLayout(self.kindsGroup)
        self.kindsLayout.setObjectName(u"kindsLayout")

        self.layout.addWidget(self.kindsGroup)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.intervalLabel = QLabel(NotificationSettingsDialog)
        self.intervalLabel.setObjectName(u"intervalLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.intervalLabel)

        self.intervalSpin = QSpinBox(NotificationSettingsDialog)
        self.intervalSpin.setObjectName(u"intervalSpin")
        self.intervalSpin.setMinimum(1)
        self.intervalSpin.setMaximum(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.intervalSpin)


        self.layout.addLayout(self.form)

        self.startMinimizedCheck = QCheckBox(NotificationSettingsDialog)
        self.startMinimizedCheck.setObjectName(u"startMinimizedCheck")

        self.layout.addWidget(self.startMinimizedCheck)

        self.startAtLoginCheck = QCheckBox(NotificationSettingsDialog)
        self.startAtLoginCheck.setObjectName(u"startAtLoginCheck")

        self.layout.addWidget(self.startAtLoginCheck)

        self.trayNote = QLabel(NotificationSettingsDialog)
        self.trayNote.setObjectName(u"trayNote")
        self.trayNote.setWordWrap(True)

        self.layout.addWidget(self.trayNote)

        self.buttonBox = QDialogButtonBox(NotificationSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.intervalLabel.setBuddy(self.intervalSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.intervalSpin, self.startMinimizedCheck)
        QWidget.setTabOrder(self.startMinimizedCheck, self.startAtLoginCheck)
        QWidget.setTabOrder(self.startAtLoginCheck, self.buttonBox)

        self.retranslateUi(NotificationSettingsDialog)

        QMetaObject.connectSlotsByName(NotificationSettingsDialog)
    # setupUi

    def retranslateUi(self, NotificationSettingsDialog):
        NotificationSettingsDialog.setWindowTitle(QCoreApplication.translate("NotificationSettingsDialog", u"Notifications and Tray", None))
#if QT_CONFIG(accessibility)
        NotificationSettingsDialog.setAccessibleName(QCoreApplication.translate("NotificationSettingsDialog", u"Notifications and tray settings", None))
#endif // QT_CONFIG(accessibility)
        self.kindsGroup.setTitle(QCoreApplication.translate("NotificationSettingsDialog", u"Notify me when", None))
#if QT_CONFIG(accessibility)
        self.kindsGroup.setAccessibleName(QCoreApplication.translate("NotificationSettingsDialog", u"Which notices to show", None))
#endif // QT_CONFIG(accessibility)
        self.intervalLabel.setText(QCoreApplication.translate("NotificationSettingsDialog", u"&Check every:", None))
        self.intervalSpin.setSuffix(QCoreApplication.translate("NotificationSettingsDialog", u" minutes", None))
#if QT_CONFIG(accessibility)
        self.intervalSpin.setAccessibleName(QCoreApplication.translate("NotificationSettingsDialog", u"Minutes between background checks of the Wallet and usage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.intervalSpin.setToolTip(QCoreApplication.translate("NotificationSettingsDialog", u"How often the Wallet and usage of each signed-in account are checked in the background. While SmartAlex can't be reached, the checks slow down by themselves.", None))
#endif // QT_CONFIG(tooltip)
        self.startMinimizedCheck.setText(QCoreApplication.translate("NotificationSettingsDialog", u"Start &minimized to the tray", None))
#if QT_CONFIG(accessibility)
        self.startMinimizedCheck.setAccessibleName(QCoreApplication.translate("NotificationSettingsDialog", u"Start minimized to the tray", None))
#endif // QT_CONFIG(accessibility)
        self.startAtLoginCheck.setText(QCoreApplication.translate("NotificationSettingsDialog", u"Start SmartAlex Desktop when I &log in", None))
#if QT_CONFIG(accessibility)
        self.startAtLoginCheck.setAccessibleName(QCoreApplication.translate("NotificationSettingsDialog", u"Start SmartAlex Desktop at login", None))
#endif // QT_CONFIG(accessibility)
        self.trayNote.setText("")
    # retranslateUi

