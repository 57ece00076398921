// Runs one figure's scenario against a Host that run.sh has started: warms every endpoint up,
// measures them one after the other in the same run, prints a table for people and one JSON line
// per figure for machines, and exits 1 when a figure misses its target.
//
// A scenario is bench/scenarios/<figure>.mjs exporting
//   plan({ baseUrl, connections }) -> { endpoints: [{ key, label, path, method?, headers?, body? } | { key, label, run(seconds) }],
//                          baseline: key, figures(results, baseline) -> [{ figure, value, target, better }],
//                          peakWorkingSetTargetMb?, connections? }
// A plan's connections (the concurrency its figure is defined at: 8 teachers for progress) replace BENCH_CONNECTIONS.
// An endpoint with run(seconds) measures itself (its own load, or a process that is not HTTP) and
// resolves to { times: [ms...], seconds, failures }.
// where better is 'higher' (value >= target), 'lower' (value <= target) or null (informational).
import { readdirSync, readFileSync } from 'node:fs';
import { measure } from './load.mjs';

const figure = process.argv[2];
const baseUrl = process.env.BENCH_BASE_URL;
const hostPid = process.env.BENCH_HOST_PID;
const asked = Number(process.env.BENCH_CONNECTIONS ?? 32);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 4);

const scenario = await import(new URL(`../scenarios/${figure}.mjs`, import.meta.url));
const plan = await scenario.plan({ baseUrl, connections: asked });
const connections = plan.connections ?? asked;

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
// Then more passes until the Host's tiered-compilation thread is quiet: on a crowded machine it starves
// and was still recompiling hot methods in the measured rounds (a third of the Host's CPU in one
// profile), which measures the JIT's warm-up, not the path. Bounded, so the run stays short.
const maxExtraPasses = Number(process.env.BENCH_WARMUP_MAX_EXTRA_PASSES ?? 6);
const jitQuietShare = 0.02;
for (let pass = 1; ; pass++) {
  const jitBefore = jitTicks(hostPid);
  const started = Date.now();
  for (const endpoint of plan.endpoints) {
    process.stderr.write(`warming up ${endpoint.label} (pass ${pass}, ${warmupSeconds} s)\n`);
    await run(endpoint, warmupSeconds);
  }
  const jitShare = jitBefore === null ? 0 : (ticksSince(jitBefore, jitTicks(hostPid)) * 10) / (Date.now() - started);
  process.stderr.write(`  the Host's tiered compilation used ${(100 * jitShare).toFixed(1)}% of a core in pass ${pass}\n`);
  if (pass >= warmupPasses && (jitShare < jitQuietShare || pass >= warmupPasses + maxExtraPasses)) {
    break;
  }
}

// The measured time of each endpoint is split into rounds that take turns (live, regions, me, live,
// ...), so a drift in what else the machine is doing falls on every endpoint alike and the ratios
// stay fair even on a shared, busy machine.
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const slice = Math.max(1, Math.round(seconds / rounds));
const parts = Object.fromEntries(plan.endpoints.map((e) => [e.key, []]));
// The Host's CPU time while each endpoint ran, per request: unlike req/s, it hardly moves when
// something else on the machine takes the cores, so it shows what a change saved.
const hostTicks = Object.fromEntries(plan.endpoints.map((e) => [e.key, 0]));
for (let round = 1; round <= rounds; round++) {
  for (const endpoint of plan.endpoints) {
    process.stderr.write(`measuring ${endpoint.label} (round ${round}/${rounds}, ${slice} s, ${connections} connections)\n`);
    const before = cpuTicks(hostPid);
    parts[endpoint.key].push(await run(endpoint, slice));
    hostTicks[endpoint.key] += cpuTicks(hostPid) - before;
  }
}
const results = Object.fromEntries(Object.entries(parts).map(([key, list]) => [key, {
  ...combine(list),
  // /proc counts in clock ticks of 10 ms (USER_HZ = 100 on Linux).
  hostCpuMsPerRequest: (hostTicks[key] * 10) / Math.max(1, list.reduce((n, r) => n + r.times.length, 0)),
}]));

const base = results[plan.baseline];
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const rows = plan.endpoints.map((e) => {
  const r = results[e.key];
  return [e.label, fmt(r.rps, 0), fmt(r.p50), fmt(r.p95), fmt(r.p99), fmt(r.rps / base.rps, 2), String(r.failures), fmt(r.hostCpuMsPerRequest, 3), fmt(r.kbPerResponse, 1)];
});
const header = ['endpoint', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', `× ${plan.baseline}`, 'failed', 'Host CPU ms/req', 'KB/resp'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';

const peakKb = peakWorkingSetKb(hostPid);
console.log('');
console.log(`${figure}: ${connections} connections, ${rounds} × ${slice} s each (taking turns) after ${warmupSeconds} s warm-up passes per endpoint until the Host's JIT was quiet, same run`);
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
    // What a response weighs on the wire (headers included): JSON, the kernel and the client all pay per byte.
    kbPerResponse: times.length === 0 || list.some((r) => typeof r.bytes !== 'number') ? NaN : list.reduce((n, r) => n + r.bytes, 0) / times.length / 1024,
    failures: list.reduce((n, r) => n + r.failures, 0),
  };
}

/**
 * CPU ticks of the runtime's background JIT threads (".NET Tiered Compilation Worker", cut to 15
 * characters), by thread id, or null when they cannot be read. The worker exits when idle and a new
 * one starts later, hence by thread.
 */
function jitTicks(pid) {
  try {
    const ticks = new Map();
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      if (readFileSync(`/proc/${pid}/task/${task}/comm`, 'utf8').startsWith('.NET Tiered Com')) {
        const fields = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8').split(') ')[1].split(' ');
        ticks.set(task, Number(fields[11]) + Number(fields[12]));
      }
    }
    return ticks;
  } catch {
    return null;
  }
}

function ticksSince(before, after) {
  let sum = 0;
  for (const [task, ticks] of after ?? []) sum += ticks - (before.get(task) ?? 0);
  return sum;
}

function cpuTicks(pid) {
  try {
    // Fields after the command name: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function peakWorkingSetKb(pid) {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+)\s+kB/m);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
