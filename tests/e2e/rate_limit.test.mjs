// Abuse is held off per address without tracking anyone: wrong receipts and
// floods of submissions get a 429 after a burst, with a message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, postJson, validSignal } from '../support/server.mjs';

let server;
before(async () => { server = await startServer({ args: ['--submissions-per-minute', '2'] }); });
after(async () => { await server.stop(); server.removeData(); });

test('wrong receipts are limited per address, and the limit says so', async () => {
  const statuses = [];
  for (let i = 0; i < 8; ++i) {
    statuses.push((await postJson(`${server.url}/api/v1/mailbox/login`, { receipt: `0000-0000-0000-0000-000${i}` })).status);
  }
  assert.deepEqual(statuses.slice(0, 5), [401, 401, 401, 401, 401]);
  const limited = await postJson(`${server.url}/api/v1/mailbox/login`, { receipt: '0000-0000-0000-0000-0009' });
  assert.equal(limited.status, 429);
  assert.equal(limited.json.error.code, 'rate_limited');
});

test('a flood of submissions from one address is held back', async () => {
  const statuses = [];
  for (let i = 0; i < 30; ++i) statuses.push((await postJson(`${server.url}/api/v1/signals`, validSignal())).status);
  assert.ok(statuses.includes(201));
  assert.equal(statuses.at(-1), 429);
  assert.ok(!statuses.some((status) => status >= 500));
});
