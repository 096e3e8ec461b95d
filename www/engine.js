// The one module that loads the WebAssembly engine, once, for every
// <relance-calculator> on the page.
import init, { assess, draft, dueDate } from './pkg/relance.js';

let loading;

/** Resolves when the engine is ready; later calls share the same load. */
export function ready() {
  loading ??= init();
  return loading;
}

export { assess, draft, dueDate };
