"""What localstripe 1.15.10 (pinned) does that the sandbox cannot accept, replaced on its classes.

Two fixes, applied once per process by `patch_localstripe()` before the first server starts
(stripe_server.py's docstring says why each is needed): the store only marks itself dirty
(`store_journal`) and LocalStripeServer saves it in batches to its own state path; card
PaymentMethods report their real brand, and 15-digit American Express cards are accepted.
localstripe is pinned: re-read `resources.Store` and `PaymentMethod.__init__` on an upgrade.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from localstripe import resources as ls_resources

__all__ = ["StoreJournal", "patch_localstripe", "store_journal"]


class StoreJournal:
    """Whether localstripe's store changed since it was last saved.

    Only touched from the thread that runs the localstripe event loop (every request handler and
    every flush run there), or while no loop runs, so it needs no lock.
    """

    def __init__(self) -> None:
        self.dirty = False


store_journal = StoreJournal()
_patch_lock = threading.Lock()
_patched = False

_original_payment_method_init: Callable[..., None] | None = None
"""localstripe's own `PaymentMethod.__init__`, kept by `_patch_localstripe_payment_methods`."""

_CARD_BRAND_PREFIXES: tuple[tuple[str, int, int], ...] = (
    # (Stripe's brand, lowest prefix, highest prefix): the card's first len(lowest) digits must
    # lie in the range. Checked in order, first match wins, so Discover comes before UnionPay.
    ("visa", 4, 4),
    ("mastercard", 51, 55),
    ("mastercard", 2221, 2720),
    ("amex", 34, 34),
    ("amex", 37, 37),
    ("discover", 6011, 6011),
    ("discover", 644, 649),
    ("discover", 65, 65),
    ("jcb", 3528, 3589),
    ("diners", 300, 305),
    ("diners", 36, 36),
    ("diners", 38, 39),
    ("unionpay", 62, 62),
)
"""Stripe's card brands by number prefix (IIN ranges), as `card.brand` reports them."""

_AMEX_NUMBER_LENGTH = 15
_AMEX_CVC_LENGTH = 4


def patch_localstripe() -> None:
    """Apply the patches below to localstripe, once per process, before a server first starts.

    Why once: both replace methods on localstripe's classes, which every server in the process
    shares, and they stay in place for the life of the process. Idempotent and thread-safe.
    """
    global _patched
    with _patch_lock:
        if _patched:
            return
        _patch_localstripe_store()
        _patch_localstripe_payment_methods()
        _patched = True


# -- patch 1: the store saves in batches, to our state path only -------------------------------


def _patch_localstripe_store() -> None:
    """Make localstripe's store only *mark* itself dirty when it changes, instead of saving.

    Why: in localstripe 1.15.10, `resources.Store` (the dict behind `resources.store`, a
    module-level singleton created at import) pickles the whole store to the fixed path
    /tmp/localstripe.pickle in `__setitem__` and `__delitem__`, and `server.save_store_middleware`
    calls `store.dump_to_disk()` again after every POST/PUT/DELETE. One request that creates a
    few objects thus rewrites the whole file several times, which is quadratic over a session,
    not atomic, and in a shared, fixed place (see the module docstring).

    We replace the methods on the *class*, because that is the only hook every caller goes
    through: the singleton already exists when we are imported, and the middleware calls
    `store.dump_to_disk()` on it. After the patch:

    - `__setitem__` / `__delitem__` change the dict and mark the journal dirty (if the dict is
      the live store, not one being unpickled);
    - `dump_to_disk` only marks it dirty. The middleware still calls it after every mutating
      request, which is what catches changes made in place on stored objects (confirming a
      PaymentIntent changes its attributes, never the dict);
    - `try_load_from_disk` raises: it would load /tmp/localstripe.pickle, a file anyone can
      plant. LocalStripeServer loads its own `state_path` instead.

    LocalStripeServer saves the store itself, in batches, from the localstripe event loop.
    Only called by `patch_localstripe` (re-applying would be harmless). localstripe is pinned:
    re-read `resources.Store` and `server.py` on an upgrade.
    """
    store_cls = ls_resources.Store

    # Only the live singleton counts: unpickling a saved state builds another Store
    # instance (pickle fills it through __setitem__), and that must not mark anything dirty.
    def setitem(self: dict[Any, Any], key: Any, value: Any) -> None:
        dict.__setitem__(self, key, value)
        if self is ls_resources.store:
            store_journal.dirty = True

    def delitem(self: dict[Any, Any], key: Any) -> None:
        dict.__delitem__(self, key)
        if self is ls_resources.store:
            store_journal.dirty = True

    def dump_to_disk(self: dict[Any, Any]) -> None:
        if self is ls_resources.store:
            store_journal.dirty = True

    def try_load_from_disk(self: dict[Any, Any]) -> None:
        raise RuntimeError(
            "localstripe's /tmp state file is disabled; LocalStripeServer loads its state"
        )

    replacements = {
        "__setitem__": setitem,
        "__delitem__": delitem,
        "dump_to_disk": dump_to_disk,
        "try_load_from_disk": try_load_from_disk,
    }
    for name in replacements:
        if name not in vars(store_cls):
            raise RuntimeError(
                f"localstripe.resources.Store.{name} is missing: this localstripe version "
                "is not the one stripe_server.py was written for (1.15.10)"
            )
    for name, function in replacements.items():
        setattr(store_cls, name, function)


