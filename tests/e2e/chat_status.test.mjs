// The chat's opening hours from outside: GET /api/v1/chat/status over real
// HTTP (the exact shape the issue asks for), and `meldpunt hours --at` run as
// an operator would, with its first word `open` or `closed` and exit 2 for a
// time it cannot read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { binary, freshDataDir, startServer } from '../support/server.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => {
  const { code } = await server.stop();
  server.removeData();
  assert.equal(code, 0, 'server exits 0 on SIGTERM');
});

function hours(args) {
  const run = spawnSync(binary(), ['hours', ...args], { encoding: 'utf8', timeout: 60000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('chat status has exactly open, next_open and phone', async () => {
  const response = await fetch(`${server.url}/api/v1/chat/status`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  const body = await response.json();
  assert.deepEqual(Object.keys(body).sort(), ['next_open', 'open', 'phone']);
  assert.equal(typeof body.open, 'boolean');
  assert.equal(body.phone, '088 2220500');
  if (body.open) {
    assert.equal(body.next_open, null);
  } else {
    assert.match(body.next_open, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.ok(Date.parse(body.next_open) > Date.now() - 60000, 'next opening lies ahead');
  }
});

test('chat status is a GET only', async () => {
  const response = await fetch(`${server.url}/api/v1/chat/status`, { method: 'POST' });
  assert.ok(response.status >= 400 && response.status < 500, `status ${response.status}`);
});

test('hours on King\'s Day 2026 is closed and names the next opening', () => {
  const run = hours(['--at', '2026-04-27T10:00:00+02:00']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^closed\b/);
  assert.equal(run.stdout, "closed (King's Day); opens Tuesday 28-04-2026 09:00\n");
});

test('hours on the Tuesday after is open until 17:00', () => {
  const run = hours(['--at', '2026-04-28T10:00:00+02:00']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^open\b/);
  assert.equal(run.stdout, 'open until 17:00\n');
});

test('hours accepts --data without creating the folder', () => {
  const dir = freshDataDir('meldpunt-hours-');
  try {
    const data = join(dir, 'data');
    const run = hours(['--at', '2026-04-25T10:00:00Z', '--data', data]);
    assert.equal(run.code, 0, run.stderr);
    // Saturday 25 April; Monday is King's Day, so the chat opens on Tuesday.
    assert.equal(run.stdout, 'closed (weekend); opens Tuesday 28-04-2026 09:00\n');
    assert.equal(existsSync(data), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a bad --at is wrong usage: exit 2 with a message on stderr', () => {
  for (const value of ['tomorrow', '2026-13-01T10:00:00Z', '27-04-2026 10:00', '']) {
    const run = hours(['--at', value]);
    assert.equal(run.code, 2, `${value}: ${run.stdout}`);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /--at must be an ISO 8601 time/);
  }
  assert.equal(hours(['--at']).code, 2, 'a missing value');
  const now = hours([]);  // without --at: now
  assert.equal(now.code, 0, now.stderr);
  assert.match(now.stdout, /^(open|closed)\b/);
});
