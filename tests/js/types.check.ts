// Type-checked by `tsc` in `make test`: the declarations in pkg/relance.d.ts
// accept a real input, describe the result, and refuse wrong shapes.
import { assess, draft, rates } from '../../pkg/relance.js';
import type { AssessInput, Assessment, Draft, RatesReport, RelanceError } from '../../pkg/relance.js';

const input: AssessInput = {
  asOf: '2025-09-10',
  relationship: 'b2b',
  invoice: { number: 'F-1', issueDate: '2025-07-01', dueDate: '2025-07-31', amount: '1 200,00' },
  penaltyRate: { mode: 'fixed', percent: 12 },
  payments: [{ date: '2025-08-10', amount: 200 }],
  actions: [{ step: 'friendlyReminder', date: '2025-08-01' }],
  options: { dayCount: 'actualActual', formalNoticeDeadlineDays: 10, rateOverrides: [{ halfYear: '2026-H2', ecbPercent: '2.40' }] },
  parties: { creditor: { name: 'Atelier', address: '1 rue A\n75001 Paris' }, debtor: {} },
};

const result: Assessment = assess(input);
const total: string = result.amounts.total;
const firstRate: string | undefined = result.periods[0]?.ratePercent;
const next: string | undefined = result.nextStep?.date;
const step: 'none' | 'friendlyReminder' | 'reminderLetter' | 'formalNotice' | 'recourse' | 'penaltyClaim' = result.step.id;
const table: RatesReport = rates();
const letter: Draft = draft(input, { step: 'formalNotice', lang: 'en' });
const text: string = letter.text;
const byDefault: Draft = draft(input);
// @ts-expect-error: tone is cordial or firm
draft(input, { tone: 'angry' });
const last: string | null = table.lastLegalHalfYear;

try {
  assess(input);
} catch (e) {
  const err = e as RelanceError;
  const where: string = err.field;
  void where;
}

// @ts-expect-error: relationship must be one of the three names
const bad1: AssessInput = { relationship: 'friend', invoice: { issueDate: '', dueDate: '', amount: 1 } };
// @ts-expect-error: the invoice needs a due date
const bad2: AssessInput = { relationship: 'b2b', invoice: { issueDate: '', amount: 1 } };
// @ts-expect-error: amounts come back as strings
const bad3: number = result.amounts.total;

void [total, firstRate, next, step, last, bad1, bad2, bad3, text, byDefault];
