"""The yardstick for start-up: a bare PySide6 QMainWindow, shown, and the wall time of its first
paint printed the way the app's startup probe prints it."""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            print(f"smartalex-probe paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1040, 720)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
