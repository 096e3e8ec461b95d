// A minimal page: reads the form, asks the engine, shows the figures.
import init, { assess } from './pkg/relance.js';

const form = document.getElementById('invoice');
const figures = document.getElementById('figures');
const stepLine = document.getElementById('step');
const errorLine = document.getElementById('error');
const warningList = document.getElementById('warnings');

const euros = (text) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(Number(text));

const STEPS = {
  none: 'Rien à envoyer aujourd\u2019hui.',
  friendlyReminder: 'Aujourd\u2019hui\u00a0: un e-mail de relance amiable.',
  reminderLetter: 'Aujourd\u2019hui\u00a0: une lettre de relance.',
  formalNotice: 'Aujourd\u2019hui\u00a0: une mise en demeure de payer (lettre recommandée avec accusé de réception).',
  recourse: 'Le délai de la mise en demeure est passé\u00a0: recouvrement ou action en justice.',
  penaltyClaim: 'Facture payée en retard\u00a0: réclamez les pénalités et l\u2019indemnité.',
};

function row(label, value, total = false) {
  const dt = document.createElement('dt');
  const dd = document.createElement('dd');
  dt.textContent = label;
  dd.textContent = value;
  if (total) { dt.className = 'total'; dd.className = 'total'; }
  figures.append(dt, dd);
}

function update() {
  const data = new FormData(form);
  const input = {
    relationship: data.get('relationship'),
    invoice: {
      number: data.get('number'),
      issueDate: data.get('issueDate'),
      dueDate: data.get('dueDate'),
      amount: data.get('amount'),
    },
  };
  if (data.get('asOf')) input.asOf = data.get('asOf');
  figures.replaceChildren();
  warningList.replaceChildren();
  try {
    const r = assess(input);
    errorLine.hidden = true;
    row('Jours de retard', String(r.daysLate));
    row('Principal dû', euros(r.amounts.principal));
    row('Pénalités de retard', euros(r.amounts.penalties));
    row('Indemnité forfaitaire', euros(r.amounts.indemnity));
    row('Total', euros(r.amounts.total), true);
    stepLine.textContent = STEPS[r.step.id] ?? '';
    for (const w of r.warnings) {
      const li = document.createElement('li');
      li.textContent = w.message;
      warningList.append(li);
    }
  } catch (e) {
    errorLine.hidden = false;
    errorLine.textContent = e.field ? `${e.message} (${e.field})` : String(e.message);
    stepLine.textContent = '';
  }
}

await init();
form.addEventListener('input', update);
update();
