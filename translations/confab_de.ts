<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgentRun</name>
    <message>
        <source>The run was discarded</source>
        <translation>Der Durchlauf wurde verworfen</translation>
    </message>
    <message>
        <source>Message generation was interrupted</source>
        <translation>Die Erzeugung der Nachricht wurde unterbrochen</translation>
    </message>
</context>
<context>
    <name>AppConfig</name>
    <message>
        <source>Confab could not save its settings to %1. Check that the folder can be written to and that the disk is not full.</source>
        <translation>Confab konnte seine Einstellungen nicht in %1 speichern. Prüfen Sie, ob in den Ordner geschrieben werden kann und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <source>Confab could not save its settings: %1 is not a valid settings file.</source>
        <translation>Confab konnte seine Einstellungen nicht speichern: %1 ist keine gültige Einstellungsdatei.</translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <source>New assistant</source>
        <translation>Neuer Assistent</translation>
    </message>
</context>
<context>
    <name>AttachmentReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a %2 image; only PNG, JPEG, GIF and WebP can be sent to a model.</source>
        <translation>%1 ist ein Bild vom Typ %2; nur PNG, JPEG, GIF und WebP können an ein Modell gesendet werden.</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 ist größer als 20 MB.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a text file; Confab can attach text, Markdown, code and images.</source>
        <translation>%1 (%2) ist keine Textdatei; Confab kann Text, Markdown, Code und Bilder anhängen.</translation>
    </message>
    <message>
        <source>%1 is protected by a password.</source>
        <translation>%1 ist durch ein Passwort geschützt.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation>%1 ist keine lesbare PDF-Datei.</translation>
    </message>
    <message>
        <source>%1 has no text to read (it may be scanned images).</source>
        <translation>%1 enthält keinen lesbaren Text (möglicherweise gescannte Bilder).</translation>
    </message>
    <message>
        <source>%1 is a PDF file; this build of Confab cannot read PDF text.</source>
        <translation>%1 ist eine PDF-Datei; diese Version von Confab kann keinen Text aus PDF-Dateien lesen.</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Confab&apos;s data is not open.</source>
        <translation>Die Daten von Confab sind nicht geöffnet.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1.</source>
        <translation>
            <numerusform>%n Gespräch aus %1 importiert.</numerusform>
            <numerusform>%n Gespräche aus %1 importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ChatCommand</name>
    <message>
        <source>confab chat: no provider is set up. Set one up in Confab&apos;s settings, or set OPENAI_BASE_URL (and OPENAI_API_KEY).
</source>
        <translation>confab chat: Es ist kein Anbieter eingerichtet. Richten Sie einen in den Einstellungen von Confab ein oder setzen Sie OPENAI_BASE_URL (und OPENAI_API_KEY).
</translation>
    </message>
    <message>
        <source>confab chat: interrupted; the partial answer is kept.
</source>
        <translation>confab chat: unterbrochen; die unvollständige Antwort bleibt erhalten.
</translation>
    </message>
    <message>
        <source>the answer failed.</source>
        <translation>die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation>Vom Benutzer angehalten</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>The conversation history is not open.</source>
        <translation>Der Gesprächsverlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>A reply is still being written: wait for it or stop it first.</source>
        <translation>Es wird noch eine Antwort geschrieben: Warten Sie darauf oder halten Sie sie zuerst an.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation>Vom Benutzer angehalten</translation>
    </message>
</context>
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
    <message>
        <source>Jump to the newest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>Confab is closing</source>
        <translation>Confab wird beendet</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>Only a reply to a message can be regenerated.</source>
        <translation>Nur eine Antwort auf eine Nachricht kann neu generiert werden.</translation>
    </message>
    <message>
        <source>Regenerated</source>
        <translation>Antwort neu generiert</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Nur eigene Nachrichten können bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>ChatTurn</name>
    <message>
        <source>The turn was discarded</source>
        <translation>Die Runde wurde verworfen</translation>
    </message>
</context>
<context>
    <name>ChunkDecoder</name>
    <message>
        <source>A chunk of the stream is not valid JSON (%1)</source>
        <translation>Ein Teil des Streams ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>A chunk of the stream is not a JSON object</source>
        <translation>Ein Teil des Streams ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The response is not a chat completion</source>
        <translation>Die Antwort ist keine Chat-Completion</translation>
    </message>
    <message>
        <source>The model requested more than %1 tool calls</source>
        <translation>Das Modell hat mehr als %1 Tool-Aufrufe angefordert</translation>
    </message>
    <message>
        <source>The arguments of a tool call are longer than %1 characters</source>
        <translation>Die Argumente eines Tool-Aufrufs sind länger als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <source>plain text (no highlighting in this build)</source>
        <translation>reiner Text (keine Syntaxhervorhebung in dieser Version)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
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
        <source>serve: allow listening on an address other computers can reach.</source>
        <translation>serve: Lauschen auf einer Adresse erlauben, die andere Computer erreichen können.</translation>
    </message>
    <message>
        <source>--port, --bind, --allow-remote and --token-file only apply to &apos;confab serve&apos;.</source>
        <translation>--port, --bind, --allow-remote und --token-file gelten nur für &apos;confab serve&apos;.</translation>
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
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach files (or drop them here)</source>
        <translation>Dateien anhängen (oder hierher ziehen)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
</context>
<context>
    <name>ContextNode</name>
    <message>
        <source>Collecting context...</source>
        <translation>Kontext wird gesammelt …</translation>
    </message>
    <message>
        <source>Selected text</source>
        <translation>Ausgewählter Text</translation>
    </message>
    <message>
        <source>Document %1 not found</source>
        <translation>Dokument %1 nicht gefunden</translation>
    </message>
    <message>
        <source>%1 was shortened to its first %2 characters</source>
        <translation>%1 wurde auf die ersten %2 Zeichen gekürzt</translation>
    </message>
    <message numerus="yes">
        <source>Added %n context items</source>
        <translation>
            <numerusform>%n Kontextelement hinzugefügt</numerusform>
            <numerusform>%n Kontextelemente hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Antwortet …</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Chat options…</source>
        <translation>Chat-Optionen …</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Aus dem Archiv wiederherstellen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>A conversation needs a title.</source>
        <translation>Ein Gespräch braucht einen Titel.</translation>
    </message>
    <message>
        <source>The conversation was deleted</source>
        <translation>Das Gespräch wurde gelöscht</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <source>Options of this conversation</source>
        <translation>Optionen dieses Gesprächs</translation>
    </message>
    <message>
        <source>Start from an assistant</source>
        <translation>Von einem Assistenten übernehmen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>The default model</source>
        <translation>Das Standardmodell</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Use the defaults again</source>
        <translation>Wieder die Standardwerte verwenden</translation>
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
    <name>DefaultsSettings</name>
    <message>
        <source>Asking the provider…</source>
        <translation>Anbieter wird abgefragt …</translation>
    </message>
</context>
<context>
    <name>ExecutorNode</name>
    <message>
        <source>Generating reply...</source>
        <translation>Antwort wird generiert …</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n rounds of tool calls.</source>
        <translation>
            <numerusform>Nach %n Durchgang mit Tool-Aufrufen angehalten.</numerusform>
            <numerusform>Nach %n Durchgängen mit Tool-Aufrufen angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply generated</source>
        <translation>Antwort generiert</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>%1 wird aufgerufen</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 hat geantwortet</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1, Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
</context>
<context>
    <name>IntentNode</name>
    <message>
        <source>Analyzing your intent...</source>
        <translation>Absicht wird analysiert …</translation>
    </message>
    <message>
        <source>Could not classify the question (%1); answering it directly</source>
        <translation>Die Frage konnte nicht eingeordnet werden (%1); sie wird direkt beantwortet</translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation>Absicht: %1</translation>
    </message>
