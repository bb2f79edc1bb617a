"""Problems are values: validation and template checks collect all of them at once."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing to fix, in the case data (`field`) or in a template (`place`).

    `message` says what is wrong and what to do; labels let a paralegal find the field
    on screen; `place` points into a template ("word/document.xml, paragraph 12: …").
    """

    message: str
    field: str = ""
    label_sr: str = ""
    label_en: str = ""
    place: str = ""
    message_sr: str = ""  # the same in Serbian, where a paralegal sees it (else `message`)

    def __str__(self) -> str:
        where = ""
        if self.field:
            labels = " / ".join(x for x in (self.label_sr, self.label_en) if x)
            where = f"{self.field} ({labels})" if labels else self.field
        if self.place:
            where = f"{where} at {self.place}" if where else self.place
        return f"{where}: {self.message}" if where else self.message
