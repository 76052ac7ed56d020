// The staff JSON API over loopback, with accounts made by the real CLI: sign
// in with password and TOTP, the queue per role, a signal's page, changes with
// version conflicts, the route, replies that reach the reporter's mailbox,
// referrals, persons, the audit trail, and sessions that end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, postJson, validSignal } from '../support/server.mjs';
import { addStaff, signIn, api, totp, runCli } from '../support/staff.mjs';

let server;
const staff = {};
const tokens = {};

before(async () => {
  server = await startServer();
  for (const role of ['intake', 'caseworker', 'coordinator', 'analyst', 'admin', 'auditor']) {
    staff[role] = addStaff(server.dataDir, [role], { caseAccess: ['intake', 'caseworker', 'coordinator'].includes(role) });
    tokens[role] = await signIn(server.origin, staff[role]);
  }
});

after(async () => {
  await server.stop();
  server.removeData();
});

async function report(overrides = {}) {
  const created = await postJson(`${server.origin}/api/v1/signals`, validSignal(overrides));
  assert.equal(created.status, 201, created.text);
  return created.json.receipt;
}

async function newest(role) {
  const queue = await api(server.origin, tokens[role], 'GET', '/api/v1/signals?limit=200');
  assert.equal(queue.status, 200, queue.text);
  return queue.json.signals.reduce((a, b) => (b.id > a.id ? b : a));
}

test('sign-in needs the right password and code, and says the same for every mistake', async () => {
  const account = addStaff(server.dataDir, ['caseworker']);
  const wrongPassword = await postJson(`${server.origin}/api/v1/staff/login`,
    { username: account.username, password: 'not the password at all', totp: totp(account.secret) });
  const unknown = await postJson(`${server.origin}/api/v1/staff/login`,
    { username: 'nobody-here', password: account.password, totp: totp(account.secret) });
  const wrongCode = await postJson(`${server.origin}/api/v1/staff/login`,
    { username: account.username, password: account.password, totp: '000000' === totp(account.secret) ? '111111' : '000000' });
  for (const answer of [wrongPassword, unknown, wrongCode]) {
    assert.equal(answer.status, 401, answer.text);
    assert.equal(answer.json.error.message, wrongPassword.json.error.message);
  }
  const typo = await postJson(`${server.origin}/api/v1/staff/login`, { username: 'x', pasword: 'y', totp: '1' });
  assert.equal(typo.status, 400);
  assert.equal((await postJson(`${server.origin}/api/v1/staff/login`, '{"username":')).status, 400);
});

test('a one-time password must be changed first; then the new one works', async () => {
  const added = runCli(['user', 'add', '--data', server.dataDir, '--username', 'newcomer', '--role', 'caseworker']);
  assert.equal(added.code, 0, added.stderr);
  const password = added.stdout.match(/^password: (\S+)$/m)[1];
  const secret = added.stdout.match(/^totp-secret: (\S+)$/m)[1];
  const first = await postJson(`${server.origin}/api/v1/staff/login`, { username: 'newcomer', password, totp: totp(secret) });
  assert.equal(first.status, 403, first.text);
  assert.equal(first.json.error.code, 'password_change_required');
  const weak = await postJson(`${server.origin}/api/v1/staff/password`,
    { username: 'newcomer', password, new_password: 'short', totp: totp(secret, 1) });
  assert.equal(weak.status, 400, weak.text);
  assert.equal(weak.json.error.field, 'new_password');
  // The too-short password was refused before the code was checked, so the
  // same code still works for the real change.
  const changed = await postJson(`${server.origin}/api/v1/staff/password`,
    { username: 'newcomer', password, new_password: 'a long and new pass phrase', totp: totp(secret, 1) });
  assert.equal(changed.status, 200, changed.text);
  assert.ok(changed.json.token);
  const queue = await api(server.origin, changed.json.token, 'GET', '/api/v1/signals');
  assert.equal(queue.status, 200);
});

