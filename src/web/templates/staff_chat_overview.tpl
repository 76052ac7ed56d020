{{%AUTOESCAPE context="HTML"}}
<h1>[[The chat now]]</h1>
<p class="hint" data-refresh-seconds="10">[[This page refreshes every 10 seconds.]] {{AVAILABILITY}}</p>
<dl class="summary chat-overview">
  <dt>[[Waiting]]</dt><dd id="overview-waiting">{{WAITING}}</dd>
  <dt>[[Of whom in danger]]</dt><dd>{{URGENT}}</dd>
  <dt>[[Longest wait]]</dt><dd>{{LONGEST_WAIT}}</dd>
  <dt>[[In conversation]]</dt><dd id="overview-talking">{{TALKING}}</dd>
  <dt>[[Staff online]]</dt><dd id="overview-staff">{{STAFF_ONLINE}}</dd>
  <dt>[[Ended, not yet registered]]</dt><dd>{{UNREGISTERED}}</dd>
</dl>
<h2>[[Staff in the chat]]</h2>
{{#NO_STAFF}}<p>[[Nobody has the chat console open.]]</p>{{/NO_STAFF}}
<table class="staff-table">
  <thead><tr><th scope="col">[[Pseudonym]]</th><th scope="col">[[Chats held]]</th></tr></thead>
  <tbody>
  {{#STAFF}}<tr><td>{{PSEUDONYM}}</td><td>{{HOLDING}}</td></tr>
  {{/STAFF}}
  </tbody>
</table>
<script src="/static/staff_chat.js" defer></script>
