// Small browser actions for the staff back-office tests: signing in through
// the real login page (username, password and the TOTP code computed here),
// keyboard helpers and reading the queue.
//
// A TOTP code is accepted once per 30-second step and the server allows one
// step of skew, so one account signs in at most twice in a row (offset 0,
// then 1). The counter lives on the account object from addStaff(), shared
// with signIn() over the API; the tests make a separate account for each
// browser context instead of waiting for the next step.
import assert from 'node:assert/strict';
import { totp } from '../support/staff.mjs';

export { addStaff, api, signIn, runCli, totp } from '../support/staff.mjs';

// "/staff" or "/en/staff" + suffix.
export function staffPath(lang, suffix = '') {
  return `${lang === 'en' ? '/en/staff' : '/staff'}${suffix}`;
}

// The next code of this account, in the order the server will accept them.
export function nextCode(staff) {
  if (staff.nextOffset > 1) throw new Error(`${staff.username} signed in too often within 30 s`);
  return totp(staff.secret, staff.nextOffset++);
}

// Waits for the navigation a click or key press starts, then for the page to load.
export async function navigating(page, action) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
}

// The text of `selector` when the page has it, else '' (without waiting for it).
export async function textIfAny(page, selector) {
  const found = page.locator(selector);
  return (await found.count()) > 0 ? found.first().innerText() : '';
}

// Signs in on the login page with the mouse-free basics (fill + click) and
// waits until the browser has left the login page.
export async function signInPage(page, baseUrl, staff, lang = 'nl') {
  await page.goto(`${baseUrl}${staffPath(lang, '/login')}`);
  await page.fill('#username', staff.username);
  await page.fill('#password', staff.password);
  await page.fill('#totp', nextCode(staff));
  await navigating(page, () => page.click('form.staff-form button[type=submit]'));
  if (new URL(page.url()).pathname.endsWith('/login')) {
    assert.fail(`${staff.username} could not sign in: ${await textIfAny(page, '#error-summary')}`);
  }
}

// A fresh browser context with this account signed in; returns { context, page }.
export async function staffContext(env, staff, lang = 'nl', options = {}) {
  const context = await env.newContext(options);
  const page = await context.newPage();
  await signInPage(page, env.server.url, staff, lang);
  return { context, page };
}

// What has the keyboard focus now: "#id", or the tag and name.
export function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return '';
    if (element.id) return `#${element.id}`;
    return `${element.tagName.toLowerCase()}${element.name ? `[name=${element.name}]` : ''}`;
  });
}

// Presses Tab until the element matching `selector` has the focus.
export async function tabTo(page, selector, maxPresses = 80) {
  for (let i = 0; i < maxPresses; ++i) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} (${maxPresses} presses; focus on ${await focused(page)})`);
}

// Tabs into a radio group and moves through it with the arrow keys (which
// also choose) until `value` is chosen.
export async function chooseRadio(page, name, value) {
  await tabTo(page, `input[type=radio][name="${name}"]`);
  for (let i = 0; i < 20; ++i) {
    const state = await page.evaluate(() => ({ value: document.activeElement.value, checked: document.activeElement.checked }));
    if (state.value === value) {
      if (!state.checked) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no radio ${name}=${value} reached with the arrow keys`);
}

// The rows of the signals queue as plain objects, by the columns of staff_queue.tpl.
export async function queueRows(page) {
  return page.locator('table.queue tbody tr').evaluateAll((rows) => rows.map((row) => {
    const cells = [...row.children].map((cell) => cell.innerText.trim());
    return {
      id: row.querySelector('th a')?.textContent.trim(),
      overdue: row.classList.contains('overdue'),
      received: cells[1],
      kind: cells[2],
      channel: cells[3],
      status: cells[4],
      deadline: row.querySelector('td.deadline')?.innerText.trim(),
      timeLeft: cells[6],
      assigned: cells[9],
    };
  }));
}

// "29-03-2026 01:30" (Europe/Amsterdam, as the staff pages show a time) -> ms since 1970.
export function amsterdamTime(text) {
  const match = text.match(/(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2})/);
  if (!match) throw new Error(`not a date and time: ${text}`);
  const [, day, month, year, hour, minute] = match.map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offset at that moment, read back through Intl.
  const offsetAt = (ms) => {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit',
    }).formatToParts(ms).map((p) => [p.type, p.value]));
    return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute) - ms;
  };
  const guess = asUtc - offsetAt(asUtc);
  return asUtc - offsetAt(guess);
}
