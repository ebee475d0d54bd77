<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AgentRun</name>
    <message>
        <source>The run was discarded</source>
        <translation>実行は破棄されました</translation>
    </message>
    <message>
        <source>Message generation was interrupted</source>
        <translation>メッセージの生成が中断されました</translation>
    </message>
</context>
<context>
    <name>AttachmentReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is a %2 image; only PNG, JPEG, GIF and WebP can be sent to a model.</source>
        <translation>%1 は %2 形式の画像です。モデルに送信できるのは PNG、JPEG、GIF、WebP のみです。</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 は 20 MB を超えています。</translation>
    </message>
    <message>
        <source>%1 (%2) is not a text file; Confab can attach text, Markdown, code and images.</source>
        <translation>%1（%2）はテキストファイルではありません。Confab で添付できるのはテキスト、Markdown、コード、画像です。</translation>
    </message>
    <message>
        <source>%1 is protected by a password.</source>
        <translation>%1 はパスワードで保護されています。</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation>%1 は読み取り可能な PDF ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 has no text to read (it may be scanned images).</source>
        <translation>%1 には読み取れるテキストがありません（スキャンした画像の可能性があります）。</translation>
    </message>
    <message>
        <source>%1 is a PDF file; this build of Confab cannot read PDF text.</source>
        <translation>%1 は PDF ファイルです。このビルドの Confab は PDF のテキストを読み取れません。</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>会話を始めましょう</translation>
    </message>
    <message>
        <source>%1 %2: ask anything below.</source>
        <translation>%1 %2：下の欄で何でも質問できます。</translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>Confab is closing</source>
        <translation>Confab を終了しています</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>メッセージが空です。</translation>
    </message>
    <message>
        <source>Only a reply to a message can be regenerated.</source>
        <translation>再生成できるのはメッセージへの応答だけです。</translation>
    </message>
    <message>
        <source>Regenerated</source>
        <translation>再生成されました</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>編集できるのは自分のメッセージだけです。</translation>
    </message>
</context>
<context>
    <name>ChatTurn</name>
    <message>
        <source>The turn was discarded</source>
        <translation>このターンは破棄されました</translation>
    </message>
</context>
<context>
    <name>ChunkDecoder</name>
    <message>
        <source>A chunk of the stream is not valid JSON (%1)</source>
        <translation>ストリームのチャンクが有効な JSON ではありません（%1）</translation>
    </message>
    <message>
        <source>A chunk of the stream is not a JSON object</source>
        <translation>ストリームのチャンクが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>The response is not a chat completion</source>
        <translation>レスポンスがチャット補完の形式ではありません</translation>
    </message>
    <message>
        <source>The model requested more than %1 tool calls</source>
        <translation>モデルが %1 件を超えるツール呼び出しを要求しました</translation>
    </message>
    <message>
        <source>The arguments of a tool call are longer than %1 characters</source>
        <translation>ツール呼び出しの引数が %1 文字を超えています</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>plain text (no highlighting in this build)</source>
        <translation>プレーンテキスト（このビルドには構文ハイライトがありません）</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Confab: a native chat client for OpenAI-compatible language models.</source>
        <translation>Confab：OpenAI 互換の言語モデル向けネイティブチャットクライアント。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>With --version: also list Qt, QCoro and optional features.</source>
        <translation>--version と併用：Qt、QCoro、オプション機能も一覧表示します。</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>データベースと設定を &lt;ディレクトリ&gt; に保存します。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>ウィンドウが表示されたらその画像を &lt;ファイル&gt; に保存して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>serve: the TCP port to listen on (default 8337).</source>
        <translation>serve：待ち受ける TCP ポート（既定値は 8337）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>serve: the address to listen on (default 127.0.0.1).</source>
        <translation>serve：待ち受けるアドレス（既定値は 127.0.0.1）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>serve: read the access token from &lt;file&gt;.</source>
        <translation>serve：アクセストークンを &lt;ファイル&gt; から読み込みます。</translation>
    </message>
    <message>
        <source>serve: run the local server without a window; chat &lt;question&gt;: print one answer.</source>
        <translation>serve：ウィンドウを開かずにローカルサーバーを実行します。chat &lt;質問&gt;：回答を 1 つ出力します。</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>無効なポート：%1</translation>
    </message>
    <message>
        <source>chat needs a question, for example: confab chat &quot;What is SSE?&quot;</source>
        <translation>chat には質問が必要です。例：confab chat &quot;SSE とは？&quot;</translation>
    </message>
    <message>
        <source>Unknown command: %1 (try --help)</source>
        <translation>不明なコマンド：%1（--help を参照してください）</translation>
    </message>
    <message>
        <source>--port, --bind and --token-file only apply to &apos;confab serve&apos;.</source>
        <translation>--port、--bind、--token-file は &apos;confab serve&apos; でのみ使用できます。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Confab… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Confab へのメッセージ…（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
