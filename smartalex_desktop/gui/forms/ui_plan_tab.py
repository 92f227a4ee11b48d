# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

from smartalex_desktop.gui.widgets.link_button import LinkButton

class Ui_PlanTab(object):
    def setupUi(self, PlanTab):
        if not PlanTab.objectName():
            PlanTab.setObjectName(u"PlanTab")
        PlanTab.resize(1000, 600)
        self.tabLayout = QVBoxLayout(PlanTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.tabLayout.setContentsMargins(16, 16, 16, 12)
        self.pages = QStackedWidget(PlanTab)
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
        self.planPage = QWidget()
        self.planPage.setObjectName(u"planPage")
        self.planPageLayout = QVBoxLayout(self.planPage)
        self.planPageLayout.setSpacing(12)
        self.planPageLayout.setObjectName(u"planPageLayout")
        self.planPageLayout.setContentsMargins(0, 0, 0, 0)
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.currentPlanBox = QGroupBox(self.planPage)
        self.currentPlanBox.setObjectName(u"currentPlanBox")
        self.currentPlanLayout = QVBoxLayout(self.currentPlanBox)
        self.currentPlanLayout.setSpacing(8)
        self.currentPlanLayout.setObjectName(u"currentPlanLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setSpacing(10)
        self.titleRow.setObjectName(u"titleRow")
        self.planNameLabel = QLabel(self.currentPlanBox)
        self.planNameLabel.setObjectName(u"planNameLabel")
        self.planNameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleRow.addWidget(self.planNameLabel)

        self.tierLabel = QLabel(self.currentPlanBox)
        self.tierLabel.setObjectName(u"tierLabel")

        self.titleRow.addWidget(self.tierLabel, 0, Qt.AlignmentFlag.AlignVCenter)

        self.titleSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.statusBadge = QLabel(self.currentPlanBox)
        self.statusBadge.setObjectName(u"statusBadge")

        self.titleRow.addWidget(self.statusBadge, 0, Qt.AlignmentFlag.AlignVCenter)


        self.currentPlanLayout.addLayout(self.titleRow)

        self.priceLabel = QLabel(self.currentPlanBox)
        self.priceLabel.setObjectName(u"priceLabel")
        self.priceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.currentPlanLayout.addWidget(self.priceLabel)

        self.minutesLabel = QLabel(self.currentPlanBox)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.currentPlanLayout.addWidget(self.minutesLabel)

        self.renewalLabel = QLabel(self.currentPlanBox)
        self.renewalLabel.setObjectName(u"renewalLabel")
        self.renewalLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.currentPlanLayout.addWidget(self.renewalLabel)

        self.statusNotice = QFrame(self.currentPlanBox)
        self.statusNotice.setObjectName(u"statusNotice")
        self.statusNotice.setFrameShape(QFrame.Shape.StyledPanel)
        self.statusNoticeLayout = QHBoxLayout(self.statusNotice)
        self.statusNoticeLayout.setObjectName(u"statusNoticeLayout")
        self.statusNoticeLayout.setContentsMargins(10, 8, 8, 8)
        self.statusNoticeIcon = QLabel(self.statusNotice)
        self.statusNoticeIcon.setObjectName(u"statusNoticeIcon")
        self.statusNoticeIcon.setProperty(u"accessibleDecorative", True)

        self.statusNoticeLayout.addWidget(self.statusNoticeIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.statusNoticeText = QLabel(self.statusNotice)
        self.statusNoticeText.setObjectName(u"statusNoticeText")
        self.statusNoticeText.setWordWrap(True)
        self.statusNoticeText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusNoticeText.sizePolicy().hasHeightForWidth())
        self.statusNoticeText.setSizePolicy(sizePolicy)

        self.statusNoticeLayout.addWidget(self.statusNoticeText)

        self.resumeButton = QPushButton(self.statusNotice)
        self.resumeButton.setObjectName(u"resumeButton")

        self.statusNoticeLayout.addWidget(self.resumeButton, 0, Qt.AlignmentFlag.AlignVCenter)

        self.payNowButton = QPushButton(self.statusNotice)
        self.payNowButton.setObjectName(u"payNowButton")

        self.statusNoticeLayout.addWidget(self.payNowButton, 0, Qt.AlignmentFlag.AlignVCenter)


        self.currentPlanLayout.addWidget(self.statusNotice)

        self.scheduledNotice = QFrame(self.currentPlanBox)
        self.scheduledNotice.setObjectName(u"scheduledNotice")
        self.scheduledNotice.setFrameShape(QFrame.Shape.StyledPanel)
        self.scheduledNoticeLayout = QHBoxLayout(self.scheduledNotice)
        self.scheduledNoticeLayout.setObjectName(u"scheduledNoticeLayout")
        self.scheduledNoticeLayout.setContentsMargins(10, 8, 8, 8)
        self.scheduledIcon = QLabel(self.scheduledNotice)
        self.scheduledIcon.setObjectName(u"scheduledIcon")
        self.scheduledIcon.setProperty(u"accessibleDecorative", True)

        self.scheduledNoticeLayout.addWidget(self.scheduledIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.scheduledText = QLabel(self.scheduledNotice)
        self.scheduledText.setObjectName(u"scheduledText")
        self.scheduledText.setWordWrap(True)
        self.scheduledText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy.setHeightForWidth(self.scheduledText.sizePolicy().hasHeightForWidth())
        self.scheduledText.setSizePolicy(sizePolicy)

        self.scheduledNoticeLayout.addWidget(self.scheduledText)

        self.keepPlanButton = QPushButton(self.scheduledNotice)
        self.keepPlanButton.setObjectName(u"keepPlanButton")

        self.scheduledNoticeLayout.addWidget(self.keepPlanButton, 0, Qt.AlignmentFlag.AlignVCenter)


        self.currentPlanLayout.addWidget(self.scheduledNotice)

        self.currentPlanSpacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.currentPlanLayout.addItem(self.currentPlanSpacer)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.changePlanButton = QPushButton(self.currentPlanBox)
        self.changePlanButton.setObjectName(u"changePlanButton")

        self.actionsRow.addWidget(self.changePlanButton)

        self.cancelSubscriptionButton = QPushButton(self.currentPlanBox)
        self.cancelSubscriptionButton.setObjectName(u"cancelSubscriptionButton")

        self.actionsRow.addWidget(self.cancelSubscriptionButton)

        self.actionProgress = QProgressBar(self.currentPlanBox)
        self.actionProgress.setObjectName(u"actionProgress")
        self.actionProgress.setMaximumSize(QSize(100, 12))
        self.actionProgress.setMaximum(0)
        self.actionProgress.setTextVisible(False)

        self.actionsRow.addWidget(self.actionProgress)

        self.actionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)


        self.currentPlanLayout.addLayout(self.actionsRow)

        self.actionsHint = QLabel(self.currentPlanBox)
        self.actionsHint.setObjectName(u"actionsHint")
        self.actionsHint.setWordWrap(True)

        self.currentPlanLayout.addWidget(self.actionsHint)

        self.currentPlanBottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)

        self.currentPlanLayout.addItem(self.currentPlanBottomSpacer)


        self.columnsLayout.addWidget(self.currentPlanBox)

        self.featuresBox = QGroupBox(self.planPage)
        self.featuresBox.setObjectName(u"featuresBox")
        self.featuresBoxLayout = QVBoxLayout(self.featuresBox)
        self.featuresBoxLayout.setObjectName(u"featuresBoxLayout")
        self.featureRows = QVBoxLayout()
        self.featureRows.setSpacing(8)
        self.featureRows.setObjectName(u"featureRows")

        self.featuresBoxLayout.addLayout(self.featureRows)

        self.featuresSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)

        self.featuresBoxLayout.addItem(self.featuresSpacer)


        self.columnsLayout.addWidget(self.featuresBox)

        self.columnsLayout.setStretch(0, 3)
        self.columnsLayout.setStretch(1, 2)

        self.planPageLayout.addLayout(self.columnsLayout)

        self.annualBillingLine = QHBoxLayout()
        self.annualBillingLine.setSpacing(0)
        self.annualBillingLine.setObjectName(u"annualBillingLine")
        self.annualBillingLabel = QLabel(self.planPage)
        self.annualBillingLabel.setObjectName(u"annualBillingLabel")
        self.annualBillingLabel.setTextFormat(Qt.TextFormat.RichText)

        self.annualBillingLine.addWidget(self.annualBillingLabel)

        self.contactSalesButton = LinkButton(self.planPage)
        self.contactSalesButton.setObjectName(u"contactSalesButton")

        self.annualBillingLine.addWidget(self.contactSalesButton)

        self.annualBillingNote = QLabel(self.planPage)
        self.annualBillingNote.setObjectName(u"annualBillingNote")

        self.annualBillingLine.addWidget(self.annualBillingNote)

        self.annualBillingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.annualBillingLine.addItem(self.annualBillingSpacer)


        self.planPageLayout.addLayout(self.annualBillingLine)

        self.planPageSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.planPageLayout.addItem(self.planPageSpacer)

        self.pages.addWidget(self.planPage)

        self.tabLayout.addWidget(self.pages)

        QWidget.setTabOrder(self.retryButton, self.resumeButton)
        QWidget.setTabOrder(self.resumeButton, self.payNowButton)
        QWidget.setTabOrder(self.payNowButton, self.keepPlanButton)
        QWidget.setTabOrder(self.keepPlanButton, self.changePlanButton)
        QWidget.setTabOrder(self.changePlanButton, self.cancelSubscriptionButton)
        QWidget.setTabOrder(self.cancelSubscriptionButton, self.contactSalesButton)

        self.retranslateUi(PlanTab)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PlanTab)
    # setupUi

    def retranslateUi(self, PlanTab):
