{{%AUTOESCAPE context="HTML"}}
<section id="edit" aria-labelledby="edit-heading">
<h2 id="edit-heading">[[Change the registration]]</h2>
{{#DONE_EDIT}}<p class="notice" role="status">[[Your changes are saved.]]</p>{{/DONE_EDIT}}
{{#EDIT_ERROR}}<p class="field-error" id="edit-error">{{MESSAGE}}</p>{{/EDIT_ERROR}}
<form method="post" action="{{ACTION_URL}}" class="edit-form" autocomplete="off" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="version" value="{{VERSION}}">
<input type="hidden" name="original_municipality" value="{{ORIGINAL_MUNICIPALITY}}">
<input type="hidden" name="original_postcode" value="{{ORIGINAL_POSTCODE}}">
<p class="hint">[[This form is based on version]] {{VERSION}}. [[If someone else saves first, you will see what they changed and nothing you typed is lost.]]</p>

<fieldset id="edit-kind"{{#ERR_KIND}} aria-describedby="edit-kind-error"{{/ERR_KIND}}>
  <legend>[[Report or advice]]</legend>
  {{#ERR_KIND}}<p class="field-error" id="edit-kind-error">{{MESSAGE}}</p>{{/ERR_KIND}}
  {{#KIND}}<div class="choice"><input type="radio" id="edit-kind-{{VALUE}}" name="kind" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="edit-kind-{{VALUE}}">{{LABEL}}</label></div>
  {{/KIND}}
  <div class="field">
    <label for="edit-kind-reason">[[Reason for the conversion]]</label>
    <p class="hint" id="edit-kind-reason-hint">[[Only when you change a report into advice or the other way round. The reason goes into the log.]]</p>
    {{#ERR_KIND_REASON}}<p class="field-error" id="edit-kind-reason-error">{{MESSAGE}}</p>{{/ERR_KIND_REASON}}
    <textarea id="edit-kind-reason" name="kind_reason" rows="2" maxlength="1000" aria-describedby="edit-kind-reason-hint{{#ERR_KIND_REASON}} edit-kind-reason-error{{/ERR_KIND_REASON}}"{{#ERR_KIND_REASON}} aria-invalid="true"{{/ERR_KIND_REASON}}>{{KIND_REASON:pre_escape}}</textarea>
  </div>
</fieldset>

<fieldset id="edit-reporter-role"{{#ERR_REPORTER_ROLE}} aria-describedby="edit-reporter-role-error"{{/ERR_REPORTER_ROLE}}>
  <legend>[[Who reported]]</legend>
  {{#ERR_REPORTER_ROLE}}<p class="field-error" id="edit-reporter-role-error">{{MESSAGE}}</p>{{/ERR_REPORTER_ROLE}}
  {{#REPORTER_ROLE}}<div class="choice"><input type="radio" id="edit-reporter-role-{{VALUE}}" name="reporter_role" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="edit-reporter-role-{{VALUE}}">{{LABEL}}</label></div>
  {{/REPORTER_ROLE}}
  <div class="field">
    <label for="edit-sector">[[Sector, when the reporter is a professional]]</label>
    {{#ERR_SECTOR}}<p class="field-error" id="edit-sector-error">{{MESSAGE}}</p>{{/ERR_SECTOR}}
    <select id="edit-sector" name="sector"{{#ERR_SECTOR}} aria-invalid="true" aria-describedby="edit-sector-error"{{/ERR_SECTOR}}>
      <option value="">[[None]]</option>
      {{#SECTOR}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/SECTOR}}
    </select>
  </div>
</fieldset>

<fieldset id="edit-anonymity"{{#ERR_ANONYMITY}} aria-describedby="edit-anonymity-error"{{/ERR_ANONYMITY}}>
  <legend>[[Anonymity of the reporter]]</legend>
  {{#ERR_ANONYMITY}}<p class="field-error" id="edit-anonymity-error">{{MESSAGE}}</p>{{/ERR_ANONYMITY}}
  {{#ANONYMITY}}<div class="choice"><input type="radio" id="edit-anonymity-{{VALUE}}" name="anonymity" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="edit-anonymity-{{VALUE}}">{{LABEL}}</label></div>
  {{/ANONYMITY}}
</fieldset>

{{#CONTACT}}<fieldset id="edit-contact"{{#ERR_CONTACT}} aria-describedby="edit-contact-error"{{/ERR_CONTACT}}>
  <legend>[[Contact details of the reporter]]</legend>
  <p class="hint">[[Leave these empty when the reporter is anonymous.]]</p>
  {{#ERR_CONTACT}}<p class="field-error" id="edit-contact-error">{{MESSAGE}}</p>{{/ERR_CONTACT}}
  <input type="hidden" name="contact_shown" value="yes">
  {{#CONTACT_FIELD}}<div class="field">
    <input type="hidden" name="original_{{NAME}}" value="{{ORIGINAL}}">
    <label for="edit-contact-{{NAME}}">{{LABEL}}</label>
    {{#ERROR}}<p class="field-error" id="edit-contact-{{NAME}}-error">{{MESSAGE}}</p>{{/ERROR}}
    <input type="{{TYPE}}" id="edit-contact-{{NAME}}" name="{{NAME}}" value="{{VALUE}}" maxlength="200" autocomplete="off"{{#ERROR}} aria-invalid="true" aria-describedby="edit-contact-{{NAME}}-error"{{/ERROR}}>
  </div>
  {{/CONTACT_FIELD}}
</fieldset>{{/CONTACT}}
{{#CONTACT_HIDDEN}}<p class="hint" id="edit-contact">[[The contact details are shielded and hidden from you, so you cannot change them here.]]</p>{{/CONTACT_HIDDEN}}

<fieldset id="edit-forms"{{#ERR_FORMS}} aria-describedby="edit-forms-error"{{/ERR_FORMS}}>
  <legend>[[Forms of exploitation]]</legend>
  {{#ERR_FORMS}}<p class="field-error" id="edit-forms-error">{{MESSAGE}}</p>{{/ERR_FORMS}}
  {{#FORM}}<div class="choice"><input type="checkbox" id="edit-form-{{VALUE}}" name="forms" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="edit-form-{{VALUE}}">{{LABEL}}</label></div>
  {{/FORM}}
</fieldset>

<fieldset id="edit-sub-forms"{{#ERR_SUB_FORMS}} aria-describedby="edit-sub-forms-error"{{/ERR_SUB_FORMS}}>
  <legend>[[Sub-forms]]</legend>
  <p class="hint">[[Tick a sub-form only when its form is ticked above.]]</p>
  {{#ERR_SUB_FORMS}}<p class="field-error" id="edit-sub-forms-error">{{MESSAGE}}</p>{{/ERR_SUB_FORMS}}
  {{#SUB_FORM_GROUP}}<fieldset class="sub-form-group" id="edit-sub-forms-{{FORM}}">
    <legend>{{HEADING}}</legend>
    {{#SUB_FORM}}<div class="choice"><input type="checkbox" id="edit-sub-form-{{VALUE}}" name="sub_forms" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
    <label for="edit-sub-form-{{VALUE}}">{{LABEL}}</label></div>
    {{/SUB_FORM}}
  </fieldset>
  {{/SUB_FORM_GROUP}}
</fieldset>

<fieldset id="edit-scope"{{#ERR_SCOPE}} aria-describedby="edit-scope-error"{{/ERR_SCOPE}}>
  <legend>[[Domestic or cross-border]]</legend>
  {{#ERR_SCOPE}}<p class="field-error" id="edit-scope-error">{{MESSAGE}}</p>{{/ERR_SCOPE}}
  {{#SCOPE}}<div class="choice"><input type="radio" id="edit-scope-{{VALUE}}" name="scope" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="edit-scope-{{VALUE}}">{{LABEL}}</label></div>
  {{/SCOPE}}
</fieldset>

<fieldset id="edit-safety-outcome"{{#ERR_SAFETY_OUTCOME}} aria-describedby="edit-safety-outcome-error"{{/ERR_SAFETY_OUTCOME}}>
  <legend>[[Outcome of the safety assessment]]</legend>
  {{#ERR_SAFETY_OUTCOME}}<p class="field-error" id="edit-safety-outcome-error">{{MESSAGE}}</p>{{/ERR_SAFETY_OUTCOME}}
  {{#SAFETY_OUTCOME}}<div class="choice"><input type="radio" id="edit-safety-outcome-{{ID}}" name="safety_outcome" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="edit-safety-outcome-{{ID}}">{{LABEL}}</label></div>
  {{/SAFETY_OUTCOME}}
</fieldset>

<fieldset id="edit-minors-involved"{{#ERR_MINORS_INVOLVED}} aria-describedby="edit-minors-involved-error"{{/ERR_MINORS_INVOLVED}}>
  <legend>[[Minors involved]]</legend>
  {{#ERR_MINORS_INVOLVED}}<p class="field-error" id="edit-minors-involved-error">{{MESSAGE}}</p>{{/ERR_MINORS_INVOLVED}}
  {{#MINORS}}<div class="choice"><input type="radio" id="edit-minors-{{VALUE}}" name="minors_involved" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
  <label for="edit-minors-{{VALUE}}">{{LABEL}}</label></div>
  {{/MINORS}}
</fieldset>

<fieldset id="edit-place">
  <legend>[[Place]]</legend>
  <div class="field">
    <label for="edit-municipality">[[Municipality]]</label>
    {{#ERR_MUNICIPALITY}}<p class="field-error" id="edit-municipality-error">{{MESSAGE}}</p>{{/ERR_MUNICIPALITY}}
    <select id="edit-municipality" name="municipality"{{#ERR_MUNICIPALITY}} aria-invalid="true" aria-describedby="edit-municipality-error"{{/ERR_MUNICIPALITY}}>
      {{#MUNICIPALITY}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/MUNICIPALITY}}
    </select>
  </div>
  <div class="field">
    <label for="edit-postcode">[[Postcode (four digits)]]</label>
    <p class="hint" id="edit-postcode-hint">[[A new postcode also sets the municipality.]]</p>
    {{#ERR_POSTCODE}}<p class="field-error" id="edit-postcode-error">{{MESSAGE}}</p>{{/ERR_POSTCODE}}
    <input type="text" id="edit-postcode" name="postcode" value="{{POSTCODE}}" maxlength="7" class="short" aria-describedby="edit-postcode-hint{{#ERR_POSTCODE}} edit-postcode-error{{/ERR_POSTCODE}}"{{#ERR_POSTCODE}} aria-invalid="true"{{/ERR_POSTCODE}}>
  </div>
</fieldset>

<fieldset id="edit-acute">
  <legend>[[Acute danger]]</legend>
  <div class="choice"><input type="checkbox" id="edit-acute-yes" name="acute" value="yes"{{#ACUTE}} checked{{/ACUTE}}>
  <label for="edit-acute-yes">[[Someone is in acute danger]]</label></div>
</fieldset>

<details id="edit-signals-details"{{#SIGNALS_OPEN}} open{{/SIGNALS_OPEN}}>
  <summary>[[Signals checklist]] ({{SIGNAL_COUNT}} [[ticked]])</summary>
  <fieldset id="edit-signals"{{#ERR_SIGNALS}} aria-describedby="edit-signals-error"{{/ERR_SIGNALS}}>
    <legend>[[Signals noticed]]</legend>
    {{#ERR_SIGNALS}}<p class="field-error" id="edit-signals-error">{{MESSAGE}}</p>{{/ERR_SIGNALS}}
    {{#SIGNAL_GROUP}}<fieldset class="signal-group" id="edit-signals-{{GROUP}}">
      <legend>{{HEADING}}</legend>
      {{#SIGNAL}}<div class="choice"><input type="checkbox" id="edit-signal-{{VALUE}}" name="signals" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
      <label for="edit-signal-{{VALUE}}">{{LABEL}}</label></div>
      {{/SIGNAL}}
    </fieldset>
    {{/SIGNAL_GROUP}}
  </fieldset>
</details>

<button type="submit" class="button">[[Save changes]]</button>
</form>
</section>
