"""Bring the gettext catalogues up to date with the strings the code marks.

    .venv/bin/python tools/update_catalogue.py

For casework/ and rules/: extracts the marked strings (Babel; the keywords are each
package's `KEYWORDS`), adds the new ones to the package's .po untranslated, drops the
ones no longer used, and keeps every existing translation. Then write the Serbian for
the new entries; tests/casework/test_i18n.py fails until every one is translated.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from casework.i18n import KEYWORDS as CASEWORK_KEYWORDS
from rules.i18n import KEYWORDS as RULES_KEYWORDS

ROOT = Path(__file__).resolve().parents[1]
# (package, its domain, its keywords)
CATALOGUES = (("casework", "azil", CASEWORK_KEYWORDS), ("rules", "rules", RULES_KEYWORDS))


def po_path(package: str, domain: str) -> Path:
    return ROOT / package / "locale" / "sr" / "LC_MESSAGES" / f"{domain}.po"


def update(package: str, domain: str, keywords: dict[str, object]) -> list[str]:
    """Update one catalogue; the messages still untranslated."""
    template = Catalog(domain=domain)
    for filename, lineno, message, comments, context in extract_from_dir(
        str(ROOT / package), keywords=keywords, comment_tags=()
    ):
        template.add(message, None, [(f"{package}/{filename}", lineno)],
                     auto_comments=comments, context=context)  # fmt: skip
    po = po_path(package, domain)
    if po.exists():
        with po.open("rb") as fp:
            catalog = read_po(fp, locale="sr", domain=domain)
    else:
        catalog = Catalog(locale="sr", domain=domain, project="azil")
    catalog.update(template, no_fuzzy_matching=True)
    po.parent.mkdir(parents=True, exist_ok=True)
    with po.open("wb") as fp:
        write_po(fp, catalog, width=100, ignore_obsolete=True)
    return [m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id and not all(
        m.string if isinstance(m.string, tuple) else (m.string,))]  # fmt: skip


def main() -> int:
    for package, domain, keywords in CATALOGUES:
        missing = update(package, domain, keywords)
        print(f"{po_path(package, domain).relative_to(ROOT)}: {len(missing)} untranslated")
        for key in missing:
            print("  ", key)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
