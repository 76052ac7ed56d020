{{%AUTOESCAPE context="HTML"}}
<h1>[[Chat answers]]</h1>
<p>[[Ready-made texts for the chat console. Whoever answers a chat picks one and can change it before sending. Write them in plain words, as you would say them.]]</p>
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>[[Please check these points]]</h2>
  <ul>
  {{#ERROR}}<li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
  {{/ERROR}}
  </ul>
</div>
{{/ERRORS}}
{{#SAVED}}<p class="notice" role="status">{{MESSAGE}}</p>{{/SAVED}}

{{#GROUP}}<section aria-labelledby="answers-{{CODE}}-heading">
<h2 id="answers-{{CODE}}-heading">{{HEADING}}</h2>
{{#NONE}}<p>[[No answers yet.]]</p>{{/NONE}}
<ol class="answers">
{{#ANSWER}}<li id="answer-{{ID}}" class="panel">
  <h3>{{TITLE}}</h3>
  <p class="free-text">{{BODY:pre_escape}}</p>
  <details{{#OPEN}} open{{/OPEN}}>
    <summary>[[Change]] <span class="visually-hidden">({{TITLE}})</span></summary>
    <form method="post" action="{{EDIT_URL}}" class="staff-form" autocomplete="off" novalidate>
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <div class="field">
        <label for="answer-{{ID}}-title">[[Title]]</label>
        {{#EDIT_TITLE_ERROR}}<p class="field-error" id="answer-{{ID}}-title-error">{{MESSAGE}}</p>{{/EDIT_TITLE_ERROR}}
        <input type="text" id="answer-{{ID}}-title" name="title" value="{{EDIT_TITLE}}" maxlength="80"{{#EDIT_TITLE_ERROR}} aria-invalid="true" aria-describedby="answer-{{ID}}-title-error"{{/EDIT_TITLE_ERROR}}>
      </div>
      <div class="field">
        <label for="answer-{{ID}}-body">[[Text]]</label>
        {{#EDIT_BODY_ERROR}}<p class="field-error" id="answer-{{ID}}-body-error">{{MESSAGE}}</p>{{/EDIT_BODY_ERROR}}
        <textarea id="answer-{{ID}}-body" name="body" rows="5" maxlength="2000"{{#EDIT_BODY_ERROR}} aria-invalid="true" aria-describedby="answer-{{ID}}-body-error"{{/EDIT_BODY_ERROR}}>{{EDIT_BODY:pre_escape}}</textarea>
      </div>
      <div class="field">
        <label for="answer-{{ID}}-position">[[Place in the list]]</label>
        {{#EDIT_POSITION_ERROR}}<p class="field-error" id="answer-{{ID}}-position-error">{{MESSAGE}}</p>{{/EDIT_POSITION_ERROR}}
        <input type="text" id="answer-{{ID}}-position" name="position" value="{{EDIT_POSITION}}" maxlength="3" class="short" inputmode="numeric"{{#EDIT_POSITION_ERROR}} aria-invalid="true" aria-describedby="answer-{{ID}}-position-error"{{/EDIT_POSITION_ERROR}}>
      </div>
      <button type="submit" class="button">[[Save answer]]</button>
    </form>
  </details>
  <form method="post" action="{{REMOVE_URL}}" class="row-form">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <button type="submit" class="button secondary">[[Remove]] <span class="visually-hidden">({{TITLE}})</span></button>
  </form>
</li>
{{/ANSWER}}
</ol>
</section>
{{/GROUP}}

<section aria-labelledby="new-answer-heading">
<h2 id="new-answer-heading">[[Add an answer]]</h2>
<form method="post" action="{{ADD_URL}}" class="staff-form" autocomplete="off" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <fieldset id="new-language"{{#NEW_LANGUAGE_ERROR}} aria-describedby="new-language-error"{{/NEW_LANGUAGE_ERROR}}>
    <legend>[[Language of the chats it is for]]</legend>
    {{#NEW_LANGUAGE_ERROR}}<p class="field-error" id="new-language-error">{{MESSAGE}}</p>{{/NEW_LANGUAGE_ERROR}}
    {{#NEW_LANGUAGE}}<div class="choice"><input type="radio" id="new-language-{{VALUE}}" name="language" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
    <label for="new-language-{{VALUE}}">{{LABEL}}</label></div>
    {{/NEW_LANGUAGE}}
  </fieldset>
  <div class="field">
    <label for="new-title">[[Title]]</label>
    <p class="hint" id="new-title-hint">[[What the console lists. At most 80 characters.]]</p>
    {{#NEW_TITLE_ERROR}}<p class="field-error" id="new-title-error">{{MESSAGE}}</p>{{/NEW_TITLE_ERROR}}
    <input type="text" id="new-title" name="title" value="{{NEW_TITLE}}" maxlength="80" aria-describedby="new-title-hint{{#NEW_TITLE_ERROR}} new-title-error{{/NEW_TITLE_ERROR}}"{{#NEW_TITLE_ERROR}} aria-invalid="true"{{/NEW_TITLE_ERROR}}>
  </div>
  <div class="field">
    <label for="new-body">[[Text]]</label>
    <p class="hint" id="new-body-hint">[[What is sent. At most 2,000 characters.]]</p>
    {{#NEW_BODY_ERROR}}<p class="field-error" id="new-body-error">{{MESSAGE}}</p>{{/NEW_BODY_ERROR}}
    <textarea id="new-body" name="body" rows="5" maxlength="2000" aria-describedby="new-body-hint{{#NEW_BODY_ERROR}} new-body-error{{/NEW_BODY_ERROR}}"{{#NEW_BODY_ERROR}} aria-invalid="true"{{/NEW_BODY_ERROR}}>{{NEW_BODY:pre_escape}}</textarea>
  </div>
  <div class="field">
    <label for="new-position">[[Place in the list]]</label>
    <p class="hint" id="new-position-hint">[[Leave empty to put it last.]]</p>
    {{#NEW_POSITION_ERROR}}<p class="field-error" id="new-position-error">{{MESSAGE}}</p>{{/NEW_POSITION_ERROR}}
    <input type="text" id="new-position" name="position" value="{{NEW_POSITION}}" maxlength="3" class="short" inputmode="numeric" aria-describedby="new-position-hint{{#NEW_POSITION_ERROR}} new-position-error{{/NEW_POSITION_ERROR}}"{{#NEW_POSITION_ERROR}} aria-invalid="true"{{/NEW_POSITION_ERROR}}>
  </div>
  <button type="submit" class="button">[[Add answer]]</button>
</form>
</section>
