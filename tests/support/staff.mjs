// Staff accounts for the tests: created with the real `meldpunt user add`
// (password from stdin, case access through the recovery key), TOTP codes
// computed here (RFC 6238), and sign-in over the API.
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { binary, postJson } from './server.mjs';

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Decode(text) {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const bytes = [];
  for (const char of clean) {
    const index = base32Alphabet.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

// The 6-digit code of the 30-second step `offset` steps from now.
export function totp(secretBase32, offset = 0, at = Date.now()) {
  const step = Math.floor(at / 1000 / 30) + offset;
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const hash = createHmac('sha1', base32Decode(secretBase32)).update(counter).digest();
  const start = hash[hash.length - 1] & 0x0f;
  const number = (hash.readUInt32BE(start) & 0x7fffffff) % 1000000;
  return String(number).padStart(6, '0');
}

export function runCli(args, input) {
  const result = spawnSync(binary(), args, { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Creates an account with a chosen password (no change forced) and, for case
// roles, case access through the recovery key. Each call gives a fresh name.
let counter = 0;
export function addStaff(dataDir, roles, { name, password = 'correct horse battery staple', caseAccess = true } = {}) {
  const username = name ?? `${roles.join('-')}${++counter}`;
  const args = ['user', 'add', '--data', dataDir, '--username', username, '--password-stdin'];
  for (const role of roles) args.push('--role', role);
  if (caseAccess) args.push('--recovery-key', join(dataDir, 'keys', 'recovery.key'));
  const result = runCli(args, `${password}\n`);
  if (result.code !== 0) throw new Error(`user add failed (${result.code}): ${result.stderr}`);
  const secret = result.stdout.match(/^totp-secret: (\S+)$/m)?.[1];
  if (!secret) throw new Error(`no totp-secret in: ${result.stdout}`);
  return { username, password, secret, nextOffset: 0 };
}

// Signs in over the API. A code is accepted once, so each sign-in of the same
// person uses the next step (the server accepts one step of clock skew).
export async function signIn(origin, staff) {
  if (staff.nextOffset > 1) throw new Error('signed in too often within 30 s with one account');
  const code = totp(staff.secret, staff.nextOffset++);
  const response = await postJson(`${origin}/api/v1/staff/login`,
    { username: staff.username, password: staff.password, totp: code });
  if (response.status !== 200) throw new Error(`sign-in failed ${response.status}: ${response.text}`);
  return response.json.token;
}

export async function api(origin, token, method, path, body) {
  const headers = { Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${origin}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: response.status, json, text, headers: response.headers };
}
