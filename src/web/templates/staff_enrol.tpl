{{%AUTOESCAPE context="HTML"}}
<h1>[[Set up your account]]</h1>
{{#ERRORS}}
<div class="error-summary" role="alert" tabindex="-1" id="error-summary" autofocus>
  <h2>[[Please check these points]]</h2>
  <ul>
  {{#ERROR}}<li><a href="#{{FIELD_ID}}">{{MESSAGE}}</a></li>
  {{/ERROR}}
  </ul>
</div>
{{/ERRORS}}
{{#STEP_ONE}}
<p class="lead">[[Step 1 of 2. Fill in your username and the one-time password you were given.]]</p>
<form method="post" action="{{ACTION_URL}}" class="staff-form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="step" value="start">
  <div class="field">
    <label for="username">[[Username]]</label>
    <input type="text" id="username" name="username" value="{{USERNAME}}" maxlength="64" autocomplete="username" autocapitalize="none" spellcheck="false" required{{#NO_ERRORS}} autofocus{{/NO_ERRORS}}{{#ERR_USERNAME}} aria-invalid="true"{{/ERR_USERNAME}}>
  </div>
  <div class="field">
    <label for="password">[[One-time password]]</label>
    <input type="password" id="password" name="password" maxlength="256" autocomplete="current-password" required>
  </div>
  <button type="submit" class="button">[[Next step]]</button>
</form>
<p>[[Already set up?]] <a href="{{LOGIN_URL}}">[[Sign in]]</a></p>
{{/STEP_ONE}}
{{#STEP_TWO}}
<p class="lead">[[Step 2 of 2. Set up your code app, then choose your own password.]]</p>
<h2>[[Set up your code app]]</h2>
<ol>
  <li>[[Open the code app on your work phone, for example FreeOTP or another authenticator app.]]</li>
  <li>[[Add an account and scan this QR code.]]</li>
  <li>[[Or type in the key below by hand.]]</li>
</ol>
<div class="qr">{{QR_SVG:none}}</div>
<p>[[Key to type in:]] <code class="receipt-code" id="totp-secret">{{SECRET}}</code></p>
<p class="hint">[[Nobody else may see this key. Do not write it down and do not make a photo of it.]]</p>
<form method="post" action="{{ACTION_URL}}" class="staff-form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="step" value="finish">
  <input type="hidden" name="username" value="{{USERNAME}}">
  <input type="hidden" name="password" value="{{PASSWORD}}">
  <div class="field">
    <label for="totp">[[Code from your code app]]</label>
    <p class="hint" id="totp-hint">[[The 6 digits that your code app shows now.]]</p>
    {{#ERR_TOTP}}<p class="field-error" id="totp-error">{{MESSAGE}}</p>{{/ERR_TOTP}}
    <input type="text" id="totp" name="totp" class="short" maxlength="6" inputmode="numeric" autocomplete="one-time-code" aria-describedby="totp-hint{{#ERR_TOTP}} totp-error{{/ERR_TOTP}}" required{{#NO_ERRORS}} autofocus{{/NO_ERRORS}}{{#ERR_TOTP}} aria-invalid="true"{{/ERR_TOTP}}>
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
  <button type="submit" class="button">[[Save and sign in]]</button>
</form>
{{/STEP_TWO}}
