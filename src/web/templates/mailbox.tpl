{{%AUTOESCAPE context="HTML"}}
<h1>[[Your mailbox]]</h1>
{{#NOTICE}}<div class="notice" role="status"><p>{{TEXT}}</p></div>{{/NOTICE}}
<dl class="summary">
  <dt>[[What you sent]]</dt><dd>{{KIND}}</dd>
  <dt>[[Received on]]</dt><dd>{{RECEIVED}}</dd>
  <dt>[[Status]]</dt><dd>{{STATUS}}</dd>
</dl>
<details class="original">
  <summary>[[Show what you wrote]]</summary>
  <div class="message-body">{{DESCRIPTION:pre_escape}}</div>
</details>
<h2>[[Messages]]</h2>
{{#NO_MESSAGES}}<p>[[There are no messages yet. Come back in a few days.]]</p>{{/NO_MESSAGES}}
<ol class="messages">
{{#MESSAGE}}<li class="message from-{{FROM}}">
  <p class="message-meta"><strong>{{AUTHOR}}</strong>, {{AT}}</p>
  <div class="message-body">{{BODY:pre_escape}}</div>
</li>
{{/MESSAGE}}
</ol>
<h2>[[Add a message or more information]]</h2>
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>[[Please check these points]]</h2>
  <ul>{{#ERROR}}<li><a href="#body">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERRORS}}
<form method="post" action="{{SEND_URL}}" autocomplete="off">
  <input type="hidden" name="session" value="{{SESSION}}">
  <div class="field">
    <label for="body">[[Your message]]</label>
    {{#ERRORS}}<p class="field-error" id="body-error">{{#ERROR}}{{MESSAGE}}{{/ERROR}}</p>{{/ERRORS}}
    <textarea id="body" name="body" rows="6" maxlength="10000" autocomplete="off"{{#ERRORS}} aria-invalid="true" aria-describedby="body-error"{{/ERRORS}}>{{DRAFT:pre_escape}}</textarea>
  </div>
  <button type="submit" class="button">[[Send message]]</button>
</form>
<form method="post" action="{{REFRESH_URL}}" class="inline-form">
  <input type="hidden" name="session" value="{{SESSION}}">
  <button type="submit" class="button secondary">[[Check for new messages]]</button>
</form>
<form method="post" action="{{LOGOUT_URL}}" class="inline-form">
  <input type="hidden" name="session" value="{{SESSION}}">
  <button type="submit" class="button secondary">[[Close mailbox]]</button>
</form>
<p class="hint">[[The mailbox closes by itself after 20 minutes without use.]]</p>
