"""Commands over the case file: staff, clients, cases, events, deadlines, closures, audit, db.

Longer than the rooms' ~700-line mark, on purpose: each command is its argparse
declaration beside its handler (a few lines of parsing, one `casework` call, the
printing), so the file reads as the command line's table of contents; no rule lives
here, and splitting by noun would only scatter the parser's registration order.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import rules
from casework import N_
from casework.cli._common import open_casework, print_json, table
from casework.config import current_user_name, data_dir, database_url, write_local
from casework.i18n import numeric_day, translations
from casework.parsing import InputError, parse_birth, parse_date, parse_time
from casework.urgency import Urgency, overdue_remedy
from casework.vocabulary import DeadlineStatus, Role, Stage
from rules.vocabulary import Body, EventKind, Outcome, Procedure

if TYPE_CHECKING:  # the database layer is imported by the commands that use it
    from casework.models import Case, Client, Deadline
    from casework.services import DeadlineChange, DeadlineRow


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the case-file commands to the `azil` parser."""
    p = sub.add_parser("demo", help="fill the database with a realistic demo office (idempotent)")
    p.set_defaults(func=cmd_demo)

    _register_staff(sub)
    _register_user(sub)
    _register_client(sub)
    _register_case(sub)
    _register_event(sub)

    p = sub.add_parser("deadlines", help="upcoming deadlines, overdue first")
    p.add_argument("--within", type=int, metavar="DAYS", help="only those due within DAYS days")
    p.add_argument("--staff", metavar="NAME", help="only the cases of this lawyer")
    p.add_argument("--case", type=int, metavar="ID", help="only this case")
    p.add_argument("--status", default="open", choices=[s.value for s in DeadlineStatus] + ["all"])
    p.add_argument("--lang", choices=["sr", "en"], default="sr")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.set_defaults(func=cmd_deadlines)

    p = sub.add_parser("mark", help="mark a deadline done, waived or missed (lawyers and admins)")
    p.add_argument("deadline_id", type=int, metavar="DEADLINE_ID")
    p.add_argument("status", choices=["done", "waived", "missed", "open"])
    p.add_argument("--reason", help="why (required for waived)")
    p.set_defaults(func=cmd_mark)

    _register_closure(sub)

    p = sub.add_parser("settings", help="office-wide settings: letterhead, addresses, mail")
    ssub = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    q = ssub.add_parser("list", help="show the office settings")
    q.set_defaults(func=cmd_settings_list)
    q = ssub.add_parser("set", help="change one setting (e.g. office_name)")
    q.add_argument("key")
    q.add_argument("value")
    q.set_defaults(func=cmd_settings_set)

    p = sub.add_parser(
        "audit", help="who changed what, and when; `azil audit verify` checks the log's chain"
    )
    p.add_argument(
        "what",
        nargs="?",
        choices=["verify"],
        help="verify: check no entry was "
        "rewritten, removed or inserted afterwards (exit code 1 if one was)",
    )
    p.add_argument("--case", type=int, metavar="ID")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("db", help="database: upgrade the schema, back up, show where it is")
    dsub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    q = dsub.add_parser("upgrade", help="apply migrations (also done on every start)")
    q.set_defaults(func=cmd_db_upgrade)
    q = dsub.add_parser(
        "backup",
        help="the database and the documents in one archive, safe while the app is open",
    )
    q.add_argument("--out", type=Path, help="archive (default: in the data folder, dated)")
    q.set_defaults(func=cmd_db_backup)
    q = dsub.add_parser(
        "restore", help="bring back an archive of `azil db backup` (what it replaces is kept)"
    )
    q.add_argument("archive", type=Path)
    q.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    q.set_defaults(func=cmd_db_restore)
    q = dsub.add_parser(
        "password", help="keep this computer's team login password in the system keyring"
    )
    q.set_defaults(func=cmd_db_password)
    q = dsub.add_parser(
        "encrypt", help="encrypt the embedded database file (SQLCipher; key in the keyring)"
    )
    q.set_defaults(func=cmd_db_encrypt)
    q = dsub.add_parser("info", help="which database and data folder this computer uses")
    q.add_argument("--json", action="store_true", help="print JSON for scripts")
    q.set_defaults(func=cmd_db_info)


