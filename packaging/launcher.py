"""The frozen app's entry point (PyInstaller runs this file as `__main__`)."""

import multiprocessing
import sys

from smartalex_desktop.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen app must say so before anything spawns
    sys.exit(main())
