// The news explainer's benchmark: transfer size, load and interaction times in
// headless Chromium against a static baseline, the Studio's size and its time
// from a pasted article to a previewed draft, how the costs grow with content,
// and the performance budget. Run through scripts/bench.sh, which builds the
// release (trunk build --release, the widget and the Studio) and the
// command-line tool first:
//
//   scripts/bench.sh [--runs N] [--scale-runs N] [--cells q10-s10k,q100-s100k] [--no-scale]
//
// Prints the tables and writes BENCHMARKS.md in the repository root; exits 1 when
// a budget line fails. Plain Node (>= 20) with playwright-core from node_modules,
// no other dependency. CI does not run it.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync, mkdirSync, readdirSync, statSync, rmSync, existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS as BASE_CHROMIUM_ARGS } from '../e2e/browser-env.mjs';
import { createStaticServer } from '../e2e/serve-dist.mjs';
import { generate, generateReports, feasible, sourceSize, articleText } from './generate.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(REPO, 'bench', 'out');
// The release build is copied here first and everything is measured from the copy
// (served, sized, and the template of every scale site), so a rebuild of dist/
// while the benchmark runs cannot mix two builds.
const DIST = join(OUT, 'dist');
const START = Date.now();

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'scale-runs': { type: 'string', default: '3' },
    'studio-runs': { type: 'string', default: '5' },
    'studio-only': { type: 'boolean', default: false },
    cells: { type: 'string' },
    'no-scale': { type: 'boolean', default: false },
    'build-timeout': { type: 'string', default: '120' },
    'cell-timeout': { type: 'string', default: '120' },
    'time-limit': { type: 'string', default: '13' },
    'keep-sites': { type: 'boolean', default: false },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.log(`node bench/run.mjs [options]   (normally through scripts/bench.sh)
  --runs N            page loads per page for widget vs baseline (default 7)
  --scale-runs N      page loads per scale cell (default 3)
  --studio-runs N     pastes of each article into the Studio (default 5; at most 3 of 500 KB and 1 MB)
  --studio-only       only the Studio's part (sizes and paste → previewed draft), written to
                      bench/studio.md (or --out), BENCHMARKS.md left alone
  --cells LIST        only these scale cells, e.g. q10-s10k,q1000-s100k,q1000-r10x100k
  --no-scale          skip the scale matrix
  --build-timeout S   per site build, seconds (default 120); slower cells print "timeout"
  --cell-timeout S    browser part of one scale cell, seconds (default 120)
  --time-limit M      stop starting new scale cells after M minutes (default 13)
  --keep-sites        keep /tmp/bench-site-* (they can take gigabytes)
  --out FILE          the report (default BENCHMARKS.md)`);
  process.exit(0);
}
const RUNS = Math.max(1, Number(opts.runs));
const SCALE_RUNS = Math.max(1, Number(opts['scale-runs']));
const STUDIO_RUNS = Math.max(1, Number(opts['studio-runs']));
const OUT_FILE = opts.out ?? join(REPO, opts['studio-only'] ? join('bench', 'studio.md') : 'BENCHMARKS.md');
const BUILD_TIMEOUT_MS = Number(opts['build-timeout']) * 1000;
const CELL_TIMEOUT_MS = Number(opts['cell-timeout']) * 1000;
const TIME_LIMIT_MS = Number(opts['time-limit']) * 60_000;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// The flags the Playwright suite uses on this machine, plus one that makes
// performance.measureUserAgentSpecificMemory answer at once instead of at the next GC.
const CHROMIUM_ARGS = [...BASE_CHROMIUM_ARGS, '--enable-blink-features=ForceEagerMeasureMemory'];
const FRAME_MS = 1000 / 60;
const KB = 1000;

// ---------------------------------------------------------------------------------
// Small helpers

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const min = (xs) => Math.min(...xs);
const max = (xs) => Math.max(...xs);
const ms = (x) =>
  !Number.isFinite(x) ? '–' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`;
const bytes = (n) =>
  !Number.isFinite(n) ? '–' : n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : n >= 1e4 ? `${(n / 1e3).toFixed(1)} KB` : `${n.toLocaleString('en')} B`;
const spread = (xs, fmt = ms) =>
  xs.length === 0 ? '–' : xs.length === 1 ? fmt(xs[0]) : `${fmt(median(xs))} (${fmt(min(xs))}–${fmt(max(xs))})`;
const elapsed = () => (Date.now() - START) / 1000;
const say = (s) => console.error(`[bench ${elapsed().toFixed(0).padStart(4)} s] ${s}`);

/** A pipe table, columns padded so it reads in a terminal and renders as Markdown. */
function table(head, rows, align = []) {
  const all = [head, ...rows].map((r) => r.map((c) => String(c)));
  const width = head.map((_, i) => Math.max(3, ...all.map((r) => [...r[i]].length)));
  const pad = (s, i) => (align[i] === 'r' ? s.padStart(width[i]) : s.padEnd(width[i]));
  const line = (r) => `| ${r.map((c, i) => pad(c, i)).join(' | ')} |`;
  const rule = `|${width.map((w, i) => (align[i] === 'r' ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|')}|`;
  return [line(all[0]), rule, ...all.slice(1).map(line)].join('\n');
}

/** Runs a command, timing it; kills its process group after timeoutMs. */
function runTimed(cmd, args, timeoutMs) {
  return new Promise((done) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: REPO, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out.length < 20_000 ? (out += d) : 0));
    child.stderr.on('data', (d) => (err.length < 20_000 ? (err += d) : 0));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ ms: Number(process.hrtime.bigint() - t0) / 1e6, code, signal, timedOut, out, err });
    });
  });
}

/** Resolves to the promise's value, or to TIMEOUT after ms (calling onTimeout). */
const TIMEOUT = Symbol('timeout');
function withTimeout(promise, timeoutMs, onTimeout) {
  let timer;
  return Promise.race([
    promise,
    new Promise((r) => {
      timer = setTimeout(async () => {
        await onTimeout?.();
        r(TIMEOUT);
      }, timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------
// The machine

function machine(browserVersion) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = cpuinfo.match(/^model name\s*:\s*(.*)$/m)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  const meminfo = readFileSync('/proc/meminfo', 'utf8');
  const memKb = Number(meminfo.match(/^MemTotal:\s*(\d+)/m)?.[1] ?? totalmem() / 1024);
  let nproc = String(cpus().length);
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    /* keep os.cpus() */
  }
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO, encoding: 'utf8' }).trim();
    if (dirty) commit += ' (with uncommitted changes)';
  } catch {
    /* not a git checkout */
  }
  let rustc = 'unknown';
  try {
    rustc = execFileSync('rustc', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    /* no rustc on PATH */
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    nproc,
    cpu: model,
    memory: `${(memKb / 1024 / 1024).toFixed(1)} GiB`,
    chromium: `Chromium ${browserVersion} (${CHROMIUM}, headless)`,
    node: process.version,
    rustc,
    commit,
    load: loadavg().map((x) => x.toFixed(2)).join(', '),
  };
}

// ---------------------------------------------------------------------------------
// 1. Transfer size of dist/

/** What the page `dir`/index.html loads from its own folder, each file's size raw, gzip -9 and brotli 11. */
function transferSizes(dir = DIST) {
  // What the page loads, by name from index.html: the demo page and the embed
  // loader (for host pages) sit in dist/ too but are not part of this page's load.
  const page = readFileSync(join(dir, 'index.html'), 'utf8');
  const named = (f) => page.includes(`./${f}"`);
  const files = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile() && (f === 'index.html' || named(f)));
  const pick = (label, test) => files.filter(test).map((f) => ({ label, file: f }));
  const entries = [
    ...pick('.wasm', (f) => f.endsWith('.wasm')),
    ...pick('.js', (f) => f.endsWith('.js') && f !== 'boot.js'),
    ...pick('.css', (f) => f.endsWith('.css')),
    ...pick('boot.js', (f) => f === 'boot.js'),
    ...pick('index.html', (f) => f === 'index.html'),
  ];
  const rows = entries.map(({ label, file }) => {
    const body = readFileSync(join(dir, file));
    return {
      label,
      file,
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }).length,
    };
  });
  const total = { label: 'total', file: '', raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows) for (const k of ['raw', 'gzip', 'brotli']) total[k] += r[k];
  return { rows, total };
}

// ---------------------------------------------------------------------------------
// The baseline: the same content as static HTML, quotes as <details>

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Each quote's note carries the quote's fragment id (`#quote-<id>`), so a deep link
// into the baseline opens its <details> the browser's own way (the ancestor
// revealing of a fragment navigation) and scrolls to it: the floor a widget's
// deep link is compared with.
function baselineHtml(content, cssFile, cssHref = `../${cssFile}`) {
  // Every report's text, in order, as the widget's page holds them all.
  const sections = [...content.source, ...(content.reports ?? []).flatMap((report) => report.source)]
    .map(
      (s) =>
        (s.heading ? `<h2>${esc(s.heading)}</h2>\n` : '') + s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n'),
    )
    .join('\n');
  const tracker = content.tracker
    .map((d) => `<li><strong>${esc(d.title)}</strong> (${esc(d.status)}): ${esc(d.summary)}</li>`)
    .join('\n');
  return staticPage(content, cssHref, `<article>
<h1>${esc(content.article.headline)}</h1>
<p>${esc(content.article.dek)}</p>
${sections}
</article>
<section>
<h2>Quotes</h2>
<ol>
${quotesAsDetails(content, { ids: true })}
</ol>
</section>
<section>
<h2>Deal tracker</h2>
<ul>
${tracker}
</ul>
</section>`);
}

/**
 * Each quote as a `<li>` holding a `<details>`: the words and speaker as its
 * summary, the note inside (carrying `#quote-<id>` when `ids`, for deep links).
 */
