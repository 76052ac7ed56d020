// Graceful stop: on SIGTERM the server stops accepting, finishes the writes in
// flight and exits 0; every report it acknowledged is there after a restart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer, freshDataDir, postJson, validSignal, binary } from '../support/server.mjs';

test('SIGTERM during a burst: exit 0 and nothing acknowledged is lost', async () => {
  const dataDir = freshDataDir('meldpunt-stop-');
  const server = await startServer({ dataDir });
  const acknowledged = [];
  const sending = Array.from({ length: 16 }, async () => {
    for (let i = 0; i < 200; ++i) {
      try {
        const result = await postJson(`${server.url}/api/v1/signals`, validSignal({ description: `stop ${i} ${Math.random()}` }));
        if (result.status === 201) acknowledged.push(result.json.receipt);
      } catch {
        return;
      }
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 400));
  const { code } = await server.stop();
  await Promise.all(sending);
  assert.equal(code, 0);
  assert.ok(acknowledged.length > 0);

  const again = await startServer({ dataDir });
  try {
    for (const receipt of acknowledged) {
      assert.equal((await postJson(`${again.url}/api/v1/mailbox/login`, { receipt })).status, 200, receipt);
    }
  } finally {
    await again.stop();
    again.removeData();
  }
});

test('the binary prints its version and refuses bad options clearly', () => {
  assert.match(execFileSync(binary(), ['version']).toString(), /^meldpunt \d+\.\d+\.\d+/);
  let failed = null;
  try {
    execFileSync(binary(), ['serve', '--listen', 'nonsense'], { stdio: 'pipe' });
  } catch (error) {
    failed = error;
  }
  assert.ok(failed, 'a bad --listen fails');
  assert.notEqual(failed.status, 0);
  assert.match(failed.stderr.toString(), /HOST:PORT/);
});
