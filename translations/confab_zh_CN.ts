<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgentRun</name>
    <message>
        <source>The run was discarded</source>
        <translation>本次运行已被丢弃</translation>
    </message>
    <message>
        <source>Message generation was interrupted</source>
        <translation>消息生成已中断</translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <source>New assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a %2 image; only PNG, JPEG, GIF and WebP can be sent to a model.</source>
        <translation>%1 是 %2 格式的图像；只有 PNG、JPEG、GIF 和 WebP 图像可以发送给模型。</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 大于 20 MB。</translation>
    </message>
    <message>
        <source>%1 (%2) is not a text file; Confab can attach text, Markdown, code and images.</source>
        <translation>%1（%2）不是文本文件；Confab 可以附加文本、Markdown、代码和图像。</translation>
    </message>
    <message>
        <source>%1 is protected by a password.</source>
        <translation>%1 受密码保护。</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation>%1 不是可读取的 PDF 文件。</translation>
    </message>
    <message>
        <source>%1 has no text to read (it may be scanned images).</source>
        <translation>%1 中没有可读取的文本（可能是扫描的图像）。</translation>
    </message>
    <message>
        <source>%1 is a PDF file; this build of Confab cannot read PDF text.</source>
        <translation>%1 是 PDF 文件；此版本的 Confab 无法读取 PDF 中的文本。</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>(%1)</source>
        <translation type="unfinished">（%1）</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab&apos;s data is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatCommand</name>
    <message>
        <source>confab chat: no provider is set up. Set one up in Confab&apos;s settings, or set OPENAI_BASE_URL (and OPENAI_API_KEY).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confab chat: interrupted; the partial answer is kept.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>The conversation history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished">消息为空。</translation>
    </message>
    <message>
        <source>A reply is still being written: wait for it or stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Jump to the newest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>Confab is closing</source>
        <translation>Confab 正在关闭</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>消息为空。</translation>
    </message>
    <message>
        <source>Only a reply to a message can be regenerated.</source>
        <translation>只有对消息的回复才能重新生成。</translation>
    </message>
    <message>
        <source>Regenerated</source>
        <translation>已重新生成</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>只能编辑自己发送的消息。</translation>
    </message>
</context>
<context>
    <name>ChatTurn</name>
    <message>
        <source>The turn was discarded</source>
        <translation>本轮对话已被丢弃</translation>
    </message>
