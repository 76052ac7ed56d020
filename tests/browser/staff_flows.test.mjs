// The staff back-office in a real browser, against a real server whose data
// folder was first filled with `meldpunt demo-data --signals 300 --seed 3`
// (three years of made-up signals, some open and past their deadline).
// Every journey uses its own accounts (made with `meldpunt user add`), so no
// account signs in more often than its TOTP codes allow.
//
// 1. An intake worker signs in and registers a phone call with the keyboard
//    only (focus starts in the form; Tab, arrows, Space, typing, Enter), reads
//    the signal number and the receipt for the caller, and finds the signal in
//    the queue (search by number) with a deadline that has not passed.
// 2. A coordinator assigns a reported signal to a caseworker on the signal
//    page; the caseworker moves it to safety assessment, records the outcome in
//    the edit form, moves it to decided, records a referral to the police and
//    moves it to referred. The page confirms and shows each step (English).
// 3. A coordinator uses the "only overdue" filter: every row says "Te laat" in
//    words and has a deadline in the past.
// 4. A reporter sends the public form and keeps the receipt; staff reply on the
//    signal page; in another browser the reporter opens /brievenbus and reads
//    the reply.
// 5. Two coordinators edit the same signal: the second save sees the conflict
//    notice naming the field the first one changed (with its new value), keeps
//    what was typed, and saving again works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, receiptPattern } from './server.mjs';
import { postJson, validSignal } from '../support/server.mjs';
import { reportAndGetReceipt, openMailbox } from './pages.mjs';
import {
  addStaff, api, signIn, runCli, nextCode, navigating, staffContext, focused, tabTo,
  chooseRadio, queueRows, amsterdamTime, textIfAny,
} from './staff_pages.mjs';

const env = useServerAndBrowser({
  before,
  after,
  prepare(dataDir) {
    const made = runCli(['demo-data', '--signals', '300', '--seed', '3', '--data', dataDir]);
    if (made.code !== 0) throw new Error(`demo-data failed (${made.code}): ${made.stderr}`);
  },
});

// A coordinator over the API, to find the number of a signal that came in
// through the public form (the reporter never sees that number).
let apiToken = null;
async function coordinatorToken() {
  if (!apiToken) apiToken = await signIn(env.server.origin, addStaff(env.server.dataDir, ['coordinator']));
  return apiToken;
}

// The number of the newest open signal: the one just reported.
async function newestSignalId() {
  const token = await coordinatorToken();
  let newest = 0;
  let after = null;
  do {
    const path = `/api/v1/signals?limit=200${after ? `&after=${encodeURIComponent(after)}` : ''}`;
    const page = await api(env.server.origin, token, 'GET', path);
    assert.equal(page.status, 200, page.text);
    for (const signal of page.json.signals) newest = Math.max(newest, signal.id);
    after = page.json.next;
  } while (after);
  return newest;
}

async function reportOverApi(overrides = {}) {
  const created = await postJson(`${env.server.url}/api/v1/signals`, validSignal(overrides));
  assert.equal(created.status, 201, created.text);
  return { receipt: created.json.receipt, id: await newestSignalId() };
}

// The value next to a term in a facts list of the signal page.
async function fact(page, section, term) {
  return (await page.locator(`#${section} dl.facts dt:text-is("${term}") + dd`).innerText()).trim();
}

// Clicks (or presses) something that leaves the page and returns to the signal
// page at ?done=<what>; checks the confirmation there.
async function expectDone(page, what, notice) {
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('done'), what, `after the ${what} form the page says done=${what} (${page.url()})`);
  const shown = page.locator('.notice[role=status]');
  assert.equal(await shown.count(), 1, `one confirmation after ${what}`);
  assert.equal((await shown.innerText()).trim(), notice);
}

