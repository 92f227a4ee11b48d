"""All Accounts: every signed-in account at a glance, for agencies (overview_tab.py)."""
