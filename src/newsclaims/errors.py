"""Errors raised by the library; the CLI and the web app translate them at the edge.

Bad data (one document that cannot be used) and misuse (a wrong option, a database URL that
does not work) are different errors: the first skips one document and the batch goes on,
the second stops the command with exit code 2.
"""


class NewsclaimsError(Exception):
    """Base class of every error newsclaims raises on purpose."""


class InputError(NewsclaimsError):
    """A document or source cannot be used (binary, empty, undecodable, non-English, too large,
    malformed, unreachable). The message is one line naming the reason; the batch goes on."""


class UsageError(NewsclaimsError):
    """The caller asked for something that cannot work (bad option, bad database URL)."""


class MissingExtraError(UsageError):
    """An optional part is needed but not installed; the message says what to install."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"{feature} needs the '{extra}' extra: pip install 'newsclaims[{extra}]'")


def first_line(exc: BaseException) -> str:
    """An exception's message as one line (its first), or its type's name when it has none."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
