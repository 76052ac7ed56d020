{{%AUTOESCAPE context="HTML"}}
<h1>[[Chat with us]]</h1>
<p class="lead">[[Chat anonymously with someone who knows about human trafficking. You do not have to give your name.]]</p>
<p class="chat-availability{{#OPEN}} open{{/OPEN}}" id="chat-availability">{{AVAILABILITY}}</p>
<div class="acute-box" role="note">
  <p><strong>[[Is someone in danger right now? Call 112.]]</strong></p>
</div>
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>[[Please check these points]]</h2>
  <ul>{{#ERROR}}<li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERRORS}}
{{#OPEN}}
<form method="post" action="{{ACTION_URL}}" class="chat-start" id="chat-start" autocomplete="off" novalidate>
  <input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
  <input type="hidden" name="language" value="{{LANG}}">
  <fieldset id="danger"{{#ERR_DANGER}} aria-describedby="danger-error"{{/ERR_DANGER}}>
    <legend>[[Are you in danger right now?]]</legend>
    {{#ERR_DANGER}}<p class="field-error" id="danger-error">{{MESSAGE}}</p>{{/ERR_DANGER}}
    {{#DANGER}}<div class="choice"><input type="radio" id="danger-{{VALUE}}" name="danger" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
    <label for="danger-{{VALUE}}">{{LABEL}}</label></div>
    {{/DANGER}}
    <p class="hint">[[If you are in danger, call 112 first. You can still chat with us.]]</p>
  </fieldset>
  <fieldset id="safe"{{#ERR_SAFE}} aria-describedby="safe-error"{{/ERR_SAFE}}>
    <legend>[[Is it safe for you to chat now?]]</legend>
    {{#ERR_SAFE}}<p class="field-error" id="safe-error">{{MESSAGE}}</p>{{/ERR_SAFE}}
    {{#SAFE}}<div class="choice"><input type="radio" id="safe-{{VALUE}}" name="safe" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
    <label for="safe-{{VALUE}}">{{LABEL}}</label></div>
    {{/SAFE}}
    <p class="hint">[[If someone may look at your screen, we help you first. Use the quick exit button at the top to leave at once.]]</p>
  </fieldset>
  <div class="field">
    <label for="nickname">[[A name we may call you (optional)]]</label>
    {{#ERR_NICKNAME}}<p class="field-error" id="nickname-error">{{MESSAGE}}</p>{{/ERR_NICKNAME}}
    <input type="text" id="nickname" name="nickname" maxlength="40" autocomplete="off" value="{{NICKNAME}}"{{#ERR_NICKNAME}} aria-invalid="true" aria-describedby="nickname-error"{{/ERR_NICKNAME}}>
    <p class="hint">[[A made-up name is fine.]]</p>
  </div>
  <button type="submit" class="button">[[Start the chat]]</button>
</form>
<section class="chat-app" id="chat-app" hidden aria-labelledby="chat-app-heading"
  data-socket-path="/chat/ws" data-stop-url="/chat/stoppen"
  data-text-waiting="{{TEXT_WAITING}}" data-text-position="{{TEXT_POSITION}}" data-text-talking="{{TEXT_TALKING}}"
  data-text-ended="{{TEXT_ENDED}}" data-text-closed="{{TEXT_CLOSED}}" data-text-reconnecting="{{TEXT_RECONNECTING}}"
  data-text-typing="{{TEXT_TYPING}}" data-text-you="{{TEXT_YOU}}" data-text-receipt="{{TEXT_RECEIPT}}"
  data-text-danger="{{TEXT_DANGER}}" data-text-too-long="{{TEXT_TOO_LONG}}"
  data-text-too-many="{{TEXT_TOO_MANY}}" data-text-error="{{TEXT_ERROR}}">
  <h2 id="chat-app-heading">[[Your chat]]</h2>
  <p class="chat-status" id="chat-status" role="status"></p>
  <div role="log" aria-live="polite" aria-label="[[Messages]]"><ol class="chat-log" id="chat-log"></ol></div>
  <p class="chat-typing" id="chat-typing" aria-live="polite"></p>
  <form class="chat-send" id="chat-send" autocomplete="off">
    <label for="chat-text">[[Your message]]</label>
    <textarea id="chat-text" rows="3" maxlength="2000" autocomplete="off"></textarea>
    <button type="submit" class="button">[[Send]]</button>
  </form>
  <button type="button" class="button secondary" id="chat-end">[[End the chat]]</button>
</section>
{{/OPEN}}
{{#CLOSED}}
<section aria-labelledby="closed-heading">
  <h2 id="closed-heading">[[The chat is closed now]]</h2>
  <p>[[Call us, day and night:]] <a class="big-number" href="tel:0882220500">088 2220500</a></p>
  <p><a class="button" href="{{REPORT_URL}}">[[Report a suspicion]]</a> <a class="button secondary" href="{{ADVICE_URL}}">[[Ask for advice]]</a></p>
</section>
{{/CLOSED}}
<section aria-labelledby="privacy-heading">
  <h2 id="privacy-heading">[[What we keep]]</h2>
  <p>[[Your chat leaves nothing on your phone or computer: no cookies, nothing saved. We do not see your address or phone number. We only keep what you say when we write it down as advice or a report; you can ask for a code to read our answer later.]]</p>
</section>
<script src="/static/chat.js" defer></script>
