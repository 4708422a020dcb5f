<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallPanel</name>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Call status</source>
        <translation>通话状态</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <source>Connection quality</source>
        <translation>连接质量</translation>
    </message>
    <message>
        <source>Call notice</source>
        <translation>通话提示</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>语音通话</translation>
    </message>
    <message>
        <source>Start a voice call</source>
        <translation>发起语音通话</translation>
    </message>
    <message>
        <source>Call an agent (voice)</source>
        <translation>呼叫客服（语音）</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <source>Start a video call</source>
        <translation>发起视频通话</translation>
    </message>
    <message>
        <source>Call an agent with video</source>
        <translation>通过视频呼叫客服</translation>
    </message>
    <message>
        <source>Test devices…</source>
        <translation>测试设备…</translation>
    </message>
    <message>
        <source>Test your microphone, speaker and camera</source>
        <translation>测试您的麦克风、扬声器和摄像头</translation>
    </message>
    <message>
        <source>Check your microphone, speaker and camera before calling</source>
        <translation>通话前检查您的麦克风、扬声器和摄像头</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>将麦克风静音</translation>
    </message>
    <message>
        <source>Stop sending your voice</source>
        <translation>停止发送您的声音</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>关闭摄像头</translation>
    </message>
    <message>
        <source>Turn camera off</source>
        <translation>关闭摄像头</translation>
    </message>
    <message>
        <source>Stop sending your camera picture</source>
        <translation>停止发送您的摄像头画面</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Hold the call</source>
        <translation>保持通话</translation>
    </message>
    <message>
        <source>Put the call on hold</source>
        <translation>将通话置于保持状态</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <source>Show keypad</source>
        <translation>显示拨号盘</translation>
    </message>
    <message>
        <source>Send digits (for menus)</source>
        <translation>发送按键（用于语音菜单）</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Choose microphone, camera and speaker</source>
        <translation>选择麦克风、摄像头和扬声器</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Try the call again</source>
        <translation>重新尝试通话</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>再次呼叫</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>结束通话</translation>
    </message>
