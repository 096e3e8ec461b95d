// <relance-calculator>: the whole user interface, in a shadow root.
//
// Attributes (mirrored by properties): `lang` (from the closest [lang] when
// absent), `relationship` (b2b, b2c, public: the default client type) and
// `compact` (form and result only). Each new result fires a `relance-change`
// CustomEvent whose detail holds the assessment. User data only ever goes
// into the page through textContent and attributes.

import { ready, assess, draft, dueDate } from './engine.js';
import { words } from './i18n.js';
import { buildForm, keys, h, isOverrideKey, overrideFields } from './form.js';
import { timeline } from './timeline.js';
import { events, calendar } from './ics.js';
import { shareUrl, stateFromFragment, rememberedCreditor, rememberCreditor } from './state.js';

const STYLE = new URL('./calculator.css', import.meta.url).href;
const PRINT_PAGE = new URL('./print.html', import.meta.url).href;
const KINDS = ['friendlyReminder', 'reminderLetter', 'formalNotice', 'paidLate', 'recourse'];

function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function emptyState(relationship) {
  return {
    asOf: localToday(),
    relationship,
    invoice: { number: '', issueDate: '', dueDate: '', amount: '' },
    penaltyRate: { mode: 'default', percent: '' },
    payments: [],
    actions: [],
    parties: { creditor: {}, debtor: {} },
    overrides: {},
    ui: { terms: 'custom', remember: false, partiesOpen: false },
  };
}

/** The due date the engine gives for the invoice date and chosen terms. */
function dueFromTerms(issue, terms) {
  if (!issue || terms === 'custom') return null;
  try {
    return dueDate(issue, terms);
  } catch {
    return null;
  }
}

/** The engine's input from the state: empty optional values left out. */
function toInput(state) {
  const clean = (obj) => Object.fromEntries(Object.entries(obj).filter(([, v]) => String(v ?? '').trim() !== ''));
  const input = {
    relationship: state.relationship,
    invoice: { ...state.invoice },
    payments: state.payments.filter((p) => p.date || p.amount),
    actions: state.actions.filter((a) => a.date),
    parties: { creditor: clean(state.parties.creditor), debtor: clean(state.parties.debtor) },
  };
  if (state.asOf) input.asOf = state.asOf;
  const byHalf = {};
  for (const [key, value] of Object.entries(state.overrides)) {
    if (!String(value).trim()) continue;
    const [kind, halfYear] = key.split(':');
    byHalf[halfYear] ??= { halfYear };
    byHalf[halfYear][kind === 'ecb' ? 'ecbPercent' : 'legalPercent'] = value;
  }
  const rateOverrides = Object.values(byHalf);
  if (rateOverrides.length) input.options = { rateOverrides };
  if (state.relationship === 'b2b') {
    input.penaltyRate = state.penaltyRate.mode === 'fixed'
      ? { mode: 'fixed', percent: state.penaltyRate.percent }
      : { mode: state.penaltyRate.mode };
  }
  return input;
}

export class RelanceCalculatorElement extends HTMLElement {
  static observedAttributes = ['lang', 'relationship', 'compact'];

  #root = this.attachShadow({ mode: 'open' });
  #abort = null;
  #state = null;
  #engine = false;
  #assessment = null;
  #draftOptions = { kind: null, picked: false, tone: 'cordial', registered: false };
  #overrideKeys = '';
  #els = {};

  get relationship() {
    const r = this.getAttribute('relationship');
    return r === 'b2c' || r === 'public' ? r : 'b2b';
  }

  set relationship(value) {
    this.setAttribute('relationship', value);
  }

  get compact() {
    return this.hasAttribute('compact');
  }

  set compact(value) {
    this.toggleAttribute('compact', Boolean(value));
  }

  /** The latest assessment shown, or null. */
  get assessment() {
    return this.#assessment;
  }

