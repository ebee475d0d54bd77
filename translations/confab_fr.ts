<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgentRun</name>
    <message>
        <source>The run was discarded</source>
        <translation>L’exécution a été abandonnée</translation>
    </message>
    <message>
        <source>Message generation was interrupted</source>
        <translation>La génération du message a été interrompue</translation>
    </message>
</context>
<context>
    <name>AppConfig</name>
    <message>
        <source>Confab could not save its settings to %1. Check that the folder can be written to and that the disk is not full.</source>
        <translation>Confab n’a pas pu enregistrer ses réglages dans %1. Vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>Confab could not save its settings: %1 is not a valid settings file.</source>
        <translation>Confab n’a pas pu enregistrer ses réglages : %1 n’est pas un fichier de réglages valide.</translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <source>New assistant</source>
        <translation>Nouvel assistant</translation>
    </message>
</context>
<context>
    <name>AttachmentReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a %2 image; only PNG, JPEG, GIF and WebP can be sent to a model.</source>
        <translation>%1 est une image %2 ; seules les images PNG, JPEG, GIF et WebP peuvent être envoyées à un modèle.</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 dépasse 20 Mo.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a text file; Confab can attach text, Markdown, code and images.</source>
        <translation>%1 (%2) n’est pas un fichier texte ; Confab peut joindre du texte, du Markdown, du code et des images.</translation>
    </message>
    <message>
        <source>%1 is protected by a password.</source>
        <translation>%1 est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation>%1 n’est pas un fichier PDF lisible.</translation>
    </message>
    <message>
        <source>%1 has no text to read (it may be scanned images).</source>
        <translation>%1 ne contient aucun texte lisible (il s’agit peut-être d’images numérisées).</translation>
    </message>
    <message>
        <source>%1 is a PDF file; this build of Confab cannot read PDF text.</source>
        <translation>%1 est un fichier PDF ; cette version de Confab ne sait pas lire le texte des PDF.</translation>
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
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Confab&apos;s data is not open.</source>
        <translation>Les données de Confab ne sont pas ouvertes.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier vers lequel exporter.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n’a été importé depuis %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1.</source>
        <translation>
            <numerusform>%n conversation importée depuis %1.</numerusform>
            <numerusform>%n conversations importées depuis %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ChatCommand</name>
    <message>
        <source>confab chat: no provider is set up. Set one up in Confab&apos;s settings, or set OPENAI_BASE_URL (and OPENAI_API_KEY).
</source>
        <translation>confab chat : aucun fournisseur n’est configuré. Configurez-en un dans les réglages de Confab, ou définissez OPENAI_BASE_URL (et OPENAI_API_KEY).
</translation>
    </message>
    <message>
        <source>confab chat: interrupted; the partial answer is kept.
</source>
        <translation>confab chat : interrompu ; la réponse partielle est conservée.
</translation>
    </message>
    <message>
        <source>the answer failed.</source>
        <translation>la réponse a échoué.</translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation>Arrêté par l’utilisateur</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>The conversation history is not open.</source>
        <translation>L’historique des conversations n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>A reply is still being written: wait for it or stop it first.</source>
        <translation>Une réponse est encore en cours d’écriture : attendez-la ou arrêtez-la d’abord.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier %1.</translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation>Arrêté par l’utilisateur</translation>
    </message>
</context>
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
    <message>
        <source>Jump to the newest message</source>
        <translation>Aller au message le plus récent</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>Confab is closing</source>
        <translation>Confab se ferme</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>Only a reply to a message can be regenerated.</source>
        <translation>Seule une réponse à un message peut être régénérée.</translation>
    </message>
    <message>
        <source>Regenerated</source>
        <translation>Réponse régénérée</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Seuls vos propres messages peuvent être modifiés.</translation>
    </message>
</context>
<context>
    <name>ChatTurn</name>
    <message>
        <source>The turn was discarded</source>
        <translation>Le tour a été abandonné</translation>
    </message>
</context>
<context>
    <name>ChunkDecoder</name>
    <message>
        <source>A chunk of the stream is not valid JSON (%1)</source>
        <translation>Un fragment du flux n’est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <source>A chunk of the stream is not a JSON object</source>
        <translation>Un fragment du flux n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>The response is not a chat completion</source>
        <translation>La réponse n’est pas une complétion de chat</translation>
    </message>
    <message>
        <source>The model requested more than %1 tool calls</source>
        <translation>Le modèle a demandé plus de %1 appels d’outils</translation>
    </message>
    <message>
        <source>The arguments of a tool call are longer than %1 characters</source>
        <translation>Les arguments d’un appel d’outil dépassent %1 caractères</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texte brut</translation>
    </message>
    <message>
        <source>plain text (no highlighting in this build)</source>
        <translation>texte brut (pas de coloration syntaxique dans cette version)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
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
        <source>serve: allow listening on an address other computers can reach.</source>
        <translation>serve : autoriser l’écoute sur une adresse que d’autres ordinateurs peuvent joindre.</translation>
    </message>
    <message>
        <source>--port, --bind, --allow-remote and --token-file only apply to &apos;confab serve&apos;.</source>
        <translation>--port, --bind, --allow-remote et --token-file ne s’appliquent qu’à &apos;confab serve&apos;.</translation>
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
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attach files (or drop them here)</source>
        <translation>Joindre des fichiers (ou les déposer ici)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>ContextNode</name>
    <message>
        <source>Collecting context...</source>
        <translation>Collecte du contexte…</translation>
    </message>
    <message>
        <source>Selected text</source>
        <translation>Texte sélectionné</translation>
    </message>
    <message>
        <source>Document %1 not found</source>
        <translation>Document %1 introuvable</translation>
    </message>
    <message>
        <source>%1 was shortened to its first %2 characters</source>
        <translation>%1 a été réduit à ses %2 premiers caractères</translation>
    </message>
    <message numerus="yes">
        <source>Added %n context items</source>
        <translation>
            <numerusform>%n élément de contexte ajouté</numerusform>
            <numerusform>%n éléments de contexte ajoutés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Réponse en cours…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Chat options…</source>
        <translation>Options de la discussion…</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Restaurer depuis les archives</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>A conversation needs a title.</source>
        <translation>Une conversation doit avoir un titre.</translation>
    </message>
    <message>
        <source>The conversation was deleted</source>
        <translation>La conversation a été supprimée</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <source>Options of this conversation</source>
        <translation>Options de cette conversation</translation>
    </message>
    <message>
        <source>Start from an assistant</source>
        <translation>Partir d’un assistant</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>The default model</source>
        <translation>Le modèle par défaut</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Use the defaults again</source>
        <translation>Rétablir les valeurs par défaut</translation>
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
    <name>DefaultsSettings</name>
    <message>
        <source>Asking the provider…</source>
        <translation>Interrogation du fournisseur…</translation>
    </message>
</context>
<context>
    <name>ExecutorNode</name>
    <message>
        <source>Generating reply...</source>
        <translation>Génération de la réponse…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n rounds of tool calls.</source>
        <translation>
            <numerusform>Arrêt après %n série d’appels d’outils.</numerusform>
            <numerusform>Arrêt après %n séries d’appels d’outils.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply generated</source>
        <translation>Réponse générée</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>Appel de %1</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 a répondu</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d’écouter sur %1, port %2 : %3</translation>
    </message>
</context>
<context>
    <name>IntentNode</name>
    <message>
        <source>Analyzing your intent...</source>
        <translation>Analyse de votre intention…</translation>
    </message>
    <message>
        <source>Could not classify the question (%1); answering it directly</source>
        <translation>Impossible de classer la question (%1) ; réponse directe</translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation>Intention : %1</translation>
    </message>
