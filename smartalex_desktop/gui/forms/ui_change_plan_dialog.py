# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_plan_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QProgressBar, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

from smartalex_desktop.gui.widgets.message_bar import MessageBar

class Ui_ChangePlanDialog(object):
    def setupUi(self, ChangePlanDialog):
        if not ChangePlanDialog.objectName():
            ChangePlanDialog.setObjectName(u"ChangePlanDialog")
        ChangePlanDialog.resize(820, 540)
        self.dialogLayout = QVBoxLayout(ChangePlanDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ChangePlanDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.plansLayout = QHBoxLayout()
        self.plansLayout.setSpacing(12)
        self.plansLayout.setObjectName(u"plansLayout")

        self.dialogLayout.addLayout(self.plansLayout)

        self.previewBox = QGroupBox(ChangePlanDialog)
        self.previewBox.setObjectName(u"previewBox")
        self.previewBoxLayout = QVBoxLayout(self.previewBox)
        self.previewBoxLayout.setObjectName(u"previewBoxLayout")
        self.previewPages = QStackedWidget(self.previewBox)
        self.previewPages.setObjectName(u"previewPages")
        self.choosePage = QWidget()
        self.choosePage.setObjectName(u"choosePage")
        self.chooseLayout = QVBoxLayout(self.choosePage)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseLabel = QLabel(self.choosePage)
        self.chooseLabel.setObjectName(u"chooseLabel")
        self.chooseLabel.setWordWrap(True)
        self.chooseLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.chooseLayout.addWidget(self.chooseLabel)

        self.previewPages.addWidget(self.choosePage)
        self.previewLoadingPage = QWidget()
        self.previewLoadingPage.setObjectName(u"previewLoadingPage")
        self.previewLoadingLayout = QVBoxLayout(self.previewLoadingPage)
        self.previewLoadingLayout.setObjectName(u"previewLoadingLayout")
        self.previewLoadingLabel = QLabel(self.previewLoadingPage)
        self.previewLoadingLabel.setObjectName(u"previewLoadingLabel")

        self.previewLoadingLayout.addWidget(self.previewLoadingLabel, 0, Qt.AlignmentFlag.AlignHCenter)

        self.previewProgress = QProgressBar(self.previewLoadingPage)
        self.previewProgress.setObjectName(u"previewProgress")
        self.previewProgress.setMinimumSize(QSize(200, 0))
        self.previewProgress.setMaximum(0)
        self.previewProgress.setTextVisible(False)

        self.previewLoadingLayout.addWidget(self.previewProgress, 0, Qt.AlignmentFlag.AlignHCenter)

        self.previewPages.addWidget(self.previewLoadingPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.summaryLabel = QLabel(self.previewPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.summaryLabel)

        self.previewForm = QFormLayout()
        self.previewForm.setObjectName(u"previewForm")
        self.previewForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.chargedNowCaption = QLabel(self.previewPage)
        self.chargedNowCaption.setObjectName(u"chargedNowCaption")

        self.previewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.chargedNowCaption)

        self.chargedNowValue = QLabel(self.previewPage)
        self.chargedNowValue.setObjectName(u"chargedNowValue")
        self.chargedNowValue.setWordWrap(True)
        self.chargedNowValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.chargedNowValue)

        self.effectiveCaption = QLabel(self.previewPage)
        self.effectiveCaption.setObjectName(u"effectiveCaption")

        self.previewForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.effectiveCaption)

        self.effectiveValue = QLabel(self.previewPage)
        self.effectiveValue.setObjectName(u"effectiveValue")
        self.effectiveValue.setWordWrap(True)

        self.previewForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.effectiveValue)

        self.allowanceCaption = QLabel(self.previewPage)
        self.allowanceCaption.setObjectName(u"allowanceCaption")

        self.previewForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.allowanceCaption)

        self.allowanceValue = QLabel(self.previewPage)
        self.allowanceValue.setObjectName(u"allowanceValue")
        self.allowanceValue.setWordWrap(True)

        self.previewForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.allowanceValue)

        self.linesCaption = QLabel(self.previewPage)
        self.linesCaption.setObjectName(u"linesCaption")

        self.previewForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.linesCaption)

        self.linesValue = QLabel(self.previewPage)
        self.linesValue.setObjectName(u"linesValue")
        self.linesValue.setWordWrap(True)
        self.linesValue.setTextFormat(Qt.TextFormat.RichText)
        self.linesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.linesValue)


        self.previewLayout.addLayout(self.previewForm)

        self.previewPages.addWidget(self.previewPage)

        self.previewBoxLayout.addWidget(self.previewPages)


        self.dialogLayout.addWidget(self.previewBox)

        self.errorBar = MessageBar(ChangePlanDialog)
        self.errorBar.setObjectName(u"errorBar")

        self.dialogLayout.addWidget(self.errorBar)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.progress = QProgressBar(ChangePlanDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumSize(QSize(120, 12))
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.buttonRow.addWidget(self.progress)

        self.buttons = QDialogButtonBox(ChangePlanDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonRow.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.buttonRow)


        self.retranslateUi(ChangePlanDialog)

        self.previewPages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ChangePlanDialog)
    # setupUi

    def retranslateUi(self, ChangePlanDialog):
        ChangePlanDialog.setWindowTitle(QCoreApplication.translate("ChangePlanDialog", u"Change Plan", None))
        self.introLabel.setText(QCoreApplication.translate("ChangePlanDialog", u"Choose a plan. You will see what it costs and when it starts before anything changes.", None))
        self.previewBox.setTitle(QCoreApplication.translate("ChangePlanDialog", u"What changes", None))
#if QT_CONFIG(accessibility)
        self.previewBox.setAccessibleName(QCoreApplication.translate("ChangePlanDialog", u"What changes", None))
#endif // QT_CONFIG(accessibility)
        self.chooseLabel.setText(QCoreApplication.translate("ChangePlanDialog", u"Choose a plan above to see what it costs and when it starts.", None))
        self.previewLoadingLabel.setText(QCoreApplication.translate("ChangePlanDialog", u"Working out what the change costs\u2026", None))
#if QT_CONFIG(accessibility)
        self.previewProgress.setAccessibleName(QCoreApplication.translate("ChangePlanDialog", u"Working out what the change costs", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
        self.chargedNowCaption.setText(QCoreApplication.translate("ChangePlanDialog", u"Charged now:", None))
        self.chargedNowValue.setText("")
        self.chargedNowValue.setProperty(u"accessibleCaption", QCoreApplication.translate("ChangePlanDialog", u"Charged now", None))
        self.effectiveCaption.setText(QCoreApplication.translate("ChangePlanDialog", u"Takes effect:", None))
        self.effectiveValue.setText("")
        self.effectiveValue.setProperty(u"accessibleCaption", QCoreApplication.translate("ChangePlanDialog", u"Takes effect", None))
        self.allowanceCaption.setText(QCoreApplication.translate("ChangePlanDialog", u"Monthly allowance:", None))
        self.allowanceValue.setText("")
        self.allowanceValue.setProperty(u"accessibleCaption", QCoreApplication.translate("ChangePlanDialog", u"Monthly allowance", None))
        self.linesCaption.setText(QCoreApplication.translate("ChangePlanDialog", u"On the invoice:", None))
        self.linesValue.setText("")
        self.linesValue.setProperty(u"accessibleCaption", QCoreApplication.translate("ChangePlanDialog", u"Invoice lines", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("ChangePlanDialog", u"Changing the plan", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

