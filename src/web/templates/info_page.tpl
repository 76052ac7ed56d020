{{%AUTOESCAPE context="HTML"}}
<article class="info-page">
{{CONTENT:none}}
</article>
<aside class="next-steps" aria-label="[[What you can do]]">
  <p><a class="button" href="{{REPORT_URL}}">[[Report a suspicion]]</a> <a class="button secondary" href="{{ADVICE_URL}}">[[Ask for advice]]</a></p>
</aside>
