<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChatWidget</name>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>会话状态</translation>
    </message>
    <message>
        <source>Talk to a &amp;person</source>
        <translation>转人工客服(&amp;P)</translation>
    </message>
    <message>
        <source>Ask for a human agent</source>
        <translation>请求人工客服</translation>
    </message>
    <message>
        <source>Talk to a person</source>
        <translation>转人工客服</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the conversation as a web page or as text</source>
        <translation>将会话保存为网页或文本</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>结束聊天(&amp;E)</translation>
    </message>
    <message>
        <source>End this conversation</source>
        <translation>结束本次会话</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>结束聊天</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>&amp;Start a new chat</source>
        <translation>开始新的聊天(&amp;S)</translation>
    </message>
    <message>
        <source>Start a new chat</source>
        <translation>开始新的聊天</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide this message (Esc)</source>
        <translation>隐藏此消息 (Esc)</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Dismiss information</source>
        <translation>关闭信息</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>正在等待客服</translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation>排队位置</translation>
    </message>
    <message>
        <source>Contact centre closed</source>
        <translation>联络中心已下班</translation>
    </message>
    <message>
        <source>&amp;Leave a message…</source>
        <translation>留言(&amp;L)…</translation>
    </message>
    <message>
        <source>Leave a message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Messages, oldest first. Enter retries a failed message or saves a file.</source>
        <translation>消息列表，按时间先后排列。按 Enter 可重发失败的消息或保存文件。</translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation>输入状态提示</translation>
    </message>
    <message>
        <source>Suggested questions</source>
        <translation>推荐问题</translation>
    </message>
    <message>
        <source>Message composer</source>
        <translation>消息编辑区</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message composer</source>
        <translation>消息编辑区</translation>
    </message>
    <message>
        <source>Send a file or image (jpg, png, bmp, mp3, aac, mp4, txt, csv; at most 2 MB)</source>
        <translation>发送文件或图片（jpg、png、bmp、mp3、aac、mp4、txt、csv；最大 2 MB）</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>附件…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>按 Enter 发送，Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation>输入消息…</translation>
    </message>
    <message>
        <source>Send (Enter or Ctrl+Enter)</source>
        <translation>发送（Enter 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>上传进度</translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation>上传状态</translation>
    </message>
    <message>
        <source>Message length</source>
        <translation>消息长度</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to cec-chat</source>
        <translation>欢迎使用 cec-chat</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Chat with a contact centre from your desktop. Try it now with a simulated contact centre on this computer, or connect to your company&apos;s Huawei Cloud CEC.</source>
        <translation>在桌面上与联络中心聊天。您可以立即使用本机上的模拟联络中心试用，或连接到贵公司的华为云 CEC。</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>Starts a simulated contact centre with a bot and an agent on this computer</source>
        <translation>在本机启动一个带有机器人和客服的模拟联络中心</translation>
    </message>
    <message>
        <source>&amp;Connect to my contact centre…</source>
        <translation>连接到我的联络中心(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect to my contact centre</source>
        <translation>连接到我的联络中心</translation>
    </message>
    <message>
        <source>Opens the settings to enter your contact centre&apos;s address and credentials</source>
        <translation>打开设置，输入联络中心的地址和凭据</translation>
    </message>
</context>
<context>
    <name>LeaveMessageDialog</name>
    <message>
        <source>Leave a message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Our contact centre is closed right now. Leave your phone number and a message, and we will call you back when we are open.</source>
        <translation>联络中心目前已下班。请留下您的电话号码和留言，我们上班后会给您回电。</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>电话号码(&amp;P)：</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Digits, spaces, plus, minus and star</source>
        <translation>数字、空格、加号、减号和星号</translation>
    </message>
    <message>
        <source>+44 20 7946 0000</source>
        <translation>+86 10 1234 5678</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>留言(&amp;M)：</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>留言</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customer chat</source>
        <translation>客户聊天</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>&amp;Connect to my contact centre…</source>
        <translation>连接到我的联络中心(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect to my contact centre</source>
        <translation>连接到我的联络中心</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>会话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>结束聊天(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>E&amp;xport transcript…</source>
        <translation>导出聊天记录(&amp;X)…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About cec-chat</source>
        <translation>关于 cec-chat(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Contact centre</source>
        <translation>联络中心</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>服务地址(&amp;E)：</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <source>https://service.example.com</source>
        <translation>https://service.example.com</translation>
    </message>
    <message>
        <source>App &amp;key:</source>
        <translation>应用密钥 ID(&amp;K)：</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>应用密钥 ID</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>凭据：</translation>
    </message>
    <message>
        <source>App &amp;secret</source>
        <translation>应用密钥(&amp;S)</translation>
    </message>
    <message>
        <source>Use the app secret</source>
        <translation>使用应用密钥</translation>
    </message>
    <message>
        <source>&amp;Token URL</source>
        <translation>令牌地址(&amp;T)</translation>
    </message>
    <message>
        <source>Use a token URL</source>
        <translation>使用令牌地址</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>应用密钥：</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>令牌地址：</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>令牌地址</translation>
    </message>
    <message>
        <source>https://auth.example.com/token</source>
        <translation>https://auth.example.com/token</translation>
    </message>
    <message>
        <source>C&amp;hannel configuration ID:</source>
        <translation>渠道配置 ID(&amp;H)：</translation>
    </message>
    <message>
        <source>Channel configuration ID</source>
        <translation>渠道配置 ID</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>C&amp;ustomer ID:</source>
        <translation>客户 ID(&amp;U)：</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>代理主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>Custom &amp;CA file:</source>
        <translation>自定义 CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Custom CA file</source>
        <translation>自定义 CA 文件</translation>
    </message>
    <message>
        <source>PEM file, optional</source>
        <translation>PEM 文件，可选</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>选择 CA 文件</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Show a &amp;notification for new messages</source>
        <translation>收到新消息时显示通知(&amp;N)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Play a s&amp;ound for new messages</source>
        <translation>收到新消息时播放提示音(&amp;O)</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Rate this conversation</source>
        <translation>评价本次会话</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Thank you for chatting with us. How satisfied are you with this conversation?</source>
        <translation>感谢您的咨询。您对本次会话满意吗？</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>您的评分</translation>
    </message>
    <message>
        <source>Satisfaction level</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>How likely are you to &amp;recommend us (0–10)?</source>
        <translation>您向他人推荐我们的可能性有多大（0–10）(&amp;R)？</translation>
    </message>
    <message>
        <source>Likelihood to recommend us, from 0 to 10</source>
        <translation>推荐我们的可能性，0 到 10</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Was your problem solved?</source>
        <translation>您的问题解决了吗？</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes, my problem was solved</source>
        <translation>是，我的问题已解决</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>No, my problem was not solved</source>
        <translation>否，我的问题未解决</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>评论（可选）(&amp;C)：</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
</context>
<context>
    <name>cec::ChatWidget</name>
    <message>
        <source>Nobody is available to chat right now. Leave a message and we will get back to you.</source>
        <translation>目前没有客服可以接待。请留言，我们会尽快回复您。</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>Waiting for an agent…</source>
        <translation>正在等待客服…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Chatting with the assistant</source>
        <translation>正在与智能助手聊天</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>正在等待客服</translation>
    </message>
    <message>
        <source>Chatting with an agent</source>
        <translation>正在与客服聊天</translation>
    </message>
    <message>
        <source>Chatting with %1</source>
        <translation>正在与 %1 聊天</translation>
    </message>
    <message>
        <source>Ending the chat…</source>
        <translation>正在结束聊天…</translation>
    </message>
    <message>
        <source>The conversation has ended</source>
        <translation>会话已结束</translation>
    </message>
    <message>
        <source>We are closed now</source>
        <translation>我们现在已下班</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting in %n s…</source>
        <translation>
            <numerusform>连接已断开。%n 秒后重新连接…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline. Your messages will be sent when the connection is back. Trying again in %n s…</source>
        <translation>
            <numerusform>已离线。连接恢复后将发送您的消息。%n 秒后重试…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to the contact centre.</source>
        <translation>无法连接到联络中心。</translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation>会话已结束。</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start a new chat</source>
        <translation>开始新的聊天(&amp;S)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Start a new chat</source>
        <translation>开始新的聊天</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translation>您目前排在第 %1 位。</translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: about %n minute(s).</source>
        <translation>
            <numerusform>预计等待时间：约 %n 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: about %n second(s).</source>
        <translation>
            <numerusform>预计等待时间：约 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The agent is typing…</source>
        <translation>客服正在输入…</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 正在输入…</translation>
    </message>
    <message>
        <source>“%1” cannot be sent: only jpg, jpeg, png, bmp, mp3, aac, mp4, txt and csv files can be sent.</source>
        <translation>无法发送“%1”：只能发送 jpg、jpeg、png、bmp、mp3、aac、mp4、txt 和 csv 文件。</translation>
    </message>
    <message>
        <source>“%1” is too large to send (%2 MB); files can be at most 2 MB.</source>
        <translation>“%1”太大，无法发送（%2 MB）；文件最大为 2 MB。</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>This picture is larger than 2 MB, the most that can be downloaded here.</source>
        <translation>此图片超过 2 MB，超出了此处可下载的上限。</translation>
    </message>
    <message>
        <source>The picture could not be shown.</source>
        <translation>无法显示此图片。</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <source>This file is larger than 2 MB, the most that can be downloaded here. Ask the agent to send it another way.</source>
        <translation>此文件超过 2 MB，超出了此处可下载的上限。请让客服通过其他方式发送。</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>提问：%1</translation>
    </message>
    <message>
        <source>Send this question</source>
        <translation>发送此问题</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>结束聊天</translation>
    </message>
    <message>
        <source>Do you want to end this conversation?</source>
        <translation>您要结束本次会话吗？</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translation>感谢您的反馈。</translation>
    </message>
    <message>
        <source>Your message was sent. We will get back to you.</source>
        <translation>您的留言已发送，我们会尽快回复您。</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <source>The conversation was saved to %1.</source>
        <translation>会话已保存到 %1。</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>无法保存会话：%1</translation>
    </message>
    <message>
        <source>Conversation of %1</source>
        <translation>%1 的会话</translation>
    </message>
</context>
<context>
    <name>cec::Composer</name>
    <message>
        <source>Uploading %1…</source>
        <translation>正在上传 %1…</translation>
    </message>
    <message>
        <source>This message is too long to send: %1 bytes, at most %2. Shorten it or split it into several messages.</source>
        <translation>此消息太长，无法发送：%1 字节，最多 %2 字节。请缩短或拆分为多条消息。</translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 字节</translation>
    </message>
    <message>
        <source>Too long: %1 bytes over the limit</source>
        <translation>太长：超出上限 %1 字节</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>Images and files (*.jpg *.jpeg *.png *.bmp *.mp3 *.aac *.mp4 *.txt *.csv);;All files (*)</source>
        <translation>图片和文件 (*.jpg *.jpeg *.png *.bmp *.mp3 *.aac *.mp4 *.txt *.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>cec::ConversationModel</name>
    <message>
        <source>Waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Not sent – click to retry</source>
        <translation>未发送 – 点击重试</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>智能助手</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
</context>
<context>
    <name>cec::ConversationStore</name>
    <message>
        <source>Cannot save the conversation to %1: %2</source>
        <translation>无法将会话保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>cec::LeaveMessageDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>发送留言</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left in the message</source>
        <translation>
            <numerusform>留言还可输入 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a phone number with at least 3 digits (digits, spaces, +, - and * only).</source>
        <translation>请输入至少 3 位数字的电话号码（只能包含数字、空格、+、- 和 *）。</translation>
    </message>
    <message>
        <source>Write a message so that we know how to help.</source>
        <translation>请填写留言，以便我们了解如何帮助您。</translation>
    </message>
</context>
<context>
    <name>cec::MessageDelegate</name>
    <message>
        <source>Loading image…</source>
        <translation>正在加载图片…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
</context>
<context>
    <name>cec::Notifier</name>
    <message>
        <source>New message</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>来自 %1 的新消息</translation>
    </message>
</context>
<context>
    <name>cec::SurveyDialog</name>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Submit the survey</source>
        <translation>提交调查</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <source>Skip the survey</source>
        <translation>跳过调查</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left in the comment</source>
        <translation>
            <numerusform>评论还可输入 %n 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cec::TranscriptExporter</name>
    <message>
        <source>You</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>智能助手</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>(not delivered)</source>
        <translation>（未送达）</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>（尚未发送）</translation>
    </message>
    <message>
        <source>Cannot write the transcript to %1: %2</source>
        <translation>无法将聊天记录写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cec::app::AppSettings</name>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA 文件 %1 中没有 PEM 证书。</translation>
    </message>
</context>
<context>
    <name>cec::app::ChatApplication</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Starting the demo contact centre…</source>
        <translation>正在启动演示联络中心…</translation>
    </message>
    <message>
        <source>Reading the app secret from the keyring…</source>
        <translation>正在从密钥环读取应用密钥…</translation>
    </message>
    <message>
        <source>The app secret is needed to connect.</source>
        <translation>需要应用密钥才能连接。</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>Enter the app secret for %1 (app key %2):</source>
        <translation>请输入 %1 的应用密钥（应用密钥 ID %2）：</translation>
    </message>
    <message>
        <source>The settings are incomplete: %1</source>
        <translation>设置不完整：%1</translation>
    </message>
    <message>
        <source>The new language is used the next time cec-chat starts.</source>
        <translation>新的语言将在下次启动 cec-chat 时生效。</translation>
    </message>
    <message>
        <source>cec-chat</source>
        <translation>cec-chat</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>cec::app::DemoSimulator</name>
    <message>
        <source>The demo simulator (%1) could not be started: %2</source>
        <translation>无法启动演示模拟器（%1）：%2</translation>
    </message>
    <message>
        <source>The demo simulator stopped before it was ready (exit code %1): %2</source>
        <translation>演示模拟器在就绪前已停止（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>The demo simulator cec-sim was not found. Set CEC_SIM to its path, or install it next to cec-chat.</source>
        <translation>找不到演示模拟器 cec-sim。请将 CEC_SIM 设置为其路径，或将其安装在 cec-chat 旁边。</translation>
    </message>
</context>
<context>
    <name>cec::app::MainWindow</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Customer chat</source>
        <translation>客户聊天</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>window title: name — suffix</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <comment>window title with unread count</comment>
        <translation>(%1) %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n 条未读消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>导出聊天记录</translation>
    </message>
    <message>
        <source>The transcript could not be saved: %1</source>
        <translation>无法保存聊天记录：%1</translation>
    </message>
    <message>
        <source>About cec-chat</source>
        <translation>关于 cec-chat</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;cec-chat&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Customer chat for Huawei Cloud Contact Center (CEC) web channels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;cec-chat&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;适用于华为云联络中心（CEC）Web 渠道的客户聊天应用。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cec::app::SecretStore</name>
    <message>
        <source>Your system has no keyring to keep the app secret safely. Use a token URL instead, or enter the secret each time you start cec-chat: it is kept in memory for this session only and never written to disk.</source>
        <translation>您的系统没有可安全保存应用密钥的密钥环。请改用令牌地址，或在每次启动 cec-chat 时输入密钥：密钥只在本次运行期间保存在内存中，绝不会写入磁盘。</translation>
    </message>
    <message>
        <source>Keyring error: %1</source>
        <translation>密钥环错误：%1</translation>
    </message>
</context>
<context>
    <name>cec::app::SettingsDialog</name>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>使用系统代理设置</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>手动设置代理</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Stored in the keyring; type to replace</source>
        <translation>已保存在密钥环中；输入新值可替换</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Enter the endpoint as an https:// address, for example https://service.example.com.</source>
        <translation>请以 https:// 地址的形式输入服务地址，例如 https://service.example.com。</translation>
    </message>
    <message>
        <source>Enter the app key.</source>
        <translation>请输入应用密钥 ID。</translation>
    </message>
    <message>
        <source>Enter the app secret, or choose a token URL.</source>
        <translation>请输入应用密钥，或选择使用令牌地址。</translation>
    </message>
    <message>
        <source>Enter the token URL as an https:// address.</source>
        <translation>请以 https:// 地址的形式输入令牌地址。</translation>
    </message>
    <message>
        <source>Enter the channel configuration ID.</source>
        <translation>请输入渠道配置 ID。</translation>
    </message>
    <message>
        <source>The customer ID must have 1 to 24 characters.</source>
        <translation>客户 ID 必须为 1 到 24 个字符。</translation>
    </message>
    <message>
        <source>Enter the proxy host, or choose another proxy setting.</source>
        <translation>请输入代理主机，或选择其他代理设置。</translation>
    </message>
    <message>
        <source>The CA file could not be read as PEM certificates: %1</source>
        <translation>无法将 CA 文件读取为 PEM 证书：%1</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
</TS>
