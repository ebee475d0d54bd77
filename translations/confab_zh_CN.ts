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
    <name>AppConfig</name>
    <message>
        <source>Confab could not save its settings to %1. Check that the folder can be written to and that the disk is not full.</source>
        <translation>Confab 无法将设置保存到 %1。请检查该文件夹是否可写，以及磁盘是否已满。</translation>
    </message>
    <message>
        <source>Confab could not save its settings: %1 is not a valid settings file.</source>
        <translation>Confab 无法保存设置：%1 不是有效的设置文件。</translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <source>New assistant</source>
        <translation>新助手</translation>
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
        <translation>（%1）</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Confab&apos;s data is not open.</source>
        <translation>Confab 的数据未打开。</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个对话。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ChatCommand</name>
    <message>
        <source>confab chat: no provider is set up. Set one up in Confab&apos;s settings, or set OPENAI_BASE_URL (and OPENAI_API_KEY).
</source>
        <translation>confab chat：尚未设置提供商。请在 Confab 的设置中设置一个，或设置 OPENAI_BASE_URL（以及 OPENAI_API_KEY）。
</translation>
    </message>
    <message>
        <source>confab chat: interrupted; the partial answer is kept.
</source>
        <translation>confab chat：已中断；已保留部分回答。
</translation>
    </message>
    <message>
        <source>the answer failed.</source>
        <translation>回答失败。</translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation>已被用户停止</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>The conversation history is not open.</source>
        <translation>对话历史记录未打开。</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>消息为空。</translation>
    </message>
    <message>
        <source>A reply is still being written: wait for it or stop it first.</source>
        <translation>仍在生成回复：请等待其完成，或先将其停止。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation>已被用户停止</translation>
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
        <translation>跳转到最新消息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
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
        <source>serve: allow listening on an address other computers can reach.</source>
        <translation>serve：允许在其他计算机可以访问的地址上监听。</translation>
    </message>
    <message>
        <source>--port, --bind, --allow-remote and --token-file only apply to &apos;confab serve&apos;.</source>
        <translation>--port、--bind、--allow-remote 和 --token-file 仅适用于 &apos;confab serve&apos;。</translation>
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
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Attach files (or drop them here)</source>
        <translation>附加文件（或将文件拖放到此处）</translation>
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
        <translation>新对话</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>正在回答…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Chat options…</source>
        <translation>对话选项…</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>从归档中恢复</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>A conversation needs a title.</source>
        <translation>对话需要有标题。</translation>
    </message>
    <message>
        <source>The conversation was deleted</source>
        <translation>对话已删除</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <source>Options of this conversation</source>
        <translation>此对话的选项</translation>
    </message>
    <message>
        <source>Start from an assistant</source>
        <translation>从助手开始</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>The default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Use the defaults again</source>
        <translation>恢复使用默认设置</translation>
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
        <translation>正在询问提供商…</translation>
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
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
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
        <translation>Confab 正在关闭</translation>
    </message>
    <message>
        <source>The server settings changed</source>
        <translation>服务器设置已更改</translation>
    </message>
    <message>
        <source>Listening on %1 would let other computers reach Confab; turn on &quot;allow remote access&quot; first.</source>
        <translation>在 %1 上监听会让其他计算机能够访问 Confab；请先开启“允许远程访问”。</translation>
    </message>
    <message>
        <source>The server listens on %1: other computers that can reach it and have the token can use Confab.</source>
        <translation>服务器正在 %1 上监听：能够访问它并持有令牌的其他计算机都可以使用 Confab。</translation>
    </message>
    <message>
        <source>The server stopped</source>
        <translation>服务器已停止</translation>
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
        <translation>%1 — Confab</translation>
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
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>工具结果</translation>
    </message>
    <message>
        <source>Tool result (%1)</source>
        <translation>工具结果（%1）</translation>
    </message>
    <message>
        <source>still being written</source>
        <translation>仍在生成中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
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
        <translation>服务器未完成 MCP 握手：%1</translation>
    </message>
    <message>
        <source>The server speaks MCP version “%1”; Confab speaks %2.</source>
        <translation>服务器使用的 MCP 版本为“%1”；Confab 使用的是 %2。</translation>
    </message>
    <message>
        <source>Connected to %1 %2 (MCP %3).</source>
        <translation>已连接到 %1 %2（MCP %3）。</translation>
    </message>
    <message>
        <source>The server offers no tools.</source>
        <translation>服务器未提供任何工具。</translation>
    </message>
    <message>
        <source>The server did not list its tools: %1</source>
        <translation>服务器未列出其工具：%1</translation>
    </message>
    <message>
        <source>Reading the tool list again failed: %1</source>
        <translation>重新读取工具列表失败：%1</translation>
    </message>
    <message>
        <source>Left out a tool without a name.</source>
        <translation>已略过一个没有名称的工具。</translation>
    </message>
    <message>
        <source>Stopped reading the tool list after %1 pages.</source>
        <translation>读取 %1 页后已停止读取工具列表。</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) available.</source>
        <translation>
            <numerusform>有 %n 个可用工具。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>服务器未在运行。</translation>
    </message>
    <message>
        <source>The server is not running: %1</source>
        <translation>服务器未在运行：%1</translation>
    </message>
    <message>
        <source>The server&apos;s tools changed.</source>
        <translation>服务器的工具已发生变化。</translation>
    </message>
    <message>
        <source>Ignored an answer to no pending request (id %1).</source>
        <translation>已忽略一个不对应任何待处理请求的应答（id %1）。</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>服务器报告了错误：%1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has neither a result nor an error.</source>
        <translation>服务器的应答既没有结果也没有错误。</translation>
    </message>
    <message>
        <source>%1 Last lines of its log: %2</source>
        <translation>%1 其日志的最后几行：%2</translation>
    </message>
    <message>
        <source>The server is being stopped.</source>
        <translation>正在停止服务器。</translation>
    </message>
    <message>
        <source>The server was stopped.</source>
        <translation>服务器已停止。</translation>
    </message>
