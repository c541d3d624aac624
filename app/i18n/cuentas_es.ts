<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>is not a language of Cuentas (one of: {codes})</source>
        <extracomment>The language of the interface and of the guides on this computer: &quot;&quot; follows the system, else a code of `app.i18n.LANGUAGES`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