function quotesAsDetails(content, { ids }) {
  const people = new Map(content.people.map((p) => [p.id, p]));
  return content.quotes
    .map(
      (q) =>
        `<li><details><summary>“${esc(q.text)}” — ${esc(people.get(q.speaker)?.name ?? q.speaker)}</summary>` +
        `<p${ids ? ` id="quote-${esc(q.id)}"` : ''}>${esc(q.context)}</p></details></li>`,
    )
    .join('\n');
}

/** A static page of `content`'s language and headline, linking the stylesheet at `cssHref`, with `main` as its body. */
function staticPage(content, cssHref, main) {
  return `<!doctype html>
<html lang="${esc(content.article.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(content.article.headline)}</title>
<link rel="stylesheet" href="${esc(cssHref)}">
</head>
<body>
<main>
${main}
</main>
</body>
</html>
`;
}

/**
 * The plain page (issue 33): the explainer's quotes alone, each a `<details>`
 * with its speaker and note, carrying the widget's own stylesheet and nothing
 * else: what a reader would get from a newsroom that printed the quotes as a
 * list. The baseline above holds the widget's whole content (the article, the
 * tracker), so its ratio prices the Wasm; this one prices the page as well.
 */
function plainHtml(content, cssHref) {
  return staticPage(content, cssHref, `<h1>${esc(content.article.headline)}</h1>
<ol>
${quotesAsDetails(content, { ids: false })}
</ol>`);
}

// ---------------------------------------------------------------------------------
// The static server (the Playwright suite's, e2e/serve-dist.mjs): dist/ at /, the
// baseline at /baseline/, scale sites at /site/<cell>/, longest prefix first.
const { server, mount: mountFolder, unmount } = createStaticServer();
// COOP/COEP make a page cross-origin isolated, which measureUserAgentSpecificMemory needs.
const ISOLATION_HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};
function mount(prefix, dir, isolate = false) {
  mountFolder(prefix, dir, isolate ? ISOLATION_HEADERS : {});
}

// ---------------------------------------------------------------------------------
// In the page

// Installed before any page script: records when the watched element opens (its
// aria-expanded turns "true", or its <details> opens) and when the widget goes
// live, and keeps the Wasm's memory (wasm-bindgen does not expose it globally).
//
// It also taps the watched element as a reader would, as soon as it shows: at
// the first animation frame where it has a box, a timer is set that clicks it.
// The timer runs only when the page's main thread is free, as a real tap's
// input event would be (input even goes first), so a long task between the paint
// and the tap (parsing, compiling, hydrating) delays it the same way.
function pageProbe({ watch, hookWasm, autoTap = true }) {
  const b = (window.__bench = { liveAt: null, openedAt: null, shownAt: null, tappedAt: null, memory: null });
  const tapWhenShown = () => {
    if (!autoTap) return;
    const el = document.querySelector(watch);
    if (!el || el.getBoundingClientRect().height === 0) {
      requestAnimationFrame(tapWhenShown);
      return;
    }
    b.shownAt = performance.now();
    setTimeout(() => {
      b.tappedAt = performance.now();
      // Looked up again: going live may have replaced the <summary> by a button.
      document.querySelector(watch).click();
    }, 0);
  };
  requestAnimationFrame(tapWhenShown);
  // Resolves when the widget is live: awaited from Playwright, with no polling delay.
  let resolveLive;
  b.live = new Promise((r) => (resolveLive = r));
  const check = () => {
    if (b.liveAt === null && document.querySelector('.explainer.is-live')) {
      b.liveAt = performance.now();
      resolveLive(b.liveAt);
    }
    if (b.openedAt === null) {
      const el = document.querySelector(watch);
      if (el && (el.getAttribute('aria-expanded') === 'true' || (el.closest('details')?.open && el.tagName === 'SUMMARY'))) {
        b.openedAt = performance.now();
      }
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-expanded', 'open', 'class'],
  });
  if (hookWasm) {
    const keep = (result) => {
      const exports = (result.instance ?? result).exports;
      for (const v of Object.values(exports)) if (v instanceof WebAssembly.Memory) b.memory = v;
      return result;
    };
    const streaming = WebAssembly.instantiateStreaming;
    if (streaming) WebAssembly.instantiateStreaming = (...a) => streaming.apply(WebAssembly, a).then(keep);
    const plain = WebAssembly.instantiate;
    WebAssembly.instantiate = (...a) => plain.apply(WebAssembly, a).then(keep);
  }
}

// One interaction, timed in the page. performance.now() before the action (t0);
// when a MutationObserver first saw the result in the DOM ("work"); and the end of
// the rendering of the first frame that shows it ("shown": a message posted from
// that frame's first requestAnimationFrame callback arrives once the frame's
// style, layout and paint, and any later rAF callbacks such as the widget's scroll
// to a card, are done). "busy" is the main thread's part: the work plus that
// frame's rendering, without the idle wait for the frame to start, which depends
// only on where in the 16.7 ms cycle the action fell. A frame's budget (16 ms) is
// about busy: an update that needs less can be on screen at the next frame. A
// random delay of up to one frame first, so that wait is not biased by whatever
// came before.
async function pageInteract(spec) {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const target = () => document.querySelector(spec.until);
  const inDom = () => {
    const el = target();
    if (!el) return false;
    return spec.attr ? el.getAttribute(spec.attr) === spec.value : !el.hidden;
  };
  const shown = () => inDom() && (spec.attr || target().checkVisibility());
  if (inDom()) throw new Error(`${spec.until} is already in its end state`);
  await new Promise((r) => setTimeout(r, Math.random() * 16.7));
  let workAt = null;
  const observer = new MutationObserver(() => {
    if (workAt === null && inDom()) workAt = performance.now();
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-expanded', 'hidden', 'open'] });
  const t0 = performance.now();
  if (spec.click) document.querySelector(spec.click).click();
  else location.hash = spec.hash;
  if (workAt === null && inDom()) workAt = performance.now();
  let rafAt;
  for (;;) {
    await frame();
    if (shown()) {
      rafAt = performance.now();
      break;
    }
    if (performance.now() - t0 > spec.timeout) throw new Error(`no ${spec.until} after ${spec.timeout} ms`);
  }
  await new Promise((r) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = r;
    channel.port2.postMessage(null);
  });
  const renderedAt = performance.now();
  observer.disconnect();
  const work = (workAt ?? rafAt) - t0;
  return { shown: renderedAt - t0, work, busy: work + (renderedAt - rafAt) };
}

async function pageMemory() {
  const out = { wasm: window.__bench?.memory?.buffer.byteLength ?? null, api: null, bytes: null };
  if (typeof performance.measureUserAgentSpecificMemory === 'function' && self.crossOriginIsolated) {
    out.api = 'measureUserAgentSpecificMemory';
    out.bytes = (await performance.measureUserAgentSpecificMemory()).bytes;
  } else if (performance.memory) {
    out.api = 'performance.memory.usedJSHeapSize';
    out.bytes = performance.memory.usedJSHeapSize;
  }
  return out;
}

/** A fresh context and page, CPU throttling explicitly off. */
async function freshPage(browser, { watch = null, hookWasm = false, autoTap = true, viewport = { width: 1280, height: 800 }, timeoutMs = 60_000 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  // No element to watch: no probe (its loop would look for nothing every frame).
  if (watch) await page.addInitScript(pageProbe, { watch, hookWasm, autoTap });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}


/**
 * Load to interactive: from navigation start until the first quote has opened
 * for a tap sent as soon as it shows (see pageProbe). The widget's pre-rendered
 * page works before its Wasm does (quote cards are <details>), so the tap lands
 * on whichever toggle the card has at that moment: the <summary>, or once live
 * the ARIA button (the `toggle` selector matches both). Then the widget must go
 * live with the card still open: a card that closed when the Wasm took over
 * would not count. The baseline: the same tap on its first <summary>. Returns
 * performance.now() (ms since navigation start) at the moment the card opened,
 * when the widget went live, and the first contentful paint.
 */
async function loadToInteractive(page, url, kind, toggle) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench.openedAt !== null);
  if (kind === 'widget') {
    await page.evaluate(() => window.__bench.live);
    const kept = await page.evaluate((sel) => document.querySelector(sel)?.getAttribute('aria-expanded'), toggle);
    if (kept !== 'true') throw new Error(`${toggle}: opened before the widget went live, but aria-expanded="${kept}" once live`);
  }
  const r = await page.evaluate(async () => ({
    opened: window.__bench.openedAt ?? performance.now(),
    live: window.__bench.liveAt,
    tapWait: window.__bench.tappedAt - window.__bench.shownAt,
    fcp: await new Promise((r) => {
      new PerformanceObserver((list) => {
        const e = list.getEntries().find((x) => x.name === 'first-contentful-paint');
        if (e) r(e.startTime);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => r(null), 5000);
    }),
  }));
  // No reader taps what has not been painted yet: never earlier than the first paint.
  return { ...r, interactive: Math.max(r.opened, r.fcp ?? 0) };
}

// ---------------------------------------------------------------------------------
// 2. Widget against the baseline

async function widgetVsBaseline(browser, base, defaultContent) {
  const firstId = defaultContent.quotes[0].id;
  const pages = {
    widget: { url: `${base}/`, toggle: `#quote-${firstId} .quote-card__toggle` },
    baseline: { url: `${base}/baseline/`, toggle: 'details > summary' },
  };
  const results = { widget: { fcp: [], interactive: [], live: [], tapWait: [] }, baseline: { fcp: [], interactive: [], tapWait: [] } };
  for (let run = 0; run < RUNS; run++) {
    // Alternate which page goes first, so neither always gets the warmer machine.
    const order = run % 2 === 0 ? ['widget', 'baseline'] : ['baseline', 'widget'];
    for (const kind of order) {
      const { context, page, errors } = await freshPage(browser, { watch: pages[kind].toggle });
      try {
        const r = await loadToInteractive(page, pages[kind].url, kind, pages[kind].toggle);
        results[kind].fcp.push(r.fcp);
        results[kind].interactive.push(r.interactive);
        results[kind].tapWait.push(r.tapWait);
        if (kind === 'widget') results[kind].live.push(r.live);
        if (errors.length) say(`${kind} run ${run + 1}: page errors: ${errors.join('; ')}`);
      } finally {
        await context.close();
      }
    }
    say(`load run ${run + 1}/${RUNS}: widget ${ms(results.widget.interactive.at(-1))}, baseline ${ms(results.baseline.interactive.at(-1))}`);
  }
  return results;
}

/**
 * Tap to open at load, with real input: from 100 ms after navigation starts, the
 * first quote's toggle is clicked through the browser's input pipeline (CDP
 * `Input.dispatchMouseEvent`, as a mouse or a finger would), again every 25 ms
 * until it has opened. Each click goes where the toggle is drawn at that moment,
 * and only when the point hits it (an unstyled page may have something else
 * there). The viewport is tall (TAP_VIEWPORT) so that the baseline's first quote,
 * after its whole article, is on screen without scrolling, as the widget's is. Timestamps are the page's own (the probe's `openedAt`,
 * performance.now() from navigation start). The widget must then go live with
 * the card still open.
 */
async function tapToOpen(page, url, kind, toggle) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForTimeout(100);
  const deadline = Date.now() + 20_000;
  let clicks = 0;
  for (;;) {
    const point = await page.evaluate((sel) => {
      if (window.__bench.openedAt !== null) return 'open';
      const el = document.querySelector(sel);
      const box = el?.getBoundingClientRect();
      if (!box || box.height === 0 || box.bottom > innerHeight) return null;
      const x = box.left + Math.min(40, box.width / 2);
      const y = box.top + Math.min(20, box.height / 2);
      return el.contains(document.elementFromPoint(x, y)) ? { x, y } : null;
    }, toggle);
    if (point === 'open') break;
    if (point) {
      await page.mouse.click(point.x, point.y);
      clicks += 1;
      if (await page.evaluate(() => window.__bench.openedAt !== null)) break;
    }
    if (Date.now() > deadline) throw new Error(`${kind}: ${toggle} did not open for ${clicks} clicks`);
    await page.waitForTimeout(25);
  }
  if (kind === 'widget') {
    await page.evaluate(() => window.__bench.live);
    const kept = await page.evaluate((sel) => document.querySelector(sel)?.getAttribute('aria-expanded'), toggle);
    if (kept !== 'true') throw new Error(`${toggle}: opened by a tap, but aria-expanded="${kept}" once live`);
  }
  return { opened: await page.evaluate(() => window.__bench.openedAt), clicks };
}

