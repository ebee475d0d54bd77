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
    <name>AppConfig</name>
    <message>
        <source>Confab could not save its settings to %1. Check that the folder can be written to and that the disk is not full.</source>
        <translation>Confab no pudo guardar su configuración en %1. Compruebe que se puede escribir en la carpeta y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>Confab could not save its settings: %1 is not a valid settings file.</source>
        <translation>Confab no pudo guardar su configuración: %1 no es un archivo de configuración válido.</translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <source>New assistant</source>
        <translation>Nuevo asistente</translation>
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
    <name>Backend</name>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Confab&apos;s data is not open.</source>
        <translation>Los datos de Confab no están abiertos.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elige un archivo al que exportar.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>No se importó nada de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n conversación de %1.</numerusform>
            <numerusform>Se importaron %n conversaciones de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ChatCommand</name>
    <message>
        <source>confab chat: no provider is set up. Set one up in Confab&apos;s settings, or set OPENAI_BASE_URL (and OPENAI_API_KEY).
</source>
        <translation>confab chat: no hay ningún proveedor configurado. Añade uno en la configuración de Confab o define OPENAI_BASE_URL (y OPENAI_API_KEY).
</translation>
    </message>
    <message>
        <source>confab chat: interrupted; the partial answer is kept.
</source>
        <translation>confab chat: interrumpido; se conserva la respuesta parcial.
</translation>
    </message>
    <message>
        <source>the answer failed.</source>
        <translation>falló la respuesta.</translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation>Detenida por el usuario</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>The conversation history is not open.</source>
        <translation>El historial de conversaciones no está abierto.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>A reply is still being written: wait for it or stop it first.</source>
        <translation>Todavía se está escribiendo una respuesta: espera a que termine o detenla primero.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation>Detenida por el usuario</translation>
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
    <message>
        <source>Jump to the newest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
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
        <source>serve: allow listening on an address other computers can reach.</source>
        <translation>serve: permitir escuchar en una dirección que otros ordenadores pueden alcanzar.</translation>
    </message>
    <message>
        <source>--port, --bind, --allow-remote and --token-file only apply to &apos;confab serve&apos;.</source>
        <translation>--port, --bind, --allow-remote y --token-file solo se aplican a &apos;confab serve&apos;.</translation>
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
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attach files (or drop them here)</source>
        <translation>Adjuntar archivos (o suéltalos aquí)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
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
    <name>ConversationDelegate</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Respondiendo…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Dejar de fijar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Chat options…</source>
        <translation>Opciones del chat…</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>A conversation needs a title.</source>
        <translation>Una conversación necesita un título.</translation>
    </message>
    <message>
        <source>The conversation was deleted</source>
        <translation>Se eliminó la conversación</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <source>Options of this conversation</source>
        <translation>Opciones de esta conversación</translation>
    </message>
    <message>
        <source>Start from an assistant</source>
        <translation>Partir de un asistente</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminado: %1</translation>
    </message>
    <message>
        <source>The default model</source>
        <translation>El modelo predeterminado</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Use the defaults again</source>
        <translation>Volver a usar los valores predeterminados</translation>
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
    <name>DefaultsSettings</name>
    <message>
        <source>Asking the provider…</source>
        <translation>Consultando al proveedor…</translation>
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
    <name>HttpTransport</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
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
    <name>LocalServer</name>
    <message>
        <source>Confab is closing</source>
        <translation>Confab se está cerrando</translation>
    </message>
    <message>
        <source>The server settings changed</source>
        <translation>Cambió la configuración del servidor</translation>
    </message>
    <message>
        <source>Listening on %1 would let other computers reach Confab; turn on &quot;allow remote access&quot; first.</source>
        <translation>Escuchar en %1 permitiría que otros equipos accedieran a Confab; activa primero «permitir acceso remoto».</translation>
    </message>
    <message>
        <source>The server listens on %1: other computers that can reach it and have the token can use Confab.</source>
        <translation>El servidor escucha en %1: otros equipos que puedan acceder a él y tengan el token pueden usar Confab.</translation>
    </message>
    <message>
        <source>The server stopped</source>
        <translation>El servidor se detuvo</translation>
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
    <message>
        <source>%1 — Confab</source>
        <translation>%1 — Confab</translation>
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
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Resultado de la herramienta</translation>
    </message>
    <message>
        <source>Tool result (%1)</source>
        <translation>Resultado de la herramienta (%1)</translation>
    </message>
    <message>
        <source>still being written</source>
        <translation>aún se está escribiendo</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
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
        <translation>El servidor no completó la negociación MCP: %1</translation>
    </message>
    <message>
        <source>The server speaks MCP version “%1”; Confab speaks %2.</source>
        <translation>El servidor usa la versión «%1» de MCP; Confab usa la %2.</translation>
    </message>
    <message>
        <source>Connected to %1 %2 (MCP %3).</source>
        <translation>Conectado a %1 %2 (MCP %3).</translation>
    </message>
    <message>
        <source>The server offers no tools.</source>
        <translation>El servidor no ofrece ninguna herramienta.</translation>
    </message>
    <message>
        <source>The server did not list its tools: %1</source>
        <translation>El servidor no enumeró sus herramientas: %1</translation>
    </message>
    <message>
        <source>Reading the tool list again failed: %1</source>
        <translation>Falló la nueva lectura de la lista de herramientas: %1</translation>
    </message>
    <message>
        <source>Left out a tool without a name.</source>
        <translation>Se omitió una herramienta sin nombre.</translation>
    </message>
    <message>
        <source>Stopped reading the tool list after %1 pages.</source>
        <translation>Se dejó de leer la lista de herramientas tras %1 páginas.</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) available.</source>
        <translation>
            <numerusform>%n herramienta disponible.</numerusform>
            <numerusform>%n herramientas disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>El servidor no está en ejecución.</translation>
    </message>
    <message>
        <source>The server is not running: %1</source>
        <translation>El servidor no está en ejecución: %1</translation>
    </message>
    <message>
        <source>The server&apos;s tools changed.</source>
        <translation>Cambiaron las herramientas del servidor.</translation>
    </message>
    <message>
        <source>Ignored an answer to no pending request (id %1).</source>
        <translation>Se ignoró una respuesta que no corresponde a ninguna solicitud pendiente (id %1).</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>El servidor informó de un error: %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has neither a result nor an error.</source>
        <translation>La respuesta del servidor no contiene ni un resultado ni un error.</translation>
    </message>
    <message>
        <source>%1 Last lines of its log: %2</source>
        <translation>%1 Últimas líneas de su registro: %2</translation>
    </message>
    <message>
        <source>The server is being stopped.</source>
        <translation>Se está deteniendo el servidor.</translation>
    </message>
    <message>
        <source>The server was stopped.</source>
        <translation>Se detuvo el servidor.</translation>
    </message>
