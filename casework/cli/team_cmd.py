"""Commands for the team: reminders (printed or mailed), calendar export, mail, erasure.

`azil reminders` is meant for the system scheduler every morning (cron, systemd timer,
Windows Task Scheduler); `--email` mails each person their digest and keeps what could
not be sent in an outbox for the next run.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from casework.cli._common import print_json
from casework.parsing import InputError, parse_date

if TYPE_CHECKING:
    from casework.reminders import Digest
    from casework.services import Casework

REMINDERS_HELP = """\
What is overdue, due today and to be reminded now, for each person (or one person).

Each open deadline reminds at its offsets (days before the safe date where there is one,
else the due date): the deadline's own, else its lawyer's, else the rule's defaults;
authority deadlines remind the day after they pass (the remedy is named). Reminders that
fell on days since a person's last digest are delivered too. A deadline whose lawyer is
on leave, or that has no lawyer, is in everyone's digest. Open cases with no open
deadline are listed: that is how deadlines get forgotten.

Run it every morning from the system scheduler, e.g. (cron):
  30 7 * * 1-5  azil reminders --email

--json prints one object (stable; new keys may be added, none removed or renamed):
  {"schema": "azil.reminders/1", "day": "YYYY-MM-DD",
   "digests": [{"staff": NAME|null, "staff_id": INT|null, "email": ADDRESS|null,
                "window_start": "YYYY-MM-DD",
                "overdue": [ITEM...], "due_today": [ITEM...], "remind": [ITEM...],
                "cases_without_open_deadline":
                    [{"case", "client", "procedure", "stage", "lawyer", "team"}...]}]}
  ITEM is the deadline as in `azil deadlines --json` ("id", "case", "client", "rule",
  "rule_name", "due", "safe_date", "days_left", "binds", "confidence",
  "verify_legal_basis", "basis", "lawyer", "lawyer_active", "remedy", ...) plus
  "offsets" (days), "reminder_days" (the reminder days in this run's window),
  "team" (shown to everyone: lawyer on leave or none) and "past_safe_date".
  staff null = an office with no active staff: one digest for everybody.

Exit status: 0; with --email, 1 when a mail could not be sent (it stays in the outbox
and is retried on the next run), 2 when the mail server is not set up.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add reminders, calendar, mail and `client erase` to the `azil` parser."""
    p = sub.add_parser(
        "reminders",
        help="overdue, due today and to be reminded now (for the morning scheduler)",
        description=REMINDERS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--staff", metavar="NAME", help="only this person's digest")
    p.add_argument("--json", action="store_true", help="print JSON (shape above)")
    p.add_argument("--email", action="store_true", help="mail each person their digest")
    p.add_argument("--lang", choices=["sr", "en"], default="sr", help="rule names and remedies")
    p.add_argument(
        "--on", metavar="DATE", help="as if today were DATE (a check: nothing is recorded)"
    )
    p.add_argument(
        "--no-record",
        action="store_true",
        help="do not count this run as delivered (the next run repeats its reminders)",
    )
    p.set_defaults(func=cmd_reminders)

    p = sub.add_parser("calendar", help="export deadlines to an iCalendar (.ics) file")
    csub = p.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    q = csub.add_parser(
        "export",
        help="open deadlines as all-day events with alarms; re-import updates them",
    )
    q.add_argument("--staff", metavar="NAME", help="this person's deadlines (and the team's)")
    q.add_argument("--out", type=Path, required=True, metavar="FILE.ics")
    q.add_argument("--lang", choices=["sr", "en"], default="sr")
    q.set_defaults(func=cmd_calendar_export)

    p = sub.add_parser("mail", help="the office's mail server and the outbox of digests")
    msub = p.add_subparsers(dest="mail_command", metavar="ACTION", required=True)
    q = msub.add_parser("config", help="set the SMTP server (office-wide; no password here)")
    q.add_argument("--host")
    q.add_argument("--port", type=int)
    q.add_argument("--tls", choices=["none", "starttls", "ssl"])
    q.add_argument("--user")
    q.add_argument("--from", dest="sender", metavar="ADDRESS")
    q.add_argument("--cafile", help="CA certificate file for a server with a private CA")
    q.set_defaults(func=cmd_mail_config)
    q = msub.add_parser("password", help="store the SMTP password in the system keyring")
    q.set_defaults(func=cmd_mail_password)
    q = msub.add_parser("outbox", help="mails not yet sent, with their last error")
    q.set_defaults(func=cmd_mail_outbox)
    q = msub.add_parser("send", help="try to send the outbox now")
    q.set_defaults(func=cmd_mail_send)

    erase = _subcommands(sub, "client").add_parser(
        "erase", help="erase a client's personal data and documents (asks to confirm)"
    )
    erase.add_argument("client_id", type=int, metavar="ID")
    erase.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    erase.set_defaults(func=cmd_client_erase)


def _subcommands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """The ACTION sub-parsers of an existing command (`client` lives in base_cmd)."""
    parser = sub.choices[name]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError(f"`azil {name}` has no sub-commands to extend")


def _casework() -> Casework:
    """The case file, acting as the chosen person or the staff member mapped to this login."""
    from casework import db
    from casework.services import Casework

    db.prepare()
    return Casework()


# ---------------------------------------------------------------------- reminders
def cmd_reminders(args: argparse.Namespace) -> int:
    from casework.reminders import record_runs, reminders

    day = parse_date(args.on) if args.on else None
    if args.email and (args.json or day is not None):
        raise InputError("--email sends today's digests; use it without --json and --on")
    cw = _casework()
    result = reminders(cw, day, args.staff)
    if args.email:
        return _mail_digests(cw, result.digests)
    if args.json:
        print_json(result.to_json())
    else:
        print("\n\n".join(d.to_text(args.lang) for d in result.digests))
    if day is None and not args.no_record:
        record_runs(cw, result.digests, "json" if args.json else "print")
    return 0


def _mail_digests(cw: Casework, digests: tuple[Digest, ...]) -> int:
    from casework.mail import SmtpSettings, queue_digests, smtp_password

    settings = SmtpSettings.from_casework(cw)  # refuse early: nothing queued, nothing lost
    smtp_password(settings)
    queued = queue_digests(cw, digests)
    for who, address in queued.queued:
        print(f"queued for {who} <{address}>")
    for who in queued.empty:
        print(f"nothing to report for {who}")
    for digest in queued.no_address:
        print(f"no e-mail address for {digest.staff or 'the office'} "
              "(azil staff add ... --email); the digest follows:")  # fmt: skip
        print(digest.to_text())
    return _report_delivery(cw)


def _report_delivery(cw: Casework) -> int:
    from casework.mail import deliver

    result = deliver(cw)
    for _mail_id, address in result.sent:
        print(f"sent to {address}")
    for mail_id, address, error in result.failed:
        print(
            f"NOT SENT (outbox {mail_id}) to {address}: {error}; it stays in the outbox "
            "and is retried on the next run (azil mail send to retry now)",
            file=sys.stderr,
        )
    return 1 if result.failed else 0


# ---------------------------------------------------------------------- calendar
def cmd_calendar_export(args: argparse.Namespace) -> int:
    from casework.ical import export_calendar

    if args.out.suffix.lower() != ".ics":
        raise InputError(f"{args.out}: the calendar file name should end in .ics")
    done = export_calendar(_casework(), args.out, args.staff, args.lang)
    print(f"{done.events} deadline(s) written to {done.path}; importing it again updates them")
    return 0


# ---------------------------------------------------------------------- mail
def cmd_mail_config(args: argparse.Namespace) -> int:
    from casework.mail import SmtpSettings

    cw = _casework()
    values = {
        "smtp.host": args.host,
        "smtp.port": args.port,
        "smtp.tls": args.tls,
        "smtp.user": args.user,
        "smtp.from": args.sender,
        "smtp.cafile": args.cafile,
    }
    changed = {k: str(v) for k, v in values.items() if v is not None}
    if not changed:
        raise InputError("nothing to set; give at least one option (see --help)")
    for key, value in changed.items():
        cw.set_setting(key, value)
    s = SmtpSettings.from_casework(cw)
    print(f"mail server {s.host}:{s.port} ({s.tls}), user {s.user or '-'}, from {s.sender}")
    if s.user:
        print("the password is not stored here: set AZIL_SMTP_PASSWORD or run azil mail password")
    return 0


def cmd_mail_password(args: argparse.Namespace) -> int:
    from casework.mail import SmtpSettings, keyring_account, store_password

    settings = SmtpSettings.from_casework(_casework())
    if not settings.user:
        raise InputError("no smtp.user is set; the server needs no password")
    password = getpass.getpass(f"password for {keyring_account(settings)}: ")
    if not password:
        raise InputError("empty password; nothing stored")
    store_password(settings, password)
    print(f"password for {keyring_account(settings)} stored in the system keyring")
    return 0


def cmd_mail_outbox(args: argparse.Namespace) -> int:
    from casework.mail import pending

    waiting = pending(_casework())
    if not waiting:
        print("the outbox is empty: every mail was sent")
    for m in waiting:
        error = f"; last error: {m.last_error}" if m.last_error else ""
        print(f"[{m.id}] {m.created_at.astimezone():%Y-%m-%d %H:%M} to {m.to_addr}: "
              f"{m.subject} ({m.attempts} attempt(s){error})")  # fmt: skip
    return 0


def cmd_mail_send(args: argparse.Namespace) -> int:
    return _report_delivery(_casework())


# ---------------------------------------------------------------------- erasure
def cmd_client_erase(args: argparse.Namespace) -> int:
    from casework.erasure import erase_client

    cw = _casework()
    client = cw.get_client(args.client_id)
    if not args.yes:
        print(
            f"This erases the personal data and documents of client {client.id}, "
            f"{client.name_latin}, for good (backups made earlier still hold them)."
        )
        try:
            answer = input("Type the client's id or full name to confirm: ").strip()
        except EOFError:
            answer = ""
        if answer not in {str(client.id), client.name_latin}:
            raise InputError("not confirmed; nothing was erased (use --yes in scripts)")
    report = erase_client(cw, args.client_id)
    print(
        f"client {report.client_id} erased: {report.family_deleted} family row(s), "
        f"{report.files_deleted} file(s) deleted, {report.documents} document record(s) kept "
        f"without a path, {report.audit_blanked} audit entr(ies) blanked"
        + {None: "", True: "; old row versions vacuumed",
           False: "; old row versions are left to the server's autovacuum (this login does "
                  "not own the tables: an admin may run VACUUM now)"}[report.vacuumed]
    )  # fmt: skip
    if report.files_left:
        print("could NOT delete: " + ", ".join(report.files_left), file=sys.stderr)
        return 1
    return 0
