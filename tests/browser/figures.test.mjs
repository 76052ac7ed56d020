// The figures in a real browser, against a real server whose data folder was
// first filled with `meldpunt demo-data --signals 2000 --seed 7` (three years
// of made-up signals up to now). The period is last year: complete, with a
// year before it for the trend.
//
// 1. A coordinator opens the dashboard for that year: charts drawn as SVG,
//    each with its table beside it (one table row per bar); the signal total
//    equals the sum of the municipality chart (every signal has one area) and
//    its table's total row; filtering by a municipality changes the numbers
//    (the total becomes that municipality's row); a period that cannot be
//    read shows the message and keeps what was typed.
// 2. An analyst gets 403 on the dashboard but sees the published tables, with
//    captions and headers, where no shown number is 1 to 9 and hidden ones are
//    a "." that the page explains; a table downloads as CSV (the same rule).
// 3. axe-core finds nothing serious or critical on the dashboard (also with
//    the error) and on the published page, in Dutch and English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useServerAndBrowser } from './server.mjs';
import { withAxeContext, assertAccessible } from './axe.mjs';
import { addStaff, runCli, navigating, staffContext, signInPage, staffPath } from './staff_pages.mjs';

const year = String(new Date().getFullYear() - 1);

const env = useServerAndBrowser({
  before,
  after,
  prepare(dataDir) {
    const made = runCli(['demo-data', '--signals', '2000', '--seed', '7', '--data', dataDir]);
    if (made.code !== 0) throw new Error(`demo-data failed (${made.code}): ${made.stderr}`);
  },
});

// "1.234" (Dutch) or "1,234" (English) -> 1234.
function count(text) {
  const digits = text.replace(/[^0-9]/g, '');
  assert.ok(digits.length > 0, `not a count: "${text}"`);
  return Number(digits);
}

async function open(page, path, status = 200) {
  const response = await page.goto(`${env.server.url}${path}`);
  assert.equal(response.status(), status, `${path}: ${response.status()}`);
}

// The signal total at the top of the dashboard.
async function signalTotal(page) {
  return count(await page.locator('.figure-totals li').first().locator('.big-number').innerText());
}

// The first column of counts in a chart's table: the period itself.
async function chartCounts(page, id) {
  return page.locator(`#${id} table tbody tr`).evaluateAll((rows) => rows.map((row) => ({
    label: row.querySelector('th').innerText.trim(),
    count: Number(row.querySelector('td').innerText.replace(/[^0-9]/g, '')),
  })));
}

test('a coordinator reads the dashboard, filters it and mistypes a period', async () => {
  const coordinator = addStaff(env.server.dataDir, ['coordinator']);
  const { context, page } = await staffContext(env, coordinator);
  try {
    await open(page, `${staffPath('nl', '/figures')}?period=${year}`);
    assert.equal(await page.locator('h1').innerText(), 'Cijfers');
    const sections = page.locator('section.figure-chart:has(svg)');
    assert.ok(await sections.count() >= 10, `charts: ${await sections.count()}`);
    for (let i = 0; i < await sections.count(); ++i) {
      const section = sections.nth(i);
      const id = await section.getAttribute('id');
      // The chart and its table side by side in one box, a bar per table row.
      assert.equal(await section.locator('.chart-and-table > .chart > svg.bar-chart').count(), 1, id);
      assert.equal(await section.locator('.chart-and-table > .table-wrap > table.figures').count(), 1, id);
      assert.equal(await section.locator('svg g.bar').count(), await section.locator('table tbody tr').count(), id);
      assert.equal(await section.locator('svg').getAttribute('aria-hidden'), 'true', id);
      assert.ok((await section.locator('table caption').innerText()).length > 0, id);
    }

    const total = await signalTotal(page);
    assert.ok(total > 100, `signals in ${year}: ${total}`);
    const municipalities = await chartCounts(page, 'signals_municipality');
    assert.ok(municipalities.length >= 6, JSON.stringify(municipalities));
    assert.equal(municipalities.reduce((sum, row) => sum + row.count, 0), total, 'the municipality chart adds up to the total');
    assert.equal(count(await page.locator('#signals_municipality tfoot td').first().innerText()), total);
    const almere = municipalities.find((row) => row.label === 'Almere');
    assert.ok(almere && almere.count > 0 && almere.count < total);

    // Almere alone: its own numbers.
    await page.selectOption('#area', 'GM0034');
    await navigating(page, () => page.click('form.filters button[type=submit]'));
    const filtered = new URL(page.url());
    assert.equal(filtered.searchParams.get('area'), 'GM0034');
    assert.equal(filtered.searchParams.get('period'), year);
    assert.equal(await signalTotal(page), almere.count);
    assert.equal(await page.locator('#signals_municipality').count(), 0);
    assert.ok(await page.locator('section.figure-chart svg').count() >= 5);

    // A period that cannot be read: the form again, with what was typed.
    await page.fill('#period', '2026Q5');
    const [answer] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/staff/figures'),
      navigating(page, () => page.click('form.filters button[type=submit]')),
    ]);
    assert.equal(answer.status(), 400);
    assert.equal(await page.inputValue('#period'), '2026Q5');
    assert.equal(await page.getAttribute('#period', 'aria-invalid'), 'true');
    assert.match(await page.locator('#error-summary').innerText(), /2026Q1/);
    assert.match(await page.locator('#period-error').innerText(), /jaar \(2026\)/);
    assert.equal(await page.locator('svg').count(), 0);
  } finally {
    await context.close();
  }
});

