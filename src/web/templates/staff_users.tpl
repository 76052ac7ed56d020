{{%AUTOESCAPE context="HTML"}}
<h1>[[Accounts]]</h1>
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>[[Please check these points]]</h2>
  <ul>
  {{#ERROR}}<li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
  {{/ERROR}}
  </ul>
</div>
{{/ERRORS}}
{{#TABLE}}
<div class="table-wrap" role="region" aria-labelledby="users-caption" tabindex="0">
<table class="queue">
  <caption id="users-caption">[[All staff accounts]]</caption>
  <thead>
    <tr>
      <th scope="col">[[Username]]</th>
      <th scope="col">[[Roles]]</th>
      <th scope="col">[[Account status]]</th>
      <th scope="col">[[Case access]]</th>
      <th scope="col">[[Must choose a new password]]</th>
      <th scope="col">[[Code app set up]]</th>
    </tr>
  </thead>
  <tbody>
  {{#ROW}}<tr>
      <th scope="row">{{USERNAME}}</th>
      <td>{{ROLES}}</td>
      <td>{{#ACTIVE}}[[Active]]{{/ACTIVE}}{{#DISABLED}}<span class="badge">[[Disabled]]</span>{{/DISABLED}}{{#LOCKED}}<span class="badge">[[Locked until]] {{UNTIL}}</span>{{/LOCKED}}</td>
      <td>{{CASE_ACCESS}}</td>
      <td>{{MUST_CHANGE}}</td>
      <td>{{CODE_APP}}</td>
    </tr>
  {{/ROW}}
  </tbody>
</table>
</div>
{{/TABLE}}
<p class="hint">[[Accounts are made, changed and disabled with the meldpunt command on the server.]]</p>
