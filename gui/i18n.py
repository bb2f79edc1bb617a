"""Every string the interface shows, in Serbian (Latin) and English, in one table.

A small dict instead of Qt's .ts/.qm tooling: the office edits wording here, tests can
check that every key has both languages, and switching language needs no restart of
the models (screens re-read `t()` when they retranslate).
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QLocale

Lang = Literal["sr", "en"]

_lang: Lang = "sr"

# key: (Serbian Latin, English)
STRINGS: dict[str, tuple[str, str]] = {
    "app.title": ("Azil — pravna pomoć", "Azil — legal aid"),
    "nav.deadlines": ("Rokovi", "Deadlines"),
    "nav.cases": ("Predmeti", "Cases"),
    "nav.case": ("Predmet", "Case"),
    "nav.calendar": ("Kalendar", "Calendar"),
    "nav.reminders": ("Podsetnici", "Reminders"),
    "nav.settings": ("Podešavanja", "Settings"),
    "action.new_case": ("Novi predmet", "New case"),
    "action.record_event": ("Evidentiraj događaj", "Record event"),
    "action.search": ("Pretraga", "Search"),
    "action.next": ("Sledeći", "Next"),
    "action.previous": ("Prethodni", "Previous"),
    "action.refresh": ("Osveži", "Refresh"),
    "action.save": ("Sačuvaj", "Save"),
    "action.cancel": ("Otkaži", "Cancel"),
    "action.add": ("Dodaj", "Add"),
    "action.remove": ("Ukloni", "Remove"),
    "action.open_case": ("Otvori predmet", "Open case"),
    "action.quit": ("Izlaz", "Quit"),
    "action.show": ("Prikaži", "Show"),
    # deadlines screen
    "dl.search": ("Pretraži ime, broj predmeta, rok…", "Search name, case number, rule…"),
    "dl.person": ("Osoba", "Person"),
    "dl.rule": ("Rok", "Rule"),
    "dl.procedure": ("Postupak", "Procedure"),
    "dl.case": ("Predmet br.", "Case no."),
    "dl.mine": ("Samo moji", "Mine only"),
    "dl.all": ("Svi", "All"),
    "dl.mark_done": ("✔ Označi kao ispunjen", "✔ Mark done"),
    "answer.yes": ("da", "yes"),
    "answer.no": ("ne", "no"),
    "dl.waive": ("Odustani od roka…", "Waive…"),
    "dl.waive_reason": (
        "Zašto se od ovog roka odustaje? (obavezno, upisuje se u istoriju)",
        "Why is this deadline waived? (required, written to the history)",
    ),
    "dl.counts": (
        "Ukupno {total}  ·  ✖ isteklo {overdue}  ·  ⚠ do 3 dana {soon}  ·  ● do 7 dana {week}",
        "Total {total}  ·  ✖ overdue {overdue}  ·  ⚠ within 3 days {soon}  ·  "
        "● within 7 days {week}",
    ),
    "dl.shown": ("prikazano {n}", "{n} shown"),
    "col.urgency": ("Hitnost", "Urgency"),
    "col.due": ("Rok ističe", "Due"),
    "col.safe": ("Sigurni datum", "Safe date"),
    "col.days": ("Dana", "Days"),
    "col.client": ("Klijent", "Client"),
    "col.rule": ("Rok", "Rule"),
    "col.procedure": ("Postupak", "Procedure"),
    "col.lawyer": ("Advokat", "Lawyer"),
    "col.case": ("Predmet", "Case"),
    "col.confidence": ("Pouzdanost", "Confidence"),
    "col.note": ("Napomena", "Note"),
    "col.status": ("Status", "Status"),
    "col.stage": ("Faza", "Stage"),
    "col.nationality": ("Državljanstvo", "Nationality"),
    "col.numbers": ("Brojevi predmeta", "Case numbers"),
    "col.opened": ("Otvoren", "Opened"),
    "col.date": ("Datum", "Date"),
    "col.time": ("Vreme", "Time"),
    "col.event": ("Događaj", "Event"),
    "col.reference": ("Broj akta", "Reference"),
    "col.by": ("Ko", "By"),
    "col.template": ("Šablon", "Template"),
    "col.version": ("Verzija", "Version"),
    "col.file": ("Datoteka", "File"),
    "col.when": ("Kada", "When"),
    "col.action": ("Radnja", "Action"),
    "col.field": ("Polje", "Field"),
    "col.old": ("Staro", "Old"),
    "col.new": ("Novo", "New"),
    "col.name": ("Ime", "Name"),
    "col.role": ("Uloga", "Role"),
    "col.email": ("E-pošta", "E-mail"),
    "col.active": ("Aktivan", "Active"),
    "col.reason": ("Razlog", "Reason"),
    "col.relation": ("Srodstvo", "Relation"),
    "col.birth": ("Rođen(a)", "Born"),
    "col.whereabouts": ("Gde se nalazi", "Whereabouts"),
    "col.applying": ("Podnosi zahtev", "Also applying"),
    "col.when_remind": ("Podsetnik", "Reminder"),
    "urg.overdue": ("✖ ISTEKAO", "✖ OVERDUE"),
    "urg.today": ("⚠ DANAS", "⚠ TODAY"),
    "urg.soon": ("⚠ do 3 dana", "⚠ within 3 days"),
    "urg.week": ("● do 7 dana", "● within 7 days"),
    "urg.later": ("kasnije", "later"),
    "urg.passed_authority": ("✖ organ u docnji", "✖ authority late"),
    "verify": ("⚠ proverite pravni osnov", "⚠ verify the legal basis"),
    "remedy": ("Pravno sredstvo: {text}", "Remedy: {text}"),
    "remedy_from": ("Posle isteka roka, od {day}: {text}", "Once passed, from {day}: {text}"),
    "dl.outcome_unknown": (
        "⚠ ishod rešenja nije unet: uzet je najkraći mogući rok",
        "⚠ decision's outcome not recorded: the shortest possible period is taken",
    ),
    "dl.recorded_late": ("✖ rok je istekao pre upisa", "✖ already past when recorded"),
    "dl.procedure_unknown": (
        "⚠ postupak azila nije unet: uzet je najkraći mogući rok",
        "⚠ asylum procedure not recorded: the shortest possible period is taken",
    ),
    "urg.remedy_open": ("✖ organ u docnji", "✖ authority late"),
    "lawyer.inactive": ("{name} (odsutan)", "{name} (on leave)"),
    "days.left": ("{n}", "{n}"),
    # cases screen
    "cases.search": (
        "Pretraži ime (latinica/ćirilica), broj predmeta, državljanstvo…",
        "Search name (either script), case number, nationality…",
    ),
    "cases.stage": ("Faza", "Stage"),
    "cases.lawyer": ("Advokat", "Lawyer"),
    "cases.status": ("Status", "Status"),
    "cases.any": ("— sve —", "— any —"),
    "status.open": ("otvoren", "open"),
    "status.closed": ("zatvoren", "closed"),
    # case screen
    "case.none": ("Izaberite predmet u listi predmeta.", "Choose a case in the case list."),
    "case.header": ("Predmet {id} — {name}", "Case {id} — {name}"),
    "case.new_title": ("Novi klijent i predmet", "New client and case"),
    "case.tab.client": ("Klijent", "Client"),
    "case.tab.case": ("Podaci predmeta", "Case data"),
    "case.tab.events": ("Događaji", "Events"),
    "case.tab.deadlines": ("Rokovi", "Deadlines"),
    "case.tab.documents": ("Dokumenti", "Documents"),
    "case.tab.audit": ("Istorija izmena", "History"),
    "client.name_latin": ("Ime i prezime (latinica) *", "Full name (Latin script) *"),
    "client.name_original": ("Ime u izvornom pismu", "Name in original script"),
    "client.sex": ("Pol", "Sex"),
    "client.birth_date": ("Datum rođenja", "Date of birth"),
    "client.birth_place": ("Mesto rođenja", "Place of birth"),
    "client.birth_country": ("Država rođenja", "Country of birth"),
    "client.nationality": ("Državljanstvo", "Nationality"),
    "client.ethnicity": ("Nacionalnost", "Ethnicity"),
    "client.religion": ("Veroispovest", "Religion"),
    "client.languages": ("Jezici", "Languages"),
    "client.interpreter_language": ("Jezik tumača", "Interpreter language"),
    "client.father_name": ("Ime oca", "Father's name"),
    "client.mother_name": ("Ime majke", "Mother's name"),
    "client.accommodation": ("Smeštaj", "Accommodation"),
    "client.contact": ("Kontakt", "Contact"),
    "client.id_document": ("Lični dokument", "Identity document"),
    "client.name_forms": ("Padeži imena", "Name in cases"),
    "client.guardian_name": ("Privremeni staratelj", "Temporary guardian"),
    "client.guardian_sex": ("Pol staratelja", "Guardian's sex"),
    "client.guardian_csr": ("Centar za socijalni rad", "Social-welfare centre"),
    "client.name_forms.tip": (
        "Samo gde podnesci pogrešno menjaju ime po padežima, npr. „gen=Pavla Ilića; "
        "acc=Pavla Ilića“",
        "Only where filings decline the name wrongly, e.g. “gen=Pavla Ilića; acc=Pavla Ilića”",
    ),
    "client.minor": ("Maloletnik bez pratnje", "Unaccompanied minor"),
    "client.notes": ("Napomene", "Notes"),
    "client.family": ("Članovi porodice", "Family members"),
    "sex.none": ("—", "—"),
    "sex.m": ("muški", "male"),
    "sex.f": ("ženski", "female"),
    "case.procedure": ("Postupak", "Procedure"),
    "case.stage": ("Faza", "Stage"),
    "case.status": ("Status", "Status"),
    "case.lawyer": ("Advokat", "Lawyer"),
    "case.opened_on": ("Otvoren", "Opened on"),
    "case.office_ref": ("Naš broj", "Office reference"),
    "case.asylum_office_no": ("Broj Kancelarije za azil", "Asylum Office no."),
    "case.commission_no": ("Broj Komisije za azil", "Asylum Commission no."),
    "case.court_no": ("Broj Upravnog suda", "Administrative Court no."),
    "case.constitutional_no": ("Broj Ustavnog suda", "Constitutional Court no."),
    "case.no_lawyer": ("— nije dodeljen —", "— not assigned —"),
    "case.saved": ("Sačuvano.", "Saved."),
    "case.moved": ("Pomereni rokovi: {moves}.", "Deadlines moved: {moves}."),
    "case.created": ("Predmet {id} je otvoren.", "Case {id} opened."),
    "case.deadline_detail": ("Obrazloženje roka", "How the deadline was computed"),
    "case.basis": (
        "Pravni osnov: {basis} (pouzdanost {conf})",
        "Legal basis: {basis} (confidence {conf})",
    ),
    "case.due_line": ("Rok ističe: {due}", "Due: {due}"),
    "case.safe_line": (
        "Sigurni datum (poslednji radni dan pre produženja): {safe}",
        "Safe date (last working day before the extension): {safe}",
    ),
    "case.no_deadlines": ("Predmet nema rokova.", "The case has no deadlines."),
    "ev.kind": ("Vrsta događaja", "Kind of event"),
    "ev.date": ("Datum", "Date"),
    "ev.time": ("Vreme (ČČ:MM)", "Time (HH:MM)"),
    "ev.time_needed": (
        "Ovaj događaj pokreće rok u satima: vreme je obavezno.",
        "This event starts a deadline counted in hours: the time is required.",
    ),
    "ev.time_not_needed": (
        "Vreme nije potrebno za ovaj događaj.",
        "No time needed for this event.",
    ),
    "ev.reference": ("Broj akta", "Act number"),
    "ev.act_date": ("Datum akta", "Date of the act"),
    "ev.note": ("Napomena", "Note"),
    "ev.outcome": ("Ishod rešenja", "Decision's outcome"),
    "ev.outcome_none": (
        "— nije unet (važi najkraći rok) —",
        "— not recorded (the shortest period applies) —",
    ),
    "ev.outcome_tip": (
        "Ishod određuje rok za žalbu: odbacivanje 8 dana, odbijanje u redovnom postupku "
        "15 dana, na granici 5 dana. Dok nije unet, važi najkraći mogući rok.",
        "The outcome sets the appeal period: a dismissal 8 days, a rejection in the regular "
        "procedure 15 days, at the border 5 days. Until it is recorded, the shortest "
        "possible period applies.",
    ),
    "ev.missed": ("Propušteni dan", "Missed day"),
    "ev.late": (
        "Pažnja: rok je istekao pre upisa: {rules}. Razmotrite predlog za povraćaj u "
        "pređašnje stanje.",
        "Warning: already past when recorded: {rules}. Consider a request for restoration.",
    ),
    "ev.recorded": (
        "Događaj evidentiran; novih rokova: {n}.",
        "Event recorded; new deadlines: {n}.",
    ),
    "ev.triggers": ("Pokreće: {rules}", "Starts: {rules}"),
    "ev.triggers_none": ("Ne pokreće nijedan rok.", "Starts no deadline."),
    "doc.template": ("Šablon", "Template"),
    "doc.generate": ("Napravi dokument", "Generate document"),
    "doc.late_title": ("Podnesak po isteku roka", "Filing after the deadline"),
    "doc.late_ask": (
        "{why}\n\nAko ga ipak podnosite, upišite razlog (ulazi u podnesak, koji tada ne "
        "tvrdi da je blagovremen):",
        "{why}\n\nIf you file it anyway, write the reason (it goes into the filing, which "
        "then does not claim to be in time):",
    ),
    "doc.late_refused": (
        "Dokument nije napravljen: {why}",
        "No document was made: {why}",
    ),
    "doc.check": ("Proveri podatke", "Check data"),
    "doc.pdf": ("i PDF", "and PDF"),
    "doc.open": ("Otvori", "Open"),
    "doc.folder": ("Otvori fasciklu", "Open folder"),
    "doc.missing": (
        "Nedostaje ili nije ispravno (kliknite za prelaz na polje):",
        "Missing or invalid (click one to go to the field):",
    ),
    "doc.ready": ("Svi podaci su na mestu.", "All data is in place."),
    "doc.generated": ("Napravljeno: {path}", "Generated: {path}"),
    "doc.unavailable": (
        "Izrada dokumenata još nije dostupna u ovoj verziji ({why}).",
        "Document generation is not available in this build yet ({why}).",
    ),
    "doc.field_elsewhere": (
        "Polje „{label}” se unosi u nacrtu podneska (obrazloženje itd.), ne u obrascu klijenta.",
        "The field '{label}' is entered in the filing's drafting text, not in the client form.",
    ),
    "doc.generating": ("Izrada dokumenata…", "Generating documents…"),
    # batch generation (cases screen)
    "batch.action": (
        "Napravi za izabrane / sve otvorene…",
        "Generate for selected / all open cases…",
    ),
    "batch.title": ("Izrada dokumenata za više predmeta", "Generate documents for several cases"),
    "batch.template": ("Šablon", "Template"),
    "batch.scope": ("Za koje predmete", "For which cases"),
    "batch.selected": ("Izabrani predmeti ({n})", "Selected cases ({n})"),
    "batch.all_open": ("Svi otvoreni predmeti", "All open cases"),
    "batch.pdf": (
        "Napravi i PDF (jedno pokretanje LibreOffice-a za sve)",
        "Also make PDFs (one LibreOffice run for all)",
    ),
    "batch.note": (
        "Svaki predmet se proverava; predmeti kojima nedostaju podaci se preskaču i "
        "navode na kraju. Otkazivanje staje posle tekućeg predmeta.",
        "Each case is checked; cases with missing data are skipped and listed at the end. "
        "Cancel stops after the current case.",
    ),
    "batch.start": ("Napravi", "Generate"),
    "batch.progress": ("{n} od {total} — {name}", "{n} of {total} — {name}"),
    "batch.progress_pdf": (
        "Izrada PDF-a (jedno pokretanje LibreOffice-a)…",
        "Making the PDFs (one LibreOffice run)…",
    ),
    "batch.summary_title": ("Izrada dokumenata — rezultat", "Batch generation — result"),
    "batch.summary": (
        "Napravljeno {ok} od {total}; bez dokumenta: {failed}.",
        "{ok} of {total} generated; without a document: {failed}.",
    ),
    "batch.cancelled": (
        "Prekinuto: napravljeni dokumenti su sačuvani i evidentirani, ostali predmeti "
        "nisu obrađeni.",
        "Cancelled: the documents made so far are stored and recorded; the remaining "
        "cases were not processed.",
    ),
    "batch.failed_head": (
        "Predmeti bez dokumenta (dvoklik ili Enter otvara predmet):",
        "Cases without a document (double-click or Enter opens the case):",
    ),
    "batch.failed_case": ("Predmet {id} — {name}", "Case {id} — {name}"),
    "batch.pdf_missing": (
        "PDF nije napravljen: LibreOffice nije instaliran. Dokumenti (.docx) jesu "
        "napravljeni; za PDF instalirajte LibreOffice (npr. libreoffice-writer).",
        "No PDFs: LibreOffice is not installed. The .docx documents were made; install "
        "LibreOffice (e.g. libreoffice-writer) for PDFs.",
    ),
    "batch.pdf_failed": (
        "PDF nije napravljen ({why}). Dokumenti (.docx) jesu napravljeni.",
        "No PDFs ({why}). The .docx documents were made.",
    ),
    "batch.pdf_skipped": (
        "PDF nije pravljen jer je izrada prekinuta.",
        "No PDFs were made because the batch was cancelled.",
    ),
    "batch.none": ("Nema predmeta za obradu.", "There are no cases to process."),
    "action.close": ("Zatvori", "Close"),
    # correcting an event
    "ev.correct": ("Ispravi…", "Correct…"),
    "ev.withdraw": ("Povuci događaj…", "Withdraw event…"),
    "ev.withdraw_reason": (
        "Zašto se događaj povlači? (obavezno; njegovi rokovi se otpisuju, upisuje se u istoriju)",
        "Why is the event withdrawn? (required; its deadlines are waived, written to the history)",
    ),
    "ev.withdrawn": (
        "Događaj je povučen; otpisanih rokova: {n}.",
        "Event withdrawn; deadlines waived: {n}.",
    ),
    "ev.correct_title": ("Ispravka događaja", "Correct the event"),
    "ev.correct_intro": (
        "{event}, sada {date}. Otvoreni rokovi ovog događaja biće ponovo izračunati, "
        "a izmena upisana u istoriju.",
        "{event}, now {date}. The event's open deadlines are recomputed and the change "
        "is written to the history.",
    ),
    "ev.correct_ok": ("Ispravi", "Correct"),
    "ev.corrected_moved": (
        "Događaj ispravljen. Pomereni rokovi: {moves}.",
        "Event corrected. Deadlines moved: {moves}.",
    ),
    "ev.corrected_none": (
        "Događaj ispravljen; nijedan otvoreni rok se nije pomerio.",
        "Event corrected; no open deadline moved.",
    ),
    "ev.unchanged": ("Ništa nije promenjeno.", "Nothing changed."),
    "ev.none_due": ("nema", "none"),
    # date field
    "date.placeholder": ("dd.mm.gggg.", "dd.mm.yyyy"),
    "date.bad": (
        "„{text}” nije datum: upišite npr. 26.04.2024.",
        "'{text}' is not a date: type e.g. 26.04.2024",
    ),
    "date.impossible": ("Datum {text} ne postoji.", "The date {text} does not exist."),
    "date.future": ("Datum ne može biti u budućnosti.", "The date cannot lie in the future."),
    "date.required": ("Datum je obavezan.", "The date is required."),
    "date.pick": ("Izaberite datum u kalendaru", "Pick a date in the calendar"),
    "time.bad": ("„{text}” nije vreme: upišite ČČ:MM.", "'{text}' is not a time: type HH:MM."),
    "setting.unknown": (
        "Nepoznato podešavanje „{key}”.",
        "Unknown setting '{key}'.",
    ),
    "setting.offsets": (
        "Podsetnici „{value}”: upišite dane pre roka odvojene zarezima, npr. 7, 3, 1, 0.",
        "Reminders '{value}': type days before the due date separated by commas, e.g. 7, 3, 1, 0.",
    ),
    "setting.rep_kind": (
        "Svojstvo punomoćnika „{value}”: advokat ili pravnik_udruzenja.",
        "Representative's capacity '{value}': advokat or pravnik_udruzenja.",
    ),
    "setting.port": (
        "Port „{value}” nije broj porta (npr. 587).",
        "'{value}' is not a port (e.g. 587).",
    ),
    "setting.tls": (
        "Šifrovanje „{value}”: none, starttls ili ssl.",
        "Encryption '{value}': none, starttls or ssl.",
    ),
    "form.required": ("Obavezno polje.", "Required field."),
    "form.fix": ("Ispravite označena polja.", "Fix the marked fields."),
    "unsaved.title": ("Nesačuvane izmene", "Unsaved changes"),
    "unsaved.text": (
        "Imate nesačuvane izmene. Da ih sačuvate pre odlaska?",
        "You have unsaved changes. Save them before leaving?",
    ),
    # errors
    "err.title": ("Greška", "Error"),
    "err.stale.title": ("Neko je u međuvremenu izmenio zapis", "Someone changed this record"),
    "err.stale.text": (
        "{who} je izmenio/la ovaj zapis {when}, nakon što ste ga otvorili.\n"
        "Vaša izmena nije sačuvana. Učitajte najnoviju verziju i ponovite izmenu.",
        "{who} changed this record at {when}, after you opened it.\n"
        "Your change was not saved. Reload the latest version and apply your change again.",
    ),
    "err.stale.reload": ("Učitaj ponovo", "Reload"),
    "err.stale.someone": ("Drugi korisnik", "Another user"),
    "err.db": (
        "Baza podataka nije dostupna. Proverite podešavanja baze.",
        "The database cannot be reached. Check the database settings.",
    ),
    "err.unexpected": ("Neočekivana greška: {msg}", "Unexpected error: {msg}"),
    "err.engine": (
        "Rok se ne može izračunati ({why}).",
        "The deadline cannot be computed ({why}).",
    ),
    # calendar
    "cal.deadlines_on": ("Rokovi {day}", "Deadlines on {day}"),
    "cal.working": ("Radni dan.", "Working day."),
    "cal.legend": (
        "Crveno: neradni dan (praznik, vikend, zatvoreno) · podebljano: ima rokova",
        "Red: non-working day (holiday, weekend, closure) · bold: deadlines due",
    ),
    "cal.nothing": ("Nema rokova tog dana.", "No deadlines that day."),
    # settings
    "set.database": ("Baza podataka", "Database"),
    "set.db.sqlite": ("SQLite datoteka (jedan računar)", "SQLite file (one computer)"),
    "set.db.pg": ("PostgreSQL server (tim)", "PostgreSQL server (team)"),
    "set.db.file": ("Datoteka", "File"),
    "set.db.url": ("URL", "URL"),
    "set.db.browse": ("Izaberi…", "Browse…"),
    "set.db.test": ("Proveri vezu", "Test connection"),
    "set.db.ok": ("Veza je uspostavljena.", "Connection works."),
    "set.db.use": ("Koristi ovu bazu", "Use this database"),
    "set.db.saved": (
        "Sačuvano za ovaj računar; aplikacija sada koristi {url}.",
        "Saved for this computer; the app now uses {url}.",
    ),
    "set.db.error_at_start": (
        "Baza nije dostupna pri pokretanju:\n{error}",
        "The database could not be reached at start:\n{error}",
    ),
    "set.letterhead": ("Zaglavlje kancelarije", "Office letterhead"),
    "set.office_name": ("Naziv", "Name"),
    "set.office_address": ("Adresa", "Address"),
    "set.office_reg_no": ("Matični broj", "Registration no."),
    "set.office_phone": ("Telefon", "Phone"),
    "set.office_email": ("E-pošta", "E-mail"),
    "set.place": ("Mesto (u podnescima)", "Place (in filings)"),
    "set.staff": ("Zaposleni", "Staff"),
    "set.staff.add": ("Dodaj zaposlenog", "Add staff member"),
    "set.staff.toggle": ("Aktivan / odsutan", "Active / on leave"),
    "set.me": ("Ko radi na ovom računaru", "Who works at this computer"),
    "set.closures": ("Neradni dani kancelarije / organa", "Closure days"),
    "set.closure.add": ("Dodaj neradni dan", "Add closure day"),
    "set.accommodation_list": (
        "Smeštaj (spisak, odvojeno sa ;)",
        "Accommodation (list, ; between)",
    ),
    "set.closure.body": ("Koji organ nije radio", "Which body was closed"),
    "set.closure.moved": ("Pomereno rokova: {n}.", "Deadlines moved: {n}."),
    "set.reminders": ("Podsetnici", "Reminders"),
    "set.rem.offsets": ("Podrazumevano (dana pre roka)", "Default (days before due)"),
    "set.rem.interval": ("Provera na svakih (minuta)", "Check every (minutes)"),
    "set.email": ("E-pošta (SMTP)", "E-mail (SMTP)"),
    "set.smtp_host": ("Server", "Host"),
    "set.smtp_port": ("Port", "Port"),
    "set.smtp_user": ("Korisnik", "User"),
    "set.smtp_tls": ("TLS", "TLS"),
    "set.smtp_from": ("Pošiljalac", "From"),
    "set.smtp_note": (
        "Lozinka se ne čuva u bazi: sistemski privesak ključeva ili promenljiva okruženja.",
        "The password is never stored in the database: system keyring or environment.",
    ),
    "set.language": ("Jezik interfejsa", "Interface language"),
    "set.lang.sr": ("Srpski (latinica)", "Serbian (Latin)"),
    "set.lang.en": ("English", "English"),
    "set.saved": ("Podešavanja su sačuvana.", "Settings saved."),
    # reminders
    "rem.title": ("Podsetnici za danas", "Reminders for today"),
    "rem.none": ("Nema podsetnika.", "No reminders."),
    "rem.who": ("Za", "For"),
    "rem.team": (
        "za ceo tim (advokat odsutan ili nije dodeljen)",
        "for the team (lawyer on leave or none)",
    ),
    "rem.everyone": ("ceo tim", "the whole team"),
    "status.ready": ("Spremno.", "Ready."),
    "progress.cancel": ("Otkaži", "Cancel"),
}


def default_language() -> Lang:
    """Serbian on a Serbian system (or Bosnian/Croatian/Montenegrin), English otherwise."""
    name = QLocale.system().name().lower()
    return "sr" if name.split("_")[0] in {"sr", "bs", "hr", "cnr", "sh"} else "en"


def language() -> Lang:
    """The interface language now in use."""
    return _lang


def set_language(lang: str) -> Lang:
    """Switch the interface language (screens then retranslate themselves)."""
    global _lang
    _lang = "en" if lang == "en" else "sr"
    from gui.qt_translations import use_language

    use_language(_lang)  # Qt's own buttons and menus follow (OK -> U redu)
    return _lang


def t(key: str, **values: object) -> str:
    """The text for `key` in the current language; an unknown key shows itself (never blank)."""
    pair = STRINGS.get(key)
    if pair is None:
        return key
    text = pair[0] if _lang == "sr" else pair[1]
    return text.format(**values) if values else text


def pick(sr: str | None, en: str | None) -> str:
    """Choose between the engine's two wordings, falling back to the other one."""
    if _lang == "sr":
        return sr or en or ""
    return en or sr or ""


