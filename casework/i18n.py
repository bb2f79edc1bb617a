"""Text outside the app's window in the person's language: gettext catalogues (Babel).

The source strings are English; `casework/locale/sr/LC_MESSAGES/azil.po` holds the
Serbian, plural forms included (Serbian has three: 1 dan, 2 dana, 5 dana). The `.po`
file is what is kept under version control and reviewed; it is compiled in memory when
first used (Babel's `read_po` and `write_mo`), so there is no binary to forget to
rebuild. `tools/update_catalogue.py` adds the strings the code marks (Babel's extractor)
and keeps the translations; `tests/casework/test_i18n.py` fails while a string is
missing or untranslated.
"""

from __future__ import annotations

import functools
import gettext
import io
from importlib.resources import files

Lang = str  # "sr" or "en"
DOMAIN = "azil"
# What Babel extracts: `_()` and `ngettext()` for text worded at once, `N_()` for
# messages (errors, problems) worded later in the person's language, `NP_()` for the
# labels of stored values, each kind its own context.
KEYWORDS: dict[str, object] = {
    "_": None, "ngettext": (1, 2), "N_": None, "NP_": ((1, "c"), 2),
}  # fmt: skip


@functools.cache
def translations(lang: Lang) -> gettext.NullTranslations:
    """The catalogue for `lang` ("en": the source strings themselves)."""
    if lang != "sr":
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    po = files("casework").joinpath("locale", lang, "LC_MESSAGES", f"{DOMAIN}.po")
    with po.open("rb") as fp:
        catalog = read_po(fp, locale=lang, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


__all__ = ["DOMAIN", "KEYWORDS", "translations"]
