// The administration commands, run as an operator would: `user ...` prints its
// secrets as `name: value` lines and exits 0, 1 when the action fails and 2 for
// wrong usage; `audit verify` finds a row changed behind the program's back;
// `demo-data` gives the same signals for the same seed.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { binary, freshDataDir } from '../support/server.mjs';

const folders = [];
after(() => { for (const folder of folders) rmSync(folder, { recursive: true, force: true }); });

function folder() {
  const dir = freshDataDir('meldpunt-cli-');
  folders.push(dir);
  return join(dir, 'data');  // not there yet: the first command creates it
}

function meldpunt(args, input) {
  const run = spawnSync(binary(), args, { input, encoding: 'utf8', timeout: 120000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, lines: run.stdout.split('\n').filter(Boolean) };
}

function sqlite(file, sql) {
  const run = spawnSync('sqlite3', [file, sql], { encoding: 'utf8' });
  if (run.error) return null;  // no sqlite3 tool
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}
const haveSqlite = spawnSync('sqlite3', ['-version']).status === 0;

test('user add, list, disable, reset-password and reset-totp', () => {
  const data = folder();
  const added = meldpunt(['user', 'add', '--data', data, '--username', 'Anna.B', '--role', 'caseworker', '--role', 'coordinator']);
  assert.equal(added.code, 0, added.stderr);
  assert.equal(added.lines.length, 2);
  assert.match(added.lines[0], /^password: [2-9A-HJ-NP-Z]{5}(-[2-9A-HJ-NP-Z]{5}){3}$/);
  assert.match(added.lines[1], /^totp-secret: [A-Z2-7]{32}$/);

  const duplicate = meldpunt(['user', 'add', '--data', data, '--username', 'anna.b', '--role', 'intake']);
  assert.equal(duplicate.code, 1);
  assert.equal(duplicate.stdout, '');
  assert.match(duplicate.stderr, /^error: This username is taken/m);

  assert.equal(meldpunt(['user', 'add', '--data', data, '--username', 'bert', '--role', 'boss']).code, 2);
  assert.equal(meldpunt(['user', 'add', '--data', data, '--role', 'intake']).code, 2);
  assert.equal(meldpunt(['user', 'add', '--data', data, '--username', 'b!', '--role', 'intake']).code, 1);

  const chosen = meldpunt(['user', 'add', '--data', data, '--username', 'export.system', '--role', 'analyst', '--password-stdin'],
    'a long enough passphrase\n');
  assert.equal(chosen.code, 0, chosen.stderr);
  assert.deepEqual(chosen.lines.map((line) => line.split(':')[0]), ['totp-secret']);

  let list = meldpunt(['user', 'list', '--data', data]);
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, /^anna\.b roles=caseworker,coordinator active case-access=no must-change-password=yes/m);
  assert.match(list.stdout, /^export\.system roles=analyst active case-access=no must-change-password=no/m);
  assert.doesNotMatch(list.stdout, new RegExp(added.lines[1].split(' ')[1]));

  assert.equal(meldpunt(['user', 'disable', '--data', data, '--username', 'export.system']).code, 0);
  assert.equal(meldpunt(['user', 'disable', '--data', data, '--username', 'nobody']).code, 1);
  list = meldpunt(['user', 'list', '--data', data]);
  assert.match(list.stdout, /^export\.system roles=analyst disabled/m);

  const totp = meldpunt(['user', 'reset-totp', '--data', data, '--username', 'anna.b']);
  assert.equal(totp.code, 0, totp.stderr);
  assert.equal(totp.lines.length, 1);
  assert.match(totp.lines[0], /^totp-secret: [A-Z2-7]{32}$/);
  assert.notEqual(totp.lines[0], added.lines[1]);

  const reset = meldpunt(['user', 'reset-password', '--data', data, '--username', 'anna.b']);
  assert.equal(reset.code, 0, reset.stderr);
  assert.equal(reset.lines.length, 1);
  assert.match(reset.lines[0], /^password: /);
  assert.notEqual(reset.lines[0], added.lines[0]);
});

