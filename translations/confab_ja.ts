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
    <name>AppConfig</name>
    <message>
        <source>Confab could not save its settings to %1. Check that the folder can be written to and that the disk is not full.</source>
        <translation>Confab は設定を %1 に保存できませんでした。フォルダーに書き込めること、ディスクがいっぱいでないことを確認してください。</translation>
    </message>
    <message>
        <source>Confab could not save its settings: %1 is not a valid settings file.</source>
        <translation>Confab は設定を保存できませんでした: %1 は有効な設定ファイルではありません。</translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <source>New assistant</source>
        <translation>新しいアシスタント</translation>
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
    <name>Backend</name>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル：%1</translation>
    </message>
    <message>
        <source>Confab&apos;s data is not open.</source>
        <translation>Confab のデータが開かれていません。</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>エクスポート先のファイルを選択してください。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>%1 からは何もインポートされませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1.</source>
        <translation>
            <numerusform>%1 から %n 件の会話をインポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ChatCommand</name>
    <message>
        <source>confab chat: no provider is set up. Set one up in Confab&apos;s settings, or set OPENAI_BASE_URL (and OPENAI_API_KEY).
</source>
        <translation>confab chat：プロバイダーが設定されていません。Confab の設定でプロバイダーを設定するか、OPENAI_BASE_URL（と OPENAI_API_KEY）を設定してください。
</translation>
    </message>
    <message>
        <source>confab chat: interrupted; the partial answer is kept.
</source>
        <translation>confab chat：中断しました。途中までの回答は保持されます。
</translation>
    </message>
    <message>
        <source>the answer failed.</source>
        <translation>回答に失敗しました。</translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation>ユーザーが停止しました</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>The conversation history is not open.</source>
        <translation>会話の履歴が開かれていません。</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>メッセージが空です。</translation>
    </message>
    <message>
        <source>A reply is still being written: wait for it or stop it first.</source>
        <translation>応答をまだ生成中です。完了を待つか、先に停止してください。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation>ユーザーが停止しました</translation>
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
    <message>
        <source>Jump to the newest message</source>
        <translation>最新のメッセージへ移動</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
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
        <source>serve: allow listening on an address other computers can reach.</source>
        <translation>serve: 他のコンピューターから到達できるアドレスでの待ち受けを許可します。</translation>
    </message>
    <message>
        <source>--port, --bind, --allow-remote and --token-file only apply to &apos;confab serve&apos;.</source>
        <translation>--port、--bind、--allow-remote、--token-file は &apos;confab serve&apos; にのみ使えます。</translation>
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
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Attach files (or drop them here)</source>
        <translation>ファイルを添付（またはここにドロップ）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
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
    <name>ConversationDelegate</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>応答中…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>ピン留めを外す</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Chat options…</source>
        <translation>チャットのオプション…</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>アーカイブから戻す</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>A conversation needs a title.</source>
        <translation>会話にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>The conversation was deleted</source>
        <translation>会話は削除されました</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <source>Options of this conversation</source>
        <translation>この会話のオプション</translation>
    </message>
    <message>
        <source>Start from an assistant</source>
        <translation>アシスタントから開始</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>既定：%1</translation>
    </message>
    <message>
        <source>The default model</source>
        <translation>既定のモデル</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Use the defaults again</source>
        <translation>既定値に戻す</translation>
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
    <name>DefaultsSettings</name>
    <message>
        <source>Asking the provider…</source>
        <translation>プロバイダーに問い合わせています…</translation>
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
    <name>HttpTransport</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>%1 のポート %2 で待ち受けできません：%3</translation>
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
    <name>LocalServer</name>
    <message>
        <source>Confab is closing</source>
        <translation>Confab を終了しています</translation>
    </message>
    <message>
        <source>The server settings changed</source>
        <translation>サーバーの設定が変更されました</translation>
    </message>
    <message>
        <source>Listening on %1 would let other computers reach Confab; turn on &quot;allow remote access&quot; first.</source>
        <translation>%1 で待ち受けると、他のコンピューターから Confab にアクセスできるようになります。先に「リモートアクセスを許可」をオンにしてください。</translation>
    </message>
    <message>
        <source>The server listens on %1: other computers that can reach it and have the token can use Confab.</source>
        <translation>サーバーは %1 で待ち受けています。このアドレスにアクセスでき、トークンを持つ他のコンピューターは Confab を使用できます。</translation>
    </message>
    <message>
        <source>The server stopped</source>
        <translation>サーバーが停止しました</translation>
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
    <message>
        <source>%1 — Confab</source>
        <translation>%1 — Confab</translation>
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
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>ツールの結果</translation>
    </message>
    <message>
        <source>Tool result (%1)</source>
        <translation>ツールの結果（%1）</translation>
    </message>
    <message>
        <source>still being written</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
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
        <translation>サーバーが MCP のハンドシェイクを完了しませんでした：%1</translation>
    </message>
    <message>
        <source>The server speaks MCP version “%1”; Confab speaks %2.</source>
        <translation>サーバーの MCP バージョンは「%1」ですが、Confab は %2 に対応しています。</translation>
    </message>
    <message>
        <source>Connected to %1 %2 (MCP %3).</source>
        <translation>%1 %2 に接続しました（MCP %3）。</translation>
    </message>
    <message>
        <source>The server offers no tools.</source>
        <translation>サーバーはツールを提供していません。</translation>
    </message>
    <message>
        <source>The server did not list its tools: %1</source>
        <translation>サーバーがツールの一覧を返しませんでした：%1</translation>
    </message>
    <message>
        <source>Reading the tool list again failed: %1</source>
        <translation>ツール一覧の再読み込みに失敗しました：%1</translation>
    </message>
    <message>
        <source>Left out a tool without a name.</source>
        <translation>名前のないツールを除外しました。</translation>
    </message>
    <message>
        <source>Stopped reading the tool list after %1 pages.</source>
        <translation>%1 ページを読み込んだところでツール一覧の読み込みを中止しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) available.</source>
        <translation>
            <numerusform>%n 個のツールを利用できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>サーバーは実行されていません。</translation>
    </message>
    <message>
        <source>The server is not running: %1</source>
        <translation>サーバーは実行されていません：%1</translation>
    </message>
    <message>
        <source>The server&apos;s tools changed.</source>
        <translation>サーバーのツールが変更されました。</translation>
    </message>
    <message>
        <source>Ignored an answer to no pending request (id %1).</source>
        <translation>保留中のリクエストに対応しない応答を無視しました（id %1）。</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>サーバーがエラーを報告しました：%1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>エラー %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has neither a result nor an error.</source>
        <translation>サーバーの応答に結果もエラーも含まれていません。</translation>
    </message>
    <message>
        <source>%1 Last lines of its log: %2</source>
        <translation>%1ログの最後の行：%2</translation>
    </message>
    <message>
        <source>The server is being stopped.</source>
        <translation>サーバーを停止しています。</translation>
    </message>
    <message>
        <source>The server was stopped.</source>
        <translation>サーバーを停止しました。</translation>
    </message>
