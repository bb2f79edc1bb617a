"""Who may do what: one table of role × action, the only place the rule is written.

Every use case that changes the office names its action and asks `allowed` (through
`CaseworkBase._require`); a test walks the whole table, role by role (issue 13: a
paralegal could make themselves admin, since `update_staff` checked nothing).

Closing a deadline, withdrawing an event and erasing a client are a lawyer's acts (an
admin's too); the office's staff, its settings and the legal model are an admin's
(settings a lawyer's too: the letterhead and the authorities' addresses go into filings
they sign). What a paralegal does all day (clients, cases, events, drafting, generating)
every role may. Until the office has an admin, whoever sets it up may manage staff and
settings: a new office has no one to ask. On the embedded SQLite database the computer's
account is the boundary; on a team's PostgreSQL the acting person is the login's staff
member, and the database's grants are a second wall (issue 13, team logins).
"""

from __future__ import annotations

from enum import StrEnum

from casework.vocabulary import Role


class Action(StrEnum):
    CLIENT_EDIT = "client.edit"  # add or change a client, their family
    CASE_EDIT = "case.edit"  # open or change a case, its drafting answers
    EVENT_RECORD = "event.record"  # record or correct an event
    EVENT_WITHDRAW = "event.withdraw"
    DEADLINE_CLOSE = "deadline.close"  # mark done, waived or missed; reopen
    DEADLINE_REMINDERS = "deadline.reminders"  # when a deadline reminds
    DOCUMENT_RECORD = "document.record"  # generate a filing
    CLOSURE_EDIT = "closure.edit"  # record or remove a closure day
    CLIENT_ERASE = "client.erase"
    STAFF_EDIT = "staff.edit"  # add staff, change anyone's role, activity or login
    SETTINGS_EDIT = "settings.edit"
    BRIEF_RECORD = "brief.record"  # record information given to a person who is not a case
    ACTIVITY_RECORD = "activity.record"  # record a workshop or an outreach activity


_EVERYONE = frozenset(Role)
_LAWYERS = frozenset({Role.LAWYER, Role.ADMIN})
_ADMINS = frozenset({Role.ADMIN})

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.CLIENT_EDIT: _EVERYONE,
    Action.CASE_EDIT: _EVERYONE,
    Action.EVENT_RECORD: _EVERYONE,
    Action.EVENT_WITHDRAW: _LAWYERS,
    Action.DEADLINE_CLOSE: _LAWYERS,
    Action.DEADLINE_REMINDERS: _EVERYONE,
    Action.DOCUMENT_RECORD: _EVERYONE,
    Action.CLOSURE_EDIT: _EVERYONE,
    Action.CLIENT_ERASE: _LAWYERS,
    Action.STAFF_EDIT: _ADMINS,
    Action.SETTINGS_EDIT: _LAWYERS,
    Action.BRIEF_RECORD: _EVERYONE,
    Action.ACTIVITY_RECORD: _EVERYONE,
}

# Actions anyone may take while the office has no admin yet (setting it up).
SETUP_ACTIONS = frozenset({Action.STAFF_EDIT, Action.SETTINGS_EDIT})


def allowed(role: Role | str | None, action: Action, office_has_admin: bool = True) -> bool:
    """Whether a staff member of `role` (None: not a staff member) may take `action`."""
    if action in SETUP_ACTIONS and not office_has_admin:
        return True
    roles = PERMISSIONS[action]
    if roles == _EVERYONE:
        return True  # what the office does all day needs no role (as before the table)
    return role is not None and Role(role) in roles
