// Accessibility: axe-core (WCAG 2.0 and 2.1, levels A and AA) on every public
// page in Dutch and English, and on the pages a reporter sees along the way:
// the form showing its errors, the receipt page, the mailbox login showing an
// error, the open mailbox, the mailbox after sending a message, and the
// "page not found" page. A test fails on any violation whose impact is
// "serious" or "critical", and prints the rule, the page and the elements.
//
// The site's Content-Security-Policy forbids inline scripts, so these contexts
// are created with bypassCSP: true to let axe be injected; site.js runs as
// usual, so the pages are checked as a visitor with JavaScript sees them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './server.mjs';
import { withAxeContext, assertAccessible } from './axe.mjs';
import { dutchPages, englishPages, submitForm, reportAndGetReceipt, openMailbox } from './pages.mjs';


const env = useServerAndBrowser({ before, after });

for (const path of [...dutchPages, ...englishPages]) {
  test(`axe: ${path}`, () => withAxeContext(env, async (page) => {
    const response = await page.goto(`${env.server.url}${path}`);
    assert.equal(response.status(), 200, path);
    await assertAccessible(page, path);
  }));
}

test('axe: the report form showing its errors (/melden and /en/report)', () => withAxeContext(env, async (page) => {
  for (const path of ['/melden', '/en/report']) {
    await page.goto(`${env.server.url}${path}`);
    await page.fill('#description', 'Alleen een beschrijving.');
    const response = await submitForm(page, 'form.signal-form button[type=submit]', path);
    assert.equal(response.status(), 400);
    assert.equal(await page.locator('#error-summary').count(), 1);
    await assertAccessible(page, `${path} with errors`);
  }
}));

test('axe: the receipt page and the open mailbox, before and after a message', () => withAxeContext(env, async (page) => {
  const receipt = await reportAndGetReceipt(page, env.server.url);
  await assertAccessible(page, 'receipt page (/melden sent)');

  const login = await openMailbox(page, env.server.url, '/brievenbus', receipt);
  assert.equal(login.status(), 200);
  await assertAccessible(page, 'open mailbox (/brievenbus)');

  await page.fill('textarea#body', 'Nog een aanvulling.');
  const sent = await submitForm(page, 'form[action="/brievenbus/bericht"] button[type=submit]', '/brievenbus/bericht');
  assert.equal(sent.status(), 200);
  assert.equal(await page.locator('.message.from-reporter').count(), 1);
  await assertAccessible(page, 'open mailbox with a message (/brievenbus/bericht)');

  const english = await openMailbox(page, env.server.url, '/en/mailbox', receipt);
  assert.equal(english.status(), 200);
  await assertAccessible(page, 'open mailbox (/en/mailbox)');
}));

test('axe: the mailbox login showing an error', () => withAxeContext(env, async (page) => {
  for (const path of ['/brievenbus', '/en/mailbox']) {
    const response = await openMailbox(page, env.server.url, path, 'AAAA-BBBB-CCCC-DDDD-EEEE');
    assert.equal(response.status(), 401);
    assert.equal(await page.locator('#error-summary[role=alert]').count(), 1);
    assert.equal(await page.getAttribute('input#receipt', 'aria-invalid'), 'true');
    await assertAccessible(page, `${path} login with an error`);
  }
}));

test('axe: page not found', () => withAxeContext(env, async (page) => {
  for (const path of ['/bestaat-niet', '/en/does-not-exist']) {
    const response = await page.goto(`${env.server.url}${path}`);
    assert.equal(response.status(), 404);
    await assertAccessible(page, `${path} (404)`);
  }
}));
