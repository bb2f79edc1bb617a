<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message numerus="yes">
        <source>Loaded %n deadline(s) in {ms} ms.</source>
        <translation>
            <numerusform>Loaded %n deadline in {ms} ms.</numerusform>
            <numerusform>Loaded %n deadlines in {ms} ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) need attention</source>
        <translation>
            <numerusform>%n deadline needs attention</numerusform>
            <numerusform>%n deadlines need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PDF: %n file(s), beside the documents in the case folders.</source>
        <translation>
            <numerusform>PDF: %n file, beside the documents in the case folders.</numerusform>
            <numerusform>PDF: %n files, beside the documents in the case folders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not generated: %n thing(s) still missing, marked below.</source>
        <translation>
            <numerusform>Not generated: %n thing still missing, marked below.</numerusform>
            <numerusform>Not generated: %n things still missing, marked below.</numerusform>
        </translation>
    </message>
</context>
</TS>