# ---------------------------------------------------------------------- staff / user
def _register_staff(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("staff", help="the office's lawyers, paralegals and admins")
    ssub = p.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    q = ssub.add_parser("add", help="add a staff member")
    q.add_argument("name")
    q.add_argument("--role", required=True, choices=[r.value for r in Role])
    q.add_argument("--email")
    q.add_argument("--os-user", help="operating-system login that means this person")
    q.add_argument("--sex", choices=["m", "f"], help="for the grammatical forms in filings")
    q.add_argument("--capacity", choices=["advokat", "pravnik_udruzenja"],
                   help="how the signature block describes this person")  # fmt: skip
    q.add_argument("--bar-no", help="bar registration number (advokat)")
    q.add_argument("--name-forms", metavar="FORMS",
                   help="the name in grammatical cases where filings decline it wrongly, "
                   "e.g. 'acc=Pavla Ilića; gen=Pavla Ilića'")  # fmt: skip
    q.add_argument("--login", metavar="LOGIN",
                   help="team mode (PostgreSQL): this person's own database login, created "
                   "with their role's rights; asks for its first password when run at a "
                   "terminal")  # fmt: skip
    q.set_defaults(func=cmd_staff_add)
    q = ssub.add_parser("edit", help="change how filings name and describe a staff member")
    q.add_argument("name")
    q.add_argument("--sex", choices=["m", "f"])
    q.add_argument("--capacity", choices=["advokat", "pravnik_udruzenja"])
    q.add_argument("--bar-no")
    q.add_argument("--email")
    q.add_argument("--name-forms", metavar="FORMS",
                   help="e.g. 'acc=Pavla Ilića'; an empty string removes them")  # fmt: skip
    q.set_defaults(func=cmd_staff_edit)
    q = ssub.add_parser("list", help="list staff")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_staff_list)
    q = ssub.add_parser("leave", help="mark someone on leave (their deadlines go to the team)")
    q.add_argument("name")
    q.add_argument("--back", action="store_true", help="back from leave")
    q.set_defaults(func=cmd_staff_leave)


def _register_user(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("user", help="who is using azil on this computer")
    usub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    q = usub.add_parser("set", help="remember the staff member using this computer")
    q.add_argument("name")
    q.set_defaults(func=cmd_user_set)
    q = usub.add_parser("show", help="show who is acting")
    q.set_defaults(func=cmd_user_show)


def cmd_staff_add(args: argparse.Namespace) -> int:
    password = _new_password(args.login) if args.login else None
    s = open_casework().add_staff(
        args.name, args.role, args.email, args.os_user, args.sex, args.capacity, args.bar_no,
        args.name_forms, args.login, password,
    )  # fmt: skip
    print(f"staff {s.id}: {s.name} ({s.role})" + (f", login {s.db_login}" if s.db_login else ""))
    return 0


def _new_password(login: str) -> str | None:
    """The new login's first password, asked twice at a terminal; a script leaves it to
    the server's own authentication (certificates, a service file, `ALTER ROLE`)."""
    if not sys.stdin.isatty():
        return None
    import getpass

    first = getpass.getpass(f"first password for {login} (Enter: none): ")
    if first and getpass.getpass("again: ") != first:
        raise InputError("the two passwords differ; nothing was stored")
    return first or None


def cmd_staff_edit(args: argparse.Namespace) -> int:
    cw = open_casework()
    s = cw.find_staff(args.name)
    changes = {
        key: value
        for key, value in (("sex", args.sex), ("capacity", args.capacity),
                           ("bar_no", args.bar_no), ("email", args.email),
                           ("name_forms", args.name_forms))
        if value is not None
    }  # fmt: skip
    if changes.get("name_forms") == "":
        changes["name_forms"] = None
    if not changes:
        raise InputError(
            "nothing to change: give --sex, --capacity, --bar-no, --email or --name-forms"
        )
    s = cw.update_staff(s.id, **changes)
    print(f"staff {s.id}: {s.name}" + (f" ({s.name_forms})" if s.name_forms else ""))
    return 0


def cmd_staff_list(args: argparse.Namespace) -> int:
    staff = open_casework().list_staff()
    if args.json:
        print_json([{"id": s.id, "name": s.name, "role": s.role, "active": s.active,
                     "email": s.email} for s in staff])  # fmt: skip
        return 0
    rows = [[str(s.id), s.name, s.role, "yes" if s.active else "on leave", s.email or ""]
            for s in staff]  # fmt: skip
    print(table(rows, ["id", "name", "role", "active", "e-mail"]))
    return 0


def cmd_staff_leave(args: argparse.Namespace) -> int:
    cw = open_casework()
    s = cw.find_staff(args.name)
    cw.update_staff(s.id, active=bool(args.back))
    print(
        f"{s.name} is {'back' if args.back else 'on leave: their deadlines show to the whole team'}"
    )
    return 0


def cmd_user_set(args: argparse.Namespace) -> int:
    staff = open_casework().find_staff(args.name)
    write_local(user=staff.name)
    print(f"this computer now acts as {staff.name} ({staff.role})")
    return 0


def cmd_user_show(args: argparse.Namespace) -> int:
    cw = open_casework()
    chosen = current_user_name()
    print(
        cw.actor_name if chosen else f"{cw.actor_name} (no staff member chosen: azil user set NAME)"
    )
    return 0


# ---------------------------------------------------------------------- clients
def _register_client(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("client", help="clients: add, list, show")
    csub = p.add_subparsers(dest="client_command", metavar="ACTION", required=True)
    q = csub.add_parser("add", help="add a client")
    q.add_argument("--name", required=True, help="name in Latin script, as in Serbian documents")
    q.add_argument("--original", help="name in the original script")
    q.add_argument("--sex", choices=["m", "f"])
    q.add_argument("--born", help="birth date (YYYY-MM-DD or d.m.yyyy) or only the year")
    q.add_argument("--birth-place")
    q.add_argument("--birth-country")
    q.add_argument("--nationality")
    q.add_argument("--languages")
    q.add_argument("--interpreter", help="language for interpretation")
    q.add_argument("--accommodation", help="e.g. 'Centar za azil Krnjača'")
    q.add_argument("--father")
    q.add_argument("--mother")
    q.add_argument("--id-document", help="asylum-seeker ID card or registration certificate number")
    q.add_argument("--notes")
    q.add_argument("--name-forms", metavar="FORMS",
                   help="the name in grammatical cases where filings decline it wrongly, "
                   "e.g. 'gen=Pavla Ilića; acc=Pavla Ilića'")  # fmt: skip
    q.add_argument("--minor", action="store_true", help="an unaccompanied minor")
    q.add_argument("--guardian", help="the temporary guardian's name (a minor)")
    q.add_argument("--guardian-sex", choices=["m", "f"], help="for 'privremena starateljka'")
    q.add_argument("--guardian-csr", help="the social-welfare centre that appointed the guardian")
    q.set_defaults(func=cmd_client_add)
    q = csub.add_parser("list", help="list clients")
    q.add_argument("--search", help="name in either script, nationality or a case number")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_client_list)
    q = csub.add_parser("show", help="show one client")
    q.add_argument("client_id", type=int, metavar="ID")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_client_show)


