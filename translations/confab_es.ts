<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
    <name>DataLocation</name>
    <message>
        <source>Cannot create or write the data folder %1</source>
        <translation>No se puede crear la carpeta de datos %1 ni escribir en ella</translation>
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
