// One load run against one endpoint with autocannon. autocannon's own summary has no p95, and the
// driver combines several runs of one endpoint, so every response time is kept and the driver reads
// the percentiles from the sorted list (a 10 s run at 20 000 req/s is 200 000 numbers: cheap).
import autocannon from 'autocannon';

/**
 * @param {{url: string, connections: number, seconds: number, headers?: Record<string,string>, method?: string, body?: string}} run
 * @returns {Promise<{times: number[], seconds: number, failures: number}>} every 2xx response time (ms), the run's length, and the rest
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
  return { times, seconds: result.duration, failures };
}
