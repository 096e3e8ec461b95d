// The calculator page and the widget, end to end in Debian's Chromium.
// Clock and time zone are pinned: today is 15 July 2025 in Paris.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launch, serve } from './browser.mjs';

const ARTIFACTS = new URL('../artifacts/', import.meta.url);
const NOW = new Date('2025-07-15T10:00:00+02:00');
const require = createRequire(import.meta.url);

let server;
let browser;

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page with the clock pinned and every request and violation recorded. */
async function open(path = '/index.html', options = {}) {
  const context = await browser.newContext({
    timezoneId: 'Europe/Paris', locale: 'fr-FR', viewport: { width: 1280, height: 900 }, ...options,
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.url}${path}`);
  return { page, context, requests, errors };
}

const host = (page) => page.locator('relance-calculator').first();
const summary = (page) => host(page).locator('.summary');

/** Fills the B2B invoice of the scenarios: 10 000 EUR due 15 June 2025. */
async function fillInvoice(page) {
  await page.getByLabel('N° de facture').fill('F-2025-077');
  await page.getByLabel('Montant TTC (€)').fill('10 000');
  await page.getByLabel('Date de la facture').fill('2025-05-16');
  await page.getByLabel('Échéance', { exact: true }).fill('2025-06-15');
}

test('a B2B invoice 30 days late: the reminder email, 10 143,97 € owed', async () => {
  const { page, context, errors } = await open();
  await fillInvoice(page);
  await assert.doesNotReject(summary(page).filter({ hasText: 'E-mail de relance amiable' }).waitFor());
  assert.equal(await summary(page).textContent(), 'E-mail de relance amiable — Total 10\u202f143,97\u00a0€');
  const result = host(page).locator('.result');
  assert.match(await result.textContent(), /en retard de 30 jours/);
  // Hand-computed: 10 000 × 13,15 % × 15/365 = 54,04 ; 10 000 × 12,15 % × 15/365 = 49,93.
  assert.match(await result.locator('table').textContent(), /54,04\u00a0€.*49,93\u00a0€/s);
  assert.match(await result.textContent(), /Code de commerce, art\. D441-5/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a partial payment lowers the total; a consumer owes no indemnity; a paid-late invoice', async () => {
  const { page, context } = await open();
  await fillInvoice(page);
  await page.getByRole('button', { name: 'Ajouter un paiement' }).click();
  await page.getByLabel('Date du paiement').fill('2025-06-30');
  await page.getByLabel('Montant (€)').fill('4000');
  // 54,04 + 6 000 × 12,15 % × 15/365 (29,96) = 84,00 ; 6 000 + 84,00 + 40 = 6 124,00.
  await summary(page).filter({ hasText: '6\u202f124,00' }).waitFor();

  await page.getByLabel('Client', { exact: true }).selectOption('b2c');
  await summary(page).filter({ hasText: '6\u202f000,00' }).waitFor();
  const amounts = await host(page).locator('dl.amounts').textContent();
  assert.match(amounts, /Indemnité forfaitaire0,00\u00a0€/);
  assert.match(await host(page).locator('.warnings').textContent(), /mise en demeure/);

  await page.getByLabel('Client', { exact: true }).selectOption('b2b');
  await page.getByLabel('Date du paiement').fill('2025-07-10');
  await page.getByLabel('Montant (€)').fill('10000');
  // Paid 25 days late: 54,04 + 10 000 × 12,15 % × 10/365 (33,29) + 40 = 127,33.
  await summary(page).filter({ hasText: 'Réclamer les pénalités' }).waitFor();
  assert.match(await summary(page).textContent(), /127,33/);
  assert.equal(await host(page).getByRole('tab').count(), 1);
  await context.close();
});

test('an input error is shown next to its field, in the page language', async () => {
  const { page, context } = await open();
  await fillInvoice(page);
  const amount = page.getByLabel('Montant TTC (€)');
  await amount.fill('12,3,4');
  await host(page).locator('[aria-invalid="true"]').waitFor();
  assert.equal(await amount.getAttribute('aria-invalid'), 'true');
  const describedBy = await amount.getAttribute('aria-describedby');
  const message = host(page).locator(`#${describedBy}`);
  assert.match(await message.textContent(), /Montant illisible/);
  assert.equal(await message.isVisible(), true);

  await amount.fill('10000');
  const issue = page.getByLabel('Date de la facture');
  await issue.fill('1960-01-01');
  await host(page).locator('[aria-invalid="true"]').waitFor();
  assert.equal(await issue.getAttribute('aria-invalid'), 'true');
  assert.match(await host(page).locator(`#${await issue.getAttribute('aria-describedby')}`).textContent(), /Date invalide/);
  await issue.fill('2025-05-16');
  await page.getByLabel('Échéance', { exact: true }).fill('2025-05-01');
  const due = page.getByLabel('Échéance', { exact: true });
  await host(page).locator('[aria-invalid="true"]').waitFor();
  assert.equal(await due.getAttribute('aria-invalid'), 'true');
  assert.equal(await amount.getAttribute('aria-invalid'), null);
  await context.close();
});

