// Generates explainers of any size for the scale benchmark (bench/run.mjs):
// a source of about SOURCE bytes of varied filler prose, QUOTES quotes, each a
// unique phrase inserted once into the text (so it anchors exactly once), six
// people and a few tracker items citing quotes. Deterministic: the same
// arguments give the same file.
//
//   node bench/generate.mjs --quotes 1000 --source-kb 100 [--out FILE] [--text]
//
// --text writes the article as plain text instead (articleText), one paragraph a line.
//
// Without --out the JSON goes to standard output. As a module:
//   import { generate, feasible, articleText } from './generate.mjs';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

// Plain English filler. None of these is a CVCVCV word, so none can be a quote's
// made-up word (checked below).
const WORDS = `
the a an of to in on for with at by from over under after beyond about against
between during without within across through toward among talks summit leaders
officials ministers delegates envoys allies partners negotiators aides advisers
reporters observers analysts diplomats governments parliaments capitals councils
agreement deal accord treaty framework proposal plan offer draft text clause
ceasefire truce border region territory sanctions tariffs trade energy grain
pipeline security guarantees troops withdrawal exchange prisoners inspectors
monitors corridor harbour airport bridge railway convoy aid relief reconstruction
said told noted argued insisted suggested warned promised denied confirmed
signalled conceded repeated stressed hinted acknowledged rejected welcomed
questioned delayed postponed resumed extended widened narrowed softened hardened
quietly firmly briefly publicly privately carefully openly again still already
soon later early late first last next final new old long short broad narrow
formal informal joint separate direct indirect partial full lasting fragile
cautious hopeful tense calm busy quiet morning evening week month year season
round meeting session briefing statement communique letter memo call visit tour
press conference room hall table hotel embassy ministry office palace chamber
question answer issue point matter detail step stage phase path road window
progress setback breakthrough impasse deadlock pause shift turn change move
economy market budget debt loan fund bank currency price cost growth inflation
people voters families workers farmers soldiers refugees students citizens crowds
north south east west coastal northern southern eastern western central
two three four five several many few some most every each both neither either
would could should might must will may can did does had has was were is are
not only also even just more less much very quite rather nearly almost
because although while since unless until whether though once when where
this that these those its their his her our your which who whose what
report reports reported reporting record records source sources account version
`.split(/\s+/).filter(Boolean);

const HEADING_WORDS = ['Talks', 'Terms', 'Border', 'Guarantees', 'Trade', 'Energy', 'Allies',
  'Sanctions', 'Timeline', 'Prisoners', 'Aid', 'Reaction', 'Outlook', 'Markets', 'Security'];

const PEOPLE = [
  { id: 'amara-velt', name: 'Amara Velt', role: 'Foreign minister' },
  { id: 'jonas-brehm', name: 'Jonas Brehm', role: 'Chief negotiator' },
  { id: 'lidia-sorn', name: 'Lidia Sorn', role: 'President' },
  { id: 'teo-marsh', name: 'Teo Marsh', role: 'Defence secretary' },
  { id: 'nadia-quell', name: 'Nadia Quell', role: 'Opposition leader' },
  { id: 'ravi-oster', name: 'Ravi Oster', role: 'Trade envoy' },
];

const STATUSES = ['agreed', 'claimed', 'in-progress', 'pledged', 'proposed', 'unresolved', 'no-deal'];

// Consonant-vowel syllables: three of them make a word like "tavoleni"'s cousins
// ("tavole"), 70³ = 343,000 distinct made-up words, never English filler.
const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';
const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v));
const N_MADE_UP = SYLLABLES.length ** 3;
const isMadeUp = (word) => /^([bdfgklmnprstvz][aeiou]){3}$/.test(word);
for (const w of WORDS) if (isMadeUp(w)) throw new Error(`filler word ${w} looks made up`);

/** The made-up word for quote `i`: unique per i (a bijection mod 343,000). */
function madeUpWord(i) {
  // 7919 is prime and does not divide 343,000, so this permutes the indices.
  let n = (i * 7919 + 12345) % N_MADE_UP;
  let word = '';
  for (let k = 0; k < 3; k++) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word;
}

