"""SmartAlex Desktop: the billing side of a SmartAlex account, on the desktop."""

__version__ = "0.1.0"
