<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ChatWidget</name>
    <message>
        <source>Chat</source>
        <translation>محادثة</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to a &amp;person</source>
        <translation>تحدّث إلى &amp;موظف</translation>
    </message>
    <message>
        <source>Ask for a human agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to a person</source>
        <translation>تحدّث إلى موظف</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Save the conversation as a web page or as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>تصدير المحادثة</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>&amp;إنهاء المحادثة</translation>
    </message>
    <message>
        <source>End this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>إنهاء المحادثة</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a new chat</source>
        <translation>&amp;بدء محادثة جديدة</translation>
    </message>
    <message>
        <source>Start a new chat</source>
        <translation>بدء محادثة جديدة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Hide this message (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>في انتظار موظف</translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact centre closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave a message…</source>
        <translation>&amp;اترك رسالة…</translation>
    </message>
    <message>
        <source>Leave a message</source>
        <translation>اترك رسالة</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages, oldest first. Enter retries a failed message or saves a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested questions</source>
        <translation>أسئلة مقترحة</translation>
    </message>
    <message>
        <source>Message composer</source>
        <translation>محرر الرسائل</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message composer</source>
        <translation>محرر الرسائل</translation>
    </message>
    <message>
        <source>Send a file or image (jpg, png, bmp, mp3, aac, mp4, txt, csv; at most 2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation>اكتب رسالة…</translation>
    </message>
    <message>
        <source>Send (Enter or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>إرسال الرسالة</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;إرسال</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to cec-chat</source>
        <translation>مرحبًا بك في cec-chat</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat with a contact centre from your desktop. Try it now with a simulated contact centre on this computer, or connect to your company&apos;s Huawei Cloud CEC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>جرّب &amp;العرض التوضيحي</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>جرّب العرض التوضيحي</translation>
    </message>
    <message>
        <source>Starts a simulated contact centre with a bot and an agent on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to my contact centre…</source>
        <translation>&amp;الاتصال بمركز الاتصال الخاص بي…</translation>
    </message>
    <message>
        <source>Connect to my contact centre</source>
        <translation>الاتصال بمركز الاتصال الخاص بي</translation>
    </message>
    <message>
        <source>Opens the settings to enter your contact centre&apos;s address and credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveMessageDialog</name>
    <message>
        <source>Leave a message</source>
        <translation>اترك رسالة</translation>
    </message>
    <message>
        <source>Our contact centre is closed right now. Leave your phone number and a message, and we will call you back when we are open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits, spaces, plus, minus and star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+44 20 7946 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customer chat</source>
        <translation>محادثة العملاء</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>غير متصل.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>جرّب &amp;العرض التوضيحي</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>جرّب العرض التوضيحي</translation>
    </message>
    <message>
        <source>&amp;Connect to my contact centre…</source>
        <translation>&amp;الاتصال بمركز الاتصال الخاص بي…</translation>
    </message>
    <message>
        <source>Connect to my contact centre</source>
        <translation>الاتصال بمركز الاتصال الخاص بي</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;المحادثة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>&amp;إنهاء المحادثة</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport transcript…</source>
        <translation>&amp;تصدير نص المحادثة…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About cec-chat</source>
        <translation>&amp;حول cec-chat</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Contact centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://service.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://auth.example.com/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel configuration ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel configuration ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>C&amp;ustomer ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;notification for new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a s&amp;ound for new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Rate this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for chatting with us. How satisfied are you with this conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely are you to &amp;recommend us (0–10)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood to recommend us, from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was your problem solved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>Yes, my problem was solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>No, my problem was not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::ChatWidget</name>
    <message>
        <source>Nobody is available to chat right now. Leave a message and we will get back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message>
        <source>Waiting for an agent…</source>
        <translation>في انتظار موظف…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Chatting with the assistant</source>
        <translation>محادثة مع المساعد</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>في انتظار موظف</translation>
    </message>
    <message>
        <source>Chatting with an agent</source>
        <translation>محادثة مع موظف</translation>
    </message>
    <message>
        <source>Chatting with %1</source>
        <translation>محادثة مع %1</translation>
    </message>
    <message>
        <source>Ending the chat…</source>
        <translation>جارٍ إنهاء المحادثة…</translation>
    </message>
    <message>
        <source>The conversation has ended</source>
        <translation>انتهت المحادثة</translation>
    </message>
    <message>
        <source>We are closed now</source>
        <translation>نحن مغلقون الآن</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting in %n s…</source>
        <translation>
            <numerusform>انقطع الاتصال. إعادة الاتصال الآن…</numerusform>
            <numerusform>انقطع الاتصال. إعادة الاتصال خلال ثانية واحدة…</numerusform>
            <numerusform>انقطع الاتصال. إعادة الاتصال خلال ثانيتين…</numerusform>
            <numerusform>انقطع الاتصال. إعادة الاتصال خلال %n ثوانٍ…</numerusform>
            <numerusform>انقطع الاتصال. إعادة الاتصال خلال %n ثانية…</numerusform>
            <numerusform>انقطع الاتصال. إعادة الاتصال خلال %n ثانية…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline. Your messages will be sent when the connection is back. Trying again in %n s…</source>
        <translation>
            <numerusform>غير متصل. ستُرسل رسائلك عند عودة الاتصال. إعادة المحاولة الآن…</numerusform>
            <numerusform>غير متصل. ستُرسل رسائلك عند عودة الاتصال. إعادة المحاولة خلال ثانية واحدة…</numerusform>
            <numerusform>غير متصل. ستُرسل رسائلك عند عودة الاتصال. إعادة المحاولة خلال ثانيتين…</numerusform>
            <numerusform>غير متصل. ستُرسل رسائلك عند عودة الاتصال. إعادة المحاولة خلال %n ثوانٍ…</numerusform>
            <numerusform>غير متصل. ستُرسل رسائلك عند عودة الاتصال. إعادة المحاولة خلال %n ثانية…</numerusform>
            <numerusform>غير متصل. ستُرسل رسائلك عند عودة الاتصال. إعادة المحاولة خلال %n ثانية…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to the contact centre.</source>
        <translation>تعذّر الاتصال بمركز الاتصال.</translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation>انتهت المحادثة.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;حاول مجددًا</translation>
    </message>
    <message>
        <source>&amp;Start a new chat</source>
        <translation>&amp;بدء محادثة جديدة</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مجددًا</translation>
    </message>
    <message>
        <source>Start a new chat</source>
        <translation>بدء محادثة جديدة</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translation>ترتيبك %1 في قائمة الانتظار.</translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: about %n minute(s).</source>
        <translation>
            <numerusform>الانتظار المتوقع: أقل من دقيقة.</numerusform>
            <numerusform>الانتظار المتوقع: دقيقة واحدة تقريبًا.</numerusform>
            <numerusform>الانتظار المتوقع: دقيقتان تقريبًا.</numerusform>
            <numerusform>الانتظار المتوقع: %n دقائق تقريبًا.</numerusform>
            <numerusform>الانتظار المتوقع: %n دقيقة تقريبًا.</numerusform>
            <numerusform>الانتظار المتوقع: %n دقيقة تقريبًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: about %n second(s).</source>
        <translation>
            <numerusform>الانتظار المتوقع: أقل من ثانية.</numerusform>
            <numerusform>الانتظار المتوقع: ثانية واحدة تقريبًا.</numerusform>
            <numerusform>الانتظار المتوقع: ثانيتان تقريبًا.</numerusform>
            <numerusform>الانتظار المتوقع: %n ثوانٍ تقريبًا.</numerusform>
            <numerusform>الانتظار المتوقع: %n ثانية تقريبًا.</numerusform>
            <numerusform>الانتظار المتوقع: %n ثانية تقريبًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agent is typing…</source>
        <translation>الموظف يكتب…</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 يكتب…</translation>
    </message>
    <message>
        <source>“%1” cannot be sent: only jpg, jpeg, png, bmp, mp3, aac, mp4, txt and csv files can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to send (%2 MB); files can be at most 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is larger than 2 MB, the most that can be downloaded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is larger than 2 MB, the most that can be downloaded here. Ask the agent to send it another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>اسأل: %1</translation>
    </message>
    <message>
        <source>Send this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>إنهاء المحادثة</translation>
    </message>
    <message>
        <source>Do you want to end this conversation?</source>
        <translation>هل تريد إنهاء هذه المحادثة؟</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message was sent. We will get back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>تصدير المحادثة</translation>
    </message>
    <message>
        <source>The conversation was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::Composer</name>
    <message>
        <source>Uploading %1…</source>
        <translation>جارٍ رفع %1…</translation>
    </message>
    <message>
        <source>This message is too long to send: %1 bytes, at most %2. Shorten it or split it into several messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 بايت</translation>
    </message>
    <message>
        <source>Too long: %1 bytes over the limit</source>
        <translation>طويلة جدًا: تتجاوز الحد بـ %1 بايت</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and files (*.jpg *.jpeg *.png *.bmp *.mp3 *.aac *.mp4 *.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::ConversationModel</name>
    <message>
        <source>Waiting to send</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>جارٍ الرفع…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Not sent – click to retry</source>
        <translation>لم تُرسل – انقر لإعادة المحاولة</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>قُرئت</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
</context>
<context>
    <name>cec::ConversationStore</name>
    <message>
        <source>Cannot save the conversation to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::LeaveMessageDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;إرسال</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left in the message</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a phone number with at least 3 digits (digits, spaces, +, - and * only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message so that we know how to help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::MessageDelegate</name>
    <message>
        <source>Loading image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::Notifier</name>
    <message>
        <source>New message</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::SurveyDialog</name>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left in the comment</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cec::TranscriptExporter</name>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the transcript to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::app::AppSettings</name>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::app::ChatApplication</name>
    <message>
        <source>Not connected.</source>
        <translation>غير متصل.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>عرض توضيحي</translation>
    </message>
    <message>
        <source>Starting the demo contact centre…</source>
        <translation>جارٍ تشغيل مركز الاتصال التجريبي…</translation>
    </message>
    <message>
        <source>Reading the app secret from the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app secret is needed to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the app secret for %1 (app key %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time cec-chat starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cec-chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::app::DemoSimulator</name>
    <message>
        <source>The demo simulator (%1) could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo simulator stopped before it was ready (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo simulator cec-sim was not found. Set CEC_SIM to its path, or install it next to cec-chat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::app::MainWindow</name>
    <message>
        <source>Not connected.</source>
        <translation>غير متصل.</translation>
    </message>
    <message>
        <source>Customer chat</source>
        <translation>محادثة العملاء</translation>
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
            <numerusform>لا رسائل غير مقروءة</numerusform>
            <numerusform>رسالة واحدة غير مقروءة</numerusform>
            <numerusform>رسالتان غير مقروءتين</numerusform>
            <numerusform>%n رسائل غير مقروءة</numerusform>
            <numerusform>%n رسالة غير مقروءة</numerusform>
            <numerusform>%n رسالة غير مقروءة</numerusform>
        </translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About cec-chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;cec-chat&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Customer chat for Huawei Cloud Contact Center (CEC) web channels.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::app::SecretStore</name>
    <message>
        <source>Your system has no keyring to keep the app secret safely. Use a token URL instead, or enter the secret each time you start cec-chat: it is kept in memory for this session only and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::app::SettingsDialog</name>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keyring; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the endpoint as an https:// address, for example https://service.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the app key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the app secret, or choose a token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token URL as an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the channel configuration ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer ID must have 1 to 24 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy host, or choose another proxy setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file could not be read as PEM certificates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
