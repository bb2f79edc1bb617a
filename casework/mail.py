"""E-mail digests through the office's SMTP server, with an outbox so nothing is lost.

Digests are first written to the outbox (in the same transaction that records the run),
then sent. A mail that cannot be sent stays in the outbox with its error and is retried
on the next run; it is never dropped silently. Once sent, its body (client names) is
cleared. The SMTP password is never stored in the database: it comes from the
environment (AZIL_SMTP_PASSWORD) or the system keyring.
"""

from __future__ import annotations

import datetime as dt
import os
import smtplib
import socket
import ssl
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from sqlalchemy import or_, select

from casework import N_, CaseworkError, Problem, keychain
from casework.db import exclusive, session_factory
from casework.models import OutboxMail, ReminderRun, utcnow
from casework.reminders import Digest
from casework.services import Casework

PASSWORD_ENV = "AZIL_SMTP_PASSWORD"
KEYRING_SERVICE = "azil-smtp"
TLS_MODES = ("none", "starttls", "ssl")
SMTP_TIMEOUT = 20.0


class MailConfigError(CaseworkError):
    """The office's mail server settings are missing or wrong; says which to set."""

    exit_code = 2


@dataclass(frozen=True)
class SmtpSettings:
    """The office's SMTP server (office-wide settings, shared by the team)."""

    host: str
    port: int
    tls: str
    user: str | None
    sender: str
    cafile: str | None = None

    @classmethod
    def from_casework(cls, cw: Casework) -> SmtpSettings:
        """Read smtp.host, smtp.port, smtp.tls, smtp.user, smtp.from (and smtp.cafile)."""
        values = cw.settings()
        host = values.get("smtp.host", "").strip()
        sender = values.get("smtp.from", "").strip()
        tls = values.get("smtp.tls", "starttls").strip() or "starttls"
        missing = []
        if not host:
            missing.append(Problem(N_("smtp.host (the mail server)"), "smtp.host"))
        if not sender:
            missing.append(Problem(N_("smtp.from (the sender address)"), "smtp.from"))
        if missing:
            raise MailConfigError(
                N_(
                    "the office mail server is not set up: set {missing} "
                    "(azil mail config --host HOST --from ADDRESS [--port --tls --user])"
                ),
                problems=missing,
                missing=missing[0] if len(missing) == 1 else _both(*missing),
            )
        if tls not in TLS_MODES:
            raise MailConfigError(
                N_("smtp.tls is {value!r}; choose one of: {choices}"),
                value=tls,
                choices=", ".join(TLS_MODES),
            )
        default_port = {"none": 25, "starttls": 587, "ssl": 465}[tls]
        port_text = values.get("smtp.port", "").strip()
        try:
            port = int(port_text) if port_text else default_port
        except ValueError:
            raise MailConfigError(
                N_("smtp.port is {value!r}; give a number such as 587"), value=port_text
            ) from None
        return cls(host, port, tls, values.get("smtp.user") or None, sender,
                   values.get("smtp.cafile") or None)  # fmt: skip


def _both(first: Problem, second: Problem) -> Problem:
    return Problem.of(N_("{first} and {second}"), first=first, second=second)


def keyring_account(settings: SmtpSettings) -> str:
    """The keyring entry's account name for this server and user."""
    return f"{settings.user}@{settings.host}"


def smtp_password(settings: SmtpSettings) -> str | None:
    """The password from AZIL_SMTP_PASSWORD, else the system keyring; None without a user."""
    if not settings.user:
        return None
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    stored = keychain.read(KEYRING_SERVICE, keyring_account(settings))
    if stored:
        return stored
    raise MailConfigError(
        N_(
            "no password for {account}: set {env} for the scheduler, or store it in the "
            "system keyring (azil mail password)"
        ),
        account=keyring_account(settings),
        env=PASSWORD_ENV,
    )


def store_password(settings: SmtpSettings, password: str) -> None:
    """Put the SMTP password into the system keyring (never into the database)."""
    try:
        keychain.write(KEYRING_SERVICE, keyring_account(settings), password)
    except keychain.KeyringUnavailable as exc:
        raise MailConfigError(
            N_("the system keyring cannot store the password ({why}); use {env} instead"),
            why=str(exc),
            env=PASSWORD_ENV,
        ) from exc


@dataclass(frozen=True)
class Queued:
    """What queueing the digests did: queued mails, and people who could not get one."""

    queued: tuple[tuple[str, str], ...]  # (person, address)
    no_address: tuple[Digest, ...]  # digests to show another way (no e-mail recorded)
    empty: tuple[str, ...]  # people with nothing to report today


def queue_digests(cw: Casework, digests: Iterable[Digest]) -> Queued:
    """Put each non-empty digest with an address into the outbox and record the run.

    One transaction: a digest is either queued and its days counted as delivered, or
    neither. People without an address are returned (their run is not recorded).
    """
    queued: list[tuple[str, str]] = []
    no_address: list[Digest] = []
    empty: list[str] = []
    now = utcnow()
    # One queueing at a time, office-wide: two schedulers that both found no e-mail run
    # for today would otherwise both queue a digest per person (issue 13).
    with exclusive(cw.url, "queue-digests") as s:
        done = {
            (r.staff_id, r.day)
            for r in s.scalars(select(ReminderRun).where(ReminderRun.via == "email"))
        }
        for d in digests:
            who = d.staff or "the office"
            if (d.staff_id, d.day) in done:
                continue  # this person's digest for this day is already in the outbox
            if not d.email:
                if not d.is_empty:
                    no_address.append(d)
                continue
            if d.is_empty:
                empty.append(who)
            else:
                s.add(
                    OutboxMail(
                        created_at=now, staff_id=d.staff_id, to_addr=d.email,
                        subject=d.subject(), body=d.to_text(), attempts=0,
                    )
                )  # fmt: skip
                queued.append((who, d.email))
            s.add(ReminderRun(staff_id=d.staff_id, day=d.day, at=now, via="email", items=d.count))
    return Queued(tuple(queued), tuple(no_address), tuple(empty))


