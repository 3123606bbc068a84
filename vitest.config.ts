import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: process.env.CI_JSON_REPORT ? ['default', ['json', { outputFile: process.env.CI_JSON_REPORT }]] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          pool: 'forks',
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/dom/**/*.test.tsx'],
          // A guard against hangs, not a speed check: a DOM test drives a real core through dozens of
          // user events, which takes ~1 s on an idle machine and 4–5 s beside another CPU-heavy job.
          testTimeout: 15_000,
          setupFiles: ['test/dom/setup.ts'],
        },
      },
    ],
  },
});
