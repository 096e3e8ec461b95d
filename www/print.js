// The printable letter: the calculator puts a draft here and prints it.
// Blocks are laid out as a French business letter on A4, the recipient
// where a window envelope (DL, window on the right) shows it.

function show(draft) {
  const main = document.getElementById('letter');
  main.replaceChildren();
  document.documentElement.lang = draft.lang;
  document.title = draft.subject ?? document.title;
  const head = document.createElement('div');
  head.className = 'head';
  main.append(head);
  for (const block of draft.blocks) {
    const el = document.createElement(block.kind === 'list' ? 'ul' : 'div');
    el.className = `block ${block.kind}`;
    if (block.kind === 'list') {
      for (const line of block.lines) {
        const li = document.createElement('li');
        li.textContent = line;
        el.append(li);
      }
    } else {
      el.textContent = block.lines.join('\n');
    }
    (block.kind === 'sender' || block.kind === 'recipient' ? head : main).append(el);
  }
}

window.relanceShow = show;
