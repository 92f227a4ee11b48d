# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wallet_tab.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_WalletTab(object):
    def setupUi(self, WalletTab):
        if not WalletTab.objectName():
            WalletTab.setObjectName(u"WalletTab")
        WalletTab.resize(1000, 600)
        self.tabLayout = QVBoxLayout(WalletTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.tabLayout.setContentsMargins(12, 12, 12, 12)
        self.pages = QStackedWidget(WalletTab)
        self.pages.setObjectName(u"pages")
        self.loadingPage = QWidget()
        self.loadingPage.setObjectName(u"loadingPage")
        self.loadingLayout = QVBoxLayout(self.loadingPage)
        self.loadingLayout.setObjectName(u"loadingLayout")
        self.loadingLabel = QLabel(self.loadingPage)
        self.loadingLabel.setObjectName(u"loadingLabel")
        self.loadingLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.loadingLayout.addWidget(self.loadingLabel)

        self.pages.addWidget(self.loadingPage)
        self.problemPage = QWidget()
        self.problemPage.setObjectName(u"problemPage")
        self.problemLayout = QVBoxLayout(self.problemPage)
        self.problemLayout.setObjectName(u"problemLayout")
        self.problemTopSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.problemLayout.addItem(self.problemTopSpacer)

        self.problemLabel = QLabel(self.problemPage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.problemLayout.addWidget(self.problemLabel)

        self.retryButton = QPushButton(self.problemPage)
        self.retryButton.setObjectName(u"retryButton")

        self.problemLayout.addWidget(self.retryButton, 0, Qt.AlignmentFlag.AlignHCenter)

        self.problemBottomSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.problemLayout.addItem(self.problemBottomSpacer)

        self.pages.addWidget(self.problemPage)
        self.walletPage = QWidget()
        self.walletPage.setObjectName(u"walletPage")
        self.walletPageLayout = QVBoxLayout(self.walletPage)
        self.walletPageLayout.setSpacing(12)
        self.walletPageLayout.setObjectName(u"walletPageLayout")
        self.walletPageLayout.setContentsMargins(0, 0, 0, 0)
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.balanceBox = QGroupBox(self.walletPage)
        self.balanceBox.setObjectName(u"balanceBox")
        self.balanceLayout = QVBoxLayout(self.balanceBox)
        self.balanceLayout.setSpacing(6)
        self.balanceLayout.setObjectName(u"balanceLayout")
        self.balanceRow = QHBoxLayout()
        self.balanceRow.setSpacing(12)
        self.balanceRow.setObjectName(u"balanceRow")
        self.balanceValue = QLabel(self.balanceBox)
        self.balanceValue.setObjectName(u"balanceValue")
        self.balanceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.balanceRow.addWidget(self.balanceValue)

        self.balanceSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.balanceRow.addItem(self.balanceSpacer)

        self.addCreditsButton = QPushButton(self.balanceBox)
        self.addCreditsButton.setObjectName(u"addCreditsButton")

        self.balanceRow.addWidget(self.addCreditsButton, 0, Qt.AlignmentFlag.AlignVCenter)


        self.balanceLayout.addLayout(self.balanceRow)

        self.balanceExplainer = QLabel(self.balanceBox)
        self.balanceExplainer.setObjectName(u"balanceExplainer")
        self.balanceExplainer.setWordWrap(True)

        self.balanceLayout.addWidget(self.balanceExplainer)

        self.balanceNotice = QFrame(self.balanceBox)
        self.balanceNotice.setObjectName(u"balanceNotice")
        self.balanceNotice.setFrameShape(QFrame.Shape.StyledPanel)
        self.balanceNoticeLayout = QHBoxLayout(self.balanceNotice)
        self.balanceNoticeLayout.setObjectName(u"balanceNoticeLayout")
        self.balanceNoticeLayout.setContentsMargins(8, 6, 8, 6)
        self.balanceNoticeIcon = QLabel(self.balanceNotice)
        self.balanceNoticeIcon.setObjectName(u"balanceNoticeIcon")
        self.balanceNoticeIcon.setProperty(u"accessibleDecorative", True)

        self.balanceNoticeLayout.addWidget(self.balanceNoticeIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.balanceNoticeText = QLabel(self.balanceNotice)
        self.balanceNoticeText.setObjectName(u"balanceNoticeText")
        self.balanceNoticeText.setWordWrap(True)
        self.balanceNoticeText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.balanceNoticeText.sizePolicy().hasHeightForWidth())
        self.balanceNoticeText.setSizePolicy(sizePolicy)

        self.balanceNoticeLayout.addWidget(self.balanceNoticeText)


        self.balanceLayout.addWidget(self.balanceNotice)

        self.thresholdRow = QHBoxLayout()
        self.thresholdRow.setSpacing(6)
        self.thresholdRow.setObjectName(u"thresholdRow")
        self.thresholdLabel = QLabel(self.balanceBox)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.thresholdRow.addWidget(self.thresholdLabel)

        self.thresholdField = QLineEdit(self.balanceBox)
        self.thresholdField.setObjectName(u"thresholdField")
        self.thresholdField.setMaximumSize(QSize(110, 16777215))
        self.thresholdField.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.thresholdRow.addWidget(self.thresholdField)

        self.saveThresholdButton = QPushButton(self.balanceBox)
        self.saveThresholdButton.setObjectName(u"saveThresholdButton")

        self.thresholdRow.addWidget(self.saveThresholdButton)

        self.thresholdProgress = QProgressBar(self.balanceBox)
        self.thresholdProgress.setObjectName(u"thresholdProgress")
        self.thresholdProgress.setMaximumSize(QSize(60, 12))
        self.thresholdProgress.setMaximum(0)
        self.thresholdProgress.setTextVisible(False)

        self.thresholdRow.addWidget(self.thresholdProgress)

        self.thresholdSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.thresholdRow.addItem(self.thresholdSpacer)


        self.balanceLayout.addLayout(self.thresholdRow)

        self.thresholdHint = QLabel(self.balanceBox)
        self.thresholdHint.setObjectName(u"thresholdHint")
        self.thresholdHint.setWordWrap(True)

        self.balanceLayout.addWidget(self.thresholdHint)

        self.balanceBottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.MinimumExpanding)

        self.balanceLayout.addItem(self.balanceBottomSpacer)


        self.columnsLayout.addWidget(self.balanceBox)

        self.autoTopUpBox = QGroupBox(self.walletPage)
        self.autoTopUpBox.setObjectName(u"autoTopUpBox")
        self.autoTopUpLayout = QVBoxLayout(self.autoTopUpBox)
        self.autoTopUpLayout.setSpacing(6)
        self.autoTopUpLayout.setObjectName(u"autoTopUpLayout")
        self.autoStatusRow = QHBoxLayout()
        self.autoStatusRow.setSpacing(10)
        self.autoStatusRow.setObjectName(u"autoStatusRow")
        self.autoStatusBadge = QLabel(self.autoTopUpBox)
        self.autoStatusBadge.setObjectName(u"autoStatusBadge")

        self.autoStatusRow.addWidget(self.autoStatusBadge, 0, Qt.AlignmentFlag.AlignVCenter)

        self.autoStatusSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.autoStatusRow.addItem(self.autoStatusSpacer)

        self.editAutoTopUpButton = QPushButton(self.autoTopUpBox)
        self.editAutoTopUpButton.setObjectName(u"editAutoTopUpButton")

        self.autoStatusRow.addWidget(self.editAutoTopUpButton, 0, Qt.AlignmentFlag.AlignVCenter)


        self.autoTopUpLayout.addLayout(self.autoStatusRow)

        self.autoSummary = QLabel(self.autoTopUpBox)
        self.autoSummary.setObjectName(u"autoSummary")
        self.autoSummary.setWordWrap(True)
        self.autoSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.autoTopUpLayout.addWidget(self.autoSummary)

        self.autoDetails = QLabel(self.autoTopUpBox)
        self.autoDetails.setObjectName(u"autoDetails")
        self.autoDetails.setWordWrap(True)
        self.autoDetails.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.autoTopUpLayout.addWidget(self.autoDetails)

        self.autoNotice = QFrame(self.autoTopUpBox)
        self.autoNotice.setObjectName(u"autoNotice")
        self.autoNotice.setFrameShape(QFrame.Shape.StyledPanel)
        self.autoNoticeLayout = QHBoxLayout(self.autoNotice)
        self.autoNoticeLayout.setObjectName(u"autoNoticeLayout")
        self.autoNoticeLayout.setContentsMargins(8, 6, 8, 6)
        self.autoNoticeIcon = QLabel(self.autoNotice)
        self.autoNoticeIcon.setObjectName(u"autoNoticeIcon")
        self.autoNoticeIcon.setProperty(u"accessibleDecorative", True)

        self.autoNoticeLayout.addWidget(self.autoNoticeIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.autoNoticeText = QLabel(self.autoNotice)
        self.autoNoticeText.setObjectName(u"autoNoticeText")
        self.autoNoticeText.setWordWrap(True)
        self.autoNoticeText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy.setHeightForWidth(self.autoNoticeText.sizePolicy().hasHeightForWidth())
        self.autoNoticeText.setSizePolicy(sizePolicy)

        self.autoNoticeLayout.addWidget(self.autoNoticeText)


        self.autoTopUpLayout.addWidget(self.autoNotice)

        self.autoBottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.MinimumExpanding)

        self.autoTopUpLayout.addItem(self.autoBottomSpacer)


        self.columnsLayout.addWidget(self.autoTopUpBox)

        self.columnsLayout.setStretch(0, 1)
        self.columnsLayout.setStretch(1, 1)

        self.walletPageLayout.addLayout(self.columnsLayout)

        self.historyTabs = QTabWidget(self.walletPage)
        self.historyTabs.setObjectName(u"historyTabs")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.historyTabs.sizePolicy().hasHeightForWidth())
        self.historyTabs.setSizePolicy(sizePolicy1)
        self.transactionsPage = QWidget()
        self.transactionsPage.setObjectName(u"transactionsPage")
        self.transactionsLayout = QVBoxLayout(self.transactionsPage)
        self.transactionsLayout.setSpacing(6)
        self.transactionsLayout.setObjectName(u"transactionsLayout")
        self.transactionsBar = QHBoxLayout()
        self.transactionsBar.setSpacing(8)
        self.transactionsBar.setObjectName(u"transactionsBar")
        self.kindFilterLabel = QLabel(self.transactionsPage)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.transactionsBar.addWidget(self.kindFilterLabel)

        self.kindFilter = QComboBox(self.transactionsPage)
        self.kindFilter.setObjectName(u"kindFilter")

        self.transactionsBar.addWidget(self.kindFilter)

        self.transactionsBarSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.transactionsBar.addItem(self.transactionsBarSpacer)

        self.loadStatus = QLabel(self.transactionsPage)
        self.loadStatus.setObjectName(u"loadStatus")

        self.transactionsBar.addWidget(self.loadStatus)

        self.loadProgress = QProgressBar(self.transactionsPage)
        self.loadProgress.setObjectName(u"loadProgress")
        self.loadProgress.setMaximumSize(QSize(80, 12))
        self.loadProgress.setMaximum(0)
        self.loadProgress.setTextVisible(False)

        self.transactionsBar.addWidget(self.loadProgress)

        self.stopButton = QPushButton(self.transactionsPage)
        self.stopButton.setObjectName(u"stopButton")

        self.transactionsBar.addWidget(self.stopButton)

        self.saveStatementButton = QPushButton(self.transactionsPage)
        self.saveStatementButton.setObjectName(u"saveStatementButton")

        self.transactionsBar.addWidget(self.saveStatementButton)


        self.transactionsLayout.addLayout(self.transactionsBar)

        self.transactionsView = QTableView(self.transactionsPage)
        self.transactionsView.setObjectName(u"transactionsView")
        self.transactionsView.setTabKeyNavigation(False)
        self.transactionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.transactionsView.setAlternatingRowColors(True)
        self.transactionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.transactionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.transactionsView.setShowGrid(False)
        self.transactionsView.setWordWrap(False)
        self.transactionsView.horizontalHeader().setStretchLastSection(True)
        self.transactionsView.verticalHeader().setVisible(False)

        self.transactionsLayout.addWidget(self.transactionsView)

        self.historyTabs.addTab(self.transactionsPage, "")
        self.topUpsPage = QWidget()
        self.topUpsPage.setObjectName(u"topUpsPage")
        self.topUpsLayout = QVBoxLayout(self.topUpsPage)
        self.topUpsLayout.setSpacing(6)
        self.topUpsLayout.setObjectName(u"topUpsLayout")
        self.refundRule = QLabel(self.topUpsPage)
        self.refundRule.setObjectName(u"refundRule")
        self.refundRule.setWordWrap(True)

        self.topUpsLayout.addWidget(self.refundRule)

        self.topUpsView = QTableView(self.topUpsPage)
        self.topUpsView.setObjectName(u"topUpsView")
        self.topUpsView.setTabKeyNavigation(False)
        self.topUpsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.topUpsView.setAlternatingRowColors(True)
        self.topUpsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.topUpsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.topUpsView.setShowGrid(False)
        self.topUpsView.setWordWrap(False)
        self.topUpsView.horizontalHeader().setStretchLastSection(True)
        self.topUpsView.verticalHeader().setVisible(False)

        self.topUpsLayout.addWidget(self.topUpsView)

        self.refundRow = QHBoxLayout()
        self.refundRow.setSpacing(10)
        self.refundRow.setObjectName(u"refundRow")
        self.refundHint = QLabel(self.topUpsPage)
        self.refundHint.setObjectName(u"refundHint")
        self.refundHint.setWordWrap(True)
        self.refundHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy.setHeightForWidth(self.refundHint.sizePolicy().hasHeightForWidth())
        self.refundHint.setSizePolicy(sizePolicy)

        self.refundRow.addWidget(self.refundHint)

        self.requestRefundButton = QPushButton(self.topUpsPage)
        self.requestRefundButton.setObjectName(u"requestRefundButton")

        self.refundRow.addWidget(self.requestRefundButton, 0, Qt.AlignmentFlag.AlignVCenter)


        self.topUpsLayout.addLayout(self.refundRow)

        self.historyTabs.addTab(self.topUpsPage, "")

        self.walletPageLayout.addWidget(self.historyTabs)

        self.pages.addWidget(self.walletPage)

        self.tabLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.thresholdLabel.setBuddy(self.thresholdField)
        self.kindFilterLabel.setBuddy(self.kindFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.retryButton, self.addCreditsButton)
        QWidget.setTabOrder(self.addCreditsButton, self.thresholdField)
        QWidget.setTabOrder(self.thresholdField, self.saveThresholdButton)
        QWidget.setTabOrder(self.saveThresholdButton, self.editAutoTopUpButton)
        QWidget.setTabOrder(self.editAutoTopUpButton, self.historyTabs)
        QWidget.setTabOrder(self.historyTabs, self.kindFilter)
        QWidget.setTabOrder(self.kindFilter, self.stopButton)
        QWidget.setTabOrder(self.stopButton, self.saveStatementButton)
        QWidget.setTabOrder(self.saveStatementButton, self.transactionsView)
        QWidget.setTabOrder(self.transactionsView, self.topUpsView)
        QWidget.setTabOrder(self.topUpsView, self.requestRefundButton)

        self.retranslateUi(WalletTab)

        self.historyTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(WalletTab)
    # setupUi

    def retranslateUi(self, WalletTab):
        self.loadingLabel.setText(QCoreApplication.translate("WalletTab", u"Loading your Wallet\u2026", None))
        self.problemLabel.setText("")
        self.retryButton.setText(QCoreApplication.translate("WalletTab", u"Try A&gain", None))