</context>
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
    <name>PreCallDialog</name>
    <message>
        <source>Test your devices</source>
        <translation>测试您的设备</translation>
    </message>
    <message>
        <source>About this test</source>
        <translation>关于此测试</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Microphone result</source>
        <translation>麦克风测试结果</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <source>Speaker result</source>
        <translation>扬声器测试结果</translation>
    </message>
    <message>
        <source>Play test sound</source>
        <translation>播放测试音</translation>
    </message>
    <message>
        <source>Play a test sound</source>
        <translation>播放测试音</translation>
    </message>
    <message>
        <source>Play a short tone on your speaker</source>
        <translation>在扬声器上播放一段短提示音</translation>
    </message>
    <message>
        <source>I heard it</source>
        <translation>我听到了</translation>
    </message>
    <message>
        <source>I heard the test sound</source>
        <translation>我听到了测试音</translation>
    </message>
    <message>
        <source>Tell us you heard the tone</source>
        <translation>告诉我们您听到了提示音</translation>
    </message>
    <message>
        <source>I heard nothing</source>
        <translation>我什么也没听到</translation>
    </message>
    <message>
        <source>I did not hear the test sound</source>
        <translation>我没有听到测试音</translation>
    </message>
    <message>
        <source>Tell us you did not hear the tone</source>
        <translation>告诉我们您没有听到提示音</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Camera result</source>
        <translation>摄像头测试结果</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>摄像头预览</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>测试结果</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <source>Microphone to use</source>
        <translation>要使用的麦克风</translation>
    </message>
    <message>
        <source>The microphone for your calls</source>
        <translation>通话使用的麦克风</translation>
    </message>
    <message>
        <source>Speaker to use</source>
        <translation>要使用的扬声器</translation>
    </message>
    <message>
        <source>The speaker or headphones for your calls</source>
        <translation>通话使用的扬声器或耳机</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>要使用的摄像头</translation>
    </message>
    <message>
        <source>The camera for your video calls</source>
        <translation>视频通话使用的摄像头</translation>
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
    <name>cec::ApiError</name>
    <message>
        <source>The contact centre did not accept this app&apos;s credentials. Check the app key and secret (or the token URL) in the settings.</source>
        <translation>联络中心不接受此应用的凭据。请在设置中检查应用密钥 ID 和应用密钥（或令牌地址）。</translation>
    </message>
    <message>
        <source>The contact centre is outside its working hours. You can leave a message.</source>
        <translation>联络中心目前不在工作时间。您可以留言。</translation>
    </message>
    <message>
        <source>Calls are not available on this channel. You can keep chatting instead.</source>
        <translation>此渠道不支持通话。您可以继续文字聊天。</translation>
    </message>
    <message>
        <source>Your conversation has already ended. Start a new one to keep chatting.</source>
        <translation>您的会话已经结束。请开始新的会话以继续聊天。</translation>
    </message>
    <message>
        <source>The contact centre could not complete the request (%1). Please try again in a moment.</source>
        <translation>联络中心无法完成该请求（%1）。请稍后重试。</translation>
    </message>
    <message>
        <source>Could not reach the contact centre. Check your network connection or proxy settings.</source>
        <translation>无法连接到联络中心。请检查您的网络连接或代理设置。</translation>
    </message>
    <message>
        <source>Could not reach the contact centre at %1. Check your network connection or proxy settings.</source>
        <translation>无法连接到位于 %1 的联络中心。请检查您的网络连接或代理设置。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so no connection was made. Check the server address, or ask your administrator for the right certificate authority.</source>
        <translation>服务器的证书不受信任，因此未建立连接。请检查服务器地址，或向管理员索取正确的证书颁发机构（CA）。</translation>
    </message>
    <message>
        <source>The contact centre did not answer in time. Check your connection and try again.</source>
        <translation>联络中心未能及时响应。请检查您的网络连接后重试。</translation>
    </message>
    <message>
        <source>The contact centre service was not found at this address. Check the server address in the settings.</source>
        <translation>在此地址上找不到联络中心服务。请在设置中检查服务器地址。</translation>
    </message>
    <message>
        <source>The contact centre has a temporary problem (HTTP %1). Please try again in a moment.</source>
        <translation>联络中心暂时出现问题（HTTP %1）。请稍后重试。</translation>
    </message>
    <message>
        <source>The contact centre refused the request (HTTP %1). Check the settings, then try again.</source>
        <translation>联络中心拒绝了该请求（HTTP %1）。请检查设置后重试。</translation>
    </message>
    <message>
        <source>The contact centre&apos;s gateway refused the request (%1). Please try again in a moment.</source>
        <translation>联络中心的网关拒绝了该请求（%1）。请稍后重试。</translation>
    </message>
    <message>
        <source>The contact centre sent a reply this app does not understand. Please try again; if it keeps happening, contact support.</source>
        <translation>联络中心返回了本应用无法识别的应答。请重试；如果问题持续出现，请联系技术支持。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The server answered with %1, which was not followed so that no credentials or messages go anywhere else. Check the service address in the settings.</source>
        <translation>服务器返回了%1。为避免凭据或消息被发送到其他地方，已不予跟随。请在设置中检查服务地址。</translation>
    </message>
    <message>
        <source>The contact centre sent far more data than this kind of reply can hold, so it was not read. Please try again; if it keeps happening, contact support.</source>
        <translation>联络中心发送的数据远超此类应答应有的大小，因此未予读取。请重试；如果问题持续出现，请联系技术支持。</translation>
    </message>
    <message>
        <source>Signing in to the contact centre keeps failing, so this app stopped trying. Check the app key and secret (or the token service) in the settings, then reconnect; if it keeps happening, contact the service&apos;s administrator.</source>
        <translation>登录联络中心一直失败，本应用已停止尝试。请在设置中检查应用密钥（或令牌服务），然后重新连接；如果问题持续，请联系服务管理员。</translation>
    </message>