test('case access comes with the recovery key', () => {
  const data = folder();
  assert.equal(meldpunt(['user', 'add', '--data', data, '--username', 'first', '--role', 'admin']).code, 0);
  const recovery = join(data, 'keys', 'recovery.key');
  const added = meldpunt(['user', 'add', '--data', data, '--username', 'cora', '--role', 'coordinator', '--recovery-key', recovery]);
  assert.equal(added.code, 0, added.stderr);
  assert.match(meldpunt(['user', 'list', '--data', data]).stdout, /^cora roles=coordinator active case-access=yes/m);
  meldpunt(['user', 'reset-password', '--data', data, '--username', 'cora']);
  assert.match(meldpunt(['user', 'list', '--data', data]).stdout, /^cora roles=coordinator active case-access=no/m);
});

test('audit verify passes, and names the entry someone changed', { skip: !haveSqlite && 'no sqlite3 tool' }, () => {
  const data = folder();
  assert.equal(meldpunt(['audit', 'verify', '--data', data]).code, 1);  // no folder: nothing to trust
  for (const name of ['anna', 'bert', 'carl']) {
    assert.equal(meldpunt(['user', 'add', '--data', data, '--username', name, '--role', 'intake']).code, 0);
  }
  meldpunt(['user', 'disable', '--data', data, '--username', 'carl']);
  let verified = meldpunt(['audit', 'verify', '--data', data]);
  assert.equal(verified.code, 0, verified.stderr);
  assert.equal(verified.stdout, 'audit log intact: 4 entries\n');

  const database = join(data, 'meldpunt.db');
  // The triggers refuse the change; an attacker with the file drops them first.
  assert.notEqual(spawnSync('sqlite3', [database, 'UPDATE audit_log SET actor = 7 WHERE sequence = 2']).status, 0);
  sqlite(database, 'DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; UPDATE audit_log SET actor = 7 WHERE sequence = 2');
  verified = meldpunt(['audit', 'verify', '--data', data]);
  assert.equal(verified.code, 1);
  assert.match(verified.stdout, /^audit log broken at entry 2: /);

  sqlite(database, 'UPDATE audit_log SET actor = 0 WHERE sequence = 2; DELETE FROM audit_log WHERE sequence = 3');
  verified = meldpunt(['audit', 'verify', '--data', data]);
  assert.equal(verified.code, 1);
  assert.match(verified.stdout, /^audit log broken at entry 3: entry 3 is missing/);
});

test('demo-data gives the same signals for the same seed', { skip: !haveSqlite && 'no sqlite3 tool' }, () => {
  const rows = [];
  for (let i = 0; i < 2; ++i) {
    const data = folder();
    const run = meldpunt(['demo-data', '--data', data, '--signals', '200', '--seed', '7']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^added 200 demo signals/);
    rows.push(sqlite(join(data, 'meldpunt.db'), 'select kind,status,municipality from signals order by id'));
  }
  assert.equal(rows[0].trim().split('\n').length, 200);
  assert.equal(rows[0], rows[1]);
  const other = folder();
  assert.equal(meldpunt(['demo-data', '--data', other, '--signals', '200', '--seed', '8']).code, 0);
  assert.notEqual(sqlite(join(other, 'meldpunt.db'), 'select kind,status,municipality from signals order by id'), rows[0]);
  // Demo data never mixes with signals already there, unless asked to.
  const again = meldpunt(['demo-data', '--data', other, '--signals', '10', '--seed', '9']);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /already holds 200 signals/);
  assert.equal(meldpunt(['demo-data', '--data', other, '--signals', '10', '--seed', '9', '--append']).code, 0);
});

