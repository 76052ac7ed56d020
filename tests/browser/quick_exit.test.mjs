// The "quick exit" ("Snel weg") button that lets someone leave the site at once.
//
// With JavaScript on, clicking #quick-exit on /melden goes to the neutral site
// (https://www.google.nl/, answered here by a fake page because this machine
// has no internet) and REPLACES /melden in the history, so the Back button
// goes to the page before it (the home page), never back to the form. Pressing
// Escape twice quickly leaves the same way.
// With JavaScript off, #quick-exit is an ordinary link to the neutral site, on
// every page, and following it works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './server.mjs';
import { neutralSite, dutchPages, englishPages } from './pages.mjs';

const env = useServerAndBrowser({ before, after });

async function fakeNeutralSite(page) {
  await page.route('https://www.google.nl/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutral</title><p>neutral</p>' }));
}

test('quick exit with JavaScript replaces the page in the history', async () => {
  const context = await env.newContext({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await fakeNeutralSite(page);
    const home = `${env.server.url}/`;
    await page.goto(home);
    await page.goto(`${env.server.url}/melden`);
    await page.fill('#description', 'iets wat niemand mag zien');

    await page.click('#quick-exit');
    await page.waitForURL(neutralSite);
    assert.equal(page.url(), neutralSite);
    assert.equal((await page.locator('body').textContent()).trim(), 'neutral');

    await page.goBack();
    assert.notEqual(new URL(page.url()).pathname, '/melden', 'Back must not return to the form');
    assert.equal(page.url(), home, 'Back leads to the page before the form');
  } finally {
    await context.close();
  }
});

test('pressing Escape twice quickly also leaves, replacing the page', async () => {
  const context = await env.newContext({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await fakeNeutralSite(page);
    const start = `${env.server.url}/en/`;
    await page.goto(start);
    await page.goto(`${env.server.url}/en/mailbox`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(neutralSite);
    await page.goBack();
    assert.equal(page.url(), start, 'Back skips the mailbox page');
  } finally {
    await context.close();
  }
});

test('without JavaScript the quick exit is a plain link to the neutral site on every page', async () => {
  const context = await env.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await fakeNeutralSite(page);
    for (const path of [...dutchPages, ...englishPages]) {
      await page.goto(`${env.server.url}${path}`);
      assert.equal(await page.getAttribute('#quick-exit', 'href'), neutralSite, path);
      assert.ok(await page.isVisible('#quick-exit'), `${path}: quick exit visible`);
    }
    const label = (await page.locator('#quick-exit').innerText()).trim();
    assert.match(label, /Quick exit/, 'English label on the English pages');

    await page.goto(`${env.server.url}/melden`);
    assert.match(await page.locator('#quick-exit').innerText(), /Snel weg/);
    await Promise.all([page.waitForURL(neutralSite), page.click('#quick-exit')]);
    assert.equal((await page.locator('body').textContent()).trim(), 'neutral');
  } finally {
    await context.close();
  }
});