</context>
<context>
    <name>McpConnection</name>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Running, no tools</source>
        <translation>En ejecución, sin herramientas</translation>
    </message>
    <message numerus="yes">
        <source>Running, %n tool(s)</source>
        <translation>
            <numerusform>En ejecución, %n herramienta</numerusform>
            <numerusform>En ejecución, %n herramientas</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>The MCP server “%1” failed: %2</source>
        <translation>Falló el servidor MCP «%1»: %2</translation>
    </message>
    <message>
        <source>Stopped by Confab.</source>
        <translation>Detenido por Confab.</translation>
    </message>
</context>
<context>
    <name>McpHttpTransport</name>
    <message>
        <source>Connecting to %1.</source>
        <translation>Conectando con %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB.</source>
        <translation>La respuesta del servidor supera los %1 MiB.</translation>
    </message>
    <message>
        <source>The server&apos;s event stream broke: %1</source>
        <translation>Se interrumpió el flujo de eventos del servidor: %1</translation>
    </message>
    <message>
        <source>The server offers no event stream (HTTP %1); changes to its tools are seen on the next start.</source>
        <translation>El servidor no ofrece un flujo de eventos (HTTP %1); los cambios en sus herramientas se verán en el próximo inicio.</translation>
    </message>
    <message>
        <source>The server ended the session (HTTP 404).</source>
        <translation>El servidor cerró la sesión (HTTP 404).</translation>
    </message>
    <message>
        <source>Stopped listening to the server&apos;s event stream after repeated failures.</source>
        <translation>Se dejó de escuchar el flujo de eventos del servidor tras varios fallos seguidos.</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>El servidor cerró la sesión.</translation>
    </message>
    <message>
        <source>The server refused a message: %1</source>
        <translation>El servidor rechazó un mensaje: %1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>No se pudo acceder al servidor: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>El servidor respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>El servidor respondió HTTP %1: %2</translation>
    </message>
    <message>
        <source>The server ended its event stream without answering.</source>
        <translation>El servidor cerró su flujo de eventos sin responder.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not a JSON-RPC response.</source>
        <translation>La respuesta del servidor no era una respuesta JSON-RPC.</translation>
    </message>
</context>
<context>
    <name>McpImport</name>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>Esto no es JSON válido: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>No &quot;mcpServers&quot; object was found in this JSON.</source>
        <translation>No se encontró ningún objeto «mcpServers» en este JSON.</translation>
    </message>
    <message>
        <source>%1: left out, its entry is not an object.</source>
        <translation>%1: omitido, su entrada no es un objeto.</translation>
    </message>
    <message>
        <source>%1: left out, it uses the old HTTP+SSE transport, which Confab does not support.</source>
        <translation>%1: omitido, usa el antiguo transporte HTTP+SSE, que Confab no admite.</translation>
    </message>
    <message>
        <source>A server without a name was left out.</source>
        <translation>Se omitió un servidor sin nombre.</translation>
    </message>
    <message>
        <source>%1: left out. %2</source>
        <translation>%1: omitido. %2</translation>
    </message>
    <message>
        <source>%1: renamed to %2, that name is taken.</source>
        <translation>%1: se renombró a %2, porque ese nombre ya está en uso.</translation>
    </message>
</context>
<context>
    <name>McpImportDialog</name>
    <message numerus="yes">
        <source>%n server(s) added.</source>
        <translation>
            <numerusform>Se añadió %n servidor.</numerusform>
            <numerusform>Se añadieron %n servidores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>Importar servidores MCP</translation>
    </message>
    <message>
        <source>Paste the contents of claude_desktop_config.json, or any JSON with an &quot;mcpServers&quot; object. Imported servers ask before each call.</source>
        <translation>Pega el contenido de claude_desktop_config.json o de cualquier JSON con un objeto «mcpServers». Los servidores importados preguntan antes de cada llamada.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>McpLogDialog</name>
    <message>
        <source>Log of %1</source>
        <translation>Registro de %1</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
</context>
<context>
    <name>McpManager</name>
    <message>
        <source>The server needs a name.</source>
        <translation>El servidor necesita un nombre.</translation>
    </message>
    <message>
        <source>The name must not start or end with spaces.</source>
        <translation>El nombre no debe empezar ni terminar con espacios.</translation>
    </message>
    <message>
        <source>There is already a server named “%1”.</source>
        <translation>Ya hay un servidor llamado «%1».</translation>
    </message>
    <message>
        <source>There is no server named “%1”.</source>
        <translation>No hay ningún servidor llamado «%1».</translation>
    </message>
    <message>
        <source>Restarted by the user.</source>
        <translation>Reiniciado por el usuario.</translation>
    </message>
