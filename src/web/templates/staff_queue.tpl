{{%AUTOESCAPE context="HTML"}}
<h1>[[Signals]]</h1>
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>[[Please check these points]]</h2>
  <ul>
  {{#ERROR}}<li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
  {{/ERROR}}
  </ul>
</div>
{{/ERRORS}}
{{#OVERDUE_COUNT}}<p class="notice"><a href="{{URL}}"><span class="badge badge-overdue">{{COUNT}} [[overdue]]</span> [[Show the signals that are past their deadline]]</a></p>{{/OVERDUE_COUNT}}
<p><a class="button secondary" href="{{PHONE_URL}}">[[Register a call]]</a></p>
<form method="get" action="{{ACTION_URL}}" class="filters" role="search" aria-label="[[Filter the signals]]">
  <div class="field">
    <label for="filter-status">[[Step in the route]]</label>
    <select id="filter-status" name="status"{{#ERR_FILTER_STATUS}} aria-invalid="true"{{/ERR_FILTER_STATUS}}>
      <option value="">[[All open signals]]</option>
      {{#STATUS}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/STATUS}}
    </select>
  </div>
  <div class="field">
    <label for="filter-kind">[[Report or advice]]</label>
    <select id="filter-kind" name="kind"{{#ERR_FILTER_KIND}} aria-invalid="true"{{/ERR_FILTER_KIND}}>
      <option value="">[[Both]]</option>
      {{#KIND}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/KIND}}
    </select>
  </div>
  <div class="field">
    <label for="filter-channel">[[Came in by]]</label>
    <select id="filter-channel" name="channel"{{#ERR_FILTER_CHANNEL}} aria-invalid="true"{{/ERR_FILTER_CHANNEL}}>
      <option value="">[[Any way]]</option>
      {{#CHANNEL}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/CHANNEL}}
    </select>
  </div>
  <div class="field">
    <label for="filter-municipality">[[Municipality]]</label>
    <select id="filter-municipality" name="municipality"{{#ERR_FILTER_MUNICIPALITY}} aria-invalid="true"{{/ERR_FILTER_MUNICIPALITY}}>
      <option value="">[[All municipalities]]</option>
      {{#MUNICIPALITY}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/MUNICIPALITY}}
    </select>
  </div>
  <div class="field">
    <label for="filter-form">[[Form of exploitation]]</label>
    <select id="filter-form" name="form"{{#ERR_FILTER_FORM}} aria-invalid="true"{{/ERR_FILTER_FORM}}>
      <option value="">[[All forms]]</option>
      {{#FORM}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/FORM}}
    </select>
  </div>
  <div class="field">
    <label for="filter-assigned-to">[[Assigned to]]</label>
    <select id="filter-assigned-to" name="assigned_to"{{#ERR_FILTER_ASSIGNED_TO}} aria-invalid="true"{{/ERR_FILTER_ASSIGNED_TO}}>
      {{#ASSIGNED}}<option value="{{VALUE}}"{{#CHECKED}} selected{{/CHECKED}}>{{LABEL}}</option>
      {{/ASSIGNED}}
    </select>
  </div>
  <div class="field">
    <label for="filter-id">[[Signal number]]</label>
    <input type="text" id="filter-id" name="id" value="{{SEARCH_ID}}" class="short" inputmode="numeric" maxlength="19" autocomplete="off"{{#ERR_FILTER_ID}} aria-invalid="true"{{/ERR_FILTER_ID}}>
  </div>
  <div class="choice"><input type="checkbox" id="filter-overdue" name="overdue" value="true"{{#OVERDUE_CHECKED}} checked{{/OVERDUE_CHECKED}}>
    <label for="filter-overdue">[[Only overdue]]</label></div>
  <div class="choice"><input type="checkbox" id="filter-acute" name="acute" value="true"{{#ACUTE_CHECKED}} checked{{/ACUTE_CHECKED}}>
    <label for="filter-acute">[[Only acute]]</label></div>
  <button type="submit" class="button">[[Show]]</button>
  <a href="{{ACTION_URL}}">[[Clear the filters]]</a>
</form>
{{#EMPTY}}<p class="notice" role="status">[[No signals match these filters.]]</p>{{/EMPTY}}
{{#TABLE}}
<div class="table-wrap" role="region" aria-labelledby="queue-caption" tabindex="0">
<table class="queue">
  <caption id="queue-caption">[[Signals, the soonest deadline first]]</caption>
  <thead>
    <tr>
      <th scope="col">[[Number]]</th>
      <th scope="col">[[Received]]</th>
      <th scope="col">[[Kind]]</th>
      <th scope="col">[[Came in by]]</th>
      <th scope="col">[[Step in the route]]</th>
      <th scope="col">[[Deadline]]</th>
      <th scope="col">[[Time left]]</th>
      <th scope="col">[[Municipality]]</th>
      <th scope="col">[[Forms of exploitation]]</th>
      <th scope="col">[[Assigned to]]</th>
    </tr>
  </thead>
  <tbody>
  {{#ROW}}<tr{{#OVERDUE}} class="overdue"{{/OVERDUE}}>
      <th scope="row"><a href="{{URL}}">{{ID}}</a>{{#ACUTE}} <span class="badge badge-acute">[[Acute]]</span>{{/ACUTE}}</th>
      <td>{{RECEIVED}}</td>
      <td>{{KIND}}</td>
      <td>{{CHANNEL}}</td>
      <td>{{STATUS}}</td>
      <td class="deadline">{{DEADLINE}}{{#NO_DEADLINE}}[[No deadline]]{{/NO_DEADLINE}}</td>
      <td>{{#OVERDUE}}<span class="badge badge-overdue">[[Overdue]]</span>{{/OVERDUE}}{{#DAYS}}{{DAYS_LEFT}} [[working days left]]{{/DAYS}}{{#ONE_DAY}}[[1 working day left]]{{/ONE_DAY}}{{#HOURS}}{{HOURS_LEFT}} [[hours left]]{{/HOURS}}{{#LAST_HOUR}}[[Less than an hour left]]{{/LAST_HOUR}}{{#NO_DEADLINE}}-{{/NO_DEADLINE}}</td>
      <td>{{MUNICIPALITY}}</td>
      <td>{{FORMS}}</td>
      <td>{{#ASSIGNED}}{{NAME}}{{/ASSIGNED}}{{#UNASSIGNED}}[[Nobody yet]]{{/UNASSIGNED}}</td>
    </tr>
  {{/ROW}}
  </tbody>
</table>
</div>
{{#NEXT_PAGE}}<p><a href="{{URL}}" rel="next">[[Next page]]</a></p>{{/NEXT_PAGE}}
{{/TABLE}}