</context>
<context>
    <name>McpConnection</name>
    <message>
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Running, no tools</source>
        <translation>正在运行，无工具</translation>
    </message>
    <message numerus="yes">
        <source>Running, %n tool(s)</source>
        <translation>
            <numerusform>正在运行，%n 个工具</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>The MCP server “%1” failed: %2</source>
        <translation>MCP 服务器“%1”运行失败：%2</translation>
    </message>
    <message>
        <source>Stopped by Confab.</source>
        <translation>已被 Confab 停止。</translation>
    </message>
</context>
<context>
    <name>McpHttpTransport</name>
    <message>
        <source>Connecting to %1.</source>
        <translation>正在连接到 %1。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB.</source>
        <translation>服务器的应答大于 %1 MiB。</translation>
    </message>
    <message>
        <source>The server&apos;s event stream broke: %1</source>
        <translation>服务器的事件流中断：%1</translation>
    </message>
    <message>
        <source>The server offers no event stream (HTTP %1); changes to its tools are seen on the next start.</source>
        <translation>服务器未提供事件流（HTTP %1）；其工具的变化要到下次启动时才能获知。</translation>
    </message>
    <message>
        <source>The server ended the session (HTTP 404).</source>
        <translation>服务器已结束会话（HTTP 404）。</translation>
    </message>
    <message>
        <source>Stopped listening to the server&apos;s event stream after repeated failures.</source>
        <translation>多次失败后，已停止监听服务器的事件流。</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>服务器已结束会话。</translation>
    </message>
    <message>
        <source>The server refused a message: %1</source>
        <translation>服务器拒绝了一条消息：%1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>无法连接到服务器：%1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>服务器返回了 HTTP %1。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>服务器返回了 HTTP %1：%2</translation>
    </message>
    <message>
        <source>The server ended its event stream without answering.</source>
        <translation>服务器未作应答就结束了事件流。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not a JSON-RPC response.</source>
        <translation>服务器的应答不是 JSON-RPC 响应。</translation>
    </message>
</context>
<context>
    <name>McpImport</name>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>这不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>No &quot;mcpServers&quot; object was found in this JSON.</source>
        <translation>在此 JSON 中未找到“mcpServers”对象。</translation>
    </message>
    <message>
        <source>%1: left out, its entry is not an object.</source>
        <translation>%1：已略过，其条目不是对象。</translation>
    </message>
    <message>
        <source>%1: left out, it uses the old HTTP+SSE transport, which Confab does not support.</source>
        <translation>%1：已略过，它使用旧的 HTTP+SSE 传输方式，Confab 不支持该方式。</translation>
    </message>
    <message>
        <source>A server without a name was left out.</source>
        <translation>已略过一个没有名称的服务器。</translation>
    </message>
    <message>
        <source>%1: left out. %2</source>
        <translation>%1：已略过。%2</translation>
    </message>
    <message>
        <source>%1: renamed to %2, that name is taken.</source>
        <translation>%1：该名称已被占用，已重命名为 %2。</translation>
    </message>
</context>
<context>
    <name>McpImportDialog</name>
    <message numerus="yes">
        <source>%n server(s) added.</source>
        <translation>
            <numerusform>已添加 %n 个服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>导入 MCP 服务器</translation>
    </message>
    <message>
        <source>Paste the contents of claude_desktop_config.json, or any JSON with an &quot;mcpServers&quot; object. Imported servers ask before each call.</source>
        <translation>粘贴 claude_desktop_config.json 的内容，或任何包含“mcpServers”对象的 JSON。导入的服务器在每次调用前都会询问。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>McpLogDialog</name>
    <message>
        <source>Log of %1</source>
        <translation>%1 的日志</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>尚无日志。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>McpManager</name>
    <message>
        <source>The server needs a name.</source>
        <translation>服务器需要一个名称。</translation>
    </message>
    <message>
        <source>The name must not start or end with spaces.</source>
        <translation>名称的开头和结尾不能有空格。</translation>
    </message>
    <message>
        <source>There is already a server named “%1”.</source>
        <translation>已存在名为“%1”的服务器。</translation>
    </message>
    <message>
        <source>There is no server named “%1”.</source>
        <translation>没有名为“%1”的服务器。</translation>
    </message>
    <message>
        <source>Restarted by the user.</source>
        <translation>已由用户重启。</translation>
    </message>
</context>
<context>
    <name>McpRequest</name>
    <message>
        <source>The server did not answer %1 within %2 seconds.</source>
        <translation>服务器未在 %2 秒内应答 %1。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
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
        <translation>启用</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tools: %1</source>
        <translation>工具：%1</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>每次调用前询问</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>The server needs a name.</source>
        <translation>服务器需要一个名称。</translation>
    </message>
    <message>
        <source>The server needs a command to start.</source>
        <translation>服务器需要一个启动命令。</translation>
    </message>
    <message>
        <source>The server needs an http:// or https:// address.</source>
        <translation>服务器需要一个 http:// 或 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>McpServerDialog</name>
    <message>
        <source>Add an MCP server</source>
        <translation>添加 MCP 服务器</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>files</source>
        <translation>例如 files</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行方式</translation>
    </message>
    <message>
        <source>As a program (stdio)</source>
        <translation>作为程序（stdio）</translation>
    </message>
    <message>
        <source>At an address (HTTP)</source>
        <translation>通过地址（HTTP）</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Arguments