test('without a token nothing is shown; roles without case work get 403', async () => {
  assert.equal((await fetch(`${server.origin}/api/v1/signals`)).status, 401);
  assert.equal((await api(server.origin, 'nonsense', 'GET', '/api/v1/signals')).status, 401);
  for (const role of ['analyst', 'admin', 'auditor']) {
    const answer = await api(server.origin, tokens[role], 'GET', '/api/v1/signals');
    assert.equal(answer.status, 403, `${role}: ${answer.text}`);
  }
});

test('a new web report is in the intake queue with its safety deadline, not in a caseworker\'s', async () => {
  await report({ description: 'Queue test: a girl of 15 is picked up every night by an older man.' });
  const signal = await newest('intake');
  assert.equal(signal.status, 'new');
  assert.equal(signal.channel, 'web');
  assert.match(signal.deadline, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  assert.equal(signal.overdue, false);
  const mine = await api(server.origin, tokens.caseworker, 'GET', '/api/v1/signals');
  assert.ok(!mine.json.signals.some((s) => s.id === signal.id));
  const bad = await api(server.origin, tokens.intake, 'GET', '/api/v1/signals?status=lost');
  assert.equal(bad.status, 400);
});

test('the whole route: assess, decide, refer, reply, close', async () => {
  const receipt = await report({ description: 'Route test: passports held by the employer.', reporter: { role: 'professional', sector: 'healthcare', anonymity: 'shielded', name: 'Huisarts', phone: '0612345678' } });
  const { id } = await newest('coordinator');

  const detail = await api(server.origin, tokens.coordinator, 'GET', `/api/v1/signals/${id}`);
  assert.equal(detail.status, 200, detail.text);
  assert.equal(detail.json.description, 'Route test: passports held by the employer.');
  assert.equal(detail.json.reporter.name, 'Huisarts');
  assert.deepEqual(detail.json.next_states, ['safety_assessment']);

  // Only the coordinator assigns; the caseworker then sees it.
  const byIntake = await api(server.origin, tokens.intake, 'POST', `/api/v1/signals/${id}/assignment`, { assigned_to: 1 });
  assert.equal(byIntake.status, 403);
  const users = await api(server.origin, tokens.admin, 'GET', '/api/v1/staff/users');
  const caseworkerId = users.json.users.find((u) => u.username === staff.caseworker.username).id;
  const assigned = await api(server.origin, tokens.coordinator, 'POST', `/api/v1/signals/${id}/assignment`, { assigned_to: caseworkerId });
  assert.equal(assigned.status, 200, assigned.text);
  const forCaseworker = await api(server.origin, tokens.caseworker, 'GET', `/api/v1/signals/${id}`);
  assert.equal(forCaseworker.status, 200);
  assert.equal(forCaseworker.json.reporter.name, 'Huisarts', 'the assigned caseworker sees a shielded reporter');

  const skip = await api(server.origin, tokens.caseworker, 'POST', `/api/v1/signals/${id}/transitions`, { to: 'decided' });
  assert.equal(skip.status, 400, skip.text);
  assert.ok(skip.json.error.message.length > 10);
  assert.equal((await api(server.origin, tokens.caseworker, 'POST', `/api/v1/signals/${id}/transitions`, { to: 'safety_assessment' })).status, 200);
  const noOutcome = await api(server.origin, tokens.caseworker, 'POST', `/api/v1/signals/${id}/transitions`, { to: 'decided' });
  assert.equal(noOutcome.status, 400);
  assert.equal(noOutcome.json.error.field, 'safety_outcome');

  let version = (await api(server.origin, tokens.caseworker, 'GET', `/api/v1/signals/${id}`)).json.version;
  const patched = await api(server.origin, tokens.caseworker, 'PATCH', `/api/v1/signals/${id}`,
    { version, safety_outcome: 'concerns', scope: 'cross_border', sub_forms: ['labour_agriculture'] });
  assert.equal(patched.status, 200, patched.text);
  assert.equal(patched.json.version, version + 1);
  assert.equal((await api(server.origin, tokens.caseworker, 'POST', `/api/v1/signals/${id}/transitions`, { to: 'decided' })).status, 200);

  const person = await api(server.origin, tokens.caseworker, 'POST', `/api/v1/signals/${id}/persons`,
    { role: 'victim', age: 16, age_estimated: true, gender: 'female', nationality: 'RO' });
  assert.equal(person.status, 201, person.text);
  const badPerson = await api(server.origin, tokens.caseworker, 'POST', `/api/v1/signals/${id}/persons`, { role: 'victim', nationality: 'XX' });
  assert.equal(badPerson.status, 400);
  assert.equal(badPerson.json.error.field, 'nationality');

  const early = await api(server.origin, tokens.caseworker, 'POST', `/api/v1/signals/${id}/transitions`, { to: 'referred' });
  assert.equal(early.status, 400);
  const referral = await api(server.origin, tokens.caseworker, 'POST', `/api/v1/signals/${id}/referrals`, { partner: 'labour_inspectorate' });
  assert.equal(referral.status, 201, referral.text);
  const outcome = await api(server.origin, tokens.caseworker, 'PATCH', `/api/v1/signals/${id}/referrals/${referral.json.id}`, { outcome: 'accepted' });
  assert.equal(outcome.status, 200, outcome.text);
  assert.equal((await api(server.origin, tokens.caseworker, 'POST', `/api/v1/signals/${id}/transitions`, { to: 'referred' })).status, 200);

  const note = await api(server.origin, tokens.caseworker, 'POST', `/api/v1/signals/${id}/log`, { kind: 'call', body: 'Called the GP back.' });
  assert.equal(note.status, 201, note.text);
  const reply = await api(server.origin, tokens.caseworker, 'POST', `/api/v1/signals/${id}/messages`, { body: 'Thank you, we have passed this on.' });
  assert.equal(reply.status, 201, reply.text);

  // The reporter reads the reply with only the receipt.
  const mailbox = await postJson(`${server.origin}/api/v1/mailbox/login`, { receipt });
  const thread = await (await fetch(`${server.origin}/api/v1/mailbox`, { headers: { Authorization: `Bearer ${mailbox.json.token}` } })).json();
  assert.equal(thread.status, 'referred');
  assert.equal(thread.messages.at(-1).body, 'Thank you, we have passed this on.');

  const closedByCaseworker = await api(server.origin, tokens.caseworker, 'POST', `/api/v1/signals/${id}/transitions`, { to: 'closed' });
  assert.equal(closedByCaseworker.status, 403);
  const closed = await api(server.origin, tokens.coordinator, 'POST', `/api/v1/signals/${id}/transitions`, { to: 'closed' });
  assert.equal(closed.status, 200, closed.text);

  const final = await api(server.origin, tokens.coordinator, 'GET', `/api/v1/signals/${id}`);
  assert.equal(final.json.status, 'closed');
  assert.deepEqual(final.json.sub_forms, ['labour_agriculture']);
  assert.equal(final.json.scope, 'cross_border');
  assert.equal(final.json.persons[0].minor, 'yes');
  assert.equal(final.json.referrals[0].outcome, 'accepted');
  assert.equal(final.json.log[0].body, 'Called the GP back.');
});

test('two people saving the same version: the second gets 409 naming what changed', async () => {
  await report({ description: 'Conflict test.' });
  const { id, version } = await newest('coordinator');
  const first = await api(server.origin, tokens.coordinator, 'PATCH', `/api/v1/signals/${id}`, { version, acute: true, forms: ['labour', 'criminal'] });
  assert.equal(first.status, 200, first.text);
  const second = await api(server.origin, tokens.intake, 'PATCH', `/api/v1/signals/${id}`, { version, scope: 'domestic' });
  assert.equal(second.status, 409, second.text);
  assert.equal(second.json.error.code, 'conflict');
  assert.deepEqual(second.json.changed.sort(), ['acute', 'forms']);
  const kept = await api(server.origin, tokens.coordinator, 'GET', `/api/v1/signals/${id}`);
  assert.equal(kept.json.scope, 'unknown');
  assert.equal(kept.json.acute, true);
  const noVersion = await api(server.origin, tokens.coordinator, 'PATCH', `/api/v1/signals/${id}`, { acute: false });
  assert.equal(noVersion.status, 400);
  const unknownField = await api(server.origin, tokens.coordinator, 'PATCH', `/api/v1/signals/${id}`, { version: kept.json.version, colour: 'red' });
  assert.equal(unknownField.status, 400);
});

test('intake registers a phone call; the caller gets a receipt', async () => {
  const body = { ...validSignal({ description: 'Caller at 3 a.m.: her sister is kept in a house in Lelystad.' }), channel: 'phone' };
  const registered = await api(server.origin, tokens.intake, 'POST', '/api/v1/staff/registrations', body);
  assert.equal(registered.status, 201, registered.text);
  assert.match(registered.json.receipt, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  const signal = await api(server.origin, tokens.intake, 'GET', `/api/v1/signals/${registered.json.id}`);
  assert.equal(signal.json.channel, 'phone');
  assert.equal((await api(server.origin, tokens.caseworker, 'POST', '/api/v1/staff/registrations', body)).status, 403);
  const invalid = await api(server.origin, tokens.intake, 'POST', '/api/v1/staff/registrations', { ...body, description: '' });
  assert.equal(invalid.status, 400);
});

test('the audit trail shows who looked at which signal, only to the auditor', async () => {
  const { id } = await newest('coordinator');
  await api(server.origin, tokens.coordinator, 'GET', `/api/v1/signals/${id}`);
  assert.equal((await api(server.origin, tokens.coordinator, 'GET', '/api/v1/audit')).status, 403);
  const log = await api(server.origin, tokens.auditor, 'GET', `/api/v1/audit?signal=${id}&action=signal_viewed`);
  assert.equal(log.status, 200, log.text);
  assert.ok(log.json.entries.length >= 1);
  assert.equal(log.json.entries[0].action, 'signal_viewed');
  assert.equal(log.json.entries[0].signal, id);
  assert.ok(!JSON.stringify(log.json).includes('Conflict test'), 'no case text in the audit log');
});

test('case access granted by a coordinator opens signals after the next sign-in', async () => {
  const newcomer = addStaff(server.dataDir, ['coordinator'], { caseAccess: false });
  let token = await signIn(server.origin, newcomer);
  const { id } = await newest('coordinator');
  const locked = await api(server.origin, token, 'GET', `/api/v1/signals/${id}`);
  assert.equal(locked.status, 403, locked.text);
  const users = await api(server.origin, tokens.admin, 'GET', '/api/v1/staff/users');
  const account = users.json.users.find((u) => u.username === newcomer.username);
  assert.equal(account.case_access, false);
  assert.equal((await api(server.origin, tokens.intake, 'POST', `/api/v1/staff/users/${account.id}/case-access`)).status, 403);
  const granted = await api(server.origin, tokens.coordinator, 'POST', `/api/v1/staff/users/${account.id}/case-access`);
  assert.equal(granted.status, 200, granted.text);
  token = await signIn(server.origin, newcomer);
  assert.equal((await api(server.origin, token, 'GET', `/api/v1/signals/${id}`)).status, 200);
});

test('sign-out ends the token; a disabled account loses its session at once', async () => {
  const leaving = addStaff(server.dataDir, ['intake']);
  const token = await signIn(server.origin, leaving);
  assert.equal((await api(server.origin, token, 'GET', '/api/v1/signals')).status, 200);
  assert.equal((await api(server.origin, token, 'POST', '/api/v1/staff/logout')).status, 204);
  assert.equal((await api(server.origin, token, 'GET', '/api/v1/signals')).status, 401);

  const disabled = addStaff(server.dataDir, ['intake']);
  const other = await signIn(server.origin, disabled);
  assert.equal(runCli(['user', 'disable', '--data', server.dataDir, '--username', disabled.username]).code, 0);
  assert.equal((await api(server.origin, other, 'GET', '/api/v1/signals')).status, 401);
});

test('every staff API route with every role over HTTP: 403 exactly where the role table says', async () => {
  // Numbers that do not exist and bodies that are incomplete: a role that may
  // use the route gets 400 or 404 (never 403); one that may not gets 403
  // before anything is looked at.
  const work = ['intake', 'caseworker', 'coordinator'];
  const routes = [
    ['GET', '/api/v1/signals', undefined, work],
    ['GET', '/api/v1/signals/999999', undefined, work],
    ['PATCH', '/api/v1/signals/999999', {}, work],
    ['POST', '/api/v1/signals/999999/transitions', {}, work],
    ['POST', '/api/v1/signals/999999/assignment', {}, ['coordinator']],
    ['POST', '/api/v1/signals/999999/messages', {}, work],
    ['POST', '/api/v1/signals/999999/log', {}, work],
    ['POST', '/api/v1/signals/999999/referrals', {}, work],
    ['PATCH', '/api/v1/signals/999999/referrals/1', {}, work],
    ['POST', '/api/v1/signals/999999/persons', {}, work],
    ['POST', '/api/v1/persons/999999/link', {}, work],
    ['POST', '/api/v1/staff/registrations', {}, ['intake', 'coordinator']],
    ['GET', '/api/v1/audit', undefined, ['auditor']],
    ['GET', '/api/v1/staff/users', undefined, ['admin']],
    ['POST', '/api/v1/staff/users/999999/case-access', undefined, ['coordinator']],
  ];
  for (const [method, path, body, allowed] of routes) {
    assert.equal((await api(server.origin, 'no-such-token', method, path, body)).status, 401, `${method} ${path} signed out`);
    for (const role of Object.keys(tokens)) {
      const answer = await api(server.origin, tokens[role], method, path, body);
      if (allowed.includes(role)) {
        assert.notEqual(answer.status, 403, `${method} ${path} as ${role}: ${answer.text}`);
        assert.ok(answer.status < 500, `${method} ${path} as ${role}: ${answer.status}`);
      } else {
        assert.equal(answer.status, 403, `${method} ${path} as ${role}: ${answer.text}`);
      }
    }
  }
});

test('linking the same victim across two signals counts one person', async () => {
  await report({ description: 'Link test one.' });
  const first = (await newest('coordinator')).id;
  await report({ description: 'Link test two.' });
  const second = (await newest('coordinator')).id;
  const a = await api(server.origin, tokens.coordinator, 'POST', `/api/v1/signals/${first}/persons`, { role: 'victim', age: 17, nationality: 'pl' });
  const b = await api(server.origin, tokens.coordinator, 'POST', `/api/v1/signals/${second}/persons`, { role: 'victim', age: 17 });
  assert.equal(a.status, 201, a.text);
  assert.equal(b.status, 201, b.text);
  const linked = await api(server.origin, tokens.coordinator, 'POST', `/api/v1/persons/${b.json.id}/link`, { same_as: a.json.id });
  assert.equal(linked.status, 200, linked.text);
  const one = (await api(server.origin, tokens.coordinator, 'GET', `/api/v1/signals/${first}`)).json.persons[0];
  const two = (await api(server.origin, tokens.coordinator, 'GET', `/api/v1/signals/${second}`)).json.persons[0];
  assert.equal(one.identity, two.identity);
  assert.equal(one.nationality, 'PL');
  // A caseworker to whom neither is assigned cannot link, and learns nothing from trying.
  const refused = await api(server.origin, tokens.caseworker, 'POST', `/api/v1/persons/${b.json.id}/link`, { same_as: a.json.id });
  const unknown = await api(server.origin, tokens.caseworker, 'POST', '/api/v1/persons/999999/link', { same_as: a.json.id });
  assert.equal(refused.status, 403);
  assert.equal(unknown.status, 403);
  assert.equal(refused.json.error.message, unknown.json.error.message);
});

test('the audit chain verifies after all of the above', async () => {
  const verified = runCli(['audit', 'verify', '--data', server.dataDir]);
  assert.equal(verified.code, 0, verified.stdout + verified.stderr);
  assert.match(verified.stdout, /intact/);
});
