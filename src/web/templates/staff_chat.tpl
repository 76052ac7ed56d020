{{%AUTOESCAPE context="HTML"}}
<h1>[[Chat console]]</h1>
<noscript><p class="notice">[[The chat console needs JavaScript. Turn it on for this site.]]</p></noscript>
<div class="chat-console" id="chat-console" data-socket-path="{{SOCKET_PATH}}" data-register-url="{{REGISTER_URL}}"
  data-signal-url="{{SIGNAL_URL}}" data-csrf="{{CSRF}}"
  data-text-visitor="{{TEXT_VISITOR}}" data-text-waiting="{{TEXT_WAITING}}" data-text-none-waiting="{{TEXT_NONE_WAITING}}"
  data-text-ended="{{TEXT_ENDED}}" data-text-register="{{TEXT_REGISTER}}" data-text-registered="{{TEXT_REGISTERED}}"
  data-text-send="{{TEXT_SEND}}" data-text-end="{{TEXT_END}}" data-text-transfer="{{TEXT_TRANSFER}}"
  data-text-to-queue="{{TEXT_TO_QUEUE}}" data-text-canned="{{TEXT_CANNED}}" data-text-message="{{TEXT_MESSAGE}}"
  data-text-typing="{{TEXT_TYPING}}" data-text-danger="{{TEXT_DANGER}}" data-text-unsafe="{{TEXT_UNSAFE}}"
  data-text-take="{{TEXT_TAKE}}" data-text-connection-lost="{{TEXT_CONNECTION_LOST}}" data-text-priority-urgent="{{TEXT_URGENT}}"
  data-text-priority-high="{{TEXT_HIGH}}" data-text-priority-normal="{{TEXT_NORMAL}}" data-text-seconds="{{TEXT_SECONDS}}">
  <section aria-labelledby="me-heading" class="chat-me">
    <h2 id="me-heading">[[How visitors see you]]</h2>
    <form id="pseudonym-form" class="inline-form">
      <label for="pseudonym">[[First name or pseudonym]]</label>
      <input type="text" id="pseudonym" maxlength="40" autocomplete="off">
      <button type="submit" class="button secondary">[[Use this name]]</button>
    </form>
    <p class="hint">[[Visitors never see your username.]]</p>
    <p class="chat-console-status" id="console-status" role="status"></p>
  </section>
  <section aria-labelledby="queue-heading">
    <h2 id="queue-heading">[[Waiting]] (<span id="queue-total">0</span>)</h2>
    <button type="button" class="button" id="take-next">[[Take the next chat]]</button>
    <ol class="chat-queue" id="chat-queue"></ol>
  </section>
  <section aria-labelledby="conversations-heading">
    <h2 id="conversations-heading">[[Your chats]]</h2>
    <div id="chat-conversations" class="chat-conversations"></div>
  </section>
  <select id="canned-source" hidden aria-hidden="true">
    {{#ANSWER}}<option value="{{ID}}" data-language="{{LANGUAGE}}" data-body="{{BODY}}">{{TITLE}}</option>
    {{/ANSWER}}
  </select>
</div>
<script src="/static/staff_chat.js" defer></script>