(one per line)</source>
        <translation>参数
（每行一个）</translation>
    </message>
    <message>
        <source>Environment
(NAME=value)</source>
        <translation>环境变量
（NAME=value）</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>工作文件夹</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Headers
(Name: value)</source>
        <translation>请求头
（Name: value）</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>超时（秒）</translation>
    </message>
    <message>
        <source>Ask before each call</source>
        <translation>每次调用前询问</translation>
    </message>
</context>
<context>
    <name>McpServerLog</name>
    <message numerus="yes">
        <source>[%n earlier line(s) dropped]</source>
        <translation>
            <numerusform>[已丢弃之前的 %n 行]</numerusform>
        </translation>
    </message>
    <message>
        <source> […%1 more characters]</source>
        <translation> […还有 %1 个字符]</translation>
    </message>
</context>
<context>
    <name>McpServerModel</name>
    <message>
        <source>%1 %2, MCP %3</source>
        <translation>%1 %2，MCP %3</translation>
    </message>
    <message>
        <source>MCP servers are not available.</source>
        <translation>MCP 服务器不可用。</translation>
    </message>
    <message>
        <source>This server no longer exists.</source>
        <translation>此服务器已不存在。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a settings file.</source>
        <translation>%1 作为设置文件来说过大。</translation>
    </message>
</context>
<context>
    <name>McpSettingsPage</name>
    <message>
        <source>MCP servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>添加服务器…</translation>
    </message>
    <message>
        <source>Tools of Model Context Protocol servers become tools of the assistant. A server runs as a program on this computer (stdio) or is reached at an address (HTTP). Calls of a server that asks before each call wait for your Allow or Deny in the chat.</source>
        <translation>Model Context Protocol 服务器提供的工具将成为助手的工具。服务器可以作为程序在此计算机上运行（stdio），也可以通过地址访问（HTTP）。对于设置为每次调用前询问的服务器，其调用会在聊天中等待你选择“允许”或“拒绝”。</translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one, or import the &quot;mcpServers&quot; settings of another app.</source>
        <translation>还没有 MCP 服务器。请添加一个，或导入其他应用的“mcpServers”设置。</translation>
    </message>
    <message>
        <source>MCP servers are not available.</source>
        <translation>MCP 服务器不可用。</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>移除 %1？</translation>
    </message>
    <message>
        <source>Its tools are no longer offered to the assistant, and its program is stopped.</source>
        <translation>其工具将不再提供给助手，其程序也会被停止。</translation>
    </message>
</context>
<context>
    <name>McpStdioTransport</name>
    <message>
        <source>The server did not exit after its input was closed; terminating it.</source>
        <translation>关闭输入后服务器仍未退出；正在终止它。</translation>
    </message>
    <message>
        <source>The server ignored the request to terminate; killing it.</source>
        <translation>服务器忽略了终止请求；正在强制结束它。</translation>
    </message>
    <message>
        <source>Started %1 (process %2).</source>
        <translation>已启动 %1（进程 %2）。</translation>
    </message>
    <message>
        <source>The command “%1” was not found in PATH.</source>
        <translation>在 PATH 中找不到命令“%1”。</translation>
    </message>
    <message>
        <source>The working folder “%1” does not exist.</source>
        <translation>工作文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>The server wrote a line longer than %1 MiB without a line break.</source>
        <translation>服务器写入的一行超过了 %1 MiB 且没有换行符。</translation>
    </message>
    <message>
        <source>The server exited.</source>
        <translation>服务器已退出。</translation>
    </message>
    <message>
        <source>The server process crashed.</source>
        <translation>服务器进程崩溃了。</translation>
    </message>
    <message>
        <source>The server process exited with code %1.</source>
        <translation>服务器进程已退出，退出码为 %1。</translation>
    </message>
    <message>
        <source>The server could not be started: %1</source>
        <translation>无法启动服务器：%1</translation>
    </message>
    <message>
        <source>Writing to the server failed: %1</source>
        <translation>向服务器写入失败：%1</translation>
    </message>
</context>
<context>
    <name>McpTool</name>
    <message>
        <source>%1 (tool “%2” of the MCP server “%3”)</source>
        <translation>%1（MCP 服务器“%3”的工具“%2”）</translation>
    </message>