</context>
<context>
    <name>cec::CallPanel</name>
    <message>
        <source>You are being transferred to another agent…</source>
        <translation>正在为您转接其他客服…</translation>
    </message>
    <message>
        <source>Send tone %1</source>
        <translation>发送按键音 %1</translation>
    </message>
    <message>
        <source>Your microphone was disconnected. The call goes on with the default microphone.</source>
        <translation>您的麦克风已断开。通话将使用默认麦克风继续。</translation>
    </message>
    <message>
        <source>Your camera was disconnected. The call goes on with the default camera.</source>
        <translation>您的摄像头已断开。通话将使用默认摄像头继续。</translation>
    </message>
    <message>
        <source>Your speaker was disconnected. The call goes on with the default speaker.</source>
        <translation>您的扬声器已断开。通话将使用默认扬声器继续。</translation>
    </message>
    <message>
        <source>long delay (%1 ms)</source>
        <translation>延迟较高（%1 毫秒）</translation>
    </message>
    <message>
        <source>uneven audio (jitter %1 ms)</source>
        <translation>音频不稳定（抖动 %1 毫秒）</translation>
    </message>
    <message>
        <source>lost audio (%1 %)</source>
        <translation>音频丢失（%1%）</translation>
    </message>
    <message>
        <source>⚠ Poor connection</source>
        <translation>⚠ 连接质量差</translation>
    </message>
    <message>
        <source>Good connection</source>
        <translation>连接良好</translation>
    </message>
    <message>
        <source>The call may sound choppy: %1.</source>
        <translation>通话声音可能断断续续：%1。</translation>
    </message>
    <message>
        <source>Delay %1 ms</source>
        <translation>延迟 %1 毫秒</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the call</source>
        <translation>取消呼叫</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>取消麦克风静音</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>将麦克风静音</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>打开摄像头</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>关闭摄像头</translation>
    </message>
    <message>
        <source>Turn camera on</source>
        <translation>打开摄像头</translation>
    </message>
    <message>
        <source>Turn camera off</source>
        <translation>关闭摄像头</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Resume the call</source>
        <translation>恢复通话</translation>
    </message>
    <message>
        <source>Hold the call</source>
        <translation>保持通话</translation>
    </message>
    <message>
        <source>Checking whether you can call us…</source>
        <translation>正在检查您是否可以呼叫我们…</translation>
    </message>
    <message>
        <source>Calls are not possible on this computer.</source>
        <translation>无法在此计算机上通话。</translation>
    </message>
    <message>
        <source>You can also talk to an agent by phone call.</source>
        <translation>您也可以通过电话与客服通话。</translation>
    </message>
    <message>
        <source>Requesting a call…</source>
        <translation>正在请求通话…</translation>
    </message>
    <message>
        <source>Waiting for an agent…</source>
        <translation>正在等待客服…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>通话保持中</translation>
    </message>
    <message>
        <source>In call (muted)</source>
        <translation>通话中（已静音）</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>Ending the call…</source>
        <translation>正在结束通话…</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>通话已结束。</translation>
    </message>
    <message>
        <source>The call has ended: %1</source>
        <translation>通话已结束：%1</translation>
    </message>
    <message>
        <source>The call did not work.</source>
        <translation>通话未能成功。</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>正在等待 %1</translation>
    </message>
    <message>
        <source>Call duration %1</source>
        <translation>通话时长 %1</translation>
    </message>
    <message>
        <source>To call, connect a speaker or headphones. No speaker was found.</source>
        <translation>未找到扬声器。要通话，请连接扬声器或耳机。</translation>
    </message>
    <message>
        <source>To call, connect a microphone or a headset. No microphone was found.</source>
        <translation>未找到麦克风。要通话，请连接麦克风或耳麦。</translation>
    </message>
    <message>
        <source>Calls need your microphone, but using it was not allowed. Check your system&apos;s privacy settings.</source>
        <translation>通话需要使用您的麦克风，但未获得使用许可。请检查系统的隐私设置。</translation>
    </message>
    <message>
        <source>Your microphone could not be opened. It may be in use by another program.</source>
        <translation>无法打开您的麦克风，它可能正被其他程序占用。</translation>
    </message>
    <message>
        <source>Calls are not supported on this computer.</source>
        <translation>此计算机不支持通话。</translation>
    </message>
    <message>
        <source>Calls need a microphone and a speaker.</source>
        <translation>通话需要麦克风和扬声器。</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>未命名设备</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <source>Agent video and your camera</source>
        <translation>客服视频和您的摄像头画面</translation>
    </message>
