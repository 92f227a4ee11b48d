"""Money and dates as the office manager reads them: integer cents to the last step, the user's
locale for separators and date order, the account's timezone for the calendar day."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale

from smartalex_desktop.gui.widgets import formatting


def test_money_is_grouped_and_pointed_by_locale_without_floats():
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert formatting.money(123_456_789, english) == "$1,234,567.89"
    assert formatting.money(5, english) == "$0.05"
    assert formatting.money(-500, english) == "-$5.00"
    assert formatting.money(123_450, german) == "$1.234,50"
    # A float would print 0.30000000000000004 somewhere; cents add up exactly.
    assert formatting.money(10 + 20, english) == "$0.30"


def test_a_date_is_the_calendar_day_in_the_accounts_timezone():
    late_evening_in_new_york = datetime(2026, 12, 4, 3, 30, tzinfo=UTC)
    assert formatting.local_date(late_evening_in_new_york, "America/New_York").day == 3
    assert formatting.local_date(late_evening_in_new_york, "Europe/Berlin").day == 4
    assert formatting.local_date(late_evening_in_new_york, "Not/AZone").day in (3, 4)


def test_cards_are_named_the_same_way_everywhere():
    assert formatting.card_label("amex", "0005") == "American Express •••• 0005"
    assert formatting.expiry(4, 2028) == "04/28"


def test_a_long_date_has_no_weekday():
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert formatting.long_date(datetime(2026, 12, 3, 12, tzinfo=UTC), "UTC") == (
            "December 3, 2026"
        )
    finally:
        QLocale.setDefault(QLocale.system())
