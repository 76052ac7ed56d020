{{%AUTOESCAPE context="HTML"}}
<h1>[[This page does not exist]]</h1>
<p>[[Check the address, or go to the home page.]]</p>
<p><a href="{{HOME_URL}}">[[To the home page]]</a></p>
