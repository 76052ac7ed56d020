{{%AUTOESCAPE context="HTML"}}
<h1>[[Chat opening hours]]</h1>
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
<p class="panel" id="chat-now"><strong>[[What visitors see now:]]</strong> {{NOW}}</p>

<section aria-labelledby="week-heading">
<h2 id="week-heading">[[Every week]]</h2>
<form method="post" action="{{HOURS_URL}}" class="hours-form" autocomplete="off" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <p class="hint" id="week-hint">[[Write times as HH:MM, for example 09:00. 24:00 is the end of the day. Leave a window empty when you do not need it. The chat is closed on public holidays.]]</p>
  <div class="table-wrap" role="region" aria-labelledby="week-caption" tabindex="0">
  <table class="queue hours-table">
    <caption id="week-caption">[[Opening windows per day (Dutch time)]]</caption>
    <thead><tr><th scope="col">[[Day]]</th><th scope="col">[[Window 1]]</th><th scope="col">[[Window 2]]</th><th scope="col">[[Window 3]]</th></tr></thead>
    <tbody>
    {{#DAY}}<tr>
      <th scope="row">{{DAY_NAME}}</th>
      {{#WINDOW}}<td>
        {{#CELL_ERROR}}<p class="field-error" id="{{ID}}-error">{{MESSAGE}}</p>{{/CELL_ERROR}}
        <label for="{{ID}}" class="visually-hidden">{{DAY_NAME}}, [[window]] {{N}}, [[from]]</label>
        <input type="text" id="{{ID}}" name="{{FROM_NAME}}" value="{{FROM}}" maxlength="5" size="5" class="time" inputmode="numeric"{{#CELL_ERROR}} aria-invalid="true" aria-describedby="{{ID}}-error"{{/CELL_ERROR}}>
        <span aria-hidden="true">–</span>
        <label for="{{ID}}-to" class="visually-hidden">{{DAY_NAME}}, [[window]] {{N}}, [[until]]</label>
        <input type="text" id="{{ID}}-to" name="{{TO_NAME}}" value="{{TO}}" maxlength="5" size="5" class="time" inputmode="numeric"{{#CELL_ERROR}} aria-invalid="true" aria-describedby="{{ID}}-error"{{/CELL_ERROR}}>
      </td>{{/WINDOW}}
    </tr>
    {{/DAY}}
    </tbody>
  </table>
  </div>
  <fieldset id="liberation-day"{{#ERR_LIBERATION_DAY}} aria-describedby="liberation-day-error"{{/ERR_LIBERATION_DAY}}>
    <legend>[[Liberation Day (5 May)]]</legend>
    {{#ERR_LIBERATION_DAY}}<p class="field-error" id="liberation-day-error">{{MESSAGE}}</p>{{/ERR_LIBERATION_DAY}}
    {{#LIBERATION}}<div class="choice"><input type="radio" id="liberation-{{VALUE}}" name="liberation_day" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}>
    <label for="liberation-{{VALUE}}">{{LABEL}}</label></div>
    {{/LIBERATION}}
  </fieldset>
  <div class="choice"><input type="checkbox" id="good-friday" name="good_friday" value="yes"{{#GOOD_FRIDAY}} checked{{/GOOD_FRIDAY}}>
  <label for="good-friday">[[Closed on Good Friday]]</label></div>
  <button type="submit" class="button">[[Save opening hours]]</button>
</form>
</section>

<section aria-labelledby="closures-heading">
<h2 id="closures-heading">[[Extra closures]]</h2>
<p>[[On these days the chat is closed, besides the public holidays.]]</p>
{{#NO_CLOSURES}}<p>[[No extra closures from today on.]]</p>{{/NO_CLOSURES}}
{{#CLOSURES}}<table class="queue">
  <caption>[[Extra closures from today on]]</caption>
  <thead><tr><th scope="col">[[Date]]</th><th scope="col">[[Reason]]</th><th scope="col">[[Remove]]</th></tr></thead>
  <tbody>
  {{#CLOSURE}}<tr>
    <th scope="row">{{DATE}}</th><td>{{LABEL}}</td>
    <td><form method="post" action="{{REMOVE_URL}}" class="row-form">
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <button type="submit" class="button secondary">[[Remove]] <span class="visually-hidden">({{DATE}})</span></button>
    </form></td>
  </tr>
  {{/CLOSURE}}
  </tbody>
</table>{{/CLOSURES}}
<form method="post" action="{{CLOSURE_URL}}" class="staff-form" autocomplete="off" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <fieldset>
    <legend>[[Add a closure]]</legend>
    <div class="field">
      <label for="closure-date">[[Date]]</label>
      {{#ERR_CLOSURE_DATE}}<p class="field-error" id="closure-date-error">{{MESSAGE}}</p>{{/ERR_CLOSURE_DATE}}
      <input type="date" id="closure-date" name="date" value="{{CLOSURE_DATE}}"{{#ERR_CLOSURE_DATE}} aria-invalid="true" aria-describedby="closure-date-error"{{/ERR_CLOSURE_DATE}}>
    </div>
    <div class="field">
      <label for="closure-label">[[Reason]]</label>
      <p class="hint" id="closure-label-hint">[[Visitors see the reason, so write it for them, for example: Training day. At most 100 characters.]]</p>
      {{#ERR_CLOSURE_LABEL}}<p class="field-error" id="closure-label-error">{{MESSAGE}}</p>{{/ERR_CLOSURE_LABEL}}
      <input type="text" id="closure-label" name="label" value="{{CLOSURE_LABEL}}" maxlength="100" aria-describedby="closure-label-hint{{#ERR_CLOSURE_LABEL}} closure-label-error{{/ERR_CLOSURE_LABEL}}"{{#ERR_CLOSURE_LABEL}} aria-invalid="true"{{/ERR_CLOSURE_LABEL}}>
    </div>
  </fieldset>
  <button type="submit" class="button">[[Add closure]]</button>
</form>
</section>