</context>
<context>
    <name>McpConnection</name>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Running, no tools</source>
        <translation>実行中、ツールなし</translation>
    </message>
    <message numerus="yes">
        <source>Running, %n tool(s)</source>
        <translation>
            <numerusform>実行中、ツール %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>The MCP server “%1” failed: %2</source>
        <translation>MCP サーバー「%1」でエラーが発生しました：%2</translation>
    </message>
    <message>
        <source>Stopped by Confab.</source>
        <translation>Confab が停止しました。</translation>
    </message>
</context>
<context>
    <name>McpHttpTransport</name>
    <message>
        <source>Connecting to %1.</source>
        <translation>%1 に接続しています。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB.</source>
        <translation>サーバーの応答が %1 MiB を超えています。</translation>
    </message>
    <message>
        <source>The server&apos;s event stream broke: %1</source>
        <translation>サーバーのイベントストリームが切断されました：%1</translation>
    </message>
    <message>
        <source>The server offers no event stream (HTTP %1); changes to its tools are seen on the next start.</source>
        <translation>サーバーはイベントストリームを提供していません（HTTP %1）。ツールの変更は次回の起動時に反映されます。</translation>
    </message>
    <message>
        <source>The server ended the session (HTTP 404).</source>
        <translation>サーバーがセッションを終了しました（HTTP 404）。</translation>
    </message>
    <message>
        <source>Stopped listening to the server&apos;s event stream after repeated failures.</source>
        <translation>失敗が続いたため、サーバーのイベントストリームの受信を停止しました。</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>サーバーがセッションを終了しました。</translation>
    </message>
    <message>
        <source>The server refused a message: %1</source>
        <translation>サーバーがメッセージを拒否しました：%1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>サーバーに接続できませんでした：%1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>サーバーが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>サーバーが HTTP %1 を返しました：%2</translation>
    </message>
    <message>
        <source>The server ended its event stream without answering.</source>
        <translation>サーバーは応答せずにイベントストリームを終了しました。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not a JSON-RPC response.</source>
        <translation>サーバーの応答が JSON-RPC のレスポンスではありませんでした。</translation>
    </message>
</context>
<context>
    <name>McpImport</name>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>有効な JSON ではありません：%1（%2 文字目）。</translation>
    </message>
    <message>
        <source>No &quot;mcpServers&quot; object was found in this JSON.</source>
        <translation>この JSON に &quot;mcpServers&quot; オブジェクトが見つかりません。</translation>
    </message>
    <message>
        <source>%1: left out, its entry is not an object.</source>
        <translation>%1：エントリがオブジェクトではないため除外しました。</translation>
    </message>
    <message>
        <source>%1: left out, it uses the old HTTP+SSE transport, which Confab does not support.</source>
        <translation>%1：Confab が対応していない旧来の HTTP+SSE トランスポートを使用しているため除外しました。</translation>
    </message>
    <message>
        <source>A server without a name was left out.</source>
        <translation>名前のないサーバーを除外しました。</translation>
    </message>
    <message>
        <source>%1: left out. %2</source>
        <translation>%1：除外しました。%2</translation>
    </message>
    <message>
        <source>%1: renamed to %2, that name is taken.</source>
        <translation>%1：名前が既に使われているため、%2 に変更しました。</translation>
    </message>
</context>
<context>
    <name>McpImportDialog</name>
    <message numerus="yes">
        <source>%n server(s) added.</source>
        <translation>
            <numerusform>%n 個のサーバーを追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>MCP サーバーのインポート</translation>
    </message>
    <message>
        <source>Paste the contents of claude_desktop_config.json, or any JSON with an &quot;mcpServers&quot; object. Imported servers ask before each call.</source>
        <translation>claude_desktop_config.json の内容、または &quot;mcpServers&quot; オブジェクトを含む任意の JSON を貼り付けてください。インポートしたサーバーは呼び出しのたびに確認を求めます。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
</context>
<context>
    <name>McpLogDialog</name>
    <message>
        <source>Log of %1</source>
        <translation>%1 のログ</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>ログはまだありません。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
</context>
<context>
    <name>McpManager</name>
    <message>
        <source>The server needs a name.</source>
        <translation>サーバーには名前が必要です。</translation>
    </message>
    <message>
        <source>The name must not start or end with spaces.</source>
        <translation>名前の先頭または末尾に空白は使用できません。</translation>
    </message>
    <message>
        <source>There is already a server named “%1”.</source>
        <translation>「%1」という名前のサーバーは既に存在します。</translation>
    </message>
    <message>
        <source>There is no server named “%1”.</source>
        <translation>「%1」という名前のサーバーはありません。</translation>
    </message>
    <message>
        <source>Restarted by the user.</source>
        <translation>ユーザーが再起動しました。</translation>
    </message>
