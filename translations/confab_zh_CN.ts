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
    <name>DataLocation</name>
    <message>
        <source>Cannot create or write the data folder %1</source>
        <translation>无法创建或写入数据文件夹 %1</translation>
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
    <name>SearchHistoryTool</name>
    <message>
        <source>The argument &quot;query&quot; is missing.</source>
        <translation>缺少参数“query”。</translation>
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
        <source>This command is not available yet.
</source>
        <translation>此命令尚不可用。
</translation>
    </message>
</context>
</TS>