/** A small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const utf8 = (s) => Buffer.byteLength(s, 'utf8');

/** Bytes the quotes' sentences take in the source, roughly (a quote sentence averages ~60 B). */
export const QUOTE_SENTENCE_BYTES = 60;

/**
 * Whether QUOTES quotes fit in a source of SOURCE_BYTES: their sentences may take
 * at most 60% of it, so the text stays mostly filler prose.
 */
export function feasible(quotes, sourceBytes) {
  return quotes * QUOTE_SENTENCE_BYTES <= 0.6 * sourceBytes;
}

/**
 * An explainer with `quotes` quotes over a source of about `sourceBytes` bytes
 * (UTF-8, headings and paragraphs), as a plain object ready for JSON.stringify.
 */
export function generate({ quotes: nQuotes, sourceBytes, seed = 1, firstQuote = 0 }) {
  if (!feasible(nQuotes, sourceBytes)) {
    throw new Error(`${nQuotes} quotes do not fit in a ${sourceBytes}-byte source`);
  }
  const random = rng(seed * 1000003 + nQuotes * 31 + sourceBytes);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const capital = (s) => s[0].toUpperCase() + s.slice(1);

  const sentence = (min = 8, max = 22) => {
    const words = Array.from({ length: int(min, max) }, () => pick(WORDS));
    // A comma now and then, for variety.
    if (words.length > 10 && random() < 0.4) words[int(3, words.length - 4)] += ',';
    return capital(words.join(' ')) + pick(['.', '.', '.', '.', '?']);
  };

  // The quotes: each a short phrase around its own made-up word.
  const quotes = [];
  const quoteSentences = [];
  for (let n = 0; n < nQuotes; n++) {
    // Numbered from `firstQuote`, so the quotes of several reports
    // (generateReports) never share a made-up word or an id.
    const i = firstQuote + n;
    const made = madeUpWord(i);
    const before = Array.from({ length: int(1, 3) }, () => pick(WORDS));
    const after = Array.from({ length: int(1, 3) }, () => pick(WORDS));
    const speaker = PEOPLE[i % PEOPLE.length];
    const [surname] = speaker.name.split(' ').slice(-1);
    const template = int(0, 3);
    // A quote that opens its sentence starts with a capital, in the quote too.
    let text = [...before, made, ...after].join(' ');
    if (template === 1) text = capital(text);
    const id = `${made}-${i + 1}`;
    quotes.push({
      id,
      speaker: speaker.id,
      text,
      context: sentence(10, 24),
    });
    quoteSentences.push(
      [
        () => `${surname} said the ${pick(WORDS)} was “${text}.”`,
        () => `“${text},” ${speaker.name} told ${pick(['reporters', 'allies', 'aides', 'the room'])}.`,
        () => `In a ${pick(['brief', 'long', 'tense', 'calm'])} statement, ${surname} called it “${text}”.`,
        () => `${speaker.name} answered: “${text}.”`,
      ][template](),
    );
  }

  // Filler paragraphs up to the target size, quote sentences spread evenly.
  const quoteBytes = quoteSentences.reduce((sum, s) => sum + utf8(s) + 1, 0);
  const fillerTarget = sourceBytes - quoteBytes;
  const paragraphs = [];
  let bytes = 0;
  while (bytes < fillerTarget || paragraphs.length === 0) {
    const p = Array.from({ length: int(3, 7) }, () => sentence());
    paragraphs.push(p);
    bytes += p.reduce((sum, s) => sum + utf8(s) + 1, 0);
  }
  quoteSentences.forEach((s, i) => {
    const p = paragraphs[Math.floor((i * paragraphs.length) / nQuotes)];
    p.splice(int(0, p.length), 0, s);
  });

  // Sections of four to eight paragraphs, every one after the first with a heading.
  const source = [];
  for (let i = 0; i < paragraphs.length; ) {
    const n = int(4, 8);
    const section = { paragraphs: paragraphs.slice(i, i + n).map((p) => p.join(' ')) };
    if (source.length > 0) {
      section.heading = `${pick(HEADING_WORDS)} and ${pick(HEADING_WORDS).toLowerCase()}, part ${source.length}`;
    }
    source.push(section);
    i += n;
  }

  // A few tracker items, each citing up to three quotes spread over the list.
  const tracker = Array.from({ length: Math.min(5, nQuotes) }, (_, k) => {
    const status = STATUSES[k % STATUSES.length];
    const cited = [...new Set([0, 1, 2].map((j) => Math.floor(((k + j * 5) * nQuotes) / 15) % nQuotes))];
    return {
      id: `item-${k + 1}`,
      title: `${pick(HEADING_WORDS)} item ${k + 1}`,
      status,
      summary: sentence(8, 16),
      parties: [PEOPLE[k % PEOPLE.length].id, PEOPLE[(k + 1) % PEOPLE.length].id],
      evidence: cited.map((q) => ({ quote: quotes[q].id })),
      history: [
        { date: '2025-08-01', status: 'proposed', note: sentence(6, 12) },
        { date: '2025-08-15', status, note: sentence(6, 12) },
      ],
    };
  });

  const kb = Math.round(sourceBytes / 1000);
  return {
    article: {
      headline: `Benchmark explainer: ${nQuotes} quotes over ${kb} KB of text`,
      dek: 'Generated filler prose for the scale benchmark; every quote is a unique phrase.',
      dateline: 'Benchmark',
      published: '2025-08-15',
      language: 'en',
    },
    source,
    people: PEOPLE,
    quotes,
    tracker,
  };
}

