// The public JSON API over real HTTP on loopback: the exact shapes the issue
// asks for, every kind of bad input answered with a clear 4xx (never a 5xx),
// the mailbox round trip, and the security headers on every answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, validSignal, postJson, receiptPattern } from '../support/server.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => {
  const { code } = await server.stop();
  server.removeData();
  assert.equal(code, 0, 'server exits 0 on SIGTERM');
});

function assertError(result, status, field) {
  assert.equal(result.status, status, result.text);
  assert.ok(result.json?.error?.code, `error code in ${result.text}`);
  assert.ok(result.json.error.message.length > 10, 'a message that says what to fix');
  if (field !== undefined) assert.equal(result.json.error.field, field);
}

test('health check answers ok', async () => {
  const response = await fetch(`${server.url}/healthz`);
  assert.equal(response.status, 200);
  assert.equal(await response.text(), 'ok');
});

test('a valid report answers 201 with a receipt and the kind', async () => {
  const result = await postJson(`${server.url}/api/v1/signals`, validSignal());
  assert.equal(result.status, 201, result.text);
  assert.match(result.json.receipt, receiptPattern);
  assert.equal(result.json.kind, 'report');
  const advice = await postJson(`${server.url}/api/v1/signals`, validSignal({ kind: 'advice' }));
  assert.equal(advice.status, 201);
  assert.equal(advice.json.kind, 'advice');
  assert.notEqual(advice.json.receipt, result.json.receipt);
});

test('identified and shielded reporters may give contact details', async () => {
  for (const anonymity of ['identified', 'shielded']) {
    const result = await postJson(`${server.url}/api/v1/signals`, validSignal({
      reporter: { role: 'professional', sector: 'education', anonymity, name: 'Juf Anna', email: 'anna@school.nl', phone: '06 1234 5678', organisation: 'De Regenboog' },
    }));
    assert.equal(result.status, 201, result.text);
  }
});

test('invalid input is a 400 that names the field', async () => {
  const url = `${server.url}/api/v1/signals`;
  const cases = [
    [validSignal({ description: '' }), 'description'],
    [validSignal({ description: 'x'.repeat(20001) }), 'description'],
    [validSignal({ reporter: { role: 'resident', anonymity: 'anonymous', email: 'a@b.nl' } }), 'reporter.anonymity'],
    [validSignal({ reporter: { role: 'resident', anonymity: 'anonymous', name: 'An' } }), 'reporter.anonymity'],
    [validSignal({ forms: [] }), 'forms'],
    [validSignal({ forms: ['slavery'] }), 'forms'],
    [validSignal({ forms: 'labour' }), 'forms'],
    [validSignal({ kind: 'complaint' }), 'kind'],
    [validSignal({ postcode: '12' }), 'postcode'],
    [validSignal({ postcode: '1315', municipality: 'GM0995' }), 'postcode'],
    [validSignal({ municipality: 'GM9999' }), 'municipality'],
    [validSignal({ minors_involved: 'maybe' }), 'minors_involved'],
    [validSignal({ acute: 'yes' }), 'acute'],
    [validSignal({ signals: ['made_up'] }), 'signals'],
    [validSignal({ reporter: { role: 'boss', anonymity: 'anonymous' } }), 'reporter.role'],
    [validSignal({ reporter: { role: 'resident', anonymity: 'identified', email: 'not-an-address' } }), 'reporter.email'],
    [validSignal({ reporter: 'me' }), 'reporter'],
    [validSignal({ colour: 'blue' }), 'colour'],
    [validSignal({ reporter: { role: 'resident', anonymity: 'anonymous', age: 12 } }), 'reporter.age'],
  ];
  for (const [body, field] of cases) {
    assertError(await postJson(url, body), 400, field);
  }
  assertError(await postJson(url, '{"kind": "report",'), 400);
  assertError(await postJson(url, '[1, 2]'), 400);
  assertError(await postJson(url, '"text"'), 400);
  assertError(await postJson(url, '\u0000\u00ff'), 400);
});

test('exactly 20,000 characters are accepted, also when they are not ASCII', async () => {
  const result = await postJson(`${server.url}/api/v1/signals`, validSignal({ description: 'é'.repeat(20000) }));
  assert.equal(result.status, 201, result.text);
});

