"""Bring casework's gettext catalogue up to date with the strings the code marks.

    .venv/bin/python tools/update_catalogue.py

Extracts `_()` and `ngettext()` from casework/ (Babel), adds the new strings to
casework/locale/sr/LC_MESSAGES/azil.po untranslated, drops the ones no longer used,
and keeps every existing translation. Then write the Serbian for the new entries;
tests/casework/test_i18n.py fails until every one is translated.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from casework.i18n import KEYWORDS

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "casework" / "locale" / "sr" / "LC_MESSAGES" / "azil.po"


def main() -> int:
    template = Catalog(domain="azil")
    for filename, lineno, message, comments, context in extract_from_dir(
        str(ROOT / "casework"), keywords=KEYWORDS, comment_tags=()
    ):
        template.add(message, None, [(f"casework/{filename}", lineno)],
                     auto_comments=comments, context=context)  # fmt: skip
    with PO.open("rb") as fp:
        catalog = read_po(fp, locale="sr", domain="azil")
    catalog.update(template, no_fuzzy_matching=True)
    with PO.open("wb") as fp:
        write_po(fp, catalog, width=100, ignore_obsolete=True)
    missing = [m.id for m in catalog if m.id and not m.string]
    print(f"{PO}: {len(missing)} untranslated")
    for key in missing:
        print("  ", key)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
