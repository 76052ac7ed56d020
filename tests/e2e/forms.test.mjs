// The public HTML side over real HTTP, as a browser without JavaScript uses it:
// every page in both languages, the report and advice forms with their form
// tokens and error re-display, the receipt page, and the cookie-less mailbox.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, postForm, formToken, postJson, validSignal } from '../support/server.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); server.removeData(); });

const dutchPages = ['/', '/mensenhandel', '/vormen', '/binnenland-buitenland', '/signalen', '/wat-kun-je-doen', '/professionals', '/privacy', '/melden', '/advies', '/brievenbus'];
const englishPages = ['/en/', '/en/human-trafficking', '/en/forms', '/en/domestic-cross-border', '/en/signals', '/en/what-you-can-do', '/en/professionals', '/en/privacy', '/en/report', '/en/advice', '/en/mailbox', '/en/melden', '/en/advies', '/en/brievenbus'];

test('every public page answers in its language with a quick exit and the phone number', async () => {
  for (const [pages, lang] of [[dutchPages, 'nl'], [englishPages, 'en']]) {
    for (const path of pages) {
      const response = await fetch(`${server.url}${path}`);
      const html = await response.text();
      assert.equal(response.status, 200, path);
      assert.match(html, new RegExp(`<html lang="${lang}">`), path);
      assert.match(html, /id="quick-exit" href="https:\/\/www\.google\.nl\/"/, path);
      assert.match(html, /088 2220500/, path);
      assert.doesNotMatch(html, /<script>|style="/, `${path}: no inline script or style`);
    }
  }
  const home = await (await fetch(`${server.url}/`)).text();
  assert.match(home, /112/);
  // The chat's hours as they are now (see chat_hours.test.mjs), with the way to the chat.
  assert.match(home, /<p id="chat-availability">De chat is nu (open, tot \d+:\d\d|gesloten)/);
  assert.match(home, /href="\/chat"/);
  const privacy = await (await fetch(`${server.url}/privacy`)).text();
  assert.match(privacy, /IP-adres/);
  const unknown = await fetch(`${server.url}/bestaat-niet`);
  assert.equal(unknown.status, 404);
  assert.match(await unknown.text(), /Deze pagina bestaat niet/);
});

test('a wrong form re-shows everything that was typed, with messages at the fields', async () => {
  const page = await (await fetch(`${server.url}/melden`)).text();
  const typed = 'Ik zag <b>iets</b> & "vreemds" bij de kapsalon.';
  const result = await postForm(`${server.url}/melden`, [
    ['form_token', formToken(page)], ['description', typed], ['anonymity', 'anonymous'],
    ['name', 'Should not be here'], ['forms', 'criminal'], ['signals', 'criminal_truancy'], ['postcode', '13'],
  ]);
  assert.equal(result.status, 400);
  assert.match(result.text, /role="alert"/);
  assert.match(result.text, /href="#reporter-role"/);
  assert.match(result.text, /id="postcode-error"/);
  assert.match(result.text, /Je koos ervoor anoniem te blijven/);
  assert.ok(result.text.includes('Ik zag &lt;b&gt;iets&lt;/b&gt; &amp; &quot;vreemds&quot; bij de kapsalon.'), 'typed text kept, escaped');
  assert.match(result.text, /id="form-criminal" name="forms" value="criminal"[^>]*checked/);
  assert.match(result.text, /id="signal-criminal_truancy"[^>]*checked/);
  assert.match(result.text, /value="13"/);
  assert.match(result.text, /value="Should not be here"/);
  assert.notEqual(formToken(result.text), formToken(page), 'a fresh token to send again');
});

test('a good report shows the receipt once, and a resent form is refused', async () => {
  const page = await (await fetch(`${server.url}/melden`)).text();
  const fields = [
    ['form_token', formToken(page)], ['role', 'professional'], ['sector', 'education'], ['anonymity', 'shielded'],
    ['name', 'Meester Jan'], ['email', 'jan@school.nl'], ['description', 'Een leerling wordt elke dag bij het hek opgewacht.'],
    ['forms', 'criminal'], ['signals', 'school_waited_for'], ['postcode', '1315 AB'], ['minors_involved', 'yes'], ['acute', 'yes'],
  ];
  const result = await postForm(`${server.url}/melden`, fields);
  assert.equal(result.status, 200, result.text.slice(0, 500));
  assert.equal(result.headers.get('cache-control'), 'no-store');
  const receipt = result.text.match(/id="receipt"[^>]*>([0-9A-Z-]{24})</)[1];
  assert.ok(receipt);
  assert.match(result.text, /Bel nu 112/, 'acute: 112 before anything else');
  assert.ok(result.text.indexOf('112') < result.text.indexOf(receipt));

  const again = await postForm(`${server.url}/melden`, fields);
  assert.equal(again.status, 400);
  assert.match(again.text, /Dit formulier is al verstuurd/);
  assert.doesNotMatch(again.text, /bij het hek|Meester Jan|jan@school/, 'a re-post from the history shows nothing of the report');
  const forged = await postForm(`${server.url}/melden`, [['form_token', 'forged'], ...fields.slice(1)]);
  assert.equal(forged.status, 400);
});

test('the advice form works in English too', async () => {
  const page = await (await fetch(`${server.url}/en/advice`)).text();
  assert.match(page, /Ask for advice about human trafficking/);
  const result = await postForm(`${server.url}/en/advice`, [
    ['form_token', formToken(page)], ['role', 'resident'], ['anonymity', 'anonymous'],
    ['description', 'My neighbour works every night and never gets paid.'], ['forms', 'unknown'],
  ]);
  assert.equal(result.status, 200);
  assert.match(result.text, /Your advice question has been received/);
});

test('mailbox over plain HTML: wrong codes get one answer, the right one opens the thread', async () => {
  const created = await postJson(`${server.url}/api/v1/signals`, validSignal({ description: 'HTML mailbox test' }));
  const loginPage = await (await fetch(`${server.url}/brievenbus`)).text();

  const wrong = await postForm(`${server.url}/brievenbus`, [['form_token', formToken(loginPage)], ['receipt', '0000-0000-0000-0000-0000']]);
  assert.equal(wrong.status, 401);
  assert.match(wrong.text, /Dit bonnummer kennen we niet/);
  assert.doesNotMatch(wrong.text, /0000-0000-0000-0000-0000/, 'a code is never written back into a page');

  const opened = await postForm(`${server.url}/brievenbus`, [['form_token', formToken(wrong.text)], ['receipt', created.json.receipt.toLowerCase()]]);
  assert.equal(opened.status, 200);
  assert.equal(opened.headers.get('set-cookie'), null);
  assert.match(opened.text, /Een melding/);
  assert.match(opened.text, /HTML mailbox test/);
  assert.match(opened.text, /Er zijn nog geen berichten/);
  const session = opened.text.match(/name="session" value="([^"]+)"/)[1];

  const empty = await postForm(`${server.url}/brievenbus/bericht`, [['session', session], ['body', '  ']]);
  assert.equal(empty.status, 400);
  assert.match(empty.text, /Schrijf hier iets/);

  // Each page carries a new session token; the one posted before is dead.
  const session2 = empty.text.match(/name="session" value="([^"]+)"/)[1];
  assert.notEqual(session2, session);
  const replayed = await postForm(`${server.url}/brievenbus/bericht`, [['session', session], ['body', 'replayed']]);
  assert.equal(replayed.status, 401, 'a page from the history cannot send again');
  assert.doesNotMatch(replayed.text, /HTML mailbox test/);

  const sent = await postForm(`${server.url}/brievenbus/bericht`, [['session', session2], ['body', 'Het adres is Dijkweg 1.\nTweede regel.']]);
  assert.equal(sent.status, 200);
  assert.match(sent.text, /Je bericht is verstuurd/);
  assert.match(sent.text, /class="message from-reporter"/);
  assert.match(sent.text, /Het adres is Dijkweg 1.\nTweede regel./);

  const session3 = sent.text.match(/name="session" value="([^"]+)"/)[1];
  const closed = await postForm(`${server.url}/brievenbus/sluiten`, [['session', session3]]);
  assert.match(closed.text, /Je brievenbus is gesloten/);
  const afterClose = await postForm(`${server.url}/brievenbus/bekijken`, [['session', session3]]);
  assert.equal(afterClose.status, 401);
  assert.match(afterClose.text, /Vul je bonnummer opnieuw in/);
});