test('intake: sign in and register a phone call with the keyboard; the signal is in the queue', async () => {
  const intake = addStaff(env.server.dataDir, ['intake']);
  const context = await env.newContext();
  try {
    const page = await context.newPage();
    const base = env.server.url;

    // Sign in: the username field has the focus; Tab to password and code, Enter sends.
    await page.goto(`${base}/staff/login`);
    await page.waitForFunction(() => document.activeElement?.id === 'username');
    await page.keyboard.type(intake.username);
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), '#password');
    await page.keyboard.type(intake.password);
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), '#totp');
    await page.keyboard.type(nextCode(intake));
    await navigating(page, () => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).pathname, '/staff', 'intake lands on the queue');
    assert.match(await page.locator('.staff-user').innerText(), new RegExp(intake.username));

    // To the phone screen through the button on the queue, by keyboard.
    await page.locator('main a.button[href="/staff/phone"]').focus();
    await navigating(page, () => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).pathname, '/staff/phone');
    await page.waitForFunction(() => document.activeElement?.id === 'acute-yes');

    const description = 'Beller werkt bij een kwekerij bij Emmeloord. Collega\'s slapen in containers en de baas houdt hun paspoorten.';
    await chooseRadio(page, 'kind', 'report');
    await tabTo(page, '#description');
    await page.keyboard.type(description);
    await tabTo(page, '#form-labour');
    await page.keyboard.press('Space');
    await tabTo(page, '#postcode');
    await page.keyboard.type('8302');
    await chooseRadio(page, 'role', 'professional');
    await chooseRadio(page, 'anonymity', 'anonymous');
    // The checklist is folded away: open it with Enter and tick one signal.
    await tabTo(page, 'details.signals-checklist > summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '#signal-labour_employer_holds_id');
    await page.keyboard.press('Space');
    await tabTo(page, 'form.phone-form button[type=submit]');
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/staff/phone'),
      page.waitForNavigation({ waitUntil: 'load' }),
      page.keyboard.press('Enter'),
    ]);
    if (answer.status() !== 200) assert.fail(`registering failed (${answer.status()}): ${await textIfAny(page, '#error-summary')}`);

    assert.equal((await page.locator('h1').innerText()).trim(), 'Het gesprek is geregistreerd');
    const id = (await page.locator('#signal-number').innerText()).trim();
    assert.match(id, /^\d+$/);
    const receipt = (await page.locator('#receipt').innerText()).trim();
    assert.match(receipt, receiptPattern, 'a receipt to read out to the caller');
    assert.match(await page.locator('.receipt-box').innerText(), /\/brievenbus/);

    // The queue, searched by the number with the keyboard: the signal with a deadline still ahead.
    await page.locator('nav.site-nav a[href="/staff"]').focus();
    await navigating(page, () => page.keyboard.press('Enter'));
    await page.locator('#filter-id').focus();
    await page.keyboard.type(id);
    await navigating(page, () => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).searchParams.get('id'), id);
    const rows = await queueRows(page);
    assert.equal(rows.length, 1, `one row for signal ${id}: ${JSON.stringify(rows)}`);
    const [row] = rows;
    assert.equal(row.id, id);
    assert.equal(row.status, 'Nieuw');
    assert.equal(row.channel, 'Telefoon');
    assert.ok(!row.overdue, 'a fresh signal is not overdue');
    assert.match(row.deadline, /^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/, `the row has a deadline: ${row.deadline}`);
    assert.ok(amsterdamTime(row.deadline) > Date.now(), `the deadline ${row.deadline} is ahead`);
    assert.match(row.timeLeft, /werkdagen over|Nog 1 werkdag|uur over|Minder dan een uur over/);
  } finally {
    await context.close();
  }
});

