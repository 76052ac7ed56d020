{{%AUTOESCAPE context="HTML"}}
<h1>[[Worried about human trafficking? We are here to help.]]</h1>
<div class="acute-box" role="note">
  <p><strong>[[Is someone in danger right now? Call 112.]]</strong></p>
</div>
<section class="contact-options" aria-labelledby="contact-heading">
  <h2 id="contact-heading">[[Talk to us]]</h2>
  <ul class="cards">
    <li class="card">
      <h3>[[Phone, 24 hours a day, 7 days a week]]</h3>
      <p class="big-number"><a href="tel:0882220500">088 2220500</a></p>
      <p>[[You can stay anonymous. We help you think and decide what to do.]]</p>
    </li>
    <li class="card">
      <h3>[[Chat]]</h3>
      <p id="chat-availability">{{CHAT_AVAILABILITY}}</p>
      <p><a class="button secondary" href="{{CHAT_URL}}">[[Go to the chat]]</a></p>
      <p>[[A chat is always anonymous.]]</p>
    </li>
    <li class="card">
      <h3>[[Web form, always open]]</h3>
      <p><a class="button" href="{{REPORT_URL}}">[[Report a suspicion]]</a></p>
      <p><a class="button secondary" href="{{ADVICE_URL}}">[[Ask for advice]]</a></p>
      <p><a href="{{MAILBOX_URL}}">[[Already sent something? Open your mailbox with your receipt code.]]</a></p>
    </li>
  </ul>
</section>
<section aria-labelledby="about-heading">
  <h2 id="about-heading">[[What is human trafficking?]]</h2>
  <p>[[Human trafficking means that someone is forced or tricked into work, sex or crime, so that others make money from them. It happens in Flevoland too, also to young people.]]</p>
  <ul>
  {{#INFO_LINK}}<li><a href="{{URL}}">{{LABEL}}</a></li>
  {{/INFO_LINK}}
  </ul>
</section>
<section aria-labelledby="advice-report-heading">
  <h2 id="advice-report-heading">[[Advice or report?]]</h2>
  <p>[[Ask for advice when you are not sure and want to think it through. You stay responsible, and the situation stays anonymous.]]</p>
  <p>[[Make a report when you want us to take action. Then we take over the responsibility for safety.]]</p>
</section>