test('stats prints the counts of a period, and hides small ones when published', () => {
  const data = folder();
  assert.equal(meldpunt(['demo-data', '--data', data, '--signals', '1500', '--seed', '5']).code, 0);
  const year = meldpunt(['stats', '--data', data, '--period', '2025', '--format', 'json']);
  assert.equal(year.code, 0, year.stderr);
  const internal = JSON.parse(year.stdout);
  assert.equal(internal.period, '2025');
  const table = (figures, id) => figures.tables.find((t) => t.id === id);
  const column = (t) => t.cells.map((row) => row[0]);
  const sum = (numbers) => numbers.reduce((a, b) => a + b, 0);
  const all = table(internal, 'signals_all').total;
  assert.ok(all > 0, 'demo data has signals in 2025');
  for (const name of ['kind', 'channel', 'municipality', 'status']) {
    assert.equal(sum(column(table(internal, `signals_${name}`))), all, `${name} adds up to all signals`);
  }
  // People: each once, so never more than the records; the age bands add up.
  const victims = table(internal, 'persons_all').total;
  const records = Number(sqlite(join(data, 'meldpunt.db'),
    // 2025 in Amsterdam: from 2024-12-31 23:00 UTC to 2025-12-31 23:00 UTC.
    "select count(*) from persons p join signals s on s.id = p.signal_id where p.role = 'victim' " +
    'and s.received_at >= 1735686000000 and s.received_at < 1767222000000'));
  assert.ok(victims > 0 && victims <= records, `${victims} people, ${records} records`);
  assert.equal(sum(column(table(internal, 'persons_age_band'))), victims);
  const quarters = ['2025Q1', '2025Q2', '2025Q3', '2025Q4'].map((period) =>
    table(JSON.parse(meldpunt(['stats', '--data', data, '--period', period, '--format', 'json']).stdout), 'signals_all')?.total ?? 0);
  assert.equal(sum(quarters), all, 'the quarters add up to the year');

  const published = JSON.parse(meldpunt(['stats', '--data', data, '--period', '2025Q1', '--format', 'json', '--published']).stdout);
  assert.equal(published.published, true);
  assert.deepEqual(published.tables.map((t) => t.id), ['municipality_by_form', 'municipality_by_kind', 'minors_by_form',
    'scope_by_form', 'victims_by_municipality', 'victims_by_age_and_gender', 'victims_minor_at_start']);
  for (const t of published.tables) {
    const shown = [...t.cells.flat(), ...t.row_totals, ...t.column_totals, t.total];
    for (const n of shown) assert.ok(n === null || n === 0 || n >= 10, `${t.id}: ${n}`);
  }
  // Rounding instead: every shown count a multiple of 5, nothing hidden.
  const rounded = JSON.parse(meldpunt(['stats', '--data', data, '--period', '2025Q1', '--format', 'json', '--published',
    '--figures-round-to', '5']).stdout);
  for (const t of rounded.tables) {
    for (const n of t.cells.flat()) assert.ok(n !== null && n % 5 === 0, `${t.id}: ${n}`);
    for (const n of [...t.row_totals, ...t.column_totals, t.total]) assert.ok(n === null || n % 5 === 0, `${t.id}: ${n}`);
  }
  // A signal can name several forms: totals across forms are never shown (beside the signals per kind they
  // would tell how many signals named two forms).
  const byForm = rounded.tables.find((t) => t.id === 'municipality_by_form');
  assert.ok(byForm.row_totals.every((n) => n === null) && byForm.total === null);
  assert.ok(byForm.column_totals.every((n) => n !== null));
  assert.equal(meldpunt(['stats', '--data', data, '--period', '2025', '--published', '--figures-k', '1']).code, 2);
  // A month, its quarter and its year are published together: no hidden count is the others' difference.
  const publishedTables = (period) => JSON.parse(meldpunt(['stats', '--data', data, '--period', period, '--format', 'json',
    '--published']).stdout).tables.find((t) => t.id === 'municipality_by_form');
  const months = ['2025-01', '2025-02', '2025-03'].map(publishedTables);
  const quarter = publishedTables('2025Q1');
  quarter.cells.forEach((row, r) => row.forEach((cell, c) => {
    const all = [...months.map((m) => m.cells[r][c]), cell];
    assert.notEqual(all.filter((n) => n === null).length, 1, `${quarter.rows[r]} ${quarter.columns[c]}: ${all}`);
  }));
  const csv = meldpunt(['stats', '--data', data, '--period', '2025-03']);
  assert.equal(csv.code, 0);
  assert.match(csv.stdout, /^# signals_all\r\n,signals,total\r\nall,\d+,\d+\r\n/);

  const wrong = meldpunt(['stats', '--data', data, '--period', '2025Q5']);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /a quarter \(2026Q1\)/);
  assert.equal(meldpunt(['stats', '--data', join(data, 'missing'), '--period', '2025']).code, 1);
});

