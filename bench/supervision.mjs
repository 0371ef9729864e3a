// Supervision benchmark (issue 7): how fast the gateway's projections absorb events, and how long a write in a
// service takes to reach a connected screen as an SSE frame. Runs against the running system (./run.sh) and writes
// its figures, the machine and the date into docs/benchmarks.md between the "supervision" markers.
//
//   node bench/supervision.mjs [--rates 5,20] [--seconds 30] [--no-rebuild]
//
// ./bench/run.sh runs it against its own stack (BASE_URL, KEYCLOAK_URL; BENCH_CONTEXT says how in the doc).
//
// Write-to-frame: a coordinator's screen is connected to /api/supervision/stream; families are registered through
// the gateway (POST /api/family/families, an open-model schedule at a constant rate, not a closed loop) in 翔安区.
// The k-th registration's latency is from its HTTP 201 to the first frame whose 翔安区 count includes it.
// Absorption: POST /api/supervision/rebuild replays every topic from offset zero through the live projections.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { execSync } from 'node:child_process';

const BASE = process.env.BASE_URL ?? 'http://localhost:8080';
const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://localhost:8180/realms/nuanxin';
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RATES = arg('rates', '5,20').split(',').map(Number);
const SECONDS = Number(arg('seconds', '30'));
const REBUILD = !args.includes('--no-rebuild');
const XIANGAN = '350213';

async function token(user) {
  const response = await fetch(`${KEYCLOAK}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `grant_type=password&client_id=nuanxin-cli&username=${user}&password=nuanxin`,
  });
  if (!response.ok) throw new Error(`login failed: ${response.status}`);
  return (await response.json()).access_token;
}

/** An identity number with a valid GB 11643 check character, born 1945–1965 in 翔安区. */
function idNumber() {
  const year = 1945 + Math.floor(Math.random() * 20);
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const seq = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  const first17 = `350213${year}${month}${day}${seq}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** Follows the stream; calls onCount(n, at) with 翔安区's family count of every snapshot frame. */
async function follow(accessToken, onCount, signal) {
  const response = await fetch(`${BASE}/api/supervision/stream`, {
    headers: { authorization: `Bearer ${accessToken}`, accept: 'text/event-stream' },
    signal,
  });
  if (!response.ok) throw new Error(`stream: ${response.status}`);
  const decoder = new TextDecoder();
  let buffer = '';
  const pattern = new RegExp(`"districtCode":"${XIANGAN}","districtName":"[^"]+","families":(\\d+)`);
  (async () => {
    try {
      for await (const chunk of response.body) {
        const at = performance.now();
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const match = frame.match(pattern);
          if (match) onCount(Number(match[1]), at);
        }
      }
    } catch {
      // aborted at the end of the run
    }
  })();
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function writeToFrame(accessToken, rate) {
  let latestCount = -1;
  const waiters = [];
  const controller = new AbortController();
  await follow(accessToken, (count, at) => {
    latestCount = count;
    for (const w of waiters) if (!w.done && count >= w.count) { w.done = true; w.resolve(at); }
  }, controller.signal);
  while (latestCount < 0) await new Promise((r) => setTimeout(r, 50));
  const base = latestCount;
  let registered = 0;
  const latencies = [];
  const failures = [];
  const pending = [];
  const total = rate * SECONDS;
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push((async () => {
      const response = await fetch(`${BASE}/api/family/families`, {
        method: 'POST',
        headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          category: 'BEREAVED', districtCode: XIANGAN, street: '新店街道', community: '洪前社区',
          address: `洪前路 ${i + 1} 号`,
          members: [{ name: '陈秀英', relation: 'MOTHER', idNumber: idNumber(), phone: '13906001122', livingAlone: true }],
        }),
      });
      const createdAt = performance.now();
      if (response.status !== 201) { failures.push(response.status); return; }
      registered++;
      const expected = base + registered;
      const seen = await new Promise((resolve) => {
        if (latestCount >= expected) resolve(performance.now());
        else waiters.push({ count: expected, resolve, done: false });
      });
      latencies.push(Math.max(0, seen - createdAt));
    })());
  }
  await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, 60_000))]);
  controller.abort();
  latencies.sort((a, b) => a - b);
  return {
    rate, sent: total, created: registered, failures: failures.length,
    p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.at(-1),
    achieved: registered / ((performance.now() - started) / 1000),
  };
}

