// Accessibility of the staff back-office: axe-core (WCAG 2.0 and 2.1, levels
// A and AA), as accessibility.test.mjs runs it, on the staff pages in Dutch
// and English: the login page (empty and with an error), the enrolment page
// (both steps), the queue (with overdue demo signals), the phone intake (empty
// and showing its errors), the page saying the call is registered, a signal
// page with persons, referrals, a message and a log entry (and the same page
// after a lost save, with the conflict notice), the audit log as an auditor
// sees it, the chat's opening hours (administrator: with a closure, and with
// errors) and the chat answers (coordinator: with an answer, and with errors).
// A test fails on any "serious" or "critical" violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './server.mjs';
import { withAxeContext, assertAccessible } from './axe.mjs';
import { postJson, validSignal } from '../support/server.mjs';
import { addStaff, api, signIn, runCli, signInPage, staffPath } from './staff_pages.mjs';

const languages = ['nl', 'en'];

const env = useServerAndBrowser({
  before,
  after,
  prepare(dataDir) {
    // Enough signals for a full queue page, some of them overdue.
    const made = runCli(['demo-data', '--signals', '120', '--seed', '3', '--data', dataDir]);
    if (made.code !== 0) throw new Error(`demo-data failed (${made.code}): ${made.stderr}`);
  },
});

async function open(page, path, status = 200) {
  const response = await page.goto(`${env.server.url}${path}`);
  assert.equal(response.status(), status, `${path}: ${response.status()}`);
}

async function submit(page, selector) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.waitForNavigation({ waitUntil: 'load' }),
    page.click(selector),
  ]);
  return response;
}

test('axe: staff login and enrolment, empty and with an error', () => withAxeContext(env, async (page) => {
  // An account with a one-time password, for the second enrolment step.
  const added = runCli(['user', 'add', '--data', env.server.dataDir, '--username', 'nieuweling', '--role', 'caseworker']);
  assert.equal(added.code, 0, added.stderr);
  const oneTime = added.stdout.match(/^password: (\S+)$/m)[1];

  for (const lang of languages) {
    await open(page, staffPath(lang, '/login'));
    await assertAccessible(page, `${lang} login`);
    await page.fill('#username', 'nobody-here');
    await page.fill('#password', 'not the password at all');
    await page.fill('#totp', '000000');
    assert.equal((await submit(page, 'form.staff-form button[type=submit]')).status(), 400);
    assert.equal(await page.locator('#error-summary[role=alert]').count(), 1);
    await assertAccessible(page, `${lang} login with an error`);

    await open(page, staffPath(lang, '/enrol'));
    await assertAccessible(page, `${lang} enrolment step 1`);
    await page.fill('#username', 'nieuweling');
    await page.fill('#password', oneTime);
    assert.equal((await submit(page, 'form.staff-form button[type=submit]')).status(), 200);
    assert.equal(await page.locator('#totp-secret').count(), 1, 'step 2 shows the key');
    await assertAccessible(page, `${lang} enrolment step 2`);
    // Step 2 with two different new passwords.
    await page.fill('#totp', '000000');
    await page.fill('#new-password', 'een lang nieuw wachtwoord');
    await page.fill('#new-password-repeat', 'een ander nieuw wachtwoord');
    assert.equal((await submit(page, 'form.staff-form button[type=submit]')).status(), 400);
    await assertAccessible(page, `${lang} enrolment step 2 with an error`);
  }
}));