</context>
<context>
    <name>McpToolCall</name>
    <message>
        <source>The MCP server “%1” has been removed.</source>
        <translation>MCP 服务器“%1”已被移除。</translation>
    </message>
    <message>
        <source>The MCP server “%1” asks the user before each call, and there is nobody to ask here.</source>
        <translation>MCP 服务器“%1”要求在每次调用前询问用户，但此处无人可以询问。</translation>
    </message>
    <message>
        <source>The user denied this call.</source>
        <translation>用户拒绝了此次调用。</translation>
    </message>
    <message>
        <source>Nobody allowed this call in time; it was not made.</source>
        <translation>无人及时允许此次调用；调用未执行。</translation>
    </message>
    <message>
        <source>The call was withdrawn before the user allowed it.</source>
        <translation>在用户允许之前，此次调用已被撤回。</translation>
    </message>
    <message>
        <source>The MCP server “%1” is not running.</source>
        <translation>MCP 服务器“%1”未在运行。</translation>
    </message>
    <message>
        <source>The MCP server “%1” is not running: %2</source>
        <translation>MCP 服务器“%1”未在运行：%2</translation>
    </message>
    <message>
        <source>The MCP server “%1” refused the call: %2 (JSON-RPC error %3)</source>
        <translation>MCP 服务器“%1”拒绝了调用：%2（JSON-RPC 错误 %3）</translation>
    </message>
    <message>
        <source>Meanwhile it printed output that is not MCP (see its log).</source>
        <translation>在此期间，它输出了非 MCP 的内容（请查看其日志）。</translation>
    </message>
    <message>
        <source>The MCP server “%1”: %2</source>
        <translation>MCP 服务器“%1”：%2</translation>
    </message>
    <message>
        <source>The MCP server “%1” failed during the call: %2</source>
        <translation>MCP 服务器“%1”在调用期间出错：%2</translation>
    </message>
    <message>
        <source>The MCP server “%1” gave an answer Confab cannot read: %2</source>
        <translation>MCP 服务器“%1”返回了 Confab 无法读取的应答：%2</translation>
    </message>
    <message>
        <source>The call to the MCP server “%1” was cancelled: %2</source>
        <translation>对 MCP 服务器“%1”的调用已取消：%2</translation>
    </message>
</context>
<context>
    <name>McpToolResult</name>
    <message>
        <source>[The tool returned an image (%1, %2), which cannot be passed on as text.]</source>
        <translation>[工具返回了一张图像（%1，%2），无法作为文本传递。]</translation>
    </message>
    <message>
        <source>[The tool returned audio (%1, %2), which cannot be passed on as text.]</source>
        <translation>[工具返回了音频（%1，%2），无法作为文本传递。]</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>未知类型</translation>
    </message>
    <message>
        <source>[Resource link: %1 &lt;%2&gt;]</source>
        <translation>[资源链接：%1 &lt;%2&gt;]</translation>
    </message>
    <message>
        <source>[Content of type “%1” left out.]</source>
        <translation>[已略过类型为“%1”的内容。]</translation>
    </message>
    <message>
        <source>The tool reported an error without details.</source>
        <translation>工具报告了错误，但未提供详细信息。</translation>
    </message>
    <message>
        <source>[Resource %1]</source>
        <translation>[资源 %1]</translation>
    </message>
    <message>
        <source>[The tool returned the binary resource %1 (%2, %3), which cannot be passed on as text.]</source>
        <translation>[工具返回了二进制资源 %1（%2，%3），无法作为文本传递。]</translation>
    </message>
