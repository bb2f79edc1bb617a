"""Search folding: one key for a name however it is typed, so the app's filters and the
case file's queries find the same people ("Đorđević", "djordjevic", "Ђорђевић")."""

from __future__ import annotations

from assembler.translit import to_latin

_FOLD = str.maketrans(
    {"č": "c", "ć": "c", "đ": "dj", "š": "s", "ž": "z", "Č": "c", "Ć": "c", "Đ": "dj",
     "Š": "s", "Ž": "z"}
)  # fmt: skip


def fold(text: str) -> str:
    """Case-insensitive, diacritics folded, Cyrillic transliterated."""
    if text.isascii():
        return text.casefold()
    return to_latin(text).translate(_FOLD).casefold()


__all__ = ["fold"]
