"""The office's settings: which keys exist, their defaults, and what a value must look like.

Checked here, in the application layer, for the app and the command line alike: a typo
in `reminder_offsets` used to be stored from the app and then broke every reminders
run. A refused value is never stored; the error carries a code and its parameters, so
the app says it in the person's language.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

from casework import N_, CaseworkError

# Defaults for the addressees' postal data (DOMAIN.md "Addresses"; keep them editable in
# the office settings, never only in code). Confidence: Asylum Office H, court H,
# Constitutional Court L (from general knowledge), Commission not found.
DEFAULT_SETTINGS: dict[str, str] = {
    "asylum_office_address": "Bulevar Mihajla Pupina 2, 11070 Novi Beograd",
    "court_address": "Nemanjina 9, 11000 Beograd",
    "constitutional_court_address": "Bulevar kralja Aleksandra 15, 11000 Beograd",
    "commission_address": "",
    "lawsuit_fee": "390,00",
    "place": "Beogradu",
    "rep_city": "Beograda",
}

# Office-wide settings a person may set (letterhead, addressees, reminders); with the mail
# server's keys (smtp.*) nothing else, so a typo is caught.
OFFICE_SETTING_KEYS: tuple[str, ...] = (
    "office_name",
    "office_address",
    "office_reg_no",
    "office_phone",
    "office_email",
    "place",
    "rep_city",
    "rep_kind",
    "reminder_offsets",
    "accommodation_list",
    "asylum_office_address",
    "court_address",
    "constitutional_court_address",
    "commission_address",
    "lawsuit_fee",
    "target_legal_aid",
    "target_brief_services",
    "target_workshops",
    "target_people_reached",
    "project_start",
    "project_end",
)
# The project's counted targets (issue 15; the NGO's project summary): persons given free
# legal aid, irregular migrants informed, workshops, people reached. Reports show progress.
REPORT_TARGETS: dict[str, int] = {
    "target_legal_aid": 500,
    "target_brief_services": 300,
    "target_workshops": 40,
    "target_people_reached": 1000,
}
SMTP_KEYS: tuple[str, ...] = (
    "smtp.host", "smtp.port", "smtp.tls", "smtp.user", "smtp.from", "smtp.cafile",
)  # fmt: skip
# Kept by azil itself, never typed by a person.
INTERNAL_PREFIXES: tuple[str, ...] = ("demo.", "calendar.", "system.")

_OFFSET = re.compile(r"^-?\d{1,3}$")


class SettingError(CaseworkError):
    """A setting that does not exist, or a value it cannot take; nothing was stored."""

    exit_code = 2


def check_setting(key: str, value: str) -> str:
    """The value as it is stored (normalised), or SettingError saying what to write."""
    value = value.strip()
    if key.startswith(INTERNAL_PREFIXES):
        return value
    if key not in OFFICE_SETTING_KEYS and key not in SMTP_KEYS:
        close = difflib.get_close_matches(key, (*OFFICE_SETTING_KEYS, *SMTP_KEYS), n=1)
        if close:
            raise SettingError(
                N_("unknown setting {key!r} (did you mean {hint!r}?); see: azil settings list"),
                code="setting.unknown",
                key=key,
                hint=close[0],
            )
        raise SettingError(
            N_("unknown setting {key!r}; see: azil settings list"),
            code="setting.unknown",
            key=key,
        )
    if key == "reminder_offsets":
        return _offsets(value)
    if key == "rep_kind" and value not in ("", "advokat", "pravnik_udruzenja"):
        raise SettingError(
            N_("rep_kind {value!r}: write advokat or pravnik_udruzenja"),
            code="setting.rep_kind",
            value=value,
        )
    if key in REPORT_TARGETS and value and not (value.isdigit() and int(value) > 0):
        raise SettingError(
            N_("{key} {value!r}: write a whole number above 0 (e.g. 500)"),
            code="setting.target",
            key=key,
            value=value,
        )
    if key in ("project_start", "project_end") and value:
        from casework.parsing import parse_date

        return parse_date(value, N_("project period")).isoformat()
    if key == "smtp.port" and value and not (value.isdigit() and 0 < int(value) < 65536):
        raise SettingError(
            N_("smtp.port {value!r}: write a port number (e.g. 587)"),
            code="setting.port",
            value=value,
        )
    if key == "smtp.tls" and value not in ("", "none", "starttls", "ssl"):
        raise SettingError(
            N_("smtp.tls {value!r}: write none, starttls or ssl"), code="setting.tls", value=value
        )
    return value


def _offsets(value: str) -> str:
    """'7,3, 1,0' -> '7, 3, 1, 0': days before the due date (-1: the day after)."""
    if not value:
        return ""
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if not parts or not all(_OFFSET.match(p) and -30 <= int(p) <= 365 for p in parts):
        raise SettingError(
            N_(
                "reminder_offsets {value!r}: write days before the due date separated by "
                "commas, e.g. 7, 3, 1, 0"
            ),
            code="setting.offsets",
            value=value,
        )
    return ", ".join(str(n) for n in sorted({int(p) for p in parts}, reverse=True))


def check_settings(values: Mapping[str, str]) -> dict[str, str]:
    """Every value checked before any is stored; the first problem is raised."""
    return {key: check_setting(key, value) for key, value in values.items()}


__all__ = [
    "DEFAULT_SETTINGS",
    "OFFICE_SETTING_KEYS",
    "REPORT_TARGETS",
    "SMTP_KEYS",
    "SettingError",
    "check_setting",
    "check_settings",
]