test('caseworker: assigned by the coordinator, takes a signal through safety assessment, decision and referral', async () => {
  const { id } = await reportOverApi();
  const coordinator = addStaff(env.server.dataDir, ['coordinator']);
  const caseworker = addStaff(env.server.dataDir, ['caseworker']);

  // The coordinator assigns it on the signal page.
  const boss = await staffContext(env, coordinator, 'en');
  try {
    const page = boss.page;
    await page.goto(`${env.server.url}/en/staff/signals/${id}`);
    assert.equal(await fact(page, 'summary', 'Assigned to'), 'Nobody');
    await page.selectOption('#assigned-to', { label: caseworker.username });
    await navigating(page, () => page.click('#assignment button[type=submit]'));
    await expectDone(page, 'assign', 'The assignment is saved.');
    assert.equal(await fact(page, 'summary', 'Assigned to'), caseworker.username);
  } finally {
    await boss.context.close();
  }

  const { context, page } = await staffContext(env, caseworker, 'en');
  try {
    // The caseworker's queue holds the signal; open it from there.
    assert.equal(new URL(page.url()).pathname, '/en/staff');
    const rows = await queueRows(page);
    assert.deepEqual(rows.map((r) => r.id), [String(id)], 'only the assigned signal is in this queue');
    await navigating(page, () => page.click(`table.queue a:text-is("${id}")`));
    assert.equal(new URL(page.url()).pathname, `/en/staff/signals/${id}`);
    assert.equal((await page.locator('h1').innerText()).trim(), `Signal ${id}`);
    assert.equal(await fact(page, 'summary', 'Step in the route'), 'New');
    assert.match(await fact(page, 'summary', 'Deadline of this step'), /^\d{2}-\d{2}-\d{4} \d{2}:\d{2} /);

    // Deciding is not offered before the safety assessment.
    assert.equal(await page.locator('#step-decided').count(), 0);
    await navigating(page, () => page.click('#step-safety_assessment'));
    await expectDone(page, 'route', 'The signal has moved to the next step.');
    assert.equal(await fact(page, 'summary', 'Step in the route'), 'Safety assessment');

    // The outcome goes in through the edit form.
    assert.equal(await fact(page, 'registration', 'Outcome of the safety assessment'), 'Not assessed yet');
    await page.check('#edit-safety-outcome-concerns');
    await navigating(page, () => page.click('form.edit-form button[type=submit]'));
    await expectDone(page, 'edit', 'Your changes are saved.');
    assert.equal(await fact(page, 'registration', 'Outcome of the safety assessment'), 'Concerns');
    assert.ok(await page.isChecked('#edit-safety-outcome-concerns'));

    await navigating(page, () => page.click('#step-decided'));
    await expectDone(page, 'route', 'The signal has moved to the next step.');
    assert.equal(await fact(page, 'summary', 'Step in the route'), 'Decided');
    assert.equal(await fact(page, 'summary', 'Deadline of this step'), 'This step has no deadline.');

    // A referral to the police, dated today, then the step "referred".
    assert.equal((await page.locator('#referrals').innerText()).includes('No referrals yet.'), true);
    await page.selectOption('#referral-partner', 'police');
    await navigating(page, () => page.click('#referrals form[action$="/referrals"] button[type=submit]'));
    await expectDone(page, 'referral', 'The referral is saved.');
    const referral = page.locator('#referrals table.queue tbody tr');
    assert.equal(await referral.count(), 1);
    assert.equal((await referral.locator('th').innerText()).trim(), 'Police');
    assert.equal((await referral.locator('td').nth(1).innerText()).trim(), 'Waiting for answer');

    await navigating(page, () => page.click('#step-referred'));
    await expectDone(page, 'route', 'The signal has moved to the next step.');
    assert.equal(await fact(page, 'summary', 'Step in the route'), 'Referred');
    const next = await page.locator('#route button').evaluateAll((buttons) => buttons.map((b) => b.id));
    assert.ok(next.includes('step-monitoring'), `from referred the next step is monitoring: ${next}`);
  } finally {
    await context.close();
  }
});

test('coordinator: the overdue filter shows only signals past their deadline, marked in words', async () => {
  const coordinator = addStaff(env.server.dataDir, ['coordinator']);
  const { context, page } = await staffContext(env, coordinator, 'nl');
  try {
    assert.equal(new URL(page.url()).pathname, '/staff');
    // The coordinator is told how many signals are late.
    assert.match(await page.locator('main .notice a[href="/staff?overdue=true"]').innerText(), /\d+\+? te laat/);

    await page.check('#filter-overdue');
    await navigating(page, () => page.click('form.filters button[type=submit]'));
    assert.equal(new URL(page.url()).searchParams.get('overdue'), 'true');
    assert.ok(await page.isChecked('#filter-overdue'), 'the filter stays on');

    const rows = await queueRows(page);
    assert.ok(rows.length > 0, 'the demo data has open signals past their deadline');
    const now = Date.now();
    for (const row of rows) {
      assert.equal(row.timeLeft, 'Te laat', `signal ${row.id} says it is overdue in words`);
      assert.ok(row.overdue, `signal ${row.id} row is marked overdue`);
      assert.match(row.deadline, /^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/, `signal ${row.id} has a deadline`);
      assert.ok(amsterdamTime(row.deadline) < now, `signal ${row.id}: deadline ${row.deadline} has passed`);
      assert.notEqual(row.status, 'Gesloten');
    }
    // Deadlines are in order, the oldest first.
    const deadlines = rows.map((row) => amsterdamTime(row.deadline));
    assert.deepEqual(deadlines, [...deadlines].sort((a, b) => a - b));
  } finally {
    await context.close();
  }
});

