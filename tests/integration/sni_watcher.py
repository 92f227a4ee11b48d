"""A minimal `org.kde.StatusNotifierWatcher` on the session bus, written with QtDBus.

Qt's tray icon on Linux takes the StatusNotifierItem route — and sends notifications through
`org.freedesktop.Notifications` — only when this service is on the bus (as on KDE and other
desktops with an SNI host). Run by test_tray.py; prints "ready" once the name is owned.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

SERVICE = "org.kde.StatusNotifierWatcher"


@ClassInfo({"D-Bus Interface": SERVICE})
class Watcher(QObject):
    StatusNotifierItemRegistered = Signal(str)
    StatusNotifierHostRegistered = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.items: list[str] = []

    @Slot(str)
    def RegisterStatusNotifierItem(self, service: str) -> None:  # noqa: N802 (D-Bus name)
        self.items.append(service)
        print(f"registered {service}", flush=True)
        self.StatusNotifierItemRegistered.emit(service)

    @Slot(str)
    def RegisterStatusNotifierHost(self, service: str) -> None:  # noqa: N802 (D-Bus name)
        self.StatusNotifierHostRegistered.emit()

    def _host(self) -> bool:
        return True

    def _protocol(self) -> int:
        return 0

    def _items(self) -> list[str]:
        return self.items

    IsStatusNotifierHostRegistered = Property(bool, _host)
    ProtocolVersion = Property(int, _protocol)
    RegisteredStatusNotifierItems = Property("QStringList", _items)


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    watcher = Watcher()
    options = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllSignals
        | QDBusConnection.RegisterOption.ExportAllProperties
    )
    if not bus.registerObject("/StatusNotifierWatcher", watcher, options):
        print("could not register the object", flush=True)
        return 1
    if not bus.registerService(SERVICE):
        print(f"could not own {SERVICE}: {bus.lastError().message()}", flush=True)
        return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