</context>
<context>
    <name>McpTransport</name>
    <message>
        <source>Ignored output that is not an MCP message: %1</source>
        <translation>已忽略非 MCP 消息的输出：%1</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this reply was written</source>
        <translation>已中断：生成此回复时 Confab 被关闭</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Welcome to Confab</source>
        <translation>欢迎使用 Confab</translation>
    </message>
    <message>
        <source>Connect a model to start chatting. Confab talks to any OpenAI-compatible provider, in the cloud or on this computer; your conversations stay here.</source>
        <translation>连接一个模型即可开始聊天。Confab 可与任何兼容 OpenAI 的提供商通信，无论是在云端还是在此计算机上；你的对话始终保存在本机。</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>在此计算机上</translation>
    </message>
    <message>
        <source>Looking for Ollama, LM Studio and llama.cpp…</source>
        <translation>正在查找 Ollama、LM Studio 和 llama.cpp…</translation>
    </message>
    <message>
        <source>No local server answered on its usual port (Ollama 11434, LM Studio 1234, llama.cpp 8080). Start one and look again, or pick a provider below.</source>
        <translation>没有本地服务器在其常用端口上响应（Ollama 11434、LM Studio 1234、llama.cpp 8080）。请启动一个后重新查找，或在下方选择一个提供商。</translation>
    </message>
    <message numerus="yes">
        <source>Use %1 at %2 — %n model(s)</source>
        <translation>
            <numerusform>使用位于 %2 的 %1 — %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>选择提供商</translation>
    </message>
    <message>
        <source>Save and start chatting</source>
        <translation>保存并开始聊天</translation>
    </message>
    <message>
        <source>Continue to the chat</source>
        <translation>继续进入聊天</translation>
    </message>
    <message>
        <source>Or use another Confab (or a MineContext server) as the backend</source>
        <translation>或使用另一个 Confab（或 MineContext 服务器）作为后端</translation>
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
        <translation>默认</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>0: no limit of Confab&apos;s own</source>
        <translation>0：Confab 自身不设限制</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>On, where the provider can switch it</source>
        <translation>开启（若提供商支持切换）</translation>
    </message>
    <message>
        <source>Off, where the provider can switch it</source>
        <translation>关闭（若提供商支持切换）</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>The agent may use tools</source>
        <translation>智能体可以使用工具</translation>
    </message>
    <message>
        <source>No tools</source>
        <translation>不使用工具</translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Enter the provider&apos;s address, such as https://api.openai.com/v1.</source>
        <translation>请输入提供商的地址，例如 https://api.openai.com/v1。</translation>
    </message>
    <message>
        <source>This is not a web address. It must start with http:// or https:// and name a host, such as http://127.0.0.1:11434/v1.</source>
        <translation>这不是网址。网址必须以 http:// 或 https:// 开头并包含主机名，例如 http://127.0.0.1:11434/v1。</translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#”: give the base URL only, such as https://api.openai.com/v1.</source>
        <translation>地址中不能包含“?”或“#”：请只填写基础 URL，例如 https://api.openai.com/v1。</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): the key would cross the network readable by others.</source>
        <translation>此地址未加密（http://）：密钥在网络传输中可能被他人读取。</translation>
    </message>
    <message>
        <source>This provider needs an API key. Paste the key you created on its website.</source>
        <translation>此提供商需要 API 密钥。请粘贴你在其网站上创建的密钥。</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks. Copy it again, without anything around it.</source>
        <translation>密钥包含空格或换行符。请重新复制，不要带上周围的任何内容。</translation>
    </message>
    <message>
        <source>This key is too short to be an API key.</source>
        <translation>此密钥太短，不是有效的 API 密钥。</translation>
    </message>
    <message>
        <source>The reasoning switches must be JSON objects, such as {&quot;reasoning_effort&quot;: &quot;none&quot;}, or empty.</source>
        <translation>推理开关必须是 JSON 对象（例如 {&quot;reasoning_effort&quot;: &quot;none&quot;}），或留空。</translation>
    </message>
    <message>
        <source>Choose a model. “Test connection” lists the ones this provider offers.</source>
        <translation>请选择一个模型。“测试连接”会列出此提供商提供的模型。</translation>
    </message>
    <message>
        <source>Line %1 is not a header: write one “Name: value” per line.</source>
        <translation>第 %1 行不是请求头：请每行写一个“Name: value”。</translation>
    </message>
    <message>
        <source>The value of header “%1” has characters a header cannot carry.</source>
        <translation>请求头“%1”的值包含请求头中不允许的字符。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n model(s).</source>
        <translation>
            <numerusform>找到 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected, but the provider lists no models. Type the model&apos;s name.</source>
        <translation>已连接，但提供商未列出任何模型。请输入模型名称。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available.</source>
        <translation>
            <numerusform>已连接：有 %n 个可用模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confab&apos;s settings are not open.</source>
        <translation>Confab 的设置未打开。</translation>
    </message>
    <message>
        <source>The key is kept in %1, readable only by you.</source>
        <translation>密钥保存在 %1 中，仅你本人可读。</translation>
    </message>
    <message>
        <source>No system keychain is available, so the key was not stored: it works until Confab closes. Start a keychain service (GNOME Keyring, KWallet), or keep keys in a file readable only by you.</source>
        <translation>没有可用的系统密钥环，因此未保存密钥：该密钥在 Confab 关闭前有效。请启动密钥环服务（GNOME Keyring、KWallet），或将密钥保存在仅你本人可读的文件中。</translation>
    </message>
    <message>
        <source>The key could not be stored and works until Confab closes: %1</source>
        <translation>无法保存密钥，该密钥在 Confab 关闭前有效：%1</translation>
    </message>
    <message>
        <source>Keys will be kept in %1, readable only by you.</source>
        <translation>密钥将保存在 %1 中，仅你本人可读。</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <source>How this provider is shown</source>
        <translation>此提供商的显示名称</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>API 密钥（可选）</translation>
    </message>
    <message>
        <source>Stored — leave empty to keep it</source>
        <translation>已保存 — 留空则保持不变</translation>
    </message>
    <message>
        <source>Create a key at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;. It is kept in your system keychain, never in Confab&apos;s settings file.</source>
        <translation>请在 &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; 创建密钥。密钥保存在系统密钥环中，绝不会写入 Confab 的设置文件。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Advanced: headers and reasoning switches</source>
        <translation>高级：请求头和推理开关</translation>
    </message>
    <message>
        <source>Extra headers (one “Name: value” per line)</source>
        <translation>额外请求头（每行一个“Name: value”）</translation>
    </message>
    <message>
        <source>Request fields that turn reasoning on</source>
        <translation>开启推理的请求字段</translation>
    </message>
    <message>
        <source>… and off</source>
        <translation>…以及关闭推理的请求字段</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keep keys in a file readable only by me</source>
        <translation>将密钥保存在仅我本人可读的文件中</translation>
    </message>
</context>
<context>
    <name>ProviderPreset</name>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>自定义（兼容 OpenAI）</translation>
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
        <translation>地址必须是包含主机名的 http:// 或 https:// URL，例如 http://127.0.0.1:1733。</translation>
    </message>
    <message>
        <source>The remote server did not answer within 10 seconds.</source>
        <translation>远程服务器未在 10 秒内响应。</translation>
    </message>
    <message>
        <source>The remote server refused the token (HTTP %1). Check the token in the remote backend settings.</source>
        <translation>远程服务器拒绝了令牌（HTTP %1）。请在远程后端设置中检查令牌。</translation>
    </message>
    <message>
        <source>The remote server has no chat API at this address (HTTP 404). Check the address: it should be the server&apos;s root, such as http://127.0.0.1:1733.</source>
        <translation>远程服务器在此地址上没有聊天 API（HTTP 404）。请检查地址：它应当是服务器的根地址，例如 http://127.0.0.1:1733。</translation>
    </message>
    <message>
        <source>The remote server is busy (HTTP 429). Try again in a moment.</source>
        <translation>远程服务器繁忙（HTTP 429）。请稍后重试。</translation>
    </message>
    <message>
        <source>The remote server failed (HTTP %1).</source>
        <translation>远程服务器出错（HTTP %1）。</translation>
    </message>
    <message>
        <source>The remote server refused the request (HTTP %1).</source>
        <translation>远程服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation>服务器返回的信息：“%1”</translation>
    </message>
