"""The system keyring, where azil keeps what must never be in a file or the database: the
mail server's password, a team login's password, the key of an encrypted database. One
place reads and writes it and says why it could not; each caller words the refusal for
its own case (what else the person can use instead).
"""

from __future__ import annotations


class KeyringUnavailable(Exception):
    """This computer has no usable keyring (none installed, a locked or absent D-Bus
    secret service on a server): the message is the backend's own reason."""


def read(service: str, account: str) -> str | None:
    """The stored secret, or None: none stored, or no keyring here to ask (a scheduler,
    a server, a test run), where the caller's other sources still apply."""
    try:
        import keyring

        stored = keyring.get_password(service, account)
    except Exception:  # any backend's failure means the same here: nothing to read
        return None
    return str(stored) if stored else None


def write(service: str, account: str, secret: str) -> None:
    """Keep `secret`; `KeyringUnavailable` when the computer cannot."""
    try:
        import keyring

        keyring.set_password(service, account, secret)
    except Exception as exc:  # no backend, a locked one, D-Bus gone: all "cannot keep it"
        raise KeyringUnavailable(str(exc) or type(exc).__name__) from exc
