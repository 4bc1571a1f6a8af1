import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: process.env.CI ? ['dot'] : ['default'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The bin only wires process I/O to `run`, which the CLI tests drive in-process and by spawning.
      exclude: ['src/cli/main.ts'],
      reporter: ['text-summary', 'json-summary', 'html'],
      reportsDirectory: 'reports/coverage',
      thresholds: { branches: 95 },
    },
  },
});
