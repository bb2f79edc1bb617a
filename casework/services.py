"""The use cases both front ends call: the only way data is changed.

Every change goes through one transaction, writes the audit log, and is refused
(with who changed what, and when) when it was based on a stale version. Recording an
event asks the rules engine which deadlines it triggers; correcting a date or recording
a closure day recomputes what it touches.

`Casework` is the front: one object for one acting person on one database, made of the
use cases in `casework.usecases` (`office`, `casefile`, `events`, `deadlines`, `reports`, on the
plumbing of `base`). What they rely on lives by responsibility: `errors` (the case
file's errors), `validation` (checking what a person typed), `queries` (the deadline
rows and list queries), `search` (folding), `settings` (office settings), `facts`
(recomputing deadlines when facts change). Names from those modules are re-exported
here for the code that imported them from here.
"""

from __future__ import annotations

from casework.errors import (
    DuplicateEventError,
    NotFoundError,
    PermissionDeniedError,
    StaleEditError,
    ValidationError,
)
from casework.facts import ALL_BODIES, DeadlineChange
from casework.queries import ROW_COLUMNS, DeadlineRow, deadline_rows
from casework.usecases.base import DEFAULT_ACCOMMODATION, EventResult
from casework.usecases.casefile import CasefileUseCases
from casework.usecases.deadlines import DeadlineUseCases
from casework.usecases.events import EventUseCases
from casework.usecases.office import OfficeUseCases
from casework.usecases.reports import ReportUseCases
from casework.validation import CASE_FIELDS, CLIENT_FIELDS

__all__ = [
    "ALL_BODIES",
    "CASE_FIELDS",
    "CLIENT_FIELDS",
    "DEFAULT_ACCOMMODATION",
    "ROW_COLUMNS",
    "Casework",
    "DeadlineChange",
    "DeadlineRow",
    "DuplicateEventError",
    "EventResult",
    "NotFoundError",
    "PermissionDeniedError",
    "StaleEditError",
    "ValidationError",
    "deadline_rows",
]


class Casework(OfficeUseCases, CasefileUseCases, EventUseCases, DeadlineUseCases, ReportUseCases):
    """The office's case file, for one acting person, on one database.

    The acting person is a staff member's name (audit entries carry it): the one given,
    else the one chosen on this computer (AZIL_USER or `azil user set`), else the one an
    admin mapped to this operating-system login, else `os:<login>`.
    """
