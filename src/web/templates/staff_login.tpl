{{%AUTOESCAPE context="HTML"}}
<h1>[[Sign in]]</h1>
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary" autofocus>
  <h2>[[Please check these points]]</h2>
  <ul>
  {{#ERROR}}<li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
  {{/ERROR}}
  </ul>
</div>
{{/ERRORS}}
<form method="post" action="{{ACTION_URL}}" class="staff-form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="next" value="{{NEXT}}">
  <div class="field">
    <label for="username">[[Username]]</label>
    <input type="text" id="username" name="username" value="{{USERNAME}}" maxlength="64" autocomplete="username" autocapitalize="none" spellcheck="false" required{{#NO_ERRORS}} autofocus{{/NO_ERRORS}}{{#ERR_USERNAME}} aria-invalid="true"{{/ERR_USERNAME}}>
  </div>
  <div class="field">
    <label for="password">[[Password]]</label>
    <input type="password" id="password" name="password" maxlength="256" autocomplete="current-password" required>
  </div>
  <div class="field">
    <label for="totp">[[Code from your code app]]</label>
    <p class="hint" id="totp-hint">[[The 6 digits that your code app shows now.]]</p>
    <input type="text" id="totp" name="totp" class="short" maxlength="6" inputmode="numeric" autocomplete="one-time-code" aria-describedby="totp-hint" required>
  </div>
  <button type="submit" class="button">[[Sign in]]</button>
</form>
<p>[[Is this your first time? Then first set up your account with the one-time password you were given.]] <a href="{{ENROL_URL}}">[[Set up your account]]</a></p>
