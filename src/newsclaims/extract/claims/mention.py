"""A number phrase found in a parsed doc: the value every claim rule works on.

Kept in a module of its own so that finding numbers (:mod:`.quantities`) and ruling them out
(:mod:`.nonclaims`) can both speak of it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Quantity


@dataclass(frozen=True)
class Mention:
    """A number phrase in a doc: its reading, token extent and the token standing for it in the parse."""

    quantity: Quantity
    start: int  # token index of the first token (qualifier included)
    end: int  # token index after the last token of the phrase
    anchor: int  # token whose syntactic head/children tell what is counted
    unit_end: int  # token index after any measurement unit words (where a counted noun may follow)
