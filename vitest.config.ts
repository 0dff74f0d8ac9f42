import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Chromium and Java validators are heavy; two workers match the 2-core machines this runs on.
    maxWorkers: 2,
  },
});
