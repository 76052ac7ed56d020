// The live chat in a real browser: a visitor and a member of staff side by
// side, each in their own browser context, against a real server started with
// --chat-always-open (the office hours would otherwise decide).
//
// 1. A visitor with JavaScript (Dutch) starts a chat; an intake worker, signed
//    in through the real sign-in page, sets a pseudonym in the console and
//    takes the chat. The visitor sees the pseudonym (never the username);
//    messages both ways appear once each; a standard answer (made first by a
//    coordinator on /staff/chat/answers) is sent; the visitor sees that staff
//    are typing. Staff register the chat: the signal page shows an advice
//    question that came in through the chat, with the transcript in the log;
//    the visitor sees a receipt, which opens the mailbox in a fresh browser.
// 2. The connection drops (the visitor's WebSocket and then the console's are
//    closed under them) while messages go both ways: after the reconnect
//    nothing is missing or shown twice on either side.
// 3. A visitor without JavaScript (English) chats through the plain pages:
//    the message from the form reaches staff, the reply shows in the frame
//    after it refreshes itself, and "End the chat and leave" ends the chat
//    (staff see it) and lands on the quick-exit site; the frame's page is dead.
// 4. The quick exit during a JavaScript chat ends the chat (staff see it) and
//    leaves no cookies or storage behind.
// 5. axe-core (WCAG 2.0/2.1 A and AA; no serious or critical findings) on the
//    chat pages: open (nl, en), closed (a second server, closed today by a
//    closure), the JavaScript chat in conversation with a receipt, the no-JS
//    conversation page and its frame (where the self-refresh is a known,
//    reported finding: see knownFrameFindings), the staff console and the
//    live view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { useServerAndBrowser, receiptPattern, startServer } from './server.mjs';
import { openMailbox, submitForm } from './pages.mjs';
import { withAxeContext, assertAccessible } from './axe.mjs';
import { addStaff, staffContext, staffPath, signInPage } from './staff_pages.mjs';

// A form with target=_blank: the page it opens, loaded.
async function openedInNewTab(page, action) {
  const [opened] = await Promise.all([page.context().waitForEvent('page'), action()]);
  await opened.waitForLoadState('load');
  return opened;
}

// The quick exit leads to a neutral site: here a page served by this test on
// another port (a route cannot answer for it: "End the chat and leave" gets
// there through a redirect, which the browser follows without asking routes).
const neutral = createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end('<!DOCTYPE html><title>neutral</title><p>neutral</p>');
});
await new Promise((resolve) => neutral.listen(0, '127.0.0.1', resolve));
const neutralSite = `http://127.0.0.1:${neutral.address().port}/`;

const env = useServerAndBrowser({
  before,
  after,
  args: ['--submissions-per-minute', '0', '--logins-per-minute', '0', '--chat-starts-per-minute', '0',
    '--chat-always-open', '--quick-exit-url', neutralSite],
});
after(() => new Promise((resolve) => {
  neutral.closeAllConnections();
  neutral.close(resolve);
}));

// Records the page's WebSockets, so a test can drop one as a lost signal would.
function recordSockets() {
  const Native = window.WebSocket;
  window.__sockets = [];
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      window.__sockets.push(this);
    }
  };
}

// Closes the newest WebSocket of the page under the script's feet.
async function dropSocket(page) {
  const count = await page.evaluate(() => {
    const socket = window.__sockets[window.__sockets.length - 1];
    socket.close();
    return window.__sockets.length;
  });
  // The script opens a new one by itself.
  await page.waitForFunction((n) => window.__sockets.length > n
    && window.__sockets[window.__sockets.length - 1].readyState === WebSocket.OPEN, count, { timeout: 10000 });
}

// axe-core on a page by hand, for the chat frame (see below).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// KNOWN, reported, not fixed here: the no-JS frame refreshes itself every 5 s
// with <meta http-equiv="refresh"> (as docs/chat_protocol.md says), which axe
// reports as "meta-refresh" (critical; WCAG 2.2.1 Timing Adjustable, level A:
// nothing lets the visitor stop or slow the refresh). That design is for the
// project to decide; every other finding in the frame still fails the test.
const knownFrameFindings = ['meta-refresh'];