</context>
<context>
    <name>JsonTransfer</name>
    <message>
        <source>The file cannot be imported (%1: %2). Nothing was imported.</source>
        <translation>Impossible d’importer le fichier (%1 : %2). Rien n’a été importé.</translation>
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
    <name>LlmClient</name>
    <message>
        <source>The provider has no valid base URL (“%1”).</source>
        <translation>Le fournisseur n’a pas d’URL de base valide (« %1 »).</translation>
    </message>
    <message>
        <source>The provider has no valid base URL.</source>
        <translation>Le fournisseur n’a pas d’URL de base valide.</translation>
    </message>
    <message>
        <source>The model list is not a JSON object</source>
        <translation>La liste des modèles n’est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>LlmError</name>
    <message>
        <source>The reply was stopped.</source>
        <translation>La réponse a été arrêtée.</translation>
    </message>
    <message>
        <source>The connection was lost before the reply was complete. The text received so far is kept.</source>
        <translation>La connexion a été perdue avant la fin de la réponse. Le texte déjà reçu est conservé.</translation>
    </message>
    <message>
        <source>Could not connect to the server in time.</source>
        <translation>Impossible de se connecter au serveur dans le délai imparti.</translation>
    </message>
    <message>
        <source>The server did not start answering in time.</source>
        <translation>Le serveur n’a pas commencé à répondre dans le délai imparti.</translation>
    </message>
    <message numerus="yes">
        <source>The server stopped sending the reply (nothing new for %n seconds).</source>
        <translation>
            <numerusform>Le serveur a cessé d’envoyer la réponse (rien de nouveau depuis %n seconde).</numerusform>
            <numerusform>Le serveur a cessé d’envoyer la réponse (rien de nouveau depuis %n secondes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server stopped sending the reply.</source>
        <translation>Le serveur a cessé d’envoyer la réponse.</translation>
    </message>
    <message>
        <source>The reply took longer than the time limit for one turn.</source>
        <translation>La réponse a dépassé le temps maximal d’un tour.</translation>
    </message>
    <message>
        <source>The server gave up on the request because it took too long.</source>
        <translation>Le serveur a abandonné la requête, car elle prenait trop de temps.</translation>
    </message>
    <message>
        <source>A network error stopped the request.</source>
        <translation>Une erreur réseau a interrompu la requête.</translation>
    </message>
    <message>
        <source>The server address could not be found. Check the base URL and the network connection.</source>
        <translation>L’adresse du serveur est introuvable. Vérifiez l’URL de base et la connexion réseau.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check that it is running and that the base URL is right.</source>
        <translation>Le serveur a refusé la connexion. Vérifiez qu’il est lancé et que l’URL de base est correcte.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>La connexion sécurisée au serveur a échoué.</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP status %1).</source>
        <translation>Le serveur a rejeté la requête (statut HTTP %1).</translation>
    </message>
    <message>
        <source>The provider did not accept the API key (HTTP status %1). Check the key in the provider settings.</source>
        <translation>Le fournisseur n’a pas accepté la clé d’API (statut HTTP %1). Vérifiez la clé dans les réglages du fournisseur.</translation>
    </message>
    <message>
        <source>The provider needs payment or more credits for this request.</source>
        <translation>Le fournisseur demande un paiement ou davantage de crédits pour cette requête.</translation>
    </message>
    <message>
        <source>The provider does not know this model or address. Check the model name and the base URL.</source>
        <translation>Le fournisseur ne connaît pas ce modèle ou cette adresse. Vérifiez le nom du modèle et l’URL de base.</translation>
    </message>
    <message numerus="yes">
        <source>The provider is limiting requests. Try again in %n seconds.</source>
        <translation>
            <numerusform>Le fournisseur limite les requêtes. Réessayez dans %n seconde.</numerusform>
            <numerusform>Le fournisseur limite les requêtes. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider is limiting requests. Try again in a moment.</source>
        <translation>Le fournisseur limite les requêtes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The account has used up its quota or credits at this provider.</source>
        <translation>Le compte a épuisé son quota ou ses crédits chez ce fournisseur.</translation>
    </message>
    <message>
        <source>The request is too large for this model: shorten the conversation or the attachments.</source>
        <translation>La requête est trop volumineuse pour ce modèle : raccourcissez la conversation ou les pièces jointes.</translation>
    </message>
    <message>
        <source>The provider had a problem on its side (HTTP status %1).</source>
        <translation>Le fournisseur a rencontré un problème de son côté (statut HTTP %1).</translation>
    </message>
    <message>
        <source>The provider reported an error while answering.</source>
        <translation>Le fournisseur a signalé une erreur pendant sa réponse.</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid reply.</source>
        <translation>Le serveur a envoyé quelque chose qui n’est pas une réponse valide.</translation>
    </message>
    <message>
        <source>The provider said: “%1”</source>
        <translation>Message du fournisseur : « %1 »</translation>
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
        <translation>Aucun gestionnaire d’accès réseau.</translation>
    </message>
    <message>
        <source>The network access manager was deleted.</source>
        <translation>Le gestionnaire d’accès réseau a été supprimé.</translation>
    </message>
    <message>
        <source>The request was deleted.</source>
        <translation>La requête a été supprimée.</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes</source>
        <translation>La réponse du serveur dépasse %1 octets</translation>
    </message>
    <message>
        <source>The stream ended before the provider marked the reply as complete.</source>
        <translation>Le flux s’est terminé avant que le fournisseur n’indique la fin de la réponse.</translation>
    </message>
    <message>
        <source>The server ended the stream without sending a reply</source>
        <translation>Le serveur a fermé le flux sans envoyer de réponse</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>Confab is closing</source>
        <translation>Confab se ferme</translation>
    </message>
    <message>
        <source>The server settings changed</source>
        <translation>Les réglages du serveur ont changé</translation>
    </message>
    <message>
        <source>Listening on %1 would let other computers reach Confab; turn on &quot;allow remote access&quot; first.</source>
        <translation>Écouter sur %1 permettrait à d’autres ordinateurs d’accéder à Confab ; activez d’abord « autoriser l’accès à distance ».</translation>
    </message>
    <message>
        <source>The server listens on %1: other computers that can reach it and have the token can use Confab.</source>
        <translation>Le serveur écoute sur %1 : les autres ordinateurs qui peuvent l’atteindre et qui disposent du jeton peuvent utiliser Confab.</translation>
    </message>
    <message>
        <source>The server stopped</source>
        <translation>Le serveur s’est arrêté</translation>
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
    <message>
        <source>%1 — Confab</source>
        <translation>%1 — Confab</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Fournisseur : %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créée : %1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Tool calls:</source>
        <translation>Appels d’outils :</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Résultat de l’outil</translation>
    </message>
    <message>
        <source>Tool result (%1)</source>
        <translation>Résultat de l’outil (%1)</translation>
    </message>
    <message>
        <source>still being written</source>
        <translation>en cours d’écriture</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
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
        <translation>Le serveur n’a pas terminé la négociation MCP : %1</translation>
    </message>
    <message>
        <source>The server speaks MCP version “%1”; Confab speaks %2.</source>
        <translation>Le serveur utilise la version « %1 » de MCP ; Confab utilise la version %2.</translation>
    </message>
    <message>
        <source>Connected to %1 %2 (MCP %3).</source>
        <translation>Connecté à %1 %2 (MCP %3).</translation>
    </message>
    <message>
        <source>The server offers no tools.</source>
        <translation>Le serveur ne propose aucun outil.</translation>
    </message>
    <message>
        <source>The server did not list its tools: %1</source>
        <translation>Le serveur n’a pas fourni la liste de ses outils : %1</translation>
    </message>
    <message>
        <source>Reading the tool list again failed: %1</source>
        <translation>Échec de la relecture de la liste des outils : %1</translation>
    </message>
    <message>
        <source>Left out a tool without a name.</source>
        <translation>Un outil sans nom a été ignoré.</translation>
    </message>
    <message>
        <source>Stopped reading the tool list after %1 pages.</source>
        <translation>Lecture de la liste des outils arrêtée après %1 pages.</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) available.</source>
        <translation>
            <numerusform>%n outil disponible.</numerusform>
            <numerusform>%n outils disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>Le serveur n’est pas en cours d’exécution.</translation>
    </message>
    <message>
        <source>The server is not running: %1</source>
        <translation>Le serveur n’est pas en cours d’exécution : %1</translation>
    </message>
    <message>
        <source>The server&apos;s tools changed.</source>
        <translation>Les outils du serveur ont changé.</translation>
    </message>
    <message>
        <source>Ignored an answer to no pending request (id %1).</source>
        <translation>Réponse ignorée, car elle ne correspond à aucune requête en attente (id %1).</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Le serveur a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has neither a result nor an error.</source>
        <translation>La réponse du serveur ne contient ni résultat ni erreur.</translation>
    </message>
    <message>
        <source>%1 Last lines of its log: %2</source>
        <translation>%1 Dernières lignes de son journal : %2</translation>
    </message>
    <message>
        <source>The server is being stopped.</source>
        <translation>Arrêt du serveur en cours.</translation>
    </message>
    <message>
        <source>The server was stopped.</source>
        <translation>Le serveur a été arrêté.</translation>
    </message>
