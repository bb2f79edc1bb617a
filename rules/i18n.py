"""The rules' words in two languages: English in the code, Serbian in a gettext catalogue.

Rule names, remedies, notes and the engine's reasoning are written in English and marked
with `N_`; `rules/locale/sr/LC_MESSAGES/rules.po` holds the Serbian (reviewed there, by
a lawyer, like any translation), plural forms included. `both()` words a sentence in
the two languages at once, which is what the engine stores with each deadline.

The `.po` is the only form under version control. It is compiled once with Babel into
the user's cache folder (keyed by its content, so an edited catalogue is compiled again)
and then read with the standard library's gettext, so `azil rules` does not pay for
Babel on every start; where no cache folder can be written, it is compiled in memory.
`load_catalogue` serves casework's catalogue the same way.
"""

from __future__ import annotations

import functools
import gettext
import hashlib
import io
import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, NamedTuple

DOMAIN = "rules"
# What Babel extracts from rules/: N_() marks a message, both() words one in the two
# languages at once, counted(n, one, many) a count.
KEYWORDS: dict[str, object] = {"N_": None, "both": None, "counted": (2, 3)}


class Phrase(NamedTuple):
    """A fixed or composed sentence in both languages."""

    sr: str
    en: str

    def text(self, lang: str) -> str:
        """The sentence in `lang` ("sr" or "en")."""
        return self.sr if lang == "sr" else self.en


def N_(message: str) -> str:
    """Mark an English message for the catalogue (Babel extracts `N_`)."""
    return message


def load_catalogue(po: Traversable, lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of `po` (a .po file shipped in a package)."""
    data = po.read_bytes()
    digest = hashlib.sha256(data).hexdigest()[:16]
    cached = _cache_folder() / f"{Path(po.name).stem}-{lang}-{digest}.mo"
    try:
        with cached.open("rb") as fp:
            return gettext.GNUTranslations(fp)
    except OSError:
        pass
    compiled = _compile(data, lang)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(compiled)
        os.replace(partial, cached)  # whole or not at all, if two processes race
    except OSError:
        pass  # a read-only home: compiled in memory each time, still correct
    return gettext.GNUTranslations(io.BytesIO(compiled))


def _cache_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("azil", appauthor=False)) / "locale"


def _compile(data: bytes, lang: str) -> bytes:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    buffer = io.BytesIO()
    write_mo(buffer, read_po(io.BytesIO(data), locale=lang))
    return buffer.getvalue()


@functools.cache
def translations(lang: str) -> gettext.NullTranslations:
    """The rules' catalogue for `lang` ("en": the source strings themselves)."""
    if lang != "sr":
        return gettext.NullTranslations()
    return load_catalogue(files("rules").joinpath("locale", lang, "LC_MESSAGES", "rules.po"), lang)


def serbian(english: str) -> str:
    """The Serbian of a marked English message (itself where the catalogue has none)."""
    return translations("sr").gettext(english) if english else english


def both(template: str, **params: Any) -> Phrase:
    """`template` worded in Serbian and English, filled with `params`; a parameter that is
    a `Phrase` gives each language its own side."""
    return worded(translations("sr"), template, **params)


def worded(serbian_catalogue: gettext.NullTranslations, template: str, **params: Any) -> Phrase:
    """`both`, from another package's catalogue (casework's)."""
    sr_values = {k: v.sr if isinstance(v, Phrase) else v for k, v in params.items()}
    en_values = {k: v.en if isinstance(v, Phrase) else v for k, v in params.items()}
    serbian_template = serbian_catalogue.gettext(template) if template else template
    return Phrase(serbian_template.format(**sr_values), template.format(**en_values))


def counted(n: int, singular: str, plural: str) -> Phrase:
    """A count in both languages with its plural form from the catalogue ("{n} days":
    1 dan, 2 dana, 5 dana; 1 day, 2 days)."""
    sr = translations("sr").ngettext(singular, plural, n)
    en = singular if n == 1 else plural
    return Phrase(sr.format(n=n), en.format(n=n))


__all__ = [
    "DOMAIN",
    "KEYWORDS",
    "N_",
    "Phrase",
    "both",
    "counted",
    "load_catalogue",
    "serbian",
    "translations",
    "worded",
]
