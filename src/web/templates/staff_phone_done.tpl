{{%AUTOESCAPE context="HTML"}}
<h1>[[The call is registered]]</h1>
{{#ACUTE}}<div class="acute-box" role="alert">
  <p><strong>[[Acute danger: act now. Make sure 112 or the police is called, if that has not happened yet.]]</strong></p>
</div>{{/ACUTE}}
<p>[[Signal number:]] <strong id="signal-number">{{ID}}</strong></p>
<div class="receipt-box">
  <p>[[Read this receipt code out to the caller:]]</p>
  <p class="receipt-code" id="receipt">{{RECEIPT}}</p>
  <p>[[With this code the caller can follow up in the mailbox on our website:]] <strong>{{MAILBOX_URL}}</strong></p>
  <p>[[This code is shown only once. Nobody can look it up later.]]</p>
</div>
<p><a href="{{SIGNAL_URL}}">[[Open the signal]]</a></p>
<p><a class="button" id="next-call" href="{{PHONE_URL}}">[[Register the next call]]</a></p>