const TAP_VIEWPORT = { width: 1280, height: 2400 };

/** The CPU slowdown of the phone-like tap runs (Chromium's own throttling). */
const PHONE_CPU_SLOWDOWN = 4;

/**
 * Tap to open with real input on three pages, alternating which goes first from
 * run to run (widget, baseline, plain; then baseline, plain, widget; …), each
 * at full speed and with the CPU slowed `PHONE_CPU_SLOWDOWN` times (a phone).
 */
async function tapToOpenRuns(browser, base, defaultContent) {
  const firstId = defaultContent.quotes[0].id;
  const pages = {
    widget: { url: `${base}/`, toggle: `#quote-${firstId} .quote-card__toggle` },
    baseline: { url: `${base}/baseline/`, toggle: 'details > summary' },
    plain: { url: `${base}/plain/`, toggle: 'details > summary' },
  };
  const kinds = Object.keys(pages);
  const results = {};
  for (const slowdown of [1, PHONE_CPU_SLOWDOWN]) {
    const taps = Object.fromEntries(kinds.map((kind) => [kind, []]));
    for (let run = 0; run < RUNS; run++) {
      const order = kinds.map((_, i) => kinds[(i + run) % kinds.length]);
      for (const kind of order) {
        const { context, page } = await freshPage(browser, { watch: pages[kind].toggle, autoTap: false, viewport: TAP_VIEWPORT });
        try {
          if (slowdown > 1) {
            const cdp = await context.newCDPSession(page);
            await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
          }
          taps[kind].push((await tapToOpen(page, pages[kind].url, kind, pages[kind].toggle)).opened);
        } finally {
          await context.close();
        }
      }
      say(`tap run ${run + 1}/${RUNS}, CPU ${slowdown}× slower: ${kinds.map((k) => `${k} ${ms(taps[k].at(-1))}`).join(', ')}`);
    }
    results[slowdown === 1 ? 'fast' : 'slow'] = taps;
  }
  return results;
}

// ---------------------------------------------------------------------------------
// 3. Scale

const QUOTE_COUNTS = [10, 100, 1000, 5000];
const SOURCE_SIZES = [10 * KB, 100 * KB, 1000 * KB];
const cellName = (q, s) => `q${q}-s${s / KB}k`;
// The cell whose site is also built with its share pages, for the budget on a
// newsroom's whole site.
const SHARE_BUILD_QUOTES = 1000;
const SHARE_BUILD_SOURCE = 1000 * KB;
const sourceLabel = (s) => (s >= 1e6 ? `${s / 1e6} MB` : `${s / KB} KB`);

// One line beside the matrix (issue #15): an explainer of ten reports of
// 100 KB each and 1,000 quotes in all, measured and budgeted like the others.
const REPORTS_CELL = { name: 'q1000-r10x100k', quotes: 1000, reports: 10, reportBytes: 100 * KB };
/** A cell's source as the table shows it: its size, or its reports. */
const cellSourceLabel = (c) => (c.reports ? `${c.reports} reports × ${sourceLabel(c.reportBytes)}` : sourceLabel(c.source));

const CARGO_CLI = ['run', '--release', '-q', '-p', 'explainer-cli', '--'];

async function measureCell(browser, base, cell) {
  const { content, quotes } = cell;
  const first = content.quotes[0].id;
  const last = content.quotes.at(-1).id;
  const toggle = (id) => `#quote-${id} button.quote-card__toggle`;
  // The first click may land before the widget is live (see loadToInteractive).
  const firstToggle = `#quote-${first} .quote-card__toggle`;
  const expandTargets = [...new Set([Math.floor(quotes / 2), Math.floor(quotes / 4), Math.floor((3 * quotes) / 4)])]
    .filter((i) => i > 0 && i < quotes - 1)
    .map((i) => content.quotes[i].id);
  const url = `${base}/site/${cell.name}/`;
  const r = { interactive: [], live: [], expand: [], expandShown: [], source: [], sourceShown: [], deep: [], deepShown: [], memory: [] };
  const interactionTimeout = 30_000;
  for (let run = 0; run < SCALE_RUNS; run++) {
    const { context, page, errors } = await freshPage(browser, {
      watch: firstToggle,
      hookWasm: true,
      timeoutMs: CELL_TIMEOUT_MS,
    });
    cell.context = context;
    try {
      const load = await loadToInteractive(page, url, 'widget', firstToggle);
      r.interactive.push(load.interactive);
      r.live.push(load.live);
      for (const id of expandTargets) {
        const x = await page.evaluate(pageInteract, {
          click: toggle(id), until: toggle(id), attr: 'aria-expanded', value: 'true', timeout: interactionTimeout,
        });
        r.expand.push(x.busy);
        r.expandShown.push(x.shown);
      }
      const deep = await page.evaluate(pageInteract, {
        hash: `#quote-${last}`, until: toggle(last), attr: 'aria-expanded', value: 'true', timeout: interactionTimeout,
      });
      r.deep.push(deep.busy);
      r.deepShown.push(deep.shown);
      const source = await page.evaluate(pageInteract, {
        click: '#tab-source', until: '#panel-source', timeout: interactionTimeout,
      });
      r.source.push(source.busy);
      r.sourceShown.push(source.shown);
      r.memory.push(await page.evaluate(pageMemory));
      if (errors.length) r.errors = errors;
    } finally {
      cell.context = null;
      await context.close();
    }
    // One run is enough for a page that takes seconds to load.
    if (r.interactive.at(-1) > 15_000) break;
  }
  return r;
}

// The widget's stylesheet in dist/ (its hashed name), for the static baselines.
let CSS_FILE = null;

/**
 * The deep link of a scale cell on its static baseline (the same quotes as
 * <details>, see baselineHtml): `#quote-<last>` set as the widget's run sets it,
 * until that <details> is open; busy and shown as for the widget. As many fresh
 * loads as the widget's runs.
 */
async function measureStaticDeepLink(browser, base, cell) {
  const dir = join(OUT, 'scale', `${cell.name}-static`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), baselineHtml(cell.content, CSS_FILE, `/${CSS_FILE}`));
  const last = cell.content.quotes.at(-1).id;
  const prefix = `/static/${cell.name}/`;
  mount(prefix, dir);
  const r = { deep: [], deepShown: [] };
  try {
    for (let run = 0; run < SCALE_RUNS; run++) {
      const { context, page } = await freshPage(browser, { timeoutMs: CELL_TIMEOUT_MS });
      try {
        await page.goto(`${base}${prefix}`, { waitUntil: 'load' });
        const deep = await page.evaluate(pageInteract, {
          hash: `#quote-${last}`, until: `details:has(> #quote-${last})`, attr: 'open', value: '', timeout: 30_000,
        });
        r.deep.push(deep.busy);
        r.deepShown.push(deep.shown);
      } finally {
        await context.close();
      }
    }
  } finally {
    unmount(prefix);
  }
  return r;
}

