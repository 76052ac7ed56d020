{{%AUTOESCAPE context="HTML"}}
<h1>[[Your mailbox]]</h1>
<p class="lead">[[With your receipt code you can read our questions and answers, and add something.]]</p>
{{#NOTICE}}<div class="notice" role="status"><p>{{TEXT}}</p></div>{{/NOTICE}}
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>[[Please check these points]]</h2>
  <ul>{{#ERROR}}<li><a href="#receipt">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERRORS}}
<form method="post" action="{{ACTION_URL}}" class="mailbox-login" autocomplete="off">
  <input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
  <div class="field">
    <label for="receipt">[[Receipt code]]</label>
    <p class="hint" id="receipt-hint">[[For example: 7K3M-9Q2X-4HBW-PZ8T-D1VR. Capitals and dashes do not matter.]]</p>
    {{#ERRORS}}<p class="field-error" id="receipt-error">{{#ERROR}}{{MESSAGE}}{{/ERROR}}</p>{{/ERRORS}}
    <input type="text" id="receipt" name="receipt" autocomplete="off" spellcheck="false" autocapitalize="characters" maxlength="64" aria-describedby="receipt-hint{{#ERRORS}} receipt-error{{/ERRORS}}"{{#ERRORS}} aria-invalid="true"{{/ERRORS}}>
  </div>
  <button type="submit" class="button">[[Open mailbox]]</button>
</form>
<p>[[Lost your code? We cannot find it for you. Call 088 2220500 or send a new report or question.]]</p>