</context>
<context>
    <name>ChunkDecoder</name>
    <message>
        <source>A chunk of the stream is not valid JSON (%1)</source>
        <translation>数据流中的一个数据块不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>A chunk of the stream is not a JSON object</source>
        <translation>数据流中的一个数据块不是 JSON 对象</translation>
    </message>
    <message>
        <source>The response is not a chat completion</source>
        <translation>响应不是聊天补全结果</translation>
    </message>
    <message>
        <source>The model requested more than %1 tool calls</source>
        <translation>模型请求了超过 %1 次工具调用</translation>
    </message>
    <message>
        <source>The arguments of a tool call are longer than %1 characters</source>
        <translation>某个工具调用的参数超过了 %1 个字符</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>plain text (no highlighting in this build)</source>
        <translation>纯文本（此版本不支持语法高亮）</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
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
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files (or drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextNode</name>
    <message>
        <source>Collecting context...</source>
        <translation>正在收集上下文…</translation>
    </message>
    <message>
        <source>Selected text</source>
        <translation>选中的文本</translation>
    </message>
    <message>
        <source>Document %1 not found</source>
        <translation>找不到文档 %1</translation>
    </message>
    <message>
        <source>%1 was shortened to its first %2 characters</source>
        <translation>%1 已截断为前 %2 个字符</translation>
    </message>
    <message numerus="yes">
        <source>Added %n context items</source>
        <translation>
            <numerusform>已添加 %n 项上下文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished">新建聊天</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>A conversation needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation was deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <source>Options of this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from an assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished">系统提示词</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the defaults again</source>
        <translation type="unfinished"></translation>
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
    <name>DefaultsSettings</name>
    <message>
        <source>Asking the provider…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutorNode</name>
    <message>
        <source>Generating reply...</source>
        <translation>正在生成回复…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n rounds of tool calls.</source>
        <translation>
            <numerusform>已在 %n 轮工具调用后停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply generated</source>
        <translation>回复已生成</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>正在调用 %1</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 已返回结果</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n 个 token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntentNode</name>
    <message>
        <source>Analyzing your intent...</source>
        <translation>正在分析意图…</translation>
    </message>
    <message>
        <source>Could not classify the question (%1); answering it directly</source>
        <translation>无法对问题进行分类（%1）；将直接回答</translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation>意图：%1</translation>
    </message>
</context>
<context>
    <name>JsonTransfer</name>
    <message>
        <source>The file cannot be imported (%1: %2). Nothing was imported.</source>
        <translation>无法导入该文件（%1：%2）。未导入任何内容。</translation>
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
    <name>LlmClient</name>
    <message>
        <source>The provider has no valid base URL (“%1”).</source>
        <translation>提供商没有有效的基础 URL（“%1”）。</translation>
    </message>
    <message>
        <source>The provider has no valid base URL.</source>
        <translation>提供商没有有效的基础 URL。</translation>
    </message>
    <message>
        <source>The model list is not a JSON object</source>
        <translation>模型列表不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>LlmError</name>
    <message>
        <source>The reply was stopped.</source>
        <translation>回复已停止。</translation>
    </message>
    <message>
        <source>The connection was lost before the reply was complete. The text received so far is kept.</source>
        <translation>回复完成前连接已断开。已收到的文本会保留。</translation>
    </message>
    <message>
        <source>Could not connect to the server in time.</source>
        <translation>未能及时连接到服务器。</translation>
    </message>
    <message>
        <source>The server did not start answering in time.</source>
        <translation>服务器未能及时开始响应。</translation>
    </message>
    <message numerus="yes">
        <source>The server stopped sending the reply (nothing new for %n seconds).</source>
        <translation>
            <numerusform>服务器已停止发送回复（%n 秒内没有新内容）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server stopped sending the reply.</source>
        <translation>服务器已停止发送回复。</translation>
    </message>
    <message>
        <source>The reply took longer than the time limit for one turn.</source>
        <translation>回复耗时超过了单轮对话的时间限制。</translation>
    </message>
    <message>
        <source>The server gave up on the request because it took too long.</source>
        <translation>请求耗时过长，服务器已放弃处理。</translation>
    </message>
    <message>
        <source>A network error stopped the request.</source>
        <translation>网络错误导致请求中断。</translation>
    </message>
    <message>
        <source>The server address could not be found. Check the base URL and the network connection.</source>
        <translation>找不到服务器地址。请检查基础 URL 和网络连接。</translation>
    </message>
    <message>
        <source>The server refused the connection. Check that it is running and that the base URL is right.</source>
        <translation>服务器拒绝了连接。请检查服务器是否正在运行，以及基础 URL 是否正确。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>与服务器建立安全连接失败。</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP status %1).</source>
        <translation>服务器拒绝了请求（HTTP 状态码 %1）。</translation>
    </message>
    <message>
        <source>The provider did not accept the API key (HTTP status %1). Check the key in the provider settings.</source>
        <translation>提供商不接受该 API 密钥（HTTP 状态码 %1）。请在提供商设置中检查密钥。</translation>
    </message>
    <message>
        <source>The provider needs payment or more credits for this request.</source>
        <translation>提供商要求付费或充值额度后才能处理此请求。</translation>
    </message>
    <message>
        <source>The provider does not know this model or address. Check the model name and the base URL.</source>
        <translation>提供商无法识别此模型或地址。请检查模型名称和基础 URL。</translation>
    </message>
    <message numerus="yes">
        <source>The provider is limiting requests. Try again in %n seconds.</source>
        <translation>
            <numerusform>提供商正在限制请求频率。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider is limiting requests. Try again in a moment.</source>
        <translation>提供商正在限制请求频率。请稍后重试。</translation>
    </message>
    <message>
        <source>The account has used up its quota or credits at this provider.</source>
        <translation>该账户在此提供商处的配额或额度已用完。</translation>
    </message>
    <message>
        <source>The request is too large for this model: shorten the conversation or the attachments.</source>
        <translation>请求对此模型来说过大：请缩短对话或附件。</translation>
    </message>
    <message>
        <source>The provider had a problem on its side (HTTP status %1).</source>
        <translation>提供商端出现问题（HTTP 状态码 %1）。</translation>
    </message>
    <message>
        <source>The provider reported an error while answering.</source>
        <translation>提供商在回复过程中报告了错误。</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid reply.</source>
        <translation>服务器发送的内容不是有效的回复。</translation>
    </message>
    <message>
        <source>The provider said: “%1”</source>
        <translation>提供商返回的信息：“%1”</translation>
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
        <translation>没有网络访问管理器。</translation>
    </message>
    <message>
        <source>The network access manager was deleted.</source>
        <translation>网络访问管理器已被删除。</translation>
    </message>
    <message>
        <source>The request was deleted.</source>
        <translation>请求已被删除。</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes</source>
        <translation>响应大于 %1 字节</translation>
    </message>
    <message>
        <source>The stream ended before the provider marked the reply as complete.</source>
        <translation>在提供商将回复标记为完成之前，数据流就已结束。</translation>
    </message>
    <message>
        <source>The server ended the stream without sending a reply</source>
        <translation>服务器结束了数据流，但没有发送回复</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>Confab is closing</source>
        <translation type="unfinished">Confab 正在关闭</translation>
    </message>
    <message>
        <source>The server settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 would let other computers reach Confab; turn on &quot;allow remote access&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server listens on %1: other computers that can reach it and have the token can use Confab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 — Confab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>Untitled conversation</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>提供商：%1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
    <message>
        <source>Tool calls:</source>
        <translation>工具调用：</translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server speaks MCP version “%1”; Confab speaks %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 %2 (MCP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not list its tools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tool list again failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out a tool without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped reading the tool list after %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) available.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s tools changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored an answer to no pending request (id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has neither a result nor an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Last lines of its log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is being stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpConnection</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running, no tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running, %n tool(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by Confab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpHttpTransport</name>
    <message>
        <source>Connecting to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s event stream broke: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no event stream (HTTP %1); changes to its tools are seen on the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the session (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped listening to the server&apos;s event stream after repeated failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended its event stream without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not a JSON-RPC response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpImport</name>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &quot;mcpServers&quot; object was found in this JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left out, its entry is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left out, it uses the old HTTP+SSE transport, which Confab does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server without a name was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left out. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: renamed to %2, that name is taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpImportDialog</name>
    <message numerus="yes">
        <source>%n server(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the contents of claude_desktop_config.json, or any JSON with an &quot;mcpServers&quot; object. Imported servers ask before each call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpLogDialog</name>
    <message>
        <source>Log of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished">复制</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpManager</name>
    <message>
        <source>The server needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a server named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted by the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpRequest</name>
    <message>
        <source>The server did not answer %1 within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServerCard</name>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>The server needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs a command to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServerDialog</name>
    <message>
        <source>Add an MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a program (stdio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At an address (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments
(one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment
(NAME=value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers
(Name: value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServerLog</name>
    <message numerus="yes">
        <source>[%n earlier line(s) dropped]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> […%1 more characters]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServerModel</name>
    <message>
        <source>%1 %2, MCP %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpSettingsPage</name>
    <message>
        <source>MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools of Model Context Protocol servers become tools of the assistant. A server runs as a program on this computer (stdio) or is reached at an address (HTTP). Calls of a server that asks before each call wait for your Allow or Deny in the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one, or import the &quot;mcpServers&quot; settings of another app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tools are no longer offered to the assistant, and its program is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpStdioTransport</name>
    <message>
        <source>The server did not exit after its input was closed; terminating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ignored the request to terminate; killing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 (process %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command “%1” was not found in PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wrote a line longer than %1 MiB without a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server process crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server process exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpTool</name>
    <message>
        <source>%1 (tool “%2” of the MCP server “%3”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>The MCP server “%1” has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1” asks the user before each call, and there is nobody to ask here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user denied this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody allowed this call in time; it was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was withdrawn before the user allowed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1” is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1” is not running: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1” refused the call: %2 (JSON-RPC error %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meanwhile it printed output that is not MCP (see its log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1” failed during the call: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server “%1” gave an answer Confab cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to the MCP server “%1” was cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpToolResult</name>
    <message>
        <source>[The tool returned an image (%1, %2), which cannot be passed on as text.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[The tool returned audio (%1, %2), which cannot be passed on as text.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Resource link: %1 &lt;%2&gt;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Content of type “%1” left out.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool reported an error without details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpTransport</name>
    <message>
        <source>Ignored output that is not an MCP message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished">已复制</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished">复制</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">发送</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this reply was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Welcome to Confab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a model to start chatting. Confab talks to any OpenAI-compatible provider, in the cloud or on this computer; your conversations stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Ollama, LM Studio and llama.cpp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local server answered on its usual port (Ollama 11434, LM Studio 1234, llama.cpp 8080). Start one and look again, or pick a provider below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use %1 at %2 — %n model(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and start chatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or use another Confab (or a MineContext server) as the backend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterFields</name>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: no limit of Confab&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished">推理过程</translation>
    </message>
    <message>
        <source>On, where the provider can switch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off, where the provider can switch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent may use tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Enter the provider&apos;s address, such as https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address. It must start with http:// or https:// and name a host, such as http://127.0.0.1:11434/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#”: give the base URL only, such as https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): the key would cross the network readable by others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider needs an API key. Paste the key you created on its website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks. Copy it again, without anything around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is too short to be an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasoning switches must be JSON objects, such as {&quot;reasoning_effort&quot;: &quot;none&quot;}, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model. “Test connection” lists the ones this provider offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a header: write one “Name: value” per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of header “%1” has characters a header cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n model(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the provider lists no models. Type the model&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confab&apos;s settings are not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the key was not stored: it works until Confab closes. Start a keychain service (GNOME Keyring, KWallet), or keep keys in a file readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored and works until Confab closes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys will be kept in %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this provider is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;. It is kept in your system keychain, never in Confab&apos;s settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: headers and reasoning switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers (one “Name: value” per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request fields that turn reasoning on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep keys in a file readable only by me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPreset</name>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderProfile</name>
    <message>
        <source>From the environment (OPENAI_BASE_URL)</source>
        <translation>来自环境变量（OPENAI_BASE_URL）</translation>
    </message>
</context>
<context>
    <name>ReadFileTool</name>
    <message>
        <source>The argument &quot;path&quot; is missing.</source>
        <translation>缺少参数“path”。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is outside the folders you allowed Confab to read.</source>
        <translation>%1 不在允许 Confab 读取的文件夹中。</translation>
    </message>
    <message numerus="yes">
        <source>Folder %1 (%n entries):
</source>
        <translation>
            <numerusform>文件夹 %1（%n 个条目）：
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot seek to byte %1 of %2.</source>
        <translation>无法定位到 %2 的第 %1 字节。</translation>
    </message>
    <message>
        <source>%1 is a binary file, not text.</source>
        <translation>%1 是二进制文件，不是文本。</translation>
    </message>
    <message>
        <source>
[%1 more bytes: call again with offset %2]</source>
        <translation>
[还有 %1 字节：请以 offset %2 再次调用]</translation>
    </message>
</context>
<context>
    <name>ReflectionNode</name>
    <message>
        <source>Reviewing the answer...</source>
        <translation>正在复核回答…</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>复核：%1</translation>
    </message>
</context>
<context>
    <name>RemoteChatClient</name>
    <message>
        <source>The address must be an http:// or https:// URL with a host, such as http://127.0.0.1:1733.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server did not answer within 10 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server refused the token (HTTP %1). Check the token in the remote backend settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server has no chat API at this address (HTTP 404). Check the address: it should be the server&apos;s root, such as http://127.0.0.1:1733.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server is busy (HTTP 429). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteChatStream</name>
    <message numerus="yes">
        <source>The remote server sent nothing for %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The reply was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server did not answer with an event stream (it sent “%1”). Check the address: it should be the server&apos;s root, such as http://127.0.0.1:1733.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server sent an event that is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server sent something that is not an event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server sent an event that cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server closed the stream before the reply was complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteForm</name>
    <message>
        <source>Your messages go to that server&apos;s chat API (/api/agent/chat/stream), which answers with its own model and tools. The conversations are still kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token (if the server asks for one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the embedded agent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteSettings</name>
    <message>
        <source>Enter the server&apos;s address, such as http://127.0.0.1:1733.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address. It must start with http:// or https:// and name a host, such as http://127.0.0.1:1733.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered and accepted the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteWorkflowNode</name>
    <message>
        <source>The remote backend is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server stopped the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server could not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server ended the reply early.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyError</name>
    <message>
        <source>The reply failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHistoryTool</name>
    <message>
        <source>The argument &quot;query&quot; is missing.</source>
        <translation>缺少参数“query”。</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished">新建聊天</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (no Secret Service or KWallet answered).</source>
        <translation>没有可用的系统密钥环（Secret Service 和 KWallet 均无响应）。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Start a keychain service, set OPENAI_API_KEY, or allow Confab to keep keys in a file readable only by you.</source>
        <translation>请启动密钥环服务、设置 OPENAI_API_KEY，或允许 Confab 将密钥保存在仅当前用户可读的文件中。</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n seconds</source>
        <translation>
            <numerusform>密钥环在 %n 秒内没有响应</numerusform>
        </translation>
    </message>
    <message>
        <source>No key is stored for “%1”.</source>
        <translation>没有为“%1”保存密钥。</translation>
    </message>
    <message>
        <source>The keychain refused the operation: %1</source>
        <translation>密钥环拒绝了此操作：%1</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged; it was left as it is.</source>
        <translation>密钥文件 %1 已损坏；该文件保持原样，未作改动。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: no provider is set up, so every chat will fail. Set one up in Confab&apos;s settings, or set OPENAI_BASE_URL (and OPENAI_API_KEY).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab is serving on %1; the access token is in %2. Stop with Ctrl+C.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: running answers are kept as cancelled.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Not an IP address to listen on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSettingsForm</name>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights; choose 1024 or above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1 (this computer only) or ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter IP addresses, such as 127.0.0.1 (this computer only) or ::1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other computers could reach %1: turn on “Allow other computers” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“*” would let every web page use the server; list the origins one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an origin. Write the scheme, host and port only, such as http://localhost:5173.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host name. Write names such as my-laptop.local, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerToken</name>
    <message>
        <source>Cannot read the server token from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server token in %1 must be one line of at least 16 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the server token to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsAppearance</name>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsAssistants</name>
    <message>
        <source>Assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assistant is a reusable system prompt with its model and parameters. Apply one to a conversation from its options (the “⋯” button).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished">系统提示词</translation>
    </message>
    <message>
        <source>Model (empty: the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsData</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1
Settings: %2
Start Confab with --data-dir to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confab export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDefaults</name>
    <message>
        <source>Models and defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the provider&apos;s model (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished">系统提示词</translation>
    </message>
    <message>
        <source>Instructions the model gets at the start of every conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the model title new conversations after the first answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsLanguage</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFAB_LANGUAGE chose the language at start; a choice here lasts until Confab closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and numbers follow: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models and defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsProviders</name>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider in use answers every conversation that does not choose its own model. Keys are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for local servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsRemote</name>
    <message>
        <source>Remote backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: answers come from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in use: the embedded agent answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsServer</name>
    <message>
        <source>Local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets other programs chat through Confab: MineContext&apos;s chat API and an OpenAI-compatible /v1. Off by default; it answers only requests that carry its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses to listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow other computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other computers can reach the server at this address. Anyone who has the token can use your models and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages allowed to call the server (origins, one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other host names for this computer (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsShortcuts</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished">新建聊天</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (again: back to the chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In search: go to the results, open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search; leave the settings; cancel a rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>还没有对话</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model, prompt and parameters of this conversation (Ctrl+Shift+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archived conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SseDecoder</name>
    <message>
        <source>A line of the event stream is longer than %1 bytes.</source>
        <translation>事件流中的一行超过了 %1 字节。</translation>
    </message>
    <message>
        <source>An event of the stream carries more than %1 bytes of data.</source>
        <translation>数据流中的一个事件携带了超过 %1 字节的数据。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The data folder cannot be created or written.</source>
        <translation>无法创建或写入数据文件夹。</translation>
    </message>
    <message>
        <source>The history database is in use by another running copy of Confab.</source>
        <translation>历史记录数据库正被另一个正在运行的 Confab 实例使用。</translation>
    </message>
    <message>
        <source>The history file is not a database.</source>
        <translation>历史记录文件不是数据库。</translation>
    </message>
    <message>
        <source>The history database is damaged.</source>
        <translation>历史记录数据库已损坏。</translation>
    </message>
    <message>
        <source>The history database was written by a newer version of Confab. Please update Confab.</source>
        <translation>历史记录数据库由较新版本的 Confab 写入。请更新 Confab。</translation>
    </message>
    <message>
        <source>The history database cannot be written (it is read-only).</source>
        <translation>无法写入历史记录数据库（该数据库为只读）。</translation>
    </message>
    <message>
        <source>The disk is full: the history cannot be saved. Nothing shown is lost; free some space.</source>
        <translation>磁盘已满：无法保存历史记录。已显示的内容不会丢失；请释放一些空间。</translation>
    </message>
    <message>
        <source>The history database is busy.</source>
        <translation>历史记录数据库正忙。</translation>
    </message>
    <message>
        <source>The history database could not be read or written (input/output error).</source>
        <translation>无法读取或写入历史记录数据库（输入/输出错误）。</translation>
    </message>
    <message>
        <source>The conversation or message does not exist.</source>
        <translation>该对话或消息不存在。</translation>
    </message>
    <message>
        <source>The request cannot be carried out.</source>
        <translation>无法执行此请求。</translation>
    </message>
    <message>
        <source>The file cannot be imported: nothing was imported.</source>
        <translation>无法导入该文件：未导入任何内容。</translation>
    </message>
    <message>
        <source>The history database is closed.</source>
        <translation>历史记录数据库已关闭。</translation>
    </message>
    <message>
        <source>The history database reported an error.</source>
        <translation>历史记录数据库报告了一个错误。</translation>
    </message>
</context>
<context>
    <name>StorageOpenReport</name>
    <message>
        <source>%1 The old file was kept as %2. Confab started with an empty history.</source>
        <translation>%1旧文件已作为 %2 保留。Confab 已使用空的历史记录启动。</translation>
    </message>
    <message numerus="yes">
        <source>Confab was closed while writing %n reply(s); what was received is kept and marked as interrupted.</source>
        <translation>
            <numerusform>Confab 在写入 %n 条回复时被关闭；已收到的内容已保留，并标记为已中断。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThinkingSection</name>
    <message>
        <source>Thinking… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow this tool to run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolInvocation</name>
    <message>
        <source>The tool %1 did not answer within %2 seconds.</source>
        <translation>工具 %1 未在 %2 秒内响应。</translation>
    </message>
    <message>
        <source>There is no tool named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的工具。</translation>
    </message>
    <message>
        <source>The arguments of %1 are not a JSON object: %2</source>
        <translation>%1 的参数不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>调用已取消。</translation>
    </message>
    <message>
        <source>
[output truncated: %1 more characters]</source>
        <translation>
[输出已截断：还有 %1 个字符]</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageFooter</name>
    <message>
        <source>~%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>Starting to process query: %1...</source>
        <translation>开始处理问题：%1…</translation>
    </message>
    <message>
        <source>%1 node processing failed: %2</source>
        <translation>%1 节点处理失败：%2</translation>
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
        <source>Confab is already running with this data folder; its window was brought to the front.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
