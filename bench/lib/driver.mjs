// Runs one figure's scenario against a Host that run.sh has started: warms every endpoint up,
// measures them one after the other in the same run, prints a table for people and one JSON line
// per figure for machines, and exits 1 when a figure misses its target.
//
// A scenario is bench/scenarios/<figure>.mjs exporting
//   plan({ baseUrl, connections }) -> { endpoints: [{ key, label, path, method?, headers?, body? } | { key, label, run(seconds) }],
//                          baseline: key, figures(results, baseline) -> [{ figure, value, target, better }],
//                          peakWorkingSetTargetMb? }
// An endpoint with run(seconds) measures itself (its own load, or a process that is not HTTP) and
// resolves to { times: [ms...], seconds, failures }.
// where better is 'higher' (value >= target), 'lower' (value <= target) or null (informational).
import { readFileSync } from 'node:fs';
import { measure } from './load.mjs';

const figure = process.argv[2];
const baseUrl = process.env.BENCH_BASE_URL;
const hostPid = process.env.BENCH_HOST_PID;
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 4);

const scenario = await import(new URL(`../scenarios/${figure}.mjs`, import.meta.url));
const plan = await scenario.plan({ baseUrl, connections });

const run = (endpoint, duration) => endpoint.run ? endpoint.run(duration) : measure({
  url: baseUrl + endpoint.path,
  method: endpoint.method,
  headers: endpoint.headers,
  body: endpoint.body,
  connections,
  seconds: duration,
});

// Warm-up: JIT tiering, connection pools, prepared statements, caches. Several passes over every
// endpoint: under full load the background tier-1 JIT competes with the requests for the two cores,
// and one short pass measured the first round at about half the steady rate.
const warmupPasses = Math.max(1, Number(process.env.BENCH_WARMUP_PASSES ?? 3));
for (let pass = 1; pass <= warmupPasses; pass++) {
  for (const endpoint of plan.endpoints) {
    process.stderr.write(`warming up ${endpoint.label} (pass ${pass}/${warmupPasses}, ${warmupSeconds} s)\n`);
    await run(endpoint, warmupSeconds);
  }
}

// The measured time of each endpoint is split into rounds that take turns (live, regions, me, live,
// ...), so a drift in what else the machine is doing falls on every endpoint alike and the ratios
// stay fair even on a shared, busy machine.
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const slice = Math.max(1, Math.round(seconds / rounds));
const parts = Object.fromEntries(plan.endpoints.map((e) => [e.key, []]));
for (let round = 1; round <= rounds; round++) {
  for (const endpoint of plan.endpoints) {
    process.stderr.write(`measuring ${endpoint.label} (round ${round}/${rounds}, ${slice} s, ${connections} connections)\n`);
    parts[endpoint.key].push(await run(endpoint, slice));
  }
}
const results = Object.fromEntries(Object.entries(parts).map(([key, list]) => [key, combine(list)]));

const base = results[plan.baseline];
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const rows = plan.endpoints.map((e) => {
  const r = results[e.key];
  return [e.label, fmt(r.rps, 0), fmt(r.p50), fmt(r.p95), fmt(r.p99), fmt(r.rps / base.rps, 2), String(r.failures)];
});
const header = ['endpoint', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', `× ${plan.baseline}`, 'failed'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';

const peakKb = peakWorkingSetKb(hostPid);
console.log('');
console.log(`${figure}: ${connections} connections, ${rounds} × ${slice} s each (taking turns) after ${warmupPasses} × ${warmupSeconds} s warm-up per endpoint, same run`);
console.log(line(header));
console.log('| ' + widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ') + ' |');
rows.forEach((r) => console.log(line(r)));
console.log(`Host peak working set (VmHWM): ${peakKb === null ? 'n/a' : (peakKb / 1024).toFixed(0) + ' MB'}`);
console.log('');

const figures = [
  ...plan.figures(results, base),
  { figure: `${figure}.failures`, value: Object.values(results).reduce((n, r) => n + r.failures, 0), target: 0, better: 'lower' },
  {
    figure: `${figure}.host.peak_working_set_mb`,
    value: peakKb === null ? null : Math.round(peakKb / 1024),
    target: plan.peakWorkingSetTargetMb ?? null,
    better: plan.peakWorkingSetTargetMb ? 'lower' : null,
  },
];
let missed = 0;
for (const f of figures) {
  const value = typeof f.value === 'number' ? Math.round(f.value * 1000) / 1000 : f.value;
  const ok = f.better === 'higher' ? value >= f.target : f.better === 'lower' ? value <= f.target : true;
  if (!ok) missed++;
  console.log(JSON.stringify({ figure: f.figure, value, target: f.target, ok }));
}
process.exit(missed === 0 ? 0 : 1);

function combine(list) {
  const times = list.flatMap((r) => r.times).sort((a, b) => a - b);
  const seconds = list.reduce((n, r) => n + r.seconds, 0);
  const at = (q) => (times.length === 0 ? NaN : times[Math.min(times.length - 1, Math.floor(q * times.length))]);
  return {
    rps: times.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    requests: times.length,
    failures: list.reduce((n, r) => n + r.failures, 0),
  };
}

function peakWorkingSetKb(pid) {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+)\s+kB/m);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
