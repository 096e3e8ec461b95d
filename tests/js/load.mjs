// Loads the built module (pkg/, wasm-bindgen --target web) in Node.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as relance from '../../pkg/relance.js';

const wasm = readFileSync(fileURLToPath(new URL('../../pkg/relance_bg.wasm', import.meta.url)));
relance.initSync({ module: wasm });

export const { assess, draft, dueDate, rates } = relance;
