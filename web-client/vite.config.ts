/// <reference types="vitest/config" />
import os from 'node:os';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './vite.precompress';

// The backend's development port; the SPA is served by the backend itself in production,
// so these proxies only matter for `npm run dev`.
const backend = 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    proxy: {
      '/api': backend,
      '/health': backend,
      '/swagger': backend,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page loads, for the bundle budget check.
    manifest: true,
    rollupOptions: {
      output: {
        // Pages are split by route (React.lazy in App.tsx); the bundler shares antd's components
        // between the page chunks that use them, so the sign-in page carries only its own. React and
        // the router change least often: one chunk of their own stays cached across deploys.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler|@tanstack)[\\/]/ }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/shared/test/setup.ts'],
    mockReset: true,
    unstubGlobals: true,
    // Vitest keeps a core free by default: one worker on a 2-core CI machine, where nothing else runs
    // during the unit tests. Each file's jsdom set-up is most of its time, and two workers overlap it.
    // At most 4: a container may report the host's cores while its CPU quota is two, and a dozen jsdom
    // workers on two cores would each run several times slower.
    maxWorkers: Math.min(4, Math.max(2, os.availableParallelism() - 1)),
    // The slowest antd page tests take 2.5 s here and wait up to 5 s for an element (setup.ts); the
    // default 5 s per test would fail them on a CI machine half as fast, for no fault of the page.
    testTimeout: 20_000,
  },
});
