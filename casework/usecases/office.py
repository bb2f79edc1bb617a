"""The office: who works in it (staff, roles, who may be a lawyer) and its settings
(letterhead, accommodation list, reminders, mail), checked before they are stored."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casework import N_, Problem
from casework.errors import (
    NotFoundError,
    ValidationError,
)
from casework.models import (
    Role,
    Setting,
    Sex,
    Staff,
)
from casework.permissions import Action
from casework.settings import OFFICE_SETTING_KEYS, SMTP_KEYS, check_settings
from casework.team import change_group, check_login, create_login, is_postgresql
from casework.usecases.base import (
    DEFAULT_ACCOMMODATION,
    CaseworkBase,
)
from casework.validation import (
    check_enum,
    clean_name_forms,
    unknown_staff,
)


class OfficeUseCases(CaseworkBase):
    """Staff and the office-wide settings."""

    # ------------------------------------------------------------------ staff
    def add_staff(
        self,
        name: str,
        role: str,
        email: str | None = None,
        os_user: str | None = None,
        sex: str | None = None,
        capacity: str | None = None,
        bar_no: str | None = None,
        name_forms: str | None = None,
        login: str | None = None,
        password: str | None = None,
    ) -> Staff:
        """A new colleague; names are unique because people pick themselves by name.

        With `login` (a team's PostgreSQL only) the person gets their own database login in
        their role's group (`casework.team`), created when the server has none by that name;
        from then on whoever connects with it acts as this person.
        """
        problems: list[Problem] = []
        if not name.strip():
            problems.append(Problem.of(N_("a staff member needs a name"), "name"))
        check_enum(Role, role, N_("role"), problems, "role")
        if sex is not None:
            check_enum(Sex, sex, N_("sex"), problems, "sex")
        if name_forms:
            name_forms = clean_name_forms(name_forms, problems)
        if problems:
            raise ValidationError(problems=problems)
        with self._tx() as s:
            self._require(s, Action.STAFF_EDIT, Problem(N_("add a staff member")))
            if s.scalar(select(Staff).where(Staff.name == name.strip())):
                raise ValidationError(
                    N_("a staff member named {name!r} already exists"), name=name.strip()
                )
            staff = Staff(
                name=name.strip(), role=role, active=True, email=email, os_user=os_user,
                sex=sex, capacity=capacity, bar_no=bar_no, name_forms=name_forms or None,
            )  # fmt: skip
            if login is not None:
                staff.db_login = self._give_login(s, login, role, password)
            s.add(staff)
            s.flush()
            self._audit(s, "create", "staff", staff.id, new=f"{staff.name} ({role})")
            if login is not None:
                self._audit(s, "create", "staff", staff.id, fld="db_login", new=login)
            return staff

    def _give_login(self, s: Session, login: str, role: str, password: str | None) -> str:
        conn = s.connection()
        if not is_postgresql(conn):
            raise ValidationError(
                N_(
                    "logins are for a team's PostgreSQL database; on this computer's own "
                    "database the computer's account is the boundary (leave out --login)"
                )
            )
        login = check_login(login)
        holder = s.scalar(select(Staff.name).where(Staff.db_login == login))
        if holder is not None:
            raise ValidationError(
                N_("the login {login} already belongs to {name}"), login=login, name=holder
            )
        create_login(conn, login, role, password)
        return login

    def update_staff(self, staff_id: int, **changes: Any) -> Staff:
        """Change role, activity (on leave), e-mail or the mapped OS login."""
        allowed = {"name", "role", "active", "email", "os_user", "reminder_offsets", "sex",
                   "capacity", "bar_no", "name_forms"}  # fmt: skip
        unknown = set(changes) - allowed
        if unknown:
            raise ValidationError(
                N_("unknown staff field(s): {names}"), names=", ".join(sorted(unknown))
            )
        if changes.get("name_forms") is not None:
            found: list[Problem] = []
            changes["name_forms"] = clean_name_forms(str(changes["name_forms"]), found)
            if found:
                raise ValidationError(problems=found)
        if "role" in changes:
            problems: list[Problem] = []
            check_enum(Role, changes["role"], N_("role"), problems, "role")
            if problems:
                raise ValidationError(problems=problems)
        with self._tx() as s:
            staff = self._get(s, Staff, staff_id)
            # Their own e-mail, bar number, forms of the name: anyone's to keep; who is
            # who and with which role: an admin's (issue 13: a paralegal made themselves
            # admin).
            own = staff.name == self.actor_name and not set(changes) & _WHO_AND_ROLE
            if not own:
                self._require(s, Action.STAFF_EDIT, Problem(N_("change a staff member")))
            for key, value in changes.items():
                old = getattr(staff, key)
                if old != value:
                    setattr(staff, key, value)
                    self._audit(s, "update", "staff", staff.id, fld=key, old=old, new=value)
            if "role" in changes and staff.db_login and is_postgresql(s.connection()):
                change_group(s.connection(), staff.db_login, staff.role)  # the second wall
            return staff

    def list_staff(self, include_inactive: bool = True) -> list[Staff]:
        """Everyone, by name."""
        with self._tx() as s:
            q = select(Staff).order_by(Staff.name)
            if not include_inactive:
                q = q.where(Staff.active.is_(True))
            return list(s.scalars(q))

    def lawyer_choices(self, current_id: int | None = None) -> list[Staff]:
        """Who may be a case's lawyer: lawyers and admins, and whoever holds the case now
        (kept, so a change of role never silently empties a case's record)."""
        allowed = (Role.LAWYER.value, Role.ADMIN.value)
        return [s for s in self.list_staff() if s.role in allowed or s.id == current_id]

    def find_staff(self, name: str) -> Staff:
        """A staff member by exact name, or a helpful error listing near names."""
        with self._tx() as s:
            staff = s.scalar(select(Staff).where(Staff.name == name))
            if staff is None:
                names = list(s.scalars(select(Staff.name)))
                raise NotFoundError(problems=[unknown_staff(name, names)])
            return staff

    def accommodation_options(self) -> list[str]:
        """The office's list of asylum centres and other accommodation (setting
        `accommodation_list`, entries separated by ";"), else the usual centres."""
        stored = self.get_setting("accommodation_list")
        if not stored:
            return list(DEFAULT_ACCOMMODATION)
        return [part.strip() for part in stored.split(";") if part.strip()]

    def settings(self) -> dict[str, str]:
        """Every office-wide setting."""
        with self._tx() as s:
            return {r.key: r.value for r in s.scalars(select(Setting))}

    def set_setting(self, key: str, value: str) -> None:
        """Change an office-wide setting; checked first (casework.settings), audited."""
        self.set_settings({key: value})

    def set_settings(self, values: Mapping[str, str]) -> dict[str, str]:
        """Change several settings at once: every value is checked before any is stored,
        and all are stored in one transaction. Returns the values as stored."""
        clean = check_settings(values)
        with self._tx() as s:
            if set(clean) & _PEOPLES_SETTINGS:  # not azil's own markers (calendar identity)
                self._require(s, Action.SETTINGS_EDIT, Problem(N_("change the office's settings")))
            for key, value in clean.items():
                row = s.get(Setting, key)
                old = row.value if row is not None else None
                if row is None:
                    s.add(Setting(key=key, value=value))
                else:
                    row.value = value
                if old != value:
                    self._audit(s, "update", "setting", None, None, key, old, value)
        return clean


# The settings a person sets (letterhead, addresses, mail server...), as opposed to the
# markers azil keeps for itself in the same table.
_PEOPLES_SETTINGS = frozenset(OFFICE_SETTING_KEYS) | frozenset(SMTP_KEYS)
_WHO_AND_ROLE = frozenset({"name", "role", "active", "os_user"})
