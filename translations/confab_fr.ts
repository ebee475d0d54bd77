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
    <name>DataLocation</name>
    <message>
        <source>Cannot create or write the data folder %1</source>
        <translation>Impossible de créer le dossier de données %1 ou d’y écrire</translation>
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
    <name>SearchHistoryTool</name>
    <message>
        <source>The argument &quot;query&quot; is missing.</source>
        <translation>L’argument « query » est manquant.</translation>
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
        <source>This command is not available yet.
</source>
        <translation>Cette commande n’est pas encore disponible.
</translation>
    </message>
</context>
</TS>
