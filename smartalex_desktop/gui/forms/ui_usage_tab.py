# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'usage_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QApplication, QCheckBox,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_UsageTab(object):
    def setupUi(self, UsageTab):
        if not UsageTab.objectName():
            UsageTab.setObjectName(u"UsageTab")
        UsageTab.resize(1000, 640)
        self.tabLayout = QVBoxLayout(UsageTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.tabLayout.setContentsMargins(16, 12, 16, 12)
        self.pages = QStackedWidget(UsageTab)
        self.pages.setObjectName(u"pages")
        self.loadingPage = QWidget()
        self.loadingPage.setObjectName(u"loadingPage")
        self.loadingLayout = QVBoxLayout(self.loadingPage)
        self.loadingLayout.setObjectName(u"loadingLayout")
        self.loadingTopSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.loadingLayout.addItem(self.loadingTopSpacer)

        self.loadingLabel = QLabel(self.loadingPage)
        self.loadingLabel.setObjectName(u"loadingLabel")

        self.loadingLayout.addWidget(self.loadingLabel, 0, Qt.AlignmentFlag.AlignHCenter)

        self.loadingProgress = QProgressBar(self.loadingPage)
        self.loadingProgress.setObjectName(u"loadingProgress")
        self.loadingProgress.setMinimumSize(QSize(240, 0))
        self.loadingProgress.setMaximum(0)
        self.loadingProgress.setTextVisible(False)

        self.loadingLayout.addWidget(self.loadingProgress, 0, Qt.AlignmentFlag.AlignHCenter)

        self.loadingBottomSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.loadingLayout.addItem(self.loadingBottomSpacer)

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
        self.usagePage = QWidget()
        self.usagePage.setObjectName(u"usagePage")
        self.usagePageLayout = QVBoxLayout(self.usagePage)
        self.usagePageLayout.setObjectName(u"usagePageLayout")
        self.usagePageLayout.setContentsMargins(0, 0, 0, 0)
        self.usageScroll = QScrollArea(self.usagePage)
        self.usageScroll.setObjectName(u"usageScroll")
        self.usageScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.usageScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.usageScroll.setWidgetResizable(True)
        self.usageScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.usageContents = QWidget()
        self.usageContents.setObjectName(u"usageContents")
        self.usageContentsLayout = QVBoxLayout(self.usageContents)
        self.usageContentsLayout.setSpacing(10)
        self.usageContentsLayout.setObjectName(u"usageContentsLayout")
        self.usageContentsLayout.setContentsMargins(0, 0, 0, 0)
        self.summaryRow = QHBoxLayout()
        self.summaryRow.setSpacing(16)
        self.summaryRow.setObjectName(u"summaryRow")
        self.allowanceBox = QGroupBox(self.usageContents)
        self.allowanceBox.setObjectName(u"allowanceBox")
        self.allowanceLayout = QVBoxLayout(self.allowanceBox)
        self.allowanceLayout.setSpacing(6)
        self.allowanceLayout.setObjectName(u"allowanceLayout")
        self.periodLabel = QLabel(self.allowanceBox)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setWordWrap(True)
        self.periodLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.allowanceLayout.addWidget(self.periodLabel)

        self.usedLabel = QLabel(self.allowanceBox)
        self.usedLabel.setObjectName(u"usedLabel")
        self.usedLabel.setWordWrap(True)
        self.usedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.allowanceLayout.addWidget(self.usedLabel)

        self.allowanceBar = QProgressBar(self.allowanceBox)
        self.allowanceBar.setObjectName(u"allowanceBar")
        self.allowanceBar.setMaximum(100)
        self.allowanceBar.setValue(0)
        self.allowanceBar.setTextVisible(False)

        self.allowanceLayout.addWidget(self.allowanceBar)

        self.overageLabel = QLabel(self.allowanceBox)
        self.overageLabel.setObjectName(u"overageLabel")
        self.overageLabel.setWordWrap(True)
        self.overageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.allowanceLayout.addWidget(self.overageLabel)

        self.projectionLabel = QLabel(self.allowanceBox)
        self.projectionLabel.setObjectName(u"projectionLabel")
        self.projectionLabel.setWordWrap(True)
        self.projectionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.allowanceLayout.addWidget(self.projectionLabel)

        self.projectionNotice = QFrame(self.allowanceBox)
        self.projectionNotice.setObjectName(u"projectionNotice")
        self.projectionNotice.setFrameShape(QFrame.Shape.StyledPanel)
        self.projectionNoticeLayout = QHBoxLayout(self.projectionNotice)
        self.projectionNoticeLayout.setObjectName(u"projectionNoticeLayout")
        self.projectionNoticeLayout.setContentsMargins(10, 8, 8, 8)
        self.projectionNoticeIcon = QLabel(self.projectionNotice)
        self.projectionNoticeIcon.setObjectName(u"projectionNoticeIcon")
        self.projectionNoticeIcon.setProperty(u"accessibleDecorative", True)

        self.projectionNoticeLayout.addWidget(self.projectionNoticeIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.projectionNoticeText = QLabel(self.projectionNotice)
        self.projectionNoticeText.setObjectName(u"projectionNoticeText")
        self.projectionNoticeText.setWordWrap(True)
        self.projectionNoticeText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.projectionNoticeText.sizePolicy().hasHeightForWidth())
        self.projectionNoticeText.setSizePolicy(sizePolicy)

        self.projectionNoticeLayout.addWidget(self.projectionNoticeText)


        self.allowanceLayout.addWidget(self.projectionNotice)

        self.allowanceSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.allowanceLayout.addItem(self.allowanceSpacer)


        self.summaryRow.addWidget(self.allowanceBox)

        self.breakdownBox = QGroupBox(self.usageContents)
        self.breakdownBox.setObjectName(u"breakdownBox")
        self.breakdownLayout = QVBoxLayout(self.breakdownBox)
        self.breakdownLayout.setSpacing(6)
        self.breakdownLayout.setObjectName(u"breakdownLayout")
        self.breakdownTable = QTableWidget(self.breakdownBox)
        if (self.breakdownTable.columnCount() < 4):
            self.breakdownTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.breakdownTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.breakdownTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.breakdownTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.breakdownTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        if (self.breakdownTable.rowCount() < 4):
            self.breakdownTable.setRowCount(4)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.breakdownTable.setVerticalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.breakdownTable.setVerticalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.breakdownTable.setVerticalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.breakdownTable.setVerticalHeaderItem(3, __qtablewidgetitem7)
        self.breakdownTable.setObjectName(u"breakdownTable")
        self.breakdownTable.setTabKeyNavigation(False)
        self.breakdownTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breakdownTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.breakdownTable.setShowGrid(False)
        self.breakdownTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.breakdownTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.breakdownTable.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.breakdownTable.sizePolicy().hasHeightForWidth())
        self.breakdownTable.setSizePolicy(sizePolicy1)

        self.breakdownLayout.addWidget(self.breakdownTable)

        self.breakdownNote = QLabel(self.breakdownBox)
        self.breakdownNote.setObjectName(u"breakdownNote")
        self.breakdownNote.setWordWrap(True)

        self.breakdownLayout.addWidget(self.breakdownNote)

        self.breakdownSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.breakdownLayout.addItem(self.breakdownSpacer)


        self.summaryRow.addWidget(self.breakdownBox)

        self.summaryRow.setStretch(0, 3)
        self.summaryRow.setStretch(1, 2)

        self.usageContentsLayout.addLayout(self.summaryRow)

        self.periodNavigation = QHBoxLayout()
        self.periodNavigation.setSpacing(8)
        self.periodNavigation.setObjectName(u"periodNavigation")
        self.periodNavigation.setContentsMargins(-1, 4, -1, -1)
        self.periodHeading = QLabel(self.usageContents)
        self.periodHeading.setObjectName(u"periodHeading")

        self.periodNavigation.addWidget(self.periodHeading)

        self.previousButton = QPushButton(self.usageContents)
        self.previousButton.setObjectName(u"previousButton")

        self.periodNavigation.addWidget(self.previousButton)

        self.shownPeriodLabel = QLabel(self.usageContents)
        self.shownPeriodLabel.setObjectName(u"shownPeriodLabel")
        self.shownPeriodLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shownPeriodLabel.setMinimumSize(QSize(240, 0))

        self.periodNavigation.addWidget(self.shownPeriodLabel)

        self.nextButton = QPushButton(self.usageContents)
        self.nextButton.setObjectName(u"nextButton")

        self.periodNavigation.addWidget(self.nextButton)

        self.dailyProgress = QProgressBar(self.usageContents)
        self.dailyProgress.setObjectName(u"dailyProgress")
        self.dailyProgress.setMaximumSize(QSize(80, 12))
        self.dailyProgress.setMaximum(0)
        self.dailyProgress.setTextVisible(False)

        self.periodNavigation.addWidget(self.dailyProgress)

        self.periodNavigationSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodNavigation.addItem(self.periodNavigationSpacer)

        self.showTableCheck = QCheckBox(self.usageContents)
        self.showTableCheck.setObjectName(u"showTableCheck")

        self.periodNavigation.addWidget(self.showTableCheck)

        self.saveReportButton = QPushButton(self.usageContents)
        self.saveReportButton.setObjectName(u"saveReportButton")

        self.periodNavigation.addWidget(self.saveReportButton)


        self.usageContentsLayout.addLayout(self.periodNavigation)

        self.detailTabs = QTabWidget(self.usageContents)
        self.detailTabs.setObjectName(u"detailTabs")
        self.detailTabs.setDocumentMode(True)
        self.detailTabs.setMinimumSize(QSize(0, 280))
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.detailTabs.sizePolicy().hasHeightForWidth())
        self.detailTabs.setSizePolicy(sizePolicy2)
        self.dailyTab = QWidget()
        self.dailyTab.setObjectName(u"dailyTab")
        self.dailyLayout = QVBoxLayout(self.dailyTab)
        self.dailyLayout.setObjectName(u"dailyLayout")
        self.dailyLayout.setContentsMargins(0, 6, 0, 0)
        self.dailyPages = QStackedWidget(self.dailyTab)
        self.dailyPages.setObjectName(u"dailyPages")
        self.dailyPages.setMinimumSize(QSize(0, 120))
        self.chartPage = QWidget()
        self.chartPage.setObjectName(u"chartPage")
        self.chartPageLayout = QVBoxLayout(self.chartPage)
        self.chartPageLayout.setObjectName(u"chartPageLayout")
        self.chartPageLayout.setContentsMargins(0, 0, 0, 0)
        self.dailyPages.addWidget(self.chartPage)
        self.dailyTablePage = QWidget()
        self.dailyTablePage.setObjectName(u"dailyTablePage")
        self.dailyTablePageLayout = QVBoxLayout(self.dailyTablePage)
        self.dailyTablePageLayout.setObjectName(u"dailyTablePageLayout")
        self.dailyTablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.dailyTable = QTableView(self.dailyTablePage)
        self.dailyTable.setObjectName(u"dailyTable")
        self.dailyTable.setTabKeyNavigation(False)
        self.dailyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dailyTable.setAlternatingRowColors(True)
        self.dailyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dailyTable.setShowGrid(False)
        self.dailyTable.setSortingEnabled(True)

        self.dailyTablePageLayout.addWidget(self.dailyTable)

        self.dailyPages.addWidget(self.dailyTablePage)
        self.dailyMessagePage = QWidget()
        self.dailyMessagePage.setObjectName(u"dailyMessagePage")
        self.dailyMessageLayout = QVBoxLayout(self.dailyMessagePage)
        self.dailyMessageLayout.setObjectName(u"dailyMessageLayout")
        self.dailyMessageTopSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dailyMessageLayout.addItem(self.dailyMessageTopSpacer)

        self.dailyMessageLabel = QLabel(self.dailyMessagePage)
        self.dailyMessageLabel.setObjectName(u"dailyMessageLabel")
        self.dailyMessageLabel.setWordWrap(True)
        self.dailyMessageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.dailyMessageLayout.addWidget(self.dailyMessageLabel)

        self.dailyRetryButton = QPushButton(self.dailyMessagePage)
        self.dailyRetryButton.setObjectName(u"dailyRetryButton")

        self.dailyMessageLayout.addWidget(self.dailyRetryButton, 0, Qt.AlignmentFlag.AlignHCenter)

        self.dailyMessageBottomSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dailyMessageLayout.addItem(self.dailyMessageBottomSpacer)

        self.dailyPages.addWidget(self.dailyMessagePage)

        self.dailyLayout.addWidget(self.dailyPages)

        self.detailTabs.addTab(self.dailyTab, "")
        self.callsTab = QWidget()
        self.callsTab.setObjectName(u"callsTab")
        self.callsLayout = QVBoxLayout(self.callsTab)
        self.callsLayout.setSpacing(6)
        self.callsLayout.setObjectName(u"callsLayout")
        self.callsLayout.setContentsMargins(0, 6, 0, 0)
        self.callsToolbar = QHBoxLayout()
        self.callsToolbar.setSpacing(8)
        self.callsToolbar.setObjectName(u"callsToolbar")
        self.allPeriodsCheck = QCheckBox(self.callsTab)
        self.allPeriodsCheck.setObjectName(u"allPeriodsCheck")

        self.callsToolbar.addWidget(self.allPeriodsCheck)

        self.callsToolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.callsToolbar.addItem(self.callsToolbarSpacer)

        self.callsStatusLabel = QLabel(self.callsTab)
        self.callsStatusLabel.setObjectName(u"callsStatusLabel")

        self.callsToolbar.addWidget(self.callsStatusLabel)

        self.callsProgress = QProgressBar(self.callsTab)
        self.callsProgress.setObjectName(u"callsProgress")
        self.callsProgress.setMaximumSize(QSize(80, 12))
        self.callsProgress.setMaximum(0)
        self.callsProgress.setTextVisible(False)

        self.callsToolbar.addWidget(self.callsProgress)

        self.stopButton = QPushButton(self.callsTab)
        self.stopButton.setObjectName(u"stopButton")

        self.callsToolbar.addWidget(self.stopButton)

        self.loadCallsButton = QPushButton(self.callsTab)
        self.loadCallsButton.setObjectName(u"loadCallsButton")

        self.callsToolbar.addWidget(self.loadCallsButton)


        self.callsLayout.addLayout(self.callsToolbar)

        self.callsPages = QStackedWidget(self.callsTab)
        self.callsPages.setObjectName(u"callsPages")
        self.callsTablePage = QWidget()
        self.callsTablePage.setObjectName(u"callsTablePage")
        self.callsTablePageLayout = QVBoxLayout(self.callsTablePage)
        self.callsTablePageLayout.setObjectName(u"callsTablePageLayout")
        self.callsTablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.callsTable = QTableView(self.callsTablePage)
        self.callsTable.setObjectName(u"callsTable")
        self.callsTable.setTabKeyNavigation(False)
        self.callsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.callsTable.setAlternatingRowColors(True)
        self.callsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.callsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.callsTable.setShowGrid(False)
        self.callsTable.setSortingEnabled(True)
        self.callsTable.setWordWrap(False)

        self.callsTablePageLayout.addWidget(self.callsTable)

        self.callsPages.addWidget(self.callsTablePage)
        self.callsEmptyPage = QWidget()
        self.callsEmptyPage.setObjectName(u"callsEmptyPage")
        self.callsEmptyLayout = QVBoxLayout(self.callsEmptyPage)
        self.callsEmptyLayout.setObjectName(u"callsEmptyLayout")
        self.callsEmptyLabel = QLabel(self.callsEmptyPage)
        self.callsEmptyLabel.setObjectName(u"callsEmptyLabel")
        self.callsEmptyLabel.setWordWrap(True)
        self.callsEmptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.callsEmptyLayout.addWidget(self.callsEmptyLabel)

        self.callsPages.addWidget(self.callsEmptyPage)

        self.callsLayout.addWidget(self.callsPages)

        self.detailTabs.addTab(self.callsTab, "")

        self.usageContentsLayout.addWidget(self.detailTabs)

        self.usageScroll.setWidget(self.usageContents)

        self.usagePageLayout.addWidget(self.usageScroll)

        self.pages.addWidget(self.usagePage)

        self.tabLayout.addWidget(self.pages)

        QWidget.setTabOrder(self.retryButton, self.breakdownTable)
        QWidget.setTabOrder(self.breakdownTable, self.previousButton)
        QWidget.setTabOrder(self.previousButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.showTableCheck)
        QWidget.setTabOrder(self.showTableCheck, self.saveReportButton)
        QWidget.setTabOrder(self.saveReportButton, self.detailTabs)
        QWidget.setTabOrder(self.detailTabs, self.dailyTable)
        QWidget.setTabOrder(self.dailyTable, self.dailyRetryButton)
        QWidget.setTabOrder(self.dailyRetryButton, self.allPeriodsCheck)
        QWidget.setTabOrder(self.allPeriodsCheck, self.stopButton)
        QWidget.setTabOrder(self.stopButton, self.loadCallsButton)
        QWidget.setTabOrder(self.loadCallsButton, self.callsTable)

        self.retranslateUi(UsageTab)

        self.pages.setCurrentIndex(0)
        self.detailTabs.setCurrentIndex(0)
        self.dailyPages.setCurrentIndex(0)
        self.callsPages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(UsageTab)
    # setupUi

    def retranslateUi(self, UsageTab):
