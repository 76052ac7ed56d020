{{%AUTOESCAPE context="HTML"}}
{{#IS_REPORT}}<h1>[[Report a suspicion of human trafficking]]</h1>
<p class="lead">[[With a report you ask us to act. We then take over the responsibility for safety. You can stay anonymous.]]</p>{{/IS_REPORT}}
{{#IS_ADVICE}}<h1>[[Ask for advice about human trafficking]]</h1>
<p class="lead">[[With an advice question you stay responsible. We help you think about what you can do. The situation stays anonymous.]]</p>{{/IS_ADVICE}}

<div class="acute-box" role="note">
  <p><strong>[[Is someone in danger right now? Call 112 first.]]</strong> [[A form is not fast enough for that.]]</p>
</div>

{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>[[Please check these points]]</h2>
  <ul>
  {{#ERROR}}<li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
  {{/ERROR}}
  </ul>
</div>
{{/ERRORS}}

<form method="post" action="{{ACTION_URL}}" class="signal-form" autocomplete="off" novalidate>
<input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
<p>[[Questions marked (required) must be answered. All other questions are optional.]]</p>

<fieldset id="acute">
  <legend>[[Acute danger]]</legend>
  <div class="choice"><input type="checkbox" id="acute-yes" name="acute" value="yes"{{#ACUTE_CHECKED}} checked{{/ACUTE_CHECKED}}>
  <label for="acute-yes">[[Someone is in danger right now]]</label></div>
  <p class="hint">[[If you tick this, also call 112.]]</p>
  <div class="acute-box" id="acute-alert" role="alert" hidden>
    <p><strong>[[Call 112 now.]]</strong> [[Then fill in the rest of this form, or call us: 088 2220500.]]</p>
  </div>
</fieldset>

<fieldset id="reporter-role"{{#ERR_REPORTER_ROLE}} aria-describedby="reporter-role-error"{{/ERR_REPORTER_ROLE}}>
  <legend>[[Who are you?]] [[(required)]]</legend>
  {{#ERR_REPORTER_ROLE}}<p class="field-error" id="reporter-role-error">{{MESSAGE}}</p>{{/ERR_REPORTER_ROLE}}
  {{#ROLE}}<div class="choice"><input type="radio" id="role-{{VALUE}}" name="role" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="role-{{VALUE}}">{{LABEL}}</label></div>
  {{/ROLE}}
  <div class="field" id="sector-field">
    <label for="reporter-sector">[[Your sector, if you are a professional]]</label>
    {{#ERR_REPORTER_SECTOR}}<p class="field-error" id="reporter-sector-error">{{MESSAGE}}</p>{{/ERR_REPORTER_SECTOR}}
    <select id="reporter-sector" name="sector"{{#ERR_REPORTER_SECTOR}} aria-invalid="true" aria-describedby="reporter-sector-error"{{/ERR_REPORTER_SECTOR}}>
      <option value="">[[Choose (optional)]]</option>
      {{#SECTOR}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/SECTOR}}
    </select>
  </div>
</fieldset>

<fieldset id="reporter-anonymity"{{#ERR_REPORTER_ANONYMITY}} aria-describedby="reporter-anonymity-error"{{/ERR_REPORTER_ANONYMITY}}>
  <legend>[[Do you want us to know who you are?]] [[(required)]]</legend>
  {{#ERR_REPORTER_ANONYMITY}}<p class="field-error" id="reporter-anonymity-error">{{MESSAGE}}</p>{{/ERR_REPORTER_ANONYMITY}}
  {{#ANONYMITY}}<div class="choice"><input type="radio" id="anonymity-{{VALUE}}" name="anonymity" value="{{VALUE}}" aria-describedby="anonymity-{{VALUE}}-hint"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="anonymity-{{VALUE}}">{{LABEL}}</label>
  <p class="hint" id="anonymity-{{VALUE}}-hint">{{HINT}}</p></div>
  {{/ANONYMITY}}
</fieldset>

<fieldset id="contact-details">
  <legend>[[Your contact details]]</legend>
  <p class="hint">[[Only if you are not anonymous. Leave these empty if you stay anonymous.]]</p>
  {{#CONTACT_FIELD}}<div class="field">
    <label for="{{ID}}">{{LABEL}}</label>
    {{#ERROR}}<p class="field-error" id="{{ID}}-error">{{MESSAGE}}</p>{{/ERROR}}
    <input type="{{TYPE}}" id="{{ID}}" name="{{NAME}}" value="{{VALUE}}" maxlength="200" autocomplete="off"{{#ERROR}} aria-invalid="true" aria-describedby="{{ID}}-error"{{/ERROR}}>
  </div>
  {{/CONTACT_FIELD}}
</fieldset>

<div class="field">
  <label for="description">[[What is going on?]] [[(required)]]</label>
  <p class="hint" id="description-hint">[[Write what you saw or heard, where and when. Do not put yourself in danger to find out more.]]</p>
  {{#ERR_DESCRIPTION}}<p class="field-error" id="description-error">{{MESSAGE}}</p>{{/ERR_DESCRIPTION}}
  <textarea id="description" name="description" rows="8" maxlength="20000" autocomplete="off" aria-describedby="description-hint{{#ERR_DESCRIPTION}} description-error{{/ERR_DESCRIPTION}}"{{#ERR_DESCRIPTION}} aria-invalid="true"{{/ERR_DESCRIPTION}}>{{DESCRIPTION:pre_escape}}</textarea>
</div>

<fieldset id="forms"{{#ERR_FORMS}} aria-describedby="forms-error"{{/ERR_FORMS}}>
  <legend>[[What kind of exploitation do you suspect?]] [[(required)]]</legend>
  <p class="hint">[[You can choose more than one.]]</p>
  {{#ERR_FORMS}}<p class="field-error" id="forms-error">{{MESSAGE}}</p>{{/ERR_FORMS}}
  {{#FORM}}<div class="choice"><input type="checkbox" id="form-{{VALUE}}" name="forms" value="{{VALUE}}" aria-describedby="form-{{VALUE}}-hint"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="form-{{VALUE}}">{{LABEL}}</label>
  <p class="hint" id="form-{{VALUE}}-hint">{{HINT}}</p></div>
  {{/FORM}}
</fieldset>

<fieldset id="signals"{{#ERR_SIGNALS}} aria-describedby="signals-error"{{/ERR_SIGNALS}}>
  <legend>[[What have you noticed?]]</legend>
  <p class="hint">[[Tick what fits. One signal alone proves nothing; together they can tell a lot.]]</p>
  {{#ERR_SIGNALS}}<p class="field-error" id="signals-error">{{MESSAGE}}</p>{{/ERR_SIGNALS}}
  {{#SIGNAL_GROUP}}<div class="signal-group" data-group="{{GROUP}}">
    <h2 class="group-heading">{{HEADING}}</h2>
    {{#SIGNAL}}<div class="choice"><input type="checkbox" id="signal-{{VALUE}}" name="signals" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
    <label for="signal-{{VALUE}}">{{LABEL}}</label></div>
    {{/SIGNAL}}
  </div>
  {{/SIGNAL_GROUP}}
</fieldset>

<fieldset id="place">
  <legend>[[Where does it happen?]]</legend>
  <div class="field">
    <label for="postcode">[[Postcode (four digits are enough)]]</label>
    {{#ERR_POSTCODE}}<p class="field-error" id="postcode-error">{{MESSAGE}}</p>{{/ERR_POSTCODE}}
    <input type="text" id="postcode" name="postcode" value="{{POSTCODE}}" maxlength="7" inputmode="text" autocomplete="off" class="short"{{#ERR_POSTCODE}} aria-invalid="true" aria-describedby="postcode-error"{{/ERR_POSTCODE}}>
  </div>
  <div class="field">
    <label for="municipality">[[Or choose the municipality]]</label>
    {{#ERR_MUNICIPALITY}}<p class="field-error" id="municipality-error">{{MESSAGE}}</p>{{/ERR_MUNICIPALITY}}
    <select id="municipality" name="municipality"{{#ERR_MUNICIPALITY}} aria-invalid="true" aria-describedby="municipality-error"{{/ERR_MUNICIPALITY}}>
      <option value="">[[I don't know]]</option>
      {{#MUNICIPALITY}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/MUNICIPALITY}}
    </select>
  </div>
</fieldset>

<fieldset id="minors-involved"{{#ERR_MINORS_INVOLVED}} aria-describedby="minors-involved-error"{{/ERR_MINORS_INVOLVED}}>
  <legend>[[Are children or young people under 18 involved?]]</legend>
  {{#ERR_MINORS_INVOLVED}}<p class="field-error" id="minors-involved-error">{{MESSAGE}}</p>{{/ERR_MINORS_INVOLVED}}
  {{#MINORS}}<div class="choice"><input type="radio" id="minors-{{VALUE}}" name="minors_involved" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="minors-{{VALUE}}">{{LABEL}}</label></div>
  {{/MINORS}}
</fieldset>

<p class="hint">[[We do not store your IP address or anything about your device. Read more on the privacy page.]]</p>
<button type="submit" class="button">{{#IS_REPORT}}[[Send report]]{{/IS_REPORT}}{{#IS_ADVICE}}[[Send advice question]]{{/IS_ADVICE}}</button>
</form>