test('copy, mailto, .txt and .ics', async () => {
  const { page, context } = await open();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await fillInvoice(page);
  await host(page).locator('summary').click();
  await page.getByLabel('Nom ou raison sociale').first().fill('Atelier Lumière');
  await host(page).getByRole('button', { name: 'Copier', exact: true }).click();
  await host(page).locator('.notice').filter({ hasText: 'copié' }).waitFor();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(clip, /^Objet : Facture F-2025-077 : rappel d'échéance\n\nBonjour,/);
  assert.match(clip, /10\u202f000,00\u00a0€/);
  assert.match(clip, /Atelier Lumière/);

  const href = await host(page).getByRole('link', { name: 'Ouvrir dans ma messagerie' }).getAttribute('href');
  const url = new URL(href);
  assert.equal(url.protocol, 'mailto:');
  assert.equal(url.searchParams.get('subject'), "Facture F-2025-077 : rappel d'échéance");
  assert.match(url.searchParams.get('body'), /^Bonjour,\r\n\r\nSauf erreur de notre part/);

  const [txt] = await Promise.all([page.waitForEvent('download'), host(page).getByRole('button', { name: 'Télécharger (.txt)' }).click()]);
  assert.equal(txt.suggestedFilename(), 'relance-friendlyReminder-F-2025-077.txt');
  assert.equal(await readFile(await txt.path(), 'utf8'), clip);

  const [ics] = await Promise.all([page.waitForEvent('download'), host(page).getByRole('button', { name: 'Ajouter au calendrier (.ics)' }).click()]);
  const text = await readFile(await ics.path(), 'utf8');
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'), text);
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  assert.ok(lines.every((l) => new TextEncoder().encode(l).length <= 998));
  assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, lines.filter((l) => l === 'END:VEVENT').length);
  const starts = lines.filter((l) => l.startsWith('DTSTART;VALUE=DATE:')).map((l) => l.split(':')[1]);
  // Email and letter today, formal notice 8 days after the letter, its deadline 8 days later, recourse the day after.
  assert.deepEqual(starts, ['20250715', '20250715', '20250723', '20250731', '20250801']);
  assert.ok(lines.some((l) => l === 'DTEND;VALUE=DATE:20250724'));
  assert.ok(lines.some((l) => l.startsWith('SUMMARY:Mise en demeure (facture F-2025-077)')));
  await context.close();
});