// Runs axe on a page that reloads itself every few seconds: again if a reload
// came in between. Returns the count of passed rules and the serious and
// critical findings as { id, impact, nodes }.
async function frameFindings(page) {
  for (let attempt = 1; ; ++attempt) {
    try {
      await page.addScriptTag({ content: axeSource });
      const results = await page.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }));
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html) }));
      return { passes: results.passes.length, bad };
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.waitForLoadState('load');
    }
  }
}

function chatPath(lang) {
  return lang === 'en' ? '/en/chat' : '/chat';
}

// Answers the safety questions and starts the chat (with JavaScript: in the page).
async function startJsChat(page, lang, nickname, { danger = 'no', safe = 'yes' } = {}) {
  await page.goto(`${env.server.url}${chatPath(lang)}`);
  await page.check(`#danger-${danger}`);
  await page.check(`#safe-${safe}`);
  await page.fill('#nickname', nickname);
  await page.click('#chat-start button[type=submit]');
  await page.locator('#chat-app').waitFor({ state: 'visible' });
  assert.ok(await page.locator('#chat-start').isHidden(), 'the questions are gone');
  await page.locator('#chat-status', { hasText: lang === 'en' ? /in the queue/ : /in de rij/ }).waitFor();
}

// Signs a new account in through the login page and opens the chat console.
async function openConsole(roles, pseudonym, lang = 'nl', contextOptions = {}) {
  const staff = addStaff(env.server.dataDir, roles);
  const { context, page } = await staffContext(env, staff, lang, contextOptions);
  await page.goto(`${env.server.url}${staffPath(lang, '/chat')}`);
  // The queue is drawn from the first frame of the socket.
  await page.locator('#chat-queue li').first().waitFor();
  await page.fill('#pseudonym', pseudonym);
  await page.click('#pseudonym-form button[type=submit]');
  return { staff, context, page };
}

