// The chat's opening hours change without a restart: an administrator adds a
// closure for today on the staff page (the real form route, signed in with a
// bearer token), and at once GET /api/v1/chat/status, the home page in both
// languages and `meldpunt hours --data` (another process on the same folder)
// say closed, with the reason; removing it opens the chat again. Each change
// is on the audit trail. A coordinator adds a canned answer the same way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, postForm } from '../support/server.mjs';
import { addStaff, api, runCli, signIn } from '../support/staff.mjs';

let server;
let admin;
let adminToken;
before(async () => {
  server = await startServer();
  admin = addStaff(server.dataDir, ['admin'], { caseAccess: false });
  adminToken = await signIn(server.origin, admin);
});
after(async () => {
  const { code } = await server.stop();
  server.removeData();
  assert.equal(code, 0, 'server exits 0 on SIGTERM');
});

// Today's date where the chat is: "2026-04-28".
function amsterdamToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

async function status() {
  const response = await fetch(`${server.url}/api/v1/chat/status`);
  assert.equal(response.status, 200);
  return response.json();
}

async function page(path) {
  const response = await fetch(`${server.url}${path}`);
  assert.equal(response.status, 200, path);
  return response.text();
}

function asStaff(token) {
  return { Authorization: `Bearer ${token}` };
}

test('a closure for today closes the chat at once, everywhere, and opens it again when removed', async () => {
  const today = amsterdamToday();
  const before = await status();

  const added = await postForm(`${server.url}/staff/chat/hours/closures`,
    [['date', today], ['label', 'Studiedag']], asStaff(adminToken));
  assert.equal(added.status, 303, added.text);
  assert.equal(added.headers.get('location'), '/staff/chat/hours?saved=closure');

  const closed = await status();
  assert.equal(closed.open, false);
  if (closed.next_open !== null) {
    assert.ok(closed.next_open.slice(0, 10) > today || Date.parse(closed.next_open) > Date.now() + 12 * 3600 * 1000,
      `next opening ${closed.next_open} is not today`);
  }
  assert.match(await page('/'), /<p id="chat-availability">De chat is nu gesloten \(Studiedag\)\./);
  assert.match(await page('/en/'), /The chat is closed now \(Studiedag\)\./);

  // Another process reading the same data folder sees it too.
  const hours = runCli(['hours', '--data', server.dataDir]);
  assert.equal(hours.code, 0, hours.stderr);
  assert.match(hours.stdout, /^closed \(Studiedag\); opens /);

  // The staff page lists it, with a form to remove it.
  const listed = await fetch(`${server.url}/staff/chat/hours`, { headers: asStaff(adminToken) });
  assert.equal(listed.status, 200);
  assert.match(await listed.text(), new RegExp(`action="/staff/chat/hours/closures/${today}/remove"`));

  const removed = await postForm(`${server.url}/staff/chat/hours/closures/${today}/remove`, [], asStaff(adminToken));
  assert.equal(removed.status, 303, removed.text);
  const reopened = await status();
  assert.equal(reopened.open, before.open, 'as it was before the closure');
  assert.doesNotMatch(await page('/'), /Studiedag/);

  const auditor = addStaff(server.dataDir, ['auditor'], { caseAccess: false });
  const auditorToken = await signIn(server.origin, auditor);
  for (const action of ['chat_closure_added', 'chat_closure_removed']) {
    const trail = await api(server.origin, auditorToken, 'GET', `/api/v1/audit?action=${action}`);
    assert.equal(trail.status, 200, trail.text);
    assert.equal(trail.json.entries.length, 1, action);
  }
});

test('a closure with problems comes back with what was typed, and changes nothing', async () => {
  const refused = await postForm(`${server.url}/staff/chat/hours/closures`,
    [['date', '2026-02-30'], ['label', 'Teamdag']], asStaff(adminToken));
  assert.equal(refused.status, 400);
  assert.match(refused.text, /Geef een datum die bestaat/);
  assert.match(refused.text, /name="label" value="Teamdag"/);
});

test('saving the week changes the hours the server and the command line keep', async () => {
  // Open every day, all day: now the chat is open unless today is a holiday.
  const fields = [['liberation_day', 'never']];
  for (const day of ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']) {
    fields.push([`${day}_1_from`, '00:00'], [`${day}_1_to`, '24:00']);
  }
  const saved = await postForm(`${server.url}/en/staff/chat/hours`, fields, asStaff(adminToken));
  assert.equal(saved.status, 303, saved.text);
  assert.equal(saved.headers.get('location'), '/en/staff/chat/hours?saved=hours');
  const hours = runCli(['hours', '--data', server.dataDir]);
  assert.equal(hours.code, 0, hours.stderr);
  const holiday = hours.stdout.startsWith('closed');
  assert.equal((await status()).open, !holiday, hours.stdout);
  if (!holiday) assert.match(hours.stdout, /^open until 24:00$/m);
  if (!holiday) assert.match(await page('/en/'), /The chat is open now, until 24:00\./);
});

test('a coordinator adds a canned answer; an administrator may not', async () => {
  const coordinator = addStaff(server.dataDir, ['coordinator']);
  const token = await signIn(server.origin, coordinator);
  const added = await postForm(`${server.url}/staff/chat/answers`,
    [['language', 'nl'], ['title', 'Welkom'], ['body', 'Fijn dat je er bent. Wat is er gebeurd?']], asStaff(token));
  assert.equal(added.status, 303, added.text);
  const listed = await fetch(`${server.url}/staff/chat/answers`, { headers: asStaff(token) });
  assert.match(await listed.text(), /<h3>Welkom<\/h3>/);
  const refused = await postForm(`${server.url}/staff/chat/answers`,
    [['language', 'nl'], ['title', 'Nee'], ['body', 'Nee']], asStaff(adminToken));
  assert.equal(refused.status, 403);
});
