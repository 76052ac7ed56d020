{{%AUTOESCAPE context="HTML"}}
{{#ACUTE}}<div class="acute-box" role="alert">
  <p><strong>[[You said someone is in danger right now. Call 112 now if you have not done so yet.]]</strong></p>
</div>{{/ACUTE}}
<h1>{{#IS_REPORT}}[[Your report has been received]]{{/IS_REPORT}}{{#IS_ADVICE}}[[Your advice question has been received]]{{/IS_ADVICE}}</h1>
<div class="receipt-box">
  <p>[[Your receipt code:]]</p>
  <p class="receipt" id="receipt" aria-label="[[Receipt code]]">{{RECEIPT}}</p>
  <p><strong>[[Write this code down now. We show it only once and cannot look it up for you.]]</strong></p>
  <p>[[On a phone that others may check, write it on paper instead of saving it in the phone.]]</p>
</div>
<h2>[[What happens next?]]</h2>
{{#IS_REPORT}}<ul>
  <li>[[A staff member reads your report. If someone is in danger, we act at once.]]</li>
  <li>[[Within 5 working days we assess how safe the people involved are.]]</li>
  <li>[[We may leave a question for you in your mailbox. Check it in a few days with your receipt code.]]</li>
</ul>{{/IS_REPORT}}
{{#IS_ADVICE}}<ul>
  <li>[[A staff member reads your question and answers in your mailbox.]]</li>
  <li>[[Check your mailbox in a few days with your receipt code.]]</li>
  <li>[[If you would rather talk, call 088 2220500, day and night.]]</li>
</ul>{{/IS_ADVICE}}
<p><a class="button" href="{{MAILBOX_URL}}">[[To the mailbox]]</a></p>