#if QT_CONFIG(accessibility)
        self.retryButton.setAccessibleName(QCoreApplication.translate("WalletTab", u"Try loading the Wallet again", None))
#endif // QT_CONFIG(accessibility)
        self.balanceBox.setTitle(QCoreApplication.translate("WalletTab", u"Balance", None))
#if QT_CONFIG(accessibility)
        self.balanceBox.setAccessibleName(QCoreApplication.translate("WalletTab", u"Wallet balance", None))
#endif // QT_CONFIG(accessibility)
        self.balanceValue.setText("")
        self.balanceValue.setProperty(u"accessibleCaption", QCoreApplication.translate("WalletTab", u"Wallet balance", None))
        self.addCreditsButton.setText(QCoreApplication.translate("WalletTab", u"Add &Credits\u2026", None))
#if QT_CONFIG(tooltip)
        self.addCreditsButton.setToolTip(QCoreApplication.translate("WalletTab", u"Charge a card and add the amount to your Wallet.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addCreditsButton.setAccessibleName(QCoreApplication.translate("WalletTab", u"Add credits", None))
#endif // QT_CONFIG(accessibility)
        self.balanceExplainer.setText(QCoreApplication.translate("WalletTab", u"Pays for minutes past your plan's allowance. Credits never expire.", None))
#if QT_CONFIG(accessibility)
        self.balanceNotice.setAccessibleName(QCoreApplication.translate("WalletTab", u"Wallet notice", None))
#endif // QT_CONFIG(accessibility)
        self.balanceNoticeIcon.setText("")
        self.balanceNoticeText.setText("")
        self.thresholdLabel.setText(QCoreApplication.translate("WalletTab", u"Alert me when the balance falls &below:", None))
#if QT_CONFIG(accessibility)
        self.thresholdField.setAccessibleName(QCoreApplication.translate("WalletTab", u"Low-balance alert threshold in dollars", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.thresholdField.setToolTip(QCoreApplication.translate("WalletTab", u"The app notifies you from the system tray when your balance falls below this amount.", None))
#endif // QT_CONFIG(tooltip)
        self.saveThresholdButton.setText(QCoreApplication.translate("WalletTab", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveThresholdButton.setAccessibleName(QCoreApplication.translate("WalletTab", u"Save the low-balance alert threshold", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.thresholdProgress.setAccessibleName(QCoreApplication.translate("WalletTab", u"Saving", None))
#endif // QT_CONFIG(accessibility)
        self.thresholdHint.setText("")
        self.autoTopUpBox.setTitle(QCoreApplication.translate("WalletTab", u"Auto Top-Up", None))
#if QT_CONFIG(accessibility)
        self.autoTopUpBox.setAccessibleName(QCoreApplication.translate("WalletTab", u"Auto top-up", None))
#endif // QT_CONFIG(accessibility)
        self.autoStatusBadge.setText("")
        self.editAutoTopUpButton.setText(QCoreApplication.translate("WalletTab", u"&Edit Auto Top-Up\u2026", None))
#if QT_CONFIG(tooltip)
        self.editAutoTopUpButton.setToolTip(QCoreApplication.translate("WalletTab", u"Switch auto top-up on or off and choose when, how much and which card.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editAutoTopUpButton.setAccessibleName(QCoreApplication.translate("WalletTab", u"Edit auto top-up", None))
#endif // QT_CONFIG(accessibility)
        self.autoSummary.setText("")
        self.autoDetails.setText("")
#if QT_CONFIG(accessibility)
        self.autoNotice.setAccessibleName(QCoreApplication.translate("WalletTab", u"Why auto top-up is off", None))
#endif // QT_CONFIG(accessibility)
        self.autoNoticeIcon.setText("")
        self.autoNoticeText.setText("")
#if QT_CONFIG(accessibility)
        self.historyTabs.setAccessibleName(QCoreApplication.translate("WalletTab", u"Wallet history", None))
#endif // QT_CONFIG(accessibility)
        self.kindFilterLabel.setText(QCoreApplication.translate("WalletTab", u"Sh&ow:", None))
#if QT_CONFIG(accessibility)
        self.kindFilter.setAccessibleName(QCoreApplication.translate("WalletTab", u"Which transactions to show", None))
#endif // QT_CONFIG(accessibility)
        self.loadStatus.setText("")
#if QT_CONFIG(accessibility)
        self.loadProgress.setAccessibleName(QCoreApplication.translate("WalletTab", u"Loading transactions", None))
#endif // QT_CONFIG(accessibility)
        self.stopButton.setText(QCoreApplication.translate("WalletTab", u"Stop &Loading", None))
#if QT_CONFIG(tooltip)
        self.stopButton.setToolTip(QCoreApplication.translate("WalletTab", u"Stop loading older transactions (Esc).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.stopButton.setAccessibleName(QCoreApplication.translate("WalletTab", u"Stop loading transactions", None))
#endif // QT_CONFIG(accessibility)
        self.saveStatementButton.setText(QCoreApplication.translate("WalletTab", u"Save Statement P&DF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveStatementButton.setToolTip(QCoreApplication.translate("WalletTab", u"Save a statement of the Wallet for a date range as a PDF: opening balance, every transaction, closing balance.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveStatementButton.setAccessibleName(QCoreApplication.translate("WalletTab", u"Save a Wallet statement as a PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.transactionsView.setAccessibleName(QCoreApplication.translate("WalletTab", u"Wallet transactions", None))
#endif // QT_CONFIG(accessibility)
        self.historyTabs.setTabText(self.historyTabs.indexOf(self.transactionsPage), QCoreApplication.translate("WalletTab", u"&Transactions", None))
        self.refundRule.setText(QCoreApplication.translate("WalletTab", u"Credits you haven't used can be refunded within 30 days of the top-up. The whole charge, tax included, goes back to the card it came from.", None))
#if QT_CONFIG(accessibility)
        self.topUpsView.setAccessibleName(QCoreApplication.translate("WalletTab", u"Top-ups", None))
#endif // QT_CONFIG(accessibility)
        self.refundHint.setText("")
        self.requestRefundButton.setText(QCoreApplication.translate("WalletTab", u"Request Re&fund\u2026", None))
#if QT_CONFIG(accessibility)
        self.requestRefundButton.setAccessibleName(QCoreApplication.translate("WalletTab", u"Request a refund of the chosen top-up", None))
#endif // QT_CONFIG(accessibility)
        self.historyTabs.setTabText(self.historyTabs.indexOf(self.topUpsPage), QCoreApplication.translate("WalletTab", u"Top-Ups and &Refunds", None))
        pass
    # retranslateUi

