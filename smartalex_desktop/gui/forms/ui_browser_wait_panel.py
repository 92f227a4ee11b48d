# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'browser_wait_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_BrowserWaitPanel(object):
    def setupUi(self, BrowserWaitPanel):
        if not BrowserWaitPanel.objectName():
            BrowserWaitPanel.setObjectName(u"BrowserWaitPanel")
        BrowserWaitPanel.resize(640, 120)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(BrowserWaitPanel.sizePolicy().hasHeightForWidth())
        BrowserWaitPanel.setSizePolicy(sizePolicy)
        BrowserWaitPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.layout = QHBoxLayout(BrowserWaitPanel)
        self.layout.setSpacing(12)
        self.layout.setObjectName(u"layout")
        self.iconLabel = QLabel(BrowserWaitPanel)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setProperty(u"accessibleDecorative", True)
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)

        self.layout.addWidget(self.iconLabel)

        self.textColumn = QVBoxLayout()
        self.textColumn.setSpacing(4)
        self.textColumn.setObjectName(u"textColumn")
        self.titleLabel = QLabel(BrowserWaitPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.textColumn.addWidget(self.titleLabel)

        self.textLabel = QLabel(BrowserWaitPanel)
        self.textLabel.setObjectName(u"textLabel")
        self.textLabel.setWordWrap(True)

        self.textColumn.addWidget(self.textLabel)

        self.statusLabel = QLabel(BrowserWaitPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.textColumn.addWidget(self.statusLabel)

        self.progress = QProgressBar(BrowserWaitPanel)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumSize(QSize(16777215, 6))
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.textColumn.addWidget(self.progress)

        self.textSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.textColumn.addItem(self.textSpacer)

        self.textColumn.setStretch(4, 1)

        self.layout.addLayout(self.textColumn)

        self.buttonColumn = QVBoxLayout()
        self.buttonColumn.setSpacing(6)
        self.buttonColumn.setObjectName(u"buttonColumn")
        self.openButton = QPushButton(BrowserWaitPanel)
        self.openButton.setObjectName(u"openButton")

        self.buttonColumn.addWidget(self.openButton)

        self.copyLinkButton = QPushButton(BrowserWaitPanel)
        self.copyLinkButton.setObjectName(u"copyLinkButton")

        self.buttonColumn.addWidget(self.copyLinkButton)

        self.cancelButton = QPushButton(BrowserWaitPanel)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonColumn.addWidget(self.cancelButton)

        self.buttonSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonColumn.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttonColumn)

        QWidget.setTabOrder(self.openButton, self.copyLinkButton)
        QWidget.setTabOrder(self.copyLinkButton, self.cancelButton)

        self.retranslateUi(BrowserWaitPanel)

        QMetaObject.connectSlotsByName(BrowserWaitPanel)
    # setupUi

    def retranslateUi(self, BrowserWaitPanel):
#if QT_CONFIG(accessibility)
        BrowserWaitPanel.setAccessibleName(QCoreApplication.translate("BrowserWaitPanel", u"Waiting for the browser", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("BrowserWaitPanel", u"Waiting for your browser\u2026", None))
        self.textLabel.setText("")
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("BrowserWaitPanel", u"Waiting", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("BrowserWaitPanel", u"&Open Page Again", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("BrowserWaitPanel", u"Open the page in your browser again (if you closed its tab).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("BrowserWaitPanel", u"Open the page in the browser again", None))
#endif // QT_CONFIG(accessibility)
        self.copyLinkButton.setText(QCoreApplication.translate("BrowserWaitPanel", u"Cop&y Link", None))
#if QT_CONFIG(tooltip)
        self.copyLinkButton.setToolTip(QCoreApplication.translate("BrowserWaitPanel", u"Copy the page's address, to paste it into the browser you use.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.copyLinkButton.setAccessibleName(QCoreApplication.translate("BrowserWaitPanel", u"Copy the page's link", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("BrowserWaitPanel", u"&Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("BrowserWaitPanel", u"Stop waiting and close the page", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