test('report writes the period\'s PDF (region and each municipality) and the workbook of every table', () => {
  const data = folder();
  assert.equal(meldpunt(['demo-data', '--data', data, '--signals', '3000', '--seed', '11']).code, 0);
  const pdf = join(data, '..', 'cijfers-2025.pdf');
  const made = meldpunt(['report', '--data', data, '--period', '2025', '--out', pdf]);
  assert.equal(made.code, 0, made.stderr);
  assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');

  // Every page as a picture, as a reader sees it: the region and six municipalities, each from a new page.
  const pages = join(data, '..', 'pages');
  const rendered = spawnSync('sh', ['-c', `mkdir -p "${pages}" && pdftoppm -r 30 -png "${pdf}" "${pages}/page"`]);
  assert.equal(rendered.status, 0, String(rendered.stderr));
  const pngs = readdirSync(pages).filter((name) => name.endsWith('.png'));
  assert.ok(pngs.length >= 8, `${pngs.length} pages`);
  for (const png of pngs) assert.ok(statSync(join(pages, png)).size > 1000, `${png} is not empty`);

  // The words on them: the tables with their titles, rows and totals, the explanation, in Dutch.
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  for (const words of ['Mensenhandel in Flevoland', 'Signalen per gemeente en vorm van uitbuiting',
    'Mogelijke slachtoffers naar leeftijd en geslacht', 'Almere', 'Lelystad', 'Urk', 'Totaal'])
    assert.ok(text.includes(words), `the report shows "${words}"`);
  assert.match(text, /niet getoond|verborgen/);
  // No table line shows a count from 1 to 9: each number on a table row is 0, 10 or more, or a dot.
  const tableLines = text.split('\n').filter((line) => /^\s*(Almere|Lelystad|Dronten|Zeewolde|Urk|Noordoostpolder)\s{2,}[\d.]/.test(line));
  assert.ok(tableLines.length >= 6, 'the municipality rows are there');
  for (const line of tableLines) {
    for (const cell of line.trim().split(/\s{2,}/).slice(1)) {
      assert.ok(cell === '.' || cell === '0' || Number(cell.replace(/\./g, '')) >= 10, `"${cell}" in: ${line}`);
    }
  }

  const english = join(data, '..', 'figures-2025Q1.pdf');
  assert.equal(meldpunt(['report', '--data', data, '--period', '2025Q1', '--out', english, '--language', 'en']).code, 0);
  assert.match(spawnSync('pdftotext', [english, '-'], { encoding: 'utf8' }).stdout, /Human trafficking in Flevoland/);

  const workbook = join(data, '..', 'cijfers-2025.xlsx');
  assert.equal(meldpunt(['report', '--data', data, '--period', '2025', '--out', workbook]).code, 0);
  assert.equal(readFileSync(workbook).subarray(0, 2).toString(), 'PK');

  assert.equal(meldpunt(['report', '--data', data, '--period', '2025Q5', '--out', pdf]).code, 2);
  const wrongFile = meldpunt(['report', '--data', data, '--period', '2025', '--out', join(data, '..', 'x.docx')]);
  assert.equal(wrongFile.code, 2);
  assert.match(wrongFile.stderr, /\.pdf .*\.xlsx/);
});