async function rebuild(accessToken) {
  const response = await fetch(`${BASE}/api/supervision/rebuild`, {
    method: 'POST', headers: { authorization: `Bearer ${accessToken}` },
  });
  if (!response.ok) throw new Error(`rebuild: ${response.status}`);
  return response.json();
}

function machine() {
  const cpus = os.cpus();
  let java = '';
  try { java = execSync('java -version 2>&1').toString().split('\n')[0]; } catch { /* none */ }
  return `${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, ${java}, Node ${process.version}`;
}

const accessToken = await token('city');
const results = [];
for (const rate of RATES) {
  console.log(`write-to-frame at ${rate} registrations/s for ${SECONDS} s …`);
  const r = await writeToFrame(accessToken, rate);
  console.log(r);
  results.push(r);
}
let absorbed;
let rebuildFailure;
if (REBUILD) {
  console.log('rebuilding the read models from offset zero …');
  try {
    absorbed = await rebuild(await token('city'));
    console.log(absorbed);
  } catch (e) {
    // the write-to-frame figures are still worth writing
    rebuildFailure = `${e.message}${e.cause ? ` (${e.cause.code ?? e.cause.message})` : ''}`;
    console.log(`rebuild failed: ${rebuildFailure}`);
  }
}

const ms = (v) => (Number.isFinite(v) ? v.toFixed(0) : '–');
const section = [
  '<!-- supervision:start -->',
  '## Supervision: projections and live push (gateway)',
  '',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC ${process.env.BENCH_CONTEXT ?? `by \`node bench/supervision.mjs\` against \`./run.sh\` with the demo data, on ${machine()}`}. Everything (PostgreSQL, Kafka, Keycloak, four services, gateway, the load) shares the machine.`,
  '',
  '**Write to frame**: families registered through the gateway at a constant rate (open model), time from each HTTP 201 to the first SSE frame that counts it, on one connected coordinator screen (frames coalesce changes within 100 ms).',
  '',
  '| registrations/s | sent | created | errors | achieved/s | p50 ms | p99 ms | max ms |',
  '|---|---|---|---|---|---|---|---|',
  ...results.map((r) => `| ${r.rate} | ${r.sent} | ${r.created} | ${r.failures} | ${r.achieved.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} |`),
  '',
  absorbed
    ? `**Projection absorption**: a rebuild replayed ${absorbed.events} events (${absorbed.skipped} skipped as unappliable) from offset zero through the live projections in ${(absorbed.millis / 1000).toFixed(1)} s: **${((absorbed.events / absorbed.millis) * 1000).toFixed(0)} events/s**, one transaction per event.`
    : rebuildFailure
      ? `**Projection absorption**: not measured in this run: \`POST /api/supervision/rebuild\` failed (${rebuildFailure}).`
      : '**Projection absorption**: not measured in this run (`--no-rebuild`).',
  '<!-- supervision:end -->',
].join('\n');

const path = new URL('../docs/benchmarks.md', import.meta.url);
if (!existsSync(new URL('../docs/', import.meta.url))) mkdirSync(new URL('../docs/', import.meta.url));
let doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n\nFigures written by the harnesses in `bench/`; each section says when, where and how it was measured.\n';
doc = doc.includes('<!-- supervision:start -->')
  ? doc.replace(/<!-- supervision:start -->[\s\S]*<!-- supervision:end -->/, section)
  : `${doc.trimEnd()}\n\n${section}\n`;
writeFileSync(path, doc);
console.log(`written to ${path.pathname}`);
// the stream's connection may linger; the measurement is done
process.exit(0);
