// The English report form and mailbox in a browser with JavaScript switched ON.
//
// site.js shows only the parts of the form that apply: the contact fieldset
// (#contact-details) is hidden while "anonymous" is chosen and shown for
// "identified"; ticking only the "sexual" form hides the labour signals but
// keeps the general ones. Then an identified report with a name and e-mail
// address is sent, the receipt code opens /en/mailbox, which says "A report"
// and its status, and a message sent there appears in the thread.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, receiptPattern } from './server.mjs';
import { submitForm, openMailbox } from './pages.mjs';

const env = useServerAndBrowser({ before, after });

test('English report with JavaScript: parts show and hide, receipt, mailbox and a message', async () => {
  const context = await env.newContext({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    const scriptErrors = [];
    page.on('pageerror', (error) => scriptErrors.push(error.message));
    await page.goto(`${env.server.url}/en/report`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal((await page.locator('h1').textContent()).trim(), 'Report a suspicion of human trafficking');

    const contact = page.locator('#contact-details');
    const group = (name) => page.locator(`.signal-group[data-group=${name}]`);

    // Nothing chosen yet: no contact fields, every signal group.
    assert.ok(await contact.isHidden(), 'contact fields hidden before a choice');
    for (const name of ['general', 'sexual', 'labour', 'criminal', 'school']) {
      assert.ok(await group(name).isVisible(), `${name} signals shown while no form is chosen`);
    }

    await page.check('#anonymity-anonymous');
    assert.ok(await contact.isHidden(), 'contact fields hidden for anonymous');
    assert.equal(await contact.evaluate((element) => element.hidden), true);
    await page.check('#anonymity-identified');
    assert.ok(await contact.isVisible(), 'contact fields shown for identified');
    assert.ok(await page.isVisible('input[name=name]'));
    assert.ok(await page.isVisible('input[name=email]'));
    await page.check('#anonymity-anonymous');
    assert.ok(await contact.isHidden(), 'hidden again when going back to anonymous');

    await page.check('#form-sexual');
    assert.ok(await group('labour').isHidden(), 'labour signals hidden when only sexual is ticked');
    assert.ok(await group('criminal').isHidden(), 'criminal signals hidden when only sexual is ticked');
    assert.ok(await group('general').isVisible(), 'general signals always shown');
    assert.ok(await group('sexual').isVisible(), 'sexual signals shown for sexual');
    await page.check('#form-labour');
    assert.ok(await group('labour').isVisible(), 'labour signals back when labour is ticked');
    await page.uncheck('#form-labour');
    assert.ok(await group('labour').isHidden(), 'labour signals hidden again');

    // An identified report.
    await page.check('#role-resident');
    await page.check('#anonymity-identified');
    await page.fill('input[name=name]', 'Sanne de Vries');
    await page.fill('input[name=email]', 'sanne@example.nl');
    const description = 'Young women are driven to a flat on the Havenweg every night and picked up in the morning.';
    await page.fill('#description', description);
    await page.check('#signal-accompanied');
    await page.check('#signal-sexual_advertised');
    await page.selectOption('#municipality', { index: 1 });
    await page.check('#minors-unknown');
    const sent = await submitForm(page, 'form.signal-form button[type=submit]', '/en/report');
    if (sent.status() !== 200) assert.fail(`report refused (${sent.status()}): ${await page.locator('main').innerText()}`);
    assert.equal((await page.locator('h1').textContent()).trim(), 'Your report has been received');
    const receipt = (await page.locator('#receipt').textContent()).trim();
    assert.match(receipt, receiptPattern);

    // The mailbox button leads to the English mailbox.
    await Promise.all([page.waitForNavigation(), page.click('a.button[href="/en/mailbox"]')]);
    assert.equal(new URL(page.url()).pathname, '/en/mailbox');

    const login = await openMailbox(page, env.server.url, '/en/mailbox', receipt);
    assert.equal(login.status(), 200);
    assert.equal((await page.locator('dl.summary dt:text-is("What you sent") + dd').textContent()).trim(), 'A report');
    assert.equal((await page.locator('dl.summary dt:text-is("Status") + dd').textContent()).trim(),
      'Received, not picked up yet');
    assert.match(await page.locator('main').textContent(), /There are no messages yet/);

    const message = 'I also saw a man collecting money from them at the door.';
    await page.fill('textarea#body', message);
    const posted = await submitForm(page, 'form[action="/en/mailbox/message"] button[type=submit]', '/en/mailbox/message');
    assert.equal(posted.status(), 200);
    assert.match(await page.locator('.notice[role=status]').textContent(), /Your message has been sent/);
    const mine = page.locator('.message.from-reporter');
    assert.equal(await mine.count(), 1);
    assert.equal((await mine.locator('.message-body').innerText()).trim(), message);
    assert.match(await mine.locator('.message-meta').textContent(), /You/);
    assert.deepEqual(scriptErrors, [], 'no script errors');
  } finally {
    await context.close();
  }
});
