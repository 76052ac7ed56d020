{{%AUTOESCAPE context="HTML"}}
<h1>[[My password]]</h1>
{{#MUST_CHANGE}}<div class="notice" role="status"><p>[[You signed in with a one-time password. Choose your own password before you go on.]]</p></div>{{/MUST_CHANGE}}
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary" autofocus>
  <h2>[[Please check these points]]</h2>
  <ul>
  {{#ERROR}}<li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
  {{/ERROR}}
  </ul>
</div>
{{/ERRORS}}
<h2>[[Change your password]]</h2>
<form method="post" action="{{ACTION_URL}}" class="staff-form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field">
    <label for="password">[[Your current password]]</label>
    {{#ERR_PASSWORD}}<p class="field-error" id="password-error">{{MESSAGE}}</p>{{/ERR_PASSWORD}}
    <input type="password" id="password" name="password" maxlength="256" autocomplete="current-password" required{{#NO_ERRORS}} autofocus{{/NO_ERRORS}}{{#ERR_PASSWORD}} aria-invalid="true" aria-describedby="password-error"{{/ERR_PASSWORD}}>
  </div>
  <div class="field">
    <label for="new-password">[[Your new password]]</label>
    <p class="hint" id="new-password-hint">[[At least 12 characters. A few words in a row are easy to remember and hard to guess.]]</p>
    {{#ERR_NEW_PASSWORD}}<p class="field-error" id="new-password-error">{{MESSAGE}}</p>{{/ERR_NEW_PASSWORD}}
    <input type="password" id="new-password" name="new_password" maxlength="256" autocomplete="new-password" aria-describedby="new-password-hint{{#ERR_NEW_PASSWORD}} new-password-error{{/ERR_NEW_PASSWORD}}" required{{#ERR_NEW_PASSWORD}} aria-invalid="true"{{/ERR_NEW_PASSWORD}}>
  </div>
  <div class="field">
    <label for="new-password-repeat">[[Your new password again]]</label>
    {{#ERR_NEW_PASSWORD_REPEAT}}<p class="field-error" id="new-password-repeat-error">{{MESSAGE}}</p>{{/ERR_NEW_PASSWORD_REPEAT}}
    <input type="password" id="new-password-repeat" name="new_password_repeat" maxlength="256" autocomplete="new-password" required{{#ERR_NEW_PASSWORD_REPEAT}} aria-invalid="true" aria-describedby="new-password-repeat-error"{{/ERR_NEW_PASSWORD_REPEAT}}>
  </div>
  <div class="field">
    <label for="totp">[[Code from your code app]]</label>
    <p class="hint" id="totp-hint">[[The 6 digits that your code app shows now.]]</p>
    {{#ERR_TOTP}}<p class="field-error" id="totp-error">{{MESSAGE}}</p>{{/ERR_TOTP}}
    <input type="text" id="totp" name="totp" class="short" maxlength="6" inputmode="numeric" autocomplete="one-time-code" aria-describedby="totp-hint{{#ERR_TOTP}} totp-error{{/ERR_TOTP}}" required{{#ERR_TOTP}} aria-invalid="true"{{/ERR_TOTP}}>
  </div>
  <button type="submit" class="button">[[Save new password]]</button>
</form>
<h2>[[Sign out everywhere]]</h2>
<p>[[Did you leave yourself signed in on another computer, or do you think someone else uses your account? Sign out on every computer at once.]]</p>
<form method="post" action="{{LOGOUT_EVERYWHERE_URL}}" class="staff-form">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <button type="submit" class="button secondary">[[Sign out everywhere]]</button>
</form>
