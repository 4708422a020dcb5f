<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CallPanel</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call an agent (voice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call an agent with video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test your microphone, speaker and camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your microphone, speaker and camera before calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending your voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending your camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the call on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send digits (for menus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose microphone, camera and speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatWidget</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to a &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a human agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the conversation as a web page or as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End chat</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a message</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message composer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a file or image (jpg, png, bmp, mp3, aac, mp4, txt, csv; at most 2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a simulated contact centre with a bot and an agent on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to my contact centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to my contact centre</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customer chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to my contact centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to my contact centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About cec-chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreCallDialog</name>
    <message>
        <source>Test your devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play test sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a test sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a short tone on your speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I heard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I heard the test sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us you heard the tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I heard nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did not hear the test sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us you did not hear the tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone for your calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker or headphones for your calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera for your video calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, my problem was solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
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
    <name>cec::ApiError</name>
    <message>
        <source>The contact centre did not accept this app&apos;s credentials. Check the app key and secret (or the token URL) in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact centre is outside its working hours. You can leave a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are not available on this channel. You can keep chatting instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversation has already ended. Start a new one to keep chatting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact centre could not complete the request (%1). Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the contact centre. Check your network connection or proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the contact centre at %1. Check your network connection or proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so no connection was made. Check the server address, or ask your administrator for the right certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact centre did not answer in time. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact centre service was not found at this address. Check the server address in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact centre has a temporary problem (HTTP %1). Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact centre refused the request (HTTP %1). Check the settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact centre&apos;s gateway refused the request (%1). Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact centre sent a reply this app does not understand. Please try again; if it keeps happening, contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with %1, which was not followed so that no credentials or messages go anywhere else. Check the service address in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact centre sent far more data than this kind of reply can hold, so it was not read. Please try again; if it keeps happening, contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the contact centre keeps failing, so this app stopped trying. Check the app key and secret (or the token service) in the settings, then reconnect; if it keeps happening, contact the service&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::CallPanel</name>
    <message>
        <source>You are being transferred to another agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send tone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your microphone was disconnected. The call goes on with the default microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your camera was disconnected. The call goes on with the default camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your speaker was disconnected. The call goes on with the default speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long delay (%1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uneven audio (jitter %1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost audio (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Poor connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call may sound choppy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn camera on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether you can call us…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are not possible on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also talk to an agent by phone call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In call (muted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending the call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call duration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To call, connect a speaker or headphones. No speaker was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To call, connect a microphone or a headset. No microphone was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls need your microphone, but using it was not allowed. Check your system&apos;s privacy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your microphone could not be opened. It may be in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are not supported on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls need a microphone and a speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent video and your camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::CecClient</name>
    <message>
        <source>The message is too long (%1 bytes; at most %2 bytes can be sent). Shorten it or split it into several messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file message needs the uploaded file&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message names no file to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a rating before sending the survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redirect to another address (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redirect loop (back to %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::ChatSession</name>
    <message>
        <source>This conversation has ended. Start a new one to send messages.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatting with the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatting with an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatting with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending the chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are closed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting in %n s…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline. Your messages will be sent when the connection is back. Trying again in %n s…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to the contact centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a new chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: about %n minute(s).</source>
        <translation>
            <numerusform>Estimated wait: about %n minute.</numerusform>
            <numerusform>Estimated wait: about %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: about %n second(s).</source>
        <translation>
            <numerusform>Estimated wait: about %n second.</numerusform>
            <numerusform>Estimated wait: about %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agent is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
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
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to end this conversation?</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>The service did not give this picture. Pictures over 2 MB cannot be downloaded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not give this file. Files over 2 MB cannot be downloaded here: if it is large, ask the agent to send it another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the contact centre could not be restored, so this app stopped retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::ClickToCallSession</name>
    <message>
        <source>This channel does not offer calls. You can keep chatting instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are only possible during the contact centre&apos;s working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent is available for a call right now, or the call could not be requested. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost contact with the call service. The call was ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent ended the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent answered in time. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be connected securely: the call service offered no secure connection for it. The call was ended; please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ended the call, but the call service did not confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended before it was connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s audio/video connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::ClientConfig</name>
    <message>
        <source>The server address is missing. Enter the API Fabric address, for example https://service.besclouds.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app key is missing. Ask your contact centre administrator for the API Fabric app key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token URL &quot;%1&quot; is not a valid http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither an app secret nor a token URL is set. Enter one of them to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token lifetime must be between 1 and %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user id is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user id is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel id is missing. Use the Configuration ID of the WEB channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language (locale) is missing, for example &quot;en&quot; or &quot;zh_CN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request time limits must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::Composer</name>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is too long to send: %1 bytes, at most %2. Shorten it or split it into several messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 bytes over the limit</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent – click to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
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
    <name>cec::DeferredCallMedia</name>
    <message>
        <source>hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no camera was found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::DownlinkMessage</name>
    <message>
        <source>… [%1 more characters not shown]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::LeaveMessageDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left in the message</source>
        <translation>
            <numerusform>%n character left in the message</numerusform>
            <numerusform>%n characters left in the message</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::PreCallDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak a few words: the bar moves when we hear you. Then play the test sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you hear a short tone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can hear your microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We hear nothing from your microphone. Check that it is plugged in and not muted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your microphone could not be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the test sound to check your speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your speaker works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that your speaker or headphones are connected and the volume is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting your camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your camera works. This is what the agent will see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your camera could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection to our call service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our call service can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our call service cannot be reached right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection for the voice itself is only made when a call starts, so it could not be tested here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice connection of your last call can be reached too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice connection of your last call cannot be reached; a firewall may block it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your microphone does not work yet, so a call is not possible. Check it and open this test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You would not hear the agent. Check your speaker or headphones, then play the test sound again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your devices may be fine, but our call service cannot be reached. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing… Speak a few words and play the test sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your microphone and speaker work. You can make a voice call; video will not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your microphone and speaker work. You can call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test cannot run during a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone you chose was not found. Plug it in or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using your microphone was not allowed. Check your system&apos;s privacy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your microphone could not be opened. It may be in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera you chose was not found. Plug it in or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using your camera was not allowed. Check your system&apos;s privacy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your camera could not be opened. It may be in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your camera could not be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker you chose was not found. Plug it in or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test sound could not be played on your speaker (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::SatisfactionLevel</name>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::SignallingOnlyMedia</name>
    <message>
        <source>hung up</source>
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
        <translation>
            <numerusform>%n character left in the comment</numerusform>
            <numerusform>%n characters left in the comment</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cec::TranscriptExporter</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
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
    <name>cec::UploadRule</name>
    <message>
        <source>“%1” cannot be sent: only these types of file can be sent: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of this type cannot be sent. Allowed types: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty, so there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty, so there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to send (%2 MB); files can be at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to send (%1 MB); files can be at most %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cec::WebEngineCallMedia</name>
    <message>
        <source>hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 0-9, *, #, A-D can be sent as tones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other side hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audio arrived for too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call ended (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all agents are busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call was declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number to call was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the microphone or camera could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no microphone or camera was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio/video connection could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio/video formats did not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call component stopped working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call details from the service were incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call failed (%1)</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo contact centre…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>window title: name — suffix</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <comment>window title with unread count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
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
