// Measures the calculator's budgets in headless Chromium and prints them:
// - first load of index.html (every file it fetches, gzip -9 each);
// - time from navigation to the first result shown, median of 10 loads;
// - time to recompute after a keystroke, median of 30 keystrokes.
// Figures only: nothing here passes or fails.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { launch, serve, DIST } from '../tests/browser/browser.mjs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const state = {
  asOf: '2025-07-15', relationship: 'b2b',
  invoice: { number: 'F-2025-077', issueDate: '2025-05-16', dueDate: '2025-06-15', amount: '10000' },
  penaltyRate: { mode: 'default', percent: '' }, payments: [{ date: '2025-06-30', amount: '4000' }], actions: [],
  parties: { creditor: {}, debtor: {} },
};
const fragment = `#relance=${Buffer.from(JSON.stringify(state)).toString('base64url')}`;

const server = await serve();
const browser = await launch();
try {
  // First load: what index.html fetches.
  const page = await browser.newPage();
  const files = [];
  page.on('requestfinished', (r) => { const u = new URL(r.url()); if (u.origin === server.url) files.push(u.pathname); });
  await page.goto(`${server.url}/index.html${fragment}`);
  await page.waitForFunction(() => document.querySelector('relance-calculator')?.assessment);
  await page.close();
  let raw = 0; let gz = 0;
  console.log('first load of index.html (gzip -9 per file):');
  for (const path of [...new Set(files)]) {
    const body = await readFile(join(DIST, path === '/' ? 'index.html' : path));
    const g = gzipSync(body, { level: 9 }).length;
    raw += body.length; gz += g;
    console.log(`  ${path.padEnd(28)} ${String(body.length).padStart(8)} raw ${String(g).padStart(8)} gzip`);
  }
  console.log(`  ${'total'.padEnd(28)} ${String(raw).padStart(8)} raw ${String(gz).padStart(8)} gzip (budget 153600: ${gz < 153600 ? 'within' : 'OVER'})`);

  // Navigation to first result, 10 fresh loads.
  const times = [];
  for (let i = 0; i < 10; i++) {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.addInitScript(() => {
      document.addEventListener('relance-change', () => { window.__first ??= performance.now(); });
    });
    await p.goto(`${server.url}/index.html${fragment}`);
    await p.waitForFunction(() => window.__first !== undefined);
    times.push(await p.evaluate(() => window.__first));
    await context.close();
  }
  console.log(`navigation to first result: median ${median(times).toFixed(1)} ms over 10 loads (target 300 ms); all: ${times.map((t) => t.toFixed(0)).join(', ')}`);

  // Recompute after a keystroke: the engine, the result, the timeline and the draft.
  const p = await browser.newPage();
  await p.goto(`${server.url}/index.html${fragment}`);
  await p.waitForFunction(() => document.querySelector('relance-calculator')?.assessment);
  const amount = p.getByLabel('Montant TTC (€)');
  await amount.focus();
  await p.evaluate(() => performance.clearMeasures('relance:update'));
  for (let i = 0; i < 30; i++) await p.keyboard.press(i % 2 ? 'Backspace' : '5');
  const updates = await p.evaluate(() => performance.getEntriesByName('relance:update').map((e) => e.duration));
  console.log(`recompute after a keystroke: median ${median(updates).toFixed(2)} ms over ${updates.length} keystrokes (target 16 ms)`);
} finally {
  await browser.close();
  await server.close();
}
