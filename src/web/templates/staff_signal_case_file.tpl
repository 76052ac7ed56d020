{{%AUTOESCAPE context="HTML"}}
<section id="persons" aria-labelledby="persons-heading">
<h2 id="persons-heading">[[Persons]]</h2>
{{#DONE_PERSON}}<p class="notice" role="status">[[The person is saved.]]</p>{{/DONE_PERSON}}
{{#NO_PERSONS}}<p>[[No persons recorded yet.]]</p>{{/NO_PERSONS}}
{{#PERSONS}}<table class="queue">
  <caption>[[Possible victims and suspects in this signal. The same identity number means the same person, also in other signals.]]</caption>
  <thead><tr>
    <th scope="col">[[Person number]]</th><th scope="col">[[Role]]</th><th scope="col">[[Age]]</th>
    <th scope="col">[[Minor now]]</th><th scope="col">[[Minor when it began]]</th><th scope="col">[[Gender]]</th>
    <th scope="col">[[Nationality]]</th><th scope="col">[[Identity number]]</th><th scope="col">[[Link to the same person]]</th>
  </tr></thead>
  <tbody>
  {{#PERSON}}<tr id="person-{{ID}}">
    <th scope="row">{{ID}}</th><td>{{ROLE}}</td><td>{{AGE}}</td><td>{{MINOR_NOW}}</td><td>{{MINOR_AT_START}}</td>
    <td>{{GENDER}}</td><td>{{NATIONALITY}}</td><td>{{IDENTITY}}</td>
    <td><form method="post" action="{{LINK_URL}}" class="row-form" autocomplete="off">
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <label for="same-as-{{ID}}">[[Same person as person number]] <span class="visually-hidden">([[for person]] {{ID}})</span></label>
      {{#LINK_ERROR}}<p class="field-error" id="same-as-{{ID}}-error">{{MESSAGE}}</p>{{/LINK_ERROR}}
      <input type="text" inputmode="numeric" id="same-as-{{ID}}" name="same_as" value="{{SAME_AS}}" maxlength="18" class="short"{{#LINK_ERROR}} aria-invalid="true" aria-describedby="same-as-{{ID}}-error"{{/LINK_ERROR}}>
      <button type="submit" class="button secondary">[[Link]]</button>
    </form></td>
  </tr>
  {{/PERSON}}
  </tbody>
</table>{{/PERSONS}}
{{#ADD_PERSON}}<form method="post" action="{{PERSON_URL}}" autocomplete="off" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <fieldset id="add-person">
    <legend>[[Add a person]]</legend>
    {{#PERSON_ERROR}}<p class="field-error" id="person-error">{{MESSAGE}}</p>{{/PERSON_ERROR}}
    <fieldset id="person-role"{{#INVALID_ROLE}} aria-describedby="person-error"{{/INVALID_ROLE}}>
      <legend>[[Role]]</legend>
      {{#PERSON_ROLE}}<div class="choice"><input type="radio" id="person-role-{{VALUE}}" name="role" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
      <label for="person-role-{{VALUE}}">{{LABEL}}</label></div>
      {{/PERSON_ROLE}}
    </fieldset>
    <div class="field">
      <label for="person-age">[[Age in years]]</label>
      <p class="hint" id="person-age-hint">[[Leave empty when unknown.]]</p>
      <input type="text" inputmode="numeric" id="person-age" name="age" value="{{AGE}}" maxlength="3" class="short" aria-describedby="person-age-hint{{#INVALID_AGE}} person-error{{/INVALID_AGE}}"{{#INVALID_AGE}} aria-invalid="true"{{/INVALID_AGE}}>
    </div>
    <div class="choice"><input type="checkbox" id="person-age-estimated" name="age_estimated" value="yes"{{#AGE_ESTIMATED}} checked{{/AGE_ESTIMATED}}>
    <label for="person-age-estimated">[[The age is an estimate]]</label></div>
    <div class="field">
      <label for="person-minor-at-start">[[Minor when the exploitation began]]</label>
      <select id="person-minor-at-start" name="minor_at_start"{{#INVALID_MINOR_AT_START}} aria-invalid="true" aria-describedby="person-error"{{/INVALID_MINOR_AT_START}}>
        {{#MINOR_OPTION}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
        {{/MINOR_OPTION}}
      </select>
    </div>
    <div class="field">
      <label for="person-gender">[[Gender]]</label>
      <select id="person-gender" name="gender"{{#INVALID_GENDER}} aria-invalid="true" aria-describedby="person-error"{{/INVALID_GENDER}}>
        {{#GENDER_OPTION}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
        {{/GENDER_OPTION}}
      </select>
    </div>
    <div class="field">
      <label for="person-nationality">[[Nationality]]</label>
      <p class="hint" id="person-nationality-hint">[[Two-letter country code, for example NL, RO or NG. Leave empty when unknown.]]</p>
      <input type="text" id="person-nationality" name="nationality" value="{{NATIONALITY}}" maxlength="2" class="short" aria-describedby="person-nationality-hint{{#INVALID_NATIONALITY}} person-error{{/INVALID_NATIONALITY}}"{{#INVALID_NATIONALITY}} aria-invalid="true"{{/INVALID_NATIONALITY}}>
    </div>
  </fieldset>
  <button type="submit" class="button">[[Add person]]</button>
</form>{{/ADD_PERSON}}
{{#IS_ADVICE}}<p>[[An advice keeps no data about persons. Convert it into a report first.]]</p>{{/IS_ADVICE}}
</section>

<section id="referrals" aria-labelledby="referrals-heading">
<h2 id="referrals-heading">[[Referrals]]</h2>
{{#DONE_REFERRAL}}<p class="notice" role="status">[[The referral is saved.]]</p>{{/DONE_REFERRAL}}
{{#NO_REFERRALS}}<p>[[No referrals yet.]]</p>{{/NO_REFERRALS}}
{{#REFERRALS}}<table class="queue">
  <caption>[[Referrals to partners]]</caption>
  <thead><tr><th scope="col">[[Partner]]</th><th scope="col">[[Date]]</th><th scope="col">[[Outcome]]</th><th scope="col">[[Change the outcome]]</th></tr></thead>
  <tbody>
  {{#REFERRAL}}<tr id="referral-{{ID}}">
    <th scope="row">{{PARTNER}}</th><td>{{DATE}}</td><td>{{OUTCOME}}</td>
    <td><form method="post" action="{{OUTCOME_URL}}" class="row-form">
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <label for="outcome-{{ID}}">[[New outcome]] <span class="visually-hidden">([[referral to]] {{PARTNER}}, {{DATE}})</span></label>
      {{#OUTCOME_ERROR}}<p class="field-error" id="outcome-{{ID}}-error">{{MESSAGE}}</p>{{/OUTCOME_ERROR}}
      <select id="outcome-{{ID}}" name="outcome"{{#OUTCOME_ERROR}} aria-invalid="true" aria-describedby="outcome-{{ID}}-error"{{/OUTCOME_ERROR}}>
        {{#OPTION}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
        {{/OPTION}}
      </select>
      <button type="submit" class="button secondary">[[Save outcome]]</button>
    </form></td>
  </tr>
  {{/REFERRAL}}
  </tbody>
</table>{{/REFERRALS}}
{{#ADD_REFERRAL}}<form method="post" action="{{REFERRAL_URL}}" autocomplete="off" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <fieldset id="add-referral">
    <legend>[[Record a referral]]</legend>
    {{#REFERRAL_ERROR}}<p class="field-error" id="referral-error">{{MESSAGE}}</p>{{/REFERRAL_ERROR}}
    <div class="field">
      <label for="referral-partner">[[Partner]]</label>
      <select id="referral-partner" name="partner"{{#INVALID_PARTNER}} aria-invalid="true" aria-describedby="referral-error"{{/INVALID_PARTNER}}>
        <option value="">[[Choose a partner]]</option>
        {{#PARTNER_OPTION}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
        {{/PARTNER_OPTION}}
      </select>
    </div>
    <div class="field">
      <label for="referral-date">[[Date of the referral]]</label>
      <p class="hint" id="referral-date-hint">[[Leave empty for today.]]</p>
      <input type="date" id="referral-date" name="referred_on" value="{{REFERRED_ON}}" aria-describedby="referral-date-hint{{#INVALID_REFERRED_ON}} referral-error{{/INVALID_REFERRED_ON}}"{{#INVALID_REFERRED_ON}} aria-invalid="true"{{/INVALID_REFERRED_ON}}>
    </div>
    <div class="field">
      <label for="referral-outcome">[[Outcome]]</label>
      <select id="referral-outcome" name="outcome"{{#INVALID_OUTCOME}} aria-invalid="true" aria-describedby="referral-error"{{/INVALID_OUTCOME}}>
        {{#OUTCOME_OPTION}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
        {{/OUTCOME_OPTION}}
      </select>
    </div>
  </fieldset>
  <button type="submit" class="button">[[Save referral]]</button>
</form>{{/ADD_REFERRAL}}
{{#IS_ADVICE}}<p>[[Advice is not referred. Convert it into a report first.]]</p>{{/IS_ADVICE}}
</section>