</context>
<context>
    <name>RemoteChatStream</name>
    <message numerus="yes">
        <source>The remote server sent nothing for %n seconds.</source>
        <translation>
            <numerusform>远程服务器已有 %n 秒未发送任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply was cancelled.</source>
        <translation>回复已取消。</translation>
    </message>
    <message>
        <source>The remote server did not answer with an event stream (it sent “%1”). Check the address: it should be the server&apos;s root, such as http://127.0.0.1:1733.</source>
        <translation>远程服务器没有以事件流作出响应（它发送的是“%1”）。请检查地址：它应当是服务器的根地址，例如 http://127.0.0.1:1733。</translation>
    </message>
    <message>
        <source>The remote server sent an event that is too large.</source>
        <translation>远程服务器发送的事件过大。</translation>
    </message>
    <message>
        <source>The remote server sent something that is not an event: %1</source>
        <translation>远程服务器发送的内容不是事件：%1</translation>
    </message>
    <message>
        <source>The remote server sent an event that cannot be read: %1</source>
        <translation>远程服务器发送了无法读取的事件：%1</translation>
    </message>
    <message>
        <source>The remote server closed the stream before the reply was complete.</source>
        <translation>回复完成前，远程服务器就关闭了数据流。</translation>
    </message>
</context>
<context>
    <name>RemoteForm</name>
    <message>
        <source>Your messages go to that server&apos;s chat API (/api/agent/chat/stream), which answers with its own model and tools. The conversations are still kept here.</source>
        <translation>你的消息将发送到该服务器的聊天 API（/api/agent/chat/stream），由它使用自己的模型和工具进行回答。对话仍保存在本机。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Token (if the server asks for one)</source>
        <translation>令牌（如果服务器要求）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Use the embedded agent again</source>
        <translation>重新使用内置智能体</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>使用此服务器</translation>
    </message>
</context>
<context>
    <name>RemoteSettings</name>
    <message>
        <source>Enter the server&apos;s address, such as http://127.0.0.1:1733.</source>
        <translation>请输入服务器地址，例如 http://127.0.0.1:1733。</translation>
    </message>
    <message>
        <source>This is not a web address. It must start with http:// or https:// and name a host, such as http://127.0.0.1:1733.</source>
        <translation>这不是网址。网址必须以 http:// 或 https:// 开头并包含主机名，例如 http://127.0.0.1:1733。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>The server answered and accepted the token.</source>
        <translation>服务器已响应并接受了令牌。</translation>
    </message>
</context>
<context>
    <name>RemoteWorkflowNode</name>
    <message>
        <source>The remote backend is not configured.</source>
        <translation>尚未配置远程后端。</translation>
    </message>
    <message>
        <source>The remote server stopped the reply.</source>
        <translation>远程服务器停止了回复。</translation>
    </message>
    <message>
        <source>The remote server could not answer.</source>
        <translation>远程服务器无法回答。</translation>
    </message>
    <message>
        <source>The remote server ended the reply early.</source>
        <translation>远程服务器提前结束了回复。</translation>
    </message>
</context>
<context>
    <name>ReplyError</name>
    <message>
        <source>The reply failed.</source>
        <translation>回复失败。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
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
        <translation>新对话</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <source>You: </source>
        <translation>你：</translation>
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
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>Warning: no provider is set up, so every chat will fail. Set one up in Confab&apos;s settings, or set OPENAI_BASE_URL (and OPENAI_API_KEY).
</source>
        <translation>警告：尚未设置提供商，因此所有聊天都会失败。请在 Confab 的设置中设置一个，或设置 OPENAI_BASE_URL（以及 OPENAI_API_KEY）。
</translation>
    </message>
    <message>
        <source>Confab is serving on %1; the access token is in %2. Stop with Ctrl+C.
</source>
        <translation>Confab 正在 %1 上提供服务；访问令牌位于 %2 中。按 Ctrl+C 停止。
</translation>
    </message>
    <message>
        <source>Stopping: running answers are kept as cancelled.
</source>
        <translation>正在停止：进行中的回答将以“已取消”状态保留。
</translation>
    </message>
    <message>
        <source>The server stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <source>confab serve: %1 can be reached from other computers; add --allow-remote to listen on it.
</source>
        <translation>confab serve：%1 可以从其他计算机访问；添加 --allow-remote 以在该地址上监听。
</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Not an IP address to listen on: %1</source>
        <translation>不是可监听的 IP 地址：%1</translation>
    </message>
    <message>
        <source>No address to listen on.</source>
        <translation>没有可监听的地址。</translation>
    </message>