def fmt_date(d: object) -> str:
    """Dates as the office reads them: 13.05.2024. in Serbian, 2024-05-13 in English."""
    import datetime as dt

    if not isinstance(d, dt.date):
        return ""
    if _lang == "sr":
        return f"{d.day:02d}.{d.month:02d}.{d.year}."
    return d.isoformat()


WEEKDAYS: dict[Lang, tuple[str, ...]] = {
    "sr": ("pon", "uto", "sre", "čet", "pet", "sub", "ned"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def fmt_day(d: object) -> str:
    """A date with its weekday ('pon 13.05.2024.'): the weekday is how people spot weekends."""
    import datetime as dt

    if not isinstance(d, dt.date):
        return ""
    return f"{WEEKDAYS[_lang][d.weekday()]} {fmt_date(d)}"


# Labels of the stored enum values (ids stay English; people read these).
VALUE_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "outcome": {
        "rejected": ("odbijen kao neosnovan", "rejected on the merits"),
        "dismissed-safe-third-country": (
            "odbačen: sigurna treća država",
            "dismissed: safe third country",
        ),
        "dismissed-first-country": (
            "odbačen: prva država azila",
            "dismissed: first country of asylum",
        ),
        "dismissed-subsequent": ("naknadni zahtev odbačen", "subsequent application dismissed"),
        "subsidiary-instead-of-refuge": (
            "supsidijarna zaštita umesto utočišta",
            "subsidiary protection instead of refuge",
        ),
        "granted": ("usvojen: odobreno utočište", "granted: refuge"),
    },
    "procedure": {
        "regular": ("redovni", "regular"),
        "accelerated": ("ubrzani", "accelerated"),
        "border": ("na granici", "border"),
        "subsequent": ("naknadni zahtev", "subsequent"),
        "detention": ("zadržavanje", "detention"),
    },
    "stage": {
        "registration": ("registracija", "registration"),
        "application": ("zahtev", "application"),
        "first-instance": ("prvi stepen", "first instance"),
        "appeal": ("žalba", "appeal"),
        "administrative-court": ("Upravni sud", "Administrative Court"),
        "constitutional-court": ("Ustavni sud", "Constitutional Court"),
        "ecthr": ("ESLJP", "ECtHR"),
        "closed": ("zatvoren", "closed"),
    },
    "status": {
        "open": ("otvoren", "open"),
        "closed": ("zatvoren", "closed"),
        "done": ("ispunjen", "done"),
        "missed": ("propušten", "missed"),
        "waived": ("odustato", "waived"),
    },
    "body": {
        "all": ("Svi organi i sudovi", "Every authority and court"),
        "asylum-office": ("Kancelarija za azil", "Asylum Office"),
        "asylum-centre": ("Centar za azil", "Asylum centre"),
        "commission": ("Komisija za azil", "Asylum Commission"),
        "administrative-court": ("Upravni sud", "Administrative Court"),
        "higher-court": ("Viši sud", "Higher Court"),
        "constitutional-court": ("Ustavni sud", "Constitutional Court"),
        "legal-aid-service": ("Služba pravne pomoći", "Legal aid service"),
    },
    "role": {
        "lawyer": ("advokat", "lawyer"),
        "paralegal": ("paralegal", "paralegal"),
        "admin": ("administrator", "admin"),
    },
    "event": {
        "registration": ("registracija (izdata potvrda)", "registration (certificate issued)"),
        "application-lodged": ("podnet zahtev za azil", "asylum application lodged"),
        "subsequent-application-lodged": (
            "podnet naknadni zahtev",
            "subsequent application lodged",
        ),
        "subsequent-admitted": ("naknadni zahtev dopušten", "subsequent application admitted"),
        "interview-held": ("održano saslušanje", "interview held"),
        "decision-delivered": ("uručeno rešenje Kancelarije", "Asylum Office decision delivered"),
        "discontinuation-delivered": ("uručeno rešenje o obustavi", "discontinuation delivered"),
        "detention-decision-delivered": (
            "uručeno rešenje o zadržavanju",
            "detention decision delivered",
        ),
        "appeal-filed": ("podneta žalba", "appeal filed"),
        "appeal-received": ("Komisija primila žalbu", "appeal received by the Commission"),
        "repeated-request-received": ("primljena urgencija", "repeated request received"),
        "commission-decision-delivered": (
            "uručeno rešenje Komisije",
            "Commission decision delivered",
        ),
        "lawsuit-filed": ("podneta tužba", "lawsuit filed"),
        "judgment-delivered": ("uručena presuda", "judgment delivered"),
        "constitutional-appeal-filed": ("podneta ustavna žalba", "constitutional appeal filed"),
        "final-decision-served": ("uručena konačna odluka", "final decision served"),
        "legal-aid-requested": ("zatražena pravna pomoć", "legal aid requested"),
        "legal-aid-requested-urgent": (
            "zatražena hitna pravna pomoć",
            "urgent legal aid requested",
        ),
        "public-notice-posted": ("javno obaveštenje objavljeno", "public notice posted"),
        "missed-deadline-cause-ceased": (
            "prestao razlog propuštanja",
            "cause of the missed deadline ceased",
        ),
        "case-closed": ("predmet zatvoren", "case closed"),
        "other": ("drugo", "other"),
        "reported-to-centre": ("javio se u centar", "reported to the centre"),
        "legal-aid-decided": ("odlučeno o pravnoj pomoći", "legal aid decided"),
        "ecthr-application-filed": ("podneta predstavka ESLJP", "ECtHR application filed"),
        "restoration-requested": ("zatraženo vraćanje u pređašnje stanje", "restoration requested"),
    },
}


def label(kind: str, value: str | None) -> str:
    """A stored value (procedure, stage, event kind, role...) in the interface language."""
    if value is None:
        return ""
    pair = VALUE_LABELS.get(kind, {}).get(value)
    if pair is None:
        return value
    return pair[0] if _lang == "sr" else pair[1]
