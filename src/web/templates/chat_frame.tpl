{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
{{#REFRESH}}<meta http-equiv="refresh" content="5">{{/REFRESH}}
<title>[[Messages in this chat]]</title>
<link rel="stylesheet" href="/static/site.css">
</head>
<body class="chat-frame-body">
<p class="chat-status">{{STATUS}}</p>
{{#RECEIPT}}<div class="receipt-box"><p>{{RECEIPT_TEXT}}</p><p class="receipt-code">{{CODE}}</p></div>{{/RECEIPT}}
<ol class="chat-log">
{{#LINE}}<li class="chat-line from-{{FROM}}"><span class="chat-who">{{WHO}}</span> <span class="chat-at">{{AT}}</span><div class="chat-text">{{TEXT:pre_escape}}</div></li>
{{/LINE}}
</ol>
{{#NO_LINES}}<p>[[No messages yet.]]</p>{{/NO_LINES}}
</body>
</html>
