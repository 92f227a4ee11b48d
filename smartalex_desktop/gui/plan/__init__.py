"""The Plan tab and its dialogs (change plan, cancel)."""