</context>
<context>
    <name>cec::CecClient</name>
    <message>
        <source>The message is too long (%1 bytes; at most %2 bytes can be sent). Shorten it or split it into several messages.</source>
        <translation>消息太长（%1 字节；最多可发送 %2 字节）。请缩短或拆分为多条消息。</translation>
    </message>
    <message>
        <source>A file message needs the uploaded file&apos;s key.</source>
        <translation>文件消息需要已上传文件的标识。</translation>
    </message>
    <message>
        <source>The message names no file to download.</source>
        <translation>该消息未指明要下载的文件。</translation>
    </message>
    <message>
        <source>Choose a rating before sending the survey.</source>
        <translation>请先选择评价，再提交调查。</translation>
    </message>
    <message>
        <source>The comment is too long (%1 characters; at most %2).</source>
        <translation>评论太长（%1 个字符；最多 %2 个）。</translation>
    </message>
    <message>
        <source>Write a message before sending it.</source>
        <translation>请先输入消息再发送。</translation>
    </message>
    <message>
        <source>a redirect to another address (%1)</source>
        <translation>指向其他地址的重定向（%1）</translation>
    </message>
    <message>
        <source>a redirect loop (back to %1)</source>
        <translation>循环重定向（回到 %1）</translation>
    </message>
</context>
<context>
    <name>cec::ChatSession</name>
    <message>
        <source>This conversation has ended. Start a new one to send messages.</source>
        <translation>本次会话已结束。请开始新的会话以发送消息。</translation>
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
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
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
    <message>
        <source>The service did not give this picture. Pictures over 2 MB cannot be downloaded here.</source>
        <translation>服务未提供此图片。超过 2 MB 的图片无法在此下载。</translation>
    </message>
    <message>
        <source>The service did not give this file. Files over 2 MB cannot be downloaded here: if it is large, ask the agent to send it another way.</source>
        <translation>服务未提供此文件。超过 2 MB 的文件无法在此下载：如果文件较大，请让客服通过其他方式发送。</translation>
    </message>
    <message>
        <source>The connection to the contact centre could not be restored, so this app stopped retrying.</source>
        <translation>无法恢复与联络中心的连接，本应用已停止重试。</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
</context>
<context>
    <name>cec::ClickToCallSession</name>
    <message>
        <source>This channel does not offer calls. You can keep chatting instead.</source>
        <translation>此渠道不提供通话服务。您可以继续文字聊天。</translation>
    </message>
    <message>
        <source>Calls are only possible during the contact centre&apos;s working hours.</source>
        <translation>只能在联络中心的工作时间内通话。</translation>
    </message>
    <message>
        <source>No agent is available for a call right now, or the call could not be requested. Please try again later.</source>
        <translation>目前没有客服可以接听，或无法发起通话请求。请稍后重试。</translation>
    </message>
    <message>
        <source>Lost contact with the call service. The call was ended.</source>
        <translation>与通话服务的连接已中断，通话已结束。</translation>
    </message>
    <message>
        <source>The agent ended the call.</source>
        <translation>客服已结束通话。</translation>
    </message>
    <message>
        <source>No agent answered in time. Please try again later.</source>
        <translation>客服未能及时接听。请稍后重试。</translation>
    </message>
    <message>
        <source>The call could not be set up.</source>
        <translation>无法建立通话。</translation>
    </message>
    <message>
        <source>The call could not be set up: %1</source>
        <translation>无法建立通话：%1</translation>
    </message>
    <message>
        <source>The call could not be connected securely: the call service offered no secure connection for it. The call was ended; please try again later.</source>
        <translation>无法安全地接通通话：通话服务没有为其提供安全连接。通话已结束，请稍后再试。</translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation>您已结束通话。</translation>
    </message>
    <message>
        <source>You ended the call, but the call service did not confirm it.</source>
        <translation>您已结束通话，但通话服务未确认。</translation>
    </message>
    <message>
        <source>The call ended before it was connected: %1</source>
        <translation>通话在接通前已结束：%1</translation>
    </message>
    <message>
        <source>The call&apos;s audio/video connection failed: %1</source>
        <translation>通话的音视频连接失败：%1</translation>
    </message>
