// Builds the calculator's form from the state, with labels in the page's
// language. Every control carries the engine's field path in `data-path`, so
// an error from the engine lands next to its field.

let uid = 0;

function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === undefined || v === null) continue;
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  node.append(...children.filter(Boolean));
  return node;
}

export { h };

/** A labelled control with room for its error message. */
function field(label, control, { hint } = {}) {
  const id = `f${++uid}`;
  control.id = id;
  const error = h('span', { class: 'error', id: `${id}-error`, hidden: true });
  const wrap = h('div', { class: 'field' }, h('label', { for: id, text: label }), control, error);
  if (hint) wrap.append(h('span', { class: 'hint', text: hint }));
  return wrap;
}

const input = (path, value, attrs = {}) => h('input', { 'data-path': path, value: value ?? '', ...attrs });

function select(path, value, options) {
  const s = h('select', { 'data-path': path });
  for (const [v, label] of options) s.append(h('option', { value: v, text: label, selected: v === value }));
  return s;
}

/** The whole form for `state` in language `w`. */
export function buildForm(state, w, { compact }) {
  const inv = state.invoice;
  const form = h('form', { class: 'form', novalidate: true, 'aria-label': w.title });

  const invoice = h('fieldset', {}, h('legend', { text: w.invoice }));
  invoice.append(
    field(w.number, input('invoice.number', inv.number, { autocomplete: 'off' })),
    field(w.amount, input('invoice.amount', inv.amount, { inputmode: 'decimal', autocomplete: 'off', required: true })),
    field(w.issueDate, input('invoice.issueDate', inv.issueDate, { type: 'date', required: true })),
    field(w.terms, select('ui.terms', state.ui.terms, [
      ['custom', w.termsCustom], ['30', w.terms30], ['45eom', w.terms45eom], ['60', w.terms60],
    ])),
    field(w.dueDate, input('invoice.dueDate', inv.dueDate, { type: 'date', required: true })),
    field(w.relationship, select('relationship', state.relationship, [['b2b', w.b2b], ['b2c', w.b2c], ['public', w.public]])),
  );
  const clause = field(w.clause, select('penaltyRate.mode', state.penaltyRate.mode, [
    ['default', w.clauseDefault], ['threeTimesLegal', w.clauseThree], ['fixed', w.clauseFixed],
  ]));
  const percent = field(w.percent, input('penaltyRate.percent', state.penaltyRate.percent, { inputmode: 'decimal', autocomplete: 'off' }));
  percent.hidden = state.penaltyRate.mode !== 'fixed' || state.relationship !== 'b2b';
  clause.hidden = state.relationship !== 'b2b';
  invoice.append(clause, percent);
  invoice.append(field(w.asOf, input('asOf', state.asOf, { type: 'date' })));
  form.append(invoice);
  // Rates the tables do not confirm yet: filled in by the element when needed.
  form.append(h('div', { class: 'overrides' }));

  const payments = h('fieldset', { class: 'rows' }, h('legend', { text: w.payments }));
  state.payments.forEach((p, i) => {
    payments.append(h('div', { class: 'row' },
      field(w.paymentDate, input(`payments[${i}].date`, p.date, { type: 'date' })),
      field(w.paymentAmount, input(`payments[${i}].amount`, p.amount, { inputmode: 'decimal', autocomplete: 'off' })),
      h('button', { type: 'button', class: 'remove', 'data-remove': `payments.${i}`, text: w.remove, 'aria-label': w.removePayment(i + 1) }),
    ));
  });
  payments.append(h('button', { type: 'button', class: 'add', 'data-add': 'payments', text: w.addPayment }));
  form.append(payments);

  const actions = h('fieldset', { class: 'rows' }, h('legend', { text: w.actions }));
  const stepOptions = ['friendlyReminder', 'reminderLetter', 'formalNotice', 'recourse', 'penaltyClaim'].map((s) => [s, w.stepShort[s]]);
  state.actions.forEach((a, i) => {
    actions.append(h('div', { class: 'row' },
      field(w.actionStep, select(`actions[${i}].step`, a.step, stepOptions)),
      field(w.actionDate, input(`actions[${i}].date`, a.date, { type: 'date' })),
      h('button', { type: 'button', class: 'remove', 'data-remove': `actions.${i}`, text: w.remove, 'aria-label': w.removeAction(i + 1) }),
    ));
  });
  actions.append(h('button', { type: 'button', class: 'add', 'data-add': 'actions', text: w.addAction }));
  form.append(actions);

  if (!compact) {
    const details = h('details', { class: 'parties' }, h('summary', { text: w.parties }));
    if (state.ui.partiesOpen) details.open = true;
    const c = state.parties.creditor;
    const d = state.parties.debtor;
    const party = (who, p, fields) => {
      const fs = h('fieldset', {}, h('legend', { text: w[who] }));
      for (const [key, label, attrs] of fields) {
        const path = `parties.${who}.${key}`;
        const control = key === 'address' || key === 'paymentDetails'
          ? h('textarea', { 'data-path': path, rows: key === 'address' ? 3 : 2 })
          : input(path, p[key], attrs);
        if (control.tagName === 'TEXTAREA') control.value = p[key] ?? '';
        fs.append(field(label, control));
      }
      return fs;
    };
    details.append(
      party('creditor', c, [
        ['name', w.name, { autocomplete: 'organization' }], ['address', w.address], ['siret', w.siret, { autocomplete: 'off' }],
        ['contact', w.contactCreditor, { autocomplete: 'name' }], ['email', w.email, { type: 'email', autocomplete: 'email' }],
        ['city', w.city, { autocomplete: 'address-level2' }], ['paymentDetails', w.paymentDetails],
      ]),
      party('debtor', d, [
        ['name', w.name, { autocomplete: 'off' }], ['address', w.address], ['contact', w.contact, { autocomplete: 'off' }],
        ['email', w.email, { type: 'email', autocomplete: 'off' }],
      ]),
    );
    const remember = h('input', { type: 'checkbox', 'data-path': 'ui.remember', checked: state.ui.remember });
    const rid = `f${++uid}`;
    remember.id = rid;
    details.append(h('div', { class: 'check' }, remember, h('label', { for: rid, text: w.remember })));
    form.append(details);
  }

  form.append(h('div', { class: 'tools' },
    h('button', { type: 'button', 'data-command': 'reset', text: w.reset }),
    compact ? null : h('button', { type: 'button', 'data-command': 'share', text: w.share }),
  ));
  return form;
}

const OVERRIDE_KEY = /^(ecb|legal):(\d{4})-H([12])$/;

/** Whether `key` names a rate the user can supply, e.g. `ecb:2026-H2`. */
export function isOverrideKey(key) {
  return OVERRIDE_KEY.test(key);
}

/**
 * The fieldset asking for rates that are not confirmed, one field per
 * `kind:half-year` key, or nothing when there is none.
 */
export function overrideFields(keysNeeded, values, w) {
  if (!keysNeeded.length) return [];
  const fs = h('fieldset', { class: 'rates' }, h('legend', { text: w.overridesTitle }));
  fs.append(h('p', { class: 'hint', text: w.overridesHint }));
  for (const key of keysNeeded) {
    const [, kind, year, half] = OVERRIDE_KEY.exec(key);
    fs.append(field(w.overrideLabel(kind, Number(year), half === '2'), input(`overrides.${key}`, values[key] ?? '', { inputmode: 'decimal', autocomplete: 'off' })));
  }
  return [fs];
}

/** Reads a path such as `payments[1].amount` as keys. */
export function keys(path) {
  return path.replace(/\[(\d+)\]/g, '.$1').split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

