# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invoices_tab.ui'
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
    QProgressBar, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

from smartalex_desktop.gui.invoices.invoice_detail import InvoiceDetail

class Ui_InvoicesTab(object):
    def setupUi(self, InvoicesTab):
        if not InvoicesTab.objectName():
            InvoicesTab.setObjectName(u"InvoicesTab")
        InvoicesTab.resize(980, 560)
        self.layout = QVBoxLayout(InvoicesTab)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(6)
        self.filterRow.setObjectName(u"filterRow")
        self.searchLabel = QLabel(InvoicesTab)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(InvoicesTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(200, 0))

        self.filterRow.addWidget(self.searchEdit)

        self.searchGap = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.searchGap)

        self.yearLabel = QLabel(InvoicesTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterRow.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(InvoicesTab)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.yearCombo)

        self.statusLabel = QLabel(InvoicesTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(InvoicesTab)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.statusCombo)

        self.kindLabel = QLabel(InvoicesTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterRow.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(InvoicesTab)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.kindCombo)

        self.clearFiltersButton = QPushButton(InvoicesTab)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterRow.addWidget(self.clearFiltersButton)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.exportButton = QPushButton(InvoicesTab)
        self.exportButton.setObjectName(u"exportButton")

        self.filterRow.addWidget(self.exportButton)


        self.layout.addLayout(self.filterRow)

        self.pages = QStackedWidget(InvoicesTab)
        self.pages.setObjectName(u"pages")
        self.loadingPage = QWidget()
        self.loadingPage.setObjectName(u"loadingPage")
        self.loadingLayout = QVBoxLayout(self.loadingPage)
        self.loadingLayout.setObjectName(u"loadingLayout")
        self.loadingLabel = QLabel(self.loadingPage)
        self.loadingLabel.setObjectName(u"loadingLabel")
        self.loadingLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)

        self.loadingLayout.addWidget(self.loadingLabel)

        self.pages.addWidget(self.loadingPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(10, 32, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyIcon = QLabel(self.emptyPage)
        self.emptyIcon.setObjectName(u"emptyIcon")
        self.emptyIcon.setProperty(u"accessibleDecorative", True)
        self.emptyIcon.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyIcon)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyHint = QLabel(self.emptyPage)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyHint.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyHint)

        self.emptyBottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.pages.addWidget(self.emptyPage)
        self.errorPage = QWidget()
        self.errorPage.setObjectName(u"errorPage")
        self.errorLayout = QVBoxLayout(self.errorPage)
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorTopSpacer = QSpacerItem(10, 32, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.errorLayout.addItem(self.errorTopSpacer)

        self.loadErrorLabel = QLabel(self.errorPage)
        self.loadErrorLabel.setObjectName(u"loadErrorLabel")
        self.loadErrorLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loadErrorLabel.setWordWrap(True)

        self.errorLayout.addWidget(self.loadErrorLabel)

        self.retryRow = QHBoxLayout()
        self.retryRow.setObjectName(u"retryRow")
        self.retryLeft = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retryRow.addItem(self.retryLeft)

        self.retryButton = QPushButton(self.errorPage)
        self.retryButton.setObjectName(u"retryButton")

        self.retryRow.addWidget(self.retryButton)

        self.retryRight = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retryRow.addItem(self.retryRight)


        self.errorLayout.addLayout(self.retryRow)

        self.errorBottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.errorLayout.addItem(self.errorBottomSpacer)

        self.pages.addWidget(self.errorPage)
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listPageLayout = QVBoxLayout(self.listPage)
        self.listPageLayout.setObjectName(u"listPageLayout")
        self.listPageLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.listPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tablePane = QWidget(self.splitter)
        self.tablePane.setObjectName(u"tablePane")
        self.tablePaneLayout = QVBoxLayout(self.tablePane)
        self.tablePaneLayout.setSpacing(6)
        self.tablePaneLayout.setObjectName(u"tablePaneLayout")
        self.tablePaneLayout.setContentsMargins(0, 0, 0, 0)
        self.invoiceTable = QTableView(self.tablePane)
        self.invoiceTable.setObjectName(u"invoiceTable")
        self.invoiceTable.setTabKeyNavigation(False)
        self.invoiceTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.invoiceTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invoiceTable.setAlternatingRowColors(True)
        self.invoiceTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.invoiceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.invoiceTable.setShowGrid(False)
        self.invoiceTable.setWordWrap(False)
        self.invoiceTable.setCornerButtonEnabled(False)
        self.invoiceTable.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.invoiceTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.tablePaneLayout.addWidget(self.invoiceTable)

        self.countRow = QHBoxLayout()
        self.countRow.setSpacing(8)
        self.countRow.setObjectName(u"countRow")
        self.countLabel = QLabel(self.tablePane)
        self.countLabel.setObjectName(u"countLabel")

        self.countRow.addWidget(self.countLabel)

        self.loadProgress = QProgressBar(self.tablePane)
        self.loadProgress.setObjectName(u"loadProgress")
        self.loadProgress.setMaximum(0)
        self.loadProgress.setTextVisible(False)
        self.loadProgress.setMaximumSize(QSize(100, 12))

        self.countRow.addWidget(self.loadProgress)

        self.stopButton = QPushButton(self.tablePane)
        self.stopButton.setObjectName(u"stopButton")

        self.countRow.addWidget(self.stopButton)

        self.loadRestButton = QPushButton(self.tablePane)
        self.loadRestButton.setObjectName(u"loadRestButton")

        self.countRow.addWidget(self.loadRestButton)

        self.countSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countRow.addItem(self.countSpacer)


        self.tablePaneLayout.addLayout(self.countRow)

        self.splitter.addWidget(self.tablePane)
        self.detailScroll = QScrollArea(self.splitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setWidgetResizable(True)
        self.detailScroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.detailScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detailScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.invoiceDetail = InvoiceDetail()
        self.invoiceDetail.setObjectName(u"invoiceDetail")
        self.invoiceDetail.setGeometry(QRect(0, 0, 400, 500))
        self.detailScroll.setWidget(self.invoiceDetail)
        self.splitter.addWidget(self.detailScroll)

        self.listPageLayout.addWidget(self.splitter)

        self.pages.addWidget(self.listPage)

        self.layout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.yearLabel.setBuddy(self.yearCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.invoiceTable)
        QWidget.setTabOrder(self.invoiceTable, self.stopButton)
        QWidget.setTabOrder(self.stopButton, self.loadRestButton)
        QWidget.setTabOrder(self.loadRestButton, self.retryButton)

        self.retranslateUi(InvoicesTab)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(InvoicesTab)
    # setupUi

    def retranslateUi(self, InvoicesTab):
#if QT_CONFIG(accessibility)
        InvoicesTab.setAccessibleName(QCoreApplication.translate("InvoicesTab", u"Invoices", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("InvoicesTab", u"Sea&rch:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InvoicesTab", u"Search by number or amount", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("InvoicesTab", u"Type part of an invoice number (such as 000123) or an amount (such as 328.00, with or without tax). Ctrl+F comes here.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("InvoicesTab", u"Search by number or amount", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("InvoicesTab", u"Y&ear:", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("InvoicesTab", u"Year", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("InvoicesTab", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("InvoicesTab", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("InvoicesTab", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("InvoicesTab", u"Kind of invoice", None))
#endif // QT_CONFIG(accessibility)
        self.clearFiltersButton.setText(QCoreApplication.translate("InvoicesTab", u"C&lear Filters", None))
#if QT_CONFIG(tooltip)
        self.clearFiltersButton.setToolTip(QCoreApplication.translate("InvoicesTab", u"Show every invoice again.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.clearFiltersButton.setAccessibleName(QCoreApplication.translate("InvoicesTab", u"Clear the filters", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("InvoicesTab", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("InvoicesTab", u"Save invoices as PDFs with a summary table for your accountant (Ctrl+E).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("InvoicesTab", u"Export invoices as PDFs", None))
#endif // QT_CONFIG(accessibility)
        self.loadingLabel.setText(QCoreApplication.translate("InvoicesTab", u"Loading your invoices\u2026", None))
        self.emptyLabel.setText(QCoreApplication.translate("InvoicesTab", u"No invoices yet.", None))
        self.emptyHint.setText(QCoreApplication.translate("InvoicesTab", u"Your invoices appear here after your first renewal, plan change or Wallet top-up, each with its receipt.", None))
        self.loadErrorLabel.setText("")
        self.retryButton.setText(QCoreApplication.translate("InvoicesTab", u"Try A&gain", None))
#if QT_CONFIG(accessibility)
        self.retryButton.setAccessibleName(QCoreApplication.translate("InvoicesTab", u"Try loading the invoices again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.invoiceTable.setAccessibleName(QCoreApplication.translate("InvoicesTab", u"Invoices", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.loadProgress.setAccessibleName(QCoreApplication.translate("InvoicesTab", u"Loading invoices", None))
#endif // QT_CONFIG(accessibility)
        self.stopButton.setText(QCoreApplication.translate("InvoicesTab", u"St&op", None))
#if QT_CONFIG(tooltip)
        self.stopButton.setToolTip(QCoreApplication.translate("InvoicesTab", u"Stop loading older invoices (Escape). What has arrived stays shown.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.stopButton.setAccessibleName(QCoreApplication.translate("InvoicesTab", u"Stop loading invoices", None))
#endif // QT_CONFIG(accessibility)
        self.loadRestButton.setText(QCoreApplication.translate("InvoicesTab", u"Load the Re&st", None))
#if QT_CONFIG(tooltip)
        self.loadRestButton.setToolTip(QCoreApplication.translate("InvoicesTab", u"Load the older invoices that are not shown yet.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.loadRestButton.setAccessibleName(QCoreApplication.translate("InvoicesTab", u"Load the older invoices", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailScroll.setAccessibleName(QCoreApplication.translate("InvoicesTab", u"Invoice details", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

