# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_methods_tab.ui'
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
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_PaymentMethodsTab(object):
    def setupUi(self, PaymentMethodsTab):
        if not PaymentMethodsTab.objectName():
            PaymentMethodsTab.setObjectName(u"PaymentMethodsTab")
        PaymentMethodsTab.resize(720, 480)
        self.layout = QVBoxLayout(PaymentMethodsTab)
        self.layout.setSpacing(12)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setSpacing(12)
        self.header.setObjectName(u"header")
        self.headingColumn = QVBoxLayout()
        self.headingColumn.setSpacing(2)
        self.headingColumn.setObjectName(u"headingColumn")
        self.headingLabel = QLabel(PaymentMethodsTab)
        self.headingLabel.setObjectName(u"headingLabel")

        self.headingColumn.addWidget(self.headingLabel)

        self.introLabel = QLabel(PaymentMethodsTab)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.headingColumn.addWidget(self.introLabel)


        self.header.addLayout(self.headingColumn)

        self.addCardButton = QPushButton(PaymentMethodsTab)
        self.addCardButton.setObjectName(u"addCardButton")

        self.header.addWidget(self.addCardButton)

        self.header.setStretch(0, 1)

        self.layout.addLayout(self.header)

        self.pages = QStackedWidget(PaymentMethodsTab)
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
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

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
        self.cardScroll = QScrollArea(self.listPage)
        self.cardScroll.setObjectName(u"cardScroll")
        self.cardScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cardScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.cardScroll.setWidgetResizable(True)
        self.cardList = QWidget()
        self.cardList.setObjectName(u"cardList")
        self.cardList.setGeometry(QRect(0, 0, 700, 380))
        self.cardLayout = QVBoxLayout(self.cardList)
        self.cardLayout.setSpacing(8)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(2, 2, 2, 2)
        self.cardListSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.cardLayout.addItem(self.cardListSpacer)

        self.cardScroll.setWidget(self.cardList)

        self.listPageLayout.addWidget(self.cardScroll)

        self.pages.addWidget(self.listPage)

        self.layout.addWidget(self.pages)

        self.privacyNote = QLabel(PaymentMethodsTab)
        self.privacyNote.setObjectName(u"privacyNote")
        self.privacyNote.setWordWrap(True)

        self.layout.addWidget(self.privacyNote)

        QWidget.setTabOrder(self.addCardButton, self.retryButton)

        self.retranslateUi(PaymentMethodsTab)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PaymentMethodsTab)
    # setupUi

    def retranslateUi(self, PaymentMethodsTab):
#if QT_CONFIG(accessibility)
        PaymentMethodsTab.setAccessibleName(QCoreApplication.translate("PaymentMethodsTab", u"Payment methods", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("PaymentMethodsTab", u"Cards on file", None))
        self.introLabel.setText(QCoreApplication.translate("PaymentMethodsTab", u"Your default card pays your plan and usage charges, and automatic Wallet top-ups unless you chose another card for them.", None))
        self.addCardButton.setText(QCoreApplication.translate("PaymentMethodsTab", u"Add Car&d\u2026", None))
#if QT_CONFIG(tooltip)
        self.addCardButton.setToolTip(QCoreApplication.translate("PaymentMethodsTab", u"Opens SmartAlex's secure card page in your browser, where you enter a Visa, Mastercard, American Express or Discover card.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addCardButton.setAccessibleName(QCoreApplication.translate("PaymentMethodsTab", u"Add Card", None))
#endif // QT_CONFIG(accessibility)
        self.loadingLabel.setText(QCoreApplication.translate("PaymentMethodsTab", u"Loading your cards\u2026", None))
        self.emptyLabel.setText(QCoreApplication.translate("PaymentMethodsTab", u"No card on file. Add one so your plan renews and your Wallet can be topped up.", None))
        self.loadErrorLabel.setText("")
        self.retryButton.setText(QCoreApplication.translate("PaymentMethodsTab", u"&Try Again", None))
#if QT_CONFIG(accessibility)
        self.retryButton.setAccessibleName(QCoreApplication.translate("PaymentMethodsTab", u"Try loading the cards again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.cardScroll.setAccessibleName(QCoreApplication.translate("PaymentMethodsTab", u"Cards on file", None))
#endif // QT_CONFIG(accessibility)
        self.cardList.setProperty(u"accessibleRole", QCoreApplication.translate("PaymentMethodsTab", u"List", None))
#if QT_CONFIG(accessibility)
        self.cardList.setAccessibleName(QCoreApplication.translate("PaymentMethodsTab", u"Cards on file", None))
#endif // QT_CONFIG(accessibility)
        self.privacyNote.setText(QCoreApplication.translate("PaymentMethodsTab", u"Cards are entered in your browser, on SmartAlex's secure card page, and go straight to Stripe, SmartAlex's payment processor: this app never sees a card number. SmartAlex keeps only the brand, the last 4 digits and the expiry date.", None))
    # retranslateUi