def cmd_client_add(args: argparse.Namespace) -> int:
    values: dict[str, Any] = {
        "name_latin": args.name,
        "name_original": args.original,
        "sex": args.sex,
        "birth_place": args.birth_place,
        "birth_country": args.birth_country,
        "nationality": args.nationality,
        "languages": args.languages,
        "interpreter_language": args.interpreter,
        "accommodation": args.accommodation,
        "father_name": args.father,
        "mother_name": args.mother,
        "id_document": args.id_document,
        "notes": args.notes,
        "name_forms": args.name_forms,
        "unaccompanied_minor": bool(args.minor),
        "guardian_name": args.guardian,
        "guardian_sex": args.guardian_sex,
        "guardian_csr": args.guardian_csr,
    }
    if args.born:
        values["birth_date"], values["birth_year"] = parse_birth(args.born)
    client = open_casework().add_client(**values)
    print(f"client {client.id}: {client.name_latin}")
    return 0


def client_json(c: Client) -> dict[str, Any]:
    """Everything stored about a client, for scripts."""
    from casework.services import CLIENT_FIELDS

    out: dict[str, Any] = {"id": c.id, "version": c.version}
    out.update({k: getattr(c, k) for k in sorted(CLIENT_FIELDS)})
    out["family"] = [
        {"full_name": m.full_name, "relation": m.relation, "birth_date": m.birth_date,
         "nationality": m.nationality, "whereabouts": m.whereabouts,
         "also_applying": m.also_applying}
        for m in c.family
    ]  # fmt: skip
    out["cases"] = [cs.id for cs in c.cases]
    return out


def cmd_client_list(args: argparse.Namespace) -> int:
    clients = open_casework().list_clients(args.search)
    if args.json:
        print_json([{"id": c.id, "name": c.name_latin, "name_original": c.name_original,
                     "nationality": c.nationality, "cases": [cs.id for cs in c.cases]}
                    for c in clients])  # fmt: skip
        return 0
    rows = [[str(c.id), c.name_latin, c.name_original or "", c.nationality or "",
             ",".join(str(cs.id) for cs in c.cases)] for c in clients]  # fmt: skip
    print(table(rows, ["id", "name", "original script", "nationality", "cases"]))
    return 0


def cmd_client_show(args: argparse.Namespace) -> int:
    c = open_casework().get_client(args.client_id)
    data = client_json(c)
    if args.json:
        print_json(data)
        return 0
    for key, value in data.items():
        if key == "family":
            for m in value:
                print(f"  family: {m['full_name']} ({m['relation']})")
        elif value not in (None, "", [], False):
            print(f"{key}: {value}")
    return 0