</context>
<context>
    <name>ContextNode</name>
    <message>
        <source>Collecting context...</source>
        <translation>コンテキストを収集しています…</translation>
    </message>
    <message>
        <source>Selected text</source>
        <translation>選択したテキスト</translation>
    </message>
    <message>
        <source>Document %1 not found</source>
        <translation>ドキュメント %1 が見つかりません</translation>
    </message>
    <message>
        <source>%1 was shortened to its first %2 characters</source>
        <translation>%1 は先頭の %2 文字に切り詰められました</translation>
    </message>
    <message numerus="yes">
        <source>Added %n context items</source>
        <translation>
            <numerusform>%n 件のコンテキストを追加しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Cannot create or write the data folder %1</source>
        <translation>データフォルダー %1 を作成できないか、書き込めません</translation>
    </message>
</context>
<context>
    <name>ExecutorNode</name>
    <message>
        <source>Generating reply...</source>
        <translation>応答を生成しています…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n rounds of tool calls.</source>
        <translation>
            <numerusform>ツール呼び出しを %n ラウンド行った後で停止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply generated</source>
        <translation>応答を生成しました</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>%1 を呼び出しています</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 が応答しました</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n トークン</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntentNode</name>
    <message>
        <source>Analyzing your intent...</source>
        <translation>意図を分析しています…</translation>
    </message>
    <message>
        <source>Could not classify the question (%1); answering it directly</source>
        <translation>質問を分類できませんでした（%1）。直接回答します</translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation>意図：%1</translation>
    </message>
