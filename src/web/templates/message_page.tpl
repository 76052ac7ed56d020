{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p>{{TEXT}}</p>
<p><a href="{{LINK_URL}}">{{LINK_LABEL}}</a></p>
