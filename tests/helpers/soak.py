"""The soak (benchmarks/soak.py) as a child process the test run starts early and collects last."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOAK_TIMEOUT_S = 25 * 60


@dataclass
class SoakRun:
    process: subprocess.Popen[bytes]
    log: Path
    _result: tuple[int, str] | None = field(default=None, repr=False)

    @classmethod
    def start(cls) -> SoakRun:
        log = Path(tempfile.mkstemp(prefix="smartalex-soak-", suffix=".log")[1])
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env.update(QT_QPA_PLATFORM="offscreen", DBUS_SESSION_BUS_ADDRESS="disabled:")
        with log.open("wb") as out:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-X",
                    "faulthandler",
                    str(ROOT / "benchmarks" / "soak.py"),
                    "--json",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=env,
                cwd=ROOT,
            )
        return cls(process, log)

    def wait(self, timeout: float) -> tuple[int, str]:
        if self._result is None:
            try:
                code = self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                code = self.process.wait()
            self._result = (code, self.log.read_text(errors="replace"))
            self.log.unlink(missing_ok=True)
        return self._result

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.log.unlink(missing_ok=True)