</context>
<context>
    <name>cec::ClientConfig</name>
    <message>
        <source>The server address is missing. Enter the API Fabric address, for example https://service.besclouds.com.</source>
        <translation>缺少服务器地址。请输入 API Fabric 地址，例如 https://service.besclouds.com。</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid http(s) address.</source>
        <translation>服务器地址“%1”不是有效的 http(s) 地址。</translation>
    </message>
    <message>
        <source>The app key is missing. Ask your contact centre administrator for the API Fabric app key.</source>
        <translation>缺少应用密钥 ID。请向联络中心管理员索取 API Fabric 应用密钥 ID（app key）。</translation>
    </message>
    <message>
        <source>The token URL &quot;%1&quot; is not a valid http(s) address.</source>
        <translation>令牌地址“%1”不是有效的 http(s) 地址。</translation>
    </message>
    <message>
        <source>Neither an app secret nor a token URL is set. Enter one of them to sign in.</source>
        <translation>既未设置应用密钥，也未设置令牌地址。请输入其中之一以登录。</translation>
    </message>
    <message>
        <source>The access token lifetime must be between 1 and %1 seconds.</source>
        <translation>访问令牌的有效期必须在 1 到 %1 秒之间。</translation>
    </message>
    <message>
        <source>The user id is missing.</source>
        <translation>缺少用户 ID。</translation>
    </message>
    <message>
        <source>The user id is %1 characters long; at most %2 are allowed.</source>
        <translation>用户 ID 长度为 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The channel id is missing. Use the Configuration ID of the WEB channel.</source>
        <translation>缺少渠道 ID。请使用 WEB 渠道的配置 ID。</translation>
    </message>
    <message>
        <source>The language (locale) is missing, for example &quot;en&quot; or &quot;zh_CN&quot;.</source>
        <translation>缺少语言（区域设置），例如“en”或“zh_CN”。</translation>
    </message>
    <message>
        <source>Request time limits must be positive.</source>
        <translation>请求超时时间必须为正数。</translation>
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
    <name>cec::DeferredCallMedia</name>
    <message>
        <source>hung up</source>
        <translation>已挂断</translation>
    </message>
    <message>
        <source>no camera was found</source>
        <translation>未找到摄像头</translation>
    </message>
