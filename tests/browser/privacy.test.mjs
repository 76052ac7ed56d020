// Privacy as the browser sees it: visiting every public page in both
// languages, sending a report, opening the mailbox with the receipt code and
// sending a message leaves NO cookie and no local or session storage behind,
// and every request the pages made (documents, the style sheet, site.js,
// anything else) went to the site's own 127.0.0.1 server, never to a third
// party. It is done once with JavaScript on and once with it off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, receiptPattern } from './server.mjs';
import { dutchPages, englishPages, submitForm, reportAndGetReceipt, openMailbox } from './pages.mjs';

const env = useServerAndBrowser({ before, after });

for (const javaScriptEnabled of [true, false]) {
  test(`no cookies, no storage and no third-party requests (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const context = await env.newContext({ javaScriptEnabled });
    try {
      const requests = [];
      context.on('request', (request) => requests.push(request.url()));
      const page = await context.newPage();

      for (const path of [...dutchPages, ...englishPages]) {
        const response = await page.goto(`${env.server.url}${path}`);
        assert.equal(response.status(), 200, path);
        const headers = await response.allHeaders();
        assert.equal(headers['set-cookie'], undefined, `${path} sets no cookie`);
      }

      const receipt = await reportAndGetReceipt(page, env.server.url);
      assert.match(receipt, receiptPattern);
      const login = await openMailbox(page, env.server.url, '/brievenbus', receipt);
      assert.equal(login.status(), 200);
      await page.fill('textarea#body', 'Een aanvulling op mijn melding.');
      const sent = await submitForm(page, 'form[action="/brievenbus/bericht"] button[type=submit]', '/brievenbus/bericht');
      assert.equal(sent.status(), 200);
      assert.equal(await page.locator('.message.from-reporter').count(), 1);

      assert.deepEqual(await context.cookies(), [], 'no cookies at all');
      if (javaScriptEnabled) {
        const storage = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
        assert.deepEqual(storage, [0, 0, ''], 'no local storage, session storage or document.cookie');
      }

      // Every request stayed on the site's own server.
      assert.ok(requests.length >= dutchPages.length + englishPages.length + 4, `requests were seen (${requests.length})`);
      const elsewhere = requests.filter((url) => new URL(url).origin !== env.server.origin);
      assert.deepEqual(elsewhere, [], 'requests that left the 127.0.0.1 server');
      assert.ok(requests.some((url) => url.endsWith('/static/site.css')), 'the style sheet was loaded');
      if (javaScriptEnabled) assert.ok(requests.some((url) => url.endsWith('/static/site.js')), 'site.js was loaded');
    } finally {
      await context.close();
    }
  });
}
