import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Properties run a few hundred cases each; keep the default reporter terse.
    reporters: process.env.CI ? ['dot'] : ['default'],
  },
});