async function scale(browser, base) {
  const only = opts.cells ? new Set(opts.cells.split(',').map((s) => s.trim())) : null;
  mkdirSync(join(OUT, 'scale'), { recursive: true });
  const cells = [];
  for (const s of SOURCE_SIZES) {
    for (const q of QUOTE_COUNTS) {
      const name = cellName(q, s);
      if (only && !only.has(name)) continue;
      cells.push({ name, quotes: q, source: s, feasible: feasible(q, s) });
    }
  }
  if (!only || only.has(REPORTS_CELL.name)) {
    const { reports, reportBytes } = REPORTS_CELL;
    cells.push({ ...REPORTS_CELL, source: reports * reportBytes, feasible: feasible(REPORTS_CELL.quotes / reports, reportBytes) });
  }
  const builds = new Map(); // name -> 'ok' | 'timeout' | 'failed'
  // Build once in release, so no timed run compiles.
  say('cargo build --release -p explainer-cli (no-op when built)');
  const warm = await runTimed('cargo', ['build', '--release', '-q', '-p', 'explainer-cli'], 15 * 60_000);
  if (warm.code !== 0) throw new Error(`cargo build --release -p explainer-cli failed:\n${warm.err}`);
  const binary = join(REPO, 'target', 'release', 'explainer');

  for (const cell of cells) {
    if (!cell.feasible) {
      cell.note = 'n/a: the quotes would not fit in the source';
      continue;
    }
    const file = join(OUT, 'scale', `${cell.name}.json`);
    cell.content = cell.reports
      ? generateReports({ reports: cell.reports, quotes: cell.quotes, reportBytes: cell.reportBytes })
      : generate({ quotes: cell.quotes, sourceBytes: cell.source });
    const json = JSON.stringify(cell.content, null, 1);
    writeFileSync(file, json);
    cell.jsonBytes = Buffer.byteLength(json);
    cell.sourceBytes = sourceSize(cell.content);

    // Native validation: the CLI through cargo (as a newsroom runs it), and the
    // binary alone (without cargo's own start-up).
    cell.checkCargo = [];
    cell.checkBinary = [];
    for (let i = 0; i < 3; i++) {
      const c = await runTimed('cargo', [...CARGO_CLI, 'check', file], 120_000);
      if (c.code !== 0) {
        cell.note = c.timedOut ? 'check timed out' : `check failed (exit ${c.code}): ${c.err.split('\n')[0]}`;
        break;
      }
      cell.checkCargo.push(c.ms);
      const b = await runTimed(binary, ['check', file], 120_000);
      if (b.code === 0) cell.checkBinary.push(b.ms);
    }
    say(`${cell.name}: check ${ms(median(cell.checkCargo))} (cargo run), ${ms(median(cell.checkBinary))} (binary)`);
    if (cell.note) continue;

    // Skip what a smaller cell already showed to be too slow to build.
    const smallerTimedOut = cells.find(
      (o) =>
        builds.get(o.name) === 'timeout' &&
        !o.reports &&
        !cell.reports &&
        ((o.source === cell.source && o.quotes < cell.quotes) || (o.quotes === cell.quotes && o.source < cell.source)),
    );
    if (smallerTimedOut) {
      cell.build = 'timeout';
      cell.note = `build skipped: ${smallerTimedOut.name} already took over ${BUILD_TIMEOUT_MS / 1000} s`;
      builds.set(cell.name, 'timeout');
      continue;
    }
    if (Date.now() - START > TIME_LIMIT_MS) {
      cell.build = 'timeout';
      cell.note = `skipped: past the benchmark's ${TIME_LIMIT_MS / 60_000}-minute limit`;
      continue;
    }

    const site = `/tmp/bench-site-${cell.name}`;
    rmSync(site, { recursive: true, force: true });
    // Without share pages, which say nothing about the widget's page: the site
    // with them is built once, below, for its own budget lines.
    say(`${cell.name}: explainer build --no-share-pages, timeout ${BUILD_TIMEOUT_MS / 1000} s`);
    const build = await runTimed('cargo', [...CARGO_CLI, 'build', file, '--template', DIST, '--out', site, '--force', '--no-share-pages'], BUILD_TIMEOUT_MS);
    if (build.timedOut) {
      cell.build = 'timeout';
      cell.note = `site build over ${BUILD_TIMEOUT_MS / 1000} s`;
      builds.set(cell.name, 'timeout');
      rmSync(site, { recursive: true, force: true });
      say(`${cell.name}: ${cell.note}`);
      continue;
    }
    if (build.code !== 0) {
      cell.build = 'failed';
      cell.note = `site build failed (exit ${build.code}): ${build.err.trim().split('\n').at(-1)}`;
      builds.set(cell.name, 'failed');
      continue;
    }
    builds.set(cell.name, 'ok');
    cell.buildMs = build.ms;
    const html = readFileSync(join(site, 'index.html'));
    cell.htmlBytes = html.length;
    cell.htmlGzip = zlib.gzipSync(html, { level: 9 }).length;
    cell.siteBytes = duBytes(site);
    if (cell.quotes === SHARE_BUILD_QUOTES && cell.source === SHARE_BUILD_SOURCE && !cell.reports) {
      // The site as a newsroom publishes it: a share page and a card image per
      // quote, pre-compressed. The binary alone, as in a deploy script.
      const shared = `${site}-shared`;
      rmSync(shared, { recursive: true, force: true });
      say(`${cell.name}: explainer build with share pages, timeout ${BUILD_TIMEOUT_MS / 1000} s`);
      const b = await runTimed(binary, ['build', file, '--template', DIST, '--out', shared, '--force'], BUILD_TIMEOUT_MS);
      cell.shareBuild = b.code === 0 && !b.timedOut
        ? { ms: b.ms, bytes: duBytes(shared), pages: readdirSync(join(shared, 'quote'), { withFileTypes: true }).filter((e) => e.isDirectory()).length }
        : { note: b.timedOut ? `over ${BUILD_TIMEOUT_MS / 1000} s` : `failed (exit ${b.code}): ${b.err.trim().split('\n').at(-1)}` };
      rmSync(shared, { recursive: true, force: true });
      say(`${cell.name}: with share pages ${cell.shareBuild.note ?? `${ms(cell.shareBuild.ms)}, ${bytes(cell.shareBuild.bytes)}`}`);
    }
    say(`${cell.name}: built in ${ms(build.ms)}, index.html ${bytes(cell.htmlBytes)}, site ${bytes(cell.siteBytes)}`);

    mount(`/site/${cell.name}/`, site, true);
    let measured;
    try {
      measured = await withTimeout(measureCell(browser, base, cell).catch((e) => ({ error: e })), CELL_TIMEOUT_MS, async () => {
        await cell.context?.close().catch(() => {});
      });
    } finally {
      unmount(`/site/${cell.name}/`);
      if (!opts['keep-sites']) rmSync(site, { recursive: true, force: true });
    }
    if (cell.quotes === 1000 && measured !== TIMEOUT && !measured.error) {
      cell.staticDeep = await measureStaticDeepLink(browser, base, cell).catch((e) => ({ error: String(e.message ?? e) }));
      say(`${cell.name}: deep link on the static page ${ms(median(cell.staticDeep.deep ?? []))}${cell.staticDeep.error ? ` (${cell.staticDeep.error})` : ''}`);
    }
    if (measured === TIMEOUT) {
      cell.browser = 'timeout';
      cell.note = `browser measurements over ${CELL_TIMEOUT_MS / 1000} s`;
    } else if (measured.error) {
      cell.browser = 'failed';
      cell.note = `browser: ${String(measured.error.message ?? measured.error).split('\n')[0]}`;
    } else {
      cell.m = measured;
      if (measured.errors) cell.note = `page errors: ${measured.errors.join('; ').slice(0, 200)}`;
    }
    say(
      `${cell.name}: ${cell.browser ? `${cell.browser}, ` : ''}interactive ${spread(cell.m?.interactive ?? [])}, expand ${ms(median(cell.m?.expand ?? []))}, ` +
        `source ${ms(median(cell.m?.source ?? []))}, deep link ${ms(median(cell.m?.deep ?? []))}${cell.note ? ` (${cell.note})` : ''}`,
    );
  }
  return cells;
}

function duBytes(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? duBytes(p) : statSync(p).size;
  }
  return total;
}

// The metrics of the scale matrix: how to read each from a cell, and the floor
// below which a step is noise rather than growth (a frame for in-page times).
const METRICS = [
  { key: 'checkCargo', label: 'check (cargo run)', get: (c) => median(c.checkCargo ?? []), floor: 20 },
  { key: 'checkBinary', label: 'check (binary)', get: (c) => median(c.checkBinary ?? []), floor: 20 },
  { key: 'build', label: 'site build', get: (c) => c.buildMs ?? NaN, floor: 1000 },
  { key: 'interactive', label: 'load → interactive', get: (c) => median(c.m?.interactive ?? []), floor: 100 },
  { key: 'live', label: 'load → live', get: (c) => median(c.m?.live ?? []), floor: 100 },
  { key: 'expand', label: 'expand', get: (c) => median(c.m?.expand ?? []), floor: FRAME_MS },
  { key: 'source', label: 'source view', get: (c) => median(c.m?.source ?? []), floor: FRAME_MS },
  { key: 'deep', label: 'deep link', get: (c) => median(c.m?.deep ?? []), floor: FRAME_MS },
];
const GROWTH_LIMIT = 20; // × time per 10× content

