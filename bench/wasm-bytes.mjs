// Where the reader's Wasm bytes go: reads `twiggy top -f json` of a build that
// keeps its function names (scripts/wasm-bytes.sh makes it) and prints the bytes
// by crate, then the largest items. Plain Node, no dependency.
//
//   node bench/wasm-bytes.mjs TWIGGY_JSON [TOP_N]
//
// An item is counted under the crate its name starts with. A generic function of
// another crate instantiated for ours (`<yew::…::CompStateInner<COMP> as
// yew::…::Stateful>::view`, a component's view) is counted under that crate, as
// the name says, and shown apart: "yew, generic" is our components' code as yew
// runs it. Data segments (string literals, tables, the compiled-in default content
// and locales) are one line.
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/wasm-bytes.mjs TWIGGY_JSON [TOP_N]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const items = JSON.parse(readFileSync(file, 'utf8')).items ?? JSON.parse(readFileSync(file, 'utf8'));

/** The crate an item's bytes are counted under. */
function crateOf(name) {
  if (name.startsWith('data segment')) return 'data segments';
  if (/^(custom section|"function names"|"local names"|"type names")/.test(name)) return null;
  if (name.startsWith('wasm-function[') || name.startsWith('code[')) return 'unnamed functions';
  if (/^(table|elem|type|import|export|global|memory)\b/.test(name)) return 'wasm structure';
  const path = name.replace(/^<+(&(mut )?)?(dyn )?/, '');
  const crate = (path.match(/^([A-Za-z_][A-Za-z0-9_]*)/) ?? [null, 'other'])[1];
  const generic = name.startsWith('<') && / as /.test(name) ? ', generic' : '';
  return `${crate}${generic}`;
}

const byCrate = new Map();
let total = 0;
for (const item of items) {
  const crate = crateOf(item.name);
  if (crate === null) continue;
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + item.shallow_size);
  total += item.shallow_size;
}
const pad = (s, n) => String(s).padStart(n);
console.log(`Bytes by crate (shallow, names and debug sections left out): ${total.toLocaleString('en')} B`);
for (const [crate, bytes] of [...byCrate].sort((a, b) => b[1] - a[1])) {
  if (bytes / total < 0.002) continue;
  console.log(`${pad(bytes.toLocaleString('en'), 9)} B ${pad(((100 * bytes) / total).toFixed(1), 5)}%  ${crate}`);
}
console.log(`\nThe ${top} largest items:`);
const largest = items.filter((i) => crateOf(i.name) !== null).sort((a, b) => b.shallow_size - a.shallow_size);
for (const item of largest.slice(0, top)) {
  console.log(`${pad(item.shallow_size.toLocaleString('en'), 9)} B  ${item.name.slice(0, 140)}`);
}
