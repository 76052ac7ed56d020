// Privacy: nothing that identifies a visitor's device or connection is kept.
// A unique User-Agent and X-Forwarded-For are sent with every kind of request;
// afterwards no file in the data folder and nothing in the log holds them, nor
// the client address, nor the text people typed, nor the receipt itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, rmSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startServer, postJson, postForm, formToken, validSignal } from '../support/server.mjs';

function filesBelow(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

test('no address, user agent, typed text or receipt is stored or logged', async () => {
  const unique = `privacy-${process.pid}-${Date.now()}`;
  const userAgent = `Mozilla/5.0 UniqueAgent-${unique}`;
  const forwarded = '203.0.113.77';
  const secretText = `Geheime beschrijving ${unique}`;
  const secretName = `Naam-${unique}`;
  const headers = { 'User-Agent': userAgent, 'X-Forwarded-For': forwarded, 'X-Real-IP': forwarded };
  const logDir = mkdtempSync(join(tmpdir(), 'meldpunt-log-'));
  const logFile = join(logDir, 'server.log');
  const server = await startServer({ logFile });

  const created = await postJson(`${server.url}/api/v1/signals`, validSignal({
    description: secretText,
    reporter: { role: 'resident', anonymity: 'identified', name: secretName, email: `${unique}@example.nl` },
  }), headers);
  assert.equal(created.status, 201);
  const page = await (await fetch(`${server.url}/melden`, { headers })).text();
  await postForm(`${server.url}/melden`, [['form_token', formToken(page)], ['role', 'resident'], ['anonymity', 'anonymous'],
    ['description', secretText], ['forms', 'sexual']], headers);
  const login = await postJson(`${server.url}/api/v1/mailbox/login`, { receipt: created.json.receipt }, headers);
  await postJson(`${server.url}/api/v1/mailbox/messages`, { body: `Bericht ${unique}` }, { ...headers, Authorization: `Bearer ${login.json.token}` });
  await postJson(`${server.url}/api/v1/mailbox/login`, { receipt: '0000-0000-0000-0000-0000' }, headers);
  await fetch(`${server.url}/does-not-exist-${unique}`, { headers });
  const { code } = await server.stop();
  assert.equal(code, 0);

  const receiptCompact = created.json.receipt.replaceAll('-', '');
  const needles = [userAgent, `UniqueAgent-${unique}`, forwarded, '127.0.0.1', secretText, secretName, `Bericht ${unique}`,
    created.json.receipt, receiptCompact];
  const files = [...filesBelow(server.dataDir), logFile];
  assert.ok(files.some((file) => file.endsWith('meldpunt.db')), 'the database is among the files searched');
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const needle of needles) {
      if (file === logFile && needle === '127.0.0.1') continue;  // the log states where it listens
      assert.equal(bytes.indexOf(Buffer.from(needle)), -1, `${needle} found in ${file}`);
    }
  }
  const log = readFileSync(logFile, 'utf8');
  assert.doesNotMatch(log, /127\.0\.0\.1:\d+ (GET|POST)|from 127/, 'no client address in the log');
  server.removeData();
  rmSync(logDir, { recursive: true, force: true });
});