</context>
<context>
    <name>McpRequest</name>
    <message>
        <source>The server did not answer %1 within %2 seconds.</source>
        <translation>サーバーが %2 秒以内に %1 に応答しませんでした。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
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
        <translation>オン</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tools: %1</source>
        <translation>ツール：%1</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>呼び出しのたびに確認する</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>The server needs a name.</source>
        <translation>サーバーには名前が必要です。</translation>
    </message>
    <message>
        <source>The server needs a command to start.</source>
        <translation>サーバーには起動するコマンドが必要です。</translation>
    </message>
    <message>
        <source>The server needs an http:// or https:// address.</source>
        <translation>サーバーには http:// または https:// のアドレスが必要です。</translation>
    </message>
</context>
<context>
    <name>McpServerDialog</name>
    <message>
        <source>Add an MCP server</source>
        <translation>MCP サーバーの追加</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>files</source>
        <translation>例：files</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行方法</translation>
    </message>
    <message>
        <source>As a program (stdio)</source>
        <translation>プログラムとして（stdio）</translation>
    </message>
    <message>
        <source>At an address (HTTP)</source>
        <translation>アドレスで接続（HTTP）</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Arguments
(one per line)</source>
        <translation>引数
（1 行に 1 つ）</translation>
    </message>
    <message>
        <source>Environment
(NAME=value)</source>
        <translation>環境変数
（NAME=value）</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>作業フォルダー</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（省略可）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Headers
(Name: value)</source>
        <translation>ヘッダー
（Name: value）</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>タイムアウト（秒）</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>呼び出しのたびに確認する</translation>
    </message>
</context>
<context>
    <name>McpServerLog</name>
    <message numerus="yes">
        <source>[%n earlier line(s) dropped]</source>
        <translation>
            <numerusform>[以前の %n 行を破棄しました]</numerusform>
        </translation>
    </message>
    <message>
        <source> […%1 more characters]</source>
        <translation> […残り %1 文字]</translation>
    </message>
</context>
<context>
    <name>McpServerModel</name>
    <message>
        <source>%1 %2, MCP %3</source>
        <translation>%1 %2、MCP %3</translation>
    </message>
    <message>
        <source>MCP servers are not available.</source>
        <translation>MCP サーバーは利用できません。</translation>
    </message>
    <message>
        <source>This server no longer exists.</source>
        <translation>このサーバーはもう存在しません。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a settings file.</source>
        <translation>%1 は設定ファイルとしては大きすぎます。</translation>
    </message>
</context>
<context>
    <name>McpSettingsPage</name>
    <message>
        <source>MCP servers</source>
        <translation>MCP サーバー</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>サーバーを追加…</translation>
    </message>
    <message>
        <source>Tools of Model Context Protocol servers become tools of the assistant. A server runs as a program on this computer (stdio) or is reached at an address (HTTP). Calls of a server that asks before each call wait for your Allow or Deny in the chat.</source>
        <translation>Model Context Protocol サーバーのツールは、アシスタントのツールとして使用できます。サーバーはこのコンピューター上のプログラムとして実行するか（stdio）、アドレスで接続します（HTTP）。呼び出しのたびに確認するサーバーの場合、呼び出しはチャットであなたが「許可」または「拒否」を選ぶまで待機します。</translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one, or import the &quot;mcpServers&quot; settings of another app.</source>
        <translation>MCP サーバーはまだありません。サーバーを追加するか、他のアプリの &quot;mcpServers&quot; 設定をインポートしてください。</translation>
    </message>
    <message>
        <source>MCP servers are not available.</source>
        <translation>MCP サーバーは利用できません。</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 を削除しますか？</translation>
    </message>
    <message>
        <source>Its tools are no longer offered to the assistant, and its program is stopped.</source>
        <translation>このサーバーのツールはアシスタントに提供されなくなり、プログラムは停止されます。</translation>
    </message>
</context>
<context>
    <name>McpStdioTransport</name>
    <message>
        <source>The server did not exit after its input was closed; terminating it.</source>
        <translation>入力を閉じてもサーバーが終了しなかったため、終了させます。</translation>
    </message>
    <message>
        <source>The server ignored the request to terminate; killing it.</source>
        <translation>サーバーが終了要求に応じなかったため、強制終了します。</translation>
    </message>
    <message>
        <source>Started %1 (process %2).</source>
        <translation>%1 を起動しました（プロセス %2）。</translation>
    </message>
    <message>
        <source>The command “%1” was not found in PATH.</source>
        <translation>コマンド「%1」が PATH に見つかりません。</translation>
    </message>
    <message>
        <source>The working folder “%1” does not exist.</source>
        <translation>作業フォルダー「%1」が存在しません。</translation>
    </message>
    <message>
        <source>The server wrote a line longer than %1 MiB without a line break.</source>
        <translation>サーバーが改行なしで %1 MiB を超える行を出力しました。</translation>
    </message>
    <message>
        <source>The server exited.</source>
        <translation>サーバーが終了しました。</translation>
    </message>
    <message>
        <source>The server process crashed.</source>
        <translation>サーバーのプロセスがクラッシュしました。</translation>
    </message>
    <message>
        <source>The server process exited with code %1.</source>
        <translation>サーバーのプロセスがコード %1 で終了しました。</translation>
    </message>
    <message>
        <source>The server could not be started: %1</source>
        <translation>サーバーを起動できませんでした：%1</translation>
    </message>
    <message>
        <source>Writing to the server failed: %1</source>
        <translation>サーバーへの書き込みに失敗しました：%1</translation>
    </message>
