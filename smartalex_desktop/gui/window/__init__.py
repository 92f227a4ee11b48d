"""The window and what lives beside it: the main window and its assembly, the tray, the
background refresh and notifier, sign-in, settings and help dialogs, demo mode."""