#if QT_CONFIG(accessibility)
        UsageTab.setAccessibleName(QCoreApplication.translate("UsageTab", u"Usage", None))
#endif // QT_CONFIG(accessibility)
        self.loadingLabel.setText(QCoreApplication.translate("UsageTab", u"Loading your usage\u2026", None))
#if QT_CONFIG(accessibility)
        self.loadingProgress.setAccessibleName(QCoreApplication.translate("UsageTab", u"Loading your usage", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
        self.retryButton.setText(QCoreApplication.translate("UsageTab", u"&Try Again", None))
#if QT_CONFIG(accessibility)
        self.retryButton.setAccessibleName(QCoreApplication.translate("UsageTab", u"Try loading your usage again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.usageScroll.setAccessibleName(QCoreApplication.translate("UsageTab", u"Usage", None))
#endif // QT_CONFIG(accessibility)
        self.allowanceBox.setTitle(QCoreApplication.translate("UsageTab", u"This period", None))
#if QT_CONFIG(accessibility)
        self.allowanceBox.setAccessibleName(QCoreApplication.translate("UsageTab", u"Included minutes this period", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText("")
        self.usedLabel.setText("")
#if QT_CONFIG(accessibility)
        self.allowanceBar.setAccessibleName(QCoreApplication.translate("UsageTab", u"Included minutes used", None))
#endif // QT_CONFIG(accessibility)
        self.overageLabel.setText("")
        self.projectionLabel.setText("")
#if QT_CONFIG(accessibility)
        self.projectionNotice.setAccessibleName(QCoreApplication.translate("UsageTab", u"Overage warning", None))
#endif // QT_CONFIG(accessibility)
        self.projectionNoticeIcon.setText("")
        self.projectionNoticeText.setText("")
        self.breakdownBox.setTitle(QCoreApplication.translate("UsageTab", u"Cost by call type", None))
#if QT_CONFIG(accessibility)
        self.breakdownBox.setAccessibleName(QCoreApplication.translate("UsageTab", u"Cost by call type this period", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.breakdownTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("UsageTab", u"Minutes", None))
        ___qtablewidgetitem1 = self.breakdownTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("UsageTab", u"Overage\n"
"minutes", None))
        ___qtablewidgetitem2 = self.breakdownTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("UsageTab", u"Rate per\n"
"minute", None))
        ___qtablewidgetitem3 = self.breakdownTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("UsageTab", u"Overage\n"
"cost", None))
        ___qtablewidgetitem4 = self.breakdownTable.verticalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("UsageTab", u"Inbound", None))
        ___qtablewidgetitem5 = self.breakdownTable.verticalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("UsageTab", u"Outbound", None))
        ___qtablewidgetitem6 = self.breakdownTable.verticalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("UsageTab", u"Web", None))
        ___qtablewidgetitem7 = self.breakdownTable.verticalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("UsageTab", u"Total", None))
