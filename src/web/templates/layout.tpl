{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{{TITLE}} - [[Human trafficking advice and report point Flevoland]]</title>
<link rel="stylesheet" href="/static/site.css">
<script src="/static/site.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">[[Skip to content]]</a>
<aside class="quick-exit-bar" aria-label="[[Quick exit]]">
  <a class="quick-exit" id="quick-exit" href="{{QUICK_EXIT_URL}}" rel="noreferrer">[[Quick exit]] <span class="quick-exit-hint">[[leave this site at once]]</span></a>
</aside>
<header class="site-header">
  <a class="site-name" href="{{HOME_URL}}">[[Human trafficking advice and report point Flevoland]]</a>
  <p class="site-owner">[[Part of Veilig Thuis Flevoland]]</p>
  <a class="language-switch" href="{{ALTERNATE_URL}}" lang="{{ALTERNATE_LANG}}" hreflang="{{ALTERNATE_LANG}}">{{ALTERNATE_LABEL}}</a>
</header>
<nav class="site-nav" aria-label="[[Main menu]]">
  <ul>
  {{#NAV_ITEM}}<li><a href="{{URL}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>
  {{/NAV_ITEM}}
  </ul>
</nav>
<main id="main" tabindex="-1">
{{BODY:none}}
</main>
<footer class="site-footer">
  <p><strong>[[Call us day and night:]]</strong> <a href="tel:0882220500">088 2220500</a>. [[In acute danger, call 112.]]</p>
  <p>[[Anonymous crime tips: Meld Misdaad Anoniem]] <a href="tel:08007000">0800-7000</a>.</p>
  <p><a href="{{PRIVACY_URL}}">[[Privacy: what we store]]</a></p>
</footer>
</body>
</html>
