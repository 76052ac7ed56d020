{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>{{TITLE}} - [[Meldpunt staff]]</title>
<link rel="stylesheet" href="/static/site.css">
<link rel="stylesheet" href="/static/staff.css">
</head>
<body class="staff">
<a class="skip-link" href="#main">[[Skip to content]]</a>
<header class="staff-header">
  <a class="site-name" href="{{HOME_URL}}">[[Meldpunt staff]]</a>
  {{#SIGNED_IN}}<p class="staff-user">[[Signed in as]] <strong>{{USERNAME}}</strong> ({{ROLES}})</p>{{/SIGNED_IN}}
  <a class="language-switch" href="{{ALTERNATE_URL}}" lang="{{ALTERNATE_LANG}}" hreflang="{{ALTERNATE_LANG}}">{{ALTERNATE_LABEL}}</a>
</header>
{{#SIGNED_IN}}
<nav class="site-nav" aria-label="[[Staff menu]]">
  <ul>
  {{#NAV_ITEM}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>
  {{/NAV_ITEM}}
  <li><form method="post" action="{{LOGOUT_URL}}" class="inline-form"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="link-button">[[Sign out]]</button></form></li>
  </ul>
</nav>
{{/SIGNED_IN}}
<main id="main" tabindex="-1">
{{BODY:none}}
</main>
</body>
</html>