</context>
<context>
    <name>McpTool</name>
    <message>
        <source>%1 (tool “%2” of the MCP server “%3”)</source>
        <translation>%1（MCP サーバー「%3」のツール「%2」）</translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>The MCP server “%1” has been removed.</source>
        <translation>MCP サーバー「%1」は削除されています。</translation>
    </message>
    <message>
        <source>The MCP server “%1” asks the user before each call, and there is nobody to ask here.</source>
        <translation>MCP サーバー「%1」は呼び出しのたびにユーザーの確認を必要としますが、ここでは確認できるユーザーがいません。</translation>
    </message>
    <message>
        <source>The user denied this call.</source>
        <translation>ユーザーがこの呼び出しを拒否しました。</translation>
    </message>
    <message>
        <source>Nobody allowed this call in time; it was not made.</source>
        <translation>時間内に許可されなかったため、この呼び出しは実行されませんでした。</translation>
    </message>
    <message>
        <source>The call was withdrawn before the user allowed it.</source>
        <translation>ユーザーが許可する前に呼び出しが取り消されました。</translation>
    </message>
    <message>
        <source>The MCP server “%1” is not running.</source>
        <translation>MCP サーバー「%1」は実行されていません。</translation>
    </message>
    <message>
        <source>The MCP server “%1” is not running: %2</source>
        <translation>MCP サーバー「%1」は実行されていません：%2</translation>
    </message>
    <message>
        <source>The MCP server “%1” refused the call: %2 (JSON-RPC error %3)</source>
        <translation>MCP サーバー「%1」が呼び出しを拒否しました：%2（JSON-RPC エラー %3）</translation>
    </message>
    <message>
        <source>Meanwhile it printed output that is not MCP (see its log).</source>
        <translation>その間に MCP 以外の出力がありました（ログを参照してください）。</translation>
    </message>
    <message>
        <source>The MCP server “%1”: %2</source>
        <translation>MCP サーバー「%1」：%2</translation>
    </message>
    <message>
        <source>The MCP server “%1” failed during the call: %2</source>
        <translation>MCP サーバー「%1」で呼び出し中にエラーが発生しました：%2</translation>
    </message>
    <message>
        <source>The MCP server “%1” gave an answer Confab cannot read: %2</source>
        <translation>MCP サーバー「%1」から Confab が読み取れない応答が返されました：%2</translation>
    </message>
    <message>
        <source>The call to the MCP server “%1” was cancelled: %2</source>
        <translation>MCP サーバー「%1」の呼び出しはキャンセルされました：%2</translation>
    </message>
</context>
<context>
    <name>McpToolResult</name>
    <message>
        <source>[The tool returned an image (%1, %2), which cannot be passed on as text.]</source>
        <translation>[ツールが画像（%1、%2）を返しましたが、テキストとして渡すことはできません。]</translation>
    </message>
    <message>
        <source>[The tool returned audio (%1, %2), which cannot be passed on as text.]</source>
        <translation>[ツールが音声（%1、%2）を返しましたが、テキストとして渡すことはできません。]</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>不明な形式</translation>
    </message>
    <message>
        <source>[Resource link: %1 &lt;%2&gt;]</source>
        <translation>[リソースへのリンク：%1 &lt;%2&gt;]</translation>
    </message>
    <message>
        <source>[Content of type “%1” left out.]</source>
        <translation>[形式「%1」のコンテンツは除外しました。]</translation>
    </message>
    <message>
        <source>The tool reported an error without details.</source>
        <translation>ツールが詳細なしでエラーを報告しました。</translation>
    </message>
    <message>
        <source>[Resource %1]</source>
        <translation>[リソース %1]</translation>
    </message>
    <message>
        <source>[The tool returned the binary resource %1 (%2, %3), which cannot be passed on as text.]</source>
        <translation>[ツールがバイナリリソース %1（%2、%3）を返しましたが、テキストとして渡すことはできません。]</translation>
    </message>
</context>
<context>
    <name>McpTransport</name>
    <message>
        <source>Ignored output that is not an MCP message: %1</source>
        <translation>MCP メッセージではない出力を無視しました：%1</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this reply was written</source>
        <translation>中断：この応答の生成中に Confab が終了しました</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Welcome to Confab</source>
        <translation>Confab へようこそ</translation>
    </message>
    <message>
        <source>Connect a model to start chatting. Confab talks to any OpenAI-compatible provider, in the cloud or on this computer; your conversations stay here.</source>
        <translation>チャットを始めるにはモデルを接続してください。Confab はクラウド上でもこのコンピューター上でも、OpenAI 互換のあらゆるプロバイダーと通信できます。会話はこのコンピューターに保存されます。</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>このコンピューター上</translation>
    </message>
    <message>
        <source>Looking for Ollama, LM Studio and llama.cpp…</source>
        <translation>Ollama、LM Studio、llama.cpp を探しています…</translation>
    </message>
    <message>
        <source>No local server answered on its usual port (Ollama 11434, LM Studio 1234, llama.cpp 8080). Start one and look again, or pick a provider below.</source>
        <translation>通常のポート（Ollama 11434、LM Studio 1234、llama.cpp 8080）で応答したローカルサーバーはありません。サーバーを起動してもう一度探すか、下からプロバイダーを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Use %1 at %2 — %n model(s)</source>
        <translation>
            <numerusform>%2 の %1 を使用 — モデル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>もう一度探す</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>プロバイダーを選択</translation>
    </message>
    <message>
        <source>Save and start chatting</source>
        <translation>保存してチャットを開始</translation>
    </message>
    <message>
        <source>Continue to the chat</source>
        <translation>チャットへ進む</translation>
    </message>
    <message>
        <source>Or use another Confab (or a MineContext server) as the backend</source>
        <translation>または、別の Confab（または MineContext サーバー）をバックエンドとして使用</translation>
    </message>