# ---------------------------------------------------------------------- cases
def _register_case(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("case", help="cases: add, list, show, export, set")
    csub = p.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    q = csub.add_parser("add", help="open a case for a client")
    q.add_argument("--client", type=int, required=True, metavar="CLIENT_ID")
    q.add_argument("--procedure", required=True, choices=[x.value for x in Procedure])
    q.add_argument("--stage", default=Stage.REGISTRATION.value, choices=[x.value for x in Stage])
    q.add_argument("--lawyer", metavar="NAME", help="assigned lawyer (staff name)")
    q.add_argument("--asylum-office-no", help="Asylum Office number, e.g. 26-1234/24")
    q.set_defaults(func=cmd_case_add)
    q = csub.add_parser("list", help="list cases")
    q.add_argument("--search")
    q.add_argument("--stage", choices=[x.value for x in Stage])
    q.add_argument("--lawyer", metavar="NAME")
    q.add_argument("--status", choices=["open", "closed"])
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_case_list)
    q = csub.add_parser("show", help="a case with events, deadlines, documents")
    q.add_argument("case_id", type=int, metavar="ID")
    q.add_argument("--lang", choices=["sr", "en"], default="sr")
    q.add_argument("--explain", action="store_true", help="print each deadline's reasoning")
    q.set_defaults(func=cmd_case_show)
    q = csub.add_parser("edit", help="change a case's procedure, stage, status, lawyer or numbers")
    q.add_argument("case_id", type=int, metavar="ID")
    q.add_argument(
        "--procedure",
        choices=[x.value for x in Procedure],
        help="recomputes the deadlines it decides and prints each moved one",
    )
    q.add_argument("--stage", choices=[x.value for x in Stage])
    q.add_argument("--status", choices=["open", "closed"])
    q.add_argument("--outcome")
    q.add_argument("--lawyer", metavar="NAME")
    q.add_argument("--asylum-office-no")
    q.add_argument("--commission-no")
    q.add_argument("--court-no")
    q.add_argument("--constitutional-no")
    q.set_defaults(func=cmd_case_edit)
    q = csub.add_parser(
        "set", help="store drafting text or a choice for filings (see: azil templates list)"
    )
    q.add_argument("case_id", type=int, metavar="ID")
    q.add_argument("field", metavar="FIELD", help="a template field, e.g. decision_summary")
    value = q.add_mutually_exclusive_group(required=True)
    value.add_argument("value", nargs="?", metavar="VALUE")
    value.add_argument("--file", type=Path, help="read a multi-paragraph value from a UTF-8 file")
    q.set_defaults(func=cmd_case_set)
    q = csub.add_parser("export", help="everything a document needs about the case")
    q.add_argument("case_id", type=int, metavar="ID")
    q.add_argument("--json", action="store_true", required=True, help="print one JSON object")
    q.set_defaults(func=cmd_case_export)


def cmd_case_add(args: argparse.Namespace) -> int:
    cw = open_casework()
    lawyer_id = cw.find_staff(args.lawyer).id if args.lawyer else None
    case = cw.add_case(args.client, args.procedure, args.stage, lawyer_id,
                       asylum_office_no=args.asylum_office_no)  # fmt: skip
    print(f"case {case.id}: client {case.client_id}, {case.procedure}, {case.stage}")
    return 0


def cmd_case_list(args: argparse.Namespace) -> int:
    cases = open_casework().list_cases(args.search, args.stage, args.lawyer, args.status)
    if args.json:
        print_json([_case_summary(c) for c in cases])
        return 0
    rows = [
        [str(c.id), c.client.name_latin, c.procedure, c.stage, c.status,
         c.lawyer.name if c.lawyer else "", c.asylum_office_no or ""]
        for c in cases
    ]  # fmt: skip
    print(table(rows, ["id", "client", "procedure", "stage", "status", "lawyer", "AO number"]))
    return 0


def _case_summary(c: Case) -> dict[str, Any]:
    return {"id": c.id, "client": c.client.name_latin, "client_id": c.client_id,
            "procedure": c.procedure, "stage": c.stage, "status": c.status,
            "lawyer": c.lawyer.name if c.lawyer else None,
            "asylum_office_no": c.asylum_office_no, "version": c.version}  # fmt: skip


