<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Serbian (Latin) text of Qt's own strings that azil shows: the standard buttons of
     dialogs and message boxes, and the edit menus of text fields. Qt ships no Serbian
     catalogue of its own (only a Croatian one, which is not Serbian). Kept by hand (Qt's
     sources are not scanned); azil's own text is in azil_sr.ts, kept by lupdate. -->
<TS version="2.1" language="sr_Latn_RS">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>U redu</translation></message>
    <message><source>Save</source><translation>Sačuvaj</translation></message>
    <message><source>Save All</source><translation>Sačuvaj sve</translation></message>
    <message><source>Open</source><translation>Otvori</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Da</translation></message>
    <message><source>Yes to &amp;All</source><translation>Da za &amp;sve</translation></message>
    <message><source>&amp;No</source><translation>&amp;Ne</translation></message>
    <message><source>N&amp;o to All</source><translation>N&amp;e za sve</translation></message>
    <message><source>Abort</source><translation>Prekini</translation></message>
    <message><source>Retry</source><translation>Pokušaj ponovo</translation></message>
    <message><source>Ignore</source><translation>Zanemari</translation></message>
    <message><source>Close</source><translation>Zatvori</translation></message>
    <message><source>Cancel</source><translation>Otkaži</translation></message>
    <message><source>Discard</source><translation>Odbaci</translation></message>
    <message><source>Help</source><translation>Pomoć</translation></message>
    <message><source>Apply</source><translation>Primeni</translation></message>
    <message><source>Reset</source><translation>Poništi</translation></message>
    <message><source>Restore Defaults</source><translation>Vrati podrazumevano</translation></message>
    <message><source>Don&apos;t Save</source><translation>Nemoj sačuvati</translation></message>
    <message><source>Close without Saving</source><translation>Zatvori bez čuvanja</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Opozovi</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ponovi</translation></message>
    <message><source>Cu&amp;t</source><translation>Iseci</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Kopiraj</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Nalepi</translation></message>
    <message><source>Delete</source><translation>Obriši</translation></message>
    <message><source>Select All</source><translation>Izaberi sve</translation></message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message><source>&amp;Undo</source><translation>&amp;Opozovi</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ponovi</translation></message>
    <message><source>Cu&amp;t</source><translation>Iseci</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Kopiraj</translation></message>
    <message><source>Copy &amp;Link Location</source><translation>Kopiraj &amp;adresu veze</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Nalepi</translation></message>
    <message><source>Delete</source><translation>Obriši</translation></message>
    <message><source>Select All</source><translation>Izaberi sve</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>Prikaži detalje…</translation></message>
    <message><source>Hide Details...</source><translation>Sakrij detalje…</translation></message>
</context>
</TS>