#if QT_CONFIG(accessibility)
        PlanTab.setAccessibleName(QCoreApplication.translate("PlanTab", u"Plan", None))
#endif // QT_CONFIG(accessibility)
        self.loadingLabel.setText(QCoreApplication.translate("PlanTab", u"Loading your plan\u2026", None))
#if QT_CONFIG(accessibility)
        self.loadingProgress.setAccessibleName(QCoreApplication.translate("PlanTab", u"Loading your plan", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
        self.retryButton.setText(QCoreApplication.translate("PlanTab", u"&Try Again", None))
#if QT_CONFIG(accessibility)
        self.retryButton.setAccessibleName(QCoreApplication.translate("PlanTab", u"Try loading the plan again", None))
#endif // QT_CONFIG(accessibility)
        self.currentPlanBox.setTitle(QCoreApplication.translate("PlanTab", u"Your subscription", None))
#if QT_CONFIG(accessibility)
        self.currentPlanBox.setAccessibleName(QCoreApplication.translate("PlanTab", u"Your subscription", None))
#endif // QT_CONFIG(accessibility)
        self.planNameLabel.setText("")
        self.planNameLabel.setProperty(u"accessibleCaption", QCoreApplication.translate("PlanTab", u"Plan name", None))
        self.tierLabel.setText("")
        self.statusBadge.setText("")
        self.priceLabel.setText("")
        self.minutesLabel.setText("")
        self.renewalLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusNotice.setAccessibleName(QCoreApplication.translate("PlanTab", u"Subscription notice", None))
#endif // QT_CONFIG(accessibility)
        self.statusNoticeIcon.setText("")
        self.statusNoticeText.setText("")
        self.resumeButton.setText(QCoreApplication.translate("PlanTab", u"&Resume Subscription", None))
#if QT_CONFIG(tooltip)
        self.resumeButton.setToolTip(QCoreApplication.translate("PlanTab", u"Keep your subscription: it renews as usual and nothing is charged now.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.resumeButton.setAccessibleName(QCoreApplication.translate("PlanTab", u"Resume subscription", None))
#endif // QT_CONFIG(accessibility)
        self.payNowButton.setText(QCoreApplication.translate("PlanTab", u"Pay &Now\u2026", None))
#if QT_CONFIG(tooltip)
        self.payNowButton.setToolTip(QCoreApplication.translate("PlanTab", u"Pay what is past due with any of your cards.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.payNowButton.setAccessibleName(QCoreApplication.translate("PlanTab", u"Pay now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scheduledNotice.setAccessibleName(QCoreApplication.translate("PlanTab", u"Scheduled plan change", None))
#endif // QT_CONFIG(accessibility)
        self.scheduledIcon.setText("")
        self.scheduledText.setText("")
        self.keepPlanButton.setText(QCoreApplication.translate("PlanTab", u"&Keep My Plan", None))
#if QT_CONFIG(accessibility)
        self.keepPlanButton.setAccessibleName(QCoreApplication.translate("PlanTab", u"Keep my current plan", None))
#endif // QT_CONFIG(accessibility)
        self.changePlanButton.setText(QCoreApplication.translate("PlanTab", u"&Change Plan\u2026", None))
#if QT_CONFIG(tooltip)
        self.changePlanButton.setToolTip(QCoreApplication.translate("PlanTab", u"Compare the plans and see what a change costs before anything changes.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.changePlanButton.setAccessibleName(QCoreApplication.translate("PlanTab", u"Change plan", None))
#endif // QT_CONFIG(accessibility)
        self.cancelSubscriptionButton.setText(QCoreApplication.translate("PlanTab", u"Cancel &Subscription\u2026", None))
#if QT_CONFIG(tooltip)
        self.cancelSubscriptionButton.setToolTip(QCoreApplication.translate("PlanTab", u"Cancel at the end of the current period. You can resume until then.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.cancelSubscriptionButton.setAccessibleName(QCoreApplication.translate("PlanTab", u"Cancel subscription", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionProgress.setAccessibleName(QCoreApplication.translate("PlanTab", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.actionsHint.setText("")
        self.featuresBox.setTitle(QCoreApplication.translate("PlanTab", u"Included in your plan", None))
#if QT_CONFIG(accessibility)
        self.featuresBox.setAccessibleName(QCoreApplication.translate("PlanTab", u"Included in your plan", None))
#endif // QT_CONFIG(accessibility)
        self.annualBillingLabel.setText(QCoreApplication.translate("PlanTab", u"<b>Annual billing:</b> ", None))
        self.contactSalesButton.setText(QCoreApplication.translate("PlanTab", u"contact sales", None))
        self.contactSalesButton.setProperty(u"url", QCoreApplication.translate("PlanTab", u"https://smartalex.ai/contact-sales", None))
#if QT_CONFIG(accessibility)
        self.contactSalesButton.setAccessibleName(QCoreApplication.translate("PlanTab", u"Contact sales about annual billing", None))
#endif // QT_CONFIG(accessibility)
        self.annualBillingNote.setText(QCoreApplication.translate("PlanTab", u". Annual billing is arranged with our sales team.", None))
    # retranslateUi

