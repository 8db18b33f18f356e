import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', '**/node_modules/**'] },
      },
      {
        extends: true,
        // The renderer driven in Debian Chromium; the global setup builds the app when it is stale.
        // One browser at a time: the timing checks (keystroke → preview) measure the app, not contention.
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/helpers/build-renderer.ts'], fileParallelism: false },
      },
    ],
  },
});