def cmd_case_show(args: argparse.Namespace) -> int:
    cw = open_casework()
    c = cw.get_case(args.case_id)
    print(f"case {c.id}: {c.client.name_latin}"
          + (f" ({c.client.name_original})" if c.client.name_original else ""))  # fmt: skip
    print(f"  procedure {c.procedure}, stage {c.stage}, {c.status}; lawyer: "
          f"{c.lawyer.name if c.lawyer else '-'}")  # fmt: skip
    print("events:")
    for e in c.events:
        when = e.occurred_on.isoformat() + (f" {e.at_time.strftime('%H:%M')}" if e.at_time else "")
        extra = f" {e.reference}" if e.reference else ""
        if e.outcome is not None:
            extra += f" outcome={e.outcome}"
        elif e.kind == EventKind.DECISION_DELIVERED:
            extra += " ! outcome not recorded (azil event correct ID --outcome ...)"
        if e.missed_on is not None:
            extra += f" missed={e.missed_on}"
        print(f"  [{e.id}] {when} {e.kind}{extra}")
    print("deadlines:")
    rows = {r.id: r for r in cw.deadlines(case_id=c.id, status=None)}
    for d in c.deadlines:
        row = rows.get(d.id)
        basis = row.basis_text(args.lang) if row else d.basis
        print(f"  [{d.id}] {d.rule_id}: due {_due(d)} ({d.status}; {basis}){_flags(d)}")
        remedy = row.remedy(args.lang) if row else None
        if remedy:
            print(f"      {remedy}")
        if args.explain:
            for step in d.explanation:
                print(f"      {step[args.lang]}")
    if c.documents:
        print("documents:")
        for doc in c.documents:
            print(f"  [{doc.id}] {doc.template_id} v{doc.version} {doc.path}")
    return 0


def cmd_case_edit(args: argparse.Namespace) -> int:
    cw = open_casework()
    changes: dict[str, Any] = {
        key: getattr(args, key)
        for key in ("procedure", "stage", "status", "outcome", "asylum_office_no",
                    "commission_no", "court_no", "constitutional_no")
        if getattr(args, key) is not None
    }  # fmt: skip
    if args.lawyer:
        changes["lawyer_id"] = cw.find_staff(args.lawyer).id
    if not changes:
        raise InputError("nothing to change; give at least one option (see --help)")
    case, moved = cw.edit_case(args.case_id, cw.get_case(args.case_id).version, **changes)
    print(f"case {case.id} saved")
    if "procedure" in changes:
        _print_changes(moved)
    return 0


def cmd_case_set(args: argparse.Namespace) -> int:
    from casework.documents import parse_field_text, set_drafting

    if args.file is not None:
        try:
            value = args.file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read {args.file}: {exc}") from exc
    else:
        value = args.value
    cw = open_casework()
    typed = parse_field_text(args.field, value)
    set_drafting(args.case_id, cw.get_case(args.case_id).version, {args.field: typed}, cw)
    print(f"case {args.case_id}: {args.field} saved")
    return 0


def cmd_case_export(args: argparse.Namespace) -> int:
    from casework.documents import case_context

    print_json(case_context(args.case_id, open_casework()))
    return 0


