<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AgentRun</name>
    <message>
        <source>The run was discarded</source>
        <translation>Se descartó la ejecución</translation>
    </message>
    <message>
        <source>Message generation was interrupted</source>
        <translation>Se interrumpió la generación del mensaje</translation>
    </message>
</context>
<context>
    <name>AttachmentReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is a %2 image; only PNG, JPEG, GIF and WebP can be sent to a model.</source>
        <translation>%1 es una imagen %2; solo se pueden enviar a un modelo imágenes PNG, JPEG, GIF y WebP.</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 supera los 20 MB.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a text file; Confab can attach text, Markdown, code and images.</source>
        <translation>%1 (%2) no es un archivo de texto; Confab puede adjuntar texto, Markdown, código e imágenes.</translation>
    </message>
    <message>
        <source>%1 is protected by a password.</source>
        <translation>%1 está protegido con contraseña.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation>%1 no es un archivo PDF legible.</translation>
    </message>
    <message>
        <source>%1 has no text to read (it may be scanned images).</source>
        <translation>%1 no contiene texto legible (puede que sean imágenes escaneadas).</translation>
    </message>
    <message>
        <source>%1 is a PDF file; this build of Confab cannot read PDF text.</source>
        <translation>%1 es un archivo PDF; esta versión de Confab no puede leer el texto de los PDF.</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Empieza una conversación</translation>
    </message>
    <message>
        <source>%1 %2: ask anything below.</source>
        <translation>%1 %2: pregunta lo que quieras abajo.</translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>Confab is closing</source>
        <translation>Confab se está cerrando</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>Only a reply to a message can be regenerated.</source>
        <translation>Solo se puede regenerar una respuesta a un mensaje.</translation>
    </message>
    <message>
        <source>Regenerated</source>
        <translation>Respuesta regenerada</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Solo puedes editar tus propios mensajes.</translation>
    </message>
</context>
<context>
    <name>ChatTurn</name>
    <message>
        <source>The turn was discarded</source>
        <translation>Se descartó el turno</translation>
    </message>
