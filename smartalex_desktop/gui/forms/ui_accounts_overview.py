# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accounts_overview.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_AccountsOverview(object):
    def setupUi(self, AccountsOverview):
        if not AccountsOverview.objectName():
            AccountsOverview.setObjectName(u"AccountsOverview")
        self.layout = QVBoxLayout(AccountsOverview)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 8, 0, 0)
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(8)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.filterLabel = QLabel(AccountsOverview)
        self.filterLabel.setObjectName(u"filterLabel")

        self.toolbarLayout.addWidget(self.filterLabel)

        self.filterCombo = QComboBox(AccountsOverview)
        self.filterCombo.setObjectName(u"filterCombo")
        self.filterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolbarLayout.addWidget(self.filterCombo)

        self.searchEdit = QLineEdit(AccountsOverview)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(200, 0))

        self.toolbarLayout.addWidget(self.searchEdit)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.overageLabel = QLabel(AccountsOverview)
        self.overageLabel.setObjectName(u"overageLabel")

        self.toolbarLayout.addWidget(self.overageLabel)

        self.overageEdit = QLineEdit(AccountsOverview)
        self.overageEdit.setObjectName(u"overageEdit")
        self.overageEdit.setMaximumSize(QSize(90, 16777215))
        self.overageEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.toolbarLayout.addWidget(self.overageEdit)

        self.refreshAllButton = QPushButton(AccountsOverview)
        self.refreshAllButton.setObjectName(u"refreshAllButton")

        self.toolbarLayout.addWidget(self.refreshAllButton)

        self.exportAllButton = QPushButton(AccountsOverview)
        self.exportAllButton.setObjectName(u"exportAllButton")

        self.toolbarLayout.addWidget(self.exportAllButton)


        self.layout.addLayout(self.toolbarLayout)

        self.progressRow = QFrame(AccountsOverview)
        self.progressRow.setObjectName(u"progressRow")
        self.progressLayout = QHBoxLayout(self.progressRow)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setContentsMargins(0, 0, 0, 0)
        self.progressLabel = QLabel(self.progressRow)
        self.progressLabel.setObjectName(u"progressLabel")

        self.progressLayout.addWidget(self.progressLabel)

        self.refreshProgress = QProgressBar(self.progressRow)
        self.refreshProgress.setObjectName(u"refreshProgress")
        self.refreshProgress.setTextVisible(False)
        self.refreshProgress.setMaximumSize(QSize(220, 16777215))

        self.progressLayout.addWidget(self.refreshProgress)

        self.cancelRefreshButton = QPushButton(self.progressRow)
        self.cancelRefreshButton.setObjectName(u"cancelRefreshButton")

        self.progressLayout.addWidget(self.cancelRefreshButton)

        self.progressSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progressLayout.addItem(self.progressSpacer)


        self.layout.addWidget(self.progressRow)

        self.accountsTable = QTableView(AccountsOverview)
        self.accountsTable.setObjectName(u"accountsTable")
        self.accountsTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.accountsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accountsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accountsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accountsTable.setAlternatingRowColors(True)
        self.accountsTable.setShowGrid(False)
        self.accountsTable.setWordWrap(False)
        self.accountsTable.setIconSize(QSize(16, 16))
        self.accountsTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.accountsTable)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(8)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.summaryLabel = QLabel(AccountsOverview)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.actionsLayout.addWidget(self.summaryLabel)

        self.actionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.signInButton = QPushButton(AccountsOverview)
        self.signInButton.setObjectName(u"signInButton")

        self.actionsLayout.addWidget(self.signInButton)

        self.payNowButton = QPushButton(AccountsOverview)
        self.payNowButton.setObjectName(u"payNowButton")

        self.actionsLayout.addWidget(self.payNowButton)

        self.addCreditsButton = QPushButton(AccountsOverview)
        self.addCreditsButton.setObjectName(u"addCreditsButton")

        self.actionsLayout.addWidget(self.addCreditsButton)

        self.openButton = QPushButton(AccountsOverview)
        self.openButton.setObjectName(u"openButton")

        self.actionsLayout.addWidget(self.openButton)


        self.layout.addLayout(self.actionsLayout)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterCombo)
        self.overageLabel.setBuddy(self.overageEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.accountsTable, self.openButton)
        QWidget.setTabOrder(self.openButton, self.addCreditsButton)
        QWidget.setTabOrder(self.addCreditsButton, self.payNowButton)
        QWidget.setTabOrder(self.payNowButton, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.filterCombo)
        QWidget.setTabOrder(self.filterCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.overageEdit)
        QWidget.setTabOrder(self.overageEdit, self.refreshAllButton)
        QWidget.setTabOrder(self.refreshAllButton, self.exportAllButton)
        QWidget.setTabOrder(self.exportAllButton, self.cancelRefreshButton)

        self.retranslateUi(AccountsOverview)

        self.openButton.setDefault(False)


        QMetaObject.connectSlotsByName(AccountsOverview)
    # setupUi

    def retranslateUi(self, AccountsOverview):