# ---------------------------------------------------------------------- events
def _register_event(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("event", help="record or correct what happened in a case")
    esub = p.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    q = esub.add_parser("add", help="record an event; its deadlines are computed")
    q.add_argument("case_id", type=int, metavar="CASE")
    q.add_argument("kind", metavar="KIND", help="one of: " + ", ".join(k.value for k in EventKind))
    q.add_argument("date", metavar="DATE", help="YYYY-MM-DD or d.m.yyyy")
    q.add_argument("--time", help="HH:MM (needed where a rule counts hours)")
    q.add_argument("--ref", help="number of the act delivered, e.g. 26-1234/24")
    q.add_argument("--act-date", help="date of the act itself (not of its delivery)")
    q.add_argument(
        "--outcome",
        choices=[o.value for o in Outcome],
        help="what a first-instance decision decided: it picks the appeal period "
        "(without it, the shortest possible period applies until it is filled in)",
    )
    q.add_argument("--missed", metavar="DATE", help="the missed day (missed-deadline-cause-ceased)")
    q.add_argument(
        "--missed-rule",
        metavar="RULE",
        help="the rule whose deadline was missed (constitutional-appeal: the Constitutional "
        "Court's restoration)",
    )
    q.add_argument("--note")
    q.set_defaults(func=cmd_event_add)
    q = esub.add_parser(
        "correct", help="correct an event's date, time or outcome; its deadlines are recomputed"
    )
    q.add_argument("event_id", type=int, metavar="EVENT_ID")
    q.add_argument("--date")
    q.add_argument("--time")
    q.add_argument("--outcome", choices=[o.value for o in Outcome])
    q.add_argument("--missed", metavar="DATE", help="the missed day of a restoration")
    q.set_defaults(func=cmd_event_correct)
    q = esub.add_parser(
        "withdraw", help="remove an event recorded by mistake (its deadlines are waived)"
    )
    q.add_argument("event_id", type=int, metavar="EVENT_ID")
    q.add_argument("--reason", required=True, help="why (kept in the history)")
    q.set_defaults(func=cmd_event_withdraw)
    q = esub.add_parser("kinds", help="list the event kinds")
    q.set_defaults(func=cmd_event_kinds)


def cmd_event_add(args: argparse.Namespace) -> int:
    on = parse_date(args.date)
    at_time = parse_time(args.time) if args.time else None
    act_date = parse_date(args.act_date, N_("act date")) if args.act_date else None
    missed = parse_date(args.missed, N_("missed day")) if args.missed else None
    res = open_casework().record_event(
        args.case_id, args.kind, on, at_time, args.ref, act_date, args.note,
        outcome=args.outcome, missed_on=missed, missed_rule=args.missed_rule,
    )  # fmt: skip
    print(f"event {res.event.id} recorded: {res.event.kind} {res.event.occurred_on}")
    for d in res.created:
        if d.status != DeadlineStatus.OPEN:
            print(f"  deadline [{d.id}] {d.rule_id}: already {d.status} ({d.status_reason})")
            continue
        print(f"  new deadline [{d.id}] {d.rule_id}: due {_due(d)}{_flags(d)}")
    for d in res.closed:
        print(f"  fulfilled [{d.id}] {d.rule_id} (was due {d.due})")
    if res.changes:
        _print_changes(list(res.changes))
    return 0


def _due(d: Deadline) -> str:
    time = f" {d.due_time.strftime('%H:%M')}" if d.due_time else ""
    return f"{d.due}{time}"


def _flags(d: Deadline) -> str:
    """What a person must see beside a new deadline's date."""
    out = ""
    if d.safe_date:
        out += f" (safe date {d.safe_date})"
    if d.remedy_opens:
        out += f" (remedy from {d.remedy_opens})"
    if d.confidence == "L":
        out += " ! confidence L: verify the legal basis"
    if d.outcome_unknown:
        out += " ! outcome not recorded: shortest period taken (azil event correct --outcome)"
    if d.recorded_late and d.status == DeadlineStatus.OPEN:
        remedy = overdue_remedy(d.rule_id, d.due)
        out += " ! ALREADY PASSED when recorded: " + (
            "consider restoration" if remedy else "the law gives no restoration"
        )
    return out


def cmd_event_correct(args: argparse.Namespace) -> int:
    on = parse_date(args.date) if args.date else None
    at_time = parse_time(args.time) if args.time else None
    missed = parse_date(args.missed, N_("missed day")) if args.missed else None
    if on is None and at_time is None and args.outcome is None and missed is None:
        raise InputError("nothing to correct; give --date, --time, --outcome or --missed")
    changes = open_casework().correct_event(
        args.event_id, on, at_time, outcome=args.outcome, missed_on=missed
    )
    print(f"event {args.event_id} corrected")
    _print_changes(changes)
    return 0


def cmd_event_withdraw(args: argparse.Namespace) -> int:
    waived = open_casework().withdraw_event(args.event_id, args.reason)
    print(f"event {args.event_id} withdrawn")
    for d in waived:
        print(f"  deadline [{d.id}] {d.rule_id} waived (was due {d.due})")
    return 0


def cmd_event_kinds(args: argparse.Namespace) -> int:
    for k in EventKind:
        print(k.value)
    return 0


def _print_changes(changes: list[DeadlineChange]) -> None:
    """Each moved deadline as `RULE: OLD -> NEW` (none: created or no longer applies)."""
    if not changes:
        print("no deadline moved")
    for ch in changes:
        print(ch.line())
        if ch.old_rule_id:
            print(f"  (deadline {ch.deadline_id}, case {ch.case_id}: was {ch.old_rule_id})",
                  file=sys.stderr)  # fmt: skip


# ---------------------------------------------------------------------- deadlines
def cmd_deadlines(args: argparse.Namespace) -> int:
    status = None if args.status == "all" else args.status
    if args.within is not None and args.within < 0:
        raise InputError("--within takes a number of days, 0 or more")
    cw = open_casework()
    if args.case is not None:
        cw.get_case(args.case)  # "no case with id 9999", not an empty success
    rows = cw.deadlines(args.within, args.staff, status, args.case)
    if args.json:
        print_json([r.to_json(args.lang) for r in rows])
        return 0
    if not rows:
        print("no deadlines" + (f" within {args.within} days" if args.within is not None else ""))
        return 0
    _ = translations(args.lang).gettext
    head = [_("id"), _("due"), _("days"), _("client"), _("rule"), _("lawyer"), _("note")]
    print(table([_deadline_cells(r, args.lang) for r in rows], head))
    return 0


def _day(day: dt.date, lang: str) -> str:
    """'13.05.2024.' in Serbian, '2024-05-13' in English."""
    return numeric_day(day).text(lang)


def _deadline_cells(r: DeadlineRow, lang: str) -> list[str]:
    _ = translations(lang).gettext
    due = rules.moment_label(r.due, "en" if lang == "en" else "sr") + (
        f" {r.due_time.strftime('%H:%M')}" if r.due_time else ""
    )
    notes = []
    if r.safe_date:
        notes.append(_("safe date {day}").format(day=_day(r.safe_date, lang)))
    if r.remedy_opens and r.urgency is not Urgency.REMEDY_OPEN:
        notes.append(_("once passed, from {day}").format(day=_day(r.remedy_opens, lang)))
    if r.confidence == "L":
        notes.append(_("verify the legal basis (confidence L)"))
    if r.urgency is Urgency.OVERDUE:
        notes.append(_("OVERDUE"))
    if r.recorded_late:
        notes.append(_("already passed when recorded"))
    if r.outcome_unknown:
        notes.append(_("decision's outcome not recorded: shortest period taken"))
    if r.procedure_unknown:
        notes.append(_("asylum procedure not recorded: shortest period taken"))
    if r.remedy_sr and r.remedy_opens:
        opens = _("once passed, from {day}").format(day=_day(r.remedy_opens, lang))
        notes.append(f"{opens}: {r.remedy(lang)}")
    elif r.remedy_sr:
        notes.append(_("remedy: {text}").format(text=r.remedy(lang)))
    if not r.lawyer_active and r.lawyer:
        notes.append(_("lawyer on leave"))
    name = r.rule_name_en if lang == "en" else r.rule_name_sr
    return [str(r.id), due, str(r.days_left), r.client_name, f"{r.rule_id} ({name})",
            r.lawyer or "-", "; ".join(notes)]  # fmt: skip


def cmd_mark(args: argparse.Namespace) -> int:
    d = open_casework().mark_deadline(args.deadline_id, args.status, args.reason)
    print(f"deadline {d.id} ({d.rule_id}) marked {d.status}")
    return 0


# ---------------------------------------------------------------------- closures
def _register_closure(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("closure", help="days an authority or court was closed")
    csub = p.add_subparsers(dest="closure_command", metavar="ACTION", required=True)
    q = csub.add_parser("add", help="record a closure day; open deadlines are recomputed")
    q.add_argument("date")
    q.add_argument("--reason", required=True)
    bodies = ["all", *(b.value for b in Body if b is not Body.UNSPECIFIED)]
    q.add_argument(
        "--body", default="all", choices=bodies,
        help="which body was closed (default: all authorities and courts); "
        "only its deadlines are extended",
    )  # fmt: skip
    q.set_defaults(func=cmd_closure_add)
    q = csub.add_parser("remove", help="remove a closure day")
    q.add_argument("date")
    q.add_argument("--body", default="all", choices=bodies)
    q.set_defaults(func=cmd_closure_remove)
    q = csub.add_parser("list", help="list closure days")
    q.set_defaults(func=cmd_closure_list)


def cmd_closure_add(args: argparse.Namespace) -> int:
    changes = open_casework().add_closure(parse_date(args.date), args.reason, args.body)
    print(f"closure day {args.date} recorded")
    _print_changes(changes)
    return 0


def cmd_closure_remove(args: argparse.Namespace) -> int:
    changes = open_casework().remove_closure(parse_date(args.date), args.body)
    print(f"closure day {args.date} removed")
    _print_changes(changes)
    return 0


def cmd_closure_list(args: argparse.Namespace) -> int:
    for c in open_casework().list_closures():
        print(f"{c.day.isoformat()}  {c.body:<22}  {c.reason}")
    return 0


def cmd_settings_list(args: argparse.Namespace) -> int:
    from casework.settings import DEFAULT_SETTINGS, OFFICE_SETTING_KEYS

    stored = open_casework().settings()
    for key in sorted({*OFFICE_SETTING_KEYS, *stored}):
        if key.startswith(("demo.", "system.")):
            continue
        value = stored.get(key, DEFAULT_SETTINGS.get(key, ""))
        print(f"{key:<30} {value}")
    return 0


def cmd_settings_set(args: argparse.Namespace) -> int:
    stored = open_casework().set_settings({args.key: args.value})
    print(f"{args.key} saved" + (f": {stored[args.key]}" if stored[args.key] != args.value else ""))
    return 0


# ---------------------------------------------------------------------- audit, db, demo
def cmd_audit(args: argparse.Namespace) -> int:
    if args.what == "verify":
        return _verify_audit()
    entries = open_casework().audit(args.case, args.limit)
    if args.json:
        print_json([{"at": e.at, "actor": e.actor, "action": e.action, "entity": e.entity,
                     "entity_id": e.entity_id, "case": e.case_id, "field": e.field,
                     "old": e.old, "new": e.new} for e in entries])  # fmt: skip
        return 0
    for e in entries:
        change = f"{e.field}: {e.old!s} -> {e.new!s}" if e.field else (e.new or "")
        print(f"{e.at.astimezone():%Y-%m-%d %H:%M} {e.actor} {e.action} {e.entity} "
              f"{e.entity_id or ''} {change}")  # fmt: skip
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from casework import db
    from casework.audit_chain import seal_older

    db.upgrade()
    with db.session_factory()() as s, s.begin():
        seal_older(s)  # on PostgreSQL the office's logins may only append to the log
    print(f"database {db.safe_url(database_url())} is at the newest schema")
    return 0


def cmd_db_password(args: argparse.Namespace) -> int:
    """Store the team login's password in the OS keyring, where every start finds it."""
    import getpass

    from casework import db

    url = database_url()
    parsed = db.team_login(url)  # before asking: only a team login has a password here
    password = getpass.getpass(f"password of {parsed.username} on {parsed.host}: ")
    db.remember_password(url, password)
    print(f"password of {parsed.username} kept in the system keyring")
    return 0


def cmd_db_backup(args: argparse.Namespace) -> int:

    from casework.backup import backup_office

    out = args.out or data_dir() / "backups" / f"azil-{dt.datetime.now():%Y%m%d-%H%M%S}.zip"
    made = backup_office(out)  # as it is: a backup never migrates what it copies
    print(
        f"backup written to {made.path}: the {made.kind} database and "
        f"{made.documents} document file(s); restore with: azil db restore {made.path}"
    )
    return 0


def cmd_db_restore(args: argparse.Namespace) -> int:
    from casework.backup import restore_office

    if not args.yes:
        answer = input(
            f"Restore {args.archive} over this computer's office? What it replaces is kept "
            "beside it. [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes", "d", "da"):
            raise InputError("not confirmed; nothing was restored (use --yes in scripts)")
    done = restore_office(args.archive)
    print(f"restored: the database and {done.documents} document file(s)")
    for path in done.set_aside:
        print(f"kept what it replaced: {path}")
    return 0


def cmd_db_encrypt(args: argparse.Namespace) -> int:
    from casework import db, encryption

    done = encryption.encrypt(database_url(), db.forget_engine)
    where = (
        f"the key is the one in {encryption.KEY_ENV}"
        if done.key_source == encryption.KEY_ENV
        else f"its key is in the system keyring (service {encryption.KEYRING_SERVICE}, "
        f"account {done.path.resolve()})"
    )
    print(f"encrypted {done.path} (SQLCipher); {where}: back the key up, without it the "
          "data cannot be read")  # fmt: skip
    plain = encryption.plain_copies(done.path, data_dir() / "backups")
    if plain:
        print(
            f"azil: warning: {len(plain)} earlier cop(ies) of the office are not encrypted, "
            f"e.g. {plain[0]}; delete them once a new backup is made",
            file=sys.stderr,
        )
    return 0


def cmd_db_info(args: argparse.Namespace) -> int:
    from casework import db, encryption

    url = database_url()
    try:
        schema, program = db.schema_state(url)
    except (db.DatabaseError, encryption.EncryptionError):  # still say where it is
        schema, program = None, db.program_revision()
    info = {
        "database": db.safe_url(url),
        "data_folder": str(data_dir()),
        "schema_revision": schema,
        "program_revision": program,
        "encrypted": encryption.is_encrypted_url(url),
    }
    if args.json:
        print_json(info)
        return 0
    print(f"database: {info['database']}")
    print(f"data folder: {info['data_folder']}")
    print(f"schema revision: {schema or 'none'} (this azil: {program})")
    print(f"encrypted: {'yes' if info['encrypted'] else 'no'}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from casework.demo import load_demo

    cw = open_casework()
    print(load_demo(cw))
    return 0


def _verify_audit() -> int:
    """Walk the audit chain; say where it breaks (exit 1) or that it holds."""
    from casework import audit_chain
    from casework.db import session_factory

    cw = open_casework()
    with session_factory(cw.url or database_url())() as s:
        checked, breaks = audit_chain.verify(s)
        last, last_hash = audit_chain.head(s)
    for b in breaks:
        where = f"entry {b.seq}" if b.seq is not None else "an entry without a place"
        print(f"azil: audit log: {where} (id {b.entry_id}): {b.why}", file=sys.stderr)
    if breaks:
        print(f"azil: the audit log was altered: {len(breaks)} problem(s) in {checked} entries",
              file=sys.stderr)  # fmt: skip
        return 1
    if checked == 0:
        print("audit log: no entry is chained yet (entries from before the chain are "
              "sealed with the next change)")  # fmt: skip
        return 0
    print(f"audit log intact: {checked} entries, each chained to the one before")
    # Noted elsewhere, the head shows later that the chain was not rebuilt from here on.
    print(f"head: entry {last} {last_hash}")
    return 0