test('a reply from staff reaches the reporter\'s mailbox', async () => {
  const reporterContext = await env.newContext();
  const coordinator = addStaff(env.server.dataDir, ['coordinator']);
  let staff = null;
  try {
    const reporter = await reporterContext.newPage();
    const receipt = await reportAndGetReceipt(reporter, env.server.url);
    assert.match(receipt, receiptPattern);
    const id = await newestSignalId();

    staff = await staffContext(env, coordinator, 'nl');
    const page = staff.page;
    await page.goto(`${env.server.url}/staff/signals/${id}`);
    assert.match(await page.locator('#description .free-text').innerText(), /containers achter de kwekerij/,
      'this is the signal the reporter just sent');
    const reply = 'Dank je voor je melding.\nWe hebben de arbeidsinspectie gevraagd te gaan kijken.';
    await page.fill('#reply-body', reply);
    await navigating(page, () => page.click('#mailbox button[type=submit]'));
    await expectDone(page, 'message', 'Je antwoord is verstuurd.');
    const sent = page.locator('#mailbox ol.thread > li.from-staff');
    assert.equal(await sent.count(), 1);
    assert.equal((await sent.locator('.free-text').innerText()).trim(), reply);

    // The reporter, in a browser of their own, with only the receipt.
    const mailboxContext = await env.newContext();
    try {
      const mailbox = await mailboxContext.newPage();
      const opened = await openMailbox(mailbox, env.server.url, '/brievenbus', receipt);
      assert.equal(opened.status(), 200);
      const message = mailbox.locator('.message.from-staff');
      assert.equal(await message.count(), 1, 'one message from staff');
      assert.equal((await message.locator('.message-body').innerText()).trim(), reply);
      assert.doesNotMatch(await mailbox.locator('main').innerText(), new RegExp(coordinator.username),
        'the reporter does not see who answered');
    } finally {
      await mailboxContext.close();
    }
  } finally {
    await reporterContext.close();
    await staff?.context.close();
  }
});

test('two people edit the same signal: the second sees what changed, keeps what they typed, and can save', async () => {
  const { id } = await reportOverApi({ minors_involved: 'unknown' });
  const first = addStaff(env.server.dataDir, ['coordinator']);
  const second = addStaff(env.server.dataDir, ['coordinator']);
  const a = await staffContext(env, first, 'en');
  const b = await staffContext(env, second, 'en');
  try {
    const signalUrl = `${env.server.url}/en/staff/signals/${id}`;
    await a.page.goto(signalUrl);
    await b.page.goto(signalUrl);
    const startVersion = await b.page.inputValue('form.edit-form input[name=version]');

    // The first saves a change of scope.
    await a.page.check('#edit-scope-cross_border');
    await navigating(a.page, () => a.page.click('form.edit-form button[type=submit]'));
    await expectDone(a.page, 'edit', 'Your changes are saved.');

    // The second, still on the old version, changes other things.
    await b.page.check('#edit-minors-yes');
    await b.page.check('#edit-safety-outcome-safe');
    const [conflict] = await Promise.all([
      b.page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/signals/${id}/edit`)),
      b.page.waitForNavigation({ waitUntil: 'load' }),
      b.page.click('form.edit-form button[type=submit]'),
    ]);
    assert.equal(conflict.status(), 409);
    const notice = b.page.locator('#conflict[role=alert]');
    assert.equal(await notice.count(), 1, 'a conflict notice');
    assert.match(await notice.locator('h2').innerText(), /Someone else saved this signal while you were editing/);
    const changed = await notice.locator('ul li').allInnerTexts();
    assert.ok(changed.some((line) => line.trim() === 'Domestic or cross-border: now Cross-border'),
      `the notice names the field and its new value: ${JSON.stringify(changed)}`);
    assert.ok(await b.page.isChecked('#edit-minors-yes'), 'what was typed is still in the form');
    assert.ok(await b.page.isChecked('#edit-safety-outcome-safe'), 'what was typed is still in the form');
    assert.notEqual(await b.page.inputValue('form.edit-form input[name=version]'), startVersion,
      'the form is now based on the new version');

    // Take over the other person's change as well, and save again.
    await b.page.check('#edit-scope-cross_border');
    await navigating(b.page, () => b.page.click('form.edit-form button[type=submit]'));
    await expectDone(b.page, 'edit', 'Your changes are saved.');
    assert.equal(await fact(b.page, 'registration', 'Minors involved'), 'Yes');
    assert.equal(await fact(b.page, 'registration', 'Outcome of the safety assessment'), 'Safe');
    assert.equal(await fact(b.page, 'registration', 'Domestic or cross-border'), 'Cross-border');
  } finally {
    await a.context.close();
    await b.context.close();
  }
});
