"""The case file: clients (with family) and their cases; a case's procedure decides
periods, so changing it recomputes the deadlines it decides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.exc import StaleDataError

from casework import N_, Problem
from casework.errors import (
    NotFoundError,
    StaleEditError,
    ValidationError,
)
from casework.facts import DeadlineChange, sync_case
from casework.models import (
    Case,
    CaseStatus,
    Client,
    Staff,
    Stage,
    utcnow,
)
from casework.queries import (
    case_haystack,
    case_query,
    client_haystack,
)
from casework.search import fold
from casework.usecases.base import (
    CaseworkBase,
    _unknown_case_fields,
)
from casework.validation import (
    CASE_FIELDS,
    check_enum,
    clean_client_values,
    family_member,
    family_text,
)
from rules.vocabulary import Procedure


class CasefileUseCases(CaseworkBase):
    """Clients and their cases."""

    # ------------------------------------------------------------------ clients
    def add_client(self, family: Sequence[dict[str, Any]] = (), **values: Any) -> Client:
        """A new client; every problem in the input is reported at once."""
        values = clean_client_values(values)
        with self._tx() as s:
            client = Client(**values)
            for i, row in enumerate(family):
                client.family.append(family_member(i, row))
            client.updated_by = self.actor_name
            s.add(client)
            s.flush()
            self._audit(s, "create", "client", client.id, new=client.name_latin)
            return client

    def update_client(
        self,
        client_id: int,
        expected_version: int,
        family: Sequence[dict[str, Any]] | None = None,
        **changes: Any,
    ) -> Client:
        """Save edits made on a client read at `expected_version`; refuse a stale edit."""
        changes = clean_client_values(changes, partial=True)
        try:
            with self._tx() as s:
                client = self._get(s, Client, client_id)
                if client.version != expected_version:
                    raise StaleEditError(
                        Problem.of(N_("client {id}"), id=client_id),
                        client.updated_by,
                        client.updated_at,
                    )
                for key, value in changes.items():
                    old = getattr(client, key)
                    if old != value:
                        setattr(client, key, value)
                        self._audit(s, "update", "client", client.id, fld=key, old=old, new=value)
                if family is not None:
                    old_rows = [family_text(m) for m in client.family]
                    client.family.clear()
                    s.flush()
                    for i, row in enumerate(family):
                        client.family.append(family_member(i, row))
                    new_rows = [family_text(m) for m in client.family]
                    if old_rows != new_rows:
                        self._audit(
                            s, "update", "client", client.id, fld="family",
                            old="; ".join(old_rows), new="; ".join(new_rows),
                        )  # fmt: skip
                client.updated_by = self.actor_name
                client.updated_at = utcnow()
                return client
        except StaleDataError:
            latest = self.get_client(client_id)
            raise StaleEditError(
                Problem.of(N_("client {id}"), id=client_id), latest.updated_by, latest.updated_at
            ) from None

    def get_client(self, client_id: int) -> Client:
        """One client with family and cases."""
        with self._tx() as s:
            client = s.scalar(
                select(Client)
                .where(Client.id == client_id)
                .options(selectinload(Client.family), selectinload(Client.cases))
            )
            if client is None:
                raise NotFoundError(
                    N_("no client with id {id} (see: azil client list)"), id=client_id
                )
            return client

    def list_clients(self, search: str | None = None) -> list[Client]:
        """Clients by name; `search` matches either script, nationality or a case number."""
        with self._tx() as s:
            q = select(Client).where(Client.erased.is_(False)).order_by(Client.name_latin)
            clients = list(s.scalars(q.options(selectinload(Client.cases))))
        if not search:
            return clients
        needle = fold(search)
        return [c for c in clients if needle in client_haystack(c)]

    # ------------------------------------------------------------------ cases
    def add_case(
        self,
        client_id: int,
        procedure: str,
        stage: str = Stage.REGISTRATION.value,
        lawyer_id: int | None = None,
        opened_on: dt.date | None = None,
        **values: Any,
    ) -> Case:
        """Open a case for a client."""
        problems: list[Problem] = []
        check_enum(Procedure, procedure, N_("procedure"), problems, "procedure")
        check_enum(Stage, stage, N_("stage"), problems, "stage")
        unknown = set(values) - CASE_FIELDS
        if unknown:
            problems.append(_unknown_case_fields(unknown))
        if problems:
            raise ValidationError(problems=problems)
        with self._tx() as s:
            self._get(s, Client, client_id)
            if lawyer_id is not None:
                self._get(s, Staff, lawyer_id)
            case = Case(
                client_id=client_id,
                procedure=procedure,
                stage=stage,
                status=CaseStatus.OPEN.value,
                lawyer_id=lawyer_id,
                opened_on=opened_on or dt.date.today(),
                drafting=values.pop("drafting", None) or {},
                updated_by=self.actor_name,
                **values,
            )
            s.add(case)
            s.flush()
            self._audit(s, "create", "case", case.id, case.id, new=f"{procedure}, {stage}")
            return case

    def update_case(self, case_id: int, expected_version: int, **changes: Any) -> Case:
        """Save edits made on a case read at `expected_version`; refuse a stale edit."""
        return self.edit_case(case_id, expected_version, **changes)[0]

    def edit_case(
        self, case_id: int, expected_version: int, **changes: Any
    ) -> tuple[Case, list[DeadlineChange]]:
        """Save edits to a case; a new procedure recomputes every deadline it decides
        (the appeal's period, the Office's decision period) and returns what moved."""
        problems: list[Problem] = []
        unknown = set(changes) - CASE_FIELDS
        if unknown:
            problems.append(_unknown_case_fields(unknown))
        if "procedure" in changes:
            check_enum(Procedure, changes["procedure"], N_("procedure"), problems, "procedure")
        if "stage" in changes:
            check_enum(Stage, changes["stage"], N_("stage"), problems, "stage")
        if "status" in changes:
            check_enum(CaseStatus, changes["status"], N_("status"), problems, "status")
        if problems:
            raise ValidationError(problems=problems)
        try:
            with self._tx() as s:
                case = self._get(s, Case, case_id)
                if case.version != expected_version:
                    raise StaleEditError(
                        Problem.of(N_("case {id}"), id=case_id), case.updated_by, case.updated_at
                    )
                if changes.get("lawyer_id") is not None:
                    self._get(s, Staff, changes["lawyer_id"])
                old_procedure = case.procedure
                for key, value in changes.items():
                    old = getattr(case, key)
                    if old != value:
                        setattr(case, key, value)
                        self._audit(s, "update", "case", case.id, case.id, key, old, value)
                case.updated_by = self.actor_name
                case.updated_at = utcnow()
                moved: list[DeadlineChange] = []
                if case.procedure != old_procedure:
                    s.flush()
                    why = f"procedure {old_procedure} -> {case.procedure}"
                    moved = sync_case(self, s, case, why).changes
                return case, moved
        except StaleDataError:
            latest = self.get_case(case_id)
            raise StaleEditError(
                Problem.of(N_("case {id}"), id=case_id), latest.updated_by, latest.updated_at
            ) from None

    def get_case(self, case_id: int) -> Case:
        """One case with its client, events, deadlines and documents."""
        with self._tx() as s:
            case = s.scalar(case_query().where(Case.id == case_id))
            if case is None:
                raise NotFoundError(N_("no case with id {id} (see: azil case list)"), id=case_id)
            return case

    def list_cases(
        self,
        search: str | None = None,
        stage: str | None = None,
        lawyer: str | None = None,
        status: str | None = None,
    ) -> list[Case]:
        """Cases, newest first; search by name (either script), number or nationality."""
        with self._tx() as s:
            q = case_query().order_by(Case.id.desc())
            if stage:
                q = q.where(Case.stage == stage)
            if status:
                q = q.where(Case.status == status)
            if lawyer:
                q = q.join(Staff, Case.lawyer_id == Staff.id).where(Staff.name == lawyer)
            cases = list(s.scalars(q).unique())
        if not search:
            return cases
        needle = fold(search)
        return [c for c in cases if needle in case_haystack(c)]
