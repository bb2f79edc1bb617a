"""The interface's language: Qt's translation tools for every string the window shows.

Code writes the English text in `tr("...")` (or `QT_TR_NOOP("...")` where the text is
kept in a table and translated when shown); PySide6's lupdate extracts them into
`gui/translations/azil_sr.ts` (`tools/update_qt_catalogue.py`), where the Serbian is
written (by hand or in Qt Linguist), and `gui/qt_translations.py` compiles and installs
it. English needs no catalogue but for plural forms (`azil_en.ts`). The labels of stored
values come from casework's gettext catalogue: the command line and the e-mails say the
same words.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication, QLocale

from casework.i18n import numeric_day
from casework.vocabulary import label as vocabulary_label

Lang = Literal["sr", "en"]

_lang: Lang = "sr"


def default_language() -> Lang:
    """Serbian on a Serbian system (or Bosnian/Croatian/Montenegrin), English otherwise."""
    name = QLocale.system().name().lower()
    return "sr" if name.split("_")[0] in {"sr", "bs", "hr", "cnr", "sh"} else "en"


def language() -> Lang:
    """The interface language now in use."""
    return _lang


def set_language(lang: str) -> Lang:
    """Switch the interface language (screens then retranslate themselves)."""
    global _lang
    _lang = "en" if lang == "en" else "sr"
    from gui.qt_translations import use_language

    use_language(_lang)  # Qt's own buttons and menus follow (OK -> U redu)
    return _lang


def tr(source: str, disambiguation: str | None = None, n: int = -1, /, **values: object) -> str:
    """`source` (the English text, which Qt's lupdate extracts from the call, as from
    Qt's own `tr(source, disambiguation, n)`) in the interface's language, filled with
    `values`; with a count `n`, the plural form the catalogue gives for it ("%n")."""
    text = QCoreApplication.translate("", source, disambiguation, n)
    return text.format(**values) if values else text


def QT_TR_NOOP(source: str) -> str:  # the name Qt's lupdate looks for
    """Mark `source` for the catalogue where it is kept in a table; `tr()` it when shown.
    (PySide6's own QT_TR_NOOP is typed as returning `object`.)"""
    return source


def pick(sr: str | None, en: str | None) -> str:
    """Choose between the engine's two wordings, falling back to the other one."""
    if _lang == "sr":
        return sr or en or ""
    return en or sr or ""


def fmt_date(d: object) -> str:
    """Dates as the office reads them: 13.05.2024. in Serbian, 2024-05-13 in English."""
    import datetime as dt

    if not isinstance(d, dt.date):
        return ""
    return numeric_day(d).text(_lang)


def fmt_moment(moment: object) -> str:
    """A moment in local time: '02.12.2026. 16:01' in Serbian, '2026-12-02 16:01' in
    English (when a document was made, when a record was changed)."""
    import datetime as dt

    if not isinstance(moment, dt.datetime):
        return ""
    local = moment.astimezone()
    return f"{fmt_date(local.date())} {local:%H:%M}"


def fmt_day(d: object) -> str:
    """A date with its weekday ('pon 13.05.2024.'): the weekday is how people spot
    weekends. The engine's label, so the app, the reasoning and the e-mails agree."""
    import datetime as dt

    if not isinstance(d, dt.date):
        return ""
    from rules.calendar import moment_label

    return moment_label(d.date() if isinstance(d, dt.datetime) else d, _lang)


def label(kind: str, value: str | None) -> str:
    """A stored value (procedure, stage, event kind, role...) in the interface language,
    from casework's vocabulary (the command line and the e-mails use the same words)."""
    return vocabulary_label(kind, value, _lang)


__all__ = [
    "QT_TR_NOOP",
    "Lang",
    "default_language",
    "fmt_date",
    "fmt_day",
    "fmt_moment",
    "label",
    "language",
    "pick",
    "set_language",
    "tr",
]
