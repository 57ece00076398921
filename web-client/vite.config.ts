/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The backend's development port; the SPA is served by the backend itself in production,
// so these proxies only matter for `npm run dev`.
const backend = 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react()],
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
    // antd is large; one vendor chunk keeps the app chunk small and cacheable across deploys.
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules')) return 'vendor';
          return undefined;
        },
      },
    },
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/shared/test/setup.ts'],
    mockReset: true,
    unstubGlobals: true,
  },
});