</context>
<context>
    <name>ServerSettingsForm</name>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights; choose 1024 or above.</source>
        <translation>低于 1024 的端口需要管理员权限；请选择 1024 或更高的端口。</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1 (this computer only) or ::1.</source>
        <translation>请输入 IP 地址，例如 127.0.0.1（仅限此计算机）或 ::1。</translation>
    </message>
    <message>
        <source>Enter IP addresses, such as 127.0.0.1 (this computer only) or ::1: %1</source>
        <translation>请输入 IP 地址，例如 127.0.0.1（仅限此计算机）或 ::1：%1</translation>
    </message>
    <message>
        <source>Other computers could reach %1: turn on “Allow other computers” first.</source>
        <translation>其他计算机将能够访问 %1：请先开启“允许其他计算机”。</translation>
    </message>
    <message>
        <source>“*” would let every web page use the server; list the origins one by one.</source>
        <translation>“*”会让任何网页都能使用该服务器；请逐个列出来源。</translation>
    </message>
    <message>
        <source>“%1” is not an origin. Write the scheme, host and port only, such as http://localhost:5173.</source>
        <translation>“%1”不是有效的来源。请只填写协议、主机和端口，例如 http://localhost:5173。</translation>
    </message>
    <message>
        <source>“%1” is not a host name. Write names such as my-laptop.local, one per line.</source>
        <translation>“%1”不是有效的主机名。请填写类似 my-laptop.local 的名称，每行一个。</translation>
    </message>
    <message>
        <source>The server is not available in this window.</source>
        <translation>此窗口中无法使用服务器。</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>正在 %1 上监听</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>ServerToken</name>
    <message>
        <source>Cannot read the server token from %1: %2</source>
        <translation>无法从 %1 读取服务器令牌：%2</translation>
    </message>
    <message>
        <source>The server token in %1 must be one line of at least 16 characters.</source>
        <translation>%1 中的服务器令牌必须为单独一行，且至少包含 16 个字符。</translation>
    </message>
    <message>
        <source>Cannot write the server token to %1: %2</source>
        <translation>无法将服务器令牌写入 %1：%2</translation>
    </message>
    <message>
        <source>The server token %1 is a symbolic link; Confab uses only a token file of its own.</source>
        <translation>服务器令牌 %1 是符号链接；Confab 只使用属于自己的令牌文件。</translation>
    </message>
    <message>
        <source>The server token %1 is not a regular file.</source>
        <translation>服务器令牌 %1 不是普通文件。</translation>
    </message>
    <message>
        <source>The server token %1 belongs to another user; Confab uses only a token file of its own.</source>
        <translation>服务器令牌 %1 属于其他用户；Confab 只使用属于自己的令牌文件。</translation>
    </message>
    <message>
        <source>Other users can read the server token %1, so it may be known to them. Make the file private (chmod 600) or create a new token.</source>
        <translation>其他用户可以读取服务器令牌 %1，因此它可能已被他们知晓。请将该文件设为私有（chmod 600）或创建新令牌。</translation>
    </message>
</context>
<context>
    <name>SettingsAppearance</name>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字体大小</translation>
    </message>
    <message>
        <source>Own size</source>
        <translation>自定义大小</translation>
    </message>
    <message>
        <source>points</source>
        <translation>磅</translation>
    </message>
    <message>
        <source>Width of the conversation</source>
        <translation>对话区域宽度</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 像素</translation>
    </message>
</context>
<context>
    <name>SettingsAssistants</name>
    <message>
        <source>Assistants</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>An assistant is a reusable system prompt with its model and parameters. Apply one to a conversation from its options (the “⋯” button).</source>
        <translation>助手是一个可复用的系统提示词，附带其模型和参数。可在对话的选项（“⋯”按钮）中将助手应用到该对话。</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Model (empty: the default)</source>
        <translation>模型（留空：使用默认模型）</translation>
    </message>
    <message>
        <source>Remove this assistant</source>
        <translation>移除此助手</translation>
    </message>
    <message>
        <source>New assistant</source>
        <translation>新建助手</translation>
    </message>
</context>
<context>
    <name>SettingsData</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>没有文件管理器能够打开 %1。</translation>
    </message>
    <message>
        <source>History: %1
Settings: %2
Start Confab with --data-dir to use another folder.</source>
        <translation>历史记录：%1
