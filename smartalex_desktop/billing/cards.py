"""Card numbers before anything is sent: brand, Luhn check, expiry, CVC length.

SmartAlex accepts Visa, Mastercard, American Express and Discover. The app checks the number's
brand (by its leading digits) before sending it anywhere, and groups it as typed the way the
card prints it (4-4-4-4, or 4-6-5 for American Express).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class Brand(Enum):
    VISA = "visa"
    MASTERCARD = "mastercard"
    AMEX = "amex"
    DISCOVER = "discover"

    @property
    def display_name(self) -> str:
        return {
            "visa": "Visa",
            "mastercard": "Mastercard",
            "amex": "American Express",
            "discover": "Discover",
        }[self.value]

    @property
    def lengths(self) -> tuple[int, ...]:
        return {
            "visa": (13, 16, 19),
            "mastercard": (16,),
            "amex": (15,),
            "discover": (16, 17, 18, 19),
        }[self.value]

    @property
    def cvc_length(self) -> int:
        return 4 if self is Brand.AMEX else 3


# Brands recognised but not accepted, so the sentence can name what the card is.
_OTHER_BRANDS = (
    ("JCB", 3528, 3589, 4),
    ("Diners Club", 300, 305, 3),
    ("Diners Club", 36, 36, 2),
    ("Diners Club", 38, 39, 2),
    ("UnionPay", 62, 62, 2),
    ("Maestro", 50, 50, 2),
    ("Maestro", 56, 58, 2),
)


def digits_of(text: str) -> str:
    """The digits a person typed, without spaces or dashes."""
    return "".join(character for character in text if character.isdigit())


def brand_of(number: str) -> Brand | None:
    """The accepted brand the leading digits belong to, or None."""
    digits = digits_of(number)

    def prefix(length: int) -> int:
        return int(digits[:length]) if len(digits) >= length else -1

    if digits.startswith("4"):
        return Brand.VISA
    if 51 <= prefix(2) <= 55 or 2221 <= prefix(4) <= 2720:
        return Brand.MASTERCARD
    if prefix(2) in (34, 37):
        return Brand.AMEX
    if (
        prefix(4) == 6011
        or 644 <= prefix(3) <= 649
        or prefix(2) == 65
        or 622126 <= prefix(6) <= 622925
    ):
        return Brand.DISCOVER
    return None


def other_brand_of(number: str) -> str | None:
    """The name of a recognised brand SmartAlex does not accept, if the number is one."""
    digits = digits_of(number)
    for name, low, high, length in _OTHER_BRANDS:
        if len(digits) >= length and low <= int(digits[:length]) <= high:
            return name
    return None


def luhn_valid(number: str) -> bool:
    digits = digits_of(number)
    if not digits:
        return False
    total = 0
    for index, character in enumerate(reversed(digits)):
        value = int(character)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def group(number: str) -> str:
    """The number grouped as the card prints it: 4242 4242 4242 4242, 3782 822463 10005."""
    digits = digits_of(number)
    sizes = (4, 6, 5) if brand_of(digits) is Brand.AMEX else (4, 4, 4, 4, 3)
    groups, start = [], 0
    for size in sizes:
        if start >= len(digits):
            break
        groups.append(digits[start : start + size])
        start += size
    return " ".join(groups)


@dataclass(frozen=True)
class CardProblem:
    """One thing wrong with the card details: the form field and a sentence with the fix."""

    field: str  # "number", "expiry" or "cvc"
    message: str


def problems(
    number: str, exp_month: int | None, exp_year: int | None, cvc: str, today: date
) -> list[CardProblem]:
    """Everything wrong with the card details, in form order; empty when they may be sent."""
    found: list[CardProblem] = []
    digits = digits_of(number)
    brand = brand_of(digits)
    if not digits:
        found.append(CardProblem("number", "Enter the card number."))
    elif brand is None:
        other = other_brand_of(digits)
        what = f"{other} cards are" if other else "This card is"
        found.append(
            CardProblem(
                "number",
                f"{what} not accepted; use a Visa, Mastercard, American Express or Discover card.",
            )
        )
    elif len(digits) not in brand.lengths or not luhn_valid(digits):
        found.append(
            CardProblem(
                "number",
                f"This {brand.display_name} number is incomplete or mistyped; check the digits.",
            )
        )
    if exp_month is None or exp_year is None or not 1 <= exp_month <= 12:
        found.append(CardProblem("expiry", "Enter the expiry date as MM/YY."))
    elif (exp_year, exp_month) < (today.year, today.month):
        found.append(
            CardProblem("expiry", "This card has expired; use a card with a future expiry date.")
        )
    elif exp_year > today.year + 25:
        found.append(CardProblem("expiry", "Check the expiry year; it is too far ahead."))
    cvc_digits = digits_of(cvc)
    wanted = brand.cvc_length if brand else None
    if not cvc_digits or cvc_digits != cvc.strip():
        found.append(CardProblem("cvc", "Enter the security code (CVC) from the card."))
    elif wanted is not None and len(cvc_digits) != wanted:
        where = "on the front" if brand is Brand.AMEX else "on the back"
        found.append(
            CardProblem(
                "cvc",
                f"The {brand.display_name if brand else ''} security code is {wanted} digits, "
                f"{where} of the card.",
            )
        )
    return found
