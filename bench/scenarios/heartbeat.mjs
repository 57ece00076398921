// The heartbeat path (issue 9): simulated players that follow the protocol — each a teacher of its
// own, enrolled in the demo program, with a real playback of the demo's 45-minute lecture, sending
// heartbeats back to back with sequence numbers going up and positions that advance at 1×–2× by the
// real clock (so every heartbeat is believable and credited) — against the baseline measured in
// the same run: the same segment and watch-time update sent straight to PostgreSQL with Npgsql, one
// statement per heartbeat, at the same concurrency (bench/baseline, built by run.sh).
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';

const password = 'Xueshi2026';
const programTitle = '演示专题：平台学习规则体验';

export async function plan({ baseUrl, connections }) {
  const api = async (method, path, body, token) => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };

  const programs = await api('GET', '/api/v1/programs?status=open&pageSize=50', undefined, await demoToken(api));
  const program = programs.items.find((p) => p.title === programTitle);
  if (!program) throw new Error(`The demo program ${programTitle} is not open.`);
  const detail = await api('GET', `/api/v1/programs/${program.id}`, undefined, await demoToken(api));
  let lecture;
  for (const course of detail.courses) {
    const page = await api('GET', `/api/v1/programs/${program.id}/courses/${course.courseId}`, undefined, await demoToken(api));
    lecture ??= page.chapters.flatMap((c) => c.resources).find((r) => (r.durationSeconds ?? 0) >= 2600);
  }
  if (!lecture) throw new Error('The demo program has no 45-minute lecture.');

  const legal = await api('GET', '/api/v1/legal-documents');
  const versions = Object.fromEntries(legal.map((d) => [d.kind, d.version]));
  const players = [];
  for (let i = 0; i < connections; i++) {
    const phone = `1390${String(Date.now() % 10000).padStart(4, '0')}${String(i).padStart(3, '0')}`;
    await api('POST', '/api/v1/auth/sms-codes', { phone, purpose: 'register' });
    const messages = await api('GET', `/api/v1/dev/sms-messages?phone=${phone}`);
    const code = messages.find((m) => m.purpose.toLowerCase() === 'register').code;
    const account = await api('POST', '/api/v1/accounts', {
      phone, smsCode: code, password, identity: 'teacher', nickname: `压测教师${i + 1}`,
      userAgreementVersion: versions.userAgreement, privacyPolicyVersion: versions.privacyPolicy,
    });
    const { accessToken } = await api('POST', '/api/v1/auth/tokens', { phone, password });
    await api('POST', `/api/v1/programs/${program.id}/enrollment`, undefined, accessToken);
    const playback = await api('POST', `/api/v1/programs/${program.id}/resources/${lecture.id}/playbacks`, {}, accessToken);
    players.push({
      teacherId: account.accountId, token: accessToken, playbackId: playback.playbackId,
      rate: 1 + (i % 5) * 0.25, position: 0, sequence: 0, lastAt: Date.now(),
    });
  }

  return {
    baseline: 'npgsql',
    peakWorkingSetTargetMb: 300,
    endpoints: [
      { key: 'api', label: 'POST /api/v1/playbacks/{id}/heartbeats', run: (seconds) => heartbeats(baseUrl, players, seconds) },
      { key: 'npgsql', label: 'Npgsql, one statement per heartbeat', run: (seconds) => baseline(players, seconds) },
    ],
    figures: (r, base) => [
      { figure: 'heartbeat.api.rps', value: r.api.rps, target: null, better: null },
      { figure: 'heartbeat.baseline.rps', value: base.rps, target: null, better: null },
      { figure: 'heartbeat.ratio', value: r.api.rps / base.rps, target: 1.0, better: 'higher' },
      { figure: 'heartbeat.api.p50_ms', value: r.api.p50, target: null, better: null },
      { figure: 'heartbeat.api.p95_ms', value: r.api.p95, target: null, better: null },
      { figure: 'heartbeat.api.p99_ms', value: r.api.p99, target: 25, better: 'lower' },
      { figure: 'heartbeat.baseline.p99_ms', value: base.p99, target: null, better: null },
      { figure: 'heartbeat.api.host_cpu_ms_per_request', value: r.api.hostCpuMsPerRequest, target: null, better: null },
    ],
  };
}

let demo;
async function demoToken(api) {
  demo ??= (await api('POST', '/api/v1/auth/tokens', { phone: '13800000001', password })).accessToken;
  return demo;
}

/** One autocannon client per player (one connection each), all at once; each request is the player's next heartbeat. */
async function heartbeats(baseUrl, players, seconds) {
  const runs = await Promise.all(players.map((player) => new Promise((resolve, reject) => {
    const times = [];
    let failures = 0;
    const instance = autocannon({
      url: `${baseUrl}/api/v1/playbacks/${player.playbackId}/heartbeats`,
      method: 'POST',
      connections: 1,
      duration: seconds,
      timeout: 10,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${player.token}` },
      requests: [{
        setupRequest: (request) => {
          const now = Date.now();
          player.position = Math.min(2690, player.position + ((now - player.lastAt) / 1000) * player.rate);
          player.lastAt = now;
          player.sequence += 1;
          request.body = JSON.stringify({
            sequence: player.sequence, positionSeconds: Math.round(player.position * 10) / 10, playbackRate: player.rate, playing: true, event: 'tick',
          });
          return request;
        },
      }],
    }, (error, result) => (error ? reject(error) : resolve({ times, failures: failures + result.errors + result.timeouts, seconds: result.duration })));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
      else failures++;
    });
  })));
  return {
    times: runs.flatMap((r) => r.times),
    seconds: Math.max(...runs.map((r) => r.seconds)),
    failures: runs.reduce((n, r) => n + r.failures, 0),
  };
}

/** The baseline process for one measured slice; it warms its own connections up for a second first. */
function baseline(players, seconds) {
  const dll = process.env.BENCH_BASELINE_DLL;
  const connection = `Host=127.0.0.1;Port=${process.env.BENCH_PG_PORT};Username=postgres;Database=xueshi`;
  const args = [dll, '--connection', connection, '--seconds', String(seconds), '--warmup', '1', '--concurrency', String(players.length),
    '--playbacks', players.map((p) => `${p.teacherId}:${p.playbackId}`).join(',')];
  return new Promise((resolve, reject) => {
    const child = spawn('dotnet', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`The baseline exited with ${code}.`));
      resolve(JSON.parse(out));
    });
  });
}