设置：%2
使用 --data-dir 启动 Confab 可使用其他文件夹。</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>导出所有对话…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>导出所有对话</translation>
    </message>
    <message>
        <source>Confab export (*.json)</source>
        <translation>Confab 导出文件 (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SettingsDefaults</name>
    <message>
        <source>Models and defaults</source>
        <translation>模型与默认设置</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Empty: the provider&apos;s model (%1).</source>
        <translation>留空：使用提供商的模型（%1）。</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Instructions the model gets at the start of every conversation</source>
        <translation>每次对话开始时提供给模型的指令</translation>
    </message>
    <message>
        <source>Let the model title new conversations after the first answer</source>
        <translation>在首次回答后由模型为新对话生成标题</translation>
    </message>
</context>
<context>
    <name>SettingsLanguage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>CONFAB_LANGUAGE chose the language at start; a choice here lasts until Confab closes.</source>
        <translation>启动时的语言由 CONFAB_LANGUAGE 决定；在此处所做的选择在 Confab 关闭前有效。</translation>
    </message>
    <message>
        <source>Like the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Dates and numbers follow: %1</source>
        <translation>日期和数字的格式：%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Models and defaults</source>
        <translation>模型与默认设置</translation>
    </message>
    <message>
        <source>Assistants</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>本地服务器</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>Remote backend</source>
        <translation>远程后端</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>← Back to the chat</source>
        <translation>← 返回聊天</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SettingsProviders</name>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>The provider in use answers every conversation that does not choose its own model. Keys are kept in the system keychain.</source>
        <translation>所有未单独选择模型的对话都由当前使用的提供商回答。密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>No provider yet.</source>
        <translation>还没有提供商。</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>添加提供商</translation>
    </message>
    <message>
        <source>Look for local servers</source>
        <translation>查找本地服务器</translation>
    </message>
    <message>
        <source>None answered.</source>
        <translation>没有服务器响应。</translation>
    </message>
    <message>
        <source>Add %1 at %2</source>
        <translation>添加位于 %2 的 %1</translation>
    </message>
    <message>
        <source>Add and use</source>
        <translation>添加并使用</translation>
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
        <translation>远程后端</translation>
    </message>
    <message>
        <source>In use: answers come from %1.</source>
        <translation>使用中：回答来自 %1。</translation>
    </message>
    <message>
        <source>Not in use: the embedded agent answers.</source>
        <translation>未使用：由内置智能体回答。</translation>
    </message>
</context>
<context>
    <name>SettingsServer</name>
    <message>
        <source>Local server</source>
        <translation>本地服务器</translation>
    </message>
    <message>
        <source>Lets other programs chat through Confab: MineContext&apos;s chat API and an OpenAI-compatible /v1. Off by default; it answers only requests that carry its token.</source>
        <translation>让其他程序通过 Confab 聊天：提供 MineContext 的聊天 API 和兼容 OpenAI 的 /v1。默认关闭；只响应携带其令牌的请求。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>已开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Addresses to listen on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>Allow other computers</source>
        <translation>允许其他计算机</translation>
    </message>
    <message>
        <source>Other computers can reach the server at this address. Anyone who has the token can use your models and history.</source>
        <translation>其他计算机可以通过此地址访问服务器。任何持有令牌的人都可以使用你的模型和历史记录。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Not available in this window</source>
        <translation>此窗口中不可用</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>生成新令牌</translation>
    </message>
    <message>
        <source>Web pages allowed to call the server (origins, one per line)</source>
        <translation>允许调用服务器的网页（来源，每行一个）</translation>
    </message>
    <message>
        <source>Other host names for this computer (one per line)</source>
        <translation>此计算机的其他主机名（每行一个）</translation>
    </message>
    <message>
        <source>Allow pages opened from files (Origin: null)</source>
        <translation>允许从文件打开的页面（Origin: null）</translation>
    </message>
    <message>
        <source>For packaged Electron frontends. Any page opened from a file on this computer can then call the server, as long as it has the token.</source>
        <translation>用于打包的 Electron 前端。此后，本计算机上从文件打开的任何页面只要持有令牌即可调用服务器。</translation>
    </message>
</context>
<context>
    <name>SettingsShortcuts</name>
    <message>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>搜索所有消息</translation>
    </message>
    <message>
        <source>Settings (again: back to the chat)</source>
        <translation>设置（再按一次：返回聊天）</translation>
    </message>
    <message>
        <source>Options of this conversation</source>
        <translation>此对话的选项</translation>
    </message>
    <message>
        <source>Show or hide the conversations</source>
        <translation>显示或隐藏对话列表</translation>
    </message>
    <message>
        <source>Rename this conversation</source>
        <translation>重命名此对话</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>在消息中换行</translation>
    </message>
    <message>
        <source>In search: go to the results, open one</source>
        <translation>搜索时：转到结果，打开其中一项</translation>
    </message>
    <message>
        <source>Clear the search; leave the settings; cancel a rename</source>
        <translation>清除搜索；退出设置；取消重命名</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
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
        <translation>开始新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Chat options</source>
        <translation>对话选项</translation>
    </message>
    <message>
        <source>Model, prompt and parameters of this conversation (Ctrl+Shift+,)</source>
        <translation>此对话的模型、提示词和参数（Ctrl+Shift+,）</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>设置（Ctrl+,）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+K)</source>
        <translation>搜索所有消息（Ctrl+K）</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>更早</translation>
    </message>
    <message>
        <source>No archived conversations</source>
        <translation>没有已归档的对话</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No message contains “%1”.</source>
        <translation>没有消息包含“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>找到 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” deleted</source>
        <translation>已删除“%1”</translation>
    </message>
    <message>
        <source>Back to conversations</source>
        <translation>返回对话列表</translation>
    </message>
    <message>
        <source>Archived conversations</source>
        <translation>已归档的对话</translation>
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
        <translation>工具</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Executing</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Reflecting</source>
        <translation>反思</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>正在等待模型…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The history database is damaged and could not be moved aside. Confab stopped saving to it; what is on screen stays, but nothing more is saved.</source>
        <translation>历史数据库已损坏，且无法移到一旁。Confab 已停止向其保存；屏幕上的内容保留，但不会再保存任何内容。</translation>
    </message>
    <message>
        <source>The history database is damaged. Confab stopped saving to it and moved it aside; what is on screen stays, but nothing more is saved. Restart Confab to start with an empty history.</source>
        <translation>历史数据库已损坏。Confab 已停止向其保存并将其移到一旁；屏幕上的内容保留，但不会再保存任何内容。重新启动 Confab 以从空的历史记录开始。</translation>
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
        <translation>正在思考… %1 秒</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <source>Thought for %1 s</source>
        <translation>已思考 %1 秒</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>思考过程</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>waiting for your approval</source>
        <translation>等待你的批准</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>done in %1 ms</source>
        <translation>已完成，用时 %1 毫秒</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Allow this tool to run?</source>
        <translation>允许运行此工具吗？</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
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
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>UsageFooter</name>
    <message>
        <source>~%1 tokens</source>
        <translation>约 %1 个 token</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>first token after %1 s</source>
        <translation>首个 token 用时 %1 秒</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
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
        <translation>Confab 已在使用此数据文件夹运行；已将其窗口切换到前台。
</translation>
    </message>
</context>
</TS>
