// Prints where the Playwright suite's time went, from the JSON report that
// playwright.config.ts writes (e2e/report/results.json): each spec file's
// tests, their time summed over both projects, slowest first, and the totals.
// The suite runs on two workers, so the wall time is about half the sum.
//
//   node e2e/timings.mjs [REPORT] [--top N]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : Infinity;
const file = args[0] ?? 'e2e/report/results.json';
const report = JSON.parse(readFileSync(file, 'utf8'));

/** Seconds per spec file, per project, and its test count. */
const specs = new Map();
const walk = (suite) => {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      const entry = specs.get(spec.file) ?? { tests: 0, projects: {} };
      const ms = (test.results ?? []).reduce((sum, result) => sum + (result.duration ?? 0), 0);
      entry.tests += 1;
      entry.projects[test.projectName] = (entry.projects[test.projectName] ?? 0) + ms / 1000;
      specs.set(spec.file, entry);
    }
  }
  for (const child of suite.suites ?? []) walk(child);
};
for (const suite of report.suites ?? []) walk(suite);

const projects = [...new Set([...specs.values()].flatMap((e) => Object.keys(e.projects)))].sort();
const rows = [...specs.entries()]
  .map(([file, e]) => ({ file, tests: e.tests, each: projects.map((p) => e.projects[p] ?? 0) }))
  .map((row) => ({ ...row, total: row.each.reduce((a, b) => a + b, 0) }))
  .sort((a, b) => b.total - a.total);
const sum = rows.reduce((a, r) => a + r.total, 0);
const pad = (text, width) => String(text).padStart(width);
console.log(`${'spec'.padEnd(44)} ${pad('tests', 5)} ${projects.map((p) => pad(p, 8)).join(' ')} ${pad('total s', 8)}`);
for (const row of rows.slice(0, top)) {
  console.log(
    `${row.file.padEnd(44)} ${pad(row.tests, 5)} ${row.each.map((s) => pad(s.toFixed(1), 8)).join(' ')} ${pad(row.total.toFixed(1), 8)}`,
  );
}
const wall = (report.stats?.duration ?? 0) / 1000;
console.log(
  `${rows.length} specs, ${rows.reduce((a, r) => a + r.tests, 0)} tests: ${sum.toFixed(0)} s of test time, ${wall.toFixed(0)} s on the clock`,
);
