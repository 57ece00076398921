// One load run against one endpoint with autocannon, reduced to the figures the bench reports.
// autocannon's own summary has no p95, so every response time is kept and the percentiles are
// read from the sorted list (a 10 s run at 20 000 req/s is 200 000 numbers: cheap).
import autocannon from 'autocannon';

/**
 * @param {{url: string, connections: number, seconds: number, headers?: Record<string,string>, method?: string, body?: string}} run
 * @returns {Promise<{rps: number, p50: number, p95: number, p99: number, requests: number, failures: number}>}
 */
export async function measure(run) {
  const times = [];
  let failures = 0;
  const instance = autocannon({
    url: run.url,
    method: run.method ?? 'GET',
    headers: run.headers ?? {},
    body: run.body,
    connections: run.connections,
    duration: run.seconds,
    // Loopback only; a request slower than this is a failure, not a latency.
    timeout: 10,
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) {
      times.push(responseTime);
    } else {
      failures++;
    }
  });
  const result = await instance;
  failures += result.errors + result.timeouts;
  times.sort((a, b) => a - b);
  const at = (q) => (times.length === 0 ? NaN : times[Math.min(times.length - 1, Math.floor(q * times.length))]);
  return {
    rps: times.length / result.duration,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    requests: times.length,
    failures,
  };
}
