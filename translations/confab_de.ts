<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ChatPage</name>
    <message>
        <source>New conversation</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Ein Gespräch beginnen</translation>
    </message>
    <message>
        <source>%1 %2: ask anything below.</source>
        <translation>%1 %2: Fragen Sie unten, was Sie möchten.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Confab: a native chat client for OpenAI-compatible language models.</source>
        <translation>Confab: ein nativer Chat-Client für OpenAI-kompatible Sprachmodelle.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>With --version: also list Qt, QCoro and optional features.</source>
        <translation>Mit --version: auch Qt, QCoro und optionale Funktionen auflisten.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>Datenbank und Einstellungen in &lt;Ordner&gt; speichern.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Ein Bild des Fensters in &lt;Datei&gt; speichern, sobald es angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>serve: the TCP port to listen on (default 8337).</source>
        <translation>serve: der TCP-Port, auf dem gelauscht wird (Standard: 8337).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>serve: the address to listen on (default 127.0.0.1).</source>
        <translation>serve: die Adresse, auf der gelauscht wird (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>serve: read the access token from &lt;file&gt;.</source>
        <translation>serve: das Zugriffstoken aus &lt;Datei&gt; lesen.</translation>
    </message>
    <message>
        <source>serve: run the local server without a window; chat &lt;question&gt;: print one answer.</source>
        <translation>serve: den lokalen Server ohne Fenster ausführen; chat &lt;Frage&gt;: eine Antwort ausgeben.</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>Ungültiger Port: %1</translation>
    </message>
    <message>
        <source>chat needs a question, for example: confab chat &quot;What is SSE?&quot;</source>
        <translation>chat braucht eine Frage, zum Beispiel: confab chat &quot;Was ist SSE?&quot;</translation>
    </message>
    <message>
        <source>Unknown command: %1 (try --help)</source>
        <translation>Unbekannter Befehl: %1 (siehe --help)</translation>
    </message>
    <message>
        <source>--port, --bind and --token-file only apply to &apos;confab serve&apos;.</source>
        <translation>--port, --bind und --token-file gelten nur für „confab serve“.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Confab… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht an Confab … (Eingabetaste sendet, Umschalt+Eingabetaste beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Cannot create or write the data folder %1</source>
        <translation>Der Datenordner %1 kann nicht angelegt oder beschrieben werden</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Confab</source>
        <translation>Confab</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Gespräche durchsuchen</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Noch keine Gespräche</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not save a screenshot to %1
</source>
        <translation>Das Bildschirmfoto konnte nicht unter %1 gespeichert werden
</translation>
    </message>
    <message>
        <source>This command is not available yet.
</source>
        <translation>Dieser Befehl ist noch nicht verfügbar.
</translation>
    </message>
</context>
</TS>
