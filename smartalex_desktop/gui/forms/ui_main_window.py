# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QMainWindow,
    QMenu, QMenuBar, QSizePolicy, QSpacerItem,
    QStatusBar, QTabWidget, QVBoxLayout, QWidget)

from smartalex_desktop.gui.widgets.message_bar import MessageBar

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1040, 720)
        MainWindow.setMinimumSize(QSize(760, 520))
        self.accountSettingsAction = QAction(MainWindow)
        self.accountSettingsAction.setObjectName(u"accountSettingsAction")
        self.addAccountAction = QAction(MainWindow)
        self.addAccountAction.setObjectName(u"addAccountAction")
        self.signOutAction = QAction(MainWindow)
        self.signOutAction.setObjectName(u"signOutAction")
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
        self.refreshAction = QAction(MainWindow)
        self.refreshAction.setObjectName(u"refreshAction")
        self.notificationSettingsAction = QAction(MainWindow)
        self.notificationSettingsAction.setObjectName(u"notificationSettingsAction")
        self.billingFaqAction = QAction(MainWindow)
        self.billingFaqAction.setObjectName(u"billingFaqAction")
        self.contactSalesAction = QAction(MainWindow)
        self.contactSalesAction.setObjectName(u"contactSalesAction")
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(8)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(12, 8, 12, 4)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.accountLabel = QLabel(self.centralwidget)
        self.accountLabel.setObjectName(u"accountLabel")
        self.accountLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.accountLabel)

        self.headerSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.demoBadge = QLabel(self.centralwidget)
        self.demoBadge.setObjectName(u"demoBadge")

        self.headerLayout.addWidget(self.demoBadge)


        self.centralLayout.addLayout(self.headerLayout)

        self.messageBar = MessageBar(self.centralwidget)
        self.messageBar.setObjectName(u"messageBar")

        self.centralLayout.addWidget(self.messageBar)

        self.tabs = QTabWidget(self.centralwidget)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.centralLayout.addWidget(self.tabs)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.accountMenu = QMenu(self.menubar)
        self.accountMenu.setObjectName(u"accountMenu")
        self.accountMenu.setToolTipsVisible(True)
        self.switchAccountMenu = QMenu(self.accountMenu)
        self.switchAccountMenu.setObjectName(u"switchAccountMenu")
        self.viewMenu = QMenu(self.menubar)
        self.viewMenu.setObjectName(u"viewMenu")
        self.helpMenu = QMenu(self.menubar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.accountMenu.menuAction())
        self.menubar.addAction(self.viewMenu.menuAction())
        self.menubar.addAction(self.helpMenu.menuAction())
        self.accountMenu.addAction(self.accountSettingsAction)
        self.accountMenu.addAction(self.switchAccountMenu.menuAction())
        self.accountMenu.addAction(self.addAccountAction)
        self.accountMenu.addSeparator()
        self.accountMenu.addAction(self.signOutAction)
        self.accountMenu.addSeparator()
        self.accountMenu.addAction(self.quitAction)
        self.viewMenu.addAction(self.refreshAction)
        self.viewMenu.addSeparator()
        self.viewMenu.addAction(self.notificationSettingsAction)
        self.helpMenu.addAction(self.billingFaqAction)
        self.helpMenu.addAction(self.contactSalesAction)
        self.helpMenu.addSeparator()
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"SmartAlex Desktop", None))
        self.accountSettingsAction.setText(QCoreApplication.translate("MainWindow", u"Account &Settings\u2026", None))
#if QT_CONFIG(shortcut)
        self.accountSettingsAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.addAccountAction.setText(QCoreApplication.translate("MainWindow", u"&Add Account\u2026", None))
        self.signOutAction.setText(QCoreApplication.translate("MainWindow", u"Sign &Out", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.refreshAction.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(shortcut)
        self.refreshAction.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.notificationSettingsAction.setText(QCoreApplication.translate("MainWindow", u"&Notifications and Tray\u2026", None))
#if QT_CONFIG(tooltip)
        self.notificationSettingsAction.setToolTip(QCoreApplication.translate("MainWindow", u"Which notices SmartAlex Desktop shows, how often it checks your Wallet, and the tray.", None))
#endif // QT_CONFIG(tooltip)
        self.billingFaqAction.setText(QCoreApplication.translate("MainWindow", u"Billing &FAQ", None))
#if QT_CONFIG(shortcut)
        self.billingFaqAction.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.contactSalesAction.setText(QCoreApplication.translate("MainWindow", u"Annual Billing: &Contact Sales\u2026", None))
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"&About SmartAlex Desktop", None))
        self.accountLabel.setText("")
        self.demoBadge.setText(QCoreApplication.translate("MainWindow", u"Demo mode: no real money moves", None))
#if QT_CONFIG(tooltip)
        self.demoBadge.setToolTip(QCoreApplication.translate("MainWindow", u"SmartAlex Desktop is running its own sandbox with demo data. Cards are test cards and payments go to a local Stripe stand-in.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("MainWindow", u"Billing sections", None))
#endif // QT_CONFIG(accessibility)
        self.accountMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Account", None))
        self.switchAccountMenu.setTitle(QCoreApplication.translate("MainWindow", u"S&witch Account", None))
        self.viewMenu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

