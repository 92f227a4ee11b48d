"""The frozen app's entry point (PyInstaller runs this file as `__main__`)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A frozen app must say so before anything spawns; in the export's render process
    # (documents.RenderProcess) this runs the child's work and exits, before the window's
    # imports below are paid for.
    multiprocessing.freeze_support()
    from smartalex_desktop.app import main

    sys.exit(main())
