// Starts and stops a real `meldpunt serve` on a free loopback port with a fresh
// data folder, for the end-to-end tests. The binary comes from MELDPUNT_BIN,
// which CTest sets to the one it just built.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, createWriteStream, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function binary() {
  const path = process.env.MELDPUNT_BIN;
  if (!path) throw new Error('Set MELDPUNT_BIN to the meldpunt binary (CTest does this), e.g. MELDPUNT_BIN=build/src/meldpunt');
  if (!existsSync(path)) throw new Error(`MELDPUNT_BIN=${path} does not exist: build the project first.`);
  return path;
}

export function freshDataDir(prefix = 'meldpunt-test-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

let signalHandlersInstalled = false;
function installSignalHandlers() {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  // Turn these signals into a normal exit, so the 'exit' clean-up below runs.
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
}

// Starts the server and resolves once it prints its address. A server that
// exits early, or never prints, fails with its stderr. If the test process
// ends abruptly, the server is killed so no stray process is left behind.
// options: { dataDir, args: [...extra], logFile }
export async function startServer(options = {}) {
  const dataDir = options.dataDir ?? freshDataDir();
  const args = ['serve', '--data', dataDir, '--listen', '127.0.0.1:0', ...(options.args ?? ['--submissions-per-minute', '0', '--logins-per-minute', '0'])];
  const child = spawn(binary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : null;
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; log?.write(chunk); });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not print its address within 15 s: ${stderr}`)), 15000);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      log?.write(chunk);
      const match = stdout.match(/listening on (http:\/\/\S+)/);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    });
    child.once('error', (error) => { clearTimeout(timer); reject(error); });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited early (code ${code}, signal ${signal}): ${stderr}`));
    });
  }).catch((error) => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    throw error;
  });
  const killOnExit = () => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); };
  process.once('exit', killOnExit);
  installSignalHandlers();
  const finish = async () => {
    const result = await exited;
    process.removeListener('exit', killOnExit);
    log?.end();
    return result;
  };
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    child,
    exited,
    stderr: () => stderr,
    // Graceful stop (SIGTERM); resolves with { code, signal }. SIGKILL after 10 s.
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10000);
      const result = await finish();
      clearTimeout(killer);
      return result;
    },
    async crash() {
      child.kill('SIGKILL');
      await finish();
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
