// End-to-end tests drive the built renderer (web platform) in Debian's Chromium. `npm run test:e2e`
// builds first; the web server is `vite preview` of dist/renderer on a fixed port.
import { defineConfig } from '@playwright/test';

// Overridable so that two engineers' runs on one machine do not share a port or an output folder.
export const E2E_PORT = Number(process.env.VANTHU_E2E_PORT ?? 5174);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: process.env.VANTHU_E2E_OUT ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}/`,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx vite preview --port ${E2E_PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