</context>
<context>
    <name>JsonTransfer</name>
    <message>
        <source>The file cannot be imported (%1: %2). Nothing was imported.</source>
        <translation>ファイルをインポートできません（%1：%2）。何もインポートされていません。</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>LlmClient</name>
    <message>
        <source>The provider has no valid base URL (“%1”).</source>
        <translation>プロバイダーに有効なベース URL がありません（「%1」）。</translation>
    </message>
    <message>
        <source>The provider has no valid base URL.</source>
        <translation>プロバイダーに有効なベース URL がありません。</translation>
    </message>
    <message>
        <source>The model list is not a JSON object</source>
        <translation>モデル一覧が JSON オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>LlmError</name>
    <message>
        <source>The reply was stopped.</source>
        <translation>応答を停止しました。</translation>
    </message>
    <message>
        <source>The connection was lost before the reply was complete. The text received so far is kept.</source>
        <translation>応答が完了する前に接続が切れました。ここまでに受信したテキストは保持されます。</translation>
    </message>
    <message>
        <source>Could not connect to the server in time.</source>
        <translation>時間内にサーバーに接続できませんでした。</translation>
    </message>
    <message>
        <source>The server did not start answering in time.</source>
        <translation>サーバーが時間内に応答を開始しませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The server stopped sending the reply (nothing new for %n seconds).</source>
        <translation>
            <numerusform>サーバーが応答の送信を停止しました（%n 秒間、新しいデータがありません）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server stopped sending the reply.</source>
        <translation>サーバーが応答の送信を停止しました。</translation>
    </message>
    <message>
        <source>The reply took longer than the time limit for one turn.</source>
        <translation>応答が 1 ターンあたりの制限時間を超えました。</translation>
    </message>
    <message>
        <source>The server gave up on the request because it took too long.</source>
        <translation>処理に時間がかかりすぎたため、サーバーがリクエストを中止しました。</translation>
    </message>
    <message>
        <source>A network error stopped the request.</source>
        <translation>ネットワークエラーのためリクエストが中断されました。</translation>
    </message>
    <message>
        <source>The server address could not be found. Check the base URL and the network connection.</source>
        <translation>サーバーのアドレスが見つかりません。ベース URL とネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The server refused the connection. Check that it is running and that the base URL is right.</source>
        <translation>サーバーが接続を拒否しました。サーバーが起動しているか、ベース URL が正しいかを確認してください。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>サーバーとの安全な接続に失敗しました。</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP status %1).</source>
        <translation>サーバーがリクエストを拒否しました（HTTP ステータス %1）。</translation>
    </message>
    <message>
        <source>The provider did not accept the API key (HTTP status %1). Check the key in the provider settings.</source>
        <translation>プロバイダーが API キーを受け付けませんでした（HTTP ステータス %1）。プロバイダーの設定でキーを確認してください。</translation>
    </message>
    <message>
        <source>The provider needs payment or more credits for this request.</source>
        <translation>このリクエストには、プロバイダーへの支払いまたはクレジットの追加が必要です。</translation>
    </message>
    <message>
        <source>The provider does not know this model or address. Check the model name and the base URL.</source>
        <translation>プロバイダーはこのモデルまたはアドレスを認識していません。モデル名とベース URL を確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>The provider is limiting requests. Try again in %n seconds.</source>
        <translation>
            <numerusform>プロバイダーがリクエストを制限しています。%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider is limiting requests. Try again in a moment.</source>
        <translation>プロバイダーがリクエストを制限しています。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The account has used up its quota or credits at this provider.</source>
        <translation>このプロバイダーでのアカウントのクォータまたはクレジットを使い切りました。</translation>
    </message>
    <message>
        <source>The request is too large for this model: shorten the conversation or the attachments.</source>
        <translation>リクエストがこのモデルには大きすぎます。会話または添付ファイルを短くしてください。</translation>
    </message>
    <message>
        <source>The provider had a problem on its side (HTTP status %1).</source>
        <translation>プロバイダー側で問題が発生しました（HTTP ステータス %1）。</translation>
    </message>
    <message>
        <source>The provider reported an error while answering.</source>
        <translation>プロバイダーが応答中にエラーを報告しました。</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid reply.</source>
        <translation>サーバーから有効な応答ではないデータが送られてきました。</translation>
    </message>
    <message>
        <source>The provider said: “%1”</source>
        <translation>プロバイダーからのメッセージ：「%1」</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>LlmStream</name>
    <message>
        <source>No network access manager.</source>
        <translation>ネットワークアクセスマネージャーがありません。</translation>
    </message>
    <message>
        <source>The network access manager was deleted.</source>
        <translation>ネットワークアクセスマネージャーが削除されました。</translation>
    </message>
    <message>
        <source>The request was deleted.</source>
        <translation>リクエストが削除されました。</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes</source>
        <translation>レスポンスが %1 バイトを超えています</translation>
    </message>
    <message>
        <source>The stream ended before the provider marked the reply as complete.</source>
        <translation>プロバイダーが応答の完了を示す前にストリームが終了しました。</translation>
    </message>
    <message>
        <source>The server ended the stream without sending a reply</source>
        <translation>サーバーは応答を送信せずにストリームを終了しました</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
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
        <translation>無題の会話</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>モデル：%1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>プロバイダー：%1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>作成日時：%1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>Tool calls:</source>
        <translation>ツール呼び出し：</translation>
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
        <translation>環境変数から（OPENAI_BASE_URL）</translation>
    </message>
</context>
<context>
    <name>ReadFileTool</name>
    <message>
        <source>The argument &quot;path&quot; is missing.</source>
        <translation>引数「path」がありません。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is outside the folders you allowed Confab to read.</source>
        <translation>%1 は、Confab に読み取りを許可したフォルダーの外にあります。</translation>
    </message>
    <message numerus="yes">
        <source>Folder %1 (%n entries):
</source>
        <translation>
            <numerusform>フォルダー %1（%n 項目）：
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>Cannot seek to byte %1 of %2.</source>
        <translation>%2 のバイト %1 にシークできません。</translation>
    </message>
    <message>
        <source>%1 is a binary file, not text.</source>
        <translation>%1 はテキストではなくバイナリファイルです。</translation>
    </message>
    <message>
        <source>
[%1 more bytes: call again with offset %2]</source>
        <translation>
[残り %1 バイト：offset %2 を指定して再度呼び出してください]</translation>
    </message>
</context>
<context>
    <name>ReflectionNode</name>
    <message>
        <source>Reviewing the answer...</source>
        <translation>回答を見直しています…</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>レビュー：%1</translation>
    </message>
</context>
<context>
    <name>SearchHistoryTool</name>
    <message>
        <source>The argument &quot;query&quot; is missing.</source>
        <translation>引数「query」がありません。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (no Secret Service or KWallet answered).</source>
        <translation>システムのキーリングを利用できません（Secret Service も KWallet も応答しませんでした）。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Start a keychain service, set OPENAI_API_KEY, or allow Confab to keep keys in a file readable only by you.</source>
        <translation>キーリングサービスを起動するか、OPENAI_API_KEY を設定するか、自分だけが読み取れるファイルにキーを保存することを Confab に許可してください。</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n seconds</source>
        <translation>
            <numerusform>キーリングが %n 秒以内に応答しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>No key is stored for “%1”.</source>
        <translation>「%1」のキーは保存されていません。</translation>
    </message>
    <message>
        <source>The keychain refused the operation: %1</source>
        <translation>キーリングが操作を拒否しました：%1</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>キーファイル %1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged; it was left as it is.</source>
        <translation>キーファイル %1 は破損しています。ファイルはそのまま残してあります。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>キーファイル %1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>まだ会話はありません</translation>
    </message>