</context>
<context>
    <name>McpConnection</name>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Running, no tools</source>
        <translation>En cours d’exécution, aucun outil</translation>
    </message>
    <message numerus="yes">
        <source>Running, %n tool(s)</source>
        <translation>
            <numerusform>En cours d’exécution, %n outil</numerusform>
            <numerusform>En cours d’exécution, %n outils</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>The MCP server “%1” failed: %2</source>
        <translation>Échec du serveur MCP « %1 » : %2</translation>
    </message>
    <message>
        <source>Stopped by Confab.</source>
        <translation>Arrêté par Confab.</translation>
    </message>
</context>
<context>
    <name>McpHttpTransport</name>
    <message>
        <source>Connecting to %1.</source>
        <translation>Connexion à %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB.</source>
        <translation>La réponse du serveur dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>The server&apos;s event stream broke: %1</source>
        <translation>Le flux d’événements du serveur a été interrompu : %1</translation>
    </message>
    <message>
        <source>The server offers no event stream (HTTP %1); changes to its tools are seen on the next start.</source>
        <translation>Le serveur ne propose pas de flux d’événements (HTTP %1) ; les modifications de ses outils seront prises en compte au prochain démarrage.</translation>
    </message>
    <message>
        <source>The server ended the session (HTTP 404).</source>
        <translation>Le serveur a mis fin à la session (HTTP 404).</translation>
    </message>
    <message>
        <source>Stopped listening to the server&apos;s event stream after repeated failures.</source>
        <translation>Arrêt de l’écoute du flux d’événements du serveur après des échecs répétés.</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>Le serveur a mis fin à la session.</translation>
    </message>
    <message>
        <source>The server refused a message: %1</source>
        <translation>Le serveur a refusé un message : %1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Le serveur a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>The server ended its event stream without answering.</source>
        <translation>Le serveur a fermé son flux d’événements sans répondre.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not a JSON-RPC response.</source>
        <translation>La réponse du serveur n’était pas une réponse JSON-RPC.</translation>
    </message>
</context>
<context>
    <name>McpImport</name>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>Ce n’est pas du JSON valide : %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>No &quot;mcpServers&quot; object was found in this JSON.</source>
        <translation>Aucun objet « mcpServers » n’a été trouvé dans ce JSON.</translation>
    </message>
    <message>
        <source>%1: left out, its entry is not an object.</source>
        <translation>%1 : ignoré, son entrée n’est pas un objet.</translation>
    </message>
    <message>
        <source>%1: left out, it uses the old HTTP+SSE transport, which Confab does not support.</source>
        <translation>%1 : ignoré, il utilise l’ancien transport HTTP+SSE, que Confab ne prend pas en charge.</translation>
    </message>
    <message>
        <source>A server without a name was left out.</source>
        <translation>Un serveur sans nom a été ignoré.</translation>
    </message>
    <message>
        <source>%1: left out. %2</source>
        <translation>%1 : ignoré. %2</translation>
    </message>
    <message>
        <source>%1: renamed to %2, that name is taken.</source>
        <translation>%1 : renommé en %2, car ce nom est déjà pris.</translation>
    </message>
</context>
<context>
    <name>McpImportDialog</name>
    <message numerus="yes">
        <source>%n server(s) added.</source>
        <translation>
            <numerusform>%n serveur ajouté.</numerusform>
            <numerusform>%n serveurs ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>Importer des serveurs MCP</translation>
    </message>
    <message>
        <source>Paste the contents of claude_desktop_config.json, or any JSON with an &quot;mcpServers&quot; object. Imported servers ask before each call.</source>
        <translation>Collez le contenu de claude_desktop_config.json, ou tout JSON contenant un objet « mcpServers ». Les serveurs importés demandent confirmation avant chaque appel.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>McpLogDialog</name>
    <message>
        <source>Log of %1</source>
        <translation>Journal de %1</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Le journal est vide pour l’instant.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>McpManager</name>
    <message>
        <source>The server needs a name.</source>
        <translation>Le serveur doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name must not start or end with spaces.</source>
        <translation>Le nom ne doit ni commencer ni se terminer par des espaces.</translation>
    </message>
    <message>
        <source>There is already a server named “%1”.</source>
        <translation>Un serveur nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>There is no server named “%1”.</source>
        <translation>Aucun serveur ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Restarted by the user.</source>
        <translation>Redémarré par l’utilisateur.</translation>
    </message>
