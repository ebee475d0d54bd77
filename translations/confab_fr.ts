<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ChatPage</name>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Commencer une conversation</translation>
    </message>
    <message>
        <source>%1 %2: ask anything below.</source>
        <translation>%1 %2 : posez votre question ci-dessous.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Confab: a native chat client for OpenAI-compatible language models.</source>
        <translation>Confab : un client de discussion natif pour les modèles de langage compatibles OpenAI.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>With --version: also list Qt, QCoro and optional features.</source>
        <translation>Avec --version : indiquer aussi Qt, QCoro et les fonctionnalités facultatives.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>Conserver la base de données et les réglages dans &lt;dossier&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;fichier&gt; dès qu’elle s’affiche, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>serve: the TCP port to listen on (default 8337).</source>
        <translation>serve : le port TCP d’écoute (8337 par défaut).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>serve: the address to listen on (default 127.0.0.1).</source>
        <translation>serve : l’adresse d’écoute (127.0.0.1 par défaut).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>serve: read the access token from &lt;file&gt;.</source>
        <translation>serve : lire le jeton d’accès dans &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>serve: run the local server without a window; chat &lt;question&gt;: print one answer.</source>
        <translation>serve : lancer le serveur local sans fenêtre ; chat &lt;question&gt; : afficher une réponse.</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>Port non valide : %1</translation>
    </message>
    <message>
        <source>chat needs a question, for example: confab chat &quot;What is SSE?&quot;</source>
        <translation>chat attend une question, par exemple : confab chat &quot;Qu’est-ce que SSE ?&quot;</translation>
    </message>
    <message>
        <source>Unknown command: %1 (try --help)</source>
        <translation>Commande inconnue : %1 (essayez --help)</translation>
    </message>
    <message>
        <source>--port, --bind and --token-file only apply to &apos;confab serve&apos;.</source>
        <translation>--port, --bind et --token-file ne s’appliquent qu’à « confab serve ».</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Confab… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Écrire à Confab… (Entrée pour envoyer, Maj+Entrée pour aller à la ligne)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Cannot create or write the data folder %1</source>
        <translation>Impossible de créer le dossier de données %1 ou d’y écrire</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
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
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aucune conversation pour l’instant</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not save a screenshot to %1
</source>
        <translation>Impossible d’enregistrer la capture d’écran dans %1
</translation>
    </message>
    <message>
        <source>This command is not available yet.
</source>
        <translation>Cette commande n’est pas encore disponible.
</translation>
    </message>
</context>
</TS>