/** Steps between neighbouring measured cells, along both axes. */
function growthSteps(cells) {
  // The reports line is not on the matrix's axes.
  const at = (q, s) => cells.find((c) => c.quotes === q && c.source === s && !c.reports && c.content);
  const steps = [];
  for (const s of SOURCE_SIZES) {
    for (let i = 0; i + 1 < QUOTE_COUNTS.length; i++) {
      const a = at(QUOTE_COUNTS[i], s);
      const b = at(QUOTE_COUNTS[i + 1], s);
      if (a && b) steps.push({ label: `quotes ${a.quotes} → ${b.quotes} @ ${sourceLabel(s)}`, a, b, factor: b.quotes / a.quotes });
    }
  }
  for (const q of QUOTE_COUNTS) {
    for (let i = 0; i + 1 < SOURCE_SIZES.length; i++) {
      const a = at(q, SOURCE_SIZES[i]);
      const b = at(q, SOURCE_SIZES[i + 1]);
      if (a && b) steps.push({ label: `source ${sourceLabel(a.source)} → ${sourceLabel(b.source)} @ ${q} quotes`, a, b, factor: b.source / a.source });
    }
  }
  // Both at once: a ten times longer article with ten times the quotes.
  for (let i = 0; i + 1 < SOURCE_SIZES.length; i++) {
    const a = at(QUOTE_COUNTS[i], SOURCE_SIZES[i]);
    const b = at(QUOTE_COUNTS[i + 1], SOURCE_SIZES[i + 1]);
    if (a && b) {
      steps.push({
        label: `both 10×: ${a.quotes} @ ${sourceLabel(a.source)} → ${b.quotes} @ ${sourceLabel(b.source)}`,
        a,
        b,
        factor: 10,
      });
    }
  }
  return steps.map((step) => {
    const per = {};
    for (const m of METRICS) {
      const x = m.get(step.a);
      const y = m.get(step.b);
      if (!(x > 0 && y > 0)) {
        per[m.key] = null;
        continue;
      }
      const ratio = y / x;
      // The same growth rate scaled to a 10× step (a 5× step is not a 10× one).
      const per10 = ratio ** (1 / Math.log10(step.factor));
      per[m.key] = { ratio, per10, flagged: per10 > GROWTH_LIMIT && y >= m.floor };
    }
    return { ...step, per };
  });
}

// ---------------------------------------------------------------------------------
// 4. The Studio (dist/studio/): its own build, never loaded by readers

const STUDIO_DIR = join(DIST, 'studio');
// The pasted articles: generated prose of 100 KB, 500 KB and 1 MB with a quoted
// passage per KB, each with a speaker nearby, as plain text (one paragraph a
// line, headings alone). The largest is issue 28's long paste.
const STUDIO_ARTICLES = [100, 500, 1000].map((kb) => ({ quotes: kb, sourceBytes: kb * KB }));

// In the Studio's page, with nothing drafted yet: the article is put into the
// paste box as a paste puts it (an `input` event), "Draft from this article" is
// clicked, and the clock stops once the live preview shows the cards it draws
// (every quote, or for a long draft the quotes of its beginning: the preview
// frame's data-drawn-quotes) and the frame that shows them is rendered (as in
// pageInteract: a message posted from that frame's requestAnimationFrame
// callback arrives after its style, layout and paint). *dom*: when a
// MutationObserver first saw those cards. *longest*: the longest main-thread
// task from the paste to the end (the Long Tasks API, tasks over 50 ms; 0 when
// there was none), and *tasks*: every task over 50 ms. All in
// performance.now(), from just before the paste.
async function pagePasteToPreview({ text, timeout }) {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const cards = () => document.querySelectorAll('.studio-preview .explainer .quote-card').length;
  const drawn = () => Number(document.querySelector('.studio-preview__frame')?.dataset.drawnQuotes ?? -1);
  const shows = () => drawn() > 0 && cards() === drawn();
  const area = document.querySelector('#studio-paste');
  const button = (name) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
  const draft = button('Draft from this article');
  if (!area || !draft) throw new Error('the Studio shows no paste box or no "Draft from this article"');
  let domAt = null;
  const observer = new MutationObserver(() => {
    if (domAt === null && shows()) domAt = performance.now();
  });
  observer.observe(document, { subtree: true, childList: true });
  const tasks = [];
  const longTasks = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  longTasks.observe({ type: 'longtask' });
  const t0 = performance.now();
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  draft.click();
  for (;;) {
    await frame();
    if (shows()) break;
    if (performance.now() - t0 > timeout) {
      throw new Error(`after ${timeout} ms the preview shows ${cards()} quote cards, not the ${drawn()} it draws`);
    }
  }
  await new Promise((r) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = r;
    channel.port2.postMessage(null);
  });
  const shownAt = performance.now();
  observer.disconnect();
  tasks.push(...longTasks.takeRecords());
  longTasks.disconnect();
  const during = tasks.filter((t) => t.startTime + t.duration >= t0);
  // The first task after the paste is the frame that lays out the pasted text
  // in the paste box (the browser's work, which a real paste costs before any
  // click; the tasks' start times, logged, show it within a frame of the
  // paste): it is given apart, and the longest task after it.
  const started = during.filter((t) => t.startTime >= t0).sort((a, b) => a.startTime - b.startTime);
  const first = started.slice(0, 1);
  const after = started.slice(1);
  return {
    dom: (domAt ?? shownAt) - t0,
    shown: shownAt - t0,
    longest: Math.max(0, ...during.map((t) => t.duration)),
    firstFrame: Math.max(0, ...first.map((t) => t.duration)),
    longestAfter: Math.max(0, ...after.map((t) => t.duration)),
    tasks: during.map((t) => `${Math.round(t.duration)}@${Math.round(t.startTime - t0)}`),
    drawn: drawn(),
  };
}

/** Sizes of the Studio's page, and paste → previewed draft for each article, in fresh contexts. */
async function studio(browser, base) {
  if (!existsSync(join(STUDIO_DIR, 'index.html'))) return null;
  const sizes = transferSizes(STUDIO_DIR);
  const articles = [];
  for (const article of STUDIO_ARTICLES) {
    const explainer = generate({ quotes: article.quotes, sourceBytes: article.sourceBytes });
    const text = articleText(explainer);
    const runs = article.sourceBytes > 100 * KB ? Math.min(STUDIO_RUNS, 3) : STUDIO_RUNS;
    const result = { articleBytes: Buffer.byteLength(text, 'utf8'), quotes: explainer.quotes.length, dom: [], shown: [], longest: [], firstFrame: [], longestAfter: [], drawn: null };
    for (let run = 0; run < runs; run++) {
      const { context, page, errors } = await freshPage(browser, { timeoutMs: 300_000 });
      try {
        await page.goto(`${base}/studio/`);
        await page.locator('#studio-paste').waitFor();
        const r = await page.evaluate(pagePasteToPreview, { text, timeout: 240_000 });
        for (const key of ['dom', 'shown', 'longest', 'firstFrame', 'longestAfter']) result[key].push(r[key]);
        result.drawn = r.drawn;
        say(`studio ${bytes(result.articleBytes)} run ${run + 1}: tasks over 50 ms: ${r.tasks.join(', ') || 'none'}`);
        if (errors.length) say(`studio run ${run + 1}: page errors: ${errors.join('; ')}`);
      } finally {
        await context.close();
      }
      say(`studio ${bytes(result.articleBytes)} run ${run + 1}/${runs}: paste → previewed draft ${ms(result.shown.at(-1))}, ` +
        `longest task ${ms(result.longest.at(-1))}`);
    }
    articles.push(result);
  }
  return { sizes, articles };
}

// ---------------------------------------------------------------------------------
// 5. Embeds at load: what a host article with the widget far below the fold
// downloads of ours before the reader scrolls to it

