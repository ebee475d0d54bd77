<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgentRun</name>
    <message>
        <source>The run was discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message generation was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppConfig</name>
    <message>
        <source>Confab could not save its settings to %1. Check that the folder can be written to and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab could not save its settings: %1 is not a valid settings file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <source>New assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 image; only PNG, JPEG, GIF and WebP can be sent to a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not a text file; Confab can attach text, Markdown, code and images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text to read (it may be scanned images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PDF file; this build of Confab cannot read PDF text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab&apos;s data is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1.</source>
        <translation>
            <numerusform>Imported %n conversation from %1.</numerusform>
            <numerusform>Imported %n conversations from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatCommand</name>
    <message>
        <source>confab chat: no provider is set up. Set one up in Confab&apos;s settings, or set OPENAI_BASE_URL (and OPENAI_API_KEY).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confab chat: interrupted; the partial answer is kept.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>The conversation history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply is still being written: wait for it or stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: ask anything below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>Confab is closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reply to a message can be regenerated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatTurn</name>
    <message>
        <source>The turn was discarded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChunkDecoder</name>
    <message>
        <source>A chunk of the stream is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chunk of the stream is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not a chat completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model requested more than %1 tool calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arguments of a tool call are longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text (no highlighting in this build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Confab: a native chat client for OpenAI-compatible language models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --version: also list Qt, QCoro and optional features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: the TCP port to listen on (default 8337).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: the address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: read the access token from &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: run the local server without a window; chat &lt;question&gt;: print one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat needs a question, for example: confab chat &quot;What is SSE?&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1 (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: allow listening on an address other computers can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port, --bind, --allow-remote and --token-file only apply to &apos;confab serve&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Confab… (Enter to send, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files (or drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextNode</name>
    <message>
        <source>Collecting context...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was shortened to its first %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n context items</source>
        <translation>
            <numerusform>Added %n context item</numerusform>
            <numerusform>Added %n context items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>A conversation needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation was deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <source>Options of this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from an assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the defaults again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Cannot create or write the data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultsSettings</name>
    <message>
        <source>Asking the provider…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutorNode</name>
    <message>
        <source>Generating reply...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n rounds of tool calls.</source>
        <translation>
            <numerusform>Stopped after %n round of tool calls.</numerusform>
            <numerusform>Stopped after %n rounds of tool calls.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntentNode</name>
    <message>
        <source>Analyzing your intent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not classify the question (%1); answering it directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTransfer</name>
    <message>
        <source>The file cannot be imported (%1: %2). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlmClient</name>
    <message>
        <source>The provider has no valid base URL (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has no valid base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model list is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlmError</name>
    <message>
        <source>The reply was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost before the reply was complete. The text received so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the server in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not start answering in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server stopped sending the reply (nothing new for %n seconds).</source>
        <translation>
            <numerusform>The server stopped sending the reply (nothing new for %n second).</numerusform>
            <numerusform>The server stopped sending the reply (nothing new for %n seconds).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server stopped sending the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply took longer than the time limit for one turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave up on the request because it took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error stopped the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address could not be found. Check the base URL and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. Check that it is running and that the base URL is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not accept the API key (HTTP status %1). Check the key in the provider settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider needs payment or more credits for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not know this model or address. Check the model name and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The provider is limiting requests. Try again in %n seconds.</source>
        <translation>
            <numerusform>The provider is limiting requests. Try again in %n second.</numerusform>
            <numerusform>The provider is limiting requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider is limiting requests. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has used up its quota or credits at this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for this model: shorten the conversation or the attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had a problem on its side (HTTP status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider reported an error while answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something that is not a valid reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlmStream</name>
    <message>
        <source>No network access manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network access manager was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream ended before the provider marked the reply as complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the stream without sending a reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>Confab is closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 would let other computers reach Confab; turn on &quot;allow remote access&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server listens on %1: other computers that can reach it and have the token can use Confab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Confab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Confab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>Untitled conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MathBlock</name>
    <message>
        <source>TeX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpClient</name>
    <message>
        <source>The server did not complete the MCP handshake: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server speaks MCP version “%1”; Confab speaks %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 %2 (MCP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not list its tools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tool list again failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out a tool without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped reading the tool list after %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) available.</source>
        <translation>
            <numerusform>%n tool available.</numerusform>
            <numerusform>%n tools available.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s tools changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored an answer to no pending request (id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has neither a result nor an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Last lines of its log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is being stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpConnection</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running, no tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running, %n tool(s)</source>
        <translation>
            <numerusform>Running, %n tool</numerusform>
            <numerusform>Running, %n tools</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by Confab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpHttpTransport</name>
    <message>
        <source>Connecting to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s event stream broke: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no event stream (HTTP %1); changes to its tools are seen on the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the session (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped listening to the server&apos;s event stream after repeated failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended its event stream without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not a JSON-RPC response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpImport</name>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &quot;mcpServers&quot; object was found in this JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left out, its entry is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left out, it uses the old HTTP+SSE transport, which Confab does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server without a name was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left out. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: renamed to %2, that name is taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpImportDialog</name>
    <message numerus="yes">
        <source>%n server(s) added.</source>
        <translation>
            <numerusform>%n server added.</numerusform>
            <numerusform>%n servers added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the contents of claude_desktop_config.json, or any JSON with an &quot;mcpServers&quot; object. Imported servers ask before each call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpLogDialog</name>
    <message>
        <source>Log of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpManager</name>
    <message>
        <source>The server needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a server named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted by the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpRequest</name>
    <message>
        <source>The server did not answer %1 within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServerCard</name>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>The server needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs a command to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServerDialog</name>
    <message>
        <source>Add an MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a program (stdio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At an address (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments
(one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment
(NAME=value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers
(Name: value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServerLog</name>
    <message numerus="yes">
        <source>[%n earlier line(s) dropped]</source>
        <translation>
            <numerusform>[%n earlier line dropped]</numerusform>
            <numerusform>[%n earlier lines dropped]</numerusform>
        </translation>
    </message>
    <message>
        <source> […%1 more characters]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServerModel</name>
    <message>
        <source>%1 %2, MCP %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpSettingsPage</name>
    <message>
        <source>MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools of Model Context Protocol servers become tools of the assistant. A server runs as a program on this computer (stdio) or is reached at an address (HTTP). Calls of a server that asks before each call wait for your Allow or Deny in the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one, or import the &quot;mcpServers&quot; settings of another app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tools are no longer offered to the assistant, and its program is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpStdioTransport</name>
    <message>
        <source>The server did not exit after its input was closed; terminating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ignored the request to terminate; killing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 (process %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command “%1” was not found in PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wrote a line longer than %1 MiB without a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server process crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server process exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpTool</name>
    <message>
        <source>%1 (tool “%2” of the MCP server “%3”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>The MCP server “%1” has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1” asks the user before each call, and there is nobody to ask here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user denied this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody allowed this call in time; it was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was withdrawn before the user allowed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1” is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1” is not running: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1” refused the call: %2 (JSON-RPC error %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meanwhile it printed output that is not MCP (see its log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1” failed during the call: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1” gave an answer Confab cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to the MCP server “%1” was cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpToolResult</name>
    <message>
        <source>[The tool returned an image (%1, %2), which cannot be passed on as text.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[The tool returned audio (%1, %2), which cannot be passed on as text.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Resource link: %1 &lt;%2&gt;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Content of type “%1” left out.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool reported an error without details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Resource %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[The tool returned the binary resource %1 (%2, %3), which cannot be passed on as text.]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpTransport</name>
    <message>
        <source>Ignored output that is not an MCP message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this reply was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Welcome to Confab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a model to start chatting. Confab talks to any OpenAI-compatible provider, in the cloud or on this computer; your conversations stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Ollama, LM Studio and llama.cpp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local server answered on its usual port (Ollama 11434, LM Studio 1234, llama.cpp 8080). Start one and look again, or pick a provider below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use %1 at %2 — %n model(s)</source>
        <translation>
            <numerusform>Use %1 at %2 — %n model</numerusform>
            <numerusform>Use %1 at %2 — %n models</numerusform>
        </translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and start chatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or use another Confab (or a MineContext server) as the backend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterFields</name>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: no limit of Confab&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On, where the provider can switch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off, where the provider can switch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent may use tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Enter the provider&apos;s address, such as https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address. It must start with http:// or https:// and name a host, such as http://127.0.0.1:11434/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#”: give the base URL only, such as https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): the key would cross the network readable by others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider needs an API key. Paste the key you created on its website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks. Copy it again, without anything around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is too short to be an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasoning switches must be JSON objects, such as {&quot;reasoning_effort&quot;: &quot;none&quot;}, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model. “Test connection” lists the ones this provider offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a header: write one “Name: value” per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of header “%1” has characters a header cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n model(s).</source>
        <translation>
            <numerusform>Found %n model.</numerusform>
            <numerusform>Found %n models.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the provider lists no models. Type the model&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available.</source>
        <translation>
            <numerusform>Connected: %n model available.</numerusform>
            <numerusform>Connected: %n models available.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confab&apos;s settings are not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the key was not stored: it works until Confab closes. Start a keychain service (GNOME Keyring, KWallet), or keep keys in a file readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored and works until Confab closes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys will be kept in %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this provider is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;. It is kept in your system keychain, never in Confab&apos;s settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: headers and reasoning switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers (one “Name: value” per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request fields that turn reasoning on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep keys in a file readable only by me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPreset</name>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderProfile</name>
    <message>
        <source>From the environment (OPENAI_BASE_URL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadFileTool</name>
    <message>
        <source>The argument &quot;path&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the folders you allowed Confab to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Folder %1 (%n entries):
</source>
        <translation>
            <numerusform>Folder %1 (%n entry):
</numerusform>
            <numerusform>Folder %1 (%n entries):
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot seek to byte %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a binary file, not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
[%1 more bytes: call again with offset %2]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionNode</name>
    <message>
        <source>Reviewing the answer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteChatClient</name>
    <message>
        <source>The address must be an http:// or https:// URL with a host, such as http://127.0.0.1:1733.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server did not answer within 10 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server refused the token (HTTP %1). Check the token in the remote backend settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server has no chat API at this address (HTTP 404). Check the address: it should be the server&apos;s root, such as http://127.0.0.1:1733.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server is busy (HTTP 429). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteChatStream</name>
    <message numerus="yes">
        <source>The remote server sent nothing for %n seconds.</source>
        <translation>
            <numerusform>The remote server sent nothing for %n second.</numerusform>
            <numerusform>The remote server sent nothing for %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server did not answer with an event stream (it sent “%1”). Check the address: it should be the server&apos;s root, such as http://127.0.0.1:1733.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server sent an event that is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server sent something that is not an event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server sent an event that cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server closed the stream before the reply was complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteForm</name>
    <message>
        <source>Your messages go to that server&apos;s chat API (/api/agent/chat/stream), which answers with its own model and tools. The conversations are still kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token (if the server asks for one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the embedded agent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteSettings</name>
    <message>
        <source>Enter the server&apos;s address, such as http://127.0.0.1:1733.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address. It must start with http:// or https:// and name a host, such as http://127.0.0.1:1733.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered and accepted the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteWorkflowNode</name>
    <message>
        <source>The remote backend is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server stopped the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server could not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server ended the reply early.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyError</name>
    <message>
        <source>The reply failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHistoryTool</name>
    <message>
        <source>The argument &quot;query&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (no Secret Service or KWallet answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a keychain service, set OPENAI_API_KEY, or allow Confab to keep keys in a file readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n seconds</source>
        <translation>
            <numerusform>the keychain did not answer within %n second</numerusform>
            <numerusform>the keychain did not answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>No key is stored for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: no provider is set up, so every chat will fail. Set one up in Confab&apos;s settings, or set OPENAI_BASE_URL (and OPENAI_API_KEY).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab is serving on %1; the access token is in %2. Stop with Ctrl+C.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: running answers are kept as cancelled.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confab serve: %1 can be reached from other computers; add --allow-remote to listen on it.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Not an IP address to listen on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSettingsForm</name>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights; choose 1024 or above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1 (this computer only) or ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter IP addresses, such as 127.0.0.1 (this computer only) or ::1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other computers could reach %1: turn on “Allow other computers” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“*” would let every web page use the server; list the origins one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an origin. Write the scheme, host and port only, such as http://localhost:5173.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host name. Write names such as my-laptop.local, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerToken</name>
    <message>
        <source>Cannot read the server token from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server token in %1 must be one line of at least 16 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the server token to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server token %1 is a symbolic link; Confab uses only a token file of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server token %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server token %1 belongs to another user; Confab uses only a token file of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users can read the server token %1, so it may be known to them. Make the file private (chmod 600) or create a new token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsAppearance</name>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsAssistants</name>
    <message>
        <source>Assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assistant is a reusable system prompt with its model and parameters. Apply one to a conversation from its options (the “⋯” button).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model (empty: the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsData</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1
Settings: %2
Start Confab with --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDefaults</name>
    <message>
        <source>Models and defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the provider&apos;s model (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions the model gets at the start of every conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the model title new conversations after the first answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsLanguage</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFAB_LANGUAGE chose the language at start; a choice here lasts until Confab closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and numbers follow: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models and defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsProviders</name>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider in use answers every conversation that does not choose its own model. Keys are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for local servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsRemote</name>
    <message>
        <source>Remote backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: answers come from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in use: the embedded agent answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsServer</name>
    <message>
        <source>Local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets other programs chat through Confab: MineContext&apos;s chat API and an OpenAI-compatible /v1. Off by default; it answers only requests that carry its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses to listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow other computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other computers can reach the server at this address. Anyone who has the token can use your models and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages allowed to call the server (origins, one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other host names for this computer (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow pages opened from files (Origin: null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For packaged Electron frontends. Any page opened from a file on this computer can then call the server, as long as it has the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsShortcuts</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (again: back to the chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In search: go to the results, open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search; leave the settings; cancel a rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model, prompt and parameters of this conversation (Ctrl+Shift+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archived conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n message found</numerusform>
            <numerusform>%n messages found</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SseDecoder</name>
    <message>
        <source>A line of the event stream is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event of the stream carries more than %1 bytes of data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The history database is damaged and could not be moved aside. Confab stopped saving to it; what is on screen stays, but nothing more is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database is damaged. Confab stopped saving to it and moved it aside; what is on screen stays, but nothing more is saved. Restart Confab to start with an empty history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The data folder cannot be created or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database is in use by another running copy of Confab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file is not a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database was written by a newer version of Confab. Please update Confab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database cannot be written (it is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the history cannot be saved. Nothing shown is lost; free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database could not be read or written (input/output error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation or message does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request cannot be carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageOpenReport</name>
    <message>
        <source>%1 The old file was kept as %2. Confab started with an empty history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Confab was closed while writing %n reply(s); what was received is kept and marked as interrupted.</source>
        <translation>
            <numerusform>Confab was closed while writing %n reply; what was received is kept and marked as interrupted.</numerusform>
            <numerusform>Confab was closed while writing %n replies; what was received is kept and marked as interrupted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThinkingSection</name>
    <message>
        <source>Thinking… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow this tool to run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolInvocation</name>
    <message>
        <source>The tool %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arguments of %1 are not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
[output truncated: %1 more characters]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageFooter</name>
    <message>
        <source>~%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>Starting to process query: %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 node processing failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not save a screenshot to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab is already running with this data folder; its window was brought to the front.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