</context>
<context>
    <name>ParameterFields</name>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>0: no limit of Confab&apos;s own</source>
        <translation>0：Confab 独自の制限なし</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>On, where the provider can switch it</source>
        <translation>オン（プロバイダーが切り替えに対応している場合）</translation>
    </message>
    <message>
        <source>Off, where the provider can switch it</source>
        <translation>オフ（プロバイダーが切り替えに対応している場合）</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>The agent may use tools</source>
        <translation>エージェントにツールの使用を許可</translation>
    </message>
    <message>
        <source>No tools</source>
        <translation>ツールなし</translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Enter the provider&apos;s address, such as https://api.openai.com/v1.</source>
        <translation>プロバイダーのアドレスを入力してください（例：https://api.openai.com/v1）。</translation>
    </message>
    <message>
        <source>This is not a web address. It must start with http:// or https:// and name a host, such as http://127.0.0.1:11434/v1.</source>
        <translation>Web アドレスではありません。http:// または https:// で始まり、ホストを含む必要があります（例：http://127.0.0.1:11434/v1）。</translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#”: give the base URL only, such as https://api.openai.com/v1.</source>
        <translation>アドレスに「?」や「#」は使用できません。ベース URL のみを指定してください（例：https://api.openai.com/v1）。</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): the key would cross the network readable by others.</source>
        <translation>このアドレスは暗号化されていません（http://）。キーが他者に読み取れる状態でネットワークを通過します。</translation>
    </message>
    <message>
        <source>This provider needs an API key. Paste the key you created on its website.</source>
        <translation>このプロバイダーには API キーが必要です。プロバイダーの Web サイトで作成したキーを貼り付けてください。</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks. Copy it again, without anything around it.</source>
        <translation>キーに空白または改行が含まれています。前後に何も含めずにコピーし直してください。</translation>
    </message>
    <message>
        <source>This key is too short to be an API key.</source>
        <translation>API キーとしては短すぎます。</translation>
    </message>
    <message>
        <source>The reasoning switches must be JSON objects, such as {&quot;reasoning_effort&quot;: &quot;none&quot;}, or empty.</source>
        <translation>推論の切り替え設定は JSON オブジェクト（例：{&quot;reasoning_effort&quot;: &quot;none&quot;}）にするか、空にしてください。</translation>
    </message>
    <message>
        <source>Choose a model. “Test connection” lists the ones this provider offers.</source>
        <translation>モデルを選択してください。「接続をテスト」を押すと、このプロバイダーが提供するモデルが一覧表示されます。</translation>
    </message>
    <message>
        <source>Line %1 is not a header: write one “Name: value” per line.</source>
        <translation>%1 行目はヘッダーではありません。1 行に 1 つ「Name: value」の形式で記述してください。</translation>
    </message>
    <message>
        <source>The value of header “%1” has characters a header cannot carry.</source>
        <translation>ヘッダー「%1」の値に、ヘッダーで使用できない文字が含まれています。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n model(s).</source>
        <translation>
            <numerusform>%n 個のモデルが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Connected, but the provider lists no models. Type the model&apos;s name.</source>
        <translation>接続しましたが、プロバイダーがモデルを一覧表示しませんでした。モデル名を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available.</source>
        <translation>
            <numerusform>接続しました：%n 個のモデルを利用できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confab&apos;s settings are not open.</source>
        <translation>Confab の設定が開かれていません。</translation>
    </message>
    <message>
        <source>The key is kept in %1, readable only by you.</source>
        <translation>キーは %1 に保存され、あなただけが読み取れます。</translation>
    </message>
    <message>
        <source>No system keychain is available, so the key was not stored: it works until Confab closes. Start a keychain service (GNOME Keyring, KWallet), or keep keys in a file readable only by you.</source>
        <translation>システムのキーリングを利用できないため、キーは保存されませんでした。このキーは Confab を終了するまで有効です。キーリングサービス（GNOME Keyring、KWallet）を起動するか、自分だけが読み取れるファイルにキーを保存してください。</translation>
    </message>
    <message>
        <source>The key could not be stored and works until Confab closes: %1</source>
        <translation>キーを保存できませんでした。このキーは Confab を終了するまで有効です：%1</translation>
    </message>
    <message>
        <source>Keys will be kept in %1, readable only by you.</source>
        <translation>キーは %1 に保存され、あなただけが読み取れます。</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>How this provider is shown</source>
        <translation>このプロバイダーの表示名</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>API キー（省略可）</translation>
    </message>
    <message>
        <source>Stored — leave empty to keep it</source>
        <translation>保存済み — 変更しない場合は空のままにしてください</translation>
    </message>
    <message>
        <source>Create a key at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;. It is kept in your system keychain, never in Confab&apos;s settings file.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; でキーを作成してください。キーはシステムのキーリングに保存され、Confab の設定ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Advanced: headers and reasoning switches</source>
        <translation>詳細設定：ヘッダーと推論の切り替え</translation>
    </message>
    <message>
        <source>Extra headers (one “Name: value” per line)</source>
        <translation>追加のヘッダー（1 行に 1 つ「Name: value」）</translation>
    </message>
    <message>
        <source>Request fields that turn reasoning on</source>
        <translation>推論をオンにするリクエストフィールド</translation>
    </message>
    <message>
        <source>… and off</source>
        <translation>…オフにするフィールド</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Keep keys in a file readable only by me</source>
        <translation>自分だけが読み取れるファイルにキーを保存する</translation>
    </message>
</context>
<context>
    <name>ProviderPreset</name>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>カスタム（OpenAI 互換）</translation>
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
    <name>RemoteChatClient</name>
    <message>
        <source>The address must be an http:// or https:// URL with a host, such as http://127.0.0.1:1733.</source>
        <translation>アドレスは、ホストを含む http:// または https:// の URL にしてください（例：http://127.0.0.1:1733）。</translation>
    </message>
    <message>
        <source>The remote server did not answer within 10 seconds.</source>
        <translation>リモートサーバーが 10 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The remote server refused the token (HTTP %1). Check the token in the remote backend settings.</source>
        <translation>リモートサーバーがトークンを拒否しました（HTTP %1）。リモートバックエンドの設定でトークンを確認してください。</translation>
    </message>
    <message>
        <source>The remote server has no chat API at this address (HTTP 404). Check the address: it should be the server&apos;s root, such as http://127.0.0.1:1733.</source>
        <translation>このアドレスのリモートサーバーにはチャット API がありません（HTTP 404）。アドレスを確認してください。サーバーのルート（例：http://127.0.0.1:1733）を指定する必要があります。</translation>
    </message>
    <message>
        <source>The remote server is busy (HTTP 429). Try again in a moment.</source>
        <translation>リモートサーバーがビジー状態です（HTTP 429）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The remote server failed (HTTP %1).</source>
        <translation>リモートサーバーでエラーが発生しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The remote server refused the request (HTTP %1).</source>
        <translation>リモートサーバーがリクエストを拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation>サーバーからのメッセージ：「%1」</translation>
    </message>
