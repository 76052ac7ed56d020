{{%AUTOESCAPE context="HTML"}}
<h1>[[Audit log]]</h1>
<p class="lead">[[Who did what, and when. Looking at this log is written in the log too.]]</p>
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary" autofocus>
  <h2>[[Please check these points]]</h2>
  <ul>
  {{#ERROR}}<li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
  {{/ERROR}}
  </ul>
</div>
{{/ERRORS}}
<form method="get" action="{{ACTION_URL}}" class="filters" role="search" aria-label="[[Filter the audit log]]">
  <div class="field">
    <label for="filter-actor">[[Username]]</label>
    <input type="text" id="filter-actor" name="actor" value="{{ACTOR}}" maxlength="64" autocomplete="off" autocapitalize="none" spellcheck="false"{{#ERR_FILTER_ACTOR}} aria-invalid="true"{{/ERR_FILTER_ACTOR}}>
  </div>
  <div class="field">
    <label for="filter-signal">[[Signal number]]</label>
    <input type="text" id="filter-signal" name="signal" value="{{SIGNAL}}" class="short" inputmode="numeric" maxlength="19" autocomplete="off"{{#ERR_FILTER_SIGNAL}} aria-invalid="true"{{/ERR_FILTER_SIGNAL}}>
  </div>
  <div class="field">
    <label for="filter-action">[[What was done]]</label>
    <select id="filter-action" name="action"{{#ERR_FILTER_ACTION}} aria-invalid="true"{{/ERR_FILTER_ACTION}}>
      <option value="">[[Everything]]</option>
      {{#ACTION}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/ACTION}}
    </select>
  </div>
  <button type="submit" class="button">[[Show]]</button>
  <a href="{{ACTION_URL}}">[[Clear the filters]]</a>
</form>
{{#EMPTY}}<p class="notice" role="status">[[Nothing in the log matches these filters.]]</p>{{/EMPTY}}
{{#TABLE}}
<div class="table-wrap" role="region" aria-labelledby="audit-caption" tabindex="0">
<table class="queue">
  <caption id="audit-caption">[[Audit log, the newest first]]</caption>
  <thead>
    <tr>
      <th scope="col">[[Entry]]</th>
      <th scope="col">[[Time]]</th>
      <th scope="col">[[Who]]</th>
      <th scope="col">[[What]]</th>
      <th scope="col">[[Signal number]]</th>
      <th scope="col">[[Account concerned]]</th>
    </tr>
  </thead>
  <tbody>
  {{#ROW}}<tr>
      <th scope="row">{{SEQUENCE}}</th>
      <td>{{TIME}}</td>
      <td>{{#ACTOR}}{{NAME}}{{/ACTOR}}{{#SYSTEM}}[[The system or the command line]]{{/SYSTEM}}</td>
      <td>{{WHAT}}</td>
      <td>{{SIGNAL}}</td>
      <td>{{SUBJECT}}</td>
    </tr>
  {{/ROW}}
  </tbody>
</table>
</div>
{{#OLDER}}<p><a href="{{URL}}" rel="next">[[Older entries]]</a></p>{{/OLDER}}
{{/TABLE}}
