// axe-core for the accessibility tests: WCAG 2.0 and 2.1, levels A and AA.
// Pages forbid inline scripts, so the contexts are made with bypassCSP to let
// axe be injected; the page's own scripts run as for any visitor.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Runs `body(page)` in a fresh context of `env` (from useServerAndBrowser).
export async function withAxeContext(env, body) {
  const context = await env.newContext({ bypassCSP: true, javaScriptEnabled: true });
  try {
    return await body(await context.newPage());
  } finally {
    await context.close();
  }
}

// Runs axe on what the page shows now and fails on serious or critical findings,
// naming the rule, the page and the elements.
export async function assertAccessible(page, label) {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(
    (values) => window.axe.run(document, { runOnly: { type: 'tag', values } }), tags);
  assert.ok(results.passes.length > 10, `${label}: axe really ran (${results.passes.length} rules passed)`);
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `  [${v.impact}] ${v.id} on ${label}: ${v.help}\n`
    + v.nodes.map((n) => `      target ${JSON.stringify(n.target)}\n        ${n.html.slice(0, 200)}\n        ${n.failureSummary?.replace(/\n/g, '\n        ')}`).join('\n'))
    .join('\n');
  assert.equal(bad.length, 0, `accessibility violations on ${label}:\n${report}`);
}