</context>
<context>
    <name>RemoteChatStream</name>
    <message numerus="yes">
        <source>The remote server sent nothing for %n seconds.</source>
        <translation>
            <numerusform>リモートサーバーから %n 秒間何も送られてきませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply was cancelled.</source>
        <translation>応答はキャンセルされました。</translation>
    </message>
    <message>
        <source>The remote server did not answer with an event stream (it sent “%1”). Check the address: it should be the server&apos;s root, such as http://127.0.0.1:1733.</source>
        <translation>リモートサーバーがイベントストリームで応答しませんでした（「%1」が送られてきました）。アドレスを確認してください。サーバーのルート（例：http://127.0.0.1:1733）を指定する必要があります。</translation>
    </message>
    <message>
        <source>The remote server sent an event that is too large.</source>
        <translation>リモートサーバーから大きすぎるイベントが送られてきました。</translation>
    </message>
    <message>
        <source>The remote server sent something that is not an event: %1</source>
        <translation>リモートサーバーからイベントではないデータが送られてきました：%1</translation>
    </message>
    <message>
        <source>The remote server sent an event that cannot be read: %1</source>
        <translation>リモートサーバーから読み取れないイベントが送られてきました：%1</translation>
    </message>
    <message>
        <source>The remote server closed the stream before the reply was complete.</source>
        <translation>応答が完了する前にリモートサーバーがストリームを閉じました。</translation>
    </message>
</context>
<context>
    <name>RemoteForm</name>
    <message>
        <source>Your messages go to that server&apos;s chat API (/api/agent/chat/stream), which answers with its own model and tools. The conversations are still kept here.</source>
        <translation>メッセージはそのサーバーのチャット API（/api/agent/chat/stream）に送信され、サーバー側のモデルとツールで応答が返されます。会話は引き続きこのコンピューターに保存されます。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>Token (if the server asks for one)</source>
        <translation>トークン（サーバーが必要とする場合）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Use the embedded agent again</source>
        <translation>組み込みエージェントに戻す</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>このサーバーを使用</translation>
    </message>
</context>
<context>
    <name>RemoteSettings</name>
    <message>
        <source>Enter the server&apos;s address, such as http://127.0.0.1:1733.</source>
        <translation>サーバーのアドレスを入力してください（例：http://127.0.0.1:1733）。</translation>
    </message>
    <message>
        <source>This is not a web address. It must start with http:// or https:// and name a host, such as http://127.0.0.1:1733.</source>
        <translation>Web アドレスではありません。http:// または https:// で始まり、ホストを含む必要があります（例：http://127.0.0.1:1733）。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>The server answered and accepted the token.</source>
        <translation>サーバーが応答し、トークンを受け付けました。</translation>
    </message>
</context>
<context>
    <name>RemoteWorkflowNode</name>
    <message>
        <source>The remote backend is not configured.</source>
        <translation>リモートバックエンドが設定されていません。</translation>
    </message>
    <message>
        <source>The remote server stopped the reply.</source>
        <translation>リモートサーバーが応答を停止しました。</translation>
    </message>
    <message>
        <source>The remote server could not answer.</source>
        <translation>リモートサーバーが応答できませんでした。</translation>
    </message>
    <message>
        <source>The remote server ended the reply early.</source>
        <translation>リモートサーバーが応答を途中で終了しました。</translation>
    </message>
</context>
<context>
    <name>ReplyError</name>
    <message>
        <source>The reply failed.</source>
        <translation>応答に失敗しました。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
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
    <name>SearchResultDelegate</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>（アーカイブ済み）</translation>
    </message>
    <message>
        <source>You: </source>
        <translation>あなた：</translation>
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
    <name>ServeCommand</name>
    <message>
        <source>Warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>Warning: no provider is set up, so every chat will fail. Set one up in Confab&apos;s settings, or set OPENAI_BASE_URL (and OPENAI_API_KEY).
</source>
        <translation>警告：プロバイダーが設定されていないため、すべてのチャットが失敗します。Confab の設定でプロバイダーを設定するか、OPENAI_BASE_URL（と OPENAI_API_KEY）を設定してください。
</translation>
    </message>
    <message>
        <source>Confab is serving on %1; the access token is in %2. Stop with Ctrl+C.
</source>
        <translation>Confab は %1 で待ち受けています。アクセストークンは %2 にあります。Ctrl+C で停止します。
</translation>
    </message>
    <message>
        <source>Stopping: running answers are kept as cancelled.
</source>
        <translation>停止しています：実行中の回答はキャンセル済みとして保持されます。
</translation>
    </message>
    <message>
        <source>The server stopped</source>
        <translation>サーバーが停止しました</translation>
    </message>
    <message>
        <source>confab serve: %1 can be reached from other computers; add --allow-remote to listen on it.
</source>
        <translation>confab serve: %1 は他のコンピューターから到達できます。このアドレスで待ち受けるには --allow-remote を付けてください。
</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Not an IP address to listen on: %1</source>
        <translation>待ち受け用の IP アドレスではありません：%1</translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation>待ち受けるアドレスがありません。</translation>
    </message>