</context>
<context>
    <name>SseDecoder</name>
    <message>
        <source>A line of the event stream is longer than %1 bytes.</source>
        <translation>イベントストリームの行が %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>An event of the stream carries more than %1 bytes of data.</source>
        <translation>ストリームのイベントに %1 バイトを超えるデータが含まれています。</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The data folder cannot be created or written.</source>
        <translation>データフォルダーを作成できないか、書き込めません。</translation>
    </message>
    <message>
        <source>The history database is in use by another running copy of Confab.</source>
        <translation>履歴データベースは、実行中の別の Confab で使用されています。</translation>
    </message>
    <message>
        <source>The history file is not a database.</source>
        <translation>履歴ファイルはデータベースではありません。</translation>
    </message>
    <message>
        <source>The history database is damaged.</source>
        <translation>履歴データベースが破損しています。</translation>
    </message>
    <message>
        <source>The history database was written by a newer version of Confab. Please update Confab.</source>
        <translation>履歴データベースは新しいバージョンの Confab で書き込まれています。Confab を更新してください。</translation>
    </message>
    <message>
        <source>The history database cannot be written (it is read-only).</source>
        <translation>履歴データベースに書き込めません（読み取り専用です）。</translation>
    </message>
    <message>
        <source>The disk is full: the history cannot be saved. Nothing shown is lost; free some space.</source>
        <translation>ディスクがいっぱいのため、履歴を保存できません。表示中の内容は失われません。空き容量を確保してください。</translation>
    </message>
    <message>
        <source>The history database is busy.</source>
        <translation>履歴データベースはビジー状態です。</translation>
    </message>
    <message>
        <source>The history database could not be read or written (input/output error).</source>
        <translation>履歴データベースの読み書きができませんでした（入出力エラー）。</translation>
    </message>
    <message>
        <source>The conversation or message does not exist.</source>
        <translation>会話またはメッセージが存在しません。</translation>
    </message>
    <message>
        <source>The request cannot be carried out.</source>
        <translation>この要求は実行できません。</translation>
    </message>
    <message>
        <source>The file cannot be imported: nothing was imported.</source>
        <translation>ファイルをインポートできません。何もインポートされていません。</translation>
    </message>
    <message>
        <source>The history database is closed.</source>
        <translation>履歴データベースは閉じられています。</translation>
    </message>
    <message>
        <source>The history database reported an error.</source>
        <translation>履歴データベースがエラーを報告しました。</translation>
    </message>
</context>
<context>
    <name>StorageOpenReport</name>
    <message>
        <source>%1 The old file was kept as %2. Confab started with an empty history.</source>
        <translation>%1古いファイルは %2 として残してあります。Confab は空の履歴で起動しました。</translation>
    </message>
    <message numerus="yes">
        <source>Confab was closed while writing %n reply(s); what was received is kept and marked as interrupted.</source>
        <translation>
            <numerusform>%n 件の応答を書き込んでいる途中で Confab が終了しました。受信済みの内容は保持され、中断済みとしてマークされています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolInvocation</name>
    <message>
        <source>The tool %1 did not answer within %2 seconds.</source>
        <translation>ツール %1 が %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;.</source>
        <translation>「%1」という名前のツールはありません。</translation>
    </message>
    <message>
        <source>The arguments of %1 are not a JSON object: %2</source>
        <translation>%1 の引数が JSON オブジェクトではありません：%2</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>呼び出しはキャンセルされました。</translation>
    </message>
    <message>
        <source>
[output truncated: %1 more characters]</source>
        <translation>
[出力を切り詰めました：残り %1 文字]</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>Starting to process query: %1...</source>
        <translation>質問の処理を開始します：%1…</translation>
    </message>
    <message>
        <source>%1 node processing failed: %2</source>
        <translation>%1 ノードの処理に失敗しました：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not save a screenshot to %1
</source>
        <translation>スクリーンショットを %1 に保存できませんでした
</translation>
    </message>
    <message>
        <source>This command is not available yet.
</source>
        <translation>このコマンドはまだ使用できません。
</translation>
    </message>
</context>
</TS>
