<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
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
    <name>DataLocation</name>
    <message>
        <source>Cannot create or write the data folder %1</source>
        <translation>データフォルダー %1 を作成できないか、書き込めません</translation>
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