</context>
<context>
    <name>cec::DownlinkMessage</name>
    <message>
        <source>… [%1 more characters not shown]</source>
        <translation>…［另有 %1 个字符未显示］</translation>
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
    <name>cec::PreCallDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Speak a few words: the bar moves when we hear you. Then play the test sound.</source>
        <translation>请说几句话：听到您的声音时，音量条会跳动。然后播放测试音。</translation>
    </message>
    <message>
        <source>Your camera picture</source>
        <translation>您的摄像头画面</translation>
    </message>
    <message>
        <source>Did you hear a short tone?</source>
        <translation>您听到一声短促的提示音了吗？</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>正在聆听…</translation>
    </message>
    <message>
        <source>We can hear your microphone.</source>
        <translation>我们能听到您的麦克风。</translation>
    </message>
    <message>
        <source>We hear nothing from your microphone. Check that it is plugged in and not muted.</source>
        <translation>我们听不到您麦克风的声音。请检查它是否已插好且未静音。</translation>
    </message>
    <message>
        <source>Your microphone could not be used (%1).</source>
        <translation>无法使用您的麦克风（%1）。</translation>
    </message>
    <message>
        <source>Play the test sound to check your speaker.</source>
        <translation>请播放测试音以检查您的扬声器。</translation>
    </message>
    <message>
        <source>Your speaker works.</source>
        <translation>您的扬声器工作正常。</translation>
    </message>
    <message>
        <source>Check that your speaker or headphones are connected and the volume is up.</source>
        <translation>请检查扬声器或耳机是否已连接，并调高音量。</translation>
    </message>
    <message>
        <source>Starting your camera…</source>
        <translation>正在启动您的摄像头…</translation>
    </message>
    <message>
        <source>Your camera works. This is what the agent will see.</source>
        <translation>您的摄像头工作正常。这就是客服将看到的画面。</translation>
    </message>
    <message>
        <source>Your camera could not be started.</source>
        <translation>无法启动您的摄像头。</translation>
    </message>
    <message>
        <source>Checking the connection to our call service…</source>
        <translation>正在检查与通话服务的连接…</translation>
    </message>
    <message>
        <source>Our call service can be reached.</source>
        <translation>可以连接到通话服务。</translation>
    </message>
    <message>
        <source>Our call service cannot be reached right now.</source>
        <translation>目前无法连接到通话服务。</translation>
    </message>
    <message>
        <source>The connection for the voice itself is only made when a call starts, so it could not be tested here.</source>
        <translation>语音本身的连接要到通话开始时才会建立，因此无法在此测试。</translation>
    </message>
    <message>
        <source>The voice connection of your last call can be reached too.</source>
        <translation>上次通话使用的语音连接也可以连通。</translation>
    </message>
    <message>
        <source>The voice connection of your last call cannot be reached; a firewall may block it.</source>
        <translation>无法连通上次通话使用的语音连接，可能被防火墙阻止。</translation>
    </message>
    <message>
        <source>Your microphone does not work yet, so a call is not possible. Check it and open this test again.</source>
        <translation>您的麦克风尚不能正常工作，因此无法通话。请检查麦克风后重新打开此测试。</translation>
    </message>
    <message>
        <source>You would not hear the agent. Check your speaker or headphones, then play the test sound again.</source>
        <translation>您将听不到客服的声音。请检查扬声器或耳机，然后再次播放测试音。</translation>
    </message>
    <message>
        <source>Your devices may be fine, but our call service cannot be reached. Please try again later.</source>
        <translation>您的设备可能没有问题，但无法连接到通话服务。请稍后重试。</translation>
    </message>
    <message>
        <source>Testing… Speak a few words and play the test sound.</source>
        <translation>正在测试…请说几句话并播放测试音。</translation>
    </message>
    <message>
        <source>Your microphone and speaker work. You can make a voice call; video will not work.</source>
        <translation>您的麦克风和扬声器工作正常。您可以进行语音通话，但无法使用视频。</translation>
    </message>
    <message>
        <source>Your microphone and speaker work. You can call.</source>
        <translation>您的麦克风和扬声器工作正常，可以通话了。</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>未命名设备</translation>
    </message>
    <message>
        <source>The test cannot run during a call.</source>
        <translation>通话期间无法进行测试。</translation>
    </message>
    <message>
        <source>The microphone you chose was not found. Plug it in or choose another one.</source>
        <translation>找不到所选的麦克风。请连接它或选择其他麦克风。</translation>
    </message>
    <message>
        <source>Using your microphone was not allowed. Check your system&apos;s privacy settings.</source>
        <translation>不允许使用麦克风。请检查系统的隐私设置。</translation>
    </message>
    <message>
        <source>Your microphone could not be opened. It may be in use by another program.</source>
        <translation>无法打开麦克风，它可能正被其他程序使用。</translation>
    </message>
    <message>
        <source>The camera you chose was not found. Plug it in or choose another one.</source>
        <translation>找不到所选的摄像头。请连接它或选择其他摄像头。</translation>
    </message>
    <message>
        <source>Using your camera was not allowed. Check your system&apos;s privacy settings.</source>
        <translation>不允许使用摄像头。请检查系统的隐私设置。</translation>
    </message>
    <message>
        <source>Your camera could not be opened. It may be in use by another program.</source>
        <translation>无法打开摄像头，它可能正被其他程序使用。</translation>
    </message>
    <message>
        <source>Your camera could not be used (%1).</source>
        <translation>无法使用摄像头（%1）。</translation>
    </message>
    <message>
        <source>The speaker you chose was not found. Plug it in or choose another one.</source>
        <translation>找不到所选的扬声器。请连接它或选择其他扬声器。</translation>
    </message>
    <message>
        <source>The test sound could not be played on your speaker (%1).</source>
        <translation>无法在扬声器上播放测试声音（%1）。</translation>
    </message>