#if QT_CONFIG(accessibility)
        AccountsOverview.setAccessibleName(QCoreApplication.translate("AccountsOverview", u"All accounts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        AccountsOverview.setAccessibleDescription(QCoreApplication.translate("AccountsOverview", u"Every signed-in account at a glance: plan, Wallet, usage, renewal, open invoices and cards.", None))
#endif // QT_CONFIG(accessibility)
        self.filterLabel.setText(QCoreApplication.translate("AccountsOverview", u"&Show:", None))
#if QT_CONFIG(accessibility)
        self.filterCombo.setAccessibleName(QCoreApplication.translate("AccountsOverview", u"Which accounts to show", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AccountsOverview", u"Find a practice or email", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("AccountsOverview", u"Find a practice", None))
#endif // QT_CONFIG(accessibility)
        self.overageLabel.setText(QCoreApplication.translate("AccountsOverview", u"Flag overage ove&r:", None))
#if QT_CONFIG(tooltip)
        self.overageLabel.setToolTip(QCoreApplication.translate("AccountsOverview", u"An account whose usage is projected to cost more than this in overage this period is listed under Needs attention.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.overageEdit.setAccessibleName(QCoreApplication.translate("AccountsOverview", u"Flag projected overage over, in dollars", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.overageEdit.setToolTip(QCoreApplication.translate("AccountsOverview", u"An account whose usage is projected to cost more than this in overage this period is listed under Needs attention.", None))
#endif // QT_CONFIG(tooltip)
        self.refreshAllButton.setText(QCoreApplication.translate("AccountsOverview", u"Re&fresh All", None))
#if QT_CONFIG(tooltip)
        self.refreshAllButton.setToolTip(QCoreApplication.translate("AccountsOverview", u"Bring every account up to date, a few at a time.", None))
#endif // QT_CONFIG(tooltip)
        self.exportAllButton.setText(QCoreApplication.translate("AccountsOverview", u"E&xport All\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportAllButton.setToolTip(QCoreApplication.translate("AccountsOverview", u"A year's invoices of every account for the accountant: one folder per practice, a combined invoices.csv and a summary.csv.", None))
#endif // QT_CONFIG(tooltip)
        self.progressLabel.setText("")
#if QT_CONFIG(accessibility)
        self.refreshProgress.setAccessibleName(QCoreApplication.translate("AccountsOverview", u"Accounts refreshed", None))
#endif // QT_CONFIG(accessibility)
        self.cancelRefreshButton.setText(QCoreApplication.translate("AccountsOverview", u"&Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelRefreshButton.setToolTip(QCoreApplication.translate("AccountsOverview", u"Stop refreshing; the accounts not refreshed yet keep the figures they had.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.accountsTable.setAccessibleName(QCoreApplication.translate("AccountsOverview", u"Accounts", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("AccountsOverview", u"Accounts summary", None))
#endif // QT_CONFIG(accessibility)
        self.signInButton.setText(QCoreApplication.translate("AccountsOverview", u"Si&gn In\u2026", None))
#if QT_CONFIG(tooltip)
        self.signInButton.setToolTip(QCoreApplication.translate("AccountsOverview", u"This account's sign-in has ended: sign in again to refresh it.", None))
#endif // QT_CONFIG(tooltip)
        self.payNowButton.setText(QCoreApplication.translate("AccountsOverview", u"Pay &Now\u2026", None))
        self.addCreditsButton.setText(QCoreApplication.translate("AccountsOverview", u"A&dd Credits\u2026", None))
        self.openButton.setText(QCoreApplication.translate("AccountsOverview", u"&Open", None))
    # retranslateUi