test('HTML requests with bad bodies get a readable page, not a crash', async () => {
  const broken = await fetch(`${server.url}/melden`, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'description=%zz',
  });
  assert.equal(broken.status, 400);
  assert.match(await broken.text(), /Wat je stuurde konden we niet lezen/);
  const big = await fetch(`${server.url}/melden`, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `description=${'a'.repeat(100 * 1024)}`,
  });
  assert.equal(big.status, 413);
  assert.match(await big.text(), /Wat je stuurde is te groot/);
  const put = await fetch(`${server.url}/melden`, { method: 'PUT' });
  assert.equal(put.status, 405);
});

test('forms are refused when another website makes the browser send them', async () => {
  const page = await (await fetch(`${server.url}/melden`)).text();
  const result = await postForm(`${server.url}/melden`, [['form_token', formToken(page)], ['role', 'resident'],
    ['anonymity', 'anonymous'], ['description', 'x'], ['forms', 'unknown']], { 'Sec-Fetch-Site': 'cross-site' });
  assert.equal(result.status, 403);
  const api = await postJson(`${server.url}/api/v1/signals`, validSignal(), { 'Sec-Fetch-Site': 'cross-site' });
  assert.equal(api.status, 403);
  const sameOrigin = await postJson(`${server.url}/api/v1/signals`, validSignal(), { 'Sec-Fetch-Site': 'same-origin' });
  assert.equal(sameOrigin.status, 201);
});

test('public forms ask the browser not to remember what was typed', async () => {
  for (const path of ['/melden', '/en/advice', '/brievenbus']) {
    const html = await (await fetch(`${server.url}${path}`)).text();
    assert.match(html, /<form method="post"[^>]*autocomplete="off"/, path);
    assert.doesNotMatch(html, /autocomplete="(name|tel|email|organization)"/, path);
  }
});
