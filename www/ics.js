// An iCalendar file (RFC 5545) with the upcoming dunning steps and
// deadlines as all-day events.

const compact = (iso) => iso.replaceAll('-', '');

function nextDay(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Escapes TEXT values (RFC 5545 §3.3.11). */
function text(value) {
  return String(value).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a character. */
function fold(line) {
  const bytes = new TextEncoder();
  const out = [];
  let current = '';
  for (const ch of line) {
    const limit = out.length === 0 ? 75 : 74;
    if (bytes.encode(current + ch).length > limit) {
      out.push(current);
      current = ch;
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out.join('\r\n ');
}

/**
 * The events of an assessment: every planned or due step, and the formal
 * notice's deadline, from `asOf` on.
 */
export function events(assessment, w, invoiceNumber) {
  const list = [];
  const label = invoiceNumber ? ` (${w.ics.invoice} ${invoiceNumber})` : '';
  for (const entry of assessment.schedule) {
    if ((entry.status === 'upcoming' || entry.status === 'due') && entry.date) {
      const date = entry.status === 'due' && entry.date < assessment.asOf ? assessment.asOf : entry.date;
      list.push({ id: entry.id, date, summary: `${w.ics[entry.id]}${label}` });
    }
    if (entry.deadline && entry.deadline >= assessment.asOf) {
      list.push({ id: `${entry.id}-deadline`, date: entry.deadline, summary: `${w.ics.deadline}${label}` });
    }
  }
  return list;
}

/** The .ics text for `events`; `stamp` is the DTSTAMP (UTC, basic format). */
export function calendar(list, stamp) {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Relance//Calculateur//FR', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of list) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}-${compact(e.date)}-${stamp}@relance.invalid`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`,
      `SUMMARY:${text(e.summary)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
