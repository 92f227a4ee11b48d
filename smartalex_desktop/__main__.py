"""`python -m smartalex_desktop`: the same as the `smartalex-desktop` command."""

import sys

from smartalex_desktop.app import main

sys.exit(main())
