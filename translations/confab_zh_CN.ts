<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChatPage</name>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>开始对话</translation>
    </message>
    <message>
        <source>%1 %2: ask anything below.</source>
        <translation>%1 %2：在下方随意提问。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Confab: a native chat client for OpenAI-compatible language models.</source>
        <translation>Confab：面向兼容 OpenAI 的语言模型的原生聊天客户端。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>With --version: also list Qt, QCoro and optional features.</source>
        <translation>与 --version 一起使用：同时列出 Qt、QCoro 及可选功能。</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>将数据库和设置保存在 &lt;目录&gt; 中。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>窗口显示后将其截图保存到 &lt;文件&gt;，然后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>serve: the TCP port to listen on (default 8337).</source>
        <translation>serve：要监听的 TCP 端口（默认 8337）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>serve: the address to listen on (default 127.0.0.1).</source>
        <translation>serve：要监听的地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>serve: read the access token from &lt;file&gt;.</source>
        <translation>serve：从 &lt;文件&gt; 读取访问令牌。</translation>
    </message>
    <message>
        <source>serve: run the local server without a window; chat &lt;question&gt;: print one answer.</source>
        <translation>serve：不打开窗口，只运行本地服务器；chat &lt;问题&gt;：输出一个回答。</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>无效的端口：%1</translation>
    </message>
    <message>
        <source>chat needs a question, for example: confab chat &quot;What is SSE?&quot;</source>
        <translation>chat 需要一个问题，例如：confab chat &quot;什么是 SSE？&quot;</translation>
    </message>
    <message>
        <source>Unknown command: %1 (try --help)</source>
        <translation>未知命令：%1（请尝试 --help）</translation>
    </message>
    <message>
        <source>--port, --bind and --token-file only apply to &apos;confab serve&apos;.</source>
        <translation>--port、--bind 和 --token-file 仅适用于 &apos;confab serve&apos;。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Confab… (Enter to send, Shift+Enter for a new line)</source>
        <translation>给 Confab 发消息…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Cannot create or write the data folder %1</source>
        <translation>无法创建或写入数据文件夹 %1</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
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
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>还没有对话</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not save a screenshot to %1
</source>
        <translation>无法将截图保存到 %1
</translation>
    </message>
    <message>
        <source>This command is not available yet.
</source>
        <translation>此命令尚不可用。
</translation>
    </message>
</context>
</TS>