  #lang() {
    return this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'fr';
  }

  connectedCallback() {
    this.#abort = new AbortController();
    if (!this.#state) {
      this.#state = emptyState(this.relationship);
      const shared = stateFromFragment();
      if (shared) this.#state = this.#merge(shared);
      const creditor = rememberedCreditor();
      if (creditor && !shared) {
        this.#state.parties.creditor = creditor;
        this.#state.ui.remember = true;
      }
    }
    this.#render();
    ready().then(
      () => {
        this.#engine = true;
        this.#update();
      },
      () => {
        this.#els.summary.textContent = words(this.#lang()).loadFailed;
      },
    );
  }

  disconnectedCallback() {
    this.#abort?.abort();
    this.#abort = null;
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.#abort) return;
    if (name === 'relationship' && this.#state) this.#state.relationship = this.relationship;
    this.#render();
  }

  /** Shared state over defaults, keeping only known shapes. */
  #merge(shared) {
    const base = emptyState(this.relationship);
    const pick = (obj, keysOf) => Object.fromEntries(keysOf.map((k) => [k, typeof obj?.[k] === 'string' ? obj[k] : (obj?.[k] ?? '')]));
    base.asOf = typeof shared.asOf === 'string' ? shared.asOf : base.asOf;
    if (['b2b', 'b2c', 'public'].includes(shared.relationship)) base.relationship = shared.relationship;
    base.invoice = pick(shared.invoice, ['number', 'issueDate', 'dueDate', 'amount']);
    base.penaltyRate = { mode: ['default', 'threeTimesLegal', 'fixed'].includes(shared.penaltyRate?.mode) ? shared.penaltyRate.mode : 'default', percent: String(shared.penaltyRate?.percent ?? '') };
    base.payments = Array.isArray(shared.payments) ? shared.payments.map((p) => pick(p, ['date', 'amount'])) : [];
    base.actions = Array.isArray(shared.actions) ? shared.actions.map((a) => pick(a, ['step', 'date'])) : [];
    base.parties.creditor = pick(shared.parties?.creditor, ['name', 'address', 'siret', 'contact', 'email', 'city', 'paymentDetails']);
    base.parties.debtor = pick(shared.parties?.debtor, ['name', 'address', 'contact', 'email']);
    for (const [key, value] of Object.entries(shared.overrides ?? {})) {
      if (isOverrideKey(key) && typeof value === 'string') base.overrides[key] = value;
    }
    return base;
  }

  /** Builds the whole shadow tree (on connect and when lang or compact change). */
  #render() {
    const w = words(this.#lang());
    const signal = this.#abort.signal;
    const link = h('link', { rel: 'stylesheet', href: STYLE });
    const app = h('div', { class: 'app', lang: w.code, hidden: true });
    link.addEventListener('load', () => { app.hidden = false; }, { signal });
    link.addEventListener('error', () => { app.hidden = false; }, { signal });

    const form = buildForm(this.#state, w, { compact: this.compact });
    const summary = h('p', { class: 'summary', role: 'status', text: this.#engine ? '' : w.loading });
    const result = h('section', { class: 'result', 'aria-label': w.result });
    const timelineBox = h('section', { class: 'timeline-box', 'aria-label': w.timeline });
    const drafts = h('section', { class: 'drafts', 'aria-label': w.drafts });
    const notice = h('p', { class: 'notice', role: 'status' });
    app.append(
      h('div', { class: 'layout' }, form, h('div', { class: 'output' }, summary, result, this.compact ? null : timelineBox, this.compact ? null : drafts, notice)),
      h('p', { class: 'privacy', text: w.privacy }),
    );
    this.#root.replaceChildren(link, app);
    this.#els = { w, form, summary, result, timelineBox, drafts, notice };
    this.#overrideKeys = null;

    form.addEventListener('input', (e) => this.#onInput(e), { signal });
    form.addEventListener('change', (e) => this.#onInput(e), { signal });
    form.addEventListener('submit', (e) => e.preventDefault(), { signal });
    form.addEventListener('click', (e) => this.#onFormClick(e), { signal });
    drafts.addEventListener('click', (e) => this.#onDraftClick(e), { signal });
    drafts.addEventListener('change', (e) => this.#onDraftOption(e), { signal });
    drafts.addEventListener('keydown', (e) => this.#onTabKey(e), { signal });
    if (this.#engine) this.#update();
  }

  #get(path) {
    return keys(path).reduce((obj, key) => obj?.[key], this.#state);
  }

  #set(path, value) {
    const k = keys(path);
    let obj = this.#state;
    for (const key of k.slice(0, -1)) obj = obj[key];
    obj[k[k.length - 1]] = value;
  }

  #onInput(e) {
    const path = e.target?.dataset?.path;
    if (!path) return;
    const value = e.target.type === 'checkbox' ? e.target.checked : e.target.value;
    // A `change` after `input` events carries nothing new; re-rendering then
    // would swallow the click that moved the focus away.
    if (e.type === 'change' && this.#get(path) === value) return;
    this.#set(path, value);
    const s = this.#state;
    if (path === 'ui.terms' || (path === 'invoice.issueDate' && s.ui.terms !== 'custom')) {
      const due = dueFromTerms(s.invoice.issueDate, s.ui.terms);
      if (due) {
        s.invoice.dueDate = due;
        const dueInput = this.#els.form.querySelector('[data-path="invoice.dueDate"]');
        if (dueInput) dueInput.value = due;
      }
    }
    if (path === 'invoice.dueDate' && e.type === 'input') {
      s.ui.terms = 'custom';
      const terms = this.#els.form.querySelector('[data-path="ui.terms"]');
      if (terms) terms.value = 'custom';
    }
    if (path === 'relationship' || path === 'penaltyRate.mode') {
      const mode = this.#els.form.querySelector('[data-path="penaltyRate.mode"]').closest('.field');
      const pct = this.#els.form.querySelector('[data-path="penaltyRate.percent"]').closest('.field');
      mode.hidden = s.relationship !== 'b2b';
      pct.hidden = s.relationship !== 'b2b' || s.penaltyRate.mode !== 'fixed';
    }
    if (path === 'ui.remember' || (path.startsWith('parties.creditor.') && s.ui.remember)) {
      rememberCreditor(s.ui.remember ? s.parties.creditor : null);
    }
    this.#update();
  }

  #onFormClick(e) {
    const button = e.target.closest('button');
    if (!button) return;
    const details = this.#els.form.querySelector('details.parties');
    this.#state.ui.partiesOpen = Boolean(details?.open);
    if (button.dataset.add) {
      const list = this.#state[button.dataset.add];
      list.push(button.dataset.add === 'payments' ? { date: '', amount: '' } : { step: this.#nextActionStep(), date: '' });
      this.#render();
      const rows = this.#els.form.querySelectorAll(`[data-path^="${button.dataset.add}[${list.length - 1}]"]`);
      (button.dataset.add === 'payments' ? rows[0] : rows[1])?.focus();
    } else if (button.dataset.remove) {
      const [list, index] = button.dataset.remove.split('.');
      this.#state[list].splice(Number(index), 1);
      this.#render();
      this.#els.form.querySelector(`[data-add="${list}"]`)?.focus();
    } else if (button.dataset.command === 'reset') {
      this.#state = emptyState(this.relationship);
      this.#draftOptions = { kind: null, picked: false, tone: 'cordial', registered: false };
      rememberCreditor(null);
      if (stateFromFragment()) history.replaceState(null, '', location.pathname + location.search);
      this.#assessment = null;
      this.#render();
      this.#els.form.querySelector('[data-path="invoice.number"]')?.focus();
    } else if (button.dataset.command === 'share') {
      const url = shareUrl(this.#state);
      history.replaceState(null, '', url);
      this.#copy(url, this.#els.w.shareDone);
    }
  }

  #nextActionStep() {
    const order = ['friendlyReminder', 'reminderLetter', 'formalNotice', 'recourse'];
    const done = new Set(this.#state.actions.map((a) => a.step));
    return order.find((s) => !done.has(s)) ?? 'recourse';
  }

  #clearErrors() {
    for (const el of this.#els.form.querySelectorAll('[aria-invalid]')) {
      el.removeAttribute('aria-invalid');
      el.removeAttribute('aria-describedby');
      const msg = this.#root.getElementById(`${el.id}-error`);
      if (msg) { msg.hidden = true; msg.textContent = ''; }
    }
  }

  #showError(err) {
    const w = this.#els.w;
    const message = w.code === 'en' ? err.messageEn : err.messageFr;
    let path = err.field;
    const rate = /^options\.rateOverrides\[(\d+)\]\.(ecb|legal)Percent$/.exec(path ?? '');
    if (rate) {
      const half = toInput(this.#state).options?.rateOverrides?.[Number(rate[1])]?.halfYear;
      path = `overrides.${rate[2]}:${half}`;
    }
    let control = path ? this.#els.form.querySelector(`[data-path="${CSS.escape(path)}"]`) : null;
    if (!control && path) {
      // A path to a group (e.g. `payments`): its first control.
      control = this.#els.form.querySelector(`[data-path^="${CSS.escape(path)}"]`);
    }
    if (control) {
      const msg = this.#root.getElementById(`${control.id}-error`);
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', msg.id);
      msg.textContent = message;
      msg.hidden = false;
    }
    this.#els.summary.textContent = message;
  }

  /** Recomputes and shows everything. */
  #update() {
    if (!this.#engine) return;
    const t0 = performance.now();
    const w = this.#els.w;
    const s = this.#state;
    this.#clearErrors();
    if (!s.invoice.issueDate || !s.invoice.dueDate || !String(s.invoice.amount).trim()) {
      this.#assessment = null;
      this.#els.summary.textContent = w.enterInvoice;
      this.#els.result.replaceChildren();
      this.#els.timelineBox.replaceChildren();
      this.#els.drafts.replaceChildren();
      return;
    }
    let a;
    try {
      a = assess(toInput(s));
    } catch (err) {
      this.#showError(err);
      return;
    }
    this.#assessment = a;
    this.#showOverrides(a);
    this.#showResult(a);
    if (!this.compact) {
      this.#els.timelineBox.replaceChildren(h('h3', { text: w.timeline }), timeline(a, s.invoice.dueDate, w), this.#calendarButton(a));
      this.#showDrafts();
    }
    performance.measure('relance:update', { start: t0 });
    this.dispatchEvent(new CustomEvent('relance-change', { bubbles: true, composed: true, detail: { assessment: a } }));
  }

  /**
   * Asks for the rates the engine marked provisional (and keeps the fields
   * the user already filled), rebuilding the fields only when that set
   * changes so typing keeps its focus.
   */
  #showOverrides(a) {
    const needed = new Set(a.periods.filter((p) => p.provisional).map((p) => `${p.referenceKind}:${p.referenceHalfYear}`));
    for (const [key, value] of Object.entries(this.#state.overrides)) if (String(value).trim()) needed.add(key);
    const list = [...needed].sort();
    if (list.join() === this.#overrideKeys) return;
    this.#overrideKeys = list.join();
    const box = this.#els.form.querySelector('.overrides');
    box.replaceChildren(...overrideFields(list, this.#state.overrides, this.#els.w));
  }

  #showResult(a) {
    const w = this.#els.w;
    const step = a.step.id;
    const why = a.status === 'overdue' ? (step === 'none' ? w.why.waiting : w.why.overdue(a.daysLate))
      : a.status === 'paidLate' ? w.why.paidLate(a.daysLate) : w.why[a.status];
    this.#els.summary.textContent = `${w.steps[step]} — ${w.total} ${w.money(a.amounts.total)}`;

    const head = h('div', { class: `step ${step}` },
      h('p', { class: 'eyebrow', text: w.todo }),
      h('h2', { text: w.steps[step] }),
      h('p', { text: why }),
    );
    if (a.step.dueSince) head.append(h('p', { text: w.since(w.date(a.step.dueSince)) }));
    if (a.nextStep) head.append(h('p', { text: w.next(w.stepShort[a.nextStep.id], w.date(a.nextStep.date)) }));

    const dl = h('dl', { class: 'amounts' });
    const line = (label, value, cls) => dl.append(h('dt', { class: cls, text: label }), h('dd', { class: cls, text: w.money(value) }));
    line(w.principal, a.amounts.principal);
    line(w.penalties, a.amounts.penalties);
    line(w.indemnity, a.amounts.indemnity);
    if (a.amounts.extraCosts !== '0.00') line(w.extraCosts, a.amounts.extraCosts);
    line(w.total, a.amounts.total, 'total');

    const out = [head, h('h3', { text: w.amounts }), dl];
    if (a.periods.length) {
      const table = h('table', {},
        h('caption', { text: w.breakdown }),
        h('thead', {}, h('tr', {}, ...[w.period, w.days, w.rate, w.base, w.penalty].map((t) => h('th', { scope: 'col', text: t })))),
      );
      const body = h('tbody');
      for (const p of a.periods) {
        const basis = w.basis[p.rateBasis](w.pct(p.referencePercent));
        const rate = `${w.pct(p.ratePercent)} (${basis}${p.provisional ? `, ${w.provisional}` : ''})`;
        body.append(h('tr', {},
          h('td', { 'data-label': w.period, text: `${w.shortDate(p.from)} → ${w.date(p.to)}` }),
          h('td', { 'data-label': w.days, text: String(p.days) }),
          h('td', { 'data-label': w.rate, text: rate, title: p.rateSource }),
          h('td', { 'data-label': w.base, text: w.money(p.base) }),
          h('td', { 'data-label': w.penalty, text: w.money(p.amount) }),
        ));
      }
      table.append(body);
      out.push(h('div', { class: 'table-wrap' }, table));
      const sources = [...new Set(a.periods.map((p) => p.rateSource))];
      out.push(h('p', { class: 'source', text: `${w.source}${w.colon}${sources.join(' ; ')}` }));
    }
    if (a.warnings.length) {
      const ul = h('ul', { class: 'warnings' });
      for (const warning of a.warnings) ul.append(h('li', { text: w.code === 'en' ? warning.messageEn : warning.message }));
      out.push(h('h3', { text: w.warnings }), ul);
    }
    out.push(h('p', { class: 'law' }, h('strong', { text: `${w.legalBasis}${w.colon}` }), a.legalBasis.join(' ; ')));
    this.#els.result.replaceChildren(...out);
  }

  #calendarButton(a) {
    const w = this.#els.w;
    const button = h('button', { type: 'button', class: 'secondary', text: w.calendar });
    const list = events(a, w, this.#state.invoice.number);
    button.disabled = list.length === 0;
    button.addEventListener('click', () => {
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      this.#download(calendar(list, stamp), `relance-${this.#fileStem()}.ics`, 'text/calendar');
    }, { signal: this.#abort.signal });
    return button;
  }

  #fileStem() {
    return (this.#state.invoice.number || 'facture').replace(/[^\w.-]+/g, '-').slice(0, 60);
  }

  #download(text, name, type) {
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const a = h('a', { href: url, download: name });
    this.#root.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  #availableKinds() {
    const a = this.#assessment;
    if (!a || a.status === 'paid' || a.status === 'notDue') return [];
    if (a.status === 'paidLate') return a.amounts.total === '0.00' ? [] : ['paidLate'];
    return KINDS.filter((k) => k !== 'paidLate');
  }

  #defaultKind() {
    const a = this.#assessment;
    const step = a.step.id !== 'none' ? a.step.id : a.nextStep?.id;
    return step === 'penaltyClaim' ? 'paidLate' : step ?? 'friendlyReminder';
  }

  #showDrafts() {
    const w = this.#els.w;
    const kinds = this.#availableKinds();
    const box = this.#els.drafts;
    if (!kinds.length) {
      const why = this.#assessment?.status === 'notDue' ? w.notDueYet : w.nothingToDraft;
      box.replaceChildren(h('h3', { text: w.drafts }), h('p', { text: why }));
      return;
    }
    // The recommended document, until the user picks another tab.
    if (!this.#draftOptions.picked || !kinds.includes(this.#draftOptions.kind)) {
      this.#draftOptions.kind = kinds.includes(this.#defaultKind()) ? this.#defaultKind() : kinds[0];
    }
    const current = this.#draftOptions.kind;
    const tabs = h('div', { role: 'tablist', 'aria-label': w.drafts, class: 'tabs' });
    for (const k of kinds) {
      tabs.append(h('button', {
        type: 'button', role: 'tab', id: `tab-${k}`, 'data-kind': k, 'aria-controls': 'draft-panel',
        'aria-selected': String(k === current), tabindex: k === current ? '0' : '-1', text: w.kinds[k],
      }));
    }
    const panel = h('div', { role: 'tabpanel', id: 'draft-panel', 'aria-labelledby': `tab-${current}`, class: 'panel' });
    let d;
    try {
      d = draft(toInput(this.#state), {
        step: current, lang: w.code, tone: this.#draftOptions.tone, registered: this.#draftOptions.registered,
      });
    } catch (err) {
      panel.append(h('p', { text: w.code === 'en' ? err.messageEn : err.messageFr }));
      box.replaceChildren(h('h3', { text: w.drafts }), tabs, panel);
      return;
    }
    this.#currentDraft = d;
    const options = h('div', { class: 'draft-options' });
    if (current === 'friendlyReminder' || current === 'reminderLetter') {
      const tone = h('select', { 'data-option': 'tone', id: 'draft-tone' },
        h('option', { value: 'cordial', text: w.cordial, selected: this.#draftOptions.tone === 'cordial' }),
        h('option', { value: 'firm', text: w.firm, selected: this.#draftOptions.tone === 'firm' }));
      options.append(h('div', { class: 'field inline' }, h('label', { for: 'draft-tone', text: w.tone }), tone));
    }
    if (current === 'reminderLetter') {
      options.append(h('div', { class: 'check' },
        h('input', { type: 'checkbox', id: 'draft-registered', 'data-option': 'registered', checked: this.#draftOptions.registered }),
        h('label', { for: 'draft-registered', text: w.registered })));
    }
    const actions = h('div', { class: 'draft-actions' },
      h('button', { type: 'button', 'data-draft': 'copy', text: w.copy }),
      d.mailto ? h('a', { class: 'button', href: d.mailto, text: w.mail }) : null,
      d.kind === 'friendlyReminder' ? null : h('button', { type: 'button', 'data-draft': 'print', text: w.print }),
      h('button', { type: 'button', 'data-draft': 'download', text: w.download }),
    );
    const preview = h('article', { class: `letter ${d.kind}`, 'aria-label': w.kinds[d.kind], tabindex: '0' });
    for (const b of d.blocks) {
      const el = h(b.kind === 'list' ? 'ul' : 'div', { class: `block ${b.kind}` });
      if (b.kind === 'list') for (const l of b.lines) el.append(h('li', { text: l }));
      else el.textContent = b.lines.join('\n');
      preview.append(el);
    }
    panel.append(options, actions, preview);
    box.replaceChildren(h('h3', { text: w.drafts }), tabs, panel);
  }

  #currentDraft = null;

  #onTabKey(e) {
    const tab = e.target.closest('[role="tab"]');
    if (!tab || !['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    const tabs = [...this.#els.drafts.querySelectorAll('[role="tab"]')];
    const i = tabs.indexOf(tab);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1
      : (i + (e.key === 'ArrowRight' ? 1 : -1) + tabs.length) % tabs.length;
    e.preventDefault();
    this.#draftOptions.kind = tabs[next].dataset.kind;
    this.#draftOptions.picked = true;
    this.#showDrafts();
    this.#els.drafts.querySelector(`[data-kind="${this.#draftOptions.kind}"]`)?.focus();
  }

  #onDraftOption(e) {
    const opt = e.target.dataset.option;
    if (!opt) return;
    this.#draftOptions[opt] = e.target.type === 'checkbox' ? e.target.checked : e.target.value;
    this.#showDrafts();
    this.#els.drafts.querySelector(`[data-option="${opt}"]`)?.focus();
  }

  #onDraftClick(e) {
    const tab = e.target.closest('[role="tab"]');
    if (tab) {
      this.#draftOptions.kind = tab.dataset.kind;
      this.#draftOptions.picked = true;
      this.#showDrafts();
      this.#els.drafts.querySelector(`[data-kind="${tab.dataset.kind}"]`)?.focus();
      return;
    }
    const action = e.target.closest('[data-draft]')?.dataset.draft;
    const d = this.#currentDraft;
    if (!action || !d) return;
    if (action === 'copy') this.#copy(d.text, this.#els.w.copied);
    if (action === 'download') this.#download(d.text, `relance-${d.kind}-${this.#fileStem()}.txt`, 'text/plain');
    if (action === 'print') this.#print(d);
  }

  async #copy(text, done) {
    const w = this.#els.w;
    try {
      await navigator.clipboard.writeText(text);
      this.#els.notice.textContent = done;
    } catch {
      this.#els.notice.textContent = w.copyFailed;
    }
  }

  #print(d) {
    const frame = h('iframe', { src: PRINT_PAGE, title: this.#els.w.print, class: 'print-frame', tabindex: '-1', 'aria-hidden': 'true' });
    frame.addEventListener('load', () => {
      const win = frame.contentWindow;
      win.relanceShow?.(d);
      win.addEventListener('afterprint', () => frame.remove(), { once: true });
      win.print();
    }, { once: true });
    this.#root.append(frame);
  }
}