/** A long host article (200 short paragraphs, about 7,000 px at 1280 px wide) with one embed of `mode` at its end, loading ../embed.js. */
function hostPage(mode) {
  const paragraph = (i) =>
    `<p>Host article paragraph ${i}. Reporters described a long day of meetings, a news conference without ` +
    'questions and a flight home; this text stands in for the story around the embedded explainer.</p>';
  const paragraphs = Array.from({ length: 200 }, (_, i) => paragraph(i + 1)).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Host article, ${mode} embed below the fold</title></head>
<body><article><h1>Host article</h1>
${paragraphs}
<div id="explainer" data-news-explainer="${mode}"><a href="/">Open the explainer</a></div>
</article><script src="/embed.js" async></script></body></html>
`;
}

/** gzip -9 bytes of a file of bench/out/dist/ named by its URL path, or null. */
function gzipOfPath(pathname) {
  const file = join(DIST, decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html');
  const path = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
  return existsSync(path) ? zlib.gzipSync(readFileSync(path), { level: 9 }).length : null;
}

/**
 * For an inline and an iframe embed at the end of a long host article: every
 * file of ours fetched by the time the page has loaded and drawn (gzip -9 sizes,
 * the host page itself not counted), then whether scrolling to it makes it live.
 */
async function embedsAtLoad(browser, base) {
  const dir = join(OUT, 'host');
  mkdirSync(dir, { recursive: true });
  const results = [];
  for (const mode of ['inline', 'iframe']) {
    writeFileSync(join(dir, `${mode}.html`), hostPage(mode));
    const { context, page, errors } = await freshPage(browser, {});
    const urls = [];
    page.on('request', (request) => urls.push(new URL(request.url())));
    try {
      await page.goto(`${base}/host/${mode}.html`, { waitUntil: 'load' });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
      const ours = urls.filter((u) => u.origin === base && !u.pathname.startsWith('/host/'));
      const files = ours.map((u) => ({ path: u.pathname + u.search, gzip: gzipOfPath(u.pathname) ?? 0 }));
      const atLoad = files.reduce((sum, f) => sum + f.gzip, 0);
      await page.locator('#explainer').scrollIntoViewIfNeeded();
      const live = mode === 'inline'
        ? page.locator('#explainer .explainer.is-live')
        : page.frameLocator('#explainer iframe').locator('.explainer.is-live');
      const wentLive = await live.waitFor({ timeout: 30_000 }).then(() => true, () => false);
      results.push({ mode, files, atLoad, wentLive });
      if (errors.length) say(`${mode} host page errors: ${errors.join('; ')}`);
    } finally {
      await context.close();
    }
    say(`${mode} embed below the fold: ${(results.at(-1).atLoad / KB).toFixed(1)} KB gzip of ours at load`);
  }
  return results;
}

// ---------------------------------------------------------------------------------
// Main

// ---------------------------------------------------------------------------------
// Drafts: the share of quotes whose speaker the draft scaffold guesses right

/** The share of speakers right per language over tests/data/drafts/ (issue #31): the
 * example `draft_speakers` prints it as JSON, and runs alone just as well. */
const DRAFT_SPEAKERS = ['run', '-q', '-p', 'news-explainer', '--features', 'scaffold', '--example', 'draft_speakers'];
const DRAFT_SPEAKER_BAR = 0.9;

async function draftSpeakers() {
  const run = await runTimed('cargo', DRAFT_SPEAKERS, 15 * 60_000);
  if (run.code !== 0) return { error: (run.err || `exit ${run.code}`).trim().split('\n').slice(-3).join(' ') };
  return JSON.parse(run.out);
}

async function main() {
  if (!existsSync(join(REPO, 'dist', 'index.html'))) throw new Error('dist/index.html not found: run trunk build --release first');
  rmSync(DIST, { recursive: true, force: true });
  cpSync(join(REPO, 'dist'), DIST, { recursive: true });
  const defaultContent = JSON.parse(readFileSync(join(REPO, 'content', 'anchorage-summit.json'), 'utf8'));

  say('transfer sizes of dist/');
  const sizes = transferSizes();
  const cssFile = sizes.rows.find((r) => r.label === '.css')?.file;
  if (!cssFile) throw new Error('no .css in dist/');
  CSS_FILE = cssFile;

  mkdirSync(join(OUT, 'baseline'), { recursive: true });
  writeFileSync(join(OUT, 'baseline', 'index.html'), baselineHtml(defaultContent, cssFile));
  mkdirSync(join(OUT, 'plain'), { recursive: true });
  writeFileSync(join(OUT, 'plain', 'index.html'), plainHtml(defaultContent, `../${cssFile}`));

  mount('/', DIST);
  mount('/baseline/', join(OUT, 'baseline'));
  mount('/plain/', join(OUT, 'plain'));
  mkdirSync(join(OUT, 'host'), { recursive: true });
  mount('/host/', join(OUT, 'host'));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;

  // Native and quick; before the browser, so a compile does not overlap the pages.
  let drafts = null;
  if (!opts['studio-only']) {
    say(`draft speakers: cargo ${DRAFT_SPEAKERS.join(' ')}`);
    drafts = await draftSpeakers();
  }

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const info = machine(browser.version());
  say(`${info.chromium}; ${info.nproc} cores, ${info.cpu}, ${info.memory}`);

  let load;
  let studioResult = null;
  let cells = [];
  let embeds = [];
  if (opts['studio-only']) {
    let result;
    try {
      say(`the Studio alone: pastes of ${STUDIO_ARTICLES.map((a) => bytes(a.sourceBytes)).join(', ')} articles`);
      result = await studio(browser, base);
    } finally {
      await browser.close();
      server.close();
    }
    if (!result) throw new Error('no dist/studio/index.html: build the Studio first (scripts/test.sh build)');
    const markdown = [
      '# The Studio: paste → previewed draft', '',
      `Written by \`node bench/run.mjs --studio-only\` on ${new Date().toISOString()}: ${info.chromium}; ${info.nproc} cores, ${info.cpu}, ${info.memory}; ` +
        `load average ${loadavg().map((l) => l.toFixed(2)).join(', ')} at the end (a shared machine: other builds ran meanwhile, so the times are upper bounds).`, '',
      ...studioSection(result, sizes), '',
    ].join('\n');
    console.log(markdown);
    writeFileSync(OUT_FILE, markdown);
    say(`wrote ${OUT_FILE}; took ${elapsed().toFixed(0)} s`);
    process.exit(0);
  }
  try {
    say(`widget vs baseline: ${RUNS} runs each, one browser, a fresh context per run`);
    load = await widgetVsBaseline(browser, base, defaultContent);
    say(`tap to open with real input: ${RUNS} runs each`);
    load.taps = await tapToOpenRuns(browser, base, defaultContent);
    say(`the Studio: pastes of ${STUDIO_ARTICLES.map((a) => bytes(a.sourceBytes)).join(', ')} articles, a fresh context each`);
    studioResult = await studio(browser, base);
    if (!studioResult) say('no dist/studio/index.html: the Studio is not measured (scripts/test.sh build builds it)');
    say('embeds below the fold: what loads before the reader scrolls to them');
    embeds = await embedsAtLoad(browser, base);
    if (!opts['no-scale']) cells = await scale(browser, base);
  } finally {
    await browser.close();
    server.close();
  }

  const report = render({ info, sizes, load, studio: studioResult, embeds, cells, defaultContent, drafts });
  console.log(report.text);
  writeFileSync(OUT_FILE, report.markdown);
  say(`wrote ${OUT_FILE}; ${report.failed ? 'budget FAILED' : 'budget passed'}; took ${elapsed().toFixed(0)} s`);
  process.exit(report.failed ? 1 : 0);
}

// ---------------------------------------------------------------------------------
// The report

/** The .wasm row of transferSizes' rows (NaN when there is none). */
function wasmOf(sized) {
  return sized.rows.find((r) => r.label === '.wasm') ?? { raw: NaN, gzip: NaN, brotli: NaN };
}

/** Section 4's lines: the Studio's Wasm beside the reader's, and paste → previewed draft for each article. */
function studioSection(studio, sizes) {
  const sizeLine = (name, sized) => {
    const wasm = wasmOf(sized);
    return [name, wasm.raw.toLocaleString('en'), wasm.gzip.toLocaleString('en'), wasm.brotli.toLocaleString('en'), sized.total.gzip.toLocaleString('en')];
  };
  const columns = studio.articles.map((a) => `${bytes(a.articleBytes)}, ${a.quotes} quotes`);
  const row = (label, key) => [label, ...studio.articles.map((a) => spread(a[key]))];
  return [
    'The Explainer Studio is a build of its own (`trunk build --release --config studio/Trunk.toml`, into `dist/studio/`), which no reader loads. ' +
      'Its Wasm beside the reader\'s (bytes, as in section 1; *page total*: every file its `index.html` loads, and the page itself, gzip -9):',
    '',
    table(['build', 'Wasm raw', 'Wasm gzip -9', 'Wasm brotli 11', 'page total gzip -9'], [
      sizeLine('reader (`dist/`)', sizes),
      sizeLine('Studio (`dist/studio/`)', studio.sizes),
    ], ['', 'r', 'r', 'r', 'r']),
    '',
    '*Paste → previewed draft*: in a fresh browser context (viewport 1280×800, CPU throttling off, nothing saved), the Studio\'s paste box is given an ' +
      'article (`bench/generate.mjs`\'s prose with a quoted passage per KB, as plain text by `articleText`) with an `input` event, ' +
      '"Draft from this article" is clicked, and the clock stops when the live preview shows the cards it draws and that frame is rendered; ' +
      '`performance.now()` in the page, from just before the paste. The Studio checks the limits and counts the quotes in slices, a worker running the Studio\'s own Wasm drafts the article (the library\'s scaffold), ' +
      'and the page then draws the editor a part at a time (the article text 120 paragraphs a turn, the quote forms 5 a turn up to 100), checks the draft a turn after (validation and anchoring), ' +
      'and draws the preview a turn after that: for a draft over 40 quotes or 40 KB of text, as these are, its beginning (*preview drew*: its quotes; *Draw all of it* draws the rest, not measured here). ' +
      '*In the DOM*: when a MutationObserver first saw those cards. *Longest task*: the longest main-thread task (Long Tasks API, tasks over 50 ms) from the paste until the preview showed; ' +
      'then apart: the first task after the paste (the frame in which the browser lays out the pasted text in the paste box, as a real paste makes it do before any click, with the click\'s own render), and the longest task after it (the Studio counting, drawing, checking and previewing). ' +
      'Median (min–max) of the runs.',
    '',
    table(['metric', ...columns], [
      row('paste → previewed draft', 'shown'),
      row('paste → cards in the DOM', 'dom'),
      row('longest main-thread task', 'longest'),
      row('first task after the paste (its frame)', 'firstFrame'),
      row('longest task after that frame', 'longestAfter'),
      ['preview drew (quotes of the draft)', ...studio.articles.map((a) => `${a.drawn} of ${a.quotes}`)],
    ], ['', ...columns.map(() => 'r')]),
    '',
  ];
}