@dataclass(frozen=True)
class Delivery:
    """What one delivery attempt did: mails sent, and mails that failed (kept for retry)."""

    sent: tuple[tuple[int, str], ...]  # (outbox id, address)
    failed: tuple[tuple[int, str, str], ...]  # (outbox id, address, error)


def pending(cw: Casework) -> list[OutboxMail]:
    """Mails not yet sent, oldest first (failed ones carry their last error)."""
    with session_factory(cw.url)() as s:
        q = select(OutboxMail).where(OutboxMail.sent_at.is_(None)).order_by(OutboxMail.id)
        return list(s.scalars(q))


# A claim not released within this time belongs to a run that died: it may be retaken.
CLAIM_EXPIRES = dt.timedelta(minutes=15)


def claim(cw: Casework) -> list[OutboxMail]:
    """Take the mails to send for this run, in one short transaction: marked with this
    run's token and time, so a second run at the same moment takes none of them. On
    PostgreSQL the rows are read FOR UPDATE SKIP LOCKED (a row another run is claiming is
    passed over, not waited for); on SQLite the transaction holds the write lock."""
    token = uuid.uuid4().hex
    now = utcnow()
    with exclusive(cw.url, "claim-mail") as s:
        q = (
            select(OutboxMail)
            .where(
                OutboxMail.sent_at.is_(None),
                or_(OutboxMail.claimed_at.is_(None), OutboxMail.claimed_at < now - CLAIM_EXPIRES),
            )
            .order_by(OutboxMail.id)
            .with_for_update(skip_locked=True)
        )
        taken = list(s.scalars(q))
        for m in taken:
            m.claimed_at, m.claimed_by = now, token
    return taken


def deliver(cw: Casework, settings: SmtpSettings | None = None) -> Delivery:
    """Send every pending mail nobody else is sending over one SMTP connection; record
    success or the error. Each mail is claimed first, so two runs never send one twice."""
    settings = settings or SmtpSettings.from_casework(cw)
    if not pending(cw):
        return Delivery((), ())
    waiting = claim(cw)
    if not waiting:
        return Delivery((), ())
    password = smtp_password(settings)
    sent: list[tuple[int, str]] = []
    failed: list[tuple[int, str, str]] = []
    try:
        server = _connect(settings, password)
    except (OSError, smtplib.SMTPException, ssl.SSLError) as exc:
        error = _describe(exc, settings)
        _record(cw, [(m.id, error) for m in waiting])
        return Delivery((), tuple((m.id, m.to_addr, error) for m in waiting))
    results: list[tuple[int, str | None]] = []
    try:
        for m in waiting:
            try:
                server.send_message(_message(settings, m))
            except (OSError, smtplib.SMTPException) as exc:
                error = _describe(exc, settings)
                results.append((m.id, error))
                failed.append((m.id, m.to_addr, error))
            else:
                results.append((m.id, None))
                sent.append((m.id, m.to_addr))
    finally:
        try:
            server.quit()
        except (OSError, smtplib.SMTPException):
            server.close()
        _record(cw, results)
    return Delivery(tuple(sent), tuple(failed))


def _connect(settings: SmtpSettings, password: str | None) -> smtplib.SMTP:
    context = ssl.create_default_context(cafile=settings.cafile)
    server: smtplib.SMTP
    if settings.tls == "ssl":
        server = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=SMTP_TIMEOUT, context=context
        )
    else:
        server = smtplib.SMTP(settings.host, settings.port, timeout=SMTP_TIMEOUT)
    try:
        server.ehlo()
        if settings.tls == "starttls":
            server.starttls(context=context)
            server.ehlo()
        if settings.user:
            server.login(settings.user, password or "")
    except BaseException:
        server.close()
        raise
    return server


def _message(settings: SmtpSettings, m: OutboxMail) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = m.to_addr
    msg["Subject"] = m.subject
    msg["Date"] = formatdate(m.created_at.timestamp(), localtime=True)
    msg["Message-ID"] = make_msgid(f"azil-outbox-{m.id}")
    msg.set_content(m.body)
    return msg


def _record(cw: Casework, results: Iterable[tuple[int, str | None]]) -> None:
    """Write each attempt's outcome: sent (body cleared) or the error, for the retry."""
    now = utcnow()
    with session_factory(cw.url)() as s, s.begin():
        for mail_id, error in results:
            m = s.get(OutboxMail, mail_id)
            if m is None:
                continue
            m.attempts += 1
            m.last_attempt_at = now
            m.claimed_at = m.claimed_by = None  # released: a failed mail is retried later
            if error is None:
                m.sent_at = now
                m.last_error = None
                m.body = ""  # client names do not stay in the database once delivered
            else:
                m.last_error = error


def _describe(exc: BaseException, settings: SmtpSettings) -> str:
    where = f"{settings.host}:{settings.port}"
    if isinstance(exc, ConnectionRefusedError):
        return f"the mail server {where} refused the connection (is it running?)"
    if isinstance(exc, socket.timeout | TimeoutError):
        return f"the mail server {where} did not answer in {SMTP_TIMEOUT:.0f} s"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return f"the mail server {where} refused the user name or password"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return f"the mail server {where} refused the recipient"
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{where}: {text}"
