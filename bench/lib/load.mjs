// One load run against one endpoint with autocannon. autocannon's own summary has no p95, and the
// driver combines several runs of one endpoint, so every response time is kept and the driver reads
// the percentiles from the sorted list (a 10 s run at 20 000 req/s is 200 000 numbers: cheap).
import autocannon from 'autocannon';

/**
 * @param {{url: string, connections: number, seconds: number, headers?: Record<string,string>, method?: string, body?: string, setupClient?: (client: object) => void}} run
 *   setupClient: autocannon's, called once per connection (e.g. a user of its own per connection)
 * @returns {Promise<{times: number[], bytes: number, seconds: number, failures: number}>} every 2xx response time (ms), their bytes, the run's length, and the rest
 */
export async function measure(run) {
  const times = [];
  let failures = 0;
  let bytes = 0;
  const instance = autocannon({
    url: run.url,
    method: run.method ?? 'GET',
    headers: run.headers ?? {},
    body: run.body,
    connections: run.connections,
    duration: run.seconds,
    // Loopback only; a request slower than this is a failure, not a latency.
    timeout: 10,
    ...(run.setupClient ? { setupClient: run.setupClient } : {}),
  });
  instance.on('response', (_client, statusCode, responseBytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) {
      times.push(responseTime);
      bytes += responseBytes;
    } else {
      failures++;
    }
  });
  const result = await instance;
  failures += result.errors + result.timeouts;
  return { times, bytes, seconds: result.duration, failures };
}
