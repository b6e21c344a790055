import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 60_000,
    // setting up and tearing down real services (PostgreSQL schemas, NATS streams, worker processes, a browser)
    // takes longer than the default 10 s on a busy 2-core machine
    hookTimeout: 120_000,
    pool: 'threads',
    reporters: ['default', './test/summary-reporter.ts'],
    setupFiles: ['./test/setup.ts'],
  },
});