test('an analyst sees only the published tables, with nothing from 1 to 9, and downloads one', async () => {
  const analyst = addStaff(env.server.dataDir, ['analyst'], { caseAccess: false });
  const { context, page } = await staffContext(env, analyst);
  try {
    assert.equal(new URL(page.url()).pathname, '/staff/figures/published', 'an analyst starts at the published figures');
    await open(page, `${staffPath('nl', '/figures')}?period=${year}`, 403);
    await open(page, `${staffPath('nl', '/figures/published')}?period=${year}`);
    const tables = page.locator('table.figures');
    assert.ok(await tables.count() >= 5, `tables: ${await tables.count()}`);
    for (let i = 0; i < await tables.count(); ++i) {
      const table = tables.nth(i);
      assert.ok((await table.locator('caption').innerText()).includes(year));
      assert.ok(await table.locator('thead th[scope=col]').count() >= 2);
      assert.ok(await table.locator('tbody th[scope=row]').count() >= 1);
    }
    const cells = await page.locator('table.figures td').evaluateAll((tds) => tds.map((td) => td.innerText.trim()));
    let hidden = 0;
    for (const cell of cells) {
      if (cell.startsWith('.')) {
        ++hidden;
        continue;
      }
      const value = count(cell);
      assert.ok(value === 0 || value >= 10, `a published count of ${value}`);
    }
    assert.ok(hidden > 0, 'small counts are hidden');
    assert.match(await page.locator('#suppression-note').innerText(), /van 1 tot 9/);

    const link = page.locator('#municipality_by_form a[download]');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), `meldpunt-municipality_by_form-${year}.csv`);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.trim().split('\r\n').map((line) => line.split(';'));
    assert.equal(lines[0][0], 'Gemeente');
    assert.ok(lines.some((line) => line[0] === 'Almere'), csv);
    assert.equal(lines.at(-1)[0], 'Totaal');
    for (const line of lines.slice(1)) {
      for (const field of line.slice(1)) {
        if (field === '.') continue;
        assert.ok(Number(field) === 0 || Number(field) >= 10, `CSV shows ${field}: ${line.join(';')}`);
      }
    }
  } finally {
    await context.close();
  }
});

test('axe: the dashboard and the published figures, Dutch and English', () => withAxeContext(env, async (page) => {
  const coordinator = addStaff(env.server.dataDir, ['coordinator']);
  await signInPage(page, env.server.url, coordinator, 'nl');
  for (const lang of ['nl', 'en']) {
    await open(page, `${staffPath(lang, '/figures')}?period=${year}`);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    await assertAccessible(page, `${lang} dashboard`);
    await open(page, `${staffPath(lang, '/figures')}?period=${year}Q2&area=GM0184`);
    await assertAccessible(page, `${lang} dashboard of a quarter in Urk`);
    await open(page, `${staffPath(lang, '/figures')}?period=volgend+jaar`, 400);
    await assertAccessible(page, `${lang} dashboard with a period it cannot read`);
    await open(page, `${staffPath(lang, '/figures/published')}?period=${year}`);
    await assertAccessible(page, `${lang} published figures`);
    await open(page, `${staffPath(lang, '/figures/published')}?period=${year}&area=GM0034`);
    await assertAccessible(page, `${lang} published figures of Almere`);
  }
}));