</context>
<context>
    <name>ServerSettingsForm</name>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>ポートには 1～65535 の数値を指定してください。</translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights; choose 1024 or above.</source>
        <translation>1024 未満のポートには管理者権限が必要です。1024 以上を選んでください。</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1 (this computer only) or ::1.</source>
        <translation>IP アドレスを入力してください（例：127.0.0.1（このコンピューターのみ）や ::1）。</translation>
    </message>
    <message>
        <source>Enter IP addresses, such as 127.0.0.1 (this computer only) or ::1: %1</source>
        <translation>IP アドレスを入力してください（例：127.0.0.1（このコンピューターのみ）や ::1）：%1</translation>
    </message>
    <message>
        <source>Other computers could reach %1: turn on “Allow other computers” first.</source>
        <translation>他のコンピューターから %1 にアクセスできるようになります。先に「他のコンピューターを許可」をオンにしてください。</translation>
    </message>
    <message>
        <source>“*” would let every web page use the server; list the origins one by one.</source>
        <translation>「*」ではすべての Web ページがサーバーを使用できてしまいます。オリジンを 1 つずつ列挙してください。</translation>
    </message>
    <message>
        <source>“%1” is not an origin. Write the scheme, host and port only, such as http://localhost:5173.</source>
        <translation>「%1」はオリジンではありません。スキーム、ホスト、ポートのみを記述してください（例：http://localhost:5173）。</translation>
    </message>
    <message>
        <source>“%1” is not a host name. Write names such as my-laptop.local, one per line.</source>
        <translation>「%1」はホスト名ではありません。my-laptop.local のような名前を 1 行に 1 つずつ記述してください。</translation>
    </message>
    <message>
        <source>The server is not available in this window.</source>
        <translation>このウィンドウではサーバーを利用できません。</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>%1 で待ち受け中</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>起動できませんでした：%1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>ServerToken</name>
    <message>
        <source>Cannot read the server token from %1: %2</source>
        <translation>%1 からサーバーのトークンを読み込めません：%2</translation>
    </message>
    <message>
        <source>The server token in %1 must be one line of at least 16 characters.</source>
        <translation>%1 のサーバートークンは、16 文字以上の 1 行である必要があります。</translation>
    </message>
    <message>
        <source>Cannot write the server token to %1: %2</source>
        <translation>%1 にサーバーのトークンを書き込めません：%2</translation>
    </message>
    <message>
        <source>The server token %1 is a symbolic link; Confab uses only a token file of its own.</source>
        <translation>サーバートークン %1 はシンボリックリンクです。Confab は自身のトークンファイルのみを使います。</translation>
    </message>
    <message>
        <source>The server token %1 is not a regular file.</source>
        <translation>サーバートークン %1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>The server token %1 belongs to another user; Confab uses only a token file of its own.</source>
        <translation>サーバートークン %1 は別のユーザーのものです。Confab は自身のトークンファイルのみを使います。</translation>
    </message>
    <message>
        <source>Other users can read the server token %1, so it may be known to them. Make the file private (chmod 600) or create a new token.</source>
        <translation>サーバートークン %1 は他のユーザーが読めるため、知られている可能性があります。ファイルを非公開にする (chmod 600) か、新しいトークンを作成してください。</translation>
    </message>
</context>
<context>
    <name>SettingsAppearance</name>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <source>Own size</source>
        <translation>サイズを指定</translation>
    </message>
    <message>
        <source>points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>Width of the conversation</source>
        <translation>会話の表示幅</translation>
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
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>An assistant is a reusable system prompt with its model and parameters. Apply one to a conversation from its options (the “⋯” button).</source>
        <translation>アシスタントは、モデルとパラメーターを含む再利用可能なシステムプロンプトです。会話のオプション（「⋯」ボタン）から会話に適用できます。</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Model (empty: the default)</source>
        <translation>モデル（空欄：既定）</translation>
    </message>
    <message>
        <source>Remove this assistant</source>
        <translation>このアシスタントを削除</translation>
    </message>
    <message>
        <source>New assistant</source>
        <translation>新しいアシスタント</translation>
    </message>
</context>
<context>
    <name>SettingsData</name>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>%1 を開けるファイルマネージャーがありません。</translation>
    </message>
    <message>
        <source>History: %1
Settings: %2
Start Confab with --data-dir to use another folder.</source>
        <translation>履歴：%1
