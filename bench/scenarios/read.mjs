// The read path (issue 6): an anonymous one-query read and an authenticated two-query read,
// each against /health/live (no database, no auth) measured in the same run on the same machine.
// Absolute req/s depend on the machine and what else runs on it; the ratios are the figures.

// A demo account (Development demo data): 张老师, verified teacher.
const demoPhone = '13800000001';
const demoPassword = 'Xueshi2026';

export async function plan({ baseUrl }) {
  const signIn = await fetch(`${baseUrl}/api/v1/auth/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ phone: demoPhone, password: demoPassword }),
  });
  if (!signIn.ok) {
    throw new Error(`Signing in the demo teacher failed: ${signIn.status} ${await signIn.text()}`);
  }
  const { accessToken } = await signIn.json();

  return {
    baseline: 'live',
    endpoints: [
      { key: 'live', label: 'GET /health/live', path: '/health/live' },
      { key: 'regions', label: 'GET /api/v1/regions', path: '/api/v1/regions' },
      { key: 'me', label: 'GET /api/v1/me', path: '/api/v1/me', headers: { Authorization: `Bearer ${accessToken}` } },
    ],
    figures: (r, base) => [
      { figure: 'read.live.rps', value: r.live.rps, target: null, better: null },
      { figure: 'read.regions.rps', value: r.regions.rps, target: null, better: null },
      { figure: 'read.me.rps', value: r.me.rps, target: null, better: null },
      { figure: 'read.regions.ratio', value: r.regions.rps / base.rps, target: 0.3, better: 'higher' },
      { figure: 'read.me.ratio', value: r.me.rps / base.rps, target: 0.2, better: 'higher' },
      { figure: 'read.live.p99_ms', value: r.live.p99, target: 20, better: 'lower' },
      { figure: 'read.regions.p99_ms', value: r.regions.p99, target: 20, better: 'lower' },
      { figure: 'read.me.p99_ms', value: r.me.p99, target: 20, better: 'lower' },
    ],
  };
}
