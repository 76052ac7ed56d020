// The Dutch report form and mailbox in a browser with JavaScript switched OFF,
// as someone on a locked-down or very old phone would use them.
//
// 1. Sending /melden empty answers 400 and shows the form again with an error
//    summary (role="alert") that links to the fields, and a message at each
//    field. Filling it in properly (resident, anonymous, a description, labour
//    exploitation with a signal, postcode 8321, minors "yes") gives a receipt
//    page with a code like ABCD-EFGH-JKLM-NPQR-STUV. With that code typed in
//    lower case, /brievenbus opens the mailbox, which says "Een melding" and
//    the status; a message typed there shows up in the thread as the
//    reporter's own.
// 2. A form sent with a description but without "who are you" keeps what was
//    typed (the textarea and the other choices), and the error summary links
//    to #reporter-role.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, receiptPattern } from './server.mjs';
import { submitForm, fillAnonymousReport, openMailbox } from './pages.mjs';

const env = useServerAndBrowser({ before, after });

test('Dutch report without JavaScript: errors, receipt, mailbox and a message', async () => {
  const context = await env.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${env.server.url}/melden`);
    assert.ok(await page.isVisible('#contact-details'), 'without site.js the contact fields are not hidden');
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.equal((await page.locator('h1').textContent()).trim(), 'Een vermoeden van mensenhandel melden');

    // Empty form: 400 with a summary and field messages.
    const empty = await submitForm(page, 'form.signal-form button[type=submit]', '/melden');
    assert.equal(empty.status(), 400);
    const summary = page.locator('#error-summary[role=alert]');
    assert.equal(await summary.count(), 1, 'one error summary with role="alert"');
    const links = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const target of ['#reporter-role', '#reporter-anonymity', '#description', '#forms']) {
      assert.ok(links.includes(target), `summary links to ${target}; got ${links.join(', ')}`);
    }
    for (const id of ['reporter-role-error', 'reporter-anonymity-error', 'description-error', 'forms-error']) {
      const message = page.locator(`#${id}.field-error`);
      assert.equal(await message.count(), 1, `field message #${id}`);
      assert.ok((await message.textContent()).trim().length > 5, `#${id} has text`);
    }
    assert.equal(await page.getAttribute('#description', 'aria-invalid'), 'true');

    // Now properly filled in.
    const description = 'Bij de kwekerij aan de dijk slapen arbeiders in containers; de baas houdt hun paspoorten.';
    await fillAnonymousReport(page, description);
    const sent = await submitForm(page, 'form.signal-form button[type=submit]', '/melden');
    assert.equal(sent.status(), 200);
    const receipt = (await page.locator('#receipt').textContent()).trim();
    assert.match(receipt, receiptPattern);
    assert.equal(await page.locator('.error-summary').count(), 0);
    assert.equal((await page.locator('h1').textContent()).trim(), 'We hebben je melding ontvangen');
    assert.equal(await page.getAttribute('a.button', 'href'), '/brievenbus');

    // Mailbox, code typed in lower case.
    const login = await openMailbox(page, env.server.url, '/brievenbus', receipt.toLowerCase());
    assert.equal(login.status(), 200);
    assert.equal((await page.locator('dl.summary dt:text-is("Wat je stuurde") + dd').textContent()).trim(), 'Een melding');
    const status = (await page.locator('dl.summary dt:text-is("Stand van zaken") + dd').textContent()).trim();
    assert.equal(status, 'Ontvangen, nog niet opgepakt');
    await page.click('details.original > summary');
    assert.equal((await page.locator('details.original .message-body').innerText()).trim(), description,
      'what was sent can be read back');
    assert.equal(await page.locator('.message').count(), 0, 'no messages yet');

    // Add a message.
    const message = 'Vanavond stonden er weer twee busjes met nieuwe mensen.\nDe bestuurder sprak Pools.';
    await page.fill('textarea#body', message);
    const posted = await submitForm(page, 'form[action="/brievenbus/bericht"] button[type=submit]', '/brievenbus/bericht');
    assert.equal(posted.status(), 200);
    assert.match(await page.locator('.notice[role=status]').textContent(), /Je bericht is verstuurd/);
    const mine = page.locator('.message.from-reporter');
    assert.equal(await mine.count(), 1);
    assert.equal((await mine.locator('.message-body').innerText()).trim(), message);
    assert.equal(await page.inputValue('textarea#body'), '', 'the message box is empty again');
  } finally {
    await context.close();
  }
});

test('a form with a wrong field keeps everything that was typed', async () => {
  const context = await env.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${env.server.url}/melden`);
    const typed = 'Ik zag <b>iets</b> & "vreemds" bij de kapsalon aan de Markt.';
    await page.fill('#description', typed);
    await page.check('#anonymity-anonymous');
    await page.check('#form-criminal');
    await page.check('#signal-criminal_truancy');
    await page.fill('#postcode', '8321');
    const response = await submitForm(page, 'form.signal-form button[type=submit]', '/melden');
    assert.equal(response.status(), 400);

    assert.equal(await page.inputValue('#description'), typed, 'the textarea still holds the typed text');
    const links = await page.locator('#error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, ['#reporter-role'], 'the only error is the missing role');
    assert.equal(await page.locator('#reporter-role').count(), 1, 'the link target exists');
    assert.equal(await page.locator('#reporter-role-error').count(), 1);
    assert.ok(await page.isChecked('#anonymity-anonymous'));
    assert.ok(await page.isChecked('#form-criminal'));
    assert.ok(await page.isChecked('#signal-criminal_truancy'));
    assert.equal(await page.inputValue('#postcode'), '8321');
    assert.equal(await page.locator('input[name=role]:checked').count(), 0);
  } finally {
    await context.close();
  }
});
