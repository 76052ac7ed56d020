{{%AUTOESCAPE context="HTML"}}
<h1>[[Register a call]]</h1>
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary" autofocus>
  <h2>[[Please check these points]]</h2>
  <ul>
  {{#ERROR}}<li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
  {{/ERROR}}
  </ul>
</div>
{{/ERRORS}}
<form method="post" action="{{ACTION_URL}}" class="signal-form phone-form" autocomplete="off" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
<p>[[Questions marked (required) must be answered. All other questions are optional.]]</p>

<fieldset id="acute">
  <legend>[[Acute danger]]</legend>
  <div class="choice"><input type="checkbox" id="acute-yes" name="acute" value="yes"{{#ACUTE_CHECKED}} checked{{/ACUTE_CHECKED}}{{#NO_ERRORS}} autofocus{{/NO_ERRORS}}>
  <label for="acute-yes">[[Someone is in danger right now]]</label></div>
  <p class="hint">[[Act at once: make sure 112 or the police is called.]]</p>
</fieldset>

<fieldset id="kind"{{#ERR_KIND}} aria-describedby="kind-error"{{/ERR_KIND}}>
  <legend>[[Report or advice?]] [[(required)]]</legend>
  {{#ERR_KIND}}<p class="field-error" id="kind-error">{{MESSAGE}}</p>{{/ERR_KIND}}
  {{#KIND}}<div class="choice"><input type="radio" id="kind-{{VALUE}}" name="kind" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="kind-{{VALUE}}">{{LABEL}}</label></div>
  {{/KIND}}
</fieldset>

<div class="field">
  <label for="description">[[What happened?]] [[(required)]]</label>
  <p class="hint" id="description-hint">[[Write down what the caller tells: who, what, where and when.]]</p>
  {{#ERR_DESCRIPTION}}<p class="field-error" id="description-error">{{MESSAGE}}</p>{{/ERR_DESCRIPTION}}
  <textarea id="description" name="description" rows="8" maxlength="20000" autocomplete="off" aria-describedby="description-hint{{#ERR_DESCRIPTION}} description-error{{/ERR_DESCRIPTION}}"{{#ERR_DESCRIPTION}} aria-invalid="true"{{/ERR_DESCRIPTION}}>{{DESCRIPTION:pre_escape}}</textarea>
</div>

<fieldset id="forms"{{#ERR_FORMS}} aria-describedby="forms-error"{{/ERR_FORMS}}>
  <legend>[[Which form of exploitation?]] [[(required)]]</legend>
  <p class="hint">[[You can choose more than one.]]</p>
  {{#ERR_FORMS}}<p class="field-error" id="forms-error">{{MESSAGE}}</p>{{/ERR_FORMS}}
  {{#FORM}}<div class="choice"><input type="checkbox" id="form-{{VALUE}}" name="forms" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="form-{{VALUE}}">{{LABEL}}</label></div>
  {{/FORM}}
</fieldset>

<fieldset id="minors-involved"{{#ERR_MINORS_INVOLVED}} aria-describedby="minors-involved-error"{{/ERR_MINORS_INVOLVED}}>
  <legend>[[Are children or young people under 18 involved?]]</legend>
  {{#ERR_MINORS_INVOLVED}}<p class="field-error" id="minors-involved-error">{{MESSAGE}}</p>{{/ERR_MINORS_INVOLVED}}
  {{#MINORS}}<div class="choice"><input type="radio" id="minors-{{VALUE}}" name="minors_involved" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="minors-{{VALUE}}">{{LABEL}}</label></div>
  {{/MINORS}}
</fieldset>

<fieldset id="place">
  <legend>[[Where does it happen?]]</legend>
  <div class="field">
    <label for="postcode">[[Postcode (four digits are enough)]]</label>
    {{#ERR_POSTCODE}}<p class="field-error" id="postcode-error">{{MESSAGE}}</p>{{/ERR_POSTCODE}}
    <input type="text" id="postcode" name="postcode" value="{{POSTCODE}}" maxlength="7" autocomplete="off" class="short"{{#ERR_POSTCODE}} aria-invalid="true" aria-describedby="postcode-error"{{/ERR_POSTCODE}}>
  </div>
  <div class="field">
    <label for="municipality">[[Or choose the municipality]]</label>
    {{#ERR_MUNICIPALITY}}<p class="field-error" id="municipality-error">{{MESSAGE}}</p>{{/ERR_MUNICIPALITY}}
    <select id="municipality" name="municipality"{{#ERR_MUNICIPALITY}} aria-invalid="true" aria-describedby="municipality-error"{{/ERR_MUNICIPALITY}}>
      <option value="">[[Not known]]</option>
      {{#MUNICIPALITY}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/MUNICIPALITY}}
    </select>
  </div>
</fieldset>

<fieldset id="reporter-role"{{#ERR_REPORTER_ROLE}} aria-describedby="reporter-role-error"{{/ERR_REPORTER_ROLE}}>
  <legend>[[Who is calling?]] [[(required)]]</legend>
  {{#ERR_REPORTER_ROLE}}<p class="field-error" id="reporter-role-error">{{MESSAGE}}</p>{{/ERR_REPORTER_ROLE}}
  {{#ROLE}}<div class="choice"><input type="radio" id="role-{{VALUE}}" name="role" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="role-{{VALUE}}">{{LABEL}}</label></div>
  {{/ROLE}}
  <div class="field">
    <label for="reporter-sector">[[Sector, if the caller is a professional]]</label>
    {{#ERR_REPORTER_SECTOR}}<p class="field-error" id="reporter-sector-error">{{MESSAGE}}</p>{{/ERR_REPORTER_SECTOR}}
    <select id="reporter-sector" name="sector"{{#ERR_REPORTER_SECTOR}} aria-invalid="true" aria-describedby="reporter-sector-error"{{/ERR_REPORTER_SECTOR}}>
      <option value="">[[Choose (optional)]]</option>
      {{#SECTOR}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/SECTOR}}
    </select>
  </div>
</fieldset>

<fieldset id="reporter-anonymity"{{#ERR_REPORTER_ANONYMITY}} aria-describedby="reporter-anonymity-error"{{/ERR_REPORTER_ANONYMITY}}>
  <legend>[[May we know who the caller is?]] [[(required)]]</legend>
  {{#ERR_REPORTER_ANONYMITY}}<p class="field-error" id="reporter-anonymity-error">{{MESSAGE}}</p>{{/ERR_REPORTER_ANONYMITY}}
  {{#ANONYMITY}}<div class="choice"><input type="radio" id="anonymity-{{VALUE}}" name="anonymity" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="anonymity-{{VALUE}}">{{LABEL}}</label></div>
  {{/ANONYMITY}}
</fieldset>

<fieldset id="contact-details">
  <legend>[[Contact details of the caller]]</legend>
  <p class="hint">[[Only when the caller does not stay anonymous.]]</p>
  {{#CONTACT_FIELD}}<div class="field">
    <label for="{{ID}}">{{LABEL}}</label>
    {{#ERROR}}<p class="field-error" id="{{ID}}-error">{{MESSAGE}}</p>{{/ERROR}}
    <input type="{{TYPE}}" id="{{ID}}" name="{{NAME}}" value="{{VALUE}}" maxlength="200" autocomplete="off"{{#ERROR}} aria-invalid="true" aria-describedby="{{ID}}-error"{{/ERROR}}>
  </div>
  {{/CONTACT_FIELD}}
</fieldset>

<details class="signals-checklist"{{#SIGNALS_OPEN}} open{{/SIGNALS_OPEN}}>
  <summary>[[Signals checklist]] ({{SIGNAL_COUNT}})</summary>
  <fieldset id="signals"{{#ERR_SIGNALS}} aria-describedby="signals-error"{{/ERR_SIGNALS}}>
    <legend>[[What has the caller noticed?]]</legend>
    {{#ERR_SIGNALS}}<p class="field-error" id="signals-error">{{MESSAGE}}</p>{{/ERR_SIGNALS}}
    {{#SIGNAL_GROUP}}<div class="signal-group">
      <h2 class="group-heading">{{HEADING}}</h2>
      {{#SIGNAL}}<div class="choice"><input type="checkbox" id="signal-{{VALUE}}" name="signals" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
      <label for="signal-{{VALUE}}">{{LABEL}}</label></div>
      {{/SIGNAL}}
    </div>
    {{/SIGNAL_GROUP}}
  </fieldset>
</details>

<div class="field">
  <label for="channel">[[How did the signal come in?]]</label>
  {{#ERR_CHANNEL}}<p class="field-error" id="channel-error">{{MESSAGE}}</p>{{/ERR_CHANNEL}}
  <select id="channel" name="channel"{{#ERR_CHANNEL}} aria-invalid="true" aria-describedby="channel-error"{{/ERR_CHANNEL}}>
    {{#CHANNEL}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
    {{/CHANNEL}}
  </select>
</div>

<button type="submit" class="button">[[Register]]</button>
</form>
