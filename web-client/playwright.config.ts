import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

// Never let Playwright fetch a browser: Debian's Chromium is used (apt-get install chromium).
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const webClient = path.dirname(fileURLToPath(import.meta.url));
const spaRoot = path.join(webClient, 'dist');
// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 5181);
const baseURL = `http://127.0.0.1:${port}`;

if (!fs.existsSync(path.join(spaRoot, 'index.html'))) {
  throw new Error(`No built SPA in ${spaRoot}: run \`npm run build\` before \`npm run e2e\`.`);
}

// A fresh database for every run, in a directory that does not exist yet: the backend creates it
// (as it creates .data/ on a first run) with the owner and mode its embedded PostgreSQL needs.
// The config is loaded again in each worker; the environment variable makes them agree on the path.
process.env.XUESHI_E2E_DATA_DIR ??= path.join(os.tmpdir(), `xueshi-e2e-${Date.now()}`);
const dataDirectory = process.env.XUESHI_E2E_DATA_DIR;
if (!process.env.TEST_WORKER_INDEX) {
  // By exit the web server has stopped and with it PostgreSQL. A failed run keeps its database to look at.
  process.on('exit', (code) => {
    if (code === 0) fs.rmSync(dataDirectory, { recursive: true, force: true });
  });
}

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  timeout: 180_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    headless: true,
  },
  projects: [
    {
      name: 'phone',
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: {
    command: 'dotnet run --project ../src/Host/Xueshi.Host.csproj --no-build --no-launch-profile -- --urls ' + baseURL,
    cwd: webClient,
    env: {
      ASPNETCORE_ENVIRONMENT: 'Development',
      Xueshi__Database__DataDirectory: dataDirectory,
      Xueshi__Spa__RootPath: spaRoot,
      // Demo accounts (password Xueshi2026), regions and schools for the profile and verification specs.
      Xueshi__DemoData: 'true',
    },
    url: `${baseURL}/health/ready`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    // SIGINT lets the host shut down its embedded PostgreSQL instead of orphaning it.
    gracefulShutdown: { signal: 'SIGINT', timeout: 30_000 },
  },
});