</context>
<context>
    <name>McpRequest</name>
    <message>
        <source>The server did not answer %1 within %2 seconds.</source>
        <translation>El servidor no respondió a %1 en %2 segundos.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
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
        <translation>Activado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tools: %1</source>
        <translation>Herramientas: %1</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>Preguntar antes de cada llamada</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>The server needs a name.</source>
        <translation>El servidor necesita un nombre.</translation>
    </message>
    <message>
        <source>The server needs a command to start.</source>
        <translation>El servidor necesita un comando para iniciarse.</translation>
    </message>
    <message>
        <source>The server needs an http:// or https:// address.</source>
        <translation>El servidor necesita una dirección http:// o https://.</translation>
    </message>
</context>
<context>
    <name>McpServerDialog</name>
    <message>
        <source>Add an MCP server</source>
        <translation>Añadir un servidor MCP</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Se ejecuta</translation>
    </message>
    <message>
        <source>As a program (stdio)</source>
        <translation>Como programa (stdio)</translation>
    </message>
    <message>
        <source>At an address (HTTP)</source>
        <translation>En una dirección (HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Arguments
(one per line)</source>
        <translation>Argumentos
(uno por línea)</translation>
    </message>
    <message>
        <source>Environment
(NAME=value)</source>
        <translation>Entorno
(NOMBRE=valor)</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Carpeta de trabajo</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(opcional)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Headers
(Name: value)</source>
        <translation>Cabeceras
(Nombre: valor)</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Tiempo de espera (s)</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>Preguntar antes de cada llamada</translation>
    </message>
</context>
<context>
    <name>McpServerLog</name>
    <message numerus="yes">
        <source>[%n earlier line(s) dropped]</source>
        <translation>
            <numerusform>[se descartó %n línea anterior]</numerusform>
            <numerusform>[se descartaron %n líneas anteriores]</numerusform>
        </translation>
    </message>
    <message>
        <source> […%1 more characters]</source>
        <translation> […%1 caracteres más]</translation>
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
        <translation>Los servidores MCP no están disponibles.</translation>
    </message>
    <message>
        <source>This server no longer exists.</source>
        <translation>Este servidor ya no existe.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a settings file.</source>
        <translation>%1 es demasiado grande para ser un archivo de configuración.</translation>
    </message>
</context>
<context>
    <name>McpSettingsPage</name>
    <message>
        <source>MCP servers</source>
        <translation>Servidores MCP</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Añadir servidor…</translation>
    </message>
    <message>
        <source>Tools of Model Context Protocol servers become tools of the assistant. A server runs as a program on this computer (stdio) or is reached at an address (HTTP). Calls of a server that asks before each call wait for your Allow or Deny in the chat.</source>
        <translation>Las herramientas de los servidores Model Context Protocol pasan a ser herramientas del asistente. Un servidor se ejecuta como programa en este equipo (stdio) o se accede a él en una dirección (HTTP). Las llamadas a un servidor que pregunta antes de cada llamada esperan a que pulses Permitir o Denegar en el chat.</translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one, or import the &quot;mcpServers&quot; settings of another app.</source>
        <translation>Aún no hay servidores MCP. Añade uno o importa la configuración «mcpServers» de otra aplicación.</translation>
    </message>
    <message>
        <source>MCP servers are not available.</source>
        <translation>Los servidores MCP no están disponibles.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Quitar %1?</translation>
    </message>
    <message>
        <source>Its tools are no longer offered to the assistant, and its program is stopped.</source>
        <translation>Sus herramientas dejarán de ofrecerse al asistente y su programa se detendrá.</translation>
    </message>
</context>
<context>
    <name>McpStdioTransport</name>
    <message>
        <source>The server did not exit after its input was closed; terminating it.</source>
        <translation>El servidor no finalizó al cerrarse su entrada; se va a terminar.</translation>
    </message>
    <message>
        <source>The server ignored the request to terminate; killing it.</source>
        <translation>El servidor ignoró la solicitud de terminar; se forzará su cierre.</translation>
    </message>
    <message>
        <source>Started %1 (process %2).</source>
        <translation>Se inició %1 (proceso %2).</translation>
    </message>
    <message>
        <source>The command “%1” was not found in PATH.</source>
        <translation>No se encontró el comando «%1» en PATH.</translation>
    </message>
    <message>
        <source>The working folder “%1” does not exist.</source>
        <translation>La carpeta de trabajo «%1» no existe.</translation>
    </message>
    <message>
        <source>The server wrote a line longer than %1 MiB without a line break.</source>
        <translation>El servidor escribió una línea de más de %1 MiB sin salto de línea.</translation>
    </message>
    <message>
        <source>The server exited.</source>
        <translation>El servidor finalizó.</translation>
    </message>
    <message>
        <source>The server process crashed.</source>
        <translation>El proceso del servidor terminó de forma inesperada.</translation>
    </message>
    <message>
        <source>The server process exited with code %1.</source>
        <translation>El proceso del servidor finalizó con el código %1.</translation>
    </message>
    <message>
        <source>The server could not be started: %1</source>
        <translation>No se pudo iniciar el servidor: %1</translation>
    </message>
    <message>
        <source>Writing to the server failed: %1</source>
        <translation>Falló la escritura en el servidor: %1</translation>
    </message>
</context>
<context>
    <name>McpTool</name>
    <message>
        <source>%1 (tool “%2” of the MCP server “%3”)</source>
        <translation>%1 (herramienta «%2» del servidor MCP «%3»)</translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>The MCP server “%1” has been removed.</source>
        <translation>Se quitó el servidor MCP «%1».</translation>
    </message>
    <message>
        <source>The MCP server “%1” asks the user before each call, and there is nobody to ask here.</source>
        <translation>El servidor MCP «%1» pregunta al usuario antes de cada llamada, y aquí no hay nadie a quien preguntar.</translation>
    </message>
    <message>
        <source>The user denied this call.</source>
        <translation>El usuario denegó esta llamada.</translation>
    </message>
    <message>
        <source>Nobody allowed this call in time; it was not made.</source>
        <translation>Nadie permitió esta llamada a tiempo; no se realizó.</translation>
    </message>
    <message>
        <source>The call was withdrawn before the user allowed it.</source>
        <translation>Se retiró la llamada antes de que el usuario la permitiera.</translation>
    </message>
    <message>
        <source>The MCP server “%1” is not running.</source>
        <translation>El servidor MCP «%1» no está en ejecución.</translation>
    </message>
    <message>
        <source>The MCP server “%1” is not running: %2</source>
        <translation>El servidor MCP «%1» no está en ejecución: %2</translation>
    </message>
    <message>
        <source>The MCP server “%1” refused the call: %2 (JSON-RPC error %3)</source>
        <translation>El servidor MCP «%1» rechazó la llamada: %2 (error JSON-RPC %3)</translation>
    </message>
    <message>
        <source>Meanwhile it printed output that is not MCP (see its log).</source>
        <translation>Mientras tanto, emitió una salida que no es MCP (consulta su registro).</translation>
    </message>
    <message>
        <source>The MCP server “%1”: %2</source>
        <translation>El servidor MCP «%1»: %2</translation>
    </message>
    <message>
        <source>The MCP server “%1” failed during the call: %2</source>
        <translation>El servidor MCP «%1» falló durante la llamada: %2</translation>
    </message>
    <message>
        <source>The MCP server “%1” gave an answer Confab cannot read: %2</source>
        <translation>El servidor MCP «%1» dio una respuesta que Confab no puede leer: %2</translation>
    </message>
    <message>
        <source>The call to the MCP server “%1” was cancelled: %2</source>
        <translation>Se canceló la llamada al servidor MCP «%1»: %2</translation>
    </message>
</context>
<context>
    <name>McpToolResult</name>
    <message>
        <source>[The tool returned an image (%1, %2), which cannot be passed on as text.]</source>
        <translation>[La herramienta devolvió una imagen (%1, %2), que no se puede transmitir como texto.]</translation>
    </message>
    <message>
        <source>[The tool returned audio (%1, %2), which cannot be passed on as text.]</source>
        <translation>[La herramienta devolvió audio (%1, %2), que no se puede transmitir como texto.]</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>[Resource link: %1 &lt;%2&gt;]</source>
        <translation>[Enlace a recurso: %1 &lt;%2&gt;]</translation>
    </message>
    <message>
        <source>[Content of type “%1” left out.]</source>
        <translation>[Se omitió contenido de tipo «%1».]</translation>
    </message>
    <message>
        <source>The tool reported an error without details.</source>
        <translation>La herramienta informó de un error sin detalles.</translation>
    </message>
    <message>
        <source>[Resource %1]</source>
        <translation>[Recurso %1]</translation>
    </message>
    <message>
        <source>[The tool returned the binary resource %1 (%2, %3), which cannot be passed on as text.]</source>
        <translation>[La herramienta devolvió el recurso binario %1 (%2, %3), que no se puede transmitir como texto.]</translation>
    </message>
</context>
<context>
    <name>McpTransport</name>
    <message>
        <source>Ignored output that is not an MCP message: %1</source>
        <translation>Se ignoró una salida que no es un mensaje MCP: %1</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this reply was written</source>
        <translation>Interrumpida: Confab se cerró mientras se escribía esta respuesta</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Welcome to Confab</source>
        <translation>Te damos la bienvenida a Confab</translation>
    </message>
    <message>
        <source>Connect a model to start chatting. Confab talks to any OpenAI-compatible provider, in the cloud or on this computer; your conversations stay here.</source>
        <translation>Conecta un modelo para empezar a chatear. Confab se comunica con cualquier proveedor compatible con OpenAI, en la nube o en este equipo; tus conversaciones se quedan aquí.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Looking for Ollama, LM Studio and llama.cpp…</source>
        <translation>Buscando Ollama, LM Studio y llama.cpp…</translation>
    </message>
    <message>
        <source>No local server answered on its usual port (Ollama 11434, LM Studio 1234, llama.cpp 8080). Start one and look again, or pick a provider below.</source>
        <translation>Ningún servidor local respondió en su puerto habitual (Ollama 11434, LM Studio 1234, llama.cpp 8080). Inicia uno y vuelve a buscar, o elige un proveedor abajo.</translation>
    </message>
    <message numerus="yes">
        <source>Use %1 at %2 — %n model(s)</source>
        <translation>
            <numerusform>Usar %1 en %2 — %n modelo</numerusform>
            <numerusform>Usar %1 en %2 — %n modelos</numerusform>
        </translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Volver a buscar</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>Elige un proveedor</translation>
    </message>
    <message>
        <source>Save and start chatting</source>
        <translation>Guardar y empezar a chatear</translation>
    </message>
    <message>
        <source>Continue to the chat</source>
        <translation>Continuar al chat</translation>
    </message>
    <message>
        <source>Or use another Confab (or a MineContext server) as the backend</source>
        <translation>O usa otro Confab (o un servidor MineContext) como backend</translation>
    </message>
</context>
<context>
    <name>ParameterFields</name>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máximo de tokens</translation>
    </message>
    <message>
        <source>0: no limit of Confab&apos;s own</source>
        <translation>0: sin límite propio de Confab</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>On, where the provider can switch it</source>
        <translation>Activado, si el proveedor permite cambiarlo</translation>
    </message>
    <message>
        <source>Off, where the provider can switch it</source>
        <translation>Desactivado, si el proveedor permite cambiarlo</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>The agent may use tools</source>
        <translation>El agente puede usar herramientas</translation>
    </message>
    <message>
        <source>No tools</source>
        <translation>Sin herramientas</translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Enter the provider&apos;s address, such as https://api.openai.com/v1.</source>
        <translation>Introduce la dirección del proveedor, por ejemplo https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>This is not a web address. It must start with http:// or https:// and name a host, such as http://127.0.0.1:11434/v1.</source>
        <translation>Esto no es una dirección web. Debe empezar por http:// o https:// e indicar un host, por ejemplo http://127.0.0.1:11434/v1.</translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#”: give the base URL only, such as https://api.openai.com/v1.</source>
        <translation>La dirección no debe contener «?» ni «#»: indica solo la URL base, por ejemplo https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): the key would cross the network readable by others.</source>
        <translation>Esta dirección no está cifrada (http://): la clave viajaría por la red y otros podrían leerla.</translation>
    </message>
    <message>
        <source>This provider needs an API key. Paste the key you created on its website.</source>
        <translation>Este proveedor necesita una clave de API. Pega la clave que creaste en su sitio web.</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks. Copy it again, without anything around it.</source>
        <translation>La clave contiene espacios o saltos de línea. Vuelve a copiarla, sin nada alrededor.</translation>
    </message>
    <message>
        <source>This key is too short to be an API key.</source>
        <translation>Esta clave es demasiado corta para ser una clave de API.</translation>
    </message>
    <message>
        <source>The reasoning switches must be JSON objects, such as {&quot;reasoning_effort&quot;: &quot;none&quot;}, or empty.</source>
        <translation>Los interruptores de razonamiento deben ser objetos JSON, por ejemplo {&quot;reasoning_effort&quot;: &quot;none&quot;}, o estar vacíos.</translation>
    </message>
    <message>
        <source>Choose a model. “Test connection” lists the ones this provider offers.</source>
        <translation>Elige un modelo. «Probar conexión» muestra los que ofrece este proveedor.</translation>
    </message>
    <message>
        <source>Line %1 is not a header: write one “Name: value” per line.</source>
        <translation>La línea %1 no es una cabecera: escribe una «Nombre: valor» por línea.</translation>
    </message>
    <message>
        <source>The value of header “%1” has characters a header cannot carry.</source>
        <translation>El valor de la cabecera «%1» contiene caracteres que una cabecera no puede llevar.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n model(s).</source>
        <translation>
            <numerusform>Se encontró %n modelo.</numerusform>
            <numerusform>Se encontraron %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected, but the provider lists no models. Type the model&apos;s name.</source>
        <translation>Conectado, pero el proveedor no muestra ningún modelo. Escribe el nombre del modelo.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available.</source>
        <translation>
            <numerusform>Conectado: %n modelo disponible.</numerusform>
            <numerusform>Conectado: %n modelos disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confab&apos;s settings are not open.</source>
        <translation>La configuración de Confab no está abierta.</translation>
    </message>
    <message>
        <source>The key is kept in %1, readable only by you.</source>
        <translation>La clave se guarda en %1, que solo tú puedes leer.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the key was not stored: it works until Confab closes. Start a keychain service (GNOME Keyring, KWallet), or keep keys in a file readable only by you.</source>
        <translation>No hay ningún llavero del sistema disponible, así que la clave no se guardó: funcionará hasta que se cierre Confab. Inicia un servicio de llavero (GNOME Keyring, KWallet) o guarda las claves en un archivo que solo tú puedas leer.</translation>
    </message>
    <message>
        <source>The key could not be stored and works until Confab closes: %1</source>
        <translation>No se pudo guardar la clave y funcionará hasta que se cierre Confab: %1</translation>
    </message>
    <message>
        <source>Keys will be kept in %1, readable only by you.</source>
        <translation>Las claves se guardarán en %1, que solo tú puedes leer.</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>How this provider is shown</source>
        <translation>Cómo se muestra este proveedor</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>Clave de API (opcional)</translation>
    </message>
    <message>
        <source>Stored — leave empty to keep it</source>
        <translation>Guardada — deja el campo vacío para conservarla</translation>
    </message>
    <message>
        <source>Create a key at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;. It is kept in your system keychain, never in Confab&apos;s settings file.</source>
        <translation>Crea una clave en &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;. Se guarda en el llavero del sistema, nunca en el archivo de configuración de Confab.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Advanced: headers and reasoning switches</source>
        <translation>Avanzado: cabeceras e interruptores de razonamiento</translation>
    </message>
    <message>
        <source>Extra headers (one “Name: value” per line)</source>
        <translation>Cabeceras adicionales (una «Nombre: valor» por línea)</translation>
    </message>
    <message>
        <source>Request fields that turn reasoning on</source>
        <translation>Campos de la solicitud que activan el razonamiento</translation>
    </message>
    <message>
        <source>… and off</source>
        <translation>… y que lo desactivan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep keys in a file readable only by me</source>
        <translation>Guardar las claves en un archivo que solo yo pueda leer</translation>
    </message>
</context>
<context>
    <name>ProviderPreset</name>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>Personalizado (compatible con OpenAI)</translation>
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
    <name>RemoteChatClient</name>
    <message>
        <source>The address must be an http:// or https:// URL with a host, such as http://127.0.0.1:1733.</source>
        <translation>La dirección debe ser una URL http:// o https:// con un host, por ejemplo http://127.0.0.1:1733.</translation>
    </message>
    <message>
        <source>The remote server did not answer within 10 seconds.</source>
        <translation>El servidor remoto no respondió en 10 segundos.</translation>
    </message>
    <message>
        <source>The remote server refused the token (HTTP %1). Check the token in the remote backend settings.</source>
        <translation>El servidor remoto rechazó el token (HTTP %1). Comprueba el token en la configuración del backend remoto.</translation>
    </message>
    <message>
        <source>The remote server has no chat API at this address (HTTP 404). Check the address: it should be the server&apos;s root, such as http://127.0.0.1:1733.</source>
        <translation>El servidor remoto no tiene una API de chat en esta dirección (HTTP 404). Comprueba la dirección: debe ser la raíz del servidor, por ejemplo http://127.0.0.1:1733.</translation>
    </message>
    <message>
        <source>The remote server is busy (HTTP 429). Try again in a moment.</source>
        <translation>El servidor remoto está ocupado (HTTP 429). Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The remote server failed (HTTP %1).</source>
        <translation>Falló el servidor remoto (HTTP %1).</translation>
    </message>
    <message>
        <source>The remote server refused the request (HTTP %1).</source>
        <translation>El servidor remoto rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation>Dijo: «%1»</translation>
    </message>
</context>
<context>
    <name>RemoteChatStream</name>
    <message numerus="yes">
        <source>The remote server sent nothing for %n seconds.</source>
        <translation>
            <numerusform>El servidor remoto no envió nada en %n segundo.</numerusform>
            <numerusform>El servidor remoto no envió nada en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply was cancelled.</source>
        <translation>Se canceló la respuesta.</translation>
    </message>
    <message>
        <source>The remote server did not answer with an event stream (it sent “%1”). Check the address: it should be the server&apos;s root, such as http://127.0.0.1:1733.</source>
        <translation>El servidor remoto no respondió con un flujo de eventos (envió «%1»). Comprueba la dirección: debe ser la raíz del servidor, por ejemplo http://127.0.0.1:1733.</translation>
    </message>
    <message>
        <source>The remote server sent an event that is too large.</source>
        <translation>El servidor remoto envió un evento demasiado grande.</translation>
    </message>
    <message>
        <source>The remote server sent something that is not an event: %1</source>
        <translation>El servidor remoto envió algo que no es un evento: %1</translation>
    </message>
    <message>
        <source>The remote server sent an event that cannot be read: %1</source>
        <translation>El servidor remoto envió un evento que no se puede leer: %1</translation>
    </message>
    <message>
        <source>The remote server closed the stream before the reply was complete.</source>
        <translation>El servidor remoto cerró el flujo antes de completar la respuesta.</translation>
    </message>
</context>
<context>
    <name>RemoteForm</name>
    <message>
        <source>Your messages go to that server&apos;s chat API (/api/agent/chat/stream), which answers with its own model and tools. The conversations are still kept here.</source>
        <translation>Tus mensajes van a la API de chat de ese servidor (/api/agent/chat/stream), que responde con su propio modelo y sus propias herramientas. Las conversaciones se siguen guardando aquí.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Token (if the server asks for one)</source>
        <translation>Token (si el servidor lo pide)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Use the embedded agent again</source>
        <translation>Volver a usar el agente integrado</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Usar este servidor</translation>
    </message>
</context>
<context>
    <name>RemoteSettings</name>
    <message>
        <source>Enter the server&apos;s address, such as http://127.0.0.1:1733.</source>
        <translation>Introduce la dirección del servidor, por ejemplo http://127.0.0.1:1733.</translation>
    </message>
    <message>
        <source>This is not a web address. It must start with http:// or https:// and name a host, such as http://127.0.0.1:1733.</source>
        <translation>Esto no es una dirección web. Debe empezar por http:// o https:// e indicar un host, por ejemplo http://127.0.0.1:1733.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The server answered and accepted the token.</source>
        <translation>El servidor respondió y aceptó el token.</translation>
    </message>
</context>
<context>
    <name>RemoteWorkflowNode</name>
    <message>
        <source>The remote backend is not configured.</source>
        <translation>El backend remoto no está configurado.</translation>
    </message>
    <message>
        <source>The remote server stopped the reply.</source>
        <translation>El servidor remoto detuvo la respuesta.</translation>
    </message>
    <message>
        <source>The remote server could not answer.</source>
        <translation>El servidor remoto no pudo responder.</translation>
    </message>
    <message>
        <source>The remote server ended the reply early.</source>
        <translation>El servidor remoto terminó la respuesta antes de tiempo.</translation>
    </message>
</context>
<context>
    <name>ReplyError</name>
    <message>
        <source>The reply failed.</source>
        <translation>Falló la respuesta.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
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
    <name>SearchResultDelegate</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivada)</translation>
    </message>
    <message>
        <source>You: </source>
        <translation>Tú: </translation>
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
    <name>ServeCommand</name>
    <message>
        <source>Warning: %1
</source>
        <translation>Aviso: %1
</translation>
    </message>
    <message>
        <source>Warning: no provider is set up, so every chat will fail. Set one up in Confab&apos;s settings, or set OPENAI_BASE_URL (and OPENAI_API_KEY).
</source>
        <translation>Aviso: no hay ningún proveedor configurado, así que todos los chats fallarán. Añade uno en la configuración de Confab o define OPENAI_BASE_URL (y OPENAI_API_KEY).
</translation>
    </message>
    <message>
        <source>Confab is serving on %1; the access token is in %2. Stop with Ctrl+C.
</source>
        <translation>Confab está sirviendo en %1; el token de acceso está en %2. Detenlo con Ctrl+C.
</translation>
    </message>
    <message>
        <source>Stopping: running answers are kept as cancelled.
</source>
        <translation>Deteniendo: las respuestas en curso se conservan como canceladas.
</translation>
    </message>
    <message>
        <source>The server stopped</source>
        <translation>El servidor se detuvo</translation>
    </message>
    <message>
        <source>confab serve: %1 can be reached from other computers; add --allow-remote to listen on it.
</source>
        <translation>confab serve: %1 es accesible desde otros ordenadores; añada --allow-remote para escuchar en ella.
</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Not an IP address to listen on: %1</source>
        <translation>No es una dirección IP en la que escuchar: %1</translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation>No hay ninguna dirección en la que escuchar.</translation>
    </message>
</context>
<context>
    <name>ServerSettingsForm</name>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Un puerto es un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights; choose 1024 or above.</source>
        <translation>Los puertos por debajo de 1024 requieren permisos de administrador; elige 1024 o uno superior.</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1 (this computer only) or ::1.</source>
        <translation>Introduce una dirección IP, por ejemplo 127.0.0.1 (solo este equipo) o ::1.</translation>
    </message>
    <message>
        <source>Enter IP addresses, such as 127.0.0.1 (this computer only) or ::1: %1</source>
        <translation>Introduce direcciones IP, por ejemplo 127.0.0.1 (solo este equipo) o ::1: %1</translation>
    </message>
    <message>
        <source>Other computers could reach %1: turn on “Allow other computers” first.</source>
        <translation>Otros equipos podrían acceder a %1: activa primero «Permitir otros equipos».</translation>
    </message>
    <message>
        <source>“*” would let every web page use the server; list the origins one by one.</source>
        <translation>«*» permitiría que cualquier página web usara el servidor; indica los orígenes uno por uno.</translation>
    </message>
    <message>
        <source>“%1” is not an origin. Write the scheme, host and port only, such as http://localhost:5173.</source>
        <translation>«%1» no es un origen. Escribe solo el esquema, el host y el puerto, por ejemplo http://localhost:5173.</translation>
    </message>
    <message>
        <source>“%1” is not a host name. Write names such as my-laptop.local, one per line.</source>
        <translation>«%1» no es un nombre de host. Escribe nombres como my-laptop.local, uno por línea.</translation>
    </message>
    <message>
        <source>The server is not available in this window.</source>
        <translation>El servidor no está disponible en esta ventana.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>No se pudo iniciar: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>ServerToken</name>
    <message>
        <source>Cannot read the server token from %1: %2</source>
        <translation>No se puede leer el token del servidor de %1: %2</translation>
    </message>
    <message>
        <source>The server token in %1 must be one line of at least 16 characters.</source>
        <translation>El token del servidor en %1 debe ser una sola línea de al menos 16 caracteres.</translation>
    </message>
    <message>
        <source>Cannot write the server token to %1: %2</source>
        <translation>No se puede escribir el token del servidor en %1: %2</translation>
    </message>
    <message>
        <source>The server token %1 is a symbolic link; Confab uses only a token file of its own.</source>
        <translation>El token del servidor %1 es un enlace simbólico; Confab solo usa un archivo de token propio.</translation>
    </message>
    <message>
        <source>The server token %1 is not a regular file.</source>
        <translation>El token del servidor %1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>The server token %1 belongs to another user; Confab uses only a token file of its own.</source>
        <translation>El token del servidor %1 pertenece a otro usuario; Confab solo usa un archivo de token propio.</translation>
    </message>
    <message>
        <source>Other users can read the server token %1, so it may be known to them. Make the file private (chmod 600) or create a new token.</source>
        <translation>Otros usuarios pueden leer el token del servidor %1, así que puede que lo conozcan. Haga privado el archivo (chmod 600) o cree un token nuevo.</translation>
    </message>
</context>
<context>
    <name>SettingsAppearance</name>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>Own size</source>
        <translation>Tamaño propio</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Width of the conversation</source>
        <translation>Ancho de la conversación</translation>
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
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>An assistant is a reusable system prompt with its model and parameters. Apply one to a conversation from its options (the “⋯” button).</source>
        <translation>Un asistente es un prompt del sistema reutilizable con su modelo y sus parámetros. Aplica uno a una conversación desde sus opciones (el botón «⋯»).</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aún no hay ninguno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>Model (empty: the default)</source>
        <translation>Modelo (vacío: el predeterminado)</translation>
    </message>
    <message>
        <source>Remove this assistant</source>
        <translation>Quitar este asistente</translation>
    </message>
    <message>
        <source>New assistant</source>
        <translation>Nuevo asistente</translation>
    </message>
</context>
<context>
    <name>SettingsData</name>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Ningún gestor de archivos pudo abrir %1.</translation>
    </message>
    <message>
        <source>History: %1
Settings: %2
Start Confab with --data-dir to use another folder.</source>
        <translation>Historial: %1
Configuración: %2
Inicia Confab con --data-dir para usar otra carpeta.</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>Exportar todas las conversaciones…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>Exportar todas las conversaciones</translation>
    </message>
    <message>
        <source>Confab export (*.json)</source>
        <translation>Exportación de Confab (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SettingsDefaults</name>
    <message>
        <source>Models and defaults</source>
        <translation>Modelos y valores predeterminados</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Empty: the provider&apos;s model (%1).</source>
        <translation>Vacío: el modelo del proveedor (%1).</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>ninguno definido</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>Instructions the model gets at the start of every conversation</source>
        <translation>Instrucciones que recibe el modelo al principio de cada conversación</translation>
    </message>
    <message>
        <source>Let the model title new conversations after the first answer</source>
        <translation>Dejar que el modelo ponga título a las conversaciones nuevas tras la primera respuesta</translation>
    </message>
</context>
<context>
    <name>SettingsLanguage</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>CONFAB_LANGUAGE chose the language at start; a choice here lasts until Confab closes.</source>
        <translation>CONFAB_LANGUAGE eligió el idioma al iniciar; lo que elijas aquí se mantiene hasta que se cierre Confab.</translation>
    </message>
    <message>
        <source>Like the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>Dates and numbers follow: %1</source>
        <translation>Formato de fechas y números: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Models and defaults</source>
        <translation>Modelos y valores predeterminados</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Servidores MCP</translation>
    </message>
    <message>
        <source>Remote backend</source>
        <translation>Backend remoto</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>← Back to the chat</source>
        <translation>← Volver al chat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>SettingsProviders</name>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>The provider in use answers every conversation that does not choose its own model. Keys are kept in the system keychain.</source>
        <translation>El proveedor en uso responde a todas las conversaciones que no eligen su propio modelo. Las claves se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>No provider yet.</source>
        <translation>Aún no hay ningún proveedor.</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Añadir un proveedor</translation>
    </message>
    <message>
        <source>Look for local servers</source>
        <translation>Buscar servidores locales</translation>
    </message>
    <message>
        <source>None answered.</source>
        <translation>Ninguno respondió.</translation>
    </message>
    <message>
        <source>Add %1 at %2</source>
        <translation>Añadir %1 en %2</translation>
    </message>
    <message>
        <source>Add and use</source>
        <translation>Añadir y usar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>SettingsRemote</name>
    <message>
        <source>Remote backend</source>
        <translation>Backend remoto</translation>
    </message>
    <message>
        <source>In use: answers come from %1.</source>
        <translation>En uso: las respuestas vienen de %1.</translation>
    </message>
    <message>
        <source>Not in use: the embedded agent answers.</source>
        <translation>No está en uso: responde el agente integrado.</translation>
    </message>
</context>
<context>
    <name>SettingsServer</name>
    <message>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <source>Lets other programs chat through Confab: MineContext&apos;s chat API and an OpenAI-compatible /v1. Off by default; it answers only requests that carry its token.</source>
        <translation>Permite que otros programas chateen a través de Confab: la API de chat de MineContext y una /v1 compatible con OpenAI. Desactivado de forma predeterminada; solo responde a las solicitudes que llevan su token.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Addresses to listen on</source>
        <translation>Direcciones en las que escuchar</translation>
    </message>
    <message>
        <source>Allow other computers</source>
        <translation>Permitir otros equipos</translation>
    </message>
    <message>
        <source>Other computers can reach the server at this address. Anyone who has the token can use your models and history.</source>
        <translation>Otros equipos pueden acceder al servidor en esta dirección. Cualquiera que tenga el token puede usar tus modelos y tu historial.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Not available in this window</source>
        <translation>No disponible en esta ventana</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nuevo token</translation>
    </message>
    <message>
        <source>Web pages allowed to call the server (origins, one per line)</source>
        <translation>Páginas web que pueden llamar al servidor (orígenes, uno por línea)</translation>
    </message>
    <message>
        <source>Other host names for this computer (one per line)</source>
        <translation>Otros nombres de host de este equipo (uno por línea)</translation>
    </message>
    <message>
        <source>Allow pages opened from files (Origin: null)</source>
        <translation>Permitir páginas abiertas desde archivos (Origin: null)</translation>
    </message>
    <message>
        <source>For packaged Electron frontends. Any page opened from a file on this computer can then call the server, as long as it has the token.</source>
        <translation>Para interfaces Electron empaquetadas. Cualquier página abierta desde un archivo en este ordenador podrá llamar al servidor, siempre que tenga el token.</translation>
    </message>
</context>
<context>
    <name>SettingsShortcuts</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Buscar en todos los mensajes</translation>
    </message>
    <message>
        <source>Settings (again: back to the chat)</source>
        <translation>Configuración (otra vez: volver al chat)</translation>
    </message>
    <message>
        <source>Options of this conversation</source>
        <translation>Opciones de esta conversación</translation>
    </message>
    <message>
        <source>Show or hide the conversations</source>
        <translation>Mostrar u ocultar las conversaciones</translation>
    </message>
    <message>
        <source>Rename this conversation</source>
        <translation>Cambiar el nombre de esta conversación</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Línea nueva en el mensaje</translation>
    </message>
    <message>
        <source>In search: go to the results, open one</source>
        <translation>En la búsqueda: ir a los resultados, abrir uno</translation>
    </message>
    <message>
        <source>Clear the search; leave the settings; cancel a rename</source>
        <translation>Vaciar la búsqueda; salir de la configuración; cancelar un cambio de nombre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aún no hay conversaciones</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Empezar una conversación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Chat options</source>
        <translation>Opciones del chat</translation>
    </message>
    <message>
        <source>Model, prompt and parameters of this conversation (Ctrl+Shift+,)</source>
        <translation>Modelo, prompt y parámetros de esta conversación (Ctrl+Shift+,)</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Configuración (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+K)</source>
        <translation>Buscar en todos los mensajes (Ctrl+K)</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Más antiguas</translation>
    </message>
    <message>
        <source>No archived conversations</source>
        <translation>No hay conversaciones archivadas</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>Ningún mensaje contiene «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>Se encontró %n mensaje</numerusform>
            <numerusform>Se encontraron %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” deleted</source>
        <translation>Se eliminó «%1»</translation>
    </message>
    <message>
        <source>Back to conversations</source>
        <translation>Volver a las conversaciones</translation>
    </message>
    <message>
        <source>Archived conversations</source>
        <translation>Conversaciones archivadas</translation>
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
    <name>StatusLine</name>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Executing</source>
        <translation>Ejecutando</translation>
    </message>
    <message>
        <source>Reflecting</source>
        <translation>Reflexionando</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>Esperando al modelo…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The history database is damaged and could not be moved aside. Confab stopped saving to it; what is on screen stays, but nothing more is saved.</source>
        <translation>La base de datos del historial está dañada y no se pudo apartar. Confab ha dejado de guardar en ella; lo que está en pantalla se mantiene, pero no se guarda nada más.</translation>
    </message>
    <message>
        <source>The history database is damaged. Confab stopped saving to it and moved it aside; what is on screen stays, but nothing more is saved. Restart Confab to start with an empty history.</source>
        <translation>La base de datos del historial está dañada. Confab ha dejado de guardar en ella y la ha apartado; lo que está en pantalla se mantiene, pero no se guarda nada más. Reinicie Confab para empezar con un historial vacío.</translation>
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
    <name>ThinkingSection</name>
    <message>
        <source>Thinking… %1 s</source>
        <translation>Razonando… %1 s</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Razonando…</translation>
    </message>
    <message>
        <source>Thought for %1 s</source>
        <translation>Razonó durante %1 s</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Razonamiento</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>waiting for your approval</source>
        <translation>esperando tu aprobación</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denegada</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en ejecución…</translation>
    </message>
    <message>
        <source>done in %1 ms</source>
        <translation>completada en %1 ms</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Allow this tool to run?</source>
        <translation>¿Permitir que se ejecute esta herramienta?</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
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
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>UsageFooter</name>
    <message>
        <source>~%1 tokens</source>
        <translation>~%1 tokens</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>first token after %1 s</source>
        <translation>primer token tras %1 s</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
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
        <source>Confab is already running with this data folder; its window was brought to the front.
</source>
        <translation>Confab ya se está ejecutando con esta carpeta de datos; se ha traído su ventana al frente.
</translation>
    </message>
</context>
</TS>