</context>
<context>
    <name>JsonTransfer</name>
    <message>
        <source>The file cannot be imported (%1: %2). Nothing was imported.</source>
        <translation>Die Datei kann nicht importiert werden (%1: %2). Es wurde nichts importiert.</translation>
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
    <name>LlmClient</name>
    <message>
        <source>The provider has no valid base URL (“%1”).</source>
        <translation>Der Anbieter hat keine gültige Basis-URL („%1“).</translation>
    </message>
    <message>
        <source>The provider has no valid base URL.</source>
        <translation>Der Anbieter hat keine gültige Basis-URL.</translation>
    </message>
    <message>
        <source>The model list is not a JSON object</source>
        <translation>Die Modellliste ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>LlmError</name>
    <message>
        <source>The reply was stopped.</source>
        <translation>Die Antwort wurde angehalten.</translation>
    </message>
    <message>
        <source>The connection was lost before the reply was complete. The text received so far is kept.</source>
        <translation>Die Verbindung wurde getrennt, bevor die Antwort vollständig war. Der bisher empfangene Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>Could not connect to the server in time.</source>
        <translation>Die Verbindung zum Server konnte nicht rechtzeitig hergestellt werden.</translation>
    </message>
    <message>
        <source>The server did not start answering in time.</source>
        <translation>Der Server hat nicht rechtzeitig mit der Antwort begonnen.</translation>
    </message>
    <message numerus="yes">
        <source>The server stopped sending the reply (nothing new for %n seconds).</source>
        <translation>
            <numerusform>Der Server hat aufgehört, die Antwort zu senden (seit %n Sekunde nichts Neues).</numerusform>
            <numerusform>Der Server hat aufgehört, die Antwort zu senden (seit %n Sekunden nichts Neues).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server stopped sending the reply.</source>
        <translation>Der Server hat aufgehört, die Antwort zu senden.</translation>
    </message>
    <message>
        <source>The reply took longer than the time limit for one turn.</source>
        <translation>Die Antwort hat das Zeitlimit für eine Runde überschritten.</translation>
    </message>
    <message>
        <source>The server gave up on the request because it took too long.</source>
        <translation>Der Server hat die Anfrage abgebrochen, weil sie zu lange gedauert hat.</translation>
    </message>
    <message>
        <source>A network error stopped the request.</source>
        <translation>Ein Netzwerkfehler hat die Anfrage abgebrochen.</translation>
    </message>
    <message>
        <source>The server address could not be found. Check the base URL and the network connection.</source>
        <translation>Die Serveradresse wurde nicht gefunden. Prüfen Sie die Basis-URL und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check that it is running and that the base URL is right.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie, ob er läuft und ob die Basis-URL stimmt.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP status %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP-Status %1).</translation>
    </message>
    <message>
        <source>The provider did not accept the API key (HTTP status %1). Check the key in the provider settings.</source>
        <translation>Der Anbieter hat den API-Schlüssel nicht akzeptiert (HTTP-Status %1). Prüfen Sie den Schlüssel in den Anbietereinstellungen.</translation>
    </message>
    <message>
        <source>The provider needs payment or more credits for this request.</source>
        <translation>Der Anbieter verlangt für diese Anfrage eine Zahlung oder mehr Guthaben.</translation>
    </message>
    <message>
        <source>The provider does not know this model or address. Check the model name and the base URL.</source>
        <translation>Der Anbieter kennt dieses Modell oder diese Adresse nicht. Prüfen Sie den Modellnamen und die Basis-URL.</translation>
    </message>
    <message numerus="yes">
        <source>The provider is limiting requests. Try again in %n seconds.</source>
        <translation>
            <numerusform>Der Anbieter begrenzt die Anfragen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Anbieter begrenzt die Anfragen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider is limiting requests. Try again in a moment.</source>
        <translation>Der Anbieter begrenzt die Anfragen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The account has used up its quota or credits at this provider.</source>
        <translation>Das Konto hat sein Kontingent oder Guthaben bei diesem Anbieter aufgebraucht.</translation>
    </message>
    <message>
        <source>The request is too large for this model: shorten the conversation or the attachments.</source>
        <translation>Die Anfrage ist für dieses Modell zu groß: Kürzen Sie das Gespräch oder die Anhänge.</translation>
    </message>
    <message>
        <source>The provider had a problem on its side (HTTP status %1).</source>
        <translation>Beim Anbieter ist ein Problem aufgetreten (HTTP-Status %1).</translation>
    </message>
    <message>
        <source>The provider reported an error while answering.</source>
        <translation>Der Anbieter hat während der Antwort einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid reply.</source>
        <translation>Der Server hat etwas gesendet, das keine gültige Antwort ist.</translation>
    </message>
    <message>
        <source>The provider said: “%1”</source>
        <translation>Der Anbieter meldete: „%1“</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>LlmStream</name>
    <message>
        <source>No network access manager.</source>
        <translation>Kein Netzwerkzugriffsmanager vorhanden.</translation>
    </message>
    <message>
        <source>The network access manager was deleted.</source>
        <translation>Der Netzwerkzugriffsmanager wurde gelöscht.</translation>
    </message>
    <message>
        <source>The request was deleted.</source>
        <translation>Die Anfrage wurde gelöscht.</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes</source>
        <translation>Die Serverantwort ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>The stream ended before the provider marked the reply as complete.</source>
        <translation>Der Stream endete, bevor der Anbieter die Antwort als vollständig markiert hat.</translation>
    </message>
    <message>
        <source>The server ended the stream without sending a reply</source>
        <translation>Der Server hat den Stream beendet, ohne eine Antwort zu senden</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>Confab is closing</source>
        <translation>Confab wird beendet</translation>
    </message>
    <message>
        <source>The server settings changed</source>
        <translation>Die Servereinstellungen haben sich geändert</translation>
    </message>
    <message>
        <source>Listening on %1 would let other computers reach Confab; turn on &quot;allow remote access&quot; first.</source>
        <translation>Wenn auf %1 gelauscht wird, können andere Computer Confab erreichen; schalten Sie zuerst „Andere Computer zulassen“ ein.</translation>
    </message>
    <message>
        <source>The server listens on %1: other computers that can reach it and have the token can use Confab.</source>
        <translation>Der Server lauscht auf %1: Andere Computer, die ihn erreichen können und das Token haben, können Confab verwenden.</translation>
    </message>
    <message>
        <source>The server stopped</source>
        <translation>Der Server wurde angehalten</translation>
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
    <message>
        <source>%1 — Confab</source>
        <translation>%1 — Confab</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenanntes Gespräch</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Gedankengang</translation>
    </message>
    <message>
        <source>Tool calls:</source>
        <translation>Tool-Aufrufe:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Tool-Ergebnis</translation>
    </message>
    <message>
        <source>Tool result (%1)</source>
        <translation>Tool-Ergebnis (%1)</translation>
    </message>
    <message>
        <source>still being written</source>
        <translation>wird noch geschrieben</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
</context>
<context>
    <name>MathBlock</name>
    <message>
        <source>TeX</source>
        <translation>TeX</translation>
    </message>
