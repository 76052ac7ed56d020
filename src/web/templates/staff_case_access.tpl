{{%AUTOESCAPE context="HTML"}}
<h1>[[Case access]]</h1>
<p class="lead">[[Colleagues who work with cases need case access before they can read what is in a signal. Give it only to people who need it for their work.]]</p>
{{#GRANTED}}<div class="notice" role="status"><p>[[Case access given to]] <strong>{{USERNAME}}</strong>.</p></div>{{/GRANTED}}
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary" autofocus>
  <h2>[[Please check these points]]</h2>
  <ul>
  {{#ERROR}}<li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
  {{/ERROR}}
  </ul>
</div>
{{/ERRORS}}
{{#NO_KEY}}<p class="notice">[[You have no case access yourself, so you cannot give it.]]</p>{{/NO_KEY}}
{{#EMPTY}}<p class="notice" role="status">[[Everyone who works with cases has case access.]]</p>{{/EMPTY}}
{{#TABLE}}
<table class="queue">
  <caption>[[Colleagues without case access]]</caption>
  <thead>
    <tr>
      <th scope="col">[[Username]]</th>
      <th scope="col">[[Roles]]</th>
      <th scope="col">[[Give access]]</th>
    </tr>
  </thead>
  <tbody>
  {{#ROW}}<tr>
      <th scope="row">{{USERNAME}}</th>
      <td>{{ROLES}}</td>
      <td>{{#GRANT}}<form method="post" action="{{URL}}" class="inline-form">
        <input type="hidden" name="csrf" value="{{CSRF}}">
        <button type="submit" class="button" aria-label="[[Give case access to]] {{USERNAME}}">[[Give case access]]</button>
      </form>{{/GRANT}}</td>
    </tr>
  {{/ROW}}
  </tbody>
</table>
{{/TABLE}}
