// Browser benchmark: the coordinators' dashboard in Chromium (playwright-core from frontend/node_modules), as the city
// coordinator sees it after logging in: first paint, first contentful paint, DOM content loaded, load, and "time to
// interactive" taken as the moment the dashboard shows its figures (the total of families rendered from the
// supervision API), each from the navigation's start; and what the bundle weighs (JS and CSS as served, and
// uncompressed). ./bench/run.sh runs it against its own stack (BASE_URL, KEYCLOAK_URL) and writes the section.
//
//   node bench/browser.mjs [--runs 5]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHROMIUM, CHROMIUM_ARGS, BASE_URL, logIn } from '../frontend/e2e/support.mjs';

const require = createRequire(new URL('../frontend/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const args = process.argv.slice(2);
const RUNS = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 5);

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const samples = [];
let bundle;
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(BASE_URL);
  await logIn(page, 'city');
  await page.locator('[data-testid=total-families]').waitFor({ timeout: 60_000 });
  for (let i = 0; i < RUNS + 1; i++) {
    await page.reload({ waitUntil: 'commit' });
    await page.waitForFunction(
      () => /\d/.test(document.querySelector('[data-testid=total-families]')?.textContent ?? ''),
      undefined, { timeout: 60_000, polling: 'raf' });
    const figures = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const paint = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]));
      const resources = performance.getEntriesByType('resource')
        .filter((r) => /\.(js|css)(\?|$)/.test(r.name) && r.name.startsWith(location.origin));
      return {
        interactive: performance.now(),
        firstPaint: paint['first-paint'],
        firstContentfulPaint: paint['first-contentful-paint'],
        domContentLoaded: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
        resources: resources.map((r) => ({ name: r.name.replace(location.origin, ''), transfer: r.transferSize,
          encoded: r.encodedBodySize, decoded: r.decodedBodySize })),
      };
    });
    if (i === 0) { bundle = figures.resources; continue; } // the first reload fills the cache; not counted
    samples.push(figures);
  }
  await context.close();
} finally {
  await browser.close();
}

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};
const ms = (v) => (Number.isFinite(v) ? v.toFixed(0) : '–');
const kb = (v) => (v / 1024).toFixed(1);
const row = (name, key) => `| ${name} | ${ms(median(samples.map((s) => s[key])))} | ${ms(Math.min(...samples.map((s) => s[key])))} | ${ms(Math.max(...samples.map((s) => s[key])))} |`;
const encoded = bundle.reduce((s, r) => s + r.encoded, 0);
const decoded = bundle.reduce((s, r) => s + r.decoded, 0);
console.log({ samples: samples.map(({ resources, ...rest }) => rest), bundle });

const section = [
  '<!-- browser:start -->',
  '## Browser: the dashboard in Chromium',
  '',
  `${process.env.BENCH_CONTEXT ?? 'Measured by `node bench/browser.mjs`.'}`,
  '',
  `The city coordinator logged in once (Keycloak's page), then the dashboard reloaded ${RUNS} times (after one reload that fills the cache), headless Chromium (\`${CHROMIUM}\`, ${CHROMIUM_ARGS.join(' ')}) on the same machine; times from the navigation's start (Performance API). *Interactive* is when the dashboard shows its total of families, rendered from the supervision API after the token check, which is when a coordinator can use it. The data: what this run's load put into the read models, not the demo data.`,
  '',
  '| metric | median ms | min ms | max ms |',
  '|---|---|---|---|',
  row('first paint', 'firstPaint'),
  row('first contentful paint', 'firstContentfulPaint'),
  row('DOM content loaded', 'domContentLoaded'),
  row('load', 'load'),
  row('interactive (figures shown)', 'interactive'),
  '',
  `**Bundle**: ${bundle.length} JS and CSS files, ${kb(encoded)} KiB as served (${kb(decoded)} KiB uncompressed): ${bundle.map((r) => `\`${r.name}\` ${kb(r.encoded)} KiB`).join(', ')}.`,
  '<!-- browser:end -->',
].join('\n');

const path = new URL('../docs/benchmarks.md', import.meta.url);
let doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
doc = doc.includes('<!-- browser:start -->')
  ? doc.replace(/<!-- browser:start -->[\s\S]*<!-- browser:end -->/, section)
  : `${doc.trimEnd()}\n\n${section}\n`;
writeFileSync(path, doc);
console.log(`written to ${path.pathname}`);
process.exit(0);