</context>
<context>
    <name>McpRequest</name>
    <message>
        <source>The server did not answer %1 within %2 seconds.</source>
        <translation>Le serveur n’a pas répondu à %1 dans un délai de %2 secondes.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
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
        <translation>Activé</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tools: %1</source>
        <translation>Outils : %1</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>Demander avant chaque appel</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>The server needs a name.</source>
        <translation>Le serveur doit avoir un nom.</translation>
    </message>
    <message>
        <source>The server needs a command to start.</source>
        <translation>Le serveur doit avoir une commande de démarrage.</translation>
    </message>
    <message>
        <source>The server needs an http:// or https:// address.</source>
        <translation>Le serveur doit avoir une adresse http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>McpServerDialog</name>
    <message>
        <source>Add an MCP server</source>
        <translation>Ajouter un serveur MCP</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>As a program (stdio)</source>
        <translation>En tant que programme (stdio)</translation>
    </message>
    <message>
        <source>At an address (HTTP)</source>
        <translation>À une adresse (HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Arguments
(one per line)</source>
        <translation>Arguments
(un par ligne)</translation>
    </message>
    <message>
        <source>Environment
(NAME=value)</source>
        <translation>Environnement
(NOM=valeur)</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(facultatif)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Headers
(Name: value)</source>
        <translation>En-têtes
(Nom: valeur)</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Délai d’attente (s)</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>Demander avant chaque appel</translation>
    </message>
</context>
<context>
    <name>McpServerLog</name>
    <message numerus="yes">
        <source>[%n earlier line(s) dropped]</source>
        <translation>
            <numerusform>[%n ligne précédente supprimée]</numerusform>
            <numerusform>[%n lignes précédentes supprimées]</numerusform>
        </translation>
    </message>
    <message>
        <source> […%1 more characters]</source>
        <translation> […%1 caractères de plus]</translation>
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
        <translation>Les serveurs MCP ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>This server no longer exists.</source>
        <translation>Ce serveur n’existe plus.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a settings file.</source>
        <translation>%1 est trop volumineux pour un fichier de réglages.</translation>
    </message>
</context>
<context>
    <name>McpSettingsPage</name>
    <message>
        <source>MCP servers</source>
        <translation>Serveurs MCP</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Ajouter un serveur…</translation>
    </message>
    <message>
        <source>Tools of Model Context Protocol servers become tools of the assistant. A server runs as a program on this computer (stdio) or is reached at an address (HTTP). Calls of a server that asks before each call wait for your Allow or Deny in the chat.</source>
        <translation>Les outils des serveurs Model Context Protocol deviennent des outils de l’assistant. Un serveur s’exécute comme un programme sur cet ordinateur (stdio) ou se joint à une adresse (HTTP). Les appels d’un serveur qui demande avant chaque appel attendent que vous choisissiez Autoriser ou Refuser dans la discussion.</translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one, or import the &quot;mcpServers&quot; settings of another app.</source>
        <translation>Aucun serveur MCP pour l’instant. Ajoutez-en un ou importez les réglages « mcpServers » d’une autre application.</translation>
    </message>
    <message>
        <source>MCP servers are not available.</source>
        <translation>Les serveurs MCP ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <source>Its tools are no longer offered to the assistant, and its program is stopped.</source>
        <translation>Ses outils ne seront plus proposés à l’assistant et son programme sera arrêté.</translation>
    </message>
</context>
<context>
    <name>McpStdioTransport</name>
    <message>
        <source>The server did not exit after its input was closed; terminating it.</source>
        <translation>Le serveur ne s’est pas terminé après la fermeture de son entrée ; demande d’arrêt.</translation>
    </message>
    <message>
        <source>The server ignored the request to terminate; killing it.</source>
        <translation>Le serveur a ignoré la demande d’arrêt ; arrêt forcé.</translation>
    </message>
    <message>
        <source>Started %1 (process %2).</source>
        <translation>%1 démarré (processus %2).</translation>
    </message>
    <message>
        <source>The command “%1” was not found in PATH.</source>
        <translation>La commande « %1 » est introuvable dans PATH.</translation>
    </message>
    <message>
        <source>The working folder “%1” does not exist.</source>
        <translation>Le dossier de travail « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>The server wrote a line longer than %1 MiB without a line break.</source>
        <translation>Le serveur a écrit une ligne de plus de %1 Mio sans saut de ligne.</translation>
    </message>
    <message>
        <source>The server exited.</source>
        <translation>Le serveur s’est terminé.</translation>
    </message>
    <message>
        <source>The server process crashed.</source>
        <translation>Le processus du serveur a planté.</translation>
    </message>
    <message>
        <source>The server process exited with code %1.</source>
        <translation>Le processus du serveur s’est terminé avec le code %1.</translation>
    </message>
    <message>
        <source>The server could not be started: %1</source>
        <translation>Impossible de démarrer le serveur : %1</translation>
    </message>
    <message>
        <source>Writing to the server failed: %1</source>
        <translation>Échec de l’écriture vers le serveur : %1</translation>
    </message>
</context>
<context>
    <name>McpTool</name>
    <message>
        <source>%1 (tool “%2” of the MCP server “%3”)</source>
        <translation>%1 (outil « %2 » du serveur MCP « %3 »)</translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>The MCP server “%1” has been removed.</source>
        <translation>Le serveur MCP « %1 » a été supprimé.</translation>
    </message>
    <message>
        <source>The MCP server “%1” asks the user before each call, and there is nobody to ask here.</source>
        <translation>Le serveur MCP « %1 » demande l’accord de l’utilisateur avant chaque appel, et personne ne peut répondre ici.</translation>
    </message>
    <message>
        <source>The user denied this call.</source>
        <translation>L’utilisateur a refusé cet appel.</translation>
    </message>
    <message>
        <source>Nobody allowed this call in time; it was not made.</source>
        <translation>Personne n’a autorisé cet appel à temps ; il n’a pas été effectué.</translation>
    </message>
    <message>
        <source>The call was withdrawn before the user allowed it.</source>
        <translation>L’appel a été retiré avant que l’utilisateur ne l’autorise.</translation>
    </message>
    <message>
        <source>The MCP server “%1” is not running.</source>
        <translation>Le serveur MCP « %1 » n’est pas en cours d’exécution.</translation>
    </message>
    <message>
        <source>The MCP server “%1” is not running: %2</source>
        <translation>Le serveur MCP « %1 » n’est pas en cours d’exécution : %2</translation>
    </message>
    <message>
        <source>The MCP server “%1” refused the call: %2 (JSON-RPC error %3)</source>
        <translation>Le serveur MCP « %1 » a refusé l’appel : %2 (erreur JSON-RPC %3)</translation>
    </message>
    <message>
        <source>Meanwhile it printed output that is not MCP (see its log).</source>
        <translation>Entre-temps, il a produit une sortie qui n’est pas du MCP (voir son journal).</translation>
    </message>
    <message>
        <source>The MCP server “%1”: %2</source>
        <translation>Serveur MCP « %1 » : %2</translation>
    </message>
    <message>
        <source>The MCP server “%1” failed during the call: %2</source>
        <translation>Le serveur MCP « %1 » a échoué pendant l’appel : %2</translation>
    </message>
    <message>
        <source>The MCP server “%1” gave an answer Confab cannot read: %2</source>
        <translation>Le serveur MCP « %1 » a donné une réponse que Confab ne peut pas lire : %2</translation>
    </message>
    <message>
        <source>The call to the MCP server “%1” was cancelled: %2</source>
        <translation>L’appel au serveur MCP « %1 » a été annulé : %2</translation>
    </message>
</context>
<context>
    <name>McpToolResult</name>
    <message>
        <source>[The tool returned an image (%1, %2), which cannot be passed on as text.]</source>
        <translation>[L’outil a renvoyé une image (%1, %2), qui ne peut pas être transmise sous forme de texte.]</translation>
    </message>
    <message>
        <source>[The tool returned audio (%1, %2), which cannot be passed on as text.]</source>
        <translation>[L’outil a renvoyé un contenu audio (%1, %2), qui ne peut pas être transmis sous forme de texte.]</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>[Resource link: %1 &lt;%2&gt;]</source>
        <translation>[Lien vers une ressource : %1 &lt;%2&gt;]</translation>
    </message>
    <message>
        <source>[Content of type “%1” left out.]</source>
        <translation>[Contenu de type « %1 » omis.]</translation>
    </message>
    <message>
        <source>The tool reported an error without details.</source>
        <translation>L’outil a signalé une erreur sans détails.</translation>
    </message>
    <message>
        <source>[Resource %1]</source>
        <translation>[Ressource %1]</translation>
    </message>
    <message>
        <source>[The tool returned the binary resource %1 (%2, %3), which cannot be passed on as text.]</source>
        <translation>[L’outil a renvoyé la ressource binaire %1 (%2, %3), qui ne peut pas être transmise sous forme de texte.]</translation>
    </message>
</context>
<context>
    <name>McpTransport</name>
    <message>
        <source>Ignored output that is not an MCP message: %1</source>
        <translation>Sortie ignorée, car ce n’est pas un message MCP : %1</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this reply was written</source>
        <translation>Interrompue : Confab a été fermé pendant l’écriture de cette réponse</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Welcome to Confab</source>
        <translation>Bienvenue dans Confab</translation>
    </message>
    <message>
        <source>Connect a model to start chatting. Confab talks to any OpenAI-compatible provider, in the cloud or on this computer; your conversations stay here.</source>
        <translation>Connectez un modèle pour commencer à discuter. Confab communique avec tout fournisseur compatible OpenAI, dans le cloud ou sur cet ordinateur ; vos conversations restent ici.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Looking for Ollama, LM Studio and llama.cpp…</source>
        <translation>Recherche d’Ollama, de LM Studio et de llama.cpp…</translation>
    </message>
    <message>
        <source>No local server answered on its usual port (Ollama 11434, LM Studio 1234, llama.cpp 8080). Start one and look again, or pick a provider below.</source>
        <translation>Aucun serveur local n’a répondu sur son port habituel (Ollama 11434, LM Studio 1234, llama.cpp 8080). Lancez-en un et relancez la recherche, ou choisissez un fournisseur ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>Use %1 at %2 — %n model(s)</source>
        <translation>
            <numerusform>Utiliser %1 à l’adresse %2 — %n modèle</numerusform>
            <numerusform>Utiliser %1 à l’adresse %2 — %n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Rechercher à nouveau</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>Choisir un fournisseur</translation>
    </message>
    <message>
        <source>Save and start chatting</source>
        <translation>Enregistrer et commencer à discuter</translation>
    </message>
    <message>
        <source>Continue to the chat</source>
        <translation>Continuer vers la discussion</translation>
    </message>
    <message>
        <source>Or use another Confab (or a MineContext server) as the backend</source>
        <translation>Ou utiliser une autre instance de Confab (ou un serveur MineContext) comme moteur</translation>
    </message>
</context>
<context>
    <name>ParameterFields</name>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Nombre maximal de jetons</translation>
    </message>
    <message>
        <source>0: no limit of Confab&apos;s own</source>
        <translation>0 : aucune limite propre à Confab</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>On, where the provider can switch it</source>
        <translation>Activé, si le fournisseur permet de le changer</translation>
    </message>
    <message>
        <source>Off, where the provider can switch it</source>
        <translation>Désactivé, si le fournisseur permet de le changer</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>The agent may use tools</source>
        <translation>L’agent peut utiliser des outils</translation>
    </message>
    <message>
        <source>No tools</source>
        <translation>Aucun outil</translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Enter the provider&apos;s address, such as https://api.openai.com/v1.</source>
        <translation>Saisissez l’adresse du fournisseur, par exemple https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>This is not a web address. It must start with http:// or https:// and name a host, such as http://127.0.0.1:11434/v1.</source>
        <translation>Ce n’est pas une adresse web. Elle doit commencer par http:// ou https:// et indiquer un hôte, par exemple http://127.0.0.1:11434/v1.</translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#”: give the base URL only, such as https://api.openai.com/v1.</source>
        <translation>L’adresse ne doit contenir ni « ? » ni « # » : indiquez seulement l’URL de base, par exemple https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): the key would cross the network readable by others.</source>
        <translation>Cette adresse n’est pas chiffrée (http://) : la clé transiterait sur le réseau en clair, lisible par d’autres.</translation>
    </message>
    <message>
        <source>This provider needs an API key. Paste the key you created on its website.</source>
        <translation>Ce fournisseur nécessite une clé d’API. Collez la clé que vous avez créée sur son site web.</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks. Copy it again, without anything around it.</source>
        <translation>La clé contient des espaces ou des sauts de ligne. Copiez-la à nouveau, sans rien autour.</translation>
    </message>
    <message>
        <source>This key is too short to be an API key.</source>
        <translation>Cette clé est trop courte pour être une clé d’API.</translation>
    </message>
    <message>
        <source>The reasoning switches must be JSON objects, such as {&quot;reasoning_effort&quot;: &quot;none&quot;}, or empty.</source>
        <translation>Les champs d’activation du raisonnement doivent être des objets JSON, par exemple {&quot;reasoning_effort&quot;: &quot;none&quot;}, ou rester vides.</translation>
    </message>
    <message>
        <source>Choose a model. “Test connection” lists the ones this provider offers.</source>
        <translation>Choisissez un modèle. « Tester la connexion » affiche ceux que propose ce fournisseur.</translation>
    </message>
    <message>
        <source>Line %1 is not a header: write one “Name: value” per line.</source>
        <translation>La ligne %1 n’est pas un en-tête : écrivez un « Nom: valeur » par ligne.</translation>
    </message>
    <message>
        <source>The value of header “%1” has characters a header cannot carry.</source>
        <translation>La valeur de l’en-tête « %1 » contient des caractères non autorisés dans un en-tête.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n model(s).</source>
        <translation>
            <numerusform>%n modèle trouvé.</numerusform>
            <numerusform>%n modèles trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected, but the provider lists no models. Type the model&apos;s name.</source>
        <translation>Connecté, mais le fournisseur ne liste aucun modèle. Saisissez le nom du modèle.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available.</source>
        <translation>
            <numerusform>Connecté : %n modèle disponible.</numerusform>
            <numerusform>Connecté : %n modèles disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confab&apos;s settings are not open.</source>
        <translation>Les réglages de Confab ne sont pas ouverts.</translation>
    </message>
    <message>
        <source>The key is kept in %1, readable only by you.</source>
        <translation>La clé est conservée dans %1, lisible par vous seul.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the key was not stored: it works until Confab closes. Start a keychain service (GNOME Keyring, KWallet), or keep keys in a file readable only by you.</source>
        <translation>Aucun trousseau système n’est disponible, la clé n’a donc pas été enregistrée : elle fonctionnera jusqu’à la fermeture de Confab. Démarrez un service de trousseau (GNOME Keyring, KWallet) ou conservez les clés dans un fichier lisible par vous seul.</translation>
    </message>
    <message>
        <source>The key could not be stored and works until Confab closes: %1</source>
        <translation>Impossible d’enregistrer la clé ; elle fonctionnera jusqu’à la fermeture de Confab : %1</translation>
    </message>
    <message>
        <source>Keys will be kept in %1, readable only by you.</source>
        <translation>Les clés seront conservées dans %1, lisible par vous seul.</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>How this provider is shown</source>
        <translation>Nom affiché pour ce fournisseur</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>Clé d’API (facultative)</translation>
    </message>
    <message>
        <source>Stored — leave empty to keep it</source>
        <translation>Enregistrée — laissez vide pour la conserver</translation>
    </message>
    <message>
        <source>Create a key at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;. It is kept in your system keychain, never in Confab&apos;s settings file.</source>
        <translation>Créez une clé sur &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;. Elle est conservée dans le trousseau de votre système, jamais dans le fichier de réglages de Confab.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Advanced: headers and reasoning switches</source>
        <translation>Avancé : en-têtes et activation du raisonnement</translation>
    </message>
    <message>
        <source>Extra headers (one “Name: value” per line)</source>
        <translation>En-têtes supplémentaires (un « Nom: valeur » par ligne)</translation>
    </message>
    <message>
        <source>Request fields that turn reasoning on</source>
        <translation>Champs de requête qui activent le raisonnement</translation>
    </message>
    <message>
        <source>… and off</source>
        <translation>… et qui le désactivent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Keep keys in a file readable only by me</source>
        <translation>Conserver les clés dans un fichier lisible par moi seul</translation>
    </message>
</context>
<context>
    <name>ProviderPreset</name>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>Personnalisé (compatible OpenAI)</translation>
    </message>
</context>
<context>
    <name>ProviderProfile</name>
    <message>
        <source>From the environment (OPENAI_BASE_URL)</source>
        <translation>Depuis l’environnement (OPENAI_BASE_URL)</translation>
    </message>
</context>
<context>
    <name>ReadFileTool</name>
    <message>
        <source>The argument &quot;path&quot; is missing.</source>
        <translation>L’argument « path » est manquant.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is outside the folders you allowed Confab to read.</source>
        <translation>%1 se trouve hors des dossiers que vous avez autorisé Confab à lire.</translation>
    </message>
    <message numerus="yes">
        <source>Folder %1 (%n entries):
</source>
        <translation>
            <numerusform>Dossier %1 (%n entrée) :
</numerusform>
            <numerusform>Dossier %1 (%n entrées) :
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot seek to byte %1 of %2.</source>
        <translation>Impossible d’atteindre l’octet %1 de %2.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not text.</source>
        <translation>%1 est un fichier binaire, pas du texte.</translation>
    </message>
    <message>
        <source>
[%1 more bytes: call again with offset %2]</source>
        <translation>
[%1 octets restants : rappelez avec offset %2]</translation>
    </message>
</context>
<context>
    <name>ReflectionNode</name>
    <message>
        <source>Reviewing the answer...</source>
        <translation>Vérification de la réponse…</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Vérification : %1</translation>
    </message>
</context>
<context>
    <name>RemoteChatClient</name>
    <message>
        <source>The address must be an http:// or https:// URL with a host, such as http://127.0.0.1:1733.</source>
        <translation>L’adresse doit être une URL http:// ou https:// avec un hôte, par exemple http://127.0.0.1:1733.</translation>
    </message>
    <message>
        <source>The remote server did not answer within 10 seconds.</source>
        <translation>Le serveur distant n’a pas répondu dans un délai de 10 secondes.</translation>
    </message>
    <message>
        <source>The remote server refused the token (HTTP %1). Check the token in the remote backend settings.</source>
        <translation>Le serveur distant a refusé le jeton (HTTP %1). Vérifiez le jeton dans les réglages du moteur distant.</translation>
    </message>
    <message>
        <source>The remote server has no chat API at this address (HTTP 404). Check the address: it should be the server&apos;s root, such as http://127.0.0.1:1733.</source>
        <translation>Le serveur distant n’a pas d’API de discussion à cette adresse (HTTP 404). Vérifiez l’adresse : ce doit être la racine du serveur, par exemple http://127.0.0.1:1733.</translation>
    </message>
    <message>
        <source>The remote server is busy (HTTP 429). Try again in a moment.</source>
        <translation>Le serveur distant est occupé (HTTP 429). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The remote server failed (HTTP %1).</source>
        <translation>Le serveur distant a rencontré une erreur (HTTP %1).</translation>
    </message>
    <message>
        <source>The remote server refused the request (HTTP %1).</source>
        <translation>Le serveur distant a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation>Il a répondu : « %1 »</translation>
    </message>
</context>
<context>
    <name>RemoteChatStream</name>
    <message numerus="yes">
        <source>The remote server sent nothing for %n seconds.</source>
        <translation>
            <numerusform>Le serveur distant n’a rien envoyé pendant %n seconde.</numerusform>
            <numerusform>Le serveur distant n’a rien envoyé pendant %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply was cancelled.</source>
        <translation>La réponse a été annulée.</translation>
    </message>
    <message>
        <source>The remote server did not answer with an event stream (it sent “%1”). Check the address: it should be the server&apos;s root, such as http://127.0.0.1:1733.</source>
        <translation>Le serveur distant n’a pas répondu par un flux d’événements (il a envoyé « %1 »). Vérifiez l’adresse : ce doit être la racine du serveur, par exemple http://127.0.0.1:1733.</translation>
    </message>
    <message>
        <source>The remote server sent an event that is too large.</source>
        <translation>Le serveur distant a envoyé un événement trop volumineux.</translation>
    </message>
    <message>
        <source>The remote server sent something that is not an event: %1</source>
        <translation>Le serveur distant a envoyé quelque chose qui n’est pas un événement : %1</translation>
    </message>
    <message>
        <source>The remote server sent an event that cannot be read: %1</source>
        <translation>Le serveur distant a envoyé un événement illisible : %1</translation>
    </message>
    <message>
        <source>The remote server closed the stream before the reply was complete.</source>
        <translation>Le serveur distant a fermé le flux avant la fin de la réponse.</translation>
    </message>
</context>
<context>
    <name>RemoteForm</name>
    <message>
        <source>Your messages go to that server&apos;s chat API (/api/agent/chat/stream), which answers with its own model and tools. The conversations are still kept here.</source>
        <translation>Vos messages sont envoyés à l’API de discussion de ce serveur (/api/agent/chat/stream), qui répond avec son propre modèle et ses propres outils. Les conversations restent conservées ici.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Token (if the server asks for one)</source>
        <translation>Jeton (si le serveur en demande un)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Use the embedded agent again</source>
        <translation>Revenir à l’agent intégré</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Utiliser ce serveur</translation>
    </message>
</context>
<context>
    <name>RemoteSettings</name>
    <message>
        <source>Enter the server&apos;s address, such as http://127.0.0.1:1733.</source>
        <translation>Saisissez l’adresse du serveur, par exemple http://127.0.0.1:1733.</translation>
    </message>
    <message>
        <source>This is not a web address. It must start with http:// or https:// and name a host, such as http://127.0.0.1:1733.</source>
        <translation>Ce n’est pas une adresse web. Elle doit commencer par http:// ou https:// et indiquer un hôte, par exemple http://127.0.0.1:1733.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The server answered and accepted the token.</source>
        <translation>Le serveur a répondu et accepté le jeton.</translation>
    </message>
</context>
<context>
    <name>RemoteWorkflowNode</name>
    <message>
        <source>The remote backend is not configured.</source>
        <translation>Le moteur distant n’est pas configuré.</translation>
    </message>
    <message>
        <source>The remote server stopped the reply.</source>
        <translation>Le serveur distant a arrêté la réponse.</translation>
    </message>
    <message>
        <source>The remote server could not answer.</source>
        <translation>Le serveur distant n’a pas pu répondre.</translation>
    </message>
    <message>
        <source>The remote server ended the reply early.</source>
        <translation>Le serveur distant a terminé la réponse prématurément.</translation>
    </message>
</context>
<context>
    <name>ReplyError</name>
    <message>
        <source>The reply failed.</source>
        <translation>La réponse a échoué.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>SearchHistoryTool</name>
    <message>
        <source>The argument &quot;query&quot; is missing.</source>
        <translation>L’argument « query » est manquant.</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivée)</translation>
    </message>
    <message>
        <source>You: </source>
        <translation>Vous : </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (no Secret Service or KWallet answered).</source>
        <translation>Aucun trousseau système n’est disponible (ni Secret Service ni KWallet n’a répondu).</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Start a keychain service, set OPENAI_API_KEY, or allow Confab to keep keys in a file readable only by you.</source>
        <translation>Démarrez un service de trousseau, définissez OPENAI_API_KEY ou autorisez Confab à conserver les clés dans un fichier lisible par vous seul.</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n seconds</source>
        <translation>
            <numerusform>le trousseau n’a pas répondu dans un délai de %n seconde</numerusform>
            <numerusform>le trousseau n’a pas répondu dans un délai de %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>No key is stored for “%1”.</source>
        <translation>Aucune clé n’est enregistrée pour « %1 ».</translation>
    </message>
    <message>
        <source>The keychain refused the operation: %1</source>
        <translation>Le trousseau a refusé l’opération : %1</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Impossible de lire le fichier de clés %1 : %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged; it was left as it is.</source>
        <translation>Le fichier de clés %1 est endommagé ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>Impossible d’écrire le fichier de clés %1 : %2</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Warning: %1
</source>
        <translation>Avertissement : %1
</translation>
    </message>
    <message>
        <source>Warning: no provider is set up, so every chat will fail. Set one up in Confab&apos;s settings, or set OPENAI_BASE_URL (and OPENAI_API_KEY).
</source>
        <translation>Avertissement : aucun fournisseur n’est configuré, toutes les discussions échoueront donc. Configurez-en un dans les réglages de Confab, ou définissez OPENAI_BASE_URL (et OPENAI_API_KEY).
</translation>
    </message>
    <message>
        <source>Confab is serving on %1; the access token is in %2. Stop with Ctrl+C.
</source>
        <translation>Confab est à l’écoute sur %1 ; le jeton d’accès se trouve dans %2. Arrêtez avec Ctrl+C.
</translation>
    </message>
    <message>
        <source>Stopping: running answers are kept as cancelled.
</source>
        <translation>Arrêt : les réponses en cours sont conservées comme annulées.
</translation>
    </message>
    <message>
        <source>The server stopped</source>
        <translation>Le serveur s’est arrêté</translation>
    </message>
    <message>
        <source>confab serve: %1 can be reached from other computers; add --allow-remote to listen on it.
</source>
        <translation>confab serve : %1 est joignable depuis d’autres ordinateurs ; ajoutez --allow-remote pour écouter sur cette adresse.
</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Not an IP address to listen on: %1</source>
        <translation>Adresse IP d’écoute non valide : %1</translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation>Aucune adresse d’écoute.</translation>
    </message>
</context>
<context>
    <name>ServerSettingsForm</name>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Un port est un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights; choose 1024 or above.</source>
        <translation>Les ports inférieurs à 1024 nécessitent des droits d’administrateur ; choisissez 1024 ou plus.</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1 (this computer only) or ::1.</source>
        <translation>Saisissez une adresse IP, par exemple 127.0.0.1 (cet ordinateur uniquement) ou ::1.</translation>
    </message>
    <message>
        <source>Enter IP addresses, such as 127.0.0.1 (this computer only) or ::1: %1</source>
        <translation>Saisissez des adresses IP, par exemple 127.0.0.1 (cet ordinateur uniquement) ou ::1 : %1</translation>
    </message>
    <message>
        <source>Other computers could reach %1: turn on “Allow other computers” first.</source>
        <translation>D’autres ordinateurs pourraient atteindre %1 : activez d’abord « Autoriser les autres ordinateurs ».</translation>
    </message>
    <message>
        <source>“*” would let every web page use the server; list the origins one by one.</source>
        <translation>« * » permettrait à n’importe quelle page web d’utiliser le serveur ; indiquez les origines une par une.</translation>
    </message>
    <message>
        <source>“%1” is not an origin. Write the scheme, host and port only, such as http://localhost:5173.</source>
        <translation>« %1 » n’est pas une origine. Indiquez uniquement le schéma, l’hôte et le port, par exemple http://localhost:5173.</translation>
    </message>
    <message>
        <source>“%1” is not a host name. Write names such as my-laptop.local, one per line.</source>
        <translation>« %1 » n’est pas un nom d’hôte. Indiquez des noms comme my-laptop.local, un par ligne.</translation>
    </message>
    <message>
        <source>The server is not available in this window.</source>
        <translation>Le serveur n’est pas disponible dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l’écoute sur %1</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Impossible de démarrer : %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
</context>
<context>
    <name>ServerToken</name>
    <message>
        <source>Cannot read the server token from %1: %2</source>
        <translation>Impossible de lire le jeton du serveur depuis %1 : %2</translation>
    </message>
    <message>
        <source>The server token in %1 must be one line of at least 16 characters.</source>
        <translation>Le jeton du serveur dans %1 doit tenir sur une seule ligne d’au moins 16 caractères.</translation>
    </message>
    <message>
        <source>Cannot write the server token to %1: %2</source>
        <translation>Impossible d’écrire le jeton du serveur dans %1 : %2</translation>
    </message>
    <message>
        <source>The server token %1 is a symbolic link; Confab uses only a token file of its own.</source>
        <translation>Le jeton du serveur %1 est un lien symbolique ; Confab n’utilise qu’un fichier de jeton qui lui est propre.</translation>
    </message>
    <message>
        <source>The server token %1 is not a regular file.</source>
        <translation>Le jeton du serveur %1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The server token %1 belongs to another user; Confab uses only a token file of its own.</source>
        <translation>Le jeton du serveur %1 appartient à un autre utilisateur ; Confab n’utilise qu’un fichier de jeton qui lui est propre.</translation>
    </message>
    <message>
        <source>Other users can read the server token %1, so it may be known to them. Make the file private (chmod 600) or create a new token.</source>
        <translation>D’autres utilisateurs peuvent lire le jeton du serveur %1 : il leur est peut-être connu. Rendez le fichier privé (chmod 600) ou créez un nouveau jeton.</translation>
    </message>
</context>
<context>
    <name>SettingsAppearance</name>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <source>Own size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Width of the conversation</source>
        <translation>Largeur de la conversation</translation>
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
        <translation>Assistants</translation>
    </message>
    <message>
        <source>An assistant is a reusable system prompt with its model and parameters. Apply one to a conversation from its options (the “⋯” button).</source>
        <translation>Un assistant est un prompt système réutilisable, avec son modèle et ses paramètres. Appliquez-en un à une conversation depuis ses options (le bouton « ⋯ »).</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l’instant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Model (empty: the default)</source>
        <translation>Modèle (vide : celui par défaut)</translation>
    </message>
    <message>
        <source>Remove this assistant</source>
        <translation>Supprimer cet assistant</translation>
    </message>
    <message>
        <source>New assistant</source>
        <translation>Nouvel assistant</translation>
    </message>
</context>
<context>
    <name>SettingsData</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Aucun gestionnaire de fichiers n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>History: %1
Settings: %2
Start Confab with --data-dir to use another folder.</source>
        <translation>Historique : %1
Réglages : %2
Lancez Confab avec --data-dir pour utiliser un autre dossier.</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>Exporter toutes les conversations…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>Exporter toutes les conversations</translation>
    </message>
    <message>
        <source>Confab export (*.json)</source>
        <translation>Export Confab (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importer des conversations</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SettingsDefaults</name>
    <message>
        <source>Models and defaults</source>
        <translation>Modèles et valeurs par défaut</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Empty: the provider&apos;s model (%1).</source>
        <translation>Vide : le modèle du fournisseur (%1).</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>aucun défini</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Instructions the model gets at the start of every conversation</source>
        <translation>Instructions données au modèle au début de chaque conversation</translation>
    </message>
    <message>
        <source>Let the model title new conversations after the first answer</source>
        <translation>Laisser le modèle donner un titre aux nouvelles conversations après la première réponse</translation>
    </message>
</context>
<context>
    <name>SettingsLanguage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>CONFAB_LANGUAGE chose the language at start; a choice here lasts until Confab closes.</source>
        <translation>CONFAB_LANGUAGE a déterminé la langue au démarrage ; un choix fait ici reste valable jusqu’à la fermeture de Confab.</translation>
    </message>
    <message>
        <source>Like the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Dates and numbers follow: %1</source>
        <translation>Format des dates et des nombres : %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Models and defaults</source>
        <translation>Modèles et valeurs par défaut</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>Assistants</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Serveurs MCP</translation>
    </message>
    <message>
        <source>Remote backend</source>
        <translation>Moteur distant</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>← Back to the chat</source>
        <translation>← Retour à la discussion</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
</context>
<context>
    <name>SettingsProviders</name>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>The provider in use answers every conversation that does not choose its own model. Keys are kept in the system keychain.</source>
        <translation>Le fournisseur utilisé répond à toutes les conversations qui ne choisissent pas leur propre modèle. Les clés sont conservées dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No provider yet.</source>
        <translation>Aucun fournisseur pour l’instant.</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>Look for local servers</source>
        <translation>Rechercher des serveurs locaux</translation>
    </message>
    <message>
        <source>None answered.</source>
        <translation>Aucun n’a répondu.</translation>
    </message>
    <message>
        <source>Add %1 at %2</source>
        <translation>Ajouter %1 à l’adresse %2</translation>
    </message>
    <message>
        <source>Add and use</source>
        <translation>Ajouter et utiliser</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>SettingsRemote</name>
    <message>
        <source>Remote backend</source>
        <translation>Moteur distant</translation>
    </message>
    <message>
        <source>In use: answers come from %1.</source>
        <translation>Utilisé : les réponses proviennent de %1.</translation>
    </message>
    <message>
        <source>Not in use: the embedded agent answers.</source>
        <translation>Non utilisé : c’est l’agent intégré qui répond.</translation>
    </message>
</context>
<context>
    <name>SettingsServer</name>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <source>Lets other programs chat through Confab: MineContext&apos;s chat API and an OpenAI-compatible /v1. Off by default; it answers only requests that carry its token.</source>
        <translation>Permet à d’autres programmes de discuter via Confab : l’API de discussion de MineContext et une API /v1 compatible OpenAI. Désactivé par défaut ; il ne répond qu’aux requêtes qui portent son jeton.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Addresses to listen on</source>
        <translation>Adresses d’écoute</translation>
    </message>
    <message>
        <source>Allow other computers</source>
        <translation>Autoriser les autres ordinateurs</translation>
    </message>
    <message>
        <source>Other computers can reach the server at this address. Anyone who has the token can use your models and history.</source>
        <translation>D’autres ordinateurs peuvent atteindre le serveur à cette adresse. Toute personne disposant du jeton peut utiliser vos modèles et votre historique.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Not available in this window</source>
        <translation>Non disponible dans cette fenêtre</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>Web pages allowed to call the server (origins, one per line)</source>
        <translation>Pages web autorisées à appeler le serveur (origines, une par ligne)</translation>
    </message>
    <message>
        <source>Other host names for this computer (one per line)</source>
        <translation>Autres noms d’hôte de cet ordinateur (un par ligne)</translation>
    </message>
    <message>
        <source>Allow pages opened from files (Origin: null)</source>
        <translation>Autoriser les pages ouvertes depuis des fichiers (Origin: null)</translation>
    </message>
    <message>
        <source>For packaged Electron frontends. Any page opened from a file on this computer can then call the server, as long as it has the token.</source>
        <translation>Pour les interfaces Electron empaquetées. Toute page ouverte depuis un fichier sur cet ordinateur peut alors appeler le serveur, pourvu qu’elle ait le jeton.</translation>
    </message>
</context>
<context>
    <name>SettingsShortcuts</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Rechercher dans tous les messages</translation>
    </message>
    <message>
        <source>Settings (again: back to the chat)</source>
        <translation>Réglages (une seconde fois : retour à la discussion)</translation>
    </message>
    <message>
        <source>Options of this conversation</source>
        <translation>Options de cette conversation</translation>
    </message>
    <message>
        <source>Show or hide the conversations</source>
        <translation>Afficher ou masquer les conversations</translation>
    </message>
    <message>
        <source>Rename this conversation</source>
        <translation>Renommer cette conversation</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Nouvelle ligne dans le message</translation>
    </message>
    <message>
        <source>In search: go to the results, open one</source>
        <translation>Dans la recherche : aller aux résultats, en ouvrir un</translation>
    </message>
    <message>
        <source>Clear the search; leave the settings; cancel a rename</source>
        <translation>Effacer la recherche ; quitter les réglages ; annuler un renommage</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aucune conversation pour l’instant</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Chat options</source>
        <translation>Options de la discussion</translation>
    </message>
    <message>
        <source>Model, prompt and parameters of this conversation (Ctrl+Shift+,)</source>
        <translation>Modèle, prompt et paramètres de cette conversation (Ctrl+Shift+,)</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Réglages (Ctrl+,)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+K)</source>
        <translation>Rechercher dans tous les messages (Ctrl+K)</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus anciennes</translation>
    </message>
    <message>
        <source>No archived conversations</source>
        <translation>Aucune conversation archivée</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>Aucun message ne contient « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n message trouvé</numerusform>
            <numerusform>%n messages trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” deleted</source>
        <translation>« %1 » supprimée</translation>
    </message>
    <message>
        <source>Back to conversations</source>
        <translation>Retour aux conversations</translation>
    </message>
    <message>
        <source>Archived conversations</source>
        <translation>Conversations archivées</translation>
    </message>
</context>
<context>
    <name>SseDecoder</name>
    <message>
        <source>A line of the event stream is longer than %1 bytes.</source>
        <translation>Une ligne du flux d’événements dépasse %1 octets.</translation>
    </message>
    <message>
        <source>An event of the stream carries more than %1 bytes of data.</source>
        <translation>Un événement du flux contient plus de %1 octets de données.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Executing</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Reflecting</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>En attente du modèle…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The history database is damaged and could not be moved aside. Confab stopped saving to it; what is on screen stays, but nothing more is saved.</source>
        <translation>La base de l’historique est endommagée et n’a pas pu être mise de côté. Confab a cessé d’y enregistrer ; ce qui est à l’écran reste, mais plus rien n’est enregistré.</translation>
    </message>
    <message>
        <source>The history database is damaged. Confab stopped saving to it and moved it aside; what is on screen stays, but nothing more is saved. Restart Confab to start with an empty history.</source>
        <translation>La base de l’historique est endommagée. Confab a cessé d’y enregistrer et l’a mise de côté ; ce qui est à l’écran reste, mais plus rien n’est enregistré. Redémarrez Confab pour repartir d’un historique vide.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The data folder cannot be created or written.</source>
        <translation>Impossible de créer le dossier de données ou d’y écrire.</translation>
    </message>
    <message>
        <source>The history database is in use by another running copy of Confab.</source>
        <translation>La base de données de l’historique est utilisée par une autre instance de Confab en cours d’exécution.</translation>
    </message>
    <message>
        <source>The history file is not a database.</source>
        <translation>Le fichier d’historique n’est pas une base de données.</translation>
    </message>
    <message>
        <source>The history database is damaged.</source>
        <translation>La base de données de l’historique est endommagée.</translation>
    </message>
    <message>
        <source>The history database was written by a newer version of Confab. Please update Confab.</source>
        <translation>La base de données de l’historique a été écrite par une version plus récente de Confab. Veuillez mettre à jour Confab.</translation>
    </message>
    <message>
        <source>The history database cannot be written (it is read-only).</source>
        <translation>Impossible d’écrire dans la base de données de l’historique (elle est en lecture seule).</translation>
    </message>
    <message>
        <source>The disk is full: the history cannot be saved. Nothing shown is lost; free some space.</source>
        <translation>Le disque est plein : l’historique ne peut pas être enregistré. Rien de ce qui est affiché n’est perdu ; libérez de l’espace.</translation>
    </message>
    <message>
        <source>The history database is busy.</source>
        <translation>La base de données de l’historique est occupée.</translation>
    </message>
    <message>
        <source>The history database could not be read or written (input/output error).</source>
        <translation>Impossible de lire ou d’écrire la base de données de l’historique (erreur d’entrée/sortie).</translation>
    </message>
    <message>
        <source>The conversation or message does not exist.</source>
        <translation>La conversation ou le message n’existe pas.</translation>
    </message>
    <message>
        <source>The request cannot be carried out.</source>
        <translation>La demande ne peut pas être traitée.</translation>
    </message>
    <message>
        <source>The file cannot be imported: nothing was imported.</source>
        <translation>Impossible d’importer le fichier : rien n’a été importé.</translation>
    </message>
    <message>
        <source>The history database is closed.</source>
        <translation>La base de données de l’historique est fermée.</translation>
    </message>
    <message>
        <source>The history database reported an error.</source>
        <translation>La base de données de l’historique a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>StorageOpenReport</name>
    <message>
        <source>%1 The old file was kept as %2. Confab started with an empty history.</source>
        <translation>%1 L’ancien fichier a été conservé sous le nom %2. Confab a démarré avec un historique vide.</translation>
    </message>
    <message numerus="yes">
        <source>Confab was closed while writing %n reply(s); what was received is kept and marked as interrupted.</source>
        <translation>
            <numerusform>Confab a été fermé pendant l’écriture de %n réponse ; ce qui avait été reçu est conservé et la réponse est marquée comme interrompue.</numerusform>
            <numerusform>Confab a été fermé pendant l’écriture de %n réponses ; ce qui avait été reçu est conservé et les réponses sont marquées comme interrompues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThinkingSection</name>
    <message>
        <source>Thinking… %1 s</source>
        <translation>Raisonnement… %1 s</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Raisonnement…</translation>
    </message>
    <message>
        <source>Thought for %1 s</source>
        <translation>Raisonnement terminé en %1 s</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Raisonnement</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>waiting for your approval</source>
        <translation>en attente de votre accord</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>done in %1 ms</source>
        <translation>terminé en %1 ms</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Allow this tool to run?</source>
        <translation>Autoriser l’exécution de cet outil ?</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>ToolInvocation</name>
    <message>
        <source>The tool %1 did not answer within %2 seconds.</source>
        <translation>L’outil %1 n’a pas répondu dans un délai de %2 secondes.</translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;.</source>
        <translation>Aucun outil ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>The arguments of %1 are not a JSON object: %2</source>
        <translation>Les arguments de %1 ne sont pas un objet JSON : %2</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>L’appel a été annulé.</translation>
    </message>
    <message>
        <source>
[output truncated: %1 more characters]</source>
        <translation>
[sortie tronquée : %1 caractères de plus]</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>UsageFooter</name>
    <message>
        <source>~%1 tokens</source>
        <translation>~%1 jetons</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>first token after %1 s</source>
        <translation>premier jeton après %1 s</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>Starting to process query: %1...</source>
        <translation>Début du traitement de la question : %1…</translation>
    </message>
    <message>
        <source>%1 node processing failed: %2</source>
        <translation>Échec du traitement du nœud %1 : %2</translation>
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
        <source>Confab is already running with this data folder; its window was brought to the front.
</source>
        <translation>Confab est déjà en cours d’exécution avec ce dossier de données ; sa fenêtre a été mise au premier plan.
</translation>
    </message>
</context>
</TS>
