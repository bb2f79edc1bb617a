<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS">
<context>
    <name></name>
    <message>
        <source>Deadlines</source>
        <translation>Rokovi</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Predmeti</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendar</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Podsetnici</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Izveštaji</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Podešavanja</translation>
    </message>
    <message>
        <source>Azil — legal aid</source>
        <translation>Azil — pravna pomoć</translation>
    </message>
    <message>
        <source>DEMO OFFICE (its own database; your data is untouched)</source>
        <translation>PROBNA KANCELARIJA (zasebna baza; vaši podaci se ne menjaju)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigacija</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Novi predmet</translation>
    </message>
    <message>
        <source>Record event</source>
        <translation>Evidentiraj događaj</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pretraga</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Sledeći</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Prethodni</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n deadline(s) in {ms} ms.</source>
        <translation>
            <numerusform>Učitan %n rok za {ms} ms.</numerusform>
            <numerusform>Učitana %n roka za {ms} ms.</numerusform>
            <numerusform>Učitano %n rokova za {ms} ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded in the history as {me}</source>
        <translation>U istoriji izmena upisuje se kao {me}</translation>
    </message>
    <message>
        <source>Who are you? Choose in Settings ({me})</source>
        <translation>Ko ste vi? Izaberite u Podešavanjima ({me})</translation>
    </message>
    <message>
        <source>Who works at this computer?</source>
        <translation>Ko radi na ovom računaru?</translation>
    </message>
    <message>
        <source>Your name (the history of changes records it):</source>
        <translation>Vaše ime (upisuje se u istoriju izmena):</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Prikaži</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Izlaz</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) need attention</source>
        <translation>
            <numerusform>%n rok traži pažnju</numerusform>
            <numerusform>%n roka traže pažnju</numerusform>
            <numerusform>%n rokova traži pažnju</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation>Brojevi predmeta</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otvoren</translation>
    </message>
    <message>
        <source>Search name (either script), case number, nationality…</source>
        <translation>Pretraži ime (latinica/ćirilica), broj predmeta, državljanstvo…</translation>
    </message>
    <message>
        <source>Generate for selected / all open cases…</source>
        <translation>Napravi za izabrane / sve otvorene…</translation>
    </message>
    <message>
        <source>— any —</source>
        <translation>— sve —</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otvoren</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zatvoren</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n predmet</numerusform>
            <numerusform>%n predmeta</numerusform>
            <numerusform>%n predmeta</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no cases to process.</source>
        <translation>Nema predmeta za obradu.</translation>
    </message>
    <message>
        <source>Generate documents for several cases</source>
        <translation>Izrada dokumenata za više predmeta</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Šablon</translation>
    </message>
    <message>
        <source>Selected cases ({n})</source>
        <translation>Izabrani predmeti ({n})</translation>
    </message>
    <message>
        <source>Also make PDFs (one LibreOffice run for all)</source>
        <translation>Napravi i PDF (jedno pokretanje LibreOffice-a za sve)</translation>
    </message>
    <message>
        <source>Make a new version where the case has this filing</source>
        <translation>Napravi novu verziju gde predmet već ima ovaj podnesak</translation>
    </message>
    <message>
        <source>Each case is checked; cases with missing data are skipped and listed at the end. Cancel stops after the current case.</source>
        <translation>Svaki predmet se proverava; predmeti kojima nedostaju podaci se preskaču i navode na kraju. Otkazivanje staje posle tekućeg predmeta.</translation>
    </message>
    <message>
        <source>For which cases</source>
        <translation>Za koje predmete</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Napravi</translation>
    </message>
    <message>
        <source>Batch generation — result</source>
        <translation>Izrada dokumenata — rezultat</translation>
    </message>
    <message>
        <source>{ok} of {total} generated; without a document: {failed}.</source>
        <translation>Napravljeno {ok} od {total}; bez dokumenta: {failed}.</translation>
    </message>
    <message>
        <source>Cancelled: the documents made so far are stored and recorded; the remaining cases were not processed.</source>
        <translation>Prekinuto: napravljeni dokumenti su sačuvani i evidentirani, ostali predmeti nisu obrađeni.</translation>
    </message>
    <message numerus="yes">
        <source>PDF: %n file(s), beside the documents in the case folders.</source>
        <translation>
            <numerusform>PDF: %n datoteka, pored dokumenata u fasciklama predmeta.</numerusform>
            <numerusform>PDF: %n datoteke, pored dokumenata u fasciklama predmeta.</numerusform>
            <numerusform>PDF: %n datoteka, pored dokumenata u fasciklama predmeta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone, they have this filing already: {names}. To make a new version, tick it in the batch dialog.</source>
        <translation>Preskočeni, već imaju ovaj podnesak: {names}. Za novu verziju označite to u prozoru za grupno pravljenje.</translation>
    </message>
    <message>
        <source>No PDFs were made because the batch was cancelled.</source>
        <translation>PDF nije pravljen jer je izrada prekinuta.</translation>
    </message>
    <message>
        <source>Cases without a document (double-click or Enter opens the case):</source>
        <translation>Predmeti bez dokumenta (dvoklik ili Enter otvara predmet):</translation>
    </message>
    <message>
        <source>Made (double-click or Enter opens the document):</source>
        <translation>Napravljeno (dvoklik ili Enter otvara dokument):</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Otvori predmet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>No PDFs: LibreOffice is not installed. The .docx documents were made, and everything but PDF works without it; for PDFs, get LibreOffice from https://www.libreoffice.org/download/.</source>
        <translation>PDF nije napravljen: LibreOffice nije instaliran. Dokumenti (.docx) jesu napravljeni i sve osim PDF-a radi i bez njega; za PDF preuzmite LibreOffice sa https://www.libreoffice.org/download/.</translation>
    </message>
    <message>
        <source>Case {id} — {name}</source>
        <translation>Predmet {id} — {name}</translation>
    </message>
    <message>
        <source>The open cases this filing is for</source>
        <translation>Otvoreni predmeti kojima je ovaj podnesak namenjen</translation>
    </message>
    <message>
        <source>Cases with an open deadline the filing answers (an appeal: a running appeal period); a power of attorney: every open case</source>
        <translation>Predmeti sa otvorenim rokom na koji podnesak odgovara (žalba: rok za žalbu teče); punomoćje: svi otvoreni predmeti</translation>
    </message>
    <message>
        <source>No PDFs ({why}). The .docx documents were made.</source>
        <translation>PDF nije napravljen ({why}). Dokumenti (.docx) jesu napravljeni.</translation>
    </message>
    <message>
        <source>{n} of {total} — {name}</source>
        <translation>{n} od {total} — {name}</translation>
    </message>
    <message>
        <source>Making the PDFs (one LibreOffice run)…</source>
        <translation>Izrada PDF-a (jedno pokretanje LibreOffice-a)…</translation>
    </message>
    <message>
        <source>Generating documents…</source>
        <translation>Izrada dokumenata…</translation>
    </message>
    <message>
        <source>Unexpected error: {msg}</source>
        <translation>Neočekivana greška: {msg}</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Drugi korisnik</translation>
    </message>
    <message>
        <source>{who} changed this record at {when}, after you opened it.