test('wrong media type, too large, wrong method and unknown path', async () => {
  const url = `${server.url}/api/v1/signals`;
  const wrongType = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
  assert.equal(wrongType.status, 415);
  assert.ok((await wrongType.json()).error.message);
  const big = await postJson(url, JSON.stringify(validSignal({ description: 'x'.repeat(70 * 1024) })));
  assertError(big, 413);
  const wrongMethod = await fetch(url, { method: 'DELETE' });
  assert.equal(wrongMethod.status, 405);
  // POST reports; GET is the staff queue (it needs a staff token).
  assert.equal(wrongMethod.headers.get('allow'), 'POST, GET, HEAD');
  assert.equal((await wrongMethod.json()).error.code, 'method_not_allowed');
  const unknown = await fetch(`${server.url}/api/v1/nothing-here`);
  assert.equal(unknown.status, 404);
  assert.equal((await unknown.json()).error.code, 'not_found');
});

test('mailbox: log in with the receipt, read, add a message', async () => {
  const description = `Mailbox test ${Date.now()}`;
  const created = await postJson(`${server.url}/api/v1/signals`, validSignal({ description }));
  const login = await postJson(`${server.url}/api/v1/mailbox/login`, { receipt: created.json.receipt.toLowerCase().replaceAll('-', ' ') });
  assert.equal(login.status, 200, login.text);
  const auth = { Authorization: `Bearer ${login.json.token}` };

  const empty = await (await fetch(`${server.url}/api/v1/mailbox`, { headers: auth })).json();
  assert.equal(empty.kind, 'report');
  assert.equal(empty.status, 'new');
  assert.equal(empty.description, description);
  assert.match(empty.received_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  assert.deepEqual(empty.messages, []);

  const sent = await postJson(`${server.url}/api/v1/mailbox/messages`, { body: 'Ze worden om 6 uur opgehaald.' }, auth);
  assert.equal(sent.status, 201, sent.text);
  const after = await (await fetch(`${server.url}/api/v1/mailbox`, { headers: auth })).json();
  assert.equal(after.messages.length, 1);
  assert.equal(after.messages[0].from, 'reporter');
  assert.equal(after.messages[0].body, 'Ze worden om 6 uur opgehaald.');

  assertError(await postJson(`${server.url}/api/v1/mailbox/messages`, { body: '   ' }, auth), 400, 'body');
  assertError(await postJson(`${server.url}/api/v1/mailbox/messages`, { body: 3 }, auth), 400, 'body');
});

test('mailbox refuses missing or wrong credentials with 401', async () => {
  assert.equal((await fetch(`${server.url}/api/v1/mailbox`)).status, 401);
  assert.equal((await fetch(`${server.url}/api/v1/mailbox`, { headers: { Authorization: 'Bearer nonsense' } })).status, 401);
  const post = await postJson(`${server.url}/api/v1/mailbox/messages`, { body: 'hi' }, { Authorization: 'Bearer nonsense' });
  assertError(post, 401);
  const wrong = await postJson(`${server.url}/api/v1/mailbox/login`, { receipt: '0000-0000-0000-0000-0000' });
  const malformed = await postJson(`${server.url}/api/v1/mailbox/login`, { receipt: 'hello' });
  assertError(wrong, 401);
  assert.equal(wrong.text, malformed.text, 'every wrong receipt gets the same answer');
  assertError(await postJson(`${server.url}/api/v1/mailbox/login`, {}), 400, 'receipt');
});

test('every answer carries the security headers and no cookie', async () => {
  for (const path of ['/', '/melden', '/en/report', '/healthz', '/api/v1/mailbox', '/static/site.css', '/nope']) {
    const response = await fetch(`${server.url}${path}`);
    const csp = response.headers.get('content-security-policy');
    assert.ok(csp && csp.includes("frame-ancestors 'none'") && csp.includes("script-src 'self'") && !csp.includes('unsafe-inline'), `${path}: ${csp}`);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(response.headers.get('set-cookie'), null, path);
    assert.equal(response.headers.get('server'), null, path);
  }
});

test('the server survives garbage on the wire', async () => {
  const net = await import('node:net');
  const { port, hostname } = new URL(server.url);
  for (const junk of ['GARBAGE\r\n\r\n', 'GET / HTTP/9.9\r\n\r\n', 'POST /api/v1/signals HTTP/1.1\r\nContent-Length: -5\r\n\r\n', `GET /${'a'.repeat(20000)} HTTP/1.1\r\nHost: x\r\n\r\n`]) {
    await new Promise((resolve) => {
      const socket = net.connect(Number(port), hostname, () => socket.write(junk));
      socket.on('data', (data) => { assert.match(data.toString(), /^HTTP\/1\.1 4\d\d/); });
      socket.on('close', resolve);
      socket.on('error', resolve);
      socket.setTimeout(3000, () => socket.destroy());
    });
  }
  const health = await fetch(`${server.url}/healthz`);
  assert.equal(health.status, 200);
});