</context>
<context>
    <name>McpClient</name>
    <message>
        <source>The server did not complete the MCP handshake: %1</source>
        <translation>Der Server hat den MCP-Handshake nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>The server speaks MCP version “%1”; Confab speaks %2.</source>
        <translation>Der Server verwendet MCP-Version „%1“; Confab verwendet %2.</translation>
    </message>
    <message>
        <source>Connected to %1 %2 (MCP %3).</source>
        <translation>Verbunden mit %1 %2 (MCP %3).</translation>
    </message>
    <message>
        <source>The server offers no tools.</source>
        <translation>Der Server bietet keine Tools an.</translation>
    </message>
    <message>
        <source>The server did not list its tools: %1</source>
        <translation>Der Server hat seine Tools nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>Reading the tool list again failed: %1</source>
        <translation>Erneutes Lesen der Tool-Liste ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Left out a tool without a name.</source>
        <translation>Ein Tool ohne Namen wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Stopped reading the tool list after %1 pages.</source>
        <translation>Lesen der Tool-Liste nach %1 Seiten abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) available.</source>
        <translation>
            <numerusform>%n Tool verfügbar.</numerusform>
            <numerusform>%n Tools verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>Der Server läuft nicht.</translation>
    </message>
    <message>
        <source>The server is not running: %1</source>
        <translation>Der Server läuft nicht: %1</translation>
    </message>
    <message>
        <source>The server&apos;s tools changed.</source>
        <translation>Die Tools des Servers haben sich geändert.</translation>
    </message>
    <message>
        <source>Ignored an answer to no pending request (id %1).</source>
        <translation>Antwort ohne ausstehende Anfrage ignoriert (ID %1).</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Der Server hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has neither a result nor an error.</source>
        <translation>Die Antwort des Servers enthält weder ein Ergebnis noch einen Fehler.</translation>
    </message>
    <message>
        <source>%1 Last lines of its log: %2</source>
        <translation>%1 Letzte Zeilen seines Protokolls: %2</translation>
    </message>
    <message>
        <source>The server is being stopped.</source>
        <translation>Der Server wird angehalten.</translation>
    </message>
    <message>
        <source>The server was stopped.</source>
        <translation>Der Server wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>McpConnection</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Running, no tools</source>
        <translation>Läuft, keine Tools</translation>
    </message>
    <message numerus="yes">
        <source>Running, %n tool(s)</source>
        <translation>
            <numerusform>Läuft, %n Tool</numerusform>
            <numerusform>Läuft, %n Tools</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>The MCP server “%1” failed: %2</source>
        <translation>Der MCP-Server „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Stopped by Confab.</source>
        <translation>Von Confab angehalten.</translation>
    </message>
</context>
<context>
    <name>McpHttpTransport</name>
    <message>
        <source>Connecting to %1.</source>
        <translation>Verbindung zu %1 wird hergestellt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB.</source>
        <translation>Die Antwort des Servers ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>The server&apos;s event stream broke: %1</source>
        <translation>Der Ereignisstrom des Servers ist abgebrochen: %1</translation>
    </message>
    <message>
        <source>The server offers no event stream (HTTP %1); changes to its tools are seen on the next start.</source>
        <translation>Der Server bietet keinen Ereignisstrom an (HTTP %1); Änderungen an seinen Tools werden erst beim nächsten Start erkannt.</translation>
    </message>
    <message>
        <source>The server ended the session (HTTP 404).</source>
        <translation>Der Server hat die Sitzung beendet (HTTP 404).</translation>
    </message>
    <message>
        <source>Stopped listening to the server&apos;s event stream after repeated failures.</source>
        <translation>Nach wiederholten Fehlern wird der Ereignisstrom des Servers nicht mehr abgehört.</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>Der Server hat die Sitzung beendet.</translation>
    </message>
    <message>
        <source>The server refused a message: %1</source>
        <translation>Der Server hat eine Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Der Server hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>The server ended its event stream without answering.</source>
        <translation>Der Server hat seinen Ereignisstrom beendet, ohne zu antworten.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not a JSON-RPC response.</source>
        <translation>Die Antwort des Servers war keine JSON-RPC-Antwort.</translation>
    </message>
</context>
<context>
    <name>McpImport</name>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>Das ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>No &quot;mcpServers&quot; object was found in this JSON.</source>
        <translation>In diesem JSON wurde kein „mcpServers“-Objekt gefunden.</translation>
    </message>
    <message>
        <source>%1: left out, its entry is not an object.</source>
        <translation>%1: ausgelassen, der Eintrag ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1: left out, it uses the old HTTP+SSE transport, which Confab does not support.</source>
        <translation>%1: ausgelassen, der Server verwendet den alten HTTP+SSE-Transport, den Confab nicht unterstützt.</translation>
    </message>
    <message>
        <source>A server without a name was left out.</source>
        <translation>Ein Server ohne Namen wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1: left out. %2</source>
        <translation>%1: ausgelassen. %2</translation>
    </message>
    <message>
        <source>%1: renamed to %2, that name is taken.</source>
        <translation>%1: in %2 umbenannt, da der Name bereits vergeben ist.</translation>
    </message>
</context>
<context>
    <name>McpImportDialog</name>
    <message numerus="yes">
        <source>%n server(s) added.</source>
        <translation>
            <numerusform>%n Server hinzugefügt.</numerusform>
            <numerusform>%n Server hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>MCP-Server importieren</translation>
    </message>
    <message>
        <source>Paste the contents of claude_desktop_config.json, or any JSON with an &quot;mcpServers&quot; object. Imported servers ask before each call.</source>
        <translation>Fügen Sie den Inhalt von claude_desktop_config.json oder ein beliebiges JSON mit einem „mcpServers“-Objekt ein. Importierte Server fragen vor jedem Aufruf nach.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>McpLogDialog</name>
    <message>
        <source>Log of %1</source>
        <translation>Protokoll von %1</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Noch nichts protokolliert.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>McpManager</name>
    <message>
        <source>The server needs a name.</source>
        <translation>Der Server braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name must not start or end with spaces.</source>
        <translation>Der Name darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>There is already a server named “%1”.</source>
        <translation>Es gibt bereits einen Server namens „%1“.</translation>
    </message>
    <message>
        <source>There is no server named “%1”.</source>
        <translation>Es gibt keinen Server namens „%1“.</translation>
    </message>
    <message>
        <source>Restarted by the user.</source>
        <translation>Vom Benutzer neu gestartet.</translation>
    </message>
</context>
<context>
    <name>McpRequest</name>
    <message>
        <source>The server did not answer %1 within %2 seconds.</source>
        <translation>Der Server hat %1 nicht innerhalb von %2 Sekunden beantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>McpServerCard</name>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>stdio</source>
        <translation>stdio</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tools: %1</source>
        <translation>Tools: %1</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>Vor jedem Aufruf nachfragen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>The server needs a name.</source>
        <translation>Der Server braucht einen Namen.</translation>
    </message>
    <message>
        <source>The server needs a command to start.</source>
        <translation>Der Server braucht einen Befehl zum Starten.</translation>
    </message>
    <message>
        <source>The server needs an http:// or https:// address.</source>
        <translation>Der Server braucht eine http://- oder https://-Adresse.</translation>
    </message>