Your change was not saved. Reload the latest version and apply your change again.</source>
        <translation>{who} je izmenio/la ovaj zapis {when}, nakon što ste ga otvorili.
Vaša izmena nije sačuvana. Učitajte najnoviju verziju i ponovite izmenu.</translation>
    </message>
    <message>
        <source>Someone changed this record</source>
        <translation>Neko je u međuvremenu izmenio zapis</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Učitaj ponovo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Greška</translation>
    </message>
    <message>
        <source>The database cannot be reached. Check the database settings.</source>
        <translation>Baza podataka nije dostupna. Proverite podešavanja baze.</translation>
    </message>
    <message>
        <source>✖ authority late</source>
        <translation>✖ organ u docnji</translation>
    </message>
    <message>
        <source>✖ OVERDUE</source>
        <translation>✖ ISTEKAO</translation>
    </message>
    <message>
        <source>⚠ TODAY</source>
        <translation>⚠ DANAS</translation>
    </message>
    <message>
        <source>⚠ within 3 days</source>
        <translation>⚠ do 3 dana</translation>
    </message>
    <message>
        <source>● within 7 days</source>
        <translation>● do 7 dana</translation>
    </message>
    <message>
        <source>later</source>
        <translation>kasnije</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hitnost</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Rok ističe</translation>
    </message>
    <message>
        <source>Safe date</source>
        <translation>Sigurni datum</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dana</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klijent</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Postupak</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Advokat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Napomena</translation>
    </message>
    <message>
        <source>{name} (on leave)</source>
        <translation>{name} (odsutan)</translation>
    </message>
    <message>
        <source>↷ moved by a closure day: {move}</source>
        <translation>↷ pomeren zbog neradnog dana: {move}</translation>
    </message>
    <message>
        <source>⚠ verify the legal basis</source>
        <translation>⚠ proverite pravni osnov</translation>
    </message>
    <message>
        <source>⚠ decision&apos;s outcome not recorded: the shortest possible period is taken</source>
        <translation>⚠ ishod rešenja nije unet: uzet je najkraći mogući rok</translation>
    </message>
    <message>
        <source>⚠ asylum procedure not recorded: the shortest possible period is taken</source>
        <translation>⚠ postupak azila nije unet: uzet je najkraći mogući rok</translation>
    </message>
    <message>
        <source>✖ already past when recorded</source>
        <translation>✖ rok je istekao pre upisa</translation>
    </message>
    <message>
        <source>Once passed, from {day}: {text}</source>
        <translation>Posle isteka roka, od {day}: {text}</translation>
    </message>
    <message>
        <source>Remedy: {text}</source>
        <translation>Pravno sredstvo: {text}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Srodstvo</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Rođen(a)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Državljanstvo</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Gde se nalazi</translation>
    </message>
    <message>
        <source>Also applying</source>
        <translation>Podnosi zahtev</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Članovi porodice</translation>
    </message>
    <message>
        <source>Red: non-working day (holiday, weekend, closure) · bold: deadlines due</source>
        <translation>Crveno: neradni dan (praznik, vikend, zatvoreno) · podebljano: ima rokova</translation>
    </message>
    <message>
        <source>Deadlines on {day}</source>
        <translation>Rokovi {day}</translation>
    </message>
    <message>
        <source>Working day.</source>
        <translation>Radni dan.</translation>
    </message>
    <message>
        <source>No deadlines that day.</source>
        <translation>Nema rokova tog dana.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vreme</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Događaj</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Broj akta</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Pouzdanost</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verzija</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>case</source>
        <translation>predmet</translation>
    </message>
    <message>
        <source>client</source>
        <translation>klijent</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>rok</translation>
    </message>
    <message>
        <source>event</source>
        <translation>događaj</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>zaposleni</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>parametar podešavanja</translation>
    </message>
    <message>
        <source>closure day</source>
        <translation>neradni dan</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>unet</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>izmenjen</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>ponovo otvoren</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>uklonjen</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>napravljen</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>označen</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>otvoren</translation>
    </message>
    <message>
        <source>Draft ready</source>
        <translation>Nacrt spreman</translation>
    </message>
    <message>
        <source>Drafting answers</source>
        <translation>Odgovori za podnesak</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>(the filing&apos;s answers)</source>
        <translation>(odgovori za podnesak)</translation>
    </message>
    <message>
        <source>safe date</source>
        <translation>sigurni datum</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Staro</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>case {id}</source>
        <translation>predmet {id}</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Mesto rođenja</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Država rođenja</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Nacionalnost</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Veroispovest</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Jezici</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Jezik tumača</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>Ime oca</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>Ime majke</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Lični dokument</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Name in grammatical cases</source>
        <translation>Padeži imena</translation>
    </message>
    <message>
        <source>Office reference</source>
        <translation>Naš broj</translation>
    </message>
    <message>
        <source>Asylum Office no.</source>
        <translation>Broj Kancelarije za azil</translation>
    </message>
    <message>
        <source>Asylum Commission no.</source>
        <translation>Broj Komisije za azil</translation>
    </message>
    <message>
        <source>Administrative Court no.</source>
        <translation>Broj Upravnog suda</translation>
    </message>
    <message>
        <source>Constitutional Court no.</source>
        <translation>Broj Ustavnog suda</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>male</source>
        <translation>muški</translation>
    </message>
    <message>
        <source>female</source>
        <translation>ženski</translation>
    </message>
    <message>
        <source>Full name (Latin script) *</source>
        <translation>Ime i prezime (latinica) *</translation>
    </message>
    <message>
        <source>Name in original script</source>
        <translation>Ime u izvornom pismu</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Pol</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <source>Only where filings decline the name wrongly, e.g. “gen=Pavla Ilića; acc=Pavla Ilića”</source>
        <translation>Samo gde podnesci pogrešno menjaju ime po padežima, npr. „gen=Pavla Ilića; acc=Pavla Ilića“</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Smeštaj</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Maloletnik bez pratnje</translation>
    </message>
    <message>
        <source>Temporary guardian</source>
        <translation>Privremeni staratelj</translation>
    </message>
    <message>
        <source>Guardian&apos;s sex</source>
        <translation>Pol staratelja</translation>
    </message>
    <message>
        <source>Social-welfare centre</source>
        <translation>Centar za socijalni rad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Otvoren</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Vrsta događaja</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation>Vreme (ČČ:MM)</translation>
    </message>
    <message>
        <source>Act number</source>
        <translation>Broj akta</translation>
    </message>
    <message>
        <source>Date of the act</source>
        <translation>Datum akta</translation>
    </message>
    <message>
        <source>Decision&apos;s outcome</source>
        <translation>Ishod rešenja</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Ispravi…</translation>
    </message>
    <message>
        <source>Withdraw event…</source>
        <translation>Povuci događaj…</translation>
    </message>
    <message>
        <source>✔ Mark done</source>
        <translation>✔ Označi kao ispunjen</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>Odustani od roka…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Ponovo otvori</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Opozovi (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Generate document</source>
        <translation>Napravi dokument</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otvori fasciklu</translation>
    </message>
    <message>
        <source>Case data</source>
        <translation>Podaci predmeta</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Događaji</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Sastavljanje</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istorija izmena</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>— not assigned —</source>
        <translation>— nije dodeljen —</translation>
    </message>
    <message>
        <source>The deadline cannot be computed ({why}).</source>
        <translation>Rok se ne može izračunati ({why}).</translation>
    </message>
    <message>
        <source>The case has no deadlines.</source>
        <translation>Predmet nema rokova.</translation>
    </message>
    <message>
        <source>Document generation is not available in this build yet ({why}).</source>
        <translation>Izrada dokumenata još nije dostupna u ovoj verziji ({why}).</translation>
    </message>
    <message>
        <source>New client and case</source>
        <translation>Novi klijent i predmet</translation>
    </message>
    <message>
        <source>Required field.</source>
        <translation>Obavezno polje.</translation>
    </message>
    <message>
        <source>Fix the marked fields.</source>
        <translation>Ispravite označena polja.</translation>
    </message>
    <message>
        <source>Case {id} opened.</source>
        <translation>Predmet {id} je otvoren.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sačuvano.</translation>
    </message>
    <message>
        <source>Deadlines moved: {moves}.</source>
        <translation>Pomereni rokovi: {moves}.</translation>
    </message>
    <message>
        <source>This event starts a deadline counted in hours: the time is required.</source>
        <translation>Ovaj događaj pokreće rok u satima: vreme je obavezno.</translation>
    </message>
    <message>
        <source>No time needed for this event.</source>
        <translation>Vreme nije potrebno za ovaj događaj.</translation>
    </message>
    <message>
        <source>Starts: {rules}</source>
        <translation>Pokreće: {rules}</translation>
    </message>
    <message>
        <source>Starts no deadline.</source>
        <translation>Ne pokreće nijedan rok.</translation>
    </message>
    <message>
        <source>Event recorded; new deadlines: {n}.</source>
        <translation>Događaj evidentiran; novih rokova: {n}.</translation>
    </message>
    <message>
        <source>Warning: already past when recorded: {rules}. Consider a request for restoration.</source>
        <translation>Pažnja: rok je istekao pre upisa: {rules}. Razmotrite predlog za povraćaj u pređašnje stanje.</translation>
    </message>
    <message>
        <source>Why is the event withdrawn? (required; its deadlines are waived, written to the history)</source>
        <translation>Zašto se događaj povlači? (obavezno; njegovi rokovi se otpisuju, upisuje se u istoriju)</translation>
    </message>
    <message>
        <source>Event withdrawn; deadlines waived: {n}.</source>
        <translation>Događaj je povučen; otpisanih rokova: {n}.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ništa nije promenjeno.</translation>
    </message>
    <message>
        <source>Event corrected. Deadlines moved: {moves}.</source>
        <translation>Događaj ispravljen. Pomereni rokovi: {moves}.</translation>
    </message>
    <message>
        <source>Event corrected; no open deadline moved.</source>
        <translation>Događaj ispravljen; nijedan otvoreni rok se nije pomerio.</translation>
    </message>
    <message>
        <source>Why is this deadline waived? (required, written to the history)</source>
        <translation>Zašto se od ovog roka odustaje? (obavezno, upisuje se u istoriju)</translation>
    </message>
    <message>
        <source>{rule}: {status}.</source>
        <translation>{rule}: {status}.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Opozvano.</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>latinica</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>ćirilica</translation>
    </message>
    <message>
        <source>Draft the appeal</source>
        <translation>Napravi žalbu</translation>
    </message>
    <message>
        <source>Draft the lawsuit</source>
        <translation>Napravi tužbu</translation>
    </message>
    <message>
        <source>Draft the application</source>
        <translation>Napravi zahtev za azil</translation>
    </message>
    <message>
        <source>Draft the urgency</source>
        <translation>Napravi urgenciju</translation>
    </message>
    <message>
        <source>Draft the constitutional appeal</source>
        <translation>Napravi ustavnu žalbu</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Podnesak</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Pismo</translation>
    </message>
    <message>
        <source>also as PDF</source>
        <translation>i kao PDF</translation>
    </message>
    <message>
        <source>Refresh preview</source>
        <translation>Osveži pregled</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Stvarna veličina</translation>
    </message>
    <message>
        <source>The case file still misses (click one to go to it):</source>
        <translation>U spisu predmeta još nedostaje (kliknite da biste otišli do podatka):</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Pregled se osvežava…</translation>
    </message>
    <message>
        <source>The filing as it stands now (not saved, not for signing).</source>
        <translation>Podnesak kakav je sada (nije sačuvan, nije za potpisivanje).</translation>
    </message>
    <message>
        <source>The preview needs LibreOffice, which is not installed on this computer; get it from https://www.libreoffice.org/download/. Everything but PDF works without it: documents are generated as .docx.</source>
        <translation>Za pregled je potreban LibreOffice, koji nije instaliran na ovom računaru; preuzmite ga sa https://www.libreoffice.org/download/. Sve osim PDF-a radi i bez njega: dokumenti se prave kao .docx.</translation>
    </message>
    <message>
        <source>No preview: {why}</source>
        <translation>Nema pregleda: {why}</translation>
    </message>
    <message numerus="yes">
        <source>Not generated: %n thing(s) still missing, marked below.</source>
        <translation>
            <numerusform>Dokument nije napravljen: nedostaje još %n podatak, označen ispod.</numerusform>
            <numerusform>Dokument nije napravljen: nedostaju još %n podatka, označena ispod.</numerusform>
            <numerusform>Dokument nije napravljen: nedostaje još %n podataka, označenih ispod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filing after the deadline</source>
        <translation>Podnesak po isteku roka</translation>
    </message>
    <message>
        <source>{why}

If you file it anyway, write the reason (it goes into the filing, which then does not claim to be in time):</source>
        <translation>{why}

Ako ga ipak podnosite, upišite razlog (ulazi u podnesak, koji tada ne tvrdi da je blagovremen):</translation>
    </message>
    <message>
        <source>No document was made: {why}</source>
        <translation>Dokument nije napravljen: {why}</translation>
    </message>
    <message>
        <source>Generated: {path}</source>
        <translation>Napravljeno: {path}</translation>
    </message>
    <message>
        <source>Choose a document in the list first.</source>
        <translation>Prvo izaberite dokument u listi.</translation>
    </message>
    <message>
        <source>The file is no longer there: {path}</source>
        <translation>Datoteka više nije na svom mestu: {path}</translation>
    </message>
    <message>
        <source>No program on this computer opens this file; it is at: {path}</source>
        <translation>Nijedan program na ovom računaru ne otvara ovu datoteku; nalazi se u: {path}</translation>
    </message>
    <message>
        <source>No file manager could be opened; the folder is: {path}</source>
        <translation>Fascikla ne može da se otvori; nalazi se u: {path}</translation>
    </message>
    <message>
        <source>Correct the event</source>
        <translation>Ispravka događaja</translation>
    </message>
    <message>
        <source>{event}, now {date}. The event&apos;s open deadlines are recomputed and the change is written to the history.</source>
        <translation>{event}, sada {date}. Otvoreni rokovi ovog događaja biće ponovo izračunati, a izmena upisana u istoriju.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Ispravi</translation>
    </message>
    <message>
        <source>— not recorded (the shortest period applies) —</source>
        <translation>— nije unet (važi najkraći rok) —</translation>
    </message>
    <message>
        <source>The outcome sets the appeal period: a dismissal 8 days, a rejection in the regular procedure 15 days, at the border 5 days. Until it is recorded, the shortest possible period applies.</source>
        <translation>Ishod određuje rok za žalbu: odbacivanje 8 dana, odbijanje u redovnom postupku 15 dana, na granici 5 dana. Dok nije unet, važi najkraći mogući rok.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nema</translation>
    </message>
    <message>
        <source>Due: {due}</source>
        <translation>Rok ističe: {due}</translation>
    </message>
    <message>
        <source>Safe date (last working day before the extension): {safe}</source>
        <translation>Sigurni datum (poslednji radni dan pre produženja): {safe}</translation>
    </message>
    <message>
        <source>Legal basis: {basis} (confidence {conf})</source>
        <translation>Pravni osnov: {basis} (pouzdanost {conf})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <source>{status}: {who}, {when}</source>
        <translation>{status}: {who}, {when}</translation>
    </message>
    <message>
        <source>Search name, case number, rule…</source>
        <translation>Pretraži ime, broj predmeta, rok…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Predmet br.</translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation>Samo moji</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Osveži</translation>
    </message>
    <message>
        <source>How the deadline was computed</source>
        <translation>Obrazloženje roka</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Svi</translation>
    </message>
    <message>
        <source>Total {n}</source>
        <translation>Ukupno {n}</translation>
    </message>
    <message>
        <source>Show every deadline</source>
        <translation>Prikaži sve rokove</translation>
    </message>
    <message>
        <source>✖ overdue {n}</source>
        <translation>✖ isteklo {n}</translation>
    </message>
    <message>
        <source>The team&apos;s deadlines that passed: restoration may still lie</source>
        <translation>Rokovi tima koji su istekli: može se tražiti vraćanje u pređašnje stanje</translation>
    </message>
    <message>
        <source>✖ authorities late {n}</source>
        <translation>✖ organi u docnji {n}</translation>
    </message>
    <message>
        <source>Authorities past their time limit: the remedy for silence lies</source>
        <translation>Organi kojima je istekao rok: može se upotrebiti pravno sredstvo zbog ćutanja</translation>
    </message>
    <message>
        <source>⚠ within 3 days {n}</source>
        <translation>⚠ do 3 dana {n}</translation>
    </message>
    <message>
        <source>Due today or in 3 days</source>
        <translation>Ističu danas ili u naredna 3 dana</translation>
    </message>
    <message>
        <source>● within 7 days {n}</source>
        <translation>● do 7 dana {n}</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Ističu u narednih 7 dana</translation>
    </message>
    <message>
        <source>Deadlines come from the events recorded in a case. To begin:</source>
        <translation>Rokovi nastaju iz događaja upisanih u predmetu. Za početak:</translation>
    </message>
    <message>
        <source>1. Settings: who works at this computer, and the office&apos;s letterhead.</source>
        <translation>1. Podešavanja: ko radi na ovom računaru i zaglavlje kancelarije.</translation>
    </message>
    <message>
        <source>2. New case (Ctrl+N): the client and their case.</source>
        <translation>2. Novi predmet (Ctrl+N): klijent i njegov predmet.</translation>
    </message>
    <message>
        <source>3. In the case, Events: record e.g. a decision delivered; its deadlines are computed at once, with their legal reasoning.</source>
        <translation>3. U predmetu, Događaji: upišite npr. uručeno rešenje; rokovi se odmah računaju, sa pravnim obrazloženjem.</translation>
    </message>
    <message>
        <source>Or look around the demo office first: it opens in its own database, and nothing done there touches your data.</source>
        <translation>Ili prvo razgledajte probnu kancelariju: otvara se u zasebnoj bazi i ništa što tamo uradite ne dira vaše podatke.</translation>
    </message>
    <message>
        <source>Open the demo office</source>
        <translation>Otvori probnu kancelariju</translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation>prikazano {n}</translation>
    </message>
    <message>
        <source>Mine only: choose who you are in Settings (now: {me})</source>
        <translation>Samo moji: izaberite u Podešavanjima ko ste (sada: {me})</translation>
    </message>
    <message>
        <source>for the team (lawyer on leave or none)</source>
        <translation>za ceo tim (advokat odsutan ili nije dodeljen)</translation>
    </message>
    <message>
        <source>Reminders for today</source>
        <translation>Podsetnici za danas</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>the whole team</source>
        <translation>ceo tim</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Matični broj</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Place (in filings)</source>
        <translation>Mesto (u podnescima)</translation>
    </message>
    <message>
        <source>Accommodation (list, ; between)</source>
        <translation>Smeštaj (spisak, odvojeno sa ;)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Korisnik</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Pošiljalac</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivan</translation>
    </message>
    <message>
        <source>Which body was closed</source>
        <translation>Koji organ nije radio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Connection works; the database is up to date.</source>
        <translation>Veza radi; baza je ažurna.</translation>
    </message>
    <message>
        <source>There is no database file there yet; “Use this database” creates it.</source>
        <translation>Tu još nema datoteke baze; „Koristi ovu bazu“ će je napraviti.</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer azil; update azil first.</source>
        <translation>Ovu bazu je ažurirala novija verzija programa azil; prvo ažurirajte azil.</translation>
    </message>
    <message>
        <source>Connection works; azil brings the database up to date when you use it.</source>
        <translation>Veza radi; azil će ažurirati bazu kada počnete da je koristite.</translation>
    </message>
    <message>
        <source>Connection works, but the team database needs an update: an administrator runs “azil db upgrade”.</source>
        <translation>Veza radi, ali timsku bazu treba ažurirati: administrator pokreće „azil db upgrade“.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza podataka</translation>
    </message>
    <message>
        <source>SQLite file (one computer)</source>
        <translation>SQLite datoteka (jedan računar)</translation>
    </message>
    <message>
        <source>PostgreSQL server (team)</source>
        <translation>PostgreSQL server (tim)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Izaberi…</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>čuva se u sistemskom privesku za ključeve</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Proveri vezu</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Koristi ovu bazu</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>Office letterhead</source>
        <translation>Zaglavlje kancelarije</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Jezik interfejsa</translation>
    </message>
    <message>
        <source>Who works at this computer</source>
        <translation>Ko radi na ovom računaru</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Zaposleni</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Dodaj zaposlenog</translation>
    </message>
    <message>
        <source>Active / on leave</source>
        <translation>Aktivan / odsutan</translation>
    </message>
    <message>
        <source>Closure days</source>
        <translation>Neradni dani kancelarije / organa</translation>
    </message>
    <message>
        <source>Add closure day</source>
        <translation>Dodaj neradni dan</translation>
    </message>
    <message>
        <source>Default (days before due)</source>
        <translation>Podrazumevano (dana pre roka)</translation>
    </message>
    <message>
        <source>Check every (minutes)</source>
        <translation>Provera na svakih (minuta)</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>E-pošta (SMTP)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>The password is never stored in the database: system keyring or environment.</source>
        <translation>Lozinka se ne čuva u bazi: sistemski privezak za ključeve ili promenljiva okruženja.</translation>
    </message>
    <message>
        <source>Save letterhead, reminders and e-mail</source>
        <translation>Sačuvaj zaglavlje, podsetnike i e-poštu</translation>
    </message>
    <message>
        <source>Staff, closure days, the language and who works here apply at once.</source>
        <translation>Zaposleni, neradni dani, jezik i ko radi na ovom računaru važe odmah.</translation>
    </message>
    <message>
        <source>The database could not be reached at start:
{error}</source>
        <translation>Baza nije dostupna pri pokretanju:
{error}</translation>
    </message>
    <message>
        <source>— choose who you are —</source>
        <translation>— izaberite ko ste —</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Podešavanja su sačuvana.</translation>
    </message>
    <message>
        <source>Deadlines moved: {n}.</source>
        <translation>Pomereno rokova: {n}.</translation>
    </message>
    <message>
        <source>Saved for this computer; the app now uses {url}.</source>
        <translation>Sačuvano za ovaj računar; aplikacija sada koristi {url}.</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>dd.mm.gggg.</translation>
    </message>
    <message>
        <source>Pick a date in the calendar</source>
        <translation>Izaberite datum u kalendaru</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>Datum je obavezan.</translation>
    </message>
    <message>
        <source>The date cannot lie in the future.</source>
        <translation>Datum ne može biti u budućnosti.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesačuvane izmene</translation>
    </message>
    <message>
        <source>You have unsaved changes. Save them before leaving?</source>
        <translation>Imate nesačuvane izmene. Da ih sačuvate pre odlaska?</translation>
    </message>
    <message>
        <source>Paragraphs: leave a blank line between them.</source>
        <translation>Pasuse odvojite praznim redom.</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— nije izabrano —</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Dodaj red</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Ukloni red</translation>
    </message>
    <message>
        <source>Row {row}: {text} is not a date (dd.mm.yyyy.).</source>
        <translation>Red {row}: {text} nije datum (dd.mm.gggg.).</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Radionice</translation>
    </message>
    <message>
        <source>Legal aid (persons)</source>
        <translation>Pravna pomoć (osobe)</translation>
    </message>
    <message>
        <source>Persons informed</source>
        <translation>Informisane osobe</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Obuhvaćene osobe</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Sačuvaj izveštaj</translation>
    </message>
    <message>
        <source>{what}: {figure} of {target}</source>
        <translation>{what}: {figure} od {target}</translation>
    </message>
    <message>
        <source>% of the target</source>
        <translation>% cilja</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabele</translation>
    </message>
    <message>
        <source>No decision came after its legal time limit in this period.</source>
        <translation>U ovom periodu nijedna odluka nije doneta posle zakonskog roka.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Evidentiraj</translation>
    </message>
    <message>
        <source>Record a brief service</source>
        <translation>Evidentiranje kratke usluge</translation>
    </message>
    <message>
        <source>— (did not become a client)</source>
        <translation>— (predmet nije otvoren)</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Datum *</translation>
    </message>
    <message>
        <source>Nationality *</source>
        <translation>Državljanstvo *</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>Pol *</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Godina rođenja</translation>
    </message>
    <message>
        <source>Topic *</source>
        <translation>Tema *</translation>
    </message>
    <message>
        <source>choose or type the nationality</source>
        <translation>izaberite ili upišite državljanstvo</translation>
    </message>
    <message>
        <source>Age group (if the year is not known)</source>
        <translation>Starosna grupa (ako godina nije poznata)</translation>
    </message>
    <message>
        <source>Where the service was given</source>
        <translation>Mesto pružanja usluge</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Jezik komunikacije</translation>
    </message>
    <message>
        <source>Later became a client</source>
        <translation>Kasnije otvoren predmet</translation>
    </message>
    <message>
        <source>Record a workshop or outreach</source>
        <translation>Evidentiranje radionice ili terenske aktivnosti</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Place *</source>
        <translation>Mesto *</translation>
    </message>
    <message>
        <source>of them women</source>
        <translation>od toga žene</translation>
    </message>
    <message>
        <source>of them minors</source>
        <translation>od toga maloletnici</translation>
    </message>
    <message>
        <source>Participants *</source>
        <translation>Broj učesnika *</translation>
    </message>
    <message>
        <source>People reached *</source>
        <translation>Broj obuhvaćenih osoba *</translation>
    </message>
    <message>
        <source>Period {start} – {end}: persons given free legal aid: {persons}; persons informed (brief services): {briefs}; workshops: {workshops} (participants: {participants}); people reached (outreach): {reached}.</source>
        <translation>Period {start} – {end}: osoba kojima je pružena besplatna pravna pomoć: {persons}; informisanih osoba (kratke usluge): {briefs}; radionica: {workshops} (učesnika: {participants}); obuhvaćenih osoba (terenske aktivnosti): {reached}.</translation>
    </message>
    <message>
        <source>Progress against the project&apos;s targets (% of each target, set for the whole project)</source>
        <translation>Napredak prema ciljevima projekta (% svakog cilja; ciljevi važe za ceo projekat)</translation>
    </message>
    <message>
        <source>Median delay (late decisions only)</source>
        <translation>Medijana kašnjenja (samo zakasnele)</translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation>Najduže kašnjenje</translation>
    </message>
    <message>
        <source>Longest wait for a decision</source>
        <translation>Najduže čekanje na odluku</translation>
    </message>
    <message>
        <source>How late the Asylum Office and the Asylum Commission decide (days past the legal time limit)</source>
        <translation>Kašnjenje Kancelarije za azil i Komisije za azil (dana posle zakonskog roka)</translation>
    </message>
    <message>
        <source>Period from</source>
        <comment>a report&apos;s period</comment>
        <translation>Period od</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a report&apos;s period</comment>
        <translation>do</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ova godina</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Period projekta</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Izvezi XLSX…</translation>
    </message>
    <message>
        <source>Record brief service…</source>
        <translation>Nova kratka usluga…</translation>
    </message>
    <message>
        <source>Record workshop or outreach…</source>
        <translation>Nova radionica ili teren…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafikoni</translation>
    </message>
    <message>
        <source>{rule}: decided after the limit: {late} of {decided}</source>
        <translation>{rule}: odluka posle roka: {late} od {decided}</translation>
    </message>
    <message>
        <source>limit passed, decision still awaited: {n}</source>
        <translation>rok istekao, odluka se još čeka: {n}</translation>
    </message>
</context>
</TS>