</context>
<context>
    <name>ChunkDecoder</name>
    <message>
        <source>A chunk of the stream is not valid JSON (%1)</source>
        <translation>Un fragmento del flujo no es JSON válido (%1)</translation>
    </message>
    <message>
        <source>A chunk of the stream is not a JSON object</source>
        <translation>Un fragmento del flujo no es un objeto JSON</translation>
    </message>
    <message>
        <source>The response is not a chat completion</source>
        <translation>La respuesta no es una finalización de chat</translation>
    </message>
    <message>
        <source>The model requested more than %1 tool calls</source>
        <translation>El modelo solicitó más de %1 llamadas a herramientas</translation>
    </message>
    <message>
        <source>The arguments of a tool call are longer than %1 characters</source>
        <translation>Los argumentos de una llamada a herramienta superan los %1 caracteres</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <source>plain text (no highlighting in this build)</source>
        <translation>texto sin formato (esta versión no resalta la sintaxis)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Confab: a native chat client for OpenAI-compatible language models.</source>
        <translation>Confab: un cliente de chat nativo para modelos de lenguaje compatibles con OpenAI.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>With --version: also list Qt, QCoro and optional features.</source>
        <translation>Con --version: mostrar también Qt, QCoro y las funciones opcionales.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>Guardar la base de datos y la configuración en &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Guardar una imagen de la ventana en &lt;archivo&gt; en cuanto se muestre y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>serve: the TCP port to listen on (default 8337).</source>
        <translation>serve: el puerto TCP en el que escuchar (por defecto, 8337).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>serve: the address to listen on (default 127.0.0.1).</source>
        <translation>serve: la dirección en la que escuchar (por defecto, 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>serve: read the access token from &lt;file&gt;.</source>
        <translation>serve: leer el token de acceso de &lt;archivo&gt;.</translation>
    </message>
    <message>
        <source>serve: run the local server without a window; chat &lt;question&gt;: print one answer.</source>
        <translation>serve: ejecutar el servidor local sin ventana; chat &lt;pregunta&gt;: mostrar una respuesta.</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>Puerto no válido: %1</translation>
    </message>
    <message>
        <source>chat needs a question, for example: confab chat &quot;What is SSE?&quot;</source>
        <translation>chat necesita una pregunta, por ejemplo: confab chat &quot;¿Qué es SSE?&quot;</translation>
    </message>
    <message>
        <source>Unknown command: %1 (try --help)</source>
        <translation>Comando desconocido: %1 (prueba --help)</translation>
    </message>
    <message>
        <source>--port, --bind and --token-file only apply to &apos;confab serve&apos;.</source>
        <translation>--port, --bind y --token-file solo se aplican a «confab serve».</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Confab… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Escribe a Confab… (Intro para enviar, Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>ContextNode</name>
    <message>
        <source>Collecting context...</source>
        <translation>Recopilando el contexto…</translation>
    </message>
    <message>
        <source>Selected text</source>
        <translation>Texto seleccionado</translation>
    </message>
    <message>
        <source>Document %1 not found</source>
        <translation>No se encontró el documento %1</translation>
    </message>
    <message>
        <source>%1 was shortened to its first %2 characters</source>
        <translation>%1 se recortó a sus primeros %2 caracteres</translation>
    </message>
    <message numerus="yes">
        <source>Added %n context items</source>
        <translation>
            <numerusform>Se añadió %n elemento de contexto</numerusform>
            <numerusform>Se añadieron %n elementos de contexto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Cannot create or write the data folder %1</source>
        <translation>No se puede crear la carpeta de datos %1 ni escribir en ella</translation>
    </message>
</context>
<context>
    <name>ExecutorNode</name>
    <message>
        <source>Generating reply...</source>
        <translation>Generando la respuesta…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n rounds of tool calls.</source>
        <translation>
            <numerusform>Detenido tras %n ronda de llamadas a herramientas.</numerusform>
            <numerusform>Detenido tras %n rondas de llamadas a herramientas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply generated</source>
        <translation>Respuesta generada</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>Llamando a %1</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 respondió</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
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
    <name>IntentNode</name>
    <message>
        <source>Analyzing your intent...</source>
        <translation>Analizando tu intención…</translation>
    </message>
    <message>
        <source>Could not classify the question (%1); answering it directly</source>
        <translation>No se pudo clasificar la pregunta (%1); se responderá directamente</translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation>Intención: %1</translation>
    </message>
</context>
<context>
    <name>JsonTransfer</name>
    <message>
        <source>The file cannot be imported (%1: %2). Nothing was imported.</source>
        <translation>No se puede importar el archivo (%1: %2). No se importó nada.</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>LlmClient</name>
    <message>
        <source>The provider has no valid base URL (“%1”).</source>
        <translation>El proveedor no tiene una URL base válida («%1»).</translation>
    </message>
    <message>
        <source>The provider has no valid base URL.</source>
        <translation>El proveedor no tiene una URL base válida.</translation>
    </message>
    <message>
        <source>The model list is not a JSON object</source>
        <translation>La lista de modelos no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>LlmError</name>
    <message>
        <source>The reply was stopped.</source>
        <translation>Se detuvo la respuesta.</translation>
    </message>
    <message>
        <source>The connection was lost before the reply was complete. The text received so far is kept.</source>
        <translation>Se perdió la conexión antes de completar la respuesta. Se conserva el texto recibido hasta ahora.</translation>
    </message>
    <message>
        <source>Could not connect to the server in time.</source>
        <translation>No se pudo conectar con el servidor a tiempo.</translation>
    </message>
    <message>
        <source>The server did not start answering in time.</source>
        <translation>El servidor no empezó a responder a tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>The server stopped sending the reply (nothing new for %n seconds).</source>
        <translation>
            <numerusform>El servidor dejó de enviar la respuesta (nada nuevo en %n segundo).</numerusform>
            <numerusform>El servidor dejó de enviar la respuesta (nada nuevo en %n segundos).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server stopped sending the reply.</source>
        <translation>El servidor dejó de enviar la respuesta.</translation>
    </message>
    <message>
        <source>The reply took longer than the time limit for one turn.</source>
        <translation>La respuesta superó el tiempo máximo de un turno.</translation>
    </message>
    <message>
        <source>The server gave up on the request because it took too long.</source>
        <translation>El servidor abandonó la solicitud porque tardaba demasiado.</translation>
    </message>
    <message>
        <source>A network error stopped the request.</source>
        <translation>Un error de red interrumpió la solicitud.</translation>
    </message>
    <message>
        <source>The server address could not be found. Check the base URL and the network connection.</source>
        <translation>No se encontró la dirección del servidor. Comprueba la URL base y la conexión de red.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check that it is running and that the base URL is right.</source>
        <translation>El servidor rechazó la conexión. Comprueba que esté en marcha y que la URL base sea correcta.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>Falló la conexión segura con el servidor.</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP status %1).</source>
        <translation>El servidor rechazó la solicitud (estado HTTP %1).</translation>
    </message>
    <message>
        <source>The provider did not accept the API key (HTTP status %1). Check the key in the provider settings.</source>
        <translation>El proveedor no aceptó la clave de API (estado HTTP %1). Comprueba la clave en la configuración del proveedor.</translation>
    </message>
    <message>
        <source>The provider needs payment or more credits for this request.</source>
        <translation>El proveedor requiere un pago o más créditos para esta solicitud.</translation>
    </message>
    <message>
        <source>The provider does not know this model or address. Check the model name and the base URL.</source>
        <translation>El proveedor no reconoce este modelo o esta dirección. Comprueba el nombre del modelo y la URL base.</translation>
    </message>
    <message numerus="yes">
        <source>The provider is limiting requests. Try again in %n seconds.</source>
        <translation>
            <numerusform>El proveedor está limitando las solicitudes. Vuelve a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>El proveedor está limitando las solicitudes. Vuelve a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider is limiting requests. Try again in a moment.</source>
        <translation>El proveedor está limitando las solicitudes. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The account has used up its quota or credits at this provider.</source>
        <translation>La cuenta ha agotado su cuota o sus créditos en este proveedor.</translation>
    </message>
    <message>
        <source>The request is too large for this model: shorten the conversation or the attachments.</source>
        <translation>La solicitud es demasiado grande para este modelo: acorta la conversación o los archivos adjuntos.</translation>
    </message>
    <message>
        <source>The provider had a problem on its side (HTTP status %1).</source>
        <translation>El proveedor tuvo un problema por su parte (estado HTTP %1).</translation>
    </message>
    <message>
        <source>The provider reported an error while answering.</source>
        <translation>El proveedor informó de un error mientras respondía.</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid reply.</source>
        <translation>El servidor envió algo que no es una respuesta válida.</translation>
    </message>
    <message>
        <source>The provider said: “%1”</source>
        <translation>El proveedor dijo: «%1»</translation>
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
        <translation>No hay ningún gestor de acceso a la red.</translation>
    </message>
    <message>
        <source>The network access manager was deleted.</source>
        <translation>Se eliminó el gestor de acceso a la red.</translation>
    </message>
    <message>
        <source>The request was deleted.</source>
        <translation>Se eliminó la solicitud.</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes</source>
        <translation>La respuesta del servidor supera los %1 bytes</translation>
    </message>
    <message>
        <source>The stream ended before the provider marked the reply as complete.</source>
        <translation>El flujo terminó antes de que el proveedor marcara la respuesta como completa.</translation>
    </message>
    <message>
        <source>The server ended the stream without sending a reply</source>
        <translation>El servidor cerró el flujo sin enviar una respuesta</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
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
        <translation>Conversación sin título</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Proveedor: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creada: %1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Tool calls:</source>
        <translation>Llamadas a herramientas:</translation>
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
        <translation>Desde el entorno (OPENAI_BASE_URL)</translation>
    </message>
</context>
<context>
    <name>ReadFileTool</name>
    <message>
        <source>The argument &quot;path&quot; is missing.</source>
        <translation>Falta el argumento «path».</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is outside the folders you allowed Confab to read.</source>
        <translation>%1 está fuera de las carpetas que permitiste leer a Confab.</translation>
    </message>
    <message numerus="yes">
        <source>Folder %1 (%n entries):
</source>
        <translation>
            <numerusform>Carpeta %1 (%n entrada):
</numerusform>
            <numerusform>Carpeta %1 (%n entradas):
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot seek to byte %1 of %2.</source>
        <translation>No se puede saltar al byte %1 de %2.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not text.</source>
        <translation>%1 es un archivo binario, no de texto.</translation>
    </message>
    <message>
        <source>
[%1 more bytes: call again with offset %2]</source>
        <translation>
[%1 bytes más: vuelve a llamar con offset %2]</translation>
    </message>
</context>
<context>
    <name>ReflectionNode</name>
    <message>
        <source>Reviewing the answer...</source>
        <translation>Revisando la respuesta…</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
</context>
<context>
    <name>SearchHistoryTool</name>
    <message>
        <source>The argument &quot;query&quot; is missing.</source>
        <translation>Falta el argumento «query».</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (no Secret Service or KWallet answered).</source>
        <translation>No hay ningún llavero del sistema disponible (no respondió ni Secret Service ni KWallet).</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Start a keychain service, set OPENAI_API_KEY, or allow Confab to keep keys in a file readable only by you.</source>
        <translation>Inicia un servicio de llavero, define OPENAI_API_KEY o permite que Confab guarde las claves en un archivo que solo tú puedas leer.</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n seconds</source>
        <translation>
            <numerusform>el llavero no respondió en %n segundo</numerusform>
            <numerusform>el llavero no respondió en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>No key is stored for “%1”.</source>
        <translation>No hay ninguna clave guardada para «%1».</translation>
    </message>
    <message>
        <source>The keychain refused the operation: %1</source>
        <translation>El llavero rechazó la operación: %1</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>No se puede leer el archivo de claves %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged; it was left as it is.</source>
        <translation>El archivo de claves %1 está dañado; se ha dejado tal cual.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>No se puede escribir el archivo de claves %1: %2</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aún no hay conversaciones</translation>
    </message>
</context>
<context>
    <name>SseDecoder</name>
    <message>
        <source>A line of the event stream is longer than %1 bytes.</source>
        <translation>Una línea del flujo de eventos supera los %1 bytes.</translation>
    </message>
    <message>
        <source>An event of the stream carries more than %1 bytes of data.</source>
        <translation>Un evento del flujo contiene más de %1 bytes de datos.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The data folder cannot be created or written.</source>
        <translation>No se puede crear la carpeta de datos ni escribir en ella.</translation>
    </message>
    <message>
        <source>The history database is in use by another running copy of Confab.</source>
        <translation>Otra instancia de Confab en ejecución está usando la base de datos del historial.</translation>
    </message>
    <message>
        <source>The history file is not a database.</source>
        <translation>El archivo del historial no es una base de datos.</translation>
    </message>
    <message>
        <source>The history database is damaged.</source>
        <translation>La base de datos del historial está dañada.</translation>
    </message>
    <message>
        <source>The history database was written by a newer version of Confab. Please update Confab.</source>
        <translation>La base de datos del historial la escribió una versión más reciente de Confab. Actualiza Confab.</translation>
    </message>
    <message>
        <source>The history database cannot be written (it is read-only).</source>
        <translation>No se puede escribir en la base de datos del historial (es de solo lectura).</translation>
    </message>
    <message>
        <source>The disk is full: the history cannot be saved. Nothing shown is lost; free some space.</source>
        <translation>El disco está lleno: no se puede guardar el historial. No se pierde nada de lo que se muestra; libera algo de espacio.</translation>
    </message>
    <message>
        <source>The history database is busy.</source>
        <translation>La base de datos del historial está ocupada.</translation>
    </message>
    <message>
        <source>The history database could not be read or written (input/output error).</source>
        <translation>No se pudo leer ni escribir la base de datos del historial (error de entrada/salida).</translation>
    </message>
    <message>
        <source>The conversation or message does not exist.</source>
        <translation>La conversación o el mensaje no existe.</translation>
    </message>
    <message>
        <source>The request cannot be carried out.</source>
        <translation>No se puede llevar a cabo la solicitud.</translation>
    </message>
    <message>
        <source>The file cannot be imported: nothing was imported.</source>
        <translation>No se puede importar el archivo: no se importó nada.</translation>
    </message>
    <message>
        <source>The history database is closed.</source>
        <translation>La base de datos del historial está cerrada.</translation>
    </message>
    <message>
        <source>The history database reported an error.</source>
        <translation>La base de datos del historial informó de un error.</translation>
    </message>
</context>
<context>
    <name>StorageOpenReport</name>
    <message>
        <source>%1 The old file was kept as %2. Confab started with an empty history.</source>
        <translation>%1 El archivo antiguo se conservó como %2. Confab se inició con un historial vacío.</translation>
    </message>
    <message numerus="yes">
        <source>Confab was closed while writing %n reply(s); what was received is kept and marked as interrupted.</source>
        <translation>
            <numerusform>Confab se cerró mientras escribía %n respuesta; se conserva lo recibido y queda marcada como interrumpida.</numerusform>
            <numerusform>Confab se cerró mientras escribía %n respuestas; se conserva lo recibido y quedan marcadas como interrumpidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolInvocation</name>
    <message>
        <source>The tool %1 did not answer within %2 seconds.</source>
        <translation>La herramienta %1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;.</source>
        <translation>No hay ninguna herramienta llamada «%1».</translation>
    </message>
    <message>
        <source>The arguments of %1 are not a JSON object: %2</source>
        <translation>Los argumentos de %1 no son un objeto JSON: %2</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>Se canceló la llamada.</translation>
    </message>
    <message>
        <source>
[output truncated: %1 more characters]</source>
        <translation>
[salida truncada: %1 caracteres más]</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>Starting to process query: %1...</source>
        <translation>Empezando a procesar la consulta: %1…</translation>
    </message>
    <message>
        <source>%1 node processing failed: %2</source>
        <translation>Falló el procesamiento del nodo %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not save a screenshot to %1
</source>
        <translation>No se pudo guardar la captura de pantalla en %1
</translation>
    </message>
    <message>
        <source>This command is not available yet.
</source>
        <translation>Este comando aún no está disponible.
</translation>
    </message>
</context>
</TS>
