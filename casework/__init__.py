"""The office's case file: models, storage, use cases and the command line."""

from typing import Any


class CaseworkError(Exception):
    """Base of every error casework reports to a user; the message says what to fix.

    `code` and `params` say the same thing as data, so that an interface can word it in
    the person's language ("date.bad", text="2024-13-40"); `problems` are the structured
    problems behind a refusal (each with its field, labels and messages in both
    languages), so an interface lists them without parsing the message; the message is
    the English wording the command line prints.
    """

    def __init__(
        self,
        message: str = "",
        *,
        code: str | None = None,
        problems: tuple[Any, ...] | list[Any] = (),
        **params: Any,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.params = params
        self.problems = tuple(problems)
