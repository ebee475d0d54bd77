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
    <name>DataLocation</name>
    <message>
        <source>Cannot create or write the data folder %1</source>
        <translation>Der Datenordner %1 kann nicht angelegt oder beschrieben werden</translation>
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
</context>
<context>
    <name>MathBlock</name>
    <message>
        <source>TeX</source>
        <translation>TeX</translation>
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
    <name>SearchHistoryTool</name>
    <message>
        <source>The argument &quot;query&quot; is missing.</source>
        <translation>Das Argument „query“ fehlt.</translation>
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
        <source>This command is not available yet.
</source>
        <translation>Dieser Befehl ist noch nicht verfügbar.
</translation>
    </message>
</context>
</TS>
