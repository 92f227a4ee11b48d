"""The All Accounts table's rows and their model (the columns: account_columns.py).

A row is an `AccountLine`: one signed-in account, its refresh status (`AccountStatus`: figures,
how fresh, what went wrong) and the figures worked out for the view (`billing.overview`). The
columns turn those into text in the user's locale. Colour is never the only signal: every cell
that is coloured has an icon and says it in words too (its text, and its accessible text, which
spells out what a sighted user reads from the icon — "below the $50.00 alert").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon

from smartalex_desktop.api import errors
from smartalex_desktop.billing.overview import (
    LABELS,
    OverviewRow,
)
from smartalex_desktop.gui.runtime.account_refresh import AccountStatus, Refresh
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.table_model import RecordTableModel
from smartalex_desktop.gui.widgets import colours, formatting
from smartalex_desktop.gui.widgets.icons import icon


@dataclass(eq=False, slots=True)
class AccountLine:
    """One account in the table. `row` is None until its figures are known (saved or fetched)."""

    key: str
    session: AccountSession
    status: AccountStatus
    row: OverviewRow | None
    # Texts worked out from `row` alone, once: a line is made anew whenever its figures change,
    # and each repaint asks for every visible cell again (fifty accounts refreshing repaint
    # often enough for formatting to show on the GUI thread).
    texts: dict[str, str] = field(default_factory=dict)

    def take(self, other: AccountLine) -> None:
        """Become `other` (the same account's newer line), so the model's row shows it."""
        self.session, self.status, self.row, self.texts = (
            other.session,
            other.status,
            other.row,
            other.texts,
        )

    @property
    def name(self) -> str:
        if self.row is not None and self.row.practice_name:
            return self.row.practice_name
        return self.session.practice_name or self.session.email

    @property
    def signed_out(self) -> bool:
        return self.status.refresh is Refresh.SIGNED_OUT or not self.session.client.signed_in

    @property
    def needs_attention(self) -> bool:
        """Under "Needs attention": a billing problem, or a sign-in that ended (nothing about
        the account can be known or done until it is signed in again)."""
        return self.signed_out or (self.row is not None and self.row.needs_attention)

    @property
    def problems(self) -> list[str]:
        said = ["Signed out"] if self.signed_out else []
        if self.row is not None:
            said += [LABELS[kind] for kind in self.row.attention]
        return said

    @property
    def unreachable(self) -> bool:
        """The last try could not reach SmartAlex: the figures shown are older ones."""
        return self.status.refresh is Refresh.FAILED and isinstance(
            self.status.error, errors.Offline | errors.TimedOut
        )


def from_row(text: Callable[[AccountLine], str]) -> Callable[[AccountLine], str]:
    """`text` remembered on each line (for texts that depend on the line's row alone, not on
    its refresh status, the clock or the palette)."""
    name = text.__name__

    def remembered(line: AccountLine) -> str:
        found = line.texts.get(name)
        if found is None:
            found = line.texts[name] = text(line)
        return found

    return remembered


# --- flags: icon, colour, words ------------------------------------------------------------


def accent(level: colours.Level) -> QColor:
    return colours.accent(level, QGuiApplication.palette())


_ICONS: dict[tuple[str, int], QIcon] = {}
_PLAIN_ICONS: dict[str, QIcon] = {}


def plain_icon(name: str) -> QIcon:
    """`icon(name)`, made once: each one parses its SVG, and a repaint asks every visible cell
    for its icon. It is tinted with the palette's text colour when painted, so one serves a
    light and a dark palette alike."""
    found = _PLAIN_ICONS.get(name)
    if found is None:
        found = _PLAIN_ICONS[name] = icon(name)
    return found


def flag_icon(name: str, level: colours.Level | None) -> QIcon:
    """A status icon tinted in its level's colour (the palette's text colour without one)."""
    if level is None:
        return plain_icon(name)
    colour = accent(level)
    key = (name, colour.rgba())
    found = _ICONS.get(key)
    if found is None:
        ratio = (
            QGuiApplication.primaryScreen().devicePixelRatio()
            if QGuiApplication.primaryScreen()
            else 1.0
        )
        found = _ICONS[key] = QIcon(colours.tinted_pixmap(icon(name), QSize(16, 16), colour, ratio))
    return found


def when_text(moment: datetime | None) -> str:
    """`10:42 AM` today, `Jun 9, 10:42 AM` before (this computer's time)."""
    if moment is None:
        return "never"
    local = moment.astimezone()
    if local.date() == datetime.now(UTC).astimezone().date():
        return formatting.time_of_day(moment)
    return f"{formatting.short_date(local.date())} {formatting.time_of_day(moment)}"


def day_text(line: AccountLine, moment: datetime | None) -> str:
    if moment is None:
        return ""
    timezone = line.row.timezone if line.row is not None else line.session.timezone
    return formatting.short_date(moment, timezone)


# --- the model --------------------------------------------------------------------------------


class AccountsModel(RecordTableModel[AccountLine]):
    """The history tables' model (which answers a cell's roles in one call: while fifty accounts
    refresh, one repaint through `data()` took 60–120 ms), with a line changed in place."""

    def line_changed(self, row: int) -> None:
        """The line shown at `row` changed in place, where it sorts and whether it is shown
        too: only that row is repainted (no layout change, which repaints every row)."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