#if QT_CONFIG(accessibility)
        self.breakdownTable.setAccessibleName(QCoreApplication.translate("UsageTab", u"Cost by call type", None))
#endif // QT_CONFIG(accessibility)
        self.breakdownNote.setText(QCoreApplication.translate("UsageTab", u"Included minutes cost nothing extra. Minutes past them are charged at the call type's rate: first from your Wallet, then to your default card.", None))
        self.periodHeading.setText(QCoreApplication.translate("UsageTab", u"Period shown:", None))
        self.previousButton.setText(QCoreApplication.translate("UsageTab", u"P&revious", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("UsageTab", u"Show the billing period before this one.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("UsageTab", u"Previous period", None))
#endif // QT_CONFIG(accessibility)
        self.shownPeriodLabel.setText("")
        self.shownPeriodLabel.setProperty(u"accessibleCaption", QCoreApplication.translate("UsageTab", u"Period shown", None))
        self.nextButton.setText(QCoreApplication.translate("UsageTab", u"&Next", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("UsageTab", u"Show the billing period after this one.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("UsageTab", u"Next period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dailyProgress.setAccessibleName(QCoreApplication.translate("UsageTab", u"Loading the period", None))
#endif // QT_CONFIG(accessibility)
        self.showTableCheck.setText(QCoreApplication.translate("UsageTab", u"Show Minutes as Ta&ble", None))
#if QT_CONFIG(tooltip)
        self.showTableCheck.setToolTip(QCoreApplication.translate("UsageTab", u"Show the minutes of each day as a table instead of a chart.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.showTableCheck.setAccessibleName(QCoreApplication.translate("UsageTab", u"Show the daily minutes as a table", None))
#endif // QT_CONFIG(accessibility)
        self.saveReportButton.setText(QCoreApplication.translate("UsageTab", u"Save Report PD&F\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveReportButton.setToolTip(QCoreApplication.translate("UsageTab", u"Save this period's usage as a PDF report: the allowance, the cost by call type, the minutes per day and the calls.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveReportButton.setAccessibleName(QCoreApplication.translate("UsageTab", u"Save the usage report as a PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailTabs.setAccessibleName(QCoreApplication.translate("UsageTab", u"Minutes per day and calls", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dailyTab.setAccessibleName(QCoreApplication.translate("UsageTab", u"Minutes per day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dailyTable.setAccessibleName(QCoreApplication.translate("UsageTab", u"Minutes per day", None))
#endif // QT_CONFIG(accessibility)
        self.dailyMessageLabel.setText("")
        self.dailyRetryButton.setText(QCoreApplication.translate("UsageTab", u"&Try Again", None))
#if QT_CONFIG(accessibility)
        self.dailyRetryButton.setAccessibleName(QCoreApplication.translate("UsageTab", u"Try loading the period again", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.dailyTab), QCoreApplication.translate("UsageTab", u"Minutes per &Day", None))
#if QT_CONFIG(accessibility)
        self.callsTab.setAccessibleName(QCoreApplication.translate("UsageTab", u"Calls", None))
#endif // QT_CONFIG(accessibility)
        self.allPeriodsCheck.setText(QCoreApplication.translate("UsageTab", u"Show calls from &every period", None))
#if QT_CONFIG(tooltip)
        self.allPeriodsCheck.setToolTip(QCoreApplication.translate("UsageTab", u"List every call, not only those of the period shown above.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.allPeriodsCheck.setAccessibleName(QCoreApplication.translate("UsageTab", u"Show calls from every period", None))
#endif // QT_CONFIG(accessibility)
        self.callsStatusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.callsProgress.setAccessibleName(QCoreApplication.translate("UsageTab", u"Loading the calls", None))
#endif // QT_CONFIG(accessibility)
        self.stopButton.setText(QCoreApplication.translate("UsageTab", u"&Stop", None))
#if QT_CONFIG(tooltip)
        self.stopButton.setToolTip(QCoreApplication.translate("UsageTab", u"Stop loading older calls (Esc). The calls loaded so far stay listed.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.stopButton.setAccessibleName(QCoreApplication.translate("UsageTab", u"Stop loading calls", None))
#endif // QT_CONFIG(accessibility)
        self.loadCallsButton.setText(QCoreApplication.translate("UsageTab", u"&Load All Calls", None))
#if QT_CONFIG(tooltip)
        self.loadCallsButton.setToolTip(QCoreApplication.translate("UsageTab", u"Load the whole list of calls again, oldest ones included.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.loadCallsButton.setAccessibleName(QCoreApplication.translate("UsageTab", u"Load all calls", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.callsTable.setAccessibleName(QCoreApplication.translate("UsageTab", u"Calls", None))
#endif // QT_CONFIG(accessibility)
        self.callsEmptyLabel.setText("")
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.callsTab), QCoreApplication.translate("UsageTab", u"&Calls", None))
    # retranslateUi

