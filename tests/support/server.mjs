// Starts and stops a real `meldpunt serve` on a free loopback port with a fresh
// data folder, for the end-to-end tests. The binary comes from MELDPUNT_BIN,
// which CTest sets to the one it just built.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function binary() {
  const path = process.env.MELDPUNT_BIN;
  if (!path) throw new Error('Set MELDPUNT_BIN to the meldpunt binary (CTest does this).');
  return path;
}

export function freshDataDir(prefix = 'meldpunt-test-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

// Starts the server and resolves once it prints its address.
// options: { dataDir, args: [...extra], logFile }
export async function startServer(options = {}) {
  const dataDir = options.dataDir ?? freshDataDir();
  const args = ['serve', '--data', dataDir, '--listen', '127.0.0.1:0', ...(options.args ?? ['--submissions-per-minute', '0'])];
  const child = spawn(binary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : null;
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; log?.write(chunk); });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 15000);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      log?.write(chunk);
      const match = stdout.match(/listening on (http:\/\/\S+)/);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}: ${stderr}`)); });
  });
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    url,
    dataDir,
    child,
    exited,
    stderr: () => stderr,
    // Graceful stop; resolves with the exit code.
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const result = await exited;
      log?.end();
      return result;
    },
    async crash() {
      child.kill('SIGKILL');
      await exited;
      log?.end();
    },
    removeData() { rmSync(dataDir, { recursive: true, force: true }); },
  };
}

export const receiptPattern = /^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/;

export function validSignal(overrides = {}) {
  return {
    kind: 'report',
    description: 'Bij de kwekerij aan de dijk slapen arbeiders in containers en hun paspoorten liggen bij de baas.',
    forms: ['labour'],
    reporter: { role: 'resident', anonymity: 'anonymous' },
    postcode: '8321',
    minors_involved: 'unknown',
    signals: ['labour_employer_holds_id', 'labour_employer_housing'],
    ...overrides,
  };
}

export async function postJson(url, body, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: response.status, headers: response.headers, text, json };
}

export async function postForm(url, fields, headers = {}) {
  const body = new URLSearchParams();
  for (const [name, value] of fields) body.append(name, value);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: body.toString(),
    redirect: 'manual',
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

export function formToken(html) {
  const match = html.match(/name="form_token" value="([^"]+)"/);
  if (!match) throw new Error('no form token in page');
  return match[1];
}