test('the share link restores the same state in a new page', async () => {
  const { page, context } = await open();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await fillInvoice(page);
  await page.getByRole('button', { name: 'Ajouter une démarche' }).click();
  await page.getByLabel("Date d’envoi").fill('2025-06-20');
  await summary(page).filter({ hasText: 'Lettre de relance' }).waitFor();
  const before = await summary(page).textContent();
  await host(page).getByRole('button', { name: 'Copier le lien de partage' }).click();
  await host(page).locator('.notice').filter({ hasText: 'Lien copié' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#relance=/);
  assert.equal(new URL(link).search, '', 'the state is in the fragment only');

  const other = await context.newPage();
  await other.clock.setFixedTime(NOW);
  await other.goto(link);
  await summary(other).filter({ hasText: 'Total' }).waitFor();
  assert.equal(await summary(other).textContent(), before);
  assert.equal(await other.getByLabel('N° de facture').inputValue(), 'F-2025-077');
  assert.equal(await other.getByLabel("Date d’envoi").inputValue(), '2025-06-20');
  await context.close();
});

test('nothing leaves the machine: no other host, no cookie; sender details stored only on request', async () => {
  const { page, context, requests } = await open();
  await fillInvoice(page);
  await host(page).locator('summary').click();
  await page.getByLabel('Nom ou raison sociale').first().fill('Atelier Lumière');
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.getByLabel('Mémoriser mes coordonnées sur cet appareil').check();
  assert.match(await page.evaluate(() => localStorage.getItem('relance.creditor')), /Atelier Lumière/);
  await host(page).getByRole('button', { name: 'Tout effacer' }).click();
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await fillInvoice(page);
  await summary(page).filter({ hasText: 'Total' }).waitFor();
  const foreign = requests.filter((u) => new URL(u).origin !== server.url && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), '');
  await context.close();
});

test('user text is shown as text and never runs', async () => {
  const { page, context } = await open();
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await fillInvoice(page);
  await host(page).locator('summary').click();
  const evil = '<img src=x onerror=alert(1)>';
  await page.getByLabel('Nom ou raison sociale').nth(1).fill(evil);
  await host(page).getByRole('tab', { name: 'Mise en demeure' }).click();
  const recipient = host(page).locator('.letter .recipient');
  await recipient.filter({ hasText: evil }).waitFor();
  assert.equal(await host(page).locator('.letter img').count(), 0);
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);
  await context.close();
});

test('accessibility: axe-core finds no violation in the filled page', async () => {
  const { page, context } = await open('/index.html', { bypassCSP: true });
  await fillInvoice(page);
  await host(page).locator('summary').click();
  await page.getByRole('button', { name: 'Ajouter un paiement' }).click();
  await summary(page).filter({ hasText: 'Total' }).waitFor();
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  const report = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(report, []);
  await context.close();
});

