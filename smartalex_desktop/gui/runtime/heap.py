"""Keep the garbage collector's full passes short while a big account is open.

CPython's full collection walks every object it tracks while holding the GIL, so the GUI thread
waits for it. With the big account open (hundreds of thousands of tracked objects) a full pass
was the longest stall the window had (docs/performance.md, "Heap: frozen after long loads").
What a view loaded
stays while the view shows it, and is freed by reference counting when replaced (its records
hold no reference cycles), so the collector has nothing to find in it: once a long list has
arrived, `settle()` moves what is alive out of its way (`gc.freeze()`), and later passes walk
only what is newer. A table model does the same once it shows a big list a worker sorted or
filtered: its new lists of every record would otherwise be walked by the next two young passes.
"""

from __future__ import annotations

import gc

# How many records a list may load between two settles: a full pass over that many new
# objects takes a few milliseconds.
SETTLE_EVERY = 5_000


def settle() -> None:
    """Collect the young garbage (cheap), then freeze everything still alive. Garbage cycles
    older than that are kept, not collected: a few objects, against a window that never stalls."""
    gc.collect(1)
    gc.freeze()