# -- patch 2: card brands from the number, and American Express cards -------------------------


def _card_brand(number: str) -> str:
    """Stripe's `card.brand` for a card number: "visa", "mastercard", ..., or "unknown"."""
    if not (number.isascii() and number.isdigit()):
        return "unknown"
    for brand, lowest, highest in _CARD_BRAND_PREFIXES:
        digits = len(str(lowest))
        if len(number) >= digits and lowest <= int(number[:digits]) <= highest:
            return brand
    return "unknown"


def _amex_card_number(card: Any) -> str | None:
    """The number of `card` (a `payment_method_data[card]` dict) if it is a 15-digit American
    Express number with a 4-digit CVC, which localstripe would refuse; None otherwise.
    """
    if type(card) is not dict:
        return None
    number, cvc = card.get("number"), card.get("cvc")
    if type(number) is not str or type(cvc) is not str:
        return None
    if not (number.isascii() and number.isdigit() and len(number) == _AMEX_NUMBER_LENGTH):
        return None
    if not (cvc.isascii() and cvc.isdigit() and len(cvc) == _AMEX_CVC_LENGTH):
        return None
    return number if _card_brand(number) == "amex" else None


def _payment_method_init(self: Any, *args: Any, **kwargs: Any) -> None:
    """localstripe's `PaymentMethod.__init__`, then the card's brand (and Amex) fixed up.

    A module-level function set on the class, so nothing new is stored on instances and they
    still pickle (the class is pickled by reference). See `_patch_localstripe_payment_methods`.
    """
    assert _original_payment_method_init is not None
    amex_number = None
    if not args and kwargs.get("type") == "card":  # localstripe passes everything by keyword
        amex_number = _amex_card_number(kwargs.get("card"))
    if amex_number is not None:
        # Let localstripe's checks (16 digits, 3-digit CVC) pass on a stand-in, then put the
        # real number back into every field derived from it. The stand-in starts with 3, so it
        # is in none of localstripe's decline/3D Secure lists (all start with 4). The CVC is
        # not kept anywhere. A copy: localstripe edits the dict it gets.
        kwargs["card"] = {**kwargs["card"], "number": amex_number + "0", "cvc": "000"}
    _original_payment_method_init(self, *args, **kwargs)
    if self.type != "card":
        return
    if amex_number is not None:
        self._card_number = amex_number
        self.card["last4"] = amex_number[-4:]
        self.card["fingerprint"] = ls_resources.fingerprint(amex_number)
    self.card["brand"] = _card_brand(self._card_number)


def _patch_localstripe_payment_methods() -> None:
    """Make localstripe's card PaymentMethods report their real brand, and accept Amex cards.

    Why: in localstripe 1.15.10, `resources.PaymentMethod.__init__` sets `card["brand"]` to
    "visa" for every card, and refuses (400) any number that is not 16 characters and any CVC
    that is not 3. The SmartAlex API checks the brand Stripe reports against the brands it
    accepts, so in demo mode a Mastercard showed as Visa, and an American Express card (15
    digits, 4-digit CVC), which SmartAlex accepts, could not be saved at all.

    We wrap `__init__` on the *class*: every way localstripe makes a PaymentMethod goes through
    it, including `SetupIntent._api_confirm` with `payment_method_data` (the path the app uses),
    which calls `PaymentMethod(**payment_method_data)` by its module-level name. The wrapper:

    - accepts a 15-digit Amex number (34, 37) with a 4-digit CVC, by running localstripe's init
      on a 16-digit stand-in and then fixing `_card_number`, `card["last4"]` and
      `card["fingerprint"]` (with localstripe's own `fingerprint`). localstripe's test numbers
      (declined, 3D Secure) are 16-digit Visas and behave as before;
    - sets `card["brand"]` from the number with Stripe's prefixes (`_CARD_BRAND_PREFIXES`),
      "unknown" when none matches.

    Everything else is still localstripe's: any other 15-digit number, a 4-digit CVC on another
    brand, a 14-digit Diners card are still refused with its 400. PaymentMethods saved before
    this patch keep the "visa" they were stored with.

    Only called by `patch_localstripe`; idempotent on its own too (it never wraps its own
    wrapper). localstripe is pinned: re-read `PaymentMethod.__init__` on an upgrade.
    """
    global _original_payment_method_init
    payment_method_cls = ls_resources.PaymentMethod
    current = vars(payment_method_cls).get("__init__")
    if current is _payment_method_init:
        return
    if current is None or not callable(getattr(ls_resources, "fingerprint", None)):
        raise RuntimeError(
            "localstripe.resources.PaymentMethod.__init__ or resources.fingerprint is missing: "
            "this localstripe version is not the one stripe_server.py was written for (1.15.10)"
        )
    _original_payment_method_init = current
    payment_method_cls.__init__ = _payment_method_init
