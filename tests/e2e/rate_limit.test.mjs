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

test('behind a trusted proxy each forwarded client has its own bucket', async () => {
  const proxied = await startServer({ args: ['--submissions-per-minute', '2', '--trusted-proxy', '127.0.0.1'] });
  try {
    const wrong = (client) => postJson(`${proxied.url}/api/v1/mailbox/login`, { receipt: '0000-0000-0000-0000-0000' },
      { 'X-Forwarded-For': `198.51.100.1, ${client}` });
    for (let i = 0; i < 5; ++i) assert.equal((await wrong('203.0.113.5')).status, 401);
    assert.equal((await wrong('203.0.113.5')).status, 429, 'the same client is held back');
    assert.equal((await wrong('203.0.113.6')).status, 401, 'another client behind the proxy is not');
  } finally {
    await proxied.stop();
    proxied.removeData();
  }
});

test('without a trusted proxy, X-Forwarded-For cannot pick a fresh bucket', async () => {
  const statuses = [];
  for (let i = 0; i < 3; ++i) {
    statuses.push((await postJson(`${server.url}/api/v1/mailbox/login`, { receipt: '0000-0000-0000-0000-0000' },
      { 'X-Forwarded-For': `203.0.113.${i}` })).status);
  }
  assert.deepEqual(statuses, [429, 429, 429], 'still limited from the first test');
});

test('one address cannot hold every connection', async () => {
  const limited = await startServer({ args: ['--connections-per-address', '4'] });
  const net = await import('node:net');
  const { port } = new URL(limited.url);
  const sockets = [];
  try {
    for (let i = 0; i < 4; ++i) {
      sockets.push(await new Promise((resolve) => { const s = net.connect(Number(port), '127.0.0.1', () => resolve(s)); }));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = await fetch(`${limited.url}/healthz`).then(() => 'answered', () => 'refused');
    assert.equal(refused, 'refused');
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal((await fetch(`${limited.url}/healthz`)).status, 200, 'a slot frees up when a connection ends');
  } finally {
    sockets.forEach((socket) => socket.destroy());
    await limited.stop();
    limited.removeData();
  }
});
