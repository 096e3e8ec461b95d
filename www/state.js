// Keeping and sharing what the user entered: the URL fragment for a share
// link (never sent to a server), localStorage for the sender's own details
// only when the user ticks the box.

const PREFIX = '#relance=';
const STORE = 'relance.creditor';

function toBase64Url(text) {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const bin = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** A share link to the current page carrying `state` in its fragment. */
export function shareUrl(state, href = location.href) {
  const url = new URL(href);
  url.hash = PREFIX.slice(1) + toBase64Url(JSON.stringify(state));
  return url.href;
}

/** The state carried by the page's fragment, or null. */
export function stateFromFragment(hash = location.hash) {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const value = JSON.parse(fromBase64Url(hash.slice(PREFIX.length)));
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

/** The remembered creditor details, or null. */
export function rememberedCreditor() {
  try {
    const text = localStorage.getItem(STORE);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** Remembers (or, with null, forgets) the creditor details. */
export function rememberCreditor(details) {
  try {
    if (details) localStorage.setItem(STORE, JSON.stringify(details));
    else localStorage.removeItem(STORE);
  } catch {
    // Storage may be disabled; remembering is a convenience only.
  }
}
