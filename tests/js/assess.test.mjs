// The WebAssembly module through its JS API, as a page uses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assess, rates } from './load.mjs';

const invoice = (extra = {}) => ({
  asOf: '2018-06-01',
  relationship: 'b2b',
  invoice: { number: 'F-7', issueDate: '2018-03-15', dueDate: '2018-04-15', amount: '15000' },
  penaltyRate: { mode: 'fixed', percent: 15 },
  payments: [{ date: '2018-05-15', amount: 15000 }],
  ...extra,
});

test('published example: 15 000 EUR at 15 % for 30 days', () => {
  const r = assess(invoice());
  assert.equal(r.status, 'paidLate');
  assert.equal(r.daysLate, 30);
  assert.deepEqual(
    r.periods.map((p) => [p.from, p.to, p.days, p.ratePercent, p.base, p.amount]),
    [['2018-04-16', '2018-05-15', 30, '15.00', '15000.00', '184.93']],
  );
  assert.deepEqual(r.amounts, {
    invoice: '15000.00', paid: '15000.00', principal: '0.00', penalties: '184.93', penaltiesAccrued: '184.93',
    penaltiesPaid: '0.00', indemnity: '40.00', extraCosts: '0.00', total: '224.93',
  });
  assert.equal(r.step.id, 'penaltyClaim');
  assert.ok(r.legalBasis.includes('Code de commerce, art. D441-5'));
});

test('amounts cross the boundary as decimal strings', () => {
  const r = assess(invoice({ payments: [], asOf: '2018-04-25' }));
  for (const v of Object.values(r.amounts)) assert.match(v, /^\d+\.\d\d$/);
  // 15 000 x 15 % x 10 / 365 = 61.6438... -> 61.64
  assert.equal(r.amounts.penalties, '61.64');
  assert.equal(r.nextStep.id, 'reminderLetter');
});

test('JS numbers are read through their decimal text, not float math', () => {
  const r = assess(invoice({ invoice: { issueDate: '2018-03-15', dueDate: '2018-04-15', amount: 1200.1 }, payments: [] }));
  assert.equal(r.amounts.invoice, '1200.10');
  assert.throws(
    () => assess(invoice({ invoice: { issueDate: '2018-03-15', dueDate: '2018-04-15', amount: 0.1 + 0.2 }, payments: [] })),
    (e) => e.code === 'tooManyDecimals' && e.field === 'invoice.amount',
  );
  assert.throws(
    () => assess(invoice({ invoice: { issueDate: '2018-03-15', dueDate: '2018-04-15', amount: 1e-7 }, payments: [] })),
    (e) => e.code === 'tooManyDecimals',
  );
  assert.throws(
    () => assess(invoice({ invoice: { issueDate: '2018-03-15', dueDate: '2018-04-15', amount: 1e21 }, payments: [] })),
    (e) => e.code === 'amountTooLarge',
  );
});

test('French amounts are accepted', () => {
  const r = assess(invoice({ invoice: { issueDate: '2018-03-15', dueDate: '2018-04-15', amount: '1 251,98 €' }, payments: [] }));
  assert.equal(r.amounts.invoice, '1251.98');
});

test('errors are Error objects with code, field and both messages', () => {
  let caught;
  try {
    assess(invoice({ payments: [{ date: '2018-06-02', amount: 10 }] }));
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof Error);
  assert.equal(caught.code, 'paymentAfterAsOf');
  assert.equal(caught.field, 'payments[0].date');
  assert.equal(caught.message, caught.messageFr);
  assert.match(caught.messageFr, /paiement/);
  assert.match(caught.messageEn, /payment/);

  assert.throws(() => assess(invoice({ invoice: { issueDate: '2018-03-15', dueDate: '2018-04-15', amount: 1, vat: 0.2 } })),
    (e) => e.code === 'unknownField' && e.field === 'invoice.vat');
  assert.throws(() => assess(null), (e) => e instanceof Error && e.code === 'invalidType');
  assert.throws(() => assess({ relationship: 'b2b', invoice: { issueDate: '2018-02-30', dueDate: '2018-04-15', amount: 1 } }),
    (e) => e.code === 'invalidDate' && e.field === 'invoice.issueDate');
  assert.throws(() => assess(invoice({ relationship: 'friend' })), (e) => e.code === 'unknownRelationship');
});

