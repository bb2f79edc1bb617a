"""The office's case file: models, storage, use cases and the command line."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any


def N_(message: str) -> str:
    """Mark an English message for the catalogue (Babel extracts `N_`); it is worded in
    the person's language only when shown, so an error raised here reaches the Serbian
    interface in Serbian."""
    return message


def word(template: str, lang: str, params: Mapping[str, Any], context: str = "") -> str:
    """`template` from the catalogue of `lang` (under `context`, if any), filled with
    `params`; a parameter that is itself a `Problem` is worded in the same language."""
    text = template
    if lang != "en":
        from casework.i18n import translations

        catalogue = translations(lang)
        text = catalogue.pgettext(context, template) if context else catalogue.gettext(template)
    if not params:
        return text
    values = {k: v.text(lang) if isinstance(v, Problem) else v for k, v in params.items()}
    for candidate in (text, template):  # a translation that lost a placeholder: English
        try:
            return candidate.format(**values)
        except (KeyError, IndexError, ValueError):
            continue
    return template  # never let the wording of an error raise an error of its own


@dataclasses.dataclass(frozen=True)
class Problem:
    """One thing to fix, as data: the English message (its catalogue key, with {named}
    placeholders), the field it concerns and the values the message needs."""

    message: str
    field: str = ""
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    context: str = ""  # the catalogue's context, for a label of a stored value

    @classmethod
    def of(cls, message: str, field: str = "", **params: Any) -> Problem:
        return cls(message, field, params)

    def text(self, lang: str = "en") -> str:
        """The message in `lang` ("sr" or "en")."""
        return word(self.message, lang, self.params, self.context)

    def __str__(self) -> str:
        return self.text("en")


class CaseworkError(Exception):
    """Base of every error casework reports to a user; the message says what to fix.

    The message is an English template marked with `N_` (its catalogue key, also the
    error's `code` unless one is given) filled with `params`; `problems` are the
    structured problems behind a refusal (casework's `Problem`s or the assembler's), so
    an interface lists them without parsing the message. `str()` is the English the
    command line prints; `text(lang)` words it for a person in Serbian or English.
    """

    def __init__(
        self,
        message: str = "",
        *,
        code: str | None = None,
        problems: tuple[Any, ...] | list[Any] = (),
        **params: Any,
    ) -> None:
        self.template = message
        self.code = code or message or None
        self.params = params
        self.problems = tuple(problems)
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        """The whole message in `lang`; problems one after another."""
        if self.template:
            return word(self.template, lang, self.params)
        return "; ".join(_problem_text(p, lang) for p in self.problems)


def _problem_text(problem: Any, lang: str) -> str:
    if isinstance(problem, Problem):
        return problem.text(lang)
    serbian = getattr(problem, "message_sr", None)
    if lang == "sr" and serbian:
        return str(serbian)
    return str(problem)


__all__ = ["N_", "CaseworkError", "Problem", "word"]