test('the whole flow works with the keyboard alone', async () => {
  const { page, context } = await open();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const focused = () => page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}:${el.dataset?.path ?? el.dataset?.kind ?? el.textContent.trim()}` : '';
  });
  // Types a date into the focused date input, in whichever order of parts
  // (month first or day first) the browser's locale shows.
  const deepValue = () => page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el.value;
  });
  async function typeDate(iso) {
    const [y, m, d] = iso.split('-');
    await page.keyboard.type(`${m}${d}${y}`);
    if ((await deepValue()) === iso) return;
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(`${d}${m}${y}`);
    assert.equal(await deepValue(), iso);
  }
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'input:invoice.number');
  await page.keyboard.type('K-1');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'input:invoice.amount');
  await page.keyboard.type('10000');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'input:invoice.issueDate');
  await typeDate('2025-05-16');
  // A date input has one stop per part (day, month, year): tab past them.
  for (let i = 0; i < 3 && (await focused()) === 'input:invoice.issueDate'; i++) await page.keyboard.press('Tab');
  assert.equal(await focused(), 'select:ui.terms');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'input:invoice.dueDate');
  await typeDate('2025-06-15');
  await summary(page).filter({ hasText: '10\u202f143,97' }).waitFor();
  // On to the drafts: tab until the selected tab, then arrows.
  for (let i = 0; i < 40 && !(await focused()).startsWith('button:friendlyReminder'); i++) await page.keyboard.press('Tab');
  assert.equal(await focused(), 'button:friendlyReminder');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'button:reminderLetter');
  assert.equal(await host(page).getByRole('tab', { selected: true }).textContent(), 'Lettre de relance');
  for (let i = 0; i < 10 && (await focused()) !== 'button:Copier'; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await host(page).locator('.notice').filter({ hasText: 'copié' }).waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /Relance pour facture impayée n° K-1/);
  await context.close();
});

test('the widget works inside a hostile page, under a strict CSP, with no violation', async () => {
  const { page, context, errors } = await open('/embed.html');
  await fillInvoice(page);
  await summary(page).filter({ hasText: '10\u202f143,97' }).waitFor();
  const label = host(page).locator('label').first();
  assert.notEqual(await label.evaluate((el) => getComputedStyle(el).display), 'none');
  const button = host(page).getByRole('button', { name: 'Copier', exact: true });
  assert.equal(await button.isVisible(), true);
  const font = await label.evaluate((el) => getComputedStyle(el).fontStyle);
  assert.equal(font, 'normal');
  assert.equal(await host(page).locator('.app').evaluate((el) => getComputedStyle(el).color), 'rgb(27, 27, 27)');
  await page.screenshot({ path: new URL('embed-1280.png', ARTIFACTS).pathname, fullPage: true });
  await host(page).screenshot({ path: new URL('widget.png', ARTIFACTS).pathname });
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('attributes: lang, relationship and compact, mirrored by properties; relance-change', async () => {
  const { page, context } = await open('/embed.html');
  const el = host(page);
  await el.evaluate((node) => {
    window.__events = [];
    node.addEventListener('relance-change', (e) => window.__events.push(e.detail.assessment.amounts.total));
    node.lang = 'en';
    node.relationship = 'public';
    node.compact = true;
  });
  assert.equal(await el.getAttribute('lang'), 'en');
  assert.equal(await el.getAttribute('relationship'), 'public');
  assert.equal(await el.evaluate((n) => n.hasAttribute('compact')), true);
  await page.getByLabel('Amount incl. VAT (€)').fill('20000');
  await page.getByLabel('Invoice date').fill('2025-05-21');
  await page.getByLabel('Due date').fill('2025-06-20');
  await summary(page).filter({ hasText: 'Total' }).waitFor();
  // Public buyer: ECB 3.15 % + 8 = 11.15 % for 25 days: 152.74 + 40.
  assert.match(await summary(page).textContent(), /€20,192\.74/);
  assert.equal(await el.locator('.drafts').count(), 0, 'compact: no drafts');
  assert.deepEqual(await page.evaluate(() => window.__events.at(-1)), '20192.74');
  await context.close();
});

test('screenshots: the page at 1280 px and 360 px, and a printed letter', async () => {
  const { page, context } = await open();
  await fillInvoice(page);
  await host(page).getByRole('tab', { name: 'Mise en demeure' }).click();
  await summary(page).filter({ hasText: 'Total' }).waitFor();
  await page.screenshot({ path: new URL('page-1280.png', ARTIFACTS).pathname, fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: new URL('page-360.png', ARTIFACTS).pathname, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(overflow <= 360, `the page scrolls sideways at 360 px (${overflow})`);

  const letter = await page.evaluate(async () => {
    const engine = await import('./engine.js');
    await engine.ready();
    return engine.draft({
      asOf: '2025-07-15', relationship: 'b2b',
      invoice: { number: 'F-2025-077', issueDate: '2025-05-16', dueDate: '2025-06-15', amount: '10000' },
      parties: { creditor: { name: 'Atelier Lumière SARL', address: '12 rue des Tanneurs\n69002 Lyon', city: 'Lyon', contact: 'Claire Martin' },
        debtor: { name: 'Boulangerie Durand', address: '4 place du Marché\n38000 Grenoble' } },
    }, { step: 'formalNotice' });
  });
  const print = await context.newPage();
  await print.goto(`${server.url}/print.html`);
  await print.waitForFunction(() => typeof window.relanceShow === 'function');
  await print.evaluate((d) => window.relanceShow(d), letter);
  const pdf = await print.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await writeFile(new URL('letter.pdf', ARTIFACTS), pdf);
  assert.ok(pdf.length > 1000);
  const box = await print.locator('.recipient').boundingBox();
  const sheet = await print.locator('main').boundingBox();
  const mm = (px) => (px / 96) * 25.4;
  // The window of a DL envelope (right-hand window): about 100 mm from the left, 45 mm from the top.
  assert.ok(mm(box.x - sheet.x) > 85 && mm(box.x - sheet.x) < 115, `recipient ${mm(box.x - sheet.x)} mm from the left`);
  assert.ok(mm(box.y - sheet.y) > 35 && mm(box.y - sheet.y) < 60, `recipient ${mm(box.y - sheet.y)} mm from the top`);
  await context.close();
});

test('payment terms fill the due date; nothing to send before it', async () => {
  const { page, context } = await open();
  await page.getByLabel('Montant TTC (€)').fill('500');
  await page.getByLabel('Date de la facture').fill('2025-01-20');
  await page.getByLabel('Délai de paiement').selectOption('45eom');
  assert.equal(await page.getByLabel('Échéance', { exact: true }).inputValue(), '2025-03-31');
  await page.getByLabel('Délai de paiement').selectOption('30');
  assert.equal(await page.getByLabel('Échéance', { exact: true }).inputValue(), '2025-02-19');
  await page.getByLabel('Date de la facture').fill('2025-01-31');
  assert.equal(await page.getByLabel('Échéance', { exact: true }).inputValue(), '2025-03-02');
  await page.getByLabel('Date de la facture').fill('2025-07-10');
  await summary(page).filter({ hasText: 'Rien à envoyer' }).waitFor();
  assert.match(await host(page).locator('.drafts').textContent(), /pas encore échue/);
  assert.equal(await host(page).getByRole('tab').count(), 0);
  await context.close();
});

test('an unconfirmed rate is flagged and the user can supply it', async () => {
  const { page, context } = await open();
  await page.getByLabel('Montant TTC (€)').fill('1000');
  await page.getByLabel('Date de la facture').fill('2026-05-31');
  await page.getByLabel('Échéance', { exact: true }).fill('2026-06-30');
  await page.getByLabel('Date du calcul').fill('2026-07-30');
  // 2026-H2 ECB rate not confirmed: 2.15 % stands in (1 000 × 12.15 % × 30/365 = 9.99).
  await summary(page).filter({ hasText: '1\u202f049,99' }).waitFor();
  assert.match(await host(page).locator('.warnings').textContent(), /2e semestre 2026 n'est pas encore confirmé/);
  assert.match(await host(page).locator('table').textContent(), /provisoire/);
  const field = page.getByLabel('Taux BCE au 1er juillet 2026 (%)');
  await field.fill('2,40');
  // 1 000 × 12.40 % × 30/365 = 10.19.
  await summary(page).filter({ hasText: '1\u202f050,19' }).waitFor();
  assert.equal(await host(page).locator('.warnings').count(), 0);
  assert.equal(await field.inputValue(), '2,40', 'the field stays while it holds a value');
  await field.fill('120');
  await host(page).locator('[aria-invalid="true"]').waitFor();
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  await context.close();
});

test('moved in the page, the element keeps working and does not double its listeners', async () => {
  const { page, context } = await open();
  await fillInvoice(page);
  await summary(page).filter({ hasText: 'Total' }).waitFor();
  const count = await page.evaluate(async () => {
    const el = document.querySelector('relance-calculator');
    let events = 0;
    document.addEventListener('relance-change', () => { events += 1; });
    el.remove();
    document.body.append(el);
    events = 0;
    const amount = el.shadowRoot.querySelector('[data-path="invoice.amount"]');
    amount.value = '20000';
    amount.dispatchEvent(new Event('input', { bubbles: true }));
    return events;
  });
  assert.equal(count, 1);
  assert.match(await summary(page).textContent(), /20\u202f2\d\d,\d\d/);
  await context.close();
});
