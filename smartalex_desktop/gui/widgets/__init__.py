"""Shared Qt pieces every feature may use: the account-tab base, message bar, money field,
formatting, icons, colours, the request and pay-invoice dialogs, saved documents."""