// Takes the waiting chat of `nickname` from the queue; returns its number and panel.
async function take(page, nickname) {
  const row = page.locator('#chat-queue li', { hasText: nickname });
  await row.waitFor();
  const number = Number((await row.innerText()).match(/#(\d+)/)[1]);
  await row.locator('button').click();
  const panel = page.locator(`#chat-${number}`);
  await panel.waitFor();
  return { number, panel };
}

// The lines of a chat log as { from, text }, in order.
function linesOf(list) {
  return list.locator('li.chat-line').evaluateAll((items) => items.map((item) => ({
    from: item.classList.contains('from-visitor') ? 'visitor' : 'staff',
    text: item.querySelector('.chat-text').textContent,
    pending: item.classList.contains('pending'),
  })));
}

// Waits until the log shows exactly the expected messages, each once and none
// still pending. Each side's messages keep their order; how the two sides
// interleave may differ (what a visitor typed while cut off stands where it was
// typed), unless `interleaved` is asked for.
async function waitForLines(list, expected, label, timeout = 10000, { interleaved = false } = {}) {
  const key = (items, from) => items.filter((line) => line.from === from).map((line) => line.text);
  const matches = (lines) => lines.length === expected.length && lines.every((line) => !line.pending) && (interleaved
    ? lines.every((line, i) => line.from === expected[i].from && line.text === expected[i].text)
    : ['visitor', 'staff'].every((from) => JSON.stringify(key(lines, from)) === JSON.stringify(key(expected, from))));
  const end = Date.now() + timeout;
  let lines = [];
  for (;;) {
    // A frame that refreshes itself may be between two pages: look again.
    lines = await linesOf(list).catch(() => lines);
    if (matches(lines)) return;
    if (Date.now() > end) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const shown = lines.map(({ from, text }) => ({ from, text }));
  if (interleaved) assert.deepEqual(shown, expected, `${label}: each message once, in order`);
  for (const from of ['visitor', 'staff']) {
    assert.deepEqual(key(lines, from), key(expected, from), `${label}: each ${from} message once, in order`);
  }
  assert.fail(`${label}: messages still pending: ${JSON.stringify(lines)}`);
}

function staffLog(panel) { return panel.locator('ol.chat-log'); }

async function sendFromStaff(panel, number, text) {
  await panel.locator(`#chat-text-${number}`).fill(text);
  await panel.locator('form.chat-send button[type=submit]').click();
}

async function sendFromVisitor(page, text) {
  await page.fill('#chat-text', text);
  await page.click('#chat-send button[type=submit]');
}

test('a JavaScript chat from start to registration, with a standard answer and the receipt', async () => {
  // A coordinator writes a Dutch standard answer first (the console lists them).
  const coordinator = addStaff(env.server.dataDir, ['coordinator']);
  const answerContext = await env.newContext();
  const answer = { title: 'Welkom', body: 'Fijn dat je ons een bericht stuurt. Je hoeft je naam niet te noemen.' };
  try {
    const page = await answerContext.newPage();
    await signInPage(page, env.server.url, coordinator, 'nl');
    await page.goto(`${env.server.url}/staff/chat/answers`);
    await page.check('#new-language-nl');
    await page.fill('#new-title', answer.title);
    await page.fill('#new-body', answer.body);
    const response = await submitForm(page, 'form[action$="/chat/answers"] button[type=submit]', '/staff/chat/answers');
    assert.equal(response.status(), 303);
    assert.equal(await page.locator('ol.answers > li', { hasText: answer.title }).count(), 1, 'the answer is listed');
  } finally {
    await answerContext.close();
  }

  const visitorContext = await env.newContext();
  let staff = null;
  try {
    const visitor = await visitorContext.newPage();
    await startJsChat(visitor, 'nl', 'Sam');

    staff = await openConsole(['intake'], 'Sanne');
    const { number, panel } = await take(staff.page, 'Sam');
    assert.match(await panel.locator('h3').innerText(), /Sam/);
    await staff.page.locator('#chat-queue li', { hasText: 'Sam' }).waitFor({ state: 'detached' });

    await visitor.locator('#chat-status', { hasText: 'Je chat met Sanne.' }).waitFor();
    assert.doesNotMatch(await visitor.locator('body').innerText(), new RegExp(staff.staff.username),
      'the visitor never sees the username');

    const expected = [];
    const visitorLog = visitor.locator('#chat-log');
    const first = 'Hallo, ik werk in een kas en mijn baas houdt mijn paspoort.';
    await sendFromVisitor(visitor, first);
    expected.push({ from: 'visitor', text: first });
    await waitForLines(staffLog(panel), expected, 'staff, after the first message', 10000, { interleaved: true });
    await waitForLines(visitorLog, expected, 'visitor, after the first message', 10000, { interleaved: true });
    // The visitor types: the console says so.
    await visitor.locator('#chat-text').pressSequentially('Ook');
    await panel.locator('.chat-typing', { hasText: 'typt' }).waitFor();
    await visitor.fill('#chat-text', '');

    // Staff type: the visitor sees "Sanne typt...".
    await panel.locator(`#chat-text-${number}`).pressSequentially('Dank je. ');
    await visitor.locator('#chat-typing', { hasText: 'Sanne typt...' }).waitFor();
    // Staff pause: after 3 quiet seconds the visitor no longer sees it.
    await visitor.waitForFunction(() => document.getElementById('chat-typing').textContent === '', null,
      { timeout: 6000 });
    const reply = 'Dank je. Ben je nu veilig?';
    await sendFromStaff(panel, number, reply);
    expected.push({ from: 'staff', text: reply });
    await waitForLines(visitorLog, expected, 'visitor, after the reply', 10000, { interleaved: true });
    await waitForLines(staffLog(panel), expected, 'staff, after the reply', 10000, { interleaved: true });
    assert.equal((await visitor.locator('#chat-typing').innerText()).trim(), '', 'typing stops with the message');
    assert.equal(await visitorLog.locator('li.from-staff .chat-who').first().innerText(), 'Sanne');

    // The standard answer fills the box; staff send it.
    const picker = panel.locator(`#canned-${number}`);
    assert.ok(await picker.locator('option', { hasText: answer.title }).count() === 1, 'the Dutch answer is offered');
    await picker.selectOption({ label: answer.title });
    assert.equal(await panel.locator(`#chat-text-${number}`).inputValue(), answer.body);
    await panel.locator('form.chat-send button[type=submit]').click();
    expected.push({ from: 'staff', text: answer.body });
    await waitForLines(visitorLog, expected, 'visitor, after the standard answer', 10000, { interleaved: true });

    const second = 'Ja, ik ben nu alleen thuis.';
    await sendFromVisitor(visitor, second);
    expected.push({ from: 'visitor', text: second });
    await waitForLines(visitorLog, expected, 'visitor, after its second message', 10000, { interleaved: true });
    await waitForLines(staffLog(panel), expected, 'staff, after the second message', 10000, { interleaved: true });

    // Registering: the signal page of a new advice question from the chat.
    // The signal opens in a new tab, so the console (and any other chat) stays open.
    const signalPage = await openedInNewTab(staff.page, () => panel.locator('form[action$="/register"] button[type=submit]').click());
    const signalPath = new URL(signalPage.url()).pathname;
    assert.match(signalPath, /^\/staff\/signals\/\d+$/, `lands on the signal page (${signalPage.url()})`);
    assert.equal(new URL(staff.page.url()).pathname, '/staff/chat', 'the console stays open');
    const fact = async (term) => (await signalPage.locator(`#summary dl.facts dt:text-is("${term}") + dd`).innerText()).trim();
    assert.equal(await fact('Soort'), 'Een adviesvraag');
    assert.equal(await fact('Binnengekomen via'), 'Chat');
    const entries = signalPage.locator('#log ol.thread > li');
    assert.ok(await entries.count() >= 1, 'the transcript is in the log');
    const logText = await signalPage.locator('#log').innerText();
    assert.match(logText, /Chat/);
    for (const line of expected) assert.ok(logText.includes(line.text), `the transcript holds: ${line.text}`);
    assert.match(logText, /Sanne: Dank je\. Ben je nu veilig\?/, 'staff lines carry the pseudonym');
    assert.ok((await signalPage.locator('#description').innerText()).includes(first), 'the description is what the visitor wrote');
    await signalPage.close();

    // The visitor gets the receipt in the chat.
    const code = visitor.locator('#chat-app .receipt-box .receipt-code');
    await code.waitFor();
    const receipt = (await code.innerText()).trim();
    assert.match(receipt, receiptPattern);
    assert.equal(await visitor.locator('.receipt-box').count(), 1, 'the receipt is shown once');

    const mailboxContext = await env.newContext();
    try {
      const mailbox = await mailboxContext.newPage();
      const opened = await openMailbox(mailbox, env.server.url, '/brievenbus', receipt);
      assert.equal(opened.status(), 200);
      assert.equal((await mailbox.locator('h1').innerText()).trim(), 'Je brievenbus');
      assert.match(await mailbox.locator('dl.summary').innerText(), /Een adviesvraag/);
    } finally {
      await mailboxContext.close();
    }
  } finally {
    await visitorContext.close();
    await staff?.context.close();
  }
});

test('a dropped connection loses and doubles nothing, on either side', async () => {
  const visitorContext = await env.newContext();
  let staff = null;
  try {
    await visitorContext.addInitScript(recordSockets);
    const visitor = await visitorContext.newPage();
    await startJsChat(visitor, 'nl', 'Robin');
    staff = await openConsole(['intake'], 'Joost', 'nl');
    await staff.context.addInitScript(recordSockets);
    const { number, panel } = await take(staff.page, 'Robin');
    await visitor.locator('#chat-status', { hasText: 'Je chat met Joost.' }).waitFor();

    const expected = [];
    const visitorLog = visitor.locator('#chat-log');
    for (let i = 1; i <= 3; ++i) {
      await sendFromStaff(panel, number, `Bericht ${i} van Joost`);
      expected.push({ from: 'staff', text: `Bericht ${i} van Joost` });
    }
    await waitForLines(visitorLog, expected, 'visitor, before the drop');

    // The visitor's connection goes; staff's messages 4 to 8 go while the script waits to reconnect (the
    // server has them and sends them on the resume); the visitor's message
    // waits in the page and goes after it.
    await visitor.evaluate(() => window.__sockets[window.__sockets.length - 1].close());
    for (let i = 4; i <= 8; ++i) {
      await sendFromStaff(panel, number, `Bericht ${i} van Joost`);
      expected.push({ from: 'staff', text: `Bericht ${i} van Joost` });
    }
    await sendFromVisitor(visitor, 'Ben je er nog?');
    expected.push({ from: 'visitor', text: 'Ben je er nog?' });
    await waitForLines(visitorLog, expected, 'visitor, after its reconnect', 15000);
    await waitForLines(staffLog(panel), expected, 'staff, after the visitor reconnected', 15000);
    assert.equal(await visitor.evaluate(() => window.__sockets.length), 2, 'the visitor reconnected once');
    await visitor.locator('#chat-status', { hasText: 'Je chat met Joost.' }).waitFor();

    // Again, dropping at a moment of its own: between two visitor messages.
    await sendFromVisitor(visitor, 'Een');
    expected.push({ from: 'visitor', text: 'Een' });
    await dropSocket(visitor);
    await sendFromVisitor(visitor, 'Twee');
    expected.push({ from: 'visitor', text: 'Twee' });
    await sendFromStaff(panel, number, 'Ik lees mee.');
    expected.push({ from: 'staff', text: 'Ik lees mee.' });
    await waitForLines(visitorLog, expected, 'visitor, after the second drop', 15000);
    await waitForLines(staffLog(panel), expected, 'staff, after the second drop', 15000);

    // The browser goes offline for a moment (what a train tunnel does).
    // (Going offline leaves an open WebSocket alone in Chromium, so the
    // connection is also closed; the reconnect attempts then fail until the
    // browser is online again.)
    await visitorContext.setOffline(true);
    const before = await visitor.evaluate(() => {
      window.__sockets[window.__sockets.length - 1].close();
      return window.__sockets.length;
    });
    await visitor.waitForFunction((n) => window.__sockets.length > n
      && window.__sockets[window.__sockets.length - 1].readyState === WebSocket.CLOSED, before);
    await sendFromStaff(panel, number, 'Tunnelbericht');
    expected.push({ from: 'staff', text: 'Tunnelbericht' });
    await sendFromVisitor(visitor, 'Offline getypt');
    expected.push({ from: 'visitor', text: 'Offline getypt' });
    await visitorContext.setOffline(false);
    await visitor.waitForFunction(() => window.__sockets[window.__sockets.length - 1].readyState === WebSocket.OPEN,
      null, { timeout: 15000 });
    await waitForLines(visitorLog, expected, 'visitor, after going offline', 20000);
    await waitForLines(staffLog(panel), expected, 'staff, after the visitor went offline', 20000);

    // Now the console. Reloaded first (so its sockets are recorded too), it
    // shows the whole chat again; then its connection goes: what staff send
    // meanwhile is kept and sent again, what the visitor sends arrives.
    await staff.page.reload();
    await staff.page.locator(`#chat-${number}`).waitFor();
    const reloaded = staff.page.locator(`#chat-${number}`);
    await waitForLines(staffLog(reloaded), expected, 'staff, after reloading the console');
    await staff.page.evaluate(() => window.__sockets[window.__sockets.length - 1].close());
    await sendFromStaff(reloaded, number, 'Na de storing');
    expected.push({ from: 'staff', text: 'Na de storing' });
    await sendFromVisitor(visitor, 'Goed zo');
    expected.push({ from: 'visitor', text: 'Goed zo' });
    await waitForLines(staffLog(reloaded), expected, 'staff, after its own drop', 15000);
    await waitForLines(visitorLog, expected, 'visitor, after the staff drop', 15000);
    assert.equal(await staff.page.evaluate(() => window.__sockets.length), 2, 'the console reconnected once');

    // Text pasted from a word processor may hold control characters (Word's
    // line break is \v), which the server refuses: the scripts make them line
    // breaks, and the messages after them still arrive.
    await visitor.fill('#chat-text', 'Regel een\vRegel twee');
    assert.equal(await visitor.inputValue('#chat-text'), 'Regel een\vRegel twee', 'the box holds the \\v');
    await visitor.click('#chat-send button[type=submit]');
    expected.push({ from: 'visitor', text: 'Regel een\nRegel twee' });
    await sendFromStaff(reloaded, number, 'Zie\vhier\u0007');
    expected.push({ from: 'staff', text: 'Zie\nhier' });
    await sendFromVisitor(visitor, 'Daarna');
    expected.push({ from: 'visitor', text: 'Daarna' });
    await waitForLines(staffLog(reloaded), expected, 'staff, after pasted text');
    await waitForLines(visitorLog, expected, 'visitor, after pasted text');

    // The visitor ends the chat with the button: both sides say so, nothing reconnects.
    await visitor.click('#chat-end');
    await visitor.locator('#chat-status', { hasText: 'De chat is gestopt.' }).waitFor();
    assert.ok(await visitor.locator('#chat-send').isHidden(), 'the visitor can no longer send');
    await reloaded.locator('.chat-status', { hasText: 'De chat is gestopt.' }).waitFor();
    assert.ok(await reloaded.locator('form.chat-send').isHidden(), 'staff can no longer send');
    await visitor.waitForFunction(() => window.__sockets.every((socket) => socket.readyState === WebSocket.CLOSED));
  } finally {
    await visitorContext.close();
    await staff?.context.close();
  }
});

test('without JavaScript: the plain pages chat, and "End the chat and leave" ends it', async () => {
  const visitorContext = await env.newContext({ javaScriptEnabled: false });
  let staff = null;
  try {
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${env.server.url}/en/chat`);
    await visitor.check('#danger-no');
    await visitor.check('#safe-yes');
    await visitor.fill('#nickname', 'Alex');
    const started = await submitForm(visitor, '#chat-start button[type=submit]', '/en/chat');
    assert.equal(started.status(), 200);
    assert.equal(new URL(visitor.url()).pathname, '/en/chat', 'the address bar holds no token');
    const frameElement = visitor.locator('iframe.chat-frame');
    await frameElement.waitFor();
    const frameUrl = new URL(await frameElement.getAttribute('src'), env.server.url).href;
    const frame = visitor.frameLocator('iframe.chat-frame');
    assert.match(await frame.locator('p.chat-status').innerText(), /in the queue/);

    staff = await openConsole(['intake'], 'Kim', 'en');
    const { number, panel } = await take(staff.page, 'Alex');
    await frame.locator('p.chat-status', { hasText: 'You are chatting with Kim.' }).waitFor({ timeout: 12000 });

    const expected = [];
    const message = 'Hello, my employer keeps my passport.';
    await visitor.fill('#chat-text', message);
    const sent = await submitForm(visitor, 'form.chat-send button[type=submit]', '/chat/gesprek');
    assert.equal(sent.status(), 200);
    expected.push({ from: 'visitor', text: message });
    await waitForLines(staffLog(panel), expected, 'staff, after the form post');
    await waitForLines(frame.locator('ol.chat-log'), expected, 'the frame after sending');

    const reply = 'Thank you for telling us. Are you safe now?';
    await sendFromStaff(panel, number, reply);
    expected.push({ from: 'staff', text: reply });
    // The frame refreshes itself every 5 seconds.
    await frame.locator('li.chat-line.from-staff', { hasText: reply }).waitFor({ timeout: 12000 });
    await waitForLines(frame.locator('ol.chat-log'), expected, 'the frame after its refresh');
    assert.equal((await frame.locator('li.from-staff .chat-who').innerText()).trim(), 'Kim');
    assert.doesNotMatch(await frame.locator('body').innerText(), new RegExp(staff.staff.username));

    // A second message from the new page (a new page token) still arrives.
    const more = 'Yes, I am at a friend\'s house.';
    await visitor.fill('#chat-text', more);
    assert.equal((await submitForm(visitor, 'form.chat-send button[type=submit]', '/chat/gesprek')).status(), 200);
    expected.push({ from: 'visitor', text: more });
    await waitForLines(staffLog(panel), expected, 'staff, after the second form post');

    const pageUrl = new URL(await visitor.locator('iframe.chat-frame').getAttribute('src'), env.server.url).href;
    await Promise.all([
      visitor.waitForURL(neutralSite),
      visitor.click('form[action="/chat/stoppen"] button[type=submit]'),
    ]);
    assert.equal((await visitor.locator('body').innerText()).trim(), 'neutral');
    await panel.locator('.chat-status', { hasText: 'The chat has ended.' }).waitFor();
    assert.ok(await panel.locator('form.chat-send').isHidden(), 'staff can no longer send');
    for (const url of [frameUrl, pageUrl]) {
      const dead = await fetch(url);
      assert.equal(dead.status, 404, `${url} is dead once the chat ended`);
    }
  } finally {
    await visitorContext.close();
    await staff?.context.close();
  }
});

test('the quick exit ends a JavaScript chat and leaves nothing behind', async () => {
  const visitorContext = await env.newContext();
  let staff = null;
  try {
    const visitor = await visitorContext.newPage();
    await startJsChat(visitor, 'nl', 'Noor', { danger: 'unsure', safe: 'no' });
    staff = await openConsole(['intake'], 'Bas');
    const { panel } = await take(staff.page, 'Noor');
    await visitor.locator('#chat-status', { hasText: 'Je chat met Bas.' }).waitFor();
    await sendFromVisitor(visitor, 'Iemand komt eraan.');
    await waitForLines(staffLog(panel), [{ from: 'visitor', text: 'Iemand komt eraan.' }], 'staff');

    const stored = await visitor.evaluate(() => ({
      cookie: document.cookie, local: localStorage.length, session: sessionStorage.length,
    }));
    assert.deepEqual(stored, { cookie: '', local: 0, session: 0 }, 'the chat page stores nothing');

    await visitor.click('#quick-exit');
    await visitor.waitForURL(neutralSite);
    await panel.locator('.chat-status', { hasText: 'De chat is gestopt.' }).waitFor();
    assert.ok(await panel.locator('form.chat-send').isHidden(), 'staff can no longer send');

    const state = await visitorContext.storageState();
    assert.deepEqual(state.cookies, [], 'no cookies');
    assert.ok(state.origins.every((origin) => origin.localStorage.length === 0), 'no localStorage');
    await visitor.goBack();
    assert.notEqual(new URL(visitor.url()).pathname, '/chat', 'Back does not return to the chat');
  } finally {
    await visitorContext.close();
    await staff?.context.close();
  }
});

test('axe: the chat pages of visitors and staff', async () => {
  const axeOptions = { bypassCSP: true, javaScriptEnabled: true };
  await withAxeContext(env, async (page) => {
    for (const lang of ['nl', 'en']) {
      await page.goto(`${env.server.url}${chatPath(lang)}`);
      assert.equal(await page.locator('#chat-start').count(), 1, `${lang}: the chat is open`);
      const availability = await page.locator('#chat-availability').innerText();
      assert.match(availability, lang === 'en' ? /open now/ : /nu open/);
      assert.doesNotMatch(availability, /closed|gesloten/, 'open, whatever the office hours say');
      await assertAccessible(page, `${lang} chat, open`);
      // The questions unanswered: the page with its errors (the script lets the form post).
      const response = await submitForm(page, '#chat-start button[type=submit]', chatPath(lang));
      assert.equal(response.status(), 400);
      assert.equal(await page.locator('#error-summary[role=alert]').count(), 1);
      await assertAccessible(page, `${lang} chat with errors`);
    }
  });

  const visitorContext = await env.newContext(axeOptions);
  // The plain HTML chat: chat.js is kept away, so the form posts (axe needs
  // JavaScript in the page, the chat pages themselves do not).
  const plainContext = await env.newContext(axeOptions);
  await plainContext.route('**/static/chat.js', (route) => route.abort());
  let staff = null;
  let coordinator = null;
  try {
    const visitor = await visitorContext.newPage();
    await startJsChat(visitor, 'nl', 'Lou', { danger: 'yes', safe: 'yes' });
    await assertAccessible(visitor, 'nl JavaScript chat, waiting (in danger)');

    const plain = await plainContext.newPage();
    await plain.goto(`${env.server.url}/en/chat`);
    await plain.check('#danger-unsure');
    await plain.check('#safe-no');
    await plain.fill('#nickname', 'Jip');
    await submitForm(plain, '#chat-start button[type=submit]', '/en/chat');

    staff = await openConsole(['intake'], 'Mila', 'nl', axeOptions);
    const { number, panel } = await take(staff.page, 'Lou');
    await visitor.locator('#chat-status', { hasText: 'Je chat met Mila.' }).waitFor();
    await sendFromVisitor(visitor, 'Hallo?');
    await sendFromStaff(panel, number, 'Hallo Lou, bel je 112 als het nodig is?');
    await visitor.locator('#chat-log li.from-staff').waitFor();
    await panel.locator(`#chat-text-${number}`).pressSequentially('Ik');
    await visitor.locator('#chat-typing', { hasText: 'typt' }).waitFor();
    await assertAccessible(visitor, 'nl JavaScript chat, in conversation');
    // The console with a chat and the English no-JS visitor still waiting.
    await staff.page.locator('#chat-queue li', { hasText: 'Jip' }).waitFor();
    await assertAccessible(staff.page, 'nl chat console with a chat and a queue');

    await (await openedInNewTab(staff.page, () => panel.locator('form[action$="/register"] button[type=submit]').click())).close();
    await visitor.locator('#chat-app .receipt-box').waitFor();
    await assertAccessible(visitor, 'nl JavaScript chat with its receipt');

    // The English console takes the no-JS chat back on the console page.
    await staff.page.goto(`${env.server.url}${staffPath('en', '/chat')}`);
    const taken = await take(staff.page, 'Jip');
    await sendFromStaff(taken.panel, taken.number, 'Hello Jip, keep it short if someone may see it.');
    await assertAccessible(staff.page, 'en chat console with two chats');

    const frame = plain.frameLocator('iframe.chat-frame');
    await frame.locator('li.from-staff').waitFor({ timeout: 12000 });
    await plain.fill('#chat-text', 'OK');
    await submitForm(plain, 'form.chat-send button[type=submit]', '/chat/gesprek');
    await assertAccessible(plain, 'en no-JS conversation page');
    // A message that is too long: the page again with the error at the box.
    await plain.evaluate(() => document.getElementById('chat-text').removeAttribute('maxlength'));
    await plain.fill('#chat-text', 'x'.repeat(2001));
    const refused = await submitForm(plain, 'form.chat-send button[type=submit]', '/chat/gesprek');
    assert.ok(refused.status() >= 400, `a too long message is refused (${refused.status()})`);
    assert.equal(await plain.locator('#error-summary[role=alert]').count(), 1);
    await assertAccessible(plain, 'en no-JS conversation page with an error');
    const frameSrc = await plain.locator('iframe.chat-frame').getAttribute('src');
    const framePage = await plainContext.newPage();
    await framePage.goto(`${env.server.url}${frameSrc}`);
    assert.ok(await framePage.locator('li.chat-line').count() >= 2);
    // The frame alone is too small for assertAccessible's "axe really ran"
    // check, and it has one known finding: see frameFindings.
    const findings = await frameFindings(framePage);
    assert.ok(findings.passes >= 5, `axe really ran on the frame (${findings.passes} rules passed)`);
    assert.deepEqual(findings.bad.filter((v) => !knownFrameFindings.includes(v.id)), [],
      'no serious or critical findings in the frame beyond the known one');

    // The live view (coordinator), in both languages.
    coordinator = await staffContext(env, addStaff(env.server.dataDir, ['coordinator']), 'nl', axeOptions);
    for (const lang of ['nl', 'en']) {
      await coordinator.page.goto(`${env.server.url}${staffPath(lang, '/chat/overview')}`);
      // Earlier tests' chats may still count as talking until they time out.
      assert.ok(Number(await coordinator.page.locator('#overview-talking').innerText()) >= 2);
      assert.equal((await coordinator.page.locator('#overview-staff').innerText()).trim(), '1');
      await assertAccessible(coordinator.page, `${lang} chat live view`);
    }
    const answer = await coordinator.context.request.get(`${env.server.url}/api/v1/chat/overview`);
    assert.equal(answer.status(), 200, await answer.text());
    const overview = await answer.json();
    assert.ok(overview.talking >= 2);
    assert.equal(overview.staff[0].pseudonym, 'Mila');
  } finally {
    await visitorContext.close();
    await plainContext.close();
    await staff?.context.close();
    await coordinator?.context.close();
  }
});

test('axe: the chat page when the chat is closed (a closure today)', async () => {
  // A server that follows its office hours, closed all of today by a closure.
  const server = await startServer();
  try {
    const admin = addStaff(server.dataDir, ['admin'], { caseAccess: false });
    const context = await env.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await signInPage(page, server.url, admin, 'nl');
    await page.goto(`${server.url}/staff/chat/hours`);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    await page.fill('#closure-date', today);
    await page.fill('#closure-label', 'Testdag');
    const added = await submitForm(page, 'form[action$="/chat/hours/closures"] button[type=submit]', '/staff/chat/hours/closures');
    assert.equal(added.status(), 303);
    for (const lang of ['nl', 'en']) {
      await page.goto(`${server.url}${chatPath(lang)}`);
      assert.equal(await page.locator('#chat-start').count(), 0, `${lang}: no start form while closed`);
      assert.equal(await page.locator('#closed-heading').count(), 1, `${lang}: says it is closed`);
      await assertAccessible(page, `${lang} chat, closed`);
    }
    await context.close();
  } finally {
    await server.stop();
    server.removeData();
  }
});
