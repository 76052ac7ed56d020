{{%AUTOESCAPE context="HTML"}}
<p><a href="{{QUEUE_URL}}">[[Back to the signals]]</a></p>
<h1>[[Signal]] {{SIGNAL_ID}}</h1>

{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>[[Please check this]]</h2>
  <ul>
  {{#ERROR}}<li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
  {{/ERROR}}
  </ul>
</div>
{{/ERRORS}}

{{#CONFLICT}}
<div class="error-summary conflict" role="alert" tabindex="-1" id="conflict">
  <h2>[[Someone else saved this signal while you were editing]]</h2>
  <p>[[They changed:]]</p>
  <ul>
  {{#CHANGED}}<li>{{LABEL}}{{#NOW}}: [[now]] {{VALUE}}{{/NOW}}</li>
  {{/CHANGED}}
  </ul>
  <p>[[The form below shows their new values for these fields and your changes for all others. Check it and save again.]] <a href="#edit">[[To your changes]]</a></p>
</div>
{{/CONFLICT}}

<section id="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading" class="visually-hidden">[[Summary]]</h2>
<dl class="facts">
  <dt>[[Number]]</dt><dd>{{SIGNAL_ID}}</dd>
  <dt>[[Kind]]</dt><dd>{{KIND}}</dd>
  <dt>[[Came in through]]</dt><dd>{{CHANNEL}}</dd>
  <dt>[[Step in the route]]</dt><dd>{{STATUS}}</dd>
  <dt>[[Received]]</dt><dd>{{RECEIVED}}</dd>
  <dt>[[Deadline of this step]]</dt>
  <dd>{{#DEADLINE}}{{DATE}} <span class="badge{{#OVERDUE}} badge-overdue{{/OVERDUE}}">{{TIME_LEFT}}</span>{{/DEADLINE}}{{#NO_DEADLINE}}[[This step has no deadline.]]{{/NO_DEADLINE}}</dd>
  <dt>[[Acute danger]]</dt>
  <dd>{{#ACUTE}}<span class="badge badge-acute">[[Yes: someone is in acute danger]]</span>{{/ACUTE}}{{#NOT_ACUTE}}[[No]]{{/NOT_ACUTE}}</dd>
  <dt>[[Assigned to]]</dt><dd>{{ASSIGNED}}</dd>
  <dt>[[Version]]</dt><dd>{{VERSION}}</dd>
</dl>
</section>

<section id="description" aria-labelledby="description-heading">
<h2 id="description-heading">[[What the reporter wrote]]</h2>
<div class="free-text">{{DESCRIPTION:pre_escape}}</div>
</section>

<section id="reporter" aria-labelledby="reporter-heading">
<h2 id="reporter-heading">[[Reporter]]</h2>
<dl class="facts">
  <dt>[[Role]]</dt><dd>{{REPORTER_ROLE}}</dd>
  <dt>[[Sector]]</dt><dd>{{SECTOR}}</dd>
  <dt>[[Anonymity]]</dt><dd>{{ANONYMITY}}</dd>
  <dt>[[Contact details]]</dt>
  <dd>{{#CONTACT_HIDDEN}}[[Shielded: hidden from you. Only the coordinator and the assigned caseworker see them.]]{{/CONTACT_HIDDEN}}{{#NO_CONTACT}}[[None]]{{/NO_CONTACT}}{{#CONTACT}}<ul class="plain">
    {{#ITEM}}<li>{{LABEL}}: {{VALUE}}</li>
    {{/ITEM}}</ul>{{/CONTACT}}</dd>
</dl>
</section>

<section id="registration" aria-labelledby="registration-heading">
<h2 id="registration-heading">[[Registration]]</h2>
<dl class="facts">
  <dt>[[Municipality]]</dt><dd>{{MUNICIPALITY}}</dd>
  <dt>[[Postcode area]]</dt><dd>{{POSTCODE}}</dd>
  <dt>[[Forms of exploitation]]</dt><dd>{{FORMS}}</dd>
  <dt>[[Sub-forms]]</dt><dd>{{SUB_FORMS}}</dd>
  <dt>[[Domestic or cross-border]]</dt><dd>{{SCOPE}}</dd>
  <dt>[[Minors involved]]</dt><dd>{{MINORS_INVOLVED}}</dd>
  <dt>[[Outcome of the safety assessment]]</dt><dd>{{SAFETY_OUTCOME}}</dd>
  <dt>[[Signals ticked]]</dt>
  <dd>{{#SIGNAL_LIST}}<ul class="plain">
    {{#SIGNAL}}<li>{{LABEL}}</li>
    {{/SIGNAL}}</ul>{{/SIGNAL_LIST}}{{#NO_SIGNALS}}[[None]]{{/NO_SIGNALS}}</dd>
</dl>
</section>

<section id="route" aria-labelledby="route-heading">
<h2 id="route-heading">[[Next step in the route]]</h2>
{{#DONE_ROUTE}}<p class="notice" role="status">[[The signal has moved to the next step.]]</p>{{/DONE_ROUTE}}
{{#ROUTE_ERROR}}<p class="field-error" id="route-error">{{MESSAGE}}</p>{{/ROUTE_ERROR}}
{{#STEPS}}<p>[[This signal is now at:]] {{STATUS}}. [[Move it to:]]</p>
<ul class="steps">
  {{#STEP}}<li><form method="post" action="{{ACTION_URL}}" class="inline-form">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <input type="hidden" name="version" value="{{VERSION}}">
    <input type="hidden" name="to" value="{{TO}}">
    <button type="submit" class="button" id="step-{{TO}}">{{LABEL}}</button>
  </form></li>
  {{/STEP}}
</ul>{{/STEPS}}
{{#NO_STEPS}}<p>[[This signal is closed. There are no further steps.]]</p>{{/NO_STEPS}}
{{#IS_ADVICE}}<p class="hint">[[An advice can only be closed. To take it further, change it into a report under "Change the registration".]]</p>{{/IS_ADVICE}}
</section>

{{#ASSIGN}}
<section id="assignment" aria-labelledby="assignment-heading">
<h2 id="assignment-heading">[[Assign]]</h2>
{{#DONE_ASSIGN}}<p class="notice" role="status">[[The assignment is saved.]]</p>{{/DONE_ASSIGN}}
<form method="post" action="{{ACTION_URL}}">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="version" value="{{VERSION}}">
  <div class="field">
    <label for="assigned-to">[[Caseworker or coordinator who carries this signal]]</label>
    {{#ASSIGN_ERROR}}<p class="field-error" id="assigned-to-error">{{MESSAGE}}</p>{{/ASSIGN_ERROR}}
    <select id="assigned-to" name="assigned_to"{{#ASSIGN_ERROR}} aria-invalid="true" aria-describedby="assigned-to-error"{{/ASSIGN_ERROR}}>
      <option value="">[[Nobody]]</option>
      {{#OPTION}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/OPTION}}
    </select>
  </div>
  <button type="submit" class="button">[[Save assignment]]</button>
</form>
</section>
{{/ASSIGN}}

<section id="mailbox" aria-labelledby="mailbox-heading">
<h2 id="mailbox-heading">[[Mailbox with the reporter]]</h2>
{{#NO_MESSAGES}}<p>[[No messages yet.]]</p>{{/NO_MESSAGES}}
{{#THREAD}}<ol class="thread">
  {{#THREAD_ITEM}}<li class="from-{{AUTHOR_CODE}}"><p class="meta"><strong>{{AUTHOR}}</strong>, <time datetime="{{ISO}}">{{AT}}</time></p>
  <div class="free-text">{{BODY:pre_escape}}</div></li>
  {{/THREAD_ITEM}}
</ol>{{/THREAD}}
{{#DONE_MESSAGE}}<p class="notice" role="status">[[Your reply is sent.]]</p>{{/DONE_MESSAGE}}
<form method="post" action="{{MESSAGE_URL}}" autocomplete="off">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field">
    <label for="reply-body">[[Your reply to the reporter]]</label>
    <p class="hint" id="reply-body-hint">[[The reporter sees this when they open their mailbox with the receipt.]]</p>
    {{#MESSAGE_ERROR}}<p class="field-error" id="reply-body-error">{{MESSAGE}}</p>{{/MESSAGE_ERROR}}
    <textarea id="reply-body" name="body" rows="5" maxlength="10000" aria-describedby="reply-body-hint{{#MESSAGE_ERROR}} reply-body-error{{/MESSAGE_ERROR}}"{{#MESSAGE_ERROR}} aria-invalid="true"{{/MESSAGE_ERROR}}>{{REPLY_BODY:pre_escape}}</textarea>
  </div>
  <button type="submit" class="button">[[Send reply]]</button>
</form>
</section>

<section id="log" aria-labelledby="log-heading">
<h2 id="log-heading">[[Log]]</h2>
<p class="hint">[[Notes, calls, chats, e-mails, visits, feedback and conversions. Only staff see the log.]]</p>
{{#NO_ENTRIES}}<p>[[Nothing in the log yet.]]</p>{{/NO_ENTRIES}}
{{#ENTRIES}}<ol class="thread">
  {{#ENTRY}}<li><p class="meta"><strong>{{KIND}}</strong>, [[by]] {{AUTHOR}}, <time datetime="{{ISO}}">{{AT}}</time></p>
  <div class="free-text">{{BODY:pre_escape}}</div></li>
  {{/ENTRY}}
</ol>{{/ENTRIES}}
{{#DONE_LOG}}<p class="notice" role="status">[[Added to the log.]]</p>{{/DONE_LOG}}
<form method="post" action="{{LOG_URL}}" autocomplete="off">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field">
    <label for="log-kind">[[What kind of entry]]</label>
    <select id="log-kind" name="kind">
      {{#LOG_KIND}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/LOG_KIND}}
    </select>
  </div>
  <div class="field">
    <label for="log-body">[[Text for the log]]</label>
    {{#LOG_ERROR}}<p class="field-error" id="log-body-error">{{MESSAGE}}</p>{{/LOG_ERROR}}
    <textarea id="log-body" name="body" rows="4" maxlength="10000"{{#LOG_ERROR}} aria-invalid="true" aria-describedby="log-body-error"{{/LOG_ERROR}}>{{LOG_BODY:pre_escape}}</textarea>
  </div>
  <button type="submit" class="button">[[Add to the log]]</button>
</form>
</section>

{{CASE_FILE:none}}

{{EDIT_FORM:none}}
