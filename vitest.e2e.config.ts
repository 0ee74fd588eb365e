import { defineConfig } from 'vitest/config';

// End-to-end tests of the built app (dist/) in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A poll waits for the app's state; 1 s (vitest's default) is a timer in disguise on a loaded 2-core machine.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
