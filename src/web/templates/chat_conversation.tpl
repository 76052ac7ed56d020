{{%AUTOESCAPE context="HTML"}}
<h1>[[Your chat]]</h1>
{{#DANGER}}<div class="acute-box" role="alert"><p><strong>[[Call 112 now if you are in danger.]]</strong> [[You can keep chatting with us.]]</p></div>{{/DANGER}}
<p class="chat-status" role="status">{{STATUS}}</p>
<iframe class="chat-frame" src="{{FRAME_URL}}" title="[[Messages in this chat]]"></iframe>
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>[[Please check these points]]</h2>
  <ul>{{#ERROR}}<li><a href="#chat-text">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERRORS}}
{{#CAN_SEND}}
<form method="post" action="{{SEND_URL}}" class="chat-send" autocomplete="off">
  <input type="hidden" name="page" value="{{PAGE}}">
  <input type="hidden" name="seq" value="{{SEQ}}">
  <input type="hidden" name="auto" value="{{AUTO}}">
  <label for="chat-text">[[Your message]]</label>
  {{#ERRORS}}<p class="field-error" id="chat-text-error">{{#ERROR}}{{MESSAGE}}{{/ERROR}}</p>{{/ERRORS}}
  <textarea id="chat-text" name="text" rows="3" maxlength="2000" autocomplete="off"{{#ERRORS}} aria-invalid="true" aria-describedby="chat-text-error"{{/ERRORS}}>{{DRAFT:pre_escape}}</textarea>
  <button type="submit" class="button">[[Send]]</button>
</form>
{{/CAN_SEND}}
<form method="post" action="{{STOP_URL}}" class="inline-form">
  <input type="hidden" name="page" value="{{PAGE}}">
  <button type="submit" class="button secondary">[[End the chat and leave]]</button>
</form>
<form method="post" action="{{SEND_URL}}" class="inline-form">
  <input type="hidden" name="page" value="{{PAGE}}">
  <input type="hidden" name="auto" value="{{TOGGLE_AUTO}}">
  {{#REFRESHING}}<button type="submit" class="button secondary">[[Stop updating by itself]]</button>{{/REFRESHING}}
  {{#PAUSED}}<button type="submit" class="button secondary">[[Update by itself again]]</button>{{/PAUSED}}
</form>
{{#REFRESHING}}<p class="hint">[[New messages appear above by themselves, every 5 seconds.]]</p>{{/REFRESHING}}
{{#PAUSED}}<p class="hint">[[The messages above do not update by themselves now. Press Send, also with an empty message box, to see new messages.]]</p>{{/PAUSED}}