設定：%2
別のフォルダーを使用するには、--data-dir を指定して Confab を起動してください。</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>すべての会話をエクスポート…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>すべての会話をエクスポート</translation>
    </message>
    <message>
        <source>Confab export (*.json)</source>
        <translation>Confab エクスポート (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>会話をインポート</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>SettingsDefaults</name>
    <message>
        <source>Models and defaults</source>
        <translation>モデルと既定値</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Empty: the provider&apos;s model (%1).</source>
        <translation>空欄：プロバイダーのモデル（%1）。</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Instructions the model gets at the start of every conversation</source>
        <translation>すべての会話の最初にモデルに渡される指示</translation>
    </message>
    <message>
        <source>Let the model title new conversations after the first answer</source>
        <translation>最初の回答の後、モデルに新しい会話のタイトルを付けさせる</translation>
    </message>
</context>
<context>
    <name>SettingsLanguage</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>CONFAB_LANGUAGE chose the language at start; a choice here lasts until Confab closes.</source>
        <translation>起動時の言語は CONFAB_LANGUAGE で選択されています。ここでの選択は Confab を終了するまで有効です。</translation>
    </message>
    <message>
        <source>Like the system (%1)</source>
        <translation>システムに合わせる（%1）</translation>
    </message>
    <message>
        <source>Dates and numbers follow: %1</source>
        <translation>日付と数値の形式：%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Models and defaults</source>
        <translation>モデルと既定値</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>ローカルサーバー</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP サーバー</translation>
    </message>
    <message>
        <source>Remote backend</source>
        <translation>リモートバックエンド</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>← Back to the chat</source>
        <translation>← チャットに戻る</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>SettingsProviders</name>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>The provider in use answers every conversation that does not choose its own model. Keys are kept in the system keychain.</source>
        <translation>独自のモデルを選択していない会話には、使用中のプロバイダーが応答します。キーはシステムのキーリングに保存されます。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 を使用</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>No provider yet.</source>
        <translation>プロバイダーはまだありません。</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>プロバイダーを追加</translation>
    </message>
    <message>
        <source>Look for local servers</source>
        <translation>ローカルサーバーを探す</translation>
    </message>
    <message>
        <source>None answered.</source>
        <translation>応答したサーバーはありません。</translation>
    </message>
    <message>
        <source>Add %1 at %2</source>
        <translation>%2 の %1 を追加</translation>
    </message>
    <message>
        <source>Add and use</source>
        <translation>追加して使用</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>SettingsRemote</name>
    <message>
        <source>Remote backend</source>
        <translation>リモートバックエンド</translation>
    </message>
    <message>
        <source>In use: answers come from %1.</source>
        <translation>使用中：回答は %1 から返されます。</translation>
    </message>
    <message>
        <source>Not in use: the embedded agent answers.</source>
        <translation>未使用：組み込みエージェントが回答します。</translation>
    </message>
</context>
<context>
    <name>SettingsServer</name>
    <message>
        <source>Local server</source>
        <translation>ローカルサーバー</translation>
    </message>
    <message>
        <source>Lets other programs chat through Confab: MineContext&apos;s chat API and an OpenAI-compatible /v1. Off by default; it answers only requests that carry its token.</source>
        <translation>他のプログラムが Confab を通じてチャットできるようにします（MineContext のチャット API と OpenAI 互換の /v1）。既定ではオフです。トークンを含むリクエストにのみ応答します。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Addresses to listen on</source>
        <translation>待ち受けるアドレス</translation>
    </message>
    <message>
        <source>Allow other computers</source>
        <translation>他のコンピューターを許可</translation>
    </message>
    <message>
        <source>Other computers can reach the server at this address. Anyone who has the token can use your models and history.</source>
        <translation>他のコンピューターからこのアドレスでサーバーにアクセスできます。トークンを持つ人は誰でも、あなたのモデルと履歴を使用できます。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Not available in this window</source>
        <translation>このウィンドウでは利用できません</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>新しいトークン</translation>
    </message>
    <message>
        <source>Web pages allowed to call the server (origins, one per line)</source>
        <translation>サーバーの呼び出しを許可する Web ページ（オリジン、1 行に 1 つ）</translation>
    </message>
    <message>
        <source>Other host names for this computer (one per line)</source>
        <translation>このコンピューターの別のホスト名（1 行に 1 つ）</translation>
    </message>
    <message>
        <source>Allow pages opened from files (Origin: null)</source>
        <translation>ファイルから開いたページを許可する (Origin: null)</translation>
    </message>
    <message>
        <source>For packaged Electron frontends. Any page opened from a file on this computer can then call the server, as long as it has the token.</source>
        <translation>パッケージ化された Electron フロントエンド向けです。このコンピューター上のファイルから開いたページは、トークンを持っていればサーバーを呼び出せるようになります。</translation>
    </message>
</context>
<context>
    <name>SettingsShortcuts</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>すべてのメッセージを検索</translation>
    </message>
    <message>
        <source>Settings (again: back to the chat)</source>
        <translation>設定（もう一度押すとチャットに戻る）</translation>
    </message>
    <message>
        <source>Options of this conversation</source>
        <translation>この会話のオプション</translation>
    </message>
    <message>
        <source>Show or hide the conversations</source>
        <translation>会話一覧の表示/非表示</translation>
    </message>
    <message>
        <source>Rename this conversation</source>
        <translation>この会話の名前を変更</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>メッセージ内で改行</translation>
    </message>
    <message>
        <source>In search: go to the results, open one</source>
        <translation>検索中：結果に移動、結果を開く</translation>
    </message>
    <message>
        <source>Clear the search; leave the settings; cancel a rename</source>
        <translation>検索を消去、設定を閉じる、名前の変更をキャンセル</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>まだ会話はありません</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>新しい会話を開始（Ctrl+N）</translation>
    </message>
    <message>
        <source>Chat options</source>
        <translation>チャットのオプション</translation>
    </message>
    <message>
        <source>Model, prompt and parameters of this conversation (Ctrl+Shift+,)</source>
        <translation>この会話のモデル、プロンプト、パラメーター（Ctrl+Shift+,）</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>設定（Ctrl+,）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+K)</source>
        <translation>すべてのメッセージを検索（Ctrl+K）</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <source>No archived conversations</source>
        <translation>アーカイブした会話はありません</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>「%1」を含むメッセージはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n 件のメッセージが見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” deleted</source>
        <translation>「%1」を削除しました</translation>
    </message>
    <message>
        <source>Back to conversations</source>
        <translation>会話一覧に戻る</translation>
    </message>
    <message>
        <source>Archived conversations</source>
        <translation>アーカイブした会話</translation>
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
    <name>StatusLine</name>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>準備</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意図</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>Executing</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Reflecting</source>
        <translation>見直し</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>モデルを待っています…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The history database is damaged and could not be moved aside. Confab stopped saving to it; what is on screen stays, but nothing more is saved.</source>
        <translation>履歴データベースが破損しており、退避できませんでした。Confab はこのデータベースへの保存を停止しました。画面上の内容は残りますが、これ以上は保存されません。</translation>
    </message>
    <message>
        <source>The history database is damaged. Confab stopped saving to it and moved it aside; what is on screen stays, but nothing more is saved. Restart Confab to start with an empty history.</source>
        <translation>履歴データベースが破損しています。Confab は保存を停止し、データベースを退避しました。画面上の内容は残りますが、これ以上は保存されません。空の履歴で始めるには Confab を再起動してください。</translation>
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
    <name>ThinkingSection</name>
    <message>
        <source>Thinking… %1 s</source>
        <translation>思考中… %1 秒</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>Thought for %1 s</source>
        <translation>%1 秒間思考しました</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>思考内容</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>waiting for your approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>done in %1 ms</source>
        <translation>%1 ミリ秒で完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Allow this tool to run?</source>
        <translation>このツールの実行を許可しますか？</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
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
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
</context>
<context>
    <name>UsageFooter</name>
    <message>
        <source>~%1 tokens</source>
        <translation>約 %1 トークン</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <source>first token after %1 s</source>
        <translation>最初のトークンまで %1 秒</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 トークン/秒</translation>
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
        <source>Confab is already running with this data folder; its window was brought to the front.
</source>
        <translation>Confab はこのデータフォルダーで既に実行中です。そのウィンドウを前面に表示しました。
</translation>
    </message>
</context>
</TS>