/**
 * An explainer of `reports` reports (issue #15), each of about `reportBytes`
 * bytes with an equal share of `quotes` quotes: the first is the article, the
 * others follow a day apart, each quote naming its report. Tracker items cite
 * the first report's quotes, as in `generate`.
 */
export function generateReports({ reports: nReports, quotes: nQuotes, reportBytes, seed = 1 }) {
  const perReport = Math.ceil(nQuotes / nReports);
  const parts = Array.from({ length: nReports }, (_, k) =>
    generate({
      quotes: Math.min(perReport, nQuotes - k * perReport),
      sourceBytes: reportBytes,
      seed: seed + k,
      firstQuote: k * perReport,
    }),
  );
  const [first, ...later] = parts;
  const day = (k) => `2025-08-${String(15 + k).padStart(2, '0')}`;
  const explainer = {
    ...first,
    article: {
      ...first.article,
      headline: `Benchmark explainer: ${nQuotes} quotes over ${nReports} reports of ${Math.round(reportBytes / 1000)} KB`,
    },
    reports: later.map((part, k) => ({
      id: `update-${k + 2}`,
      headline: `Update ${k + 2}`,
      published: day(k + 1),
      source: part.source,
    })),
    quotes: [
      ...first.quotes,
      ...later.flatMap((part, k) => part.quotes.map((quote) => ({ ...quote, report: `update-${k + 2}` }))),
    ],
  };
  return explainer;
}

/** The UTF-8 size of an explainer's source text (headings and paragraphs). */
export function sourceSize(explainer) {
  return [explainer.source, ...(explainer.reports ?? []).map((r) => r.source)].flat().reduce(
    (sum, s) => sum + (s.heading ? utf8(s.heading) : 0) + s.paragraphs.reduce((t, p) => t + utf8(p), 0),
    0,
  );
}

/**
 * The explainer's source as the plain-text article it could have been drafted
 * from: one paragraph per line, each heading on a line of its own before its
 * section (what `explainer new` and the Studio's paste read).
 */
export function articleText(explainer) {
  return explainer.source
    .flatMap((section) => [...(section.heading ? [section.heading] : []), ...section.paragraphs])
    .join('\n');
}

// Command line.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      quotes: { type: 'string', default: '10' },
      'source-kb': { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      text: { type: 'boolean', default: false },
    },
  });
  const explainer = generate({
    quotes: Number(values.quotes),
    sourceBytes: Number(values['source-kb']) * 1000,
    seed: Number(values.seed),
  });
  const output = values.text ? articleText(explainer) : JSON.stringify(explainer, null, 1);
  if (values.out) {
    writeFileSync(values.out, output);
    console.error(
      `wrote ${values.out}: ${explainer.quotes.length} quotes, source ${sourceSize(explainer)} B, file ${utf8(output)} B`,
    );
  } else {
    process.stdout.write(output + '\n');
  }
}