test('axe: queue, phone intake and a full signal page (coordinator)', () => withAxeContext(env, async (page) => {
  const coordinator = addStaff(env.server.dataDir, ['coordinator']);
  const token = await signIn(env.server.origin, coordinator);
  await signInPage(page, env.server.url, coordinator, 'nl');

  // A signal with a person, a referral, a message each way and a log entry.
  const created = await postJson(`${env.server.url}/api/v1/signals`, validSignal());
  assert.equal(created.status, 201);
  const login = await postJson(`${env.server.url}/api/v1/mailbox/login`, { receipt: created.json.receipt });
  assert.equal(login.status, 200, login.text);
  let newest = 0;
  for (let after = null, first = true; first || after; first = false) {
    const listed = await api(env.server.origin, token, 'GET', `/api/v1/signals?limit=200${after ? `&after=${encodeURIComponent(after)}` : ''}`);
    for (const signal of listed.json.signals) newest = Math.max(newest, signal.id);
    after = listed.json.next;
  }
  const id = newest;
  const calls = [
    ['POST', `/api/v1/signals/${id}/persons`, { role: 'victim', age: 17, age_estimated: true, gender: 'female', nationality: 'RO' }],
    ['POST', `/api/v1/signals/${id}/persons`, { role: 'suspect' }],
    ['POST', `/api/v1/signals/${id}/referrals`, { partner: 'labour_inspectorate' }],
    ['POST', `/api/v1/signals/${id}/messages`, { body: 'Dank je wel. Weet je ook de naam van het bedrijf?' }],
    ['POST', `/api/v1/signals/${id}/log`, { kind: 'call', body: 'Teruggebeld met de huisarts.' }],
  ];
  for (const [method, path, body] of calls) {
    const answer = await api(env.server.origin, token, method, path, body);
    assert.ok(answer.status === 200 || answer.status === 201, `${path}: ${answer.status} ${answer.text}`);
  }

  for (const lang of languages) {
    await open(page, staffPath(lang));
    assert.ok(await page.locator('table.queue tbody tr').count() > 10);
    await assertAccessible(page, `${lang} queue`);
    await open(page, staffPath(lang, '?overdue=true'));
    assert.ok(await page.locator('table.queue tbody tr.overdue').count() > 0, 'overdue rows are shown');
    await assertAccessible(page, `${lang} queue, overdue only`);
    await open(page, staffPath(lang, '?id=abc'), 400);
    await assertAccessible(page, `${lang} queue with a filter error`);

    await open(page, staffPath(lang, '/phone'));
    await assertAccessible(page, `${lang} phone intake`);
    await page.fill('#postcode', '99');
    await page.fill('#reporter-email', 'geen e-mailadres');
    await page.check('#anonymity-identified');
    assert.equal((await submit(page, 'form.phone-form button[type=submit]')).status(), 400);
    assert.equal(await page.locator('#error-summary[role=alert]').count(), 1);
    await assertAccessible(page, `${lang} phone intake with errors`);

    await open(page, staffPath(lang, `/signals/${id}`));
    assert.equal(await page.locator('#persons table tbody tr').count(), 2);
    assert.equal(await page.locator('#referrals table tbody tr').count(), 1);
    assert.equal(await page.locator('#mailbox ol.thread > li').count(), 1);
    await assertAccessible(page, `${lang} signal page`);
    // A form that fails: the page again with the message at the form.
    await page.fill('#person-nationality', 'XX');
    assert.equal((await submit(page, '#persons form[action$="/persons"] button[type=submit]')).status(), 400);
    await assertAccessible(page, `${lang} signal page with a form error`);
  }

  // The registration page after a call, and the conflict notice after a lost save.
  await open(page, staffPath('en', '/phone'));
  await page.check('#kind-report');
  await page.fill('#description', 'Een beller ziet elke ochtend een busje met arbeiders.');
  await page.check('#form-labour');
  await page.check('#role-resident');
  assert.equal((await submit(page, 'form.phone-form button[type=submit]')).status(), 200);
  await assertAccessible(page, 'en call registered');

  await open(page, staffPath('nl', `/signals/${id}`));
  const version = Number(await page.inputValue('form.edit-form input[name=version]'));
  const detail = await api(env.server.origin, token, 'PATCH', `/api/v1/signals/${id}`, { version, scope: 'domestic' });
  assert.equal(detail.status, 200, detail.text);
  await page.check('#edit-minors-yes');
  assert.equal((await submit(page, 'form.edit-form button[type=submit]')).status(), 409);
  assert.equal(await page.locator('#conflict').count(), 1);
  await assertAccessible(page, 'nl signal page with the conflict notice');
}));

test('axe: the audit log (auditor)', () => withAxeContext(env, async (page) => {
  const auditor = addStaff(env.server.dataDir, ['auditor'], { caseAccess: false });
  await signInPage(page, env.server.url, auditor, 'en');
  assert.equal(new URL(page.url()).pathname, '/en/staff/audit', 'an auditor starts at the audit log');
  for (const lang of languages) {
    await open(page, staffPath(lang, '/audit'));
    assert.ok(await page.locator('table.queue tbody tr').count() > 0);
    await assertAccessible(page, `${lang} audit log`);
    await open(page, staffPath(lang, '/audit?actor=niemand'), 400);
    await assertAccessible(page, `${lang} audit log with a filter error`);
  }
}));

test('axe: the chat opening hours (admin)', () => withAxeContext(env, async (page) => {
  const admin = addStaff(env.server.dataDir, ['admin'], { caseAccess: false });
  await signInPage(page, env.server.url, admin, 'nl');
  const closures = { nl: ['2030-06-03', 'Studiedag'], en: ['2030-06-04', 'Training day'] };
  for (const lang of languages) {
    await open(page, staffPath(lang, '/chat/hours'));
    await assertAccessible(page, `${lang} chat opening hours`);
    await page.fill('#closure-date', closures[lang][0]);
    await page.fill('#closure-label', closures[lang][1]);
    assert.equal((await submit(page, 'form[action$="/chat/hours/closures"] button[type=submit]')).status(), 303);
    assert.ok(await page.locator('form[action$="/remove"]').count() > 0, 'the closure is listed');
    await assertAccessible(page, `${lang} chat opening hours with a closure`);
    await page.fill('#hours-monday-1', '25:00');
    await page.fill('#hours-tuesday-2', '10:00');
    assert.equal((await submit(page, 'form.hours-form button[type=submit]')).status(), 400);
    assert.equal(await page.locator('#error-summary[role=alert]').count(), 1);
    await assertAccessible(page, `${lang} chat opening hours with errors`);
  }
}));

test('axe: the chat answers (coordinator)', () => withAxeContext(env, async (page) => {
  const coordinator = addStaff(env.server.dataDir, ['coordinator']);
  await signInPage(page, env.server.url, coordinator, 'en');
  for (const lang of languages) {
    await open(page, staffPath(lang, '/chat/answers'));
    await assertAccessible(page, `${lang} chat answers`);
    await page.fill('#new-title', lang === 'nl' ? 'Welkom' : 'Welcome');
    await page.fill('#new-body', lang === 'nl' ? 'Fijn dat je er bent.' : 'Good that you are here.');
    assert.equal((await submit(page, 'form[action$="/chat/answers"] button[type=submit]')).status(), 303);
    assert.ok(await page.locator('ol.answers > li').count() > 0, 'the answer is listed');
    await assertAccessible(page, `${lang} chat answers with an answer`);
    await page.fill('#new-title', '');
    await page.fill('#new-body', '');
    assert.equal((await submit(page, 'form[action$="/chat/answers"] button[type=submit]')).status(), 400);
    assert.equal(await page.locator('#error-summary[role=alert]').count(), 1);
    await assertAccessible(page, `${lang} chat answers with errors`);
  }
}));
