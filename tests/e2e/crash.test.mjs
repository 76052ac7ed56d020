// Durability: a receipt is only shown after the report is on disk. Reports are
// sent in parallel while the server is killed with SIGKILL at random moments,
// several times over; after each restart every acknowledged receipt must log in
// and show exactly the report it was given for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, freshDataDir, postJson, validSignal } from '../support/server.mjs';

const rounds = 4;
const senders = 8;

async function sendUntilDown(url, acknowledged) {
  for (let i = 0; ; ++i) {
    const description = `crash-test ${process.pid} ${Date.now()} ${Math.random()} #${i}`;
    let result;
    try {
      result = await postJson(`${url}/api/v1/signals`, validSignal({ description }));
    } catch {
      return;  // the server is gone
    }
    if (result.status === 201) acknowledged.push({ receipt: result.json.receipt, description });
    else assert.fail(`unexpected status ${result.status}: ${result.text}`);
  }
}

test('every acknowledged receipt survives kill -9', { timeout: 300000 }, async () => {
  const dataDir = freshDataDir('meldpunt-crash-');
  const acknowledged = [];
  for (let round = 0; round < rounds; ++round) {
    const server = await startServer({ dataDir });
    const sending = Array.from({ length: senders }, () => sendUntilDown(server.url, acknowledged));
    await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 1200));
    await server.crash();
    await Promise.all(sending);
  }
  assert.ok(acknowledged.length > 50, `enough reports were acknowledged (${acknowledged.length})`);

  const server = await startServer({ dataDir });
  try {
    for (const { receipt, description } of acknowledged) {
      const login = await postJson(`${server.url}/api/v1/mailbox/login`, { receipt });
      assert.equal(login.status, 200, `receipt ${receipt} lost after a crash`);
      const mailbox = await (await fetch(`${server.url}/api/v1/mailbox`, { headers: { Authorization: `Bearer ${login.json.token}` } })).json();
      assert.equal(mailbox.description, description);
    }
  } finally {
    await server.stop();
    server.removeData();
  }
});