</context>
<context>
    <name>McpServerDialog</name>
    <message>
        <source>Add an MCP server</source>
        <translation>MCP-Server hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>files</source>
        <translation>dateien</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>As a program (stdio)</source>
        <translation>Als Programm (stdio)</translation>
    </message>
    <message>
        <source>At an address (HTTP)</source>
        <translation>Unter einer Adresse (HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Arguments
(one per line)</source>
        <translation>Argumente
(eines pro Zeile)</translation>
    </message>
    <message>
        <source>Environment
(NAME=value)</source>
        <translation>Umgebung
(NAME=Wert)</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Headers
(Name: value)</source>
        <translation>Header
(Name: Wert)</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>Vor jedem Aufruf nachfragen</translation>
    </message>
</context>
<context>
    <name>McpServerLog</name>
    <message numerus="yes">
        <source>[%n earlier line(s) dropped]</source>
        <translation>
            <numerusform>[%n frühere Zeile verworfen]</numerusform>
            <numerusform>[%n frühere Zeilen verworfen]</numerusform>
        </translation>
    </message>
    <message>
        <source> […%1 more characters]</source>
        <translation> […%1 weitere Zeichen]</translation>
    </message>
</context>
<context>
    <name>McpServerModel</name>
    <message>
        <source>%1 %2, MCP %3</source>
        <translation>%1 %2, MCP %3</translation>
    </message>
    <message>
        <source>MCP servers are not available.</source>
        <translation>MCP-Server sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>This server no longer exists.</source>
        <translation>Dieser Server existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a settings file.</source>
        <translation>%1 ist für eine Einstellungsdatei zu groß.</translation>
    </message>
</context>
<context>
    <name>McpSettingsPage</name>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Server hinzufügen …</translation>
    </message>
    <message>
        <source>Tools of Model Context Protocol servers become tools of the assistant. A server runs as a program on this computer (stdio) or is reached at an address (HTTP). Calls of a server that asks before each call wait for your Allow or Deny in the chat.</source>
        <translation>Die Tools von Model-Context-Protocol-Servern werden zu Tools des Assistenten. Ein Server läuft als Programm auf diesem Computer (stdio) oder wird über eine Adresse erreicht (HTTP). Aufrufe eines Servers, der vor jedem Aufruf nachfragt, warten im Chat auf Ihr „Zulassen“ oder „Ablehnen“.</translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one, or import the &quot;mcpServers&quot; settings of another app.</source>
        <translation>Noch keine MCP-Server. Fügen Sie einen hinzu oder importieren Sie die „mcpServers“-Einstellungen einer anderen Anwendung.</translation>
    </message>
    <message>
        <source>MCP servers are not available.</source>
        <translation>MCP-Server sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>Its tools are no longer offered to the assistant, and its program is stopped.</source>
        <translation>Seine Tools werden dem Assistenten nicht mehr angeboten, und sein Programm wird beendet.</translation>
    </message>
</context>
<context>
    <name>McpStdioTransport</name>
    <message>
        <source>The server did not exit after its input was closed; terminating it.</source>
        <translation>Der Server hat sich nach dem Schließen seiner Eingabe nicht beendet; er wird jetzt beendet.</translation>
    </message>
    <message>
        <source>The server ignored the request to terminate; killing it.</source>
        <translation>Der Server hat die Aufforderung zum Beenden ignoriert; er wird zwangsweise beendet.</translation>
    </message>
    <message>
        <source>Started %1 (process %2).</source>
        <translation>%1 gestartet (Prozess %2).</translation>
    </message>
    <message>
        <source>The command “%1” was not found in PATH.</source>
        <translation>Der Befehl „%1“ wurde in PATH nicht gefunden.</translation>
    </message>
    <message>
        <source>The working folder “%1” does not exist.</source>
        <translation>Der Arbeitsordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The server wrote a line longer than %1 MiB without a line break.</source>
        <translation>Der Server hat eine Zeile von mehr als %1 MiB ohne Zeilenumbruch geschrieben.</translation>
    </message>
    <message>
        <source>The server exited.</source>
        <translation>Der Server wurde beendet.</translation>
    </message>
    <message>
        <source>The server process crashed.</source>
        <translation>Der Serverprozess ist abgestürzt.</translation>
    </message>
    <message>
        <source>The server process exited with code %1.</source>
        <translation>Der Serverprozess wurde mit Code %1 beendet.</translation>
    </message>
    <message>
        <source>The server could not be started: %1</source>
        <translation>Der Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Writing to the server failed: %1</source>
        <translation>Schreiben an den Server ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>McpTool</name>
    <message>
        <source>%1 (tool “%2” of the MCP server “%3”)</source>
        <translation>%1 (Tool „%2“ des MCP-Servers „%3“)</translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>The MCP server “%1” has been removed.</source>
        <translation>Der MCP-Server „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>The MCP server “%1” asks the user before each call, and there is nobody to ask here.</source>
        <translation>Der MCP-Server „%1“ fragt vor jedem Aufruf beim Benutzer nach, aber hier gibt es niemanden, der gefragt werden kann.</translation>
    </message>
    <message>
        <source>The user denied this call.</source>
        <translation>Der Benutzer hat diesen Aufruf abgelehnt.</translation>
    </message>
    <message>
        <source>Nobody allowed this call in time; it was not made.</source>
        <translation>Niemand hat diesen Aufruf rechtzeitig zugelassen; er wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The call was withdrawn before the user allowed it.</source>
        <translation>Der Aufruf wurde zurückgezogen, bevor der Benutzer ihn zugelassen hat.</translation>
    </message>
    <message>
        <source>The MCP server “%1” is not running.</source>
        <translation>Der MCP-Server „%1“ läuft nicht.</translation>
    </message>
    <message>
        <source>The MCP server “%1” is not running: %2</source>
        <translation>Der MCP-Server „%1“ läuft nicht: %2</translation>
    </message>
    <message>
        <source>The MCP server “%1” refused the call: %2 (JSON-RPC error %3)</source>
        <translation>Der MCP-Server „%1“ hat den Aufruf abgelehnt: %2 (JSON-RPC-Fehler %3)</translation>
    </message>
    <message>
        <source>Meanwhile it printed output that is not MCP (see its log).</source>
        <translation>Zwischenzeitlich hat er Ausgaben geschrieben, die kein MCP sind (siehe sein Protokoll).</translation>
    </message>
    <message>
        <source>The MCP server “%1”: %2</source>
        <translation>MCP-Server „%1“: %2</translation>
    </message>
    <message>
        <source>The MCP server “%1” failed during the call: %2</source>
        <translation>Der MCP-Server „%1“ ist während des Aufrufs fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The MCP server “%1” gave an answer Confab cannot read: %2</source>
        <translation>Der MCP-Server „%1“ hat eine Antwort gegeben, die Confab nicht lesen kann: %2</translation>
    </message>
    <message>
        <source>The call to the MCP server “%1” was cancelled: %2</source>
        <translation>Der Aufruf an den MCP-Server „%1“ wurde abgebrochen: %2</translation>
    </message>
</context>
<context>
    <name>McpToolResult</name>
    <message>
        <source>[The tool returned an image (%1, %2), which cannot be passed on as text.]</source>
        <translation>[Das Tool hat ein Bild zurückgegeben (%1, %2), das nicht als Text weitergegeben werden kann.]</translation>
    </message>
    <message>
        <source>[The tool returned audio (%1, %2), which cannot be passed on as text.]</source>
        <translation>[Das Tool hat Audio zurückgegeben (%1, %2), das nicht als Text weitergegeben werden kann.]</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>[Resource link: %1 &lt;%2&gt;]</source>
        <translation>[Ressourcenlink: %1 &lt;%2&gt;]</translation>
    </message>
    <message>
        <source>[Content of type “%1” left out.]</source>
        <translation>[Inhalt vom Typ „%1“ ausgelassen.]</translation>
    </message>
    <message>
        <source>The tool reported an error without details.</source>
        <translation>Das Tool hat einen Fehler ohne Details gemeldet.</translation>
    </message>
    <message>
        <source>[Resource %1]</source>
        <translation>[Ressource %1]</translation>
    </message>
    <message>
        <source>[The tool returned the binary resource %1 (%2, %3), which cannot be passed on as text.]</source>
        <translation>[Das Tool hat die binäre Ressource %1 zurückgegeben (%2, %3), die nicht als Text weitergegeben werden kann.]</translation>
    </message>
</context>
<context>
    <name>McpTransport</name>
    <message>
        <source>Ignored output that is not an MCP message: %1</source>
        <translation>Ausgabe ignoriert, die keine MCP-Nachricht ist: %1</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this reply was written</source>
        <translation>Unterbrochen: Confab wurde beendet, während diese Antwort geschrieben wurde</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Welcome to Confab</source>
        <translation>Willkommen bei Confab</translation>
    </message>
    <message>
        <source>Connect a model to start chatting. Confab talks to any OpenAI-compatible provider, in the cloud or on this computer; your conversations stay here.</source>
        <translation>Verbinden Sie ein Modell, um mit dem Chatten zu beginnen. Confab kommuniziert mit jedem OpenAI-kompatiblen Anbieter, in der Cloud oder auf diesem Computer; Ihre Gespräche bleiben hier.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Looking for Ollama, LM Studio and llama.cpp…</source>
        <translation>Suche nach Ollama, LM Studio und llama.cpp …</translation>
    </message>
    <message>
        <source>No local server answered on its usual port (Ollama 11434, LM Studio 1234, llama.cpp 8080). Start one and look again, or pick a provider below.</source>
        <translation>Kein lokaler Server hat auf seinem üblichen Port geantwortet (Ollama 11434, LM Studio 1234, llama.cpp 8080). Starten Sie einen und suchen Sie erneut, oder wählen Sie unten einen Anbieter aus.</translation>
    </message>
    <message numerus="yes">
        <source>Use %1 at %2 — %n model(s)</source>
        <translation>
            <numerusform>%1 unter %2 verwenden — %n Modell</numerusform>
            <numerusform>%1 unter %2 verwenden — %n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>Anbieter auswählen</translation>
    </message>
    <message>
        <source>Save and start chatting</source>
        <translation>Speichern und Chat beginnen</translation>
    </message>
    <message>
        <source>Continue to the chat</source>
        <translation>Weiter zum Chat</translation>
    </message>
    <message>
        <source>Or use another Confab (or a MineContext server) as the backend</source>
        <translation>Oder eine andere Confab-Instanz (oder einen MineContext-Server) als Backend verwenden</translation>
    </message>
</context>
<context>
    <name>ParameterFields</name>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>0: no limit of Confab&apos;s own</source>
        <translation>0: kein eigenes Limit von Confab</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Gedankengang</translation>
    </message>
    <message>
        <source>On, where the provider can switch it</source>
        <translation>Ein, sofern der Anbieter ihn schalten kann</translation>
    </message>
    <message>
        <source>Off, where the provider can switch it</source>
        <translation>Aus, sofern der Anbieter ihn schalten kann</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>The agent may use tools</source>
        <translation>Der Agent darf Tools verwenden</translation>
    </message>
    <message>
        <source>No tools</source>
        <translation>Keine Tools</translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Enter the provider&apos;s address, such as https://api.openai.com/v1.</source>
        <translation>Geben Sie die Adresse des Anbieters ein, zum Beispiel https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>This is not a web address. It must start with http:// or https:// and name a host, such as http://127.0.0.1:11434/v1.</source>
        <translation>Das ist keine Webadresse. Sie muss mit http:// oder https:// beginnen und einen Host enthalten, zum Beispiel http://127.0.0.1:11434/v1.</translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#”: give the base URL only, such as https://api.openai.com/v1.</source>
        <translation>Die Adresse darf weder „?“ noch „#“ enthalten: Geben Sie nur die Basis-URL an, zum Beispiel https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): the key would cross the network readable by others.</source>
        <translation>Diese Adresse ist nicht verschlüsselt (http://): Der Schlüssel würde für andere lesbar über das Netzwerk übertragen.</translation>
    </message>
    <message>
        <source>This provider needs an API key. Paste the key you created on its website.</source>
        <translation>Dieser Anbieter benötigt einen API-Schlüssel. Fügen Sie den Schlüssel ein, den Sie auf seiner Website erstellt haben.</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks. Copy it again, without anything around it.</source>
        <translation>Der Schlüssel enthält Leerzeichen oder Zeilenumbrüche. Kopieren Sie ihn erneut, ohne etwas davor oder dahinter.</translation>
    </message>
    <message>
        <source>This key is too short to be an API key.</source>
        <translation>Dieser Schlüssel ist zu kurz für einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>The reasoning switches must be JSON objects, such as {&quot;reasoning_effort&quot;: &quot;none&quot;}, or empty.</source>
        <translation>Die Schalter für den Gedankengang müssen JSON-Objekte sein, zum Beispiel {&quot;reasoning_effort&quot;: &quot;none&quot;}, oder leer bleiben.</translation>
    </message>
    <message>
        <source>Choose a model. “Test connection” lists the ones this provider offers.</source>
        <translation>Wählen Sie ein Modell. „Verbindung testen“ listet die Modelle auf, die dieser Anbieter anbietet.</translation>
    </message>
    <message>
        <source>Line %1 is not a header: write one “Name: value” per line.</source>
        <translation>Zeile %1 ist kein Header: Schreiben Sie ein „Name: Wert“ pro Zeile.</translation>
    </message>
    <message>
        <source>The value of header “%1” has characters a header cannot carry.</source>
        <translation>Der Wert des Headers „%1“ enthält Zeichen, die in einem Header nicht erlaubt sind.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n model(s).</source>
        <translation>
            <numerusform>%n Modell gefunden.</numerusform>
            <numerusform>%n Modelle gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected, but the provider lists no models. Type the model&apos;s name.</source>
        <translation>Verbunden, aber der Anbieter listet keine Modelle auf. Geben Sie den Namen des Modells ein.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available.</source>
        <translation>
            <numerusform>Verbunden: %n Modell verfügbar.</numerusform>
            <numerusform>Verbunden: %n Modelle verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confab&apos;s settings are not open.</source>
        <translation>Die Einstellungen von Confab sind nicht geöffnet.</translation>
    </message>
    <message>
        <source>The key is kept in %1, readable only by you.</source>
        <translation>Der Schlüssel wird in %1 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the key was not stored: it works until Confab closes. Start a keychain service (GNOME Keyring, KWallet), or keep keys in a file readable only by you.</source>
        <translation>Kein Systemschlüsselbund verfügbar, daher wurde der Schlüssel nicht gespeichert: Er funktioniert, bis Confab beendet wird. Starten Sie einen Schlüsselbunddienst (GNOME Keyring, KWallet) oder speichern Sie Schlüssel in einer nur für Sie lesbaren Datei.</translation>
    </message>
    <message>
        <source>The key could not be stored and works until Confab closes: %1</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden und funktioniert nur, bis Confab beendet wird: %1</translation>
    </message>
    <message>
        <source>Keys will be kept in %1, readable only by you.</source>
        <translation>Schlüssel werden in %1 gespeichert, nur für Sie lesbar.</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How this provider is shown</source>
        <translation>So wird dieser Anbieter angezeigt</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>API-Schlüssel (optional)</translation>
    </message>
    <message>
        <source>Stored — leave empty to keep it</source>
        <translation>Gespeichert — leer lassen, um ihn beizubehalten</translation>
    </message>
    <message>
        <source>Create a key at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;. It is kept in your system keychain, never in Confab&apos;s settings file.</source>
        <translation>Erstellen Sie einen Schlüssel unter &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;. Er wird in Ihrem Systemschlüsselbund gespeichert, nie in der Einstellungsdatei von Confab.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Advanced: headers and reasoning switches</source>
        <translation>Erweitert: Header und Schalter für den Gedankengang</translation>
    </message>
    <message>
        <source>Extra headers (one “Name: value” per line)</source>
        <translation>Zusätzliche Header (ein „Name: Wert“ pro Zeile)</translation>
    </message>
    <message>
        <source>Request fields that turn reasoning on</source>
        <translation>Anfragefelder, die den Gedankengang einschalten</translation>
    </message>
    <message>
        <source>… and off</source>
        <translation>… und ausschalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keep keys in a file readable only by me</source>
        <translation>Schlüssel in einer nur für mich lesbaren Datei speichern</translation>
    </message>
</context>
<context>
    <name>ProviderPreset</name>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>Benutzerdefiniert (OpenAI-kompatibel)</translation>
    </message>
</context>
<context>
    <name>ProviderProfile</name>
    <message>
        <source>From the environment (OPENAI_BASE_URL)</source>
        <translation>Aus der Umgebung (OPENAI_BASE_URL)</translation>
    </message>
</context>
<context>
    <name>ReadFileTool</name>
    <message>
        <source>The argument &quot;path&quot; is missing.</source>
        <translation>Das Argument „path“ fehlt.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is outside the folders you allowed Confab to read.</source>
        <translation>%1 liegt außerhalb der Ordner, die Confab lesen darf.</translation>
    </message>
    <message numerus="yes">
        <source>Folder %1 (%n entries):
</source>
        <translation>
            <numerusform>Ordner %1 (%n Eintrag):
</numerusform>
            <numerusform>Ordner %1 (%n Einträge):
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot seek to byte %1 of %2.</source>
        <translation>In %2 kann nicht zu Byte %1 gesprungen werden.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not text.</source>
        <translation>%1 ist eine Binärdatei, kein Text.</translation>
    </message>
    <message>
        <source>
[%1 more bytes: call again with offset %2]</source>
        <translation>
[%1 weitere Bytes: erneut mit offset %2 aufrufen]</translation>
    </message>
</context>
<context>
    <name>ReflectionNode</name>
    <message>
        <source>Reviewing the answer...</source>
        <translation>Antwort wird überprüft …</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
</context>
<context>
    <name>RemoteChatClient</name>
    <message>
        <source>The address must be an http:// or https:// URL with a host, such as http://127.0.0.1:1733.</source>
        <translation>Die Adresse muss eine http://- oder https://-URL mit Host sein, zum Beispiel http://127.0.0.1:1733.</translation>
    </message>
    <message>
        <source>The remote server did not answer within 10 seconds.</source>
        <translation>Der entfernte Server hat nicht innerhalb von 10 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The remote server refused the token (HTTP %1). Check the token in the remote backend settings.</source>
        <translation>Der entfernte Server hat das Token abgelehnt (HTTP %1). Prüfen Sie das Token in den Einstellungen des entfernten Backends.</translation>
    </message>
    <message>
        <source>The remote server has no chat API at this address (HTTP 404). Check the address: it should be the server&apos;s root, such as http://127.0.0.1:1733.</source>
        <translation>Der entfernte Server hat unter dieser Adresse keine Chat-API (HTTP 404). Prüfen Sie die Adresse: Sie sollte auf die Wurzel des Servers zeigen, zum Beispiel http://127.0.0.1:1733.</translation>
    </message>
    <message>
        <source>The remote server is busy (HTTP 429). Try again in a moment.</source>
        <translation>Der entfernte Server ist ausgelastet (HTTP 429). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The remote server failed (HTTP %1).</source>
        <translation>Beim entfernten Server ist ein Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>The remote server refused the request (HTTP %1).</source>
        <translation>Der entfernte Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation>Er meldete: „%1“</translation>
    </message>
</context>
<context>
    <name>RemoteChatStream</name>
    <message numerus="yes">
        <source>The remote server sent nothing for %n seconds.</source>
        <translation>
            <numerusform>Der entfernte Server hat %n Sekunde lang nichts gesendet.</numerusform>
            <numerusform>Der entfernte Server hat %n Sekunden lang nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply was cancelled.</source>
        <translation>Die Antwort wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The remote server did not answer with an event stream (it sent “%1”). Check the address: it should be the server&apos;s root, such as http://127.0.0.1:1733.</source>
        <translation>Der entfernte Server hat nicht mit einem Ereignisstrom geantwortet (er sendete „%1“). Prüfen Sie die Adresse: Sie sollte auf die Wurzel des Servers zeigen, zum Beispiel http://127.0.0.1:1733.</translation>
    </message>
    <message>
        <source>The remote server sent an event that is too large.</source>
        <translation>Der entfernte Server hat ein zu großes Ereignis gesendet.</translation>
    </message>
    <message>
        <source>The remote server sent something that is not an event: %1</source>
        <translation>Der entfernte Server hat etwas gesendet, das kein Ereignis ist: %1</translation>
    </message>
    <message>
        <source>The remote server sent an event that cannot be read: %1</source>
        <translation>Der entfernte Server hat ein Ereignis gesendet, das nicht gelesen werden kann: %1</translation>
    </message>
    <message>
        <source>The remote server closed the stream before the reply was complete.</source>
        <translation>Der entfernte Server hat den Stream geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
</context>
<context>
    <name>RemoteForm</name>
    <message>
        <source>Your messages go to that server&apos;s chat API (/api/agent/chat/stream), which answers with its own model and tools. The conversations are still kept here.</source>
        <translation>Ihre Nachrichten gehen an die Chat-API dieses Servers (/api/agent/chat/stream), die mit eigenem Modell und eigenen Tools antwortet. Die Gespräche werden weiterhin hier gespeichert.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Token (if the server asks for one)</source>
        <translation>Token (falls der Server eines verlangt)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Use the embedded agent again</source>
        <translation>Wieder den eingebauten Agenten verwenden</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Diesen Server verwenden</translation>
    </message>
</context>
<context>
    <name>RemoteSettings</name>
    <message>
        <source>Enter the server&apos;s address, such as http://127.0.0.1:1733.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel http://127.0.0.1:1733.</translation>
    </message>
    <message>
        <source>This is not a web address. It must start with http:// or https:// and name a host, such as http://127.0.0.1:1733.</source>
        <translation>Das ist keine Webadresse. Sie muss mit http:// oder https:// beginnen und einen Host enthalten, zum Beispiel http://127.0.0.1:1733.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>The server answered and accepted the token.</source>
        <translation>Der Server hat geantwortet und das Token akzeptiert.</translation>
    </message>
</context>
<context>
    <name>RemoteWorkflowNode</name>
    <message>
        <source>The remote backend is not configured.</source>
        <translation>Das entfernte Backend ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The remote server stopped the reply.</source>
        <translation>Der entfernte Server hat die Antwort angehalten.</translation>
    </message>
    <message>
        <source>The remote server could not answer.</source>
        <translation>Der entfernte Server konnte nicht antworten.</translation>
    </message>
    <message>
        <source>The remote server ended the reply early.</source>
        <translation>Der entfernte Server hat die Antwort vorzeitig beendet.</translation>
    </message>
</context>
<context>
    <name>ReplyError</name>
    <message>
        <source>The reply failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>SearchHistoryTool</name>
    <message>
        <source>The argument &quot;query&quot; is missing.</source>
        <translation>Das Argument „query“ fehlt.</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>You: </source>
        <translation>Sie: </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (no Secret Service or KWallet answered).</source>
        <translation>Kein Systemschlüsselbund verfügbar (weder Secret Service noch KWallet hat geantwortet).</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Start a keychain service, set OPENAI_API_KEY, or allow Confab to keep keys in a file readable only by you.</source>
        <translation>Starten Sie einen Schlüsselbunddienst, setzen Sie OPENAI_API_KEY oder erlauben Sie Confab, Schlüssel in einer nur für Sie lesbaren Datei zu speichern.</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n seconds</source>
        <translation>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>No key is stored for “%1”.</source>
        <translation>Für „%1“ ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused the operation: %1</source>
        <translation>Der Schlüsselbund hat den Vorgang abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged; it was left as it is.</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>Warning: no provider is set up, so every chat will fail. Set one up in Confab&apos;s settings, or set OPENAI_BASE_URL (and OPENAI_API_KEY).
</source>
        <translation>Warnung: Es ist kein Anbieter eingerichtet, daher wird jeder Chat fehlschlagen. Richten Sie einen in den Einstellungen von Confab ein oder setzen Sie OPENAI_BASE_URL (und OPENAI_API_KEY).
</translation>
    </message>
    <message>
        <source>Confab is serving on %1; the access token is in %2. Stop with Ctrl+C.
</source>
        <translation>Confab lauscht auf %1; das Zugriffstoken steht in %2. Mit Ctrl+C beenden.
</translation>
    </message>
    <message>
        <source>Stopping: running answers are kept as cancelled.
</source>
        <translation>Wird beendet: Laufende Antworten bleiben als abgebrochen erhalten.
</translation>
    </message>
    <message>
        <source>The server stopped</source>
        <translation>Der Server wurde angehalten</translation>
    </message>
    <message>
        <source>confab serve: %1 can be reached from other computers; add --allow-remote to listen on it.
</source>
        <translation>confab serve: %1 ist von anderen Computern aus erreichbar; fügen Sie --allow-remote hinzu, um darauf zu lauschen.
</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Not an IP address to listen on: %1</source>
        <translation>Keine IP-Adresse, auf der gelauscht werden kann: %1</translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation>Keine Adresse zum Lauschen angegeben.</translation>
    </message>
</context>
<context>
    <name>ServerSettingsForm</name>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights; choose 1024 or above.</source>
        <translation>Ports unter 1024 erfordern Administratorrechte; wählen Sie 1024 oder höher.</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1 (this computer only) or ::1.</source>
        <translation>Geben Sie eine IP-Adresse ein, zum Beispiel 127.0.0.1 (nur dieser Computer) oder ::1.</translation>
    </message>
    <message>
        <source>Enter IP addresses, such as 127.0.0.1 (this computer only) or ::1: %1</source>
        <translation>Geben Sie IP-Adressen ein, zum Beispiel 127.0.0.1 (nur dieser Computer) oder ::1: %1</translation>
    </message>
    <message>
        <source>Other computers could reach %1: turn on “Allow other computers” first.</source>
        <translation>Andere Computer könnten %1 erreichen: Schalten Sie zuerst „Andere Computer zulassen“ ein.</translation>
    </message>
    <message>
        <source>“*” would let every web page use the server; list the origins one by one.</source>
        <translation>„*“ würde jeder Webseite erlauben, den Server zu verwenden; geben Sie die Ursprünge einzeln an.</translation>
    </message>
    <message>
        <source>“%1” is not an origin. Write the scheme, host and port only, such as http://localhost:5173.</source>
        <translation>„%1“ ist kein Ursprung. Geben Sie nur Schema, Host und Port an, zum Beispiel http://localhost:5173.</translation>
    </message>
    <message>
        <source>“%1” is not a host name. Write names such as my-laptop.local, one per line.</source>
        <translation>„%1“ ist kein Hostname. Geben Sie Namen wie my-laptop.local ein, einen pro Zeile.</translation>
    </message>
    <message>
        <source>The server is not available in this window.</source>
        <translation>Der Server ist in diesem Fenster nicht verfügbar.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Start fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>ServerToken</name>
    <message>
        <source>Cannot read the server token from %1: %2</source>
        <translation>Das Server-Token kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>The server token in %1 must be one line of at least 16 characters.</source>
        <translation>Das Server-Token in %1 muss aus einer Zeile mit mindestens 16 Zeichen bestehen.</translation>
    </message>
    <message>
        <source>Cannot write the server token to %1: %2</source>
        <translation>Das Server-Token kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The server token %1 is a symbolic link; Confab uses only a token file of its own.</source>
        <translation>Das Server-Token %1 ist ein symbolischer Link; Confab verwendet nur eine eigene Token-Datei.</translation>
    </message>
    <message>
        <source>The server token %1 is not a regular file.</source>
        <translation>Das Server-Token %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The server token %1 belongs to another user; Confab uses only a token file of its own.</source>
        <translation>Das Server-Token %1 gehört einem anderen Benutzer; Confab verwendet nur eine eigene Token-Datei.</translation>
    </message>
    <message>
        <source>Other users can read the server token %1, so it may be known to them. Make the file private (chmod 600) or create a new token.</source>
        <translation>Andere Benutzer können das Server-Token %1 lesen, es könnte ihnen also bekannt sein. Machen Sie die Datei privat (chmod 600) oder erstellen Sie ein neues Token.</translation>
    </message>
</context>
<context>
    <name>SettingsAppearance</name>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Own size</source>
        <translation>Eigene Größe</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Width of the conversation</source>
        <translation>Breite des Gesprächs</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
</context>
<context>
    <name>SettingsAssistants</name>
    <message>
        <source>Assistants</source>
        <translation>Assistenten</translation>
    </message>
    <message>
        <source>An assistant is a reusable system prompt with its model and parameters. Apply one to a conversation from its options (the “⋯” button).</source>
        <translation>Ein Assistent ist ein wiederverwendbarer Systemprompt mit zugehörigem Modell und Parametern. Wenden Sie ihn über die Optionen eines Gesprächs (die Schaltfläche „⋯“) an.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Model (empty: the default)</source>
        <translation>Modell (leer: Standardmodell)</translation>
    </message>
    <message>
        <source>Remove this assistant</source>
        <translation>Diesen Assistenten entfernen</translation>
    </message>
    <message>
        <source>New assistant</source>
        <translation>Neuer Assistent</translation>
    </message>
</context>
<context>
    <name>SettingsData</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>History: %1
Settings: %2
Start Confab with --data-dir to use another folder.</source>
        <translation>Verlauf: %1
Einstellungen: %2
Starten Sie Confab mit --data-dir, um einen anderen Ordner zu verwenden.</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>Alle Gespräche exportieren …</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>Alle Gespräche exportieren</translation>
    </message>
    <message>
        <source>Confab export (*.json)</source>
        <translation>Confab-Export (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Gespräche importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SettingsDefaults</name>
    <message>
        <source>Models and defaults</source>
        <translation>Modelle und Standardwerte</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Empty: the provider&apos;s model (%1).</source>
        <translation>Leer: das Modell des Anbieters (%1).</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>keines festgelegt</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Instructions the model gets at the start of every conversation</source>
        <translation>Anweisungen, die das Modell zu Beginn jedes Gesprächs erhält</translation>
    </message>
    <message>
        <source>Let the model title new conversations after the first answer</source>
        <translation>Neue Gespräche nach der ersten Antwort vom Modell benennen lassen</translation>
    </message>
</context>
<context>
    <name>SettingsLanguage</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>CONFAB_LANGUAGE chose the language at start; a choice here lasts until Confab closes.</source>
        <translation>CONFAB_LANGUAGE hat die Sprache beim Start festgelegt; eine Auswahl hier gilt, bis Confab beendet wird.</translation>
    </message>
    <message>
        <source>Like the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Dates and numbers follow: %1</source>
        <translation>Datums- und Zahlenformat: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Models and defaults</source>
        <translation>Modelle und Standardwerte</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>Assistenten</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>Remote backend</source>
        <translation>Entferntes Backend</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>← Back to the chat</source>
        <translation>← Zurück zum Chat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>SettingsProviders</name>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>The provider in use answers every conversation that does not choose its own model. Keys are kept in the system keychain.</source>
        <translation>Der verwendete Anbieter beantwortet jedes Gespräch, das kein eigenes Modell wählt. Schlüssel werden im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No provider yet.</source>
        <translation>Noch kein Anbieter.</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Look for local servers</source>
        <translation>Nach lokalen Servern suchen</translation>
    </message>
    <message>
        <source>None answered.</source>
        <translation>Keiner hat geantwortet.</translation>
    </message>
    <message>
        <source>Add %1 at %2</source>
        <translation>%1 unter %2 hinzufügen</translation>
    </message>
    <message>
        <source>Add and use</source>
        <translation>Hinzufügen und verwenden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>SettingsRemote</name>
    <message>
        <source>Remote backend</source>
        <translation>Entferntes Backend</translation>
    </message>
    <message>
        <source>In use: answers come from %1.</source>
        <translation>In Verwendung: Antworten kommen von %1.</translation>
    </message>
    <message>
        <source>Not in use: the embedded agent answers.</source>
        <translation>Nicht in Verwendung: Der eingebaute Agent antwortet.</translation>
    </message>
</context>
<context>
    <name>SettingsServer</name>
    <message>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>Lets other programs chat through Confab: MineContext&apos;s chat API and an OpenAI-compatible /v1. Off by default; it answers only requests that carry its token.</source>
        <translation>Ermöglicht anderen Programmen, über Confab zu chatten: die Chat-API von MineContext und eine OpenAI-kompatible /v1. Standardmäßig aus; der Server beantwortet nur Anfragen, die sein Token enthalten.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Addresses to listen on</source>
        <translation>Adressen, auf denen gelauscht wird</translation>
    </message>
    <message>
        <source>Allow other computers</source>
        <translation>Andere Computer zulassen</translation>
    </message>
    <message>
        <source>Other computers can reach the server at this address. Anyone who has the token can use your models and history.</source>
        <translation>Andere Computer können den Server unter dieser Adresse erreichen. Jeder, der das Token hat, kann Ihre Modelle und Ihren Verlauf verwenden.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Not available in this window</source>
        <translation>In diesem Fenster nicht verfügbar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>Web pages allowed to call the server (origins, one per line)</source>
        <translation>Webseiten, die den Server aufrufen dürfen (Ursprünge, einer pro Zeile)</translation>
    </message>
    <message>
        <source>Other host names for this computer (one per line)</source>
        <translation>Weitere Hostnamen für diesen Computer (einer pro Zeile)</translation>
    </message>
    <message>
        <source>Allow pages opened from files (Origin: null)</source>
        <translation>Seiten zulassen, die aus Dateien geöffnet wurden (Origin: null)</translation>
    </message>
    <message>
        <source>For packaged Electron frontends. Any page opened from a file on this computer can then call the server, as long as it has the token.</source>
        <translation>Für gepackte Electron-Oberflächen. Jede aus einer Datei auf diesem Computer geöffnete Seite kann den Server dann aufrufen, sofern sie das Token hat.</translation>
    </message>
</context>
<context>
    <name>SettingsShortcuts</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Alle Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Settings (again: back to the chat)</source>
        <translation>Einstellungen (erneut: zurück zum Chat)</translation>
    </message>
    <message>
        <source>Options of this conversation</source>
        <translation>Optionen dieses Gesprächs</translation>
    </message>
    <message>
        <source>Show or hide the conversations</source>
        <translation>Gespräche ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Rename this conversation</source>
        <translation>Dieses Gespräch umbenennen</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Neue Zeile in der Nachricht</translation>
    </message>
    <message>
        <source>In search: go to the results, open one</source>
        <translation>In der Suche: zu den Ergebnissen wechseln, eines öffnen</translation>
    </message>
    <message>
        <source>Clear the search; leave the settings; cancel a rename</source>
        <translation>Suche leeren; Einstellungen verlassen; Umbenennen abbrechen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Noch keine Gespräche</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Neues Gespräch beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Chat options</source>
        <translation>Chat-Optionen</translation>
    </message>
    <message>
        <source>Model, prompt and parameters of this conversation (Ctrl+Shift+,)</source>
        <translation>Modell, Prompt und Parameter dieses Gesprächs (Ctrl+Shift+,)</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Einstellungen (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+K)</source>
        <translation>Alle Nachrichten durchsuchen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <source>No archived conversations</source>
        <translation>Keine archivierten Gespräche</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>Keine Nachricht enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n Nachricht gefunden</numerusform>
            <numerusform>%n Nachrichten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” deleted</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>Back to conversations</source>
        <translation>Zurück zu den Gesprächen</translation>
    </message>
    <message>
        <source>Archived conversations</source>
        <translation>Archivierte Gespräche</translation>
    </message>
</context>
<context>
    <name>SseDecoder</name>
    <message>
        <source>A line of the event stream is longer than %1 bytes.</source>
        <translation>Eine Zeile des Ereignisstroms ist länger als %1 Byte.</translation>
    </message>
    <message>
        <source>An event of the stream carries more than %1 bytes of data.</source>
        <translation>Ein Ereignis des Streams enthält mehr als %1 Byte Daten.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Executing</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Reflecting</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>Warten auf das Modell …</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The history database is damaged and could not be moved aside. Confab stopped saving to it; what is on screen stays, but nothing more is saved.</source>
        <translation>Die Verlaufsdatenbank ist beschädigt und konnte nicht beiseitegelegt werden. Confab speichert nicht mehr darin; was angezeigt wird, bleibt, aber nichts weiter wird gespeichert.</translation>
    </message>
    <message>
        <source>The history database is damaged. Confab stopped saving to it and moved it aside; what is on screen stays, but nothing more is saved. Restart Confab to start with an empty history.</source>
        <translation>Die Verlaufsdatenbank ist beschädigt. Confab speichert nicht mehr darin und hat sie beiseitegelegt; was angezeigt wird, bleibt, aber nichts weiter wird gespeichert. Starten Sie Confab neu, um mit einem leeren Verlauf zu beginnen.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The data folder cannot be created or written.</source>
        <translation>Der Datenordner kann nicht angelegt oder beschrieben werden.</translation>
    </message>
    <message>
        <source>The history database is in use by another running copy of Confab.</source>
        <translation>Die Verlaufsdatenbank wird von einer anderen laufenden Confab-Instanz verwendet.</translation>
    </message>
    <message>
        <source>The history file is not a database.</source>
        <translation>Die Verlaufsdatei ist keine Datenbank.</translation>
    </message>
    <message>
        <source>The history database is damaged.</source>
        <translation>Die Verlaufsdatenbank ist beschädigt.</translation>
    </message>
    <message>
        <source>The history database was written by a newer version of Confab. Please update Confab.</source>
        <translation>Die Verlaufsdatenbank wurde von einer neueren Version von Confab geschrieben. Bitte aktualisieren Sie Confab.</translation>
    </message>
    <message>
        <source>The history database cannot be written (it is read-only).</source>
        <translation>In die Verlaufsdatenbank kann nicht geschrieben werden (sie ist schreibgeschützt).</translation>
    </message>
    <message>
        <source>The disk is full: the history cannot be saved. Nothing shown is lost; free some space.</source>
        <translation>Der Datenträger ist voll: Der Verlauf kann nicht gespeichert werden. Nichts Angezeigtes geht verloren; geben Sie etwas Speicherplatz frei.</translation>
    </message>
    <message>
        <source>The history database is busy.</source>
        <translation>Die Verlaufsdatenbank ist gerade belegt.</translation>
    </message>
    <message>
        <source>The history database could not be read or written (input/output error).</source>
        <translation>Die Verlaufsdatenbank konnte nicht gelesen oder geschrieben werden (Ein-/Ausgabefehler).</translation>
    </message>
    <message>
        <source>The conversation or message does not exist.</source>
        <translation>Das Gespräch oder die Nachricht existiert nicht.</translation>
    </message>
    <message>
        <source>The request cannot be carried out.</source>
        <translation>Die Anfrage kann nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>The file cannot be imported: nothing was imported.</source>
        <translation>Die Datei kann nicht importiert werden: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The history database is closed.</source>
        <translation>Die Verlaufsdatenbank ist geschlossen.</translation>
    </message>
    <message>
        <source>The history database reported an error.</source>
        <translation>Die Verlaufsdatenbank hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>StorageOpenReport</name>
    <message>
        <source>%1 The old file was kept as %2. Confab started with an empty history.</source>
        <translation>%1 Die alte Datei wurde als %2 aufbewahrt. Confab wurde mit einem leeren Verlauf gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>Confab was closed while writing %n reply(s); what was received is kept and marked as interrupted.</source>
        <translation>
            <numerusform>Confab wurde beendet, während %n Antwort geschrieben wurde; das bereits Empfangene bleibt erhalten und ist als unterbrochen markiert.</numerusform>
            <numerusform>Confab wurde beendet, während %n Antworten geschrieben wurden; das bereits Empfangene bleibt erhalten und ist als unterbrochen markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThinkingSection</name>
    <message>
        <source>Thinking… %1 s</source>
        <translation>Denkt nach … %1 s</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach …</translation>
    </message>
    <message>
        <source>Thought for %1 s</source>
        <translation>%1 s lang nachgedacht</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedankengang</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>waiting for your approval</source>
        <translation>wartet auf Ihre Zustimmung</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft …</translation>
    </message>
    <message>
        <source>done in %1 ms</source>
        <translation>fertig in %1 ms</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Allow this tool to run?</source>
        <translation>Ausführung dieses Tools zulassen?</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ToolInvocation</name>
    <message>
        <source>The tool %1 did not answer within %2 seconds.</source>
        <translation>Das Tool %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;.</source>
        <translation>Es gibt kein Tool namens „%1“.</translation>
    </message>
    <message>
        <source>The arguments of %1 are not a JSON object: %2</source>
        <translation>Die Argumente von %1 sind kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>Der Aufruf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>
[output truncated: %1 more characters]</source>
        <translation>
[Ausgabe gekürzt: %1 weitere Zeichen]</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>UsageFooter</name>
    <message>
        <source>~%1 tokens</source>
        <translation>~%1 Tokens</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>first token after %1 s</source>
        <translation>erstes Token nach %1 s</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>Starting to process query: %1...</source>
        <translation>Frage wird verarbeitet: %1 …</translation>
    </message>
    <message>
        <source>%1 node processing failed: %2</source>
        <translation>Verarbeitung im Knoten %1 fehlgeschlagen: %2</translation>
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
        <source>Confab is already running with this data folder; its window was brought to the front.
</source>
        <translation>Confab läuft bereits mit diesem Datenordner; sein Fenster wurde in den Vordergrund geholt.
</translation>
    </message>
</context>
</TS>
