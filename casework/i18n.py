"""Text outside the app's window in the person's language: gettext catalogues (Babel).

The source strings are English; `casework/locale/sr/LC_MESSAGES/azil.po` holds the
Serbian, plural forms included (Serbian has three: 1 dan, 2 dana, 5 dana). The `.po`
file is what is kept under version control and reviewed; it is compiled when first
used (`rules.i18n.load_catalogue`: Babel once, then the standard library's gettext
from a cached .mo), so there is no binary to forget to rebuild.
`tools/update_catalogue.py` adds the strings the code marks (Babel's extractor) and
keeps the translations; `tests/casework/test_i18n.py` fails while a string is
missing or untranslated.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
from importlib.resources import files
from typing import Any

from rules.i18n import Phrase, load_catalogue, worded

Lang = str  # "sr" or "en"
DOMAIN = "azil"
# What Babel extracts: `_()` and `ngettext()` for text worded at once, `N_()` for
# messages (errors, problems) worded later in the person's language, `NP_()` for the
# labels of stored values, each kind its own context, `both()` a sentence in the two
# languages at once (stored or shown side by side).
KEYWORDS: dict[str, object] = {
    "_": None, "ngettext": (1, 2), "N_": None, "NP_": ((1, "c"), 2), "both": None,
}  # fmt: skip


@functools.cache
def translations(lang: Lang) -> gettext.NullTranslations:
    """The catalogue for `lang` ("en": the source strings themselves)."""
    if lang != "sr":
        return gettext.NullTranslations()
    po = files("casework").joinpath("locale", lang, "LC_MESSAGES", f"{DOMAIN}.po")
    return load_catalogue(po, lang)


def numeric_day(day: dt.date) -> Phrase:
    """The office's one numeric date style: '26.04.2024.' in Serbian (with the final
    dot), '2024-04-26' in English."""
    return Phrase(f"{day:%d.%m.%Y}.", day.isoformat())


def both(template: str, **params: Any) -> Phrase:
    """`template` in Serbian (from this catalogue) and English, filled with `params`."""
    return worded(translations("sr"), template, **params)


__all__ = ["DOMAIN", "KEYWORDS", "both", "numeric_day", "translations"]