</context>
<context>
    <name>cec::SatisfactionLevel</name>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
</context>
<context>
    <name>cec::SignallingOnlyMedia</name>
    <message>
        <source>hung up</source>
        <translation>已挂断</translation>
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
    <name>cec::UploadRule</name>
    <message>
        <source>“%1” cannot be sent: only these types of file can be sent: %2.</source>
        <translation>无法发送“%1”：只能发送以下类型的文件：%2。</translation>
    </message>
    <message>
        <source>Files of this type cannot be sent. Allowed types: %1.</source>
        <translation>无法发送此类型的文件。允许的类型：%1。</translation>
    </message>
    <message>
        <source>“%1” is empty, so there is nothing to send.</source>
        <translation>“%1”是空文件，没有可发送的内容。</translation>
    </message>
    <message>
        <source>The file is empty, so there is nothing to send.</source>
        <translation>文件为空，没有可发送的内容。</translation>
    </message>
    <message>
        <source>“%1” is too large to send (%2 MB); files can be at most %3 MB.</source>
        <translation>“%1”太大，无法发送（%2 MB）；文件最大为 %3 MB。</translation>
    </message>
    <message>
        <source>The file is too large to send (%1 MB); files can be at most %2 MB.</source>
        <translation>文件太大，无法发送（%1 MB）；文件最大为 %2 MB。</translation>
    </message>
</context>
<context>
    <name>cec::WebEngineCallMedia</name>
    <message>
        <source>hung up</source>
        <translation>已挂断</translation>
    </message>
    <message>
        <source>Only 0-9, *, #, A-D can be sent as tones.</source>
        <translation>只能发送 0-9、*、#、A-D 作为按键音。</translation>
    </message>
    <message>
        <source>the other side hung up</source>
        <translation>对方已挂断</translation>
    </message>
    <message>
        <source>no audio arrived for too long</source>
        <translation>长时间未收到音频</translation>
    </message>
    <message>
        <source>the call ended (%1)</source>
        <translation>通话已结束（%1）</translation>
    </message>
    <message>
        <source>the call server could not be reached</source>
        <translation>无法连接到通话服务器</translation>
    </message>
    <message>
        <source>the call server did not answer</source>
        <translation>通话服务器无响应</translation>
    </message>
    <message>
        <source>all agents are busy</source>
        <translation>所有客服都在忙</translation>
    </message>
    <message>
        <source>the call was declined</source>
        <translation>通话被拒绝</translation>
    </message>
    <message>
        <source>no agent is available</source>
        <translation>没有可接听的客服</translation>
    </message>
    <message>
        <source>the number to call was not found</source>
        <translation>找不到要呼叫的号码</translation>
    </message>
    <message>
        <source>nobody answered</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>the microphone or camera could not be used</source>
        <translation>无法使用麦克风或摄像头</translation>
    </message>
    <message>
        <source>no microphone or camera was found</source>
        <translation>未找到麦克风或摄像头</translation>
    </message>
    <message>
        <source>the audio/video connection could not be set up</source>
        <translation>无法建立音视频连接</translation>
    </message>
    <message>
        <source>the audio/video formats did not match</source>
        <translation>音视频格式不匹配</translation>
    </message>
    <message>
        <source>the call was cancelled</source>
        <translation>通话已取消</translation>
    </message>
    <message>
        <source>the call component stopped working</source>
        <translation>通话组件已停止工作</translation>
    </message>
    <message>
        <source>the call details from the service were incomplete</source>
        <translation>服务提供的通话信息不完整</translation>
    </message>
    <message>
        <source>the call failed (%1)</source>
        <translation>通话失败（%1）</translation>
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
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