function render({ info, sizes, load, studio, embeds, cells, defaultContent, drafts }) {
  const out = [];
  const budget = [];
  const line = (ok, text) => budget.push({ status: ok === null ? 'SKIP' : ok ? 'PASS' : 'FAIL', text });

  // 1
  const sizeRows = [...sizes.rows, sizes.total].map((r) => [
    r.label === 'total' ? '**total**' : `\`${r.label}\``,
    r.file ? `\`${r.file}\`` : '',
    r.raw.toLocaleString('en'),
    r.gzip.toLocaleString('en'),
    r.brotli.toLocaleString('en'),
  ]);
  out.push('## 1. Transfer size of `dist/`', '',
    'What a reader downloads for the default explainer (bytes; gzip level 9, brotli quality 11, both from node:zlib), ' +
      'measured on `bench/out/dist/`, the copy of `dist/` taken when the benchmark starts and used for every page below. ' +
      '`index.html` is the pre-rendered page, content included. The share pages in `dist/quote/` are not part of the page load.',
    '', table(['file', 'name', 'raw', 'gzip -9', 'brotli 11'], sizeRows, ['', '', 'r', 'r', 'r']), '');
  const gzTotal = sizes.total.gzip;
  line(gzTotal <= 160 * KB, `total transfer of the default explainer ${(gzTotal / KB).toFixed(1)} KB gzip ≤ 160 KB (wasm+js+css+html+boot.js; 1 KB = 1,000 B)`);
  const beforeWasm = sizes.rows.filter((r) => ['index.html', '.css', 'boot.js'].includes(r.label)).reduce((sum, r) => sum + r.gzip, 0);
  line(beforeWasm <= 15 * KB, `before the Wasm (index.html, CSS, boot.js) ${(beforeWasm / KB).toFixed(1)} KB gzip ≤ 15 KB`);

  // Share pages: each quote's page in dist/quote/<id>/index.html.
  const shareDir = join(DIST, 'quote');
  const sharePages = existsSync(shareDir)
    ? readdirSync(shareDir)
        .filter((id) => existsSync(join(shareDir, id, 'index.html')))
        .map((id) => ({ id, gzip: zlib.gzipSync(readFileSync(join(shareDir, id, 'index.html')), { level: 9 }).length }))
    : [];
  if (sharePages.length) {
    const largest = sharePages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    out.push('### Share pages', '',
      `${sharePages.length} share pages (\`dist/quote/<id>/index.html\`), gzip -9: smallest ${bytes(Math.min(...sharePages.map((p) => p.gzip)))}, ` +
        `largest ${bytes(largest.gzip)} (\`${largest.id}\`).`, '');
    line(largest.gzip <= 5 * KB, `each share page ≤ 5 KB gzip: the largest (\`${largest.id}\`) is ${(largest.gzip / KB).toFixed(1)} KB`);
  } else {
    line(null, 'each share page ≤ 5 KB gzip: no share pages in dist/quote/');
  }

  // Embeds below the fold.
  if (embeds?.length) {
    out.push('### Embeds below the fold', '',
      'A host article of 200 short paragraphs (about 7,000 px tall) with one embed at its end (`bench/out/host/<mode>.html`, viewport 1280×800), fresh context: every file of ours ' +
        'fetched by the time the page has loaded and drawn three frames, gzip -9 from `bench/out/dist/` (the host page itself not counted); ' +
        'then the page is scrolled to the embed, which must go live.',
      '',
      table(['embed', 'files fetched at load', 'gzip at load', 'live after scrolling to it'], embeds.map((e) => [
        e.mode,
        e.files.map((f) => `\`${f.path.replace(/\?.*$/, '')}\``).join(', ') || 'none',
        bytes(e.atLoad),
        e.wentLive ? 'yes' : '**no**',
      ]), ['', '', 'r', '']), '');
    for (const e of embeds) {
      line(e.atLoad <= 15 * KB && e.wentLive,
        `${e.mode} embed below the fold: ${(e.atLoad / KB).toFixed(1)} KB gzip of ours at load ≤ 15 KB, and live once scrolled to (${e.wentLive ? 'it was' : 'it was not'})`);
    }
  }

  // 2
  const w = load.widget;
  const b = load.baseline;
  const ratio = median(w.interactive) / median(b.interactive);
  const fcpRatio = median(w.fcp) / median(b.fcp);
  out.push('## 2. Load: the widget against a static page', '',
    `${RUNS} runs per page in one headless Chromium, each in a fresh browser context, CPU throttling off, viewport 1280×800. ` +
      'Median (min–max), milliseconds from navigation start. *Interactive*: the first quote card ' +
      `(\`#quote-${defaultContent.quotes[0].id}\`) has opened for a tap sent as soon as it shows: at the first animation frame where it has a box, ` +
      'a timer clicks it, and a timer runs only when the main thread is free, as a real tap would wait behind a long task (parsing, compiling, ' +
      'hydrating). The pre-rendered page\'s `<details>` open without script, so the tap lands on the `<summary>` while the Wasm loads, or on the ' +
      'live ARIA button (`aria-expanded="true"`) once it runs; each run then waits for the widget to go live and fails unless the card is still open. ' +
      'It counts from the first contentful paint at the earliest (no reader taps what is not painted yet). ' +
      '*Tap waited*: from the frame where the card showed to the tap, the time the main thread was busy. ' +
      '*Widget live*: the Wasm has hydrated the page (`.explainer.is-live`), every feature works. For the baseline, the same tap on the first ' +
      '`<summary>` has opened its `<details>`. The baseline (`bench/out/baseline/index.html`, generated from ' +
      '`content/anchorage-summit.json`) has the same headline, article, ten quotes as `<details>` and tracker items, and links the same CSS.',
    '',
    table(['metric', 'widget (dist/index.html)', 'baseline (static HTML)', 'widget / baseline'], [
      ['first contentful paint', spread(w.fcp), spread(b.fcp), `${fcpRatio.toFixed(2)}×`],
      ['load → interactive', spread(w.interactive), spread(b.interactive), `**${ratio.toFixed(2)}×**`],
      ['tap waited', spread(w.tapWait), spread(b.tapWait), ''],
      ['widget live (`.is-live`)', spread(w.live), '–', `${(median(w.live) / median(b.interactive)).toFixed(2)}×`],
    ], ['', 'r', 'r', 'r']), '');
  line(ratio <= 1.5, `widget/baseline load-to-interactive ${ratio.toFixed(2)}× ≤ 1.5× (${ms(median(w.interactive))} vs ${ms(median(b.interactive))})`);
  const { fast: taps, slow: slowTaps } = load.taps;
  const tapRatio = median(taps.widget) / median(taps.baseline);
  const plainRatio = median(taps.widget) / median(taps.plain);
  const slowPlainRatio = median(slowTaps.widget) / median(slowTaps.plain);
  out.push('### Tap to open at load, with real input', '',
    `${RUNS} fresh loads per page, the three pages alternating which goes first. From 100 ms after navigation starts, the first quote's toggle is clicked through the browser's own input ` +
      'pipeline (`Input.dispatchMouseEvent`), at the point where it is drawn and only when that point hits it, every 25 ms until it has opened ' +
      `(viewport ${TAP_VIEWPORT.width}×${TAP_VIEWPORT.height}, so that the baseline's first quote, after its whole article, is on screen without scrolling); ` +
      'the time is the page\'s own clock (ms from navigation start) when it opened. The widget must then go live with the card still open. ' +
      'The *plain page* (`bench/out/plain/index.html`, issue 33) is the quotes alone as `<details>` with the widget\'s stylesheet: what a reader ' +
      'gets from a plain list, so its ratio prices the widget\'s page and its Wasm together. The second row repeats the runs with the CPU ' +
      `slowed ${PHONE_CPU_SLOWDOWN}× (Chromium's \`Emulation.setCPUThrottlingRate\`), as on a phone.`,
    '',
    table(['', 'widget', 'baseline (static HTML)', 'plain page', 'widget / baseline', 'widget / plain page'], [
      ['tap → opened', spread(taps.widget), spread(taps.baseline), spread(taps.plain), `**${tapRatio.toFixed(2)}×**`, `**${plainRatio.toFixed(2)}×**`],
      [`tap → opened, CPU ${PHONE_CPU_SLOWDOWN}× slower`, spread(slowTaps.widget), spread(slowTaps.baseline), spread(slowTaps.plain),
        `${(median(slowTaps.widget) / median(slowTaps.baseline)).toFixed(2)}×`, `**${slowPlainRatio.toFixed(2)}×**`],
    ], ['', 'r', 'r', 'r', 'r', 'r']), '');
  line(tapRatio <= 1.25, `tap to open at load with real input, widget/baseline ${tapRatio.toFixed(2)}× ≤ 1.25× (${ms(median(taps.widget))} vs ${ms(median(taps.baseline))})`);
  line(plainRatio <= 1.25, `tap to open at load with real input, widget/plain page ${plainRatio.toFixed(2)}× ≤ 1.25× (${spread(taps.widget)} vs ${spread(taps.plain)})`);
  line(slowPlainRatio <= 1.25, `the same with the CPU ${PHONE_CPU_SLOWDOWN}× slower, widget/plain page ${slowPlainRatio.toFixed(2)}× ≤ 1.25× (${spread(slowTaps.widget)} vs ${spread(slowTaps.plain)})`);

  // 3
  if (cells.length) {
    const memApi = cells.find((c) => c.m)?.m.memory[0]?.api ?? 'none';
    const rows = cells.map((c) => {
      const m = c.m;
      const busyShown = (f, wk) => (f?.length ? `${ms(median(f))} (${ms(median(wk))})` : c.content ? c.browser ?? (c.build === 'timeout' ? 'timeout' : '–') : 'n/a');
      const mem = m?.memory ?? [];
      return [
        c.quotes.toLocaleString('en'),
        cellSourceLabel(c),
        c.content ? bytes(c.jsonBytes) : 'n/a',
        c.content ? spread(c.checkCargo ?? []) : 'n/a',
        c.content ? ms(median(c.checkBinary ?? [])) : 'n/a',
        c.buildMs ? ms(c.buildMs) : c.build ?? (c.content ? '–' : 'n/a'),
        c.htmlBytes ? `${bytes(c.htmlBytes)} / ${bytes(c.htmlGzip)}` : c.content ? '–' : 'n/a',
        m ? spread(m.interactive) : c.content ? c.browser ?? (c.build === 'timeout' ? 'timeout' : '–') : 'n/a',
        m?.live?.length ? ms(median(m.live)) : c.content ? '–' : 'n/a',
        busyShown(m?.expand, m?.expandShown),
        busyShown(m?.source, m?.sourceShown),
        busyShown(m?.deep, m?.deepShown),
        mem.length ? bytes(median(mem.map((x) => x.wasm))) : c.content ? '–' : 'n/a',
        mem.length ? bytes(median(mem.map((x) => x.bytes))) : c.content ? '–' : 'n/a',
      ];
    });
    out.push('## 3. Scale', '',
      'Generated explainers (`bench/generate.mjs`: filler prose, each quote a unique phrase anchored once, five tracker items citing quotes), ' +
        'files in `bench/out/scale/`. Cells where the quotes alone would not fit in the source are n/a. ' +
        '*check*: `cargo run --release -q -p explainer-cli -- check FILE`, median (min–max) of 3, nothing subtracted; *binary*: `target/release/explainer check FILE` alone. ' +
        `*site build*: \`cargo run --release -q -p explainer-cli -- build FILE --template bench/out/dist --out /tmp/bench-site-… --force --no-share-pages\` (the copy of \`dist/\` as template; the pre-rendered page without the per-quote share pages, which \`explainer build\` writes by default; the 1,000-quote, 1 MB cell is built a second time with them, by the release binary, for the budget lines on the whole site), killed after ${BUILD_TIMEOUT_MS / 1000} s ("timeout"; the cells behind it are skipped). ` +
        `*index.html*: the built page, raw / gzip -9. Browser columns: ${SCALE_RUNS} fresh-context run${SCALE_RUNS === 1 ? "" : "s"} (1 when a load takes over 15 s), median; ` +
        '*load → interactive* and *load → live* as in section 2 with the first card; *expand*, *source view*, *deep link*: `performance.now()` around the action dispatched in the page ' +
        '(a `click()` on a card toggle in the middle of the list ×3 per run; a click on `#tab-source` until `#panel-source` shows; `location.hash = "#quote-<last id>"` until that card is expanded)' +
        '; *busy*: the main thread\'s time for it, from the action until a MutationObserver saw the result, plus the rendering ' +
        '(rAF callbacks, style, layout, paint) of the first frame that shows it, without the idle wait for that frame to start; in brackets *shown*: from the action until that frame was rendered, wait included ' +
        '(the wait depends on where in the 16.7 ms cycle the action fell; a random delay before each action spreads it). The 16 ms budget is on *busy*. ' +
        `*Wasm memory*: the byte length of the Wasm's \`WebAssembly.Memory\` (caught by wrapping \`WebAssembly.instantiateStreaming\`); *page memory*: \`${memApi}\` ` +
        '(the site is served cross-origin isolated so the API is available, with `--enable-blink-features=ForceEagerMeasureMemory`). Memory is read after all interactions.',
      '',
      table(
        ['quotes', 'source', 'JSON', 'check (cargo run)', 'check (binary)', 'site build', 'index.html raw / gz', 'load → interactive', 'load → live', 'expand busy (shown)', 'source view busy (shown)', 'deep link busy (shown)', 'Wasm memory', 'page memory'],
        rows,
        ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ), '');
    const notes = cells.filter((c) => c.note && c.content).map((c) => `- \`${c.name}\`: ${c.note}`);
    if (notes.length) out.push('Notes:', '', ...notes, '');

    const steps = growthSteps(cells);
    if (steps.length) {
      out.push('### Growth', '',
        `Each cell: the cost at the bigger size divided by the cost at the smaller one, along the quotes (same source), along the source (same quotes), and both together ` +
          `(the article and its quotes ten times larger, where a cost that depends on quotes × text shows as ~100×); for a step that is not 10× (1,000 → 5,000 quotes) the rate is also given per 10× in brackets. ` +
          `⚠ marks a step that costs more than ${GROWTH_LIMIT}× per 10× content (worse than linear, with room for noise), counted only when the bigger value is above the metric's noise floor ` +
          `(${METRICS.map((m) => `${m.label} ${m.floor >= 1000 ? `${m.floor / 1000} s` : `${Math.round(m.floor)} ms`}`).join(', ')}).`,
        '',
        table(['step', ...METRICS.map((m) => m.label)], steps.map((s) => [
          s.label,
          ...METRICS.map((m) => {
            const g = s.per[m.key];
            if (!g) return '–';
            const r = `×${g.ratio.toFixed(g.ratio < 10 ? 2 : 1)}`;
            return `${r}${Math.abs(s.factor - 10) > 0.01 ? ` (×${g.per10.toFixed(1)}/10×)` : ''}${g.flagged ? ' ⚠' : ''}`;
          }),
        ]), ['', ...METRICS.map(() => 'r')]), '');
    }

    // Budget: interactions at 1,000 quotes.
    const thousand = cells.filter((c) => c.quotes === 1000 && c.content);
    for (const c of thousand) {
      const expand = c.m ? median(c.m.expand) : NaN;
      line(
        Number.isFinite(expand) ? expand <= 16 : null,
        `expanding a quote at 1,000 quotes, ${cellSourceLabel(c)} source: ${Number.isFinite(expand) ? `${ms(expand)} of main-thread work and rendering (on screen ${ms(median(c.m.expandShown))} after the action)` : `not measured (${c.note ?? 'no data'})`} ≤ 16 ms`,
      );
      // A deep link is held to the browser's own floor: the same fragment
      // navigation on a static page of the same quotes as <details>.
      const deep = c.m ? median(c.m.deep) : NaN;
      const floor = median(c.staticDeep?.deep ?? []);
      const ratio = deep / floor;
      line(
        Number.isFinite(ratio) ? ratio <= 1.3 : null,
        `following a deep link at 1,000 quotes, ${cellSourceLabel(c)} source: ` +
          (Number.isFinite(ratio)
            ? `${ms(deep)} busy (on screen ${ms(median(c.m.deepShown))}) against ${ms(floor)} on the static page (on screen ${ms(median(c.staticDeep.deepShown))}): ${ratio.toFixed(2)}× ≤ 1.3×`
            : `not measured (${c.note ?? c.staticDeep?.error ?? 'no data'})`),
      );
    }
    const shareBuilt = cells.find((c) => c.quotes === SHARE_BUILD_QUOTES && c.source === SHARE_BUILD_SOURCE && !c.reports);
    const share = shareBuilt?.shareBuild;
    const shareLabel = `a site build with share pages at 1,000 quotes / ${sourceLabel(SHARE_BUILD_SOURCE)} source`;
    if (!share) line(null, `${shareLabel}: not built (${shareBuilt?.note ?? 'no such cell in this run'})`);
    else if (share.note) line(false, `${shareLabel}: ${share.note}`);
    else {
      line(share.ms <= 10_000, `${shareLabel} (${share.pages} share pages and card images, pre-compressed): ${ms(share.ms)} ≤ 10 s`);
      line(share.bytes <= 60e6, `${shareLabel}: ${(share.bytes / 1e6).toFixed(1)} MB on disk ≤ 60 MB`);
    }
    if (thousand.length === 0) line(null, 'expanding a quote and following a deep link at 1,000 quotes: no 1,000-quote cell in this run (--cells)');
    else if (!thousand.some((c) => c.m)) line(false, 'expanding a quote and following a deep link at 1,000 quotes: no 1,000-quote cell could be measured');
    for (const m of METRICS) {
      const flagged = steps.filter((s) => s.per[m.key]?.flagged);
      const measured = steps.filter((s) => s.per[m.key]);
      if (!measured.length) {
        line(null, `growth of ${m.label}: not measured`);
        continue;
      }
      const worst = measured.reduce((a, s) => (s.per[m.key].per10 > a.per[m.key].per10 ? s : a));
      line(
        flagged.length === 0,
        `growth of ${m.label} at most ~linear (≤ ${GROWTH_LIMIT}× per 10× content): ` +
          (flagged.length
            ? flagged.map((s) => `${s.label} ×${s.per[m.key].per10.toFixed(1)}/10×`).join('; ')
            : `worst step ${worst.label} ×${worst.per[m.key].per10.toFixed(1)}/10×`),
      );
    }
  }

  // 4
  out.push('## 4. The Studio', '');
  if (studio) {
    out.push(...studioSection(studio, sizes));
  } else {
    out.push('Not measured: `dist/studio/` was not built (`scripts/test.sh build` builds it; `scripts/bench.sh` does without `--no-build`).', '');
  }

  // 4b
  out.push('### Drafts: the speaker guessed', '');
  if (drafts?.languages) {
    out.push(
      'The share of quotes whose speaker the draft (`explainer new`, the Studio\'s paste: the library\'s `scaffold`) guesses right, ' +
        'over the fictional articles of `tests/data/drafts/<language>/`, each quote\'s speaker recorded beside it by the author ' +
        `(\`cargo ${DRAFT_SPEAKERS.join(' ')}\`; \`tests/draft_speakers.rs\` holds the same bar).`,
      '',
      table(['language', 'articles', 'quotes', 'speaker right', 'share'], drafts.languages.map((l) => [
        l.language, l.articles, l.quotes, l.right, `${(100 * l.share).toFixed(1)} %`,
      ]), ['', 'r', 'r', 'r', 'r']), '');
    for (const l of drafts.languages) {
      line(l.share >= DRAFT_SPEAKER_BAR, `${l.language}: speaker guessed right: ${Math.floor(100 * l.share)} % (≥ ${100 * DRAFT_SPEAKER_BAR} %), ${l.right} of ${l.quotes} quotes`);
    }
  } else {
    out.push(`Not measured: ${drafts?.error ?? 'skipped'}.`, '');
    line(null, `speaker guessed right in drafts (≥ ${100 * DRAFT_SPEAKER_BAR} % per language): not measured`);
  }

  const failed = budget.some((b) => b.status === 'FAIL');
  out.push('## 5. Budget', '', ...budget.map((b) => `- **${b.status}** ${b.text}`), '',
    failed ? '`scripts/bench.sh` exited 1: at least one budget line failed.' : 'Every measured budget line passed.', '');

  // The one hand-written part: what each change bought, kept in bench/CHANGES.md
  // (measured with this command before and after the change) and copied in here.
  try {
    const changes = readFileSync(new URL('./CHANGES.md', import.meta.url), 'utf8').trim();
    if (changes) out.push('## 6. What each change bought', '', changes, '');
  } catch {
    // No CHANGES.md: nothing to add.
  }

  const head = [
    '# Benchmarks', '',
    `Written by \`scripts/bench.sh\` (\`bench/run.mjs\`) on ${info.date}, in ${elapsed().toFixed(0)} s (the benchmark itself, after the builds). Do not edit by hand: run the command again.`,
    '',
    table(['machine', ''], [
      ['date', info.date],
      ['cores (`nproc`)', info.nproc],
      ['CPU', info.cpu],
      ['memory', info.memory],
      ['browser', info.chromium],
      ['Node.js', info.node],
      ['Rust', info.rustc],
      ['commit', info.commit],
      ['load average at the start (1, 5, 15 min)', info.load],
      ['load average at the end', loadavg().map((x) => x.toFixed(2)).join(', ')],
    ]), '',
  ];
  const markdown = [...head, ...out].join('\n');
  return { markdown, text: markdown, failed };
}

main().catch((e) => {
  console.error(`bench: ${e.stack ?? e}`);
  process.exit(2);
});
