{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p>{{TEXT}}</p>
<p><a href="{{QUEUE_URL}}">[[Back to the signals]]</a></p>
