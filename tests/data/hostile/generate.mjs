// Generates the hostile-but-small explainers of issue #17 ("Small files, big
// costs"), to time `explainer check` and `explainer build` on them before and
// after a change. Deterministic: the same run gives the same bytes. The files
// are not committed (some are hundreds of KB); generate them when measuring:
//
//   node tests/data/hostile/generate.mjs [OUT_DIR]      (default: target/hostile)
//   /usr/bin/time -v target/release/explainer check target/hostile/long-prefix.json
//
// Each is tests/data/valid.json with one more section and one more quote:
//   repeated-x-16k.json    "x x x …" 8,000 times, the quote "x" (invalid: ambiguous)
//   repeated-x-100k.json   the same, 50,000 times (100 KB)
//   long-prefix.json       "y" 100,000 times, told apart by an 11 KB prefix (valid
//                          but for the prefix length limit)
//   prefix-at-limit.json   the same with a prefix of 500 characters (valid)
//   long-misquote.json     a 400-word misquote against a 40,000-word paragraph (invalid)
//   thousand-quotes.json   1,000 quotes in one 248 KB paragraph without sentence breaks (valid)
//   seed-1mb.txt           content/anchorage-summit.txt repeated to 1 MB (for `explainer new`)
// and of issue #32 (anchoring work per file):
//   identical-prefixed-quotes.json  1,000 identical quotes "y" with the same
//                          500-character prefix, among 100,000 places (valid;
//                          999 duplicate-quote warnings); the benchmark line of
//                          bench/CHANGES.md: `explainer check` under a second
//   ambiguous-letters.json 5,000 ambiguous one-letter quotes (invalid)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const out = process.argv[2] ?? join(root, 'target', 'hostile');
mkdirSync(out, { recursive: true });

// A small linear congruential generator (32-bit, exact in JavaScript numbers
// through Math.imul): reproducible without a dependency.
let seed = 17;
const random = (n) => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return (seed >>> 8) % n;
};
const VOCABULARY = `talks summit leaders officials ministers delegates envoys allies partners
negotiators agreement deal accord treaty framework proposal plan offer draft clause ceasefire
truce border region territory sanctions tariffs trade energy grain pipeline security troops
withdrawal exchange prisoners inspectors monitors corridor harbour airport bridge railway said
told noted argued insisted suggested warned promised denied confirmed quietly firmly briefly
publicly privately carefully openly again still already soon later early first last next final
new old long short broad formal joint separate direct partial full lasting fragile cautious
hopeful tense calm morning evening week month year round meeting session briefing statement
letter call visit press conference room hall table hotel embassy ministry office palace the a of
to in on for with at by from over under after about against between during`.split(/\s+/);
const words = (n) => Array.from({ length: n }, () => VOCABULARY[random(VOCABULARY.length)]);

/** valid.json plus a section holding `paragraph` and the given extra quotes. */
function explainer(paragraph, quotes) {
  const doc = JSON.parse(readFileSync(join(here, '..', 'valid.json'), 'utf8'));
  doc.source.push({ heading: 'Hostile', paragraphs: [paragraph] });
  doc.quotes.push(
    ...quotes.map((quote, i) => ({
      id: `hostile-${i}`,
      speaker: 'putin',
      context: 'Hostile input.',
      ...quote,
    })),
  );
  return JSON.stringify(doc, null, 2);
}

function write(name, text) {
  writeFileSync(join(out, name), text);
  console.log(`${join(out, name)}: ${Buffer.byteLength(text)} bytes`);
}

const xs = (n) => Array(n).fill('x').join(' ');
write('repeated-x-16k.json', explainer(xs(8_000), [{ text: 'x' }]));
write('repeated-x-100k.json', explainer(xs(50_000), [{ text: 'x' }]));

// Unique words ("w0 w1 …") make a prefix that stands before one "y" only.
const prefix = Array.from({ length: 1_700 }, (_, i) => `w${i}`).join(' ');
const ys = Array(100_000).fill('y').join(' ');
write('long-prefix.json', explainer(`${prefix} ${ys}`, [{ text: 'y', prefix }]));
// The same with a prefix at the length limit (500 characters): valid.
const shortPrefix = prefix.slice(prefix.length - 500).trimStart();
write('prefix-at-limit.json', explainer(`${prefix} ${ys}`, [{ text: 'y', prefix: shortPrefix }]));

const paragraph = words(40_000);
const misquote = paragraph.slice(20_000, 20_400).map((w, i) => (i % 10 === 5 ? 'zzz' : w));
write('long-misquote.json', explainer(paragraph.join(' '), [{ text: misquote.join(' ') }]));

// Tokens like "k17tok" occur once each: "k1tok" is not inside "k17tok".
const token = (i) => `k${i}tok`;
const run = [];
for (let i = 0; i < 1_000; i++) run.push(token(i), ...words(34));
write('thousand-quotes.json', explainer(run.join(' '), run.filter((w) => w.endsWith('tok')).map((text) => ({ text }))));

const seedArticle = readFileSync(join(root, 'content', 'anchorage-summit.txt'), 'utf8');
write('seed-1mb.txt', seedArticle.repeat(Math.ceil(1_000_000 / seedArticle.length)));

// Issue #32: 1,000 copies of one prefixed quote, decided once.
write(
  'identical-prefixed-quotes.json',
  explainer(`${prefix} ${ys}`, Array.from({ length: 1_000 }, () => ({ text: 'y', prefix: shortPrefix }))),
);
// 5,000 quotes of one letter each, every one ambiguous.
const letters = Array.from({ length: 20_000 }, (_, i) => 'jqz'[i % 3]).join(' ');
write('ambiguous-letters.json', explainer(letters, Array.from({ length: 5_000 }, (_, i) => ({ text: 'jqz'[i % 3] }))));