test('undefined optional fields are treated as absent', () => {
  const r = assess(invoice({ actions: undefined, options: undefined }));
  assert.equal(r.status, 'paidLate');
});

test('asOf defaults to today in the local time zone', () => {
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const input = invoice({ payments: [] });
  delete input.asOf;
  const r = assess(input);
  assert.equal(r.asOf, today);
});

test('rates() lists the tables with sources and status', () => {
  const t = rates();
  assert.equal(t.lastLegalHalfYear, '2026-H1');
  const h = t.legal.find((r) => r.halfYear === '2025-H2');
  assert.deepEqual([h.individualPercent, h.otherPercent, h.status], ['6.65', '2.76', 'confirmed']);
  assert.ok(t.ecb.every((r) => r.source.length > 0));
  assert.ok(t.ecb.some((r) => r.status === 'unconfirmed'));
});

test('a half-year beyond the table is provisional until the user supplies the rate', () => {
  const base = {
    asOf: '2026-07-30', relationship: 'b2b',
    invoice: { issueDate: '2026-05-31', dueDate: '2026-06-30', amount: '1000' },
  };
  const r = assess(base);
  assert.equal(r.provisional, true);
  assert.equal(r.warnings[0].code, 'rateNotConfirmed');
  assert.equal(r.warnings[0].halfYear, '2026-H2');
  assert.equal(r.amounts.penalties, '9.99');
  const o = assess({ ...base, options: { rateOverrides: [{ halfYear: '2026-H2', ecbPercent: '2.40' }] } });
  assert.equal(o.provisional, false);
  assert.equal(o.amounts.penalties, '10.19');
});

test('draft() returns the copy-ready document with the engine\'s figures', async () => {
  const { draft } = await import('./load.mjs');
  const input = {
    asOf: '2025-08-12', relationship: 'b2b',
    invoice: { number: 'F-2025-0312', issueDate: '2025-06-02', dueDate: '2025-07-02', amount: '1 251,98' },
    actions: [{ step: 'friendlyReminder', date: '2025-07-04' }, { step: 'reminderLetter', date: '2025-07-22' }],
    parties: { debtor: { name: 'Boulangerie <Durand> & Fils', email: 'paul@example.fr' } },
  };
  const total = assess(input).amounts.total;
  assert.equal(total, '1309.07');
  const d = draft(input);
  assert.equal(d.kind, 'formalNotice');
  assert.match(d.text, /mise en demeure de payer/);
  assert.match(d.text, /Total dû : 1\u202f309,07\u00a0€/);
  assert.ok(d.blocks.some((b) => b.kind === 'recipient' && b.lines[0] === 'Boulangerie <Durand> & Fils'));
  assert.ok(d.text.includes('[Adresse du client]'));

  const e = draft(input, { step: 'friendlyReminder', lang: 'en' });
  assert.equal(e.kind, 'friendlyReminder');
  assert.equal(e.subject, 'Invoice F-2025-0312: payment reminder');
  assert.ok(e.mailto.startsWith('mailto:paul@example.fr?subject=Invoice%20F-2025-0312%3A%20payment%20reminder&body='));
  assert.equal(decodeURIComponent(e.mailto.split('&body=')[1]), e.body.replaceAll('\n', '\r\n'));

  assert.throws(() => draft(input, { lang: 'de' }), (err) => err.code === 'unknownOptionValue' && err.field === 'draftOptions.lang');
  assert.throws(() => draft({ ...input, asOf: 'x' }), (err) => err.code === 'invalidDate' && err.field === 'asOf');
});

test('dueDate() applies payment terms', async () => {
  const { dueDate } = await import('./load.mjs');
  assert.equal(dueDate('2025-01-20', '30'), '2025-02-19');
  assert.equal(dueDate('2025-01-20', '45eom'), '2025-03-31');
  assert.equal(dueDate('2025-12-31', '60'), '2026-03-01');
  assert.throws(() => dueDate('2025-02-30', '30'), (e) => e.code === 'invalidDate');
  assert.throws(() => dueDate('2025-01-20', 'soon'), (e) => e.code === 'unknownOptionValue');
});
