"""E-mail digests against a real SMTP server on loopback (aiosmtpd), including a failure.

A mail that cannot be sent stays in the outbox with its error and goes out on the next
run; nothing is lost silently. The password never reaches the database.
"""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator
from email import message_from_bytes
from email.header import decode_header, make_header
from email.message import Message
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy import select, text

from casework import db
from casework.cli import main
from casework.mail import (
    MailConfigError,
    SmtpSettings,
    deliver,
    pending,
    queue_digests,
    smtp_password,
    store_password,
)
from casework.models import ReminderRun
from casework.reminders import reminders
from casework.services import Casework
from casework.settings import SettingError
from tests.conftest import MemoryKeyring, store_setting_as_an_older_azil_would

D = dt.date


class Collector:
    """An SMTP handler that keeps what it receives."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content)))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def port() -> int:
    return _free_port()


@pytest.fixture
def smtp(port: int) -> Iterator[Collector]:
    handler = Collector()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler
    finally:
        controller.stop()


def _office(url: str, port: int) -> Casework:
    """Ana has an overdue appeal (delivered 2024-04-26, due 2024-05-13); Marko has nothing."""
    cw = Casework(url, actor="Ivan Đorđević")
    cw.add_staff("Ivan Đorđević", "admin")
    ana = cw.add_staff("Ana Petrović", "lawyer", email="ana@example.org").id
    cw.add_staff("Marko Jovanović", "lawyer", email="marko@example.org")
    client = cw.add_client(name_latin="Omar Al-Hassan")
    case_id = cw.add_case(client.id, "regular", "first-instance", ana).id
    cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected")
    for key, value in {"smtp.host": "127.0.0.1", "smtp.port": str(port), "smtp.tls": "none",
                       "smtp.from": "azil@example.org"}.items():  # fmt: skip
        cw.set_setting(key, value)
    return cw


def test_each_person_gets_their_digest(db_url: str, port: int, smtp: Collector) -> None:
    cw = _office(db_url, port)
    queued = queue_digests(cw, reminders(cw).digests)
    assert queued.queued == (("Ana Petrović", "ana@example.org"),)
    assert "Marko Jovanović" in queued.empty  # nothing to report: no mail
    result = deliver(cw)
    assert [address for _id, address in result.sent] == ["ana@example.org"]
    assert result.failed == ()
    [(rcpt, msg)] = smtp.messages
    assert rcpt == ["ana@example.org"]
    assert msg["From"] == "azil@example.org"
    # the office's language: Serbian subject and headings (issue 11: they were English)
    assert "isteklo 1" in str(make_header(decode_header(msg["Subject"])))
    body = msg.get_payload(decode=True).decode("utf-8")
    assert "Omar Al-Hassan" in body and "appeal-regular" in body and "ISTEKLI ROKOVI" in body
    assert pending(cw) == []
    # Once delivered, the body with the client's name leaves the database.
    with db.engine(db_url).connect() as conn:
        assert conn.execute(text("SELECT body FROM outbox_mail")).scalars().all() == [""]
    with db.session_factory(db_url)() as s:
        runs = s.scalars(select(ReminderRun)).all()
        # Ana and Marko were served by mail; Ivan has no address, so his run is not counted.
        staff = {st.name: st.id for st in cw.list_staff()}
        assert sorted((r.staff_id, r.via) for r in runs) == sorted(
            [(staff["Ana Petrović"], "email"), (staff["Marko Jovanović"], "email")]
        )


def test_server_down_then_the_next_run_sends_it(db_url: str, port: int) -> None:
    cw = _office(db_url, port)
    queue_digests(cw, reminders(cw).digests)
    down = deliver(cw)  # nothing listens on the port
    assert down.sent == ()
    [(mail_id, address, error)] = down.failed
    assert address == "ana@example.org" and "refused the connection" in error
    [waiting] = pending(cw)
    assert (waiting.id, waiting.attempts, waiting.last_error) == (mail_id, 1, error)
    assert "Omar Al-Hassan" in waiting.body  # kept whole for the retry

    handler = Collector()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        up = deliver(cw)
    finally:
        controller.stop()
    assert up.sent == ((mail_id, "ana@example.org"),)
    assert len(handler.messages) == 1
    assert pending(cw) == []


def test_cli_reports_the_failure_and_retries(
    db_url: str,
    port: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("AZIL_DATABASE_URL", db_url)
    _office(db_url, port)
    assert main(["reminders", "--email"]) == 1
    captured = capsys.readouterr()
    assert "queued for Ana Petrović <ana@example.org>" in captured.out
    assert "NOT SENT" in captured.err and "retried on the next run" in captured.err
    assert main(["mail", "outbox"]) == 0
    assert "refused the connection" in capsys.readouterr().out

    handler = Collector()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        assert main(["mail", "send"]) == 0
    finally:
        controller.stop()
    assert "sent to ana@example.org" in capsys.readouterr().out
    assert [rcpt for rcpt, _msg in handler.messages] == [["ana@example.org"]]


def test_server_not_set_up_says_what_to_set(sqlite_url: str) -> None:
    cw = Casework(sqlite_url, actor="x")
    with pytest.raises(MailConfigError, match=r"smtp\.host .*smtp\.from .*azil mail config"):
        SmtpSettings.from_casework(cw)
    cw.set_setting("smtp.host", "mail.example.org")
    cw.set_setting("smtp.from", "azil@example.org")
    # casework refuses the value; one an older azil stored is refused when read
    with pytest.raises(SettingError, match="none, starttls or ssl"):
        cw.set_setting("smtp.tls", "tls")
    store_setting_as_an_older_azil_would(sqlite_url, "smtp.tls", "tls")
    with pytest.raises(MailConfigError, match="none, starttls, ssl"):
        SmtpSettings.from_casework(cw)
    cw.set_setting("smtp.tls", "ssl")
    assert SmtpSettings.from_casework(cw).port == 465  # the SMTPS default


class _Authenticator:
    def __init__(self) -> None:
        self.seen: list[tuple[bytes, bytes]] = []

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str,
                 auth_data: Any) -> AuthResult:  # fmt: skip
        assert isinstance(auth_data, LoginPassword)
        self.seen.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"s3cret-from-env")


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_password_comes_from_the_environment_never_the_database(
    db_url: str, port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    cw = _office(db_url, port)
    cw.set_setting("smtp.user", "azil")
    settings = SmtpSettings.from_casework(cw)
    monkeypatch.delenv("AZIL_SMTP_PASSWORD", raising=False)
    monkeypatch.setattr(keyring, "get_password", lambda *_a: None)
    with pytest.raises(MailConfigError, match="AZIL_SMTP_PASSWORD"):
        smtp_password(settings)
    monkeypatch.setenv("AZIL_SMTP_PASSWORD", "s3cret-from-env")
    queue_digests(cw, reminders(cw).digests)
    auth = _Authenticator()
    handler = Collector()
    controller = Controller(
        handler, hostname="127.0.0.1", port=port, authenticator=auth, auth_require_tls=False
    )
    controller.start()
    try:
        result = deliver(cw)
    finally:
        controller.stop()
    assert auth.seen == [(b"azil", b"s3cret-from-env")]
    assert len(result.sent) == 1 and len(handler.messages) == 1
    with db.engine(db_url).connect() as conn:
        dump = " ".join(
            str(v)
            for table in ("setting", "audit_entry", "outbox_mail")
            for row in conn.execute(text(f"SELECT * FROM {table}"))
            for v in row
        )
    assert "s3cret" not in dump


def test_password_from_the_system_keyring(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    monkeypatch.delenv("AZIL_SMTP_PASSWORD", raising=False)
    settings = SmtpSettings("mail.example.org", 587, "starttls", "azil", "azil@example.org")
    store_password(settings, "from-keyring")
    assert memory_keyring.entries == {("azil-smtp", "azil@mail.example.org"): "from-keyring"}
    assert smtp_password(settings) == "from-keyring"


class SlowCollector(Collector):
    """A server that takes its time per mail, so two sending runs overlap."""

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        import asyncio

        await asyncio.sleep(0.15)
        return await super().handle_DATA(server, session, envelope)


def test_two_sending_runs_at_once_deliver_each_mail_once(db_url: str, port: int) -> None:
    # Issue 13: two `azil mail send` at once delivered 6 queued mails 12 times. Each run
    # now claims its mails first; the other run finds them taken.
    from concurrent.futures import ThreadPoolExecutor

    handler = SlowCollector()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        cw = _office(db_url, port)
        with db.session_factory(db_url)() as s, s.begin():
            from casework.models import OutboxMail

            for i in range(6):
                s.add(OutboxMail(to_addr=f"p{i}@example.org", subject=f"mail {i}", body="x"))
        with ThreadPoolExecutor(2) as pool:
            runs = list(pool.map(lambda _n: deliver(Casework(db_url)), range(2)))
    finally:
        controller.stop()
    received = sorted(rcpt[0] for rcpt, _msg in handler.messages)
    assert received == [f"p{i}@example.org" for i in range(6)]  # each once, none twice
    assert sum(len(r.sent) for r in runs) == 6
    assert pending(cw) == []


def test_two_schedulers_queue_one_digest_per_person_and_day(db_url: str, port: int) -> None:
    # Issue 13: two `reminders --email` at once queued two digests per person.
    from concurrent.futures import ThreadPoolExecutor

    cw = _office(db_url, port)
    digests = reminders(cw).digests
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda _n: queue_digests(Casework(db_url), digests), range(2)))
    assert sorted(len(r.queued) for r in results) == [0, 1]  # Ana's digest, once
    assert [m.to_addr for m in pending(cw)] == ["ana@example.org"]
    # and a later run on the same day queues nothing more for her
    assert queue_digests(cw, reminders(cw).digests).queued == ()
