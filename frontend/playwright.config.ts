import { defineConfig, devices } from '@playwright/test';

// The backend (which also serves the built SPA) is started by the Makefile, not here.
const baseURL = process.env.KYODO_BASE_URL ?? 'http://localhost:8080';

export default defineConfig({
  testDir: './e2e',
  // Two files at a time against the one backend: a browser test mostly waits (for the app, for the page), so two
  // workers halve the run on our 2-core machines (about 10 → 4 minutes). Tests inside a file run in order, and
  // every file creates the records it counts under names of its own.
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    // Recording a trace for every test costs about a fifth of the run on our shared 2-core machines; a failure
    // still leaves a screenshot and the page's ARIA snapshot, and CI's retry records the trace.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
