// The dunning ladder as an SVG picture: the due date, each step, the
// formal notice's deadline and today, on one line that wraps into two rows
// on narrow screens (the labels stay readable at 360 px).

const NS = 'http://www.w3.org/2000/svg';

function el(name, attrs = {}, text) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86400000;

/**
 * Builds the SVG for `assessment`. Markers are spread evenly in date order
 * (not to scale) so that close dates never overlap.
 */
export function timeline(assessment, dueDate, w) {
  const marks = [{ date: dueDate, label: w.due, kind: 'due' }];
  for (const e of assessment.schedule) {
    if (!e.date || e.status === 'notNeeded' || e.status === 'skipped') continue;
    marks.push({ date: e.date, label: w.stepShort[e.id], kind: e.status });
    if (e.deadline) marks.push({ date: e.deadline, label: w.deadline, kind: 'deadline' });
  }
  marks.push({ date: assessment.asOf, label: w.today, kind: 'today' });
  marks.sort((a, b) => day(a.date) - day(b.date) || (a.kind === 'today' ? 1 : -1));

  const perRow = 3;
  const rows = Math.ceil(marks.length / perRow);
  const width = 300;
  const rowHeight = 74;
  const svg = el('svg', {
    viewBox: `0 0 ${width} ${rows * rowHeight}`, role: 'img', class: 'timeline',
    'aria-labelledby': 'timeline-title',
  });
  svg.append(el('title', { id: 'timeline-title' }, `${w.timeline}${w.colon}${marks.map((m) => `${m.label} ${w.shortDate(m.date)}`).join(', ')}`));
  for (let r = 0; r < rows; r++) {
    const y = r * rowHeight + 26;
    svg.append(el('line', { x1: 12, y1: y, x2: width - 12, y2: y, class: 'axis' }));
  }
  marks.forEach((m, i) => {
    const r = Math.floor(i / perRow);
    const slot = i % perRow;
    const x = 50 + slot * ((width - 100) / (perRow - 1));
    const y = r * rowHeight + 26;
    const g = el('g', { class: `mark ${m.kind}` });
    if (m.kind === 'today') {
      g.append(el('path', { d: `M${x - 7} ${y - 16} h14 l-7 9 z` }));
    } else {
      g.append(el('circle', { cx: x, cy: y, r: m.kind === 'due' || m.kind === 'deadline' ? 5 : 7 }));
    }
    g.append(el('text', { x, y: y + 24, 'text-anchor': 'middle', class: 'label' }, m.label));
    g.append(el('text', { x, y: y + 40, 'text-anchor': 'middle', class: 'date' }, w.shortDate(m.date)));
    svg.append(g);
  });
  return svg;
}
