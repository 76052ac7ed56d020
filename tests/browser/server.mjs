// Shared helpers for the browser tests. The server itself is started by
// ../support/server.mjs (the same helper the end-to-end tests use).
//
// launchBrowser() starts Debian's Chromium (/usr/bin/chromium); the tests never
// download a browser.
import { existsSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer, freshDataDir } from '../support/server.mjs';

export { receiptPattern, startServer } from '../support/server.mjs';
export const chromiumPath = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

export async function launchBrowser() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: install Debian's chromium (apt-get install -y chromium).`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// Starts the server and the browser once for a test file, and stops both after it.
// Usage: const env = useServerAndBrowser({ before, after }); ... env.server.url, env.newContext()
// `prepare(dataDir)`, when given, runs on the fresh data folder before the
// server starts (for example `meldpunt demo-data`). `args`, when given,
// replaces the server's default extra arguments (see startServer).
export function useServerAndBrowser({ before, after, prepare, args }) {
  const env = {
    server: null,
    browser: null,
    // A fresh browser context with short time-outs, so a missing element fails fast.
    async newContext(options = {}) {
      const context = await env.browser.newContext(options);
      context.setDefaultTimeout(5000);
      context.setDefaultNavigationTimeout(10000);
      return context;
    },
  };
  before(async () => {
    if (prepare) {
      const dataDir = freshDataDir();
      try {
        await prepare(dataDir);
      } catch (error) {
        rmSync(dataDir, { recursive: true, force: true });
        throw error;
      }
      env.server = await startServer({ dataDir, args });
    } else {
      env.server = await startServer({ args });
    }
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    const result = await env.server?.stop();
    env.server?.removeData();
    if (result && result.code !== 0) {
      throw new Error(`meldpunt did not stop cleanly on SIGTERM: ${JSON.stringify(result)}\n${env.server.stderr()}`);
    }
  });
  return env;
}
